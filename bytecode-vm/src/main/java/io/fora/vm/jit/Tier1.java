// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.interp.Deopt;
import io.fora.vm.interp.DrainSink;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.interp.PyGenerator;
import io.fora.vm.interp.Tier1Hook;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.PyFunction;

/**
 * Tier 1's front door: counts calls, compiles a function for the argument types it is called with
 * once it is hot, and runs the compiled version. A function with a loop is hot at its first call;
 * others after {@link #CALL_THRESHOLD} calls. Each code object keeps at most {@link #MAX_VERSIONS}
 * versions (per globals and argument types); a version that keeps leaving for tier 0 is dropped.
 *
 * <p>Modes ({@code -Dfora.tier1=} or {@code FORA_TIER1}): {@code on} (the default), {@code off}
 * (tier 0 only: {@code fora run --tier0-only}) and {@code force} (every eligible function compiled
 * at its first call: for tests, with {@code fora.tier1.inject=P} making each poll deoptimise with
 * probability P).
 */
public final class Tier1 implements Tier1Hook {
    public enum Mode { OFF, ON, FORCE }

    static final int CALL_THRESHOLD = 30;
    /** A function with loops waits for one call per this much compile weight before it is compiled. */
    static final int HEAVY = 50;
    /**
     * Calls before a function called by a library module's body is compiled: that code runs once,
     * and compiling on a JVM that has not compiled the compiler yet costs 10-30 ms, the time of
     * thousands of interpreted calls (abc's helpers made {@code import collections} 0.1 s slower).
     */
    static final int IMPORT_THRESHOLD = 1000;
    /** When {@link #version} compiles what it does not find. */
    private static final int AT_ONCE = 0, COUNTED = 1, IMPORTING = 2;
    static final int MAX_VERSIONS = 8;
    /** Calls of a version counted for the rule that drops it (see {@link #call}); no more are written. */
    private static final int COUNT_CAP = 1 << 16;
    private static final Object NEVER = new Object();
    private static final boolean DEBUG = Boolean.getBoolean("fora.tier1.debug");

    private static volatile Mode mode = Mode.ON;
    private static final Tier1 INSTANCE = new Tier1();

    static {
        String m = System.getProperty("fora.tier1", System.getenv("FORA_TIER1"));
        if (m != null && !m.isBlank()) mode = parse(m);
        String p = System.getProperty("fora.tier1.inject");
        if (p != null) Tier1Rt.injectChance = Double.parseDouble(p);
    }

    private Tier1() {}

    private static final java.util.concurrent.atomic.LongAdder COMPILED = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder REFUSED = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder COMPILE_NANOS = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder DEOPTS = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder DROPPED = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder EVICTED = new java.util.concurrent.atomic.LongAdder();
    private static final java.util.concurrent.atomic.LongAdder LOOP_ENTRIES = new java.util.concurrent.atomic.LongAdder();

    /** Versions compiled in this process so far. */
    public static long compiledVersions() { return COMPILED.sum(); }

    /** Times compiled code left for tier 0 in this process so far (a guard failed, or an instruction tier 1 does not run). */
    public static long exitsToTier0() { return DEOPTS.sum(); }

    /** Activations whose loop went on from tier 0 in compiled code to the function's result, in this process so far. */
    public static long loopsEnteredFromTier0() { return LOOP_ENTRIES.sum(); }

    /** What tier 1 did in this process: for {@code fora run --stats} and the benchmarks. */
    public static String statistics() {
        return String.format(java.util.Locale.ROOT,
                "tier 1 (%s): %d versions compiled (%.1f ms, %d KiB of class files), %d not compilable, %d exits to tier 0, %d versions dropped, %d let go for newer module tables, %d loops entered from tier 0",
                mode.name().toLowerCase(java.util.Locale.ROOT), COMPILED.sum(), COMPILE_NANOS.sum() / 1e6,
                Tier1Compiler.classBytes() / 1024, REFUSED.sum(), DEOPTS.sum(), DROPPED.sum(), EVICTED.sum(), LOOP_ENTRIES.sum());
    }

    public static Mode parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "off", "0", "false", "tier0" -> Mode.OFF;
            case "on", "1", "true" -> Mode.ON;
            case "force", "always" -> Mode.FORCE;
            default -> throw new IllegalArgumentException("fora.tier1 must be on, off or force, not '" + s + "'");
        };
    }

    /** Makes the interpreter hand calls to tier 1 (idempotent). */
    public static void install() { Tier1Hook.Holder.install(INSTANCE); }

    public static void setMode(Mode m) { mode = m; }

    public static Mode mode() { return mode; }

    /** For tests: each poll of compiled code deoptimises with this probability. */
    public static void injectDeopts(double chance) { Tier1Rt.injectChance = chance; }

    /**
     * One compiled version of a code object. {@code classes}: per parameter, the user class its
     * argument must be an instance of, or null (any value of the type {@code sig} gives).
     * {@code spec}: it speculates on instances, so its guards may fail ({@link #specMissed});
     * {@code valid} is switched off when it is dropped, which unlinks the call sites linked to it.
     */
    record Version(Globals globals, int sig, Compiled entry, java.lang.invoke.MethodHandle method,
                   DrainCompiled drainer, int[] counts, io.fora.vm.runtime.PyClass[] classes, boolean spec,
                   java.lang.invoke.SwitchPoint valid) {
        /** True when it takes these arguments (r from first); r null: when it takes any of its signature's. */
        boolean accepts(Object[] r, int first) {
            if (classes == null) return true;
            for (int i = 0; i < classes.length; i++) {
                io.fora.vm.runtime.PyClass c = classes[i];
                if (c != null && (r == null || !(r[first + i] instanceof io.fora.vm.runtime.PyInstance pi && pi.cls() == c))) return false;
            }
            return true;
        }
    }

    /** Failed guards on instances, in code compiled with one root, before it is compiled without them. */
    static final int SPEC_MISS_LIMIT = 32;

    /**
     * For a call site in compiled code: the typed static method of fn's version for these
     * parameter types (LONG, DOUBLE, BOOL or OBJ per parameter; the cells' value types are read
     * off fn), compiled now if need be (the site is hot); null when fn is not compiled.
     */
    static Version methodFor(PyFunction fn, int[] types, Object[] samples) {
        int sig = 0;
        for (int i = 0; i < types.length; i++) {
            sig |= switch (types[i]) {
                case Tier1Compiler.LONG -> 1;
                case Tier1Compiler.DOUBLE -> 2;
                case Tier1Compiler.BOOL -> 3;
                default -> 0;
            } << (2 * i);
        }
        return version(fn, types.length, sig, AT_ONCE, samples, 0);
    }

    /** Signature bit of a generator body compiled to drain into a sink. */
    private static final int DRAIN = 1 << 30;

    /**
     * A reduction drains generator g: its body runs compiled, yielding straight into the sink,
     * when it is a generator expression tier 1 compiles (over a range, its source is three longs).
     */
    @Override public void drain(Interpreter ctx, PyGenerator g, DrainSink sink) {
        Mode md = mode;
        if (md == Mode.OFF) return;
        CodeObject co = g.code();
        Object state = co.tier1;
        if (state == NEVER) return;
        if (state == null && !Tier1Compiler.drainable(co)) {
            co.tier1 = NEVER;
            return;
        }
        Object[] slots = g.slots();
        Object source = slots[0];
        if (co.nfree > 14) return;
        // the source's kind and the types of the values in the cells it reads (checked where read)
        int sig = DRAIN | (source instanceof Iterators.RangeIter ? 1 : 0);
        for (int i = 0; i < co.nfree; i++) {
            Object v = slots[co.nlocals + i] instanceof io.fora.vm.runtime.PyCell c ? c.value : null;
            int t = v instanceof Long ? 1 : v instanceof Double ? 2 : v instanceof Boolean ? 3 : 0;
            sig |= t << (1 + 2 * i);
        }
        Version v = find(state, g.globals(), sig, null, 0);
        if (v == null) {
            v = compile(co, g.globals(), sig, 1, null);
            if (v == null) return;
        }
        if (!g.beginCompiled()) return;
        int depth = ctx.depth();
        v.counts[0]++;
        try {
            v.drainer.drain(ctx, g.slots(), sink);
            g.compiledDone();
            if (source instanceof Iterators.RangeIter r) r.exhaust();
        } catch (Deopt d) {
            DEOPTS.increment();
            ctx.restoreDepth(depth);
            d.intoGenerator(ctx, g);
        }
    }

    /**
     * The version of fn for argc arguments whose types {@code argSig} gives (two bits each, see
     * {@link #signature}), with the types of its cells' values added, or null. Compiled now when
     * there is none: at once for a compiled call site ({@link #AT_ONCE}), after the threshold for
     * the interpreter's calls ({@link #COUNTED}; {@link #IMPORTING}: the calls of a library
     * module's body: {@link #IMPORT_THRESHOLD} calls, with a loop or without).
     */
    private static Version version(PyFunction fn, int argc, int argSig, int policy, Object[] r, int first) {
        Mode md = mode;
        if (md == Mode.OFF) return null;
        CodeObject co = fn.code();
        if (co.is(CodeObject.GENERATOR)) return null; // a generator body compiles only to be drained
        Object state = co.tier1;
        if (state == NEVER) return null;
        if (state == null && !Tier1Compiler.eligible(co)) {
            co.tier1 = NEVER;
            return null;
        }
        if (argc != co.argCount || argc + co.nfree > 15) return null;
        int sig = argSig;
        if (co.nfree > 0) {
            // the types of the values in its cells, checked where read
            io.fora.vm.runtime.PyCell[] cells = fn.closure();
            if (cells == null || cells.length != co.nfree) return null;
            for (int i = 0; i < cells.length; i++) sig |= typeBits(cells[i].value) << (2 * (argc + i));
        }
        Globals globals = fn.globals();
        Version v = find(state, globals, sig, r, first);
        if (v == null) {
            if (policy != AT_ONCE && md != Mode.FORCE && ++co.tier1Calls < (policy == IMPORTING ? IMPORT_THRESHOLD : threshold(co))) return null;
            Object[] samples = null;
            if (r != null && !co.tier1NoSpec && similar(state, globals, sig) < 2) {
                // compiled for the classes of these arguments' instances, unless two such versions exist already
                samples = java.util.Arrays.copyOfRange(r, first, first + argc);
            }
            v = compile(co, globals, sig, argc, samples);
        }
        return v;
    }

    @Override public Object call(Interpreter ctx, PyFunction fn, Object[] r, int first, int argc) {
        if (mode == Mode.OFF) return NOT_COMPILED;
        if (argc < fn.code().argCount) {
            // the missing trailing arguments take their defaults, as tier 0 binds them
            Object[] all = withDefaults(fn, r, first, argc);
            if (all == null) return NOT_COMPILED;
            r = all;
            first = 0;
            argc = all.length;
        }
        Version v = argc > 15 ? null : version(fn, argc, signature(r, first, argc), ctx.importing() ? IMPORTING : COUNTED, r, first);
        if (v == null) return NOT_COMPILED;
        Mode md = mode;
        CodeObject co = fn.code();
        if (!ctx.enterCompiled()) return NOT_COMPILED;
        // calls are counted only up to a cap: a counter every core writes on every call would
        // bounce its cache line between the cores that call fn in parallel
        int[] counts = v.counts;
        if (counts[0] < COUNT_CAP) counts[0]++;
        try {
            Object result = v.entry.call(ctx, fn, r, first);
            ctx.leaveCompiled();
            return result;
        } catch (Deopt d) {
            DEOPTS.increment();
            if (DEBUG && v.counts[1] < 5) System.err.println("tier 1: " + co.qualname + " left for tier 0: " + d.describe());
            if (d.topOp() != io.fora.vm.compile.Op.FORK_GATE && !ctx.mustStop() && ++v.counts[1] > 50 && v.counts[1] * 2 > v.counts[0] && md != Mode.FORCE) {
                if (v.spec) specMissed(co, true);
                else drop(co, v);
            }
            throw d;
        }
    }

    /** fn's positional arguments r[first..first+argc-1] followed by the defaults of the rest, or null when some have none. */
    static Object[] withDefaults(PyFunction fn, Object[] r, int first, int argc) {
        int n = fn.code().argCount;
        Object[] defaults = fn.defaults();
        int missing = n - argc;
        if (missing <= 0 || defaults == null || defaults.length < missing) return null;
        Object[] all = new Object[n];
        System.arraycopy(r, first, all, 0, argc);
        System.arraycopy(defaults, defaults.length - missing, all, argc, missing);
        return all;
    }

    private static int threshold(CodeObject co) {
        for (int pc = 0; pc < co.code.length; pc++) {
            int insn = co.code[pc];
            if ((insn & 0xFF) == io.fora.vm.compile.Op.JUMP && (insn >>> 8) <= pc
                    && !(pc > 0 && co.code[pc - 1] == (io.fora.vm.compile.Op.NOP | io.fora.vm.compile.Op.NOP_COLD_LOOP << 8))) {
                // a function with a loop: compiled at its first call, or at its second when its
                // loops can go on in compiled code from tier 0 (the first call's loop, when it runs
                // long, is compiled alone, for the values at its header: see #loop); a heavy one
                // after one call per HEAVY instructions of weight (CodeObject#compileWeight)
                return Math.max(enteredAtLoops(co) ? 2 : 1, co.compileWeight() / HEAVY);
            }
        }
        return CALL_THRESHOLD;
    }

    /**
     * True for a function whose loops tier 0 hands to compiled code at a hot header ({@link #loop}):
     * a plain function without cells of its own or free variables, whose loops are all
     * {@code while} loops (a {@code for} loop's iterator is a boxed object in tier 0, where a
     * version compiled from the function's entry keeps a range as three longs).
     */
    static boolean enteredAtLoops(CodeObject co) {
        if (!loopsMayGoOn(co)) return false;
        for (int insn : co.code) if ((insn & 0xFF) == io.fora.vm.compile.Op.FOR_ITER) return false;
        return true;
    }

    /**
     * True for a function whose tier-0 activations may go on in a loop unit at a hot header (see
     * {@link #loop}): a plain function without cells of its own or free variables. Besides the
     * first activations of {@link #enteredAtLoops} functions, these are activations that compiled
     * code left for tier 0: an exception raised inside a loop (a dict's missing key caught by
     * {@code except KeyError}) left the rest of the loop to tier 0 before, at tier 0's speed; now
     * it goes on in compiled code again once tier 0 has handled it. A for loop's iterator is a
     * value of the header there (a boxed object, as tier 0 has it).
     */
    static boolean loopsMayGoOn(CodeObject co) {
        return co.ncells == 0 && co.nfree == 0 && (co.flags & (CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) == 0
                && Tier1Compiler.eligible(co);
    }

    /**
     * A function's first activation in tier 0 took {@code CodeObject#loopEntryEdges} back edges:
     * its loop goes on from the header in st's last element in a loop unit compiled for the values
     * there ({@link Tier1Compiler#compileLoop}), which runs to the function's result (or leaves for
     * tier 0 as compiled code does). Before, W4's {@code run} was compiled whole at its first call
     * for boxed locals, ran 16 iterations that way (linking each call site in its loop), and then
     * compiled the unit: two compiles and 20-30 ms of linking for one loop.
     */
    @Override public Object loop(Interpreter ctx, CodeObject co, Globals globals, Object[] st, int sp) {
        if (mode == Mode.OFF || co.tier1 == NEVER || !loopsMayGoOn(co)) return NOT_COMPILED;
        Object s = co.tier1Loops;
        if (s == null) {
            synchronized (co) {
                s = co.tier1Loops;
                if (s == null) {
                    s = new LoopSite(co, globals, new java.util.concurrent.ConcurrentHashMap<>(), new int[0], !co.tier1NoSpec, true);
                    co.tier1Loops = s;
                }
            }
        }
        LoopSite site = (LoopSite) s;
        if (site.globals != globals) return NOT_COMPILED;
        int h = (Integer) st[st.length - 1];
        // the header's types as tier 0 knows them: unbound, or some value the unit specialises on
        int[] generic = new int[sp];
        for (int p = 0; p < sp; p++) generic[p] = st[p] == null ? Tier1Compiler.UNDEF : Tier1Compiler.OBJ;
        int[] had = site.types.putIfAbsent(h, generic);
        if (had != null && !java.util.Arrays.equals(had, generic)) return NOT_COMPILED;
        Tier1Compiler.LoopUnit u = site.unit(h, st);
        if (u == null) return NOT_COMPILED;
        long t0 = System.nanoTime();
        try {
            Object r = Tier1Rt.runUnit(ctx, st, site, h, u);
            if (r == Tier1Rt.MISMATCH) return NOT_COMPILED;
            LOOP_ENTRIES.increment();
            return r;
        } catch (Deopt d) {
            DEOPTS.increment();
            if (d.raising()) d.delayLoopEntry(site.raisedAfter(System.nanoTime() - t0));
            throw d;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static int signature(Object[] r, int first, int argc) {
        int sig = 0;
        for (int i = 0; i < argc; i++) sig |= typeBits(r[first + i]) << (2 * i);
        return sig;
    }

    private static int typeBits(Object a) {
        return a instanceof Long ? 1 : a instanceof Double ? 2 : a instanceof Boolean ? 3 : 0;
    }

    private static int[] params(int sig, int argc) {
        int[] p = new int[argc];
        for (int i = 0; i < argc; i++) {
            p[i] = switch ((sig >>> (2 * i)) & 3) {
                case 1 -> Tier1Compiler.LONG;
                case 2 -> Tier1Compiler.DOUBLE;
                case 3 -> Tier1Compiler.BOOL;
                default -> Tier1Compiler.OBJ;
            };
        }
        return p;
    }

    /** The version for these globals, signature and arguments (r from first; null: one for any arguments). */
    private static Version find(Object state, Globals globals, int sig, Object[] r, int first) {
        if (!(state instanceof Version[] vs)) return null;
        for (Version v : vs) if (v.sig == sig && v.globals == globals && v.accepts(r, first)) return v;
        return null;
    }

    /** Versions for these globals and signature (for instances of different classes). */
    private static int similar(Object state, Globals globals, int sig) {
        int n = 0;
        if (state instanceof Version[] vs) for (Version v : vs) if (v.sig == sig && v.globals == globals) n++;
        return n;
    }

    /**
     * A guard on instances failed in code compiled with this root (or its version left for tier 0
     * too often, {@code now}): past {@link #SPEC_MISS_LIMIT} misses, the versions that speculate
     * are dropped, call sites linked to them unlinked, and the code is compiled without
     * speculating on instances from then on.
     */
    static void specMissed(CodeObject root) { specMissed(root, false); }

    private static void specMissed(CodeObject root, boolean now) {
        if (!now && ++root.tier1SpecMisses <= SPEC_MISS_LIMIT) return;
        java.util.List<java.lang.invoke.SwitchPoint> off = new java.util.ArrayList<>();
        synchronized (root) {
            if (root.tier1NoSpec) return;
            root.tier1NoSpec = true;
            if (DEBUG) System.err.println("tier 1: " + root.qualname + ": guards on instances fail too often; compiled without them");
            if (root.tier1 instanceof Version[] vs) {
                java.util.List<Version> kept = new java.util.ArrayList<>();
                for (Version v : vs) {
                    if (v.spec) {
                        off.add(v.valid);
                        DROPPED.increment();
                    } else {
                        kept.add(v);
                    }
                }
                root.tier1 = kept.isEmpty() ? null : kept.toArray(new Version[0]);
            }
        }
        if (!off.isEmpty()) java.lang.invoke.SwitchPoint.invalidateAll(off.toArray(new java.lang.invoke.SwitchPoint[0]));
    }

    /** A loop unit (Tier1Compiler#compileLoop), counted with the versions; null when there is none. */
    static Tier1Compiler.LoopUnit compileLoop(LoopSite site, int h, Object[] st) {
        if (mode == Mode.OFF || site.code.tier1 == NEVER) return null;
        long t0 = System.nanoTime();
        Tier1Compiler.LoopUnit u;
        try {
            u = Tier1Compiler.compileLoop(site, h, st);
        } catch (RuntimeException | LinkageError e) {
            if (DEBUG) System.err.println("tier 1: loop at " + h + " of " + site.code.qualname + " not compiled: " + e);
            REFUSED.increment();
            return null;
        } finally {
            COMPILE_NANOS.add(System.nanoTime() - t0);
        }
        if (u == null) return null;
        COMPILED.increment();
        if (DEBUG) System.err.println("tier 1: compiled the loop at " + h + " of " + site.code.qualname + " for the values there");
        return u;
    }

    private static Version compile(CodeObject co, Globals globals, int sig, int argc, Object[] samples) {
        synchronized (co) {
            Object state = co.tier1;
            if (state == NEVER) return null;
            Version v = find(state, globals, sig, samples, 0);
            if (v != null) return v;
            Version[] vs = state instanceof Version[] a ? a : new Version[0];
            if (vs.length >= MAX_VERSIONS) {
                vs = withoutOldestOfOthers(vs, globals);
                if (vs == null) return null;
            }
            Object c;
            long t0 = System.nanoTime();
            try {
                c = (sig & DRAIN) != 0
                        ? Tier1Compiler.compileDrain(co, globals, (sig & 1) != 0 ? Tier1Compiler.RITER : Tier1Compiler.OBJ,
                                params(sig >>> 1, co.nfree))
                        : Tier1Compiler.compile(co, globals, params(sig, argc), params(sig >>> (2 * argc), co.nfree), samples);
            } catch (RuntimeException | LinkageError e) {
                if (DEBUG) System.err.println("tier 1: " + co.qualname + " not compiled: " + e);
                REFUSED.increment();
                co.tier1 = NEVER;
                return null;
            } finally {
                COMPILE_NANOS.add(System.nanoTime() - t0);
            }
            COMPILED.increment();
            if (DEBUG) System.err.println("tier 1: compiled " + co.qualname + " (weight " + co.compileWeight() + ", after " + co.tier1Calls + " calls, "
                    + (System.nanoTime() - t0) / 1000000 + " ms)");
            java.lang.invoke.SwitchPoint valid = new java.lang.invoke.SwitchPoint();
            v = c instanceof Tier1Compiler.Result r
                    ? new Version(globals, sig, r.entry(), r.method(), null, new int[2], r.classes(), r.speculates(), valid)
                    : new Version(globals, sig, null, null, (DrainCompiled) c, new int[2], null, false, valid);
            Version[] next = java.util.Arrays.copyOf(vs, vs.length + 1);
            next[vs.length] = v;
            co.tier1 = next;
            return v;
        }
    }

    /**
     * The versions less the oldest one compiled for other module tables, or null when all are for
     * these. A worker's code objects (shared by hash) serve one computation after another, each with
     * tables of its own: without this, the ninth computation to reach a code object on a worker
     * would find every version taken by earlier ones and run it in tier 0. A version let go stays
     * valid where compiled callers linked it; it is only no longer found for new calls.
     */
    private static Version[] withoutOldestOfOthers(Version[] vs, Globals globals) {
        for (int i = 0; i < vs.length; i++) {
            if (vs[i].globals != globals) {
                Version[] rest = new Version[vs.length - 1];
                System.arraycopy(vs, 0, rest, 0, i);
                System.arraycopy(vs, i + 1, rest, i, vs.length - i - 1);
                EVICTED.increment();
                return rest;
            }
        }
        return null;
    }

    private static void drop(CodeObject co, Version v) {
        synchronized (co) {
            if (DEBUG) System.err.println("tier 1: " + co.qualname + " leaves for tier 0 too often; dropped");
            if (co.tier1 != NEVER) DROPPED.increment();
            co.tier1 = NEVER;
        }
    }
}

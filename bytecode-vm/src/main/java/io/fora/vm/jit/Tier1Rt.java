// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import java.lang.invoke.CallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.PyBoundMethod;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.Compare;
import io.fora.vm.runtime.Floats;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyRange;
import io.fora.vm.runtime.PyTuple;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What compiled code calls: the slow and generic paths of its instructions, and the checks whose
 * failure sends it back to tier 0. A helper that finds an operation it must not do itself (an
 * overflow, a division by zero) throws {@link #LEAVE}; compiled code catches it and deoptimises at
 * that instruction, so tier 0 does it, with CPython's result or exception.
 */
public final class Tier1Rt {
    private Tier1Rt() {}

    /** Thrown by helpers to make compiled code leave for tier 0 at the current instruction. */
    public static final ArithmeticException LEAVE = new ArithmeticException("leave for tier 0") {
        @Override public synchronized Throwable fillInStackTrace() { return this; }
    };

    /** For tests: the chance that a poll deoptimises though nothing asked it to. */
    static double injectChance; // plain, not volatile: read at every poll; set by tests between runs

    /** At back-edges and calls: true when compiled code must leave for tier 0 here. */
    public static boolean poll(Interpreter ctx) {
        if (ctx.mustLeaveCompiled()) return true;
        double p = injectChance;
        return p > 0 && ThreadLocalRandom.current().nextDouble() < p;
    }

    /** Returned by a resume method that stopped at a loop header: call the next one (Tier1Compiler#chunks). */
    public static final Object AGAIN = new Object();

    /** Returned by a loop unit's root when a packed position does not have the type it was compiled for. */
    public static final Object MISMATCH = new Object();

    /**
     * A root method's loop ran a chunk: goes on in the loop unit specialised on the values at its
     * header (compiled the first time), or else in the version's own resume methods.
     */
    public static Object loop(Interpreter ctx, Object[] st, LoopSite site) throws Throwable {
        int h = (Integer) st[st.length - 1];
        Tier1Compiler.LoopUnit u = site.unit(h, st);
        if (u != null) {
            Object r = runUnit(ctx, st, site, h, u);
            if (r != MISMATCH) return r;
        }
        return (Object) site.drive.invokeExact(ctx, st);
    }

    /**
     * Runs loop unit u of site from header h on the positions in st to the function's result, or
     * answers {@link #MISMATCH} when a position's type is not the unit's. A unit that leaves for
     * tier 0 is not used again (unless it left for a pause or a cancel).
     */
    static Object runUnit(Interpreter ctx, Object[] st, LoopSite site, int h, Tier1Compiler.LoopUnit u) throws Throwable {
        try {
            Object r = (Object) u.entry().invokeExact(ctx, st);
            return r == AGAIN ? (Object) u.drive().invokeExact(ctx, st) : r;
        } catch (io.fora.vm.interp.Deopt d) {
            // a guard that failed fails again: the unit is let go; an exception the program raised
            // (tier 0 runs its handler) says nothing against the unit, which tier 0 enters again
            if (!ctx.mustStop() && !d.raising()) site.failed(h);
            throw d;
        }
    }

    /** A drive method's poll asked to stop: the frame at loop header pc from the packed positions (the last element is the header). */
    public static io.fora.vm.interp.Deopt stopAt(io.fora.vm.compile.CodeObject code, io.fora.vm.runtime.Globals globals, Object[] st, int pc, int sp) {
        return io.fora.vm.interp.Deopt.at(code, globals, java.util.Arrays.copyOf(st, st.length - 1), pc, sp, null);
    }

    public static boolean hungry(Interpreter ctx) { return ctx.parallelism().hungry(); }

    /** A generator a loop lets go of would run code when closed (Op#POP_CLOSE): tier 0 does that. */
    public static boolean closableByLoop(Object v) {
        return v instanceof io.fora.vm.interp.PyGenerator g && g.closableByLoop();
    }

    /** GET_ITER with Op#ITER_OWNED: a generator not started yet becomes the loop's. */
    public static void ownIter(Object v) {
        if (v instanceof io.fora.vm.interp.PyGenerator g) g.ownByLoop();
    }

    // ---------------------------------------------------------------- instances of known classes

    /**
     * {@code o.name} for an instance of {@code c}: at index idx while its shape is the one compiled
     * for and the class is unchanged, else (another shape, a changed class, a dict) as tier 0 looks
     * it up.
     */
    public static Object attr(Object o, io.fora.vm.runtime.Shape s, int idx, io.fora.vm.runtime.PyClass c, int version, String name) {
        io.fora.vm.runtime.PyInstance i = (io.fora.vm.runtime.PyInstance) o;
        if (i.shape() == s && c.version() == version && i.cls() == c) {
            Object v = i.valueAt(idx);
            if (v != null) return v;
        }
        return Ops.getAttr(o, name);
    }

    /** True when v is an instance of exactly class c (the class an INST type stands for). */
    public static boolean isInstanceOf(Object v, io.fora.vm.runtime.PyClass c) {
        return v instanceof io.fora.vm.runtime.PyInstance i && i.cls() == c;
    }

    /**
     * True when {@code o.name}, o an instance of c, is still the plain function compiled for: c is
     * unchanged and o has no attribute of its own by that name.
     */
    public static boolean methodOk(Object o, io.fora.vm.runtime.Shape s, io.fora.vm.runtime.PyClass c, int version, String name) {
        io.fora.vm.runtime.PyInstance i = (io.fora.vm.runtime.PyInstance) o;
        return c.version() == version && i.cls() == c && !i.hasDict() && (i.shape() == s || i.shape().indexOf(name) < 0);
    }

    // ---------------------------------------------------------------- functions made by compiled code

    /**
     * MAKE_FUNCTION as tier 0 does it: {@code items} are the stack's operands bottom up (the
     * defaults tuple when flag 1 is set, the keyword defaults when 2, the annotations when 8, the
     * closure tuple when 4), then the code object.
     */
    private static Object makeFunction(int flags, io.fora.vm.runtime.Globals globals, Object... items) {
        int i = 0;
        io.fora.vm.runtime.PyTuple defaults = (flags & 1) != 0 ? (io.fora.vm.runtime.PyTuple) items[i++] : null;
        io.fora.vm.runtime.PyDict kwDefaults = (flags & 2) != 0 ? (io.fora.vm.runtime.PyDict) items[i++] : null;
        io.fora.vm.runtime.PyDict annotations = (flags & 8) != 0 ? (io.fora.vm.runtime.PyDict) items[i++] : null;
        io.fora.vm.runtime.PyTuple closure = (flags & 4) != 0 ? (io.fora.vm.runtime.PyTuple) items[i++] : null;
        return PyFunction.made((io.fora.vm.compile.CodeObject) items[i], globals, defaults, kwDefaults, annotations, closure);
    }

    public static Object makeFunction1(Object a, int flags, io.fora.vm.runtime.Globals g) { return makeFunction(flags, g, a); }

    public static Object makeFunction2(Object a, Object b, int flags, io.fora.vm.runtime.Globals g) { return makeFunction(flags, g, a, b); }

    public static Object makeFunction3(Object a, Object b, Object c, int flags, io.fora.vm.runtime.Globals g) {
        return makeFunction(flags, g, a, b, c);
    }

    public static Object makeFunction4(Object a, Object b, Object c, Object d, int flags, io.fora.vm.runtime.Globals g) {
        return makeFunction(flags, g, a, b, c, d);
    }

    public static Object makeFunction5(Object a, Object b, Object c, Object d, Object e, int flags, io.fora.vm.runtime.Globals g) {
        return makeFunction(flags, g, a, b, c, d, e);
    }

    /** A guard on instances failed in code compiled with root as its root (see Tier1#specMissed). */
    public static void specMiss(io.fora.vm.compile.CodeObject root) { Tier1.specMissed(root); }

    /**
     * A direct callee left for tier 0: unless a pause or cancel is asked for (then the whole chain
     * must become frames, and d goes on up), its frames run to their result here and the caller
     * goes on in compiled code.
     */
    /**
     * {@code raise v} in compiled code where it leaves the function: the exception with this
     * activation's traceback entry, as tier 0's unwinding adds it, to be thrown from the compiled
     * code; null when tier 0 must raise it at that instruction: another exception is being handled
     * (the new one's context is tier 0's business), v is not an exception instance or a builtin
     * exception class (a class of the program's would run its {@code __init__}, twice should tier 0
     * then raise), or it is a NameError (its suggestion reads the raising frame's names).
     */
    public static io.fora.vm.runtime.PyError raiseOut(Interpreter ctx, Object v, io.fora.vm.compile.CodeObject code, int pc) {
        if (ctx.handledException() != null) return null;
        io.fora.vm.runtime.PyException exc;
        if (v instanceof io.fora.vm.runtime.PyException e) {
            exc = e;
        } else if (v instanceof io.fora.vm.runtime.PyClass c && c.isException() && c.isBuiltin()) {
            try {
                if (!(Ops.call(c) instanceof io.fora.vm.runtime.PyException e)) return null;
                exc = e;
            } catch (RuntimeException e) {
                return null;
            }
        } else {
            return null;
        }
        if (exc.cls().isSubclassOf(io.fora.vm.runtime.Types.NAME_ERROR)) return null;
        if (!Interpreter.foldEntryStandsFor(exc, code)) exc.addTrace(code.fileName, code.lineAt(pc), code.tracebackName());
        exc.lastFrame = code; // no frame: its code, for the caller's unwinding (see CodeObject#FOLD_BODY)
        return new io.fora.vm.runtime.PyError(exc);
    }

    public static Object finish(Interpreter ctx, io.fora.vm.interp.Deopt d, int depthBefore) {
        if (ctx.mustStop()) throw d;
        return ctx.finishDeopt(d, depthBefore);
    }



    // ---------------------------------------------------------------- int arithmetic (exact or leave)

    public static long floorDiv(long a, long b) {
        if (b == 0 || (b == -1 && a == Long.MIN_VALUE)) throw LEAVE;
        return Math.floorDiv(a, b);
    }

    public static long floorMod(long a, long b) {
        if (b == 0) throw LEAVE;
        return Math.floorMod(a, b);
    }

    public static long shl(long a, long b) {
        if (b < 0) throw LEAVE;
        if (a == 0) return 0;
        if (b >= 63) throw LEAVE;
        long r = a << b;
        if (r >> b != a) throw LEAVE;
        return r;
    }

    /** {@code a ** b} for ints: exact, or leave (a negative exponent gives a float, a large result a big int). */
    public static long ipow(long a, long b) {
        if (b < 0) throw LEAVE;
        long r = 1;
        while (b > 0) {
            if ((b & 1) != 0) r = Math.multiplyExact(r, a);
            b >>= 1;
            if (b > 0) a = Math.multiplyExact(a, a);
        }
        return r;
    }

    public static long shr(long a, long b) {
        if (b < 0) throw LEAVE;
        return b >= 63 ? a >> 63 : a >> b;
    }

    public static double trueDiv(long a, long b) {
        if (b == 0) throw LEAVE;
        if (Math.abs(a) <= (1L << 53) && Math.abs(b) <= (1L << 53)) return (double) a / (double) b;
        return Ints.trueDivide(a, b);
    }

    public static long negate(long a) {
        if (a == Long.MIN_VALUE) throw LEAVE;
        return -a;
    }

    public static long abs(long a) {
        if (a == Long.MIN_VALUE) throw LEAVE;
        return Math.abs(a);
    }

    // ---------------------------------------------------------------- float arithmetic

    public static double fdiv(double a, double b) {
        if (b == 0.0) throw LEAVE;
        return a / b;
    }

    public static double fmod(double a, double b) {
        if (b == 0.0) throw LEAVE;
        return Floats.mod(a, b);
    }

    public static double ffloorDiv(double a, double b) {
        if (b == 0.0) throw LEAVE;
        return Floats.floorDiv(a, b);
    }

    /** int(x) of a float that fits a long, else leave (nan, inf and huge values go to tier 0). */
    public static long truncate(double d) {
        if (!(Math.abs(d) < 9.2e18)) throw LEAVE;
        return (long) d;
    }

    /** A math function's result, unless it signals an error (nan from a number, inf from a finite one). */
    public static double checked(double x, double r) {
        if ((Double.isNaN(r) && !Double.isNaN(x)) || (Double.isInfinite(r) && Double.isFinite(x))) throw LEAVE;
        return r;
    }

    // ---------------------------------------------------------------- comparisons

    /** {@code a OP d} for an int and a float, exactly (Compare's order: LT LE EQ NE GT GE). */
    public static boolean cmpLD(int op, long a, double d) {
        if (Double.isNaN(d)) return op == Compare.NE;
        return holds(op, Floats.compareIntFloat(a, d));
    }

    public static boolean cmpDL(int op, double d, long a) {
        if (Double.isNaN(d)) return op == Compare.NE;
        return holds(op, -Floats.compareIntFloat(a, d));
    }

    private static boolean holds(int op, int c) {
        return switch (op) {
            case Compare.LT -> c < 0;
            case Compare.LE -> c <= 0;
            case Compare.EQ -> c == 0;
            case Compare.NE -> c != 0;
            case Compare.GT -> c > 0;
            default -> c >= 0;
        };
    }



    // ---------------------------------------------------------------- generic values

    public static Object binary(int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            // (long): with Long arguments Java would pick the Object overloads, through BigInteger
            switch (op) {
                case Arith.ADD: return Ints.add((long) x, (long) y);
                case Arith.SUB: return Ints.sub((long) x, (long) y);
                case Arith.MUL: return Ints.mul((long) x, (long) y);
                default: break;
            }
        } else if (a instanceof Double || b instanceof Double) {
            double x, y;
            if (a instanceof Double d) x = d;
            else if (a instanceof Long l) x = l;
            else return Arith.binary(op, a, b);
            if (b instanceof Double d) y = d;
            else if (b instanceof Long l) y = l;
            else return Arith.binary(op, a, b);
            switch (op) {
                case Arith.ADD: return x + y;
                case Arith.SUB: return x - y;
                case Arith.MUL: return x * y;
                default: break;
            }
        }
        return Arith.binary(op, a, b);
    }

    public static Object inplace(int op, Object a, Object b) {
        if (a instanceof Long || a instanceof Double) return binary(op, a, b);
        return Arith.inplace(op, a, b);
    }

    public static Object unary(int op, Object v) {
        return switch (op) {
            case 0 -> Arith.neg(v);
            case 1 -> Arith.pos(v);
            default -> Arith.invert(v);
        };
    }

    public static boolean isTrue(Object v) {
        return v == Boolean.TRUE || (v != Boolean.FALSE && Ops.isTrue(v));
    }


    public static Object getItemL(Object obj, long i) {
        if (obj instanceof PyList l) {
            int n = l.size();
            long k = i < 0 ? i + n : i;
            if (k >= 0 && k < n) return l.get((int) k);
        } else if (obj instanceof PyTuple t) {
            int n = t.size();
            long k = i < 0 ? i + n : i;
            if (k >= 0 && k < n) return t.get((int) k);
        }
        return Ops.getItem(obj, Ints.box(i));
    }

    public static Object iter(Object v) {
        return v instanceof io.fora.vm.interp.PyGenerator ? v : Ops.iter(v);
    }

    /** The iterator's next value, or null when it is exhausted. */
    public static Object next(Object it) {
        return it instanceof io.fora.vm.runtime.PyIter p ? p.next() : Ops.next(it);
    }

    /**
     * A call of a value compiled code does not know: Python functions, methods and instances with
     * a {@code __call__} go straight to the interpreter's call (which runs their compiled version
     * when they have one); anything else goes through {@link Ops#call}.
     */
    public static Object call(Interpreter ctx, Object callable, Object[] args) { return call(ctx, callable, args, Kwargs.NONE); }

    /** A call from compiled code: Python code through the interpreter (a method's or an instance's self first), else Ops.call. */
    private static Object call(Interpreter ctx, Object callable, Object[] args, Kwargs kw) {
        PyFunction fn = function(callable);
        if (fn == null) return Ops.call(callable, args, kw);
        if (fn == callable) return ctx.callFunction(fn, args, kw);
        return ctx.callFunction(fn, prepend(callable instanceof PyBoundMethod m ? m.self() : callable, args), kw);
    }

    /** The function a call of callable runs, when it is Python code: a function, a method, an instance's __call__; else null. */
    private static PyFunction function(Object callable) {
        return switch (callable) {
            case PyFunction fn -> fn;
            case PyBoundMethod m when m.function() instanceof PyFunction fn -> fn;
            case PyInstance i when i.cls().callMethod() instanceof PyFunction fn -> fn;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- call sites linked to compiled callees

    private static final MethodHandle RELINK, GENERIC, BOX_LONG, BOX_DOUBLE, BOX_BOOL, IS_SAME, CALLS_THROUGH,
            SAME_WITH_SELF, SAME_NO_SELF, CALLS_THROUGH_NO_SELF, IS_INSTANCE_OF, DEFAULTS_SAME,
            CONSTRUCTS, CONSTRUCTS_NO_SELF, NEW_INSTANCE, INIT_DONE, INIT_LEFT;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            RELINK = l.findStatic(Tier1Rt.class, "relink", MethodType.methodType(Object.class, LinkedSite.class, Object[].class));
            BOX_LONG = l.findStatic(Ints.class, "box", MethodType.methodType(Long.class, long.class));
            BOX_DOUBLE = l.findStatic(Double.class, "valueOf", MethodType.methodType(Double.class, double.class));
            BOX_BOOL = l.findStatic(Tier1Rt.class, "boxBool", MethodType.methodType(Object.class, int.class));
            IS_SAME = l.findStatic(Tier1Rt.class, "isSame", MethodType.methodType(boolean.class, Object.class, Object.class));
            CALLS_THROUGH = l.findStatic(Tier1Rt.class, "callsThrough",
                    MethodType.methodType(boolean.class, Object.class, io.fora.vm.runtime.PyClass.class, PyFunction.class));
            SAME_WITH_SELF = l.findStatic(Tier1Rt.class, "sameWithSelf",
                    MethodType.methodType(boolean.class, Object.class, Object.class, Object.class));
            SAME_NO_SELF = l.findStatic(Tier1Rt.class, "sameNoSelf",
                    MethodType.methodType(boolean.class, Object.class, Object.class, Object.class));
            CALLS_THROUGH_NO_SELF = l.findStatic(Tier1Rt.class, "callsThroughNoSelf",
                    MethodType.methodType(boolean.class, Object.class, Object.class, io.fora.vm.runtime.PyClass.class, PyFunction.class));
            GENERIC = l.findStatic(Tier1Rt.class, "generic", MethodType.methodType(Object.class, LinkedSite.class, Object[].class));
            DEFAULTS_SAME = l.findStatic(Tier1Rt.class, "defaultsSame", MethodType.methodType(boolean.class, PyFunction.class, Object[].class));
            CONSTRUCTS = l.findStatic(Tier1Rt.class, "constructs",
                    MethodType.methodType(boolean.class, Object.class, io.fora.vm.runtime.PyClass.class, int.class));
            CONSTRUCTS_NO_SELF = l.findStatic(Tier1Rt.class, "constructsNoSelf",
                    MethodType.methodType(boolean.class, Object.class, Object.class, io.fora.vm.runtime.PyClass.class, int.class));
            NEW_INSTANCE = l.findStatic(Tier1Rt.class, "newInstance", MethodType.methodType(Object.class, Object.class));
            INIT_DONE = l.findStatic(Tier1Rt.class, "initDone", MethodType.methodType(Object.class, Object.class, Object.class));
            INIT_LEFT = l.findStatic(Tier1Rt.class, "initLeft",
                    MethodType.methodType(Object.class, io.fora.vm.interp.Deopt.class, Interpreter.class, Object.class));
            IS_INSTANCE_OF = l.findStatic(Tier1Rt.class, "isInstanceOf",
                    MethodType.methodType(boolean.class, Object.class, io.fora.vm.runtime.PyClass.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * Bootstraps a call of a value compiled code does not know: the site starts unlinked; each
     * call it cannot yet handle links it (see {@link #relink}) to the callee's compiled method,
     * behind a guard on the callee, so later calls go straight there, arguments unboxed, and
     * HotSpot inlines the callee. Type: (Interpreter, callable, [self,] args...) Object.
     */
    public static CallSite bootstrapCall(MethodHandles.Lookup lookup, String name, MethodType type, int isMethod) {
        LinkedSite site = new LinkedSite(type, isMethod != 0);
        site.setTarget(RELINK.bindTo(site).asCollector(Object[].class, type.parameterCount()).asType(type));
        return site;
    }

    /** Calls a site makes generically before it links its callee (none when every function is compiled at once, for tests). */
    private static int linkAfter() { return Tier1.mode() == Tier1.Mode.FORCE ? 0 : 100; }

    static final class LinkedSite extends MutableCallSite {
        final boolean isMethod;
        /** Callees linked so far: past a few, the site calls generically. */
        int links;
        /** Calls it could not link. */
        int misses;
        /** Calls so far (counted until it links). */
        int calls;

        LinkedSite(MethodType type, boolean isMethod) {
            super(type);
            this.isMethod = isMethod;
        }
    }

    private static Object relink(LinkedSite site, Object[] a) throws Throwable {
        Object callable = a[1];
        Object self = site.isMethod ? a[2] : null;
        // the first calls go through tier 0: a loop that runs long is compiled again for the
        // values at its header after its first chunk (Tier1Compiler#compileLoop), and then calls
        // the callee directly; a site that is still called after that links it
        if (site.calls < linkAfter()) {
            site.calls++;
            return generic(site, a);
        }
        MethodHandle target = site.links < 4 ? link(site, callable, self, a) : null;
        if (target != null) return target.invokeWithArguments(a);
        if (++site.misses > 16) {
            // this site calls builtins, classes and the like: stop trying to link it
            site.setTarget(GENERIC.bindTo(site).asCollector(Object[].class, site.type().parameterCount()).asType(site.type()));
        }
        return generic(site, a);
    }

    private static Object generic(LinkedSite site, Object[] a) {
        // the collector boxed bools (JVM ints) as Integers: make them Python's bools again
        for (int i = 2; i < a.length; i++) if (a[i] instanceof Integer b) a[i] = b != 0;
        Interpreter ctx = (Interpreter) a[0];
        Object callable = a[1];
        Object self = site.isMethod ? a[2] : null;
        // called generically: tier 0's call counts the activation the site counted
        Object[] args = java.util.Arrays.copyOfRange(a, site.isMethod ? 3 : 2, a.length);
        ctx.leaveCompiled();
        try {
            return site.isMethod ? callMethod(ctx, callable, self, args) : call(ctx, callable, args);
        } finally {
            ctx.reenterCompiled();
        }
    }

    /** Links the site for calls of this callee (adding a guarded target), or answers null. */
    private static MethodHandle link(LinkedSite site, Object callable, Object self, Object[] a) {
        MethodType st = site.type();
        int off = site.isMethod ? 3 : 2;
        int n = st.parameterCount() - off;
        PyFunction fn;
        MethodHandle test;
        int selfFrom; // 0: none, 1: the callable (an instance's __call__), 2: CALL_METHOD's self
        if (self != null) {
            if (!(callable instanceof PyFunction f)) return null;
            fn = f;
            selfFrom = 2;
            test = MethodHandles.insertArguments(SAME_WITH_SELF, 2, f);
        } else if (callable instanceof PyFunction f) {
            fn = f;
            selfFrom = 0;
            test = site.isMethod ? MethodHandles.insertArguments(SAME_NO_SELF, 2, f) : IS_SAME.bindTo(f);
        } else if (callable instanceof PyInstance i && i.cls().callMethod() instanceof PyFunction f) {
            fn = f;
            selfFrom = 1;
            test = MethodHandles.insertArguments(site.isMethod ? CALLS_THROUGH_NO_SELF : CALLS_THROUGH, site.isMethod ? 2 : 1, i.cls(), f);
        } else if (callable instanceof io.fora.vm.runtime.PyClass c && plainlyConstructed(c) && io.fora.vm.runtime.Classes.plainInit(c) instanceof PyFunction f) {
            // C(args) of a plain class: a new instance, and its __init__ called as a linked method
            fn = f;
            selfFrom = 3;
            test = MethodHandles.insertArguments(site.isMethod ? CONSTRUCTS_NO_SELF : CONSTRUCTS, site.isMethod ? 2 : 1, c, c.version());
        } else {
            return null;
        }
        int k = selfFrom != 0 ? 1 : 0;
        int[] types = new int[k + n];
        if (k == 1) types[0] = Tier1Compiler.OBJ;
        for (int i = 0; i < n; i++) {
            Class<?> c = st.parameterType(off + i);
            types[k + i] = c == long.class ? Tier1Compiler.LONG : c == double.class ? Tier1Compiler.DOUBLE
                    : c == int.class ? Tier1Compiler.BOOL : Tier1Compiler.OBJ;
        }
        // missing trailing arguments take fn's defaults (fixed for this function object, which the guard checks)
        int argCount = fn.code().argCount;
        Object[] defaults = null;
        if (types.length < argCount) {
            Object[] d = fn.defaults();
            int missing = argCount - types.length;
            if (d == null || d.length < missing) return null;
            defaults = java.util.Arrays.copyOfRange(d, d.length - missing, d.length);
            types = java.util.Arrays.copyOf(types, argCount);
            for (int i = 0; i < missing; i++) {
                Object v = defaults[i];
                types[argCount - missing + i] = v instanceof Long ? Tier1Compiler.LONG : v instanceof Double ? Tier1Compiler.DOUBLE
                        : v instanceof Boolean ? Tier1Compiler.BOOL : Tier1Compiler.OBJ;
            }
        }
        // the values the callee's parameters get in this call: an instance's class may be compiled for
        Object[] samples = new Object[types.length];
        if (k == 1) samples[0] = selfFrom == 1 ? callable : selfFrom == 3 ? new PyInstance((io.fora.vm.runtime.PyClass) callable) : self;
        for (int i = 0; i < n && k + i < samples.length; i++) samples[k + i] = a[off + i];
        Tier1.Version v = Tier1.methodFor(fn, types, samples);
        if (v == null || v.method() == null) return null;
        MethodHandle h = v.method();
        if (defaults != null) {
            Object[] values = defaults.clone();
            for (int i = 0; i < values.length; i++) if (values[i] instanceof Boolean b) values[i] = b ? 1 : 0;
            h = MethodHandles.insertArguments(h, 1 + argCount - defaults.length, values);
        }
        int nfree = fn.code().nfree;
        if (nfree > 0) h = MethodHandles.insertArguments(h, h.type().parameterCount() - nfree, (Object[]) fn.closure());
        Class<?> r = h.type().returnType();
        if (r == long.class) h = MethodHandles.filterReturnValue(h, BOX_LONG);
        else if (r == double.class) h = MethodHandles.filterReturnValue(h, BOX_DOUBLE);
        else if (r == int.class) h = MethodHandles.filterReturnValue(h, BOX_BOOL);
        // h takes (Interpreter, [self,] args...); the site passes (Interpreter, callable, [self slot,] args...)
        h = switch (selfFrom) {
            case 0 -> site.isMethod ? MethodHandles.dropArguments(h, 1, Object.class, Object.class)
                    : MethodHandles.dropArguments(h, 1, Object.class);
            case 1 -> site.isMethod ? MethodHandles.dropArguments(h, 2, Object.class) : h;
            case 3 -> {
                // (Interpreter, self, args...) -> __init__'s result, then the instance: in the
                // callable's place the new instance goes in
                MethodType ht = h.type();
                java.util.List<Class<?>> args = ht.parameterList().subList(2, ht.parameterCount());
                MethodHandle done = MethodHandles.dropArguments(INIT_DONE, 1, Interpreter.class);
                done = MethodHandles.dropArguments(done, 3, args);
                MethodHandle init = MethodHandles.foldArguments(done, h.asType(ht.changeReturnType(Object.class)));
                // an __init__ that leaves for tier 0 finishes there as a construction (it returns the instance)
                init = MethodHandles.catchException(init, io.fora.vm.interp.Deopt.class, MethodHandles.dropArguments(INIT_LEFT, 3, args));
                MethodHandle made = MethodHandles.filterArguments(init, 1, NEW_INSTANCE);
                yield site.isMethod ? MethodHandles.dropArguments(made, 2, Object.class) : made;
            }
            default -> MethodHandles.dropArguments(h, 1, Object.class);
        };
        h = h.asType(st);
        test = MethodHandles.dropArguments(test, 0, Interpreter.class);
        MethodHandle fallback = site.getTarget();
        // a version compiled for instances of a class: each such argument is checked (the
        // callable itself, an instance with __call__, is checked by the test above)
        io.fora.vm.runtime.PyClass[] classes = v.classes();
        if (classes != null) {
            for (int i = 0; i < classes.length && i < n + k; i++) {
                // (the callable itself, an instance with __call__, is checked by the test above; a new instance is of its class)
                if (classes[i] == null || (i == 0 && (selfFrom == 1 || selfFrom == 3))) continue;
                int at = i < k ? 2 : off + i - k; // site position of parameter i
                MethodHandle check = MethodHandles.insertArguments(IS_INSTANCE_OF, 1, classes[i]);
                check = MethodHandles.dropArguments(check, 0, st.parameterList().subList(0, at));
                check = check.asType(check.type().changeParameterType(at, st.parameterType(at)));
                h = MethodHandles.guardWithTest(check, h, fallback);
            }
        }
        // dropped when its guards fail too often (Tier1#specMissed): calls link again
        h = v.valid().guardWithTest(h, fallback);
        if (defaults != null) {
            // the defaults were bound as constants: while fn keeps the array they came from
            MethodHandle same = MethodHandles.insertArguments(DEFAULTS_SAME, 0, fn, fn.defaults());
            h = MethodHandles.guardWithTest(MethodHandles.dropArguments(same, 0, st.parameterList()), h, fallback);
        }
        site.links++;
        site.setTarget(MethodHandles.guardWithTest(test, h, fallback));
        return h;
    }

    private static boolean isSame(Object expected, Object actual) { return actual == expected; }

    /**
     * True for a class a linked site may construct (with {@link io.fora.vm.runtime.Classes#plainInit}):
     * no metaclass of its own (whose {@code __call__} a class's version does not watch), not a
     * metaclass, not abstract.
     */
    private static boolean plainlyConstructed(io.fora.vm.runtime.PyClass c) {
        return (c.metaclass() == null || c.metaclass() == io.fora.vm.runtime.Types.TYPE)
                && !c.isSubclassOf(io.fora.vm.runtime.Types.TYPE) && !c.abstractInstances();
    }

    /** The site still calls this class, unchanged since it was linked (its version counts changes to it and its bases). */
    private static boolean constructs(Object callable, io.fora.vm.runtime.PyClass cls, int version) {
        return callable == cls && cls.version() == version;
    }

    private static boolean constructsNoSelf(Object callable, Object self, io.fora.vm.runtime.PyClass cls, int version) {
        return self == null && callable == cls && cls.version() == version;
    }

    private static Object newInstance(Object cls) { return new PyInstance((io.fora.vm.runtime.PyClass) cls); }

    private static Object initLeft(io.fora.vm.interp.Deopt d, Interpreter ctx, Object self) {
        throw d.constructing(self);
    }

    /** What a construction returns once its __init__ returned (CPython's TypeError when that was not None). */
    private static Object initDone(Object result, Object self) {
        if (result != io.fora.vm.runtime.PyNone.NONE) {
            throw io.fora.vm.runtime.Errors.typeError("__init__() should return None, not '" + Ops.typeName(result) + "'");
        }
        return self;
    }

    private static boolean defaultsSame(PyFunction fn, Object[] defaults) { return fn.defaults() == defaults; }

    private static boolean sameWithSelf(Object callable, Object self, Object expected) {
        return callable == expected && self != null;
    }

    private static boolean sameNoSelf(Object callable, Object self, Object expected) {
        return callable == expected && self == null;
    }

    private static boolean callsThrough(Object callable, io.fora.vm.runtime.PyClass cls, PyFunction fn) {
        return callable instanceof PyInstance i && i.cls() == cls && cls.callMethod() == fn;
    }

    private static boolean callsThroughNoSelf(Object callable, Object self, io.fora.vm.runtime.PyClass cls, PyFunction fn) {
        return self == null && callable instanceof PyInstance i && i.cls() == cls && cls.callMethod() == fn;
    }

    private static Object boxBool(int b) { return b != 0; }

    /** The i-th cell of the function a call of callable runs (its free variables). */
    public static Object cell(Object callable, int i) {
        return function(callable).closure()[i];
    }

    private static Object[] prepend(Object self, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** CALL_METHOD's generic form: {@code self} null when LOAD_METHOD found a plain attribute. */
    public static Object callMethod(Interpreter ctx, Object callable, Object self, Object[] args) {
        if (self == null) return call(ctx, callable, args);
        if (callable instanceof PyFunction fn) return ctx.callFunction(fn, prepend(self, args), Kwargs.NONE);
        return Ops.call(callable, prepend(self, args));
    }


    /**
     * A call with keyword arguments (CALL_KW): args holds the positional arguments, then the
     * values of the keywords {@code names} names, in order.
     */
    public static Object callKw(Interpreter ctx, Object callable, Object[] args, Object names) {
        PyTuple kwNames = (PyTuple) names;
        int nkw = kwNames.size();
        int npos = args.length - nkw;
        String[] kn = new String[nkw];
        Object[] kv = new Object[nkw];
        for (int i = 0; i < nkw; i++) {
            kn[i] = ((io.fora.vm.runtime.PyStr) kwNames.get(i)).value();
            kv[i] = args[npos + i];
        }
        return call(ctx, callable, java.util.Arrays.copyOf(args, npos), new Kwargs(kn, kv));
    }

    /** CALL_EX: a call with *args (a tuple) and **kwargs (a dict, or null). */
    public static Object callEx(Interpreter ctx, Object callable, Object args, Object kwargs) {
        return call(ctx, callable, ((PyTuple) args).items(), Interpreter.kwargsOf(kwargs));
    }

    /** UNPACK_SEQUENCE: v's n items in order (CPython's ValueError when there are more or fewer). */
    public static Object[] unpack(Object v, int n) { return Interpreter.unpackExactly(v, n); }

    /** BUILD_MAP: keys and values alternate. */
    public static Object map(Object[] kv) { return Interpreter.buildMap(kv); }

    /** BUILD_SET; {@code constant}: a display of constants (see Interpreter#buildSet). */
    public static Object set(Object[] items, boolean constant) { return Interpreter.buildSet(items, constant); }

    /** BUILD_SLICE. */
    public static Object slice(Object start, Object stop, Object step) { return new io.fora.vm.runtime.PySlice(start, stop, step); }

    /** BUILD_STRING: an f-string's parts, each a str. */
    public static Object string(Object[] parts) { return Interpreter.buildString(parts); }

    /** FORMAT_VALUE: conv 1 str, 2 repr, 3 ascii, 0 none; spec null when the field has none. */
    public static Object format(Object v, int conv, Object spec) { return Interpreter.formatValue(v, conv, spec); }

    /** An operand compiled code takes for a float (beside a float): a float, an int that fits a long, a bool; else leave. */
    public static double asDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1.0 : 0.0;
        throw LEAVE;
    }

    /** {@code a ** b} for floats, unless it is complex or raises: then leave. */
    public static double fpow(double x, double y) {
        if (Floats.powIsComplex(x, y)) throw LEAVE;
        try {
            return Floats.pow(x, y);
        } catch (io.fora.vm.runtime.PyError e) {
            throw LEAVE;
        }
    }



    public static Object tuple(Object[] items) { return PyTuple.of(items); }

    public static Object list(Object[] items) { return PyList.of(items); }

    // ---------------------------------------------------------------- ranges

    public static long rangeLen(long start, long stop, long step) { return PyRange.length(start, stop, step); }

    public static Object range(long start, long stop, long step) { return new PyRange(start, stop, step); }

    public static Object rangeIter(long next, long step, long remaining) { return Iterators.rangeIter(next, step, remaining); }

    /** A range() argument: an int that fits a long (bools count), else leave. */
    public static long rangeArg(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        throw LEAVE;
    }
}

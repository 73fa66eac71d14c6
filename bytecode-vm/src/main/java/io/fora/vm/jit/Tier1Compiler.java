// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import static java.lang.constant.ConstantDescs.CD_Object;
import static java.lang.constant.ConstantDescs.CD_String;
import static java.lang.constant.ConstantDescs.CD_boolean;
import static java.lang.constant.ConstantDescs.CD_double;
import static java.lang.constant.ConstantDescs.CD_int;
import static java.lang.constant.ConstantDescs.CD_long;
import static java.lang.constant.ConstantDescs.CD_void;

import io.fora.vm.builtins.Builtins;
import io.fora.vm.compile.CodeObject;
import io.fora.vm.compile.Op;
import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.Compare;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyCell;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.Shape;
import io.fora.vm.runtime.Types;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.DynamicConstantDesc;
import java.lang.constant.MethodTypeDesc;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles one function, and the functions it calls directly, into static methods of one hidden
 * class, specialised on argument types.
 *
 * <p>First an abstract interpretation over the IR gives every slot and operand-stack entry at
 * every instruction a type: an int that fits a long, a float, a bool, a known constant (a global
 * function, a module, a builtin), a range or range iterator kept as three longs, or a boxed value.
 * Then each IR instruction becomes JVM code over JVM locals, one set per slot and stack entry, so
 * the whole tier-0 state exists at every instruction. A speculation that fails (an overflow, a
 * global rebound, a division by zero, an instruction tier 1 does not do) rebuilds the exact tier-0
 * frame from those locals and throws it as a {@link io.fora.vm.interp.Deopt}; compiled callers add
 * their own frames on the way out.
 */
final class Tier1Compiler {
    static final int BOT = 0, UNDEF = 1, LONG = 2, DOUBLE = 3, BOOL = 4, OBJ = 5, NOBJ = 6, RITER = 7,
            RANGE = 8, NULLC = 9, CONST = 16;
    /**
     * Types from INST up: an instance of one user class ({@link Known}), guarded where it enters
     * (a parameter, an attribute read, a call's result); a JVM Object like OBJ.
     */
    static final int INST = 1 << 20;
    static final int MAX_METHODS = 16;
    /** JVM local words per position: object, long, double, int, two more longs (ranges). */
    private static final int WORDS = 10;

    private static final ClassDesc CD_Interp = ClassDesc.of("io.fora.vm.interp.Interpreter");
    private static final ClassDesc CD_Deopt = ClassDesc.of("io.fora.vm.interp.Deopt");
    private static final ClassDesc CD_Code = ClassDesc.of("io.fora.vm.compile.CodeObject");
    private static final ClassDesc CD_Globals = ClassDesc.of("io.fora.vm.runtime.Globals");
    private static final ClassDesc CD_PyError = ClassDesc.of("io.fora.vm.runtime.PyError");
    private static final ClassDesc CD_Cell = ClassDesc.of("io.fora.vm.runtime.PyCell");
    private static final ClassDesc CD_Rt = ClassDesc.of("io.fora.vm.jit.Tier1Rt");
    private static final ClassDesc CD_Ops = ClassDesc.of("io.fora.vm.runtime.Ops");
    private static final ClassDesc CD_Compare = ClassDesc.of("io.fora.vm.runtime.Compare");
    private static final ClassDesc CD_SiteCache = ClassDesc.of("io.fora.vm.interp.SiteCache");
    private static final ClassDesc CD_Ints = ClassDesc.of("io.fora.vm.runtime.Ints");
    private static final ClassDesc CD_Mut = ClassDesc.of("io.fora.vm.runtime.Mutations");
    private static final ClassDesc CD_Libm = ClassDesc.of("io.fora.vm.builtins.math.Libm");
    private static final ClassDesc CD_Math = ClassDesc.of("java.lang.Math");
    private static final ClassDesc CD_Arith = ClassDesc.of("java.lang.ArithmeticException");
    private static final ClassDesc CD_Compiled = ClassDesc.of("io.fora.vm.jit.Compiled");
    private static final ClassDesc CD_Class = ClassDesc.of("io.fora.vm.runtime.PyClass");
    private static final ClassDesc CD_Function = ClassDesc.of("io.fora.vm.runtime.PyFunction");
    private static final ClassDesc CD_Shape = ClassDesc.of("io.fora.vm.runtime.Shape");
    private static final java.lang.constant.DirectMethodHandleDesc BSM_CALL = ConstantDescs.ofCallsiteBootstrap(
            ClassDesc.of("io.fora.vm.jit.Tier1Rt"), "bootstrapCall", ClassDesc.of("java.lang.invoke.CallSite"), CD_int);
    private static final ClassDesc CD_DrainCompiled = ClassDesc.of("io.fora.vm.jit.DrainCompiled");
    private static final ClassDesc CD_Sink = ClassDesc.of("io.fora.vm.interp.DrainSink");
    private static final ClassDesc CD_RangeIter = ClassDesc.of("io.fora.vm.runtime.Iterators$RangeIter");
    private static final ClassDesc CD_LongBox = ClassDesc.of("java.lang.Long");
    private static final ClassDesc CD_DoubleBox = ClassDesc.of("java.lang.Double");
    private static final ClassDesc CD_BoolBox = ClassDesc.of("java.lang.Boolean");
    private static final ClassDesc CD_IntBox = ClassDesc.of("java.lang.Integer");
    private static final ClassDesc CD_ObjArr = CD_Object.arrayType();
    private static final ClassDesc SELF = ClassDesc.of("io.fora.vm.jit.Tier1Unit");
    private static final ClassDesc CD_LoopSite = ClassDesc.of("io.fora.vm.jit.LoopSite");

    /** Thrown while compiling: this code is not for tier 1. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String why) { super(why, null, false, false); }
    }

    private final List<Object> constants = new ArrayList<>();
    private final IdentityHashMap<Object, Integer> constIndex = new IdentityHashMap<>();
    private final List<M> methods = new ArrayList<>();
    private final Map<Key, M> byKey = new HashMap<>();

    private record Key(CodeObject code, Globals globals, List<Integer> params) {
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.code == code && k.globals == globals && k.params.equals(params);
        }

        @Override public int hashCode() { return System.identityHashCode(code) * 31 + params.hashCode(); }
    }

    /** One method of the unit: a code object, its globals and its parameter types. */
    static final class M {
        final int index;
        final CodeObject code;
        final Globals globals;
        final int[] params;
        int ret = BOT;
        St[] in;
        final Object[] resolved;
        final int npos;
        /** Methods of the unit this one calls directly, and whether it calls anything else (not done in place). */
        final java.util.Set<M> callees = new java.util.LinkedHashSet<>();
        boolean opaqueCalls;
        /**
         * No loop, and calls only bounded methods and builtins done in place: it ends after a
         * bounded number of instructions, so calling it needs no poll and no recursion count.
         */
        boolean bounded;
        /** Loop headers this method goes on from in a resume method (see {@link #chunks}); empty: none. */
        int[] headers = new int[0];

        /** A generator body run to its end, its yields added to a sink (the last parameter). */
        boolean drain;
        /** For a drained body that reads cells (its free variables, parameters after the source): their values' types. */
        int[] freeTypes = new int[0];

        M(int index, CodeObject code, Globals globals, int[] params) {
            this.index = index;
            this.code = code;
            this.globals = globals;
            this.params = params;
            this.resolved = new Object[code.code.length];
            this.npos = code.nslots() + code.stackSize;
        }

        String name() { return "m" + index; }

        String driveName() { return name() + "$drive"; }

        String resumeName(int h) { return name() + "$at" + h; }

        boolean chunked(int h) {
            for (int x : headers) if (x == h) return true;
            return false;
        }

        /** For a loop unit's root (see {@link #compileLoop}): the loop header it enters at, with startTypes there; else -1. */
        int start = -1;
        int[] startTypes;

        MethodTypeDesc desc() {
            if (start >= 0) return RESUME;
            List<ClassDesc> ps = new ArrayList<>();
            ps.add(CD_Interp);
            for (int p : params) {
                if (p == RITER) {
                    ps.add(CD_long);
                    ps.add(CD_long);
                    ps.add(CD_long);
                } else {
                    ps.add(jvmType(p));
                }
            }
            for (int i = 0; i < freeTypes.length; i++) ps.add(CD_Object);
            if (drain) ps.add(CD_Sink);
            return MethodTypeDesc.of(drain ? CD_void : jvmType(ret), ps.toArray(new ClassDesc[0]));
        }
    }

    /** Types of the positions (slots, then stack entries) and the stack top. */
    static final class St {
        final int[] t;
        int sp;
        /**
         * The try blocks active here, as tier 0's frame holds them: (handler, sp, handled
         * exceptions) each, innermost last. Lexical, so the same on every path to an instruction;
         * never changed in place (shared by copies).
         */
        int[] blocks = NO_BLOCKS;

        St(int n, int sp) {
            this.t = new int[n];
            this.sp = sp;
        }

        St copy() {
            St s = new St(t.length, sp);
            System.arraycopy(t, 0, s.t, 0, t.length);
            s.blocks = blocks;
            return s;
        }
    }

    private static final int[] NO_BLOCKS = new int[0];

    static ClassDesc jvmType(int t) {
        return switch (t) {
            case LONG -> CD_long;
            case DOUBLE -> CD_double;
            case BOOL -> CD_int;
            default -> CD_Object;
        };
    }

    static int paramType(int t) { return t == LONG || t == DOUBLE || t == BOOL || isInst(t) ? t : OBJ; }

    private static boolean num(int t) { return t == LONG || t == DOUBLE || t == BOOL; }

    static int join(int a, int b) {
        if (a == b) return a;
        if (a == BOT) return b;
        if (b == BOT) return a;
        if (a == UNDEF || b == UNDEF || a == NOBJ || b == NOBJ || a == NULLC || b == NULLC) return NOBJ;
        return OBJ;
    }

    /** True when code of this shape may be compiled at all. */
    static boolean eligible(CodeObject co) {
        if (readsItsFrame(co)) return false;
        return (co.flags & (CodeObject.GENERATOR | CodeObject.CLASS_BODY | CodeObject.MODULE | CodeObject.VARARGS
                | CodeObject.VARKW | CodeObject.SPLITTABLE | CodeObject.NO_SPLIT)) == 0
                && co.kwOnlyCount == 0
                && !co.name.endsWith("comp>") && !co.name.equals("<genexpr>");
    }

    /**
     * locals(), vars() and dir() read the tier-0 frame that calls them, traceback's extract_stack
     * and format_stack (and traceback.py's own _frames_running) the frames running, gc.collect()
     * what they no longer reach: code naming them stays there (a compiled caller's frame would be
     * missing from the stack they read).
     */
    private static boolean readsItsFrame(CodeObject co) {
        boolean gc = false, collect = false;
        for (String n : co.names) {
            switch (n) {
                case "locals", "vars", "dir", "extract_stack", "format_stack", "print_stack", "_frames_running", "__fora_global_only__" -> { return true; }
                case "gc" -> gc = true;
                case "collect" -> collect = true;
                default -> { }
            }
        }
        // gc.collect() counts what its caller dropped: a compiled frame, run by HotSpot's
        // interpreter, can still hold a dropped value in a JVM local (a call's result)
        return gc && collect;
    }

    /** True when a generator expression's body may be compiled to drain it (see Tier1#drain). */
    static boolean drainable(CodeObject co) {
        if (readsItsFrame(co)) return false;
        return co.is(CodeObject.GENERATOR) && (co.name.equals("<genexpr>") || co.is(CodeObject.LIST_ELEMENTS)) && !co.is(CodeObject.NO_SPLIT)
                && co.ncells == 0 && co.nlocals >= 1 && co.slotNames[0].equals(".0");
    }

    /** -Dfora.tier1.dump=DIR: each compiled version's class file is written there (for javap). */
    private static final String DUMP = System.getProperty("fora.tier1.dump");
    private static final java.util.concurrent.atomic.AtomicInteger DUMPED = new java.util.concurrent.atomic.AtomicInteger();

    private static void dump(CodeObject code, byte[] bytes) {
        if (DUMP == null) return;
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(DUMP);
            java.nio.file.Files.createDirectories(dir);
            String name = code.qualname == null ? code.name : code.qualname;
            java.nio.file.Files.write(dir.resolve(DUMPED.incrementAndGet() + "-" + name.replaceAll("[^A-Za-z0-9_.]", "_") + ".class"), bytes);
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("fora: cannot dump " + code.name + ": " + e);
        }
    }

    /**
     * Compiles a generator expression's body to run to its end, adding each value it yields to a
     * sink. {@code freeTypes}: the types of the values in the cells it reads (LONG, DOUBLE, BOOL or
     * OBJ), checked at each read.
     */
    static DrainCompiled compileDrain(CodeObject code, Globals globals, int sourceType, int[] freeTypes) {
        return withoutHugeMethods(apart -> compileDrain(code, globals, sourceType, freeTypes, apart));
    }

    private static DrainCompiled compileDrain(CodeObject code, Globals globals, int sourceType, int[] freeTypes, java.util.Set<CodeObject> apart) {
        Tier1Compiler c = new Tier1Compiler();
        c.apart = apart;
        c.rootCode = code;
        c.speculate = !code.tier1NoSpec;
        M root = c.method(code, globals, new int[] {sourceType});
        root.drain = true;
        root.freeTypes = freeTypes;
        c.solve();
        byte[] bytes = c.generate(root);
        dump(code, bytes);
        try {
            MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, List.copyOf(c.constants), true);
            return (DrainCompiled) l.findConstructor(l.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (Throwable t) {
            throw new Unsupported("defining the class failed: " + t);
        }
    }

    private int constant(Object v) {
        Integer k = constIndex.get(v);
        if (k == null) {
            k = constants.size();
            constants.add(v);
            constIndex.put(v, k);
        }
        return k;
    }

    private int constType(Object v) {
        if (v instanceof Long) return LONG;
        if (v instanceof Double) return DOUBLE;
        if (v instanceof Boolean) return BOOL;
        if (v == null) return NULLC;
        return CONST + constant(v);
    }

    private Object constOf(int t) { return isConst(t) ? constants.get(t - CONST) : null; }

    static boolean isConst(int t) { return t >= CONST && t < INST; }

    static boolean isInst(int t) { return t >= INST; }

    /**
     * A user class whose instances a compilation speculates on, with an instance seen (the
     * sample): its attributes' values tell which types to expect of them, checked at each read.
     */
    record Known(PyClass cls, PyInstance sample) {}

    private final List<Known> knowns = new ArrayList<>();
    /** False when this compilation must not speculate on instances (its root's guards failed too often). */
    private boolean speculate = true;
    /** The root's code object: guards that fail count against it (Tier1Rt#specMiss). */
    private CodeObject rootCode;

    /** True when v may be given an INST type: a plain instance of a user class, attributes in a shape. */
    static boolean instanceLike(Object v) {
        return v != null && v.getClass() == PyInstance.class && ((PyInstance) v).base() == null && !((PyInstance) v).hasDict();
    }

    /** The INST type of instances of v's class (v becomes the sample if it is the first seen), or OBJ when not speculating. */
    private int instType(Object v, CodeObject in) {
        if (!speculate || in.tier1NoSpec || !instanceLike(v)) return OBJ;
        PyInstance i = (PyInstance) v;
        for (int k = 0; k < knowns.size(); k++) if (knowns.get(k).cls() == i.cls()) return INST + k;
        if (knowns.size() >= 64) return OBJ;
        knowns.add(new Known(i.cls(), i));
        return INST + knowns.size() - 1;
    }

    private Known known(int t) { return knowns.get(t - INST); }

    /** The type to expect of a value like v found in an attribute: LONG, DOUBLE, BOOL, an INST, or OBJ. */
    private int sampleType(Object v, CodeObject in) {
        if (v instanceof Long) return LONG;
        if (v instanceof Double) return DOUBLE;
        if (v instanceof Boolean) return BOOL;
        return instType(v, in);
    }

    /**
     * Callees longer than this (instructions) are called, not compiled into the caller's unit: a
     * callee in the unit takes unboxed arguments and gives its caller the type of its result, which
     * pays for the small functions of numeric code; a long one costs its compile time again in every
     * unit that calls it (pretty-printing's four-instruction {@code format} took 89 ms to compile
     * with the printer's methods under it) and is compiled once, as its own root, when it gets hot.
     */
    static final int MAX_CALLEE_CODE = Integer.getInteger("fora.tier1.maxCallee", 100);
    /** Instructions of a unit's callees together at most. */
    static final int MAX_UNIT_CODE = Integer.getInteger("fora.tier1.maxUnit", 600);
    private int calleeCode;

    /** Functions whose methods came out too large for HotSpot in an earlier attempt: called, not compiled into this unit. */
    private java.util.Set<CodeObject> apart = java.util.Set.of();

    private M method(CodeObject code, Globals globals, int[] params) {
        Key key = new Key(code, globals, Arrays.stream(params).boxed().toList());
        M m = byKey.get(key);
        if (m != null) return m;
        if (!methods.isEmpty()) {
            if (methods.size() >= MAX_METHODS || apart.contains(code) || code.code.length > MAX_CALLEE_CODE
                    || calleeCode + code.code.length > MAX_UNIT_CODE) return null;
            calleeCode += code.code.length;
        }
        m = new M(methods.size(), code, globals, params);
        methods.add(m);
        byKey.put(key, m);
        return m;
    }

    // ------------------------------------------------------------------------------------------
    // Entry

    /** Compiles {@code code} for arguments of the given types; throws Unsupported when it cannot. */
    /**
     * A compiled function: its boxed entry, its typed static method (for call sites linked to it),
     * the class each parameter must be an instance of (null: any value of its type), and whether
     * it speculates on instances anywhere (its guards may fail: Tier1Rt#specMiss).
     */
    record Result(Compiled entry, java.lang.invoke.MethodHandle method, PyClass[] classes, boolean speculates) {}

    /**
     * Compiles a function; {@code samples}, when not null, are arguments of a call: a parameter
     * given a plain instance of a user class is compiled for instances of that class.
     */
    static Result compile(CodeObject code, Globals globals, int[] params, int[] freeTypes, Object[] samples) {
        return withoutHugeMethods(apart -> compile(code, globals, params, freeTypes, samples, apart));
    }

    private static Result compile(CodeObject code, Globals globals, int[] params, int[] freeTypes, Object[] samples, java.util.Set<CodeObject> apart) {
        Tier1Compiler c = new Tier1Compiler();
        c.apart = apart;
        c.rootCode = code;
        c.speculate = !code.tier1NoSpec;
        PyClass[] classes = new PyClass[params.length];
        if (samples != null) {
            params = params.clone();
            for (int i = 0; i < params.length && i < samples.length; i++) {
                if (params[i] != OBJ) continue;
                params[i] = c.instType(samples[i], code);
                if (isInst(params[i])) classes[i] = c.known(params[i]).cls();
            }
        }
        M root = c.method(code, globals, params);
        root.freeTypes = freeTypes;
        c.solve();
        byte[] bytes = c.generate(root);
        dump(code, bytes);
        try {
            MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, List.copyOf(c.constants), true);
            Compiled entry = (Compiled) l.findConstructor(l.lookupClass(), MethodType.methodType(void.class)).invoke();
            MethodType type = MethodType.fromMethodDescriptorString(root.desc().descriptorString(), l.lookupClass().getClassLoader());
            c.linkSites(l);
            return new Result(entry, l.findStatic(l.lookupClass(), root.name(), type), classes, !c.knowns.isEmpty());
        } catch (Throwable t) {
            throw new Unsupported("defining the class failed: " + t);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Analysis

    private void solve() {
        for (int round = 0; ; round++) {
            if (round > 60) throw new Unsupported("types do not settle");
            boolean changed = false;
            for (int i = 0; i < methods.size(); i++) {
                M m = methods.get(i);
                int before = m.ret;
                analyze(m);
                if (m.ret != before) changed = true;
            }
            if (!changed) {
                for (M m : methods) {
                    if (m.ret == BOT) {
                        m.ret = OBJ;
                        changed = true;
                    }
                }
                if (!changed) {
                    bound();
                    return;
                }
            }
        }
    }

    /** Marks the bounded methods (see {@link M#bounded}): the least fixed point, so recursion is never bounded. */
    private void bound() {
        for (boolean changed = true; changed; ) {
            changed = false;
            for (M m : methods) {
                if (m.bounded || m.drain || m.opaqueCalls || loopAfter(m.code, -1)) continue;
                boolean all = true;
                for (M c : m.callees) all &= c.bounded;
                if (all) {
                    m.bounded = true;
                    changed = true;
                }
            }
        }
    }

    private ArrayDeque<Integer> work;
    private boolean[] queued;

    /** The types of the positions as a method of the unit is entered: its parameters', its own cells and its free variables' cells (objects). */
    private static St entryState(M m) {
        CodeObject co = m.code;
        St entry = new St(m.npos + 1, co.nslots());
        Arrays.fill(entry.t, UNDEF);
        for (int i = 0; i < m.params.length; i++) entry.t[i] = m.params[i];
        for (int i = 0; i < co.ncells; i++) entry.t[co.nlocals + i] = OBJ;
        for (int i = 0; i < m.freeTypes.length; i++) entry.t[co.nlocals + co.ncells + i] = OBJ;
        return entry;
    }

    private void analyze(M m) {
        CodeObject co = m.code;
        m.callees.clear();
        m.opaqueCalls = false;
        m.in = new St[co.code.length];
        int first = m.start >= 0 ? m.start : 0;
        if (m.start >= 0) {
            St at = new St(m.npos + 1, m.startTypes.length);
            Arrays.fill(at.t, UNDEF);
            System.arraycopy(m.startTypes, 0, at.t, 0, m.startTypes.length);
            m.in[first] = at;
        } else {
            m.in[0] = entryState(m);
        }
        work = new ArrayDeque<>();
        queued = new boolean[co.code.length];
        work.add(first);
        queued[first] = true;
        while (!work.isEmpty()) {
            int pc = work.poll();
            queued[pc] = false;
            step(m, pc, m.in[pc].copy(), null);
        }
    }

    /** Analysis: merges a state into a successor's entry state. */
    private void merge(M m, int target, St s) {
        if (target >= m.code.code.length) throw new Unsupported("falls off the end");
        St cur = m.in[target];
        if (cur == null) {
            m.in[target] = s.copy();
        } else {
            if (cur.sp != s.sp) throw new Unsupported("stack depths differ at " + target);
            if (!Arrays.equals(cur.blocks, s.blocks)) throw new Unsupported("try blocks differ at " + target);
            boolean changed = false;
            for (int i = 0; i < s.sp; i++) {
                int j = join(cur.t[i], s.t[i]);
                if (j != cur.t[i]) {
                    cur.t[i] = j;
                    changed = true;
                }
            }
            if (!changed) return;
        }
        if (!queued[target]) {
            queued[target] = true;
            work.add(target);
        }
    }

    private static int baseOp(int insn) {
        return switch (insn & 0xFF) {
            case Op.BINARY_FF, Op.BINARY_FF_STORE, Op.BINARY_FC, Op.BINARY_FC_STORE, Op.LOAD_FAST2,
                 Op.LOAD_FAST_CONST, Op.COMPARE_F_JUMP -> Op.LOAD_FAST;
            case Op.COMPARE_C_JUMP -> Op.LOAD_CONST;
            case Op.COMPARE_JUMP_IF_FALSE -> Op.COMPARE;
            case Op.BINARY_STORE -> Op.BINARY;
            default -> insn & 0xFF;
        };
    }

    static int binType(int op, int a, int b) {
        if (a == BOT || b == BOT) return BOT;
        boolean floatOp = op == Arith.ADD || op == Arith.SUB || op == Arith.MUL || op == Arith.DIV || op == Arith.POW;
        // a value of unknown type beside a float is taken for a number (checked; otherwise tier 0 does it)
        if (floatOp && (a == DOUBLE && b == OBJ || a == OBJ && b == DOUBLE)) return DOUBLE;
        if (!num(a) || !num(b)) return OBJ;
        if (a == BOOL && b == BOOL && (op == Arith.AND || op == Arith.OR || op == Arith.XOR)) return BOOL;
        if (a == DOUBLE || b == DOUBLE) {
            return switch (op) {
                case Arith.ADD, Arith.SUB, Arith.MUL, Arith.DIV, Arith.MOD, Arith.FLOORDIV, Arith.POW -> DOUBLE;
                default -> OBJ;
            };
        }
        return switch (op) {
            case Arith.ADD, Arith.SUB, Arith.MUL, Arith.FLOORDIV, Arith.MOD, Arith.AND, Arith.OR, Arith.XOR,
                 Arith.LSHIFT, Arith.RSHIFT, Arith.POW -> LONG; // a negative exponent (a float) leaves
            case Arith.DIV -> DOUBLE;
            default -> OBJ;
        };
    }

    /** What LOAD_GLOBAL finds now (cached per instruction for the whole compilation): {cell, value or null, builtin or null}. */
    private Object[] global(M m, int pc, int index) {
        Object[] r = (Object[]) m.resolved[pc];
        if (r == null) {
            String name = m.code.names[index];
            PyCell cell = m.globals.cell(name);
            Object v = cell.value;
            Object b = v == null ? m.globals.builtins().get(name) : null;
            r = new Object[] {cell, v, b};
            m.resolved[pc] = r;
        }
        return r;
    }

    private static boolean fixedModule(Object v) {
        // once a computation patched a Java module (re.compile = f), its attributes are read, not folded
        return v instanceof PyModule mod && Builtins.javaModule(mod.name()) == mod && !io.fora.vm.runtime.ModulePatches.any();
    }

    private static String intrinsicKey(Object callee) {
        if (callee == Types.RANGE) return "range";
        if (callee instanceof PyBuiltin b) return Builtins.keyOf(b);
        return null;
    }

    private static final Map<String, String[]> MATH = Map.of(
            "math.sin", new String[] {"Libm", "sin"}, "math.cos", new String[] {"Libm", "cos"},
            "math.tan", new String[] {"Libm", "tan"}, "math.atan", new String[] {"Libm", "atan"},
            "math.exp", new String[] {"Libm", "exp"}, "math.sqrt", new String[] {"Math", "sqrt"},
            "math.fabs", new String[] {"Math", "abs"});

    /** A counted while loop's test (LoopFolding#COUNTED): done in place for ints. */
    private static final String COUNTED_KEY = "builtins." + io.fora.vm.parse.LoopFolding.COUNTED;

    /** The type a call of a known builtin gives for these argument types, or -1 when it is called generically. */
    private static int intrinsicType(String key, int[] args) {
        if (key == null) return -1;
        if (key.equals("range")) {
            if (args.length < 1 || args.length > 3) return -1;
            for (int a : args) if (!(a == LONG || a == BOOL || a == OBJ)) return -1;
            return RANGE;
        }
        if (key.equals(COUNTED_KEY)) return args.length == 3 && args[0] == LONG && args[1] == LONG && args[2] == LONG ? BOOL : -1;
        if (args.length != 1) return -1;
        int a = args[0];
        return switch (key) {
            case "builtins.abs" -> a == DOUBLE ? DOUBLE : num(a) ? LONG : -1;
            case "builtins.float" -> num(a) ? DOUBLE : -1;
            case "builtins.int" -> num(a) ? LONG : -1;
            case "builtins.len" -> a == OBJ ? LONG : -1;
            default -> MATH.containsKey(key) && num(a) ? DOUBLE : -1;
        };
    }

    // ------------------------------------------------------------------------------------------
    // One instruction: in analysis (g == null) its effect on types; in generation also its code.

    private void step(M m, int pc, St s, Gen g) {
        CodeObject co = m.code;
        int insn = co.code[pc];
        int op = baseOp(insn);
        int arg = insn >>> 8;
        St in0 = g == null ? null : s.copy();
        switch (op) {
            case Op.NOP -> edge(m, g, pc + 1, s);
            case Op.POP -> {
                // a loop letting go of a generator it made: tier 0 closes one that is suspended
                if (arg == Op.POP_CLOSE && s.t[s.sp - 1] == OBJ && g != null) {
                    g.cb.aload(g.obj(s.sp - 1));
                    g.cb.invokestatic(CD_Rt, "closableByLoop", MethodTypeDesc.of(CD_boolean, CD_Object));
                    g.cb.ifne(g.stub(Stub.PLAIN, pc, s.copy()));
                }
                s.sp--;
                edge(m, g, pc + 1, s);
            }
            case Op.DUP -> {
                int t = s.t[s.sp - 1];
                if (t == RITER) {
                    leave(g, pc, s); // an iterator is one object: its copies must advance together
                    return;
                }
                if (g != null) g.copy(s.sp - 1, s.sp, t);
                s.t[s.sp++] = t;
                edge(m, g, pc + 1, s);
            }
            case Op.DUP2 -> {
                int a = s.t[s.sp - 2], b = s.t[s.sp - 1];
                if (a == RITER || b == RITER) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.copy(s.sp - 2, s.sp, a);
                    g.copy(s.sp - 1, s.sp + 1, b);
                }
                s.t[s.sp] = a;
                s.t[s.sp + 1] = b;
                s.sp += 2;
                edge(m, g, pc + 1, s);
            }
            case Op.ROT2 -> {
                int a = s.t[s.sp - 2], b = s.t[s.sp - 1];
                if (g != null) {
                    g.copy(s.sp - 1, m.npos, b);
                    g.copy(s.sp - 2, s.sp - 1, a);
                    g.copy(m.npos, s.sp - 2, b);
                }
                s.t[s.sp - 2] = b;
                s.t[s.sp - 1] = a;
                edge(m, g, pc + 1, s);
            }
            case Op.ROT3 -> {
                int x = s.t[s.sp - 3], y = s.t[s.sp - 2], z = s.t[s.sp - 1];
                if (g != null) {
                    g.copy(s.sp - 1, m.npos, z);
                    g.copy(s.sp - 2, s.sp - 1, y);
                    g.copy(s.sp - 3, s.sp - 2, x);
                    g.copy(m.npos, s.sp - 3, z);
                }
                s.t[s.sp - 3] = z;
                s.t[s.sp - 2] = x;
                s.t[s.sp - 1] = y;
                edge(m, g, pc + 1, s);
            }
            case Op.LOAD_DEREF -> {
                // a free variable's cell (a parameter of a drained body): its value, of the type seen
                // when compiling; one of the code's own cells: its value as an object (unbound: tier 0 raises)
                int p = co.nlocals + arg;
                if ((arg >= co.ncells && arg - co.ncells >= m.freeTypes.length) || s.t[p] != OBJ) {
                    leave(g, pc, s);
                    return;
                }
                int t = arg < co.ncells ? OBJ : m.freeTypes[arg - co.ncells];
                if (g != null) g.loadDeref(p, t, s.sp, pc, in0);
                s.t[s.sp++] = t;
                edge(m, g, pc + 1, s);
            }
            case Op.STORE_DEREF -> {
                // one of the code's own cells (a free variable keeps the type its reads were compiled for: tier 0)
                int p = co.nlocals + arg;
                int t = s.t[s.sp - 1];
                if (arg >= co.ncells || s.t[p] != OBJ || t == RITER || t == UNDEF || t == BOT) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.cb.aload(g.obj(p));
                    g.cb.checkcast(CD_Cell);
                    g.box(s.sp - 1, t);
                    g.cb.invokevirtual(CD_Cell, "set", MethodTypeDesc.of(CD_void, CD_Object));
                }
                s.sp--;
                edge(m, g, pc + 1, s);
            }
            case Op.LOAD_CLOSURE -> {
                int p = co.nlocals + arg;
                if (s.t[p] != OBJ) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) g.copy(p, s.sp, OBJ);
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.MAKE_FUNCTION -> {
                // below the code: its defaults (1), keyword defaults (2), annotations (8), closure (4)
                int n = 1 + Integer.bitCount(arg & 15);
                for (int i = s.sp - n; i < s.sp; i++) {
                    if (s.t[i] == RITER || s.t[i] == UNDEF || s.t[i] == BOT) {
                        leave(g, pc, s);
                        return;
                    }
                }
                if (g != null) {
                    for (int i = s.sp - n; i < s.sp; i++) g.box(i, s.t[i]);
                    g.cb.loadConstant(arg);
                    g.ldc(constant(m.globals), CD_Globals);
                    ClassDesc[] ps = new ClassDesc[n + 2];
                    Arrays.fill(ps, 0, n, CD_Object);
                    ps[n] = CD_int;
                    ps[n + 1] = CD_Globals;
                    g.cb.invokestatic(CD_Rt, "makeFunction" + n, MethodTypeDesc.of(CD_Object, ps));
                    g.cb.astore(g.obj(s.sp - n));
                }
                s.sp -= n;
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.LOAD_CONST -> {
                Object v = co.consts[arg];
                int t = constType(v);
                if (g != null) g.setConst(s.sp, t, v);
                s.t[s.sp++] = t;
                edge(m, g, pc + 1, s);
            }
            case Op.LOAD_FAST -> {
                int t = s.t[arg];
                if (t == UNDEF || t == BOT) {
                    leave(g, pc, s);
                    return;
                }
                if (t == NOBJ) {
                    if (g != null) {
                        g.cb.aload(g.obj(arg));
                        g.cb.ifnull(g.stub(Stub.PLAIN, pc, in0));
                    }
                    t = OBJ;
                }
                if (g != null) g.copy(arg, s.sp, t);
                s.t[s.sp++] = t;
                edge(m, g, pc + 1, s);
            }
            case Op.STORE_FAST -> {
                int t = s.t[s.sp - 1];
                if (t == RITER) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) g.copy(s.sp - 1, arg, t);
                s.t[arg] = t;
                s.sp--;
                edge(m, g, pc + 1, s);
            }
            case Op.DELETE_FAST -> {
                if (s.t[arg] == UNDEF) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.cb.aconst_null();
                    g.cb.astore(g.obj(arg));
                }
                s.t[arg] = UNDEF;
                edge(m, g, pc + 1, s);
            }
            case Op.BINARY, Op.INPLACE -> {
                int a = s.t[s.sp - 2], b = s.t[s.sp - 1];
                int r = binType(arg, a, b);
                if (g != null) g.binary(op == Op.INPLACE, arg, s.sp - 2, a, s.sp - 1, b, r, pc, in0);
                s.sp -= 2;
                s.t[s.sp++] = r;
                edge(m, g, pc + 1, s);
            }
            case Op.UNARY -> {
                int a = s.t[s.sp - 1];
                int r;
                if (a == BOT) r = BOT;
                else if (arg == Op.U_NOT) r = BOOL;
                else if (a == DOUBLE && arg != Op.U_INVERT) r = DOUBLE;
                else if (a == LONG || a == BOOL) r = LONG;
                else r = OBJ;
                if (g != null) g.unary(arg, s.sp - 1, a, r, pc, in0);
                s.t[s.sp - 1] = r;
                edge(m, g, pc + 1, s);
            }
            case Op.COMPARE -> {
                int a = s.t[s.sp - 2], b = s.t[s.sp - 1];
                int r;
                if (a == BOT || b == BOT) r = BOT;
                else if (arg <= Compare.GE) r = num(a) && num(b) ? BOOL : OBJ;
                else r = BOOL;
                if (g != null) g.compare(arg, s.sp - 2, a, s.sp - 1, b, r, pc, in0);
                s.sp -= 2;
                s.t[s.sp++] = r;
                edge(m, g, pc + 1, s);
            }
            case Op.JUMP -> {
                if (arg <= pc && g != null) {
                    if (m.chunked(arg)) {
                        // no poll here: the drive method polls between chunks (see #chunks)
                        g.countIteration(arg, s);
                    } else {
                        g.cb.aload(0);
                        g.cb.invokestatic(CD_Rt, "poll", MethodTypeDesc.of(CD_boolean, CD_Interp));
                        g.cb.ifne(g.stub(Stub.PLAIN, arg, in0));
                    }
                }
                edge(m, g, arg, s);
            }
            case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> {
                int t = s.t[s.sp - 1];
                s.sp--;
                if (g != null) {
                    g.truth(s.sp, t, pc, in0);
                    Label taken = g.edgeLabel(arg, s);
                    if (op == Op.POP_JUMP_IF_FALSE) g.cb.ifeq(taken);
                    else g.cb.ifne(taken);
                } else {
                    merge(m, arg, s);
                }
                edge(m, g, pc + 1, s);
            }
            case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> {
                int t = s.t[s.sp - 1];
                if (g != null) {
                    g.truth(s.sp - 1, t, pc, in0);
                    Label taken = g.edgeLabel(arg, s);
                    if (op == Op.JUMP_IF_FALSE_OR_POP) g.cb.ifeq(taken);
                    else g.cb.ifne(taken);
                } else {
                    merge(m, arg, s);
                }
                s.sp--;
                edge(m, g, pc + 1, s);
            }
            case Op.LOAD_GLOBAL -> {
                Object[] r = global(m, pc, arg);
                PyCell cell = (PyCell) r[0];
                Object v = r[1] != null ? r[1] : r[2];
                if (v == null) {
                    leave(g, pc, s);
                    return;
                }
                if (r[1] != null && cell.rebinds >= UNSTABLE_GLOBAL) {
                    // a global the program keeps rebinding (a counter, a current state): read, not folded
                    if (g != null) {
                        g.ldc(constant(cell), CD_Cell);
                        g.cb.getfield(CD_Cell, "value", CD_Object);
                        g.cb.astore(g.obj(s.sp));
                        g.cb.aload(g.obj(s.sp));
                        g.cb.ifnull(g.stub(Stub.PLAIN, pc, in0));
                    }
                    s.t[s.sp++] = OBJ;
                    edge(m, g, pc + 1, s);
                    return;
                }
                int t = constType(v);
                // a module-level instance of a user class: typed as its class, so that its
                // attributes and methods are read and called as a parameter's are
                int it = r[1] != null && instanceLike(v) ? instType(v, co) : OBJ;
                if (isInst(it)) t = it;
                if (g != null) {
                    g.ldc(constant(cell), CD_Cell);
                    g.cb.getfield(CD_Cell, "value", CD_Object);
                    if (r[1] != null) {
                        g.ldc(constant(v), CD_Object);
                        g.cb.if_acmpne(g.stub(Stub.PLAIN, pc, in0));
                    } else {
                        g.cb.ifnonnull(g.stub(Stub.PLAIN, pc, in0));
                    }
                    if (isInst(t)) {
                        g.ldc(constant(v), CD_Object);
                        g.cb.astore(g.obj(s.sp));
                    } else {
                        g.setConst(s.sp, t, v);
                    }
                }
                s.t[s.sp++] = t;
                edge(m, g, pc + 1, s);
            }
            case Op.LOAD_ATTR, Op.LOAD_METHOD -> {
                int t = s.t[s.sp - 1];
                String name = co.names[arg];
                Object obj = constOf(t);
                if (fixedModule(obj)) {
                    Object v = ((PyModule) obj).attrs().get(name);
                    if (v == null) {
                        leave(g, pc, s);
                        return;
                    }
                    int vt = constType(v);
                    if (g != null) g.setConst(s.sp - 1, vt, v);
                    s.t[s.sp - 1] = vt;
                    if (op == Op.LOAD_METHOD) s.t[s.sp++] = NULLC;
                } else if (ownAttr(t, name) >= 0) {
                    // an attribute of an instance of a known class: read at its index, expected of
                    // the type it had in the sample (called as a method: with no self)
                    Known k = known(t);
                    int idx = ownAttr(t, name);
                    int vt = sampleType(k.sample().valueAt(idx), co);
                    if (g != null) g.instAttr(s.sp - 1, k, idx, name, vt, op == Op.LOAD_METHOD, pc, in0);
                    s.t[s.sp - 1] = vt;
                    if (op == Op.LOAD_METHOD) s.t[s.sp++] = NULLC;
                } else if (op == Op.LOAD_METHOD && classMethod(t, name) != null) {
                    // a method of a known class: the function is a constant, the instance its self
                    PyFunction fn = classMethod(t, name);
                    if (g != null) g.instMethod(s.sp - 1, known(t), name, pc, in0);
                    s.t[s.sp - 1] = constType(fn);
                    s.t[s.sp++] = t;
                } else if (op == Op.LOAD_ATTR) {
                    if (g != null) g.getAttr(s.sp - 1, t, name, pc, in0);
                    s.t[s.sp - 1] = OBJ;
                } else {
                    if (g != null) g.loadMethod(s.sp - 1, t, name, pc, in0);
                    s.t[s.sp - 1] = OBJ;
                    s.t[s.sp++] = NOBJ;
                }
                edge(m, g, pc + 1, s);
            }
            case Op.CALL, Op.CALL_METHOD -> call(m, pc, op == Op.CALL_METHOD, arg, s, g, in0);
            case Op.YIELD_VALUE -> {
                if (!m.drain) {
                    leave(g, pc, s);
                    return;
                }
                // drained: the value goes to the sink, and the yield evaluates to None (nothing is sent in)
                int t = s.t[s.sp - 1];
                if (g != null) g.yieldToSink(s.sp - 1, t);
                s.sp--;
                Object none = io.fora.vm.runtime.PyNone.NONE;
                s.t[s.sp++] = constType(none);
                edge(m, g, pc + 1, s);
            }
            case Op.RETURN_VALUE -> {
                int t = s.t[s.sp - 1];
                if (m.drain) {
                    if (g != null) g.cb.return_();
                    return;
                }
                if (g == null) {
                    m.ret = join(m.ret, t == NULLC || isConst(t) || t == RITER || t == RANGE || t == NOBJ ? OBJ : t);
                } else {
                    g.load(s.sp - 1, t, m.ret);
                    if (g.resumeAt >= 0) {
                        boxTop(g.cb, m.ret);
                        g.cb.areturn();
                        return;
                    }
                    switch (m.ret) {
                        case LONG -> g.cb.lreturn();
                        case DOUBLE -> g.cb.dreturn();
                        case BOOL -> g.cb.ireturn();
                        default -> g.cb.areturn();
                    }
                }
            }
            case Op.GET_ITER -> {
                int t = s.t[s.sp - 1];
                int r = t == RANGE ? RITER : t == BOT ? BOT : OBJ;
                if (g != null) g.getIter(s.sp - 1, t, pc, in0);
                if (g != null && arg == Op.ITER_OWNED && r == OBJ) {
                    g.cb.aload(g.obj(s.sp - 1));
                    g.cb.invokestatic(CD_Rt, "ownIter", MethodTypeDesc.of(CD_void, CD_Object));
                }
                s.t[s.sp - 1] = r;
                edge(m, g, pc + 1, s);
            }
            case Op.FOR_ITER -> {
                int t = s.t[s.sp - 1];
                St exit = s.copy();
                exit.sp--;
                if (g != null) {
                    g.forIter(s.sp - 1, t, g.edgeLabel(arg, exit), pc, in0);
                } else {
                    merge(m, arg, exit);
                }
                s.t[s.sp++] = t == RITER ? LONG : t == BOT ? BOT : OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.SUBSCR -> {
                if (dunderCall(m, g, pc, s, in0, s.sp - 2, new int[] {s.sp - 2, s.sp - 1}, "__getitem__", true)) return;
                if (g != null) g.subscr(s.sp - 2, s.t[s.sp - 2], s.sp - 1, s.t[s.sp - 1], pc, in0);
                s.sp -= 2;
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.STORE_SUBSCR -> {
                if (dunderCall(m, g, pc, s, in0, s.sp - 3, new int[] {s.sp - 2, s.sp - 1, s.sp - 3}, "__setitem__", false)) return;
                if (g != null) {
                    g.operation(pc, in0, -1, () -> {
                        g.box(s.sp - 2, s.t[s.sp - 2]);
                        g.box(s.sp - 1, s.t[s.sp - 1]);
                        g.box(s.sp - 3, s.t[s.sp - 3]);
                        g.cb.invokestatic(CD_Mut, "setItem", MethodTypeDesc.of(CD_void, CD_Object, CD_Object, CD_Object));
                    });
                }
                s.sp -= 3;
                edge(m, g, pc + 1, s);
            }
            case Op.STORE_ATTR -> {
                if (g != null) {
                    g.operation(pc, in0, -1, () -> {
                        g.box(s.sp - 1, s.t[s.sp - 1]);
                        g.cb.loadConstant(co.names[arg]);
                        g.box(s.sp - 2, s.t[s.sp - 2]);
                        g.cb.invokestatic(CD_Mut, "setAttr", MethodTypeDesc.of(CD_void, CD_Object, CD_String, CD_Object));
                    });
                }
                s.sp -= 2;
                edge(m, g, pc + 1, s);
            }
            case Op.BUILD_TUPLE, Op.BUILD_LIST -> {
                int n = arg;
                if (g != null) {
                    g.array(s.sp - n, n, s);
                    g.cb.invokestatic(CD_Rt, op == Op.BUILD_TUPLE ? "tuple" : "list", MethodTypeDesc.of(CD_Object, CD_ObjArr));
                    g.cb.astore(g.obj(s.sp - n));
                }
                s.sp -= n;
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.BUILD_MAP, Op.BUILD_SET, Op.BUILD_STRING -> {
                int n = op == Op.BUILD_MAP ? 2 * arg : op == Op.BUILD_SET ? arg & 0xFFFFF : arg;
                if (opaqueOperands(s, s.sp - n, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.operation(pc, in0, s.sp - n, () -> {
                        g.array(s.sp - n, n, s);
                        if (op == Op.BUILD_MAP) {
                            g.cb.invokestatic(CD_Rt, "map", MethodTypeDesc.of(CD_Object, CD_ObjArr));
                        } else if (op == Op.BUILD_SET) {
                            g.cb.loadConstant((arg & io.fora.vm.interp.Interpreter.CONSTANT_SET) != 0 ? 1 : 0);
                            g.cb.invokestatic(CD_Rt, "set", MethodTypeDesc.of(CD_Object, CD_ObjArr, CD_boolean));
                        } else {
                            g.cb.invokestatic(CD_Rt, "string", MethodTypeDesc.of(CD_Object, CD_ObjArr));
                        }
                    });
                }
                s.sp -= n;
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.BUILD_SLICE -> {
                if (opaqueOperands(s, s.sp - 3, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.box(s.sp - 3, s.t[s.sp - 3]);
                    g.box(s.sp - 2, s.t[s.sp - 2]);
                    g.box(s.sp - 1, s.t[s.sp - 1]);
                    g.cb.invokestatic(CD_Rt, "slice", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object, CD_Object));
                    g.cb.astore(g.obj(s.sp - 3));
                }
                s.sp -= 3;
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.FORMAT_VALUE -> {
                int n = (arg & 4) != 0 ? 2 : 1;
                if (opaqueOperands(s, s.sp - n, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.operation(pc, in0, s.sp - n, () -> {
                        g.box(s.sp - n, s.t[s.sp - n]);
                        g.cb.loadConstant(arg & 3);
                        if (n == 2) g.box(s.sp - 1, s.t[s.sp - 1]);
                        else g.cb.aconst_null();
                        g.cb.invokestatic(CD_Rt, "format", MethodTypeDesc.of(CD_Object, CD_Object, CD_int, CD_Object));
                    });
                }
                s.sp -= n;
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.UNPACK_SEQUENCE -> {
                int p = s.sp - 1;
                if (opaqueOperands(s, p, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    // the items go to positions p.. with the first on top, as tier 0 pushes them
                    int tmp = g.obj(m.npos);
                    Label start = g.cb.newLabel(), end = g.cb.newLabel();
                    g.cb.labelBinding(start);
                    g.box(p, s.t[p]);
                    g.cb.loadConstant(arg);
                    g.cb.invokestatic(CD_Rt, "unpack", MethodTypeDesc.of(CD_ObjArr, CD_Object, CD_int));
                    g.cb.labelBinding(end);
                    g.cb.astore(tmp);
                    for (int i = 0; i < arg; i++) {
                        g.cb.aload(tmp);
                        g.cb.loadConstant(arg - 1 - i);
                        g.cb.aaload();
                        g.cb.astore(g.obj(p + i));
                    }
                    g.pending(start, end, pc, in0);
                }
                s.sp = p;
                for (int i = 0; i < arg; i++) s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.CALL_KW, Op.CALL_EX -> {
                // keyword arguments (their names' tuple last), or *args and **kwargs (a tuple, a dict or none)
                int base = s.sp - arg - 2;
                if (opaqueOperands(s, base, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g == null) {
                    m.opaqueCalls = true;
                } else {
                    g.pollBeforeCall(pc, in0);
                    g.operation(pc, in0, base, () -> {
                        g.cb.aload(0);
                        g.box(base, s.t[base]);
                        if (op == Op.CALL_KW) {
                            g.array(base + 1, arg, s);
                            g.box(s.sp - 1, s.t[s.sp - 1]);
                            g.cb.invokestatic(CD_Rt, "callKw", MethodTypeDesc.of(CD_Object, CD_Interp, CD_Object, CD_ObjArr, CD_Object));
                        } else {
                            g.box(base + 1, s.t[base + 1]);
                            if (arg == 1) g.box(base + 2, s.t[base + 2]);
                            else g.cb.aconst_null();
                            g.cb.invokestatic(CD_Rt, "callEx", MethodTypeDesc.of(CD_Object, CD_Interp, CD_Object, CD_Object, CD_Object));
                        }
                    });
                }
                s.sp = base;
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.NEW_ACC -> {
                // *args, **kwargs and displays with * and **: tier 0's accumulator, held as an object
                int calleeAt = arg == Op.ACC_KWARGS ? s.sp - 2 : arg == Op.ACC_ARGS ? s.sp - 1 : -1;
                if (calleeAt >= 0 && opaqueOperands(s, calleeAt, calleeAt + 1)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.cb.loadConstant(arg);
                    if (calleeAt >= 0) g.box(calleeAt, s.t[calleeAt]);
                    else g.cb.aconst_null();
                    g.cb.invokestatic(CD_Interp, "newAccumulator", MethodTypeDesc.of(CD_Object, CD_int, CD_Object));
                    g.cb.astore(g.obj(s.sp));
                }
                s.t[s.sp++] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.ACC_ADD, Op.ACC_EXTEND, Op.ACC_UPDATE, Op.ACC_ADD_KV -> {
                int n = op == Op.ACC_ADD_KV ? 2 : 1;
                int acc = s.sp - n - arg;
                if (opaqueOperands(s, s.sp - n, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.operation(pc, in0, -1, () -> {
                        g.box(acc, s.t[acc]);
                        for (int i = s.sp - n; i < s.sp; i++) g.box(i, s.t[i]);
                        String helper = switch (op) {
                            case Op.ACC_ADD -> "accAdd";
                            case Op.ACC_EXTEND -> "accExtend";
                            case Op.ACC_UPDATE -> "accUpdate";
                            default -> "accPut";
                        };
                        g.cb.invokestatic(CD_Interp, helper, n == 2 ? MethodTypeDesc.of(CD_void, CD_Object, CD_Object, CD_Object)
                                : MethodTypeDesc.of(CD_void, CD_Object, CD_Object));
                    });
                }
                s.sp -= n;
                edge(m, g, pc + 1, s);
            }
            case Op.ACC_FREEZE -> {
                if (g != null) {
                    g.operation(pc, in0, s.sp - 1, () -> {
                        g.box(s.sp - 1, s.t[s.sp - 1]);
                        g.cb.invokestatic(CD_Interp, "accFreeze", MethodTypeDesc.of(CD_Object, CD_Object));
                    });
                }
                s.t[s.sp - 1] = OBJ;
                edge(m, g, pc + 1, s);
            }
            case Op.SETUP_EXCEPT -> {
                // the try body runs compiled; an exception in it leaves for tier 0, whose frame
                // gets this block (see materialize) and runs the handler
                int[] b = Arrays.copyOf(s.blocks, s.blocks.length + 3);
                b[s.blocks.length] = arg;
                b[s.blocks.length + 1] = s.sp;
                b[s.blocks.length + 2] = 0;
                s.blocks = b;
                edge(m, g, pc + 1, s);
            }
            case Op.POP_BLOCK -> {
                if (s.blocks.length == 0) {
                    leave(g, pc, s);
                    return;
                }
                s.blocks = Arrays.copyOf(s.blocks, s.blocks.length - 3);
                edge(m, g, pc + 1, s);
            }
            case Op.STORE_GLOBAL -> {
                if (opaqueOperands(s, s.sp - 1, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.operation(pc, in0, -1, () -> {
                        g.ldc(constant(m.globals.cell(co.names[arg])), CD_Cell);
                        g.box(s.sp - 1, s.t[s.sp - 1]);
                        g.cb.invokevirtual(CD_Cell, "set", MethodTypeDesc.of(CD_void, CD_Object));
                    });
                }
                s.sp--;
                edge(m, g, pc + 1, s);
            }
            case Op.DELETE_SUBSCR -> {
                if (opaqueOperands(s, s.sp - 2, s.sp)) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) {
                    g.operation(pc, in0, -1, () -> {
                        g.box(s.sp - 2, s.t[s.sp - 2]);
                        g.box(s.sp - 1, s.t[s.sp - 1]);
                        g.cb.invokestatic(CD_Mut, "delItem", MethodTypeDesc.of(CD_void, CD_Object, CD_Object));
                    });
                }
                s.sp -= 2;
                edge(m, g, pc + 1, s);
            }
            case Op.FORK_GATE -> {
                // tier 0 forks the group's calls when cores are idle; compiled code leaves for it
                // then, unless a loop follows in this function: that loop is worth more compiled
                // than the group is in parallel (tier 0 never comes back to compiled code)
                if (g != null && !loopAfter(co, pc)) {
                    g.cb.aload(0);
                    g.cb.invokestatic(CD_Rt, "hungry", MethodTypeDesc.of(CD_boolean, CD_Interp));
                    g.cb.ifne(g.stub(Stub.PLAIN, pc, in0));
                }
                edge(m, g, arg, s);
            }
            case Op.RAISE -> {
                // `raise X` that leaves the function (no handler here, nothing else on the stack): the
                // exception goes out from compiled code, with this activation's traceback entry, as
                // tier 0 would send it; a custom iterator's StopIteration no longer leaves for tier 0
                // at the end of every loop over it. A function in parts, a loop unit (whose function's
                // frame is tier 0's) and a generator body leave for tier 0 as before.
                if (arg != 1 || s.blocks.length != 0 || s.sp != co.nslots() + 1 || m.drain || m.start >= 0
                        || m.headers.length > 0 || co.is(CodeObject.MODULE) || g != null && g.resumeAt >= 0) {
                    leave(g, pc, s);
                    return;
                }
                if (g != null) g.raiseOut(pc, s.t[s.sp - 1], in0);
            }
            default -> leave(g, pc, s);
        }
    }

    /** For an INST type: the index of its sample's own attribute {@code name} (read by index), or -1. */
    private int ownAttr(int t, String name) {
        if (!isInst(t)) return -1;
        Known k = known(t);
        if (k.cls().customGetattribute()) return -1;
        int idx = k.sample().shape().indexOf(name);
        if (idx < 0 || k.sample().valueAt(idx) == null || io.fora.vm.interp.SiteCache.descriptor(k.cls().lookup(name))) return -1;
        return idx;
    }

    /** For an INST type: the plain function its class has as {@code name} (not shadowed in the sample), or null. */
    private PyFunction classMethod(int t, String name) {
        if (!isInst(t)) return null;
        Known k = known(t);
        if (k.sample().shape().indexOf(name) >= 0 || k.cls().customGetattribute()) return null;
        return k.cls().lookup(name) instanceof PyFunction fn ? fn : null;
    }

    private static boolean loopAfter(CodeObject co, int from) {
        for (int pc = from + 1; pc < co.code.length; pc++) {
            int insn = co.code[pc];
            if ((insn & 0xFF) == Op.JUMP && (insn >>> 8) <= pc && (insn >>> 8) > from) return true;
        }
        return false;
    }

    /** Rebinds of a global after which LOAD_GLOBAL reads it instead of guarding a constant value. */
    private static final int UNSTABLE_GLOBAL = 2;

    /** True when a position in [from, to) holds a range iterator's longs or no value: the generic helpers take neither. */
    private static boolean opaqueOperands(St s, int from, int to) {
        for (int i = from; i < to; i++) if (s.t[i] == RITER || s.t[i] == BOT) return true;
        return false;
    }

    /** An instruction tier 1 does not run: tier 0 takes over at it. */
    private void leave(Gen g, int pc, St s) {
        if (g != null) g.cb.goto_(g.stub(Stub.PLAIN, pc, s.copy()));
    }

    private void edge(M m, Gen g, int target, St s) {
        if (g == null) merge(m, target, s);
        else g.jump(target, s);
    }

    /** True when fn can be called directly (compiled in this unit) with argc positional arguments. */
    private static boolean callable(PyFunction fn, int argc) {
        return eligible(fn.code()) && fn.code().nfree == 0
                && (fn.code().argCount == argc || Tier1.withDefaults(fn, new Object[argc], 0, argc) != null);
    }

    /** The defaults of fn's parameters after the argc given (fixed for this function object, which LOAD_GLOBAL guards), or null. */
    private static Object[] missingDefaults(PyFunction fn, int argc) {
        int n = fn.code().argCount;
        if (n <= argc) return null;
        Object[] d = fn.defaults();
        return Arrays.copyOfRange(d, d.length - (n - argc), d.length);
    }

    /** The method of this unit for a direct call of fn with arguments of these types, then the defaults; null past the unit's bound. */
    private M callee(PyFunction fn, int[] args, Object[] defaults) {
        int[] pt = new int[args.length + (defaults == null ? 0 : defaults.length)];
        for (int i = 0; i < args.length; i++) pt[i] = paramType(args[i]);
        for (int i = args.length; i < pt.length; i++) pt[i] = paramType(constType(defaults[i - args.length]));
        return method(fn.code(), fn.globals(), pt);
    }

    /**
     * {@code x[k]} ({@code push}) or {@code x[k] = v} on an instance of a known class whose
     * {@code __getitem__} / {@code __setitem__} is a plain Python function: a direct call of it,
     * as a method call is (the class unchanged since compiling). positions: self, then the
     * arguments; base: where the result goes. False when the generic path is taken.
     */
    private boolean dunderCall(M m, Gen g, int pc, St s, St in0, int base, int[] positions, String name, boolean push) {
        PyFunction fn = classMethod(s.t[positions[0]], name);
        if (fn == null || !callable(fn, positions.length)) return false;
        int[] args = new int[positions.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = s.t[positions[i]];
            if (args[i] == RITER || args[i] == BOT) return false;
        }
        Object[] defaults = missingDefaults(fn, args.length);
        M target = callee(fn, args, defaults);
        if (target == null) return false;
        if (g == null) {
            m.callees.add(target);
        } else if (!push && (target.ret == LONG || target.ret == DOUBLE || target.ret == BOOL)) {
            // a __setitem__ that returns a number: the generic path (a result tier 0 finishes would not fit)
            return false;
        } else {
            if (!target.bounded) {
                g.pollBeforeCall(pc, in0);
            }
            g.classUnchanged(known(s.t[positions[0]]), pc, in0);
            g.directCall(target, base, positions, args, defaults, fn, pc, in0);
        }
        s.sp = base;
        if (push) s.t[s.sp++] = target.ret;
        edge(m, g, pc + 1, s);
        return true;
    }

    private void call(M m, int pc, boolean isMethod, int argc, St s, Gen g, St in0) {
        int base = isMethod ? s.sp - argc - 2 : s.sp - argc - 1;
        int first = isMethod ? base + 2 : base + 1;
        int selfT = isMethod ? s.t[base + 1] : NULLC;
        int ct = s.t[base];
        Object callee = constOf(ct);
        int[] args = new int[argc];
        for (int i = 0; i < argc; i++) args[i] = s.t[first + i];
        for (int i = base; i < s.sp; i++) {
            if (s.t[i] == RITER) {
                leave(g, pc, s);
                return;
            }
        }
        for (int a : args) if (a == BOT) {
            s.sp = base;
            s.t[s.sp++] = BOT;
            edge(m, g, pc + 1, s);
            return;
        }
        int result;
        M target = null;
        Object[] defaults = null;
        // a method of a known class (self first), or the __call__ of an instance of one (itself first)
        PyFunction bound = null;
        int boundFirst = first, first0 = first, argc0 = argc;
        int[] positions = null;
        Known calledInst = null;
        if (isMethod && isInst(selfT) && callee instanceof PyFunction fn) {
            bound = fn;
            boundFirst = base + 1;
        } else if (selfT == NULLC && isInst(ct) && known(ct).cls().callMethod() instanceof PyFunction fn) {
            bound = fn;
            boundFirst = base;
            calledInst = known(ct);
            if (isMethod) {
                // CALL_METHOD with no self: the instance, then the arguments after the empty self position
                positions = new int[argc + 1];
                positions[0] = base;
                for (int i = 0; i < argc; i++) positions[i + 1] = first + i;
            }
        }
        if (bound != null) {
            int[] all = new int[argc + 1];
            all[0] = calledInst != null ? ct : selfT;
            System.arraycopy(args, 0, all, 1, argc);
            if (callable(bound, all.length)) {
                args = all;
                first = boundFirst;
                argc = all.length;
                callee = bound;
                selfT = NULLC;
            } else {
                calledInst = null;
            }
        }
        if (selfT == NULLC && callee instanceof PyFunction fn && callable(fn, argc)) {
            defaults = missingDefaults(fn, argc);
            target = callee(fn, args, defaults);
        }
        String key = selfT == NULLC ? intrinsicKey(callee) : null;
        int it = target == null ? intrinsicType(key, args) : -1;
        if (g == null) {
            if (target != null) m.callees.add(target);
            else if (it < 0) m.opaqueCalls = true;
        } else if (target == null ? it < 0 : !target.bounded) {
            // a poll before every call that may run long (a loop, recursion, unknown code);
            // builtins done in place and bounded callees end soon enough to wait for
            g.pollBeforeCall(pc, in0);
        }
        if (target != null) {
            result = target.ret;
            if (g != null) {
                if (calledInst != null) g.classUnchanged(calledInst, pc, in0);
                if (positions == null) {
                    positions = new int[args.length];
                    for (int i = 0; i < args.length; i++) positions[i] = first + i;
                }
                g.directCall(target, base, positions, args, defaults, (PyFunction) callee, pc, in0);
            }
        } else if (it >= 0) {
            result = it;
            if (g != null) g.intrinsic(key, base, first, args, pc, in0);
        } else {
            result = OBJ;
            if (g != null) g.genericCall(isMethod, base, first0, argc0, s, pc, in0);
        }
        s.sp = base;
        s.t[s.sp++] = result;
        edge(m, g, pc + 1, s);
    }

    // ------------------------------------------------------------------------------------------
    // Generation

    private static final java.util.concurrent.atomic.LongAdder CLASS_BYTES = new java.util.concurrent.atomic.LongAdder();

    /** Bytes of class files generated in this process (the code cache's share is HotSpot's). */
    static long classBytes() { return CLASS_BYTES.sum(); }

    private byte[] generate(M root) {
        huge.clear();
        byte[] bytes = build(root);
        if (huge.contains(root)) throw new Unsupported("a method of more bytecode than HotSpot compiles");
        if (!huge.isEmpty()) {
            java.util.Set<CodeObject> codes = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (M m : huge) codes.add(m.code);
            throw new TooLarge(codes);
        }
        CLASS_BYTES.add(bytes.length);
        return bytes;
    }

    /**
     * HotSpot's {@code HugeMethodLimit}: by default a method with more bytecode than this is never
     * compiled to machine code, and where it is ({@code fora} passes -XX:-DontCompileHugeMethods)
     * it runs in HotSpot's bytecode interpreter until C1 and C2 have spent long on it. Tier 1 makes
     * none: pickle's {@code Pickler.save} had come out at 51 KB, and 2,000 dumps and loads of a
     * small dict took 3.9 s against 1.9 s in tier 0 (2.6 s without such methods).
     */
    static final int HUGE_METHOD = Integer.getInteger("fora.tier1.hugeMethod", 8000);

    /** The methods of the class being built that came out larger than {@link #HUGE_METHOD}. */
    private final java.util.Set<M> huge = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** Some callees' methods were too large: compile again calling them instead. */
    private static final class TooLarge extends RuntimeException {
        final java.util.Set<CodeObject> codes;

        TooLarge(java.util.Set<CodeObject> codes) {
            super(null, null, false, false);
            this.codes = codes;
        }
    }

    /** What {@code attempt} compiles, again without the callees whose methods came out too large, as often as some did. */
    private static <T> T withoutHugeMethods(java.util.function.Function<java.util.Set<CodeObject>, T> attempt) {
        java.util.Set<CodeObject> apart = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        while (true) {
            try {
                return attempt.apply(apart);
            } catch (TooLarge t) {
                if (!apart.addAll(t.codes)) throw new Unsupported("methods too large for HotSpot");
            }
        }
    }

    /**
     * The class's constant-pool entries of its class data's elements, by index: each made once (the
     * class-file library's pool builder took a fifth of a first compile, run cold). A compiler
     * builds one class, so these and {@link #boxes} are that class's.
     */
    private final java.util.List<java.lang.classfile.constantpool.ConstantDynamicEntry> classData = new ArrayList<>();

    /** The loadable constant of element k of the class data (ConstantDescs#BSM_CLASS_DATA_AT). */
    private java.lang.classfile.constantpool.ConstantDynamicEntry classData(CodeBuilder cb, int k) {
        while (classData.size() <= k) classData.add(null);
        java.lang.classfile.constantpool.ConstantDynamicEntry e = classData.get(k);
        if (e == null) {
            e = cb.constantPool().constantDynamicEntry(
                    DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, CD_Object, k));
            classData.set(k, e);
        }
        return e;
    }

    /**
     * Drops a {@code goto} to the label bound right after it. Each instruction's code ends with a
     * jump to its successor's label, so that an instruction may also be reached from elsewhere;
     * where the successor comes next the jump is nothing but a branch target, and each branch
     * target costs a stack-map frame (the class-file library computing them took a third of a
     * first compile, run cold).
     */
    private static final class FallThrough implements java.lang.classfile.CodeTransform {
        private java.lang.classfile.instruction.BranchInstruction held;
        /** Bytes of bytecode emitted (switches' padding and widened jumps aside). */
        private int size;

        /** A method body that emits through a FallThrough; {@code huge} is told when it comes out larger than {@link #HUGE_METHOD}. */
        static java.util.function.Consumer<CodeBuilder> around(java.util.function.Consumer<CodeBuilder> body, Runnable huge) {
            return c -> {
                FallThrough f = new FallThrough();
                c.transforming(f, body);
                if (f.size > HUGE_METHOD) huge.run();
            };
        }

        @Override public void accept(CodeBuilder b, java.lang.classfile.CodeElement e) {
            if (held != null) {
                if (e instanceof java.lang.classfile.instruction.LabelTarget t && t.label() == held.target()) {
                    held = null;
                    b.with(e);
                    return;
                }
                emit(b, held);
                held = null;
            }
            if (e instanceof java.lang.classfile.instruction.BranchInstruction br && br.opcode() == java.lang.classfile.Opcode.GOTO) {
                held = br;
                return;
            }
            emit(b, e);
        }

        private void emit(CodeBuilder b, java.lang.classfile.CodeElement e) {
            if (e instanceof java.lang.classfile.Instruction i) size += i.sizeInBytes();
            b.with(e);
        }

        @Override public void atEnd(CodeBuilder b) {
            if (held != null) emit(b, held);
            held = null;
        }
    }

    private byte[] build(M root) {
        ClassHierarchyResolver resolver = ClassHierarchyResolver.defaultResolver()
                .orElse(ClassHierarchyResolver.ofClassLoading(Tier1Compiler.class.getClassLoader()));
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(resolver));
        return cf.build(SELF, cb -> {
            cb.withFlags(ClassFile.ACC_PUBLIC | ClassFile.ACC_FINAL | ClassFile.ACC_SUPER);
            cb.withInterfaceSymbols(root.drain ? CD_DrainCompiled : CD_Compiled);
            cb.withMethodBody("<init>", MethodTypeDesc.of(CD_void), ClassFile.ACC_PUBLIC, c -> {
                c.aload(0);
                c.invokespecial(CD_Object, "<init>", MethodTypeDesc.of(CD_void));
                c.return_();
            });
            if (root.drain) {
                cb.withMethodBody("drain", MethodTypeDesc.of(CD_void, CD_Interp, CD_ObjArr, CD_Sink), ClassFile.ACC_PUBLIC,
                        c -> drainEntry(c, root));
            } else {
                cb.withMethodBody("call", MethodTypeDesc.of(CD_Object, CD_Interp, CD_Object, CD_ObjArr, CD_int), ClassFile.ACC_PUBLIC,
                        c -> entry(c, root));
            }
            for (M m : methods) {
                m.headers = chunks(m);
                cb.withMethodBody(m.name(), m.desc(), ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC,
                        FallThrough.around(c -> (m.start >= 0 ? new Gen(m, c, m.start, true) : new Gen(m, c)).emit(), () -> huge.add(m)));
                if (m.headers.length == 0) continue;
                for (int h : m.headers) {
                    cb.withMethodBody(m.resumeName(h), RESUME, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, FallThrough.around(c -> new Gen(m, c, h).emit(), () -> huge.add(m)));
                }
                cb.withMethodBody(m.driveName(), RESUME, ClassFile.ACC_PUBLIC | ClassFile.ACC_STATIC, c -> drive(c, m));
            }
        });
    }

    /** A loop unit's root method and its drive method (null when it has no chunked loop), both {@link #RESUME}. */
    record LoopUnit(java.lang.invoke.MethodHandle entry, java.lang.invoke.MethodHandle drive) {}

    private final Map<M, LoopSite> sites = new IdentityHashMap<>();

    /** A method's loop site: what Tier1Rt#loop needs to specialise its loops on the values at their headers. */
    private LoopSite loopSite(M m) {
        return sites.computeIfAbsent(m, k -> {
            java.util.Map<Integer, int[]> types = new HashMap<>();
            // a loop unit enters at a header outside every try block (its root starts with none)
            for (int h : k.headers) if (k.in[h].blocks.length == 0) types.put(h, Arrays.copyOf(k.in[h].t, k.in[h].sp));
            return new LoopSite(k.code, k.globals, types, k.freeTypes, speculate);
        });
    }

    /** Gives each loop site of a defined unit its method's drive method. */
    private void linkSites(MethodHandles.Lookup l) throws ReflectiveOperationException {
        for (Map.Entry<M, LoopSite> e : sites.entrySet()) {
            e.getValue().drive = l.findStatic(l.lookupClass(), e.getKey().driveName(), RESUME.resolveConstantDesc(l));
        }
    }

    /**
     * Compiles a loop unit: the code from loop header h on, for the values an activation has
     * there ({@code st}, packed as {@link Gen#pack} does): a position the function's own
     * version could only box (OBJ) is compiled for the type of the value it holds (an int, a
     * float, a bool, or an instance of a user class, as for parameters). Its root method is a
     * resume method for h that checks each position's type first. Null when no position gains a
     * type (the function's version does as well).
     */
    static LoopUnit compileLoop(LoopSite ls, int h, Object[] st) {
        return withoutHugeMethods(apart -> compileLoop(ls, h, st, apart));
    }

    private static LoopUnit compileLoop(LoopSite ls, int h, Object[] st, java.util.Set<CodeObject> apart) {
        Tier1Compiler c = new Tier1Compiler();
        c.apart = apart;
        c.rootCode = ls.code;
        c.speculate = ls.speculate && !ls.code.tier1NoSpec;
        int[] generic = ls.types.get(h);
        if (generic == null) return null; // a header inside a try block: the version goes on itself
        int[] types = new int[generic.length];
        boolean gained = false;
        for (int p = 0; p < generic.length; p++) {
            int t = generic[p];
            Object v = st[p];
            if (t == OBJ || t == NOBJ) {
                int u = v instanceof Long ? LONG : v instanceof Double ? DOUBLE : v instanceof Boolean ? BOOL : c.instType(v, ls.code);
                if (u != OBJ) gained = true;
                types[p] = u == OBJ ? t : u;
            } else if (isInst(t)) {
                types[p] = c.instType(v, ls.code);
            } else if (isConst(t)) {
                types[p] = c.constType(v);
            } else {
                types[p] = t;
            }
        }
        if (!gained && !ls.fromTier0) return null;
        M root = new M(0, ls.code, ls.globals, new int[0]);
        root.start = h;
        root.startTypes = types;
        root.freeTypes = ls.freeTypes;
        c.methods.add(root);
        c.solve();
        byte[] bytes = c.generate(root);
        dump(ls.code, bytes);
        try {
            MethodHandles.Lookup l = MethodHandles.lookup().defineHiddenClassWithClassData(bytes, List.copyOf(c.constants), true);
            java.lang.invoke.MethodHandle entry = l.findStatic(l.lookupClass(), root.name(), RESUME.resolveConstantDesc(l));
            java.lang.invoke.MethodHandle drive = root.headers.length == 0 ? null
                    : l.findStatic(l.lookupClass(), root.driveName(), RESUME.resolveConstantDesc(l));
            c.linkSites(l);
            return new LoopUnit(entry, drive);
        } catch (Throwable t) {
            throw new Unsupported("defining the loop class failed: " + t);
        }
    }

    /** Back edges an activation takes before it goes on in a resume method. */
    static final int CHUNK = Integer.getInteger("fora.tier1.chunk", 1024);
    /** Loop headers per method at most (each is a copy of the method's code). */
    private static final int MAX_HEADERS = 6;
    /** (Interpreter, Object[] packed positions) Object: the type of resume and drive methods (and a loop unit's root). */
    private static final MethodTypeDesc RESUME = MethodTypeDesc.of(CD_Object, CD_Interp, CD_ObjArr);

    /**
     * Loops in chunks. HotSpot compiles a loop that runs long in one activation "on stack" (OSR),
     * and its OSR code for our loops runs several times slower than its code for the same loop
     * entered from the top (a float sum: 2.8 ns an iteration against 0.85). So after {@link
     * #CHUNK} back edges an activation packs its positions at the loop header into an array and
     * goes on in that header's resume method ({@code mN$atH}), which enters there, runs at most
     * CHUNK back edges too and returns {@link Tier1Rt#AGAIN} with the state at the header it
     * stopped at; {@code mN$drive} calls resume methods until one returns the result. Invoked
     * again and again, they are compiled as ordinary methods. Returns the headers (targets of
     * backward jumps whose state can be packed: no range object live there).
     */
    private static int[] chunks(M m) {
        if (m.drain || m.in == null || CHUNK <= 0) return new int[0];
        java.util.TreeSet<Integer> hs = new java.util.TreeSet<>();
        int[] code = m.code.code;
        for (int pc = 0; pc < code.length; pc++) {
            int insn = code[pc];
            int h = insn >>> 8;
            if ((insn & 0xFF) != Op.JUMP || h > pc || m.in[pc] == null || m.in[h] == null) continue;
            St at = m.in[h];
            boolean ok = true;
            for (int p = 0; p < at.sp; p++) if (at.t[p] == RANGE) ok = false;
            if (ok) hs.add(h);
        }
        if (hs.size() > MAX_HEADERS) return new int[0];
        return hs.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * {@code mN$drive(ctx, st)}: calls the resume method of the header in st's last element until
     * one returns a result. It polls before each chunk: a pause or cancel leaves for tier 0 at the
     * header, with st as the frame's positions.
     */
    private void drive(CodeBuilder c, M m) {
        Label top = c.newLabel();
        c.labelBinding(top);
        c.aload(1);
        c.loadConstant(m.npos);
        c.aaload();
        c.checkcast(CD_IntBox);
        c.invokevirtual(CD_IntBox, "intValue", MethodTypeDesc.of(CD_int));
        Label fail = c.newLabel();
        List<java.lang.classfile.instruction.SwitchCase> cases = new ArrayList<>();
        Label[] at = new Label[m.headers.length];
        for (int i = 0; i < at.length; i++) {
            at[i] = c.newLabel();
            cases.add(java.lang.classfile.instruction.SwitchCase.of(m.headers[i], at[i]));
        }
        c.lookupswitch(fail, cases);
        int code = constant(m.code), globals = constant(m.globals);
        for (int i = 0; i < at.length; i++) {
            c.labelBinding(at[i]);
            Label go = c.newLabel();
            c.aload(0);
            c.invokestatic(CD_Rt, "poll", MethodTypeDesc.of(CD_boolean, CD_Interp));
            c.ifeq(go);
            c.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, CD_Object, code));
            c.checkcast(CD_Code);
            c.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, CD_Object, globals));
            c.checkcast(CD_Globals);
            c.aload(1);
            c.loadConstant(m.headers[i]);
            c.loadConstant(m.in[m.headers[i]].sp);
            c.invokestatic(CD_Rt, "stopAt", MethodTypeDesc.of(CD_Deopt, CD_Code, CD_Globals, CD_ObjArr, CD_int, CD_int));
            int[] blocks = m.in[m.headers[i]].blocks;
            if (blocks.length > 0) {
                // a loop inside a try block: the frame gets the block, as materialize gives it
                c.ldc(DynamicConstantDesc.ofNamed(ConstantDescs.BSM_CLASS_DATA_AT, ConstantDescs.DEFAULT_NAME, CD_Object, constant(blocks)));
                c.checkcast(CD_int.arrayType());
                c.invokevirtual(CD_Deopt, "blocks", MethodTypeDesc.of(CD_Deopt, CD_int.arrayType()));
            }
            c.athrow();
            c.labelBinding(go);
            c.aload(0);
            c.aload(1);
            c.invokestatic(SELF, m.resumeName(m.headers[i]), RESUME);
            c.astore(2);
            c.aload(2);
            c.getstatic(CD_Rt, "AGAIN", CD_Object);
            c.if_acmpeq(top);
            c.aload(2);
            c.areturn();
        }
        c.labelBinding(fail);
        throwNew(c, "java.lang.IllegalStateException");
    }

    /** Throws a new exception of the named class (made with no arguments). */
    private static void throwNew(CodeBuilder c, String className) {
        ClassDesc e = ClassDesc.of(className);
        c.new_(e);
        c.dup();
        c.invokespecial(e, "<init>", MethodTypeDesc.of(CD_void));
        c.athrow();
    }

    /** {@code call(ctx, callable, r, first)}: unboxes the arguments, takes the cells, calls the root method, boxes its result. */
    private void entry(CodeBuilder c, M root) {
        if (root.start >= 0) {
            // a loop unit is entered through its root method only (Tier1Rt#loop)
            throwNew(c, "java.lang.UnsupportedOperationException");
            return;
        }
        c.aload(1);
        for (int i = 0; i < root.params.length; i++) {
            c.aload(3);
            c.iload(4);
            c.loadConstant(i);
            c.iadd();
            c.aaload();
            unboxTop(c, root.params[i]);
        }
        for (int i = 0; i < root.freeTypes.length; i++) {
            c.aload(2);
            c.loadConstant(i);
            c.invokestatic(CD_Rt, "cell", MethodTypeDesc.of(CD_Object, CD_Object, CD_int));
        }
        c.invokestatic(SELF, root.name(), root.desc());
        boxTop(c, root.ret);
        c.areturn();
    }

    /** {@code drain(ctx, slots, sink)}: the source from slot 0 (a range iterator as three longs), then the body. */
    private void drainEntry(CodeBuilder c, M root) {
        c.aload(1);
        c.aload(2);
        c.iconst_0();
        c.aaload();
        if (root.params[0] == RITER) {
            c.checkcast(CD_RangeIter);
            c.astore(4);
            c.aload(4);
            c.invokevirtual(CD_RangeIter, "position", MethodTypeDesc.of(CD_long));
            c.aload(4);
            c.invokevirtual(CD_RangeIter, "step", MethodTypeDesc.of(CD_long));
            c.aload(4);
            c.invokevirtual(CD_RangeIter, "remaining", MethodTypeDesc.of(CD_long));
        }
        for (int i = 0; i < root.freeTypes.length; i++) {
            c.aload(2);
            c.loadConstant(root.code.nlocals + root.code.ncells + i);
            c.aaload();
        }
        c.aload(3);
        c.invokestatic(SELF, root.name(), root.desc());
        c.return_();
    }

    /** The box class of values of type t (LONG, DOUBLE, BOOL). */
    private static ClassDesc boxClass(int t) {
        return t == LONG ? CD_LongBox : t == DOUBLE ? CD_DoubleBox : CD_BoolBox;
    }

    /** Unboxes the Python value on the stack (known to have type t's box class) to t's JVM type; other types stay boxed. */
    private static void unboxTop(CodeBuilder c, int t) {
        switch (t) {
            case LONG, DOUBLE, BOOL -> {
                c.checkcast(boxClass(t));
                String name = t == LONG ? "longValue" : t == DOUBLE ? "doubleValue" : "booleanValue";
                c.invokevirtual(boxClass(t), name, MethodTypeDesc.of(t == LONG ? CD_long : t == DOUBLE ? CD_double : CD_boolean));
            }
            default -> { }
        }
    }

    private void boxTop(CodeBuilder c, int t) {
        if (t != LONG && t != DOUBLE && t != BOOL) return;
        java.lang.classfile.constantpool.MethodRefEntry e = boxes[t];
        if (e == null) {
            e = boxes[t] = switch (t) {
                case LONG -> c.constantPool().methodRefEntry(CD_Ints, "box", MethodTypeDesc.of(CD_LongBox, CD_long));
                case DOUBLE -> c.constantPool().methodRefEntry(CD_DoubleBox, "valueOf", MethodTypeDesc.of(CD_DoubleBox, CD_double));
                default -> c.constantPool().methodRefEntry(CD_BoolBox, "valueOf", MethodTypeDesc.of(CD_BoolBox, CD_boolean));
            };
        }
        c.invokestatic(e);
    }

    /** The boxing methods' pool entries, by type (LONG, DOUBLE, BOOL): boxing is most of what a stub does. */
    private final java.lang.classfile.constantpool.MethodRefEntry[] boxes = new java.lang.classfile.constantpool.MethodRefEntry[BOOL + 1];

    enum Stub { PLAIN, LEAVE, PENDING, BELOW }

    /** Emits one method. */
    private final class Gen {
        final M m;
        final CodeBuilder cb;
        final Label[] labels;
        final List<Runnable> tails = new ArrayList<>();
        final int exc, deopt, depthTmp, sink, count, stubPc, base;
        /** For a method that goes on from a loop header (see {@link #chunks}): that header's pc; else -1. */
        final int resumeAt;

        /** A loop unit's root: the packed positions are checked against the types it was compiled for. */
        final boolean checked;

        Gen(M m, CodeBuilder cb) { this(m, cb, -1, false); }

        Gen(M m, CodeBuilder cb, int resumeAt) { this(m, cb, resumeAt, false); }

        Gen(M m, CodeBuilder cb, int resumeAt, boolean checked) {
            this.m = m;
            this.cb = cb;
            this.resumeAt = resumeAt;
            this.checked = checked;
            this.labels = new Label[m.code.code.length];
            int words = 1;
            if (resumeAt >= 0) {
                words++; // the state array
            } else {
                for (int p : m.params) words += p == LONG || p == DOUBLE ? 2 : p == RITER ? 6 : 1;
                words += m.freeTypes.length;
            }
            this.sink = words;
            if (m.drain) words++;
            this.exc = words;
            this.deopt = words + 1;
            this.depthTmp = words + 2;
            this.count = words + 3;
            this.stubPc = words + 4;
            this.base = words + 5;
            this.slots = new int[(m.npos + 1) * WORDS];
            java.util.Arrays.fill(slots, -1);
            this.next = base;
        }

        /**
         * The JVM local of each position's value as each of its kinds (offsets 0 object, 1 long,
         * 3 double, 5 bool, 6 and 8 a range iterator's other longs, within {@link #WORDS}), given
         * out on first use from {@link #base} on, or -1: only what the code names gets a local, and
         * those are contiguous (stack-map frames list every local up to the last one).
         */
        private final int[] slots;
        private int next;

        private int slot(int p, int off) {
            int k = p * WORDS + off;
            int s = slots[k];
            if (s < 0) {
                s = slots[k] = next;
                next += off == 0 || off == 5 ? 1 : 2;
            }
            return s;
        }

        int obj(int p) { return slot(p, 0); }
        int lng(int p) { return slot(p, 1); }
        int dbl(int p) { return slot(p, 3); }
        int bool(int p) { return slot(p, 5); }
        int l2(int p) { return slot(p, 6); }
        int l3(int p) { return slot(p, 8); }

        void emit() {
            for (int pc = 0; pc < labels.length; pc++) labels[pc] = cb.newLabel();
            // Every local the code names starts defined, so any instruction may rebuild the frame from
            // them. Which ones is known only at the end: the entry jumps to their definitions, placed
            // after the code, and back. (Defining all ten words of every position made the method of
            // W3's three-line function start with 106 stores, 80 of them of locals never read, and gave
            // every stack-map frame, and HotSpot's compiles of the method, those 106 locals.)
            Label define = cb.newLabel(), start = cb.newLabel();
            cb.goto_(define);
            cb.labelBinding(start);
            if (resumeAt >= 0) {
                unpack(m.in[resumeAt]);
                cb.goto_(labels[resumeAt]);
            } else {
                params();
            }
            for (int pc = 0; pc < labels.length; pc++) {
                if (m.in[pc] == null) continue;
                cb.labelBinding(labels[pc]);
                step(m, pc, m.in[pc].copy(), this);
            }
            for (int i = 0; i < tails.size(); i++) tails.get(i).run();
            cb.labelBinding(define);
            for (int k = 0; k < slots.length; k++) {
                int s = slots[k];
                if (s < 0) continue;
                switch (k % WORDS) {
                    case 0 -> { cb.aconst_null(); cb.astore(s); }
                    case 3 -> { cb.dconst_0(); cb.dstore(s); }
                    case 5 -> { cb.iconst_0(); cb.istore(s); }
                    default -> { cb.lconst_0(); cb.lstore(s); }
                }
            }
            cb.aconst_null();
            cb.astore(exc);
            cb.aconst_null();
            cb.astore(deopt);
            cb.iconst_0();
            cb.istore(depthTmp);
            cb.iconst_0();
            cb.istore(count);
            cb.goto_(start);
        }

        /** Moves the arguments into their positions. */
        private void params() {
            int w = 1;
            for (int i = 0; i < m.params.length; i++) {
                switch (m.params[i]) {
                    case LONG -> { cb.lload(w); cb.lstore(lng(i)); w += 2; }
                    case DOUBLE -> { cb.dload(w); cb.dstore(dbl(i)); w += 2; }
                    case BOOL -> { cb.iload(w); cb.istore(bool(i)); w += 1; }
                    case RITER -> {
                        cb.lload(w); cb.lstore(lng(i));
                        cb.lload(w + 2); cb.lstore(l2(i));
                        cb.lload(w + 4); cb.lstore(l3(i));
                        w += 6;
                    }
                    default -> { cb.aload(w); cb.astore(obj(i)); w += 1; }
                }
            }
            for (int i = 0; i < m.freeTypes.length; i++) {
                cb.aload(w++);
                cb.astore(obj(m.code.nlocals + m.code.ncells + i));
            }
            // its own cells, as tier 0 makes them (ArgBinder): a parameter an inner function closes over starts in its cell
            for (int i = 0; i < m.code.ncells; i++) {
                int p = m.code.cellParam[i];
                cb.new_(CD_Cell);
                cb.dup();
                if (p >= 0) box(p, m.params[p]);
                else cb.aconst_null();
                cb.invokespecial(CD_Cell, "<init>", MethodTypeDesc.of(CD_void, CD_Object));
                cb.astore(obj(m.code.nlocals + i));
            }
            // a loop that starts at pc 0 may have widened a parameter's type there (an int
            // parameter that the loop rebinds to objects): box it as pc 0 expects
            moves(entryState(m), m.in[0]);
        }

        // ---------------------------------------------------------------- loops in chunks

        /**
         * Packs the state at loop header h (positions typed as {@code m.in[h]}) into an array,
         * with h in its last element: the array on the stack is {@code st} of a resume method.
         * In a resume method the array is its own (local 1), reused.
         */
        private void pack(int h) {
            St at = m.in[h];
            if (resumeAt >= 0) {
                cb.aload(1);
            } else {
                cb.loadConstant(m.npos + 1);
                cb.anewarray(CD_Object);
            }
            storePositions(at);
            cb.dup();
            cb.loadConstant(m.npos);
            cb.loadConstant(h);
            cb.invokestatic(CD_IntBox, "valueOf", MethodTypeDesc.of(CD_IntBox, CD_int));
            cb.aastore();
        }

        /**
         * The inverse of {@link #pack} at a resume method's start: the positions from local 1. A
         * loop unit's root first checks that each has the type it was compiled for, and answers
         * {@link Tier1Rt#MISMATCH} when one has not.
         */
        private void unpack(St at) {
            Label mismatch = checked ? cb.newLabel() : null;
            for (int p = 0; p < at.sp; p++) {
                int t = at.t[p];
                if (t == UNDEF || t == BOT || t == NULLC || isConst(t)) continue;
                if (checked && t != OBJ && t != NOBJ) {
                    cb.aload(1);
                    cb.loadConstant(p);
                    cb.aaload();
                    if (isInst(t)) {
                        ldc(constant(known(t).cls()), CD_Class);
                        cb.invokestatic(CD_Rt, "isInstanceOf", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Class));
                    } else {
                        cb.instanceOf(t == RITER ? CD_RangeIter : boxClass(t));
                    }
                    cb.ifeq(mismatch);
                }
                cb.aload(1);
                cb.loadConstant(p);
                cb.aaload();
                switch (t) {
                    case LONG, DOUBLE, BOOL -> {
                        unboxTop(cb, t);
                        store(p, t);
                    }
                    case RITER -> {
                        cb.checkcast(CD_RangeIter);
                        cb.astore(obj(p));
                        cb.aload(obj(p));
                        cb.invokevirtual(CD_RangeIter, "position", MethodTypeDesc.of(CD_long));
                        cb.lstore(lng(p));
                        cb.aload(obj(p));
                        cb.invokevirtual(CD_RangeIter, "step", MethodTypeDesc.of(CD_long));
                        cb.lstore(l2(p));
                        cb.aload(obj(p));
                        cb.invokevirtual(CD_RangeIter, "remaining", MethodTypeDesc.of(CD_long));
                        cb.lstore(l3(p));
                        cb.aconst_null();
                        cb.astore(obj(p));
                    }
                    default -> cb.astore(obj(p));
                }
            }
            if (checked) {
                Label go = cb.newLabel();
                cb.goto_(go);
                cb.labelBinding(mismatch);
                cb.getstatic(CD_Rt, "MISMATCH", CD_Object);
                cb.areturn();
                cb.labelBinding(go);
            }
        }

        /**
         * At a backward jump to loop header h, from state s: counts the iteration, and after
         * {@link #CHUNK} of them in this activation goes on in the resume method for h (see
         * {@link #chunks}).
         */
        void countIteration(int h, St s) {
            cb.iinc(count, 1);
            cb.iload(count);
            if (m.index == 0 && resumeAt < 0) {
                // the root's first chunk is short until its loop units are decided (LoopSite#first)
                ldc(constant(loopSite(m)), CD_LoopSite);
                cb.getfield(CD_LoopSite, "first", CD_int);
            } else {
                cb.loadConstant(m.index == 0 ? CHUNK : CHUNK * 16);
            }
            Label l = cb.newLabel();
            cb.if_icmpge(l);
            St from = s.copy();
            tails.add(() -> {
                cb.labelBinding(l);
                moves(from, m.in[h]);
                pack(h);
                if (resumeAt >= 0) {
                    cb.pop();
                    cb.getstatic(CD_Rt, "AGAIN", CD_Object);
                    cb.areturn();
                } else {
                    // Tier1Rt#loop may go on in a unit specialised on the values at h
                    cb.astore(obj(m.npos));
                    cb.aload(0);
                    cb.aload(obj(m.npos));
                    ldc(constant(loopSite(m)), CD_LoopSite);
                    cb.invokestatic(CD_Rt, "loop", MethodTypeDesc.of(CD_Object, CD_Interp, CD_ObjArr, CD_LoopSite));
                    ret();
                }
            });
        }

        /** Returns the boxed result on the stack as this method returns its results. */
        private void ret() {
            switch (m.ret) {
                case LONG -> { unboxTop(cb, LONG); cb.lreturn(); }
                case DOUBLE -> { unboxTop(cb, DOUBLE); cb.dreturn(); }
                case BOOL -> { unboxTop(cb, BOOL); cb.ireturn(); }
                default -> cb.areturn();
            }
        }

        // ---------------------------------------------------------------- moving values

        void copy(int from, int to, int t) {
            switch (t) {
                case LONG -> { cb.lload(lng(from)); cb.lstore(lng(to)); }
                case DOUBLE -> { cb.dload(dbl(from)); cb.dstore(dbl(to)); }
                case BOOL -> { cb.iload(bool(from)); cb.istore(bool(to)); }
                case RITER, RANGE -> {
                    cb.lload(lng(from)); cb.lstore(lng(to));
                    cb.lload(l2(from)); cb.lstore(l2(to));
                    cb.lload(l3(from)); cb.lstore(l3(to));
                }
                case OBJ, NOBJ -> { cb.aload(obj(from)); cb.astore(obj(to)); }
                default -> {
                    if (isInst(t)) { cb.aload(obj(from)); cb.astore(obj(to)); }
                }
            }
        }

        void ldc(int k, ClassDesc type) {
            cb.ldc(classData(cb, k));
            if (!type.equals(CD_Object)) cb.checkcast(type);
        }

        void setConst(int p, int t, Object v) {
            switch (t) {
                case LONG -> { cb.loadConstant((Long) v); cb.lstore(lng(p)); }
                case DOUBLE -> { cb.loadConstant((Double) v); cb.dstore(dbl(p)); }
                case BOOL -> { cb.loadConstant(((Boolean) v) ? 1 : 0); cb.istore(bool(p)); }
                default -> { }
            }
        }

        /** Pushes position p's value as a Python object. */
        void box(int p, int t) {
            switch (t) {
                case LONG -> { cb.lload(lng(p)); boxTop(cb, LONG); }
                case DOUBLE -> { cb.dload(dbl(p)); boxTop(cb, DOUBLE); }
                case BOOL -> { cb.iload(bool(p)); boxTop(cb, BOOL); }
                case RITER, RANGE -> {
                    cb.lload(lng(p));
                    cb.lload(l2(p));
                    cb.lload(l3(p));
                    cb.invokestatic(CD_Rt, t == RITER ? "rangeIter" : "range", MethodTypeDesc.of(CD_Object, CD_long, CD_long, CD_long));
                }
                case OBJ, NOBJ -> cb.aload(obj(p));
                case UNDEF, BOT, NULLC -> cb.aconst_null();
                default -> {
                    if (isInst(t)) cb.aload(obj(p));
                    else ldc(t - CONST, CD_Object);
                }
            }
        }

        /** Pushes position p's value as JVM type {@code want} (LONG, DOUBLE, BOOL or anything boxed). */
        void load(int p, int t, int want) {
            if (want == t && (t == LONG || t == DOUBLE || t == BOOL)) {
                switch (t) {
                    case LONG -> cb.lload(lng(p));
                    case DOUBLE -> cb.dload(dbl(p));
                    default -> cb.iload(bool(p));
                }
                return;
            }
            switch (want) {
                case LONG -> {
                    if (t == BOOL) { cb.iload(bool(p)); cb.i2l(); } else throw new Unsupported("no long from " + t);
                }
                case DOUBLE -> {
                    if (t == LONG) { cb.lload(lng(p)); cb.l2d(); }
                    else if (t == BOOL) { cb.iload(bool(p)); cb.i2d(); }
                    else if (t == OBJ) {
                        // callers put this inside a range whose LEAVE goes to tier 0
                        cb.aload(obj(p));
                        cb.invokestatic(CD_Rt, "asDouble", MethodTypeDesc.of(CD_double, CD_Object));
                    } else throw new Unsupported("no double from " + t);
                }
                case BOOL -> throw new Unsupported("no bool from " + t);
                default -> box(p, t);
            }
        }

        /** Stores the JVM value on the stack (of type t) into position p. */
        void store(int p, int t) {
            switch (t) {
                case LONG -> cb.lstore(lng(p));
                case DOUBLE -> cb.dstore(dbl(p));
                case BOOL -> cb.istore(bool(p));
                default -> cb.astore(obj(p));
            }
        }

        // ---------------------------------------------------------------- control

        void jump(int target, St s) {
            moves(s, m.in[target]);
            cb.goto_(labels[target]);
        }

        /** A label that reaches target from state s (through the conversions its entry state needs). */
        Label edgeLabel(int target, St s) {
            St to = m.in[target];
            if (!needsMoves(s, to)) return labels[target];
            Label l = cb.newLabel();
            St from = s.copy();
            tails.add(() -> {
                cb.labelBinding(l);
                moves(from, to);
                cb.goto_(labels[target]);
            });
            return l;
        }

        boolean needsMoves(St from, St to) {
            for (int p = 0; p < to.sp; p++) if (from.t[p] != to.t[p] && to.t[p] != UNDEF) return true;
            return false;
        }

        void moves(St from, St to) {
            for (int p = 0; p < to.sp; p++) {
                int a = from.t[p], b = to.t[p];
                if (a == b || b == UNDEF) continue;
                if (b != OBJ && b != NOBJ) throw new Unsupported("cannot move " + a + " to " + b);
                box(p, a);
                cb.astore(obj(p));
            }
        }

        /** The stubs emitted so far, by what they do: one leaving at the same pc with the same frame serves every guard there. */
        final java.util.Map<String, Label> stubs = new java.util.HashMap<>();

        /** The code that leaves for tier 0 (see {@link Stub}); emitted after the method's body. */
        Label stub(Stub kind, int pc, St s) {
            StringBuilder key = new StringBuilder().append(kind.ordinal()).append(':').append(pc).append(':').append(s.sp);
            for (int p = 0; p < s.sp; p++) key.append(',').append(s.t[p]);
            key.append(':').append(java.util.Arrays.toString(s.blocks));
            Label known = stubs.get(key.toString());
            if (known != null) return known;
            Label l = cb.newLabel();
            stubs.put(key.toString(), l);
            // what leaves with the same frame at any pc is emitted once: a stub sets the pc and
            // jumps there (boxing every position at every pc made a 300-instruction function with 20
            // locals 50 KB of bytecode, more than HotSpot compiles, see #HUGE_METHOD)
            Stub shape = kind == Stub.LEAVE ? Stub.PLAIN : kind;
            String sharedKey = shape.ordinal() + key.substring(key.indexOf(":", key.indexOf(":") + 1));
            Label shared = sharedStubs.get(sharedKey);
            if (shared == null) {
                Label target = cb.newLabel();
                sharedStubs.put(sharedKey, target);
                St st = s.copy();
                tails.add(() -> {
                    cb.labelBinding(target);
                    materialize(shape, st);
                });
                shared = target;
            }
            Label to = shared;
            int framePc = kind == Stub.PENDING || kind == Stub.BELOW ? pc + 1 : pc;
            tails.add(() -> {
                cb.labelBinding(l);
                switch (kind) {
                    case LEAVE -> cb.pop();
                    case PENDING -> cb.astore(exc);
                    case BELOW -> cb.astore(deopt);
                    default -> { }
                }
                cb.loadConstant(framePc);
                cb.istore(stubPc);
                cb.goto_(to);
            });
            return l;
        }

        /** The shared ends of stubs (see {@link #stub}), by kind and frame. */
        final java.util.Map<String, Label> sharedStubs = new java.util.HashMap<>();

        /** With an array on the stack (left there): each position's value, boxed, at its index (tier 0's frame layout). */
        private void storePositions(St st) {
            for (int p = 0; p < st.sp; p++) {
                int t = st.t[p];
                if (t == UNDEF || t == BOT || t == NULLC) continue;
                cb.dup();
                cb.loadConstant(p);
                box(p, t);
                cb.aastore();
            }
        }

        /** Leaves for tier 0 at the pc in local {@link #stubPc}, with the positions of st. */
        private void materialize(Stub kind, St st) {
            if (kind == Stub.BELOW) cb.aload(deopt);
            ldc(constant(m.code), CD_Code);
            ldc(constant(m.globals), CD_Globals);
            cb.loadConstant(m.npos);
            cb.anewarray(CD_Object);
            storePositions(st);
            cb.iload(stubPc);
            cb.loadConstant(st.sp);
            if (kind == Stub.BELOW) {
                cb.invokevirtual(CD_Deopt, "below", MethodTypeDesc.of(CD_Deopt, CD_Code, CD_Globals, CD_ObjArr, CD_int, CD_int));
            } else {
                if (kind == Stub.PENDING) {
                    cb.aload(exc);
                    cb.checkcast(CD_PyError);
                } else {
                    cb.aconst_null();
                }
                cb.invokestatic(CD_Deopt, "at", MethodTypeDesc.of(CD_Deopt, CD_Code, CD_Globals, CD_ObjArr, CD_int, CD_int, CD_PyError));
            }
            if (st.blocks.length > 0) {
                // the frame's try blocks: tier 0 handles the pending exception (or a later one) as it would have
                ldc(constant(st.blocks), CD_int.arrayType());
                cb.invokevirtual(CD_Deopt, "blocks", MethodTypeDesc.of(CD_Deopt, CD_int.arrayType()));
            }
            cb.athrow();
        }

        /** `raise` of the value on top (type t) out of this activation (see Tier1Rt#raiseOut); else tier 0 raises it here. */
        void raiseOut(int pc, int t, St in0) {
            cb.aload(0);
            box(in0.sp - 1, t);
            ldc(constant(m.code), CD_Code);
            cb.loadConstant(pc);
            cb.invokestatic(CD_Rt, "raiseOut", MethodTypeDesc.of(CD_PyError, CD_Interp, CD_Object, CD_Code, CD_int));
            cb.dup();
            Label tier0 = cb.newLabel();
            cb.ifnull(tier0);
            cb.athrow();
            cb.labelBinding(tier0);
            cb.pop();
            cb.goto_(stub(Stub.PLAIN, pc, in0));
        }

        /** A poll before a call that may run long: a pause or a cancel leaves for tier 0 at the call. */
        void pollBeforeCall(int pc, St in0) {
            cb.aload(0);
            cb.invokestatic(CD_Rt, "poll", MethodTypeDesc.of(CD_boolean, CD_Interp));
            cb.ifne(stub(Stub.PLAIN, pc, in0));
        }

        /**
         * A runtime operation at pc: emit leaves its result on the JVM stack, which goes to
         * position {@code result} (nothing, for -1); a Python exception it raises is raised there by tier 0.
         */
        void operation(int pc, St in0, int result, Runnable emit) {
            Label start = cb.newLabel(), end = cb.newLabel();
            cb.labelBinding(start);
            emit.run();
            cb.labelBinding(end);
            if (result >= 0) cb.astore(obj(result));
            pending(start, end, pc, in0);
        }

        /** Python exceptions raised between start and end: tier 0 raises them at this instruction. */
        void pending(Label start, Label end, int pc, St in0) {
            cb.exceptionCatch(start, end, stub(Stub.PENDING, pc, in0), CD_PyError);
        }

        /** A helper's {@link Tier1Rt#LEAVE} (or an exact-arithmetic overflow) between start and end: tier 0 does this instruction. */
        void leaves(Label start, Label end, int pc, St in0) {
            cb.exceptionCatch(start, end, stub(Stub.LEAVE, pc, in0), CD_Arith);
        }

        /** Pushes int != 0 when position p's value is true. */
        void truth(int p, int t, int pc, St in0) {
            switch (t) {
                case LONG -> { cb.lload(lng(p)); cb.lconst_0(); cb.lcmp(); }
                case DOUBLE -> { cb.dload(dbl(p)); cb.dconst_0(); cb.dcmpl(); }
                case BOOL -> cb.iload(bool(p));
                default -> {
                    Object v = constOf(t);
                    if (t == NULLC || v == io.fora.vm.runtime.PyNone.NONE) {
                        cb.iconst_0();
                        return;
                    }
                    Label start = cb.newLabel(), end = cb.newLabel();
                    cb.labelBinding(start);
                    box(p, t);
                    cb.invokestatic(CD_Rt, "isTrue", MethodTypeDesc.of(CD_boolean, CD_Object));
                    cb.labelBinding(end);
                    pending(start, end, pc, in0);
                }
            }
        }

        /** Turns the int comparison result on the stack into a bool for Compare op. */
        void condition(int op) {
            Label yes = cb.newLabel(), done = cb.newLabel();
            switch (op) {
                case Compare.LT -> cb.iflt(yes);
                case Compare.LE -> cb.ifle(yes);
                case Compare.EQ -> cb.ifeq(yes);
                case Compare.NE -> cb.ifne(yes);
                case Compare.GT -> cb.ifgt(yes);
                default -> cb.ifge(yes);
            }
            cb.iconst_0();
            cb.goto_(done);
            cb.labelBinding(yes);
            cb.iconst_1();
            cb.labelBinding(done);
        }

        // ---------------------------------------------------------------- operations

        /** Pushes the value of the cell at position cellPos onto stack position p as type t; leaves when it is unbound or of another type. */
        void loadDeref(int cellPos, int t, int p, int pc, St in0) {
            int tmp = obj(m.npos);
            cb.aload(obj(cellPos));
            cb.checkcast(CD_Cell);
            cb.getfield(CD_Cell, "value", CD_Object);
            cb.astore(tmp);
            unboxInto(tmp, t, p, stub(Stub.PLAIN, pc, in0));
        }

        /**
         * Stores the Python value in JVM local {@code local} into position p as type t: for LONG,
         * DOUBLE and BOOL unboxed, after checking it has that type; else as it is, after checking
         * it is bound. A failed check goes to {@code leave}.
         */
        void unboxInto(int local, int t, int p, Label leave) {
            cb.aload(local);
            if (t == LONG || t == DOUBLE || t == BOOL) {
                cb.instanceOf(boxClass(t));
                cb.ifeq(leave);
                cb.aload(local);
                unboxTop(cb, t);
            } else {
                cb.ifnull(leave);
                cb.aload(local);
            }
            store(p, t);
        }

        void yieldToSink(int p, int t) {
            cb.aload(sink);
            if (t == DOUBLE) {
                cb.dload(dbl(p));
                cb.invokevirtual(CD_Sink, "addDouble", MethodTypeDesc.of(CD_void, CD_double));
            } else if (t == LONG) {
                cb.lload(lng(p));
                cb.invokevirtual(CD_Sink, "addLong", MethodTypeDesc.of(CD_void, CD_long));
            } else {
                box(p, t);
                cb.invokevirtual(CD_Sink, "add", MethodTypeDesc.of(CD_void, CD_Object));
            }
        }

        void binary(boolean inplace, int op, int pa, int a, int pb, int b, int r, int pc, St in0) {
            Label start = cb.newLabel(), end = cb.newLabel();
            switch (r) {
                case BOOL -> {
                    cb.iload(bool(pa));
                    cb.iload(bool(pb));
                    switch (op) {
                        case Arith.AND -> cb.iand();
                        case Arith.OR -> cb.ior();
                        default -> cb.ixor();
                    }
                    cb.istore(bool(pa));
                }
                case DOUBLE -> {
                    boolean ints = a != DOUBLE && b != DOUBLE;
                    cb.labelBinding(start);
                    load(pa, a, ints ? LONG : DOUBLE);
                    load(pb, b, ints ? LONG : DOUBLE);
                    if (ints) {
                        cb.invokestatic(CD_Rt, "trueDiv", MethodTypeDesc.of(CD_double, CD_long, CD_long));
                    } else {
                        switch (op) {
                            case Arith.ADD -> cb.dadd();
                            case Arith.SUB -> cb.dsub();
                            case Arith.MUL -> cb.dmul();
                            case Arith.DIV -> cb.invokestatic(CD_Rt, "fdiv", MethodTypeDesc.of(CD_double, CD_double, CD_double));
                            case Arith.MOD -> cb.invokestatic(CD_Rt, "fmod", MethodTypeDesc.of(CD_double, CD_double, CD_double));
                            case Arith.POW -> cb.invokestatic(CD_Rt, "fpow", MethodTypeDesc.of(CD_double, CD_double, CD_double));
                            default -> cb.invokestatic(CD_Rt, "ffloorDiv", MethodTypeDesc.of(CD_double, CD_double, CD_double));
                        }
                    }
                    cb.labelBinding(end);
                    cb.dstore(dbl(pa));
                    leaves(start, end, pc, in0);
                }
                case LONG -> {
                    cb.labelBinding(start);
                    load(pa, a, LONG);
                    load(pb, b, LONG);
                    MethodTypeDesc jj = MethodTypeDesc.of(CD_long, CD_long, CD_long);
                    switch (op) {
                        case Arith.ADD -> cb.invokestatic(CD_Math, "addExact", jj);
                        case Arith.SUB -> cb.invokestatic(CD_Math, "subtractExact", jj);
                        case Arith.MUL -> cb.invokestatic(CD_Math, "multiplyExact", jj);
                        case Arith.FLOORDIV -> cb.invokestatic(CD_Rt, "floorDiv", jj);
                        case Arith.MOD -> cb.invokestatic(CD_Rt, "floorMod", jj);
                        case Arith.AND -> cb.land();
                        case Arith.OR -> cb.lor();
                        case Arith.XOR -> cb.lxor();
                        case Arith.LSHIFT -> cb.invokestatic(CD_Rt, "shl", jj);
                        case Arith.POW -> cb.invokestatic(CD_Rt, "ipow", jj);
                        default -> cb.invokestatic(CD_Rt, "shr", jj);
                    }
                    cb.labelBinding(end);
                    cb.lstore(lng(pa));
                    leaves(start, end, pc, in0);
                }
                default -> {
                    cb.labelBinding(start);
                    cb.loadConstant(op);
                    box(pa, a);
                    box(pb, b);
                    cb.invokestatic(CD_Rt, inplace ? "inplace" : "binary", MethodTypeDesc.of(CD_Object, CD_int, CD_Object, CD_Object));
                    cb.labelBinding(end);
                    cb.astore(obj(pa));
                    pending(start, end, pc, in0);
                }
            }
        }

        void unary(int op, int p, int a, int r, int pc, St in0) {
            if (op == Op.U_NOT) {
                truth(p, a, pc, in0);
                Label yes = cb.newLabel(), done = cb.newLabel();
                cb.ifeq(yes);
                cb.iconst_0();
                cb.goto_(done);
                cb.labelBinding(yes);
                cb.iconst_1();
                cb.labelBinding(done);
                cb.istore(bool(p));
                return;
            }
            Label start = cb.newLabel(), end = cb.newLabel();
            switch (r) {
                case DOUBLE -> {
                    cb.dload(dbl(p));
                    if (op == Op.U_NEG) cb.dneg();
                    cb.dstore(dbl(p));
                }
                case LONG -> {
                    cb.labelBinding(start);
                    load(p, a, LONG);
                    switch (op) {
                        case Op.U_NEG -> cb.invokestatic(CD_Rt, "negate", MethodTypeDesc.of(CD_long, CD_long));
                        case Op.U_INVERT -> { cb.loadConstant(-1L); cb.lxor(); }
                        default -> { }
                    }
                    cb.labelBinding(end);
                    cb.lstore(lng(p));
                    leaves(start, end, pc, in0);
                }
                default -> {
                    cb.labelBinding(start);
                    cb.loadConstant(op);
                    box(p, a);
                    cb.invokestatic(CD_Rt, "unary", MethodTypeDesc.of(CD_Object, CD_int, CD_Object));
                    cb.labelBinding(end);
                    cb.astore(obj(p));
                    pending(start, end, pc, in0);
                }
            }
        }

        void compare(int op, int pa, int a, int pb, int b, int r, int pc, St in0) {
            if (op <= Compare.GE && r == BOOL) {
                boolean ia = a != DOUBLE, ib = b != DOUBLE;
                if (ia && ib) {
                    load(pa, a, LONG);
                    load(pb, b, LONG);
                    cb.lcmp();
                    condition(op);
                } else if (!ia && !ib || (a == BOOL || b == BOOL)) {
                    load(pa, a, DOUBLE);
                    load(pb, b, DOUBLE);
                    if (op == Compare.LT || op == Compare.LE) cb.dcmpg();
                    else cb.dcmpl();
                    condition(op);
                } else {
                    cb.loadConstant(op);
                    if (ia) {
                        load(pa, a, LONG);
                        load(pb, b, DOUBLE);
                        cb.invokestatic(CD_Rt, "cmpLD", MethodTypeDesc.of(CD_boolean, CD_int, CD_long, CD_double));
                    } else {
                        load(pa, a, DOUBLE);
                        load(pb, b, LONG);
                        cb.invokestatic(CD_Rt, "cmpDL", MethodTypeDesc.of(CD_boolean, CD_int, CD_double, CD_long));
                    }
                }
                cb.istore(bool(pa));
                return;
            }
            Label start = cb.newLabel(), end = cb.newLabel();
            cb.labelBinding(start);
            if (op <= Compare.GE) {
                cb.loadConstant(op);
                box(pa, a);
                box(pb, b);
                cb.invokestatic(CD_Compare, "compare", MethodTypeDesc.of(CD_Object, CD_int, CD_Object, CD_Object));
                cb.labelBinding(end);
                cb.astore(obj(pa));
            } else if (op == Op.C_IS || op == Op.C_IS_NOT) {
                box(pa, a);
                box(pb, b);
                cb.invokestatic(CD_Ops, "is", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                if (op == Op.C_IS_NOT) { cb.iconst_1(); cb.ixor(); }
                cb.labelBinding(end);
                cb.istore(bool(pa));
            } else {
                box(pb, b);
                box(pa, a);
                cb.invokestatic(CD_Ops, "contains", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Object));
                if (op == Op.C_NOT_IN) { cb.iconst_1(); cb.ixor(); }
                cb.labelBinding(end);
                cb.istore(bool(pa));
            }
            pending(start, end, pc, in0);
        }

        void getAttr(int p, int t, String name, int pc, St in0) {
            Label start = cb.newLabel(), end = cb.newLabel();
            cb.labelBinding(start);
            ldc(constant(m.code), CD_Code);
            cb.loadConstant(pc);
            box(p, t);
            cb.loadConstant(name);
            cb.invokestatic(CD_SiteCache, "load", MethodTypeDesc.of(CD_Object, CD_Code, CD_int, CD_Object, CD_String));
            cb.labelBinding(end);
            cb.astore(obj(p));
            pending(start, end, pc, in0);
        }

        /**
         * {@code obj.name} for an instance of a known class whose sample has the attribute at
         * index idx (Tier1Rt#attr: read at the index while the shape and class are the sample's,
         * else looked up as tier 0 does); then the value is checked to have type vt. A value of
         * another type goes on in tier 0 after this instruction, and counts against speculating.
         */
        void instAttr(int p, Known k, int idx, String name, int vt, boolean asMethod, int pc, St in0) {
            Label start = cb.newLabel(), end = cb.newLabel();
            cb.labelBinding(start);
            cb.aload(obj(p));
            ldc(constant(k.sample().shape()), CD_Shape);
            cb.loadConstant(idx);
            ldc(constant(k.cls()), CD_Class);
            cb.loadConstant(k.cls().version());
            cb.loadConstant(name);
            cb.invokestatic(CD_Rt, "attr", MethodTypeDesc.of(CD_Object, CD_Object, CD_Shape, CD_int, CD_Class, CD_int, CD_String));
            cb.labelBinding(end);
            cb.astore(obj(p));
            pending(start, end, pc, in0);
            St after = in0.copy();
            after.t[p] = OBJ;
            if (asMethod) {
                // LOAD_METHOD of a plain attribute: an empty self position follows the value
                after.t[p + 1] = NULLC;
                after.sp = p + 2;
            }
            Label miss = missStub(pc + 1, after);
            if (vt == LONG || vt == DOUBLE || vt == BOOL) {
                unboxInto(obj(p), vt, p, miss);
            } else if (isInst(vt)) {
                cb.aload(obj(p));
                ldc(constant(known(vt).cls()), CD_Class);
                cb.invokestatic(CD_Rt, "isInstanceOf", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Class));
                cb.ifeq(miss);
            }
        }

        /**
         * {@code obj.name} as a method of a known class: checks that the class is unchanged and
         * that the instance has no attribute of its own by that name; the function is a constant
         * (position p) and the instance goes to p + 1 as self.
         */
        void instMethod(int p, Known k, String name, int pc, St in0) {
            cb.aload(obj(p));
            ldc(constant(k.sample().shape()), CD_Shape);
            ldc(constant(k.cls()), CD_Class);
            cb.loadConstant(k.cls().version());
            cb.loadConstant(name);
            cb.invokestatic(CD_Rt, "methodOk", MethodTypeDesc.of(CD_boolean, CD_Object, CD_Shape, CD_Class, CD_int, CD_String));
            cb.ifeq(missStub(pc, in0));
            cb.aload(obj(p));
            cb.astore(obj(p + 1));
        }

        /** Before calling the {@code __call__} of an instance of a known class: the class is unchanged since compiling. */
        void classUnchanged(Known k, int pc, St in0) {
            ldc(constant(k.cls()), CD_Class);
            cb.invokevirtual(CD_Class, "version", MethodTypeDesc.of(CD_int));
            cb.loadConstant(k.cls().version());
            cb.if_icmpne(missStub(pc, in0));
        }

        /** Like stub(PLAIN, pc, st), after counting a failed speculation against the unit's root (Tier1Rt#specMiss). */
        Label missStub(int pc, St st) {
            Label l = cb.newLabel();
            Label leave = stub(Stub.PLAIN, pc, st);
            tails.add(() -> {
                cb.labelBinding(l);
                ldc(constant(rootCode), CD_Code);
                cb.invokestatic(CD_Rt, "specMiss", MethodTypeDesc.of(CD_void, CD_Code));
                cb.goto_(leave);
            });
            return l;
        }

        void loadMethod(int p, int t, String name, int pc, St in0) {
            int tmp = obj(m.npos);
            Label start = cb.newLabel(), end = cb.newLabel(), found = cb.newLabel(), done = cb.newLabel();
            box(p, t);
            cb.astore(tmp);
            cb.labelBinding(start);
            ldc(constant(m.code), CD_Code);
            cb.loadConstant(pc);
            cb.aload(tmp);
            cb.loadConstant(name);
            cb.invokestatic(CD_SiteCache, "method", MethodTypeDesc.of(CD_Object, CD_Code, CD_int, CD_Object, CD_String));
            cb.astore(obj(p + 1));
            cb.aload(obj(p + 1));
            cb.ifnonnull(found);
            ldc(constant(m.code), CD_Code);
            cb.loadConstant(pc);
            cb.aload(tmp);
            cb.loadConstant(name);
            cb.invokestatic(CD_SiteCache, "load", MethodTypeDesc.of(CD_Object, CD_Code, CD_int, CD_Object, CD_String));
            cb.labelBinding(end);
            cb.astore(obj(p));
            cb.aconst_null();
            cb.astore(obj(p + 1));
            cb.goto_(done);
            cb.labelBinding(found);
            cb.aload(obj(p + 1));
            cb.astore(obj(p));
            cb.aload(tmp);
            cb.astore(obj(p + 1));
            cb.labelBinding(done);
            pending(start, end, pc, in0);
        }

        void getIter(int p, int t, int pc, St in0) {
            if (t == RANGE) {
                int tmp = lng(m.npos);
                cb.lload(lng(p));
                cb.lload(l2(p));
                cb.lload(l3(p));
                cb.invokestatic(CD_Rt, "rangeLen", MethodTypeDesc.of(CD_long, CD_long, CD_long, CD_long));
                cb.lstore(tmp);
                cb.lload(l3(p));
                cb.lstore(l2(p));
                cb.lload(tmp);
                cb.lstore(l3(p));
                return;
            }
            Label start = cb.newLabel(), end = cb.newLabel();
            cb.labelBinding(start);
            box(p, t);
            cb.invokestatic(CD_Rt, "iter", MethodTypeDesc.of(CD_Object, CD_Object));
            cb.labelBinding(end);
            cb.astore(obj(p));
            pending(start, end, pc, in0);
        }

        void forIter(int p, int t, Label exit, int pc, St in0) {
            if (t == RITER) {
                cb.lload(l3(p));
                cb.lconst_0();
                cb.lcmp();
                cb.ifle(exit);
                cb.lload(lng(p));
                cb.lstore(lng(p + 1));
                cb.lload(lng(p));
                cb.lload(l2(p));
                cb.ladd();
                cb.lstore(lng(p));
                cb.lload(l3(p));
                cb.lconst_1();
                cb.lsub();
                cb.lstore(l3(p));
                return;
            }
            Label start = cb.newLabel(), end = cb.newLabel();
            cb.labelBinding(start);
            box(p, t);
            cb.invokestatic(CD_Rt, "next", MethodTypeDesc.of(CD_Object, CD_Object));
            cb.labelBinding(end);
            cb.astore(obj(p + 1));
            pending(start, end, pc, in0);
            cb.aload(obj(p + 1));
            cb.ifnull(exit);
        }

        void subscr(int pa, int a, int pb, int b, int pc, St in0) {
            Label start = cb.newLabel(), end = cb.newLabel();
            cb.labelBinding(start);
            box(pa, a);
            if (b == LONG || b == BOOL) {
                load(pb, b, LONG);
                cb.invokestatic(CD_Rt, "getItemL", MethodTypeDesc.of(CD_Object, CD_Object, CD_long));
            } else {
                box(pb, b);
                cb.invokestatic(CD_Ops, "getItem", MethodTypeDesc.of(CD_Object, CD_Object, CD_Object));
            }
            cb.labelBinding(end);
            cb.astore(obj(pa));
            pending(start, end, pc, in0);
        }

        /** Pushes an Object[] of positions from..from+n-1, boxed. */
        void array(int from, int n, St s) {
            cb.loadConstant(n);
            cb.anewarray(CD_Object);
            for (int i = 0; i < n; i++) {
                cb.dup();
                cb.loadConstant(i);
                box(from + i, s.t[from + i]);
                cb.aastore();
            }
        }

        /**
         * A call of a method of this unit. When the callee leaves for tier 0, its frames run to
         * their result in a nested loop and this method goes on (Tier1Rt#finish); only a pause or a
         * cancel turns this activation into a frame too.
         */
        void directCall(M target, int base, int[] positions, int[] args, Object[] defaults, PyFunction fn, int pc, St in0) {
            if (defaults != null) {
                // the defaults go in as constants: while fn has the array they came from (f.__defaults__ = ... makes a new one)
                ldc(constant(fn), CD_Function);
                cb.invokevirtual(CD_Function, "defaults", MethodTypeDesc.of(CD_Object.arrayType()));
                ldc(constant(fn.defaults()), CD_Object);
                cb.if_acmpne(stub(Stub.PLAIN, pc, in0));
            }
            // a bounded callee cannot recurse: its activation needs no count against the recursion limit
            boolean nodepth = target.bounded;
            cb.aload(0);
            cb.invokevirtual(CD_Interp, "depth", MethodTypeDesc.of(CD_int));
            cb.istore(depthTmp);
            if (!nodepth) {
                cb.aload(0);
                cb.invokevirtual(CD_Interp, "enterCompiled", MethodTypeDesc.of(CD_boolean));
                cb.ifeq(stub(Stub.PLAIN, pc, in0));
            }
            Label start = cb.newLabel(), end = cb.newLabel(), handler = cb.newLabel(), after = cb.newLabel();
            cb.labelBinding(start);
            cb.aload(0);
            for (int i = 0; i < args.length; i++) load(positions[i], args[i], target.params[i]);
            if (defaults != null) {
                for (int i = 0; i < defaults.length; i++) {
                    Object d = defaults[i];
                    switch (target.params[args.length + i]) {
                        case LONG -> cb.loadConstant((Long) d);
                        case DOUBLE -> cb.loadConstant((Double) d);
                        case BOOL -> cb.loadConstant(((Boolean) d) ? 1 : 0);
                        default -> ldc(constant(d), CD_Object);
                    }
                }
            }
            cb.invokestatic(SELF, target.name(), target.desc());
            cb.labelBinding(end);
            store(base, target.ret);
            if (!nodepth) {
                cb.aload(0);
                cb.invokevirtual(CD_Interp, "leaveCompiled", MethodTypeDesc.of(CD_void));
            }
            cb.goto_(after);
            cb.exceptionCatch(start, end, handler, CD_Deopt);
            finishInTier0(handler, base, pc, in0);
            if (target.ret == LONG || target.ret == DOUBLE || target.ret == BOOL) {
                // the result tier 0 gave, if it has the type the callee's callers expect
                St result = in0.copy();
                result.sp = base + 1;
                result.t[base] = OBJ;
                unboxInto(obj(base), target.ret, base, stub(Stub.PLAIN, pc + 1, result));
            }
            // an exception the callee raised out of itself (see #raiseOut): the depth as before the
            // call, and tier 0 goes on with it from this call, adding this activation's entry
            cb.goto_(after);
            Label raised = cb.newLabel();
            cb.exceptionCatch(start, end, raised, CD_PyError);
            cb.labelBinding(raised);
            cb.aload(0);
            cb.iload(depthTmp);
            cb.invokevirtual(CD_Interp, "restoreDepth", MethodTypeDesc.of(CD_void, CD_int));
            cb.goto_(stub(Stub.PENDING, pc, in0));
            cb.labelBinding(after);
        }

        /**
         * At {@code handler}, with the Deopt of a callee of the call at pc on the stack: the
         * callee's frames run to their result in tier 0 (Tier1Rt#finish), which goes to position
         * base as a boxed value; a pause or cancel (the Deopt goes on up) or an exception adds this
         * activation's frame.
         */
        void finishInTier0(Label handler, int base, int pc, St in0) {
            cb.labelBinding(handler);
            cb.astore(deopt);
            Label s2 = cb.newLabel(), e2 = cb.newLabel();
            cb.labelBinding(s2);
            cb.aload(0);
            cb.aload(deopt);
            cb.iload(depthTmp);
            cb.invokestatic(CD_Rt, "finish", MethodTypeDesc.of(CD_Object, CD_Interp, CD_Deopt, CD_int));
            cb.labelBinding(e2);
            cb.astore(obj(base));
            St below = in0.copy();
            below.sp = base;
            cb.exceptionCatch(s2, e2, stub(Stub.BELOW, pc, below), CD_Deopt);
            cb.exceptionCatch(s2, e2, stub(Stub.PENDING, pc, in0), CD_PyError);
        }

        /**
         * A call of a value known only at run time: an invokedynamic site that links itself to the
         * callee's typed compiled method when it is Python code (Tier1Rt#bootstrapCall), and calls
         * anything else generically. A callee that leaves for tier 0 finishes there as for direct
         * calls; past the recursion limit, the generic call raises.
         */
        void genericCall(boolean isMethod, int base, int first, int argc, St s, int pc, St in0) {
            Label start = cb.newLabel(), end = cb.newLabel(), slow = cb.newLabel();
            Label done = cb.newLabel(), s3 = cb.newLabel(), e3 = cb.newLabel(), handler = cb.newLabel();
            cb.labelBinding(start);
            cb.aload(0);
            cb.invokevirtual(CD_Interp, "depth", MethodTypeDesc.of(CD_int));
            cb.istore(depthTmp);
            cb.aload(0);
            cb.invokevirtual(CD_Interp, "enterCompiled", MethodTypeDesc.of(CD_boolean));
            cb.ifeq(slow);
            // an invokedynamic site that links itself to the callee's typed compiled method (see
            // Tier1Rt#bootstrapCall): ints and floats go in unboxed, and HotSpot inlines the callee
            List<ClassDesc> params = new ArrayList<>();
            params.add(CD_Interp);
            params.add(CD_Object);
            if (isMethod) params.add(CD_Object);
            cb.labelBinding(s3);
            cb.aload(0);
            box(base, s.t[base]);
            if (isMethod) box(base + 1, s.t[base + 1]);
            for (int i = 0; i < argc; i++) {
                int t = s.t[first + i];
                int want = paramType(t);
                load(first + i, t, want);
                params.add(jvmType(want));
            }
            cb.invokedynamic(java.lang.constant.DynamicCallSiteDesc.of(BSM_CALL, "call",
                    MethodTypeDesc.of(CD_Object, params.toArray(new ClassDesc[0])), isMethod ? 1 : 0));
            cb.labelBinding(e3);
            cb.astore(obj(base));
            cb.aload(0);
            cb.invokevirtual(CD_Interp, "leaveCompiled", MethodTypeDesc.of(CD_void));
            cb.goto_(done);
            cb.labelBinding(slow);
            cb.aload(0);
            box(base, s.t[base]);
            if (isMethod) box(base + 1, s.t[base + 1]);
            array(first, argc, s);
            if (isMethod) {
                cb.invokestatic(CD_Rt, "callMethod", MethodTypeDesc.of(CD_Object, CD_Interp, CD_Object, CD_Object, CD_ObjArr));
            } else {
                cb.invokestatic(CD_Rt, "call", MethodTypeDesc.of(CD_Object, CD_Interp, CD_Object, CD_ObjArr));
            }
            cb.astore(obj(base));
            cb.goto_(done);
            cb.labelBinding(end);
            // the compiled callee left for tier 0: finish it there, then go on here
            cb.exceptionCatch(s3, e3, handler, CD_Deopt);
            finishInTier0(handler, base, pc, in0);
            cb.goto_(done);
            pending(start, end, pc, in0);
            cb.labelBinding(done);
        }

        void intrinsic(String key, int base, int first, int[] args, int pc, St in0) {
            Label start = cb.newLabel(), end = cb.newLabel();
            if (key.equals("range")) {
                cb.labelBinding(start);
                int n = args.length;
                // start, stop, step into the result's three longs (the callee's position holds nothing)
                if (n == 1) {
                    cb.lconst_0();
                    cb.lstore(lng(base));
                    rangeArg(first, args[0]);
                    cb.lstore(l2(base));
                    cb.lconst_1();
                    cb.lstore(l3(base));
                } else {
                    rangeArg(first, args[0]);
                    cb.lstore(lng(base));
                    rangeArg(first + 1, args[1]);
                    cb.lstore(l2(base));
                    if (n == 3) rangeArg(first + 2, args[2]);
                    else cb.lconst_1();
                    cb.lstore(l3(base));
                }
                cb.labelBinding(end);
                leaves(start, end, pc, in0);
                cb.lload(l3(base));
                cb.lconst_0();
                cb.lcmp();
                cb.ifeq(stub(Stub.PLAIN, pc, in0));
                // a length beyond a long (range(-2**63, 2**63 - 1)): tier 0 makes it with big ints
                cb.lload(l2(base));
                cb.lload(lng(base));
                cb.invokestatic(ClassDesc.of("io.fora.vm.builtins.Builtins"), "subtractionOverflows", MethodTypeDesc.of(CD_boolean, CD_long, CD_long));
                cb.ifne(stub(Stub.PLAIN, pc, in0));
                return;
            }
            if (key.equals(COUNTED_KEY)) {
                for (int i = 0; i < 3; i++) cb.lload(lng(first + i));
                cb.invokestatic(ClassDesc.of("io.fora.vm.builtins.LoopFolds"), "countedInts", MethodTypeDesc.of(CD_boolean, CD_long, CD_long, CD_long));
                cb.istore(bool(base));
                return;
            }
            int a = args[0];
            switch (key) {
                case "builtins.abs" -> {
                    if (a == DOUBLE) {
                        cb.dload(dbl(first));
                        cb.invokestatic(CD_Math, "abs", MethodTypeDesc.of(CD_double, CD_double));
                        cb.dstore(dbl(base));
                    } else {
                        cb.labelBinding(start);
                        load(first, a, LONG);
                        cb.invokestatic(CD_Rt, "abs", MethodTypeDesc.of(CD_long, CD_long));
                        cb.labelBinding(end);
                        cb.lstore(lng(base));
                        leaves(start, end, pc, in0);
                    }
                }
                case "builtins.float" -> {
                    load(first, a, DOUBLE);
                    cb.dstore(dbl(base));
                }
                case "builtins.int" -> {
                    if (a == DOUBLE) {
                        cb.labelBinding(start);
                        cb.dload(dbl(first));
                        cb.invokestatic(CD_Rt, "truncate", MethodTypeDesc.of(CD_long, CD_double));
                        cb.labelBinding(end);
                        leaves(start, end, pc, in0);
                    } else {
                        load(first, a, LONG);
                    }
                    cb.lstore(lng(base));
                }
                case "builtins.len" -> {
                    cb.labelBinding(start);
                    box(first, a);
                    cb.invokestatic(CD_Ops, "len", MethodTypeDesc.of(CD_long, CD_Object));
                    cb.labelBinding(end);
                    cb.lstore(lng(base));
                    pending(start, end, pc, in0);
                }
                default -> {
                    String[] target = MATH.get(key);
                    cb.labelBinding(start);
                    load(first, a, DOUBLE);
                    cb.dup2();
                    cb.invokestatic(target[0].equals("Libm") ? CD_Libm : CD_Math, target[1], MethodTypeDesc.of(CD_double, CD_double));
                    cb.invokestatic(CD_Rt, "checked", MethodTypeDesc.of(CD_double, CD_double, CD_double));
                    cb.labelBinding(end);
                    cb.dstore(dbl(base));
                    leaves(start, end, pc, in0);
                }
            }
        }

        private void rangeArg(int p, int t) {
            if (t == OBJ) {
                cb.aload(obj(p));
                cb.invokestatic(CD_Rt, "rangeArg", MethodTypeDesc.of(CD_long, CD_Object));
            } else {
                load(p, t, LONG);
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.interp.SiteCache;
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
    static volatile double injectChance;

    /** At back-edges and calls: true when compiled code must leave for tier 0 here. */
    public static boolean poll(Interpreter ctx) {
        if (ctx.mustStop()) return true;
        double p = injectChance;
        return p > 0 && ThreadLocalRandom.current().nextDouble() < p;
    }

    public static boolean hungry(Interpreter ctx) { return ctx.parallelism().hungry(); }

    /**
     * A direct callee left for tier 0: unless a pause or cancel is asked for (then the whole chain
     * must become frames, and d goes on up), its frames run to their result here and the caller
     * goes on in compiled code.
     */
    public static Object finish(Interpreter ctx, io.fora.vm.interp.Deopt d, int depthBefore) {
        if (ctx.mustStop()) throw d;
        return ctx.finishDeopt(d, depthBefore);
    }

    /** The result of a callee finished in tier 0, as the long the caller expects, else leave. */
    public static boolean isLong(Object v) { return v instanceof Long; }

    public static boolean isDouble(Object v) { return v instanceof Double; }

    public static boolean isBool(Object v) { return v instanceof Boolean; }

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

    public static Object compare(int op, Object a, Object b) { return Compare.compare(op, a, b); }

    public static boolean is(Object a, Object b) {
        return Ops.is(a, b);
    }

    public static boolean contains(Object container, Object item) { return Ops.contains(container, item); }

    // ---------------------------------------------------------------- generic values

    public static Object binary(int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            switch (op) {
                case Arith.ADD: return Ints.add(x, y);
                case Arith.SUB: return Ints.sub(x, y);
                case Arith.MUL: return Ints.mul(x, y);
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

    public static Object getItem(Object obj, Object key) { return Ops.getItem(obj, key); }

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
    public static Object call(Interpreter ctx, Object callable, Object[] args) {
        switch (callable) {
            case PyFunction fn -> {
                return ctx.callFunction(fn, args, Kwargs.NONE);
            }
            case PyBoundMethod m when m.function() instanceof PyFunction fn -> {
                return ctx.callFunction(fn, prepend(m.self(), args), Kwargs.NONE);
            }
            case PyInstance i when i.cls().callMethod() instanceof PyFunction fn -> {
                return ctx.callFunction(fn, prepend(i, args), Kwargs.NONE);
            }
            default -> {
                return Ops.call(callable, args);
            }
        }
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

    /**
     * Where the arguments of a call of callable start in argv (whose slot 0 is kept free): 0 after
     * putting in slot 0 the self its function takes (CALL_METHOD's, a bound method's, an
     * instance's for __call__), else 1.
     */
    public static int first(Object callable, Object self, Object[] argv) {
        if (self != null) {
            argv[0] = self;
            return 0;
        }
        switch (callable) {
            case PyBoundMethod m when m.function() instanceof PyFunction -> {
                argv[0] = m.self();
                return 0;
            }
            case PyInstance i when i.cls().callMethod() instanceof PyFunction -> {
                argv[0] = i;
                return 0;
            }
            default -> {
                return 1;
            }
        }
    }

    /** The i-th cell of the function a call of callable runs (its free variables). */
    public static Object cell(Object callable, int i) {
        PyFunction fn = callable instanceof PyFunction f ? f : function(callable);
        return fn.closure()[i];
    }

    /** A generic call site's cache: the function it called last, for which argument types, and that version's entry. */
    public static final class CallSite {
        private volatile Cached last;
    }

    private record Cached(PyFunction fn, int sig, Compiled entry) {}

    /** The compiled entry for calling callable with argv[first..], or null when tier 0 runs the call. */
    public static Compiled entry(CallSite site, Object callable, Object self, Object[] argv, int first) {
        PyFunction fn = self != null ? (callable instanceof PyFunction f ? f : null) : function(callable);
        if (fn == null) return null;
        int sig = Tier1.signature(argv, first, argv.length - first);
        Cached c = site.last;
        if (c != null && c.fn == fn && c.sig == sig) return c.entry;
        Compiled e = Tier1.entryFor(fn, argv, first);
        if (e != null) site.last = new Cached(fn, sig, e);
        return e;
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

    /** {@code obj.name} at instruction pc of code: instances through the interpreter's inline cache. */
    public static Object getAttr(CodeObject code, int pc, Object obj, String name) {
        return SiteCache.load(code, pc, obj, name);
    }

    public static Object getAttr(Object obj, String name) { return Ops.getAttr(obj, name); }

    /** An operand compiled code takes for a float (beside a float): a float, an int that fits a long, a bool; else leave. */
    public static double asDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1.0 : 0.0;
        throw LEAVE;
    }

    /** {@code a ** b} for floats, unless it is complex or raises: then leave. */
    public static double fpow(double x, double y) {
        if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y) && !Double.isNaN(y) && !Double.isInfinite(x)) throw LEAVE;
        try {
            return Floats.pow(x, y);
        } catch (io.fora.vm.runtime.PyError e) {
            throw LEAVE;
        }
    }

    public static Object method(Object obj, String name) { return Ops.method(obj, name); }

    /** LOAD_METHOD at instruction pc of code: instances through the interpreter's inline cache. */
    public static Object method(CodeObject code, int pc, Object obj, String name) {
        return SiteCache.method(code, pc, obj, name);
    }

    public static long len(Object v) { return Ops.len(v); }

    public static Object tuple(Object[] items) { return PyTuple.of(items); }

    public static Object list(Object[] items) { return PyList.of(items); }

    // ---------------------------------------------------------------- ranges

    public static long rangeLen(long start, long stop, long step) {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public static Object range(long start, long stop, long step) { return new PyRange(start, stop, step); }

    public static Object rangeIter(long next, long step, long remaining) { return Iterators.rangeIter(next, step, remaining); }

    /** A range() argument: an int that fits a long (bools count), else leave. */
    public static long rangeArg(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        throw LEAVE;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigInteger;

/**
 * Rich comparison: numbers across int/float/bool exactly, sequences lexicographically, sets by
 * inclusion, and user {@code __lt__}/{@code __eq__}... with Python's reflected fallbacks.
 */
public final class Compare {
    private Compare() {}

    public static final int LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5;
    private static final String[] SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final String[] DUNDERS = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    public static Object eq(Object a, Object b) { return compare(EQ, a, b); }

    public static boolean test(int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return fromOrder(op, Long.compare(x, y));
        return Ops.isTrue(compare(op, a, b));
    }

    private static boolean fromOrder(int op, int c) {
        return switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** The result of {@code a OP b}: usually a Boolean, but user methods may return anything. */
    public static Object compare(int op, Object a, Object b) {
        Object ua = PyInstance.unwrap(a, DUNDERS[op]);
        Object ub = PyInstance.unwrap(b, DUNDERS[SWAPPED[op]]);
        // a user method sees the operands themselves, not the builtin values inside them
        if (ua instanceof PyInstance && !(ub instanceof PyInstance)) ub = b;
        else if (ub instanceof PyInstance && !(ua instanceof PyInstance)) ua = a;
        a = ua;
        b = ub;
        Object r = builtinCompare(op, a, b);
        if (r != PyNone.NOT_IMPLEMENTED) return r;
        boolean userA = a instanceof PyInstance, userB = b instanceof PyInstance;
        if (userA || userB) {
            PyClass ta = Types.typeOf(a), tb = Types.typeOf(b);
            // as CPython's do_richcompare: a right operand of a proper subclass goes first, whether or
            // not it overrides the method (binary arithmetic asks that it does; comparisons do not)
            boolean reflectedFirst = tb != ta && tb.isSubclassOf(ta);
            if (reflectedFirst) {
                r = callCompare(b, SWAPPED[op], a);
                if (r != PyNone.NOT_IMPLEMENTED) return r;
            }
            r = callCompare(a, op, b);
            if (r != PyNone.NOT_IMPLEMENTED) return r;
            if (!reflectedFirst) {
                r = callCompare(b, SWAPPED[op], a);
                if (r != PyNone.NOT_IMPLEMENTED) return r;
            }
            // a plain builtin operand's own method compares it with the value inside the other
            // (5 == I(5) for an int subclass whose __eq__ answers NotImplemented: int.__eq__ says True)
            if (!userA && b instanceof PyInstance ib && ib.base() != null) {
                r = builtinCompare(op, a, ib.base());
                if (r != PyNone.NOT_IMPLEMENTED) return r;
            } else if (!userB && a instanceof PyInstance ia && ia.base() != null) {
                r = builtinCompare(op, ia.base(), b);
                if (r != PyNone.NOT_IMPLEMENTED) return r;
            }
        }
        if (op == EQ) return a == b;
        if (op == NE) return a != b;
        throw Errors.typeError("'" + SYMBOLS[op] + "' not supported between instances of '"
                + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
    }

    private static Object callCompare(Object self, int op, Object other) {
        if (!(self instanceof PyInstance i)) return PyNone.NOT_IMPLEMENTED;
        Object f = i.cls().lookup(DUNDERS[op]);
        if (f == null) {
            if (op == NE) {
                Object eq = i.cls().lookup("__eq__");
                if (eq == null) return PyNone.NOT_IMPLEMENTED;
                Object r = Ops.call(eq, i, other);
                return r == PyNone.NOT_IMPLEMENTED ? r : !Ops.isTrue(r);
            }
            return PyNone.NOT_IMPLEMENTED;
        }
        return Ops.call(f, i, other);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof BigInteger;
    }

    /** Comparison of builtin values, or NOT_IMPLEMENTED. */
    static Object builtinCompare(int op, Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            if (a instanceof Double x) {
                if (b instanceof Double y) return compareDoubles(op, x, y);
                if (x.isNaN()) return op == NE;
                return fromOrder(op, -Floats.compareIntFloat(b, x));
            }
            if (b instanceof Double y) {
                if (y.isNaN()) return op == NE;
                return fromOrder(op, Floats.compareIntFloat(a, y));
            }
            return fromOrder(op, Ints.compare(a, b));
        }
        if (a instanceof PyComplex || b instanceof PyComplex) {
            PyComplex x = PyComplex.of(a), y = PyComplex.of(b);
            if (x != null && y != null && (op == EQ || op == NE)) {
                // exact: an int compares with the real part as an int, not rounded to a float
                boolean same = x.imag() == y.imag() && (a instanceof PyComplex ? (b instanceof PyComplex ? x.real() == y.real()
                        : Ops.isTrue(builtinCompare(EQ, b, x.real()))) : Ops.isTrue(builtinCompare(EQ, a, y.real())));
                return op == EQ ? same : !same;
            }
            if (x != null && y != null) return PyNone.NOT_IMPLEMENTED;
        }
        switch (a) {
            case PyStr x when b instanceof PyStr y -> { return fromOrder(op, x.compareTo(y)); }
            case PyBytes x when b instanceof PyBytes y -> { return fromOrder(op, x.compareTo(y)); }
            case PyMemoryView x when (op == EQ || op == NE) && BytesOps.bufferOrNull(b) != null -> {
                boolean same = java.util.Arrays.equals(x.toArray(), BytesOps.bufferOrNull(b));
                return op == EQ ? same : !same;
            }
            case PyBytes x when (op == EQ || op == NE) && b instanceof PyMemoryView y -> {
                boolean same = java.util.Arrays.equals(x.toArray(), y.toArray());
                return op == EQ ? same : !same;
            }
            case PyTuple x when b instanceof PyTuple y -> {
                return compareSequences(op, x.items(), x.size(), y.items(), y.size());
            }
            case PyList x when b instanceof PyList y -> {
                return compareSequences(op, x.items(), x.size(), y.items(), y.size());
            }
            case PySet x when b instanceof PySet y -> { return compareSets(op, x, y); }
            // slices compare as the tuples (start, stop, step)
            case PySlice x when b instanceof PySlice y -> {
                return compareSequences(op, new Object[] {x.start(), x.stop(), x.step()}, 3, new Object[] {y.start(), y.stop(), y.step()}, 3);
            }
            case PyDict x when b instanceof PyDict y -> {
                if (op == EQ) return x.equals(y);
                if (op == NE) return !x.equals(y);
                return PyNone.NOT_IMPLEMENTED;
            }
            case PyBigRange x when b instanceof PyRange || b instanceof PyBigRange -> {
                boolean same = sameRange(x, b);
                if (op == EQ) return same;
                if (op == NE) return !same;
                return PyNone.NOT_IMPLEMENTED;
            }
            case PyRange x when b instanceof PyBigRange y -> {
                boolean same = sameRange(x, y);
                if (op == EQ) return same;
                if (op == NE) return !same;
                return PyNone.NOT_IMPLEMENTED;
            }
            case PyRange x when b instanceof PyRange y -> {
                if (op == EQ) return x.equals(y);
                if (op == NE) return !x.equals(y);
                return PyNone.NOT_IMPLEMENTED;
            }
            default -> { }
        }
        if (op != EQ && op != NE && (a instanceof SetView || b instanceof SetView) && setLike(a) && setLike(b)) {
            return compareSetLikes(op, a, b);
        }
        if (a instanceof PyInstance || b instanceof PyInstance) return PyNone.NOT_IMPLEMENTED;
        if (op == EQ || op == NE) {
            boolean equal = a == b || valueEquals(a, b) || valueEquals(b, a);
            return op == EQ ? equal : !equal;
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    /** Values compared by content but not ordered: slices, bound methods, dict views. */
    private static boolean valueEquals(Object a, Object b) {
        // bound methods are equal when they bind the same object (not an equal one) to equal functions
        if (a instanceof PyBoundMethod x) return b instanceof PyBoundMethod y && x.self() == y.self() && x.function().equals(y.function());
        return (a instanceof PySlice || a instanceof PyBoundMethod || a instanceof PyIterable || a instanceof PyUnionType
                || a instanceof PyGenericAlias) && a.equals(b);
    }

    private static boolean compareDoubles(int op, double x, double y) {
        return switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            default -> x >= y;
        };
    }

    /**
     * {@code x == y} for two elements of containers being compared: a comparison that may recurse
     * (containers, instances) counts against the recursion limit, as CPython's does, so lists or
     * dicts that contain themselves ({@code a = [1]; a.append(a)}) raise RecursionError instead
     * of exhausting the thread's stack.
     */
    static boolean elementsEqual(Object x, Object y) {
        if (!(x instanceof PyList || x instanceof PyTuple || x instanceof PyDict || x instanceof PyInstance || x instanceof PySet)) {
            return Ops.eq(x, y);
        }
        if (!Invoker.Holder.enterNative()) throw Errors.of(Types.RECURSION_ERROR, "maximum recursion depth exceeded in comparison");
        try {
            return Ops.eq(x, y);
        } finally {
            Invoker.Holder.leaveNative();
        }
    }

    private static Object compareSequences(int op, Object[] a, int na, Object[] b, int nb) {
        int n = Math.min(na, nb);
        int i = 0;
        while (i < n && (a[i] == b[i] || elementsEqual(a[i], b[i]))) i++;
        if (i >= n) return fromOrder(op, Integer.compare(na, nb));
        if (op == EQ) return false;
        if (op == NE) return true;
        return compare(op, a[i], b[i]);
    }

    private static Object compareSets(int op, PySet a, PySet b) {
        return switch (op) {
            case EQ -> a.equals(b);
            case NE -> !a.equals(b);
            case LE -> a.isSubsetOf(b);
            case LT -> a.size() < b.size() && a.isSubsetOf(b);
            case GE -> b.isSubsetOf(a);
            default -> b.size() < a.size() && b.isSubsetOf(a);
        };
    }

    private static boolean setLike(Object o) { return o instanceof PySet || o instanceof SetView v && v.setLike(); }

    private static long sizeOf(Object setLike) { return setLike instanceof PySet s ? s.size() : ((SetView) setLike).length(); }

    /** True when every element of a is in b (both sets or set-like views). */
    private static boolean within(Object a, Object b) {
        if (sizeOf(a) > sizeOf(b)) return false;
        Object[] items = a instanceof PySet s ? s.toArray() : Iterators.toArray(a);
        for (Object x : items) if (!(b instanceof PySet s ? s.contains(x) : ((SetView) b).contains(x))) return false;
        return true;
    }

    /** {@code <}, {@code <=}, {@code >}, {@code >=} of a dict's keys or items view and a set or another such view. */
    private static boolean compareSetLikes(int op, Object a, Object b) {
        return switch (op) {
            case LE -> within(a, b);
            case LT -> sizeOf(a) < sizeOf(b) && within(a, b);
            case GE -> within(b, a);
            default -> sizeOf(b) < sizeOf(a) && within(b, a);
        };
    }

    /** range equality by the values they yield: same length, and same start and step where they matter. */
    private static boolean sameRange(Object a, Object b) {
        java.math.BigInteger[] x = PyBigRange.bounds(a), y = PyBigRange.bounds(b);
        java.math.BigInteger n = new PyBigRange(x[0], x[1], x[2]).length(), m = new PyBigRange(y[0], y[1], y[2]).length();
        if (!n.equals(m)) return false;
        if (n.signum() == 0) return true;
        if (!x[0].equals(y[0])) return false;
        return n.equals(java.math.BigInteger.ONE) || x[2].equals(y[2]);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import io.fora.vm.builtins.StrMethods;
import java.math.BigInteger;

/**
 * Binary and unary operators. Operator numbers follow {@code Expr.BinaryOp} order. Builtin
 * operands take direct paths; user classes go through {@code __add__}/{@code __radd__}... with
 * Python's rule that a subclass's reflected method is tried first.
 */
public final class Arith {
    private Arith() {}

    public static final int ADD = 0, SUB = 1, MUL = 2, MATMUL = 3, DIV = 4, MOD = 5, POW = 6,
            LSHIFT = 7, RSHIFT = 8, OR = 9, XOR = 10, AND = 11, FLOORDIV = 12;
    private static final String[] SYMBOLS = {"+", "-", "*", "@", "/", "%", "** or pow()", "<<", ">>", "|", "^", "&", "//"};
    private static final String[] NAMES = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow",
            "lshift", "rshift", "or", "xor", "and", "floordiv"};
    private static final String[] DUNDERS = new String[NAMES.length];
    private static final String[] RDUNDERS = new String[NAMES.length];
    static {
        for (int i = 0; i < NAMES.length; i++) {
            DUNDERS[i] = "__" + NAMES[i] + "__";
            RDUNDERS[i] = "__r" + NAMES[i] + "__";
        }
    }

    public static String symbol(int op) { return op == POW ? "**" : SYMBOLS[op]; }

    public static Object binary(int op, Object a, Object b) { return binary(op, a, b, false); }

    /** {@code inplace}: for an augmented assignment, whose error names its own operator ({@code +=}). */
    private static Object binary(int op, Object a, Object b, boolean inplace) {
        Object x = PyInstance.unwrap(a, DUNDERS[op]);
        // str % mapping looks keys up in the mapping itself (a dict subclass's __missing__ answers)
        // and formats a subclass instance of str, int or float by its own __str__ (a str-mixin Enum's)
        Object y = op == MOD && x instanceof PyStr && b instanceof PyInstance i
                && (i.base() instanceof PyDict || PyInstance.valueOf(b) != b)
                && i.cls().lookup(RDUNDERS[op]) == null ? b : PyInstance.unwrap(b, RDUNDERS[op]);
        Object r;
        try {
            r = builtinBinary(op, x, y);
        } catch (PyError e) {
            // a subclass instance's value refused: the message names the operand's own type
            if ((x != a || y != b) && e.exception().cls() == Types.TYPE_ERROR
                    && !(op == MOD && (x instanceof PyStr || x instanceof PyBytes))) {
                throw unsupported(op, x, y, a, b, inplace);
            }
            throw e;
        }
        if (r != PyNone.NOT_IMPLEMENTED) return r;
        if (x instanceof PyInstance || y instanceof PyInstance) {
            // a user method sees the operands themselves, not the builtin values inside them
            r = userBinary(op, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) return r;
        }
        throw unsupported(op, x, y, a, b, inplace);
    }

    static PyError unsupported(int op, Object a, Object b) { return unsupported(op, a, b, a, b, false); }

    /** x and y: the operands' builtin values, a and b: the operands as given (named in the message). */
    private static PyError unsupported(int op, Object x, Object y, Object a, Object b, boolean inplace) {
        boolean aSeq = x instanceof PyStr || x instanceof PyList || x instanceof PyTuple;
        if (op == ADD && aSeq) {
            return Errors.typeError("can only concatenate " + Ops.typeName(x) + " (not \"" + Ops.typeName(b) + "\") to " + Ops.typeName(x));
        }
        if (op == MUL && (aSeq || y instanceof PyStr || y instanceof PyList || y instanceof PyTuple)) {
            return Errors.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(aSeq ? b : a) + "'");
        }
        return Errors.typeError("unsupported operand type(s) for " + (inplace ? symbol(op) + "=" : SYMBOLS[op]) + ": '"
                + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
    }

    private static Object userBinary(int op, Object a, Object b) {
        PyClass ta = Types.typeOf(a), tb = Types.typeOf(b);
        Object fa = ta.lookup(DUNDERS[op]);
        Object fb = tb != ta ? tb.lookup(RDUNDERS[op]) : null;
        if (fb != null && tb.isSubclassOf(ta) && fb != ta.lookup(RDUNDERS[op])) {
            Object r = Ops.call(fb, b, a);
            if (r != PyNone.NOT_IMPLEMENTED) return r;
            fb = null;
        }
        if (fa != null && (a instanceof PyInstance)) {
            Object r = Ops.call(fa, a, b);
            if (r != PyNone.NOT_IMPLEMENTED) return r;
        }
        if (fb != null && (b instanceof PyInstance)) {
            return Ops.call(fb, b, a);
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    /**
     * {@code bytes % args} (PEP 461, PercentFormat#formatBytes); the result is bytes (a bytearray
     * for a bytearray format).
     */
    private static Object bytesPercent(PyBytes fmt, Object args) {
        String text;
        try {
            text = io.fora.vm.runtime.format.PercentFormat.formatBytes(fmt.latin1(), args);
        } catch (PyError e) {
            String m = Errors.messageOf(e.exception());
            if (m.endsWith("during string formatting")) throw Errors.typeError(m.replace("during string", "during bytes"));
            throw e;
        }
        return PyBytes.ofLatin1(text, fmt.isMutable());
    }

    /**
     * Augmented assignment: {@code __iadd__} and friends first, then the binary operator. Lists,
     * sets and dicts change in place ({@code v += w} is {@code v.extend(w)}), as in CPython.
     */
    public static Object inplace(int op, Object a, Object b) {
        if (a instanceof PyBytes ba && ba.isMutable()) {
            if (op == ADD) {
                byte[] y = BytesOps.bufferOrNull(b);
                if (y == null) throw Errors.typeError("can't concat " + Ops.typeName(b) + " to bytearray");
                ba.replace(ba.size(), ba.size(), y);
                return ba;
            }
            if (op == MUL) {
                ba.setAll(BytesOps.repeat(ba, b).toArray());
                return ba;
            }
        } else if (a instanceof PyList l) {
            if (op == ADD) {
                Object[] items = b == l ? l.toArray() : Iterators.toArray(b);
                l.addAll(items, items.length);
                return l;
            }
            if (op == MUL) {
                Object[] items = Sequences.repeat(l.items(), l.size(), b);
                l.setAll(items, items.length);
                return l;
            }
        } else if (a instanceof PySet s && !s.isFrozen() && b instanceof PySet other) {
            switch (op) {
                case OR -> { s.update(other); return s; }
                case SUB -> { if (other == s) s.clear(); else s.discardAll(other); return s; }
                case AND -> { s.takeBody(s.intersectionWith(other, false)); return s; }
                case XOR -> {
                    if (other == s) { s.clear(); return s; }
                    for (Object k : other.toArray()) if (!s.discard(k)) s.add(k);
                    return s;
                }
                default -> { }
            }
        } else if (a instanceof PyDict d && op == OR) {
            if (b instanceof PyDict other) {
                if (other != d) for (int i = 0; i < other.size(); i++) d.put(other.keyAt(i), other.valueAt(i));
                return d;
            }
            // d |= x is d.update(x): a mapping, or an iterable of pairs (CPython's dict_ior)
            Ops.call(Types.DICT.lookup("update"), d, b);
            return d;
        } else if (a instanceof PyInstance i && i.cls().lookup("__i" + NAMES[op] + "__") != null) {
            Object r = Ops.callSpecial(i, "__i" + NAMES[op] + "__", b);
            if (r != PyNone.NOT_IMPLEMENTED) return r == i.base() ? i : r;
        }
        return binary(op, a, b, true);
    }

    private static boolean isInt(Object v) { return v instanceof Long || v instanceof Boolean || v instanceof BigInteger; }

    /** Operators between builtin values; NOT_IMPLEMENTED when the types do not support it. */
    static Object builtinBinary(int op, Object a, Object b) {
        if ((a instanceof Long || a instanceof Boolean) && (b instanceof Long || b instanceof Boolean)) {
            return smallInts(op, Ints.small(a), Ints.small(b), a, b);
        }
        if (isInt(a) && isInt(b)) return bigInts(op, a, b);
        if (a instanceof Double || b instanceof Double) {
            if ((a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b))) {
                return floats(op, Ops.toDouble(a), Ops.toDouble(b));
            }
        }
        // complex after the int and float paths: ordinary arithmetic does not pay for it
        if (a instanceof PyComplex || b instanceof PyComplex) {
            PyComplex x = PyComplex.of(a), y = PyComplex.of(b);
            if (x != null && y != null) {
                if (op == FLOORDIV || op == MOD) {
                    throw Errors.typeError("unsupported operand type(s) for " + SYMBOLS[op] + ": '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
                }
                return PyComplex.binary(op, x, y);
            }
        }
        return containers(op, a, b);
    }

    private static Object smallInts(int op, long x, long y, Object a, Object b) {
        return switch (op) {
            case ADD -> Ints.add(x, y);
            case SUB -> Ints.sub(x, y);
            case MUL -> Ints.mul(x, y);
            case DIV -> Ints.trueDivide(x, y);
            case FLOORDIV -> Ints.floorDiv(x, y);
            case MOD -> Ints.mod(x, y);
            case POW -> y >= 0 ? Ints.pow(x, y) : Floats.pow(Ints.toDouble(x), (double) y);
            case LSHIFT -> shiftLeft(x, y);
            case RSHIFT -> {
                if (y < 0) throw Errors.valueError("negative shift count");
                yield y >= 64 ? (x < 0 ? -1L : 0L) : x >> y;
            }
            case OR -> a instanceof Boolean && b instanceof Boolean ? (Object) ((x | y) != 0) : (Object) (x | y);
            case XOR -> a instanceof Boolean && b instanceof Boolean ? (Object) ((x ^ y) != 0) : (Object) (x ^ y);
            case AND -> a instanceof Boolean && b instanceof Boolean ? (Object) ((x & y) != 0) : (Object) (x & y);
            default -> PyNone.NOT_IMPLEMENTED;
        };
    }

    private static Object shiftLeft(long x, long y) {
        if (y < 0) throw Errors.valueError("negative shift count");
        if (x == 0) return 0L;
        if (y < 63 && x != Long.MIN_VALUE && Math.abs(x) < (1L << (62 - y))) return x << y;
        if (y > 1_000_000_000L) throw Errors.of(Types.MEMORY_ERROR);
        return Ints.norm(BigInteger.valueOf(x).shiftLeft((int) y));
    }

    /**
     * {@code x << y} for a count no result could hold: CPython sizes the result in 30-bit digits
     * (the count clipped to what fits a size) and answers OverflowError beyond its most digits,
     * MemoryError when the allocation fails.
     */
    private static PyError hugeShift(BigInteger x, BigInteger y) {
        BigInteger[] qr = y.divideAndRemainder(BigInteger.valueOf(30));
        long clip = Long.MAX_VALUE / 4;
        boolean clipped = qr[0].bitLength() > 63 || qr[0].longValue() >= clip;
        long words = clipped ? clip : qr[0].longValue();
        long size = (x.abs().bitLength() + 29) / 30 + words + (!clipped && qr[1].signum() != 0 ? 1 : 0);
        if (size > (Long.MAX_VALUE - 24) / 4) return Errors.overflow("too many digits in integer");
        return Errors.of(Types.MEMORY_ERROR);
    }

    private static Object bigInts(int op, Object a, Object b) {
        BigInteger x = Ints.big(a), y = Ints.big(b);
        return switch (op) {
            case ADD -> Ints.add(a, b);
            case SUB -> Ints.sub(a, b);
            case MUL -> Ints.mul(a, b);
            case DIV -> Ints.trueDivide(a, b);
            case FLOORDIV -> Ints.floorDiv(a, b);
            case MOD -> Ints.mod(a, b);
            case POW -> y.signum() >= 0 ? Ints.pow(a, b) : Floats.pow(Ints.toDouble(a), Ints.toDouble(b));
            case LSHIFT -> {
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                if (x.signum() == 0) yield 0L;
                if (y.bitLength() > 31) throw hugeShift(x, y);
                yield Ints.norm(x.shiftLeft(y.intValue()));
            }
            case RSHIFT -> {
                if (y.signum() < 0) throw Errors.valueError("negative shift count");
                yield y.bitLength() > 31 ? (x.signum() < 0 ? -1L : 0L) : Ints.norm(x.shiftRight(y.intValue()));
            }
            case OR -> Ints.norm(x.or(y));
            case XOR -> Ints.norm(x.xor(y));
            case AND -> Ints.norm(x.and(y));
            default -> PyNone.NOT_IMPLEMENTED;
        };
    }

    private static Object floats(int op, double x, double y) {
        return switch (op) {
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> Floats.div(x, y);
            case FLOORDIV -> Floats.floorDiv(x, y);
            case MOD -> Floats.mod(x, y);
            case POW -> Floats.powIsComplex(x, y)
                    ? PyComplex.pow(new PyComplex(x, 0.0), new PyComplex(y, 0.0)) // (-8) ** (1/3) is complex in Python 3
                    : Floats.pow(x, y);
            default -> PyNone.NOT_IMPLEMENTED;
        };
    }

    private static Object containers(int op, Object a, Object b) {
        switch (op) {
            case ADD -> {
                if (a instanceof PyStr x && b instanceof PyStr y) return PyStr.concat(x, y);
                if (a instanceof PyBytes x && (b instanceof PyBytes || !(b instanceof PyInstance))) return BytesOps.concat(x, b);
                if (a instanceof PyList x && b instanceof PyList y) return x.concat(y);
                if (a instanceof PyTuple x && b instanceof PyTuple y) {
                    Object[] out = new Object[x.size() + y.size()];
                    System.arraycopy(x.items(), 0, out, 0, x.size());
                    System.arraycopy(y.items(), 0, out, x.size(), y.size());
                    return PyTuple.of(out);
                }
                if (a instanceof PyStr && (b instanceof PyStr || !(b instanceof PyInstance))) {
                    throw Errors.typeError("can only concatenate str (not \"" + Ops.typeName(b) + "\") to str");
                }
                if (a instanceof PyList && !(b instanceof PyInstance)) {
                    throw Errors.typeError("can only concatenate list (not \"" + Ops.typeName(b) + "\") to list");
                }
                if (a instanceof PyTuple && !(b instanceof PyInstance)) {
                    throw Errors.typeError("can only concatenate tuple (not \"" + Ops.typeName(b) + "\") to tuple");
                }
            }
            case MUL -> {
                // a sequence repeats by an int or anything with __index__; a user object on the left keeps __mul__
                Object seq = Ops.hasIndex(b) ? a : isInt(a) ? b : null;
                Object n = seq == a ? b : a;
                if (seq instanceof PyStr s) return StrMethods.repeat(s, Ops.repeatCount(n));
                if (seq instanceof PyBytes s) return BytesOps.repeat(s, n);
                if (seq instanceof PyList l) return PyList.of(Sequences.repeat(l.items(), l.size(), n));
                if (seq instanceof PyTuple t) return PyTuple.of(Sequences.repeat(t.items(), t.size(), n));
                boolean aSeq = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes;
                boolean bSeq = b instanceof PyStr || b instanceof PyList || b instanceof PyTuple || b instanceof PyBytes;
                Object other = aSeq ? b : a;
                if ((aSeq || bSeq) && !(other instanceof PyInstance)) {
                    throw Errors.typeError("can't multiply sequence by non-int of type '" + Ops.typeName(other) + "'");
                }
            }
            case MOD -> {
                if (a instanceof PyStr s) return Ops.percent(s, b);
                if (a instanceof PyBytes f) return bytesPercent(f, b);
            }
            case OR, AND, SUB, XOR -> {
                if (op == OR && PyUnionType.isTypeLike(a) && PyUnionType.isTypeLike(b) && !(a == PyNone.NONE && b == PyNone.NONE)) {
                    return PyUnionType.of(a, b);
                }
                if (a instanceof SetView va && va.setLike() || b instanceof SetView vb && vb.setLike()) {
                    // dict keys and items views combine like sets with any iterable (values views do not):
                    // the result is a set built from the left operand, as CPython's dictviews_or
                    PySet base = PySet.from(a, false);
                    switch (op) {
                        case OR -> base.update(b);
                        case AND -> base = base.intersectionWith(b, false);
                        case SUB -> base.discardAll(b);
                        default -> base = base.symmetricDifferenceWith(b, false);
                    }
                    return base;
                }
                if (a instanceof PySet x && b instanceof PySet y) {
                    boolean frozen = x.isFrozen();
                    return switch (op) {
                        case OR -> x.union(y, frozen);
                        case AND -> x.intersection(y, frozen);
                        case SUB -> x.difference(y, frozen);
                        default -> x.symmetricDifference(y, frozen);
                    };
                }
                if (op == OR && a instanceof PyDict x && b instanceof PyDict y) {
                    PyDict d = x.copy();
                    for (int i = 0; i < y.size(); i++) d.put(y.keyAt(i), y.valueAt(i));
                    return d;
                }
            }
            default -> { }
        }
        return PyNone.NOT_IMPLEMENTED;
    }

    // ---- unary ----

    public static Object neg(Object v) {
        v = PyInstance.unwrap(v, "__neg__");
        if (v instanceof Long || v instanceof BigInteger) return Ints.neg(v);
        if (v instanceof Double d) return -d;
        if (v instanceof Boolean b) return b ? -1L : 0L;
        if (v instanceof PyComplex c) return new PyComplex(-c.real(), -c.imag());
        return unaryDunder(v, "__neg__", "-");
    }

    public static Object pos(Object v) {
        v = PyInstance.unwrap(v, "__pos__");
        if (v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof PyComplex) return v;
        if (v instanceof Boolean b) return b ? 1L : 0L;
        return unaryDunder(v, "__pos__", "+");
    }

    public static Object invert(Object v) {
        v = PyInstance.unwrap(v, "__invert__");
        if (v instanceof Long l) return ~l;
        if (v instanceof Boolean b) return b ? -2L : -1L;
        if (v instanceof BigInteger b) return Ints.norm(b.not());
        return unaryDunder(v, "__invert__", "~");
    }

    private static Object unaryDunder(Object v, String name, String symbol) {
        if (v instanceof PyInstance) {
            Object r = Ops.callSpecial(v, name);
            if (r != null) return r;
        }
        throw Errors.typeError("bad operand type for unary " + symbol + ": '" + Ops.typeName(v) + "'");
    }

    /** {@code divmod(a, b)}, with CPython's own messages. */
    public static Object divmod(Object a, Object b) {
        // a subclass of int or float without its own divmod divides as its value
        a = PyInstance.unwrap(a, "__divmod__");
        b = PyInstance.unwrap(b, "__rdivmod__");
        if (a instanceof PyComplex || b instanceof PyComplex) {
            if (PyComplex.of(a) != null && PyComplex.of(b) != null) {
                throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
            }
        }
        boolean number = (a instanceof Double || isInt(a)) && (b instanceof Double || isInt(b));
        if (number && (a instanceof Double || b instanceof Double) && Ops.toDouble(b) == 0.0) {
            throw Errors.zeroDivision("float divmod()");
        }
        if (a instanceof PyInstance || b instanceof PyInstance) {
            Object r = a instanceof PyInstance ? Ops.callSpecial(a, "__divmod__", b) : null;
            if ((r == null || r == PyNone.NOT_IMPLEMENTED) && b instanceof PyInstance) r = Ops.callSpecial(b, "__rdivmod__", a);
            if (r != null && r != PyNone.NOT_IMPLEMENTED) return r;
            throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
        }
        Object q = builtinBinary(FLOORDIV, a, b);
        if (q == PyNone.NOT_IMPLEMENTED) {
            throw Errors.typeError("unsupported operand type(s) for divmod(): '" + Ops.typeName(a) + "' and '" + Ops.typeName(b) + "'");
        }
        return PyTuple.of(q, builtinBinary(MOD, a, b));
    }

    /** {@code abs(v)}. */
    public static Object abs(Object v) {
        v = PyInstance.unwrap(v, "__abs__");
        return switch (v) {
            case Long l -> l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) Math.abs(l);
            case Double d -> Math.abs(d);
            case Boolean b -> b ? 1L : 0L;
            case BigInteger b -> Ints.norm(b.abs());
            case PyComplex c -> c.abs();
            default -> {
                Object r = v instanceof PyInstance ? Ops.callSpecial(v, "__abs__") : null;
                if (r == null) throw Errors.typeError("bad operand type for abs(): '" + Ops.typeName(v) + "'");
                yield r;
            }
        };
    }
}

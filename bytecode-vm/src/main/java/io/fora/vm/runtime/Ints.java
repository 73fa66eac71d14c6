// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigInteger;

/**
 * Exact Python ints: a {@code long} fast path that widens to {@link BigInteger} on overflow (and
 * narrows back whenever a result fits), so results never wrap as pyfora's did.
 */
public final class Ints {
    private Ints() {}

    private static final int CACHE_LOW = -128, CACHE_HIGH = 1 << 16;
    private static final Long[] CACHE = new Long[CACHE_HIGH - CACHE_LOW];
    static {
        for (int i = 0; i < CACHE.length; i++) CACHE[i] = (long) (i + CACHE_LOW);
    }

    /**
     * Boxes a long, sharing the ints most loops count with (-128 to 65535; Java's own cache stops
     * at 127). Interpreted arithmetic boxes every result, and allocation dominated W2's profile.
     */
    public static Long box(long v) {
        return v >= CACHE_LOW && v < CACHE_HIGH ? CACHE[(int) v - CACHE_LOW] : Long.valueOf(v);
    }

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static Object norm(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    public static BigInteger big(Object v) {
        return switch (v) {
            case Long l -> BigInteger.valueOf(l);
            case BigInteger b -> b;
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            default -> throw new IllegalArgumentException();
        };
    }

    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger;
    }

    /** Long and Boolean to long; BigInteger must be handled by the caller. */
    public static long small(Object v) {
        return v instanceof Long l ? l : ((Boolean) v ? 1 : 0);
    }

    public static Object add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) return BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        return box(r);
    }

    public static Object sub(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) return BigInteger.valueOf(a).subtract(BigInteger.valueOf(b));
        return box(r);
    }

    public static Object mul(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return box(lo);
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
    }

    /** Floor division, rounding toward negative infinity as Python does. */
    public static Object floorDiv(long a, long b) {
        if (b == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        if (a == Long.MIN_VALUE && b == -1) return BigInteger.valueOf(a).negate();
        return box(Math.floorDiv(a, b));
    }

    public static long mod(long a, long b) {
        if (b == 0) throw Errors.zeroDivision("integer modulo by zero");
        return Math.floorMod(a, b);
    }

    public static Object add(Object a, Object b) { return norm(big(a).add(big(b))); }
    public static Object sub(Object a, Object b) { return norm(big(a).subtract(big(b))); }
    public static Object mul(Object a, Object b) { return norm(big(a).multiply(big(b))); }

    public static Object floorDiv(Object a, Object b) {
        BigInteger y = big(b);
        if (y.signum() == 0) throw Errors.zeroDivision("integer division or modulo by zero");
        BigInteger[] qr = big(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) q = q.subtract(BigInteger.ONE);
        return norm(q);
    }

    public static Object mod(Object a, Object b) {
        BigInteger y = big(b);
        if (y.signum() == 0) throw Errors.zeroDivision("integer modulo by zero");
        BigInteger r = big(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) r = r.add(y);
        return norm(r);
    }

    public static Object neg(Object a) {
        if (a instanceof Long l) return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        return norm(big(a).negate());
    }

    public static int signum(Object a) {
        return a instanceof BigInteger b ? b.signum() : Long.signum(small(a));
    }

    /** {@code a ** b} for b >= 0. */
    public static Object pow(Object a, Object b) {
        BigInteger e = big(b);
        BigInteger base = big(a);
        if (e.bitLength() > 31) {
            if (base.equals(BigInteger.ONE) || base.signum() == 0) return norm(base);
            if (base.equals(BigInteger.ONE.negate())) return e.testBit(0) ? -1L : 1L;
            throw Errors.of(Types.MEMORY_ERROR);
        }
        int n = e.intValue();
        if (base.bitLength() * (long) n > 400_000_000L) throw Errors.of(Types.MEMORY_ERROR);
        if (a instanceof Long l && n < 64) {
            long r = 1, x = l;
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                long hi = Math.multiplyHigh(r, x);
                long lo = r * x;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) r = lo; else ok = false;
            }
            if (ok) return r;
        }
        return norm(base.pow(n));
    }

    /** Three-argument pow, including a negative exponent (modular inverse) as Python 3.8+. */
    public static Object powMod(Object a, Object b, Object m) {
        BigInteger mod = big(m);
        if (mod.signum() == 0) throw Errors.valueError("pow() 3rd argument cannot be 0");
        BigInteger abs = mod.abs();
        BigInteger base = big(a), exp = big(b);
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                base = base.modInverse(abs);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            exp = exp.negate();
        }
        r = abs.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, abs);
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return norm(r);
    }

    /** int → float, failing as CPython does when the int is too large. */
    public static double toDouble(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1.0 : 0.0;
        double d = ((BigInteger) v).doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflow("int too large to convert to float");
        return d;
    }

    /** Correctly rounded int / int, as CPython's long_true_divide. */
    public static double trueDivide(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y && Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
            if (y == 0) throw Errors.zeroDivision("division by zero");
            return (double) x / (double) y;
        }
        BigInteger n = big(a), d = big(b);
        if (d.signum() == 0) throw Errors.zeroDivision("division by zero");
        if (n.signum() == 0) return d.signum() < 0 ? -0.0 : 0.0;
        boolean negative = n.signum() != d.signum();
        n = n.abs();
        d = d.abs();
        int shift = n.bitLength() - d.bitLength() - 55;
        BigInteger num = shift < 0 ? n.shiftLeft(-shift) : n;
        BigInteger den = shift > 0 ? d.shiftLeft(shift) : d;
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0) q = q.setBit(0);
        double result = Math.scalb(q.doubleValue(), shift);
        if (Double.isInfinite(result)) throw Errors.overflow("integer division result too large for a float");
        return negative ? -result : result;
    }

    public static int compare(Object a, Object b) {
        if (a instanceof BigInteger || b instanceof BigInteger) return big(a).compareTo(big(b));
        return Long.compare(small(a), small(b));
    }

    public static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }
}

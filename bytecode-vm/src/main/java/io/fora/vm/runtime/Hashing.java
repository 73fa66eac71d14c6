// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigInteger;

/**
 * CPython's hash functions, bit for bit where CPython's are deterministic (numbers, tuples,
 * frozensets), because set iteration order follows from them and users see that order.
 * Strings are hashed by CPython with a random per-process key, so any good hash is as correct.
 */
public final class Hashing {
    private Hashing() {}

    static final int BITS = 61;
    /** 2**61 - 1: CPython reduces numeric hashes modulo this prime so that 1 == 1.0 hash alike. */
    public static final long MODULUS = (1L << BITS) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    public static long hash(Object v) {
        return switch (v) {
            case Long l -> hashLong(l);
            case PyStr s -> hashStr(s);
            case PyBytes b when !b.isMutable() -> hashStr(PyStr.of(b.latin1()));
            case PyComplex c -> c.hash();
            case Double d -> hashDouble(d);
            case Boolean b -> b ? 1 : 0;
            case PyTuple t -> hashTuple(t);
            case BigInteger b -> hashBig(b);
            case PyNone n -> 0x5f4e6f6e65L + n.ordinal();
            case PySet s when s.isFrozen() -> s.frozenHash();
            default -> Ops.hashObject(v);
        };
    }

    public static long hashLong(long v) {
        long h;
        if (v >= 0) h = v % MODULUS;
        else h = v == Long.MIN_VALUE ? -(Long.remainderUnsigned(Long.MIN_VALUE, MODULUS)) : -((-v) % MODULUS);
        return h == -1 ? -2 : h;
    }

    public static long hashBig(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long hashStr(PyStr s) {
        // A 64-bit FNV-1a over UTF-16 units, then mixed: stable across runs and machines.
        long known = s.cachedHash();
        if (known != 0) return known;
        String v = s.value();
        if (v.isEmpty()) return 0; // as CPython: hash('') == hash(b'') == 0
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < v.length(); i++) {
            h ^= v.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 29;
        h = h == -1 ? -2 : h;
        s.cacheHash(h);
        return h;
    }

    /** CPython's {@code _Py_HashDouble}; nan hashes to 0 as before 3.10 (3.10+ uses identity). */
    public static long hashDouble(double v) {
        if (Double.isNaN(v)) return 0;
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) return hashLong((long) v);
        // frexp: v = m * 2**e with 0.5 <= |m| < 1 (subnormals scaled up first)
        int exp = Math.getExponent(v);
        if (exp < Double.MIN_EXPONENT) exp = Math.getExponent(v * 0x1p54) - 54;
        int e = exp + 1;
        double m = Math.scalb(v, -e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    public static long hashTuple(PyTuple t) {
        long acc = XXPRIME_5;
        for (Object item : t.items()) {
            long lane = hash(item);
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += t.size() ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /** CPython's {@code _shuffle_bits}, used by frozenset's hash. */
    static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}

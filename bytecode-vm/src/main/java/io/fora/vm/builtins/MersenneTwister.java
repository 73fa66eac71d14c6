// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyModule;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code _fora_mt}: the inner loop of random.py's MT19937 in Java (random.py keeps the generator's
 * state, 624 words and the index of the next, in a list of its own that these functions update in
 * place; seeding, getstate and setstate stay in Python). CPython's random is C: in Python, each
 * draw cost 2-3 microseconds, and a program drawing 400,000 numbers spent a second in it. The
 * words and the order they are used in are CPython's, so every sequence is CPython's.
 */
final class MersenneTwister {
    private MersenneTwister() {}

    private static final int N = 624, M = 397;

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("random", fn("random", 1, a -> random(state(a))));
        m.put("bits", fn("bits", 2, a -> bits(state(a), count(a[1]))));
        m.put("randbelow", fn("randbelow", 2, a -> randbelow(state(a), a[1])));
        return new PyModule("_fora_mt", m);
    }

    private interface Body { Object apply(Object[] a); }

    private static PyBuiltin fn(String name, int arity, Body body) {
        return new PyBuiltin(name, (a, kw) -> {
            Builtins.noKw(name, kw);
            Builtins.arity(name, a, arity, arity);
            return body.apply(a);
        });
    }

    private static PyList state(Object[] a) {
        if (!(a[0] instanceof PyList l) || l.size() != N + 1) throw Errors.typeError("a generator state of 625 ints is required");
        return l;
    }

    private static long count(Object k) {
        if (!(k instanceof Long n) || n < 0) throw Errors.valueError("number of bits must be non-negative");
        return n;
    }

    private static long word(PyList mt, int i) { return (Long) mt.get(i); }

    /** The next 624 words, in place. */
    private static void twist(PyList mt) {
        long[] w = new long[N];
        for (int i = 0; i < N; i++) w[i] = word(mt, i);
        for (int kk = 0; kk < N - M; kk++) {
            long y = (w[kk] & 0x80000000L) | (w[kk + 1] & 0x7fffffffL);
            w[kk] = w[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0dfL : 0);
        }
        for (int kk = N - M; kk < N - 1; kk++) {
            long y = (w[kk] & 0x80000000L) | (w[kk + 1] & 0x7fffffffL);
            w[kk] = w[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0dfL : 0);
        }
        long y = (w[N - 1] & 0x80000000L) | (w[0] & 0x7fffffffL);
        w[N - 1] = w[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0dfL : 0);
        for (int i = 0; i < N; i++) mt.set(i, Ints.box(w[i]));
    }

    /** The next tempered 32-bit word. */
    private static long genrand(PyList mt) {
        int i = (int) word(mt, N);
        if (i >= N) {
            twist(mt);
            i = 0;
        }
        long y = word(mt, i);
        mt.set(N, Ints.box(i + 1));
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680L;
        y ^= (y << 15) & 0xefc60000L;
        return (y ^ (y >>> 18)) & 0xffffffffL;
    }

    /** random(): 53 bits from two words, as CPython's random_random. */
    static double random(PyList mt) {
        long a = genrand(mt) >>> 5, b = genrand(mt) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** getrandbits(k), k >= 0: 32-bit words, the first the least significant, the last cut to what is left. */
    static Object bits(PyList mt, long k) {
        if (k == 0) return 0L;
        if (k <= 32) return genrand(mt) >>> (32 - k);
        if (k > Integer.MAX_VALUE / 2) throw Errors.of(io.fora.vm.runtime.Types.OVERFLOW_ERROR, "getrandbits() argument too large");
        int words = (int) ((k + 31) / 32);
        byte[] mag = new byte[words * 4]; // big-endian for BigInteger
        long left = k;
        for (int i = 0; i < words; i++, left -= 32) {
            long r = genrand(mt);
            if (left < 32) r >>>= 32 - left;
            int at = mag.length - 4 * (i + 1);
            mag[at] = (byte) (r >>> 24);
            mag[at + 1] = (byte) (r >>> 16);
            mag[at + 2] = (byte) (r >>> 8);
            mag[at + 3] = (byte) r;
        }
        return Ints.norm(new BigInteger(1, mag));
    }

    /** _randbelow(n) for n >= 0 (0 for 0): getrandbits(n.bit_length()) until below n. */
    static Object randbelow(PyList mt, Object n) {
        n = io.fora.vm.runtime.PyInstance.valueOf(n);
        if (n instanceof Boolean b) n = b ? 1L : 0L;
        if (!(n instanceof Long || n instanceof BigInteger)) throw Errors.typeError("an integer is required");
        if (n instanceof Long x) {
            if (x <= 0) return 0L;
            int k = 64 - Long.numberOfLeadingZeros(x);
            if (k <= 32) {
                while (true) {
                    long r = genrand(mt) >>> (32 - k);
                    if (r < x) return r;
                }
            }
            while (true) {
                Object r = bits(mt, k);
                if ((Long) r < x) return r;
            }
        }
        BigInteger b = (BigInteger) n;
        if (b.signum() <= 0) return 0L;
        int k = b.bitLength();
        while (true) {
            Object r = bits(mt, k);
            if (Ints.big(r).compareTo(b) < 0) return r;
        }
    }
}

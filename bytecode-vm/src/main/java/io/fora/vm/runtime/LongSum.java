// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigInteger;

/**
 * An exact running sum of ints that fit in a long, kept in 128 bits (two longs) instead of a big
 * int: adding to a {@link BigInteger} allocates at every element, and a sum that passes 2^63
 * ({@code sum(i * i for i in range(10**8))}) took ten times longer after that point than before.
 * 2^64 additions cannot overflow it.
 */
public final class LongSum {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);
    private long hi, lo;

    public LongSum(long start) {
        lo = start;
        hi = start >> 63;
    }

    public void add(long v) {
        long s = lo + v;
        // v as 128 bits is (v >> 63, v); the low words' unsigned sum carries when it wraps below lo
        hi += (v >> 63) + (Long.compareUnsigned(s, lo) < 0 ? 1 : 0);
        lo = s;
    }

    /** Adds v[0..n). */
    public void addAll(long[] v, int n) {
        for (int i = 0; i < n; i++) add(v[i]);
    }

    /** The sum: a Long when it fits, else a BigInteger. */
    public Object value() {
        if (hi == lo >> 63) return Ints.box(lo);
        BigInteger low = BigInteger.valueOf(lo);
        if (lo < 0) low = low.add(TWO_64);
        return BigInteger.valueOf(hi).shiftLeft(64).add(low);
    }
}

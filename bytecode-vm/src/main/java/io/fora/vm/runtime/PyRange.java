// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** {@code range(start, stop, step)} over longs (ranges beyond long are not supported). */
public record PyRange(long start, long stop, long step) {
    public PyRange {
        if (step == 0) throw Errors.valueError("range() arg 3 must not be zero");
    }

    public long length() { return length(start, stop, step); }

    /** How many values {@code range(start, stop, step)} has (step not 0). */
    public static long length(long start, long stop, long step) {
        if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public long get(long i) { return start + i * step; }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyRange r)) return false;
        long n = length();
        if (n != r.length()) return false;
        if (n == 0) return true;
        if (start != r.start) return false;
        return n == 1 || step == r.step;
    }

    @Override public int hashCode() { return Long.hashCode(length()) * 31 + Long.hashCode(start); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** A slice object; its parts are Python values (None where omitted). */
public record PySlice(Object start, Object stop, Object step) implements PyObject {
    @Override public PyClass pyClass() { return Types.SLICE; }

    /** Resolved bounds for a sequence of the given length, as CPython's PySlice_AdjustIndices. */
    public record Bounds(int start, int stop, int step, int length) {}

    public Bounds indices(int length) {
        for (Object part : new Object[] {start, stop, step}) {
            if (part != PyNone.NONE && !Ops.hasIndex(part)) {
                throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
            }
        }
        long st = step == PyNone.NONE ? 1 : Ops.sliceIndex(step);
        if (st == 0) throw Errors.valueError("slice step cannot be zero");
        if (st == Long.MIN_VALUE) st = -Long.MAX_VALUE;
        long lo, hi;
        if (st > 0) {
            lo = start == PyNone.NONE ? 0 : clamp(Ops.sliceIndex(start), length, 0, length);
            hi = stop == PyNone.NONE ? length : clamp(Ops.sliceIndex(stop), length, 0, length);
        } else {
            lo = start == PyNone.NONE ? length - 1 : clamp(Ops.sliceIndex(start), length, -1, length - 1);
            hi = stop == PyNone.NONE ? -1 : clamp(Ops.sliceIndex(stop), length, -1, length - 1);
        }
        long n;
        if (st > 0) n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        else n = lo > hi ? (lo - hi - 1) / (-st) + 1 : 0;
        return new Bounds((int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) n);
    }

    private static long clamp(long i, int length, long low, long high) {
        if (i < 0) i += length;
        return Math.max(low, Math.min(high, i));
    }
}

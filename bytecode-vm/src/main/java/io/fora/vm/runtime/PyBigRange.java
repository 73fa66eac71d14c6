// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigInteger;

/**
 * A {@code range} whose bounds or length do not fit in a long ({@code range(10**20)}): the same
 * Python type as {@link PyRange}, computed with BigIntegers. {@link #of} answers a PyRange
 * whenever one can represent the range, so the usual ranges keep their fast paths.
 */
public record PyBigRange(BigInteger start, BigInteger stop, BigInteger step) {
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    /** range(start, stop, step) as a PyRange when bounds and length fit in a long, else a PyBigRange. */
    public static Object of(BigInteger start, BigInteger stop, BigInteger step) {
        if (step.signum() == 0) throw Errors.valueError("range() arg 3 must not be zero");
        PyBigRange big = new PyBigRange(start, stop, step);
        if (fits(start) && fits(stop) && fits(step) && big.length().compareTo(LONG_MAX) < 0
                && fits(stop.subtract(start))) {
            return new PyRange(start.longValue(), stop.longValue(), step.longValue());
        }
        return big;
    }

    private static boolean fits(BigInteger v) { return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0; }

    /** The bounds of any range, as BigIntegers. */
    public static BigInteger[] bounds(Object range) {
        if (range instanceof PyRange r) {
            return new BigInteger[] {BigInteger.valueOf(r.start()), BigInteger.valueOf(r.stop()), BigInteger.valueOf(r.step())};
        }
        PyBigRange b = (PyBigRange) range;
        return new BigInteger[] {b.start, b.stop, b.step};
    }

    public BigInteger length() {
        BigInteger span = step.signum() > 0 ? stop.subtract(start) : start.subtract(stop);
        if (span.signum() <= 0) return BigInteger.ZERO;
        BigInteger s = step.abs();
        return span.subtract(BigInteger.ONE).divide(s).add(BigInteger.ONE);
    }

    /** len(): CPython's own OverflowError when the length does not fit its size type. */
    public long len() {
        BigInteger n = length();
        if (n.compareTo(LONG_MAX) > 0) throw Errors.overflow("Python int too large to convert to C ssize_t");
        return n.longValue();
    }

    public Object get(BigInteger i) { return Ints.norm(start.add(step.multiply(i))); }

    /** {@code r[key]}: an index or a slice, as CPython's range_subscript. */
    public Object item(Object key) {
        BigInteger n = length();
        if (key instanceof PySlice s) return slice(start, step, n, s);
        if (!Ops.hasIndex(key)) throw Errors.typeError("range indices must be integers or slices, not " + Ops.typeName(key));
        BigInteger i = Ints.big(PyInstance.unwrap(key, "__index__") instanceof BigInteger b ? b : (Object) Ops.index(key));
        if (i.signum() < 0) i = i.add(n);
        if (i.signum() < 0 || i.compareTo(n) >= 0) throw Errors.indexError("range object index out of range");
        return get(i);
    }

    /** CPython's compute_slice: the slice's own bounds mapped through the range. */
    public static Object slice(BigInteger start, BigInteger step, BigInteger length, PySlice s) {
        BigInteger st = s.step() == PyNone.NONE ? BigInteger.ONE : bigIndex(s.step());
        if (st.signum() == 0) throw Errors.valueError("slice step cannot be zero");
        BigInteger lower, upper;
        if (st.signum() > 0) {
            lower = BigInteger.ZERO;
            upper = length;
        } else {
            lower = BigInteger.ONE.negate();
            upper = length.subtract(BigInteger.ONE);
        }
        BigInteger a = s.start() == PyNone.NONE ? (st.signum() < 0 ? upper : lower) : clamp(bigIndex(s.start()), length, lower, upper);
        BigInteger b = s.stop() == PyNone.NONE ? (st.signum() < 0 ? lower : upper) : clamp(bigIndex(s.stop()), length, lower, upper);
        return of(start.add(step.multiply(a)), start.add(step.multiply(b)), step.multiply(st));
    }

    private static BigInteger clamp(BigInteger i, BigInteger length, BigInteger lower, BigInteger upper) {
        if (i.signum() < 0) {
            i = i.add(length);
            return i.compareTo(lower) < 0 ? lower : i;
        }
        return i.compareTo(upper) > 0 ? upper : i;
    }

    private static BigInteger bigIndex(Object v) {
        if (!Ops.hasIndex(v)) throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        Object u = PyInstance.unwrap(v, "__index__");
        return u instanceof BigInteger b ? b : BigInteger.valueOf(Ops.index(v));
    }

    /** {@code x in r} for an int x. */
    public boolean containsInt(BigInteger v) {
        if (step.signum() > 0 ? (v.compareTo(start) < 0 || v.compareTo(stop) >= 0) : (v.compareTo(start) > 0 || v.compareTo(stop) <= 0)) {
            return false;
        }
        return v.subtract(start).mod(step.abs()).signum() == 0;
    }

    public PyIter iterator() {
        BigInteger n = length();
        abstract class LongRangeIter extends OwnedIter implements Iterators.Remaining {}
        return new LongRangeIter() {
            BigInteger next = start, left = n;

            @Override public long remaining() { return left.bitLength() < 63 ? left.longValue() : Long.MAX_VALUE; }

            @Override public Object next() {
                if (left.signum() <= 0) return null;
                Object v = Ints.norm(next);
                next = next.add(step);
                left = left.subtract(BigInteger.ONE);
                return v;
            }

            @Override public PyClass pyClass() { return Types.LONGRANGE_ITERATOR; }
        };
    }

    public PyIter reversedIterator() {
        BigInteger n = length();
        if (n.signum() == 0) return iterator();
        BigInteger last = start.add(step.multiply(n.subtract(BigInteger.ONE)));
        return new PyBigRange(last, start.subtract(step), step.negate()).iterator();
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyBigRange r)) return false;
        BigInteger n = length();
        if (!n.equals(r.length())) return false;
        if (n.signum() == 0) return true;
        if (!start.equals(r.start)) return false;
        return n.equals(BigInteger.ONE) || step.equals(r.step);
    }

    @Override public int hashCode() { return length().hashCode() * 31 + start.hashCode(); }

    @Override public String toString() { return Repr.repr(this); }
}

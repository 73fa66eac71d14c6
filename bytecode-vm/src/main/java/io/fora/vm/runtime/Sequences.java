// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** Slicing and repetition of lists, tuples and ranges. */
public final class Sequences {
    private Sequences() {}

    static Object[] sliceArray(Object[] items, PySlice.Bounds b) {
        Object[] out = new Object[b.length()];
        for (int i = 0, j = b.start(); i < out.length; i++, j += b.step()) out[i] = items[j];
        return out;
    }

    public static PyList sliceList(PyList l, PySlice s) {
        PySlice.Bounds b = s.indices(l.size());
        if (b.step() == 1) return b.length() == 0 ? PyList.empty() : l.slice(b.start(), b.start() + b.length());
        PagedVector p = l.pagedOrNull();
        if (p != null) return p.sliceStep(b.start(), b.step(), b.length());
        return PyList.of(sliceArray(l.items(), b));
    }

    public static PyTuple sliceTuple(PyTuple t, PySlice s) {
        PySlice.Bounds b = s.indices(t.size());
        if (b.step() == 1 && b.start() == 0 && b.length() == t.size()) return t;
        return PyTuple.of(sliceArray(t.items(), b));
    }

    public static Object sliceRange(PyRange r, PySlice s) {
        if (r.length() > Integer.MAX_VALUE - 8 || s.start() instanceof java.math.BigInteger || s.stop() instanceof java.math.BigInteger
                || s.step() instanceof java.math.BigInteger) {
            return PyBigRange.slice(java.math.BigInteger.valueOf(r.start()), java.math.BigInteger.valueOf(r.step()),
                    java.math.BigInteger.valueOf(r.length()), s);
        }
        PySlice.Bounds b = s.indices((int) r.length());
        // CPython maps the slice's own bounds through the range, not the last element reached
        return new PyRange(r.start() + r.step() * b.start(), r.start() + r.step() * b.stop(), r.step() * b.step());
    }

    public static Object[] repeat(Object[] items, int size, Object times) {
        long n = Ops.repeatCount(times);
        if (n <= 0 || size == 0) return new Object[0];
        if (n > (Integer.MAX_VALUE - 8) / size) throw Errors.of(Types.MEMORY_ERROR);
        Object[] out = new Object[(int) (n * size)];
        for (int k = 0; k < n; k++) System.arraycopy(items, 0, out, k * size, size);
        return out;
    }
}

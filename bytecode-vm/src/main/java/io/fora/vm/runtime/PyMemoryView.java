// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * {@code memoryview} over bytes or a bytearray (format 'B', one dimension): a window
 * [start, start + length) of the object, sharing its memory (writes through a view of a
 * bytearray change the bytearray, with its ownership check).
 */
public final class PyMemoryView implements PyObject {
    private final PyBytes target;
    private final int start, length;
    private boolean released;

    public PyMemoryView(PyBytes target, int start, int length) {
        this.target = target;
        this.start = start;
        this.length = length;
    }

    /** {@code memoryview(obj)}. */
    public static PyMemoryView of(Object obj) {
        if (obj instanceof PyMemoryView m) return new PyMemoryView(m.live().target, m.start, m.length);
        PyBytes b = obj instanceof PyBytes x ? x : obj instanceof PyInstance i && i.base() instanceof PyBytes x ? x : null;
        if (b == null && obj instanceof PyInstance i && i.cls().lookup("__buffer__") != null) {
            // Fora's memoryview is of bytes: an array of wider items would be read wrongly, so it is refused
            if (Ops.getAttrOrNull(obj, "typecode") instanceof PyStr tc && !tc.value().equals("b") && !tc.value().equals("B")) {
                throw Errors.notImplemented("a memoryview of array('" + tc.value() + "') is not supported by Fora "
                        + "(its memoryview is of bytes): index the array, or use memoryview(a.tobytes())");
            }
            b = PyBytes.of(BytesOps.bufferOrNull(obj));
        }
        if (b == null) throw Errors.typeError("memoryview: a bytes-like object is required, not '" + Ops.typeName(obj) + "'");
        return new PyMemoryView(b, 0, b.size());
    }

    @Override public PyClass pyClass() { return Types.MEMORYVIEW; }

    private PyMemoryView live() {
        if (released) throw Errors.valueError("operation forbidden on released memoryview object");
        return this;
    }

    public int size() { return live().length; }

    public PyBytes target() { return live().target; }

    public boolean readonly() { return !live().target.isMutable(); }

    public void release() { released = true; }

    /** The viewed bytes, copied. */
    public byte[] toArray() {
        live();
        return java.util.Arrays.copyOfRange(target.raw(), start, start + Math.min(length, Math.max(0, target.size() - start)));
    }

    public Object getItem(Object key) {
        live();
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(length);
            if (b.step() == 1) return new PyMemoryView(target, start + b.start(), Math.max(0, b.stop() - b.start()));
            byte[] out = new byte[b.length()];
            for (int k = 0, j = b.start(); k < out.length; k++, j += b.step()) out[k] = target.raw()[start + j];
            return new PyMemoryView(PyBytes.of(out), 0, out.length);
        }
        if (!Ops.hasIndex(key)) throw Errors.typeError("memoryview: invalid slice key");
        long i = Ops.index(key);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.indexError("index out of bounds on dimension 1");
        return (long) target.at(start + (int) i);
    }

    public void setItem(Object key, Object value) {
        live();
        if (!target.isMutable()) throw Errors.typeError("cannot modify read-only memory");
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(length);
            byte[] v = BytesOps.bytesLike(value);
            if (v.length != b.length()) throw Errors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            for (int k = 0, j = b.start(); k < v.length; k++, j += b.step()) target.set(start + j, v[k] & 0xff);
            return;
        }
        long i = Ops.index(key);
        if (i < 0) i += length;
        if (i < 0 || i >= length) throw Errors.indexError("index out of bounds on dimension 1");
        if (!Ops.hasIndex(value)) throw Errors.typeError("memoryview: invalid type for format 'B'");
        long v = Ops.index(value);
        if (v < 0 || v > 255) throw Errors.valueError("memoryview: invalid value for format 'B'");
        target.set(start + (int) i, (int) v);
    }

    @Override public String toString() { return "<memory at " + Repr.address(this) + ">"; }
}

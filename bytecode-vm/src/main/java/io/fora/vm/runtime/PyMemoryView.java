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
    /** The items' struct format (native, one character) and size: 'B' and 1 unless cast. */
    private final char format;
    private final int itemsize;
    private boolean released;

    public PyMemoryView(PyBytes target, int start, int length) {
        this(target, start, length, 'B');
    }

    private PyMemoryView(PyBytes target, int start, int length, char format) {
        this.target = target;
        this.start = start;
        this.length = length;
        this.format = format;
        this.itemsize = itemSize(format);
    }

    /** The size of a native single-character struct format's item, or -1 for one a memoryview cannot have. */
    static int itemSize(char f) {
        return switch (f) {
            case 'B', 'b', 'c', '?' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P' -> 8;
            default -> -1;
        };
    }

    /** {@code m.cast(format)}: the same bytes read as items of another format. */
    public PyMemoryView cast(String fmt) {
        live();
        String f = fmt.startsWith("@") ? fmt.substring(1) : fmt;
        if (f.length() != 1 || itemSize(f.charAt(0)) < 0) {
            throw Errors.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        char to = f.charAt(0);
        if (format != 'B' && format != 'b' && format != 'c' && to != 'B' && to != 'b' && to != 'c') {
            throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
        }
        if (length % itemSize(to) != 0) throw Errors.typeError("memoryview: length is not a multiple of itemsize");
        return new PyMemoryView(target, start, length, to);
    }

    public String format() { return String.valueOf(format); }

    public int itemsize() { return itemsize; }

    /** The number of items (len()). */
    public int count() { return live().length / itemsize; }

    /** The items, as Python values. */
    public Object[] items() {
        int n = count();
        Object[] out = new Object[n];
        for (int k = 0; k < n; k++) out[k] = item(k);
        return out;
    }

    private Object item(int k) {
        int at = start + k * itemsize;
        byte[] raw = target.raw();
        long bits = 0;
        for (int j = itemsize - 1; j >= 0; j--) bits = bits << 8 | (raw[at + j] & 0xff); // native order: little-endian
        return switch (format) {
            case 'B' -> bits;
            case 'b' -> (long) (byte) bits;
            case 'c' -> PyBytes.of(new byte[] {(byte) bits});
            case '?' -> bits != 0;
            case 'h' -> (long) (short) bits;
            case 'H' -> bits & 0xffff;
            case 'i' -> (long) (int) bits;
            case 'I' -> bits & 0xffffffffL;
            case 'L', 'Q', 'N', 'P' -> bits >= 0 ? (Object) bits : Ints.norm(java.math.BigInteger.valueOf(bits).add(java.math.BigInteger.ONE.shiftLeft(64)));
            case 'f' -> (double) Float.intBitsToFloat((int) bits);
            case 'd' -> Double.longBitsToDouble(bits);
            default -> bits; // l, q, n: signed 64 bits
        };
    }

    /** {@code memoryview(obj)}. */
    public static PyMemoryView of(Object obj) {
        if (obj instanceof PyMemoryView m) return new PyMemoryView(m.live().target, m.start, m.length, m.format);
        PyBytes b = obj instanceof PyBytes x ? x : obj instanceof PyInstance i && i.base() instanceof PyBytes x ? x : null;
        if (b == null && obj instanceof PyInstance i && i.cls().lookup("__buffer__") != null) {
            // an array's items, read through a view of a copy of its bytes: writing through it is
            // refused (read-only) rather than lost, since the copy is not the array's own memory
            char fmt = 'B';
            if (Ops.getAttrOrNull(obj, "typecode") instanceof PyStr tc) {
                char t = tc.value().length() == 1 ? tc.value().charAt(0) : '?';
                if (itemSize(t) < 0 || t == '?' || t == 'c') {
                    throw Errors.notImplemented("a memoryview of array('" + tc.value() + "') is not supported by Fora: "
                            + "index the array, or use memoryview(a.tobytes())");
                }
                fmt = t;
            }
            byte[] raw = BytesOps.bufferOrNull(obj);
            return new PyMemoryView(PyBytes.of(raw), 0, raw.length, fmt);
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
        int n = length / itemsize;
        if (key instanceof PySlice s) {
            PySlice.Bounds b = s.indices(n);
            if (b.step() == 1) return new PyMemoryView(target, start + b.start() * itemsize, Math.max(0, b.stop() - b.start()) * itemsize, format);
            byte[] out = new byte[b.length() * itemsize];
            for (int k = 0, j = b.start(); k < b.length(); k++, j += b.step()) {
                System.arraycopy(target.raw(), start + j * itemsize, out, k * itemsize, itemsize);
            }
            return new PyMemoryView(PyBytes.of(out), 0, out.length, format);
        }
        if (!Ops.hasIndex(key)) throw Errors.typeError("memoryview: invalid slice key");
        long i = Ops.index(key);
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw Errors.indexError("index out of bounds on dimension 1");
        return item((int) i);
    }

    public void setItem(Object key, Object value) {
        live();
        if (!target.isMutable()) throw Errors.typeError("cannot modify read-only memory");
        if (format != 'B') throw Errors.notImplemented("memoryview: assignment through a view of format '" + format + "' is not supported by Fora");
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

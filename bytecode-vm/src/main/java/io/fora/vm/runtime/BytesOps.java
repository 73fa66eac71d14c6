// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/** The operators and conversions of {@code bytes} and {@code bytearray}. */
public final class BytesOps {
    private BytesOps() {}

    /** The content of a bytes-like value (bytes, bytearray, or a subclass instance of one), or null. */
    public static byte[] bufferOrNull(Object v) {
        if (v instanceof PyMemoryView m) return m.toArray();
        if (v instanceof PyInstance i && i.base() instanceof PyBytes b) return b.toArray();
        if (v instanceof PyInstance i && i.cls().lookup("__buffer__") != null) return exported(i);
        return v instanceof PyBytes b ? b.toArray() : null;
    }

    /**
     * The bytes a class written in Python exports through {@code __buffer__} (PEP 688): the
     * library's array.array is bytes-like this way. A copy: writes through it do not reach the object.
     */
    private static byte[] exported(PyInstance i) {
        Object r = Ops.callSpecial(i, "__buffer__", 0L);
        if (r instanceof PyMemoryView m) return m.toArray();
        if (r instanceof PyBytes b) return b.toArray();
        throw Errors.typeError("__buffer__ returned non-memoryview object");
    }

    /** The content of a bytes-like argument, or CPython's TypeError. */
    public static byte[] bytesLike(Object v) {
        byte[] b = bufferOrNull(v);
        if (b == null) throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(v) + "'");
        return b;
    }

    /** An int argument that must be a byte value. */
    public static int byteValue(Object v) {
        if (!Ops.hasIndex(v)) throw Errors.typeError("'" + Ops.typeName(v) + "' object cannot be interpreted as an integer");
        return inRange(v, "byte must be in range(0, 256)");
    }

    /** An int in [0, 256) or ValueError(message). */
    private static int inRange(Object v, String message) {
        if (PyInstance.unwrap(v, "__index__") instanceof BigInteger) throw Errors.valueError(message);
        long l = Ops.index(v);
        if (l < 0 || l > 255) throw Errors.valueError(message);
        return (int) l;
    }

    public static Object getItem(PyBytes b, Object key) {
        if (key instanceof PySlice s) {
            PySlice.Bounds r = s.indices(b.size());
            if (r.step() == 1) return b.slice(r.start(), Math.max(r.start(), r.stop()));
            byte[] out = new byte[r.length()];
            byte[] raw = b.raw();
            for (int k = 0, j = r.start(); k < out.length; k++, j += r.step()) out[k] = raw[j];
            return PyBytes.make(b.isMutable(), out, out.length);
        }
        String what = b.isMutable() ? "bytearray" : "";
        if (!Ops.hasIndex(key)) {
            throw Errors.typeError((b.isMutable() ? "bytearray" : "byte") + " indices must be integers or slices, not " + Ops.typeName(key));
        }
        return (long) b.at(Ops.seqIndex(key, b.size(), what));
    }

    public static boolean contains(PyBytes b, Object item) {
        if (Ops.hasIndex(item) && !(item instanceof PyInstance i && i.base() instanceof PyBytes)) {
            int v = byteValue(item);
            byte[] raw = b.raw();
            for (int i = 0; i < b.size(); i++) if ((raw[i] & 0xff) == v) return true;
            return false;
        }
        return indexOf(b.raw(), b.size(), bytesLike(item), 0) >= 0;
    }

    /** First index of needle in hay[from, n), or -1. */
    public static int indexOf(byte[] hay, int n, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= n; i++) {
            for (int k = 0; k < needle.length; k++) if (hay[i + k] != needle[k]) continue outer;
            return i;
        }
        return -1;
    }

    public static PyIter iterator(PyBytes b) { return iterator(b, b.isMutable() ? Types.BYTEARRAY_ITERATOR : Types.BYTES_ITERATOR); }

    /** An iterator over b's bytes (as ints) that reports cls as its type. */
    public static PyIter iterator(PyBytes b, PyClass cls) {
        abstract class BytesIter extends OwnedIter implements Iterators.Remaining {}
        return new BytesIter() {
            int pos;

            @Override public long remaining() { return Math.max(0, b.size() - pos); }

            @Override public Object next() { return pos < b.size() ? (Object) (long) b.at(pos++) : null; }

            @Override public PyClass pyClass() { return cls; }
        };
    }

    public static PyBytes concat(PyBytes a, Object b) {
        byte[] y = bufferOrNull(b);
        if (y == null) throw Errors.typeError("can't concat " + Ops.typeName(b) + " to " + Ops.typeName(a));
        byte[] out = java.util.Arrays.copyOf(a.raw(), a.size() + y.length);
        System.arraycopy(y, 0, out, a.size(), y.length);
        return PyBytes.make(a.isMutable(), out, out.length);
    }

    public static PyBytes repeat(PyBytes a, Object count) {
        long n = Ops.repeatCount(count);
        if (n <= 0 || a.size() == 0) return PyBytes.make(a.isMutable(), new byte[0], 0);
        if (n * a.size() > Integer.MAX_VALUE - 16) throw Errors.of(Types.MEMORY_ERROR);
        byte[] out = new byte[(int) (n * a.size())];
        for (int i = 0; i < n; i++) System.arraycopy(a.raw(), 0, out, i * a.size(), a.size());
        return PyBytes.make(a.isMutable(), out, out.length);
    }

    /**
     * {@code bytes(x)} / {@code bytearray(x)}: from nothing, a count, a str with an encoding, a
     * bytes-like value, an object with {@code __bytes__}, or an iterable of ints.
     */
    public static PyBytes construct(boolean mutable, Object source, Object encoding, Object errors) {
        String kind = mutable ? "bytearray" : "bytes";
        if (source == null) {
            if (encoding != null || errors != null) throw Errors.typeError((encoding != null ? "encoding" : "errors") + " without a string argument");
            return PyBytes.make(mutable, new byte[0], 0);
        }
        if (source instanceof PyStr s) {
            if (encoding == null) throw Errors.typeError("string argument without an encoding");
            byte[] e = encode(s, encoding, errors);
            return PyBytes.make(mutable, e, e.length);
        }
        if (encoding != null || errors != null) {
            throw Errors.typeError((encoding != null ? "encoding" : "errors") + " without a string argument");
        }
        if (!mutable && source instanceof PyInstance i && i.cls().lookup("__bytes__") != null) {
            Object r = Ops.callSpecial(i, "__bytes__");
            if (!(r instanceof PyBytes rb) || rb.isMutable()) throw Errors.typeError("__bytes__ returned non-bytes (type " + Ops.typeName(r) + ")");
            return rb;
        }
        byte[] buf = bufferOrNull(source);
        if (buf != null) return PyBytes.make(mutable, buf, buf.length);
        if (Ops.hasIndex(source)) {
            if (PyInstance.unwrap(source, "__index__") instanceof BigInteger b && !Ints.fitsLong(b)) {
                throw Errors.overflow("cannot fit 'int' into an index-sized integer");
            }
            long l = Ops.index(source);
            if (l < 0) throw Errors.valueError("negative count");
            if (l > Integer.MAX_VALUE - 16) throw Errors.of(Types.MEMORY_ERROR);
            return PyBytes.make(mutable, new byte[(int) (long) l], (int) (long) l);
        }
        // an object that is neither a buffer, an index nor iterable cannot be converted
        boolean iterable = !(source instanceof PyInstance pi && pi.base() == null && pi.cls().lookup("__iter__") == null
                && pi.cls().lookup("__getitem__") == null);
        PyIter it = iterable ? Ops.iterOrNull(source) : null;
        if (it == null) throw Errors.typeError("cannot convert '" + Ops.typeName(source) + "' object to " + kind);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object x = it.next(); x != null; x = it.next()) {
            if (!Ops.hasIndex(x)) throw Errors.typeError("'" + Ops.typeName(x) + "' object cannot be interpreted as an integer");
            out.write(inRange(x, "bytes must be in range(0, 256)"));
        }
        byte[] b = out.toByteArray();
        return PyBytes.make(mutable, b, b.length);
    }

    /** {@code s.encode(encoding, errors)}. */
    public static byte[] encode(PyStr s, Object encoding, Object errors) {
        return Codecs.encode(s.value(), text(encoding, "utf-8", "encoding"), text(errors, "strict", "errors"));
    }

    public static String text(Object v, String dflt, String what) {
        if (v == null) return dflt;
        if (v instanceof PyStr s) return s.value();
        throw Errors.typeError("encode() argument '" + what + "' must be str, not " + Errors.argTypeName(v));
    }

    /** The items of an iterable of byte values or a bytes-like value ({@code ba.extend(x)}, {@code ba[a:b] = x}). */
    public static byte[] bytesOfIterable(Object v) {
        byte[] b = bufferOrNull(v);
        if (b != null) return b;
        if (v instanceof PyStr) throw Errors.typeError("expected iterable of integers; got: 'str'");
        PyIter it = Ops.iterOrNull(v);
        if (it == null) throw Errors.typeError("can't extend bytearray with " + Ops.typeName(v));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object x = it.next(); x != null; x = it.next()) out.write(byteValue(x));
        return out.toByteArray();
    }

    /** {@code int.to_bytes(length, byteorder, signed=)}. */
    public static PyBytes intToBytes(Object value, long length, boolean little, boolean signed) {
        BigInteger v = Ints.big(value);
        if (length < 0) throw Errors.valueError("length argument must be non-negative");
        if (!signed && v.signum() < 0) throw Errors.overflow("can't convert negative int to unsigned");
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (v.signum() == 0) bits = 0;
        if (bits > length * 8) throw Errors.overflow("int too big to convert");
        if (length > Integer.MAX_VALUE - 16) throw Errors.of(Types.MEMORY_ERROR);
        byte[] out = new byte[(int) length];
        byte[] two = v.toByteArray(); // big-endian two's complement, minimal
        byte fill = (byte) (v.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < out.length; i++) {
            int src = two.length - 1 - i;
            byte x = src >= 0 ? two[src] : fill;
            out[little ? i : out.length - 1 - i] = x;
        }
        return PyBytes.of(out);
    }

    /** {@code int.from_bytes(bytes, byteorder, signed=)}. */
    public static Object intFromBytes(byte[] b, boolean little, boolean signed) {
        byte[] be = new byte[b.length]; // big-endian
        for (int i = 0; i < b.length; i++) be[i] = little ? b[b.length - 1 - i] : b[i];
        if (be.length == 0) return 0L;
        // signed: two's complement as it stands; unsigned: a magnitude
        return Ints.norm(signed ? new BigInteger(be) : new BigInteger(1, be));
    }
}

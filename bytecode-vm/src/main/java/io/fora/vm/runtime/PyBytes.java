// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Arrays;

/**
 * Python's {@code bytes} (immutable) and {@code bytearray} (mutable, with the same ownership
 * check as lists: see {@link Region}). One class holds both: they share every reading method, and
 * a result takes the kind of the value it came from, as in CPython.
 */
public final class PyBytes implements PyObject, Comparable<PyBytes> {
    public static final PyBytes EMPTY = new PyBytes(new byte[0], 0, false);

    private byte[] data;
    private int size;
    private final boolean mutable;
    private transient Region owner = Region.forNewObject();

    private PyBytes(byte[] data, int size, boolean mutable) {
        this.data = data;
        this.size = size;
        this.mutable = mutable;
    }

    /** A bytes object over the array (handed over, not copied). */
    public static PyBytes of(byte[] data) { return data.length == 0 ? EMPTY : new PyBytes(data, data.length, false); }

    /** A new bytearray over the array (handed over, not copied). */
    public static PyBytes array(byte[] data) { return new PyBytes(data, data.length, true); }

    /** A new value of the given kind over data [0, n) (handed over). */
    public static PyBytes make(boolean mutable, byte[] data, int n) {
        if (!mutable && n == 0) return EMPTY;
        return new PyBytes(data, n, mutable);
    }

    /** A new value of this value's kind over the array (handed over). */
    public PyBytes like(byte[] bytes) { return make(mutable, bytes, bytes.length); }

    /** The bytes of a latin-1 string (each char below 256). */
    public static PyBytes ofLatin1(String s, boolean mutable) {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        return make(mutable, b, b.length);
    }

    public boolean isMutable() { return mutable; }

    @Override public PyClass pyClass() { return mutable ? Types.BYTEARRAY : Types.BYTES; }

    public int size() { return size; }

    /** Byte i as an int in [0, 256). */
    public int at(int i) { return data[i] & 0xff; }

    /** A copy of the content. */
    public byte[] toArray() { return Arrays.copyOf(data, size); }

    /** The backing array, valid over [0, size()) until the value changes: read it, never write it. */
    public byte[] raw() { return data; }

    /** The content as a latin-1 string: one char per byte. */
    public String latin1() {
        char[] c = new char[size];
        for (int i = 0; i < size; i++) c[i] = (char) (data[i] & 0xff);
        return new String(c);
    }

    /** Bytes [from, to) as a new value of this kind. */
    public PyBytes slice(int from, int to) {
        if (to <= from) return make(mutable, new byte[0], 0);
        return make(mutable, Arrays.copyOfRange(data, from, to), to - from);
    }

    // ---- bytearray changes ----

    private void mutating() {
        if (!mutable) throw Errors.typeError("'bytes' object does not support item assignment");
        owner = Region.checkWrite(owner);
    }

    private void room(int capacity) {
        if (capacity > data.length) data = Arrays.copyOf(data, Math.max(capacity, Math.max(16, size * 2)));
    }

    /** {@code ba[i] = v} with i normalised and v in range. */
    public void set(int i, int v) {
        mutating();
        data[i] = (byte) v;
    }

    /** {@code ba.append(v)}. */
    public void add(int v) {
        mutating();
        room(size + 1);
        data[size++] = (byte) v;
    }

    /** Replaces bytes [from, to) with {@code with} ({@code ba[a:b] = w}, extend, insert, deletes). */
    public void replace(int from, int to, byte[] with) {
        mutating();
        if (to < from) to = from;
        int n = with.length;
        int newSize = size - (to - from) + n;
        room(newSize);
        System.arraycopy(data, to, data, from + n, size - to);
        System.arraycopy(with, 0, data, from, n);
        size = newSize;
    }

    /** Sets the whole content (reverse, extended-slice deletes). */
    public void setAll(byte[] bytes) {
        mutating();
        data = bytes;
        size = bytes.length;
    }

    /** Checks that this bytearray may be changed now. */
    public void checkWritable() { mutating(); }

    @Override public int compareTo(PyBytes o) { return Arrays.compareUnsigned(data, 0, size, o.data, 0, o.size); }

    @Override public boolean equals(Object o) {
        return o instanceof PyBytes b && Arrays.equals(data, 0, size, b.data, 0, b.size);
    }

    @Override public int hashCode() {
        if (mutable) throw Errors.typeError("unhashable type: 'bytearray'");
        return Arrays.hashCode(toArray());
    }

    /** CPython's repr of the bytes part: {@code b'...'}, preferring single quotes. */
    public String reprBody() {
        boolean single = false, dbl = false;
        for (int i = 0; i < size; i++) {
            if (data[i] == '\'') single = true;
            else if (data[i] == '"') dbl = true;
        }
        char q = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(size + 3).append('b').append(q);
        for (int i = 0; i < size; i++) {
            int c = data[i] & 0xff;
            // bytearray's repr escapes a single quote even inside double quotes (CPython's bytearray_repr)
            if (c == q || c == '\\' || mutable && c == '\'') sb.append('\\').append((char) c);
            else if (c == '\t') sb.append("\\t");
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            else sb.append((char) c);
        }
        return sb.append(q).toString();
    }

    public String repr() { return mutable ? "bytearray(" + reprBody() + ")" : reprBody(); }

    @Override public String toString() { return repr(); }
}

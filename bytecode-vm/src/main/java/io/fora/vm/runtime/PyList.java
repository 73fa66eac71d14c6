// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Arrays;

/**
 * An immutable Python list. {@code v + [x]} is amortised O(1): lists share a growable buffer, and
 * a list whose length equals the buffer's filled count may append in place, because no other list
 * can see the slots beyond its own length. (A later version replaces this with a paged RRB tree.)
 */
public final class PyList {
    public static final PyList EMPTY = new PyList(new Buffer(new Object[0], 0), 0);

    /** Shared storage: slots [0, filled) are final once written. */
    private static final class Buffer {
        Object[] items;
        int filled;

        Buffer(Object[] items, int filled) { this.items = items; this.filled = filled; }
    }

    private final Buffer buffer;
    private final int size;

    private PyList(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    /** Wraps the array without copying: the caller hands it over. */
    public static PyList of(Object... items) {
        return new PyList(new Buffer(items, items.length), items.length);
    }

    /** Wraps items [0, size) without copying. A new empty list is a new object, as {@code [] is []} is False. */
    public static PyList of(Object[] items, int size) {
        return new PyList(new Buffer(items, size), size);
    }

    public int size() { return size; }

    public Object get(int i) { return buffer.items[i]; }

    /** A copy of the elements. */
    public Object[] toArray() { return Arrays.copyOf(buffer.items, size); }

    /** The backing array, valid over [0, size()): read it, never write it. */
    public Object[] items() { return buffer.items; }

    /** A new list with the same items ({@code list(v)}, {@code v.copy()}), sharing them. */
    public PyList copy() { return new PyList(buffer, size); }

    /** {@code this + [x]}. */
    public PyList append(Object x) {
        Buffer b = buffer;
        synchronized (b) {
            if (b.filled == size && size > 0) {
                if (size == b.items.length) b.items = Arrays.copyOf(b.items, Math.max(8, size * 2));
                b.items[size] = x;
                b.filled = size + 1;
                return new PyList(b, size + 1);
            }
        }
        Object[] items = Arrays.copyOf(b.items, Math.max(8, size * 2));
        items[size] = x;
        return new PyList(new Buffer(items, size + 1), size + 1);
    }

    /** {@code this + other}. */
    public PyList concat(PyList other) {
        if (other.size == 0) return this;
        if (size == 0) return other;
        if (other.size == 1) return append(other.get(0));
        int total = size + other.size;
        Buffer b = buffer;
        synchronized (b) {
            if (b.filled == size && b != other.buffer) {
                if (total > b.items.length) b.items = Arrays.copyOf(b.items, Math.max(8, total + (total >> 1)));
                System.arraycopy(other.buffer.items, 0, b.items, size, other.size);
                b.filled = total;
                return new PyList(b, total);
            }
        }
        Object[] items = Arrays.copyOf(buffer.items, size + other.size);
        System.arraycopy(other.buffer.items, 0, items, size, other.size);
        return of(items, items.length);
    }

    public PyList slice(int from, int to) {
        if (from == 0 && to == size) return new PyList(buffer, size); // v[:] is a new list (sharing the items)
        if (from == 0) return new PyList(buffer, to);
        return of(Arrays.copyOfRange(buffer.items, from, to), to - from);
    }

    @Override public boolean equals(Object o) {
        return o instanceof PyList l && Ops.sequenceEquals(buffer.items, size, l.buffer.items, l.size);
    }

    @Override public int hashCode() { throw Errors.typeError("unhashable type: 'list'"); }

    @Override public String toString() { return Repr.repr(this); }
}

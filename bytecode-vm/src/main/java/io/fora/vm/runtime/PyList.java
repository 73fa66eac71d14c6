// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Arrays;

/**
 * A Python list, mutable with CPython's semantics (aliasing included). Writes are checked
 * against the list's {@link Region} first, so a parallel piece never changes a list it did not
 * make.
 *
 * <p>{@code v + [x]} is still amortised O(1): lists may share a growable buffer, and a list
 * whose length equals the buffer's filled count may append in place, because no other list can
 * see the slots beyond its own length. Any other change to a shared buffer copies it first.
 */
public final class PyList {
    /** Storage: slots [0, filled) are in use by some list; shared once two lists use it. */
    private static final class Buffer {
        Object[] items;
        int filled;
        volatile boolean shared;

        Buffer(Object[] items, int filled) { this.items = items; this.filled = filled; }
    }

    private Buffer buffer;
    private int size;
    /** A large list's elements in pages (buffer then unused), until the list is first changed. */
    private PagedVector paged;
    private transient Region owner = Region.forNewObject();
    { GcTracker.made(this); }

    private PyList(Buffer buffer, int size) {
        this.buffer = buffer;
        this.size = size;
    }

    /** Wraps the array without copying: the caller hands it over. */
    public static PyList of(Object... items) {
        return new PyList(new Buffer(items, items.length), items.length);
    }

    /** Wraps items [0, size) without copying. */
    public static PyList of(Object[] items, int size) {
        return new PyList(new Buffer(items, size), size);
    }

    /** A list of a paged vector's elements: it stays paged until it is first changed. */
    public static PyList paged(PagedVector v) {
        PyList l = new PyList(null, v.size());
        l.paged = v;
        return l;
    }

    /** The list's pages, or null when it is an ordinary array. */
    public PagedVector pagedOrNull() { return paged; }

    /** A new empty list. */
    public static PyList empty() { return new PyList(new Buffer(new Object[4], 0), 0); }

    public int size() { return size; }

    public Object get(int i) {
        PagedVector p = paged;
        return p != null ? p.get(i) : buffer.items[i];
    }

    /** A copy of the elements. */
    public Object[] toArray() {
        PagedVector p = paged;
        return p != null ? p.toArray(0, size) : Arrays.copyOf(buffer.items, size);
    }

    /**
     * The backing array, valid over [0, size()) until the list changes: read it, never write it.
     * A paged list makes a new array each time (MemoryError when it is too large for that).
     */
    public Object[] items() {
        PagedVector p = paged;
        return p != null ? p.toArray(0, size) : buffer.items;
    }

    /** An iterator over the elements (a page at a time for a paged list). */
    public PyIter iterator(PyClass cls) { return new Iterators.ListIter(this, cls, 0, false); }

    /** An iterator over the elements as they are now (the slices of a split read these). */
    public PyIter snapshotIterator(PyClass cls) {
        PagedVector p = paged;
        return p != null ? p.iter() : Iterators.ofArray(buffer.items, size, cls);
    }

    /** The vector of this list's elements (a copy of them for an array list: it may change later). */
    private PagedVector vector() {
        PagedVector p = paged;
        return p != null ? p : PagedVector.ofValues(buffer.items, size);
    }

    /** Turns a paged list into an array list, before its first change. */
    private void unpage() {
        PagedVector p = paged;
        Object[] items = p.toArray(0, size);
        buffer = new Buffer(items, items.length);
        paged = null;
    }

    /** A new list with the same items ({@code list(v)}, {@code v.copy()}, {@code v[:]}), sharing them until either changes. */
    public PyList copy() {
        if (paged != null) return paged(paged);
        Buffer b = buffer;
        b.shared = true;
        return new PyList(b, size);
    }

    /** {@code this + [x]}: a new list. */
    public PyList append(Object x) {
        if (paged != null) return paged(PagedVector.concat(paged, PagedVector.ofValues(new Object[] {x}, 1)));
        Buffer b = buffer;
        synchronized (b) {
            if (b.filled == size && size > 0) {
                if (size == b.items.length) b.items = Arrays.copyOf(b.items, Math.max(8, size * 2));
                b.items[size] = x;
                b.filled = size + 1;
                b.shared = true;
                return new PyList(b, size + 1);
            }
        }
        Object[] items = Arrays.copyOf(b.items, Math.max(8, size * 2));
        items[size] = x;
        return new PyList(new Buffer(items, size + 1), size + 1);
    }

    /** {@code this + other}: a new list. */
    public PyList concat(PyList other) {
        if (other.size == 0) return copy();
        if (size == 0) return other.copy();
        if (other.size == 1) return append(other.get(0));
        if (paged != null || other.paged != null) return paged(PagedVector.concat(vector(), other.vector()));
        int total = size + other.size;
        Buffer b = buffer;
        synchronized (b) {
            if (b.filled == size && b != other.buffer) {
                if (total > b.items.length) b.items = Arrays.copyOf(b.items, Math.max(8, total + (total >> 1)));
                System.arraycopy(other.buffer.items, 0, b.items, size, other.size);
                b.filled = total;
                b.shared = true;
                return new PyList(b, total);
            }
        }
        Object[] items = Arrays.copyOf(buffer.items, total);
        System.arraycopy(other.buffer.items, 0, items, size, other.size);
        return of(items, items.length);
    }

    /** Items [from, to) as a new list. */
    public PyList slice(int from, int to) {
        PagedVector p = paged;
        if (p != null) {
            // a short slice is an ordinary list; a long one shares the pages
            return to - from <= 4096 ? of(p.toArray(from, Math.max(to, from)), Math.max(0, to - from)) : paged(p.slice(from, to));
        }
        if (from == 0) {
            Buffer b = buffer;
            b.shared = true;
            return new PyList(b, to);
        }
        return of(Arrays.copyOfRange(buffer.items, from, Math.max(to, from)), Math.max(0, to - from));
    }

    // ---- changes in place ----

    /** Checks the writer may change this list (see {@link Region}). */
    private void mutating() {
        owner = Region.checkWrite(owner);
        if (paged != null) unpage();
    }

    /** The items array, this list's own (copied when shared), with room for {@code capacity}. */
    private Object[] own(int capacity) {
        Buffer b = buffer;
        if (b.shared || capacity > b.items.length) {
            Object[] items = Arrays.copyOf(b.items, Math.max(capacity, Math.max(8, size + (size >> 1))));
            if (b.shared) Arrays.fill(items, size, Math.min(items.length, b.filled), null);
            buffer = new Buffer(items, size);
        }
        return buffer.items;
    }

    /** {@code v.append(x)}. */
    public void add(Object x) {
        mutating();
        Buffer b = buffer;
        if (b.shared) {
            synchronized (b) {
                if (b.filled == size && size < b.items.length) {
                    b.items[size] = x;
                    b.filled = ++size;
                    return;
                }
            }
        } else if (size < b.items.length) {
            b.items[size] = x;
            b.filled = ++size;
            return;
        }
        Object[] items = own(Math.max(8, size * 2));
        items[size] = x;
        buffer.filled = ++size;
    }

    /** {@code v.extend(items)} with items [0, n). */
    public void addAll(Object[] items, int n) {
        mutating();
        Object[] mine = own(size + n);
        System.arraycopy(items, 0, mine, size, n);
        size += n;
        buffer.filled = size;
    }

    /** {@code v[i] = x} with i already normalised. */
    public void set(int i, Object x) {
        mutating();
        own(size)[i] = x;
    }

    /** {@code v.insert(i, x)} with i already clamped to [0, size]. */
    public void insert(int i, Object x) {
        mutating();
        Object[] items = own(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = x;
        buffer.filled = ++size;
    }

    /** Removes and returns item i (normalised). */
    public Object removeAt(int i) {
        mutating();
        Object[] items = own(size);
        Object x = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        buffer.filled = size;
        return x;
    }

    /** {@code v.clear()}. */
    public void clear() {
        owner = Region.checkWrite(owner);
        paged = null;
        buffer = new Buffer(new Object[4], 0);
        size = 0;
    }

    /** Replaces items [from, to) with items [0, n) of {@code with} ({@code v[a:b] = w}). */
    public void replace(int from, int to, Object[] with, int n) {
        mutating();
        if (to < from) to = from;
        int newSize = size - (to - from) + n;
        Object[] items = own(newSize);
        System.arraycopy(items, to, items, from + n, size - to);
        System.arraycopy(with, 0, items, from, n);
        for (int i = newSize; i < size; i++) items[i] = null;
        size = newSize;
        buffer.filled = size;
    }

    /** Sets all items at once (sort, reverse, extended-slice deletes): {@code items} [0, n) become the list. */
    public void setAll(Object[] items, int n) {
        owner = Region.checkWrite(owner);
        paged = null;
        buffer = new Buffer(items, n);
        size = n;
    }

    /** Checks that this list may be changed now, without changing it (before a sort reads it). */
    public void checkWritable() { mutating(); }

    @Override public boolean equals(Object o) {
        return o instanceof PyList l && l.size == size
                && Ops.sequenceEquals(items(), size, l.items(), l.size);
    }

    @Override public int hashCode() { throw Errors.typeError("unhashable type: 'list'"); }

    @Override public String toString() { return Repr.repr(this); }
}

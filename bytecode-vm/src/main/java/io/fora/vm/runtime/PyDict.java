// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Arrays;

/**
 * An insertion-ordered Python dict, compact like CPython's: entries in arrays in insertion order,
 * plus an open-addressed index of entry numbers. Keys compare with Python equality, so
 * {@code 1}, {@code 1.0} and {@code True} are one key. A dict is filled by {@link #put} while it is
 * being built and is never changed after Python code can see it.
 */
public final class PyDict {
    private Object[] keys;
    private Object[] values;
    private long[] hashes;
    private int size;
    /** Entry number + 1 per slot; 0 marks an empty slot. */
    private int[] index;

    public PyDict() { this(4); }

    public PyDict(int expected) {
        int cap = 8;
        while (cap * 2 < expected * 3) cap <<= 1;
        keys = new Object[Math.max(4, expected)];
        values = new Object[keys.length];
        hashes = new long[keys.length];
        index = new int[cap];
    }

    public int size() { return size; }
    public Object keyAt(int i) { return keys[i]; }
    public Object valueAt(int i) { return values[i]; }

    /** The value for key, or null when absent. */
    public Object get(Object key) {
        int e = find(key, Hashing.hash(key));
        return e < 0 ? null : values[e];
    }

    public boolean containsKey(Object key) { return find(key, Hashing.hash(key)) >= 0; }

    /** Sets key to value while building; an equal existing key keeps its object and position. */
    public void put(Object key, Object value) {
        long h = Hashing.hash(key);
        int e = find(key, h);
        if (e >= 0) {
            values[e] = value;
            return;
        }
        if (size == keys.length) {
            int n = keys.length * 2;
            keys = Arrays.copyOf(keys, n);
            values = Arrays.copyOf(values, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        keys[size] = key;
        values[size] = value;
        hashes[size] = h;
        size++;
        if (size * 3 >= index.length * 2) rebuildIndex(index.length * 2);
        else insertIndex(size - 1, h);
    }

    /** A copy to build on: the entries and their index copied as they are, nothing hashed again. */
    public PyDict copy() {
        PyDict d = new PyDict(0);
        int room = size + Math.max(4, size >> 1);
        d.keys = Arrays.copyOf(keys, room);
        d.values = Arrays.copyOf(values, room);
        d.hashes = Arrays.copyOf(hashes, room);
        d.index = index.clone();
        d.size = size;
        return d;
    }

    private int find(Object key, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int slot = index[i];
            if (slot == 0) return -1;
            int e = slot - 1;
            if (hashes[e] == h) {
                Object k = keys[e];
                if (k == key || Ops.eq(k, key)) return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private void insertIndex(int e, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] != 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        index[i] = e + 1;
    }

    private void rebuildIndex(int capacity) {
        index = new int[capacity];
        for (int e = 0; e < size; e++) insertIndex(e, hashes[e]);
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyDict d) || d.size != size) return false;
        for (int i = 0; i < size; i++) {
            Object other = d.get(keys[i]);
            if (other == null || !Ops.eq(values[i], other)) return false;
        }
        return true;
    }

    @Override public int hashCode() { throw Errors.typeError("unhashable type: 'dict'"); }

    @Override public String toString() { return Repr.repr(this); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Arrays;

/**
 * An insertion-ordered Python dict, compact like CPython's: entries in arrays in insertion order,
 * plus an open-addressed index of entry numbers. Keys compare with Python equality, so
 * {@code 1}, {@code 1.0} and {@code True} are one key. A dict is filled by {@link #put} while it is
 * being built and is never changed after Python code can see it.
 *
 * <p>{@code d | {k: v}} and {@code {**d, k: v}} are amortised O(1), so that threading a dict
 * through a loop (the pure way to build a memo table) is linear: dicts that extend one another
 * share their storage, whose entries are append-only, and a dict whose size equals the storage's
 * filled count may append in place, since every other dict sees only the entries below its own
 * size (index slots naming later entries are skipped while probing). Changing the value of an
 * existing key, or extending a dict that is not the newest, copies its entries first.
 */
public final class PyDict {
    /** Entries [0, filled) and their index; shared by the dicts that extend one another. */
    private static final class Storage {
        volatile Object[] keys;
        volatile Object[] values;
        volatile long[] hashes;
        /** Entry number + 1 per slot; 0 marks an empty slot. */
        volatile int[] index;
        int filled;
        /** More than one dict uses this storage: appends are made under its lock, values never change. */
        volatile boolean shared;

        Storage(int entries, int slots) {
            keys = new Object[entries];
            values = new Object[entries];
            hashes = new long[entries];
            index = new int[slots];
        }
    }

    private Storage st;
    /** Entries in use, deleted ones included: [0, size) of the storage. */
    private int size;
    /** Deleted entries among them (their key is DEAD); compacted away before keyAt/valueAt read (dict iterators skip them). */
    private int dead;
    /**
     * New keys CPython's dict would still take before it resizes its table, which drops its deleted
     * entries (its {@code dk_usable}; 0 for a new dict, whose first key makes a table of 8 slots).
     * Deleted entries are dropped at those moments too, so that an iterator walking the entries
     * ({@link Iterators.DictIter}) sees a dict changed under it as CPython's does.
     */
    private int usable;
    private transient Region owner = Region.forNewObject();
    { GcTracker.made(this); }

    /** The key of a deleted entry: an enum, so that a serialised dict keeps its identity. */
    private enum Dead { DEAD }
    private static final Object DEAD = Dead.DEAD;

    public PyDict() { this(4); }

    public PyDict(int expected) {
        int cap = 8;
        while (cap * 2 < expected * 3) cap <<= 1;
        st = new Storage(Math.max(4, expected), cap);
    }

    private PyDict(Storage st, int size) {
        this.st = st;
        this.size = size;
    }

    /** The number of keys. */
    public int size() { return size - dead; }

    /** The i-th key in insertion order, i in [0, size()). */
    public Object keyAt(int i) {
        if (dead > 0) compact();
        return st.keys[i];
    }

    /** Entries made, deleted ones included, until the next compaction: what {@link #rawKey} takes. */
    public int rawSize() { return size; }

    /** The key of entry i in [0, rawSize()), or null when that entry was deleted (no compaction). */
    public Object rawKey(int i) {
        Object k = st.keys[i];
        return k == DEAD ? null : k;
    }

    /** The value of entry i in [0, rawSize()) (null for a deleted one). */
    public Object rawValue(int i) { return st.values[i]; }

    public Object valueAt(int i) {
        if (dead > 0) compact();
        return st.values[i];
    }

    /**
     * For the dict globals() answers: the module's globals, which every write through the dict
     * also changes (the dict is the module's state when it was asked for; later rebindings of
     * the module's names are not seen in it). Not serialised: a moved copy is a plain dict.
     */
    private transient java.util.Map<String, Object> mirror;

    /** Makes writes through this dict write module globals too (see {@link Globals#snapshot()}). */
    PyDict mirroring(java.util.Map<String, Object> globals) {
        this.mirror = globals;
        return this;
    }

    /** Checks the writer may change this dict (see {@link Region}). */
    private void mutating() {
        owner = Region.checkWrite(owner);
    }

    /** Removes key; returns its value, or null when absent. */
    public Object remove(Object key) {
        mutating();
        if (mirror != null && key instanceof PyStr name) mirror.remove(name.value());
        long h = Hashing.hash(key);
        int e = find(st, key, h);
        if (e < 0) return null;
        if (st.shared) {
            own();
            e = find(st, key, h);
        }
        Object v = st.values[e];
        st.keys[e] = DEAD;
        st.values[e] = null;
        dead++;
        if (dead > 16 && dead * 2 > size) compact();
        return v;
    }

    /** Removes every key. */
    public void clear() {
        mutating();
        if (mirror != null) {
            for (int i = 0; i < size; i++) if (st.keys[i] instanceof PyStr name) mirror.remove(name.value());
        }
        st = new Storage(4, 8);
        size = 0;
        dead = 0;
        usable = 0;
    }

    /** The last entry as {key, value}, removed ({@code popitem}); null when empty. */
    public Object[] removeLast() {
        if (size() == 0) return null;
        if (dead > 0) compact();
        Object k = st.keys[size - 1];
        Object v = st.values[size - 1];
        remove(k);
        return new Object[] {k, v};
    }

    /** Drops deleted entries (renumbering the rest), on storage of this dict's own. */
    private void compact() {
        Storage s = st;
        int live = size - dead;
        Storage mine = new Storage(Math.max(4, live + (live >> 1)), 8);
        int j = 0;
        for (int i = 0; i < size; i++) {
            if (s.keys[i] == DEAD) continue;
            mine.keys[j] = s.keys[i];
            mine.values[j] = s.values[i];
            mine.hashes[j] = s.hashes[i];
            j++;
        }
        int cap = 8;
        while (cap * 2 < live * 3 + 3) cap <<= 1;
        mine.index = indexOf(mine, live, cap);
        mine.filled = live;
        st = mine;
        size = live;
        dead = 0;
    }

    /** The value for key, or null when absent. */
    public Object get(Object key) {
        Storage s = st;
        int e = find(s, key, Hashing.hash(key));
        return e < 0 ? null : s.values[e];
    }

    public boolean containsKey(Object key) { return find(st, key, Hashing.hash(key)) >= 0; }

    /** Sets key to value while building; an equal existing key keeps its object and position. */
    public void put(Object key, Object value) { put(key, value, Hashing.hash(key)); }

    /**
     * {@code d[key] = d.get(key, 0) + 1}, key hashed once (collections' _count_elements, as CPython's
     * C helper: a Counter over an iterable calls each element's __hash__ once).
     */
    public void countOne(Object key) {
        long h = Hashing.hash(key);
        int e = find(st, key, h);
        Object v = e < 0 ? (Object) 1L : Arith.binary(Arith.ADD, st.values[e], 1L);
        put(key, v, h);
    }

    private void put(Object key, Object value, long h) {
        mutating();
        if (mirror != null && key instanceof PyStr name) mirror.put(name.value(), value);
        int e = find(st, key, h);
        if (e >= 0) {
            if (st.shared) own(); // other dicts see this entry
            st.values[e] = value;
            return;
        }
        if (usable <= 0) {
            // CPython resizes here: to the first power of two (at least 8) of 3 slots per key, 2/3 usable
            int used = size();
            int slots = 8;
            while (slots < used * 3) slots <<= 1;
            if (dead > 0) compact();
            usable = slots * 2 / 3 - used;
        }
        usable--;
        Storage s = st;
        if (s.shared) {
            synchronized (s) {
                if (s.filled == size) {
                    append(s, key, value, h);
                    return;
                }
            }
            own(); // a newer dict extended the storage past this one
            s = st;
        }
        append(s, key, value, h);
    }

    private void append(Storage s, Object key, Object value, long h) {
        int n = size;
        if (n == s.keys.length) {
            int grown = n * 2;
            s.hashes = Arrays.copyOf(s.hashes, grown);
            s.values = Arrays.copyOf(s.values, grown);
            s.keys = Arrays.copyOf(s.keys, grown);
        }
        s.keys[n] = key;
        s.values[n] = value;
        s.hashes[n] = h;
        s.filled = n + 1;
        size = n + 1;
        int[] index = s.index;
        if ((n + 1) * 3 >= index.length * 2) s.index = indexOf(s, n + 1, index.length * 2);
        else insertIndex(index, n, h);
    }

    /** Makes this dict's storage its own: a copy of its entries, with a new index. */
    private void own() {
        if (dead > 0) {
            compact();
            return;
        }
        Storage s = st;
        Storage mine = new Storage(Math.max(4, size + (size >> 1)), 8);
        System.arraycopy(s.keys, 0, mine.keys, 0, size);
        System.arraycopy(s.values, 0, mine.values, 0, size);
        System.arraycopy(s.hashes, 0, mine.hashes, 0, size);
        int cap = 8;
        while (cap * 2 < size * 3 + 3) cap <<= 1;
        mine.index = indexOf(mine, size, cap);
        mine.filled = size;
        st = mine;
    }

    /**
     * A dict with the same entries to build on ({@code d | e}, {@code {**d, ...}}): it shares this
     * dict's storage, so adding keys to it costs nothing when this dict is the newest of its storage.
     */
    public PyDict copy() {
        if (dead > 0) compact();
        st.shared = true;
        return new PyDict(st, size);
    }

    private int find(Storage s, Object key, long h) {
        int[] index = s.index;
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (true) {
            int slot = index[i];
            if (slot == 0) return -1;
            int e = slot - 1;
            if (e < size && s.hashes[e] == h) { // entries at or past size belong to newer dicts
                Object k = s.keys[e];
                if (k == key || k != DEAD && Ops.eq(k, key)) return e;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    private static void insertIndex(int[] index, int e, long h) {
        int mask = index.length - 1;
        long perturb = h;
        int i = (int) (h & mask);
        while (index[i] != 0) {
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        index[i] = e + 1;
    }

    /** A new index of entries [0, n), filled before anyone can see it. */
    private static int[] indexOf(Storage s, int n, int capacity) {
        int[] index = new int[capacity];
        long[] hashes = s.hashes;
        for (int e = 0; e < n; e++) insertIndex(index, e, hashes[e]);
        return index;
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyDict d) || d.size() != size()) return false;
        Storage s = st;
        for (int i = 0; i < size; i++) {
            if (s.keys[i] == DEAD) continue;
            Object other = d.get(s.keys[i]);
            if (other == null || (s.values[i] != other && !Compare.elementsEqual(s.values[i], other))) return false;
        }
        return true;
    }

    @Override public int hashCode() { throw Errors.typeError("unhashable type: 'dict'"); }

    @Override public String toString() { return Repr.repr(this); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A Python set or frozenset whose hash table is laid out exactly as CPython 3.11 lays out its own
 * ({@code Objects/setobject.c}: linear probes of 9, then perturbed probing; growth at 60% fill), so
 * that iterating a set of ints visits them in the order CPython prints them. A set is filled while
 * it is being built and never changed after Python code can see it.
 */
public final class PySet {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** Marks a removed slot; an enum so that a serialised set keeps its identity. */
    private enum Dummy { DUMMY }
    private static final Object DUMMY = Dummy.DUMMY;

    private Object[] table = new Object[MIN_SIZE];
    private long[] hashes = new long[MIN_SIZE];
    private int mask = MIN_SIZE - 1;
    private int fill;
    private int used;
    private boolean frozen;
    private transient Region owner = Region.forNewObject();
    { GcTracker.made(this); }

    /** Checks the writer may change this set (see {@link Region}). */
    private void mutating() {
        owner = Region.checkWrite(owner);
    }

    public PySet(boolean frozen) { this.frozen = frozen; }

    public boolean isFrozen() { return frozen; }
    public int size() { return used; }

    /** The same elements as a set or frozenset, laid out as CPython's set_merge copies them. */
    public PySet copyAs(boolean frozen) {
        PySet s = new PySet(frozen);
        s.addAll(this);
        return s;
    }

    /** Iteration in table order: the next occupied slot at or after {@code pos}, or -1. */
    public int nextSlot(int pos) {
        for (int i = pos; i <= mask; i++) {
            Object k = table[i];
            if (k != null && k != DUMMY) return i;
        }
        return -1;
    }

    public Object slotKey(int slot) { return table[slot]; }

    public Object[] toArray() {
        Object[] out = new Object[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            Object k = table[i];
            if (k != null && k != DUMMY) out[n++] = k;
        }
        return out;
    }

    public boolean contains(Object key) {
        Object k = asKey(key);
        return findSlot(k, Hashing.hash(k)) >= 0;
    }

    /**
     * A set looked up in a set stands for the frozenset of its elements, as CPython's
     * set_contains, set_discard and set_remove retry an unhashable set ({@code {1} in {frozenset({1})}}).
     */
    private static Object asKey(Object key) {
        return key instanceof PySet s && !s.isFrozen() ? s.copyAs(true) : key;
    }

    /** CPython's set_add_entry. */
    public void add(Object key) {
        mutating();
        add(key, Hashing.hash(key));
    }

    private void add(Object key, long hash) {
        int freeslot = -1;
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = table[j];
                if (k == null) {
                    if (freeslot >= 0) {
                        table[freeslot] = key;
                        hashes[freeslot] = hash;
                        used++;
                        return;
                    }
                    fill++;
                    table[j] = key;
                    hashes[j] = hash;
                    used++;
                    if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
                    return;
                }
                if (k == DUMMY) {
                    freeslot = j; // the last dummy on the way, as CPython 3.11's set_add_entry
                } else if (hashes[j] == hash && (k == key || Ops.eq(k, key))) {
                    return;
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Where {@link #pop} starts looking (CPython's finger). */
    private int finger;

    /** CPython's set_pop: the first live slot from the finger on; null when empty. */
    public Object pop() {
        mutating();
        if (used == 0) return null;
        int i = finger & mask;
        while (table[i] == null || table[i] == DUMMY) i = i == mask ? 0 : i + 1;
        Object key = table[i];
        table[i] = DUMMY;
        hashes[i] = -1;
        used--;
        finger = i + 1;
        return key;
    }

    /** CPython's set_swap_bodies, one way: this set takes other's table (other is discarded). */
    public void takeBody(PySet other) {
        mutating();
        table = other.table;
        hashes = other.hashes;
        mask = other.mask;
        fill = other.fill;
        used = other.used;
    }

    /** CPython's set_clear_internal: back to an empty small table. */
    public void clear() {
        mutating();
        table = new Object[MIN_SIZE];
        hashes = new long[MIN_SIZE];
        mask = MIN_SIZE - 1;
        fill = 0;
        used = 0;
    }

    /** CPython's set_discard_entry: leaves a dummy, so the order of the rest is unchanged. */
    public boolean discard(Object key) {
        mutating();
        Object k = asKey(key);
        int slot = findSlot(k, Hashing.hash(k));
        if (slot < 0) return false;
        table[slot] = DUMMY;
        hashes[slot] = -1;
        used--;
        return true;
    }

    private int findSlot(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            do {
                Object k = table[j];
                if (k == null) return -1;
                if (k != DUMMY && hashes[j] == hash && (k == key || Ops.eq(k, key))) return j;
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** CPython's set_table_resize: re-inserts live entries in old table order. */
    private void resize(int minUsed) {
        int newSize = MIN_SIZE;
        while (newSize <= minUsed) newSize <<= 1;
        Object[] oldTable = table;
        long[] oldHashes = hashes;
        table = new Object[newSize];
        hashes = new long[newSize];
        mask = newSize - 1;
        fill = used;
        for (int i = 0; i < oldTable.length; i++) {
            Object k = oldTable[i];
            if (k != null && k != DUMMY) insertClean(k, oldHashes[i]);
        }
    }

    private void insertClean(Object key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (table[i] == null) { table[i] = key; hashes[i] = hash; return; }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (table[i + j] == null) { table[i + j] = key; hashes[i + j] = hash; return; }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** CPython's set_merge: adds every element of another set, keeping CPython's layout. */
    public void addAll(PySet other) {
        mutating();
        if (other.used == 0) return;
        if ((long) (fill + other.used) * 5 >= (long) mask * 3) resize((used + other.used) * 2);
        if (fill == 0 && mask == other.mask && other.fill == other.used) {
            System.arraycopy(other.table, 0, table, 0, mask + 1); // no dummies: the tables are alike
            System.arraycopy(other.hashes, 0, hashes, 0, mask + 1);
            fill = other.used;
            used = other.used;
            return;
        }
        if (fill == 0) {
            fill = other.used;
            used = other.used;
            for (int i = 0; i <= other.mask; i++) {
                Object k = other.table[i];
                if (k != null && k != DUMMY) insertClean(k, other.hashes[i]);
            }
            return;
        }
        for (int i = 0; i <= other.mask; i++) {
            Object k = other.table[i];
            if (k != null && k != DUMMY) add(k, other.hashes[i]);
        }
    }

    /** CPython's frozenset_hash. */
    long frozenHash() {
        long hash = 0;
        for (int i = 0; i <= mask; i++) hash ^= Hashing.shuffleBits(table[i] == null ? 0 : hashes[i]);
        if (((mask + 1 - fill) & 1) != 0) hash ^= Hashing.shuffleBits(0);
        if (((fill - used) & 1) != 0) hash ^= Hashing.shuffleBits(-1);
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    /** CPython's set_update_internal: merge a set, pre-size for a dict, else add one by one. */
    public void update(Object iterable) {
        mutating();
        if (iterable instanceof PySet other) {
            addAll(other);
            return;
        }
        if (iterable instanceof PyDict d) {
            if ((long) (fill + d.size()) * 5 >= (long) mask * 3) resize((used + d.size()) * 2);
            for (int i = 0; i < d.size(); i++) add(d.keyAt(i));
            return;
        }
        PyIter it = Ops.iter(iterable);
        for (Object x = it.next(); x != null; x = it.next()) add(x);
    }

    /** A new set with the elements of an iterable, as CPython's make_new_set. */
    public static PySet from(Object iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(iterable);
        return s;
    }

    /** set.intersection(x) for any iterable x. */
    public PySet intersectionWith(Object iterable, boolean frozen) {
        if (iterable instanceof PySet other) return intersection(other, frozen);
        PySet r = new PySet(frozen);
        PyIter it = Ops.iter(iterable);
        for (Object x = it.next(); x != null; x = it.next()) if (contains(x)) r.add(x);
        return r;
    }

    /** set.difference(x) for any iterable x (CPython's set_difference and its fallbacks). */
    public PySet differenceWith(Object iterable, boolean frozen) {
        if (iterable instanceof PySet other) return difference(other, frozen);
        if (iterable instanceof PyDict d && (used >> 2) <= d.size()) {
            PySet r = new PySet(frozen);
            for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) if (!d.containsKey(table[i])) r.add(table[i], hashes[i]);
            return r;
        }
        PySet r = copyAs(frozen);
        r.discardAll(iterable);
        return r;
    }

    /** Discards every element of an iterable (CPython's set_difference_update_internal). */
    public void discardAll(Object iterable) {
        mutating();
        if (iterable == this) {
            clear();
            return;
        }
        if (iterable instanceof PySet other) {
            // a set more than 8 times larger: its intersection with this one is walked instead
            if ((other.used >> 3) > used) other = intersection(other, true);
            for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) discard(other.table[i]);
        } else {
            Object src = iterable instanceof PyDict d ? Iterators.ofDictKeys(d) : iterable;
            PyIter it = Ops.iter(src);
            for (Object x = it.next(); x != null; x = it.next()) discard(x);
        }
        // more than a quarter of the table dummies: resized away, as CPython does here
        if (fill - used > mask / 4) resize(used > 50000 ? used * 2 : used * 4);
    }

    /** set.symmetric_difference(x): a new set from x, then every element of this toggled in it. */
    public PySet symmetricDifferenceWith(Object iterable, boolean frozen) {
        PySet r = from(iterable, frozen);
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            if (!r.discard(table[i])) r.add(table[i], hashes[i]);
        }
        return r;
    }

    // ---- set algebra, each following CPython's own loop so the result's layout matches ----

    public PySet union(PySet other, boolean frozen) {
        PySet r = copyAs(frozen);
        r.addAll(other);
        return r;
    }

    public PySet intersection(PySet other, boolean frozen) {
        PySet r = new PySet(frozen);
        // CPython iterates the right operand unless it is the larger one, and probes the other.
        PySet small = other, big = this;
        if (other.used > used) { small = this; big = other; }
        for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
            if (big.findSlot(small.table[i], small.hashes[i]) >= 0) r.add(small.table[i], small.hashes[i]);
        }
        return r;
    }

    public PySet difference(PySet other, boolean frozen) {
        if ((used >> 2) > other.used) {
            PySet r = copyAs(frozen);
            r.discardAll(other); // CPython's set_copy_and_difference
            return r;
        }
        PySet r = new PySet(frozen);
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            if (other.findSlot(table[i], hashes[i]) < 0) r.add(table[i], hashes[i]);
        }
        return r;
    }

    public PySet symmetricDifference(PySet other, boolean frozen) {
        PySet r = other.copyAs(frozen);
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            int slot = r.findSlot(table[i], hashes[i]);
            if (slot >= 0) { r.table[slot] = DUMMY; r.hashes[slot] = -1; r.used--; }
            else r.add(table[i], hashes[i]);
        }
        return r;
    }

    public boolean isSubsetOf(PySet other) {
        if (used > other.used) return false;
        for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
            if (other.findSlot(table[i], hashes[i]) < 0) return false;
        }
        return true;
    }

    @Override public boolean equals(Object o) {
        return o instanceof PySet s && s.used == used && isSubsetOf(s);
    }

    @Override public int hashCode() {
        if (!frozen) throw Errors.typeError("unhashable type: 'set'");
        return (int) frozenHash();
    }

    @Override public String toString() { return Repr.repr(this); }
}

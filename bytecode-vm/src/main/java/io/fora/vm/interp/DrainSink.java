// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

/**
 * Where the values of a block a reduction drains are collected: floats unboxed while every value
 * is a float (when floats are wanted), boxed values otherwise. A packed sink (for the pages of a
 * list) also keeps ints that fit in a long unboxed while every value is one. Compiled generator
 * code adds to it directly; what it leaves undone, the iterator yields into it afterwards.
 */
public final class DrainSink {
    private double[] floats;
    private long[] longs;
    private Object[] items;
    private int n;
    /** Packed, and nothing added yet: the first value decides between longs and floats. */
    private boolean undecided;

    DrainSink(int capacity, boolean floats) {
        if (floats) this.floats = new double[capacity];
        else this.items = new Object[capacity];
    }

    /** A sink that keeps a block of ints, or of floats, unboxed. */
    static DrainSink packed(int capacity) {
        DrainSink s = new DrainSink(capacity, true);
        s.undecided = true;
        return s;
    }

    public void addLong(long v) {
        if (undecided) {
            undecided = false;
            longs = new long[floats.length];
            floats = null;
        }
        if (longs == null) {
            add((Object) io.fora.vm.runtime.Ints.box(v));
            return;
        }
        if (n == longs.length) longs = java.util.Arrays.copyOf(longs, n * 2);
        longs[n++] = v;
    }

    public void addDouble(double v) {
        undecided = false;
        if (floats == null) {
            add((Object) v);
            return;
        }
        if (n == floats.length) floats = java.util.Arrays.copyOf(floats, n * 2);
        floats[n++] = v;
    }

    public void add(Object v) {
        if (v instanceof Long l && (undecided || longs != null)) {
            addLong(l);
            return;
        }
        undecided = false;
        if (longs != null) {
            items = new Object[Math.max(longs.length, n + 1)];
            for (int i = 0; i < n; i++) items[i] = io.fora.vm.runtime.Ints.box(longs[i]);
            longs = null;
        }
        if (floats != null) {
            if (v instanceof Double x) {
                addDouble(x);
                return;
            }
            items = new Object[Math.max(floats.length, n + 1)];
            for (int i = 0; i < n; i++) items[i] = floats[i];
            floats = null;
        }
        if (n == items.length) items = java.util.Arrays.copyOf(items, n * 2);
        items[n++] = v;
    }

    double[] floats() { return floats; }

    long[] longs() { return longs; }

    Object[] items() { return items; }

    /** The values as Python objects, in an array of exactly their number. */
    Object[] boxed() {
        Object[] out = new Object[n];
        if (longs != null) for (int i = 0; i < n; i++) out[i] = io.fora.vm.runtime.Ints.box(longs[i]);
        else if (floats != null) for (int i = 0; i < n; i++) out[i] = floats[i];
        else System.arraycopy(items, 0, out, 0, n);
        return out;
    }

    /** Adds the values to a paged list being built, ints and floats without boxing them. */
    void addTo(io.fora.vm.runtime.PagedVector.Builder b) {
        if (longs != null) b.addLongs(longs, n);
        else if (floats != null) b.addDoubles(floats, n);
        else for (int i = 0; i < n; i++) b.add(items[i]);
    }

    int size() { return n; }
}

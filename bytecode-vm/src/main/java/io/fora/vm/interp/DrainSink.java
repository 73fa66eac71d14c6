// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

/**
 * Where the values of a block a reduction drains are collected: floats unboxed while every value
 * is a float (when floats are wanted), boxed values otherwise. Compiled generator code adds to it
 * directly; what it leaves undone, the iterator yields into it afterwards.
 */
public final class DrainSink {
    private double[] floats;
    private Object[] items;
    private int n;

    DrainSink(int capacity, boolean floats) {
        if (floats) this.floats = new double[capacity];
        else this.items = new Object[capacity];
    }

    public void addDouble(double v) {
        if (floats == null) {
            add((Object) v);
            return;
        }
        if (n == floats.length) floats = java.util.Arrays.copyOf(floats, n * 2);
        floats[n++] = v;
    }

    public void add(Object v) {
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

    Object[] items() { return items; }

    int size() { return n; }
}

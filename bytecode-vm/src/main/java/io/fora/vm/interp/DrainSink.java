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

    // ---- a summing sink: sum() of a generator expression that is not split (Reductions#drainedSum)

    /**
     * A summing sink adds each value as it comes: 0 no; its total is 1 a long, 2 a float, 4 a big
     * int, 3 any object, 5 ints past a long ({@link #wide}).
     */
    private int summing;
    private long longTotal;
    private io.fora.vm.runtime.LongSum wide;
    private double floatTotal;
    private Object total;
    /** While compiled code yields here: a value whose addition may raise or run Python code waits for it to leave. */
    private Interpreter yielding;
    private Object pending;

    /**
     * A sink that adds each value to start (an int or a float) as it comes, in order, as CPython's
     * sum does: ints in a long while they fit, then a big int, floats in a double. A value whose
     * addition could raise or run Python code (a str, a Fraction, a big int into a float) is not
     * added while compiled code yields it: the sink asks that code to leave at its next poll (the
     * loop's back edge, before the next element), and {@link #flush} adds it once the generator
     * goes on in tier 0, so an error leaves the generator suspended after that element, as
     * CPython's does.
     */
    static DrainSink summing(Object start, Interpreter yielding) {
        DrainSink s = new DrainSink(0, false);
        if (start instanceof Long l) {
            s.summing = 1;
            s.longTotal = l;
        } else {
            s.summing = 2;
            s.floatTotal = (Double) start;
        }
        s.yielding = yielding;
        return s;
    }

    /** A summing sink's total so far. */
    Object total() {
        return switch (summing) {
            case 1 -> io.fora.vm.runtime.Ints.box(longTotal);
            case 2 -> floatTotal;
            case 5 -> wide.value();
            default -> total;
        };
    }

    /** Compiled code no longer yields here: the value it left waiting is added, and every later one as it comes. */
    void flush() {
        yielding = null;
        Object v = pending;
        pending = null;
        if (v != null) sumObject(v);
    }

    private void sumLong(long v) {
        switch (summing) {
            case 1 -> {
                long t = longTotal + v;
                if (((longTotal ^ t) & (v ^ t)) < 0) { // beyond a long: 128 bits from here on
                    wide = new io.fora.vm.runtime.LongSum(longTotal);
                    wide.add(v);
                    summing = 5;
                } else {
                    longTotal = t;
                }
            }
            case 5 -> wide.add(v);
            case 2 -> floatTotal += v;
            case 4 -> total = io.fora.vm.runtime.Ints.add(total, v);
            default -> sumObject(io.fora.vm.runtime.Ints.box(v));
        }
    }

    private void sumDouble(double v) {
        switch (summing) {
            case 1 -> {
                floatTotal = (double) longTotal + v;
                summing = 2;
            }
            case 2 -> floatTotal += v;
            default -> sumObject(v);
        }
    }

    private void sumObject(Object v) {
        if (pending != null) {
            // compiled code went on without polling: keep the order, at least
            Object p = pending;
            pending = null;
            sumObject(p);
        }
        if ((summing == 1 || summing == 5) && v instanceof Long l) {
            sumLong(l);
        } else if (summing == 5 && v instanceof Boolean b) {
            wide.add(b ? 1 : 0);
        } else if (summing == 5) {
            // anything else joins the total as a big int does
            total = wide.value();
            wide = null;
            summing = 4;
            sumObject(v);
        } else if (summing == 2 && (v instanceof Double || v instanceof Long || v instanceof Boolean)) {
            floatTotal += v instanceof Double d ? d : v instanceof Long l ? (double) l : ((Boolean) v ? 1.0 : 0.0);
        } else if ((summing == 1 || summing == 4) && (v instanceof Long || v instanceof Boolean || v instanceof java.math.BigInteger)) {
            Object t = total();
            total = io.fora.vm.runtime.Ints.add(t, v instanceof Boolean b ? (Object) (b ? 1L : 0L) : v);
            summing = 4;
        } else if (yielding != null) {
            pending = v;
            yielding.leaveCompiledAtNextPoll(true);
        } else {
            Object t = total();
            summing = 3;
            total = io.fora.vm.runtime.Arith.binary(io.fora.vm.runtime.Arith.ADD, t, v);
        }
    }

    public void addLong(long v) {
        if (summing != 0) {
            sumLong(v);
            return;
        }
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
        if (summing != 0) {
            sumDouble(v);
            return;
        }
        undecided = false;
        if (floats == null) {
            add((Object) v);
            return;
        }
        if (n == floats.length) floats = java.util.Arrays.copyOf(floats, n * 2);
        floats[n++] = v;
    }

    public void add(Object v) {
        if (summing != 0) {
            sumObject(v);
            return;
        }
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

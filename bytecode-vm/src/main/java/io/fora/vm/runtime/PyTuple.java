// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Arrays;

/** An immutable tuple over an array that nobody else writes. */
public final class PyTuple {
    public static final PyTuple EMPTY = new PyTuple(new Object[0]);

    private final Object[] items;

    private PyTuple(Object[] items) { this.items = items; }

    /** Wraps the array without copying: the caller hands it over. */
    public static PyTuple of(Object... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public int size() { return items.length; }
    public Object get(int i) { return items[i]; }

    /** The backing array: read it, never write it. */
    public Object[] items() { return items; }

    public PyTuple slice(int from, int to) { return of(Arrays.copyOfRange(items, from, to)); }

    @Override public boolean equals(Object o) {
        return o instanceof PyTuple t && Ops.sequenceEquals(items, items.length, t.items, t.items.length);
    }

    @Override public int hashCode() { return (int) Hashing.hash(this); }

    @Override public String toString() { return Repr.repr(this); }
}

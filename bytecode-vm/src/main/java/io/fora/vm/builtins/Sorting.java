// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import java.util.Arrays;
import java.util.Comparator;

/**
 * sorted() as CPython's list.sort: stable, ordering only with {@code <}. Keys of builtin types with
 * a total order (ints, strs, non-nan floats...; no user code runs) are sorted by the JDK (in
 * blocks on several cores when long); everything else by {@link ListSort}, CPython's own
 * algorithm, so that the comparisons asked, their count and the permutation an inconsistent
 * order gives are CPython's.
 */
final class Sorting {
    private Sorting() {}

    private static final int SMALL = 64;

    /** Sorts values by keys (the same array when there is no key function), in place. */
    static void sort(Object[] keys, Object[] values, boolean reverse) {
        if (reverse) {
            reverse(keys, 0, keys.length);
            if (values != keys) reverse(values, 0, values.length);
        }
        if (keys.length < SMALL) {
            ListSort.sort(keys, values);
        } else if (!(keys == values && byThemselves(keys)) && !io.fora.vm.interp.Reductions.sortInBlocks(keys, values)) {
            large(keys, values);
        }
        if (reverse) {
            reverse(keys, 0, keys.length);
            if (values != keys) reverse(values, 0, values.length);
        }
    }

    private static void large(Object[] keys, Object[] values) {
        Comparator<Object> total = io.fora.vm.interp.Reductions.totalOrder(keys);
        if (total == null) {
            ListSort.sort(keys, values);
            return;
        }
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (x, y) -> total.compare(keys[x], keys[y]));
        Object[] k = keys.clone(), v = values == keys ? k : values.clone();
        for (int i = 0; i < order.length; i++) {
            keys[i] = k[order[i]];
            if (values != keys) values[i] = v[order[i]];
        }
    }

    /**
     * Ints, non-nan floats or strs sorted by themselves, without a key: ints as primitives (equal
     * ints are interchangeable), the others by the JDK's stable sort (0.0 and -0.0 keep their order).
     */
    private static boolean byThemselves(Object[] keys) {
        Comparator<Object> total = io.fora.vm.interp.Reductions.totalOrder(keys);
        if (total == null) return false;
        if (keys[0] instanceof Long) {
            long[] v = new long[keys.length];
            for (int i = 0; i < v.length; i++) v[i] = (Long) keys[i];
            Arrays.sort(v);
            for (int i = 0; i < v.length; i++) keys[i] = io.fora.vm.runtime.Ints.box(v[i]);
        } else {
            Arrays.sort(keys, total);
        }
        return true;
    }

    private static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}

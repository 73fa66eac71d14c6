// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Compare;
import java.util.Arrays;
import java.util.Comparator;

/**
 * sorted() as CPython's list.sort: stable, ordering only with {@code <}, and for fewer than 64
 * items exactly CPython's steps (a natural run, then binary insertion), so that even inconsistent
 * orders (nan) and the operands named in a TypeError come out the same. Longer inputs use the
 * JDK's TimSort, which agrees with CPython's whenever {@code <} is a consistent order; when it
 * is not, a plain stable merge sort finishes the job instead of failing.
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
            small(keys, values);
        } else if (!(keys == values && byThemselves(keys)) && !io.fora.vm.interp.Reductions.sortInBlocks(keys, values)) {
            large(keys, values);
        }
        if (reverse) {
            reverse(keys, 0, keys.length);
            if (values != keys) reverse(values, 0, values.length);
        }
    }

    private static boolean lt(Object a, Object b) { return Compare.test(Compare.LT, a, b); }

    /** CPython's count_run followed by binarysort over the whole input. */
    private static void small(Object[] keys, Object[] values) {
        int n = keys.length;
        if (n < 2) return;
        int run = 2;
        if (lt(keys[1], keys[0])) {
            while (run < n && lt(keys[run], keys[run - 1])) run++;
            reverse(keys, 0, run);
            if (values != keys) reverse(values, 0, run);
        } else {
            while (run < n && !lt(keys[run], keys[run - 1])) run++;
        }
        for (int start = run; start < n; start++) {
            Object pivot = keys[start], pivotValue = values[start];
            int l = 0, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p; else l = p + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (values != keys) {
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pivotValue;
            }
        }
    }

    private static void large(Object[] keys, Object[] values) {
        Comparator<Object> total = io.fora.vm.interp.Reductions.totalOrder(keys);
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Comparator<Integer> byKey = total != null ? (x, y) -> total.compare(keys[x], keys[y])
                : (x, y) -> lt(keys[x], keys[y]) ? -1 : lt(keys[y], keys[x]) ? 1 : 0;
        try {
            Arrays.sort(order, byKey);
        } catch (IllegalArgumentException inconsistentOrder) {
            for (int i = 0; i < order.length; i++) order[i] = i;
            mergeSort(order, new Integer[order.length], 0, order.length, keys);
        }
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

    /** Stable top-down merge sort using only {@code <}; tolerates inconsistent orders. */
    private static void mergeSort(Integer[] a, Integer[] tmp, int lo, int hi, Object[] keys) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid, keys);
        mergeSort(a, tmp, mid, hi, keys);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = lt(keys[a[j]], keys[a[i]]) ? a[j++] : a[i++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    private static void reverse(Object[] a, int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}

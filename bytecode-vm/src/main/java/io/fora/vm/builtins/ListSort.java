// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Compare;

/**
 * CPython 3.11's list.sort (Objects/listobject.c, listsort): natural runs extended by binary
 * insertion to minrun, merged by powersort's policy, merges galloping once one run wins
 * {@code min_gallop} times in a row. Only {@code <} is asked, and in CPython's order, so a
 * program that counts or prints its comparisons sees what CPython shows (half the comparisons a
 * three-way comparator asks), and an inconsistent order (nan, a {@code __lt__} that lies) gives
 * CPython's permutation. Keys and values move together (they are one array without a key
 * function). When a comparison raises, the arrays hold a permutation of what they held.
 */
final class ListSort {
    private static final int MIN_GALLOP = 7;

    private final Object[] keys;
    private final Object[] values;
    private final boolean withValues;
    private final int listlen;
    private int minGallop = MIN_GALLOP;
    /** The pending runs: start, length and power (powersort), ms->pending. */
    private final int[] runBase = new int[85];
    private final int[] runLen = new int[85];
    private final int[] runPower = new int[85];
    private int pending;
    private Object[] tmpKeys = new Object[0];
    private Object[] tmpValues = new Object[0];

    private ListSort(Object[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.withValues = values != keys;
        this.listlen = keys.length;
    }

    /** Sorts keys ascending by {@code <}, stably, moving values with them (values may be keys itself). */
    static void sort(Object[] keys, Object[] values) {
        if (keys.length < 2) return;
        new ListSort(keys, values).run();
    }

    private static boolean lt(Object a, Object b) { return Compare.test(Compare.LT, a, b); }

    private void run() {
        int nremaining = listlen;
        int minrun = minrun(nremaining);
        int lo = 0;
        while (nremaining > 0) {
            int n = countRun(lo, lo + nremaining);
            if (n < minrun) {
                int force = Math.min(nremaining, minrun);
                binarySort(lo, lo + force, lo + n);
                n = force;
            }
            foundNewRun(n);
            runBase[pending] = lo;
            runLen[pending] = n;
            pending++;
            lo += n;
            nremaining -= n;
        }
        while (pending > 1) {
            int n = pending - 2;
            if (n > 0 && runLen[n - 1] < runLen[n + 1]) n--;
            mergeAt(n);
        }
    }

    private static int minrun(int n) {
        int r = 0;
        while (n >= 64) {
            r |= n & 1;
            n >>= 1;
        }
        return n + r;
    }

    /** The length of the run starting at lo (strictly descending runs are reversed in place). */
    private int countRun(int lo, int hi) {
        if (lo + 1 == hi) return 1;
        int n = 2;
        if (lt(keys[lo + 1], keys[lo])) {
            for (int i = lo + 2; i < hi && lt(keys[i], keys[i - 1]); i++) n++;
            reverse(lo, lo + n);
        } else {
            for (int i = lo + 2; i < hi && !lt(keys[i], keys[i - 1]); i++) n++;
        }
        return n;
    }

    private void reverse(int from, int to) {
        for (int i = from, j = to - 1; i < j; i++, j--) {
            Object t = keys[i];
            keys[i] = keys[j];
            keys[j] = t;
            if (withValues) {
                t = values[i];
                values[i] = values[j];
                values[j] = t;
            }
        }
    }

    /** [lo, start) is sorted: inserts each of [start, hi) into it by binary search. */
    private void binarySort(int lo, int hi, int start) {
        if (lo == start) start++;
        for (; start < hi; start++) {
            Object pivot = keys[start];
            Object pivotValue = values[start];
            int l = lo, r = start;
            do {
                int p = l + ((r - l) >> 1);
                if (lt(pivot, keys[p])) r = p;
                else l = p + 1;
            } while (l < r);
            System.arraycopy(keys, l, keys, l + 1, start - l);
            keys[l] = pivot;
            if (withValues) {
                System.arraycopy(values, l, values, l + 1, start - l);
                values[l] = pivotValue;
            }
        }
    }

    /** powersort: merges what the new run of length n2 makes due, before it is pushed. */
    private void foundNewRun(int n2) {
        if (pending == 0) return;
        int s1 = runBase[pending - 1], n1 = runLen[pending - 1];
        int power = power(s1, n1, n2, listlen);
        while (pending > 1 && runPower[pending - 2] > power) mergeAt(pending - 2);
        runPower[pending - 1] = power;
    }

    private static int power(long s1, long n1, long n2, long n) {
        int result = 0;
        long a = 2 * s1 + n1;
        long b = a + n1 + n2;
        for (;;) {
            result++;
            if (a >= n) {
                a -= n;
                b -= n;
            } else if (b >= n) {
                break;
            }
            a <<= 1;
            b <<= 1;
        }
        return result;
    }

    /** Merges pending runs i and i + 1. */
    private void mergeAt(int i) {
        int baseA = runBase[i], na = runLen[i];
        int baseB = runBase[i + 1], nb = runLen[i + 1];
        runLen[i] = na + nb;
        if (i == pending - 3) {
            runBase[i + 1] = runBase[i + 2];
            runLen[i + 1] = runLen[i + 2];
            runPower[i + 1] = runPower[i + 2];
        }
        pending--;
        // where b's first element goes in a: what comes before it is in place already
        int k = gallopRight(keys[baseB], baseA, na, 0);
        baseA += k;
        na -= k;
        if (na == 0) return;
        // where a's last element goes in b: what comes after it is in place already
        nb = gallopLeft(keys[baseA + na - 1], baseB, nb, nb - 1);
        if (nb <= 0) return;
        if (na <= nb) mergeLo(baseA, na, baseB, nb);
        else mergeHi(baseA, na, baseB, nb);
    }

    /** The leftmost place for key in keys[base, base + n), searched from base + hint (gallop_left). */
    private int gallopLeft(Object key, int base, int n, int hint) { return gallopLeft(key, keys, base, n, hint); }

    /** The rightmost place for key in keys[base, base + n), searched from base + hint (gallop_right). */
    private int gallopRight(Object key, int base, int n, int hint) { return gallopRight(key, keys, base, n, hint); }

    private static int gallopRight(Object key, Object[] arr, int base, int n, int hint) {
        int a = base + hint;
        int lastofs = 0, ofs = 1;
        if (lt(key, arr[a])) {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(key, arr[a - ofs])) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxofs;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        } else {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(key, arr[a + ofs])) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxofs;
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(key, arr[base + m])) ofs = m;
            else lastofs = m + 1;
        }
        return ofs;
    }

    private static int gallopLeft(Object key, Object[] arr, int base, int n, int hint) {
        int a = base + hint;
        int lastofs = 0, ofs = 1;
        if (lt(arr[a], key)) {
            int maxofs = n - hint;
            while (ofs < maxofs) {
                if (lt(arr[a + ofs], key)) {
                    lastofs = ofs;
                    ofs = (ofs << 1) + 1;
                    if (ofs <= 0) ofs = maxofs;
                } else {
                    break;
                }
            }
            if (ofs > maxofs) ofs = maxofs;
            lastofs += hint;
            ofs += hint;
        } else {
            int maxofs = hint + 1;
            while (ofs < maxofs) {
                if (lt(arr[a - ofs], key)) break;
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
                if (ofs <= 0) ofs = maxofs;
            }
            if (ofs > maxofs) ofs = maxofs;
            int k = lastofs;
            lastofs = hint - ofs;
            ofs = hint - k;
        }
        lastofs++;
        while (lastofs < ofs) {
            int m = lastofs + ((ofs - lastofs) >> 1);
            if (lt(arr[base + m], key)) lastofs = m + 1;
            else ofs = m;
        }
        return ofs;
    }

    private void ensureTmp(int n) {
        if (tmpKeys.length < n) {
            tmpKeys = new Object[Math.max(n, Math.min(listlen, 2 * n))];
            if (withValues) tmpValues = new Object[tmpKeys.length];
        }
    }

    /** Copies [from, from + n) of the list to [to, ...) of tmp, keys and values alike. */
    private void toTmp(int from, int to, int n) {
        System.arraycopy(keys, from, tmpKeys, to, n);
        if (withValues) System.arraycopy(values, from, tmpValues, to, n);
    }

    private void fromTmp(int from, int to, int n) {
        System.arraycopy(tmpKeys, from, keys, to, n);
        if (withValues) System.arraycopy(tmpValues, from, values, to, n);
    }

    private void move(int from, int to, int n) {
        System.arraycopy(keys, from, keys, to, n);
        if (withValues) System.arraycopy(values, from, values, to, n);
    }

    private void put(int dest, Object[] srcKeys, Object[] srcValues, int src) {
        keys[dest] = srcKeys[src];
        if (withValues) values[dest] = srcValues[src];
    }

    /** Merges a (in tmp) and b (in place) into a's place, na <= nb, a[0] > b[0], a[na-1] > all of b. */
    private void mergeLo(int baseA, int na, int baseB, int nb) {
        ensureTmp(na);
        toTmp(baseA, 0, na);
        int dest = baseA;
        int a = 0;             // into tmp
        int b = baseB;         // into the list
        put(dest++, keys, values, b++);
        nb--;
        try {
            if (nb == 0) return;
            if (na == 1) { copyB(dest, a, b, nb); na = 0; return; }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(keys[b], tmpKeys[a])) {
                        put(dest++, keys, values, b++);
                        bcount++;
                        acount = 0;
                        if (--nb == 0) break outer;
                        if (bcount >= mg) break;
                    } else {
                        put(dest++, tmpKeys, tmpValues, a++);
                        acount++;
                        bcount = 0;
                        if (--na == 1) { copyB(dest, a, b, nb); na = 0; return; }
                        if (acount >= mg) break;
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(keys[b], tmpKeys, a, na, 0);
                    acount = k;
                    if (k != 0) {
                        fromTmp(a, dest, k);
                        dest += k;
                        a += k;
                        na -= k;
                        if (na == 1) { copyB(dest, a, b, nb); na = 0; return; }
                        if (na == 0) break outer;
                    }
                    put(dest++, keys, values, b++);
                    if (--nb == 0) break outer;
                    k = gallopLeft(tmpKeys[a], keys, b, nb, 0);
                    bcount = k;
                    if (k != 0) {
                        move(b, dest, k);
                        dest += k;
                        b += k;
                        nb -= k;
                        if (nb == 0) break outer;
                    }
                    put(dest++, tmpKeys, tmpValues, a++);
                    if (--na == 1) { copyB(dest, a, b, nb); na = 0; return; }
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            // done, or a comparison raised: what is left of a goes where it belongs in the permutation
            if (na > 0) fromTmp(a, dest, na);
        }
    }

    /** na == 1: b's rest moves down, and a's one element goes after it. */
    private void copyB(int dest, int a, int b, int nb) {
        move(b, dest, nb);
        put(dest + nb, tmpKeys, tmpValues, a);
    }

    /** Merges a (in place) and b (in tmp) into their places from the right, na >= nb. */
    private void mergeHi(int baseA, int na, int baseB, int nb) {
        ensureTmp(nb);
        toTmp(baseB, 0, nb);
        int dest = baseB + nb - 1;
        int b = nb - 1;            // into tmp
        int a = baseA + na - 1;    // into the list
        put(dest--, keys, values, a--);
        na--;
        try {
            if (na == 0) return;
            if (nb == 1) { copyA(dest, a, na, b); nb = 0; return; }
            int mg = minGallop;
            outer:
            for (;;) {
                int acount = 0, bcount = 0;
                for (;;) {
                    if (lt(tmpKeys[b], keys[a])) {
                        put(dest--, keys, values, a--);
                        acount++;
                        bcount = 0;
                        if (--na == 0) break outer;
                        if (acount >= mg) break;
                    } else {
                        put(dest--, tmpKeys, tmpValues, b--);
                        bcount++;
                        acount = 0;
                        if (--nb == 1) { copyA(dest, a, na, b); nb = 0; return; }
                        if (bcount >= mg) break;
                    }
                }
                mg++;
                do {
                    mg -= mg > 1 ? 1 : 0;
                    minGallop = mg;
                    int k = gallopRight(tmpKeys[b], keys, baseA, na, na - 1);
                    k = na - k;
                    acount = k;
                    if (k != 0) {
                        dest -= k;
                        a -= k;
                        move(a + 1, dest + 1, k);
                        na -= k;
                        if (na == 0) break outer;
                    }
                    put(dest--, tmpKeys, tmpValues, b--);
                    if (--nb == 1) { copyA(dest, a, na, b); nb = 0; return; }
                    k = gallopLeft(keys[a], tmpKeys, 0, nb, nb - 1);
                    k = nb - k;
                    bcount = k;
                    if (k != 0) {
                        dest -= k;
                        b -= k;
                        fromTmp(b + 1, dest + 1, k);
                        nb -= k;
                        if (nb == 1) { copyA(dest, a, na, b); nb = 0; return; }
                        if (nb == 0) break outer;
                    }
                    put(dest--, keys, values, a--);
                    if (--na == 0) break outer;
                } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
                mg++;
                minGallop = mg;
            }
        } finally {
            if (nb > 0) fromTmp(0, dest - (nb - 1), nb);
        }
    }

    /** nb == 1: a's rest moves up, and b's one element goes before it. */
    private void copyA(int dest, int a, int na, int b) {
        dest -= na;
        a -= na;
        move(a + 1, dest + 1, na);
        put(dest, tmpKeys, tmpValues, b);
    }
}

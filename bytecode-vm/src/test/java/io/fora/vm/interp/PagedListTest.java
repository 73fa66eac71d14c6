// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.PageKeeper;
import io.fora.vm.runtime.PagedVector;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Paged lists against a plain Java list of the same elements: random contents (ints, floats,
 * bools, big ints, strings, None), random slices, joins, reads, sums and iteration, with pages of
 * 16 elements so that every operation crosses page boundaries; and their Kryo round trip.
 */
class PagedListTest {
    private static final PageKeeper SMALL = new PageKeeper() {
        private final PageKeeper heap = PageKeeper.onHeap(4096);

        @Override public Kept keep(boolean doubles, long[] bits, int n) { return heap.keep(doubles, bits, n); }

        @Override public int pageElements() { return 16; }
    };

    private static Object element(Random r, int mix) {
        int k = r.nextInt(100);
        if (mix == 0 || k < 60) return (long) r.nextInt(2000) - 1000;
        if (mix == 1 || k < 85) return r.nextDouble() * 10 - 5;
        if (k < 90) return r.nextBoolean();
        if (k < 94) return BigInteger.TWO.pow(64 + r.nextInt(10));
        if (k < 97) return io.fora.vm.runtime.PyStr.of("s" + r.nextInt(50));
        return io.fora.vm.runtime.PyNone.NONE;
    }

    private static PagedVector build(List<Object> model) {
        PagedVector.Builder b = new PagedVector.Builder(SMALL);
        for (Object x : model) b.add(x);
        return b.build();
    }

    private static void same(List<Object> model, PagedVector v) {
        assertEquals(model.size(), v.size());
        for (int i = 0; i < model.size(); i++) assertEquals(model.get(i), v.get(i), "element " + i);
        assertEquals(model, List.of(v.toArray(0, v.size())));
        PyIter it = v.iter();
        List<Object> seen = new ArrayList<>();
        for (Object x = it.next(); x != null; x = it.next()) seen.add(x);
        assertEquals(model, seen);
    }

    @Test void randomVectorsReadJoinAndSliceAsTheirElements() {
        Random r = new Random(12);
        for (int round = 0; round < 300; round++) {
            int mix = r.nextInt(3);
            List<Object> model = new ArrayList<>();
            int n = r.nextInt(200);
            for (int i = 0; i < n; i++) model.add(element(r, mix));
            PagedVector v = build(model);
            same(model, v);
            int a = n == 0 ? 0 : r.nextInt(n + 1), b = a + r.nextInt(n - a + 1);
            same(model.subList(a, b), v.slice(a, b));
            List<Object> other = new ArrayList<>();
            for (int i = r.nextInt(40); i > 0; i--) other.add(element(r, mix));
            List<Object> joined = new ArrayList<>(model.subList(a, b));
            joined.addAll(other);
            same(joined, PagedVector.concat(v.slice(a, b), build(other)));
            // builders joined left to right, as the blocks of a split comprehension join
            PagedVector.Builder left = new PagedVector.Builder(SMALL), right = new PagedVector.Builder(SMALL);
            for (Object x : model) left.add(x);
            for (Object x : other) right.add(x);
            left.append(right);
            List<Object> all = new ArrayList<>(model);
            all.addAll(other);
            same(all, left.build());
        }
    }

    /** Builders of a few elements each, joined pairwise up a random tree as a split reduction joins them: short packed runs wait in a tail. */
    @Test void manySmallBuildersJoinedUpATreeHoldTheirElementsInOrder() {
        Random r = new Random(34);
        for (int round = 0; round < 300; round++) {
            int mix = r.nextInt(3);
            List<Object> model = new ArrayList<>();
            List<PagedVector.Builder> level = new ArrayList<>();
            for (int k = r.nextInt(40); k >= 0; k--) {
                PagedVector.Builder b = new PagedVector.Builder(SMALL);
                int n = r.nextInt(r.nextBoolean() ? 6 : 40);
                if (r.nextInt(3) == 0) { // a packed block, as a drained block adds it
                    boolean floats = r.nextBoolean();
                    long[] ls = new long[n];
                    double[] ds = new double[n];
                    for (int i = 0; i < n; i++) {
                        ls[i] = r.nextInt(100);
                        ds[i] = r.nextInt(100) / 4.0;
                        model.add(floats ? (Object) ds[i] : (Object) ls[i]);
                    }
                    if (floats) b.addDoubles(ds, n);
                    else b.addLongs(ls, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        Object x = element(r, mix);
                        model.add(x);
                        b.add(x);
                    }
                }
                level.add(b);
            }
            while (level.size() > 1) {
                int i = r.nextInt(level.size() - 1);
                level.get(i).append(level.remove(i + 1));
            }
            same(model, level.get(0).build());
        }
    }

    @Test void sumsAreCPythonsLeftToRightIntsExactFloatsInOrder() {
        PagedVector ints = build(new ArrayList<>(List.of(Long.MAX_VALUE - 5, 3L, 4L, 1L)));
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(3)), ints.sum(0L));
        PagedVector back = build(new ArrayList<>(List.of(Long.MAX_VALUE - 5, 3L, 4L, -10L, 1L)));
        assertEquals(Long.MAX_VALUE - 7, back.sum(0L)); // past 2**63 and back: an int that fits again
        List<Object> floats = new ArrayList<>();
        for (int i = 0; i < 100; i++) floats.add(i * 0.1);
        double want = 0;
        for (Object f : floats) want += (Double) f;
        assertEquals(want, build(floats).sum(0L));
        List<Object> mixed = new ArrayList<>(List.of(1L, 2.5, true, BigInteger.TWO.pow(70), -3L));
        assertEquals(BigInteger.TWO.pow(70).doubleValue() + 1.5, build(mixed).sum(0L));
    }

    /** Pages that claim to be held elsewhere: added up "there" (another thread) through {@link PagedVector#addPage}. */
    private static final java.util.concurrent.atomic.AtomicInteger ADDED_THERE = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger READ_THERE = new java.util.concurrent.atomic.AtomicInteger();
    private static final PageKeeper ELSEWHERE = new PageKeeper() {
        @Override public Kept keep(boolean doubles, long[] bits, int n) {
            Kept k = SMALL.keep(doubles, bits, n);
            return new Kept() {
                @Override public java.lang.foreign.MemorySegment segment() { return k.segment(); }

                @Override public java.util.concurrent.CompletableFuture<Object> addThere(boolean d, Double acc, int from, int count) {
                    ADDED_THERE.incrementAndGet();
                    return java.util.concurrent.CompletableFuture.supplyAsync(() -> PagedVector.addPage(k.segment(), d, acc, from, count));
                }

                @Override public java.util.concurrent.CompletableFuture<long[]> readThere(int from, int step, int count) {
                    READ_THERE.incrementAndGet();
                    return java.util.concurrent.CompletableFuture.supplyAsync(() -> PagedVector.readPage(k.segment(), from, step, count));
                }
            };
        }

        @Override public int pageElements() { return 16; }
    };

    @Test void pagesHeldElsewhereAreAddedUpThereToTheSameSum() {
        Random r = new Random(44);
        Object[] starts = {0L, 0.5, -0.0, BigInteger.TWO.pow(70), Long.MIN_VALUE, true};
        int before = ADDED_THERE.get();
        for (int round = 0; round < 400; round++) {
            int mix = r.nextInt(3);
            List<Object> model = new ArrayList<>();
            int n = r.nextInt(300);
            for (int i = 0; i < n; i++) {
                // ints near 2**62 overflow a page's long sum; floats of every size make the order matter
                Object x = r.nextInt(10) == 0 ? (Object) ((r.nextBoolean() ? 1 : -1) * (Long.MAX_VALUE / 2 + r.nextInt(1000)))
                        : mix == 1 && r.nextInt(4) == 0 ? (Object) (r.nextDouble() * Math.pow(10, r.nextInt(30) - 10)) : element(r, mix);
                if (x instanceof io.fora.vm.runtime.PyStr || x == io.fora.vm.runtime.PyNone.NONE) x = (long) i; // numbers only: a sum
                model.add(x);
            }
            PagedVector.Builder b = new PagedVector.Builder(ELSEWHERE);
            for (Object x : model) b.add(x);
            PagedVector there = b.build(), here = build(model);
            int a = n == 0 ? 0 : r.nextInt(n + 1), c = a + r.nextInt(n - a + 1);
            Object start = starts[r.nextInt(starts.length)];
            Object want = start;
            for (Object x : model) want = Arith.binary(Arith.ADD, want, x);
            assertEquals(want, there.sum(start), "round " + round);
            assertEquals(want, here.sum(start), "round " + round);
            Object part = start;
            for (Object x : model.subList(a, c)) part = Arith.binary(Arith.ADD, part, x);
            assertEquals(part, there.slice(a, c).sum(start), "round " + round + " slice " + a + ":" + c);
        }
        assertTrue(ADDED_THERE.get() - before > 1000, "pages were added up where they are: " + (ADDED_THERE.get() - before));
    }

    @Test void elementsOfPagesHeldElsewhereAreReadThere() {
        Random r = new Random(45);
        int before = READ_THERE.get();
        for (int round = 0; round < 300; round++) {
            List<Object> model = new ArrayList<>();
            int n = 1 + r.nextInt(9000), mix = r.nextInt(3);
            for (int i = 0; i < n; i++) model.add(element(r, mix));
            PagedVector.Builder b = new PagedVector.Builder(ELSEWHERE);
            for (Object x : model) b.add(x);
            PagedVector v = b.build();
            int i = r.nextInt(n);
            assertEquals(model.get(i), v.get(i));
            int step = (r.nextBoolean() ? 1 : -1) * (1 + r.nextInt(r.nextBoolean() ? 5 : 600));
            int start = step > 0 ? r.nextInt(n) : n - 1 - r.nextInt(n);
            int length = step > 0 ? (n - 1 - start) / step + 1 : start / -step + 1;
            length = r.nextInt(length + 1);
            List<Object> want = new ArrayList<>();
            for (int j = 0; j < length; j++) want.add(model.get(start + j * step));
            PyList got = v.sliceStep(start, step, length);
            assertEquals(want, List.of(got.toArray()), "round " + round + ": " + start + " by " + step + " x" + length);
        }
        assertTrue(READ_THERE.get() - before > 1000, "elements were read where their pages are: " + (READ_THERE.get() - before));
    }

    @Test void aPageReadsOnlyWithinItself() {
        java.lang.foreign.MemorySegment s = java.lang.foreign.MemorySegment.ofArray(new long[] {10, 11, 12, 13, 14});
        assertEquals(List.of(14L, 12L, 10L), java.util.Arrays.stream(PagedVector.readPage(s, 4, -2, 3)).boxed().toList());
        assertEquals(List.of(11L, 14L), java.util.Arrays.stream(PagedVector.readPage(s, 1, 3, 2)).boxed().toList());
        assertEquals(0, PagedVector.readPage(s, 7, 1, 0).length);
        for (int[] bad : new int[][] {{0, 0, 1}, {-1, 1, 1}, {4, 1, 2}, {1, -1, 3}, {0, 1, -1}, {0, Integer.MAX_VALUE, 2},
                {0, 1, PagedVector.MAX_READ + 1}, {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE}}) {
            org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> PagedVector.readPage(s, bad[0], bad[1], bad[2]),
                    java.util.Arrays.toString(bad));
        }
    }

    @Test void aPageAddsUpOnlyWithinItself() {
        java.lang.foreign.MemorySegment s = java.lang.foreign.MemorySegment.ofArray(new long[] {Long.MAX_VALUE, Long.MAX_VALUE, 3});
        assertEquals(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(1).add(BigInteger.valueOf(3)), PagedVector.addPage(s, false, null, 0, 3));
        assertEquals(3L, PagedVector.addPage(s, false, null, 2, 1));
        assertEquals(0L, PagedVector.addPage(s, false, null, 3, 0));
        assertNull(PagedVector.addPage(s, true, null, 0, 3)); // floats have no exact sum
        for (int[] bad : new int[][] {{-1, 1}, {2, 2}, {0, -1}, {Integer.MAX_VALUE, Integer.MAX_VALUE}}) {
            org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> PagedVector.addPage(s, false, null, bad[0], bad[1]));
        }
    }

    @Test void aPagedListIsAListUntilItChangesThenAnArrayList() {
        List<Object> model = new ArrayList<>();
        for (long i = 0; i < 100; i++) model.add(i * 3);
        PyList l = PyList.paged(build(model));
        PyList alias = l.copy();
        assertNotNull(l.pagedOrNull());
        l.add(-1L);
        assertNull(l.pagedOrNull());
        assertEquals(101, l.size());
        assertEquals(-1L, l.get(100));
        assertEquals(100, alias.size());
        assertNotNull(alias.pagedOrNull());
        assertEquals(297L, alias.get(99));
        PyList tail = alias.slice(10, 100);
        assertEquals(30L, tail.get(0));
    }

    @Test void kryoCarriesAPagedListAndAnIteratorOverWhatItHasLeft() {
        List<Object> model = new ArrayList<>();
        Random r = new Random(3);
        for (int i = 0; i < 150; i++) model.add(element(r, 2));
        PyList l = PyList.paged(build(model));
        PyList back = (PyList) ComputationState.loadValue(ComputationState.saveValue(l));
        assertEquals(model, List.of(back.toArray()));
        PyIter it = l.iterator(null);
        for (int i = 0; i < 40; i++) it.next();
        PyIter rest = (PyIter) ComputationState.loadValue(ComputationState.saveValue(it));
        List<Object> seen = new ArrayList<>();
        for (Object x = rest.next(); x != null; x = rest.next()) seen.add(x);
        assertEquals(model.subList(40, 150), seen);
    }
}

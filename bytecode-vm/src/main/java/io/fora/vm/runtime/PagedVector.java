// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The elements of a large list, immutable: runs of packed pages (ints that fit in a long, floats)
 * kept by the process's {@link PageKeeper}, and runs of other values on the heap. A list of 10⁸
 * ints takes 800 MB as pages, against 2 GB or more as boxed values, and pages beyond a worker's
 * memory budget go to disk. Reading, slicing and joining never copy a page.
 */
public final class PagedVector {
    static final int LONGS = 0, DOUBLES = 1, VALUES = 2;
    static final ValueLayout.OfLong LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    /** Elements [offset, offset + length) of one page (or of an array of values). */
    static final class Run {
        final int kind;
        final PageKeeper.Kept kept;
        final Object[] values;
        final int offset, length;

        Run(int kind, PageKeeper.Kept kept, Object[] values, int offset, int length) {
            this.kind = kind;
            this.kept = kept;
            this.values = values;
            this.offset = offset;
            this.length = length;
        }

        /** The page's bytes (null for values). */
        MemorySegment segment() { return kept == null ? null : kept.segment(); }

        /** Element i of the run, boxed; s is {@link #segment()}. */
        Object box(MemorySegment s, int i) {
            return switch (kind) {
                case LONGS -> Ints.box(s.getAtIndex(LE, (long) offset + i));
                case DOUBLES -> Double.longBitsToDouble(s.getAtIndex(LE, (long) offset + i));
                default -> values[offset + i];
            };
        }

        Run slice(int from, int to) { return new Run(kind, kept, values, offset + from, to - from); }

        /** An element of this run's page from its raw bits. */
        Object unpack(long bits) { return kind == DOUBLES ? (Object) Double.longBitsToDouble(bits) : Ints.box(bits); }
    }

    private final Run[] runs;
    /** starts[k]: the index of run k's first element; starts[runs.length] is the size. */
    private final int[] starts;

    private PagedVector(List<Run> runs) {
        this.runs = runs.toArray(new Run[0]);
        this.starts = new int[this.runs.length + 1];
        long at = 0;
        for (int k = 0; k < this.runs.length; k++) {
            starts[k] = (int) at;
            at += this.runs[k].length;
        }
        if (at > Integer.MAX_VALUE - 8) throw Errors.of(Types.MEMORY_ERROR, "a list cannot hold more than 2**31 - 9 elements");
        starts[this.runs.length] = (int) at;
    }

    public int size() { return starts[runs.length]; }

    /** The number of runs (pages and arrays of values). */
    public int runCount() { return runs.length; }

    /** How many elements are packed in pages. */
    public long packedElements() {
        long n = 0;
        for (Run r : runs) if (r.kind != VALUES) n += r.length;
        return n;
    }

    /** The run holding element i. */
    private int runOf(int i) {
        int k = Arrays.binarySearch(starts, 0, runs.length, i);
        if (k >= 0) {
            while (k + 1 < runs.length && starts[k + 1] == i) k++; // (no empty runs are made, but slices may start at a boundary)
            return k;
        }
        return -k - 2;
    }

    public Object get(int i) {
        int k = runOf(i);
        Run r = runs[k];
        if (r.kept != null) {
            // a page held elsewhere: its element is asked for, until the page is read often enough to fetch
            java.util.concurrent.CompletableFuture<long[]> there = r.kept.readThere(r.offset + i - starts[k], 1, 1);
            if (there != null) return r.unpack(await(there)[0]);
        }
        return r.box(r.segment(), i - starts[k]);
    }

    /** Elements [from, to) in a new array; MemoryError when they could not fit in memory unpaged. */
    public Object[] toArray(int from, int to) {
        checkFits(to - from);
        Object[] out = new Object[Math.max(0, to - from)];
        int at = 0;
        for (int k = from < to ? runOf(from) : runs.length; k < runs.length && starts[k] < to; k++) {
            Run r = runs[k];
            int a = Math.max(from, starts[k]) - starts[k], b = Math.min(to, starts[k + 1]) - starts[k];
            if (r.kind == VALUES) {
                System.arraycopy(r.values, r.offset + a, out, at, b - a);
                at += b - a;
            } else {
                MemorySegment s = r.segment();
                for (int i = a; i < b; i++) out[at++] = r.box(s, i);
            }
        }
        return out;
    }

    /** Boxed elements take about 20 bytes each: a paged list larger than half the heap cannot be held unpaged. */
    static void checkFits(long n) {
        long need = n * 20;
        if (need > Runtime.getRuntime().maxMemory() / 2) {
            throw Errors.of(Types.MEMORY_ERROR, "a list of " + n + " elements is too large to hold unpaged in this worker's memory"
                    + " (it is kept in pages; this operation needs it whole)");
        }
    }

    /** Elements [from, to), sharing the pages. */
    public PagedVector slice(int from, int to) {
        List<Run> out = new ArrayList<>();
        for (int k = from < to ? runOf(from) : runs.length; k < runs.length && starts[k] < to; k++) {
            int a = Math.max(from, starts[k]) - starts[k], b = Math.min(to, starts[k + 1]) - starts[k];
            if (b > a) out.add(runs[k].slice(a, b));
        }
        return new PagedVector(out);
    }

    /** Elements start, start + step, ... ({@code length} of them) as a list: paged again when long. */
    public PyList sliceStep(int start, int step, int length) {
        Object[] small = length <= 4096 ? new Object[length] : null;
        Builder b = small == null ? new Builder() : null;
        int i = 0;
        while (i < length) {
            // the elements that fall in one run are read together: from a page held elsewhere, by its holder
            int at = start + i * step, k = runOf(at);
            Run r = runs[k];
            int m = (int) Math.min(length - i, step > 0 ? (starts[k + 1] - 1 - at) / step + 1 : (at - starts[k]) / -step + 1);
            int off = at - starts[k];
            java.util.concurrent.CompletableFuture<long[]> there = r.kept == null ? null : r.kept.readThere(r.offset + off, step, m);
            long[] bits = there == null ? null : await(there);
            MemorySegment seg = bits != null || r.kind == VALUES ? null : r.segment();
            for (int j = 0; j < m; j++, i++) {
                Object x = bits != null ? r.unpack(bits[j]) : r.box(seg, off + j * step);
                if (small != null) small[i] = x;
                else b.add(x);
            }
        }
        return small != null ? PyList.of(small) : PyList.paged(b.build());
    }

    /** a's elements, then b's, sharing both's pages. */
    public static PagedVector concat(PagedVector a, PagedVector b) {
        List<Run> out = new ArrayList<>(a.runs.length + b.runs.length);
        out.addAll(Arrays.asList(a.runs));
        out.addAll(Arrays.asList(b.runs));
        return new PagedVector(out);
    }

    /** Items [0, n) as a vector (copied: the array may change later). */
    public static PagedVector ofValues(Object[] items, int n) {
        List<Run> out = new ArrayList<>(1);
        if (n > 0) out.add(new Run(VALUES, null, Arrays.copyOf(items, n), 0, n));
        return new PagedVector(out);
    }

    /**
     * CPython's sum over the elements from {@code start}: left to right, ints exact, floats in
     * order. Pages held by other workers are added up where they are ({@link PageKeeper.Kept#addThere}):
     * a stretch of int pages while the sum is an int all at once, each page's exact sum combined
     * here (int addition is exact, so the grouping does not change the answer); under a float sum,
     * the running total goes to each page in turn, so the additions happen in CPython's order.
     */
    public Object sum(Object start) {
        Object acc = start;
        int k = 0;
        while (k < runs.length) {
            Run r = runs[k];
            if (r.kind == LONGS && isExactInt(acc)) {
                int j = k;
                while (j < runs.length && runs[j].kind == LONGS) j++;
                acc = addIntPages(acc, k, j);
                k = j;
                continue;
            }
            // int + float is float(int) + float in CPython (the int rounded to the nearest double)
            if (r.kind == DOUBLES && acc instanceof Long a) acc = (double) a;
            if (r.kind != VALUES && acc instanceof Double d) {
                java.util.concurrent.CompletableFuture<Object> there = r.kept.addThere(r.kind == DOUBLES, d, r.offset, r.length);
                acc = there != null ? await(there) : addPage(r.segment(), r.kind == DOUBLES, d, r.offset, r.length);
            } else {
                acc = addEach(acc, r);
            }
            k++;
        }
        return acc;
    }

    private static boolean isExactInt(Object v) { return v instanceof Long || v instanceof java.math.BigInteger; }

    /** acc (an exact int) plus every element of the int runs [k, j): those held elsewhere summed there meanwhile. */
    private Object addIntPages(Object acc, int k, int j) {
        List<java.util.concurrent.CompletableFuture<Object>> elsewhere = new ArrayList<>();
        for (int i = k; i < j; i++) {
            java.util.concurrent.CompletableFuture<Object> there = runs[i].kept.addThere(false, null, runs[i].offset, runs[i].length);
            if (there != null) elsewhere.add(there);
            else acc = Arith.binary(Arith.ADD, acc, addPage(runs[i].segment(), false, null, runs[i].offset, runs[i].length));
        }
        for (java.util.concurrent.CompletableFuture<Object> f : elsewhere) acc = Arith.binary(Arith.ADD, acc, await(f));
        return acc;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw e;
        }
    }

    /**
     * acc plus the run's elements one by one, read here: a run of values, or a page under a total
     * that is neither an int nor a float (an int or float total takes {@link #addPage}'s loops).
     */
    private static Object addEach(Object acc, Run r) {
        MemorySegment s = r.segment();
        for (int i = 0; i < r.length; i++) acc = Arith.binary(Arith.ADD, acc, r.box(s, i));
        return acc;
    }

    /** Elements from, from + step, ... ({@code n} of them, step not 0) of a page, as raw bits: read where the page is. */
    public static long[] readPage(MemorySegment s, int from, int step, int n) {
        long size = s.byteSize() / 8, last = (long) from + (long) (n - 1) * step;
        if (step == 0 || n < 0 || n > MAX_READ || n > 0 && (from < 0 || from >= size || last < 0 || last >= size)) {
            throw new IndexOutOfBoundsException(n + " elements from " + from + " by " + step + " of a page of " + size);
        }
        long[] out = new long[n];
        for (int j = 0; j < n; j++) out[j] = s.getAtIndex(LE, from + (long) j * step);
        return out;
    }

    /** Elements one read of a page held elsewhere may ask for (a megabyte of them). */
    public static final int MAX_READ = 1 << 17;

    /**
     * Elements [from, from + n) of a page, added where the page is. {@code acc} null: the exact sum
     * of a page of ints (a Long, or a BigInteger beyond a long's range). A Double: acc plus each
     * element in order, ints converted to float as CPython's {@code float + int} converts them (to
     * the nearest double). Null for a page of floats with no float to add them to.
     */
    public static Object addPage(MemorySegment s, boolean doubles, Double acc, int from, int n) {
        if (from < 0 || n < 0 || (long) from + n > s.byteSize() / 8) throw new IndexOutOfBoundsException("elements " + from + "+" + n + " of a page of " + s.byteSize() / 8);
        if (acc != null) {
            double t = acc;
            if (doubles) for (int i = 0; i < n; i++) t += Double.longBitsToDouble(s.getAtIndex(LE, (long) from + i));
            else for (int i = 0; i < n; i++) t += (double) s.getAtIndex(LE, (long) from + i);
            return t;
        }
        if (doubles) return null;
        long t = 0;
        java.math.BigInteger big = null;
        for (int i = 0; i < n; i++) {
            long y = s.getAtIndex(LE, (long) from + i), u = t + y;
            if (((t ^ u) & (y ^ u)) < 0) { // overflow: what was added so far goes to the big part
                big = (big == null ? java.math.BigInteger.ZERO : big).add(java.math.BigInteger.valueOf(t));
                u = y;
            }
            t = u;
        }
        return big == null ? Ints.box(t) : Ints.norm(big.add(java.math.BigInteger.valueOf(t)));
    }

    public Iter iter() { return new Iter(this, 0, size()); }

    /** Iterates elements [pos, end), a page at a time; splits as list iterators do. */
    public static final class Iter extends OwnedIter implements SplittableIter {
        private final PagedVector v;
        private int pos;
        private final int end;
        private transient MemorySegment seg;
        private transient Run run;
        private transient int runFrom, runTo; // runTo 0: not located yet (also after deserialization)

        Iter(PagedVector v, int pos, int end) {
            this.v = v;
            this.pos = pos;
            this.end = end;
        }

        @Override public PyClass pyClass() { return Types.LIST_ITERATOR; }

        @Override public Object next() {
            int p = pos;
            if (p >= end) return null;
            if (p >= runTo || p < runFrom) {
                int k = v.runOf(p);
                run = v.runs[k];
                seg = run.segment();
                runFrom = v.starts[k];
                runTo = v.starts[k + 1];
            }
            pos = p + 1;
            return run.box(seg, p - runFrom);
        }

        @Override public long splitLength() { return end - pos; }

        /** The elements not yet produced, sharing the pages. */
        public PagedVector rest() { return v.slice(pos, end); }

        @Override public Iter slice(long offset, long count) {
            int from = (int) (pos + offset);
            return new Iter(v, from, (int) Math.min(end, from + count));
        }

        @Override public void exhaust() { pos = end; }

        @Override public void skip(long n) { pos = (int) Math.min(end, pos + n); }
    }

    /**
     * Makes a vector element by element, packing runs of ints and floats into pages of the
     * keeper's size as they fill. Builders join left to right ({@link #append}), so the pieces of a
     * split comprehension each pack their own elements and the whole list never exists unpaged.
     */
    public static final class Builder {
        private final PageKeeper keeper;
        private final int pageElements;
        private final ArrayList<Run> runs = new ArrayList<>();
        private int openKind = -1;
        private long[] bits;
        private Object[] vals;
        private int n;
        /**
         * Packed runs of one kind ({@code tailKind}) that follow the open page, not yet copied into
         * it: builders joined left to right hand their short runs over here, so that each element
         * is copied into its page once, when the page fills, instead of once per join.
         */
        private ArrayList<long[]> tail;
        private ArrayList<Integer> tailLengths;
        private int tailKind = -1;
        private long tailCount;

        public Builder() { this(PageKeeper.Installed.get()); }

        public Builder(PageKeeper keeper) {
            this.keeper = keeper;
            this.pageElements = keeper.pageElements();
        }

        /** Below this many elements, an open run of ints or floats that meets another kind becomes a run of values. */
        private static final int MIXED = 1024;

        private void open(int kind) { open(kind, 0); }

        /** Opens a run of this kind; {@code hint}: elements about to come (a new packed page is made that large, up to a page). */
        private void open(int kind, long hint) {
            if (n > 0 && kind != openKind) {
                if (openKind == VALUES) return;
                if (n < MIXED) {
                    Object[] v = new Object[Math.max(16, bits.length)];
                    for (int i = 0; i < n; i++) v[i] = openKind == LONGS ? (Object) Ints.box(bits[i]) : (Object) Double.longBitsToDouble(bits[i]); // (not promoted to double)
                    vals = v;
                    bits = null;
                    openKind = VALUES;
                    return;
                }
                seal();
            }
            if (n == 0) {
                openKind = kind;
                if (kind == VALUES) {
                    if (vals == null) vals = new Object[64];
                } else if (bits == null) {
                    bits = new long[(int) Math.min(pageElements, Math.max(64, hint))];
                }
            }
        }

        private void grow() {
            int cap = (int) Math.min(pageElements, Math.max(64L, 2L * n));
            if (openKind == VALUES) {
                if (n == vals.length) vals = Arrays.copyOf(vals, cap);
            } else if (n == bits.length) {
                bits = Arrays.copyOf(bits, cap);
            }
        }

        public void add(Object x) {
            flushTail();
            if (x instanceof Long l) {
                open(LONGS);
                if (openKind == LONGS) {
                    grow();
                    bits[n++] = l;
                    if (n == pageElements) seal();
                    return;
                }
            } else if (x instanceof Double d) {
                open(DOUBLES);
                if (openKind == DOUBLES) {
                    grow();
                    bits[n++] = Double.doubleToRawLongBits(d);
                    if (n == pageElements) seal();
                    return;
                }
            } else {
                open(VALUES);
            }
            grow();
            vals[n++] = x;
            if (n == pageElements) seal();
        }

        /** Adds ints [0, count) of {@code values}, copied a page's worth at a time. */
        public void addLongs(long[] values, int count) { addPacked(LONGS, values, null, count); }

        /** Adds floats [0, count) of {@code values}. */
        public void addDoubles(double[] values, int count) { addPacked(DOUBLES, null, values, count); }

        /** Adds elements of one packed kind: as bits (longs or doubles' raw bits) or as doubles. */
        private void addPacked(int kind, long[] bitsIn, double[] doublesIn, int count) {
            flushTail();
            addPackedHere(kind, bitsIn, doublesIn, count, count);
        }

        /** addPacked without the tail; {@code coming}: elements of this kind about to be added from here on (sizes new pages). */
        private void addPackedHere(int kind, long[] bitsIn, double[] doublesIn, int count, long coming) {
            int i = 0;
            while (i < count) {
                open(kind, coming - i);
                if (openKind != kind) { // a short run of another kind made this a run of values
                    for (; i < count; i++) add(bitsIn == null ? (Object) doublesIn[i] : kind == LONGS ? (Object) Ints.box(bitsIn[i]) : (Object) Double.longBitsToDouble(bitsIn[i]));
                    return;
                }
                int m = Math.min(pageElements - n, count - i);
                if (bits.length < n + m) bits = Arrays.copyOf(bits, (int) Math.min(pageElements, Math.max(n + coming - i, Math.max(n + m, 2L * bits.length))));
                if (bitsIn != null) {
                    System.arraycopy(bitsIn, i, bits, n, m);
                } else {
                    for (int j = 0; j < m; j++) bits[n + j] = Double.doubleToRawLongBits(doublesIn[i + j]);
                }
                n += m;
                i += m;
                if (n == pageElements) seal();
            }
        }

        /** Copies the tail into pages: each run once, into pages sized for what the tail holds. */
        private void flushTail() {
            if (tail == null) return;
            ArrayList<long[]> t = tail;
            ArrayList<Integer> lengths = tailLengths;
            long coming = tailCount;
            tail = null;
            tailLengths = null;
            tailCount = 0;
            for (int k = 0; k < t.size(); k++) {
                int len = lengths.get(k);
                addPackedHere(tailKind, t.get(k), null, len, coming);
                coming -= len;
            }
            tailKind = -1;
        }

        /** Adds a list's elements. */
        public void addAll(PyList l) {
            for (int i = 0, size = l.size(); i < size; i++) add(l.get(i));
        }

        /** Adds a whole run after what this one holds. */
        void addRun(Run r) {
            if (r.length == 0) return;
            flushTail();
            seal();
            runs.add(r);
        }

        /** Adds a vector's elements, sharing its pages. */
        public void addVector(PagedVector v) {
            for (Run r : v.runs) addRun(r);
        }

        /** Adds everything other holds, after what this one holds; other is not used again. */
        public void append(Builder other) {
            if (!other.runs.isEmpty()) {
                flushTail();
                seal();
                runs.addAll(other.runs);
                openKind = other.openKind;
                bits = other.bits;
                vals = other.vals;
                n = other.n;
                tail = other.tail;
                tailLengths = other.tailLengths;
                tailKind = other.tailKind;
                tailCount = other.tailCount;
                return;
            }
            int kind = other.openKind;
            int mine = tail != null ? tailKind : openKind;
            if ((kind == LONGS || kind == DOUBLES) && (other.tail == null || other.tailKind == kind)
                    && (mine == kind || n == 0 && tail == null)) {
                // other's short runs wait in the tail until a page's worth is here
                if (tail == null) {
                    tail = new ArrayList<>();
                    tailLengths = new ArrayList<>();
                    tailKind = kind;
                }
                if (other.n > 0) {
                    tail.add(other.bits);
                    tailLengths.add(other.n);
                    tailCount += other.n;
                }
                if (other.tail != null) {
                    tail.addAll(other.tail);
                    tailLengths.addAll(other.tailLengths);
                    tailCount += other.tailCount;
                }
                if (n + tailCount >= pageElements) flushTail();
                return;
            }
            if (other.tail != null) {
                // its tail copied into its pages first (which may seal some): then joined as any builder
                other.flushTail();
                append(other);
                return;
            }
            if (kind == LONGS || kind == DOUBLES) {
                addPacked(kind, other.bits, null, other.n);
                return;
            }
            flushTail();
            for (int i = 0; i < other.n; i++) add(other.vals[i]);
        }

        private void seal() {
            flushTail();
            if (n == 0) return;
            if (openKind == VALUES) {
                runs.add(new Run(VALUES, null, n == vals.length ? vals : Arrays.copyOf(vals, n), 0, n));
                vals = null;
            } else {
                runs.add(new Run(openKind, keeper.keep(openKind == DOUBLES, bits, n), null, 0, n));
                bits = null;
            }
            n = 0;
            openKind = -1;
        }

        public PagedVector build() {
            seal();
            return new PagedVector(runs);
        }
    }

    // ---- what Kryo writes for a vector ----

    /** Where {@link #write} puts a vector. */
    public interface Sink {
        void writeInt(int n);

        void writeLong(long n);

        void writeString(String s);

        void writeValue(Object v);
    }

    /** Where {@link #read} takes a vector from. */
    public interface Source {
        int readInt();

        long readLong();

        String readString();

        Object readValue();
    }

    private static final int RAW = 0, REF = 1;

    /**
     * Writes the vector: per run its kind and length, then a page by reference when its keeper
     * lets other workers fetch it (only the id travels), else its elements (raw longs for pages).
     */
    public void write(Sink out) {
        out.writeInt(runs.length);
        for (Run r : runs) {
            out.writeInt(r.kind);
            out.writeInt(r.length);
            PageKeeper.Ref ref = r.kind == VALUES ? null : r.kept.ref();
            if (ref != null) {
                out.writeInt(REF);
                out.writeString(ref.holder());
                out.writeLong(ref.idHi());
                out.writeLong(ref.idLo());
                out.writeInt(ref.count());
                out.writeInt(r.offset);
                continue;
            }
            out.writeInt(RAW);
            if (r.kind == VALUES) {
                for (int i = 0; i < r.length; i++) out.writeValue(r.values[r.offset + i]);
            } else {
                MemorySegment s = r.segment();
                for (int i = 0; i < r.length; i++) out.writeLong(s.getAtIndex(LE, (long) r.offset + i));
            }
        }
    }

    /** Reads what {@link #write} wrote: pages named by reference are resolved by this process's keeper. */
    public static PagedVector read(Source in) {
        int count = in.readInt();
        if (count < 0) throw new IllegalArgumentException("a paged list with " + count + " runs");
        PageKeeper keeper = PageKeeper.Installed.get();
        Builder b = new Builder(keeper);
        for (int k = 0; k < count; k++) {
            int kind = in.readInt(), length = in.readInt(), how = in.readInt();
            if (kind < LONGS || kind > VALUES || length < 0 || how != RAW && how != REF) {
                throw new IllegalArgumentException("a paged list's run of kind " + kind + " and length " + length);
            }
            if (how == REF) {
                if (kind == VALUES) throw new IllegalArgumentException("a run of values named as a page");
                String holder = in.readString();
                long hi = in.readLong(), lo = in.readLong();
                int pageCount = in.readInt(), offset = in.readInt();
                if (holder == null || pageCount < 0 || offset < 0 || (long) offset + length > pageCount) {
                    throw new IllegalArgumentException("a page reference out of its page's bounds");
                }
                PageKeeper.Kept kept = keeper.resolve(new PageKeeper.Ref(holder, hi, lo, kind == DOUBLES, pageCount));
                if (kept == null) throw new IllegalArgumentException("a page of " + holder + " cannot be reached from here");
                b.addRun(new Run(kind, kept, null, offset, length));
                continue;
            }
            for (int i = 0; i < length; i++) {
                b.add(switch (kind) {
                    case LONGS -> Ints.box(in.readLong());
                    case DOUBLES -> Double.longBitsToDouble(in.readLong());
                    default -> in.readValue();
                });
            }
        }
        return b.build();
    }
}

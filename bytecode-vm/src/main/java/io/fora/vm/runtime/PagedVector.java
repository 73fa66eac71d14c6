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
        if (length <= 4096) {
            Object[] out = new Object[length];
            for (int i = 0; i < length; i++) out[i] = get(start + i * step);
            return PyList.of(out);
        }
        Builder b = new Builder();
        for (int i = 0; i < length; i++) b.add(get(start + i * step));
        return PyList.paged(b.build());
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

    /** CPython's sum over the elements from {@code start}: left to right, ints exact, floats in order. */
    public Object sum(Object start) {
        Object acc = start;
        for (Run r : runs) {
            MemorySegment s = r.segment();
            int i = 0, n = r.length;
            long off = r.offset;
            while (i < n) {
                if (r.kind == LONGS && acc instanceof Long a) {
                    long t = a;
                    while (i < n) {
                        long y = s.getAtIndex(LE, off + i), u = t + y;
                        if (((t ^ u) & (y ^ u)) < 0) break;
                        t = u;
                        i++;
                    }
                    acc = Ints.box(t);
                    if (i < n) acc = Arith.binary(Arith.ADD, acc, r.box(s, i++));
                } else if (r.kind == DOUBLES && acc instanceof Double d) {
                    double t = d;
                    for (; i < n; i++) t += Double.longBitsToDouble(s.getAtIndex(LE, off + i));
                    acc = t;
                } else {
                    acc = Arith.binary(Arith.ADD, acc, r.box(s, i++));
                }
            }
        }
        return acc;
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

        public Builder() { this(PageKeeper.Installed.get()); }

        public Builder(PageKeeper keeper) {
            this.keeper = keeper;
            this.pageElements = keeper.pageElements();
        }

        /** Below this many elements, an open run of ints or floats that meets another kind becomes a run of values. */
        private static final int MIXED = 1024;

        private void open(int kind) {
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
                    bits = new long[Math.min(pageElements, 64)];
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

        /** Adds a list's elements. */
        public void addAll(PyList l) {
            for (int i = 0, size = l.size(); i < size; i++) add(l.get(i));
        }

        /** Adds a whole run after what this one holds. */
        void addRun(Run r) {
            if (r.length == 0) return;
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
                seal();
                runs.addAll(other.runs);
                openKind = other.openKind;
                bits = other.bits;
                vals = other.vals;
                n = other.n;
                return;
            }
            for (int i = 0; i < other.n; i++) {
                add(switch (other.openKind) {
                    case LONGS -> Ints.box(other.bits[i]);
                    case DOUBLES -> Double.longBitsToDouble(other.bits[i]);
                    default -> other.vals[i];
                });
            }
        }

        private void seal() {
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

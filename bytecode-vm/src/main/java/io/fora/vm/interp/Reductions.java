// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.Compare;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Region;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.fora.vm.parallel.Parallelism;
import java.util.concurrent.Callable;

/**
 * Reductions ({@code sum}, {@code min}, {@code max}, {@code any}, {@code all}), comprehensions and
 * collections of a generator expression over a range or a list, split by index into fixed blocks
 * of {@link #BLOCK} elements.
 *
 * <p>The blocks form a fixed binary tree over their indices (each node's left child covers the
 * largest power of two of blocks smaller than the node). A thread walks the tree depth first,
 * remembering the right-hand ranges it has yet to do. At each block boundary it asks the pool
 * whether a core is idle; only then does it hand the largest range it has not started (about half
 * of what remains) to the pool as a new piece, and it goes on with its own. Splitting is adaptive:
 * a running range is cut when a core has nothing to do, and costs one counter read per block
 * otherwise. Nothing is made per block up front, so {@code sum(f(x) for x in range(10**12))}
 * starts at once.
 *
 * <p>{@code sum}, {@code min} and {@code max} compute their elements (and keys) this way, a round
 * of a few blocks per core at a time, and fold them left to right on one thread with CPython's own
 * steps: the elements are the work, the additions and comparisons are cheap, and the answer is
 * CPython's bit for bit, float rounding, overflow, nan and user-defined {@code __add__} included.
 * {@code any}/{@code all}, comprehensions and collections combine blocks in index order. When
 * pieces raise, the exception sequential Python would meet first is raised; later pieces are
 * cancelled.
 */
public final class Reductions {
    private Reductions() {}

    /** Elements per block: large enough that splitting costs nothing, small enough to balance. */
    public static final int BLOCK = 8192;

    /** Blocks cut further when a core is idle (any reduction but sorting). */
    static final int SUB_BLOCK = 512;

    /** Shorter inputs are never split: one block, too short to cut. */
    static final int MIN_SPLIT = 2 * SUB_BLOCK;

    /** A piece's outcome: its value (null for an empty block), or the exception it raised, and what it printed first. */
    record Piece(Object value, RuntimeException error, String output) {
        Piece(Object value, RuntimeException error) { this(value, error, ""); }
    }

    static final Piece SKIPPED = new Piece(null, null);

    /**
     * An element raised partway through a range whose elements were computed in order: the
     * range's value for the elements before it (in the tree's form; null for none) and the error.
     * A fold takes those values, then raises: what CPython does, with nothing computed twice.
     */
    static final class Partial extends RuntimeException {
        final transient Object before;
        final PyError error;

        Partial(Object before, PyError error) {
            super(null, null, false, false);
            this.before = before;
            this.error = error;
        }
    }

    /** A piece that wrote an object older than its split: its joiner computes it again, in order. */
    static final Piece ABANDONED = new Piece(null, null);

    /** A reduction over the elements [0, length()): values of ranges, combined along the block tree. */
    private interface Tree {
        long length();

        /** The value of elements [from, to) of one block, left to right, on the thread that runs it; null for "nothing". */
        Object range(long from, long to);

        /** The value of two neighbouring subtrees, left before right; either may be null. */
        Object combine(Object left, Object right);

        /** True when a left value settles the whole range (any/all found their answer). */
        default boolean decides(Object left) { return false; }

        /** False when blocks must never be cut (sorting: its merges are not worth it below a block). */
        default boolean cuttable() { return true; }

        /** Elements [from, to) as a piece another machine can run, or null when they stay here. */
        default RemotePiece remote(long from, long to) { return null; }

        /** The value of elements [from, ...) from what another machine's piece returned. */
        default Object fromRemote(long from, Object value) { return value; }

        /** True when a range's value grows with its length (its elements' values): worth sending only for costly elements. */
        default boolean sizedResult() { return false; }

        /** True when an error keeps the values before it ({@link Partial}): the blocks of a fold's rounds. */
        default boolean partials() { return false; }
    }

    /**
     * Below this many nanoseconds of work per element, a range whose value holds its elements'
     * values is not sent to another machine: its sender decodes every value (a few nanoseconds
     * for an int or a float, more for objects) and the network carries its bytes (a float's 8
     * take 64 ns on a 1 Gbit/s link, a few on loopback), so cheaper elements are computed here
     * about as fast. (At 500 ns, trial division below 10^6, about 200 ns an element, never
     * moved: the other worker of a two-worker grid sat idle for a third of W2.)
     */
    static final double MIN_NS_PER_ELEMENT_TO_SEND = 100;

    /**
     * The measured cost of a reduction's elements, shared by the walks of its ranges; measured only
     * on a grid, in the thread's CPU time: wall time would count the time other processes had the
     * core (eight workers on two cores made every element look four times dearer than it is).
     * Blocks are measured together until they add up to {@link #WINDOW_NANOS} of CPU time: one
     * block of 512 cheap elements takes microseconds, so a single stall inside it (a class
     * loaded, a method deoptimised) would make its elements look a hundred times dearer.
     * One cost serves every round of a fold; a range sent elsewhere carries it (its receiver may
     * pass parts on at once, without measuring first); and a generator expression keeps its last
     * one ({@link CodeObject#elementNanos}), so the same program run again on a worker sends its
     * first range away before its first block is done (W2 on two workers: 20 ms sooner).
     */
    private static final class ElementCost {
        // 4 ms, not 1: a cheap sum's first windows, run in tier 0 on a loaded machine, looked dear twice in a row
        static final long WINDOW_NANOS = 4_000_000;
        private long elements, nanos; // the window being filled
        private double nsPerElement;
        private double lastWindow; // ns per element in the last window (or as known from elsewhere)
        private volatile boolean worth;
        /** The generator expression whose elements these are, or null: it keeps what was measured. */
        private final CodeObject origin;

        /** Nothing measured yet. */
        ElementCost() { this(-1); }

        /** Starting from a cost measured elsewhere (negative: none). */
        ElementCost(double nsPerElement) { this(nsPerElement, null); }

        /** The cost of the elements of blocks: from what was measured of their generator expression before, if anything. */
        static ElementCost of(Blocks blocks) {
            CodeObject code = blocks.code();
            return code == null ? new ElementCost() : new ElementCost(code.elementNanos, code);
        }

        private ElementCost(double nsPerElement, CodeObject origin) {
            this.nsPerElement = nsPerElement;
            this.lastWindow = nsPerElement;
            this.worth = nsPerElement >= MIN_NS_PER_ELEMENT_TO_SEND;
            this.origin = origin;
        }

        /** The cost per element so far, or a negative number when nothing is measured. */
        synchronized double nsPerElement() { return nsPerElement; }

        synchronized void observe(long n, long ns) {
            if (n <= 0) return;
            elements += n;
            nanos += ns;
            if (nanos < WINDOW_NANOS) return;
            double x = (double) nanos / elements;
            elements = 0;
            nanos = 0;
            nsPerElement = nsPerElement < 0 ? x : 0.7 * nsPerElement + 0.3 * x;
            // worth it when two windows in a row say so: the first blocks of new code run in
            // HotSpot's interpreter (or tier 0), ten times slower than they soon will
            worth = nsPerElement >= MIN_NS_PER_ELEMENT_TO_SEND && x >= MIN_NS_PER_ELEMENT_TO_SEND && lastWindow >= MIN_NS_PER_ELEMENT_TO_SEND;
            lastWindow = x;
            if (origin != null) origin.elementNanos = nsPerElement;
        }

        boolean worthSending() { return worth; }
    }

    /**
     * The tree's value over its elements in blocks of {@link #BLOCK}. The walk runs on a pool worker
     * (the caller waits), so that exactly the pool's threads compute and forks are the pool's own.
     */
    private static Object reduce(Tree t) { return reduce(t, new ElementCost()); }

    /** As {@link #reduce(Tree)}, its elements' cost measured into (and known from) {@code cost}. */
    private static Object reduce(Tree t, ElementCost cost) {
        Interpreter owner = Interpreter.current();
        Parallelism par = owner.parallelism();
        Walk root = new Walk(t, BLOCK, 0, cost);
        long n = root.leaves();
        if (n == 0) return null;
        if (par.threads() <= 1) return node(root, 0, n);
        if (par.onWorker() || n == 1 && !par.hungry()) { // (one block, and every core busy: not worth handing to the pool)
            Region saved = Region.current();
            try {
                return node(root, 0, n);
            } finally {
                Region.closeTo(saved);
            }
        }
        return entered(owner, () -> node(root, 0, n));
    }

    /**
     * Runs work on a pool worker while the caller waits: a continuation of the caller, so it runs
     * in the caller's region, and the splits it opens close before the caller goes on.
     */
    private static Object entered(Interpreter owner, java.util.function.Supplier<Object> work) {
        Cancellation token = owner.childToken();
        Region region = Region.current();
        try {
            return unwrap(owner.parallelism().enter(() -> {
                Region before = Region.enter(region);
                try {
                    return owner.runPiece(token, () -> piece(token, work));
                } finally {
                    Region.closeTo(region);
                    Region.enter(before);
                }
            }));
        } finally {
            owner.releaseToken(token);
        }
    }

    /**
     * Runs work as a piece the caller may throw away: inside a piece region of the caller's (so
     * nothing that exists now is written: a write ends the attempt), its output kept until it
     * succeeds. Returns {value} with the output written, or null when the work raised or wrote
     * shared objects; the caller then does the same work another way, and nothing happened twice.
     */
    public static Object[] speculatively(java.util.function.Supplier<Object> work) {
        Interpreter owner = Interpreter.current();
        Region region = Region.newPiece(Region.current());
        Region before = Region.enter(region);
        Cancellation token = owner.childToken();
        Piece p;
        try {
            p = owner.runPiece(token, () -> piece(token, work));
        } finally {
            Region.closeTo(region);
            Region.enter(before);
            region.end();
            owner.releaseToken(token);
        }
        if (p == SKIPPED) throw new Cancellation.Cancelled();
        if (p == ABANDONED || p.error() != null || p.value() == null) return null;
        if (!p.output().isEmpty()) owner.print(p.output());
        return new Object[] {p.value()};
    }

    static Object unwrap(Piece p) {
        if (!p.output().isEmpty()) Interpreter.current().print(p.output());
        if (p == ABANDONED) throw new Region.SplitAbandoned(); // the caller of an entered walk wrote what it shares
        if (p.error() instanceof PyError e && p.value() != null) throw new Partial(p.value(), e);
        if (p.error() != null) throw p.error();
        if (p == SKIPPED) throw new Cancellation.Cancelled(); // the whole computation was cancelled
        return p.value();
    }

    /**
     * One thread's depth-first walk of a tree whose leaves are {@code size} elements from
     * {@code base}: the right-hand ranges it has yet to do.
     */
    private static final class Walk {
        final Tree tree;
        final int size;
        final long base;
        final java.util.ArrayDeque<Pending> pending = new java.util.ArrayDeque<>();
        final ElementCost cost;
        /** The walk whose block this one cuts into sub-blocks, or null: its pending ranges are larger. */
        final Walk outer;

        Walk(Tree tree, int size, long base, ElementCost cost) { this(tree, size, base, cost, null); }

        Walk(Tree tree, int size, long base, ElementCost cost, Walk outer) {
            this.tree = tree;
            this.size = size;
            this.base = base;
            this.cost = cost;
            this.outer = outer;
        }

        /** Hands the largest range of this walk not started yet to the pool; false when there is none. */
        boolean forkPending() {
            for (Pending p : pending) {
                if (p.forked == null) {
                    p.fork(this);
                    return true;
                }
            }
            return false;
        }

        long leaves() { return (tree.length() - base + size - 1) / size; }

        /** Another walk of the same tree, for a range handed to another core. */
        Walk fresh() { return new Walk(tree, size, base, cost); }

        /** True when a range of this walk may go to another machine: its value is small, or its elements are costly. */
        boolean mayTravel(io.fora.vm.parallel.Offload offload) {
            return !tree.sizedResult() || cost.worthSending() || offload != null && offload.regardlessOfCost();
        }
    }

    /** A right-hand range of the walk: done later by the walker, or handed to another core. */
    private static final class Pending {
        final long lo, hi;
        Parallelism.Forked<Piece> forked;
        Cancellation token;
        Interpreter owner;

        Pending(long lo, long hi) {
            this.lo = lo;
            this.hi = hi;
        }

        void fork(Walk w) {
            Walk walk = w.fresh();
            long from = w.base + lo * w.size, to = Math.min(w.tree.length(), w.base + hi * w.size);
            boolean send = w.mayTravel(Interpreter.current().parallelism().offload());
            forkWork(() -> node(walk, lo, hi), send ? () -> w.tree.remote(from, to) : null, v -> w.tree.fromRemote(from, v));
        }

        /** Hands the work on (see {@link #forkPiece}). */
        void forkWork(java.util.function.Supplier<Object> work, java.util.function.Supplier<RemotePiece> remote,
                      java.util.function.UnaryOperator<Object> fromRemote) {
            owner = Interpreter.current();
            token = owner.childToken();
            forked = forkPiece(owner, token, work, remote, fromRemote);
        }

        Object join() {
            try {
                return unwrap(forked.join());
            } finally {
                owner.releaseToken(token);
            }
        }

        /** Its value is not needed (an earlier block raised or decided): stop it. */
        void abandon() {
            if (forked == null) return;
            token.cancel();
            owner.releaseToken(token);
        }
    }

    private static Object node(Walk w, long lo, long hi) {
        if (hi - lo == 1) return leaf(w, lo);
        long mid = lo + Long.highestOneBit(hi - lo - 1);
        Pending right = new Pending(mid, hi);
        w.pending.addLast(right);
        Object a;
        try {
            a = node(w, lo, mid);
        } catch (RuntimeException | Error e) {
            w.pending.removeLast();
            right.abandon();
            throw e;
        }
        w.pending.removeLast();
        if (w.tree.decides(a)) {
            right.abandon();
            return a;
        }
        Object b;
        try {
            b = right.forked != null ? right.join() : node(w, mid, hi);
        } catch (Partial e) {
            throw new Partial(e.before == null ? a : w.tree.combine(a, e.before), e.error);
        } catch (PyError e) {
            if (!w.tree.partials()) throw e;
            throw new Partial(a, e); // what the right range had before its error is not known here (another machine's)
        }
        return w.tree.combine(a, b);
    }

    /**
     * One leaf. When a core is idle, first hand it the largest range this walk has not started
     * (the pending range nearest the root, about half of what remains); when there is none, and
     * the reduction allows it, cut this block into sub-blocks that idle cores can take. (The fora
     * script keeps HotSpot from inlining this method into {@link #node}: see its flags.)
     */
    private static Object leaf(Walk w, long index) {
        long from = w.base + index * w.size, to = Math.min(w.tree.length(), from + w.size);
        Parallelism par = Interpreter.current().parallelism();
        io.fora.vm.parallel.Offload offload = par.offload();
        boolean cuts = w.size == BLOCK && w.tree.cuttable() && to - from > SUB_BLOCK;
        if (!par.hungry()) {
            // on a grid, a block of costly elements is walked in sub-blocks even while no core is
            // idle: another machine's core that frees up is seen within a sub-block (512 trial
            // divisions near 10^6: under a millisecond), not at the end of the block (W2: 10-25 ms
            // of that core idle at each hand-over)
            boolean watch = offload != null && cuts && w.tree.sizedResult() && w.cost.worthSending();
            return watch ? subBlocks(w, from, to) : range(w, from, to, offload != null);
        }
        // only another machine is hungry, and this work is not known to be worth sending (its cost is
        // not measured yet, or its elements are too cheap to move): no split, which would only cut
        // the work here into pieces for this same core
        if (offload != null && !w.mayTravel(offload) && offload.wanted()) return range(w, from, to, offload != null);
        // the largest range first: the block's walk's (when this walks its sub-blocks), then this one's
        if (w.outer != null && w.outer.forkPending() || w.forkPending()) return range(w, from, to, offload != null);
        return cuts ? subBlocks(w, from, to) : range(w, from, to, offload != null);
    }

    /** Elements [from, to) of one block, walked in sub-blocks of {@link #SUB_BLOCK} that idle cores can take. */
    private static Object subBlocks(Walk w, long from, long to) {
        Walk sub = new Walk(new Tree() {
            @Override public long length() { return to; }
            @Override public Object range(long a, long b) { return w.tree.range(a, b); }
            @Override public Object combine(Object left, Object right) { return w.tree.combine(left, right); }
            @Override public boolean decides(Object left) { return w.tree.decides(left); }
            @Override public RemotePiece remote(long a, long b) { return w.tree.remote(a, b); }
            @Override public Object fromRemote(long a, Object value) { return w.tree.fromRemote(a, value); }
            @Override public boolean sizedResult() { return w.tree.sizedResult(); }
            @Override public boolean partials() { return w.tree.partials(); }
        }, SUB_BLOCK, from, w.cost, w);
        return node(sub, 0, sub.leaves());
    }

    /** Read only on a grid: made at first use (the platform's management beans took 2-3 ms of every run's start). */
    private static final class Threads {
        static final java.lang.management.ThreadMXBean BEAN = java.lang.management.ManagementFactory.getThreadMXBean();
    }

    /**
     * A leaf's value; on a grid (an offload), its cost per element is noted too: it decides what
     * travels. (A flag, not the offload: a class in the signature is loaded when HotSpot compiles
     * the method, and one the AOT training never loaded comes from the jar, 40,000 entries.)
     */
    private static Object range(Walk w, long from, long to, boolean grid) {
        // a range whose value is small may travel whatever it costs: no need to measure (a thread's
        // CPU time costs tens of microseconds to read in some virtual machines)
        if (!grid || !w.tree.sizedResult()) return w.tree.range(from, to);
        long t0 = Threads.BEAN.getCurrentThreadCpuTime();
        Object v = w.tree.range(from, to);
        w.cost.observe(to - from, Threads.BEAN.getCurrentThreadCpuTime() - t0);
        return v;
    }

    static Piece piece(Cancellation token, java.util.function.Supplier<Object> work) {
        if (token.isCancelled()) return SKIPPED;
        try {
            Object v = work.get();
            return new Piece(v, null, Interpreter.current().output().take());
        } catch (PyError e) {
            return new Piece(null, e, Interpreter.current().output().take());
        } catch (Partial e) {
            // the values before the error travel with it (its output up to the error is printed)
            return new Piece(e.before, e.error, Interpreter.current().output().take());
        } catch (Cancellation.Cancelled c) {
            return SKIPPED;
        } catch (Region.SplitAbandoned a) {
            return ABANDONED;
        }
    }

    /**
     * {@code sum(g, start)} with g's elements computed on every core, or null when g is not
     * splittable. The additions are CPython's own, left to right on this thread (see
     * {@link #foldInRounds}): a float sum of any length is bit-identical to CPython's.
     */
    public static Object sum(Object iterable, Object start) {
        Blocks blocks = split(iterable);
        if (blocks == null || oneBlockAndNoIdleCore(blocks)) return drainedSum(iterable, start);
        Object total = foldInRounds(blocks, 1, true, start, Reductions::addPart);
        consumed(iterable);
        return total;
    }

    /** acc plus a part's values, left to right. */
    private static Object addPart(Object acc, Part part) {
        if (part.longs() != null && acc instanceof Long l) return addLongs(l, part.longs(), part.n());
        if (part.longs() != null && acc instanceof java.math.BigInteger b) {
            io.fora.vm.runtime.LongSum s = new io.fora.vm.runtime.LongSum(0);
            s.addAll(part.longs(), part.n());
            return io.fora.vm.runtime.Ints.add(b, s.value());
        }
        if (part.floats() == null || !(acc instanceof Double d)) return addAll(acc, part.boxed(), part.n());
        double t = d; // the usual float sum, without boxes
        double[] v = part.floats();
        for (int i = 0; i < part.n(); i++) t += v[i];
        return t;
    }

    /** Short sums of one generator expression before its body is compiled to drain them (see {@link #drainedSum}). */
    static final int DRAIN_AFTER = 30;

    /**
     * The sum of a generator expression that is not split (too short, or every core busy: the
     * inner sum of a nested reduction): its body runs compiled (tier 1's drain), yielding each
     * value to a sink that adds it at once, in order ({@link DrainSink#summing}), instead of being
     * resumed once per element. Null for any other iterable, or a start that is not a number.
     */
    private static Object drainedSum(Object iterable, Object start) {
        Tier1Hook t1 = Tier1Hook.Holder.hook;
        if (!(iterable instanceof PyGenerator g) || g.started || t1 == null || !(start instanceof Long || start instanceof Double)) return null;
        // compiling the body costs milliseconds on a cold JVM: a generator expression is drained
        // compiled once it has been summed this way a few times, or when it is compiled already
        CodeObject co = g.code();
        if (co.tier1 == null && ++co.tier1Calls < DRAIN_AFTER) return null;
        Interpreter ctx = Interpreter.current();
        DrainSink sink = DrainSink.summing(start, ctx);
        try {
            t1.drain(ctx, g, sink);
        } catch (RuntimeException e) {
            g.leftCompiledAbruptly();
            throw e;
        } finally {
            ctx.leaveCompiledAtNextPoll(false);
        }
        sink.flush();
        for (Object x = g.next(); x != null; x = g.next()) sink.add(x);
        return sink.total();
    }

    /**
     * Up to one block while every core is busy (an inner sum of a nested reduction, usually):
     * the plain sequential loop is the fastest way, and nothing could take a piece anyway.
     */
    private static boolean oneBlockAndNoIdleCore(Blocks blocks) {
        return blocks.length() <= BLOCK && !Interpreter.current().parallelism().hungry();
    }

    /**
     * {@code acc + items[0] + ... + items[n-1]}, left to right: CPython 3.11's sum, with runs of
     * floats added in a double and runs of ints in a long while they fit.
     */
    private static Object addAll(Object acc, Object[] items, int n) {
        int i = 0;
        while (i < n) {
            if (acc instanceof Double d) {
                double s = d;
                while (i < n && items[i] instanceof Double y) {
                    s += y;
                    i++;
                }
                acc = s;
            } else if (acc instanceof Long l) {
                long s = l;
                while (i < n && items[i] instanceof Long y) {
                    long t = s + y;
                    if (((s ^ t) & (y ^ t)) < 0) break;
                    s = t;
                    i++;
                }
                acc = io.fora.vm.runtime.Ints.box(s);
            }
            if (i < n) acc = Arith.binary(Arith.ADD, acc, items[i++]);
        }
        return acc;
    }

    /** {@code acc + v[0] + ... + v[n-1]} for ints: in a long while the total fits, then as addAll does. */
    private static Object addLongs(long acc, long[] v, int n) {
        long s = acc;
        for (int i = 0; i < n; i++) {
            long t = s + v[i];
            if (((s ^ t) & (v[i] ^ t)) < 0) { // past a long: the rest in 128 bits
                io.fora.vm.runtime.LongSum wide = new io.fora.vm.runtime.LongSum(s);
                for (int j = i; j < n; j++) wide.add(v[j]);
                return wide.value();
            }
            s = t;
        }
        return io.fora.vm.runtime.Ints.box(s);
    }

    /**
     * {@code min}/{@code max} without default handling: null when not splittable, else the best
     * or NO_VALUE. The elements and their keys are computed on every core; the comparisons are
     * CPython's, in its order, on this thread, so nan, ties and partial orders answer as CPython.
     */
    public static Object best(Object iterable, Object key, int op) {
        // max(xs, key=f) over a range, list or tuple: the key calls are the work
        if (key != null && (iterable instanceof io.fora.vm.runtime.PyRange || iterable instanceof PyList || iterable instanceof PyTuple)) {
            iterable = Ops.iter(iterable);
        }
        Blocks blocks = split(iterable);
        if (blocks == null || oneBlockAndNoIdleCore(blocks)) return null;
        Blocks pairs = key == null ? blocks : new Keyed(blocks, key);
        int width = key == null ? 1 : 2;
        Object[] found = (Object[]) foldInRounds(pairs, width, false, null, (acc, part) -> {
            Object[] b = (Object[]) acc;
            Object[] items = part.boxed();
            for (int i = 0; i < part.n(); i += width) {
                Object x = items[i], k = key == null ? x : items[i + 1];
                if (b == null) b = new Object[] {x, k};
                else if (Compare.test(op, k, b[1])) {
                    b[0] = x;
                    b[1] = k;
                }
            }
            return b;
        });
        consumed(iterable);
        return found == null ? NO_VALUE : found[0];
    }

    /** Elements each followed by its key. */
    private record Keyed(Blocks elements, Object key) implements Blocks {
        @Override public long length() { return elements.length(); }

        @Override public PyIter range(long from, long to) { return new WithKeys(elements.range(from, to), key); }
    }

    /** Each element followed by its key: what min/max with a key fold over. */
    private static final class WithKeys implements PyIter {
        private final PyIter elements;
        private final Object key;
        private Object held;
        private boolean keyNext;

        WithKeys(PyIter elements, Object key) {
            this.elements = elements;
            this.key = key;
        }

        @Override public Object next() {
            if (keyNext) {
                keyNext = false;
                return Ops.call(key, held);
            }
            held = elements.next();
            keyNext = held != null;
            return held;
        }
    }

    /** A left fold over a block's values (elements {@code width} values wide). */
    private interface Fold {
        Object fold(Object acc, Part part);
    }

    /**
     * Values [0, n) of a block: in a double[] while they are all floats, in a long[] while they
     * are all ints that fit one (for sums), so that a round's values hold no boxes (kept alive
     * until folded, boxes would be copied by every young collection).
     */
    record Part(Object[] items, double[] floats, long[] longs, int n) {
        Object[] boxed() {
            if (items != null) return items;
            Object[] out = new Object[n];
            if (longs != null) for (int i = 0; i < n; i++) out[i] = io.fora.vm.runtime.Ints.box(longs[i]);
            else for (int i = 0; i < n; i++) out[i] = floats[i];
            return out;
        }
    }

    /**
     * A part as a piece's result carries it: its n values only (its arrays are filled by doubling,
     * up to half of them unused), ints as zig-zag varints (a 0 or 1 in one byte, not eight),
     * floats by their bits.
     * W2's ranges came back in 430-530 KB each, 11.7 bytes a prime; now about one.
     */
    static final class PartSerializer extends com.esotericsoftware.kryo.Serializer<Part> {
        private static final int ITEMS = 0, FLOATS = 1, LONGS = 2;

        @Override public void write(com.esotericsoftware.kryo.Kryo kryo, com.esotericsoftware.kryo.io.Output out, Part p) {
            out.writeVarInt(p.n(), true);
            if (p.longs() != null) {
                out.writeByte(LONGS);
                for (int i = 0; i < p.n(); i++) out.writeVarLong(p.longs()[i], false);
            } else if (p.floats() != null) {
                out.writeByte(FLOATS);
                // by their bits: Kryo's own writeDoubles makes every NaN the canonical one (a NaN's sign
                // is seen by math.copysign)
                for (int i = 0; i < p.n(); i++) out.writeLong(Double.doubleToRawLongBits(p.floats()[i]));
            } else {
                out.writeByte(ITEMS);
                for (int i = 0; i < p.n(); i++) kryo.writeClassAndObject(out, p.items()[i]);
            }
        }

        @Override public Part read(com.esotericsoftware.kryo.Kryo kryo, com.esotericsoftware.kryo.io.Input in, Class<? extends Part> type) {
            int n = in.readVarInt(true);
            int kind = in.readByte();
            // every value takes a byte at least (eight for a float): a length the message cannot hold is refused before anything is allocated
            long left = in.limit() - in.position();
            if (n < 0 || kind < ITEMS || kind > LONGS || (kind == FLOATS ? 8L * n : n) > left) {
                throw new com.esotericsoftware.kryo.KryoException("corrupt part of a range's values");
            }
            return switch (kind) {
                case LONGS -> {
                    long[] v = new long[n];
                    for (int i = 0; i < n; i++) v[i] = in.readVarLong(false);
                    yield new Part(null, null, v, n);
                }
                case FLOATS -> {
                    double[] v = new double[n];
                    for (int i = 0; i < n; i++) v[i] = Double.longBitsToDouble(in.readLong());
                    yield new Part(null, v, null, n);
                }
                default -> {
                    Object[] v = new Object[n];
                    for (int i = 0; i < n; i++) v[i] = kryo.readClassAndObject(in);
                    yield new Part(v, null, null, n);
                }
            };
        }
    }

    /** The values of a block, drained as {@link #drain} drains them (compiled, when tier 1 can). */
    private static Object[] drainedArray(PyIter it, long capacity) {
        Part p = drain(it, capacity, false);
        Object[] items = p.items();
        return p.n() == items.length ? items : java.util.Arrays.copyOf(items, p.n());
    }

    /** floats: the values are for a sum, kept unboxed while they are all floats or all ints (a packed sink). */
    private static Part drain(PyIter it, long capacity, boolean floats) {
        int cap = (int) Math.max(8, Math.min(capacity, 1 << 20));
        DrainSink sink = floats ? DrainSink.packed(cap) : new DrainSink(cap, false);
        drainInto(it, sink);
        return new Part(sink.items(), sink.floats(), sink.longs(), sink.size()); // one of the three
    }

    /**
     * {@link #drain} of a fold's block: an element that raises leaves the values before it
     * ({@link Partial}, whole elements of {@code width} values, in the chunks' form).
     */
    private static Part drainKeeping(PyIter it, long capacity, boolean floats, int width) {
        int cap = (int) Math.max(8, Math.min(capacity, 1 << 20));
        DrainSink sink = floats ? DrainSink.packed(cap) : new DrainSink(cap, false);
        try {
            drainInto(it, sink);
        } catch (PyError e) {
            int n = sink.size() - sink.size() % width;
            ArrayList<Object> before = new ArrayList<>(1);
            before.add(new Part(sink.items(), sink.floats(), sink.longs(), n));
            throw new Partial(n == 0 ? null : before, e);
        }
        return new Part(sink.items(), sink.floats(), sink.longs(), sink.size());
    }

    private static void drainInto(PyIter it, DrainSink sink) {
        Tier1Hook t1 = Tier1Hook.Holder.hook;
        // compiled generator code yields straight into the sink; what it leaves, the generator yields here
        if (t1 != null && it instanceof PyGenerator g) t1.drain(Interpreter.current(), g, sink);
        for (Object x = it.next(); x != null; x = it.next()) sink.add(x);
    }

    /** Elements per round of {@link #foldInRounds}, per thread. */
    static final int ROUND_PER_THREAD = 64 * BLOCK;

    /** Elements per round at most on a grid, when they are known to be worth sending to another machine. */
    static final long GRID_ROUND = 1L << 22;

    /**
     * A left fold whose steps are cheap and whose elements are not: the elements of each round
     * (a few blocks per core) are computed on every core, in blocks as the tree splits them, and
     * folded left to right on one thread, in CPython's order, while the next round is computed.
     * When an element raises, the values before it (blocks in order, and the raising block's
     * elements before it) are folded, then its error is raised: the exception is the one CPython
     * meets first (an earlier fold step may raise before the element does), and no element is
     * computed twice (its output and writes happen once). An error whose earlier values are not
     * known (from another machine's range) redoes the round in order. The fold runs on a pool
     * worker, so the pool's threads are the only ones computing.
     */
    private static Object foldInRounds(Blocks blocks, int width, boolean floats, Object acc, Fold fold) {
        Interpreter owner = Interpreter.current();
        Parallelism par = owner.parallelism();
        if (par.threads() <= 1) return foldRounds(blocks, width, floats, acc, fold);
        if (par.onWorker()) {
            Region saved = Region.current();
            try {
                return foldRounds(blocks, width, floats, acc, fold);
            } finally {
                Region.closeTo(saved);
            }
        }
        return entered(owner, () -> foldRounds(blocks, width, floats, acc, fold));
    }

    private static Object foldRounds(Blocks blocks, int width, boolean floats, Object acc, Fold fold) {
        long n = blocks.length();
        Parallelism par = Interpreter.current().parallelism();
        long round = (long) ROUND_PER_THREAD * Math.max(2, par.threads());
        ElementCost cost = ElementCost.of(blocks); // measured once for every round
        // On a grid, elements known to be costly go in rounds of up to GRID_ROUND: another machine
        // takes half of a round at first, so with two rounds its first piece was a quarter of the
        // work, and each later hand-over costs its cores a round trip (W2 on two workers: 0.38-0.39
        // s -> 0.35 s). Their values are few for the time they take to compute.
        if (par.offload() != null && cost.worthSending()) round = Math.max(round, Math.min(n, GRID_ROUND));
        // two rounds in flight: when the first one's last block is taken, idle cores start the next
        Round next = new Round(blocks, width, floats, 0, Math.min(n, round), cost);
        Round after = round < n ? new Round(blocks, width, floats, round, Math.min(n, 2 * round), cost) : null;
        for (long lo = 0; lo < n; lo += round) {
            long hi = Math.min(n, lo + round);
            List<Object> parts;
            try {
                parts = next.join();
            } catch (Partial e) {
                // an element raised: the values before it are folded (a fold step may raise first, as
                // in CPython), then its error; nothing is computed again
                if (after != null) after.abandon();
                if (e.before != null) for (Object part : (List<Object>) e.before) acc = fold.fold(acc, (Part) part);
                throw e.error;
            } catch (PyError e) {
                if (after != null) after.abandon();
                PyIter it = blocks.range(lo, hi);
                Object[] one = new Object[width];
                while (true) {
                    for (int w = 0; w < width; w++) {
                        one[w] = it.next();
                        if (one[w] == null) throw e;
                    }
                    acc = fold.fold(acc, new Part(one, null, null, width));
                }
            } catch (RuntimeException | Error e) {
                if (after != null) after.abandon();
                throw e;
            }
            next = after;
            long start = hi + round;
            after = start < n ? new Round(blocks, width, floats, start, Math.min(n, start + round), cost) : null;
            try {
                for (Object part : parts) acc = fold.fold(acc, (Part) part);
            } catch (RuntimeException | Error e) {
                if (next != null) next.abandon();
                if (after != null) after.abandon();
                throw e;
            }
        }
        return acc;
    }

    /** The values of elements [lo, hi) in blocks: handed to the pool at once when a core is idle. */
    private static final class Round {
        final Blocks blocks;
        final int width;
        final boolean floats;
        final long lo, hi;
        final ElementCost cost;
        final Pending pending;

        Round(Blocks blocks, int width, boolean floats, long lo, long hi, ElementCost cost) {
            this.cost = cost;
            this.blocks = blocks;
            this.width = width;
            this.floats = floats;
            this.lo = lo;
            this.hi = hi;
            // handed to the pool only when a core is idle (nested sums would otherwise fork a piece
            // each); otherwise computed when joined, its blocks still split by the walk as cores free up
            Interpreter owner = Interpreter.current();
            // with other machines, always: a core here that waits for a piece elsewhere runs the next round
            if (owner.parallelism().threads() > 1 && (owner.parallelism().hungry() || owner.parallelism().offload() != null)) {
                pending = new Pending(lo, hi);
                // a round stays here (its joiner runs it if no core does); its blocks travel as the walk splits them
                pending.forkWork(this::compute, null, null);
            } else {
                pending = null;
            }
        }

        @SuppressWarnings("unchecked")
        List<Object> join() {
            return pending == null ? compute() : (List<Object>) pending.join();
        }

        void abandon() {
            if (pending != null) pending.abandon();
        }

        List<Object> compute() { return drainChunks(blocks, lo, hi - lo, width, floats, cost); }
    }

    /** The drained values of elements [offset, offset + n) of blocks, in leaf blocks; their cost measured into cost. */
    private static List<Object> drainChunks(Blocks blocks, long offset, long n, int width, boolean floats, ElementCost cost) {
        int depth = Interpreter.current().depth();
        return chunks(n, (from, to) -> drainKeeping(blocks.range(offset + from, offset + to), (to - from) * width, floats, width),
                (from, to) -> blocks instanceof Keyed k
                        ? new RemotePiece.Drain(depth, k.elements().range(offset + from, offset + to), to - from, width, floats, k.key(), cost.nsPerElement())
                        : new RemotePiece.Drain(depth, blocks.range(offset + from, offset + to), to - from, width, floats, null, cost.nsPerElement()),
                cost, true);
    }

    /** {@link RemotePiece.Drain} run here: the values of a shipped range, in blocks, its elements' cost as its sender measured it. */
    static Object drainRange(PyIter source, long length, int width, boolean floats, Object key, double nsPerElement) {
        Blocks raw = shipped(source);
        try {
            return drainChunks(key == null ? raw : new Keyed(raw, key), 0, length, width, floats, new ElementCost(nsPerElement));
        } catch (Partial e) {
            throw e.error; // its sender learns the error only
        }
    }

    /**
     * The blocks of a range another machine sent, split again over this machine's cores however
     * short it is (a slice, or a generator over one, always splits). Should one not, the piece
     * fails, and its sender runs it.
     */
    private static Blocks shipped(PyIter source) {
        Blocks b = split(source, 0);
        if (b == null) throw new IllegalStateException("a shipped range cannot be split");
        return b;
    }

    /** Returned by {@link #best} for an empty input. */
    public static final Object NO_VALUE = new Object();

    /** {@code any(g)} ({@code wanted} true) or {@code all(g)} (false), or null when not splittable. */
    public static Boolean anyAll(Object iterable, boolean wanted) {
        Blocks blocks = split(iterable);
        if (blocks == null) return null;
        Object found = anyAllTree(blocks, wanted);
        if (found == null) {
            consumed(iterable);
            return !wanted;
        }
        // stopped at element k, as CPython stops: its iterator (and the one under a generator
        // expression) is left just after it, and the generator goes on from there
        io.fora.vm.runtime.SplittableIter source = heldIterator(iterable);
        if (source != null) source.skip((Long) found + 1);
        return wanted;
    }

    /** The index of the first element whose truth is {@code wanted}, or null; found on every core. */
    private static Object anyAllTree(Blocks blocks, boolean wanted) {
        return reduce(new Tree() {
            @Override public long length() { return blocks.length(); }

            @Override public Object range(long from, long to) {
                PyIter it = blocks.range(from, to);
                long i = from;
                for (Object x = it.next(); x != null; x = it.next(), i++) if (Ops.isTrue(x) == wanted) return i;
                return null;
            }

            @Override public Object combine(Object left, Object right) { return left != null ? left : right; }

            @Override public boolean decides(Object left) { return left != null; }

            @Override public RemotePiece remote(long from, long to) {
                return new RemotePiece.AnyAll(Interpreter.current().depth(), blocks.range(from, to), wanted);
            }

            @Override public Object fromRemote(long from, Object value) { return value == null ? null : from + (Long) value; }
        });
    }

    /** {@link RemotePiece.AnyAll} run here: the index in the range of the first element of that truth, or null. */
    static Object findRange(PyIter source, boolean wanted) { return anyAllTree(shipped(source), wanted); }

    /**
     * A list or dict comprehension over a range or list longer than a block, run in blocks: the
     * blocks' lists concatenated (or dicts merged) in index order. Null when not splittable.
     */
    public static Object comprehension(io.fora.vm.runtime.PyFunction comprehension, Object source) {
        Object result = comprehensionInBlocks(comprehension, source);
        // the source is used up, as the sequential loop leaves it (the user may hold it: [f(x) for x in it])
        if (result != null && source instanceof io.fora.vm.runtime.SplittableIter s) s.exhaust();
        return result;
    }

    private static Object comprehensionInBlocks(io.fora.vm.runtime.PyFunction comprehension, Object source) {
        long n = remaining(source);
        if (n <= MIN_SPLIT) return null;
        CodeObject setCode = comprehension.code().listVariant;
        io.fora.vm.runtime.PyFunction run = setCode == null ? comprehension : new io.fora.vm.runtime.PyFunction(setCode,
                comprehension.globals(), comprehension.defaults(), comprehension.kwDefaults(), comprehension.closure(),
                comprehension.qualname());
        if (setCode == null && run.code().name.equals("<listcomp>") && n >= io.fora.vm.runtime.PageKeeper.Installed.get().pageElements()) {
            return pagedComprehension(run, source, n);
        }
        List<Object> pieces = comprehensionChunks(run, source, n);
        if (setCode != null) { // a set comprehension: filled in CPython's order, so it is laid out as CPython's
            io.fora.vm.runtime.PySet out = new io.fora.vm.runtime.PySet(false);
            for (Object p : pieces) {
                PyList l = (PyList) p;
                for (int i = 0; i < l.size(); i++) out.add(l.get(i));
            }
            return out;
        }
        if (pieces.get(0) instanceof io.fora.vm.runtime.PyDict) {
            io.fora.vm.runtime.PyDict out = new io.fora.vm.runtime.PyDict();
            for (Object p : pieces) {
                io.fora.vm.runtime.PyDict d = (io.fora.vm.runtime.PyDict) p;
                for (int i = 0; i < d.size(); i++) out.put(d.keyAt(i), d.valueAt(i));
            }
            return out;
        }
        long total = 0;
        for (Object p : pieces) total += ((PyList) p).size();
        Object[] items = new Object[Math.toIntExact(total)];
        int at = 0;
        for (Object p : pieces) {
            PyList l = (PyList) p;
            System.arraycopy(l.items(), 0, items, at, l.size());
            at += l.size();
        }
        return PyList.of(items);
    }

    /**
     * A list comprehension over at least a page of source positions: each block's list is packed
     * at once (ints and floats into pages, which the page keeper may spill), and the blocks' packs
     * join left to right, so the whole list never exists as boxed values.
     */
    private static Object pagedComprehension(io.fora.vm.runtime.PyFunction run, Object source, long n) {
        io.fora.vm.runtime.PagedVector v = pagedVector(run, source, n);
        // nothing packed (strings, tuples, objects): an ordinary list serves them best
        return v.packedElements() == 0 ? PyList.of(v.toArray(0, v.size())) : PyList.paged(v);
    }

    /** {@link RemotePiece.PagedComprehension} run here: its pages stay here, named in the answer. */
    static io.fora.vm.runtime.PagedVector pagedComprehensionRange(io.fora.vm.runtime.PyFunction run, PyIter source, long length) {
        return pagedVector(run, source, length);
    }

    private static io.fora.vm.runtime.PagedVector pagedVector(io.fora.vm.runtime.PyFunction run, Object source, long n) {
        int depth = Interpreter.current().depth();
        return paged(n, (from, to, b) -> {
            DrainSink s = listElements(run, slice(source, from, to - from), to - from);
            if (s != null) s.addTo(b);
            else b.addAll((PyList) Interpreter.current().callFunction(run, new Object[] {slice(source, from, to - from)}, io.fora.vm.runtime.Kwargs.NONE));
        }, (from, to) -> new RemotePiece.PagedComprehension(depth, run, (PyIter) slice(source, from, to - from), to - from));
    }

    /** Adds elements [from, to) of a paged build to a builder. */
    private interface PageFill {
        void fill(long from, long to, io.fora.vm.runtime.PagedVector.Builder b);
    }

    /**
     * A vector of n elements built in blocks on every core (and other workers: {@code remote}),
     * each block packed into a builder of its own by {@code fill}; the builders join left to right.
     */
    private static io.fora.vm.runtime.PagedVector paged(long n, PageFill fill, RemoteRange remote) {
        Object all = reduce(new Tree() {
            @Override public long length() { return n; }

            @Override public Object range(long from, long to) {
                io.fora.vm.runtime.PagedVector.Builder b = new io.fora.vm.runtime.PagedVector.Builder();
                fill.fill(from, to, b);
                return b;
            }

            @Override public Object combine(Object left, Object right) {
                if (left == null) return right;
                if (right != null) ((io.fora.vm.runtime.PagedVector.Builder) left).append((io.fora.vm.runtime.PagedVector.Builder) right);
                return left;
            }

            @Override public RemotePiece remote(long from, long to) { return remote.of(from, to); }

            @Override public Object fromRemote(long from, Object value) {
                io.fora.vm.runtime.PagedVector.Builder b = new io.fora.vm.runtime.PagedVector.Builder();
                b.addVector((io.fora.vm.runtime.PagedVector) value);
                return b;
            }

            // what comes back is the pages' ids when the worker that computed them keeps them,
            // else their packed bytes: small either way against boxed values
            @Override public boolean sizedResult() { return false; }
        });
        return all == null ? io.fora.vm.runtime.PagedVector.ofValues(new Object[0], 0) : ((io.fora.vm.runtime.PagedVector.Builder) all).build();
    }

    /** The comprehension's results over blocks of n source positions, in order. */
    private static List<Object> comprehensionChunks(io.fora.vm.runtime.PyFunction run, Object source, long n) {
        int depth = Interpreter.current().depth();
        // each piece cuts its own slice, so the iterator lives in the memory of the thread using it
        return chunks(n, (from, to) -> {
                    DrainSink s = listElements(run, slice(source, from, to - from), to - from);
                    return s != null ? PyList.of(s.boxed())
                            : Interpreter.current().callFunction(run, new Object[] {slice(source, from, to - from)}, io.fora.vm.runtime.Kwargs.NONE);
                },
                (from, to) -> new RemotePiece.Comprehension(depth, run, (PyIter) slice(source, from, to - from), to - from));
    }

    /**
     * A block of a list comprehension: its elements drained from the comprehension's loop as a
     * generator ({@link CodeObject#drainVariant}), which tier 1 compiles as it compiles a generator
     * expression's body; null when the comprehension has no such variant.
     */
    private static DrainSink listElements(io.fora.vm.runtime.PyFunction run, Object slice, long n) {
        CodeObject elements = run.code().drainVariant;
        if (elements == null) return null;
        io.fora.vm.runtime.PyFunction fn = new io.fora.vm.runtime.PyFunction(elements, run.globals(), run.defaults(), run.kwDefaults(),
                run.closure(), run.qualname());
        Object g = Interpreter.current().callFunction(fn, new Object[] {slice}, io.fora.vm.runtime.Kwargs.NONE);
        DrainSink sink = DrainSink.packed((int) Math.max(8, Math.min(n, 1 << 20)));
        drainInto((PyIter) g, sink);
        return sink;
    }

    /** {@link RemotePiece.Comprehension} run here. */
    static Object comprehensionRange(io.fora.vm.runtime.PyFunction run, PyIter source, long length) {
        return comprehensionChunks(run, source, length);
    }

    /** The value of a range of elements. */
    private interface RangeFunction {
        Object apply(long from, long to);
    }

    /** Elements [from, to) as a piece for another machine. */
    private interface RemoteRange {
        RemotePiece of(long from, long to);
    }

    /** Every leaf range's value over elements [0, n), in order (the ranges run as the tree splits them). */
    @SuppressWarnings("unchecked")
    private static List<Object> chunks(long n, RangeFunction leaf, RemoteRange remote) { return chunks(n, leaf, remote, new ElementCost(), false); }

    private static List<Object> chunks(long n, RangeFunction leaf, RemoteRange remote, ElementCost cost) { return chunks(n, leaf, remote, cost, false); }

    private static List<Object> chunks(long n, RangeFunction leaf, RemoteRange remote, ElementCost cost, boolean partials) {
        Object all = reduce(new Tree() {
            @Override public long length() { return n; }

            @Override public Object range(long from, long to) {
                ArrayList<Object> one = new ArrayList<>(1);
                one.add(leaf.apply(from, to));
                return one;
            }

            @Override public Object combine(Object left, Object right) {
                ((ArrayList<Object>) left).addAll((ArrayList<Object>) right);
                return left;
            }

            @Override public RemotePiece remote(long from, long to) { return remote == null ? null : remote.of(from, to); }

            @Override public Object fromRemote(long from, Object value) { return new ArrayList<>((List<Object>) value); }

            @Override public boolean sizedResult() { return remote != null; }

            @Override public boolean partials() { return partials; }
        }, cost);
        return (List<Object>) all;
    }

    /**
     * {@code f(*left) OP g(*right)} with both calls run as pieces, in parallel when the pool has
     * room. If both raise, the left call's exception is raised: sequential Python would meet it first.
     */
    public static Object fork(Object f, Object[] left, Object g, Object[] right, int op) {
        Object[] both = forkBoth(f, left, g, right);
        return Arith.binary(op, both[0], both[1]);
    }

    /**
     * {@code f(*left)} and {@code g(*right)}, both results in order. On a pool worker the right
     * call becomes a new piece and this thread goes on with the left one; elsewhere both run as
     * pieces in the pool while the caller waits, so only the pool's threads compute.
     */
    public static Object[] forkBoth(Object f, Object[] left, Object g, Object[] right) {
        Interpreter owner = Interpreter.current();
        Parallelism par = owner.parallelism();
        if (keepsWritingShared(g) || ShortCalls.isShort(f) || ShortCalls.isShort(g)) {
            return new Object[] {Ops.call(f, left), Ops.call(g, right)};
        }
        if (!par.onWorker()) {
            List<Object> results = runInOrder(2, index -> index == 0 ? Ops.call(f, left) : Ops.call(g, right), abandonCounter(g));
            return new Object[] {results.get(0), results.get(1)};
        }
        Region saved = Region.current();
        Cancellation token = owner.childToken();
        try {
            Parallelism.Forked<Piece> later = forkCall(owner, token, g, right);
            Object a;
            try {
                a = Ops.call(f, left);
            } catch (RuntimeException | Error e) {
                token.cancel(); // the left call raised first, as sequential Python would report
                throw e;
            }
            return new Object[] {a, unwrap(later.join())};
        } finally {
            owner.releaseToken(token);
            Region.closeTo(saved);
        }
    }

    /**
     * The calls {@code fns[i](*args[i])}, results in order. On a pool worker the later calls become
     * new pieces while this thread runs the first; the first exception in call order is raised and
     * the calls after it are cancelled.
     */
    public static Object[] forkAll(Object[] fns, Object[][] args) {
        int n = fns.length;
        Interpreter owner = Interpreter.current();
        Parallelism par = owner.parallelism();
        int longCalls = 0;
        for (Object fn : fns) if (!ShortCalls.isShort(fn)) longCalls++;
        if (keepsWritingShared(fns[n - 1]) || longCalls <= 1) {
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) out[i] = Ops.call(fns[i], args[i]);
            return out;
        }
        if (!par.onWorker()) return runInOrder(n, i -> Ops.call(fns[i], args[i]), abandonCounter(fns[n - 1])).toArray();
        Region saved = Region.current();
        Cancellation[] tokens = new Cancellation[n];
        @SuppressWarnings("unchecked")
        Parallelism.Forked<Piece>[] later = new Parallelism.Forked[n];
        for (int i = 1; i < n; i++) tokens[i] = owner.childToken();
        try {
            return forkAllJoined(owner, fns, args, tokens, later);
        } finally {
            for (int i = 1; i < n; i++) owner.releaseToken(tokens[i]);
            Region.closeTo(saved);
        }
    }

    private static Object[] forkAllJoined(Interpreter owner, Object[] fns, Object[][] args, Cancellation[] tokens,
                                          Parallelism.Forked<Piece>[] later) {
        int n = fns.length;
        for (int i = 1; i < n; i++) {
            int index = i;
            later[i] = forkCall(owner, tokens[i], fns[index], args[index]);
        }
        Object[] out = new Object[n];
        try {
            out[0] = Ops.call(fns[0], args[0]);
        } catch (RuntimeException | Error e) {
            for (int i = 1; i < n; i++) tokens[i].cancel();
            throw e;
        }
        for (int i = 1; i < n; i++) {
            Piece p = later[i].join();
            if (p.error() != null || p == SKIPPED) for (int j = i + 1; j < n; j++) tokens[j].cancel();
            out[i] = unwrap(p);
        }
        return out;
    }

    /** {@code fn(*args)} as a piece: on an idle core here, or on another machine when only one there is idle. */
    private static Parallelism.Forked<Piece> forkCall(Interpreter owner, Cancellation token, Object fn, Object[] args) {
        if (keepsWritingShared(fn)) return () -> Forks.here(owner, () -> Ops.call(fn, args));
        return Forks.fork(owner, token, () -> Ops.call(fn, args), () -> new RemotePiece.Call(owner.depth(), fn, args), v -> v,
                abandonCounter(fn));
    }

    /** Calls of a function whose pieces were abandoned a few times (they write shared objects) run in order: forking them only wastes work. */
    private static boolean keepsWritingShared(Object fn) {
        return fn instanceof io.fora.vm.runtime.PyFunction f && f.code().abandonedForks > 2;
    }

    private static Runnable abandonCounter(Object fn) {
        return fn instanceof io.fora.vm.runtime.PyFunction f ? () -> f.code().abandonedForks++ : null;
    }

    /**
     * Hands work to the pool, or, when no core here is idle and another machine has one, sends it
     * there as data ({@code remote}, made only then; null when it cannot travel).
     */
    private static Parallelism.Forked<Piece> forkPiece(Interpreter owner, Cancellation token, java.util.function.Supplier<Object> work,
                                                       java.util.function.Supplier<RemotePiece> remote,
                                                       java.util.function.UnaryOperator<Object> fromRemote) {
        return Forks.fork(owner, token, work, remote, fromRemote);
    }

    /**
     * Runs n pieces (in parallel where the pool allows) and returns their values in order. When a
     * piece raises, every later piece is cancelled, and the first exception in order is raised:
     * the one sequential Python would meet first.
     */
    private static List<Object> runInOrder(int n, java.util.function.IntFunction<Object> body) { return runInOrder(n, body, null); }

    private static List<Object> runInOrder(int n, java.util.function.IntFunction<Object> body, Runnable onAbandoned) {
        Interpreter owner = Interpreter.current();
        Region region = Region.current();
        Cancellation[] tokens = new Cancellation[n];
        for (int i = 0; i < n; i++) tokens[i] = owner.childToken();
        List<Callable<Piece>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            tasks.add(() -> {
                Region piece = Region.newPiece(region);
                Region before = Region.enter(piece);
                try {
                    return owner.runPiece(tokens[index], () -> {
                        Piece p = piece(tokens[index], () -> body.apply(index));
                        if (p.error() != null) for (int j = index + 1; j < n; j++) tokens[j].cancel();
                        return p;
                    });
                } finally {
                    Region.enter(before);
                    piece.end();
                }
            });
        }
        List<Piece> pieces;
        try {
            pieces = owner.parallelism().runAll(tasks);
        } finally {
            for (Cancellation t : tokens) owner.releaseToken(t);
        }
        List<Object> values = new ArrayList<>(n);
        boolean inOrder = false;
        for (int i = 0; i < n; i++) {
            Piece p = pieces.get(i);
            // from the first piece that wrote what it shares on, everything runs here, in order
            if (p == ABANDONED && !inOrder) {
                inOrder = true;
                if (onAbandoned != null) onAbandoned.run();
            }
            if (inOrder) {
                int index = i;
                p = Forks.here(owner, () -> body.apply(index));
            }
            values.add(unwrap(p));
        }
        return values;
    }

    private static long remaining(Object source) {
        if (source instanceof Iterators.RangeIter r) return r.remaining();
        if (source instanceof Iterators.ArrayIter a) return a.remaining();
        if (source instanceof io.fora.vm.runtime.PagedVector.Iter p) return p.splitLength();
        if (source instanceof Iterators.ListIter l) return l.splitLength();
        return -1;
    }

    private static Object slice(Object source, long lo, long count) {
        return ((io.fora.vm.runtime.SplittableIter) source).slice(lo, count);
    }

    // ---- splitting ----

    /** A splittable iterable: how many elements, and an iterator over any range of them. */
    interface Blocks {
        long length();

        /** A fresh iterator over elements [from, to), made by the thread that will use it. */
        PyIter range(long from, long to);

        /** The generator expression that computes the elements, or null. */
        default CodeObject code() { return null; }
    }

    /**
     * The blocks of a splittable iterable (or null). Iterators and frames are made inside each
     * piece, so a block's state is allocated by the thread that runs it: made up front by one thread
     * they would sit side by side in memory, and two workers advancing neighbouring blocks would keep
     * stealing each other's cache lines (W2 ran 25% slower per thread that way).
     */
    static Blocks split(Object iterable) { return split(iterable, MIN_SPLIT); }

    /** The blocks of a splittable iterable longer than {@code shorter}, or null. */
    private static Blocks split(Object iterable, long shorter) {
        if (iterable instanceof io.fora.vm.runtime.SplittableIter s) {
            long n = s.splitLength();
            if (n <= shorter) return null;
            return blocksOf(n, (from, count) -> s.slice(from, count));
        }
        if (!(iterable instanceof PyGenerator g) || g.started) return null;
        Frame f = g.frame;
        CodeObject code = f.code;
        if (!code.name.equals("<genexpr>") || code.is(CodeObject.NO_SPLIT) || code.nlocals == 0 || !code.slotNames[0].equals(".0")) return null;
        Object source = f.r[0];
        long n = remaining(source);
        if (n <= shorter) return null;
        return blocksOf(n, code, (from, count) -> {
            Object[] slots = f.r.clone();
            slots[0] = slice(source, from, count);
            // The generator's own cells (a loop variable an inner lambda or generator closes
            // over) belong to each block: shared, two threads would write one cell.
            for (int c = code.nlocals; c < code.nlocals + code.ncells; c++) {
                if (slots[c] instanceof io.fora.vm.runtime.PyCell cell) slots[c] = new io.fora.vm.runtime.PyCell(cell.value);
            }
            return new PyGenerator(new Frame(code, f.globals, slots));
        });
    }

    private interface Slicer {
        PyIter slice(long from, long count);
    }

    private static Blocks blocksOf(long n, Slicer slicer) { return blocksOf(n, null, slicer); }

    private static Blocks blocksOf(long n, CodeObject code, Slicer slicer) {
        return new Blocks() {
            @Override public long length() { return n; }

            @Override public PyIter range(long from, long to) { return slicer.slice(from, to - from); }

            @Override public CodeObject code() { return code; }
        };
    }

    /**
     * The values of a splittable iterable (a generator expression, map, filter, zip or enumerate
     * over ranges and lists), computed in blocks and concatenated in order; null when not splittable.
     */
    public static Object[] toArray(Object iterable) {
        Blocks blocks = split(iterable);
        if (blocks == null) return null;
        List<Object> pieces = elementChunks(blocks);
        long total = 0;
        for (Object p : pieces) total += ((Object[]) p).length;
        Object[] out = new Object[Math.toIntExact(total)];
        int at = 0;
        for (Object p : pieces) {
            Object[] a = (Object[]) p;
            System.arraycopy(a, 0, out, at, a.length);
            at += a.length;
        }
        consumed(iterable);
        return out;
    }

    /**
     * {@code list(it)} for a splittable iterable (a range, a range or list iterator, a generator
     * expression over one) of at least a page of elements: drained in blocks on every core (and
     * other machines) straight into pages, ints and floats packed, as a large list comprehension
     * is; null when it is not splittable or shorter than a page.
     */
    public static PyList pagedList(Object iterable) {
        Object it = iterable instanceof io.fora.vm.runtime.PyRange r ? Ops.iter(r) : iterable;
        Blocks blocks = split(it);
        if (blocks == null || blocks.length() < io.fora.vm.runtime.PageKeeper.Installed.get().pageElements()) return null;
        io.fora.vm.runtime.PagedVector v = pagedElements(blocks);
        consumed(it);
        // nothing packed (strings, tuples, objects): an ordinary list serves them best
        return v.packedElements() == 0 ? PyList.of(v.toArray(0, v.size())) : PyList.paged(v);
    }

    /** {@link RemotePiece.PagedElements} run here: its pages stay here, named in the answer. */
    static io.fora.vm.runtime.PagedVector pagedElementsRange(PyIter source) { return pagedElements(shipped(source)); }

    private static io.fora.vm.runtime.PagedVector pagedElements(Blocks blocks) {
        int depth = Interpreter.current().depth();
        return paged(blocks.length(), (from, to, b) -> {
            DrainSink s = DrainSink.packed((int) Math.max(8, Math.min(to - from, 1 << 20)));
            PyIter it = blocks.range(from, to);
            if (it instanceof io.fora.vm.runtime.Iterators.RangeIter r) {
                // list(range(...)): its ints straight into the sink, never boxed
                long v = r.position(), step = r.step();
                for (long k = r.remaining(); k > 0; k--, v += step) s.addLong(v);
                r.exhaust();
            } else {
                drainInto(it, s);
            }
            s.addTo(b);
        }, (from, to) -> new RemotePiece.PagedElements(depth, blocks.range(from, to)));
    }

    private static List<Object> elementChunks(Blocks blocks) {
        int depth = Interpreter.current().depth();
        return chunks(blocks.length(), (from, to) -> drainedArray(blocks.range(from, to), to - from),
                (from, to) -> new RemotePiece.Elements(depth, blocks.range(from, to)));
    }

    /** {@link RemotePiece.Elements} run here. */
    static Object elementsRange(PyIter source) { return elementChunks(shipped(source)); }

    /**
     * {@code [f(x) for x in items]} for a key function over a large array, computed in blocks
     * (sorted(..., key=f) spends its time there); null when the array is one block or less.
     */
    public static Object[] mapArray(Object f, Object[] items) {
        if (items.length <= MIN_SPLIT) return null;
        Object[] keys = new Object[items.length];
        reduce(new Tree() {
            @Override public long length() { return items.length; }

            @Override public Object range(long from, long to) {
                for (int i = (int) from; i < to; i++) keys[i] = Ops.call(f, items[i]); // ranges write disjoint slots
                return null;
            }

            @Override public Object combine(Object left, Object right) { return null; }
        });
        return keys;
    }

    /**
     * Sorts {@code values} by {@code keys} in blocks on every core: each block sorted, neighbours
     * merged along the block tree. Only for keys that are all ints, all floats other than nan, or
     * all strs: their {@code <} is a total order that cannot raise, so every stable sort gives
     * CPython's answer. False (nothing done) for anything else, or for one or two blocks.
     */
    public static boolean sortInBlocks(Object[] keys, Object[] values) {
        int n = keys.length;
        if (n <= 2 * BLOCK || Interpreter.current().parallelism().threads() <= 1) return false;
        java.util.Comparator<Object> order = totalOrder(keys);
        if (order == null) return false;
        Integer[] index = new Integer[n];
        for (int i = 0; i < n; i++) index[i] = i;
        // ties broken by position: the sort is stable whatever the algorithm
        java.util.Comparator<Integer> byKey = (x, y) -> {
            int c = order.compare(keys[x], keys[y]);
            return c != 0 ? c : Integer.compare(x, y);
        };
        Integer[] tmp = new Integer[n];
        reduce(new Tree() {
            @Override public long length() { return n; }

            @Override public boolean cuttable() { return false; }

            @Override public Object range(long from, long to) {
                int lo = (int) from, hi = (int) to;
                Arrays.sort(index, lo, hi, byKey);
                return new long[] {lo, hi};
            }

            @Override public Object combine(Object left, Object right) {
                int lo = (int) ((long[]) left)[0], mid = (int) ((long[]) left)[1], hi = (int) ((long[]) right)[1];
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi) tmp[k++] = byKey.compare(index[j], index[i]) < 0 ? index[j++] : index[i++];
                while (i < mid) tmp[k++] = index[i++];
                while (j < hi) tmp[k++] = index[j++];
                System.arraycopy(tmp, lo, index, lo, hi - lo);
                return new long[] {lo, hi};
            }
        });
        Object[] k = keys.clone(), v = values == keys ? k : values.clone();
        for (int i = 0; i < n; i++) {
            keys[i] = k[index[i]];
            if (values != keys) values[i] = v[index[i]];
        }
        return true;
    }

    /** Python's {@code <} as a comparator, when every key is an int, every key a non-nan float, or every key a str. */
    public static java.util.Comparator<Object> totalOrder(Object[] keys) {
        Object first = keys[0];
        if (first instanceof Long) {
            for (Object o : keys) if (!(o instanceof Long)) return null;
            return (a, b) -> Long.compare((Long) a, (Long) b);
        }
        if (first instanceof Double) {
            for (Object o : keys) if (!(o instanceof Double d) || d.isNaN()) return null;
            return (a, b) -> { // -0.0 == 0.0 in Python: not Double.compare
                double x = (Double) a, y = (Double) b;
                return x < y ? -1 : x > y ? 1 : 0;
            };
        }
        if (first instanceof io.fora.vm.runtime.PyStr) {
            for (Object o : keys) if (!(o instanceof io.fora.vm.runtime.PyStr)) return null;
            return (a, b) -> ((io.fora.vm.runtime.PyStr) a).compareTo((io.fora.vm.runtime.PyStr) b);
        }
        return null;
    }

    /** After its pieces produced everything, the original iterator is used up, as sequential code would leave it. */
    private static void consumed(Object iterable) {
        io.fora.vm.runtime.SplittableIter source = heldIterator(iterable);
        if (source != null) source.exhaust();
        if (iterable instanceof PyGenerator g) {
            g.finished = true;
            g.started = true;
        }
    }

    /**
     * The iterator a split iterable reads, which the program may hold and must find where sequential
     * code would leave it: the iterable itself, or the one under a generator expression.
     */
    private static io.fora.vm.runtime.SplittableIter heldIterator(Object iterable) {
        if (iterable instanceof io.fora.vm.runtime.SplittableIter s) return s;
        if (iterable instanceof PyGenerator g && g.frame.r[0] instanceof io.fora.vm.runtime.SplittableIter s) return s;
        return null;
    }
}

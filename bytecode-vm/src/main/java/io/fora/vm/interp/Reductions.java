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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Reductions ({@code sum}, {@code min}, {@code max}, {@code any}, {@code all}) of a generator
 * expression over a range or a list, split by index into fixed blocks of {@link #BLOCK} elements.
 * Each block is reduced left to right as CPython would; block results combine in an order fixed by
 * the index space (a balanced tree for {@code sum}, left to right for the others), so a result is
 * the same on any number of threads, and identical to CPython's for up to one block. When several
 * blocks raise, the exception of the first block in index order is raised, as sequential Python
 * would; blocks after a failed one are skipped.
 */
public final class Reductions {
    private Reductions() {}

    /** Elements per block: large enough that splitting costs nothing, small enough to balance. */
    public static final int BLOCK = 8192;

    /** A piece's outcome: its value (null for an empty block), or the exception it raised. */
    private record Piece(Object value, PyError error) {}

    private static final Piece SKIPPED = new Piece(null, null);

    /** {@code sum(g, start)} in blocks, or null when g is not a splittable generator expression. */
    public static Object sum(Object iterable, Object start) {
        List<java.util.function.Supplier<PyIter>> blocks = split(iterable);
        if (blocks == null) return null;
        List<Object> pieces = runInOrder(blocks.size(), index -> {
            PyIter it = blocks.get(index).get();
            Object acc = index == 0 ? start : null;
            for (Object x = it.next(); x != null; x = it.next()) acc = acc == null ? x : Arith.binary(Arith.ADD, acc, x);
            return acc;
        });
        List<Object> values = new ArrayList<>();
        for (Object v : pieces) {
            if (v == null) continue;
            if (!associative(v)) return null; // a user __add__ is reduced in CPython's order
            values.add(v);
        }
        consumed(iterable);
        return values.isEmpty() ? start : tree(values, 0, values.size() - 1);
    }

    /** {@code min}/{@code max} without default handling: null when not splittable, else the best or NO_VALUE. */
    public static Object best(Object iterable, Object key, int op) {
        List<java.util.function.Supplier<PyIter>> blocks = split(iterable);
        if (blocks == null) return null;
        List<Object> pieces = runInOrder(blocks.size(), index -> {
            PyIter it = blocks.get(index).get();
            Object best = null, bestKey = null;
            for (Object x = it.next(); x != null; x = it.next()) {
                Object k = key == null ? x : Ops.call(key, x);
                if (best == null || Compare.test(op, k, bestKey)) {
                    best = x;
                    bestKey = k;
                }
            }
            return best == null ? null : PyTuple.of(best, bestKey);
        });
        Object best = null, bestKey = null;
        for (Object v : pieces) {
            if (v == null) continue;
            PyTuple t = (PyTuple) v;
            if (best == null || Compare.test(op, t.get(1), bestKey)) {
                best = t.get(0);
                bestKey = t.get(1);
            }
        }
        consumed(iterable);
        return best == null ? NO_VALUE : best;
    }

    /** Returned by {@link #best} for an empty input. */
    public static final Object NO_VALUE = new Object();

    /** {@code any(g)} ({@code wanted} true) or {@code all(g)} (false), or null when not splittable. */
    public static Boolean anyAll(Object iterable, boolean wanted) {
        List<java.util.function.Supplier<PyIter>> blocks = split(iterable);
        if (blocks == null) return null;
        List<Object> pieces = runInOrder(blocks.size(), index -> {
            PyIter it = blocks.get(index).get();
            for (Object x = it.next(); x != null; x = it.next()) if (Ops.isTrue(x) == wanted) return Boolean.TRUE;
            return null;
        });
        consumed(iterable);
        for (Object v : pieces) if (v != null) return wanted;
        return !wanted;
    }

    /**
     * A list or dict comprehension over a range or list longer than a block, run in blocks: the
     * blocks' lists concatenated (or dicts merged) in index order. Null when not splittable.
     */
    public static Object comprehension(io.fora.vm.runtime.PyFunction comprehension, Object source) {
        long n = remaining(source);
        if (n <= BLOCK) return null;
        int blocks = (int) ((n + BLOCK - 1) / BLOCK);
        // each piece cuts its own slice, so the iterator lives in the memory of the thread using it
        List<Object> pieces = runInOrder(blocks, index -> Interpreter.current().callFunction(comprehension,
                new Object[] {slice(source, (long) index * BLOCK, Math.min(BLOCK, n - (long) index * BLOCK))},
                io.fora.vm.runtime.Kwargs.NONE));
        if (pieces.get(0) instanceof io.fora.vm.runtime.PyDict) {
            io.fora.vm.runtime.PyDict out = new io.fora.vm.runtime.PyDict();
            for (Object p : pieces) {
                io.fora.vm.runtime.PyDict d = (io.fora.vm.runtime.PyDict) p;
                for (int i = 0; i < d.size(); i++) out.put(d.keyAt(i), d.valueAt(i));
            }
            return out;
        }
        int total = 0;
        for (Object p : pieces) total += ((PyList) p).size();
        Object[] items = new Object[total];
        int at = 0;
        for (Object p : pieces) {
            PyList l = (PyList) p;
            System.arraycopy(l.items(), 0, items, at, l.size());
            at += l.size();
        }
        return PyList.of(items);
    }

    /**
     * {@code f(*left) OP g(*right)} with both calls run as pieces, in parallel when the pool has
     * room. If both raise, the left call's exception is raised: sequential Python would meet it first.
     */
    public static Object fork(Object f, Object[] left, Object g, Object[] right, int op) {
        Object[] both = forkBoth(f, left, g, right);
        return Arith.binary(op, both[0], both[1]);
    }

    /** {@code f(*left)} and {@code g(*right)} as two pieces; both results, in order. */
    public static Object[] forkBoth(Object f, Object[] left, Object g, Object[] right) {
        List<Object> results = runInOrder(2, index -> index == 0 ? Ops.call(f, left) : Ops.call(g, right));
        return new Object[] {results.get(0), results.get(1)};
    }

    /**
     * Runs n pieces (in parallel where the pool allows) and returns their values in order. When a
     * piece raises, every later piece is cancelled, and the first exception in order is raised:
     * the one sequential Python would meet first.
     */
    private static List<Object> runInOrder(int n, java.util.function.IntFunction<Object> body) {
        Interpreter owner = Interpreter.current();
        Cancellation[] tokens = new Cancellation[n];
        for (int i = 0; i < n; i++) tokens[i] = owner.childToken();
        List<Callable<Piece>> tasks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int index = i;
            tasks.add(() -> owner.runPiece(tokens[index], () -> {
                if (tokens[index].isCancelled()) return SKIPPED;
                try {
                    return new Piece(body.apply(index), null);
                } catch (PyError e) {
                    for (int j = index + 1; j < n; j++) tokens[j].cancel();
                    return new Piece(null, e);
                } catch (Cancellation.Cancelled c) {
                    return SKIPPED;
                }
            }));
        }
        List<Piece> pieces;
        try {
            pieces = owner.parallelism().runAll(tasks);
        } finally {
            for (Cancellation t : tokens) owner.releaseToken(t);
        }
        List<Object> values = new ArrayList<>(n);
        for (Piece p : pieces) {
            if (p.error() != null) throw p.error();
            if (p == SKIPPED) throw new Cancellation.Cancelled(); // the whole computation was cancelled
            values.add(p.value());
        }
        return values;
    }

    private static long remaining(Object source) {
        if (source instanceof Iterators.RangeIter r) return r.remaining();
        if (source instanceof Iterators.ArrayIter a) return a.remaining();
        return -1;
    }

    private static Object slice(Object source, long lo, long count) {
        return source instanceof Iterators.RangeIter r ? r.slice(lo, count) : ((Iterators.ArrayIter) source).slice(lo, count);
    }

    // ---- splitting ----

    /**
     * The blocks of a splittable iterable (or null): factories, called inside each piece, so that a
     * block's iterator and frame are allocated by the thread that runs them. Made up front by one
     * thread they would sit side by side in memory, and two workers advancing neighbouring blocks
     * would keep stealing each other's cache lines (W2 ran 25% slower per thread that way).
     */
    static List<java.util.function.Supplier<PyIter>> split(Object iterable) {
        List<java.util.function.Supplier<PyIter>> blocks = new ArrayList<>();
        if (iterable instanceof io.fora.vm.runtime.SplittableIter s) {
            long n = s.splitLength();
            if (n <= BLOCK) return null;
            for (long lo = 0; lo < n; lo += BLOCK) {
                long from = lo, count = Math.min(BLOCK, n - lo);
                blocks.add(() -> s.slice(from, count));
            }
            return blocks;
        }
        if (!(iterable instanceof PyGenerator g) || g.started) return null;
        Frame f = g.frame;
        CodeObject code = f.code;
        if (!code.name.equals("<genexpr>") || code.nlocals == 0 || !code.slotNames[0].equals(".0")) return null;
        Object source = f.r[0];
        long n = remaining(source);
        if (n <= BLOCK) return null;
        for (long lo = 0; lo < n; lo += BLOCK) {
            long from = lo, count = Math.min(BLOCK, n - lo);
            blocks.add(() -> {
                Object[] slots = f.r.clone();
                slots[0] = slice(source, from, count);
                return new PyGenerator(new Frame(code, f.globals, slots));
            });
        }
        return blocks;
    }

    /**
     * The values of a splittable iterable (a generator expression, map, filter, zip or enumerate
     * over ranges and lists), computed in blocks and concatenated in order; null when not splittable.
     */
    public static Object[] toArray(Object iterable) {
        List<java.util.function.Supplier<PyIter>> blocks = split(iterable);
        if (blocks == null) return null;
        List<Object> pieces = runInOrder(blocks.size(), index -> io.fora.vm.runtime.Iterators.toArray(blocks.get(index).get()));
        int total = 0;
        for (Object p : pieces) total += ((Object[]) p).length;
        Object[] out = new Object[total];
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
     * {@code [f(x) for x in items]} for a key function over a large array, computed in blocks
     * (sorted(..., key=f) spends its time there); null when the array is one block or less.
     */
    public static Object[] mapArray(Object f, Object[] items) {
        if (items.length <= BLOCK) return null;
        int blocks = (items.length + BLOCK - 1) / BLOCK;
        List<Object> pieces = runInOrder(blocks, index -> {
            int lo = index * BLOCK, hi = Math.min(items.length, lo + BLOCK);
            Object[] out = new Object[hi - lo];
            for (int i = lo; i < hi; i++) out[i - lo] = Ops.call(f, items[i]);
            return out;
        });
        Object[] keys = new Object[items.length];
        for (int b = 0; b < blocks; b++) {
            Object[] part = (Object[]) pieces.get(b);
            System.arraycopy(part, 0, keys, b * BLOCK, part.length);
        }
        return keys;
    }

    /** After its pieces produced everything, the original iterator is used up, as sequential code would leave it. */
    private static void consumed(Object iterable) {
        if (iterable instanceof io.fora.vm.runtime.SplittableIter s) s.exhaust();
        else if (iterable instanceof PyGenerator g) {
            g.finished = true;
            g.started = true;
        }
    }

    /** Values whose + is associative but for float rounding: the tree order is allowed for them. */
    private static boolean associative(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof BigInteger || v instanceof Boolean
                || v instanceof PyList || v instanceof PyTuple;
    }

    private static Object tree(List<Object> values, int lo, int hi) {
        if (lo == hi) return values.get(lo);
        int mid = (lo + hi) >>> 1;
        return Arith.binary(Arith.ADD, tree(values, lo, mid), tree(values, mid + 1, hi));
    }

}

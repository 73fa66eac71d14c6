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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

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

    /** A block's outcome: its value (null for an empty block), or the exception it raised. */
    private record Piece(Object value, PyError error, boolean skipped) {}

    /** {@code sum(g, start)} in blocks, or null when g is not a splittable generator expression. */
    public static Object sum(Object iterable, Object start) {
        List<PyGenerator> blocks = split(iterable);
        if (blocks == null) return null;
        List<Piece> pieces = reduceBlocks(blocks, (index, it) -> {
            Object acc = index == 0 ? start : null;
            for (Object x = it.next(); x != null; x = it.next()) acc = acc == null ? x : Arith.binary(Arith.ADD, acc, x);
            return acc;
        });
        List<Object> values = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.value() == null) continue;
            if (!associative(p.value())) return null; // a user __add__ is reduced in CPython's order
            values.add(p.value());
        }
        return values.isEmpty() ? start : tree(values, 0, values.size() - 1);
    }

    /** {@code min}/{@code max} without default handling: null when not splittable, else the best or NO_VALUE. */
    public static Object best(Object iterable, Object key, int op) {
        List<PyGenerator> blocks = split(iterable);
        if (blocks == null) return null;
        List<Piece> pieces = reduceBlocks(blocks, (index, it) -> {
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
        for (Piece p : pieces) {
            if (p.value() == null) continue;
            PyTuple t = (PyTuple) p.value();
            if (best == null || Compare.test(op, t.get(1), bestKey)) {
                best = t.get(0);
                bestKey = t.get(1);
            }
        }
        return best == null ? NO_VALUE : best;
    }

    /** Returned by {@link #best} for an empty input. */
    public static final Object NO_VALUE = new Object();

    /** {@code any(g)} ({@code wanted} true) or {@code all(g)} (false), or null when not splittable. */
    public static Boolean anyAll(Object iterable, boolean wanted) {
        List<PyGenerator> blocks = split(iterable);
        if (blocks == null) return null;
        List<Piece> pieces = reduceBlocks(blocks, (index, it) -> {
            for (Object x = it.next(); x != null; x = it.next()) if (Ops.isTrue(x) == wanted) return Boolean.TRUE;
            return null;
        });
        for (Piece p : pieces) if (p.value() != null) return wanted;
        return !wanted;
    }

    // ---- splitting ----

    /** The blocks of a not-yet-started generator expression over a range or list, or null. */
    static List<PyGenerator> split(Object iterable) {
        if (!(iterable instanceof PyGenerator g) || g.started) return null;
        Frame f = g.frame;
        CodeObject code = f.code;
        if (!code.name.equals("<genexpr>") || code.nlocals == 0 || !code.slotNames[0].equals(".0")) return null;
        Object source = f.r[0];
        long n;
        if (source instanceof Iterators.RangeIter r) n = r.remaining();
        else if (source instanceof Iterators.ArrayIter a) n = a.remaining();
        else return null;
        if (n <= BLOCK) return null;
        List<PyGenerator> blocks = new ArrayList<>();
        for (long lo = 0; lo < n; lo += BLOCK) {
            long count = Math.min(BLOCK, n - lo);
            Object[] slots = f.r.clone();
            slots[0] = source instanceof Iterators.RangeIter r ? r.slice(lo, count) : ((Iterators.ArrayIter) source).slice(lo, count);
            blocks.add(new PyGenerator(new Frame(code, f.globals, slots)));
        }
        return blocks;
    }

    private static List<Piece> reduceBlocks(List<PyGenerator> blocks, BiFunction<Integer, PyIter, Object> reduce) {
        Interpreter owner = Interpreter.current();
        AtomicInteger firstFailed = new AtomicInteger(Integer.MAX_VALUE);
        List<Callable<Piece>> tasks = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            int index = i;
            PyGenerator block = blocks.get(i);
            tasks.add(() -> owner.runPiece(() -> {
                if (index > firstFailed.get()) return new Piece(null, null, true);
                try {
                    return new Piece(reduce.apply(index, block), null, false);
                } catch (PyError e) {
                    firstFailed.accumulateAndGet(index, Math::min);
                    return new Piece(null, e, false);
                }
            }));
        }
        List<Piece> pieces = owner.parallelism().runAll(tasks);
        for (Piece p : pieces) {
            if (p.error() != null) throw p.error();
            if (p.skipped()) break;
        }
        return pieces;
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

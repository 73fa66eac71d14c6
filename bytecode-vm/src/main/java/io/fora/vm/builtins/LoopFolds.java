// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.interp.Interpreter;
import io.fora.vm.interp.Reductions;
import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyRange;
import io.fora.vm.runtime.PyTuple;

/**
 * {@code __fora_fold__(acc, iterable, element, condition, kind, generator)}: a loop that builds a result
 * ({@code acc += element(x)}, {@code acc = acc + element(x)} or {@code acc.append(element(x))} for each x of iterable where
 * condition(x)), found by the parser's {@code LoopFolding}; {@code generator(iterable)} gives the
 * same elements as a generator expression. Over a range, list or tuple, the elements are computed
 * as a split reduction would compute them (on every core there is), in an attempt that may be
 * thrown away (see {@link Reductions#speculatively}) and folded in program order, so a float
 * total has CPython's bits; whenever that is not possible (another kind of iterable, an element
 * that raises or writes shared objects) the loop runs as written.
 *
 * <p>Returns {@code (acc, ran, last_x, exception_or_None)}: the caller binds what the loop would
 * have bound, then raises the exception an element raised, if one did.
 */
public final class LoopFolds {
    private LoopFolds() {}

    /** Iterations below which a loop is not worth folding: a fold would not split it. */
    static final int MIN_ITERATIONS = 2048;

    /**
     * For a counting while loop ({@code while i < n: ...; i += step}): true when i and n are
     * exactly ints (not bools) and the loop runs at least {@link #MIN_ITERATIONS} times, so that
     * it is worth running as a fold over {@code range(i, n, step)}.
     */
    static boolean counted(Object i, Object n, Object step) {
        if (!(i instanceof Long || i instanceof java.math.BigInteger) || !(n instanceof Long || n instanceof java.math.BigInteger)
                || !(step instanceof Long k) || k <= 0) {
            return false;
        }
        if (i instanceof Long a && n instanceof Long b) return countedInts(a, b, k);
        java.math.BigInteger span = Ints.big(n).subtract(Ints.big(i));
        return span.compareTo(java.math.BigInteger.valueOf(k).multiply(java.math.BigInteger.valueOf(MIN_ITERATIONS))) >= 0;
    }

    /**
     * {@link #counted} for ints that fit a long (tier 1 calls it in place): the leaves of a divide
     * and conquer ask it every few elements, so without big ints.
     */
    public static boolean countedInts(long i, long n, long step) {
        if (step <= 0) return false;
        long span = n - i;
        if ((n ^ i) < 0 && (span ^ n) < 0) return n > i; // overflowed: a span beyond 2**63
        return span >= 0 && span / MIN_ITERATIONS >= step;
    }

    static Object fold(Object acc, Object iterable, Object element, Object condition, String kind, Object generator) {
        boolean plus = kind.equals("plus"); // acc = acc + E
        boolean add = plus || kind.equals("add");
        Object cond = condition == PyNone.NONE ? null : condition;
        Object last = lastOf(iterable);
        if (last != null && (add ? acc instanceof Long || acc instanceof Double || acc instanceof java.math.BigInteger : acc instanceof PyList)
                && Ops.len(iterable) >= MIN_ITERATIONS) {
            // on one core too: the generator expression runs compiled, as sum(E for x in ITER) does
            Object start = acc;
            Object[] done = Reductions.speculatively(() -> {
                PyIter mapped = Ops.iter(Ops.call(generator, iterable));
                return add ? Reductions.sum(mapped, start) : Reductions.toArray(mapped);
            });
            if (done != null) {
                if (add) return result(done[0], last, null);
                Object[] items = (Object[]) done[0];
                ((PyList) acc).addAll(items, items.length);
                return result(acc, last, null);
            }
        }
        PyIter it = Ops.iter(iterable);
        Object seen = null;
        try {
            for (Object x; (x = it.next()) != null; ) {
                seen = x;
                if (cond != null && !Ops.isTrue(Ops.call(cond, x))) continue;
                Object v = Ops.call(element, x);
                if (add) acc = plus ? Arith.binary(Arith.ADD, acc, v) : Arith.inplace(Arith.ADD, acc, v);
                else Ops.call(Ops.getAttr(acc, "append"), v);
            }
        } catch (PyError e) {
            return result(acc, seen, e.exception());
        }
        return result(acc, seen, null);
    }

    /** (acc, whether the loop variable is bound, its value, the exception to raise or None). */
    private static PyTuple result(Object acc, Object last, Object raised) {
        return PyTuple.of(acc, last != null, last == null ? PyNone.NONE : last, raised == null ? PyNone.NONE : raised);
    }

    /** The last element of a range, list or tuple (null when empty or another kind of iterable). */
    private static Object lastOf(Object iterable) {
        if (iterable instanceof PyRange r) return r.length() == 0 ? null : Ints.box(r.start() + r.step() * (r.length() - 1));
        if (iterable instanceof PyList l) return l.size() == 0 ? null : l.get(l.size() - 1);
        if (iterable instanceof PyTuple t) return t.size() == 0 ? null : t.get(t.size() - 1);
        return null;
    }
}

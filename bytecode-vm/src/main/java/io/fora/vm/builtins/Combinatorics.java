// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.OwnedIter;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code _itertools}: the combinatoric iterators of itertools (product, permutations,
 * combinations, combinations_with_replacement) over index arrays, in CPython's order. itertools.py
 * checks the arguments and makes the pools; these make the tuples, ten times faster than the
 * recursive generators they replace.
 */
final class Combinatorics {
    private Combinatorics() {}

    static final PyClass PRODUCT = PyClass.builtinIn("itertools", "product", Types.OBJECT);
    static final PyClass PERMUTATIONS = PyClass.builtinIn("itertools", "permutations", Types.OBJECT);
    static final PyClass COMBINATIONS = PyClass.builtinIn("itertools", "combinations", Types.OBJECT);
    static final PyClass COMBINATIONS_WR = PyClass.builtinIn("itertools", "combinations_with_replacement", Types.OBJECT);

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("product", new PyBuiltin("product", (a, kw) -> {
            PyTuple pools = (PyTuple) a[0];
            Object[][] p = new Object[pools.size()][];
            for (int i = 0; i < p.length; i++) p[i] = ((PyTuple) pools.get(i)).items().clone();
            return new Product(p);
        }));
        m.put("permutations", new PyBuiltin("permutations", (a, kw) ->
                new Permutations(((PyTuple) a[0]).items().clone(), ((PyTuple) a[0]).size(), (int) Ops.index(a[1]))));
        m.put("combinations", new PyBuiltin("combinations", (a, kw) ->
                new Combinations(((PyTuple) a[0]).items().clone(), ((PyTuple) a[0]).size(), (int) Ops.index(a[1]), false)));
        m.put("combinations_with_replacement", new PyBuiltin("combinations_with_replacement", (a, kw) ->
                new Combinations(((PyTuple) a[0]).items().clone(), ((PyTuple) a[0]).size(), (int) Ops.index(a[1]), true)));
        return new PyModule("_itertools", m);
    }

    /** The tuple of pool[indices[0]], ..., pool[indices[r - 1]]. */
    private static PyTuple pick(Object[] pool, int[] indices, int r) {
        Object[] t = new Object[r];
        for (int i = 0; i < r; i++) t[i] = pool[indices[i]];
        return PyTuple.of(t);
    }

    /** The cartesian product of the pools, the last one advancing fastest. */
    static final class Product extends OwnedIter {
        private final Object[][] pools;
        private int[] indices;
        private boolean done;

        Product(Object[][] pools) {
            this.pools = pools;
            for (Object[] p : pools) if (p.length == 0) done = true;
        }

        @Override public Object next() {
            if (done) return null;
            if (indices == null) {
                indices = new int[pools.length];
            } else {
                int i = pools.length - 1;
                while (i >= 0 && indices[i] == pools[i].length - 1) {
                    indices[i] = 0;
                    i--;
                }
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
            }
            Object[] t = new Object[pools.length];
            for (int i = 0; i < t.length; i++) t[i] = pools[i][indices[i]];
            return PyTuple.of(t);
        }

        @Override public PyClass pyClass() { return PRODUCT; }
    }

    /** r-length orderings of the pool, in CPython's (lexicographic by position) order. */
    static final class Permutations extends OwnedIter {
        private final Object[] pool;
        private final int n, r;
        private final int[] indices, cycles;
        private boolean started, done;

        Permutations(Object[] pool, int n, int r) {
            this.pool = pool;
            this.n = n;
            this.r = r;
            this.indices = new int[n];
            this.cycles = new int[Math.max(0, r)];
            for (int i = 0; i < n; i++) indices[i] = i;
            for (int i = 0; i < r; i++) cycles[i] = n - i;
            this.done = r > n;
        }


        @Override public Object next() {
            if (done) return null;
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            if (n == 0) {
                done = true;
                return null;
            }
            for (int i = r - 1; i >= 0; i--) {
                if (--cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int t = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = t;
                    return pick(pool, indices, r);
                }
            }
            done = true;
            return null;
        }

        @Override public PyClass pyClass() { return PERMUTATIONS; }
    }

    /** r-length subsequences of the pool in order, with or without repeated elements. */
    static final class Combinations extends OwnedIter {
        private final Object[] pool;
        private final int n, r;
        private final boolean replacement;
        private final int[] indices;
        private boolean started, done;

        Combinations(Object[] pool, int n, int r, boolean replacement) {
            this.pool = pool;
            this.n = n;
            this.r = r;
            this.replacement = replacement;
            this.indices = new int[r];
            if (!replacement) for (int i = 0; i < r; i++) indices[i] = i;
            this.done = replacement ? n == 0 && r > 0 : r > n;
        }


        @Override public Object next() {
            if (done) return null;
            if (!started) {
                started = true;
                return pick(pool, indices, r);
            }
            int i = r - 1;
            if (replacement) {
                while (i >= 0 && indices[i] == n - 1) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) indices[j] = v;
            } else {
                while (i >= 0 && indices[i] == i + n - r) i--;
                if (i < 0) {
                    done = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            }
            return pick(pool, indices, r);
        }

        @Override public PyClass pyClass() { return replacement ? COMBINATIONS_WR : COMBINATIONS; }
    }
}

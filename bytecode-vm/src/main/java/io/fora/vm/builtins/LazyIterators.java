// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.SplittableIter;

/** The lazy iterators behind enumerate, zip, map and filter. Named classes, so they serialise. */
final class LazyIterators {
    private LazyIterators() {}

    /** Common length of splittable, distinct sources (zip and map share their position), or -1. */
    static long commonLength(PyIter[] sources) {
        long n = Long.MAX_VALUE;
        for (int i = 0; i < sources.length; i++) {
            if (!(sources[i] instanceof SplittableIter s)) return -1;
            long len = s.splitLength(); // once: a map of a map of ... asks each level once, not 2^depth times
            if (len < 0) return -1;
            for (int j = 0; j < i; j++) if (sources[j] == sources[i]) return -1;
            n = Math.min(n, len);
        }
        return sources.length == 0 ? -1 : n;
    }

    static void exhaust(PyIter[] sources) {
        for (PyIter s : sources) ((SplittableIter) s).exhaust();
    }

    static PyIter[] slice(PyIter[] sources, long offset, long count) {
        PyIter[] out = new PyIter[sources.length];
        for (int i = 0; i < out.length; i++) out[i] = ((SplittableIter) sources[i]).slice(offset, count);
        return out;
    }

    static final class Enumerate extends io.fora.vm.runtime.OwnedIter implements SplittableIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.ENUMERATE; }

        private final PyIter source;
        private Object count;

        Enumerate(PyIter source, Object start) {
            this.source = source;
            this.count = start;
        }

        @Override public long splitLength() { return commonLength(new PyIter[] {source}); }

        @Override public void exhaust() { ((SplittableIter) source).exhaust(); }

        @Override public void skip(long n) {
            ((SplittableIter) source).skip(n);
            count = Ints.add(count, n);
        }

        @Override public PyIter slice(long offset, long n) {
            return new Enumerate(((SplittableIter) source).slice(offset, n), Ints.add(count, offset));
        }

        @Override public Object next() {
            Object v = source.next();
            if (v == null) return null;
            Object i = count;
            count = count instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1) : Ints.add(count, 1L);
            return PyTuple.of(i, v);
        }
    }

    static final class Zip extends io.fora.vm.runtime.OwnedIter implements SplittableIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.ZIP; }

        private final PyIter[] sources;
        private final boolean strict;

        Zip(PyIter[] sources, boolean strict) {
            this.sources = sources;
            this.strict = strict;
        }

        @Override public long splitLength() { return strict ? -1 : commonLength(sources); }

        @Override public void exhaust() { LazyIterators.exhaust(sources); }

        @Override public void skip(long n) { for (PyIter it : sources) ((SplittableIter) it).skip(n); }

        @Override public PyIter slice(long offset, long n) { return new Zip(LazyIterators.slice(sources, offset, n), false); }

        @Override public Object next() {
            if (sources.length == 0) return null;
            Object[] row = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Object v = sources[i].next();
                if (v == null) {
                    if (strict) {
                        if (i > 0) throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + (i > 1 ? "s 1-" + i : " 1"));
                        for (int j = 1; j < sources.length; j++) {
                            if (sources[j].next() != null) {
                                throw Errors.valueError("zip() argument " + (j + 1) + " is longer than argument" + (j > 1 ? "s 1-" + j : " 1"));
                            }
                        }
                    }
                    return null;
                }
                row[i] = v;
            }
            return PyTuple.of(row);
        }
    }

    static final class Map extends io.fora.vm.runtime.OwnedIter implements SplittableIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.MAP; }

        private final Object function;
        private final PyIter[] sources;
        /** A slice handed to a piece: a StopIteration of the function does not end what it is a part of. */
        private boolean sliced;

        Map(Object function, PyIter[] sources) {
            this.function = function;
            this.sources = sources;
        }

        @Override public long splitLength() { return commonLength(sources); }

        @Override public void exhaust() { LazyIterators.exhaust(sources); }

        @Override public void skip(long n) { for (PyIter it : sources) ((SplittableIter) it).skip(n); }

        @Override public PyIter slice(long offset, long n) {
            Map m = new Map(function, LazyIterators.slice(sources, offset, n));
            m.sliced = true;
            return m;
        }

        @Override public Object next() {
            Object[] args = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Object v = sources[i].next();
                if (v == null) return null;
                args[i] = v;
            }
            try {
                return Ops.call(function, args);
            } catch (io.fora.vm.runtime.PyError e) {
                // the function's StopIteration leaves map's __next__ as CPython's does: the consumer stops
                if (!sliced && stops(e)) return null;
                throw e;
            }
        }
    }

    static final class Filter extends io.fora.vm.runtime.OwnedIter implements SplittableIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.FILTER; }

        private final Object predicate;
        private final PyIter source;
        private boolean sliced;

        Filter(Object predicate, PyIter source) {
            this.predicate = predicate;
            this.source = source;
        }

        @Override public long splitLength() { return commonLength(new PyIter[] {source}); }

        @Override public void exhaust() { ((SplittableIter) source).exhaust(); }

        @Override public void skip(long n) { ((SplittableIter) source).skip(n); }

        @Override public PyIter slice(long offset, long n) {
            Filter f = new Filter(predicate, ((SplittableIter) source).slice(offset, n));
            f.sliced = true;
            return f;
        }

        @Override public Object next() {
            while (true) {
                Object v = source.next();
                if (v == null) return null;
                boolean keep;
                try {
                    keep = predicate == PyNone.NONE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(predicate, v));
                } catch (io.fora.vm.runtime.PyError e) {
                    if (!sliced && stops(e)) return null;
                    throw e;
                }
                if (keep) return v;
            }
        }
    }

    /** True for a StopIteration (CPython's map and filter pass it on from their function: the consumer stops). */
    static boolean stops(io.fora.vm.runtime.PyError e) {
        return e.exception().cls().isSubclassOf(io.fora.vm.runtime.Types.STOP_ITERATION);
    }
}

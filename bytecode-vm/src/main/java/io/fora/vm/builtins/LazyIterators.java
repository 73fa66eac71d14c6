// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyTuple;

/** The lazy iterators behind enumerate, zip, map and filter. Named classes, so they serialise. */
final class LazyIterators {
    private LazyIterators() {}

    static final class Enumerate implements PyIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.ENUMERATE; }

        private final PyIter source;
        private Object count;

        Enumerate(PyIter source, Object start) {
            this.source = source;
            this.count = start;
        }

        @Override public Object next() {
            Object v = source.next();
            if (v == null) return null;
            Object i = count;
            count = count instanceof Long l && l < Long.MAX_VALUE ? (Object) (l + 1) : Ints.add(count, 1L);
            return PyTuple.of(i, v);
        }
    }

    static final class Zip implements PyIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.ZIP; }

        private final PyIter[] sources;
        private final boolean strict;

        Zip(PyIter[] sources, boolean strict) {
            this.sources = sources;
            this.strict = strict;
        }

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

    static final class Map implements PyIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.MAP; }

        private final Object function;
        private final PyIter[] sources;

        Map(Object function, PyIter[] sources) {
            this.function = function;
            this.sources = sources;
        }

        @Override public Object next() {
            Object[] args = new Object[sources.length];
            for (int i = 0; i < sources.length; i++) {
                Object v = sources[i].next();
                if (v == null) return null;
                args[i] = v;
            }
            return Ops.call(function, args);
        }
    }

    static final class Filter implements PyIter {
        @Override public io.fora.vm.runtime.PyClass pyClass() { return io.fora.vm.runtime.Types.FILTER; }

        private final Object predicate;
        private final PyIter source;

        Filter(Object predicate, PyIter source) {
            this.predicate = predicate;
            this.source = source;
        }

        @Override public Object next() {
            while (true) {
                Object v = source.next();
                if (v == null) return null;
                boolean keep = predicate == PyNone.NONE ? Ops.isTrue(v) : Ops.isTrue(Ops.call(predicate, v));
                if (keep) return v;
            }
        }
    }
}

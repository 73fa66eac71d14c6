// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyIter;

/**
 * A piece of a split computation as data, so that another machine can run it: the function and
 * arguments of a forked call, or an index range of a reduction's elements with what it computes
 * over them. Its source iterator covers exactly its range (a slice of a range or list, or a fresh
 * generator over such a slice); the receiving machine splits it again over its own cores. Each
 * kind's result is what the sender's local piece would have produced for the same range.
 */
sealed interface RemotePiece {
    /** Python call depth where the piece was split off: recursion limits count from there. */
    int depth();

    /** Runs the piece with an interpreter current on this thread. */
    Object run();

    /** {@code fn(*args)}: the later call of a fork group. */
    record Call(int depth, Object fn, Object[] args) implements RemotePiece {
        @Override public Object run() { return Ops.call(fn, args); }
    }

    /**
     * The values (and keys, with {@code key}) of {@code length} elements, in blocks: a sum's or
     * min's elements. {@code nsPerElement}: their cost as the sender measured it (negative: not yet).
     */
    record Drain(int depth, PyIter source, long length, int width, boolean floats, Object key, double nsPerElement) implements RemotePiece {
        @Override public Object run() { return Reductions.drainRange(source, length, width, floats, key, nsPerElement); }
    }

    /** The index within the range of the first element whose truth is {@code wanted}, or null. */
    record AnyAll(int depth, PyIter source, boolean wanted) implements RemotePiece {
        @Override public Object run() { return Reductions.findRange(source, wanted); }
    }

    /** A comprehension over a slice of its source: the blocks' lists or dicts, in order. */
    record Comprehension(int depth, PyFunction function, PyIter source, long length) implements RemotePiece {
        @Override public Object run() { return Reductions.comprehensionRange(function, source, length); }
    }

    /** A large list comprehension over a slice of its source: its elements as a paged vector (kept where it ran). */
    record PagedComprehension(int depth, PyFunction function, PyIter source, long length) implements RemotePiece {
        @Override public Object run() { return Reductions.pagedComprehensionRange(function, source, length); }
    }

    /** The elements of the range as a paged vector (kept where it ran): a large {@code list(...)}. */
    record PagedElements(int depth, PyIter source) implements RemotePiece {
        @Override public Object run() { return Reductions.pagedElementsRange(source); }
    }

    /** The elements of the range, in blocks. */
    record Elements(int depth, PyIter source) implements RemotePiece {
        @Override public Object run() { return Reductions.elementsRange(source); }
    }
}

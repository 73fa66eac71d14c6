// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * An iterator whose remaining values can be cut by index into independent pieces: a range, a
 * list, and map/filter/zip/enumerate over those. What the scheduler splits reductions over.
 */
public interface SplittableIter extends PyIter {
    /** How many source positions remain, or -1 when this iterator cannot be split now. */
    long splitLength();

    /** An iterator over source positions [offset, offset + count) of what remains. */
    PyIter slice(long offset, long count);

    /** Marks everything as consumed, after the pieces have produced all of it. */
    void exhaust();

    /** Moves past the next {@code n} source positions, as if they had been consumed (n at most what remains). */
    void skip(long n);
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A view that may behave like a set (a dict's keys, or its items): it is ordered against sets
 * and other such views by containment, as CPython's dict views are ({@code d.keys() <= s}).
 */
public interface SetView extends PyIterable {
    boolean contains(Object item);

    /** False for a view that is not set-like (a dict's values). */
    boolean setLike();
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A Python iterator as native code sees it: {@link #next()} returns the next value, or null when
 * exhausted (null is never a Python value: None is {@link PyNone#NONE}).
 */
public interface PyIter extends PyObject {
    Object next();

    @Override default PyClass pyClass() { return Types.ITERATOR; }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** Runtime values that are not plain data (functions, iterators, modules...) name their class. */
public interface PyObject {
    PyClass pyClass();
}

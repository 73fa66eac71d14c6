// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** A sized, re-iterable value implemented natively, such as a dict's keys() view. */
public interface PyIterable extends PyObject {
    PyIter iterator();

    long length();
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** Python's None, and the NotImplemented and Ellipsis singletons. */
public enum PyNone {
    NONE("None"), NOT_IMPLEMENTED("NotImplemented"), ELLIPSIS("Ellipsis");

    private final String repr;

    PyNone(String repr) { this.repr = repr; }

    @Override public String toString() { return repr; }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** A function bound to its first argument: {@code obj.method}. */
public record PyBoundMethod(Object self, Object function) implements PyObject {
    @Override public PyClass pyClass() { return Types.METHOD; }
}

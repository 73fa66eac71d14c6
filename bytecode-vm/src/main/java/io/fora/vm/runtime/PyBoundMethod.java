// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** A function bound to its first argument: {@code obj.method}. */
public record PyBoundMethod(Object self, Object function) implements PyObject {
    /** A builtin bound to its object ({@code "x".upper}) is a builtin_function_or_method, as in CPython. */
    @Override public PyClass pyClass() { return function instanceof PyBuiltin ? Types.BUILTIN_FUNCTION : Types.METHOD; }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** A function bound to its first argument: {@code obj.method}. */
public record PyBoundMethod(Object self, Object function) implements PyObject {
    /** A builtin bound to its object ({@code "x".upper}) is a builtin_function_or_method, as in CPython. */
    @Override public PyClass pyClass() {
        if (!(function instanceof PyBuiltin b)) return Types.METHOD;
        // a special method bound to its value ((1).__add__) is a method-wrapper
        return b.owner() != null && PyBuiltin.isSlot(b.owner(), b.name()) || b.owner() == null && b.name().startsWith("__")
                && PyBuiltin.isSlot(Types.typeOf(self), b.name()) ? Types.METHOD_WRAPPER : Types.BUILTIN_FUNCTION;
    }
}

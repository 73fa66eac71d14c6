// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * {@code list[int]}, {@code dict[str, int]}: a builtin class parameterised for annotations
 * ({@code types.GenericAlias}). Calling it calls the class; it prints as CPython prints it.
 */
public record PyGenericAlias(PyClass origin, PyTuple args) implements PyObject {
    @Override public PyClass pyClass() { return Types.GENERIC_ALIAS; }

    public String repr() {
        StringBuilder sb = new StringBuilder(name(origin)).append('[');
        if (args.size() == 0) sb.append("()");
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(", ");
            Object a = args.get(i);
            sb.append(a == PyNone.ELLIPSIS ? "..." : a instanceof PyClass c ? name(c) : Repr.repr(a));
        }
        return sb.append(']').toString();
    }

    private static String name(PyClass c) {
        return c.module().equals("builtins") ? c.qualname() : c.module() + "." + c.qualname();
    }

    @Override public String toString() { return repr(); }
}

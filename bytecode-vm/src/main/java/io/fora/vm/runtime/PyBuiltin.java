// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A function implemented in Java: a builtin such as {@code len}, or a method of a builtin type
 * (then args[0] is self). Serialised by name, since its body is code.
 */
public final class PyBuiltin implements PyObject {
    @FunctionalInterface
    public interface Body {
        Object call(Object[] args, Kwargs kwargs);
    }

    private final String name;
    private final transient Body body;

    public PyBuiltin(String name, Body body) {
        this.name = name;
        this.body = body;
    }

    public String name() { return name; }

    /** The module a builtin function belongs to ({@code len.__module__}), or null (a method of a builtin type). */
    private transient volatile String module;

    public String module() { return module; }

    /** Records the module this builtin is a function of, once, when its module is made. */
    public void inModule(String m) { if (module == null) module = m; }

    public Object call(Object[] args, Kwargs kwargs) { return body.call(args, kwargs); }

    @Override public PyClass pyClass() { return Types.BUILTIN_FUNCTION; }

    @Override public String toString() { return "<built-in function " + name + ">"; }
}

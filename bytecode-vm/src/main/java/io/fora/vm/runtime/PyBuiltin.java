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

    /** The builtin type this is a method of (str for str.upper), or null: a function of a module. */
    private transient volatile PyClass owner;

    public PyClass owner() { return owner; }

    /** Records the builtin type that defines this method, once; answers this builtin. */
    public PyBuiltin ownedBy(PyClass cls) {
        if (owner == null) owner = cls;
        return this;
    }

    /**
     * A special method CPython implements as a type slot (its repr says slot wrapper, bound
     * method-wrapper); list's and dict's __getitem__ and the containers' __contains__ are methods.
     */
    public static boolean isSlot(PyClass owner, String name) {
        if (!SLOTS.contains(name)) return false;
        if (name.equals("__getitem__")) return owner != Types.LIST && owner != Types.DICT;
        if (name.equals("__contains__")) return owner != Types.DICT && owner != Types.SET && owner != Types.FROZENSET;
        return true;
    }

    private static final java.util.Set<String> SLOTS = java.util.Set.of("__repr__", "__str__", "__hash__", "__call__",
            "__getattribute__", "__setattr__", "__delattr__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__",
            "__iter__", "__next__", "__get__", "__set__", "__delete__", "__init__", "__del__", "__await__", "__aiter__",
            "__anext__", "__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__mod__", "__rmod__",
            "__divmod__", "__rdivmod__", "__pow__", "__rpow__", "__neg__", "__pos__", "__abs__", "__bool__", "__invert__",
            "__lshift__", "__rlshift__", "__rshift__", "__rrshift__", "__and__", "__rand__", "__xor__", "__rxor__", "__or__",
            "__ror__", "__int__", "__float__", "__iadd__", "__isub__", "__imul__", "__imod__", "__ipow__", "__ilshift__",
            "__irshift__", "__iand__", "__ixor__", "__ior__", "__floordiv__", "__rfloordiv__", "__truediv__",
            "__rtruediv__", "__ifloordiv__", "__itruediv__", "__index__", "__matmul__", "__rmatmul__", "__imatmul__",
            "__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__");

    @Override public PyClass pyClass() {
        PyClass o = owner;
        if (o == null || name.equals("__new__")) return Types.BUILTIN_FUNCTION;
        return isSlot(o, name) ? Types.WRAPPER_DESCRIPTOR : Types.METHOD_DESCRIPTOR;
    }

    @Override public String toString() {
        PyClass o = owner;
        if (o == null) return "<built-in function " + name + ">";
        String type = o.module() == null || o.module().equals("builtins") ? o.name() : o.module() + "." + o.name();
        if (name.equals("__new__")) return "<built-in method __new__ of type object at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(o) * 16L) + ">";
        return (isSlot(o, name) ? "<slot wrapper '" : "<method '") + name + "' of '" + type + "' objects>";
    }
}

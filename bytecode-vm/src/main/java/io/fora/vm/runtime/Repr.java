// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import io.fora.vm.runtime.format.FloatRepr;
import java.math.BigInteger;

/** {@code repr()} and {@code str()} of every value, as CPython prints them. */
public final class Repr {
    private Repr() {}

    public static String str(Object v) {
        if (v instanceof PyInstance i && i.base() != null && !hasOwn(i, "__str__")) {
            return i.base() instanceof PyStr s ? s.value() : repr(i);
        }
        return switch (v) {
            case PyStr s -> s.value();
            case PyException e when !hasOwn(e, "__str__") -> Errors.messageOf(e);
            case PyInstance i when hasOwn(i, "__str__") -> callText(i, "__str__");
            default -> repr(v);
        };
    }

    /** True when a class of the user's (not a builtin base) defines the method, in Python or from Java (dataclasses). */
    private static boolean hasOwn(PyInstance i, String name) {
        for (PyClass c : i.cls().mro()) {
            Object f = c.dict().get(name);
            // a builtin class of another module (sys.float_info) may define its own text in Java
            if (f != null) return !(f instanceof PyBuiltin) || !c.isBuiltin() || !c.module().equals("builtins");
        }
        return false;
    }

    /** {@code repr(v)} as the builtin answers it: a class's own __repr__'s result as it is (a str subclass's instance too). */
    public static Object reprObject(Object v) {
        if (v instanceof PyInstance i && !(v instanceof PyException) && hasOwn(i, "__repr__")) return callObject(i, "__repr__");
        return PyStr.of(repr(v));
    }

    /** {@code str(v)} as the constructor answers it: a class's own __str__'s result as it is. */
    public static Object strObject(Object v) {
        if (v instanceof PyStr s) return s;
        if (v instanceof PyInstance i && !(v instanceof PyException) && i.base() == null && hasOwn(i, "__str__")) return callObject(i, "__str__");
        return PyStr.of(str(v));
    }

    private static String callText(PyInstance i, String name) {
        Object r = callObject(i, name);
        return r instanceof PyInstance sub && sub.base() instanceof PyStr s ? s.value() : ((PyStr) r).value();
    }

    /** The special method's result, checked to be a str (or a str subclass's instance). */
    private static Object callObject(PyInstance i, String name) {
        // CPython counts the repr itself against the recursion limit: a __repr__ that calls repr(self) ends here
        if (!Invoker.Holder.enterNative()) {
            throw Errors.of(Types.RECURSION_ERROR, "maximum recursion depth exceeded while getting the " + (name.equals("__str__") ? "str" : "repr") + " of an object");
        }
        Object r;
        try {
            r = Ops.callSpecial(i, name);
        } finally {
            Invoker.Holder.leaveNative();
        }
        if (r instanceof PyInstance sub && sub.base() instanceof PyStr) return r; // a str subclass's instance
        if (!(r instanceof PyStr)) {
            throw Errors.typeError(name + " returned non-string (type " + Ops.typeName(r) + ")");
        }
        return r;
    }

    /** The containers whose repr is being written on this thread (CPython's Py_ReprEnter): a cycle shows as [...]. */
    private static final ThreadLocal<java.util.IdentityHashMap<Object, Boolean>> IN_REPR =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    /** text's answer, or cycle when container's repr is already being made further out (CPython's Py_ReprEnter). */
    public static String guarded(Object container, String cycle, java.util.function.Supplier<String> text) {
        java.util.IdentityHashMap<Object, Boolean> active = IN_REPR.get();
        // each container being shown counts against the recursion limit, as in CPython
        if (active.size() >= Invoker.Holder.recursionRoom()) {
            throw Errors.of(Types.RECURSION_ERROR, "maximum recursion depth exceeded while getting the repr of an object");
        }
        if (active.put(container, Boolean.TRUE) != null) return cycle;
        try {
            return text.get();
        } finally {
            active.remove(container);
        }
    }

    public static String repr(Object v) {
        if (v instanceof PyInstance i && i.base() != null && !hasOwn(i, "__repr__")) {
            // set, frozenset and bytearray name a subclass's type in its repr (list and dict do not)
            return switch (i.base()) {
                case PySet s -> s.size() == 0 ? i.cls().name() + "()" : i.cls().name() + "(" + set(s) + ")";
                case PyBytes b when b.isMutable() -> i.cls().name() + "(" + b.reprBody() + ")";
                default -> repr(i.base());
            };
        }
        return switch (v) {
            case Long l -> Long.toString(l);
            case PyStr s -> reprStr(s.value());
            case PyBytes b -> b.repr();
            case PyGenericAlias g -> g.repr();
            case PyUnionType u -> u.repr();
            case PyComplex c -> c.repr();
            case Double d -> FloatRepr.repr(d);
            case Boolean b -> b ? "True" : "False";
            case BigInteger b -> bigToString(b);
            case PyNone n -> n.toString();
            case PyList l -> guarded(l, "[...]", () -> seq("[", l.items(), l.size(), "]"));
            case PyTuple t -> t.size() == 0 ? "()" : guarded(t, "(...)", () -> t.size() == 1 ? "(" + repr(t.get(0)) + ",)" : seq("(", t.items(), t.size(), ")"));
            case PyDict d -> guarded(d, "{...}", () -> dict(d));
            case PySet s -> s.size() == 0 ? (s.isFrozen() ? "frozenset()" : "set()") : s.isFrozen() ? "frozenset(" + set(s) + ")" : set(s);
            case PyBigRange r -> r.step().equals(java.math.BigInteger.ONE) ? "range(" + r.start() + ", " + r.stop() + ")"
                    : "range(" + r.start() + ", " + r.stop() + ", " + r.step() + ")";
            case PyRange r -> r.step() == 1 ? "range(" + r.start() + ", " + r.stop() + ")"
                    : "range(" + r.start() + ", " + r.stop() + ", " + r.step() + ")";
            case PyException e when !hasOwn(e, "__repr__") -> e.cls().name() + repr(e.visibleArgs()).replaceAll(",\\)$", ")");
            case PyInstance i -> hasOwn(i, "__repr__") ? callText(i, "__repr__")
                    : "<" + (i.cls().module().equals("builtins") ? "" : i.cls().module() + ".") + i.cls().qualname() + " object at " + address(i) + ">";
            case PyClass c -> c.metaMethod("__repr__") instanceof Object f && Ops.call(f, c) instanceof PyStr s ? s.value() : c.toString();
            case PyFunction f -> f.toString();
            case PyBuiltin b -> b.toString();
            case PyBoundMethod m when m.function() instanceof PyBuiltin b -> (m.pyClass() == Types.METHOD_WRAPPER
                    ? "<method-wrapper '" + b.name() + "' of " : "<built-in method " + b.name() + " of ")
                    + (m.self() instanceof PyModule mod ? "module object" : Ops.typeName(m.self()) + " object") + " at " + address(m.self()) + ">";
            case PyBoundMethod m -> "<bound method " + methodName(m.function()) + " of " + repr(m.self()) + ">";
            // a module of the program's own shows its file, as CPython's
            case PyModule m -> "<module '" + m.name() + "'" + (m.attrs().get("__file__") instanceof PyStr f && m.attrs().get("__package__") != null
                    ? " from '" + f.value() + "'" : "") + ">";
            case PySlice s -> "slice(" + repr(s.start()) + ", " + repr(s.stop()) + ", " + repr(s.step()) + ")";
            case PyDescriptors.StaticMethod sm -> "<staticmethod(" + repr(sm.function()) + ")>";
            case PyDescriptors.ClassMethod cm -> "<classmethod(" + repr(cm.function()) + ")>";
            case PyDescriptors.Super su -> "<super: <class '" + su.thisClass().name() + "'>, "
                    + (su.self() == null ? "NULL" : "<" + (su.self() instanceof PyClass sc ? sc.name() : Ops.typeName(su.self())) + " object>") + ">";
            default -> objectRepr(v);
        };
    }

    /**
     * A value with no repr of its own (an iterator, a property): CPython's default,
     * {@code <list_iterator object at 0x...>}, never the Java object's own text.
     */
    private static String objectRepr(Object v) {
        String text = v.toString();
        boolean javaText = text.matches("[\\w.$]+@[0-9a-f]+") || v instanceof Record && text.startsWith(v.getClass().getSimpleName() + "[");
        if (!javaText || !(v instanceof PyObject)) return text;
        PyClass c = Types.typeOf(v);
        String module = c.module();
        String name = module == null || module.equals("builtins") ? c.qualname() : module + "." + c.qualname();
        return "<" + name + " object at " + address(v) + ">";
    }

    /** CPython 3.11 refuses to print ints of more than 4300 digits (a denial-of-service guard). */
    public static String bigToString(BigInteger b) {
        int limit = IntStrLimit.get();
        // a quick bound first: fewer bits than the limit allows cannot have too many digits
        if (limit > 0 && b.bitLength() > limit * 3) {
            String s = b.toString();
            if (s.length() - (b.signum() < 0 ? 1 : 0) > limit) {
                throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit");
            }
            return s;
        }
        return b.toString();
    }

    private static String methodName(Object f) {
        return f instanceof PyFunction fn ? fn.qualname() : f instanceof PyBuiltin b ? b.name() : "?";
    }

    static String address(Object o) {
        return "0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(o) * 16L);
    }

    private static String seq(String open, Object[] items, int n, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            if (i > 0) sb.append(", ");
            sb.append(repr(items[i]));
        }
        return sb.append(close).toString();
    }

    private static String dict(PyDict d) {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < d.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(repr(d.keyAt(i))).append(": ").append(repr(d.valueAt(i)));
        }
        return sb.append('}').toString();
    }

    /** A non-empty set's items in braces. */
    private static String set(PySet s) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (int slot = s.nextSlot(0); slot >= 0; slot = s.nextSlot(slot + 1)) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(repr(s.slotKey(slot)));
        }
        return sb.append('}').toString();
    }

    /** CPython's unicode_repr: quote choice, escapes, and non-printable code points. */
    public static String reprStr(String s) {
        boolean single = s.indexOf('\'') >= 0, dbl = s.indexOf('"') >= 0;
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') sb.append('\\').appendCodePoint(cp);
            else if (cp == '\t') sb.append("\\t");
            else if (cp == '\n') sb.append("\\n");
            else if (cp == '\r') sb.append("\\r");
            else if (cp < 0x20 || cp == 0x7f) sb.append(String.format("\\x%02x", cp));
            else if (cp < 0x7f) sb.append((char) cp);
            else if (isPrintable(cp)) sb.appendCodePoint(cp);
            else if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        }
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable for one code point, by the Unicode version of CPython 3.11 (14.0). */
    public static boolean isPrintable(int cp) {
        return io.fora.vm.builtins.StrUnicode.isPrintable(cp);
    }
}

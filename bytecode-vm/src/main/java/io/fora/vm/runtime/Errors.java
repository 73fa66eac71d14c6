// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** Builds the Python exceptions that builtins raise: {@code throw Errors.typeError("...")}. */
public final class Errors {
    private Errors() {}

    public static PyError of(PyClass cls, Object... args) {
        return new PyError(newException(cls, args));
    }

    public static PyException newException(PyClass cls, Object... args) {
        PyException e = new PyException(cls);
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof String s ? PyStr.of(s) : args[i];
        }
        e.setArgs(PyTuple.of(values));
        return e;
    }

    public static PyError typeError(String msg) { return of(Types.TYPE_ERROR, msg); }
    public static PyError valueError(String msg) { return of(Types.VALUE_ERROR, msg); }
    public static PyError indexError(String msg) { return of(Types.INDEX_ERROR, msg); }
    public static PyError keyError(Object key) { return of(Types.KEY_ERROR, key); }
    public static PyError attributeError(String msg) { return of(Types.ATTRIBUTE_ERROR, msg); }
    public static PyError nameError(String name) {
        PyError e = of(Types.NAME_ERROR, "name '" + name + "' is not defined");
        e.exception().setAttr("name", PyStr.of(name));
        return e;
    }
    public static PyError zeroDivision(String msg) { return of(Types.ZERO_DIVISION_ERROR, msg); }
    public static PyError overflow(String msg) { return of(Types.OVERFLOW_ERROR, msg); }
    public static PyError stopIteration() { return of(Types.STOP_ITERATION); }
    public static PyError recursion() {
        return of(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
    }
    public static PyError notImplemented(String msg) { return of(Types.NOT_IMPLEMENTED_ERROR, msg); }

    /** A purity violation found at run time, e.g. {@code v.append(x)}: uncatchable by user code. */
    public static PyError invalidOperation(String msg) {
        return of(Types.INVALID_PYFORA_OPERATION, msg);
    }

    /**
     * A wrong argument's type as CPython's argument parsing names it ("X() argument 1 must be
     * str, not None"): None by itself, any other value by its type's name.
     */
    public static String argTypeName(Object v) {
        return v == PyNone.NONE ? "None" : Ops.typeName(v);
    }

    /** The {@code str()} of an exception: its single argument, or the tuple of its arguments. */
    public static String messageOf(PyException e) {
        if (ExceptionGroups.isGroup(e) && e.getAttr("message") != null) return ExceptionGroups.str(e);
        PyTuple args = e.args();
        // SyntaxError's str is its msg, which is None when it was made without arguments
        if (args.size() == 0) return e.cls().isSubclassOf(Types.SYNTAX_ERROR) ? "None" : "";
        if (args.size() == 1) {
            Object a = args.get(0);
            if (e.cls().isSubclassOf(Types.KEY_ERROR)) return Repr.repr(a);
            return Repr.str(a);
        }
        // SyntaxError(msg, (filename, lineno, ...)): "msg (name.py, line 3)", as CPython's SyntaxError_str
        if (e.cls().isSubclassOf(Types.SYNTAX_ERROR) && args.size() == 2 && args.get(1) instanceof PyTuple d && d.size() >= 2) {
            String msg = Repr.str(args.get(0));
            Object file = d.get(0), line = d.get(1);
            String name = file instanceof PyStr f ? f.value().substring(f.value().lastIndexOf('/') + 1) : null;
            boolean hasLine = Ints.isInt(line) && !(line instanceof Boolean);
            if (name != null && hasLine) return msg + " (" + name + ", line " + Repr.str(line) + ")";
            if (name != null) return msg + " (" + name + ")";
            if (hasLine) return msg + " (line " + Repr.str(line) + ")";
            return msg;
        }
        // UnicodeDecodeError/EncodeError(encoding, object, start, end, reason) made by the program
        if (e.cls().isSubclassOf(Types.UNICODE_ERROR) && args.size() == 5 && args.get(0) instanceof PyStr enc
                && args.get(2) instanceof Long start && args.get(3) instanceof Long end && args.get(4) instanceof PyStr reason) {
            boolean one = end == start + 1;
            if (e.cls().isSubclassOf(Types.UNICODE_DECODE_ERROR) && BytesOps.bufferOrNull(args.get(1)) instanceof byte[] b
                    && start >= 0 && start < b.length) {
                String what = one ? "byte 0x" + String.format("%02x", b[(int) (long) start] & 0xff) + " in position " + start
                        : "bytes in position " + start + "-" + (end - 1);
                return "'" + enc.value() + "' codec can't decode " + what + ": " + reason.value();
            }
            if (e.cls().isSubclassOf(Types.UNICODE_ENCODE_ERROR) && args.get(1) instanceof PyStr text && start >= 0 && start < text.length()) {
                String what;
                if (one) {
                    what = "character '" + Codecs.escape(text.codePointAt((int) (long) start), "backslashreplace") + "' in position " + start;
                } else {
                    what = "characters in position " + start + "-" + (end - 1);
                }
                return "'" + enc.value() + "' codec can't encode " + what + ": " + reason.value();
            }
        }
        // OSError(errno, strerror[, filename[, winerror[, filename2]]]): "[Errno 2] No such file: 'x'"
        if (e.cls().isSubclassOf(Types.OS_ERROR) && args.size() <= 5) {
            String base = "[Errno " + Repr.str(args.get(0)) + "] " + Repr.str(args.get(1));
            if (args.size() >= 3 && args.get(2) != PyNone.NONE) {
                base += ": " + Repr.repr(args.get(2));
                if (args.size() == 5 && args.get(4) != PyNone.NONE) base += " -> " + Repr.repr(args.get(4));
            }
            return base;
        }
        return Repr.repr(args);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import io.fora.vm.compile.CodeObject;

/** A function defined in Python: its code, defaults, closure cells and module globals. */
public final class PyFunction implements PyObject {
    private final CodeObject code;
    private final Globals globals;
    private Object[] defaults;
    private PyDict kwDefaults;
    private final PyCell[] closure;
    private final String qualname;

    public PyFunction(CodeObject code, Globals globals, Object[] defaults, PyDict kwDefaults,
                      PyCell[] closure, String qualname) {
        this.code = code;
        this.globals = globals;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
        this.qualname = qualname;
    }

    /**
     * What MAKE_FUNCTION makes, in either tier: a function of code in globals, with the operands
     * its flags named (each null when absent): the defaults, the keyword defaults, the
     * annotations and the closure's cells.
     */
    public static PyFunction made(CodeObject code, Globals globals, PyTuple defaults, PyDict kwDefaults, PyDict annotations, PyTuple closure) {
        PyCell[] cells = null;
        if (closure != null) {
            cells = new PyCell[closure.size()];
            for (int i = 0; i < cells.length; i++) cells[i] = (PyCell) closure.get(i);
        }
        PyFunction f = new PyFunction(code, globals, defaults == null ? new Object[0] : defaults.items(), kwDefaults, cells, code.qualname);
        if (annotations != null) f.setAttr("__annotations__", annotations);
        return f;
    }

    public CodeObject code() { return code; }
    public Globals globals() { return globals; }
    public Object[] defaults() { return defaults; }
    public PyDict kwDefaults() { return kwDefaults; }
    public PyCell[] closure() { return closure; }
    public String name() { return code.name; }
    public String qualname() { return qualname; }

    /**
     * True when two function objects were made by the same definition and nothing changed either
     * since: the same code, module table and qualified name, no closure, keyword defaults or
     * attributes, and defaults that are equal immutable scalars (a float by its bits) or
     * identical. Either may then stand for the other where no one could tell them apart.
     */
    public static boolean sameDefinition(PyFunction a, PyFunction b) {
        if (a.code != b.code || a.globals != b.globals || !a.qualname.equals(b.qualname)) return false;
        if (!emptyOrNull(a.closure) || !emptyOrNull(b.closure)) return false;
        if (a.kwDefaults != null || b.kwDefaults != null) return false;
        if (!(a.attrs == null || a.attrs.isEmpty()) || !(b.attrs == null || b.attrs.isEmpty())) return false;
        Object[] x = a.defaults, y = b.defaults;
        int nx = x == null ? 0 : x.length, ny = y == null ? 0 : y.length;
        if (nx != ny) return false;
        for (int i = 0; i < nx; i++) if (!sameConstant(x[i], y[i])) return false;
        return true;
    }

    private static boolean emptyOrNull(Object[] a) { return a == null || a.length == 0; }

    /** Immutable scalars of equal value (a float by its bits); anything else only when identical. */
    private static boolean sameConstant(Object x, Object y) {
        if (x == y) return true;
        if (x instanceof Long || x instanceof Boolean || x instanceof java.math.BigInteger || x instanceof PyStr) return x.equals(y);
        if (x instanceof Double d && y instanceof Double e) return Double.doubleToRawLongBits(d) == Double.doubleToRawLongBits(e);
        return false;
    }

    /** Attributes set on the function ({@code f.cache = {}}); null until one is. */
    private java.util.LinkedHashMap<String, Object> attrs;
    private transient Region owner = Region.forNewObject();

    public java.util.Map<String, Object> attrs() { return attrs; }

    public void setAttr(String name, Object value) {
        owner = Region.checkWrite(owner);
        if (attrs == null) attrs = new java.util.LinkedHashMap<>();
        attrs.put(name, value);
    }

    /**
     * {@code f.__defaults__ = ...}: a new array (compiled callers that took the old defaults as
     * constants compare the array they took with the function's, see Tier1Compiler#directCall).
     */
    public void setDefaults(Object value) {
        Object[] d;
        if (value == PyNone.NONE) d = new Object[0];
        else if (value instanceof PyTuple t) d = t.items().clone();
        else throw Errors.typeError("__defaults__ must be set to a tuple object");
        owner = Region.checkWrite(owner);
        defaults = d;
    }

    /** {@code f.__kwdefaults__ = ...}: None or a dict (the function keeps the dict itself, as CPython's). */
    public void setKwDefaults(Object value) {
        if (value != PyNone.NONE && !(value instanceof PyDict)) throw Errors.typeError("__kwdefaults__ must be set to a dict object");
        owner = Region.checkWrite(owner);
        kwDefaults = value == PyNone.NONE ? null : (PyDict) value;
    }

    @Override public PyClass pyClass() { return Types.FUNCTION; }

    @Override public String toString() {
        return "<function " + qualname + " at 0x" + Long.toHexString(System.identityHashCode(this) * 16L + 0x7f0000000000L) + ">";
    }
}

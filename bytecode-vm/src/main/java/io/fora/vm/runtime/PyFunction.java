// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import io.fora.vm.compile.CodeObject;

/** A function defined in Python: its code, defaults, closure cells and module globals. */
public final class PyFunction implements PyObject {
    private final CodeObject code;
    private final Globals globals;
    private final Object[] defaults;
    private final PyDict kwDefaults;
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

    public CodeObject code() { return code; }
    public Globals globals() { return globals; }
    public Object[] defaults() { return defaults; }
    public PyDict kwDefaults() { return kwDefaults; }
    public PyCell[] closure() { return closure; }
    public String name() { return code.name; }
    public String qualname() { return qualname; }

    /** Attributes set on the function ({@code f.cache = {}}); null until one is. */
    private java.util.LinkedHashMap<String, Object> attrs;
    private transient Region owner = Region.forNewObject();

    public java.util.Map<String, Object> attrs() { return attrs; }

    public void setAttr(String name, Object value) {
        owner = Region.checkWrite(owner);
        if (attrs == null) attrs = new java.util.LinkedHashMap<>();
        attrs.put(name, value);
    }

    @Override public PyClass pyClass() { return Types.FUNCTION; }

    @Override public String toString() {
        return "<function " + qualname + " at 0x" + Long.toHexString(System.identityHashCode(this) * 16L + 0x7f0000000000L) + ">";
    }
}

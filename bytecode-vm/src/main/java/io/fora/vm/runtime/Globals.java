// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A module's global variables. Each name owns one {@link PyCell} for its whole life, so compiled
 * code can cache the cell and read a global without a hash lookup.
 */
public final class Globals {
    private final String moduleName;
    private final Map<String, PyCell> cells = new LinkedHashMap<>();
    /** Who may rebind these globals: the region that created the module. */
    private final transient Region owner = Region.forNewObject();
    private final transient Map<String, Object> builtins;

    public Globals(String moduleName, Map<String, Object> builtins) {
        this.moduleName = moduleName;
        this.builtins = builtins;
        // __name__ is the module's own global, as in CPython ('__main__' for the program itself)
        PyCell name = PyCell.ownedBy(owner);
        name.value = PyStr.of(moduleName);
        cells.put("__name__", name);
    }

    public String moduleName() { return moduleName; }

    public Map<String, Object> builtins() { return builtins; }

    public synchronized PyCell cell(String name) {
        return cells.computeIfAbsent(name, k -> PyCell.ownedBy(owner));
    }

    /** The value of a global (not a builtin); null when it is not bound. */
    public Object global(String name) {
        PyCell c;
        synchronized (this) { c = cells.get(name); }
        return c == null ? null : c.value;
    }

    /** The value of a global or builtin; null when neither is bound. */
    public Object lookup(String name) {
        PyCell c;
        synchronized (this) { c = cells.get(name); }
        if (c != null && c.value != null) return c.value;
        return builtins.get(name);
    }

    /**
     * These globals as a module object ({@code sys.modules['__main__']}): reading an attribute
     * reads the global, setting one rebinds it, as the module itself would.
     */
    public PyModule asModule() { return new PyModule(moduleName, new ModuleView()); }

    /** The attributes of {@link #asModule()}: the cells' values, live; a computation may set them (they are its own). */
    public final class ModuleView extends java.util.AbstractMap<String, Object> {
        @Override public Object get(Object key) {
            PyCell c;
            synchronized (Globals.this) { c = cells.get(key); }
            return c == null ? null : c.value;
        }

        @Override public boolean containsKey(Object key) { return get(key) != null; }

        @Override public Object put(String key, Object value) {
            PyCell c = cell(key);
            Object old = c.value;
            c.set(value);
            return old;
        }

        @Override public Object remove(Object key) {
            Object old = get(key);
            if (old != null) cell((String) key).set(null);
            return old;
        }

        @Override public java.util.Set<Map.Entry<String, Object>> entrySet() {
            Map<String, Object> now = new LinkedHashMap<>();
            cells().forEach((k, c) -> { if (c.value != null && !hidden(k)) now.put(k, c.value); });
            return now.entrySet();
        }
    }

    /** True for a name the compiler made for itself (a folded loop's _fora_fold1): not the program's. */
    public static boolean hidden(String name) { return name.startsWith("_fora_"); }

    /**
     * The bound globals as a new dict (globals(), a function's __globals__, locals() at module
     * level); writes through it rebind the globals too ({@code globals()['x'] = 1}).
     */
    public PyDict snapshot() {
        PyDict d = new PyDict();
        cells().forEach((k, c) -> { if (c.value != null && !hidden(k)) d.put(PyStr.of(k), c.value); });
        return d.mirroring(new ModuleView());
    }

    /** The cells by name, for serialising a computation. */
    public synchronized Map<String, PyCell> cells() { return new LinkedHashMap<>(cells); }

    /** Per code object run with these globals: the cells of its names, filled on first use. */
    private transient java.util.IdentityHashMap<Object, PyCell[]> cellsByCode;

    public synchronized PyCell[] cellsFor(Object code, int names) {
        if (cellsByCode == null) cellsByCode = new java.util.IdentityHashMap<>();
        return cellsByCode.computeIfAbsent(code, k -> new PyCell[names]);
    }

    /**
     * The globals that code defined in the module (functions, lambdas, classes, comprehensions)
     * may read: all a piece sent to another machine can need. Names only the module's own top
     * level reads (often its big data) are not sent with pieces. Null when unknown: all are sent.
     */
    private transient volatile java.util.function.Supplier<java.util.Set<String>> readByNestedCode;

    /** Found only when a piece is sent (a walk of the module's code), never on a single machine. */
    public java.util.Set<String> readByNestedCode() {
        java.util.function.Supplier<java.util.Set<String>> names = readByNestedCode;
        return names == null ? null : names.get();
    }

    public boolean knowsNestedCode() { return readByNestedCode != null; }

    public void readByNestedCode(java.util.function.Supplier<java.util.Set<String>> names) { this.readByNestedCode = names; }

    /**
     * The functions an earlier computation bound here, by name, until this one binds the same
     * names ({@link #renew}); null when there are none.
     */
    private transient Map<String, PyFunction> earlier;

    /**
     * Makes this table, left by a computation that ended, the fresh globals of a new run of the
     * same module: every name is unbound (the module's {@code __name__} stays), so nothing of the
     * computation before can be read; the cells themselves stay, and so does the code tier 1
     * compiled for them. A function the new run defines as the earlier one was defined is that
     * earlier function object ({@link #reuse}): compiled callers guard their callees by identity,
     * so the program finds its code compiled and warmed up. No one else can hold that object: the
     * earlier computation ended and its results left as bytes.
     */
    public synchronized void renew() {
        Map<String, PyFunction> old = new java.util.HashMap<>();
        for (Map.Entry<String, PyCell> e : cells.entrySet()) {
            if (e.getKey().equals("__name__")) continue;
            PyCell c = e.getValue();
            if (c.value instanceof PyFunction f) old.put(e.getKey(), f);
            c.value = null;
            c.owner = owner;
        }
        earlier = old.isEmpty() ? null : old;
    }

    /** True while functions of an earlier computation wait to be defined again here (one field read). */
    public boolean hasEarlier() { return earlier != null; }

    /**
     * What a store of function {@code f} as global {@code name} binds: the earlier computation's
     * function of that name when it was defined the same way ({@link PyFunction#sameDefinition}),
     * once; {@code f} otherwise.
     */
    public synchronized PyFunction reuse(String name, PyFunction f) {
        Map<String, PyFunction> old = earlier;
        if (old == null) return f;
        PyFunction e = old.remove(name);
        if (old.isEmpty()) earlier = null;
        return e != null && PyFunction.sameDefinition(e, f) ? e : f;
    }

    /** Restores a serialised cell. */
    public synchronized void restoreCell(String name, PyCell cell) { cells.put(name, cell); }

}

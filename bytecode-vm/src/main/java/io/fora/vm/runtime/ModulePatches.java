// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * Attributes a computation set on a module written in Java ({@code re.compile = traced}): such a
 * module is one object shared by every computation in the JVM, so the new value is kept in the
 * computation's own table (the interpreter's, through {@link #table}) and module attribute reads
 * look there first. Until some computation in this JVM patches a module, reads pay one volatile
 * read; tier 1 stops taking such modules' attributes as constants from then on.
 */
public final class ModulePatches {
    private ModulePatches() {}

    /** The running computation's patches: module → (name → value; {@link #DELETED} for a deleted name). */
    public interface Table {
        java.util.Map<PyModule, java.util.Map<String, Object>> patches(boolean create);
    }

    /** Marks a name a computation deleted from a Java module. */
    public static final Object DELETED = new Object();

    private static volatile boolean any;
    private static volatile java.util.function.Supplier<Table> table;

    /** Installed by the interpreter: the current computation's table. */
    public static void install(java.util.function.Supplier<Table> current) { table = current; }

    /** True once any computation in this JVM patched a Java module. */
    public static boolean any() { return any; }

    /** Sets (or, with {@link #DELETED}, deletes) a Java module's attribute for the running computation. */
    public static void set(PyModule m, String name, Object value) {
        java.util.function.Supplier<Table> t = table;
        if (t == null) throw Errors.attributeError("module '" + m.name() + "' attribute '" + name + "' cannot be set here");
        Region.checkWrite(null); // a piece split off may not: its split runs in order instead
        var patches = t.get().patches(true);
        synchronized (patches) {
            patches.computeIfAbsent(m, k -> new java.util.HashMap<>()).put(name, value);
        }
        any = true;
    }

    /** The running computation's value of a Java module's attribute, {@link #DELETED}, or null when it did not patch it. */
    public static Object get(PyModule m, String name) {
        java.util.function.Supplier<Table> t = table;
        if (t == null) return null;
        Table current;
        try {
            current = t.get();
        } catch (IllegalStateException noComputation) {
            return null;
        }
        var patches = current.patches(false);
        if (patches == null) return null;
        synchronized (patches) {
            var own = patches.get(m);
            return own == null ? null : own.get(name);
        }
    }
}

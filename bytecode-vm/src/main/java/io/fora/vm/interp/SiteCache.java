// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.Shape;

/**
 * Inline caches for {@code obj.name} at one instruction: for instances of one class with one
 * {@link Shape}, where the attribute is (an index into the instance, or a class attribute).
 * Shapes are immutable, and a class changed after its creation (or one of its bases) counts a new
 * version, so an entry stays valid for as long as the class, its version and the shape match. A
 * site keeps up to {@link #POLYMORPHIC} entries. Entries are immutable; a racing update only loses a fill.
 */
public final class SiteCache {
    private SiteCache() {}

    /** Where {@code name} is found on instances of {@code cls} with {@code shape}. */
    record Entry(PyClass cls, Shape shape, int own, Object classAttr, int version) {
        /** True when this entry serves i: its class, unchanged since, and its shape. */
        boolean fits(PyInstance i) { return cls == i.cls() && shape == i.shape() && version == cls.version(); }

        /** The attribute's value for {@code obj.name}. */
        Object value(PyInstance i) {
            if (own >= 0) return i.valueAt(own);
            return classAttr instanceof PyFunction fn ? new io.fora.vm.runtime.PyBoundMethod(i, fn) : classAttr;
        }
    }

    /** {@code obj.name} at instruction pc of co, through this site's cache (for compiled code). */
    public static Object load(CodeObject co, int pc, Object obj, String name) {
        if (obj instanceof PyInstance i) {
            Entry e = lookup(co, pc, i, name);
            if (e != null) return e.value(i);
        }
        return io.fora.vm.runtime.Ops.getAttr(obj, name);
    }

    /**
     * LOAD_METHOD's lookup for compiled code: the function to call with obj as self (a plain
     * function found on obj's class), or null when {@code obj.name} is to be called as it is.
     */
    public static Object method(CodeObject co, int pc, Object obj, String name) {
        if (obj instanceof PyInstance i) {
            Entry e = lookup(co, pc, i, name);
            if (e != null) return e.own() < 0 && e.classAttr() instanceof PyFunction fn ? fn : null;
        }
        return io.fora.vm.runtime.Ops.method(obj, name);
    }

    /**
     * True when a class attribute binds in a way a read at the instance's shape index does not
     * model: a descriptor other than a plain function (also for tier 1's reads of known classes).
     */
    public static boolean descriptor(Object classAttr) {
        return classAttr instanceof PyDescriptors.Property || classAttr instanceof PyDescriptors.StaticMethod
                || classAttr instanceof PyDescriptors.ClassMethod || classAttr instanceof io.fora.vm.runtime.PyBuiltin
                || (classAttr instanceof PyInstance d && d.cls().lookup("__get__") != null);
    }

    /** The entry for this site and instance, or null when the general lookup must run. */
    static Entry lookup(CodeObject co, int pc, PyInstance i, String name) {
        Object[] caches = co.siteCaches;
        if (caches == null) {
            caches = new Object[co.code.length];
            co.siteCaches = caches;
        }
        if (i.hasDict()) return null;
        Object cached = caches[pc];
        if (cached instanceof Entry e) {
            if (e.fits(i)) return e;
        } else if (cached instanceof Entry[] es) {
            for (Entry e : es) if (e.fits(i)) return e;
        }
        PyClass cls = i.cls();
        // checked when an entry is made: a class that gains __getattribute__ changes version
        if (cls.customGetattribute()) return null;
        int version = cls.version();
        Object classAttr = cls.lookup(name);
        if (descriptor(classAttr)) return null;
        int own = i.shape().indexOf(name);
        if (own < 0 && (classAttr == null || classAttr instanceof io.fora.vm.runtime.PyDescriptors.Member)) return null;
        Entry e = new Entry(cls, i.shape(), own, classAttr, version);
        if (cached instanceof Entry[] es) {
            if (es.length < POLYMORPHIC) {
                Entry[] next = java.util.Arrays.copyOf(es, es.length + 1);
                next[es.length] = e;
                caches[pc] = next;
            } else {
                // full: the slot the class and shape hash to is replaced in place (no garbage at each
                // miss of a megamorphic site; an entry once made for a passing shape does not stay)
                es[(System.identityHashCode(cls) ^ System.identityHashCode(i.shape())) & (POLYMORPHIC - 1)] = e;
            }
        } else {
            caches[pc] = cached instanceof Entry old ? new Entry[] {old, e} : e;
        }
        return e;
    }

    /** Entries a site keeps: a site that sees a few classes (a task's subclasses) or shapes keeps each. */
    static final int POLYMORPHIC = 4;
}

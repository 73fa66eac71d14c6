// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An instance of a user class. Attributes are set only inside {@code __init__}; they live in an
 * array laid out by a {@link Shape}, so interpreted attribute reads can be cached per site.
 */
public class PyInstance {
    private PyClass cls;
    private Shape shape = Shape.EMPTY;
    /** For an instance of a subclass of int, str, tuple, list, dict...: the builtin value it is. */
    private Object base;
    private Object[] values = new Object[4];
    private transient Region owner = Region.forNewObject();
    { GcTracker.made(this); }

    public PyInstance(PyClass cls) { this.cls = cls; }

    public PyClass cls() { return cls; }

    /** {@code obj.__class__ = C} (checked by the caller: C is a user class of the same layout). */
    public void setClass(PyClass c) {
        owner = Region.checkWrite(owner);
        cls = c;
    }

    public Object base() { return base; }

    public void setBase(Object base) { this.base = base; }

    /**
     * The builtin value to operate on for a special method the class does not define itself:
     * {@code len()} of a list subclass is the list's length unless the class defines {@code __len__}.
     */
    public static Object unwrap(Object v, String dunder) {
        if (v instanceof PyInstance i && i.base != null) {
            Object f = i.cls.lookup(dunder);
            if (f == null || f instanceof PyBuiltin) return i.base;
        }
        return v;
    }

    /**
     * The value inside an instance of a subclass of str, int, float, bytes or complex (a StrEnum or
     * IntEnum member), else v itself: what the builtin types' own methods read from their
     * arguments, as CPython's do ({@code "a-b".split(S("-"))}, {@code divmod(I(7), I(2))}).
     */
    public static Object valueOf(Object v) {
        if (v instanceof PyInstance i && isValue(i.base)) return i.base;
        return v;
    }

    private static boolean isValue(Object b) {
        return b instanceof PyStr || b instanceof Long || b instanceof java.math.BigInteger || b instanceof Double
                || b instanceof PyBytes || b instanceof PyComplex;
    }

    /** {@link #valueOf} of each of args, copying them only when one changes. */
    public static Object[] valuesOf(Object[] args) {
        Object[] out = args;
        for (int k = 0; k < args.length; k++) {
            if (args[k] instanceof PyInstance i && isValue(i.base)) {
                if (out == args) out = args.clone();
                out[k] = i.base;
            }
        }
        return out;
    }

    /** {@link #valuesOf} of keyword arguments' values. */
    public static Kwargs valuesOf(Kwargs kw) {
        if (kw.isEmpty()) return kw;
        Object[] v = valuesOf(kw.values());
        return v == kw.values() ? kw : new Kwargs(kw.names(), v);
    }

    public Shape shape() { return shape; }

    /** The value at a shape index: valid only for an index taken from this instance's shape. */
    public Object valueAt(int index) { return values[index]; }

    /**
     * The instance's {@code __dict__} once a program has asked for it: from then on the attributes
     * live in this dict (so writes through it are seen), and the shape stays empty.
     */
    private PyDict dict;

    /** True once the attributes live in a real dict (see {@link #dict()}): shape-based caches must not be used. */
    public boolean hasDict() { return dict != null; }

    /** The names of this instance's own attributes, in the order they were set (a read: no dict is made). */
    public java.util.List<String> attrNames() {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (dict != null) {
            for (int i = 0; i < dict.size(); i++) if (dict.keyAt(i) instanceof PyStr k) names.add(k.value());
        } else {
            for (int i = 0; i < shape.size(); i++) if (values[i] != null) names.add(shape.name(i));
        }
        return names;
    }

    /** {@code obj.__dict__}: the live dict of the attributes (made on first use, counted as a write). */
    public PyDict dict() {
        if (dict == null) {
            owner = Region.checkWrite(owner);
            PyDict d = new PyDict();
            for (int i = 0; i < shape.size(); i++) if (values[i] != null) d.put(PyStr.of(shape.name(i)), values[i]);
            dict = d;
            shape = Shape.EMPTY;
            values = new Object[0];
        }
        return dict;
    }

    /** {@code obj.__dict__ = d}: the attributes are d's from now on (d itself, not a copy). */
    public void setDict(PyDict d) {
        owner = Region.checkWrite(owner);
        dict = d;
        shape = Shape.EMPTY;
        values = new Object[0];
    }

    public Object getAttr(String name) {
        if (dict != null) return dict.get(PyStr.of(name));
        int i = shape.indexOf(name);
        return i < 0 ? null : values[i];
    }

    public void setAttr(String name, Object value) {
        owner = Region.checkWrite(owner);
        if (dict != null) {
            dict.put(PyStr.of(name), value);
            return;
        }
        int i = shape.indexOf(name);
        if (i < 0) {
            shape = shape.with(name);
            i = shape.size() - 1;
            if (i == values.length) values = Arrays.copyOf(values, i * 2);
        }
        values[i] = value;
    }

    /** Removes an attribute; false when there is none. Shapes only grow, so the rest are re-laid. */
    public boolean delAttr(String name) {
        if (dict != null) {
            if (dict.get(PyStr.of(name)) == null) return false;
            owner = Region.checkWrite(owner);
            dict.remove(PyStr.of(name));
            return true;
        }
        int i = shape.indexOf(name);
        if (i < 0 || values[i] == null) return false;
        owner = Region.checkWrite(owner);
        Shape s = Shape.EMPTY;
        Object[] kept = new Object[values.length];
        int n = 0;
        for (int j = 0; j < shape.size(); j++) {
            if (j == i || values[j] == null) continue;
            s = s.with(shape.name(j));
            kept[n++] = values[j];
        }
        shape = s;
        values = kept;
        return true;
    }

    /** The attributes in the order they were set (for {@code __dict__}). */
    public Map<String, Object> attrs() {
        Map<String, Object> out = new LinkedHashMap<>();
        if (dict != null) {
            for (int i = 0; i < dict.size(); i++) if (dict.keyAt(i) instanceof PyStr k) out.put(k.value(), dict.valueAt(i));
            return out;
        }
        for (int i = 0; i < shape.size(); i++) out.put(shape.name(i), values[i]);
        return out;
    }
}

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
    private final PyClass cls;
    private Shape shape = Shape.EMPTY;
    /** For an instance of a subclass of int, str, tuple, list, dict...: the builtin value it is. */
    private Object base;
    private Object[] values = new Object[4];
    private transient Region owner = Region.forNewObject();

    public PyInstance(PyClass cls) { this.cls = cls; }

    public PyClass cls() { return cls; }

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

    public Shape shape() { return shape; }

    /** The value at a shape index: valid only for an index taken from this instance's shape. */
    public Object valueAt(int index) { return values[index]; }

    public Object getAttr(String name) {
        int i = shape.indexOf(name);
        return i < 0 ? null : values[i];
    }

    public void setAttr(String name, Object value) {
        owner = Region.checkWrite(owner);
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
        for (int i = 0; i < shape.size(); i++) out.put(shape.name(i), values[i]);
        return out;
    }
}

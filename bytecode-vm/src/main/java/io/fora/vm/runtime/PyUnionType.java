// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.ArrayList;
import java.util.List;

/** {@code int | None} (PEP 604): a union of types, for annotations and isinstance ({@code types.UnionType}). */
public record PyUnionType(PyTuple args) implements PyObject {
    @Override public PyClass pyClass() { return Types.UNION_TYPE; }

    /** True for what may stand on either side of {@code |} between types. */
    static boolean isTypeLike(Object v) {
        return v instanceof PyClass || v == PyNone.NONE || v instanceof PyGenericAlias || v instanceof PyUnionType;
    }

    /** {@code a | b}: flattened, without repeats; a single type stays itself. */
    static Object of(Object a, Object b) {
        List<Object> items = new ArrayList<>();
        for (Object side : new Object[] {a, b}) {
            if (side instanceof PyUnionType u) {
                for (Object x : u.args.items()) add(items, x);
            } else {
                add(items, side == PyNone.NONE ? Types.NONE_TYPE : side);
            }
        }
        if (items.size() == 1) return items.get(0);
        return new PyUnionType(PyTuple.of(items.toArray()));
    }

    private static void add(List<Object> items, Object x) {
        for (Object y : items) if (y == x || y.equals(x)) return;
        items.add(x);
    }

    public boolean isInstance(Object v) {
        for (Object a : args.items()) {
            if (a instanceof PyGenericAlias) throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
            if (Types.typeOf(v).isSubclassOf((PyClass) a)) return true;
        }
        return false;
    }

    public boolean isSubclass(PyClass c) {
        for (Object a : args.items()) {
            if (a instanceof PyGenericAlias) throw Errors.typeError("issubclass() argument 2 cannot be a parameterized generic");
            if (c.isSubclassOf((PyClass) a)) return true;
        }
        return false;
    }

    public String repr() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(" | ");
            Object a = args.get(i);
            if (a == Types.NONE_TYPE) sb.append("None");
            else if (a instanceof PyClass c) sb.append(c.module().equals("builtins") ? c.qualname() : c.module() + "." + c.qualname());
            else sb.append(Repr.repr(a));
        }
        return sb.toString();
    }

    @Override public boolean equals(Object o) {
        if (!(o instanceof PyUnionType u) || u.args.size() != args.size()) return false;
        for (Object a : args.items()) {
            boolean found = false;
            for (Object b : u.args.items()) if (a == b || a.equals(b)) found = true;
            if (!found) return false;
        }
        return true;
    }

    @Override public int hashCode() {
        int h = 0;
        for (Object a : args.items()) h ^= System.identityHashCode(a);
        return h;
    }

    @Override public String toString() { return repr(); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyIterable;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;

/** {@code d.keys()}, {@code d.values()} and {@code d.items()}: live, ordered views of a dict. */
public final class DictView implements io.fora.vm.runtime.SetView {
    static final int KEYS = 0, VALUES = 1, ITEMS = 2;
    static final PyClass[] CLASSES = {
        PyClass.builtin("dict_keys", io.fora.vm.runtime.Types.OBJECT),
        PyClass.builtin("dict_values", io.fora.vm.runtime.Types.OBJECT),
        PyClass.builtin("dict_items", io.fora.vm.runtime.Types.OBJECT)};

    private final PyDict dict;
    private final int kind;

    /** KEYS, VALUES or ITEMS. */
    int kind() { return kind; }

    DictView(PyDict dict, int kind) {
        this.dict = dict;
        this.kind = kind;
    }

    static void install() {
        // view.mapping: a read-only proxy of the dict the view shows
        for (PyClass c : CLASSES) {
            c.define("mapping", new io.fora.vm.runtime.PyDescriptors.Property(Builtins.fn("mapping", (a, kw) ->
                    Ops.call(Ops.getAttr(io.fora.vm.interp.Interpreter.current().importByName("types"), "MappingProxyType"),
                            ((DictView) a[0]).dict))));
        }
        CLASSES[KEYS].define("isdisjoint", Builtins.fn("isdisjoint", (a, kw) -> {
            for (Object x : io.fora.vm.runtime.Iterators.toArray(a[1])) if (((DictView) a[0]).dict.containsKey(x)) return false;
            return true;
        }));
    }

    @Override public PyIter iterator() { return new io.fora.vm.runtime.Iterators.DictIter(dict, kind); }

    @Override public long length() { return dict.size(); }

    @Override public PyClass pyClass() { return CLASSES[kind]; }

    @Override public boolean setLike() { return kind != VALUES; }

    @Override public boolean contains(Object item) {
        return switch (kind) {
            case KEYS -> dict.containsKey(item);
            case ITEMS -> item instanceof PyTuple t && t.size() == 2 && dict.containsKey(t.get(0)) && Ops.eq(dict.get(t.get(0)), t.get(1));
            default -> Ops.contains(io.fora.vm.runtime.PyList.of(io.fora.vm.runtime.Iterators.toArray(this)), item);
        };
    }

    /** keys() and items() views compare like sets: with each other and with sets. */
    @Override public boolean equals(Object o) {
        if (kind == VALUES) return this == o;
        long size;
        java.util.function.Predicate<Object> has;
        if (o instanceof DictView v && v.kind != VALUES) {
            size = v.dict.size();
            has = v::contains;
        } else if (o instanceof io.fora.vm.runtime.PySet s) {
            size = s.size();
            has = s::contains;
        } else {
            return false;
        }
        if (size != dict.size()) return false;
        for (PyIter it = iterator(); ; ) {
            Object x = it.next();
            if (x == null) return true;
            if (!has.test(x)) return false;
        }
    }

    @Override public int hashCode() { return System.identityHashCode(this); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(CLASSES[kind].name()).append("([");
        PyIter it = iterator();
        boolean first = true;
        for (Object x = it.next(); x != null; x = it.next()) {
            if (!first) sb.append(", ");
            first = false;
            sb.append(Repr.repr(x));
        }
        return sb.append("])").toString();
    }
}

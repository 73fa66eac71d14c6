// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.Op;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PySet;
import io.fora.vm.runtime.PyTuple;
import java.util.Arrays;

/**
 * A collection under construction on the operand stack (a comprehension's result, a display with
 * {@code *x}): private to its frame until frozen into an immutable value.
 */
final class Accumulator {
    private final int kind;
    private Object[] items;
    private int size;
    private PySet set;
    private PyDict dict;

    /** For keyword arguments: the function they go to, named in errors. */
    private final Object callee;

    Accumulator(int kind, Object callee) {
        this.kind = kind;
        this.callee = callee;
        switch (kind) {
            case Op.ACC_SET -> set = new PySet(false);
            case Op.ACC_DICT, Op.ACC_KWARGS -> dict = new PyDict();
            default -> items = new Object[8];
        }
    }

    void add(Object v) {
        if (set != null) {
            set.add(v);
            return;
        }
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = v;
    }

    void put(Object k, Object v) {
        if (kind == Op.ACC_KWARGS) {
            if (!(k instanceof io.fora.vm.runtime.PyStr)) throw Errors.typeError("keywords must be strings");
            if (dict.containsKey(k)) {
                throw Errors.typeError(calleeName() + "() got multiple values for keyword argument '" + k + "'");
            }
        }
        dict.put(k, v);
    }

    /** The callee as CPython names it in argument errors: {@code __main__.f} for functions. */
    private String calleeName() {
        Object c = callee instanceof io.fora.vm.runtime.PyBoundMethod m ? m.function() : callee;
        return switch (c) {
            case io.fora.vm.runtime.PyFunction f -> f.globals().moduleName() + "." + f.qualname();
            case io.fora.vm.runtime.PyBuiltin b -> b.name();
            case io.fora.vm.runtime.PyClass k -> k.name();
            case null, default -> Ops.typeName(c) + " object";
        };
    }

    void extend(Object iterable) {
        if (Ops.iterOrNull(iterable) == null && !(iterable instanceof PyList)) {
            if (kind == Op.ACC_ARGS) {
                throw Errors.typeError(calleeName() + "() argument after * must be an iterable, not " + Ops.typeName(iterable));
            }
            throw Errors.typeError("Value after * must be an iterable, not " + Ops.typeName(iterable));
        }
        if (set != null) {
            set.update(iterable);
            return;
        }
        if (iterable instanceof PyList l) {
            for (int i = 0; i < l.size(); i++) add(l.get(i));
            return;
        }
        for (Object v : Iterators.toArray(iterable)) add(v);
    }

    void update(Object mapping) {
        if (mapping instanceof io.fora.vm.runtime.PyInstance i) {
            Object base = io.fora.vm.runtime.PyInstance.unwrap(i, "__iter__");
            if (base instanceof PyDict bd) {
                mapping = bd; // a dict subclass that keeps dict's iteration: its table, as CPython's dict_merge reads it
            } else if (Ops.eachMappingItem(i, (k, v) -> {
                if (kind == Op.ACC_KWARGS && !(k instanceof io.fora.vm.runtime.PyStr)) {
                    throw Errors.typeError(calleeName() + "() keywords must be strings");
                }
                put(k, v);
            })) {
                return;
            }
        }
        if (!(mapping instanceof PyDict d)) {
            if (kind == Op.ACC_KWARGS) {
                throw Errors.typeError(calleeName() + "() argument after ** must be a mapping, not " + Ops.typeName(mapping));
            }
            throw Errors.typeError("'" + Ops.typeName(mapping) + "' object is not a mapping");
        }
        if (kind == Op.ACC_DICT && dict.size() == 0) {
            dict = d.copy(); // {**d, k: v}: start from d's table as it is
            return;
        }
        for (int i = 0; i < d.size(); i++) put(d.keyAt(i), d.valueAt(i));
    }

    Object freeze() {
        return switch (kind) {
            case Op.ACC_LIST -> PyList.of(items, size);
            case Op.ACC_TUPLE, Op.ACC_ARGS -> PyTuple.of(Arrays.copyOf(items, size));
            case Op.ACC_SET -> set;
            default -> dict;
        };
    }
}

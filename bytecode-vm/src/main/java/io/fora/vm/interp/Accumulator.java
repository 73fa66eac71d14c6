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

    Accumulator(int kind) {
        this.kind = kind;
        switch (kind) {
            case Op.ACC_SET -> set = new PySet(false);
            case Op.ACC_DICT -> dict = new PyDict();
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

    void put(Object k, Object v) { dict.put(k, v); }

    void extend(Object iterable) {
        if (iterable instanceof PyList l && set == null) {
            for (int i = 0; i < l.size(); i++) add(l.get(i));
            return;
        }
        for (Object v : Iterators.toArray(iterable)) add(v);
    }

    void update(Object mapping) {
        if (!(mapping instanceof PyDict d)) {
            throw Errors.typeError("'" + Ops.typeName(mapping) + "' object is not a mapping");
        }
        for (int i = 0; i < d.size(); i++) {
            dict.put(d.keyAt(i), d.valueAt(i));
        }
    }

    Object freeze() {
        return switch (kind) {
            case Op.ACC_LIST -> PyList.of(items, size);
            case Op.ACC_TUPLE -> PyTuple.of(Arrays.copyOf(items, size));
            case Op.ACC_SET -> set;
            default -> dict;
        };
    }
}

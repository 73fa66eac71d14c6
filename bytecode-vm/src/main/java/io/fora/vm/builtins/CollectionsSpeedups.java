// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.Mutations;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code _fora_collections}: what collections.py takes from CPython's C helper module
 * (_collections), {@code _count_elements(mapping, iterable)}, Counter's counting loop.
 */
final class CollectionsSpeedups {
    private CollectionsSpeedups() {}

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("_count_elements", new PyBuiltin("_count_elements", (a, kw) -> {
            Builtins.arity("_count_elements", a, 2, 2);
            countElements(a[0], a[1]);
            return PyNone.NONE;
        }));
        return new PyModule("_fora_collections", m);
    }

    /**
     * When mapping's get and __setitem__ are dict's own, each element is hashed once and counted
     * in place; otherwise through the mapping's own get and __setitem__, as CPython's.
     */
    private static void countElements(Object mapping, Object iterable) {
        PyDict d = mapping instanceof PyDict pd ? pd
                : mapping instanceof PyInstance i && i.base() instanceof PyDict pd
                && i.cls().lookup("get") == Types.DICT.lookup("get")
                && i.cls().lookup("__setitem__") == Types.DICT.lookup("__setitem__") ? pd : null;
        PyIter it = Ops.iter(iterable);
        if (d != null) {
            for (Object k = it.next(); k != null; k = it.next()) d.countOne(k);
            return;
        }
        Object get = Ops.getAttr(mapping, "get");
        for (Object k = it.next(); k != null; k = it.next()) {
            Mutations.setItem(mapping, k, Arith.binary(Arith.ADD, Ops.call(get, k, 0L), 1L));
        }
    }
}

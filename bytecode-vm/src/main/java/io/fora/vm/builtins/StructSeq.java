// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;
import java.util.LinkedHashMap;

/**
 * CPython's "struct sequences" ({@code sys.float_info}, {@code sys.version_info},
 * {@code functools}' {@code CacheInfo}): tuples whose items are also named attributes, shown as
 * {@code name(field=value, ...)}.
 */
final class StructSeq {
    private StructSeq() {}

    /** A class of such tuples; {@code shown} is the name its repr uses. */
    static PyClass make(String module, String name, String shown, String... fields) {
        PyClass c = new PyClass(name, module, new PyClass[] {Types.TUPLE}, new LinkedHashMap<>(), true);
        for (int i = 0; i < fields.length; i++) {
            int k = i;
            c.define(fields[i], new PyDescriptors.Property(new PyBuiltin(fields[i], (a, kw) -> item(a[0], k)), null, null));
        }
        c.define("__repr__", new PyBuiltin("__repr__", (a, kw) -> {
            StringBuilder sb = new StringBuilder(shown).append('(');
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(fields[i]).append('=').append(Repr.repr(item(a[0], i)));
            }
            return PyStr.of(sb.append(')').toString());
        }));
        Object[] names = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) names[i] = PyStr.of(fields[i]);
        c.define("_fields", PyTuple.of(names));
        c.define("n_fields", (long) fields.length);
        return c;
    }

    private static Object item(Object self, int i) {
        // a builtin method sees the tuple inside; a property getter the instance
        return (self instanceof PyInstance inst ? (PyTuple) inst.base() : (PyTuple) self).get(i);
    }

    static PyInstance of(PyClass cls, Object... values) {
        PyInstance i = new PyInstance(cls);
        i.setBase(PyTuple.of(values));
        return i;
    }
}

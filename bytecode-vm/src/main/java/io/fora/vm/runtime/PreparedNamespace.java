// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A class body's namespace when its metaclass's {@code __prepare__} answered a mapping of its own
 * (a dict subclass, an OrderedDict, any object with {@code __getitem__}/{@code __setitem__}): as
 * in CPython, the body runs in that mapping, so each assignment goes through its
 * {@code __setitem__} (one that refuses a duplicate name sees both), each name read tries its
 * {@code __getitem__} first (a KeyError goes on to the globals), and the metaclass is handed the
 * mapping itself.
 */
public final class PreparedNamespace extends AbstractMap<String, Object> {
    private final Object mapping;

    public PreparedNamespace(Object mapping) { this.mapping = mapping; }

    /** The mapping {@code __prepare__} answered. */
    public Object mapping() { return mapping; }

    @Override public Object get(Object key) {
        if (mapping instanceof PyDict d) return d.get(PyStr.of((String) key));
        try {
            return Ops.getItem(mapping, PyStr.of((String) key));
        } catch (PyError e) {
            if (e.exception().cls().isSubclassOf(Types.KEY_ERROR)) return null;
            throw e;
        }
    }

    @Override public boolean containsKey(Object key) { return get(key) != null; }

    @Override public Object put(String key, Object value) {
        Mutations.setItem(mapping, PyStr.of(key), value);
        return null;
    }

    @Override public Object remove(Object key) {
        Mutations.delItem(mapping, PyStr.of((String) key));
        return null;
    }

    /** The mapping's items with str keys, in its order, as they are now. */
    public Map<String, Object> snapshot() {
        Map<String, Object> out = new LinkedHashMap<>();
        Ops.eachMappingItem(mapping, (k, v) -> {
            if (PyInstance.valueOf(k) instanceof PyStr ks) out.put(ks.value(), v); // a str, or a str subclass's
        });
        return out;
    }

    @Override public Set<Entry<String, Object>> entrySet() { return snapshot().entrySet(); }
}

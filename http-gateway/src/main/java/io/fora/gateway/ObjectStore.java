// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The values a server keeps for its clients, by id: objects defined by a client and results left
 * on the server ("download none"). Values are immutable, so an object is shared freely by every
 * computation that refers to it; {@link #release} forgets it.
 */
public final class ObjectStore {
    /** A stored value and its Python type's name. */
    public record Entry(String id, Object value, String type) {}

    private final ConcurrentHashMap<String, Entry> objects = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();
    private final String boot = Ids.bootTag();

    public Entry put(Object value, String type) {
        String id = "o-" + boot + "-" + Long.toString(next.incrementAndGet(), 36);
        Entry e = new Entry(id, value, type);
        objects.put(id, e);
        return e;
    }

    /** The entry, or an {@link ApiException} 404 naming the id. */
    public Entry get(String id) {
        Entry e = objects.get(id);
        if (e == null) throw ApiException.notFound("no object with id '" + Ids.printable(id) + "' (never defined, or released)");
        return e;
    }

    public boolean release(String id) { return objects.remove(id) != null; }

    public int size() { return objects.size(); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * The names a remotely block bound, in the order the block binds them, each a downloaded Java
 * value or a {@link RemoteObject} when it stayed on the server.
 */
public final class RemotelyResult {
    private final String computationId;
    private final Map<String, Object> values;
    private final long elapsedMs;
    private final java.util.List<String> output;

    RemotelyResult(String computationId, Map<String, Object> values, long elapsedMs) { this(computationId, values, elapsedMs, java.util.List.of()); }

    RemotelyResult(String computationId, Map<String, Object> values, long elapsedMs, java.util.List<String> output) {
        this.computationId = computationId;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        this.elapsedMs = elapsedMs;
        this.output = java.util.List.copyOf(output);
    }

    /** What the block printed, line by line, in program order. */
    public java.util.List<String> output() { return output; }

    /** Every name the block bound. */
    public Set<String> names() { return values.keySet(); }

    public boolean has(String name) { return values.containsKey(name); }

    /** Every name with its value (a {@link RemoteObject} for one that stayed remote). */
    public Map<String, Object> asMap() { return values; }

    /** The value of {@code name}: a Java value, or a {@link RemoteObject} when it stayed remote. */
    public Object get(String name) {
        Objects.requireNonNull(name, "name");
        if (!values.containsKey(name)) {
            throw new NoSuchElementException("the block bound no name '" + name + "' (it bound: " + String.join(", ", values.keySet()) + ")");
        }
        return values.get(name);
    }

    /** The downloaded value of {@code name} as a {@code type} (see {@link Conversions}). */
    public <T> T get(String name, Class<T> type) {
        Objects.requireNonNull(type, "type");
        Object v = get(name);
        if (v instanceof RemoteObject r && !type.isInstance(r)) {
            throw new IllegalStateException("'" + name + "' stayed on the server as " + r + ": download it with remote(\"" + name + "\").toLocal()");
        }
        return Conversions.to(v, type);
    }

    public long getLong(String name) { return get(name, long.class); }

    public int getInt(String name) { return get(name, int.class); }

    public double getDouble(String name) { return get(name, double.class); }

    public boolean getBoolean(String name) { return get(name, boolean.class); }

    public String getString(String name) { return get(name, String.class); }

    public BigInteger getBigInteger(String name) { return get(name, BigInteger.class); }

    public boolean isRemote(String name) { return get(name) instanceof RemoteObject; }

    /** The value of {@code name} left on the server; fails with {@link IllegalStateException} when it was downloaded. */
    public RemoteObject remote(String name) {
        if (get(name) instanceof RemoteObject r) return r;
        throw new IllegalStateException("'" + name + "' was downloaded (use get(\"" + name + "\")); ask downloadNone() or downloadSmall() to keep values remote");
    }

    /** The server's id of the computation ({@code c-…}). */
    public String computationId() { return computationId; }

    /** How long the block ran on the server, in milliseconds. */
    public long elapsedMs() { return elapsedMs; }

    @Override public String toString() {
        return "RemotelyResult[" + computationId + ": " + values + "]";
    }
}

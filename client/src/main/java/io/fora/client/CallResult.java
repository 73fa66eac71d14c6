// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.math.BigInteger;
import java.util.Objects;

/**
 * The result of a call: the returned value downloaded as a Java value, or a {@link RemoteObject}
 * when it stayed on the server (download "none", or "small" and larger than the limit).
 */
public final class CallResult {
    private final String computationId;
    private final Object value;
    private final long elapsedMs;
    private final java.util.List<String> output;

    CallResult(String computationId, Object value, long elapsedMs) { this(computationId, value, elapsedMs, java.util.List.of()); }

    CallResult(String computationId, Object value, long elapsedMs, java.util.List<String> output) {
        this.computationId = computationId;
        this.value = value;
        this.elapsedMs = elapsedMs;
        this.output = java.util.List.copyOf(output);
    }

    /** What the call printed, line by line, in program order. */
    public java.util.List<String> output() { return output; }

    /** The returned value: a Java value (see {@link Conversions}), or a {@link RemoteObject} when it stayed remote. */
    public Object value() { return value; }

    public boolean isRemote() { return value instanceof RemoteObject; }

    /** The result left on the server; fails with {@link IllegalStateException} when it was downloaded. */
    public RemoteObject remote() {
        if (value instanceof RemoteObject r) return r;
        throw new IllegalStateException("the result was downloaded (use value()); ask downloadNone() to keep it remote");
    }

    /** The downloaded value as a {@code type} (see {@link Conversions}). */
    public <T> T get(Class<T> type) {
        Objects.requireNonNull(type, "type");
        if (value instanceof RemoteObject r && !type.isInstance(r)) {
            throw new IllegalStateException("the result stayed on the server as " + r + ": download it with remote().toLocal()");
        }
        return Conversions.to(value, type);
    }

    public long getLong() { return get(long.class); }

    public int getInt() { return get(int.class); }

    public double getDouble() { return get(double.class); }

    public boolean getBoolean() { return get(boolean.class); }

    public String getString() { return get(String.class); }

    public BigInteger getBigInteger() { return get(BigInteger.class); }

    /** The server's id of the computation ({@code c-…}). */
    public String computationId() { return computationId; }

    /** How long the computation ran on the server, in milliseconds. */
    public long elapsedMs() { return elapsedMs; }

    @Override public String toString() {
        return "CallResult[" + computationId + ": " + value + "]";
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A value kept on the server, named by its id: a defined object, or a result left remote
 * ("download none" or a large result under "download small"). Pass it as an argument or a binding
 * to use it in later computations (it travels as {@code {"$ref": id}}), download it with
 * {@link #toLocal()}, or {@link #release()} it. Two remote objects are equal when their ids are.
 */
public final class RemoteObject {
    private final Fora client;
    private final String id;
    private final String type;

    RemoteObject(Fora client, String id, String type) {
        if (id == null || id.isEmpty()) throw new IllegalArgumentException("a remote object needs an id");
        this.client = client;
        this.id = id;
        this.type = type;
    }

    /** The server's id of the object ({@code o-…}). */
    public String id() { return id; }

    /**
     * The Python type's name ({@code "function"}, {@code "list"}…) when the server said it: it does
     * for defined objects, not for results left remote by a computation.
     */
    public Optional<String> type() { return Optional.ofNullable(type); }

    /** Downloads the value, whatever its size. */
    public CompletableFuture<Object> toLocal() { return client.download(this, -1); }

    /** Downloads the value as a {@code type} (see {@link Conversions}). */
    public <T> CompletableFuture<T> toLocal(Class<T> type) {
        Objects.requireNonNull(type, "type");
        return toLocal().thenApply(v -> Conversions.to(v, type));
    }

    /**
     * Downloads the value if its encoding is at most {@code maxBytes} bytes; a larger one fails
     * with {@link io.fora.errors.ResultExceededBytecountThreshold}.
     */
    public CompletableFuture<Object> toLocal(long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("maxBytes must not be negative, not " + maxBytes);
        return client.download(this, maxBytes);
    }

    /** {@link #toLocal(long)} as a {@code type}. */
    public <T> CompletableFuture<T> toLocal(Class<T> type, long maxBytes) {
        Objects.requireNonNull(type, "type");
        return toLocal(maxBytes).thenApply(v -> Conversions.to(v, type));
    }

    /** Lets the server forget the object; using it afterwards fails with a {@code ForaError}. */
    public CompletableFuture<Void> release() { return client.release(this); }

    @Override public boolean equals(Object o) {
        return o instanceof RemoteObject r && r.id.equals(id);
    }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() {
        return type == null ? "RemoteObject[" + id + "]" : "RemoteObject[" + id + ", " + type + "]";
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A remotely block: Python statements that run on the server as a module whose globals start as
 * the bindings; every name its top level binds comes back in the {@link RemotelyResult}, downloaded
 * ({@link #downloadAll()}, the default), left on the server ({@link #downloadNone()}), or
 * downloaded when small ({@link #downloadSmall()}). Each {@link #run()} submits one computation; a
 * builder is not meant for several threads at once.
 */
public final class Remotely {
    private final Fora fora;
    private final String block;
    private final Map<String, Object> bindings = new LinkedHashMap<>();
    private Download download = Download.ALL;
    private Consumer<Progress> onProgress;

    Remotely(Fora fora, String block) {
        this.fora = fora;
        this.block = block;
    }

    /** Binds {@code name} in the block to a Java value or a {@link RemoteObject}. */
    public Remotely bind(String name, Object value) {
        Fora.requireIdentifier(name, "a binding's name");
        bindings.put(name, value);
        return this;
    }

    /** Binds every name of {@code values}. */
    public Remotely bindAll(Map<String, ?> values) {
        Objects.requireNonNull(values, "values");
        values.forEach(this::bind);
        return this;
    }

    /** Download every bound name's value (the default). */
    public Remotely downloadAll() {
        download = Download.ALL;
        return this;
    }

    /** Leave every value on the server, as a {@link RemoteObject}. */
    public Remotely downloadNone() {
        download = Download.NONE;
        return this;
    }

    /** Download values whose encoding is at most 10,000 bytes; leave larger ones on the server. */
    public Remotely downloadSmall() {
        return downloadSmall(Download.DEFAULT_SMALL_BYTES);
    }

    /** Download values whose encoding is at most {@code maxBytes} bytes; leave larger ones on the server. */
    public Remotely downloadSmall(long maxBytes) {
        download = Download.small(maxBytes);
        return this;
    }

    /** Receive the computation's progress events while it runs (from the client's threads). */
    public Remotely onProgress(Consumer<Progress> callback) {
        this.onProgress = callback;
        return this;
    }

    /**
     * Submits the block. The future completes with the names it bound, or exceptionally with a
     * {@link io.fora.errors.ComputationError}, a {@link io.fora.errors.PythonToForaConversionError}…;
     * cancelling it cancels the computation on the server.
     */
    public CompletableFuture<RemotelyResult> run() {
        Map<String, Object> b = new LinkedHashMap<>(bindings);
        Download d = download;
        return fora.compute(() -> RequestBodies.block(block, b, d), onProgress, fora::remotelyResult);
    }

    /** The submission's JSON body. */
    String body() { return RequestBodies.block(block, bindings, download); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A function call to run on the server: a defined function ({@link Fora#call(RemoteObject)}) or a
 * global of a module ({@link Fora#call(PythonSource, String)}), its arguments (Java values or
 * {@link RemoteObject}s), and what comes back. The result is downloaded unless told otherwise.
 * Each {@link #run()} submits one computation; a builder is not meant for several threads at once.
 */
public final class Call {
    private final Fora fora;
    private final RemoteObject function;
    private final PythonSource source;
    private final String functionName;
    private List<Object> args = List.of();
    private final Map<String, Object> kwargs = new LinkedHashMap<>();
    private Download download = Download.ALL;
    private Consumer<Progress> onProgress;

    Call(Fora fora, RemoteObject function, PythonSource source, String functionName) {
        this.fora = fora;
        this.function = function;
        this.source = source;
        this.functionName = functionName;
    }

    /** The positional arguments, replacing any given before. */
    public Call args(Object... args) {
        this.args = Fora.argumentList(args);
        return this;
    }

    /** A keyword argument. */
    public Call kwarg(String name, Object value) {
        Fora.requireIdentifier(name, "a keyword argument's name");
        kwargs.put(name, value);
        return this;
    }

    /** Download the result as a Java value (the default). */
    public Call downloadAll() {
        download = Download.ALL;
        return this;
    }

    /** Leave the result on the server: {@link CallResult#remote()} names it. */
    public Call downloadNone() {
        download = Download.NONE;
        return this;
    }

    /** Download the result if its encoding is at most 10,000 bytes, else leave it on the server. */
    public Call downloadSmall() {
        return downloadSmall(Download.DEFAULT_SMALL_BYTES);
    }

    /** Download the result if its encoding is at most {@code maxBytes} bytes, else leave it on the server. */
    public Call downloadSmall(long maxBytes) {
        download = Download.small(maxBytes);
        return this;
    }

    /** Receive the computation's progress events while it runs (from the client's threads). */
    public Call onProgress(Consumer<Progress> callback) {
        this.onProgress = callback;
        return this;
    }

    /**
     * Submits the call. The future completes with the result, or exceptionally with a
     * {@link io.fora.errors.ComputationError} (the Python code raised), a
     * {@link io.fora.errors.NotCallableError}, a {@link io.fora.errors.PythonToForaConversionError}
     * (the module does not compile, or an argument has no Python form)…; cancelling it cancels
     * the computation on the server.
     */
    public CompletableFuture<CallResult> run() {
        List<Object> a = args;
        Map<String, Object> kw = new LinkedHashMap<>(kwargs);
        Download d = download;
        return fora.compute(() -> body(a, kw, d), onProgress, fora::callResult);
    }

    /** The submission's JSON body. */
    String body() { return body(args, kwargs, download); }

    private String body(List<Object> a, Map<String, Object> kw, Download d) {
        return function != null ? RequestBodies.call(function, a, kw, d) : RequestBodies.call(source, functionName, a, kw, d);
    }
}

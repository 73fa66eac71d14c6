// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import io.fora.encoding.RemoteRef;
import io.fora.errors.ForaError;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A connection to a Fora server: define objects there, call functions, run remotely blocks and
 * modules. Every method that talks to the server returns a {@link CompletableFuture} at once and
 * completes it from the client's own threads; none blocks the caller.
 *
 * <pre>{@code
 * try (var fora = Fora.connect("http://localhost:30000")) {
 *     RemoteObject isPrime = fora.define(PythonSource.of(code), "isPrime").join();
 *     long n = fora.remotely("n = sum(isPrime(x) for x in range(10**6))")
 *                  .bind("isPrime", isPrime).downloadAll().run().join().getLong("n");
 * }
 * }</pre>
 *
 * Connecting sends nothing: an unreachable server shows as a {@link io.fora.errors.ConnectionError}
 * on the first request. A client is thread-safe; share one per server. {@link #close()} cancels
 * the computations it still waits for; afterwards every call fails with a {@link ForaError}
 * saying the client is closed.
 */
public final class Fora implements AutoCloseable {
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(2);
    public static final Duration DEFAULT_POLL_WAIT = Duration.ofSeconds(30);
    /** The API allows holding an answer up to this long. */
    public static final Duration MAX_POLL_WAIT = Duration.ofSeconds(300);
    private static final Duration FIRST_WAIT = Duration.ofMillis(500);

    private final Transport transport;

    private Fora(Transport transport) {
        this.transport = transport;
    }

    /** A client of the server at {@code url} ({@code http://host:30000}), with the default timeouts. */
    public static Fora connect(String url) {
        return builder(url).build();
    }

    public static Fora connect(URI url) {
        return builder(url).build();
    }

    public static Builder builder(String url) {
        Objects.requireNonNull(url, "url");
        return builder(URI.create(url));
    }

    public static Builder builder(URI url) {
        return new Builder(url);
    }

    /** Settings of a client; {@link #build()} makes it. */
    public static final class Builder {
        private final URI url;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
        private Duration pollWait = DEFAULT_POLL_WAIT;

        private Builder(URI url) {
            Objects.requireNonNull(url, "url");
            String scheme = url.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || url.getHost() == null) {
                throw new IllegalArgumentException("a Fora server's URL looks like http://host:30000, not '" + url + "'");
            }
            if (url.getRawQuery() != null || url.getRawFragment() != null) {
                throw new IllegalArgumentException("a Fora server's URL has no query or fragment: '" + url + "'");
            }
            this.url = url;
        }

        /** How long to wait for a connection to the server (default 10 s). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * How long one request may take (default 2 min): a definition runs its module before the
         * answer, so this bounds it too. Waiting for a computation is not bounded by it: each
         * long-poll may take {@link #pollWait} more, and a computation may run for any number.
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /** How long the server may hold each long-poll for a computation's end (default 30 s, at most 300 s). */
        public Builder pollWait(Duration wait) {
            positive(wait, "pollWait");
            if (wait.compareTo(MAX_POLL_WAIT) > 0) throw new IllegalArgumentException("pollWait is at most 300 s, not " + wait);
            this.pollWait = wait;
            return this;
        }

        public Fora build() {
            String s = url.toString();
            URI base = URI.create(s.endsWith("/") ? s : s + "/");
            Duration first = FIRST_WAIT.compareTo(pollWait) < 0 ? FIRST_WAIT : pollWait;
            return new Fora(new Transport(base, connectTimeout, requestTimeout, first, pollWait));
        }

        private static Duration positive(Duration d, String what) {
            Objects.requireNonNull(d, what);
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " must be positive, not " + d);
            return d;
        }
    }

    /** The server's URL, ending with '/'. */
    public URI url() { return transport.base(); }

    public boolean isClosed() { return transport.isClosed(); }

    /**
     * Cancels the computations still running for this client (waiting up to 2 s for the cancels to
     * reach the server), fails their futures, and drops the connections. Closing again does nothing.
     */
    @Override public void close() { transport.close(); }

    // ---- the cluster ----

    public CompletableFuture<ClusterInfo> cluster() {
        return transport.send("GET", "api/v1/cluster", null).thenApply(r -> Answers.cluster(r.body()));
    }

    public CompletableFuture<Integer> workerCount() {
        return cluster().thenApply(ClusterInfo::workers);
    }

    // ---- objects ----

    /**
     * Uploads a value (see {@link Conversions} for the Java types that stand for Python values;
     * {@link RemoteObject}s inside it stay references) and keeps it on the server.
     */
    public CompletableFuture<RemoteObject> define(Object value) {
        return defineFrom(() -> RequestBodies.defineValue(value));
    }

    /**
     * Runs a module on the server and keeps its global {@code name} (a function, a class, any
     * value). A syntax or purity error fails with a {@link io.fora.errors.PythonToForaConversionError}
     * that carries its line and column; the module raising, with a {@link io.fora.errors.ComputationError}.
     */
    public CompletableFuture<RemoteObject> define(PythonSource source, String name) {
        Objects.requireNonNull(source, "source");
        requireIdentifier(name, "name");
        return defineFrom(() -> RequestBodies.defineSource(source, name));
    }

    private CompletableFuture<RemoteObject> defineFrom(Supplier<String> body) {
        String json;
        try {
            json = body.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return transport.send("POST", "api/v1/objects", json).thenApply(r -> {
            Answers.StoredObject o = Answers.storedObject(r.body());
            return new RemoteObject(this, o.id(), o.type());
        });
    }

    CompletableFuture<Object> download(RemoteObject object, long maxBytes) {
        String target = "api/v1/objects/" + Targets.encode(object.id()) + (maxBytes >= 0 ? "?maxBytes=" + maxBytes : "");
        return transport.send("GET", target, null).thenApply(r -> {
            Answers.StoredObject o = Answers.storedObject(r.body());
            if (!o.hasValue()) throw new ForaError("the server's answer for object " + object.id() + " has no 'value'");
            return local(o.value());
        });
    }

    CompletableFuture<Void> release(RemoteObject object) {
        return transport.send("DELETE", "api/v1/objects/" + Targets.encode(object.id()), null).thenApply(r -> null);
    }

    // ---- computations ----

    /**
     * Calls a defined function and leaves its result on the server (download "none"), as pyfora's
     * {@code submit}: the future gives the result's {@link RemoteObject}. Arguments are Java values
     * or remote objects.
     */
    public CompletableFuture<RemoteObject> submit(RemoteObject function, Object... args) {
        return call(function).args(args).downloadNone().run().thenApply(CallResult::remote);
    }

    /** A call of a defined function, to set up and {@link Call#run() run}. */
    public Call call(RemoteObject function) {
        Objects.requireNonNull(function, "function");
        return new Call(this, function, null, null);
    }

    /** A call of the global {@code functionName} of a module, which runs first on the server. */
    public Call call(PythonSource source, String functionName) {
        Objects.requireNonNull(source, "source");
        requireIdentifier(functionName, "functionName");
        return new Call(this, null, source, functionName);
    }

    /**
     * A remotely block: Python statements that run on the server with the names {@link Remotely#bind
     * bound} in, giving back every name they bind.
     */
    public Remotely remotely(String block) {
        Objects.requireNonNull(block, "block");
        return new Remotely(this, block);
    }

    /** Runs a module as {@code fora run} does; the future gives the reprs it printed. */
    public CompletableFuture<ModuleOutput> run(PythonSource module) {
        return run(module, null);
    }

    /** {@link #run(PythonSource)}, with progress events for {@code onProgress} (may be null). */
    public CompletableFuture<ModuleOutput> run(PythonSource module, Consumer<Progress> onProgress) {
        Objects.requireNonNull(module, "module");
        return compute(() -> RequestBodies.module(module), onProgress, Answers.Computation::moduleOutput);
    }

    /**
     * Follows a module run submitted already ({@link QuickRun#id()}) to its end, as
     * {@link #run(PythonSource, Consumer)} follows its own; cancelling the future cancels it on the server.
     */
    public CompletableFuture<ModuleOutput> follow(String computationId, Consumer<Progress> onProgress) {
        Objects.requireNonNull(computationId, "computationId");
        if (transport.isClosed()) return CompletableFuture.failedFuture(Transport.closedError());
        return new RunningComputation<>(transport, null, onProgress, Answers.Computation::moduleOutput).follow(computationId);
    }

    /** Submits a computation body and follows it to its end; {@code onDone} builds the result from the answer. */
    <R> CompletableFuture<R> compute(Supplier<String> body, Consumer<Progress> onProgress, Function<Answers.Computation, R> onDone) {
        if (transport.isClosed()) return CompletableFuture.failedFuture(Transport.closedError());
        String json;
        try {
            json = body.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return new RunningComputation<>(transport, json, onProgress, onDone).start();
    }

    CallResult callResult(Answers.Computation a) {
        if (!a.hasResult()) throw new ForaError("the server's answer to a call of computation " + a.id() + " has no 'result'");
        return new CallResult(a.id(), local(a.result()), a.elapsedMs(), a.output());
    }

    RemotelyResult remotelyResult(Answers.Computation a) {
        Map<String, Object> values = new LinkedHashMap<>();
        a.results().forEach((name, v) -> values.put(name, local(v)));
        return new RemotelyResult(a.id(), values, a.elapsedMs(), a.output());
    }

    /** A decoded value as callers see it: a reference becomes a {@link RemoteObject} of this client. */
    Object local(Object decoded) {
        return decoded instanceof RemoteRef r ? new RemoteObject(this, r.id(), null) : decoded;
    }

    static void requireIdentifier(String name, String what) {
        Objects.requireNonNull(name, what);
        if (!name.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) throw new IllegalArgumentException(what + " must be a Python identifier, not '" + name + "'");
    }

    static List<Object> argumentList(Object[] args) {
        Objects.requireNonNull(args, "args (to pass one None, write args((Object) null))");
        return java.util.Collections.unmodifiableList(new java.util.ArrayList<>(java.util.Arrays.asList(args)));
    }

    @Override public String toString() {
        return "Fora[" + transport.base() + (isClosed() ? ", closed]" : "]");
    }
}

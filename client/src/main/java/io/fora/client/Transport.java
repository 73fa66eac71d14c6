// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import io.fora.errors.ConnectionError;
import io.fora.errors.ForaError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of a client: sends JSON requests to one server and turns what goes wrong into
 * Fora's error model (a refusal into its problem's class, an unreachable server into a
 * {@link ConnectionError}), opens event WebSockets, and remembers the computations still running
 * so that closing the client cancels them.
 */
final class Transport {
    /** Thread stack of the client's threads: decoding a deeply nested value recurses once per level. */
    private static final long STACK_BYTES = 16L << 20;
    /** How long {@link #close} waits for the cancels of running computations to reach the server. */
    private static final long CLOSE_GRACE_MS = 5_000;

    record Response(int status, byte[] body) {}

    private final URI base;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Duration firstWait;
    private final Duration pollWait;
    private final ExecutorService executor;
    private final HttpClient http;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Set<RunningComputation<?>> running = ConcurrentHashMap.newKeySet();

    Transport(URI base, Duration connectTimeout, Duration requestTimeout, Duration firstWait, Duration pollWait) {
        this.base = base;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.firstWait = firstWait;
        this.pollWait = pollWait;
        AtomicInteger n = new AtomicInteger();
        // Answers are read, and callers' futures completed, here. Once closed, a late answer is
        // read on the thread that delivers it rather than dropped, so no future is left hanging.
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(null, r, "fora-client-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        }, (task, pool) -> task.run());
        HttpClient.Builder http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER);
        if ("http".equalsIgnoreCase(base.getScheme())) http.sslContext(PlainHttp.context()).sslParameters(PlainHttp.parameters());
        this.http = http.build();
    }

    URI base() { return base; }

    /** How long the first answer to a submission may be held: a cancel before it reaches the server this late at most. */
    Duration firstWait() { return firstWait; }

    /** How long each long-poll for a computation's end may be held by the server. */
    Duration pollWait() { return pollWait; }

    boolean isClosed() { return closed.get(); }

    /** Sends a request with the usual timeout; a status of 400 or more fails with its problem's error. */
    CompletableFuture<Response> send(String method, String target, String json) {
        return interpret(exchange(method, target, json, Duration.ZERO, false));
    }

    /**
     * The raw exchange, cancellable ({@code cancel(true)} aborts it). {@code heldFor} is how long
     * the server may hold the answer, added to the timeout. {@code evenIfClosed} lets a cancel
     * leave while the client closes.
     */
    CompletableFuture<HttpResponse<byte[]>> exchange(String method, String target, String json, Duration heldFor, boolean evenIfClosed) {
        if (closed.get() && !evenIfClosed) return CompletableFuture.failedFuture(closedError());
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(target))
                .timeout(requestTimeout.plus(heldFor))
                .header("Accept", "application/json");
        if (json == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        try {
            return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The response of an exchange, or the error it stands for, on the client's own threads. */
    CompletableFuture<Response> interpret(CompletableFuture<HttpResponse<byte[]>> exchange) {
        return exchange.handleAsync((r, e) -> {
            if (e != null) throw new CompletionException(failure(e));
            if (r.statusCode() >= 400) throw new CompletionException(Problems.toError(r.statusCode(), r.body()));
            return new Response(r.statusCode(), r.body());
        }, executor);
    }

    /** Opens the event stream of one computation. */
    CompletableFuture<WebSocket> openEvents(String computationId, WebSocket.Listener listener) {
        if (closed.get()) return CompletableFuture.failedFuture(closedError());
        URI http = base.resolve("api/v1/events?computation=" + Targets.encode(computationId));
        URI ws = URI.create("ws" + http.toString().substring(4));   // http → ws, https → wss
        try {
            return this.http.newWebSocketBuilder().connectTimeout(connectTimeout).buildAsync(ws, listener);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** What a failed exchange means in Fora's error model. */
    RuntimeException failure(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) c = c.getCause();
        if (c instanceof ForaError f) return f;
        if (c instanceof CancellationException ce) return ce;
        if (closed.get()) return closedError();
        return switch (c) {
            case HttpConnectTimeoutException e -> new ConnectionError("cannot connect to the Fora server at " + base
                    + ": no connection within " + connectTimeout.toMillis() + " ms", e);
            case HttpTimeoutException e -> new ConnectionError("the Fora server at " + base + " did not answer within the timeout ("
                    + describe(e) + ")", e);
            case ConnectException e -> new ConnectionError("cannot connect to the Fora server at " + base + ": " + describe(e), e);
            case IOException e -> new ConnectionError("the connection to the Fora server at " + base + " failed: " + describe(e), e);
            case RuntimeException e -> e;
            default -> new ForaError("request to the Fora server at " + base + " failed: " + describe(c), c);
        };
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            if (t instanceof ConnectException) return "connection refused";
            Throwable cause = t.getCause();
            return cause != null && cause != t ? describe(cause) : t.getClass().getSimpleName();
        }
        return m;
    }

    static ForaError closedError() { return new ForaError("the Fora client is closed"); }

    void register(RunningComputation<?> c) { running.add(c); }

    void unregister(RunningComputation<?> c) { running.remove(c); }

    /** Cancels on their way to the server: {@link #close} lets them arrive before it drops connections. */
    private final Set<CompletableFuture<?>> cancelsInFlight = ConcurrentHashMap.newKeySet();

    void cancelling(CompletableFuture<?> request) {
        cancelsInFlight.add(request);
        request.whenComplete((r, e) -> cancelsInFlight.remove(request));
    }

    /**
     * Closes once: computations still running are cancelled on the server (waiting briefly for
     * the cancels to leave) and their futures fail; then connections are dropped.
     */
    void close() {
        if (!closed.compareAndSet(false, true)) return;
        List<CompletableFuture<?>> cancels = new ArrayList<>();
        for (RunningComputation<?> c : List.copyOf(running)) cancels.add(c.abandon());
        cancels.addAll(cancelsInFlight);
        if (!cancels.isEmpty()) {
            try {
                CompletableFuture.allOf(cancels.toArray(CompletableFuture[]::new)).get(CLOSE_GRACE_MS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // best effort: the server forgets what it cannot finish
            }
        }
        http.shutdownNow();
        executor.shutdown();
    }
}

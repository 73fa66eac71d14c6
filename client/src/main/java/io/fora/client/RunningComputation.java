// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import io.fora.errors.ForaError;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One submitted computation, followed to its end without holding a thread:
 *
 * <pre>
 * POST /computations?wait=0.5 ──200──▶ answer
 *        │202 {id}
 *        ▼
 * GET /computations/{id}?wait=30 ◀─┐
 *        │200 ▶ answer     202 ────┘
 * </pre>
 *
 * The first wait is short so that the id, which a cancel needs, is known early. The future it
 * gives out is the one its caller returns, so {@code cancel(true)} on it is seen here: it aborts
 * the long-poll in flight and sends {@code DELETE /computations/{id}} (at once, or as soon as the
 * id is known). Any other way the client stops waiting before the server reported an end (the
 * client closing, a broken connection) cancels the computation too, so nothing spins unwatched.
 * With a progress callback, the first POST does not wait, and an event WebSocket opens once the
 * id is known; it closes when the future completes.
 */
final class RunningComputation<R> {
    private final Transport transport;
    private final String body;
    private final Consumer<Progress> onProgress;
    private final Function<Answers.Computation, R> onDone;
    private final CompletableFuture<R> future = new CompletableFuture<>();
    private final AtomicBoolean cancelSent = new AtomicBoolean();
    private volatile String id;
    /** The server reported that the computation ended: nothing to cancel. */
    private volatile boolean ended;
    /** The long-poll in flight, aborted when the future completes first. */
    private volatile CompletableFuture<?> pending;
    private volatile CompletableFuture<WebSocket> events;
    private volatile CompletableFuture<?> cancelRequest = CompletableFuture.completedFuture(null);

    RunningComputation(Transport transport, String body, Consumer<Progress> onProgress, Function<Answers.Computation, R> onDone) {
        this.transport = transport;
        this.body = body;
        this.onProgress = onProgress;
        this.onDone = onDone;
    }

    CompletableFuture<R> start() {
        transport.register(this);
        future.whenComplete((r, e) -> stoppedWaiting());
        Duration wait = onProgress == null ? transport.firstWait() : Duration.ZERO;
        // The submission is never aborted: its answer carries the id that a cancel needs.
        transport.interpret(transport.exchange("POST", "api/v1/computations?wait=" + Targets.seconds(wait), body, wait, false))
                .whenComplete(this::onAnswer);
        return future;
    }

    /** Follows a computation submitted already (by {@link QuickRun}) from its id. */
    CompletableFuture<R> follow(String computationId) {
        transport.register(this);
        future.whenComplete((r, e) -> stoppedWaiting());
        learnId(computationId);
        poll();
        return future;
    }

    private void onAnswer(Transport.Response response, Throwable error) {
        if (error != null) {
            future.completeExceptionally(transport.failure(error));
            return;
        }
        Answers.Computation a;
        try {
            a = Answers.computation(response.body());
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
            return;
        }
        if (id == null) {
            if (a.id() == null || a.id().isEmpty()) {
                future.completeExceptionally(new ForaError("the server's answer to a submission names no computation 'id'"));
                return;
            }
            learnId(a.id());
        }
        if (a.status().equals("running")) {
            if (future.isDone()) cancelOnServer();   // cancelled before the id was known
            else poll();
            return;
        }
        ended = a.ended();
        try {
            future.complete(a.outcome(onDone));
        } catch (RuntimeException e) {
            future.completeExceptionally(e);
        }
    }

    private void learnId(String computationId) {
        id = computationId;
        if (onProgress == null) return;
        CompletableFuture<WebSocket> ws = transport.openEvents(computationId, new ProgressListener(computationId, onProgress));
        events = ws;
        // Progress is a courtesy: a stream that cannot open leaves the result unaffected.
        ws.thenAccept(socket -> {
            if (future.isDone()) close(socket);
        });
    }

    private void poll() {
        CompletableFuture<HttpResponse<byte[]>> exchange = transport.exchange("GET",
                "api/v1/computations/" + Targets.encode(id) + "?wait=" + Targets.seconds(transport.pollWait()),
                null, transport.pollWait(), false);
        pending = exchange;
        if (future.isDone()) exchange.cancel(true);
        transport.interpret(exchange).whenComplete(this::onAnswer);
    }

    /** The future completed, whichever way: stop listening, and cancel what still runs. */
    private void stoppedWaiting() {
        transport.unregister(this);
        CompletableFuture<?> p = pending;
        if (p != null && !p.isDone()) p.cancel(true);
        CompletableFuture<WebSocket> ws = events;
        if (ws != null) ws.thenAccept(RunningComputation::close);
        if (!ended) cancelOnServer();
    }

    /** Sends the DELETE once, if the id is known (otherwise the submission's answer sends it). */
    private void cancelOnServer() {
        String computationId = id;
        if (computationId == null || ended || !cancelSent.compareAndSet(false, true)) return;
        cancelRequest = transport.interpret(transport.exchange("DELETE", "api/v1/computations/" + Targets.encode(computationId),
                null, Duration.ZERO, true)).exceptionally(e -> null);
        transport.cancelling(cancelRequest);
    }

    /** The client is closing: fail the future (which cancels on the server) and give the cancel to wait for. */
    CompletableFuture<?> abandon() {
        future.completeExceptionally(new ForaError("the Fora client was closed before the computation ended"));
        return cancelRequest;
    }

    private static void close(WebSocket socket) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").whenComplete((s, e) -> socket.abort());
    }
}

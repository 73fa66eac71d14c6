// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import io.fora.vm.interp.Cancellation;
import java.util.concurrent.CompletableFuture;

/**
 * One submitted computation: its state, the token that cancels it, its share of the worker pool,
 * and, once it has ended, its answer as pre-rendered JSON members (rendered on the computation's
 * own thread, where user {@code __repr__}s can run).
 */
final class Computation {
    enum Status {
        RUNNING("running"), DONE("done"), FAILED("failed"), CANCELLED("cancelled");

        final String wire;

        Status(String wire) { this.wire = wire; }
    }

    final String id;
    final Requests.Kind kind;
    final long startNanos = System.nanoTime();
    final Cancellation token = new Cancellation();
    final Progress progress;
    /** Completes when the computation has ended, whichever way. */
    final CompletableFuture<Computation> ended = new CompletableFuture<>();

    private volatile Status status = Status.RUNNING;
    private volatile long endNanos;
    /** JSON members after {@code "elapsedMs"}: {@code ,"result":42} or {@code ,"error":{...}}. */
    private volatile String answer = "";
    /** A module's answer as text ({@code fora run}'s output, then a failure's traceback); null for calls and blocks. */
    private volatile String plain;

    /** What a computation's progress events report, wherever it runs. */
    interface Progress {
        int coresBusy();

        long tasks();

        long splits();

        long steals();

        static Progress of(io.fora.scheduler.ComputationLoad load) {
            return new Progress() {
                @Override public int coresBusy() { return load.coresBusy(); }
                @Override public long tasks() { return load.tasks(); }
                @Override public long splits() { return load.splits(); }
                @Override public long steals() { return load.poolSteals(); }
            };
        }
    }

    Computation(String id, Requests.Kind kind, Progress progress) {
        this.id = id;
        this.kind = kind;
        this.progress = progress;
    }

    Status status() { return status; }

    boolean hasEnded() { return status != Status.RUNNING; }

    long elapsedMs() {
        long end = hasEnded() ? endNanos : System.nanoTime();
        return (end - startNanos) / 1_000_000;
    }

    /** Nanosecond time the computation ended, or 0 while it runs. */
    long endNanos() { return endNanos; }

    /** Ends the computation once; a later call (a cancel racing completion) changes nothing. */
    synchronized boolean end(Status outcome, String members, String plain) {
        if (hasEnded()) return false;
        endNanos = System.nanoTime();
        answer = members;
        this.plain = plain;
        status = outcome;
        ended.complete(this);
        return true;
    }

    /** Once ended, a module's answer as text (see {@link #end}); null while running and for calls and blocks. */
    String plain() { return hasEnded() ? plain : null; }

    /** The computation's state as the API answers it. */
    String toJson() {
        Status s = status;
        StringBuilder sb = new StringBuilder(64 + answer.length());
        sb.append("{\"id\":\"").append(id).append("\",\"status\":\"").append(s.wire)
          .append("\",\"elapsedMs\":").append(elapsedMs());
        if (s != Status.RUNNING) sb.append(answer);
        return sb.append('}').toString();
    }
}

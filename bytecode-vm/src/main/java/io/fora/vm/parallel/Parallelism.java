// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Where the VM runs the pieces it splits a computation into. The VM decides what can run in
 * parallel and how results combine; an implementation (the scheduler module's work-stealing
 * pool) decides where each piece runs. The default runs pieces one after another.
 */
public interface Parallelism {
    /** Worker threads available; 1 means everything runs on the calling thread. */
    int threads();

    /** True when a fork would likely run on an idle core now (checked at every fork group and block). */
    default boolean hungry() { return false; }

    /** Runs every task and returns their results in task order. Tasks must not throw. */
    <T> List<T> runAll(List<Callable<T>> tasks);

    /** A piece handed to the pool; {@link #join} gives its result once it has run. */
    interface Forked<T> {
        /** Waits for the piece, helping with other pieces meanwhile where the pool can. */
        T join();
    }

    /**
     * Hands a piece to the pool and returns at once, so the caller goes on with its own work.
     * The piece must not throw. The default runs it when joined.
     */
    default <T> Forked<T> fork(Callable<T> piece) {
        return () -> call(piece);
    }

    /** True when the calling thread is one of the pool's workers. */
    default boolean onWorker() { return true; }

    /** Runs work on a pool worker (the caller waits), so that forks from it are the pool's own. */
    default <T> T enter(Callable<T> work) { return call(work); }

    /** Other machines that may take pieces of this computation; null on one machine. */
    default Offload offload() { return null; }

    /**
     * Waits until {@code done} completes (a piece running on another machine), running this
     * machine's queued pieces meanwhile where the pool can, so the waiting core keeps working.
     */
    default void awaitHelping(java.util.concurrent.CompletableFuture<?> done) {
        try {
            done.join();
        } catch (RuntimeException ignored) {
            // the caller looks at how it completed
        }
    }

    /** Runs a piece that must not throw, rethrowing anything unchecked it did throw. */
    static <T> T call(Callable<T> piece) {
        try {
            return piece.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("a parallel task failed", e);
        }
    }

    Parallelism SEQUENTIAL = new Parallelism() {
        @Override public int threads() { return 1; }

        @Override public <T> List<T> runAll(List<Callable<T>> tasks) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Callable<T> t : tasks) out.add(call(t));
            return out;
        }
    };
}

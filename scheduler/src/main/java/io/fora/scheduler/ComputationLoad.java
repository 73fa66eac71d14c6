// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import io.fora.vm.parallel.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One computation's share of the machine's {@link WorkStealingPool}: it runs its pieces there and
 * counts them, so a server can report per computation how many cores it keeps busy right now and
 * how much it split.
 */
public final class ComputationLoad implements Parallelism {
    private final WorkStealingPool pool;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong splits = new AtomicLong();
    private final AtomicLong busyNanos = new AtomicLong();

    public ComputationLoad(WorkStealingPool pool) { this.pool = pool; }

    @Override public int threads() { return pool.threads(); }

    @Override public boolean hungry() { return pool.hungry(); }

    @Override public boolean onWorker() { return pool.onWorker(); }

    @Override public <T> T enter(Callable<T> work) { return pool.enter(counted(work)); }

    @Override public void awaitHelping(java.util.concurrent.CompletableFuture<?> done) { pool.awaitHelping(done); }

    @Override public <T> Forked<T> fork(Callable<T> piece) {
        splits.incrementAndGet();
        tasks.incrementAndGet();
        return pool.fork(counted(piece));
    }

    private <T> Callable<T> counted(Callable<T> piece) {
        return () -> {
            running.incrementAndGet();
            long start = System.nanoTime();
            try {
                return piece.call();
            } finally {
                busyNanos.addAndGet(System.nanoTime() - start);
                running.decrementAndGet();
            }
        };
    }

    @Override public <T> List<T> runAll(List<Callable<T>> pieces) {
        splits.incrementAndGet();
        tasks.addAndGet(pieces.size());
        List<Callable<T>> counted = new ArrayList<>(pieces.size());
        for (Callable<T> piece : pieces) {
            counted.add(() -> {
                running.incrementAndGet();
                long start = System.nanoTime();
                try {
                    return piece.call();
                } finally {
                    busyNanos.addAndGet(System.nanoTime() - start);
                    running.decrementAndGet();
                }
            });
        }
        return pool.runAll(counted);
    }

    /**
     * Cores this computation keeps busy now: its pieces running in the pool, or its own thread
     * when none is (a nested piece counts within its parent, so this may over-count slightly).
     */
    public int coresBusy() { return Math.min(pool.threads(), Math.max(1, running.get())); }

    /** Pieces of this computation running in the pool now. */
    public int running() { return running.get(); }

    public long tasks() { return tasks.get(); }

    public long splits() { return splits.get(); }

    public long busyNanos() { return busyNanos.get(); }

    /** Steals of the whole pool: the JDK counts them per pool, not per task. */
    public long poolSteals() { return pool.statistics().steals(); }
}

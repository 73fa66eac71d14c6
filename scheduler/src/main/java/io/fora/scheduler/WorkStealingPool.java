// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import io.fora.vm.parallel.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;

/**
 * One worker thread per core, each with its own deque; idle workers steal. This is the JDK's
 * {@link ForkJoinPool} (a well-kept work-stealing implementation) rather than one of our own.
 * A task that waits for the pieces it forked helps run pending work instead of idling its thread.
 */
public final class WorkStealingPool implements Parallelism, AutoCloseable {
    private final ForkJoinPool pool;
    private final int threads;
    private final Statistics stats;
    /** Pieces handed to the pool that no worker has started yet. */
    private final java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
    /** Workers waiting for a piece another worker runs: their cores are free for more splitting. */
    private final java.util.concurrent.atomic.AtomicInteger joining = new java.util.concurrent.atomic.AtomicInteger();

    public WorkStealingPool(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        this.threads = threads;
        this.stats = new Statistics(threads);
        java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();
        this.pool = new ForkJoinPool(threads, p -> new Worker(p, ids.getAndIncrement() % threads), null, false);
    }

    /** All cores of this machine. */
    public static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    @Override public int threads() { return threads; }

    /** Worth splitting now? Only when a worker is idle and no piece is already waiting for one. */
    @Override public boolean hungry() {
        // Polled at every fork group and block boundary, so it must be cheap: a counter that changes
        // only when pieces are handed over or picked up, and the pool's own count of active workers
        // (one volatile read). When every worker is busy nothing splits, and nothing is wasted.
        return threads > 1 && idleThreads() > 0;
    }

    /** Worker threads with nothing to do now (waiting in a join counts as free); 0 while a piece waits for a thread. */
    public int idleThreads() {
        if (waiting.get() > 0) return 0;
        return Math.max(0, threads - Math.max(0, pool.getActiveThreadCount() - joining.get()));
    }

    /**
     * {@link #idleThreads()} just after a piece ended: the thread that ran it counts as busy until
     * it finds nothing more to do and the pool marks it inactive, microseconds later, so this waits
     * for that, up to a millisecond. (Told to another machine, "none idle" there cost the free core
     * 5-13 ms, until the next load report.)
     */
    public int idleThreadsSettled() {
        long deadline = System.nanoTime() + 1_000_000;
        int idle = idleThreads();
        while (idle == 0 && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(50_000);
            idle = idleThreads();
        }
        return idle;
    }

    @Override public boolean onWorker() { return ForkJoinTask.getPool() == pool; }

    @Override public <T> Forked<T> fork(Callable<T> piece) {
        stats.splits(1);
        waiting.incrementAndGet();
        ForkJoinTask<T> task = ForkJoinTask.adapt(() -> {
            waiting.decrementAndGet();
            return stats.timed(piece);
        });
        if (onWorker()) task.fork();
        else pool.execute(task);
        return () -> {
            if (!task.isDone() && onWorker()) helpUntilDone(task::isDone);
            return task.join();
        };
    }

    /**
     * Waits for a piece running on another machine: it takes hundreds of milliseconds, so between
     * queued pieces this thread sleeps on the future (woken when it completes) instead of spinning
     * on a core another process could use.
     */
    @Override public void awaitHelping(java.util.concurrent.CompletableFuture<?> done) {
        if (!done.isDone() && onWorker()) {
            Thread self = Thread.currentThread();
            done.whenComplete((r, e) -> java.util.concurrent.locks.LockSupport.unpark(self));
            helpUntilDone(done::isDone, true);
        }
        Parallelism.super.awaitHelping(done);
    }

    /**
     * Waits for a piece without idling the worker: it runs other queued pieces meanwhile (its own
     * first, then any it can steal), and while it finds none it counts as free, so the piece's
     * thief sees a hungry pool and splits off half of what it has left, which this worker then
     * takes. The join is a continuation of useful work, not a blocked thread.
     */
    private void helpUntilDone(java.util.function.BooleanSupplier done) { helpUntilDone(done, false); }

    /**
     * {@code remote}: the awaited piece runs on another machine, so an idle wait parks (a
     * millisecond at a time, woken early when it completes) rather than spinning first; parking,
     * not blocking in {@code get()}, also keeps the pool from starting a spare thread.
     */
    private void helpUntilDone(java.util.function.BooleanSupplier done, boolean remote) {
        joining.incrementAndGet();
        try {
            int idleSpins = 0;
            long idleSince = System.nanoTime();
            while (!done.getAsBoolean()) {
                ForkJoinTask<?> other = Helping.poll();
                if (other != null) {
                    idleSpins = 0;
                    stats.idle(System.nanoTime() - idleSince);
                    joining.decrementAndGet();
                    try {
                        other.quietlyInvoke();
                    } finally {
                        joining.incrementAndGet();
                        idleSince = System.nanoTime();
                    }
                } else if (remote) {
                    java.util.concurrent.locks.LockSupport.parkNanos(this, 1_000_000);
                } else if (++idleSpins < 2_000) {
                    Thread.onSpinWait();
                } else {
                    java.util.concurrent.locks.LockSupport.parkNanos(50_000);
                }
            }
            stats.idle(System.nanoTime() - idleSince);
        } finally {
            joining.decrementAndGet();
        }
    }

    /** Reaches {@link ForkJoinTask#pollTask}, which the JDK offers to subclasses only. */
    private abstract static class Helping extends ForkJoinTask<Void> {
        private static final long serialVersionUID = 1L;

        static ForkJoinTask<?> poll() { return pollTask(); }
    }

    @Override public <T> T enter(Callable<T> work) {
        if (onWorker()) return Parallelism.call(work);
        return pool.invoke(ForkJoinTask.adapt(work));
    }

    public Statistics statistics() {
        stats.setSteals(pool.getStealCount());
        return stats;
    }

    @Override public <T> List<T> runAll(List<Callable<T>> tasks) {
        stats.splits(tasks.size());
        List<ForkJoinTask<T>> forked = new ArrayList<>(tasks.size());
        waiting.addAndGet(tasks.size());
        for (Callable<T> t : tasks) {
            forked.add(ForkJoinTask.adapt(() -> {
                waiting.decrementAndGet();
                return stats.timed(t);
            }));
        }
        if (ForkJoinTask.getPool() == pool) {
            ForkJoinTask.invokeAll(forked);
        } else {
            pool.invoke(ForkJoinTask.adapt(() -> ForkJoinTask.invokeAll(forked)));
        }
        List<T> out = new ArrayList<>(forked.size());
        for (ForkJoinTask<T> f : forked) out.add(f.join());
        return out;
    }

    @Override public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) pool.shutdownNow();
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** A numbered pool thread (its stack size is the JVM's -Xss, which fora sets large). */
    static final class Worker extends ForkJoinWorkerThread {
        final int id;

        Worker(ForkJoinPool pool, int id) {
            super(null, pool, true);
            this.id = id;
            setName("fora-worker-" + id);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/** What a pool did for a computation: pieces run, split requests, steals, busy time per worker. */
public final class Statistics {
    private final AtomicLong tasks = new AtomicLong();
    private final AtomicLong splitRequests = new AtomicLong();
    private final AtomicLongArray busyNanos;
    private volatile long steals;
    private final AtomicLong idleNanos = new AtomicLong();

    /** Time a worker spent waiting for a piece with nothing else to run. */
    void idle(long nanos) { idleNanos.addAndGet(nanos); }

    public long idleNanos() { return idleNanos.get(); }

    Statistics(int threads) { this.busyNanos = new AtomicLongArray(threads); }

    void splits(int pieces) {
        splitRequests.incrementAndGet();
        tasks.addAndGet(pieces);
    }

    void setSteals(long steals) { this.steals = steals; }

    <T> T timed(Callable<T> task) throws Exception {
        long start = System.nanoTime();
        try {
            return task.call();
        } finally {
            if (Thread.currentThread() instanceof WorkStealingPool.Worker w) {
                busyNanos.addAndGet(w.id, System.nanoTime() - start);
            }
        }
    }

    public long tasks() { return tasks.get(); }
    public long splits() { return splitRequests.get(); }
    public long steals() { return steals; }

    /** Busy time of each worker thread in nanoseconds (nested pieces count in both). */
    public long[] busyNanos() {
        long[] out = new long[busyNanos.length()];
        for (int i = 0; i < out.length; i++) out[i] = busyNanos.get(i);
        return out;
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder();
        sb.append("tasks=").append(tasks()).append(" splits=").append(splits()).append(" steals=").append(steals())
          .append(String.format(" waiting-in-joins=%.2fs", idleNanos() / 1e9)).append(" busy=[");
        long[] busy = busyNanos();
        for (int i = 0; i < busy.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(String.format("%.2fs", busy[i] / 1e9));
        }
        return sb.append(']').toString();
    }
}

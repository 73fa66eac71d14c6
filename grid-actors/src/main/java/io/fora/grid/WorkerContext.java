// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.grid.job.JobRunner;
import io.fora.scheduler.ComputationLoad;
import io.fora.scheduler.DistributedLoad;
import io.fora.scheduler.WorkStealingPool;
import io.fora.vm.ForaVm;
import io.fora.vm.interp.Cancellation;
import io.fora.vm.interp.CodeCache;
import io.fora.vm.interp.PieceScope;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a worker keeps across its memberships (a worker that loses its manager rejoins with a new
 * actor system, not a new process): its cores, the code it has received, its jobs and pieces
 * running, and the threads that drive them.
 */
final class WorkerContext implements AutoCloseable {
    /** Stack of a thread driving a job or piece: deep recursion through native callbacks needs room. */
    private static final long DRIVER_STACK_BYTES = 512L << 20;

    final WorkStealingPool pool;
    final int recursionLimit;
    final CodeCache codes = new CodeCache(4096);
    final JobRunner runner = new JobRunner();
    final ExecutorService drivers;
    final java.util.concurrent.ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fora-piece-timer");
        t.setDaemon(true);
        return t;
    });
    final Peers peers;
    /** Tokens of what runs here, by job: its root (if it runs here) and the pieces of it sent here. */
    final Map<String, Set<Cancellation>> byJob = new ConcurrentHashMap<>();
    final Map<String, Cancellation> pieces = new ConcurrentHashMap<>();
    private final Map<String, ComputationLoad> loads = new ConcurrentHashMap<>();
    /** Jobs whose root runs here: their driver thread counts as a busy core. */
    final Set<String> roots = ConcurrentHashMap.newKeySet();
    final java.util.concurrent.atomic.AtomicLong piecesRun = new java.util.concurrent.atomic.AtomicLong();
    /** Stops the warm-up ({@link io.fora.scheduler.WarmUp}) when the first computation arrives. */
    private final Cancellation warmUp = new Cancellation();
    /** This worker's page store and data port (null: started without them, as in tests). */
    volatile WorkerPages pages;

    /** What the manager is told of the pages. */
    GridView.Pages pagesStats() {
        WorkerPages p = pages;
        return p == null ? GridView.Pages.NONE : p.stats();
    }

    WorkerContext(int cores, int recursionLimit) {
        this.pool = new WorkStealingPool(cores);
        this.recursionLimit = recursionLimit;
        this.peers = new Peers(Long.toHexString(new java.security.SecureRandom().nextLong()), pool::idleThreads);
        AtomicInteger n = new AtomicInteger();
        this.drivers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(null, r, "fora-driver-" + n.incrementAndGet(), DRIVER_STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        if (io.fora.scheduler.WarmUp.ENABLED) {
            Thread t = new Thread(null, () -> io.fora.scheduler.WarmUp.run(warmUp), "fora-warm-up", DRIVER_STACK_BYTES);
            t.setDaemon(true);
            t.start();
        }
    }

    int cores() { return pool.threads(); }

    /** Computations whose pieces' module tables are kept here, at most: the most recent ones. */
    static final int SCOPES = 8;

    /**
     * The module tables the pieces of a job share here (see {@link PieceScope}). Kept past its
     * pieces (the next piece of a job often comes after the last one ended) for the
     * {@link #SCOPES} most recent jobs, and handed on, renewed, to a new job while nothing of
     * theirs runs here; a cancelled job's go at once.
     */
    private final Map<String, PieceScope> scopes = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override protected boolean removeEldestEntry(Map.Entry<String, PieceScope> eldest) { return size() > SCOPES; }
    };

    PieceScope scope(String jobId) {
        synchronized (scopes) {
            PieceScope s = scopes.get(jobId);
            if (s != null) return s;
            // the tables of a job with nothing of it running here serve this one (renewed): the same
            // program sent again finds its code compiled and warm
            for (var it = scopes.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (!byJob.containsKey(e.getKey())) {
                    it.remove();
                    s = e.getValue();
                    s.renew();
                    break;
                }
            }
            if (s == null) s = new PieceScope();
            scopes.put(jobId, s);
            return s;
        }
    }

    /** A VM for part of a job here: this machine's pool for the job, and the other workers. */
    ForaVm vmFor(String jobId, int limit) {
        ComputationLoad load;
        synchronized (this) {
            load = loads.computeIfAbsent(jobId, k -> new ComputationLoad(pool));
        }
        return new ForaVm(limit, new DistributedLoad(load, peers.forJob(jobId, limit)));
    }

    /** Stops the warm-up, if it still runs (peers' load reports call this ten times a second). */
    void stopWarmUp() {
        if (!warmUp.isCancelled()) warmUp.cancel();
    }

    /** Registers work of a job that starts here; {@link #left} when it ends. */
    synchronized Cancellation entered(String jobId) {
        if (!jobId.startsWith(io.fora.grid.job.Job.WARM_UP_PREFIX)) stopWarmUp();
        Cancellation token = new Cancellation();
        byJob.computeIfAbsent(jobId, k -> ConcurrentHashMap.newKeySet()).add(token);
        return token;
    }

    synchronized void left(String jobId, Cancellation token) {
        Set<Cancellation> s = byJob.get(jobId);
        if (s == null) return;
        s.remove(token);
        if (s.isEmpty()) { // the job's last root or piece here ended
            byJob.remove(jobId);
            loads.remove(jobId);
        }
    }

    void cancelJob(String jobId) {
        synchronized (scopes) {
            scopes.remove(jobId);
        }
        Set<Cancellation> s = byJob.get(jobId);
        if (s != null) for (Cancellation c : s) c.cancel();
    }

    void cancelAll() {
        for (Set<Cancellation> s : byJob.values()) for (Cancellation c : s) c.cancel();
    }

    /** Cores busy per job now, for the manager's progress reports. */
    Map<String, Integer> busyByJob() {
        Map<String, Integer> out = new java.util.HashMap<>();
        loads.forEach((id, l) -> out.put(id, roots.contains(id) ? l.coresBusy() : Math.min(pool.threads(), l.running())));
        return out;
    }

    @Override public void close() {
        stopWarmUp();
        cancelAll();
        drivers.shutdownNow();
        timer.shutdownNow();
        pool.close();
        WorkerPages p = pages;
        if (p != null) p.close();
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import io.fora.vm.parallel.Offload;
import io.fora.vm.parallel.Parallelism;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * A computation's parallelism on a grid: this machine's cores first, then other machines' idle
 * cores. It reports the grid's cores, so the VM splits as if they were all here; a piece goes to
 * another machine only when no core here is idle and one there is ({@link #wanted}).
 */
public final class DistributedLoad implements Parallelism, Offload {
    private final Parallelism local;
    private final RemoteWorkers others;

    public DistributedLoad(Parallelism local, RemoteWorkers others) {
        this.local = local;
        this.others = others;
    }

    @Override public int threads() { return local.threads() + others.remoteCores(); }

    @Override public boolean hungry() { return local.hungry() || others.anyIdle(); }

    @Override public boolean wanted() { return others.anyIdle() && !local.hungry(); }

    @Override public Peer reserve() { return others.reserve(); }

    @Override public boolean regardlessOfCost() { return others.regardlessOfCost(); }

    @Override public Offload offload() { return others.remoteCores() > 0 ? this : null; }

    @Override public boolean onWorker() { return local.onWorker(); }

    @Override public <T> T enter(Callable<T> work) { return local.enter(work); }

    @Override public <T> Forked<T> fork(Callable<T> piece) { return local.fork(piece); }

    @Override public <T> List<T> runAll(List<Callable<T>> tasks) { return local.runAll(tasks); }

    @Override public void awaitHelping(CompletableFuture<?> done) { local.awaitHelping(done); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.grid.job.Job;
import io.fora.grid.job.JobCodec;
import io.fora.grid.job.JobOutcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Join;

/**
 * The manager's member of the grid (and its worker too, unless {@code --no-worker}): the actor
 * system joined to the cluster, and what the gateway asks of it: run a job on the grid, cancel
 * one, and what the grid looks like.
 */
public final class GridNode implements AutoCloseable {
    private final ActorSystem<Void> system;
    private final ActorRef<ManagerActor.Command> manager;
    private final GridView view;
    private final WorkerContext work;

    private GridNode(ActorSystem<Void> system, ActorRef<ManagerActor.Command> manager, GridView view, WorkerContext work) {
        this.system = system;
        this.manager = manager;
        this.view = view;
        this.work = work;
    }

    /** Starts the manager role (and a worker role unless the config says not) and forms the cluster. */
    public static GridNode startManager(GridConfig config) {
        GridView view = new GridView();
        WorkerContext work = config.runsWorker() ? new WorkerContext(config.cores(), config.recursionLimit()) : null;
        CompletableFuture<ActorRef<ManagerActor.Command>> manager = new CompletableFuture<>();
        ActorSystem<Void> system;
        try {
            system = ActorSystem.create(Behaviors.setup(ctx -> {
                manager.complete(ctx.spawn(ManagerActor.create(view, config.workerWait()), ManagerActor.NAME));
                if (work != null) ctx.spawn(WorkerActor.create(work), WorkerActor.NAME);
                return Behaviors.empty();
            }), "fora", config.pekkoConfig());
        } catch (RuntimeException e) {
            if (work != null) work.close();
            throw new IllegalStateException("cannot start the cluster member on " + config.host() + ":" + config.clusterPort() + ": " + rootMessage(e), e);
        }
        Cluster cluster = Cluster.get(system);
        cluster.manager().tell(Join.create(cluster.selfMember().address()));
        try {
            return new GridNode(system, manager.get(30, TimeUnit.SECONDS), view, work);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            system.terminate();
            if (work != null) work.close();
            throw new IllegalStateException("the manager did not start", e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** This member's cluster address, {@code host:port}: what workers pass as {@code --manager}. */
    public String clusterAddress() {
        var a = Cluster.get(system).selfMember().address();
        return a.getHost().orElse("?") + ":" + a.getPort().orElse(0);
    }

    public GridView view() { return view; }

    /** Runs a job on the grid; completes when it ends, whichever worker ran it in the end. */
    public CompletableFuture<JobOutcome> submit(String jobId, Job job) {
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        manager.tell(new ManagerActor.Submit(jobId, JobCodec.encode(job), answer));
        return answer.thenApplyAsync(JobCodec::decodeOutcome); // not on the manager actor's thread
    }

    /** Stops a job wherever its root and pieces run. */
    public void cancel(String jobId) { manager.tell(new ManagerActor.Cancel(jobId)); }

    @Override public void close() {
        if (work != null) work.cancelAll();
        Cluster cluster = Cluster.get(system);
        cluster.manager().tell(org.apache.pekko.cluster.typed.Leave.create(cluster.selfMember().address()));
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // nothing more to do
        }
        if (work != null) work.close();
    }
}

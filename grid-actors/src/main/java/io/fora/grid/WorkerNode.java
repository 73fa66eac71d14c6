// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.Cluster;

/**
 * A worker process: joins the manager's cluster and serves until closed. A worker that starts
 * before its manager keeps trying to join; one that loses its manager (downed, or the manager
 * restarted) leaves with its actor system and joins again with a new one. Its cores, pool and
 * code cache stay.
 */
public final class WorkerNode implements AutoCloseable {
    private final GridConfig config;
    private final WorkerContext work;
    private final Thread loop;
    private final PrintStream log;
    private volatile boolean closed;
    private volatile ActorSystem<Void> system;
    private final CountDownLatch firstStart = new CountDownLatch(1);
    private volatile RuntimeException startFailure;

    private WorkerNode(GridConfig config, PrintStream log) {
        this.config = config;
        this.log = log;
        this.work = new WorkerContext(config.cores(), config.recursionLimit());
        this.loop = new Thread(this::serve, "fora-membership");
        this.loop.setDaemon(true);
    }

    /** Starts the worker; fails at once if its cluster port cannot be bound. */
    public static WorkerNode start(GridConfig config, PrintStream log) { return start(config, log, null); }

    /** Starts the worker with its page store and data port (closed with it); null: without. */
    public static WorkerNode start(GridConfig config, PrintStream log, WorkerPages pages) {
        WorkerNode node = new WorkerNode(config, log);
        node.work.pages = pages;
        node.loop.start();
        try {
            node.firstStart.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (node.startFailure != null) {
            node.work.pages = null; // the caller's to close, or to start again with
            node.close();
            throw node.startFailure;
        }
        return node;
    }

    /** This member's cluster address as {@code host:port} (its port, when 0 was asked for). */
    public String clusterAddress() {
        ActorSystem<Void> s = system;
        if (s == null) return config.host() + ":" + config.clusterPort();
        var a = Cluster.get(s).selfMember().address();
        return a.getHost().orElse("?") + ":" + a.getPort().orElse(0);
    }

    /** True while this worker is an up member of the manager's cluster (not while it joins again). */
    public boolean isMember() {
        ActorSystem<Void> s = system;
        if (s == null || closed) return false;
        try {
            return Cluster.get(s).selfMember().status() == org.apache.pekko.cluster.MemberStatus.up();
        } catch (RuntimeException e) { // the system is stopping
            return false;
        }
    }

    private void serve() {
        boolean first = true;
        while (!closed) {
            ActorSystem<Void> s;
            try {
                s = ActorSystem.create(Behaviors.setup(ctx -> {
                    ctx.spawn(WorkerActor.create(work), WorkerActor.NAME);
                    return Behaviors.empty();
                }), "fora", config.pekkoConfig());
            } catch (RuntimeException e) {
                if (first) {
                    startFailure = new IllegalStateException("cannot start the worker on " + config.host() + ":" + config.clusterPort()
                            + ": " + GridNode.rootMessage(e), e);
                    firstStart.countDown();
                    return;
                }
                sleep(1000); // the port may still be held by the system that just stopped
                continue;
            }
            system = s;
            if (closed) { // closed while this system started: it must not outlive the worker
                s.terminate();
                firstStart.countDown();
                return;
            }
            if (first) firstStart.countDown();
            else log.println("fora worker: joining the manager at " + config.manager() + " again");
            first = false;
            s.getWhenTerminated().toCompletableFuture().join();
            work.peers.clear();
            work.cancelAll();
            if (!closed) {
                log.println("fora worker: left the cluster (manager lost or restarted); rejoining");
                sleep(500);
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override public void close() {
        closed = true;
        ActorSystem<Void> s = system;
        if (s != null) {
            s.terminate();
            try {
                s.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // shutting down anyway
            }
        }
        work.close();
    }
}

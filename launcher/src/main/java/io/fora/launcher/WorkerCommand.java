// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import io.fora.grid.GridConfig;
import io.fora.grid.WorkerNode;
import io.fora.vm.ForaVm;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code fora worker}: joins a manager's grid and computes until Ctrl-C. */
final class WorkerCommand {
    private WorkerCommand() {}

    static final String USAGE = """
            usage: fora worker --manager HOST:PORT [--host ADDR] [--cluster-port N] [--cores N]
            Joins the grid of the manager at HOST:PORT (its cluster port, 30002 by default) and runs
            pieces of its computations until Ctrl-C. Starting before the manager, or losing it, is
            fine: the worker keeps trying to join.
              --manager HOST:PORT  the manager's cluster address (or FORA_MANAGER)
              --host ADDR          the address the other members reach this worker at (or
                                   FORA_OWN_ADDRESS; default: 127.0.0.1 when the manager is on
                                   loopback, else this machine's address toward the manager)
              --cluster-port N     this worker's cluster port (default 30009, or FORA_CLUSTER_PORT;
                                   0 picks a free one, as does a second worker on a machine
                                   that gives none)
              --cores N            worker threads (default: all cores)""";

    /** True when this machine can listen on host:port now. */
    private static boolean free(String host, int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        GridFlags flags;
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            flags = GridFlags.fromEnvironment(env);
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                int next = flags.parse(args, i, false);
                if (next >= 0) {
                    i = next;
                    continue;
                }
                switch (a) {
                    case "--cores" -> {
                        String p = ForaMain.numberProblem(args, i, 1, 4096);
                        if (p != null) throw new IllegalArgumentException(a + p);
                        cores = Integer.parseInt(args[++i]);
                    }
                    case "--help", "-h" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            if (flags.manager == null) throw new IllegalArgumentException("fora worker needs --manager HOST:PORT (or FORA_MANAGER)");
            GridConfig.parseAddress(flags.manager);
        } catch (IllegalArgumentException e) {
            err.println("fora: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        String host = flags.host != null ? flags.host : GridFlags.ownAddressToward(GridConfig.parseAddress(flags.manager)[0]);
        int port = flags.clusterPort != null ? flags.clusterPort : GridConfig.WORKER_PORT;
        // a second worker on one machine without --cluster-port: the default is taken, any free port will do
        boolean defaultTaken = flags.clusterPort == null && !free(host, port);
        if (defaultTaken) port = 0;
        GridConfig config;
        try {
            config = new GridConfig(host, port, flags.manager, false, true, cores, Duration.ZERO, ForaVm.DEFAULT_RECURSION_LIMIT);
        } catch (IllegalArgumentException e) {
            err.println("fora: " + e.getMessage());
            return 2;
        }
        WorkerNode node;
        try {
            node = WorkerNode.start(config, err);
        } catch (IllegalStateException e) {
            if (flags.clusterPort != null || port == 0) {
                err.println("fora: " + e.getMessage() + (port != 0 ? " (is another worker on this port? choose one with --cluster-port N, or 0)" : ""));
                return 1;
            }
            // the default port went to a worker that started at the same moment: any free port will do
            defaultTaken = true;
            try {
                node = WorkerNode.start(new GridConfig(host, 0, flags.manager, false, true, cores, Duration.ZERO, ForaVm.DEFAULT_RECURSION_LIMIT), err);
            } catch (IllegalStateException again) {
                err.println("fora: " + again.getMessage());
                return 1;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        WorkerNode started = node;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            stopped.countDown();
        }, "fora-shutdown"));
        if (defaultTaken) err.println("fora worker: port " + GridConfig.WORKER_PORT + " is taken (another worker on this machine?); using " + node.clusterAddress());
        out.println("fora worker: " + node.clusterAddress() + " with " + cores + " core" + (cores == 1 ? "" : "s")
                + ", joining the manager at " + flags.manager + "; Ctrl-C stops");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

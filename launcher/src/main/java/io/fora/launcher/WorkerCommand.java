// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import io.fora.grid.GridConfig;
import io.fora.grid.WorkerNode;
import io.fora.grid.WorkerPages;
import io.fora.pagestore.PageStore;
import io.fora.vm.ForaVm;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** {@code fora worker}: joins a manager's grid and computes until Ctrl-C. */
final class WorkerCommand {
    private WorkerCommand() {}

    static final String USAGE = """
            usage: fora worker --manager HOST:PORT [--host ADDR] [--bind-host ADDR] [--cluster-port N]
                               [--cores N] [--memory SIZE] [--health-port N]
                               [--data-port N] [--spill-dir DIR] [--page-size SIZE]
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
              --bind-host ADDR     the address the cluster port listens on, when it is not --host
                                   (or FORA_BIND_ADDRESS)
              --cores N            worker threads (default: all cores, or FORA_CORES)
              --memory SIZE        the memory this worker may use, like 16g or 16Gi (or FORA_MEMORY;
                                   the fora command sizes the JVM to it: the heap is 3/4 of it)
              --health-port N      serve GET /health/live and /health/ready on this port (or
                                   FORA_HEALTH_PORT; ready once the worker is a member of the grid)
              --data-port N        the UDP port pages from other workers arrive on (default 30010,
                                   or FORA_DATA_PORT; 0 picks a free one, as does a second worker
                                   on a machine that gives none)
              --spill-dir DIR      where pages beyond the memory budget go (or FORA_SPILL_DIR;
                                   default: the system's temporary directory)
              --page-size SIZE     the size of a page of data (default 20m, or FORA_PAGE_SIZE)
            Pages may take half of --memory (or of the heap, without it).""";

    /**
     * The worker's health for probes: {@code /health/live} answers 200 while the process serves;
     * {@code /health/ready} answers 200 once the worker is a member of the grid, 503 while it is
     * (re)joining. Only GET and HEAD.
     */
    static com.sun.net.httpserver.HttpServer healthServer(String host, int port, WorkerNode node) throws java.io.IOException {
        var server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress(host, port), 16);
        server.createContext("/health", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                String method = exchange.getRequestMethod();
                int status;
                String body;
                if (!method.equals("GET") && !method.equals("HEAD")) {
                    status = 405;
                    body = "{\"error\":\"only GET\"}";
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                } else if (path.equals("/health/live") || path.equals("/health")) {
                    status = 200;
                    body = "{\"status\":\"up\"}";
                } else if (path.equals("/health/ready")) {
                    boolean member = node.isMember();
                    status = member ? 200 : 503;
                    body = "{\"status\":\"" + (member ? "up" : "joining") + "\",\"address\":\"" + node.clusterAddress() + "\"}";
                } else {
                    status = 404;
                    body = "{\"error\":\"not found\"}";
                }
                byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, method.equals("HEAD") ? -1 : bytes.length);
                if (!method.equals("HEAD")) exchange.getResponseBody().write(bytes);
            }
        });
        server.start();
        return server;
    }

    /** The data port a worker opens when none is given. */
    static final int DATA_PORT = 30010;

    /**
     * The bytes of pages a worker keeps in memory: half of --memory, and at most half of the heap's
     * old generation, where pages live (the young generation is the computations' own, and a
     * budget that filled the old generation would leave no room for what they keep).
     */
    static long pageBudget(long memory) {
        long heap = Runtime.getRuntime().maxMemory(), old = heap;
        for (java.lang.management.MemoryPoolMXBean p : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == java.lang.management.MemoryType.HEAP && (p.getName().contains("Old") || p.getName().contains("Tenured"))
                    && p.getUsage().getMax() > 0) {
                old = p.getUsage().getMax();
            }
        }
        long budget = old / 2;
        return memory > 0 ? Math.min(memory / 2, budget) : budget;
    }

    static long pageSize(String what, String text) {
        long n = GridFlags.parseSize(what, text);
        if (n < 4096 || n > (1L << 30)) throw new IllegalArgumentException(what + " must be from 4k to 1g, not '" + text + "'");
        return n;
    }

    /** True when this machine can receive UDP on host:port now. */
    private static boolean freeUdp(String host, int port) {
        try (java.net.DatagramSocket probe = new java.net.DatagramSocket(new java.net.InetSocketAddress(host, port))) {
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

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
        long memory = 0;
        int healthPort = -1;
        Integer dataPort = null;
        String spillDir = env.getOrDefault("FORA_SPILL_DIR", System.getProperty("java.io.tmpdir"));
        long pageSize = 20L << 20;
        try {
            String dp = env.get("FORA_DATA_PORT");
            if (dp != null && !dp.isBlank()) dataPort = (int) io.fora.gateway.ServerConfig.parse("FORA_DATA_PORT", dp, 0, 65535);
            String ps = env.get("FORA_PAGE_SIZE");
            if (ps != null && !ps.isBlank()) pageSize = pageSize("FORA_PAGE_SIZE", ps);
            flags = GridFlags.fromEnvironment(env);
            String c = env.get("FORA_CORES");
            if (c != null && !c.isBlank()) cores = (int) io.fora.gateway.ServerConfig.parse("FORA_CORES", c, 1, 4096);
            String mem = env.get("FORA_MEMORY");
            if (mem != null && !mem.isBlank()) memory = GridFlags.parseMemory("FORA_MEMORY", mem);
            String hp = env.get("FORA_HEALTH_PORT");
            if (hp != null && !hp.isBlank()) healthPort = (int) io.fora.gateway.ServerConfig.parse("FORA_HEALTH_PORT", hp, 0, 65535);
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
                    case "--memory" -> {
                        if (i + 1 >= args.length) throw new IllegalArgumentException("--memory needs a size, like 16g");
                        memory = GridFlags.parseMemory("--memory", args[++i]);
                    }
                    case "--health-port" -> {
                        String p = ForaMain.numberProblem(args, i, 0, 65535);
                        if (p != null) throw new IllegalArgumentException(a + p);
                        healthPort = Integer.parseInt(args[++i]);
                    }
                    case "--data-port" -> {
                        String p = ForaMain.numberProblem(args, i, 0, 65535);
                        if (p != null) throw new IllegalArgumentException(a + p);
                        dataPort = Integer.parseInt(args[++i]);
                    }
                    case "--spill-dir" -> {
                        if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("--")) throw new IllegalArgumentException("--spill-dir needs a directory");
                        spillDir = args[++i];
                    }
                    case "--page-size" -> {
                        if (i + 1 >= args.length) throw new IllegalArgumentException("--page-size needs a size, like 20m");
                        pageSize = pageSize("--page-size", args[++i]);
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
            config = new GridConfig(host, flags.bindHost, port, flags.manager, false, true, cores, Duration.ZERO, ForaVm.DEFAULT_RECURSION_LIMIT);
        } catch (IllegalArgumentException e) {
            err.println("fora: " + e.getMessage());
            return 2;
        }
        // the page store: half the memory given, at most half the old generation; spilling under spillDir
        long budget = pageBudget(memory);
        WorkerPages pages;
        int dp = dataPort != null ? dataPort : DATA_PORT;
        boolean dataDefaultTaken = dataPort == null && !freeUdp(host, dp);
        String dataHost = flags.bindHost != null ? flags.bindHost : host;
        PageStore store = new PageStore(budget, java.nio.file.Path.of(spillDir));
        try {
            try {
                pages = WorkerPages.open(dataHost, dataDefaultTaken ? 0 : dp, store, pageSize);
            } catch (java.io.IOException e) {
                if (dataPort != null || dataDefaultTaken) throw e;
                // the default port went to a worker that started at the same moment: any free port will do
                dataDefaultTaken = true;
                pages = WorkerPages.open(dataHost, 0, store, pageSize);
            }
        } catch (java.io.IOException | RuntimeException e) {
            err.println("fora: cannot open the data port " + (dataDefaultTaken ? 0 : dp) + ": " + e.getMessage()
                    + (dataPort != null ? " (choose another with --data-port N, or 0)" : ""));
            return 1;
        }
        // the computations' large lists keep their pages in the store
        io.fora.vm.runtime.PageKeeper.Installed.set(pages.keeper());
        if (dataDefaultTaken) err.println("fora worker: data port " + DATA_PORT + " is taken (another worker on this machine?); using " + pages.transport().address());
        WorkerNode node;
        try {
            node = WorkerNode.start(config, err, pages);
        } catch (IllegalStateException e) {
            if (flags.clusterPort != null || port == 0) {
                err.println("fora: " + e.getMessage() + (port != 0 ? " (is another worker on this port? choose one with --cluster-port N, or 0)" : ""));
                pages.close();
                return 1;
            }
            // the default port went to a worker that started at the same moment: any free port will do
            defaultTaken = true;
            try {
                node = WorkerNode.start(new GridConfig(host, flags.bindHost, 0, flags.manager, false, true, cores, Duration.ZERO, ForaVm.DEFAULT_RECURSION_LIMIT), err, pages);
            } catch (IllegalStateException again) {
                err.println("fora: " + again.getMessage());
                pages.close();
                return 1;
            }
        }
        WorkerNode started = node;
        com.sun.net.httpserver.HttpServer health = null;
        if (healthPort >= 0) {
            try {
                health = healthServer(flags.bindHost != null ? flags.bindHost : "0.0.0.0", healthPort, node);
            } catch (java.io.IOException e) {
                err.println("fora: cannot serve health checks on port " + healthPort + ": " + e.getMessage());
                node.close();
                return 1;
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        com.sun.net.httpserver.HttpServer healthServer = health;
        // SIGTERM (Kubernetes stopping the pod, Ctrl-C): the worker leaves the grid gracefully and the
        // pieces it held run elsewhere
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.close();
            if (healthServer != null) healthServer.stop(0);
            stopped.countDown();
        }, "fora-shutdown"));
        if (defaultTaken) err.println("fora worker: port " + GridConfig.WORKER_PORT + " is taken (another worker on this machine?); using " + node.clusterAddress());
        out.println("fora worker: " + node.clusterAddress() + " with " + cores + " core" + (cores == 1 ? "" : "s")
                + (memory > 0 ? " and " + (memory >> 20) + " MiB" : "")
                + ", pages on " + pages.transport().address() + " (" + (budget >> 20) + " MiB in memory, then " + spillDir + ")"
                + ", joining the manager at " + flags.manager
                + (health != null ? "; health on port " + health.getAddress().getPort() : "") + "; Ctrl-C stops");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}

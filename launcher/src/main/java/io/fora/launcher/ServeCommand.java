// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import io.fora.gateway.ForaServer;
import io.fora.gateway.ServerConfig;
import io.fora.grid.GridConfig;
import io.fora.grid.GridNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code fora local} and {@code fora manager}: a server until Ctrl-C. {@code local} is the
 * embedded default (gateway and computations in one process), or with {@code --workers N} a
 * grid of N worker processes on this machine; {@code manager} is the gateway and manager of a
 * grid that workers join ({@code fora worker}), with a worker of its own unless {@code --no-worker}.
 */
final class ServeCommand {
    private ServeCommand() {}

    static final String USAGE = """
            usage: fora local   [--port N] [--host ADDR] [--cores N] [--workers N] [--max-body-bytes N]
                   fora manager [--port N] [--http-host ADDR] [--host ADDR] [--bind-host ADDR] [--cluster-port N]
                                [--cores N] [--no-worker] [--worker-wait SECONDS] [--max-body-bytes N]
            Serves the HTTP API (docs at http://localhost:30000/docs) until Ctrl-C.
              --port N             HTTP port (default 30000, or FORA_HTTP_PORT)
              --cores N            worker threads (default: all cores; with --workers, per worker:
                                   the cores divided among them)
              --max-body-bytes N   largest request body accepted (default 64 MiB, or FORA_MAX_BODY_BYTES)
            local:
              --host ADDR          HTTP address to listen on (default 0.0.0.0, or FORA_HTTP_HOST)
              --workers N          a grid on this machine: the manager here and N worker processes
            manager (workers join it with: fora worker --manager HOST:PORT):
              --http-host ADDR     HTTP address to listen on (default 0.0.0.0, or FORA_HTTP_HOST)
              --host ADDR          the address workers reach the manager at (default 127.0.0.1, or
                                   FORA_OWN_ADDRESS; give this machine's address for workers elsewhere)
              --bind-host ADDR     the address the cluster port listens on, when it is not --host (or
                                   FORA_BIND_ADDRESS; e.g. 0.0.0.0 behind a Kubernetes Service)
              --cluster-port N     cluster port (default 30002, or FORA_CLUSTER_PORT; 0 = any free one)
              --no-worker          compute only on the workers that join
              --worker-wait S      how long a computation waits for a worker when none is up
                                   (default 60, or FORA_WORKER_WAIT)""";

    static int run(String command, String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        ServerConfig.Builder b;
        GridFlags grid;
        boolean manager = command.equals("manager");
        int workers = 0;
        boolean coresGiven = false;
        try {
            b = ServerConfig.fromEnvironment(env);
            grid = GridFlags.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (manager) {
                try {
                    int next = grid.parse(args, i, true);
                    if (next >= 0) {
                        i = next;
                        continue;
                    }
                } catch (IllegalArgumentException e) {
                    return usage(err, e.getMessage());
                }
            }
            switch (a) {
                case "--workers" -> {
                    if (manager) return usage(err, "--workers is for fora local; a manager's workers join it (fora worker --manager HOST:PORT)");
                    String p = ForaMain.numberProblem(args, i, 1, 256);
                    if (p != null) return usage(err, a + p);
                    workers = Integer.parseInt(args[++i]);
                }
                case "--http-host" -> {
                    if (!manager) return usage(err, "--http-host is for fora manager; fora local listens on --host");
                    if (i + 1 >= args.length || args[i + 1].isBlank()) return usage(err, "--http-host needs an address");
                    b.host(args[++i]);
                }
                case "--port" -> {
                    String p = ForaMain.numberProblem(args, i, 0, 65535);
                    if (p != null) return usage(err, a + p);
                    b.port(Integer.parseInt(args[++i]));
                }
                case "--cores" -> {
                    String p = ForaMain.numberProblem(args, i, 1, 4096);
                    if (p != null) return usage(err, a + p);
                    b.threads(Integer.parseInt(args[++i]));
                    coresGiven = true;
                }
                case "--max-body-bytes" -> {
                    String p = ForaMain.numberProblem(args, i, 1024, Integer.MAX_VALUE);
                    if (p != null) return usage(err, a + p);
                    b.maxBodyBytes(Long.parseLong(args[++i]));
                }
                case "--host" -> {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) return usage(err, "--host needs an address");
                    b.host(args[++i]);
                }
                case "--help", "-h" -> {
                    out.println(USAGE);
                    return 0;
                }
                default -> {
                    return usage(err, "unknown option '" + a + "'");
                }
            }
        }
        ServerConfig config;
        try {
            config = b.build();
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (config.port() != 0) { // a taken port is said in one line, before the HTTP stack logs its own trace
            try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
                probe.setReuseAddress(true);
                probe.bind(new java.net.InetSocketAddress(config.host(), config.port()));
            } catch (java.io.IOException e) {
                err.println("fora: cannot listen on " + config.host() + ":" + config.port() + ": " + e.getMessage()
                        + " (is another server running? choose another port with --port N)");
                return 1;
            }
        }
        GridNode gridNode = null;
        List<Process> children = new ArrayList<>();
        int perWorker = coresGiven ? config.threads() : Math.max(1, Runtime.getRuntime().availableProcessors() / Math.max(1, workers));
        if (manager || workers > 0) {
            String host = manager && grid.host != null ? grid.host : "127.0.0.1";
            int port = manager ? (grid.clusterPort != null ? grid.clusterPort : GridConfig.MANAGER_PORT) : 0;
            try {
                gridNode = GridNode.startManager(new GridConfig(host, manager ? grid.bindHost : null, port, null, true, manager && !grid.noWorker, config.threads(),
                        Duration.ofSeconds(grid.workerWaitSeconds), config.recursionLimit()));
            } catch (IllegalArgumentException | IllegalStateException e) {
                err.println("fora: " + e.getMessage() + (port != 0 ? " (is another manager running? choose another port with --cluster-port N)" : ""));
                return 1;
            }
        }
        ForaServer server;
        try {
            server = ForaServer.start(config, gridNode);
        } catch (IllegalStateException e) {
            if (gridNode != null) gridNode.close();
            err.println("fora: " + e.getMessage());
            return 1;
        }
        for (int w = 0; w < workers; w++) {
            try {
                children.add(startWorker(gridNode.clusterAddress(), perWorker));
            } catch (java.io.IOException e) {
                err.println("fora: cannot start worker process " + (w + 1) + ": " + e.getMessage());
            }
        }
        if (workers > 0) { // serve once the workers are there, so the first computation does not wait for them
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (gridNode.view().workersUp() < workers && System.nanoTime() < deadline && children.stream().anyMatch(Process::isAlive)) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (Process p : children) p.destroy();
            server.close();
            for (Process p : children) {
                try {
                    if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly();
                } catch (InterruptedException e) {
                    p.destroyForcibly();
                }
            }
            stopped.countDown();
        }, "fora-shutdown"));
        String where = gridNode == null
                ? config.threads() + " worker thread" + (config.threads() == 1 ? "" : "s")
                : workers > 0 ? workers + " worker processes of " + perWorker + " core" + (perWorker == 1 ? "" : "s") + " (manager " + gridNode.clusterAddress() + ")"
                : "the grid of manager " + gridNode.clusterAddress() + (grid.noWorker ? " (no worker here: start some with fora worker --manager "
                        + gridNode.clusterAddress() + ")" : ", with a worker of " + config.threads() + " core" + (config.threads() == 1 ? "" : "s") + " here");
        out.println("fora " + command + ": serving " + server.url() + "/api/v1 (docs: " + server.url() + "/docs) on " + where + "; Ctrl-C stops");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static final String EXPORT_MISC = "java.base/jdk.internal.misc=ALL-UNNAMED";

    /** A {@code fora worker} child process on this machine's loopback, stopped with this one. */
    private static Process startWorker(String manager, int cores) throws java.io.IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        List<String> inherited = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String arg : inherited) {
            if (arg.contains("SharedArchive") || arg.startsWith("-agentlib") || arg.startsWith("-javaagent")) continue;
            cmd.add(arg);
        }
        // what the jar's manifest gives `java -jar`: received pages go into arrays that are not zeroed first
        if (!inherited.contains(EXPORT_MISC)) cmd.addAll(List.of("--add-exports", EXPORT_MISC));
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ForaMain.class.getName(), "worker", "--manager", manager,
                "--host", "127.0.0.1", "--cluster-port", "0", "--data-port", "0", "--cores", Integer.toString(cores)));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static int usage(PrintStream err, String message) {
        err.println("fora: " + message + "\n" + USAGE);
        return 2;
    }
}

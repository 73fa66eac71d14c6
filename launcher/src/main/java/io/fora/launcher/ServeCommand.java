// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import io.fora.gateway.ForaServer;
import io.fora.gateway.ServerConfig;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code fora local} and {@code fora manager}: a server on this machine (gateway, manager and a
 * worker in one process) until Ctrl-C.
 */
final class ServeCommand {
    private ServeCommand() {}

    static final String USAGE = """
            usage: fora local   [--port N] [--host ADDR] [--cores N] [--max-body-bytes N]
                   fora manager [--port N] [--host ADDR] [--cores N] [--max-body-bytes N]
            Serves the HTTP API (docs at http://localhost:30000/docs) until Ctrl-C.
              --port N             HTTP port (default 30000, or FORA_HTTP_PORT)
              --host ADDR          address to listen on (default 0.0.0.0, or FORA_HTTP_HOST)
              --cores N            worker threads (default: all cores)
              --max-body-bytes N   largest request body accepted (default 64 MiB, or FORA_MAX_BODY_BYTES)""";

    static int run(String command, String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        ServerConfig.Builder b;
        try {
            b = ServerConfig.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> {
                    String p = ForaMain.numberProblem(args, i, 0, 65535);
                    if (p != null) return usage(err, a + p);
                    b.port(Integer.parseInt(args[++i]));
                }
                case "--cores" -> {
                    String p = ForaMain.numberProblem(args, i, 1, 4096);
                    if (p != null) return usage(err, a + p);
                    b.threads(Integer.parseInt(args[++i]));
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
        ForaServer server;
        try {
            server = ForaServer.start(config);
        } catch (IllegalStateException e) {
            err.println("fora: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "fora-shutdown"));
        out.println("fora " + command + ": serving " + server.url() + "/api/v1 (docs: " + server.url() + "/docs) on "
                + config.threads() + " worker thread" + (config.threads() == 1 ? "" : "s") + "; Ctrl-C stops");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static int usage(PrintStream err, String message) {
        err.println("fora: " + message + "\n" + USAGE);
        return 2;
    }
}

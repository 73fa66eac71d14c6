// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.Http;
import org.apache.pekko.http.javadsl.ServerBinding;

/**
 * A Fora server on one machine: the HTTP gateway (Pekko HTTP) in front of the computations it
 * runs on every core. {@code fora local} starts one; tests start one on a free loopback port.
 */
public final class ForaServer implements AutoCloseable {
    public static final String VERSION = "0.1.0";

    private final ActorSystem<Void> system;
    private final Computations engine;
    private final ServerBinding binding;
    private final ServerConfig config;
    private volatile boolean closed;

    private ForaServer(ActorSystem<Void> system, Computations engine, ServerBinding binding, ServerConfig config) {
        this.system = system;
        this.engine = engine;
        this.binding = binding;
        this.config = config;
    }

    /** Binds and returns once the server accepts connections; fails if the port is taken. */
    public static ForaServer start(ServerConfig config) { return start(config, null); }

    /**
     * A server in front of a grid: computations run on the grid's workers (see
     * {@link io.fora.grid.GridNode}); the server closes the grid when it closes.
     */
    public static ForaServer start(ServerConfig config, io.fora.grid.GridNode grid) {
        ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "fora-http", pekkoConfig(config));
        Computations engine = new Computations(config, grid);
        try {
            Routes routes = new Routes(engine, config, system);
            ServerBinding binding = Http.get(system).newServerAt(config.host(), config.port()).bind(routes.route())
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            ForaServer server = new ForaServer(system, engine, binding, config);
            if (grid != null && io.fora.scheduler.WarmUp.ENABLED) server.warmUp();
            return server;
        } catch (InterruptedException | ExecutionException | TimeoutException | RuntimeException e) {
            engine.close();
            system.terminate();
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("cannot listen on " + config.host() + ":" + config.port() + ": " + cause.getMessage(), cause);
        }
    }

    private static Config pekkoConfig(ServerConfig c) {
        String text = """
                pekko.loglevel = WARNING
                pekko.stdout-loglevel = WARNING
                pekko.log-dead-letters = off
                pekko.log-dead-letters-during-shutdown = off
                pekko.loggers = ["org.apache.pekko.event.slf4j.Slf4jLogger"]
                pekko.logging-filter = "org.apache.pekko.event.slf4j.Slf4jLoggingFilter"
                pekko.jvm-shutdown-hooks = off
                # a computation running out of memory fails with MemoryError; the server goes on
                pekko.jvm-exit-on-fatal-error = off
                pekko.coordinated-shutdown.run-by-jvm-shutdown-hook = off
                pekko.http.server.server-header = "fora/%s"
                pekko.http.server.parsing.max-content-length = %d
                pekko.http.server.request-timeout = 330s
                pekko.http.server.idle-timeout = 600s
                pekko.http.server.websocket.periodic-keep-alive-max-idle = 30s
                pekko.http.server.max-connections = 4096
                """.formatted(VERSION, c.maxBodyBytes());
        return ConfigFactory.parseString(text).withFallback(ConfigFactory.load(ForaServer.class.getClassLoader()));
    }

    /** Where clients reach this server: loopback when it listens on every interface. */
    public URI url() {
        String host = config.host().equals("0.0.0.0") || config.host().equals("::") ? "127.0.0.1" : config.host();
        if (host.contains(":")) host = "[" + host + "]";
        return URI.create("http://" + host + ":" + port());
    }

    public int port() { return binding.localAddress().getPort(); }

    /**
     * A manager's warm-up, on a thread of its own: one request to itself (a submission with a
     * syntax error, answered 400 by the same route, parser and problem writer as a user's), then,
     * once a worker is up, one small job through the grid ({@link Computations#warmUpGrid}). A
     * fresh manager's first computation reached its worker ~130 ms later than the next ones.
     */
    private void warmUp() {
        Thread t = new Thread(() -> {
            String body = "{\"source\":\"(\",\"path\":\"<warm-up>\"}";
            byte[] request = ("POST /api/v1/computations?wait=0 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            var local = binding.localAddress();
            java.net.InetAddress to = local.getAddress().isAnyLocalAddress() ? java.net.InetAddress.getLoopbackAddress() : local.getAddress();
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(to, local.getPort()), 2_000);
                s.setSoTimeout(10_000);
                s.getOutputStream().write(request);
                s.getInputStream().readAllBytes();
            } catch (java.io.IOException | RuntimeException e) {
                // the server is closing, or refuses its own address: no warm-up, nothing else lost
            }
            if (!closed) engine.warmUpGrid();
        }, "fora-warm-up");
        t.setDaemon(true);
        t.start();
    }

    public ServerConfig config() { return config; }

    /** Driver threads running a computation now, for tests that check a cancel really stopped work. */
    int busyDrivers() { return engine.busyDrivers(); }

    /** Stops accepting, cancels what runs, and stops every thread the server started. */
    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            binding.terminate(Duration.ofSeconds(2)).toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // still shutting down everything below
        }
        engine.close();
        system.terminate();
        try {
            system.getWhenTerminated().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // nothing more to do
        }
        if (engine.grid() != null) engine.grid().close();
    }
}

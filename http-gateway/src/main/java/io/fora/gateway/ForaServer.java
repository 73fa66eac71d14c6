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
            return new ForaServer(system, engine, binding, config);
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

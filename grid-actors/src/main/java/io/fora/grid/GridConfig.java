// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How a member of the grid starts: the address other members reach it at ({@code host} and
 * {@code clusterPort}, 0 for any free port), the manager's address (for workers), the roles it
 * runs, its cores, and how long a computation waits for a worker when none is up. {@code bindHost}
 * is the address it listens on, when that is not the one it is reached at (null: the same): in a
 * Kubernetes pod the manager is reached at its Service's name but listens on {@code 0.0.0.0}.
 */
public record GridConfig(String host, String bindHost, int clusterPort, String manager, boolean runsManager, boolean runsWorker, int cores,
                         Duration workerWait, int recursionLimit) {
    public static final int MANAGER_PORT = 30002;
    public static final int WORKER_PORT = 30009;
    public static final Duration DEFAULT_WORKER_WAIT = Duration.ofSeconds(60);

    public GridConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("the member's address must not be empty");
        if (bindHost != null && !bindHost.matches("[A-Za-z0-9.:_-]+")) throw new IllegalArgumentException("'" + bindHost + "' is not a host name or address to listen on");
        if (clusterPort < 0 || clusterPort > 65535) throw new IllegalArgumentException("the cluster port must be between 0 and 65535, not " + clusterPort);
        if (!runsManager && (manager == null || manager.isBlank())) throw new IllegalArgumentException("a worker needs the manager's address (--manager HOST:PORT)");
        if (manager != null) parseAddress(manager);
        if (cores < 1) throw new IllegalArgumentException("cores must be at least 1, not " + cores);
        if (workerWait.isNegative()) throw new IllegalArgumentException("the wait for a worker must not be negative");
    }

    /** HOST:PORT, or a clear error. */
    public static String[] parseAddress(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0 || colon == hostPort.length() - 1) throw new IllegalArgumentException("'" + hostPort + "' is not HOST:PORT");
        String host = hostPort.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        if (!host.matches("[A-Za-z0-9.:_-]+")) throw new IllegalArgumentException("'" + host + "' is not a host name or address");
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            if (port < 1 || port > 65535) throw new IllegalArgumentException("the port in '" + hostPort + "' must be between 1 and 65535");
            return new String[] {host, Integer.toString(port)};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the port in '" + hostPort + "' is not a number");
        }
    }

    List<String> roles() {
        List<String> roles = new ArrayList<>();
        if (runsManager) roles.add("manager");
        if (runsWorker) roles.add("worker");
        return roles;
    }

    /**
     * Pekko's settings for this member. Failure detection and downing are chosen for a compute grid
     * (docs/cluster.md): a member silent for about 4 s is unreachable (its work is redone elsewhere
     * at once), and after 3 s more of a stable view the side without the manager is downed, by
     * the Split Brain Resolver's keep-majority counted over the manager role: a dead worker is
     * removed, and workers that lose the manager leave and join again.
     */
    Config pekkoConfig() {
        StringBuilder seeds = new StringBuilder();
        if (manager != null && !runsManager) {
            String[] hp = parseAddress(manager);
            seeds.append("\"pekko://fora@").append(hp[0].contains(":") ? "[" + hp[0] + "]" : hp[0]).append(':').append(hp[1]).append('"');
        }
        String roles = String.join(",", roles().stream().map(r -> "\"" + r + "\"").toList());
        String text = """
                pekko {
                  loglevel = WARNING
                  stdout-loglevel = WARNING
                  log-dead-letters = off
                  log-dead-letters-during-shutdown = off
                  loggers = ["org.apache.pekko.event.slf4j.Slf4jLogger"]
                  logging-filter = "org.apache.pekko.event.slf4j.Slf4jLoggingFilter"
                  jvm-shutdown-hooks = off
                  jvm-exit-on-fatal-error = off
                  coordinated-shutdown.run-by-jvm-shutdown-hook = off
                  coordinated-shutdown.exit-jvm = off
                  actor {
                    provider = cluster
                    allow-java-serialization = off
                    warn-about-java-serializer-usage = off
                    serializers.fora = "io.fora.grid.GridSerializer"
                    serialization-bindings { "io.fora.grid.GridMessage" = fora }
                    serialization-identifiers { "io.fora.grid.GridSerializer" = %d }
                  }
                  remote.artery {
                    transport = tcp
                    canonical.hostname = "%s"
                    canonical.port = %d
                    bind.hostname = "%s"
                    advanced.maximum-frame-size = 2 MiB
                    advanced.buffer-pool-size = 64
                    log-frame-size-exceeding = 1 MiB
                  }
                  cluster {
                    seed-nodes = [%s]
                    roles = [%s]
                    jmx.enabled = off
                    log-info = off
                    downing-provider-class = "org.apache.pekko.cluster.sbr.SplitBrainResolverProvider"
                    split-brain-resolver {
                      active-strategy = keep-majority
                      keep-majority.role = "manager"
                      stable-after = 3s
                    }
                    failure-detector {
                      heartbeat-interval = 1s
                      acceptable-heartbeat-pause = 4s
                    }
                    shutdown-after-unsuccessful-join-seed-nodes = off
                    retry-unsuccessful-join-after = 2s
                  }
                }
                """.formatted(GridSerializer.ID, host, clusterPort, bindHost == null ? "" : bindHost, seeds, roles);
        return ConfigFactory.parseString(text).withFallback(ConfigFactory.load(GridConfig.class.getClassLoader()));
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;

/**
 * The cluster flags shared by {@code fora manager} and {@code fora worker}, each with its
 * {@code FORA_*} variable: the address other members reach this one at, its cluster port, the
 * manager's address, and how long computations wait for a worker.
 */
final class GridFlags {
    String host;
    String bindHost;
    Integer clusterPort;
    String manager;
    int workerWaitSeconds = 60;
    boolean noWorker;

    static GridFlags fromEnvironment(Map<String, String> env) {
        GridFlags f = new GridFlags();
        String own = env.get("FORA_OWN_ADDRESS");
        if (own != null && !own.isBlank()) f.host = own.strip();
        String bind = env.get("FORA_BIND_ADDRESS");
        if (bind != null && !bind.isBlank()) f.bindHost = listenAddress("FORA_BIND_ADDRESS", bind.strip());
        String port = env.get("FORA_CLUSTER_PORT");
        if (port != null && !port.isBlank()) f.clusterPort = number("FORA_CLUSTER_PORT", port, 0, 65535);
        String manager = env.get("FORA_MANAGER");
        if (manager != null && !manager.isBlank()) f.manager = manager.strip();
        String wait = env.get("FORA_WORKER_WAIT");
        if (wait != null && !wait.isBlank()) f.workerWaitSeconds = number("FORA_WORKER_WAIT", wait, 0, 86_400);
        return f;
    }

    private static int number(String name, String value, int min, int max) {
        return (int) io.fora.gateway.ServerConfig.parse(name, value, min, max);
    }

    /**
     * Handles one cluster flag at {@code args[i]}: the index of its last argument, or -1 when it is
     * not a cluster flag. Throws with a one-line message for a bad value.
     */
    int parse(String[] args, int i, boolean isManager) {
        String a = args[i];
        switch (a) {
            case "--host" -> {
                if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("-")) throw new IllegalArgumentException("--host needs an address");
                host = args[i + 1];
                return i + 1;
            }
            case "--bind-host" -> {
                if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("-")) throw new IllegalArgumentException("--bind-host needs an address, like 0.0.0.0");
                bindHost = listenAddress("--bind-host", args[i + 1]);
                return i + 1;
            }
            case "--cluster-port" -> {
                String p = ForaMain.numberProblem(args, i, 0, 65535);
                if (p != null) throw new IllegalArgumentException(a + p);
                clusterPort = Integer.parseInt(args[i + 1]);
                return i + 1;
            }
            case "--manager" -> {
                if (isManager) return -1;
                if (i + 1 >= args.length || args[i + 1].startsWith("-")) throw new IllegalArgumentException("--manager needs HOST:PORT, like 127.0.0.1:30002");
                manager = args[i + 1];
                io.fora.grid.GridConfig.parseAddress(manager);
                return i + 1;
            }
            case "--worker-wait" -> {
                if (!isManager) return -1;
                String p = ForaMain.numberProblem(args, i, 0, 86_400);
                if (p != null) throw new IllegalArgumentException(a + p);
                workerWaitSeconds = Integer.parseInt(args[i + 1]);
                return i + 1;
            }
            case "--no-worker" -> {
                if (!isManager) return -1;
                noWorker = true;
                return i;
            }
            default -> {
                return -1;
            }
        }
    }

    /** An address to listen on, or a one-line error naming where it came from. */
    private static String listenAddress(String source, String value) {
        if (!value.matches("[A-Za-z0-9.:_-]+")) throw new IllegalArgumentException(source + ": '" + value + "' is not an address");
        return value;
    }

    /**
     * A memory size as people and Kubernetes write it: bytes, or a number with {@code k}, {@code m},
     * {@code g}, {@code t} (powers of 1024, as the JVM reads them) or {@code Ki}, {@code Mi},
     * {@code Gi}, {@code Ti}. Throws with a one-line message naming {@code what}.
     */
    static long parseSize(String what, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,15})([kKmMgGtT]i?)?[bB]?").matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException(what + " must be a size like 512m, 16g or 16Gi, not '" + text + "'");
        long n = Long.parseLong(m.group(1));
        int shift = m.group(2) == null ? 0 : switch (Character.toLowerCase(m.group(2).charAt(0))) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            default -> 40;
        };
        if (n > (Long.MAX_VALUE >> shift)) throw new IllegalArgumentException(what + " '" + text + "' is too large");
        return n << shift;
    }

    /** A worker's memory: a size (see {@link #parseSize}) of at least 64 MiB. */
    static long parseMemory(String what, String text) {
        long bytes = parseSize(what, text);
        if (bytes < 64L << 20) throw new IllegalArgumentException(what + " must be at least 64m, not '" + text + "'");
        return bytes;
    }

    /**
     * The address a worker gives the others: loopback when its manager is on loopback, else the
     * local address of the route to the manager (found without sending anything).
     */
    static String ownAddressToward(String managerHost) {
        try {
            InetAddress m = InetAddress.getByName(managerHost);
            if (m.isLoopbackAddress()) return "127.0.0.1";
            try (DatagramSocket probe = new DatagramSocket()) {
                probe.connect(new InetSocketAddress(m, 9)); // a UDP connect only picks a route
                InetAddress local = probe.getLocalAddress();
                if (local != null && !local.isAnyLocalAddress()) return local.getHostAddress();
            }
        } catch (java.io.IOException | SecurityException e) {
            // fall through
        }
        return "127.0.0.1";
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import java.time.Duration;
import java.util.Map;

/**
 * How a Fora server is set up: where it listens, how many worker threads compute, and the limits
 * that keep hostile input from hurting it. Built from flags, {@code FORA_*} variables or code.
 */
public record ServerConfig(String host, int port, int threads, long maxBodyBytes, int maxDepth,
                           int recursionLimit, Duration retention, int maxRemembered) {
    public static final int DEFAULT_PORT = 30000;
    public static final long DEFAULT_MAX_BODY_BYTES = 64L << 20;

    public ServerConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host must not be empty");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("the body limit must be at least 1024 bytes, not " + maxBodyBytes);
        if (maxDepth < 1) throw new IllegalArgumentException("the nesting limit must be at least 1, not " + maxDepth);
    }

    /** Port 30000 on every interface, all cores, 64 MiB bodies. */
    public static ServerConfig defaults() { return builder().build(); }

    public static Builder builder() { return new Builder(); }

    /** The defaults, overridden by {@code FORA_HTTP_PORT}, {@code FORA_HTTP_HOST}, {@code FORA_MAX_BODY_BYTES}. */
    public static Builder fromEnvironment(Map<String, String> env) {
        Builder b = builder();
        String port = env.get("FORA_HTTP_PORT");
        if (port != null && !port.isBlank()) b.port(parse("FORA_HTTP_PORT", port, 0, 65535));
        String host = env.get("FORA_HTTP_HOST");
        if (host != null && !host.isBlank()) b.host(host);
        String body = env.get("FORA_MAX_BODY_BYTES");
        if (body != null && !body.isBlank()) b.maxBodyBytes(parse("FORA_MAX_BODY_BYTES", body, 1024, Long.MAX_VALUE));
        return b;
    }

    private static int parse(String name, String value, int min, int max) {
        return (int) parse(name, value, (long) min, max);
    }

    /** A {@code FORA_*} number, or an IllegalArgumentException saying what is wrong with it. */
    public static long parse(String name, String value, long min, long max) {
        try {
            long v = Long.parseLong(value.strip());
            if (v < min || v > max) throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", not " + v);
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }

    public static final class Builder {
        private String host = "0.0.0.0";
        private int port = DEFAULT_PORT;
        private int threads = Runtime.getRuntime().availableProcessors();
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxDepth = 1000;
        private int recursionLimit = 1000;
        private Duration retention = Duration.ofMinutes(15);
        private int maxRemembered = 10_000;

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder threads(int threads) { this.threads = threads; return this; }
        public Builder maxBodyBytes(long bytes) { this.maxBodyBytes = bytes; return this; }
        public Builder maxDepth(int depth) { this.maxDepth = depth; return this; }
        public Builder recursionLimit(int limit) { this.recursionLimit = limit; return this; }
        public Builder retention(Duration retention) { this.retention = retention; return this; }
        public Builder maxRemembered(int count) { this.maxRemembered = count; return this; }

        public ServerConfig build() {
            return new ServerConfig(host, port, threads, maxBodyBytes, maxDepth, recursionLimit, retention, maxRemembered);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real {@code fora manager} and {@code fora worker} processes on loopback, on free ports, for
 * the grid's tests. Every process is stopped through its own handle (never by name).
 */
final class GridProcesses implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MANAGER = Pattern.compile("serving (http://[^/]+)/api/v1.* manager (127\\.0\\.0\\.1:\\d+)");
    private static final Pattern WORKER = Pattern.compile("fora worker: (127\\.0\\.0\\.1:\\d+) with");

    /** One process and the lines it printed. */
    static final class Member {
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();
        String address;
        URI url;

        Member(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) lines.add(line);
                } catch (IOException ignored) {
                    // the process ended
                }
            }, "grid-test-output");
            reader.setDaemon(true);
            reader.start();
        }

        int clusterPort() { return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1)); }

        /** SIGTERM, as Kubernetes stops a pod: true when the process ended within 30 s. */
        boolean terminate() {
            process.destroy();
            try {
                return process.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void kill() {
            process.destroyForcibly(); // SIGKILL
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private final List<Member> members = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path logs;
    Member manager;

    /** JVM options every process gets (besides the usual ones). */
    private final List<String> jvmOptions;

    GridProcesses(String... jvmOptions) {
        this.jvmOptions = List.of(jvmOptions);
        try {
            logs = Files.createDirectories(Path.of("target", "grid-logs"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Process start(String log, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-Xss16m", "-Xmx1g", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "--add-exports", "java.base/jdk.internal.misc=ALL-UNNAMED"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ForaMain.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(log).toFile()));
        pb.environment().remove("FORA_MANAGER");
        pb.environment().remove("FORA_CLUSTER_PORT");
        pb.environment().remove("FORA_OWN_ADDRESS");
        return pb.start();
    }

    /** A manager without a worker of its own, HTTP and cluster on free loopback ports. */
    Member startManager(String... extra) throws IOException { return startManagerOn(0, extra); }

    /** A manager on a given cluster port (a restarted manager comes back on its port). */
    Member startManagerOn(int clusterPort, String... extra) throws IOException {
        List<String> args = new ArrayList<>(List.of("manager", "--no-worker", "--port", "0", "--http-host", "127.0.0.1",
                "--host", "127.0.0.1", "--cluster-port", Integer.toString(clusterPort)));
        args.addAll(List.of(extra));
        Member m = new Member(start("manager.log", args.toArray(new String[0])));
        members.add(m);
        await("the manager to start", 60, () -> m.lines.stream().anyMatch(l -> MANAGER.matcher(l).find()) || !m.process.isAlive());
        for (String l : m.lines) {
            Matcher x = MANAGER.matcher(l);
            if (x.find()) {
                m.url = URI.create(x.group(1));
                m.address = x.group(2);
            }
        }
        if (m.url == null) throw new IllegalStateException("the manager did not start: " + m.lines);
        manager = m;
        return m;
    }

    Member startWorker(int cores) throws IOException { return startWorker(cores, manager.address); }

    Member startWorker(int cores, String managerAddress) throws IOException {
        return startWorker("worker", "--manager", managerAddress, "--host", "127.0.0.1", "--cluster-port", "0", "--cores", Integer.toString(cores));
    }

    /** A worker with exactly these arguments. */
    Member startWorker(String... args) throws IOException {
        Member w = new Member(start("worker.log", args));
        members.add(w);
        await("a worker to start", 60, () -> w.lines.stream().anyMatch(l -> WORKER.matcher(l).find()) || !w.process.isAlive());
        for (String l : w.lines) {
            Matcher x = WORKER.matcher(l);
            if (x.find()) w.address = x.group(1);
        }
        if (w.address == null) throw new IllegalStateException("the worker did not start: " + w.lines);
        return w;
    }

    /** Waits until the manager counts {@code n} workers up. */
    void awaitWorkers(int n) {
        await(n + " workers up", 60, () -> cluster().path("workers").asInt() == n);
    }

    JsonNode cluster() { return get("/api/v1/cluster"); }

    /** The member entry of a worker, or null. */
    JsonNode member(Member w) {
        for (JsonNode m : cluster().path("members")) if (m.path("address").asText().endsWith("@" + w.address)) return m;
        return null;
    }

    JsonNode get(String path) { return send(HttpRequest.newBuilder(manager.url.resolve(path)).GET()); }

    JsonNode delete(String path) { return send(HttpRequest.newBuilder(manager.url.resolve(path)).DELETE()); }

    /** A module run; {@code wait} seconds of long-poll (0: answer at once with the id). */
    JsonNode runModule(String name, String source, int wait) {
        try {
            String body = JSON.writeValueAsString(java.util.Map.of("source", source, "path", name));
            return send(HttpRequest.newBuilder(manager.url.resolve("/api/v1/computations?wait=" + wait))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits for a computation's end (long-polls of up to a minute, several if need be). */
    JsonNode awaitEnd(String id, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            JsonNode c = get("/api/v1/computations/" + id + "?wait=30");
            if (!c.path("status").asText().equals("running") || System.nanoTime() > deadline) return c;
        }
    }

    private JsonNode send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(150)).build(), HttpResponse.BodyHandlers.ofString());
            return r.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(r.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void await(String what, int seconds, BooleanSupplier done) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override public void close() {
        for (Member m : members) m.process.destroy();
        for (Member m : members) {
            try {
                if (!m.process.waitFor(15, TimeUnit.SECONDS)) m.kill();
            } catch (InterruptedException e) {
                m.kill();
            }
        }
    }
}

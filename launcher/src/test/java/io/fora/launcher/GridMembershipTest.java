// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Joining and rejoining: workers before their manager, a manager that restarts, and the flags. */
class GridMembershipTest {
    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test void aWorkerStartedBeforeItsManagerJoinsWhenItComesAndRejoinsARestartedManager() throws Exception {
        int port = freePort();
        String address = "127.0.0.1:" + port;
        try (GridProcesses grid = new GridProcesses()) {
            GridProcesses.Member worker = grid.startWorker(1, address);
            Thread.sleep(2000); // nobody to join yet: it keeps trying
            GridProcesses.Member first = grid.startManagerOn(port);
            grid.awaitWorkers(1);
            assertEquals("[\"4\"]", grid.runModule("a.py", "2 + 2\n", 60).path("output").toString());

            first.kill(); // the manager dies; the worker must not need a restart
            grid.startManagerOn(port);
            GridProcesses.await("the worker to rejoin the restarted manager", 90, () -> grid.cluster().path("workers").asInt() == 1);
            assertEquals("[\"9\"]", grid.runModule("b.py", "3 * 3\n", 60).path("output").toString());
            assertTrue(worker.process.isAlive());
        }
    }

    @Test void aWorkerWithoutAPortTakesAFreeOneWhenTheDefaultIsTaken() throws Exception {
        ServerSocket holder = null;
        try {
            holder = new ServerSocket(io.fora.grid.GridConfig.WORKER_PORT, 1, java.net.InetAddress.getByName("127.0.0.1"));
        } catch (IOException takenAlready) {
            // someone holds it already: the same situation
        }
        try (GridProcesses grid = new GridProcesses()) {
            grid.startManager();
            GridProcesses.Member w = grid.startWorker("worker", "--manager", grid.manager.address, "--cores", "1");
            assertTrue(w.clusterPort() != io.fora.grid.GridConfig.WORKER_PORT, w.address);
            grid.awaitWorkers(1);
        } finally {
            if (holder != null) holder.close();
        }
    }

    private record Result(int status, String out, String err) {}

    private static Result run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8), e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int status = args[0].equals("worker") ? WorkerCommand.run(args, env, o, e) : ServeCommand.run(args[0], args, env, o, e);
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test void badClusterFlagsGetOneClearLine() {
        Result r = run(Map.of(), "worker");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("fora worker needs --manager HOST:PORT"), r.err());
        for (String[] bad : new String[][] {
                {"worker", "--manager", "nohost"}, {"worker", "--manager", "h:0"}, {"worker", "--manager", "h:99999"},
                {"worker", "--manager", "h:x"}, {"worker", "--manager", "bad host:1"}, {"worker", "--manager"},
                {"worker", "--manager", "127.0.0.1:30002", "--cluster-port", "-1"}, {"worker", "--manager", "127.0.0.1:30002", "--cores", "0"},
                {"worker", "--manager", "127.0.0.1:30002", "--no-worker"}, {"manager", "--cluster-port", "70000"},
                {"manager", "--worker-wait", "x"}, {"manager", "--workers", "2"}, {"local", "--workers", "0"},
                {"local", "--http-host", "0.0.0.0"}, {"manager", "--host"}, {"manager", "--bind-host"},
                {"manager", "--bind-host", "bad host"}, {"worker", "--manager", "127.0.0.1:30002", "--memory", "lots"},
                {"worker", "--manager", "127.0.0.1:30002", "--memory", "1m"}, {"worker", "--manager", "127.0.0.1:30002", "--memory"},
                {"worker", "--manager", "127.0.0.1:30002", "--memory", "99999999999999Ti"},
                {"worker", "--manager", "127.0.0.1:30002", "--health-port", "70000"}, {"worker", "--manager", "127.0.0.1:30002", "--health-port"},
                {"worker", "--manager", "127.0.0.1:30002", "--data-port", "70000"}, {"worker", "--manager", "127.0.0.1:30002", "--data-port"},
                {"worker", "--manager", "127.0.0.1:30002", "--data-port", "x"}, {"worker", "--manager", "127.0.0.1:30002", "--page-size", "1"},
                {"worker", "--manager", "127.0.0.1:30002", "--page-size", "2g"}, {"worker", "--manager", "127.0.0.1:30002", "--page-size"},
                {"worker", "--manager", "127.0.0.1:30002", "--page-size", "big"}, {"worker", "--manager", "127.0.0.1:30002", "--spill-dir"},
                {"worker", "--manager", "127.0.0.1:30002", "--spill-dir", "--cores"}}) {
            Result x = run(Map.of(), bad);
            assertEquals(2, x.status(), String.join(" ", bad) + ": " + x.err());
            assertTrue(x.err().startsWith("fora: "), x.err());
        }
        Result env = run(Map.of("FORA_MANAGER", "::::"), "worker");
        assertEquals(2, env.status());
        Result port = run(Map.of("FORA_CLUSTER_PORT", "many"), "worker", "--manager", "127.0.0.1:30002");
        assertEquals(2, port.status());
        assertTrue(port.err().contains("FORA_CLUSTER_PORT must be a number"), port.err());
        Result memory = run(Map.of("FORA_MEMORY", "16 GB"), "worker", "--manager", "127.0.0.1:30002");
        assertEquals(2, memory.status());
        assertTrue(memory.err().contains("FORA_MEMORY must be a size like 512m"), memory.err());
        assertEquals(2, run(Map.of("FORA_HEALTH_PORT", "-3"), "worker", "--manager", "127.0.0.1:30002").status());
        assertEquals(2, run(Map.of("FORA_CORES", "0"), "worker", "--manager", "127.0.0.1:30002").status());
        assertEquals(2, run(Map.of("FORA_DATA_PORT", "udp"), "worker", "--manager", "127.0.0.1:30002").status());
        assertEquals(2, run(Map.of("FORA_PAGE_SIZE", "0"), "worker", "--manager", "127.0.0.1:30002").status());
    }

    @Test void memorySizesAreReadAsPeopleAndKubernetesWriteThem() {
        assertEquals(16L << 30, GridFlags.parseSize("--memory", "16Gi"));
        assertEquals(16L << 30, GridFlags.parseSize("--memory", "16g"));
        assertEquals(512L << 20, GridFlags.parseSize("--memory", "512M"));
        assertEquals(1L << 40, GridFlags.parseSize("--memory", "1Ti"));
        assertEquals(100L << 20, GridFlags.parseSize("--memory", String.valueOf(100L << 20)));
    }

    @Test void helpDescribesTheClusterFlags() {
        Result w = run(Map.of(), "worker", "--help");
        assertEquals(0, w.status());
        assertTrue(w.out().contains("--manager HOST:PORT"));
        Result m = run(Map.of(), "manager", "--help");
        assertTrue(m.out().contains("--no-worker") && m.out().contains("--cluster-port") && m.out().contains("--workers"));
    }

    @Test void localWithWorkersRunsAGridOnThisMachineAndStopsItsWorkersWithIt() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-Xss16m", "-Xmx512m",
                "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), ForaMain.class.getName(), "local", "--workers", "2", "--port", "0",
                "--host", "127.0.0.1", "--cores", "1").redirectError(ProcessBuilder.Redirect.DISCARD);
        Process local = pb.start();
        try {
            java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(local.getInputStream(), StandardCharsets.UTF_8));
            // a timeout, so that workers that cannot start fail the test instead of hanging it
            String line = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return r.readLine();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).get(120, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(line != null && line.contains("2 worker processes"), String.valueOf(line));
            String url = line.substring(line.indexOf("http://"), line.indexOf("/api/v1"));
            var http = java.net.http.HttpClient.newHttpClient();
            String cluster = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/api/v1/cluster")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(cluster.startsWith("{\"workers\":2,"), cluster);
            String answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url + "/api/v1/computations?wait=60"))
                    .header("Content-Type", "application/json")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"source\":\"sum(i for i in range(100000))\\n\"}")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            assertTrue(answer.contains("\"output\":[\"4999950000\"]"), answer);
            assertEquals(2, local.descendants().count());
            java.util.List<ProcessHandle> children = local.descendants().toList();
            local.destroy();
            assertTrue(local.waitFor(30, java.util.concurrent.TimeUnit.SECONDS));
            for (ProcessHandle c : children) {
                GridProcesses.await("worker process " + c.pid() + " to stop with fora local", 30, () -> !c.isAlive());
            }
        } finally {
            local.descendants().forEach(ProcessHandle::destroyForcibly);
            local.destroyForcibly();
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.gateway.ForaServer;
import io.fora.gateway.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fora run --cluster URL} against a server started here, and the server commands' flags. */
class ClusterCommandTest {
    static ForaServer server;
    @TempDir Path dir;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(2).build());
    }

    @AfterAll static void stop() { server.close(); }

    private record Result(int status, String out, String err) {}

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = ForaMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private String file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p.toString();
    }

    @Test void runsOnTheServerAndPrintsWhatALocalRunWould() throws IOException {
        String prog = file("p.py", "def isPrime(p):\n    return p > 1 and all(p % i for i in range(2, int(p ** 0.5) + 1))\n"
                + "sum(1 for x in range(20000) if isPrime(x))\n'done'\n");
        Result remote = run("run", "--cluster", server.url().toString(), prog);
        assertEquals(0, remote.status(), remote.err());
        assertEquals("2262\n'done'\n", remote.out());
        assertEquals(run("run", prog).out(), remote.out());
    }

    @Test void aComputationOutlivingTheFirstWaitIsFollowedToItsEnd() throws IOException {
        String prog = file("q.py", "print('start')\nprint(sum(i % 7 for i in range(3 * 10**6)))\n");
        java.time.Duration saved = RemoteRun.quickWait;
        RemoteRun.quickWait = java.time.Duration.ZERO; // the plain socket only submits: the HTTP client follows
        try {
            Result remote = run("run", "--cluster", server.url().toString(), prog);
            assertEquals(0, remote.status(), remote.err());
            assertEquals("start\n8999994\n", remote.out());
            Result failing = run("run", "--cluster", server.url().toString(), file("f.py", "def f(x):\n    return 1 / x\nf(0)\n"));
            assertEquals(1, failing.status());
            assertTrue(failing.err().contains("ZeroDivisionError"), failing.err());
        } finally {
            RemoteRun.quickWait = saved;
        }
    }

    /** The newest computation the server lists: its id and status, or null. */
    private static String[] newest() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(server.url().resolve("/api/v1/computations")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        var list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("computations");
        if (list == null || list.isEmpty()) return null;
        return new String[] {list.get(0).get("id").asText(), list.get(0).get("status").asText()};
    }

    @Test void terminatingTheClientCancelsTheComputationOnTheServer() throws Exception {
        String prog = file("long.py", "def isPrime(p):\n    x = 2\n    while x * x <= p:\n        if p % x == 0:\n            return 0\n"
                + "        x = x + 1\n    return 1\n\nprint(sum(isPrime(p) for p in range(2, 10**10)))\n");
        // within the plain socket's first second, and after the HTTP client took over
        for (long afterMs : new long[] {300, 2_000}) {
            String[] before = newest();
            Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp", System.getProperty("java.class.path"),
                    ForaMain.class.getName(), "run", "--cluster", server.url().toString(), prog).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("client.out").toFile()).start(); // destroy() closes a pipe
            try {
                long deadline = System.nanoTime() + 30_000_000_000L;
                String[] now = newest();
                while (now == null || before != null && now[0].equals(before[0])) {
                    assertTrue(System.nanoTime() < deadline && p.isAlive(), "the client did not submit");
                    Thread.sleep(20);
                    now = newest();
                }
                Thread.sleep(afterMs);
                p.destroy(); // SIGTERM: the JVM's shutdown hooks run, as on Ctrl-C
                assertTrue(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS));
                String out = Files.readString(dir.resolve("client.out"));
                assertTrue(out.contains("asking the server to stop the computation"), out);
                String id = now[0];
                while (!newest()[1].equals("cancelled")) {
                    assertTrue(System.nanoTime() < deadline, "computation " + id + " still " + newest()[1]);
                    Thread.sleep(20);
                }
                assertEquals(id, newest()[0]);
            } finally {
                p.destroyForcibly();
            }
        }
    }

    @Test void remoteExceptionPrintsTheTracebackAndExitsOne() throws IOException {
        String e = file("e.py", "def f(x):\n    return 1 / x\nf(0)\n");
        Result r = run("run", "--cluster", server.url().toString(), e);
        assertEquals(1, r.status());
        assertTrue(r.err().contains("File \"" + Path.of(e).toAbsolutePath() + "\", line 2, in f"), r.err());
        assertTrue(r.err().strip().endsWith("ZeroDivisionError: division by zero"), r.err());
    }

    @Test void purityErrorExitsTwo() throws IOException {
        Result r = run("run", "--cluster", server.url().toString(), file("bad.py", "from . import x\n"));
        assertEquals(2, r.status());
        assertTrue(r.err().contains("line 1, col 1: PurityError"), r.err());
    }

    @Test void unreachableServerExitsThree() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Result r = run("run", "--cluster", "http://127.0.0.1:" + port, file("x.py", "1\n"));
        assertEquals(RemoteRun.UNREACHABLE, r.status());
        assertTrue(r.err().contains("cannot reach"), r.err());
    }

    @Test void badClusterUsageIsRefused() throws IOException {
        String x = file("x.py", "1\n");
        assertEquals(2, run("run", "--cluster").status());
        assertEquals(2, run("run", "--cluster", "not a url", x).status());
        assertEquals(2, run("run", "--cluster", server.url().toString(), "--stats", x).status());
    }

    @Test void serverCommandsRejectBadFlagsAndEnvironment() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream o = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertEquals(2, ServeCommand.run("local", new String[] {"local", "--port", "99999"}, Map.of(), o, e));
        assertEquals(2, ServeCommand.run("local", new String[] {"local", "--port"}, Map.of(), o, e));
        assertEquals(2, ServeCommand.run("local", new String[] {"local", "--cores", "0"}, Map.of(), o, e));
        assertEquals(2, ServeCommand.run("local", new String[] {"local", "--bogus"}, Map.of(), o, e));
        assertEquals(2, ServeCommand.run("manager", new String[] {"manager"}, Map.of("FORA_HTTP_PORT", "http"), o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("FORA_HTTP_PORT must be a number"));
        assertEquals(1, ServeCommand.run("local", new String[] {"local", "--host", "127.0.0.1", "--port", String.valueOf(server.port())}, Map.of(), o, e),
                "a port in use is a clear failure");
        assertEquals(0, ServeCommand.run("local", new String[] {"local", "--help"}, Map.of(), o, e));
    }
}

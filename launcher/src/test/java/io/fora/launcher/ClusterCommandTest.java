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

    @Test void remoteExceptionPrintsTheTracebackAndExitsOne() throws IOException {
        Result r = run("run", "--cluster", server.url().toString(), file("e.py", "def f(x):\n    return 1 / x\nf(0)\n"));
        assertEquals(1, r.status());
        assertTrue(r.err().contains("File \"e.py\", line 2, in f"), r.err());
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

// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.encoding.Utf8Escape;
import io.fora.gateway.ForaServer;
import io.fora.gateway.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/quick-run.sh}, the shell start of {@code fora run --cluster}: a short computation's
 * answer printed byte for byte as the JVM client prints it, and everything else handed to the JVM
 * client (the computation's id when it was submitted, nothing when it was not), against a server
 * started here and against hostile answers.
 */
class QuickRunScriptTest {
    static ForaServer server;
    static Path script;
    @TempDir Path dir;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(2).build());
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isRegularFile(p.resolve("bin/quick-run.sh"))) p = p.getParent();
        script = p.resolve("bin/quick-run.sh");
    }

    @AfterAll static void stop() { server.close(); }

    private record Shell(int status, byte[] out, String err, String handedOver) {
        String text() { return new String(out, StandardCharsets.UTF_8); }
    }

    /** Runs quick_run as the fora script does; what it hands over is the line "handoff:ID" (empty ID: nothing submitted). */
    private Shell quick(String... args) throws Exception { return quick(null, args); }

    private Shell quick(java.util.function.Consumer<Process> during, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("bash", "-c",
                "set -euo pipefail; . \"$0\"; quick_run run \"$@\"; echo \"handoff:$quick_id\"", script.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(dir.resolve("sh.out").toFile())
                .redirectError(dir.resolve("sh.err").toFile()).start();
        try {
            if (during != null) during.accept(p);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the shell client did not end");
            byte[] out = Files.readAllBytes(dir.resolve("sh.out"));
            String err = Files.readString(dir.resolve("sh.err"));
            String text = new String(out, StandardCharsets.UTF_8);
            int at = text.lastIndexOf("handoff:");
            if (at >= 0) {
                return new Shell(p.exitValue(), java.util.Arrays.copyOf(out, text.substring(0, at).getBytes(StandardCharsets.UTF_8).length),
                        err, text.substring(at + "handoff:".length()).strip());
            }
            return new Shell(p.exitValue(), out, err, null);
        } finally {
            p.destroyForcibly();
        }
    }

    private record Jvm(int status, byte[] out, String err) {}

    private static Jvm jvm(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = ForaMain.run(args, new PrintStream(out, true, Utf8Escape.INSTANCE), new PrintStream(err, true, Utf8Escape.INSTANCE));
        return new Jvm(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private static String url() { return server.url().toString(); }

    private static int computations() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(server.url().resolve("/api/v1/computations")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).get("computations").size();
    }

    @Test void aShortComputationPrintsWhatTheJvmClientPrints() throws Exception {
        Path p = file("p \u00e9.py", "print('h\u00e9llo \u2713', end='')\nprint()\nprint([1, 2], 'x\\ty')\nfor i in range(3):\n    print(i)\n");
        Shell s = quick("--cluster", url(), p.getFileName().toString());
        assertEquals(0, s.status(), s.err());
        assertEquals(null, s.handedOver(), "a done computation ends in the shell");
        assertEquals("", s.err());
        Jvm j = jvm("run", "--cluster", url(), p.toString());
        assertEquals(0, j.status());
        assertArrayEquals(j.out(), s.out(), s.text());
        // notebook display, and a module that shows nothing
        Path q = file("q.py", "x = 3\nx * 2\n'a'\n");
        assertEquals("6\n'a'\n", quick("--cluster", url(), "--no-progress", q.toString()).text());
        Shell empty = quick("--cluster", url() + "/", file("e.py", "x = 1\n").toString());
        assertEquals(0, empty.status());
        assertEquals(0, empty.out().length);
    }

    @Test void aFailureIsHandedToTheJvmClientWhichPrintsItAsItsOwnRunWould() throws Exception {
        Path p = file("f x.py", "def f():\n    return 1 / 0\nprint('before')\nf()\n");
        Shell s = quick("--cluster", url(), "f x.py");
        assertTrue(s.handedOver() != null && s.handedOver().startsWith("c-"), s.text() + s.err());
        assertEquals(0, s.out().length);
        Jvm followed = jvm("run", "--cluster", url(), "--follow", s.handedOver());
        Jvm own = jvm("run", "--cluster", url(), p.toString());
        assertEquals(1, followed.status());
        assertEquals(own.status(), followed.status());
        assertArrayEquals(own.out(), followed.out());
        assertEquals(own.err(), followed.err());
        // the module is named as the JVM client names it: the physical working directory's path
        assertTrue(followed.err().contains("File \"" + p.toRealPath() + "\", line 4, in <module>"), followed.err());
    }

    @Test void aComputationRunningAfterASecondIsHandedOverAndFollowed() throws Exception {
        Path p = file("long.py", "print(sum(i % 7 for i in range(3 * 10**8)))\n");
        long t0 = System.nanoTime();
        Shell s = quick("--cluster", url(), "--progress", p.toString());
        assertTrue(s.handedOver() != null && s.handedOver().startsWith("c-"), s.text() + s.err());
        assertTrue(System.nanoTime() - t0 > 900_000_000L, "handed over before the first second");
        Jvm followed = jvm("run", "--cluster", url(), "--no-progress", "--follow", s.handedOver());
        assertEquals(0, followed.status(), followed.err());
        assertEquals("899999997\n", new String(followed.out(), StandardCharsets.UTF_8));
    }

    @Test void sigtermWhileWaitingCancelsTheComputation() throws Exception {
        Path p = file("spin.py", "while True:\n    pass\n");
        int before = computations();
        Shell s = quick(proc -> {
            try {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (computations() == before) {
                    assertTrue(System.nanoTime() < deadline && proc.isAlive(), "nothing was submitted");
                    Thread.sleep(20);
                }
                Thread.sleep(200);
                proc.destroy(); // SIGTERM: as Ctrl-C
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "--cluster", url(), p.toString());
        assertEquals(143, s.status());
        assertTrue(s.err().contains("fora: cancelled; asking the server to stop the computation"), s.err());
        var http = java.net.http.HttpClient.newHttpClient();
        String list = http.send(java.net.http.HttpRequest.newBuilder(server.url().resolve("/api/v1/computations")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(list.contains("\"status\":\"cancelled\""), list);
        assertTrue(!list.contains("\"status\":\"running\""), list);
    }

    @Test void whatTheShellCannotSendStartsOverInTheJvmWithNothingSubmitted() throws Exception {
        int before = computations();
        Path nul = dir.resolve("nul.py");
        Files.write(nul, new byte[] {'1', 0, '\n'});
        Path ok = file("ok.py", "1\n");
        Path bad = file("bad.py", "def f(:\n  pass\n");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String[][] cases = {
            {"--cluster", url(), nul.toString()},                                     // a NUL byte
            {"--cluster", url(), bad.toString()},                                     // refused by the server (400)
            {"--cluster", url(), dir.resolve("missing.py").toString()},               // no such file
            {"--cluster", "http://127.0.0.1:" + port, ok.toString()},                 // nobody listening
            {"--cluster", "https://127.0.0.1:" + server.port(), ok.toString()},       // not plain HTTP
            {"--cluster", "http://fora.example:30000", ok.toString()},                // not this machine: the JVM client
            {"--cluster", url() + "/api", ok.toString()},                             // not a root URL
            {"--cluster", url(), "--cores", "2", ok.toString()},                      // an option for the JVM to judge
            {"--cluster", url(), ok.toString(), "arg"},                               // arguments after the script
            {"--cluster", url()},                                                     // no file
        };
        for (String[] c : cases) {
            Shell s = quick(c);
            assertEquals("", s.handedOver(), String.join(" ", c) + ": " + s.text() + s.err());
            assertEquals(0, s.out().length, String.join(" ", c));
            assertEquals("", s.err(), String.join(" ", c));
        }
        assertEquals(before, computations(), "nothing ran: the refused source is no computation");
    }

    @Test void hostileAnswersAreLeftToTheJvmClient() throws Exception {
        Path ok = file("ok.py", "1\n");
        String[] answers = {
            "garbage\r\n\r\n",
            "HTTP/1.1 200 OK\r\nFora-Status: done\r\nContent-Length: 5\r\n\r\nhello", // done without an id
            "HTTP/1.1 202 Accepted\r\nFora-Status: running\r\nFora-Computation: ../../etc\r\nContent-Length: 0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nFora-Status: done\r\nFora-Computation: c-1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n",
            "", // closes at once
        };
        for (String answer : answers) {
            try (ServerSocket fake = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                Thread t = Thread.ofVirtual().start(() -> {
                    try (Socket s = fake.accept()) {
                        InputStream in = s.getInputStream();
                        byte[] buf = new byte[4096];
                        in.read(buf); // the request's start
                        OutputStream out = s.getOutputStream();
                        out.write(answer.getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (IOException ignored) {
                        // the client went away
                    }
                });
                Shell s = quick("--cluster", "http://127.0.0.1:" + fake.getLocalPort(), ok.toString());
                t.join(5_000);
                assertEquals(0, s.status(), answer);
                assertEquals(0, s.out().length, answer + ": " + s.text());
                assertTrue(s.handedOver() != null && (s.handedOver().isEmpty() || s.handedOver().equals("c-1")), answer + ": " + s.handedOver());
            }
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.errors.ComputationError;
import io.fora.errors.ConnectionError;
import io.fora.errors.ForaError;
import io.fora.errors.PythonToForaConversionError;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code fora run --cluster}'s first second: one plain socket, then {@link Fora#follow}. */
class QuickRunTest {
    private static final String RUNNING = "{\"id\":\"c-1\",\"status\":\"running\",\"elapsedMs\":0}";
    private static final PythonSource MODULE = PythonSource.of("1 + 1\n", "one.py");

    @Test void submitsThenWaitsOnTheSameConnection() throws Exception {
        try (var server = new FakeServer(r -> switch (r.method()) {
                case "POST" -> new FakeServer.Answer(202, RUNNING);
                default -> new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"done\",\"elapsedMs\":3,\"output\":[\"2\"]}");
            })) {
            StringBuilder told = new StringBuilder();
            QuickRun q = QuickRun.start(server.url().toString(), MODULE, Duration.ofSeconds(1), told::append);
            assertTrue(q.ended());
            assertEquals(List.of("2"), q.output().output());
            assertEquals("c-1", told.toString());
            FakeServer.Request post = server.next();
            assertEquals("POST /api/v1/computations?wait=0", post.toString());
            assertTrue(post.body().contains("\"source\":\"1 + 1\\n\"") && post.body().contains("\"path\":\"one.py\""), post.body());
            assertEquals("GET /api/v1/computations/c-1?wait=1.0", server.next().toString());
        }
    }

    @Test void stillRunningIsFollowedByTheClient() throws Exception {
        try (var server = new FakeServer(r -> r.method().equals("POST") || r.target().contains("wait=1.0") ? new FakeServer.Answer(202, RUNNING)
                : new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"done\",\"elapsedMs\":1500,\"output\":[\"78498\"]}"))) {
            QuickRun q = QuickRun.start(server.url().toString(), MODULE, Duration.ofSeconds(1));
            assertFalse(q.ended());
            assertThrows(IllegalStateException.class, q::output);
            try (Fora fora = Fora.connect(server.url())) {
                ModuleOutput out = fora.follow(q.id(), null).get(10, TimeUnit.SECONDS);
                assertEquals(List.of("78498"), out.output());
            }
        }
    }

    @Test void failedAndCancelledComputationsThrowAsRunDoes() throws Exception {
        try (var server = new FakeServer(r -> new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"failed\",\"elapsedMs\":2,"
                + "\"output\":[\"hi\"],\"error\":{\"type\":\"ZeroDivisionError\",\"message\":\"division by zero\","
                + "\"traceback\":[{\"path\":\"one.py\",\"line\":4,\"function\":\"f\"}],\"text\":\"Traceback\"}}"))) {
            QuickRun q = QuickRun.start(server.url().toString(), MODULE, Duration.ofSeconds(1));
            ComputationError e = assertThrows(ComputationError.class, q::output);
            assertEquals("ZeroDivisionError", e.remoteType());
            assertEquals(List.of("hi"), e.output());
        }
        try (var server = new FakeServer(r -> new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"cancelled\",\"elapsedMs\":2}"))) {
            assertThrows(CancellationException.class, QuickRun.start(server.url().toString(), MODULE, Duration.ofSeconds(1))::output);
        }
    }

    @Test void refusedSubmissionIsItsProblem() throws Exception {
        try (var server = new FakeServer(r -> new FakeServer.Answer(400, "{\"status\":400,\"error\":\"PythonToForaConversionError\","
                + "\"detail\":\"File \\\"one.py\\\", line 1, col 1: PurityError: nope\",\"path\":\"one.py\",\"line\":1,\"column\":1}"))) {
            var e = assertThrows(PythonToForaConversionError.class, () -> QuickRun.start(server.url().toString(), MODULE, Duration.ofSeconds(1)));
            assertEquals(1, e.line());
        }
    }

    @Test void cancelDeletesTheComputation() throws Exception {
        try (var server = new FakeServer(r -> new FakeServer.Answer(r.method().equals("DELETE") ? 200 : 202,
                r.method().equals("DELETE") ? "{\"id\":\"c-1\",\"status\":\"cancelled\",\"elapsedMs\":5}" : RUNNING))) {
            QuickRun q = QuickRun.start(server.url().toString(), MODULE, Duration.ZERO);
            assertFalse(q.ended());
            server.next();
            q.cancel();
            assertEquals("DELETE /api/v1/computations/c-1", server.next().toString());
        }
    }

    @Test void closedPortIsConnectionError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        var e = assertThrows(ConnectionError.class, () -> QuickRun.start("http://127.0.0.1:" + port, MODULE, Duration.ofSeconds(1)));
        assertTrue(e.getMessage().contains(String.valueOf(port)), e.getMessage());
    }

    @Test void onlyPlainHttpRootUrls() {
        assertTrue(QuickRun.handles("http://localhost:30000"));
        assertTrue(QuickRun.handles("http://10.0.0.1:30000/"));
        assertFalse(QuickRun.handles("https://localhost:30000"));
        assertFalse(QuickRun.handles("http://localhost:30000/api"));
        assertFalse(QuickRun.handles("http://localhost:30000?x=1"));
        assertFalse(QuickRun.handles("not a url"));
        assertThrows(IllegalArgumentException.class, () -> QuickRun.start("ftp://x", MODULE, Duration.ZERO));
    }

    /** A server that answers every connection with these bytes, whatever it is asked. */
    private static final class RawServer implements AutoCloseable {
        final ServerSocket socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
        final Thread thread;

        RawServer(byte[] answer) throws IOException {
            thread = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        readRequest(s.getInputStream());
                        OutputStream out = s.getOutputStream();
                        out.write(answer);
                        out.flush();
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            thread.setDaemon(true);
            thread.start();
        }

        /** The whole request, so that closing the socket after the answer does not reset it. */
        private static void readRequest(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) return;
                head.append((char) c);
            }
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    in.readNBytes(Integer.parseInt(line.substring(15).trim()));
                }
            }
        }

        String url() { return "http://127.0.0.1:" + socket.getLocalPort(); }

        @Override public void close() throws IOException { socket.close(); }
    }

    private static ForaError hostile(String answer) throws Exception {
        try (RawServer server = new RawServer(answer.getBytes(StandardCharsets.ISO_8859_1))) {
            return assertThrows(ForaError.class, () -> QuickRun.start(server.url(), MODULE, Duration.ofSeconds(1)));
        }
    }

    @Test void malformedAnswersAreClearErrors() throws Exception {
        assertInstanceOf(ConnectionError.class, hostile("HELLO THERE\r\n\r\n"));
        assertInstanceOf(ConnectionError.class, hostile("HTTP/1.1 abc OK\r\n\r\n"));
        assertInstanceOf(ConnectionError.class, hostile("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"));
        assertInstanceOf(ConnectionError.class, hostile("HTTP/1.1 200 OK\r\nContent-Length: 999999999999\r\n\r\n{}"));
        assertInstanceOf(ConnectionError.class, hostile("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"id\":"));
        assertInstanceOf(ConnectionError.class, hostile("HTTP/1.1 200 OK\r\nX: " + "a".repeat(70_000) + "\r\n\r\n"));
        assertInstanceOf(ConnectionError.class, hostile("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
        assertInstanceOf(ConnectionError.class, hostile(""));
        ForaError notJson = hostile("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
        assertTrue(notJson.getMessage().contains("not"), notJson.getMessage());
        ForaError noId = hostile("HTTP/1.1 202 Accepted\r\nContent-Length: 20\r\n\r\n{\"status\":\"running\"}");
        assertTrue(noId.getMessage().contains("'id'"), noId.getMessage());
    }

    @Test void chunkedAnswersAreRead() throws Exception {
        String body = "{\"id\":\"c-9\",\"status\":\"done\",\"elapsedMs\":1,\"output\":[\"2\"]}";
        String chunked = Integer.toHexString(10) + "\r\n" + body.substring(0, 10) + "\r\n"
                + Integer.toHexString(body.length() - 10) + ";ext=1\r\n" + body.substring(10) + "\r\n0\r\n\r\n";
        try (RawServer server = new RawServer(("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked).getBytes(StandardCharsets.UTF_8))) {
            QuickRun q = QuickRun.start(server.url(), MODULE, Duration.ofSeconds(1));
            assertTrue(q.ended());
            assertEquals(List.of("2"), q.output().output());
        }
    }
}

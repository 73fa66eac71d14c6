// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.errors.ComputationError;
import io.fora.errors.ConnectionError;
import io.fora.errors.ForaError;
import io.fora.errors.PythonToForaConversionError;
import io.fora.errors.ResultExceededBytecountThreshold;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The client's HTTP conversation (long-poll, cancel, close, errors) against a scripted fake server. */
class ComputationLifecycleTest {
    private static final String RUNNING = "{\"id\":\"c-1\",\"status\":\"running\",\"elapsedMs\":10}";

    private static Throwable failure(CompletableFuture<?> f) {
        CompletionException e = assertThrows(CompletionException.class, f::join);
        return e.getCause();
    }

    @Test void longPollsUntilTheComputationIsDone() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        try (var server = new FakeServer(r -> switch (r.method()) {
                case "POST" -> new FakeServer.Answer(202, RUNNING);
                default -> polls.incrementAndGet() < 2 ? new FakeServer.Answer(202, RUNNING)
                        : new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"done\",\"result\":42,\"elapsedMs\":30}");
            });
             var fora = Fora.builder(server.url()).pollWait(Duration.ofSeconds(7)).build()) {
            CallResult r = fora.call(PythonSource.of("def f():\n    return 42\n"), "f").run().get(10, TimeUnit.SECONDS);
            assertEquals(42L, r.getLong());
            assertEquals(30, r.elapsedMs());
            FakeServer.Request post = server.next();
            assertEquals("POST /api/v1/computations?wait=0.5", post.toString());
            assertTrue(post.body().contains("\"call\":\"f\""), post.body());
            assertEquals("GET /api/v1/computations/c-1?wait=7", server.next().toString());
            assertEquals("GET /api/v1/computations/c-1?wait=7", server.next().toString());
        }
    }

    @Test void quickComputationNeedsOneRequest() throws Exception {
        try (var server = new FakeServer(r -> new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"done\",\"results\":{\"n\":1229}}"));
             var fora = Fora.connect(server.url())) {
            assertEquals(1229L, fora.remotely("n = 1229").run().get(10, TimeUnit.SECONDS).getLong("n"));
            server.next();
            assertNull(server.requests.poll(200, TimeUnit.MILLISECONDS));
        }
    }

    @Test void cancellingTheFutureDeletesTheComputation() throws Exception {
        CountDownLatch deleted = new CountDownLatch(1);
        try (var server = new FakeServer(r -> switch (r.method()) {
                case "POST" -> new FakeServer.Answer(202, RUNNING);
                case "DELETE" -> {
                    deleted.countDown();
                    yield new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"cancelled\",\"elapsedMs\":50}");
                }
                default -> {
                    deleted.await(10, TimeUnit.SECONDS);   // a long-poll held until the cancel
                    yield new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"cancelled\",\"elapsedMs\":50}");
                }
            });
             var fora = Fora.connect(server.url())) {
            var f = fora.remotely("while True:\n    pass\n").run();
            assertEquals("POST", server.next().method());
            assertEquals("GET", server.next().method());
            assertTrue(f.cancel(true));
            assertTrue(deleted.await(5, TimeUnit.SECONDS), "no DELETE reached the server");
            assertTrue(f.isCancelled());
            assertThrows(CancellationException.class, f::join);
            FakeServer.Request delete;
            do delete = server.next(); while (!delete.method().equals("DELETE"));
            assertEquals("/api/v1/computations/c-1", delete.target());
        }
    }

    @Test void cancelBeforeTheIdIsKnownDeletesOnceTheSubmissionAnswers() throws Exception {
        CountDownLatch deleted = new CountDownLatch(1);
        try (var server = new FakeServer(r -> switch (r.method()) {
                case "POST" -> {
                    Thread.sleep(300);
                    yield new FakeServer.Answer(202, RUNNING);
                }
                case "DELETE" -> {
                    deleted.countDown();
                    yield new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"cancelled\"}");
                }
                default -> new FakeServer.Answer(202, RUNNING);
            });
             var fora = Fora.connect(server.url())) {
            var f = fora.remotely("while True:\n    pass\n").run();
            f.cancel(true);
            assertTrue(deleted.await(5, TimeUnit.SECONDS), "no DELETE reached the server");
            assertEquals("POST", server.next().method());
            assertEquals("DELETE", server.next().method());
        }
    }

    @Test void cancelledOnTheServerIsCancellation() throws Exception {
        try (var server = new FakeServer(r -> new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"cancelled\",\"elapsedMs\":5000}"));
             var fora = Fora.connect(server.url())) {
            var f = fora.run(PythonSource.of("1"));
            assertThrows(CancellationException.class, f::join);
            server.next();
            assertNull(server.requests.poll(300, TimeUnit.MILLISECONDS), "nothing to cancel");
        }
    }

    @Test void failedComputationIsComputationError() throws Exception {
        try (var server = new FakeServer(r -> new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"failed\",\"elapsedMs\":2,"
                + "\"error\":{\"type\":\"ZeroDivisionError\",\"message\":\"division by zero\","
                + "\"traceback\":[{\"path\":\"<source>\",\"line\":4,\"function\":\"f\"}],\"text\":\"Traceback\"}}"));
             var fora = Fora.connect(server.url())) {
            var e = assertInstanceOf(ComputationError.class, failure(fora.call(PythonSource.of("f"), "f").run()));
            assertEquals("ZeroDivisionError", e.remoteType());
            assertEquals(4, e.trace().getLast().line());
        }
    }

    @Test void refusedSubmissionFailsWithItsProblem() throws Exception {
        try (var server = new FakeServer(r -> new FakeServer.Answer(400, "{\"status\":400,\"error\":\"PythonToForaConversionError\","
                + "\"detail\":\"File \\\"<source>\\\", line 1, col 1: PurityError: print() has side effects\",\"path\":\"<source>\",\"line\":1,\"column\":1}"));
             var fora = Fora.connect(server.url())) {
            var e = assertInstanceOf(PythonToForaConversionError.class, failure(fora.remotely("print(1)").run()));
            assertEquals(1, e.line());
            assertEquals(1, e.column());
        }
    }

    @Test void closingCancelsRunningComputationsAndLaterCallsFail() throws Exception {
        CountDownLatch deleted = new CountDownLatch(1);
        try (var server = new FakeServer(r -> switch (r.method()) {
                case "POST" -> new FakeServer.Answer(202, RUNNING);
                case "DELETE" -> {
                    deleted.countDown();
                    yield new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"cancelled\"}");
                }
                default -> {
                    deleted.await(10, TimeUnit.SECONDS);
                    yield new FakeServer.Answer(202, RUNNING);
                }
            })) {
            var fora = Fora.connect(server.url());
            var f = fora.remotely("while True:\n    pass\n").run();
            assertEquals("POST", server.next().method());
            assertEquals("GET", server.next().method());
            fora.close();
            assertTrue(deleted.await(5, TimeUnit.SECONDS), "closing sent no DELETE");
            assertTrue(fora.isClosed());
            assertTrue(failure(f).getMessage().contains("closed"));
            fora.close();   // idempotent
            var later = failure(fora.cluster());
            assertEquals(ForaError.class, later.getClass());
            assertTrue(later.getMessage().contains("closed"), later.getMessage());
            assertTrue(failure(fora.remotely("x = 1").run()).getMessage().contains("closed"));
        }
    }

    @Test void objectRequestsUseTheirPaths() throws Exception {
        try (var server = new FakeServer(r -> switch (r.method() + " " + r.target()) {
                case "POST /prefix/api/v1/objects" -> new FakeServer.Answer(201, "{\"id\":\"o-1\",\"type\":\"list\"}");
                case "GET /prefix/api/v1/objects/o-1" -> new FakeServer.Answer(200, "{\"id\":\"o-1\",\"type\":\"list\",\"value\":[1,2]}");
                case "GET /prefix/api/v1/objects/o-1?maxBytes=3" -> new FakeServer.Answer(422,
                        "{\"status\":422,\"error\":\"ResultExceededBytecountThreshold\",\"detail\":\"longer than 3 bytes\"}");
                case "DELETE /prefix/api/v1/objects/o-1" -> new FakeServer.Answer(204, null);
                default -> new FakeServer.Answer(404, "{\"status\":404,\"error\":\"NotFound\",\"detail\":\"no such thing\"}");
            });
             var fora = Fora.connect(server.url() + "/prefix")) {
            RemoteObject o = fora.define(java.util.List.of(1, 2)).get(10, TimeUnit.SECONDS);
            assertEquals("{\"value\":[1,2]}", server.next().body());
            assertEquals("o-1", o.id());
            assertEquals("list", o.type().orElseThrow());
            assertEquals(java.util.List.of(1L, 2L), o.toLocal(java.util.List.class).get(10, TimeUnit.SECONDS));
            assertInstanceOf(ResultExceededBytecountThreshold.class, failure(o.toLocal(3)));
            assertNull(o.release().get(10, TimeUnit.SECONDS));
            var notFound = failure(fora.cluster());
            assertEquals("no such thing", notFound.getMessage());
        }
    }

    @Test void deeplyNestedDownloadDecodesOnTheClientsThreads() throws Exception {
        int depth = 9000;
        String value = "[".repeat(depth) + "]".repeat(depth);
        try (var server = new FakeServer(r -> new FakeServer.Answer(200, "{\"id\":\"o-1\",\"type\":\"list\",\"value\":" + value + "}"));
             var fora = Fora.connect(server.url())) {
            Object v = new RemoteObject(fora, "o-1", null).toLocal().get(10, TimeUnit.SECONDS);
            int levels = 0;
            while (v instanceof java.util.List<?> l) {
                levels++;
                v = l.isEmpty() ? null : l.get(0);
            }
            assertEquals(depth, levels);
        }
    }

    @Test void closedPortIsConnectionError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (var fora = Fora.connect("http://127.0.0.1:" + port)) {
            var e = assertInstanceOf(ConnectionError.class, failure(fora.cluster()));
            assertTrue(e.getMessage().contains(String.valueOf(port)), e.getMessage());
            assertInstanceOf(ConnectionError.class, failure(fora.remotely("x = 1").run()));
        }
    }

    @Test void httpsUsesTlsAndPlainHttpNeverDoes() throws Exception {
        // a plain-HTTP client skips the JDK's trust store (PlainHttp); an https:// one still speaks TLS:
        // against a plain server its handshake fails, as a connection error
        try (var server = new FakeServer(r -> new FakeServer.Answer(200, "{\"id\":\"c-1\",\"status\":\"done\",\"results\":{\"n\":1}}"));
             var tls = Fora.builder(server.url().toString().replace("http://", "https://")).requestTimeout(Duration.ofSeconds(5)).build();
             var plain = Fora.connect(server.url())) {
            Throwable e = failure(tls.remotely("n = 1").run());
            assertInstanceOf(ForaError.class, e);
            assertEquals(1L, plain.remotely("n = 1").run().get(10, TimeUnit.SECONDS).getLong("n"));
        }
    }

    @Test void badUrlsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Fora.connect("ftp://host:1"));
        assertThrows(IllegalArgumentException.class, () -> Fora.connect("localhost:30000"));
        assertThrows(IllegalArgumentException.class, () -> Fora.connect("http://host:1/?q=1"));
        assertThrows(IllegalArgumentException.class, () -> Fora.builder("http://h:1").pollWait(Duration.ofSeconds(301)));
        assertThrows(IllegalArgumentException.class, () -> Fora.builder("http://h:1").requestTimeout(Duration.ZERO));
    }
}

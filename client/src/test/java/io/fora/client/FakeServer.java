// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP server on a free port that answers as a test scripts it and records every request, to
 * check what the client sends and how it reads answers without a Fora server.
 */
final class FakeServer implements AutoCloseable {
    /** One request as received: method, path with query, body. */
    record Request(String method, String target, String body) {
        @Override public String toString() { return method + " " + target; }
    }

    /** An answer: status and JSON body (null for none). */
    record Answer(int status, String json) {}

    interface Script {
        Answer answer(Request request) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();

    FakeServer(Script script) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> handle(exchange, script));
        server.setExecutor(executor);
        server.start();
    }

    URI url() { return URI.create("http://127.0.0.1:" + server.getAddress().getPort()); }

    /** The next request, waiting up to 10 s for it. */
    Request next() throws InterruptedException {
        Request r = requests.poll(10, TimeUnit.SECONDS);
        if (r == null) throw new AssertionError("no request within 10 s");
        return r;
    }

    private void handle(HttpExchange exchange, Script script) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), body);
            requests.add(request);
            Answer a;
            try {
                a = script.answer(request);
            } catch (Exception e) {
                a = new Answer(500, "{\"error\":\"ForaError\",\"detail\":\"fake server: " + e + "\"}");
            }
            if (a.json() == null) {
                exchange.sendResponseHeaders(a.status(), -1);
                return;
            }
            byte[] bytes = a.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", a.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(a.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

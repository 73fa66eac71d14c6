// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The WebSocket of progress events, read with the JDK's WebSocket client. */
class EventsTest {
    static ForaServer server;
    static Http http;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(2).build());
        http = new Http(server.url());
    }

    @AfterAll static void stop() { server.close(); }

    /** Collects text messages until one says the computation ended. */
    static final class Collector implements WebSocket.Listener {
        final List<JsonNode> events = new ArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);
        private final StringBuilder partial = new StringBuilder();

        @Override public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode e = Http.JSON.readTree(partial.toString());
                    synchronized (events) { events.add(e); }
                    if (e.path("event").asText().equals("ended")) ended.countDown();
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
                partial.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    private WebSocket open(String query, Collector c) throws Exception {
        URI uri = URI.create("ws://127.0.0.1:" + server.port() + "/api/v1/events" + query);
        return HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, c).get(10, TimeUnit.SECONDS);
    }

    @Test void streamsStartProgressAndEndOfAComputation() throws Exception {
        Collector all = new Collector();
        WebSocket ws = open("", all);
        try {
            Http.Answer a = http.post("/api/v1/computations",
                    "{\"source\": \"def f():\\n    return sum(i % 7 for i in range(200000000))\\n\", \"call\": \"f\"}");
            String id = a.json().get("id").asText();
            assertTrue(all.ended.await(60, TimeUnit.SECONDS), "no 'ended' event");
            List<String> kinds = new ArrayList<>();
            synchronized (all.events) {
                for (JsonNode e : all.events) if (e.get("id").asText().equals(id)) kinds.add(e.get("event").asText());
                JsonNode last = all.events.get(all.events.size() - 1);
                assertEquals("done", last.get("status").asText());
                assertTrue(last.get("elapsedMs").asLong() > 0);
            }
            assertEquals("started", kinds.get(0));
            assertTrue(kinds.contains("progress"), "expected progress events while it ran: " + kinds);
            assertEquals("ended", kinds.get(kinds.size() - 1));
        } finally {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        }
    }

    @Test void printedLinesStreamAsOutputEventsInOrderBeforeTheEnd() throws Exception {
        Collector all = new Collector();
        WebSocket ws = open("", all);
        try {
            Http.Answer a = http.post("/api/v1/computations",
                    "{\"source\": \"def f():\\n    for i in range(5):\\n        print('line', i, '\\\"quoted\\\"')\\n    return 7\\n\", \"call\": \"f\"}");
            String id = a.json().get("id").asText();
            assertTrue(all.ended.await(60, TimeUnit.SECONDS), "no 'ended' event");
            List<String> lines = new ArrayList<>();
            int endedAt = -1, lastLineAt = -1;
            synchronized (all.events) {
                for (int i = 0; i < all.events.size(); i++) {
                    JsonNode e = all.events.get(i);
                    if (!e.get("id").asText().equals(id)) continue;
                    if (e.get("event").asText().equals("output")) {
                        lines.add(e.get("line").asText());
                        lastLineAt = i;
                    }
                    if (e.get("event").asText().equals("ended")) endedAt = i;
                }
            }
            assertEquals(List.of("line 0 \"quoted\"", "line 1 \"quoted\"", "line 2 \"quoted\"", "line 3 \"quoted\"",
                    "line 4 \"quoted\""), lines);
            assertTrue(lastLineAt < endedAt, "output comes before the end");
        } finally {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
        }
    }

    @Test void aFilteredStreamOnlyCarriesItsComputationAndStartsWithItsState() throws Exception {
        Http.Answer a = http.post("/api/v1/computations",
                "{\"source\": \"def f():\\n    return sum(i % 7 for i in range(20000000))\\n\", \"call\": \"f\"}");
        String id = a.json().get("id").asText();
        Collector mine = new Collector();
        WebSocket ws = open("?computation=" + id, mine);
        try {
            http.call("def f():\n    return 1\n", "[]");
            assertTrue(mine.ended.await(60, TimeUnit.SECONDS));
            synchronized (mine.events) {
                for (JsonNode e : mine.events) assertEquals(id, e.get("id").asText());
                assertTrue(mine.events.get(0).has("status"));
            }
        } finally {
            ws.abort();
        }
        assertEquals("done", http.get("/api/v1/computations/" + id + "?wait=30").json().get("status").asText());
    }

    @Test void aPlainGetOnTheEventsPathIsABadRequest() {
        Http.Answer a = http.get("/api/v1/events");
        assertEquals(400, a.status());
        assertEquals("application/problem+json", a.contentType());
    }
}

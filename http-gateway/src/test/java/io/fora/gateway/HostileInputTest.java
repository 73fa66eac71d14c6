// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed, oversized and hostile requests: each gets a clear problem, and the server stays healthy. */
class HostileInputTest {
    static final int BODY_LIMIT = 1 << 20;
    static ForaServer server;
    static Http http;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(2)
                .maxBodyBytes(BODY_LIMIT).maxDepth(50).build());
        http = new Http(server.url());
    }

    @AfterAll static void stop() { server.close(); }

    @AfterEach void serverStaysHealthy() {
        assertEquals(6, http.call("def f():\n    return 1 + 2 + 3\n", "[]").json().get("result").asInt());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "empty body               | ``                                                     | empty",
            "not JSON                 | `hello`                                                | malformed JSON",
            "truncated                | `{\"source\": \"x\"`                                   | malformed JSON",
            "array body               | `[1, 2]`                                               | must be a JSON object",
            "trailing text            | `{\"source\": \"x = 1\"} {}`                           | after the JSON object",
            "unknown field            | `{\"source\": \"x = 1\", \"sauce\": 1}`                | unknown field 'sauce'",
            "unknown tag              | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$bogus\": 1}]}` | unknown tag '$bogus'",
            "tag with extra member    | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$int\": \"1\", \"x\": 2}]}` | exactly one member",
            "bad $int                 | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$int\": \"12a\"}]}` | decimal string",
            "bad $float               | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$float\": \"huge\"}]}` | \"nan\"",
            "bad $dict entry          | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$dict\": [[1]]}]}` | needs a value",
            "unhashable key           | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$dict\": [[[1], 2]]}]}` | hashable",
            "upload of $repr          | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$repr\": \"f\", \"$type\": \"function\"}]}` | $ref",
            "NaN literal              | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [NaN]}` | malformed JSON",
            "args not a list          | `{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": 5}` | 'args' must be an array",
            "call is a number         | `{\"source\": \"def f(x): return x\", \"call\": 5}`   | 'call' must be",
            "call without source      | `{\"call\": \"f\"}`                                    | no 'source'",
            "nothing to run           | `{\"download\": \"all\"}`                              | needs 'source'",
            "bad download mode        | `{\"source\": \"def f(): return 1\", \"call\": \"f\", \"download\": \"some\"}` | 'download'",
            "negative maxBytes        | `{\"source\": \"def f(): return 1\", \"call\": \"f\", \"download\": \"small\", \"maxBytes\": -1}` | non-negative",
            "bad kwarg name           | `{\"source\": \"def f(): return 1\", \"call\": \"f\", \"kwargs\": {\"1x\": 1}}` | identifiers",
            "block with source        | `{\"block\": \"x = 1\", \"source\": \"y = 2\"}`        | not 'source'",
    })
    void malformedSubmissionsAreBadRequests(String name, String body, String mentions) {
        Http.Answer a = http.post("/api/v1/computations?wait=10", body);
        assertEquals(400, a.status(), a.body());
        assertEquals("application/problem+json", a.contentType());
        assertEquals(400, a.json().get("status").asInt());
        assertTrue(a.json().get("detail").asText().contains(mentions), a.json().get("detail").asText());
    }

    @Test void nestingDeeperThanTheLimitIsRefused() {
        String deep = "[".repeat(60) + "]".repeat(60);
        Http.Answer a = http.post("/api/v1/computations?wait=10", "{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [" + deep + "]}");
        assertEquals(400, a.status());
        assertTrue(a.json().get("detail").asText().contains("nested deeper"), a.body());
        String veryDeep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals(400, http.post("/api/v1/objects", "{\"value\": " + veryDeep + "}").status());
        String ok = "[".repeat(40) + "]".repeat(40);
        assertEquals("done", http.post("/api/v1/computations?wait=10", "{\"source\": \"def f(x): return len(x)\", \"call\": \"f\", \"args\": [" + ok + "]}").json().get("status").asText());
    }

    @Test void bodiesOverTheLimitAre413() {
        byte[] big = ("{\"source\": \"" + "x".repeat(BODY_LIMIT + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        Http.Answer a = http.post("/api/v1/computations", big);
        assertEquals(413, a.status(), a.body());
        assertEquals("application/problem+json", a.contentType());
    }

    @Test void unknownIdsAre404() {
        for (String path : List.of("/api/v1/computations/c-nope", "/api/v1/objects/o-nope")) {
            Http.Answer a = http.get(path);
            assertEquals(404, a.status());
            assertEquals("NotFound", a.json().get("error").asText());
            assertEquals(404, http.delete(path).status());
        }
        Http.Answer ref = http.post("/api/v1/computations?wait=5", "{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$ref\": \"o-gone\"}]}");
        assertEquals(404, ref.status());
        assertTrue(ref.json().get("detail").asText().contains("o-gone"));
    }

    @Test void unknownPathsAndMethodsAreProblems() {
        Http.Answer a = http.get("/api/v1/nothing");
        assertEquals(404, a.status());
        assertEquals("application/problem+json", a.contentType());
        Http.Answer m = http.post("/api/v1/cluster", "{}");
        assertEquals(405, m.status());
        assertEquals("MethodNotAllowed", m.json().get("error").asText());
    }

    @Test void badQueryParametersAreBadRequests() {
        assertEquals(400, http.post("/api/v1/computations?wait=abc", "{\"source\": \"x = 1\"}").status());
        assertEquals(400, http.post("/api/v1/computations?wait=1000", "{\"source\": \"x = 1\"}").status());
        String id = http.post("/api/v1/objects", "{\"value\": 1}").json().get("id").asText();
        assertEquals(400, http.get("/api/v1/objects/" + id + "?maxBytes=-3").status());
        assertEquals(400, http.get("/api/v1/objects/" + id + "?maxBytes=lots").status());
    }

    @Test void hugeIntegersAreRefusedNotParsedForever() {
        String digits = "9".repeat(200_000);
        Http.Answer a = http.post("/api/v1/computations?wait=10", "{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [{\"$int\": \"" + digits + "\"}]}");
        assertEquals(400, a.status());
        Http.Answer b = http.post("/api/v1/computations?wait=10", "{\"source\": \"def f(x): return x\", \"call\": \"f\", \"args\": [" + digits + "]}");
        assertEquals(400, b.status());
    }

    @Test void cancelRacingCompletionAnswersOneConsistentState() throws Exception {
        for (int i = 0; i < 30; i++) {
            String id = http.post("/api/v1/computations", "{\"source\": \"def f():\\n    return " + i + "\\n\", \"call\": \"f\"}").json().get("id").asText();
            Http.Answer c = http.delete("/api/v1/computations/" + id);
            String status = c.json().get("status").asText();
            assertTrue(status.equals("done") || status.equals("cancelled"), status);
            Http.Answer later = http.get("/api/v1/computations/" + id + "?wait=10");
            assertEquals(status, later.json().get("status").asText(), "the state after the cancel never changes");
            if (status.equals("done")) assertEquals(i, later.json().get("result").asInt());
        }
    }

    @Test void clientDisconnectingMidWaitLeavesTheServerHealthy() throws Exception {
        for (int i = 0; i < 5; i++) {
            try (Socket s = new Socket("127.0.0.1", server.port())) {
                byte[] body = "{\"source\": \"def f():\\n    return sum(range(10**7))\\n\", \"call\": \"f\"}".getBytes(StandardCharsets.UTF_8);
                OutputStream out = s.getOutputStream();
                out.write(("POST /api/v1/computations?wait=30 HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            }
        }
        // half a request, then gone
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("POST /api/v1/computations HTTP/1.1\r\nContent-Length: 1000\r\n\r\n{\"sou".getBytes(StandardCharsets.US_ASCII));
        }
        // binary garbage instead of HTTP: refused, the connection dropped by the client
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(new byte[] {0, 1, 2, (byte) 0xff, '\r', '\n', '\r', '\n'});
        }
        // an unknown method gets an answer
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GARBAGE / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = s.getInputStream();
            s.setSoTimeout(10_000);
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 501"), answer);
        }
    }

    @Test void twoHundredComputationsFromTwentyClientsAllComplete() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(20);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int c = 0; c < 20; c++) {
                int client = c;
                results.add(clients.submit(() -> {
                    Http mine = new Http(server.url());
                    for (int k = 0; k < 10; k++) {
                        int n = client * 10 + k;
                        Http.Answer a = mine.call("def f(n):\n    return sum(i * i for i in range(n))\n", "[" + n + "]");
                        long expected = (long) (n - 1) * n * (2L * n - 1) / 6;
                        if (a.status() != 200 || a.json().get("result").asLong() != expected) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> f : results) assertTrue(f.get());
        } finally {
            clients.shutdownNow();
        }
    }
}

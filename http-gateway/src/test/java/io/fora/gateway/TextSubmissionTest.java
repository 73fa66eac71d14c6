// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A module submitted as its own source ({@code Content-Type: text/x-python}, as {@code curl
 * --data-binary @prog.py} sends it) and answers as text ({@code Accept: text/plain}): what
 * {@code fora run} prints, with the state in the {@code Fora-Status} header.
 */
class TextSubmissionTest {
    static ForaServer server;
    static Http http;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(2).build());
        http = new Http(server.url());
    }

    @AfterAll static void stop() { server.close(); }

    private static HttpResponse<byte[]> submit(String query, String source, String accept) {
        return submit(query, source.getBytes(StandardCharsets.UTF_8), "text/x-python; charset=utf-8", accept);
    }

    private static HttpResponse<byte[]> submit(String query, byte[] body, String type, String accept) {
        return http.raw("/api/v1/computations" + query, b -> {
            b.header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            return accept == null ? b : b.header("Accept", accept);
        });
    }

    private static String text(HttpResponse<byte[]> r) { return new String(r.body(), StandardCharsets.UTF_8); }

    private static String header(HttpResponse<byte[]> r, String name) { return r.headers().firstValue(name).orElse(null); }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception { return Http.JSON.readTree(r.body()); }

    @Test void aModuleAsTextAnswersWhatForaRunPrints() {
        HttpResponse<byte[]> r = submit("?wait=60&path=/work/m%20%C3%A9.py",
                "print('h\u00e9llo \u2713', end='')\nprint()\nprint([1, 2])\nx = {'a': 1}\n", "text/plain");
        assertEquals(200, r.statusCode(), text(r));
        assertEquals("text/plain; charset=UTF-8", header(r, "Content-Type"));
        assertEquals("done", header(r, "Fora-Status"));
        assertTrue(header(r, "Fora-Computation").startsWith("c-"), header(r, "Fora-Computation"));
        assertEquals("h\u00e9llo \u2713\n[1, 2]\n", text(r));
        // a module that prints nothing shows its expressions' values, as fora run does
        assertEquals("2\n'a'\n", text(submit("?wait=60", "1 + 1\n'a'\nNone\n", "text/plain")));
        assertEquals("", text(submit("?wait=60", "x = 1\n", "text/plain")));
    }

    @Test void aFailureAnswersTheOutputThenTheTracebackNamedByThePath() {
        HttpResponse<byte[]> r = submit("?wait=60&path=/work/m%20%C3%A9.py", "def f():\n    return 1 / 0\nprint('before')\nf()\n", "text/plain");
        assertEquals(200, r.statusCode());
        assertEquals("failed", header(r, "Fora-Status"));
        String t = text(r);
        assertTrue(t.startsWith("before\nTraceback (most recent call last):\n  File \"/work/m \u00e9.py\", line 4, in <module>\n"), t);
        assertTrue(t.endsWith("ZeroDivisionError: division by zero\n"), t);
    }

    @Test void withoutAcceptTheAnswerIsTheUsualJson() throws Exception {
        HttpResponse<byte[]> r = submit("?wait=60&path=m.py", "x = 3\nx * 2\n", null);
        assertEquals(200, r.statusCode());
        assertEquals("application/json", header(r, "Content-Type"));
        assertEquals("done", header(r, "Fora-Status"));
        assertEquals("[\"6\"]", json(r).get("output").toString());
        assertEquals(header(r, "Fora-Computation"), json(r).get("id").asText());
        // JSON first in Accept wins; text first wins
        assertEquals("application/json", header(submit("?wait=60", "1\n", "application/json, text/plain"), "Content-Type"));
        assertEquals("text/plain; charset=UTF-8", header(submit("?wait=60", "1\n", "text/plain, application/json;q=0.5"), "Content-Type"));
    }

    @Test void aRunningComputationAnswers202ThenItsTextOnceDone() {
        HttpResponse<byte[]> r = submit("?wait=0", "print(sum(i % 7 for i in range(3 * 10**6)))\n", "text/plain");
        assertEquals(202, r.statusCode());
        assertEquals("running", header(r, "Fora-Status"));
        assertEquals(0, r.body().length);
        String id = header(r, "Fora-Computation");
        assertEquals("/api/v1/computations/" + id, r.headers().firstValue("Location").orElse("").replaceFirst("^https?://[^/]+", ""));
        HttpResponse<byte[]> done = http.raw("/api/v1/computations/" + id + "?wait=60", b -> b.header("Accept", "text/plain").GET());
        assertEquals(200, done.statusCode());
        assertEquals("done", header(done, "Fora-Status"));
        assertEquals("8999994\n", text(done));
        // cancelled: no text
        HttpResponse<byte[]> slow = submit("?wait=0", "while True:\n    pass\n", "text/plain");
        String slowId = header(slow, "Fora-Computation");
        http.delete("/api/v1/computations/" + slowId);
        HttpResponse<byte[]> c = http.raw("/api/v1/computations/" + slowId + "?wait=10", b -> b.header("Accept", "text/plain").GET());
        assertEquals("cancelled", header(c, "Fora-Status"));
        assertEquals("", text(c));
    }

    @Test void callsAndBlocksAnswerJsonWhateverTheAccept() throws Exception {
        HttpResponse<byte[]> r = http.raw("/api/v1/computations?wait=60", b -> b.header("Content-Type", "application/json")
                .header("Accept", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{\"source\": \"def f():\\n    return 4\\n\", \"call\": \"f\"}")));
        assertEquals("application/json", header(r, "Content-Type"));
        assertEquals(4, json(r).get("result").asInt());
    }

    @Test void badSourceBodiesAreProblems() throws Exception {
        // not UTF-8
        HttpResponse<byte[]> r = submit("?wait=60", new byte[] {'x', ' ', '=', ' ', (byte) 0xff, '\n'}, "text/x-python", "text/plain");
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", header(r, "Content-Type"));
        assertTrue(json(r).get("detail").asText().contains("not UTF-8"), text(r));
        // a syntax error is the usual problem, with its position
        r = submit("?wait=60&path=p.py", "def f(:\n  pass\n", "text/plain");
        assertEquals(400, r.statusCode());
        assertEquals("PythonToForaConversionError", json(r).get("error").asText());
        assertEquals(1, json(r).get("line").asInt());
        // the path parameter belongs to a source body; JSON names its path inside
        r = submit("?wait=60&path=p.py", "{\"source\": \"1\"}".getBytes(StandardCharsets.UTF_8), "application/json", null);
        assertEquals(400, r.statusCode());
        assertTrue(json(r).get("detail").asText().contains("'path' parameter"), text(r));
        // an empty module is a module
        r = submit("?wait=60", new byte[0], "text/x-python", "text/plain");
        assertEquals(200, r.statusCode());
        assertEquals("done", header(r, "Fora-Status"));
        assertArrayEquals(new byte[0], r.body());
    }
}

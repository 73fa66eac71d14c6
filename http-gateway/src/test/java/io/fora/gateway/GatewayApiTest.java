// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST API driven with raw HTTP, as curl or a client in another language would. */
class GatewayApiTest {
    static ForaServer server;
    static Http http;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(2).build());
        http = new Http(server.url());
    }

    @AfterAll static void stop() { server.close(); }

    @Test void minimalSubmissionAnswersDoneWithTheResult() {
        Http.Answer a = http.call("def f(x):\n    return x * 2\n", "[21]");
        assertEquals(200, a.status());
        assertEquals("done", a.json().get("status").asText());
        assertEquals(42, a.json().get("result").asLong());
        assertTrue(a.json().get("id").asText().startsWith("c-"));
    }

    @Test void raisedExceptionAnswersFailedWithTypeMessageAndTraceback() {
        Http.Answer a = http.call("def g(x):\n    return 1 / x\n\ndef f(x):\n    return g(x)\n", "[0]");
        assertEquals(200, a.status());
        assertEquals("failed", a.json().get("status").asText());
        JsonNode e = a.json().get("error");
        assertEquals("ZeroDivisionError", e.get("type").asText());
        assertEquals("division by zero", e.get("message").asText());
        JsonNode tb = e.get("traceback");
        assertEquals(2, tb.size());
        assertEquals(5, tb.get(0).get("line").asInt());
        assertEquals("f", tb.get(0).get("function").asText());
        assertEquals(2, tb.get(1).get("line").asInt());
        assertTrue(e.get("text").asText().endsWith("ZeroDivisionError: division by zero\n"));
    }

    @Test void purityErrorIsAProblemWithLineAndColumn() {
        Http.Answer a = http.call("def f(x):\n    from . import helper\n    return x\n", "[1]");
        assertEquals(400, a.status());
        assertEquals("application/problem+json", a.contentType());
        assertEquals("PythonToForaConversionError", a.json().get("error").asText());
        assertEquals(2, a.json().get("line").asInt());
        assertEquals(5, a.json().get("column").asInt());
        assertEquals(400, a.json().get("status").asInt());
        assertTrue(a.json().get("detail").asText().contains("relative import"));
    }

    @Test void syntaxErrorIsAProblemWithLineAndColumn() {
        Http.Answer a = http.call("def f(x):\n    return (x +\n", "[1]");
        assertEquals(400, a.status());
        assertEquals("PythonToForaConversionError", a.json().get("error").asText());
        assertTrue(a.json().get("line").asInt() >= 2);
        assertTrue(a.json().get("detail").asText().contains("SyntaxError"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "None                 | null",
            "True                 | true",
            "7                    | 7",
            "-2**53 + 1           | -9007199254740991",
            "2**53                | {\"$int\":\"9007199254740992\"}",
            "-2**100              | {\"$int\":\"-1267650600228229401496703205376\"}",
            "1.0                  | 1.0",
            "1e22                 | 1.0E22",
            "float('nan')         | {\"$float\":\"nan\"}",
            "-float('inf')        | {\"$float\":\"-inf\"}",
            "'h\\u00e9\"'         | \"hé\\\"\"",
            "[1, [2.5, 'a']]      | [1,[2.5,\"a\"]]",
            "(1, (2,), ())        | {\"$tuple\":[1,{\"$tuple\":[2]},{\"$tuple\":[]}]}",
            "{'a': 1, (1, 2): [3]} | {\"$dict\":[[\"a\",1],[{\"$tuple\":[1,2]},[3]]]}",
            "{3, 1, 2}            | {\"$set\":[1,2,3]}",
            "frozenset([5])       | {\"$frozenset\":[5]}",
    })
    void resultsUseTheSharedEncoding(String expression, String encoded) throws Exception {
        Http.Answer a = http.call("def f():\n    return " + expression + "\n", "[]");
        assertEquals("done", a.json().get("status").asText(), a.body());
        assertEquals(Http.JSON.readTree(encoded), a.json().get("result"));
        assertEquals(encoded.replace(" ", ""), Http.JSON.writeValueAsString(a.json().get("result")).replace(" ", ""));
    }

    @Test void functionsDownloadAsReprAndTypeAndInstancesAsTheirState() {
        Http.Answer a = http.call("class P:\n    def __init__(self):\n        self.x = 1\n        self.me = self\n"
                + "    def __repr__(self):\n        return 'P()'\n\nclass E(Exception):\n    pass\n\ndef f():\n    return [P(), f, E('e')]\n", "[]");
        JsonNode r = a.json().get("result");
        JsonNode inst = r.get(0).get("$instance");
        assertEquals("__main__", inst.get(0).asText());
        assertEquals("P", inst.get(1).asText());
        JsonNode state = inst.get(2).get("$dict");
        assertEquals("x", state.get(0).get(0).asText());
        assertEquals(1, state.get(0).get(1).asInt());
        assertEquals("P()", state.get(1).get(1).get("$repr").asText(), "an instance inside itself is its repr there");
        assertEquals("function", r.get(1).get("$type").asText());
        assertTrue(r.get(1).get("$repr").asText().startsWith("<function f"));
        assertEquals("E", r.get(2).get("$type").asText());
    }

    @Test void argumentsRoundTripThroughEveryTag() {
        String args = "[null, true, {\"$int\": \"123456789012345678901234567890\"}, 1.5, {\"$float\": \"inf\"}, \"s\","
                + " [1, 2], {\"$tuple\": [1]}, {\"$dict\": [[1, \"one\"]]}, {\"$set\": [1]}, {\"$frozenset\": [2]}, {\"k\": 1}]";
        Http.Answer a = http.call("def f(*xs):\n    return [type(x).__name__ for x in xs], xs[2] + 1, xs[8][1], xs[11]['k']\n", args);
        assertEquals("done", a.json().get("status").asText(), a.body());
        JsonNode t = a.json().get("result").get("$tuple");
        assertEquals("[\"NoneType\",\"bool\",\"int\",\"float\",\"float\",\"str\",\"list\",\"tuple\",\"dict\",\"set\",\"frozenset\",\"dict\"]",
                t.get(0).toString());
        assertEquals("123456789012345678901234567891", t.get(1).get("$int").asText());
        assertEquals("one", t.get(2).asText());
        assertEquals(1, t.get(3).asInt());
    }

    @Test void keywordArgumentsBind() {
        Http.Answer a = http.post("/api/v1/computations?wait=60",
                "{\"source\": \"def f(a, b=2, *, c):\\n    return a * 100 + b * 10 + c\\n\", \"call\": \"f\", \"args\": [1], \"kwargs\": {\"c\": 3}}");
        assertEquals(123, a.json().get("result").asInt(), a.body());
    }

    @Test void withoutWaitTheAnswerIs202AndAGetWithWaitContinues() {
        Http.Answer a = http.post("/api/v1/computations",
                "{\"source\": \"def f():\\n    return sum(i * i for i in range(3000000))\\n\", \"call\": \"f\"}");
        assertEquals(202, a.status(), a.body());
        assertEquals("running", a.json().get("status").asText());
        String id = a.json().get("id").asText();
        Http.Answer b = http.get("/api/v1/computations/" + id + "?wait=60");
        assertEquals(200, b.status());
        assertEquals("done", b.json().get("status").asText());
        assertEquals("8999995500000500000", b.json().get("result").get("$int").asText());
        // a finished computation answers the same again, and appears in the list
        assertEquals(b.json().get("result"), http.get("/api/v1/computations/" + id).json().get("result"));
        assertTrue(http.get("/api/v1/computations").body().contains(id));
    }

    @Test void aShortWaitRunsOutWith202() {
        Http.Answer a = http.post("/api/v1/computations?wait=0.2", "{\"source\": \"def f():\\n    while True:\\n        pass\\n\", \"call\": \"f\"}");
        assertEquals(202, a.status());
        assertEquals("running", a.json().get("status").asText());
        assertEquals("cancelled", http.delete("/api/v1/computations/" + a.json().get("id").asText()).json().get("status").asText());
    }

    @Test void cancelStopsTheComputationAndItsPieces() throws Exception {
        Http.Answer a = http.post("/api/v1/computations",
                "{\"source\": \"def f():\\n    return sum(x % 3 for x in range(10**9))\\n\", \"call\": \"f\"}");
        String id = a.json().get("id").asText();
        Thread.sleep(300);
        Http.Answer c = http.delete("/api/v1/computations/" + id);
        assertEquals(200, c.status());
        assertEquals("cancelled", c.json().get("status").asText());
        assertEquals("cancelled", http.get("/api/v1/computations/" + id + "?wait=5").json().get("status").asText());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (server.busyDrivers() > 0 && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(0, server.busyDrivers(), "the cancelled computation's thread is still running");
        assertEquals(42, http.call("def f():\n    return 42\n", "[]").json().get("result").asInt());
    }

    @Test void cancelAfterCompletionKeepsTheAnswer() {
        Http.Answer a = http.call("def f():\n    return 5\n", "[]");
        Http.Answer c = http.delete("/api/v1/computations/" + a.json().get("id").asText());
        assertEquals(200, c.status());
        assertEquals("done", c.json().get("status").asText());
        assertEquals(5, c.json().get("result").asInt());
    }

    @Test void remotelyBlockBindsNamesInAndOut() {
        Http.Answer d = http.post("/api/v1/objects", "{\"source\": \"def isPrime(n):\\n    if n < 2:\\n        return False\\n"
                + "    i = 2\\n    while i * i <= n:\\n        if n % i == 0:\\n            return False\\n        i += 1\\n    return True\\n\", \"name\": \"isPrime\"}");
        assertEquals(201, d.status(), d.body());
        assertEquals("function", d.json().get("type").asText());
        String isPrime = d.json().get("id").asText();
        Http.Answer a = http.post("/api/v1/computations?wait=60", "{\"block\": \"n = sum(isPrime(x) for x in range(10**4))\\nm = n + k\\n_hidden = 1\","
                + " \"bindings\": {\"isPrime\": {\"$ref\": \"" + isPrime + "\"}, \"k\": 1}}");
        assertEquals("done", a.json().get("status").asText(), a.body());
        assertEquals(1229, a.json().get("results").get("n").asInt());
        assertEquals(1230, a.json().get("results").get("m").asInt());
        assertFalse(a.json().get("results").has("isPrime"), "bindings that the block did not rebind are not results");
    }

    @Test void moduleRunReturnsTheDisplayedValues() {
        Http.Answer a = http.post("/api/v1/computations?wait=60", "{\"source\": \"x = 3\\nx * 2\\n'a'\\nNone\\n\", \"path\": \"m.py\"}");
        assertEquals("[\"6\",\"'a'\"]", a.json().get("output").toString(), a.body());
    }

    @Test void downloadNoneLeavesResultsOnTheServer() {
        Http.Answer a = http.post("/api/v1/computations?wait=60", "{\"source\": \"def f():\\n    return list(range(5))\\n\", \"call\": \"f\", \"download\": \"none\"}");
        String ref = a.json().get("result").get("$ref").asText();
        Http.Answer o = http.get("/api/v1/objects/" + ref);
        assertEquals(200, o.status());
        assertEquals("list", o.json().get("type").asText());
        assertEquals("[0,1,2,3,4]", o.json().get("value").toString());
        // the reference works as an argument of a later call
        Http.Answer b = http.post("/api/v1/computations?wait=60", "{\"source\": \"def f(xs):\\n    return sum(xs)\\n\", \"call\": \"f\", \"args\": [{\"$ref\": \"" + ref + "\"}]}");
        assertEquals(10, b.json().get("result").asInt());
    }

    @Test void downloadSmallSendsSmallValuesAndKeepsLargeOnes() {
        Http.Answer a = http.post("/api/v1/computations?wait=60", "{\"block\": \"small = 7\\nbig = list(range(10000))\\n\", \"download\": \"small\", \"maxBytes\": 1000}");
        JsonNode r = a.json().get("results");
        assertEquals(7, r.get("small").asInt(), a.body());
        String ref = r.get("big").get("$ref").asText();
        assertEquals(10000, http.get("/api/v1/objects/" + ref).json().get("value").size());
    }

    @Test void objectDownloadOverTheCallersLimitIsRefused() {
        Http.Answer d = http.post("/api/v1/objects", "{\"value\": [1, 2, 3, {\"$tuple\": [\"x\"]}]}");
        assertEquals(201, d.status());
        String id = d.json().get("id").asText();
        assertEquals("[1,2,3,{\"$tuple\":[\"x\"]}]", http.get("/api/v1/objects/" + id).json().get("value").toString());
        assertEquals(200, http.get("/api/v1/objects/" + id + "?maxBytes=24").status());
        Http.Answer big = http.get("/api/v1/objects/" + id + "?maxBytes=23");
        assertEquals(422, big.status());
        assertEquals("ResultExceededBytecountThreshold", big.json().get("error").asText());
    }

    @Test void releasedObjectsAreGone() {
        String id = http.post("/api/v1/objects", "{\"value\": 1}").json().get("id").asText();
        assertEquals(204, http.delete("/api/v1/objects/" + id).status());
        assertEquals(404, http.get("/api/v1/objects/" + id).status());
        assertEquals(404, http.delete("/api/v1/objects/" + id).status());
    }

    @Test void callByReferenceAndNotCallable() {
        String f = http.post("/api/v1/objects", "{\"source\": \"def f(a, b):\\n    return a - b\\n\", \"name\": \"f\"}").json().get("id").asText();
        Http.Answer a = http.post("/api/v1/computations?wait=60", "{\"call\": {\"$ref\": \"" + f + "\"}, \"args\": [10, 3]}");
        assertEquals(7, a.json().get("result").asInt(), a.body());
        String n = http.post("/api/v1/objects", "{\"value\": 3}").json().get("id").asText();
        Http.Answer b = http.post("/api/v1/computations?wait=60", "{\"call\": {\"$ref\": \"" + n + "\"}}");
        assertEquals("failed", b.json().get("status").asText());
        assertEquals("NotCallableError", b.json().get("error").get("type").asText());
    }

    @Test void definingFromARaisingModuleIs422() {
        Http.Answer d = http.post("/api/v1/objects", "{\"source\": \"x = 1 / 0\\n\", \"name\": \"x\"}");
        assertEquals(422, d.status());
        assertEquals("ComputationError", d.json().get("error").asText());
        assertEquals("ZeroDivisionError", d.json().get("remoteType").asText());
        Http.Answer m = http.post("/api/v1/objects", "{\"source\": \"x = 1\\n\", \"name\": \"y\"}");
        assertEquals(422, m.status());
    }

    @Test void invalidPyforaOperationIsReportedByName() {
        Http.Answer a = http.call("def f():\n    return eval('1 + 1')\n", "[]");
        assertEquals("failed", a.json().get("status").asText(), a.body());
        assertEquals("InvalidPyforaOperation", a.json().get("error").get("type").asText());
        assertTrue(a.json().get("error").get("message").asText().contains("'eval' is not available"), a.body());
    }

    @Test void missingFunctionIsANameError() {
        Http.Answer a = http.post("/api/v1/computations?wait=60", "{\"source\": \"x = 1\\n\", \"call\": \"f\"}");
        assertEquals("NameError", a.json().get("error").get("type").asText());
    }

    @Test void clusterInfoCountsCoresAndMemory() {
        JsonNode c = http.get("/api/v1/cluster").json();
        assertEquals(1, c.get("workers").asInt());
        assertTrue(c.get("cores").asInt() >= 1);
        assertEquals(2, c.get("threads").asInt());
        assertTrue(c.get("memory").get("maxBytes").asLong() > 0);
        assertNotNull(c.get("computations").get("running"));
    }

    @Test void healthAnswersForProbesAndIsInTheApiDocument() {
        Http.Answer h = http.get("/api/v1/health");
        assertEquals(200, h.status());
        assertEquals("up", h.json().get("status").asText());
        assertEquals(1, h.json().get("workers").asInt());
        assertEquals(405, http.post("/api/v1/health", "{}").status());
        assertTrue(http.get("/api/v1/openapi.json").json().get("paths").has("/api/v1/health"));
    }

    @Test void openApiDocumentAndDocsPageAreServed() {
        Http.Answer o = http.get("/api/v1/openapi.json");
        assertEquals(200, o.status());
        assertTrue(o.json().get("openapi").asText().startsWith("3."));
        Http.Answer d = http.get("/docs");
        assertEquals(200, d.status());
        assertTrue(d.body().contains("swagger-ui-bundle.js"));
        assertEquals(200, http.get("/docs/swagger-ui-bundle.js").status());
        assertEquals(200, http.get("/docs/swagger-ui.css").status());
        // the Swagger UI package's own page (its demo API) is not served: /docs is ours
        Http.Answer index = http.get("/docs/index.html");
        assertTrue(index.status() == 302 || index.body().contains("/api/v1/openapi.json"), index.body());
    }

    @Test void problemTypesPointAtAPageThatExplainsThem() {
        Http.Answer bad = http.post("/api/v1/computations", "{\"source\": \"x\"");
        assertEquals(400, bad.status());
        String type = bad.json().get("type").asText();
        assertEquals("/docs/problems#BadRequest", type);
        assertFalse(bad.json().get("detail").asText().contains("REDACTED"), bad.body());
        assertTrue(bad.json().get("detail").asText().contains("line 1"), bad.body());
        Http.Answer page = http.get("/docs/problems");
        assertEquals(200, page.status());
        for (String error : new String[] {"BadRequest", "PythonToForaConversionError", "NotFound", "MethodNotAllowed",
                "PayloadTooLarge", "ResultExceededBytecountThreshold", "ForaToPythonConversionError", "ComputationError", "ForaError"}) {
            assertTrue(page.body().contains("id=\"" + error + "\""), error);
        }
    }

    @Test void argumentsNestedOneLevelTooDeepNameTheDocumentedLimit() {
        String deep = "[".repeat(1001) + "]".repeat(1001);
        Http.Answer a = http.post("/api/v1/computations", "{\"source\": \"def f(x):\\n    return 1\\n\", \"call\": \"f\", \"args\": [" + deep + "]}");
        assertEquals(400, a.status());
        assertTrue(a.json().get("detail").asText().contains("1000 levels"), a.body());
        String ok = "[".repeat(999) + "]".repeat(999);
        Http.Answer b = http.post("/api/v1/computations?wait=30", "{\"source\": \"def f(x):\\n    return 1\\n\", \"call\": \"f\", \"args\": [" + ok + "]}");
        assertEquals(200, b.status(), b.body());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The whole differential corpus (programs checked against CPython 3.11) sent through the HTTP API
 * as module runs: what comes back must be exactly what CPython printed, and the same last line of
 * the exception when CPython raised. Proves the server path adds nothing and loses nothing.
 */
class GatewayCorpusTest {
    static final Path ROOT = Path.of("../bytecode-vm/src/test/resources/programs");
    static ForaServer server;
    static Http http;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).threads(2).build());
        http = new Http(server.url());
    }

    @AfterAll static void stop() { server.close(); }

    @TestFactory
    Stream<DynamicTest> corpusThroughTheGateway() throws IOException {
        Path list = ROOT.resolve("KNOWN_FAILURES.txt");
        Set<String> known = Files.exists(list) ? Files.readAllLines(list).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet()) : Set.of();
        List<Path> programs;
        try (Stream<Path> s = Files.walk(ROOT)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(ROOT.relativize(p).toString(), () -> {
            Assumptions.assumeFalse(known.contains(ROOT.relativize(p).toString()), "known failure");
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Assumptions.assumeFalse(text.contains("# expect:"), "negative programs are checked by the VM's corpus test");
            check(p, text);
        }));
    }

    private static void check(Path program, String text) throws IOException {
        String base = program.toString().substring(0, program.toString().length() - 3);
        String expected = Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8);
        Path exc = Path.of(base + ".exc");
        String name = program.getFileName().toString();
        Http.Answer a = http.post("/api/v1/computations?wait=120",
                "{\"source\":" + Http.quote(text) + ",\"path\":" + Http.quote(name) + "}");
        assertEquals(200, a.status(), a.body());
        JsonNode answer = a.json();
        StringBuilder out = new StringBuilder();
        for (JsonNode line : answer.path("output")) out.append(line.asText()).append('\n');
        assertEquals(expected, out.toString(), "output");
        if (Files.exists(exc)) {
            assertEquals("failed", answer.get("status").asText(), a.body());
            JsonNode e = answer.get("error");
            // the last line of the traceback text, as CPython prints it (module-qualified name, "Did you mean")
            String[] lines = e.get("text").asText().strip().split("\n");
            String last = lines[lines.length - 1];
            assertEquals(Files.readString(exc, StandardCharsets.UTF_8).strip(), last);
        } else {
            assertEquals("done", answer.get("status").asText(), a.body());
        }
    }

}

// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fora.scheduler.WorkStealingPool;
import io.fora.vm.ForaVm;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A real grid on loopback: {@code fora manager --no-worker} and two {@code fora worker --cores 1}
 * processes. Answers must be what one JVM gives, floats bit for bit, whatever moved where.
 */
class GridTest {
    static GridProcesses grid;
    static GridProcesses.Member w1, w2;

    @BeforeAll static void start() throws IOException {
        grid = new GridProcesses();
        grid.startManager();
        w1 = grid.startWorker(1);
        w2 = grid.startWorker(1);
        grid.awaitWorkers(2);
    }

    @AfterAll static void stop() { if (grid != null) grid.close(); }

    static final String PROGRAMS = """
            import math
            class P:
                def __init__(self, x):
                    self.x = x
            def isPrime(p):
                if p < 2:
                    return False
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return False
                    x = x + 1
                return True
            def s(a, b):
                if b - a < 2000:
                    return sum(math.sqrt(i) for i in range(a, b))
                mid = (a + b) // 2
                return s(a, mid) + s(mid, b)
            sum(1 for n in range(300000) if isPrime(n))
            sum(math.sin(i) for i in range(400000))
            ps = [P(i * 0.5) for i in range(60000)]
            all(isinstance(p, P) for p in ps)
            sum(p.x for p in ps)
            max(range(200000), key=lambda i: (i * 7919) % 100003)
            min(ps, key=lambda p: -p.x).x
            any(p.x == 20000.0 for p in ps)
            len({i % 1000 for i in range(100000)})
            d = {i: i * i for i in range(50000)}
            d[49999]
            s(0, 400000)
            [str(i) for i in range(30000)][-3:]
            sorted(ps, key=lambda p: -p.x)[0].x
            """;

    /** What one JVM with two threads prints for a program. */
    static List<String> oneJvm(String source) throws Exception {
        try (WorkStealingPool pool = new WorkStealingPool(2)) {
            ForaVm.Outcome o = new ForaVm(1000, pool).run(ForaVm.compile("t.py", source), null);
            return o.displayed();
        }
    }

    static List<String> output(JsonNode answer) {
        List<String> out = new ArrayList<>();
        for (JsonNode l : answer.path("output")) out.add(l.asText());
        return out;
    }

    @Test void answersAreOneJvmsBitForBitWhateverMovedWhere() throws Exception {
        JsonNode answer = grid.runModule("known.py", PROGRAMS, 120);
        assertEquals("done", answer.path("status").asText(), answer.toString());
        assertEquals(oneJvm(PROGRAMS), output(answer));
        long moved = 0;
        for (JsonNode m : grid.cluster().path("members")) moved += m.path("piecesRun").asLong();
        assertTrue(moved > 0, "pieces should have run on the worker that does not hold the root: " + grid.cluster());
    }

    @Test void theClusterShowsBothWorkersWithTheirCoresAndMemory() {
        JsonNode c = grid.cluster();
        assertEquals(2, c.path("workers").asInt());
        assertEquals(2, c.path("cores").asInt());
        assertEquals(grid.manager.address, c.path("manager").asText());
        for (GridProcesses.Member w : List.of(w1, w2)) {
            JsonNode m = grid.member(w);
            assertNotNull(m, "member " + w.address + " in " + c);
            assertEquals("up", m.path("status").asText());
            assertEquals(1, m.path("cores").asInt());
            assertTrue(m.path("memory").path("maxBytes").asLong() > 0);
            assertTrue(m.has("busyCores"));
            // each worker's page store and data port (as peers reach it: host:port@driver directory)
            JsonNode pages = m.path("pages");
            assertTrue(pages.path("budgetBytes").asLong() > 0, pages.toString());
            assertEquals(0, pages.path("onDiskBytes").asLong(), pages.toString());
            assertTrue(pages.path("dataEndpoint").asText().matches("127\\.0\\.0\\.1:\\d+@.*fora-aeron-.*"), pages.toString());
        }
        assertNotEquals(grid.member(w1).path("pages").path("dataEndpoint").asText(), grid.member(w2).path("pages").path("dataEndpoint").asText(),
                "two workers on one machine, two data ports");
    }

    @Test void theManagersWarmUpJobIsNoComputationOfAnyUser() {
        // once a worker was up, the manager sent one small job through the grid to warm its paths
        // up: it ends, and no listing shows it
        GridProcesses.await("no job left on the workers", 30, () -> {
            for (JsonNode m : grid.cluster().path("members")) if (m.path("computations").asInt() != 0) return false;
            return true;
        });
        JsonNode list = grid.get("/api/v1/computations");
        for (JsonNode c : list.path("computations")) assertTrue(c.path("id").asText().startsWith("c-"), list.toString());
    }

    @Test void anExceptionInAPieceElsewhereIsTheOneSequentialPythonMeetsFirst() {
        JsonNode answer = grid.runModule("e.py", """
                def f(i):
                    if i == 250000 or i == 270000:
                        raise ValueError("bad " + str(i))
                    return i
                sum(f(i) for i in range(300000))
                """, 120);
        assertEquals("failed", answer.path("status").asText(), answer.toString());
        assertEquals("bad 250000", answer.path("error").path("message").asText());
        assertTrue(answer.path("error").path("text").asText().contains("line 3, in f"), answer.toString());
    }

    @Test void cancellingStopsTheComputationOnEveryWorker() {
        JsonNode started = grid.runModule("long.py", """
                def isPrime(p):
                    x = 2
                    while x * x <= p:
                        if p % x == 0:
                            return 0
                        x = x + 1
                    return 1
                sum(isPrime(p) for p in range(2, 10**8))
                """, 0);
        String id = started.path("id").asText();
        GridProcesses.await("both workers busy", 60, () -> {
            JsonNode a = grid.member(w1), b = grid.member(w2);
            return a != null && b != null && a.path("busyCores").asInt() > 0 && b.path("busyCores").asInt() > 0;
        });
        long t0 = System.nanoTime();
        grid.delete("/api/v1/computations/" + id);
        GridProcesses.await("every worker idle after the cancel", 10, () ->
                grid.member(w1).path("busyCores").asInt() == 0 && grid.member(w2).path("busyCores").asInt() == 0);
        long idleAfterMs = (System.nanoTime() - t0) / 1_000_000;
        // busyCores comes from load reports ten times a second: the cores were idle before this saw it
        assertTrue(idleAfterMs < 1500, "the workers should go idle within a second, not " + idleAfterMs + " ms");
        assertEquals("cancelled", grid.get("/api/v1/computations/" + id).path("status").asText());
    }

    @Test void garbageOnAClusterPortIsDroppedAndTheMemberStaysUp() throws Exception {
        Random r = new Random(9);
        for (int i = 0; i < 5; i++) {
            try (Socket s = new Socket("127.0.0.1", w1.clusterPort())) {
                OutputStream out = s.getOutputStream();
                byte[] junk = new byte[1 + r.nextInt(4096)];
                r.nextBytes(junk);
                if (i == 0) junk = "AKKA\u0001 not really a frame".getBytes(StandardCharsets.ISO_8859_1);
                out.write(junk);
                out.flush();
            } catch (IOException dropped) {
                // the member closed the connection: fine
            }
        }
        assertTrue(w1.process.isAlive());
        JsonNode answer = grid.runModule("after.py", "sum(i * i for i in range(100000))\n", 60);
        assertEquals(List.of("333328333350000"), output(answer));
        assertEquals(2, grid.cluster().path("workers").asInt());
    }

    @TestFactory Stream<DynamicTest> theCorpusThroughTheGrid() throws IOException {
        Path root = Path.of("../bytecode-vm/src/test/resources/programs");
        Set<String> known = Files.readAllLines(root.resolve("KNOWN_FAILURES.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        List<Path> programs;
        try (Stream<Path> s = Files.walk(root)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(root.relativize(p).toString(), () -> {
            Assumptions.assumeFalse(known.contains(root.relativize(p).toString()), "known failure");
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Assumptions.assumeFalse(text.contains("# expect:"), "negative programs are checked by the VM's corpus test");
            String base = p.toString().substring(0, p.toString().length() - 3);
            JsonNode answer = grid.runModule(p.getFileName().toString(), text, 120);
            StringBuilder out = new StringBuilder();
            for (String l : output(answer)) out.append(l).append('\n');
            assertEquals(Files.readString(Path.of(base + ".out"), StandardCharsets.UTF_8), out.toString(), answer.toString());
            Path exc = Path.of(base + ".exc");
            if (Files.exists(exc)) {
                JsonNode e = answer.path("error");
                // the last line of the traceback text, as CPython prints it (module-qualified name, "Did you mean")
                String[] lines = e.path("text").asText().strip().split("\n");
                String last = lines[lines.length - 1];
                assertEquals(Files.readString(exc, StandardCharsets.UTF_8).strip(), last);
            } else {
                assertEquals("done", answer.path("status").asText(), answer.toString());
            }
        }));
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pages lost with a killed worker: a list made on both workers of a grid, the worker that does
 * not run the job's root killed with SIGKILL before the list is read; the job runs again and
 * ends with the answer an undisturbed run gives.
 */
class PagedGridFaultTest {
    static GridProcesses grid;
    static GridProcesses.Member w1, w2;

    @BeforeAll static void start() throws IOException {
        grid = new GridProcesses("-Xmx256m", "-Xmn64m");
        grid.startManager();
        w1 = grid.startWorker("worker", "--manager", grid.manager.address, "--host", "127.0.0.1", "--cluster-port", "0",
                "--cores", "1", "--data-port", "0", "--page-size", "64k");
        w2 = grid.startWorker("worker", "--manager", grid.manager.address, "--host", "127.0.0.1", "--cluster-port", "0",
                "--cores", "1", "--data-port", "0", "--page-size", "64k");
        grid.awaitWorkers(2);
    }

    @AfterAll static void stop() { if (grid != null) grid.close(); }

    @Test void pagesLostWithAKilledWorkerAreMadeAgain() {
        // each element costs a microsecond or so (the busy loop, compiled): the list takes long
        // enough that the other worker surely computes blocks of it
        JsonNode started = grid.runModule("lost.py", """
                def busy(n):
                    s = 0
                    for i in range(n):
                        s += i % 7
                    return s
                xs = [i * 3 + (busy(300) & 0) for i in range(4 * 10**5)]
                busy(15 * 10**8)
                sum(xs)
                xs[-1]
                """, 0);
        String id = started.path("id").asText();
        // once the worker without the job's root has made pages of the list for it, kill it
        GridProcesses.Member[] victim = new GridProcesses.Member[1];
        GridProcesses.await("the other worker holding pages", 120, () -> {
            JsonNode c = grid.cluster();
            if (c.path("computations").path("running").asInt() == 0) return false; // not started (or, wrongly, over)
            for (GridProcesses.Member w : List.of(w1, w2)) {
                JsonNode m = grid.member(w);
                if (m == null || m.path("computations").asInt() > 0) continue;
                JsonNode pages = m.path("pages");
                // a piece it ran has answered: the root holds references to its pages
                if (pages.path("inMemoryBytes").asLong() + pages.path("onDiskBytes").asLong() > 0 && m.path("piecesRun").asInt() > 0) victim[0] = w;
            }
            return victim[0] != null;
        });
        String before = grid.cluster().toString();
        victim[0].kill();
        JsonNode answer = grid.awaitEnd(id, 300);
        assertEquals("done", answer.path("status").asText(), answer.toString());
        // printed by python3 3.11 for the same program
        assertEquals(List.of("4499999995", "239999400000", "1199997"), GridTest.output(answer));
        String log;
        try {
            log = java.nio.file.Files.readString(java.nio.file.Path.of("target", "grid-logs", "worker.log"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertTrue(log.lines().anyMatch(l -> l.contains("could not be read") && l.contains(victim[0].address) && l.contains("running it again")),
                "the root's worker should have met the lost pages and run the job again; killed " + victim[0].address + " in " + before);
    }
}

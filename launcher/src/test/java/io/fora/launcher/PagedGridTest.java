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
 * A list larger than a worker's whole heap, on a real grid: {@code fora manager --no-worker} and
 * two {@code fora worker --memory 128m --page-size 64k} processes (96 MiB heaps). Both workers
 * compute blocks of the list, whose ints are packed in pages that stay on the worker that made
 * them (beyond its page budget, on its disk); reading the list fetches the other worker's pages
 * over Aeron, and the program gets CPython's answers. An operation that needs the list whole fails
 * with MemoryError and the workers stay up.
 */
class PagedGridTest {
    static GridProcesses grid;
    static GridProcesses.Member w1, w2;

    @BeforeAll static void start() throws IOException {
        grid = new GridProcesses("-Xmx96m", "-Xmn32m");
        grid.startManager();
        String[] flags = {"--host", "127.0.0.1", "--cluster-port", "0", "--cores", "1", "--data-port", "0", "--memory", "128m", "--page-size", "64k"};
        w1 = grid.startWorker(concat(new String[] {"worker", "--manager", grid.manager.address}, flags));
        w2 = grid.startWorker(concat(new String[] {"worker", "--manager", grid.manager.address}, flags));
        grid.awaitWorkers(2);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @AfterAll static void stop() { if (grid != null) grid.close(); }

    /** 12·10⁶ ints: 96 MB packed, 300 MB or more as boxed values; each worker's heap is 96 MiB. */
    static final String PROGRAM = """
            xs = [i * 3 for i in range(12 * 10**6)]
            len(xs)
            sum(xs)
            xs[7654321]
            max(xs[::1000])
            xs[-1]
            sum(xs[10**6:2 * 10**6])
            ys = [x * 0.5 for x in xs[:100000]]
            sum(ys)
            """;

    @Test void aListLargerThanAWorkersHeapGivesCPythonsAnswers() {
        JsonNode answer = grid.runModule("big.py", PROGRAM, 150);
        assertEquals("done", answer.path("status").asText(), answer.toString());
        // printed by python3 3.11 for the same program
        assertEquals(List.of("12000000", "215999982000000", "22962963", "35997000", "35999997", "4499998500000", "7499925000.0"),
                GridTest.output(answer));
        long onDisk = 0, budget = 0;
        int holding = 0;
        for (JsonNode m : grid.cluster().path("members")) {
            JsonNode pages = m.path("pages");
            onDisk += pages.path("onDiskBytes").asLong();
            budget = Math.max(budget, pages.path("budgetBytes").asLong());
            if (pages.path("onDiskBytes").asLong() + pages.path("inMemoryBytes").asLong() > 0) holding++;
        }
        assertEquals(2, holding, "both workers computed part of the list and hold its pages: " + grid.cluster());
        assertTrue(budget > 0 && budget <= 64L << 20, "a page budget within half the memory: " + grid.cluster());
        assertTrue(onDisk > 0, "pages beyond the budget should have gone to disk: " + grid.cluster());
    }

    /** Pages that arrived at some worker from another, and sums of pages run by their holders, over the grid. */
    private static long[] pageCounters() {
        long received = 0, sums = 0;
        for (JsonNode m : grid.cluster().path("members")) {
            received += m.path("pages").path("pagesReceived").asLong();
            sums += m.path("pages").path("asksServed").asLong();
        }
        return new long[] {received, sums};
    }

    @Test void sumsAndStridedReadsRunWhereThePagesAreAndNoPageTravels() throws InterruptedException {
        Thread.sleep(300); // the last load reports of an earlier test's fetches
        long[] before = pageCounters();
        JsonNode answer = grid.runModule("sums.py", """
                xs = [i * 7 for i in range(6 * 10**6)]
                len(xs)
                sum(xs)
                sum(xs, 0.5)
                xs[4567891]
                max(xs[::1000])
                min(xs[::-997])
                xs[-1]
                ys = [i * 0.25 for i in range(4 * 10**6)]
                sum(ys)
                sum(ys[1:], 3)
                ys[3999999], sum(ys[::-3])
                """, 150);
        // printed by python3 3.11 for the same program
        assertEquals(List.of("6000000", "125999979000000", "125999979000000.5", "31975237", "41993000", "371", "41999993",
                        "1999999500000.0", "1999999500003.0", "(999999.75, 666666833333.25)"),
                GridTest.output(answer), answer.toString());
        long[] after = pageCounters();
        for (int i = 0; i < 30 && after[1] == before[1]; i++) { // load reports come ten times a second
            Thread.sleep(100);
            after = pageCounters();
        }
        assertTrue(after[1] > before[1], "the other worker's pages were added up and read where they are: " + grid.cluster());
        assertEquals(before[0], after[0], "no page travelled for the sums and reads: " + grid.cluster());
    }

    @Test void sortingAListTooLargeToHoldUnpagedIsAMemoryErrorAndTheWorkersStayUp() {
        JsonNode answer = grid.runModule("sort.py", """
                xs = [i * 3 for i in range(12 * 10**6)]
                xs.sort()
                """, 150);
        assertEquals("failed", answer.path("status").asText(), answer.toString());
        assertEquals("MemoryError", answer.path("error").path("type").asText(), answer.toString());
        JsonNode after = grid.runModule("after.py", "sum([i for i in range(100000)])\n", 60);
        assertEquals(List.of("4999950000"), GridTest.output(after), after.toString());
        assertEquals(2, grid.cluster().path("workers").asInt());
    }
}

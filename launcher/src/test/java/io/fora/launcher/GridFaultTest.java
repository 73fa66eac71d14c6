// SPDX-License-Identifier: Apache-2.0
package io.fora.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Workers killed with SIGKILL in the middle of a computation: computations are pure, so lost
 * work runs again elsewhere and the answer is the undisturbed one.
 */
class GridFaultTest {
    /**
     * The processes interpret only: these tests kill and add workers while a computation runs for
     * several seconds on each, and tier 1 runs this fixed workload about 20 times faster (the
     * grid with tier 1 is GridTest's and ShippedPiecesTest's).
     */
    static final String TIER0 = "-Dfora.tier1=off";

    /** Primes below 2·10⁶ by trial division: 148933; several seconds on a core in tier 0. */
    static final String PRIMES = """
            def isPrime(p):
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return 0
                    x = x + 1
                return 1
            sum(isPrime(p) for p in range(2, 2 * 10**6))
            """;

    private static GridProcesses.Member holdingRoot(GridProcesses grid, List<GridProcesses.Member> workers, boolean root) {
        for (GridProcesses.Member w : workers) {
            JsonNode m = grid.member(w);
            if (m != null && (m.path("computations").asInt() > 0) == root) return w;
        }
        throw new AssertionError("no worker " + (root ? "holds" : "is free of") + " the root: " + grid.cluster());
    }

    private static String startAndWaitUntilBothBusy(GridProcesses grid, GridProcesses.Member a, GridProcesses.Member b) {
        String id = grid.runModule("primes.py", PRIMES, 0).path("id").asText();
        GridProcesses.await("both workers busy", 60, () -> {
            JsonNode x = grid.member(a), y = grid.member(b);
            return x != null && y != null && x.path("busyCores").asInt() > 0 && y.path("busyCores").asInt() > 0;
        });
        return id;
    }

    /** The computation ends as an undisturbed run does: done, 148933. */
    private static void assertUndisturbedAnswer(GridProcesses grid, String id) {
        JsonNode end = grid.awaitEnd(id, 180);
        assertEquals("done", end.path("status").asText(), end.toString());
        assertEquals("148933", end.path("output").get(0).asText());
    }

    /** A manager and two workers of one core, both busy with PRIMES: the job's id. */
    private static String busyPair(GridProcesses grid, GridProcesses.Member[] workers) throws IOException {
        grid.startManager();
        workers[0] = grid.startWorker(1);
        workers[1] = grid.startWorker(1);
        grid.awaitWorkers(2);
        return startAndWaitUntilBothBusy(grid, workers[0], workers[1]);
    }

    @Test void aWorkerKilledMidRunLeavesTheAnswerUnchangedAndLeavesTheCluster() throws IOException {
        try (GridProcesses grid = new GridProcesses(TIER0)) {
            GridProcesses.Member[] ab = new GridProcesses.Member[2];
            String id = busyPair(grid, ab);
            GridProcesses.Member helper = holdingRoot(grid, List.of(ab), false);
            helper.kill();
            assertUndisturbedAnswer(grid, id);
            GridProcesses.await("the killed worker to leave the cluster", 30, () -> grid.member(helper) == null);
            assertEquals(1, grid.cluster().path("workers").asInt());
        }
    }

    @Test void aWorkerStoppedWithSigtermLeavesGracefullyAndItsPiecesRunElsewhere() throws IOException {
        try (GridProcesses grid = new GridProcesses(TIER0)) {
            GridProcesses.Member[] ab = new GridProcesses.Member[2];
            String id = busyPair(grid, ab);
            GridProcesses.Member helper = holdingRoot(grid, List.of(ab), false);
            assertTrue(helper.terminate(), "a worker given SIGTERM should leave and exit");
            // it left: gone at once, not after the failure detector's seconds of silence
            GridProcesses.await("the stopped worker to leave the cluster", 5, () -> grid.member(helper) == null);
            assertUndisturbedAnswer(grid, id);
        }
    }

    @Test void theRootsWorkerKilledMidRunRestartsTheComputationElsewhere() throws IOException {
        try (GridProcesses grid = new GridProcesses(TIER0)) {
            grid.startManager();
            GridProcesses.Member a = grid.startWorker(1), b = grid.startWorker(1);
            grid.awaitWorkers(2);
            String id = startAndWaitUntilBothBusy(grid, a, b);
            holdingRoot(grid, List.of(a, b), true).kill();
            assertUndisturbedAnswer(grid, id);
        }
    }

    @Test void everyWorkerKilledTheComputationWaitsAndAWorkerThatJoinsFinishesIt() throws IOException {
        try (GridProcesses grid = new GridProcesses(TIER0)) {
            grid.startManager();
            GridProcesses.Member a = grid.startWorker(1), b = grid.startWorker(1);
            grid.awaitWorkers(2);
            String id = startAndWaitUntilBothBusy(grid, a, b);
            a.kill();
            b.kill();
            GridProcesses.await("no worker left", 30, () -> grid.cluster().path("workers").asInt() == 0);
            assertEquals("running", grid.get("/api/v1/computations/" + id).path("status").asText());
            grid.startWorker(2);
            assertUndisturbedAnswer(grid, id);
        }
    }

    @Test void withNoWorkerUpAComputationFailsClearlyAfterTheWaitAndTheGatewayStaysUp() throws IOException {
        try (GridProcesses grid = new GridProcesses(TIER0)) {
            grid.startManager("--worker-wait", "2");
            long t0 = System.nanoTime();
            JsonNode answer = grid.runModule("p.py", "1 + 1\n", 60);
            assertEquals("failed", answer.path("status").asText(), answer.toString());
            assertTrue(answer.path("error").path("message").asText().contains("no worker"), answer.toString());
            assertTrue(System.nanoTime() - t0 < 20_000_000_000L);
            assertEquals(0, grid.cluster().path("workers").asInt());
            grid.startWorker(1);
            grid.awaitWorkers(1);
            assertEquals("2", grid.runModule("p.py", "1 + 1\n", 60).path("output").get(0).asText());
        }
    }

    @Test void aWorkerJoiningMidRunTakesWork() throws IOException {
        try (GridProcesses grid = new GridProcesses(TIER0)) {
            grid.startManager();
            grid.startWorker(1);
            grid.awaitWorkers(1);
            String id = grid.runModule("primes.py", PRIMES, 0).path("id").asText();
            GridProcesses.Member late = grid.startWorker(1);
            JsonNode end = grid.awaitEnd(id, 180);
            assertEquals("148933", end.path("output").get(0).asText(), end.toString());
            // it takes work: it runs pieces to the end, or starts them and sends parts of them on (a
            // worker sends pieces only while it runs the computation's work). On a loaded machine a
            // just-started JVM can be slow enough that the sender, done meanwhile, cancels what it
            // gave it: then no piece of the late worker counts as run (seen in full verifies).
            JsonNode m = grid.member(late);
            assertTrue(m.path("piecesRun").asLong() + m.path("piecesSent").asLong() > 0,
                    "the late worker should have run part of the computation: " + grid.cluster());
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the manager puts a job's root. */
class ManagerPlacementTest {
    private static ManagerActor.Worker worker(int cores, int idle) {
        ManagerActor.Worker w = new ManagerActor.Worker(null);
        w.cores = cores;
        w.idle = idle;
        return w;
    }

    @Test void theWorkerWithTheMostIdleCoresThenTheOneThatRanTheProgramBefore() {
        Map<String, ManagerActor.Worker> ws = new LinkedHashMap<>();
        ws.put("a", worker(1, 1));
        ws.put("b", worker(1, 1));
        assertEquals("a", ManagerActor.choose(ws, null));
        assertEquals("b", ManagerActor.choose(ws, "b"));
        ws.get("b").idle = 0;
        assertEquals("a", ManagerActor.choose(ws, "b"));
        ws.get("a").reachable = false;
        assertEquals("b", ManagerActor.choose(ws, null));
        ws.get("b").reachable = false;
        assertNull(ManagerActor.choose(ws, null));
    }

    @Test void aJobThatEndedFreesItsCoresBeforeTheNextReports() {
        Map<String, ManagerActor.Worker> ws = new LinkedHashMap<>();
        ManagerActor.Worker a = worker(1, 1), b = worker(1, 1);
        ws.put("a", a);
        ws.put("b", b);
        // dispatched to b (its idle taken until its next report); a's report says a piece of it runs there
        b.idle = 0;
        b.jobs = 1;
        a.idle = 0;
        a.busy = Map.of("job-1", 1);
        b.jobs--;
        ManagerActor.freed(ws.values(), "job-1", b);
        assertEquals(1, a.idle);
        assertEquals(1, b.idle);
        assertEquals(Map.of(), a.busy);
        // the same program again, at once: the same root, whose code is compiled and warm
        assertEquals("b", ManagerActor.choose(ws, "b"));
    }

    @Test void aReportThatAlreadyCountedTheEndIsNotCountedTwice() {
        Map<String, ManagerActor.Worker> ws = new LinkedHashMap<>();
        ManagerActor.Worker a = worker(2, 2);
        ws.put("a", a);
        ManagerActor.freed(ws.values(), "job-2", a);
        assertEquals(2, a.idle, "never more idle cores than it has");
        a.idle = 0;
        a.busy = Map.of("job-3", 2, "job-4", 1);
        ManagerActor.freed(ws.values(), "job-3", a);
        assertEquals(2, a.idle);
        assertEquals(Map.of("job-4", 1), a.busy);
    }
}

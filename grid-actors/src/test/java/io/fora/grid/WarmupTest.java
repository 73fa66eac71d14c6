// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import org.junit.jupiter.api.Test;

/** A new worker's warm-up: a valid program, stopped at once when work arrives, bounded in time. */
class WarmupTest {
    @Test void theProgramRunsAndWorkStopsItWithinASecond() throws Exception {
        ForaVm.compile("<warm-up>", Warmup.PROGRAM); // compiles (a syntax error would only leave workers cold)
        Thread t = Warmup.start(ForaVm.DEFAULT_RECURSION_LIMIT, 60_000);
        Thread.sleep(300);
        assertTrue(t.isAlive(), "still warming up");
        long stop = System.nanoTime();
        Warmup.stop();
        t.join(2000);
        assertFalse(t.isAlive(), "stopped by the first job or piece");
        assertTrue(System.nanoTime() - stop < 1_000_000_000L, "within a second");
    }

    @Test void itEndsByItselfAfterItsLimit() throws Exception {
        Thread t = Warmup.start(ForaVm.DEFAULT_RECURSION_LIMIT, 200);
        t.join(3000);
        assertFalse(t.isAlive());
    }
}

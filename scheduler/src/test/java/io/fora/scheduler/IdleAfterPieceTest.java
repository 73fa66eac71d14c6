// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** What a piece's answer tells its sender of the idle cores here. */
class IdleAfterPieceTest {
    @Test void theCoreThatRanThePieceCountsAsIdleAtOnce() throws Exception {
        try (WorkStealingPool pool = new WorkStealingPool(1)) {
            for (int i = 0; i < 50; i++) {
                pool.enter(() -> 1); // a piece's run, as PieceRunner enters the pool
                assertEquals(1, pool.idleThreadsSettled());
            }
        }
    }

    @Test void aCoreStillBusyWithOtherWorkIsNotOffered() throws Exception {
        try (WorkStealingPool pool = new WorkStealingPool(1)) {
            CountDownLatch running = new CountDownLatch(1), release = new CountDownLatch(1);
            Thread t = Thread.ofPlatform().start(() -> {
                try {
                    pool.enter(() -> {
                        running.countDown();
                        release.await();
                        return null;
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            running.await();
            long start = System.nanoTime();
            assertEquals(0, pool.idleThreadsSettled());
            assertTrue(System.nanoTime() - start < 500_000_000L, "it waits a millisecond or so, not more");
            release.countDown();
            t.join();
        }
    }
}

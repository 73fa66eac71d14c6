// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.interp.Cancellation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The worker's warm-up: it computes CPython's answer with pieces sent through bytes, and stops when asked. */
class WarmUpTest {
    private static WarmUp.Result onBigStack(Cancellation stop) throws Exception {
        CompletableFuture<WarmUp.Result> r = new CompletableFuture<>();
        Thread t = new Thread(null, () -> r.complete(WarmUp.run(stop)), "warm-up", 512L << 20);
        t.start();
        return r.get(60, TimeUnit.SECONDS);
    }

    @Test void computesCPythonsAnswerWithPiecesSentAsBytes() throws Exception {
        WarmUp.Result r = onBigStack(new Cancellation());
        assertTrue(r.completed());
        assertEquals(WarmUp.EXPECTED, r.displayed());
        assertTrue(r.piecesShipped() > 0, "no piece went through bytes");
    }

    @Test void aCancelledWarmUpStops() throws Exception {
        Cancellation stop = new Cancellation();
        stop.cancel();
        assertFalse(onBigStack(stop).completed());
        Cancellation later = new Cancellation();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException ignored) {
                // cancel now
            }
            later.cancel();
        });
        canceller.start();
        long t0 = System.nanoTime();
        assertFalse(onBigStack(later).completed());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(5), "the warm-up did not stop when cancelled");
    }
}

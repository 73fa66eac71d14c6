// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.Cancellation;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Cancelling a computation stops it and all of its pieces promptly, wherever they run. */
class CancellationTest {
    private static long cancelAfterMillis(String program, int threads, long delay) throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try (WorkStealingPool pool = new WorkStealingPool(threads)) {
            Cancellation token = new Cancellation();
            timer.schedule(token::cancel, delay, TimeUnit.MILLISECONDS);
            long start = System.nanoTime();
            ForaVm.Outcome o = new ForaVm(1000, pool).run(ForaVm.compile("t.py", program), null, token);
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            assertTrue(o.cancelled(), "the outcome says it was cancelled");
            return elapsed;
        } finally {
            timer.shutdownNow();
        }
    }

    @Test
    void aSequentialLoopStopsWhenCancelled() throws Exception {
        long ms = cancelAfterMillis("x = 0\nwhile True:\n    x = x + 1\n", 2, 200);
        assertTrue(ms < 5000, "stopped after " + ms + " ms");
    }

    @Test
    void aSplitReductionStopsInEveryPiece() throws Exception {
        String program = """
                def slow(k):
                    t = 0
                    for i in range(1000):
                        t = t + i * k
                    return t
                sum(slow(k) for k in range(10**9))
                """;
        long ms = cancelAfterMillis(program, 2, 300);
        assertTrue(ms < 5000, "stopped after " + ms + " ms");
    }

    @Test
    void forkedRecursionStopsWhenCancelled() throws Exception {
        String program = """
                def fib(n):
                    return n if n < 2 else fib(n - 1) + fib(n - 2)
                fib(60)
                """;
        long ms = cancelAfterMillis(program, 3, 300);
        assertTrue(ms < 5000, "stopped after " + ms + " ms");
    }
}

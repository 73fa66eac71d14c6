// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.Cancellation;

/**
 * A worker's first minutes: until its JVM has compiled the interpreter, a worker runs Python at a
 * fraction of its speed, and compiles on the cores it computes with. A new worker therefore runs a
 * small, varied program (calls, loops, integer and float arithmetic, generators, comprehensions,
 * objects, strings, dicts) on one thread while it is idle, for at most a few seconds; the first
 * job or piece that arrives stops it at once (its next safepoint), so it never delays real work.
 */
final class Warmup {
    private Warmup() {}

    static final String PROGRAM = """
            import math
            class P:
                def __init__(self, x):
                    self.x = x
                def f(self, y):
                    return self.x * y + 1
            def isPrime(p):
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return 0
                    x = x + 1
                return 1
            def s(a, b):
                if b - a < 1000:
                    return sum(range(a, b))
                mid = (a + b) // 2
                return s(a, mid) + s(mid, b)
            for round in range(12):
                sum(isPrime(p) for p in range(2, 60000))
                total = 0.0
                for i in range(60000):
                    total += math.sin(i) * 0.5
                ps = [P(i) for i in range(20000)]
                sum(p.f(2) for p in ps)
                d = {}
                for i in range(20000):
                    d[i % 997] = d.get(i % 997, 0) + 1
                words = [str(i) + "x" for i in range(20000)]
                len("".join(words).split("x"))
                s(0, 200000)
            """;

    private static volatile Cancellation running;

    /** Starts warming this JVM up on a daemon thread, stopping by itself after {@code maxMillis}; the thread. */
    static Thread start(int recursionLimit, long maxMillis) {
        Cancellation token = new Cancellation();
        running = token;
        Thread t = new Thread(() -> {
            try {
                ForaVm.Program p = ForaVm.compile("<warm-up>", PROGRAM);
                new ForaVm(recursionLimit).run(p, null, token);
            } catch (RuntimeException | ForaVm.CompileError | StackOverflowError e) {
                // a warm-up that fails only leaves the JVM colder
            } finally {
                if (running == token) running = null;
            }
        }, "fora-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        Thread stopper = new Thread(() -> {
            try {
                Thread.sleep(maxMillis);
            } catch (InterruptedException ignored) {
                // stop now
            }
            token.cancel();
        }, "fora-warmup-limit");
        stopper.setDaemon(true);
        stopper.start();
        return t;
    }

    /** Stops the warm-up, if one runs: real work has arrived. */
    static void stop() {
        Cancellation c = running;
        if (c != null) c.cancel();
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.scheduler.ComputationLoad;
import io.fora.vm.ForaVm;

/**
 * A worker is a long-lived process: right after it starts it runs a little Python, again while
 * HotSpot is still compiling what it runs (a few seconds of one core at most), so that the
 * interpreter's hot paths are machine code before the first computation arrives: compiling them
 * during it took a core's worth of the first run's time.
 */
final class Warmup {
    private Warmup() {}

    private static final String PROGRAM = """
            def isPrime(p):
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return 0
                    x = x + 1
                return 1
            class Point:
                def __init__(self, x):
                    self.x = x
                def scaled(self, k):
                    return Point(self.x * k)
            def total(n):
                t = 0.0
                for i in range(n):
                    t = t + Point(i).scaled(0.5).x
                return t
            sum(isPrime(p) for p in range(2, 60000))
            total(40000)
            len([str(i) + "x" for i in range(20000)])
            """;

    private static final long MAX_NANOS = 6_000_000_000L;

    /**
     * Another worker, as far as the warm-up can tell: pieces go through the same encoding,
     * decoding and running as pieces of a grid, here on this worker's own pool, so those paths
     * are compiled too.
     */
    private static final class Loopback implements io.fora.scheduler.RemoteWorkers {
        private final WorkerContext work;
        private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
        private final io.fora.vm.interp.CodeCache codes = new io.fora.vm.interp.CodeCache(64);

        Loopback(WorkerContext work) { this.work = work; }

        @Override public int remoteCores() { return 1; }

        @Override public boolean anyIdle() { return inFlight.get() == 0; }

        @Override public io.fora.vm.parallel.Offload.Peer reserve() {
            if (!inFlight.compareAndSet(0, 1)) return null;
            return new io.fora.vm.parallel.Offload.Peer() {
                @Override public boolean holdsCode(String hash) { return held.contains(hash); }

                @Override public io.fora.vm.parallel.Offload.Shipped send(byte[] piece, java.util.List<String> codeSent) {
                    held.addAll(codeSent);
                    io.fora.vm.interp.Cancellation token = new io.fora.vm.interp.Cancellation();
                    java.util.concurrent.CompletableFuture<byte[]> result = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return new ForaVm(work.recursionLimit, new ComputationLoad(work.pool)).runPiece(piece, codes, token);
                        } catch (ForaVm.PieceFailed e) {
                            throw new java.util.concurrent.CompletionException(e);
                        }
                    }, work.drivers);
                    result.whenComplete((r, e) -> inFlight.set(0));
                    return new io.fora.vm.parallel.Offload.Shipped() {
                        @Override public java.util.concurrent.CompletableFuture<byte[]> result() { return result; }
                        @Override public void cancel() { token.cancel(); }
                    };
                }

                @Override public void release() { inFlight.set(0); }
            };
        }
    }

    static void run(WorkerContext work) {
        Thread t = new Thread(null, () -> {
            try {
                ForaVm.Program program = ForaVm.compile("warmup.py", PROGRAM);
                var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
                long deadline = System.nanoTime() + MAX_NANOS;
                long compiled = -1;
                for (int round = 0; round < 20 && System.nanoTime() < deadline; round++) {
                    new ForaVm(work.recursionLimit, new io.fora.scheduler.DistributedLoad(new ComputationLoad(work.pool), new Loopback(work)))
                            .run(program, null);
                    long now = jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
                    if (round >= 2 && now - compiled < 20) break; // HotSpot has little left to compile
                    compiled = now;
                }
            } catch (ForaVm.CompileError | RuntimeException e) {
                // only a warm-up
            }
        }, "fora-warmup", 256L << 20);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.Cancellation;
import io.fora.vm.interp.CodeCache;
import io.fora.vm.interp.PieceScope;
import io.fora.vm.parallel.Offload;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a worker does while it waits for its first computation: a short program whose pieces go
 * through bytes to a second VM in the same JVM, as they would to another machine. It initialises
 * what every computation needs (the builtins and their generated method classes, the codec of
 * pieces, tier 1's class writer) and lets HotSpot compile the interpreter, the piece codec and
 * the compiler's hot paths, so a fresh worker's first computation does not pay for them: on a
 * fresh worker the first piece it received spent ~85 ms initialising the builtins before it ran.
 * A computation that arrives stops it ({@link Cancellation}); nothing it computed is kept.
 */
public final class WarmUp {
    private WarmUp() {}

    /** Whether members warm up at start: {@code -Dfora.warmUp=false} turns it off (the workers' and the manager's). */
    public static final boolean ENABLED = !"false".equals(System.getProperty("fora.warmUp"));

    /** The program: loops, calls, a class, floats, dicts and lists, and reductions that split. */
    static final String PROGRAM = """
            import math
            class Point:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def norm(self):
                    return math.sqrt(self.x * self.x + self.y * self.y)
            def steps(n):
                k = 0
                while n != 1:
                    n = n // 2 if n % 2 == 0 else 3 * n + 1
                    k += 1
                return k
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            total = sum(steps(n) for n in range(1, 30000))
            waves = sum(math.sin(i) * 0.5 for i in range(200000))
            points = [Point(i, i + 1) for i in range(20000)]
            far = max(p.norm() for p in points)
            counts = {}
            for i in range(20000):
                w = str(i % 97)
                counts[w] = counts.get(w, 0) + 1
            squares = []
            for i in range(20000):
                squares.append(i * i)
            (total, round(waves, 6), round(far, 6), len(counts), sum(squares), fib(16))
            """;

    /** The line the program displays (CPython 3.11's). */
    static final String EXPECTED = "(2864133, 0.019033, 28283.56415, 97, 2666466670000, 987)";

    /** What a warm-up did. */
    public record Result(boolean completed, String displayed, int piecesShipped) {}

    /**
     * Runs the warm-up until it ends or {@code stop} is cancelled, on two one-thread pools of its
     * own (the machine's pool stays idle in its load reports, so pieces of computations come to
     * it). Needs a thread with a large stack, as any computation does.
     */
    public static Result run(Cancellation stop) {
        try (WorkStealingPool pool = new WorkStealingPool(1); WorkStealingPool there = new WorkStealingPool(1)) {
            Loopback peer = new Loopback(there, stop);
            ForaVm vm = new ForaVm(1000, new DistributedLoad(new ComputationLoad(pool), peer));
            ForaVm.Outcome o = vm.run(ForaVm.compile("<warm-up>", PROGRAM), null, stop);
            boolean ok = !o.cancelled() && !o.failed();
            return new Result(ok, ok && !o.displayed().isEmpty() ? o.displayed().getLast() : null, peer.shipped.get());
        } catch (ForaVm.CompileError | RuntimeException e) {
            return new Result(false, null, 0);
        }
    }

    /** "Another machine" in this JVM: one piece at a time, decoded, run and answered as bytes. */
    private static final class Loopback implements RemoteWorkers {
        final Cancellation stop;
        final ForaVm remote;
        final CodeCache codes = new CodeCache(64);
        final PieceScope scope = new PieceScope();
        final java.util.Set<String> held = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger shipped = new AtomicInteger();

        Loopback(WorkStealingPool there, Cancellation stop) {
            this.stop = stop;
            this.remote = new ForaVm(1000, new ComputationLoad(there));
        }

        @Override public int remoteCores() { return 1; }

        @Override public boolean anyIdle() { return inFlight.get() == 0 && !stop.isCancelled(); }

        @Override public Offload.Peer reserve() {
            if (!inFlight.compareAndSet(0, 1)) return null;
            return new Offload.Peer() {
                @Override public boolean holdsCode(String hash) { return held.contains(hash); }

                @Override public Offload.Shipped send(byte[] piece, List<String> codeSent) {
                    held.addAll(codeSent);
                    shipped.incrementAndGet();
                    Cancellation token = new Cancellation();
                    CompletableFuture<byte[]> result = new CompletableFuture<>();
                    Thread t = new Thread(null, () -> {
                        try {
                            if (stop.isCancelled()) throw new ForaVm.PieceFailed("the warm-up was stopped", false);
                            result.complete(remote.runPiece(piece, codes, scope, token, ForaVm.StartWindow.ALWAYS));
                        } catch (ForaVm.PieceFailed | RuntimeException | StackOverflowError e) {
                            result.completeExceptionally(e);
                        } finally {
                            inFlight.set(0);
                        }
                    }, "fora-warm-up-piece", 256L << 20);
                    t.setDaemon(true);
                    t.start();
                    return new Offload.Shipped() {
                        @Override public CompletableFuture<byte[]> result() { return result; }
                        @Override public void cancel() { token.cancel(); }
                    };
                }

                @Override public void release() { inFlight.set(0); }
            };
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.parallel.Parallelism;
import io.fora.vm.runtime.Region;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Forking a piece with ownership (see {@link Region}): the forking thread moves into its forker
 * region, the piece runs in a piece region of its own, and the piece's join recomputes it in
 * order, here, when it was abandoned (it wrote what it did not make) or withdrawn (the forker
 * wrote something the piece may have read). Output a piece printed reaches the joiner through
 * {@link Reductions#unwrap}.
 */
final class Forks {
    private Forks() {}

    private static final int QUEUED = 0, RUNNING = 1, DONE = 2;

    /** One handed-out piece, as its forker region knows it. */
    static final class Record {
        final Cancellation token;
        final boolean remote;
        final AtomicInteger state = new AtomicInteger(QUEUED);
        volatile boolean withdrawn;

        Record(Cancellation token, boolean remote) {
            this.token = token;
            this.remote = remote;
        }
    }

    /** The pieces a forker region handed out and has not joined; withdrawing stops them all. */
    static final class ForkSet implements Runnable {
        private final List<Record> records = new ArrayList<>();

        static ForkSet of(Region forker) {
            synchronized (forker) {
                if (forker.forks == null) {
                    ForkSet s = new ForkSet();
                    forker.forks = s;
                    forker.withdrawHook = s;
                }
                return (ForkSet) forker.forks;
            }
        }

        synchronized void add(Record r) { records.add(r); }

        synchronized void joined(Record r) { records.remove(r); }

        /** Cancels every piece not yet joined and waits until none of them runs here. */
        @Override public void run() {
            List<Record> all;
            synchronized (this) {
                all = new ArrayList<>(records);
                records.clear();
            }
            for (Record r : all) {
                r.withdrawn = true;
                r.token.cancel();
            }
            for (Record r : all) {
                if (r.remote || r.state.compareAndSet(QUEUED, DONE)) continue;
                int spins = 0;
                while (r.state.get() == RUNNING) {
                    if (++spins < 1_000) Thread.onSpinWait();
                    else java.util.concurrent.locks.LockSupport.parkNanos(20_000);
                }
            }
        }
    }

    /**
     * Hands work on as a piece: to another machine when {@code remote} gives one and a machine
     * wants it, else to this machine's pool. When the calling thread's split may fork no more
     * (one of its pieces was abandoned or withdrawn), the work runs when joined, in order.
     */
    static Parallelism.Forked<Reductions.Piece> fork(Interpreter owner, Cancellation token, Supplier<Object> work,
                                                     Supplier<RemotePiece> remote, UnaryOperator<Object> fromRemote) {
        return fork(owner, token, work, remote, fromRemote, null);
    }

    /** As above; {@code onAbandoned} is told when the piece had to be recomputed because it wrote shared objects. */
    static Parallelism.Forked<Reductions.Piece> fork(Interpreter owner, Cancellation token, Supplier<Object> work,
                                                     Supplier<RemotePiece> remote, UnaryOperator<Object> fromRemote,
                                                     Runnable onAbandoned) {
        if (!Region.mayFork()) return () -> here(owner, work);
        Region forker = Region.forker();
        ForkSet set = ForkSet.of(forker);
        Parallelism.Forked<Reductions.Piece> sent = remote == null ? null : RemoteForks.fork(owner, token, remote, fromRemote);
        Record record = new Record(token, sent != null);
        set.add(record);
        Parallelism.Forked<Reductions.Piece> inner = sent != null ? sent : owner.parallelism().fork(() -> {
            if (!record.state.compareAndSet(QUEUED, RUNNING)) return Reductions.SKIPPED;
            Region piece = Region.newPiece(forker);
            Region before = Region.enter(piece);
            try {
                return owner.runPiece(token, () -> Reductions.piece(token, work));
            } finally {
                Region.enter(before);
                piece.end();
                record.state.set(DONE);
            }
        });
        return () -> {
            Reductions.Piece p = inner.join();
            set.joined(record);
            if (p == Reductions.ABANDONED && onAbandoned != null) onAbandoned.run();
            if (record.withdrawn || p == Reductions.ABANDONED || p == RemoteForks.NOT_DONE) return here(owner, work);
            return p;
        };
    }

    /** The work computed by the joining thread, in its own region and order. */
    static Reductions.Piece here(Interpreter owner, Supplier<Object> work) {
        Cancellation token = owner.childToken();
        try {
            return owner.runPiece(token, () -> Reductions.piece(token, work));
        } finally {
            owner.releaseToken(token);
        }
    }
}

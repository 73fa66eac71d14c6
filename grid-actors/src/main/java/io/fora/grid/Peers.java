// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.scheduler.RemoteWorkers;
import io.fora.vm.parallel.Offload;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * The other workers as this worker's computations see them: their cores, their idle cores from
 * their last load report, the pieces sent to each and not yet answered, and the code each holds.
 * Read and written by computing threads (sending pieces) and by the worker actor (reports,
 * answers, members leaving); everything here is thread-safe.
 */
final class Peers {
    /** Pieces in flight from here, at most, per idle core a peer reported: bounds moves in flight. */
    static final int MAX_IN_FLIGHT_PER_PEER_CORE = 1;

    static final class Peer {
        final String address;
        final ActorRef<WorkerActor.Command> ref;
        volatile int cores;
        volatile int idle;
        /**
         * Pieces reserved or sent that the peer's idle figure does not count yet: a piece counts
         * from its reservation until the peer says it has started it or given it back
         * ({@link #acknowledged}, or its answer), not until it is answered. A peer that passes part of a piece back and waits for it has an idle core
         * that the piece it waits in must not hide: counting pieces until answered, that core sat
         * idle while this worker ran the part it was given (W2 on two workers: a third of a run).
         */
        final AtomicInteger inFlight = new AtomicInteger();
        /** Pieces sent to the peer, and how many of them it has said it started or gave back. */
        int sent, acked;
        final Set<String> code = ConcurrentHashMap.newKeySet();

        Peer(String address, ActorRef<WorkerActor.Command> ref) {
            this.address = address;
            this.ref = ref;
        }

        int room() { return idle * MAX_IN_FLIGHT_PER_PEER_CORE - inFlight.get(); }

        /** Reserves room for a piece: false when the peer has none. */
        boolean reserve() {
            if (inFlight.incrementAndGet() > idle * MAX_IN_FLIGHT_PER_PEER_CORE) {
                inFlight.decrementAndGet();
                return false;
            }
            return true;
        }

        /** A reservation not used. */
        void unreserve() { inFlight.decrementAndGet(); }

        /** A reserved piece was sent. */
        synchronized void sent() { sent++; }

        /** The peer said it has started or given back {@code received} of the pieces sent from here. */
        synchronized void acknowledged(int received) {
            int newly = Math.min(received, sent) - acked;
            if (newly > 0) {
                acked += newly;
                inFlight.addAndGet(-newly);
            }
        }

        /** A piece was answered, so received: acknowledged now if no report has done so yet. */
        synchronized void answered() {
            if (acked < sent) {
                acked++;
                inFlight.decrementAndGet();
            }
        }
    }

    private record Waiting(Peer peer, CompletableFuture<byte[]> result) {}

    private final ConcurrentHashMap<String, Peer> peers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final AtomicLong nextPiece = new AtomicLong();
    private final String prefix;
    private volatile ActorRef<WorkerActor.Command> self;
    final AtomicLong piecesSent = new AtomicLong();
    final AtomicLong bytesSent = new AtomicLong();

    /** This worker's idle cores, told to the workers it sends pieces to. */
    private final java.util.function.IntSupplier idleHere;

    Peers(String nodeTag, java.util.function.IntSupplier idleHere) {
        this.prefix = nodeTag + "-";
        this.idleHere = idleHere;
    }

    void self(ActorRef<WorkerActor.Command> self) { this.self = self; }

    /** A worker joined (or reported before its join was seen here). */
    void up(String address, ActorRef<WorkerActor.Command> ref) { peers.computeIfAbsent(address, a -> new Peer(a, ref)); }

    /** A worker left or became unreachable: its pieces run here instead. */
    void down(String address) {
        Peer p = peers.remove(address);
        if (p == null) return;
        waiting.forEach((id, w) -> {
            if (w.peer() == p && waiting.remove(id, w)) w.result().completeExceptionally(new IllegalStateException("worker " + address + " left"));
        });
    }

    /** The actor of the worker at address, or null when it is not a peer now. */
    ActorRef<WorkerActor.Command> ref(String address) {
        Peer p = peers.get(address);
        return p == null ? null : p.ref;
    }

    /** Every peer gone (this member left the cluster): everything in flight runs here. */
    void clear() { for (String a : List.copyOf(peers.keySet())) down(a); }

    /** A peer's load report: its cores, its idle cores, and the pieces from here that it has started or given back. */
    void load(String address, ActorRef<WorkerActor.Command> ref, int cores, int idle, int received) {
        Peer p = peers.computeIfAbsent(address, a -> new Peer(a, ref));
        p.cores = cores;
        p.idle = idle;
        p.acknowledged(received);
    }

    /** What a message from a known peer said of its idle cores now. */
    void idle(String address, int idle) {
        Peer p = peers.get(address);
        if (p != null) p.idle = idle;
    }

    /** A piece's answer: its result, or null when it must run here; {@code idle} is the peer's idle cores now. */
    void done(String pieceId, byte[] result, boolean missingCode, int idle) {
        Waiting w = waiting.remove(pieceId);
        if (w == null) return;
        Peer p = w.peer();
        p.answered();
        p.idle = idle;
        if (missingCode) p.code.clear();
        if (result != null) w.result().complete(result);
        else w.result().completeExceptionally(new IllegalStateException("the piece did not finish on " + w.peer().address));
    }

    int cores() {
        int n = 0;
        for (Peer p : peers.values()) n += p.cores;
        return n;
    }

    /** What one job's computations use: pieces they send name the job, so cancelling it reaches them. */
    RemoteWorkers forJob(String jobId, int recursionLimit) {
        return new RemoteWorkers() {
            @Override public int remoteCores() { return cores(); }

            @Override public boolean anyIdle() {
                for (Peer p : peers.values()) if (p.room() > 0) return true;
                return false;
            }

            @Override public Offload.Peer reserve() {
                Peer best = null;
                for (Peer p : peers.values()) if (p.room() > 0 && (best == null || p.room() > best.room())) best = p;
                if (best == null) return null;
                Peer target = best;
                if (!target.reserve()) return null;
                return new Offload.Peer() {
                    @Override public boolean holdsCode(String hash) { return target.code.contains(hash); }

                    @Override public Offload.Shipped send(byte[] piece, List<String> codeSent) {
                        String pieceId = prefix + nextPiece.incrementAndGet();
                        target.sent();
                        CompletableFuture<byte[]> result = new CompletableFuture<>();
                        waiting.put(pieceId, new Waiting(target, result));
                        target.code.addAll(codeSent);
                        piecesSent.incrementAndGet();
                        bytesSent.addAndGet(piece.length);
                        Bulk.Payload p = Bulk.send(piece, (t, part) -> target.ref.tell(new WorkerActor.Part(t, part.index(), part.data())));
                        target.ref.tell(new WorkerActor.RunPiece(pieceId, jobId, recursionLimit, p.transfer(), p.inline(), p.parts(), self,
                                idleHere.getAsInt()));
                        if (peers.get(target.address) != target && waiting.remove(pieceId) != null) { // it left while we sent
                            result.completeExceptionally(new IllegalStateException("worker " + target.address + " left"));
                        }
                        return new Offload.Shipped() {
                            @Override public CompletableFuture<byte[]> result() { return result; }

                            @Override public void cancel() {
                                if (waiting.remove(pieceId) != null) {
                                    // still counted until the peer says it has it (it may be running there now)
                                    target.ref.tell(new WorkerActor.CancelPiece(pieceId));
                                    result.completeExceptionally(new java.util.concurrent.CancellationException());
                                }
                            }
                        };
                    }

                    @Override public void release() { target.unreserve(); }
                };
            }
        };
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.parallel.Offload;
import io.fora.vm.parallel.Parallelism;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Pieces sent to another machine of the grid. A piece goes only when no core here is idle and
 * another machine has one ({@link Offload#wanted}); its join waits for the result while this
 * machine's queued pieces run, and when the result does not come (the machine died, the piece
 * raised there, its code was forgotten) the piece runs here instead ({@link #NOT_DONE}): it is pure, so the
 * answer and the exception are the ones a single machine gives.
 */
final class RemoteForks {
    private RemoteForks() {}

    /**
     * What the join of a piece sent elsewhere gives when no result came: its forker then computes
     * it ({@link Forks#here}), once it has counted the piece joined. Computed inside the join, a
     * write of the piece to what it shares would withdraw the forker's pieces, this one among them,
     * and the joiner would compute it a second time (the writes twice).
     */
    static final Reductions.Piece NOT_DONE = new Reductions.Piece(null, null);

    /** The piece sent elsewhere, or null when it stays here. */
    static Parallelism.Forked<Reductions.Piece> fork(Interpreter owner, Cancellation token,
                                                     Supplier<RemotePiece> remote, UnaryOperator<Object> fromRemote) {
        Parallelism par = owner.parallelism();
        Offload offload = par.offload();
        if (offload == null || !offload.wanted() || owner.redirecting()) return null;
        Offload.Peer peer = offload.reserve();
        if (peer == null) return null;
        PieceCodec.Encoded encoded;
        Offload.Shipped shipped;
        try {
            RemotePiece piece = remote.get();
            if (piece == null) {
                peer.release();
                return null;
            }
            encoded = PieceCodec.encode(piece, peer::holdsCode);
            shipped = peer.send(encoded.bytes(), encoded.codeSent());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // a value that cannot travel (a builtin without a name, a structure too deep): the piece stays here
            peer.release();
            return null;
        }
        token.whenCancelled(shipped::cancel);
        return () -> {
            CompletableFuture<byte[]> result = shipped.result();
            par.awaitHelping(result);
            if (token.isCancelled()) return Reductions.SKIPPED;
            byte[] bytes = result.isCompletedExceptionally() || result.isCancelled() ? null : result.join();
            if (bytes != null) {
                try {
                    return new Reductions.Piece(fromRemote.apply(PieceCodec.decodeResult(encoded, bytes)), null);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError corrupt) {
                    // fall through: computed here
                }
            }
            return NOT_DONE;
        };
    }
}

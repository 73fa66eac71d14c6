// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.ForaVm;
import io.fora.vm.parallel.Parallelism;
import io.fora.vm.runtime.PyError;

/** Runs a piece received from another machine: decode, run on this machine's pool, encode the result. */
public final class PieceRunner {
    private PieceRunner() {}

    public static byte[] run(byte[] bytes, CodeCache codes, PieceScope scope, Cancellation token, int recursionLimit,
                             Parallelism parallelism, ForaVm.StartWindow window) throws ForaVm.PieceFailed {
        PieceCodec.Decoded decoded;
        try {
            decoded = PieceCodec.decode(bytes, codes, scope);
        } catch (VmKryo.MissingCode e) {
            throw new ForaVm.PieceFailed(e.getMessage(), true);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ForaVm.PieceFailed("the piece cannot be read: " + e, false);
        }
        Interpreter interpreter = new Interpreter(recursionLimit, null, parallelism);
        interpreter.cancelWith(token);
        interpreter.bufferOutput();
        Object value;
        try {
            window.queued();
            value = parallelism.enter(() -> {
                if (!window.start()) throw new Cancellation.Cancelled();
                // what the piece received is shared with its sender: writing it abandons the piece
                io.fora.vm.runtime.Region piece = io.fora.vm.runtime.Region.newPiece(null);
                io.fora.vm.runtime.Region before = io.fora.vm.runtime.Region.enter(piece);
                try {
                    return interpreter.runRemote(decoded.piece());
                } finally {
                    io.fora.vm.runtime.Region.closeTo(piece);
                    io.fora.vm.runtime.Region.enter(before);
                    piece.end();
                }
            });
            // output travels only with pieces run where they were split: one that printed runs again there
            if (!interpreter.output().take().isEmpty()) throw new ForaVm.PieceFailed("the piece printed", false);
        } catch (ForaVm.PieceFailed e) {
            throw e;
        } catch (PyError e) {
            throw new ForaVm.PieceFailed("the piece raised " + e.exception().cls().name(), false);
        } catch (Cancellation.Cancelled e) {
            throw new ForaVm.PieceFailed("the piece was cancelled", false);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ForaVm.PieceFailed(token.isCancelled() ? "the piece was cancelled" : "the piece failed: " + e, false);
        }
        try {
            return PieceCodec.encodeResult(decoded, value);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new ForaVm.PieceFailed("the result cannot be sent: " + e, false);
        }
    }
}

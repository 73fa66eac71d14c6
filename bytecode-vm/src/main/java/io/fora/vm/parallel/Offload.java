// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parallel;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Other machines of a grid that may take pieces of a computation. The VM asks at the points where
 * it would split for an idle core here ({@link #wanted}); when no core here is idle and another
 * machine has one, it encodes the piece as data (code by hash, values, index range) and sends it.
 * A piece that does not come back for any reason (the machine died, the piece raised, its code
 * was unknown there) is simply run here: pieces are pure, so running one twice is harmless.
 */
public interface Offload {
    /** True when no core here is idle and another machine could take a piece now. Cheap: polled often. */
    boolean wanted();

    /**
     * True when pieces go whatever their elements cost (tests that send every piece through bytes);
     * normally a range whose value holds its elements' values goes only when they are costly.
     */
    default boolean regardlessOfCost() { return false; }

    /** A machine with room for one piece, reserved for it; null when none has room after all. */
    Peer reserve();

    /** A machine reserved for one piece. */
    interface Peer {
        /** True when that machine holds the code with this content hash (its body need not be sent). */
        boolean holdsCode(String hash);

        /** Sends the encoded piece; {@code codeSent} are the hashes whose bodies it carries. */
        Shipped send(byte[] piece, List<String> codeSent);

        /** The reservation is not used. */
        void release();
    }

    /** A piece on its way or running elsewhere. */
    interface Shipped {
        /** The encoded result; completes exceptionally when the piece will not finish there. */
        CompletableFuture<byte[]> result();

        /** Its result is no longer needed: stop it there. */
        void cancel();
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import io.fora.vm.parallel.Offload;

/**
 * The other machines of a grid as the scheduler sees them: how many cores they add, and which of
 * them has an idle core now (from their periodic load reports, less the pieces already sent
 * since). The grid implements it over its cluster; tests implement it in one JVM.
 */
public interface RemoteWorkers {
    /** Cores of the other machines that may take pieces of a computation. */
    int remoteCores();

    /** True when some other machine reported an idle core not yet given a piece. Cheap: polled at block boundaries. */
    boolean anyIdle();

    /** True when pieces go whatever their elements cost (see {@link Offload#regardlessOfCost}). */
    default boolean regardlessOfCost() { return false; }

    /** The machine with the most idle cores, one of them reserved; null when none has one. */
    Offload.Peer reserve();
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.pagestore.PageStore;
import io.fora.pagestore.PageTransport;

/**
 * A worker's pages: its store (a memory budget, spilling beyond it) and its data port, where pages
 * from other workers arrive and go into the store. The worker reports both to the manager.
 */
public record WorkerPages(PageStore store, PageTransport transport, StoreKeeper keeper) implements AutoCloseable {
    /**
     * Opens the data port on host:port (0: any free one) and keeps what arrives in store, as copies
     * (their senders hold them); the VM's paged lists keep their pages in the store too.
     */
    public static WorkerPages open(String host, int port, PageStore store, long pageSize) throws java.io.IOException {
        StoreKeeper keeper = new StoreKeeper(store, pageSize);
        PageTransport t = new PageTransport(PageTransport.Config.of(host, port).withMaxPageBytes(Math.max(1L << 20, Math.min(2 * pageSize, Integer.MAX_VALUE - 16))),
                arrival -> {
                    store.put(arrival.page(), true);
                    keeper.arrived(arrival.page());
                });
        return new WorkerPages(store, t, keeper);
    }

    /** What the manager is told: bytes in memory and on disk, the budget, sends running, the data endpoint. */
    GridView.Pages stats() {
        return new GridView.Pages(store.bytesInMemory(), store.bytesOnDisk(), store.budget(), (int) transport.sendsInFlight(), transport.endpoint(),
                keeper == null ? 0 : keeper.pagesReceived.get(), keeper == null ? 0 : keeper.asksServed.get());
    }

    @Override public void close() {
        transport.close();
        store.close();
    }
}

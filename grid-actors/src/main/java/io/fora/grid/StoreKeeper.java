// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import io.fora.pagestore.Page;
import io.fora.pagestore.PageId;
import io.fora.pagestore.PageStore;
import io.fora.vm.runtime.PageKeeper;
import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.HashMap;
import java.util.Map;

/**
 * The VM's paged lists kept in a worker's page store: each full page of ints or floats becomes a
 * {@link Page} there (within the worker's memory budget, spilled to disk beyond it), and is removed
 * from the store once no list holds it. A list holds only the page's id: the bytes are read back
 * from memory, or from the spill file through a memory mapping.
 */
public final class StoreKeeper implements PageKeeper {
    private static final Cleaner CLEANER = Cleaner.create();

    private final PageStore store;
    private final int pageElements;
    /** Handles alive per page: pages are content-addressed, so two lists may hold the same one. */
    private final Map<PageId, Integer> holders = new HashMap<>();

    public StoreKeeper(PageStore store, long pageBytes) {
        this.store = store;
        this.pageElements = (int) Math.max(512, Math.min(Integer.MAX_VALUE / 2, pageBytes / 8));
    }

    @Override public int pageElements() { return pageElements; }

    @Override public Kept keep(boolean doubles, long[] bits, int n) {
        long[] exact = n == bits.length ? bits : java.util.Arrays.copyOf(bits, n);
        Page page = doubles ? Page.ofDoubles(rawDoubles(exact)) : Page.ofLongs(exact);
        PageId id = page.id();
        synchronized (holders) {
            holders.merge(id, 1, Integer::sum);
        }
        try {
            store.put(page);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            released(id);
            throw io.fora.vm.runtime.Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR, "cannot keep a page of a large list: " + e.getMessage());
        }
        Handle h = new Handle(store, id);
        CLEANER.register(h, () -> released(id));
        return h;
    }

    private static double[] rawDoubles(long[] bits) {
        double[] d = new double[bits.length];
        for (int i = 0; i < bits.length; i++) d[i] = Double.longBitsToDouble(bits[i]);
        return d;
    }

    private void released(PageId id) {
        synchronized (holders) {
            Integer n = holders.get(id);
            if (n == null) return;
            if (n > 1) {
                holders.put(id, n - 1);
                return;
            }
            holders.remove(id);
        }
        try {
            store.remove(id);
        } catch (IllegalStateException closed) {
            // the worker is stopping: its store went with everything in it
        }
    }

    /** Pages held by lists now. */
    public int pagesHeld() {
        synchronized (holders) {
            return holders.size();
        }
    }

    /**
     * A page's id, and its mapping once it has been spilled (a mapping costs no heap; a page still
     * in memory is looked up each time, so that the store can spill it).
     */
    private static final class Handle implements Kept {
        private final PageStore store;
        private final PageId id;
        private volatile MemorySegment mapped;

        Handle(PageStore store, PageId id) {
            this.store = store;
            this.id = id;
        }

        @Override public MemorySegment segment() {
            MemorySegment m = mapped;
            if (m != null) return m;
            Page p;
            try {
                p = store.get(id);
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw io.fora.vm.runtime.Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR, "a page of a large list is lost: " + e.getMessage());
            }
            if (p == null) throw io.fora.vm.runtime.Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR, "a page of a large list is lost: " + id);
            MemorySegment s = p.data();
            if (s.isNative()) mapped = s;
            return s;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.pagestore.PageId;
import io.fora.pagestore.PageStore;
import io.fora.vm.runtime.PageKeeper;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A worker's pages of paged lists, kept in its page store: spilling, sharing by content, references. */
class StoreKeeperTest {
    private static final ValueLayout.OfLong LE = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    private Path dir;
    private PageStore store;
    private StoreKeeper keeper;

    @BeforeEach void open() throws Exception {
        dir = Files.createTempDirectory("store-keeper-test");
        store = new PageStore(4 * 8 * 1024, dir); // four pages of 1024 longs in memory
        keeper = new StoreKeeper(store, 8 * 1024);
    }

    @AfterEach void close() throws Exception {
        store.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static long[] page(long first) {
        long[] a = new long[1024];
        for (int i = 0; i < a.length; i++) a[i] = first + i;
        return a;
    }

    @Test void pagesBeyondTheBudgetAreReadBackFromDisk() {
        PageKeeper.Kept[] kept = new PageKeeper.Kept[10];
        for (int p = 0; p < kept.length; p++) kept[p] = keeper.keep(false, page(p * 1000L), 1024);
        assertTrue(store.bytesOnDisk() > 0, "six of ten pages should have spilled");
        for (int p = 0; p < kept.length; p++) {
            MemorySegment s = kept[p].segment();
            assertEquals(p * 1000L + 777, s.getAtIndex(LE, 777));
        }
        assertEquals(10, keeper.pagesHeld());
    }

    @Test void thePageOfTwoListsWithTheSameContentStaysUntilBothLetGo() {
        PageKeeper.Kept a = keeper.keep(false, page(5), 1024);
        PageKeeper.Kept b = keeper.keep(false, page(5), 1024);
        assertEquals(1, keeper.pagesHeld());
        assertEquals(1, store.pagesInMemory() + store.pagesOnDisk());
        assertEquals(5L, b.segment().getAtIndex(LE, 0));
        assertNotNull(a);
    }

    @Test void withoutAGridAPageHasNoReferenceAndNamesNoOtherWorker() {
        PageKeeper.Kept a = keeper.keep(false, page(1), 1024);
        assertNull(a.ref(), "not a member yet: the bytes travel instead");
        assertNull(keeper.resolve(new PageKeeper.Ref("pekko://fora@127.0.0.1:1", 1, 2, false, 1024)));
    }

    @Test void aPageOfAWorkerThatLeftIsLostNotAWrongAnswer() {
        keeper.connect("pekko://fora@127.0.0.1:30009", "127.0.0.1:30010@/dev/shm/x", null, address -> null);
        PageKeeper.Kept mine = keeper.keep(false, page(9), 1024);
        PageKeeper.Ref ref = mine.ref();
        assertNotNull(ref);
        assertEquals("pekko://fora@127.0.0.1:30009", ref.holder());
        // back home, the reference reads the page here
        assertEquals(9L, keeper.resolve(ref).segment().getAtIndex(LE, 0));
        // a page of a worker that is not in the grid: lost, so the job runs again
        PageKeeper.Kept gone = keeper.resolve(new PageKeeper.Ref("pekko://fora@127.0.0.1:40000", 7, 8, false, 1024));
        PageKeeper.Lost lost = assertThrows(PageKeeper.Lost.class, gone::segment);
        assertTrue(lost.getMessage().contains("not in the grid"), lost.getMessage());
        assertTrue(lost.getMessage().contains(new PageId(7, 8).toString()), lost.getMessage());
    }
}

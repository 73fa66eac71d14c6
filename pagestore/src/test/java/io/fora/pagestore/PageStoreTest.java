// SPDX-License-Identifier: Apache-2.0
package io.fora.pagestore;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageStoreTest {
    @TempDir Path tmp;

    private static Page longs(int n, long seed) {
        long[] v = new long[n];
        Random r = new Random(seed);
        for (int i = 0; i < n; i++) v[i] = r.nextLong();
        return Page.ofLongs(v);
    }

    @Test void idsNameContentAndKind() {
        Page a = Page.ofLongs(new long[] {1, 2, 3});
        Page b = Page.ofLongs(new long[] {1, 2, 3});
        Page c = Page.ofLongs(new long[] {1, 2, 4});
        assertEquals(a.id(), b.id());
        assertNotEquals(a.id(), c.id());
        byte[] same = a.toByteArray();
        assertNotEquals(a.id(), Page.of(PageKind.BYTES, same).id(), "the kind is part of the name");
        assertEquals(a.id(), PageId.parse(a.id().toString()));
        assertEquals(32, a.id().toString().length());
        for (String bad : new String[] {"", "xyz", "0".repeat(31), "g".repeat(32), null}) {
            assertThrows(IllegalArgumentException.class, () -> PageId.parse(bad), String.valueOf(bad));
        }
        assertThrows(IllegalArgumentException.class, () -> Page.of(PageKind.LONGS, new byte[7]));
    }

    @Test void elementsReadBack() {
        Page d = Page.ofDoubles(new double[] {0.5, -0.0, Double.NaN, 1e300});
        assertEquals(4, d.count());
        assertEquals(0.5, d.getDouble(0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(d.getDouble(1)));
        assertTrue(Double.isNaN(d.getDouble(2)));
        Page l = Page.ofLongs(new long[] {Long.MIN_VALUE, 7});
        assertEquals(Long.MIN_VALUE, l.getLong(0));
        assertEquals(7, l.getLong(1));
        Page b = Page.of(PageKind.BOOLS, new byte[] {1, 0});
        assertTrue(b.getBool(0));
        assertFalse(b.getBool(1));
    }

    @Test void pagesBeyondTheBudgetSpillLeastRecentlyUsedFirstAndReadBackTheSame() throws Exception {
        Path root = tmp.resolve("spill");
        List<Page> pages = new ArrayList<>();
        try (PageStore store = new PageStore(64 * 1024, root)) {
            for (int i = 0; i < 10; i++) {
                Page p = longs(4096, i); // 32 KiB each
                pages.add(p);
                store.put(p);
                assertTrue(store.bytesInMemory() <= 64 * 1024, "never above the budget");
            }
            assertEquals(2, store.pagesInMemory());
            assertEquals(8, store.pagesOnDisk());
            assertEquals(8 * 32 * 1024, store.bytesOnDisk());
            assertEquals(8, store.spills());
            assertNotNull(store.get(pages.get(8).id()));
            store.put(longs(4096, 100)); // page 9 is now the least recently used
            assertFalse(store.get(pages.get(8).id()) == null);
            for (Page p : pages) {
                Page back = store.get(p.id());
                assertNotNull(back, "every page is still there");
                assertArrayEquals(p.toByteArray(), back.toByteArray());
                assertEquals(p.id(), PageId.of(back.kind(), back.data()), "the spilled bytes are the page's");
            }
            store.put(pages.get(0)); // the same content again: nothing changes
            assertEquals(11, store.pagesInMemory() + store.pagesOnDisk());
            store.remove(pages.get(0).id());
            assertNull(store.get(pages.get(0).id()));
            assertEquals(10, store.pagesInMemory() + store.pagesOnDisk());
            try (var files = Files.walk(root)) {
                assertEquals(store.pagesOnDisk(), files.filter(f -> f.toString().endsWith(".page")).count());
            }
        }
        try (var files = Files.walk(root)) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".page")).count(), "close deletes the spill files");
        }
    }

    @Test void pagesWithACopyElsewhereAreDroppedNotSpilled() {
        try (PageStore store = new PageStore(64 * 1024, tmp.resolve("s"))) {
            Page a = longs(4096, 1);
            store.put(a, true);
            store.put(longs(4096, 2));
            store.put(longs(4096, 3));
            assertEquals(1, store.drops());
            assertEquals(0, store.spills());
            assertNull(store.get(a.id()), "a dropped page is fetched from its other holder");
        }
    }

    @Test void aZeroBudgetSpillsEverythingAndAClosedStoreRefuses() {
        PageStore store = new PageStore(0, tmp.resolve("z"));
        Page p = longs(10, 5);
        store.put(p);
        assertEquals(0, store.bytesInMemory());
        assertArrayEquals(p.toByteArray(), store.get(p.id()).toByteArray());
        store.close();
        assertThrows(IllegalStateException.class, () -> store.put(p));
        assertThrows(IllegalArgumentException.class, () -> new PageStore(-1, tmp));
    }

    @Test void sizesParseAsPeopleWriteThem() {
        assertEquals(1L << 30, PageStore.parseSize("1g"));
        assertEquals(512L << 20, PageStore.parseSize("512M"));
        assertEquals(20L << 20, PageStore.parseSize("20MB"));
        assertEquals(1L << 30, PageStore.parseSize("1GiB"));
        assertEquals(64 * 1024, PageStore.parseSize("64k"));
        assertEquals(12345, PageStore.parseSize("12345"));
        for (String bad : new String[] {"", "g", "-1g", "1.5g", "1x", "99999999999999999999", "9999999999999t", null}) {
            assertThrows(IllegalArgumentException.class, () -> PageStore.parseSize(bad), String.valueOf(bad));
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.pagestore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One worker's pages, kept within a memory budget. Pages beyond it leave memory least recently
 * used first: a page that another worker also holds is simply dropped (it can be fetched again),
 * any other is written to a file in this store's spill directory and read from then on through a
 * read-only memory mapping, which the operating system pages in and out as it needs. Nothing here
 * allocates more heap than the pages put in it, so a full store spills instead of failing.
 */
public final class PageStore implements AutoCloseable {
    private record InMemory(Page page, boolean copyElsewhere) {}

    private record OnDisk(Path file, PageKind kind, long size) {}

    private final long budget;
    private final Path spillRoot;
    private Path spillDir;
    private final LinkedHashMap<PageId, InMemory> memory = new LinkedHashMap<>(64, 0.75f, true);
    private final Map<PageId, OnDisk> disk = new HashMap<>();
    private long memoryBytes;
    private long diskBytes;
    private long spills;
    private long drops;
    private boolean closed;

    /**
     * A store that keeps up to {@code budgetBytes} of pages in memory and spills the rest to a new
     * directory under {@code spillRoot} (made when the first page spills, removed by {@link #close}).
     */
    public PageStore(long budgetBytes, Path spillRoot) {
        if (budgetBytes < 0) throw new IllegalArgumentException("a page budget cannot be negative: " + budgetBytes);
        this.budget = budgetBytes;
        this.spillRoot = spillRoot;
    }

    /** Adds a page this worker alone holds (nothing happens when it holds that content already). */
    public void put(Page page) { put(page, false); }

    /** Adds a page; {@code copyElsewhere}: another worker holds it too, so it is dropped rather than spilled. */
    public synchronized void put(Page page, boolean copyElsewhere) {
        requireOpen();
        PageId id = page.id();
        if (memory.containsKey(id) || disk.containsKey(id)) return;
        memory.put(id, new InMemory(page, copyElsewhere));
        memoryBytes += page.byteSize();
        makeRoom();
    }

    /** The page, from memory or its spill file; null when this store does not hold it. */
    public synchronized Page get(PageId id) {
        requireOpen();
        InMemory m = memory.get(id);
        if (m != null) return m.page();
        OnDisk d = disk.get(id);
        if (d == null) return null;
        try (FileChannel ch = FileChannel.open(d.file(), StandardOpenOption.READ)) {
            MemorySegment mapped = ch.map(FileChannel.MapMode.READ_ONLY, 0, d.size(), Arena.ofAuto());
            return Page.trusted(id, d.kind(), mapped);
        } catch (IOException e) {
            throw new UncheckedIOException("reading spilled page " + id + " from " + d.file() + " failed", e);
        }
    }

    public synchronized boolean contains(PageId id) { return memory.containsKey(id) || disk.containsKey(id); }

    /** Forgets a page (and deletes its spill file). */
    public synchronized void remove(PageId id) {
        InMemory m = memory.remove(id);
        if (m != null) memoryBytes -= m.page().byteSize();
        OnDisk d = disk.remove(id);
        if (d != null) {
            diskBytes -= d.size();
            deleteQuietly(d.file());
        }
    }

    public synchronized long bytesInMemory() { return memoryBytes; }

    public synchronized long bytesOnDisk() { return diskBytes; }

    public synchronized int pagesInMemory() { return memory.size(); }

    public synchronized int pagesOnDisk() { return disk.size(); }

    /** Pages written to disk so far. */
    public synchronized long spills() { return spills; }

    /** Pages dropped from memory because another worker holds them. */
    public synchronized long drops() { return drops; }

    public long budget() { return budget; }

    private void makeRoom() {
        Iterator<Map.Entry<PageId, InMemory>> it = memory.entrySet().iterator();
        while (memoryBytes > budget && it.hasNext()) {
            InMemory m = it.next().getValue();
            it.remove();
            memoryBytes -= m.page().byteSize();
            if (m.copyElsewhere()) {
                drops++;
                continue;
            }
            spill(m.page());
        }
    }

    private void spill(Page page) {
        try {
            if (spillDir == null) {
                Files.createDirectories(spillRoot);
                spillDir = Files.createTempDirectory(spillRoot, "fora-pages-");
            }
            Path file = spillDir.resolve(page.id() + ".page");
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                java.nio.ByteBuffer bytes = page.data().asByteBuffer();
                while (bytes.hasRemaining()) ch.write(bytes);
            }
            disk.put(page.id(), new OnDisk(file, page.kind(), page.byteSize()));
            diskBytes += page.byteSize();
            spills++;
        } catch (IOException e) {
            throw new UncheckedIOException("spilling page " + page.id() + " under " + spillRoot + " failed (is the disk full?)", e);
        }
    }

    private void requireOpen() {
        if (closed) throw new IllegalStateException("the page store is closed");
    }

    /** Forgets every page and deletes the spill directory. */
    @Override public synchronized void close() {
        if (closed) return;
        closed = true;
        memory.clear();
        for (OnDisk d : disk.values()) deleteQuietly(d.file());
        disk.clear();
        memoryBytes = 0;
        diskBytes = 0;
        if (spillDir != null) deleteQuietly(spillDir);
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a file still mapped elsewhere on an odd file system: it goes with the directory's owner
        }
    }

    /**
     * A size as people write it on a command line: {@code 1g}, {@code 512m}, {@code 64k},
     * {@code 20MB}, {@code 1GiB} or plain bytes; binary units.
     */
    public static long parseSize(String s) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d{1,15})\\s*([kmgt]?)(i?b)?\\s*").matcher(s == null ? "" : s);
        if (!m.matches()) throw new IllegalArgumentException("'" + s + "' is not a size (like 1g, 512m, 64k or a number of bytes)");
        long n = Long.parseLong(m.group(1));
        int shift = switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
            case "k" -> 10;
            case "m" -> 20;
            case "g" -> 30;
            case "t" -> 40;
            default -> 0;
        };
        if (shift > 0 && n > (Long.MAX_VALUE >> shift)) throw new IllegalArgumentException("'" + s + "' is too large a size");
        return n << shift;
    }
}

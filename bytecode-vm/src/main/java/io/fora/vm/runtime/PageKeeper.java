// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.lang.foreign.MemorySegment;

/**
 * Where a paged list's packed pages live. The VM knows only this: a worker installs one that puts
 * pages in its page store (a memory budget, spilling to disk beyond it); without one, pages are
 * plain arrays on the heap. Elements are 8-byte little-endian longs or doubles.
 */
public interface PageKeeper {
    /** A kept page: its bytes, read back from memory or disk; the page is forgotten once its handle is unreachable. */
    interface Kept {
        /** The page's bytes ({@code 8 * n} of them), valid while this handle is reachable. */
        MemorySegment segment();

        /**
         * How another worker names this page to fetch it (the page stays held for that worker
         * until it lets go), or null when the page can only travel as its bytes.
         */
        default Ref ref() { return null; }

        /**
         * Elements [from, from + n) of a page held by another worker (of floats when
         * {@code doubles}), added up there (see {@link PagedVector#addPage}): {@code acc} null for
         * the exact sum of a page of ints, a
         * Double for that float plus each element in order. Null when the page is here: it is read
         * in place. Fails with {@link Lost} when the holder cannot answer.
         */
        default java.util.concurrent.CompletableFuture<Object> addThere(boolean doubles, Double acc, int from, int n) { return null; }

        /**
         * Elements from, from + step, ... ({@code n} of them) of a page held by another worker, read
         * there and sent as their raw bits (see {@link PagedVector#readPage}): what a read of a few
         * elements of a large page costs, rather than the page. Null when the page is here, or when
         * it is read often enough that fetching it pays (then {@link #segment} fetches it).
         */
        default java.util.concurrent.CompletableFuture<long[]> readThere(int from, int step, int n) { return null; }
    }

    /**
     * A page that can no longer be read: the worker holding it left the grid, or will not send it.
     * Not a Python exception: it ends the whole computation, which its worker then runs again from
     * the start (computations are pure, so the answer is the same; the lost pages are made anew).
     */
    final class Lost extends RuntimeException {
        public Lost(String message) { super(message); }
    }

    /** A page as other workers name it: the worker holding it, its content id, its kind and element count. */
    record Ref(String holder, long idHi, long idLo, boolean doubles, int count) {}

    /** The handle of a page another worker named (see {@link Kept#ref}), or null when this keeper cannot reach it. */
    default Kept resolve(Ref ref) { return null; }

    /** Keeps elements [0, n) of {@code bits} (longs, or doubles' raw bits) as one page; the array is the keeper's after the call. */
    Kept keep(boolean doubles, long[] bits, int n);

    /** Elements per full page. */
    int pageElements();

    /** Pages as arrays on the heap, of the given size in bytes. */
    static PageKeeper onHeap(long pageBytes) {
        int elements = (int) Math.max(512, Math.min(Integer.MAX_VALUE / 2, pageBytes / 8));
        return new PageKeeper() {
            @Override public Kept keep(boolean doubles, long[] bits, int n) {
                MemorySegment s = MemorySegment.ofArray(n == bits.length ? bits : java.util.Arrays.copyOf(bits, n));
                return () -> s;
            }

            @Override public int pageElements() { return elements; }
        };
    }

    /** The page keeper of this process. */
    final class Installed {
        private Installed() {}

        /** Ufora's page size, 20 MB. */
        public static final long DEFAULT_PAGE_BYTES = 20L << 20;

        private static volatile PageKeeper keeper = onHeap(pageBytes(System.getenv("FORA_PAGE_SIZE")));

        /** A page size like {@code 20m}, {@code 64k} or {@code 1048576} (4 KiB to 1 GiB); the default when absent or unreadable. */
        public static long pageBytes(String size) {
            if (size == null || size.isBlank()) return DEFAULT_PAGE_BYTES;
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\\s*(\\d{1,10})\\s*([kmg]?)i?b?\\s*").matcher(size);
            if (!m.matches()) return DEFAULT_PAGE_BYTES;
            long n = Long.parseLong(m.group(1)) << switch (m.group(2).toLowerCase(java.util.Locale.ROOT)) {
                case "k" -> 10;
                case "m" -> 20;
                case "g" -> 30;
                default -> 0;
            };
            return n < 4096 || n > (1L << 30) ? DEFAULT_PAGE_BYTES : n;
        }

        public static PageKeeper get() { return keeper; }

        /** Installs the keeper new paged lists use (the worker's page store). */
        public static void set(PageKeeper k) { keeper = java.util.Objects.requireNonNull(k); }
    }
}

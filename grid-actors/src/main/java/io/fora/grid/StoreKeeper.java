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
 *
 * <p>Pages stay where they were made. A list that travels to another worker (a piece's answer,
 * a piece's source) names its pages by id and holder; the worker it reaches asks the holder for a
 * page when it first reads it (a {@link WorkerActor.SendPage} message), the holder pushes the
 * bytes over Aeron, and the copy is kept as one that may be dropped, since the holder keeps the
 * page until that worker lets go of it ({@link WorkerActor.ReleasePage}).
 */
public final class StoreKeeper implements PageKeeper {
    private static final Cleaner CLEANER = Cleaner.create();

    private final PageStore store;
    private final int pageElements;
    /** Handles alive per page, and other workers' references: pages are content-addressed, so two lists may hold the same one. */
    private final Map<PageId, Integer> holders = new HashMap<>();
    /** Pages asked of other workers and not arrived yet. */
    private final Map<PageId, Fetch> fetching = new java.util.concurrent.ConcurrentHashMap<>();

    private record Fetch(String holder, java.util.concurrent.CompletableFuture<Void> done) {}
    /** This worker's cluster address and data endpoint, and how to reach the others (set once it is a member). */
    private volatile String selfAddress;
    private volatile String selfEndpoint;
    private volatile java.util.function.Function<String, org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command>> peers;
    private volatile org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command> self;

    /** Work asked of other workers' pages ({@link WorkerActor.AskPage}) and not answered yet, by request number. */
    private final Map<Long, Asking> asking = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong nextRequest = new java.util.concurrent.atomic.AtomicLong();

    private record Asking(String holder, PageId id, int elements, java.util.concurrent.CompletableFuture<Object> result) {}

    /** Pages that arrived here from other workers, and sums and reads of pages run here for others. */
    final java.util.concurrent.atomic.AtomicLong pagesReceived = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong asksServed = new java.util.concurrent.atomic.AtomicLong();

    /** How long a reader waits for a page from another worker. */
    static final java.time.Duration FETCH_TIMEOUT = java.time.Duration.ofSeconds(60);

    public StoreKeeper(PageStore store, long pageBytes) {
        this.store = store;
        this.pageElements = (int) Math.max(512, Math.min(Integer.MAX_VALUE / 2, pageBytes / 8));
    }

    @Override public int pageElements() { return pageElements; }

    /** This worker joined as {@code address}; its pages arrive at {@code endpoint}; peers by address. */
    void connect(String address, String endpoint, org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command> self,
                 java.util.function.Function<String, org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command>> peers) {
        this.selfEndpoint = endpoint;
        this.peers = peers;
        this.self = self;
        this.selfAddress = address;
    }

    /** Another worker holds a reference to page id: it stays here until released. */
    void pin(PageId id) {
        synchronized (holders) {
            holders.merge(id, 1, Integer::sum);
        }
    }

    /** Another worker let go of a reference. */
    void release(PageId id) { released(id); }

    /** The page, to send to a worker that asked for it (null: not held here). */
    Page page(PageId id) {
        try {
            return store.get(id);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            return null;
        }
    }

    /** A page arrived on the data port (already in the store, as a copy). */
    void arrived(Page page) {
        pagesReceived.incrementAndGet();
        Fetch f = fetching.remove(page.id());
        if (f != null) f.done().complete(null);
    }

    /** The holder could not send page id. */
    void missing(PageId id, String why) {
        Fetch f = fetching.remove(id);
        if (f != null) f.done().completeExceptionally(new IllegalStateException(why));
    }

    /** Works on a page held here for the worker that asked (see {@link io.fora.vm.runtime.PagedVector#addPage}, {@code readPage}). */
    WorkerActor.PageAnswer work(WorkerActor.AskPage m, String here) {
        Page page = page(new PageId(m.hi(), m.lo()));
        if (page == null) return new WorkerActor.PageAnswer(m.request(), -1, 0, null, "worker " + here + " does not hold it");
        Object v;
        try {
            v = switch (m.op()) {
                case WorkerActor.AskPage.ADD -> io.fora.vm.runtime.PagedVector.addPage(page.data(), m.doubles(), m.hasAcc() ? m.acc() : null, m.from(), m.n());
                case WorkerActor.AskPage.READ -> io.fora.vm.runtime.PagedVector.readPage(page.data(), m.from(), m.step(), m.n());
                default -> null;
            };
        } catch (RuntimeException e) { // a range outside the page (a forged request), or the page's file could not be read
            return new WorkerActor.PageAnswer(m.request(), -1, 0, null, "worker " + here + " could not read it: " + e.getMessage());
        }
        asksServed.incrementAndGet();
        return switch (v) {
            case Long l -> new WorkerActor.PageAnswer(m.request(), 0, l, null, null);
            case java.math.BigInteger b -> new WorkerActor.PageAnswer(m.request(), 1, 0, b.toByteArray(), null);
            case Double d -> new WorkerActor.PageAnswer(m.request(), 2, Double.doubleToRawLongBits(d), null, null);
            case long[] bits -> {
                java.nio.ByteBuffer out = java.nio.ByteBuffer.allocate(bits.length * 8).order(java.nio.ByteOrder.LITTLE_ENDIAN);
                out.asLongBuffer().put(bits);
                yield new WorkerActor.PageAnswer(m.request(), 3, 0, out.array(), null);
            }
            case null, default -> new WorkerActor.PageAnswer(m.request(), -1, 0, null, "no such work on a page (" + m.op() + ", or floats have no exact sum)");
        };
    }

    /** The answer to work asked of another worker. */
    void answered(WorkerActor.PageAnswer m) {
        Asking a = asking.remove(m.request());
        if (a == null) return; // late (timed out), or forged
        Object v = switch (m.kind()) {
            case 0 -> io.fora.vm.runtime.Ints.box(m.value());
            case 1 -> m.bytes() == null || m.bytes().length == 0 || m.bytes().length > 1 << 20 ? null
                    : io.fora.vm.runtime.Ints.norm(new java.math.BigInteger(m.bytes()));
            case 2 -> Double.longBitsToDouble(m.value());
            case 3 -> {
                if (m.bytes() == null || m.bytes().length != 8L * a.elements()) yield null;
                long[] bits = new long[a.elements()];
                java.nio.ByteBuffer.wrap(m.bytes()).order(java.nio.ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(bits);
                yield bits;
            }
            default -> null;
        };
        if (v == null || (m.kind() == 3) != (a.elements() >= 0)) {
            a.result().completeExceptionally(lost(a.id(), m.why() == null ? "its holder answered what was not asked" : m.why()));
        } else {
            a.result().complete(v);
        }
    }

    /** Asks the holder of a page to work on it; {@code elements} is how many a read asks for (-1: a sum). */
    private java.util.concurrent.CompletableFuture<Object> ask(String holder, PageId id, int op, boolean doubles, int from, int step, int n,
                                                               Double acc) {
        java.util.concurrent.CompletableFuture<Object> result = new java.util.concurrent.CompletableFuture<>();
        org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command> h = peers == null ? null : peers.apply(holder);
        if (h == null) {
            result.completeExceptionally(lost(id, "the worker holding it (" + holder + ") is not in the grid"));
            return result;
        }
        long request = nextRequest.incrementAndGet();
        asking.put(request, new Asking(holder, id, op == WorkerActor.AskPage.READ ? n : -1, result));
        h.tell(new WorkerActor.AskPage(request, id.hi(), id.lo(), op, doubles, from, step, n, acc != null, acc == null ? 0 : acc, self));
        java.util.concurrent.CompletableFuture.delayedExecutor(FETCH_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS).execute(() -> {
            if (asking.remove(request) != null) result.completeExceptionally(lost(id, "its holder " + holder + " did not answer within " + FETCH_TIMEOUT.toSeconds() + " s"));
        });
        return result;
    }

    /** A worker left the grid: pages asked of it will not come. */
    void holderLeft(String address) {
        asking.forEach((r, a) -> {
            if (a.holder().equals(address) && asking.remove(r, a)) {
                a.result().completeExceptionally(lost(a.id(), "the worker holding it (" + address + ") left the grid"));
            }
        });
        fetching.forEach((id, f) -> {
            if (f.holder().equals(address) && fetching.remove(id, f)) {
                f.done().completeExceptionally(new IllegalStateException("the worker holding it (" + address + ") left the grid"));
            }
        });
    }

    @Override public Kept resolve(Ref ref) {
        String me = selfAddress;
        if (me == null) return null;
        PageId id = new PageId(ref.idHi(), ref.idLo());
        if (ref.holder().equals(me)) { // one of ours, back home: the reference's pin is this handle's hold
            Handle h = new Handle(store, id);
            CLEANER.register(h, () -> released(id));
            return h;
        }
        Remote r = new Remote(this, ref, id);
        java.util.function.Function<String, org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command>> p = peers;
        String holder = ref.holder();
        CLEANER.register(r, () -> {
            org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command> h = p == null ? null : p.apply(holder);
            if (h != null) h.tell(new WorkerActor.ReleasePage(id.hi(), id.lo()));
        });
        return r;
    }

    /** Waits for page id from the worker at holder. */
    private void fetch(String holder, PageId id) {
        Fetch f = fetching.computeIfAbsent(id, k -> {
            Fetch n = new Fetch(holder, new java.util.concurrent.CompletableFuture<>());
            org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command> h = peers == null ? null : peers.apply(holder);
            if (h == null) {
                n.done().completeExceptionally(new IllegalStateException("the worker holding it (" + holder + ") is not in the grid"));
            } else {
                h.tell(new WorkerActor.SendPage(id.hi(), id.lo(), selfEndpoint, self));
            }
            return n;
        });
        try {
            f.done().get(FETCH_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            fetching.remove(id, f);
            throw lost(id, e.getCause().getMessage());
        } catch (java.util.concurrent.TimeoutException e) {
            fetching.remove(id, f);
            throw lost(id, "it did not arrive from " + holder + " within " + FETCH_TIMEOUT.toSeconds() + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw lost(id, "interrupted");
        }
    }

    private static RuntimeException lost(PageId id, String why) {
        return new PageKeeper.Lost("a page of a large list (" + id + ") could not be read: " + why);
    }

    @Override public Kept keep(boolean doubles, long[] bits, int n) {
        long[] exact = n == bits.length ? bits : java.util.Arrays.copyOf(bits, n);
        Page page = doubles ? Page.ofDoubles(rawDoubles(exact)) : Page.ofLongs(exact);
        PageId id = page.id();
        // under one lock with released(): a page made again (the same content, so the same id)
        // while its last holder is being cleaned up must not be removed after it was kept
        synchronized (holders) {
            try {
                if (holders.get(id) == null) {
                    store.remove(id); // a copy of another worker's page with this content may be here: ours now
                    store.put(page);
                }
            } catch (java.io.UncheckedIOException | IllegalStateException e) {
                throw io.fora.vm.runtime.Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR, "cannot keep a page of a large list: " + e.getMessage());
            }
            holders.merge(id, 1, Integer::sum);
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
            try {
                store.remove(id);
            } catch (IllegalStateException closed) {
                // the worker is stopping: its store went with everything in it
            }
        }
    }

    /** Pages held by lists now. */
    public int pagesHeld() {
        synchronized (holders) {
            return holders.size();
        }
    }

    /** Element reads of a page held elsewhere asked of its holder before the page is fetched instead. */
    static final int READS_BEFORE_FETCH = 16;

    /**
     * A page another worker holds: sums and the first few reads are asked of its holder; otherwise
     * it is fetched on first read, and again whenever the copy here was dropped.
     */
    private static final class Remote implements Kept {
        private final StoreKeeper keeper;
        private final Ref ref;
        private final PageId id;

        Remote(StoreKeeper keeper, Ref ref, PageId id) {
            this.keeper = keeper;
            this.ref = ref;
            this.id = id;
        }

        @Override public MemorySegment segment() {
            for (int attempt = 0; ; attempt++) {
                Page p = keeper.page(id);
                if (p != null) return p.data();
                if (attempt == 3) throw lost(id, "it arrived but could not be kept (memory too short)");
                keeper.fetch(ref.holder(), id);
            }
        }

        /** Reads asked of the holder so far, and the elements they asked for. */
        private final java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        private final java.util.concurrent.atomic.AtomicLong readElements = new java.util.concurrent.atomic.AtomicLong();

        /** Added up where the page is, unless a copy is here already. */
        @Override public java.util.concurrent.CompletableFuture<Object> addThere(boolean doubles, Double acc, int from, int n) {
            if (keeper.store.contains(id)) return null;
            return keeper.ask(ref.holder(), id, WorkerActor.AskPage.ADD, doubles, from, 1, n, acc);
        }

        /**
         * Read where the page is while that is cheaper than fetching it: a page fetched costs about
         * what {@link #READS_BEFORE_FETCH} round trips do, and as many bytes as its elements. Past
         * that many reads (a loop over it), or past half of its elements asked for, the page is
         * fetched and read here.
         */
        @Override @SuppressWarnings("unchecked")
        public java.util.concurrent.CompletableFuture<long[]> readThere(int from, int step, int n) {
            if (n > io.fora.vm.runtime.PagedVector.MAX_READ || keeper.store.contains(id)) return null;
            if (reads.incrementAndGet() > READS_BEFORE_FETCH || readElements.addAndGet(n) > Math.max(1, ref.count() / 2)) return null;
            return (java.util.concurrent.CompletableFuture<long[]>) (java.util.concurrent.CompletableFuture<?>)
                    keeper.ask(ref.holder(), id, WorkerActor.AskPage.READ, ref.doubles(), from, step, n, null);
        }

        /** Passed on: the holder keeps the page for the next worker too. */
        @Override public Ref ref() {
            org.apache.pekko.actor.typed.ActorRef<WorkerActor.Command> h = keeper.peers == null ? null : keeper.peers.apply(ref.holder());
            if (h == null) return null; // the holder is gone: the bytes travel instead (or the read fails)
            h.tell(new WorkerActor.PinPage(id.hi(), id.lo()));
            return ref;
        }
    }

    /**
     * A page's id, and its mapping once it has been spilled (a mapping costs no heap; a page still
     * in memory is looked up each time, so that the store can spill it).
     */
    private final class Handle implements Kept {
        private final PageStore store;
        private final PageId id;
        private volatile MemorySegment mapped;

        Handle(PageStore store, PageId id) {
            this.store = store;
            this.id = id;
        }

        /** Named for another worker: held here until it lets go. */
        @Override public Ref ref() {
            String me = selfAddress;
            if (me == null) return null;
            MemorySegment s = segment();
            pin(id);
            return new Ref(me, id.hi(), id.lo(), false, (int) (s.byteSize() / 8));
        }

        @Override public MemorySegment segment() {
            MemorySegment m = mapped;
            if (m != null) return m;
            Page p;
            try {
                p = store.get(id);
            } catch (IllegalStateException | java.io.UncheckedIOException e) {
                throw lost(id, e.getMessage());
            }
            if (p == null) throw lost(id, "it is no longer in this worker's store");
            MemorySegment s = p.data();
            if (s.isNative()) mapped = s;
            return s;
        }
    }
}

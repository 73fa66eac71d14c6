// SPDX-License-Identifier: Apache-2.0
package io.fora.pagestore;

import io.aeron.Aeron;
import io.aeron.ExclusivePublication;
import io.aeron.Publication;
import io.aeron.Subscription;
import io.aeron.driver.MediaDriver;
import io.aeron.driver.ThreadingMode;
import io.aeron.logbuffer.BufferClaim;
import io.aeron.logbuffer.FrameDescriptor;
import io.aeron.logbuffer.Header;
import java.io.IOException;
import java.lang.foreign.MemorySegment;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Page bytes between workers over Aeron: an embedded media driver per worker, one UDP
 * subscription on the data port that receives pages, and one publication per peer that sends
 * them. Control messages (which page, to whom) travel elsewhere; this carries only bytes.
 *
 * <p>A page travels as chunks, each a frame of a fixed header and part of the page's bytes:
 * <pre>
 *  0 int   magic "FPG1"       24 long  page bytes in all
 *  4 byte  kind               32 long  offset of this chunk
 *  5 3 bytes zero             40 int   bytes in this chunk
 *  8 long  id (high half)     44 int   zero
 * 16 long  id (low half)      48 ...   the bytes
 * </pre>
 * Aeron delivers each peer's chunks whole and in order. The receiver checks every field (a page
 * no larger than its limit, chunks that follow each other exactly, bytes whose hash is the id)
 * and drops, counts and logs a page that fails any check: a garbled or forged frame costs the
 * bytes it came with, never the worker. Aeron's flow control caps the bytes in flight per peer at
 * its receiver window ({@link Config#windowBytes}).
 */
public final class PageTransport implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PageTransport.class.getName());
    static final int MAGIC = 0x31475046; // "FPG1" little-endian
    static final int HEADER = 48;
    static final int STREAM = 30010;

    /**
     * Settings: the address to listen on and its UDP port (0: any free one), the largest page
     * accepted, the bytes of a chunk, Aeron's term length (the largest message is an eighth of it)
     * and its receiver window.
     */
    public record Config(String host, int port, long maxPageBytes, int chunkBytes, int termBytes, int windowBytes, Path aeronDir,
                         boolean verifyIds) {
        public Config {
            if (port < 0 || port > 65535) throw new IllegalArgumentException("the data port must be 0 to 65535, not " + port);
            if (maxPageBytes < 1 || maxPageBytes > Integer.MAX_VALUE - 16) throw new IllegalArgumentException("the largest page must be from 1 byte to 2 GiB");
            if (Integer.bitCount(termBytes) != 1 || termBytes < 64 * 1024) throw new IllegalArgumentException("the term length must be a power of two of 64 KiB or more");
            if (chunkBytes < 1 || chunkBytes + HEADER > termBytes / 8) throw new IllegalArgumentException("a chunk must fit in an eighth of a term");
        }

        /** Listening on host:port, pages up to 64 MiB, 1 MiB chunks, 16 MiB terms, a 4 MiB window. */
        public static Config of(String host, int port) {
            return new Config(host, port, 64L << 20, (1 << 20) - HEADER, 16 << 20, 4 << 20, null, true);
        }

        public Config withMaxPageBytes(long n) { return new Config(host, port, n, chunkBytes, termBytes, windowBytes, aeronDir, verifyIds); }

        public Config withWindow(int termBytes, int windowBytes) { return new Config(host, port, maxPageBytes, chunkBytes, termBytes, windowBytes, aeronDir, verifyIds); }

        public Config withVerifyIds(boolean v) { return new Config(host, port, maxPageBytes, chunkBytes, termBytes, windowBytes, aeronDir, v); }
    }

    /**
     * The longest the media driver's thread and the page receiver sleep between polls once idle
     * (they spin, yield, then sleep from a microsecond up, doubling). At a millisecond, an idle
     * worker woke each of them about 900 times a second: 7 % of a core per worker doing nothing,
     * and on a machine whose cores compute, every wake-up took a core from a computing thread
     * for a moment (a grid of two workers on two cores: ~3,700 context switches a second). At
     * 10 ms they wake about 100 times a second; a transfer that starts on an idle link waits up to
     * that long for its first chunk to be seen, and runs at full speed from there.
     */
    static final long IDLE_PARK_MAX_NANOS = Long.getLong("fora.pages.idleParkNanos", 10_000_000L);

    /** What arrived: the page and the peer it came from (the source address Aeron reports). */
    public record Arrival(Page page, String source) {}

    private final Config config;
    private final MediaDriver driver;
    private final Aeron aeron;
    private final Subscription subscription;
    /** Where peers on this machine write pages straight into this worker's driver's shared memory. */
    private final Subscription ipcSubscription;
    /** Clients of other workers' drivers on this machine, by driver directory. */
    private final Map<String, Aeron> localPeers = new ConcurrentHashMap<>();
    private final Consumer<Arrival> onPage;
    private final Thread receiver;
    private final Map<String, ExclusivePublication> publications = new ConcurrentHashMap<>();
    private final Map<Long, Assembly> assemblies = new HashMap<>();
    private final String address;
    private volatile boolean closed;
    private final AtomicLong bytesSent = new AtomicLong();
    private final AtomicLong bytesReceived = new AtomicLong();
    private final AtomicLong bytesFromNetwork = new AtomicLong();
    private final AtomicLong pagesReceived = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong sendsInFlight = new AtomicLong();

    /** One page being received from one peer (Aeron session). */
    private static final class Assembly {
        final PageId id;
        final PageKind kind;
        final MemorySegment bytes;
        long received;

        Assembly(PageId id, PageKind kind, long size) {
            this.id = id;
            this.kind = kind;
            // on the heap: its memory is reused once a page is dropped, where fresh native memory
            // would be mapped and faulted in anew for every page
            this.bytes = MemorySegment.ofArray(Page.forOverwrite((int) size));
        }
    }

    /** Starts the media driver, listens on the data port, and hands every page that arrives whole and intact to onPage. */
    public PageTransport(Config config, Consumer<Arrival> onPage) throws IOException {
        this.config = config;
        this.onPage = onPage;
        Path dir = config.aeronDir() != null ? config.aeronDir() : defaultAeronDir();
        MediaDriver.Context dc = new MediaDriver.Context()
                .aeronDirectoryName(dir.toString())
                .threadingMode(ThreadingMode.SHARED)
                .sharedIdleStrategy(new BackoffIdleStrategy(10, 20, TimeUnit.MICROSECONDS.toNanos(1), IDLE_PARK_MAX_NANOS))
                .dirDeleteOnStart(true)
                .dirDeleteOnShutdown(true)
                .termBufferSparseFile(true)
                .publicationTermBufferLength(config.termBytes())
                .initialWindowLength(config.windowBytes())
                .socketRcvbufLength(config.windowBytes())
                .socketSndbufLength(config.windowBytes())
                .warnIfDirectoryExists(false)
                .printConfigurationOnStart(false)
                .errorHandler(t -> LOG.warning("page transport (media driver): " + t));
        MediaDriver d = null;
        Aeron a = null;
        try {
            d = MediaDriver.launchEmbedded(dc);
            a = Aeron.connect(new Aeron.Context().aeronDirectoryName(d.aeronDirectoryName())
                    .errorHandler(t -> LOG.log(Level.WARNING, "page transport: " + t, t)));
            String host = InetAddress.getByName(config.host()).getHostAddress();
            Subscription s = a.addSubscription("aeron:udp?endpoint=" + hostPort(host, config.port()), STREAM);
            String bound = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (bound == null && System.nanoTime() < deadline) {
                for (String local : s.localSocketAddresses()) bound = local;
                if (bound == null) Thread.sleep(1);
            }
            if (bound == null) throw new IOException("the data port " + hostPort(host, config.port()) + " did not open");
            this.subscription = s;
            this.ipcSubscription = a.addSubscription("aeron:ipc", STREAM);
            this.address = bound;
        } catch (RuntimeException | IOException | InterruptedException e) {
            if (a != null) a.close();
            if (d != null) d.close();
            if (e instanceof InterruptedException) Thread.currentThread().interrupt();
            throw e instanceof IOException io ? io : new IOException("cannot start the page transport on " + config.host() + ":" + config.port() + ": " + e.getMessage(), e);
        }
        this.driver = d;
        this.aeron = a;
        io.aeron.logbuffer.FragmentHandler fromNetwork = (buf, at, length, header) -> onFragment(buf, at, length, header, false);
        io.aeron.logbuffer.FragmentHandler fromThisMachine = (buf, at, length, header) -> onFragment(buf, at, length, header, true);
        this.receiver = Thread.ofPlatform().daemon().name("fora-pages-rx").start(() -> {
            IdleStrategy idle = new BackoffIdleStrategy(10, 20, TimeUnit.MICROSECONDS.toNanos(1), IDLE_PARK_MAX_NANOS);
            while (!closed) {
                int n;
                try {
                    n = subscription.poll(fromNetwork, 16) + ipcSubscription.poll(fromThisMachine, 16);
                } catch (RuntimeException e) {
                    if (closed) return;
                    LOG.log(Level.WARNING, "page transport: receiving failed: " + e, e);
                    n = 0;
                }
                idle.idle(n);
            }
        });
    }

    private static Path defaultAeronDir() throws IOException {
        Path shm = Path.of("/dev/shm");
        // shared memory when there is room for a few transfers' term buffers (a container's
        // /dev/shm is often 64 MB, and a full one would crash the driver), else a temporary file
        Path root = Files.isDirectory(shm) && Files.isWritable(shm) && Files.getFileStore(shm).getUsableSpace() >= (512L << 20)
                ? shm : Path.of(System.getProperty("java.io.tmpdir"));
        removeStale(root);
        return root.resolve("fora-aeron-" + ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()));
    }

    /**
     * Deletes the driver directories of Fora processes that are gone (killed: a clean stop deletes
     * its own), so that shared memory does not fill up with them.
     */
    private static void removeStale(Path root) {
        try (var dirs = Files.newDirectoryStream(root, "fora-aeron-*")) {
            for (Path d : dirs) {
                String[] parts = d.getFileName().toString().split("-");
                if (parts.length != 4) continue;
                long pid;
                try {
                    pid = Long.parseLong(parts[2]);
                } catch (NumberFormatException e) {
                    continue;
                }
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                try (var files = Files.walk(d)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "page transport: could not clear stale driver directories: " + e, e);
        }
    }

    private static String hostPort(String host, int port) {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Where peers send pages to: host:port of the data port as bound. */
    public String address() { return address; }

    /**
     * What this worker tells its peers: {@code host:port@driver-directory}. A peer on another
     * machine sends to host:port over UDP; a peer on this machine, which can open the directory,
     * writes into this driver's shared memory over Aeron IPC, with no network stack in between.
     */
    public String endpoint() { return address + "@" + driver.aeronDirectoryName(); }

    /**
     * Sends a page to the peer whose data port is {@code peer} (host:port) and returns once Aeron
     * has taken every chunk (the receiver has it soon after, or the peer is gone). Waits up to
     * {@code timeout} for the peer to be connected and for room in its window.
     */
    public void send(String peer, Page page, java.time.Duration timeout) throws IOException {
        if (closed) throw new IOException("the page transport is closed");
        long deadline = System.nanoTime() + timeout.toNanos();
        ExclusivePublication pub = publication(peer);
        sendsInFlight.incrementAndGet();
        try {
            synchronized (pub) {
                IdleStrategy idle = new BackoffIdleStrategy(10, 20, 1_000, 1_000_000);
                while (!pub.isConnected()) {
                    if (closed || System.nanoTime() > deadline) throw new IOException("no page transport answers at " + peer);
                    idle.idle();
                }
                // each chunk fills one Aeron frame, claimed in the term buffer and written there
                // directly: one copy, and no reassembly on the receiving side
                int chunk = Math.min(config.chunkBytes(), pub.maxPayloadLength() - HEADER);
                BufferClaim claim = new BufferClaim();
                long size = page.byteSize();
                long offset = 0;
                do {
                    int n = (int) Math.min(chunk, size - offset);
                    idle.reset();
                    while (true) {
                        long r = pub.tryClaim(HEADER + n, claim);
                        if (r > 0) break;
                        if (r == Publication.CLOSED || r == Publication.MAX_POSITION_EXCEEDED) throw new IOException("the publication to " + peer + " closed");
                        if (closed || System.nanoTime() > deadline) throw new IOException("sending page " + page.id() + " to " + peer + " timed out");
                        idle.idle();
                    }
                    MutableDirectBuffer frame = claim.buffer();
                    int at = claim.offset();
                    writeHeader(frame, at, page.id(), page.kind(), size, offset, n);
                    frame.putBytes(at + HEADER, page.data().asSlice(offset, n).asByteBuffer(), 0, n);
                    claim.commit();
                    bytesSent.addAndGet(n);
                    offset += n;
                } while (offset < size);
            }
        } finally {
            sendsInFlight.decrementAndGet();
        }
    }

    /** For tests of the receiving side: one frame as it is, sent to the peer. */
    void sendRaw(String peer, byte[] frame, java.time.Duration timeout) throws IOException {
        ExclusivePublication pub = publication(peer);
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (pub) {
            UnsafeBuffer b = new UnsafeBuffer(frame);
            while (pub.offer(b, 0, frame.length) < 0) {
                if (System.nanoTime() > deadline) throw new IOException("sending a raw frame to " + peer + " timed out");
                Thread.onSpinWait();
            }
        }
    }

    private ExclusivePublication publication(String peer) throws IOException {
        ExclusivePublication p = publications.get(peer);
        if (p != null && !p.isClosed()) return p;
        String dir = null;
        String hostPort = peer;
        int at = peer.indexOf('@');
        if (at >= 0) {
            hostPort = peer.substring(0, at);
            dir = peer.substring(at + 1);
        }
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) throw new IOException("a peer's data port is host:port, not '" + peer + "'");
        String host = hostPort.substring(0, colon).replace("[", "").replace("]", "");
        InetAddress addr;
        try {
            addr = InetAddress.getByName(host);
        } catch (IOException e) {
            throw new IOException("cannot resolve the peer '" + peer + "'", e);
        }
        synchronized (publications) {
            p = publications.get(peer);
            if (p != null && !p.isClosed()) return p;
            Aeron client = dir != null && onThisMachine(addr) ? localPeer(dir) : null;
            if (client != null) {
                p = client.addExclusivePublication("aeron:ipc?mtu=65504|term-length=" + config.termBytes(), STREAM);
            } else {
                // large datagrams on loopback (its MTU is 64 KiB); the usual Ethernet-safe size elsewhere
                p = aeron.addExclusivePublication("aeron:udp?endpoint=" + hostPort + "|mtu=" + (addr.isLoopbackAddress() ? 65504 : 1408)
                        + "|term-length=" + config.termBytes(), STREAM);
            }
            publications.put(peer, p);
            return p;
        }
    }

    /** Whether addr is one of this machine's own addresses. */
    private static boolean onThisMachine(InetAddress addr) {
        if (addr.isLoopbackAddress() || addr.isAnyLocalAddress()) return true;
        try {
            return java.net.NetworkInterface.getByInetAddress(addr) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A client of the driver in dir when it is a live Fora page driver on this machine (a
     * directory named as this class names them, holding Aeron's command-and-control file);
     * null otherwise, and the peer is reached over UDP.
     */
    private Aeron localPeer(String dir) {
        if (!Path.of(dir).getFileName().toString().startsWith("fora-aeron-") || !Files.isRegularFile(Path.of(dir, "cnc.dat"))) return null;
        if (dir.equals(driver.aeronDirectoryName())) return aeron;
        Aeron c = localPeers.get(dir);
        if (c != null && !c.isClosed()) return c;
        try {
            c = Aeron.connect(new Aeron.Context().aeronDirectoryName(dir).driverTimeoutMs(5_000)
                    .errorHandler(t -> LOG.log(Level.FINE, "page transport (peer driver " + dir + "): " + t, t)));
        } catch (RuntimeException e) {
            return null;
        }
        localPeers.put(dir, c);
        return c;
    }

    static void writeHeader(MutableDirectBuffer frame, int at, PageId id, PageKind kind, long size, long offset, int n) {
        frame.putInt(at, MAGIC, ByteOrder.LITTLE_ENDIAN);
        frame.putByte(at + 4, (byte) kind.ordinal());
        frame.putByte(at + 5, (byte) 0);
        frame.putShort(at + 6, (short) 0, ByteOrder.LITTLE_ENDIAN);
        frame.putLong(at + 8, id.hi(), ByteOrder.LITTLE_ENDIAN);
        frame.putLong(at + 16, id.lo(), ByteOrder.LITTLE_ENDIAN);
        frame.putLong(at + 24, size, ByteOrder.LITTLE_ENDIAN);
        frame.putLong(at + 32, offset, ByteOrder.LITTLE_ENDIAN);
        frame.putInt(at + 40, n, ByteOrder.LITTLE_ENDIAN);
        frame.putInt(at + 44, 0, ByteOrder.LITTLE_ENDIAN);
    }

    private void onFragment(DirectBuffer buf, int at, int length, Header header, boolean local) {
        // the sessions of the two subscriptions are told apart by bit 32 of the key
        long session = (local ? 1L << 32 : 0) | (header.sessionId() & 0xFFFFFFFFL);
        // a page chunk is always one whole frame; a message Aeron had to split is not one of ours
        String problem = (header.flags() & FrameDescriptor.UNFRAGMENTED) != FrameDescriptor.UNFRAGMENTED
                ? "a message split into fragments (no chunk is larger than a frame)"
                : accept(session, buf, at, length, header.context() instanceof io.aeron.Image img ? img.sourceIdentity() : "?", local);
        if (problem != null) {
            framesDropped.incrementAndGet();
            assemblies.remove(session);
            LOG.warning("page transport: dropped a frame from " + (local ? "a worker on this machine" : "the network")
                    + " (session " + header.sessionId() + "): " + problem);
        }
    }

    /** Takes one frame; the reason it was refused, or null. */
    private String accept(long session, DirectBuffer buf, int at, int length, String source, boolean local) {
        if (length < HEADER) return "a frame of " + length + " bytes is shorter than the header";
        if (buf.getInt(at, ByteOrder.LITTLE_ENDIAN) != MAGIC) return "no page frame magic";
        PageKind kind = PageKind.ofCode(buf.getByte(at + 4));
        if (kind == null) return "unknown page kind " + buf.getByte(at + 4);
        PageId id = new PageId(buf.getLong(at + 8, ByteOrder.LITTLE_ENDIAN), buf.getLong(at + 16, ByteOrder.LITTLE_ENDIAN));
        long size = buf.getLong(at + 24, ByteOrder.LITTLE_ENDIAN);
        long offset = buf.getLong(at + 32, ByteOrder.LITTLE_ENDIAN);
        int n = buf.getInt(at + 40, ByteOrder.LITTLE_ENDIAN);
        if (size < 0 || size > config.maxPageBytes()) return "a page of " + size + " bytes (the limit is " + config.maxPageBytes() + ")";
        if (size % kind.width != 0) return "a " + kind + " page of " + size + " bytes";
        if (n < 0 || n != length - HEADER) return "a chunk that says " + n + " bytes and carries " + (length - HEADER);
        if (offset < 0 || offset + n > size) return "a chunk at " + offset + " of " + n + " bytes past a page of " + size;
        Assembly a = assemblies.get(session);
        if (offset == 0) {
            a = new Assembly(id, kind, size);
            assemblies.put(session, a);
        } else if (a == null || !a.id.equals(id) || a.kind != kind || a.bytes.byteSize() != size || a.received != offset) {
            return "a chunk at " + offset + " of page " + id + " that does not follow the one before";
        }
        buf.getBytes(at + HEADER, a.bytes.asSlice(offset, n).asByteBuffer(), 0, n);
        a.received += n;
        bytesReceived.addAndGet(n);
        if (!local) bytesFromNetwork.addAndGet(n);
        if (a.received < size) return null;
        assemblies.remove(session);
        // a peer on this machine wrote into shared memory it could change anyway: its ids are taken as
        // given; bytes from the network are checked against the id they came with
        if (config.verifyIds() && !local && !PageId.of(kind, a.bytes).equals(id)) return "page " + id + " arrived with bytes of another content";
        pagesReceived.incrementAndGet();
        onPage.accept(new Arrival(Page.trusted(id, kind, a.bytes), source));
        return null;
    }

    public long bytesSent() { return bytesSent.get(); }

    public long bytesReceived() { return bytesReceived.get(); }

    /** Page bytes that came over UDP (the rest came from workers on this machine, through shared memory). */
    public long bytesReceivedFromNetwork() { return bytesFromNetwork.get(); }

    public long pagesReceived() { return pagesReceived.get(); }

    /** Frames dropped as garbled, forged or out of order (each drop also drops the page it belonged to). */
    public long framesDropped() { return framesDropped.get(); }

    /** Sends running now. */
    public long sendsInFlight() { return sendsInFlight.get(); }

    @Override public void close() {
        if (closed) return;
        closed = true;
        try {
            receiver.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Aeron c : localPeers.values()) c.close();
        aeron.close();
        driver.close();
    }
}

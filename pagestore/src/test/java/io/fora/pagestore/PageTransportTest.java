// SPDX-License-Identifier: Apache-2.0
package io.fora.pagestore;

import static org.junit.jupiter.api.Assertions.*;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two transports in this JVM, each with its own media driver, on loopback ports chosen by the system. */
class PageTransportTest {
    static final Duration WAIT = Duration.ofSeconds(20);
    static PageTransport a, b;
    static final LinkedBlockingQueue<PageTransport.Arrival> atB = new LinkedBlockingQueue<>();

    @BeforeAll static void start() throws Exception {
        a = new PageTransport(PageTransport.Config.of("127.0.0.1", 0), x -> { });
        b = new PageTransport(PageTransport.Config.of("127.0.0.1", 0).withMaxPageBytes(8 << 20), atB::add);
        assertTrue(b.address().startsWith("127.0.0.1:"), b.address());
        assertNotEquals("127.0.0.1:0", b.address());
    }

    @AfterAll static void stop() {
        if (a != null) a.close();
        if (b != null) b.close();
    }

    private static Page random(int bytes, long seed) {
        byte[] v = new byte[bytes];
        new Random(seed).nextBytes(v);
        return Page.of(PageKind.BYTES, v);
    }

    private static Page next() throws InterruptedException {
        PageTransport.Arrival x = atB.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(x, "the page arrived");
        return x.page();
    }

    @Test void pagesOfEverySizeArriveWholeAndUnchanged() throws Exception {
        List<Page> sent = new ArrayList<>();
        sent.add(Page.of(PageKind.BYTES, new byte[0]));
        sent.add(Page.ofLongs(new long[] {1, 2, 3}));
        sent.add(random(1 << 20, 1));            // about one chunk
        sent.add(random((3 << 20) + 17, 2));     // several chunks
        sent.add(Page.ofDoubles(new double[] {0.1, -0.0, Double.NaN}));
        for (Page p : sent) a.send(b.address(), p, WAIT);
        for (Page p : sent) {
            Page got = next();
            assertEquals(p.id(), got.id());
            assertEquals(p.kind(), got.kind());
            assertArrayEquals(p.toByteArray(), got.toByteArray());
        }
        assertTrue(a.bytesSent() >= (4 << 20));
    }

    /** A frame as a peer would send it, with the fields given. */
    private static byte[] frame(int magic, int kind, PageId id, long size, long offset, int claimed, int carried) {
        ByteBuffer f = ByteBuffer.allocate(PageTransport.HEADER + carried).order(ByteOrder.LITTLE_ENDIAN);
        UnsafeBuffer u = new UnsafeBuffer(f);
        PageTransport.writeHeader(u, 0, id, PageKind.BYTES, size, offset, claimed);
        u.putInt(0, magic, ByteOrder.LITTLE_ENDIAN);
        u.putByte(4, (byte) kind);
        return f.array();
    }

    @Test void garbledForgedAndOversizedFramesAreDroppedAndTheNextPageStillArrives() throws Exception {
        Page good = random(1000, 7);
        PageId id = good.id();
        long before = b.framesDropped();
        List<byte[]> hostile = List.of(
                new byte[] {1, 2, 3},                                                     // shorter than a header
                frame(0xDEADBEEF, 3, id, 10, 0, 10, 10),                                   // no magic
                frame(PageTransport.MAGIC, 99, id, 10, 0, 10, 10),                         // unknown kind
                frame(PageTransport.MAGIC, 3, id, 1L << 40, 0, 10, 10),                    // larger than the limit
                frame(PageTransport.MAGIC, 3, id, -5, 0, 10, 10),                          // negative size
                frame(PageTransport.MAGIC, 3, id, 10, 0, 500, 10),                         // claims more than it carries
                frame(PageTransport.MAGIC, 3, id, 10, 5, 10, 10),                          // runs past the page
                frame(PageTransport.MAGIC, 3, id, 20, 10, 10, 10),                         // a middle with no start
                frame(PageTransport.MAGIC, 3, id, 1000, 0, 1000, 1000));                   // right shape, wrong bytes
        for (byte[] f : hostile) a.sendRaw(b.address(), f, WAIT);
        // plain UDP garbage at the data port: the media driver drops what is not Aeron's
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            int port = Integer.parseInt(b.address().substring(b.address().lastIndexOf(':') + 1));
            Random r = new Random(3);
            for (int i = 0; i < 50; i++) {
                byte[] junk = new byte[1 + r.nextInt(1400)];
                r.nextBytes(junk);
                s.send(new DatagramPacket(junk, junk.length, InetAddress.getLoopbackAddress(), port));
            }
        }
        a.send(b.address(), good, WAIT);
        Page got = next();
        assertEquals(id, got.id(), "only the good page arrives");
        assertArrayEquals(good.toByteArray(), got.toByteArray());
        assertEquals(hostile.size(), b.framesDropped() - before, "each hostile frame is counted once");
        assertTrue(atB.isEmpty());
    }

    @Test void aPeerThatIsNotThereIsAnErrorNotAHang() throws Exception {
        int port;
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        long t0 = System.nanoTime();
        var e = assertThrows(java.io.IOException.class, () -> a.send("127.0.0.1:" + port, random(10, 1), Duration.ofMillis(500)));
        assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(10));
        assertThrows(java.io.IOException.class, () -> a.send("no-port-here", random(10, 1), WAIT));
    }

    @Test void aPeerOnThisMachineIsReachedThroughItsDriversSharedMemory() throws Exception {
        String endpoint = b.endpoint();
        assertTrue(endpoint.startsWith(b.address() + "@"), endpoint);
        assertTrue(endpoint.contains("fora-aeron-"), endpoint);
        long udpBefore = b.bytesReceivedFromNetwork();
        Page p = random((2 << 20) + 3, 11);
        a.send(endpoint, p, WAIT);
        Page got = next();
        assertArrayEquals(p.toByteArray(), got.toByteArray());
        assertEquals(udpBefore, b.bytesReceivedFromNetwork(), "nothing went through the network stack");
        // a directory that is not a Fora page driver's: the page goes over UDP instead
        long before = b.bytesReceivedFromNetwork();
        a.send(b.address() + "@/tmp", p, WAIT);
        assertArrayEquals(p.toByteArray(), next().toByteArray());
        assertTrue(b.bytesReceivedFromNetwork() > before);
        // hostile frames through shared memory are checked as those from the network
        long dropped = b.framesDropped();
        a.sendRaw(endpoint, frame(PageTransport.MAGIC, 3, p.id(), 1L << 40, 0, 10, 10), WAIT);
        a.sendRaw(endpoint, new byte[] {9, 9, 9}, WAIT);
        a.send(endpoint, Page.ofLongs(new long[] {42}), WAIT);
        assertEquals(42, next().getLong(0));
        assertEquals(dropped + 2, b.framesDropped());
    }

    @Test void settingsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> PageTransport.Config.of("127.0.0.1", 70000));
        assertThrows(IllegalArgumentException.class, () -> PageTransport.Config.of("127.0.0.1", -1));
        assertThrows(IllegalArgumentException.class, () -> new PageTransport.Config("127.0.0.1", 0, 1, 1 << 20, 1 << 20, 1 << 20, null, true));
    }
}

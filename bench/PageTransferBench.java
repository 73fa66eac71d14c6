// SPDX-License-Identifier: Apache-2.0
// Page transfer throughput between two processes on this machine (run by bench/page-transfer.sh):
//   receive aeron|udp|tcp PAGES PAGE_BYTES   prints "READY address", then "MBps x" once every page is in
//   send aeron|udp|tcp ADDRESS PAGES PAGE_BYTES
// aeron: the page transport as workers use it (its endpoint: Aeron IPC through the receiver's
// media driver when both are on one machine, UDP otherwise); udp: its UDP path alone.
// Both ways the receiver times from the end of the first WARM pages (default 32, to let the JIT
// compile both sides) to its last page, so set-up and warm-up are left out of either figure. Aeron pages go through Fora's
// PageTransport (chunked, checked against their content ids, each kept in a buffer of its own);
// TCP is a plain copy of the same bytes through a socket into one reused buffer.
import io.fora.pagestore.Page;
import io.fora.pagestore.PageKind;
import io.fora.pagestore.PageTransport;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CountDownLatch;

public class PageTransferBench {
    public static void main(String[] args) throws Exception {
        String role = args[0], way = args[1];
        if (role.equals("receive")) receive(way, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        else send(way, args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        System.exit(0);
    }

    static Page page(int bytes, int i) {
        byte[] b = new byte[bytes];
        new Random(i).nextBytes(b);
        return Page.of(PageKind.BYTES, b);
    }

    static final int WARM = Integer.parseInt(System.getenv().getOrDefault("WARM", "32"));

    static void report(long first, long last, int pages, int bytes) {
        double mb = (double) (pages - WARM) * bytes / (1 << 20);
        System.out.printf(java.util.Locale.ROOT, "MBps %.1f%n", mb / ((last - first) / 1e9));
        System.out.flush();
    }

    static void receive(String way, int pages, int bytes) throws Exception {
        if (!way.equals("tcp")) {
            CountDownLatch done = new CountDownLatch(pages);
            long[] times = new long[2];
            PageTransport.Config c = PageTransport.Config.of("127.0.0.1", 0).withMaxPageBytes(bytes)
                    .withVerifyIds(System.getenv("NOVERIFY") == null);
            if (System.getenv("TERM_MB") != null) c = c.withWindow(Integer.parseInt(System.getenv("TERM_MB")) << 20, Integer.parseInt(System.getenv("WIN_MB")) << 20);
            try (PageTransport t = new PageTransport(c, a -> {
                long now = System.nanoTime();
                if (done.getCount() == pages - WARM + 1) times[0] = now;
                times[1] = now;
                done.countDown();
            })) {
                System.out.println("READY " + (way.equals("aeron") ? t.endpoint() : t.address()));
                System.out.flush();
                done.await();
                report(times[0], times[1], pages, bytes);
            }
            return;
        }
        try (ServerSocketChannel server = ServerSocketChannel.open().bind(new InetSocketAddress("127.0.0.1", 0))) {
            System.out.println("READY 127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort());
            System.out.flush();
            try (SocketChannel in = server.accept()) {
                long first = 0, last = 0;
                ByteBuffer page = ByteBuffer.allocateDirect(bytes);
                for (int i = 0; i < pages; i++) {
                    page.clear();
                    while (page.hasRemaining()) if (in.read(page) < 0) throw new java.io.EOFException();
                    last = System.nanoTime();
                    if (i == WARM - 1) first = last;
                }
                report(first, last, pages, bytes);
            }
        }
    }

    static void send(String way, String to, int pages, int bytes) throws Exception {
        Page[] data = new Page[Math.min(pages, 8)];
        for (int i = 0; i < data.length; i++) data[i] = page(bytes, i);
        if (!way.equals("tcp")) {
            PageTransport.Config c = PageTransport.Config.of("127.0.0.1", 0);
            if (System.getenv("TERM_MB") != null) c = c.withWindow(Integer.parseInt(System.getenv("TERM_MB")) << 20, Integer.parseInt(System.getenv("WIN_MB")) << 20);
            try (PageTransport t = new PageTransport(c, a -> { })) {
                for (int i = 0; i < pages; i++) t.send(to, data[i % data.length], Duration.ofSeconds(60));
                Thread.sleep(500); // let the last chunks leave before the driver closes
            }
            return;
        }
        // the pages' bytes off the heap once, as the socket wants them (a heap buffer is copied on every write)
        ByteBuffer[] direct = new ByteBuffer[data.length];
        for (int i = 0; i < data.length; i++) direct[i] = ByteBuffer.allocateDirect(bytes).put(data[i].data().asByteBuffer()).flip();
        int colon = to.lastIndexOf(':');
        try (SocketChannel out = SocketChannel.open(new InetSocketAddress(to.substring(0, colon), Integer.parseInt(to.substring(colon + 1))))) {
            for (int i = 0; i < pages; i++) {
                ByteBuffer b = direct[i % data.length].duplicate();
                while (b.hasRemaining()) out.write(b);
            }
        }
    }
}

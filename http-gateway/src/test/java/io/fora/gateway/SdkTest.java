// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.client.CallResult;
import io.fora.client.ClusterInfo;
import io.fora.client.Fora;
import io.fora.client.ModuleOutput;
import io.fora.client.Progress;
import io.fora.client.PythonSource;
import io.fora.client.RemoteObject;
import io.fora.client.RemotelyResult;
import io.fora.encoding.FrozenSet;
import io.fora.encoding.Opaque;
import io.fora.encoding.Tuple;
import io.fora.errors.ComputationError;
import io.fora.errors.ConnectionError;
import io.fora.errors.ForaError;
import io.fora.errors.NotCallableError;
import io.fora.errors.PythonToForaConversionError;
import io.fora.errors.ResultExceededBytecountThreshold;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The Java SDK ({@code io.fora.client}) against a real server, end to end. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SdkTest {
    static final String IS_PRIME = """
            def isPrime(p):
                if p < 2:
                    return 0
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return 0
                    x = x + 1
                return 1
            """;

    static ForaServer server;
    static Fora fora;

    @BeforeAll static void start() {
        server = ForaServer.start(ServerConfig.builder().host("127.0.0.1").port(0).build());
        fora = Fora.connect(server.url());
    }

    @AfterAll static void stop() {
        if (fora != null) fora.close();
        if (server != null) server.close();
    }

    private static <T> T await(CompletableFuture<T> f) throws Exception {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError("the future failed: " + e.getCause(), e.getCause());
        }
    }

    private static Throwable failure(CompletableFuture<?> f) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS));
        return e.getCause();
    }

    @Test void readmeExampleCountsPrimes() {
        try (var fora = Fora.connect(server.url().toString())) {
            RemoteObject isPrime = fora.define(PythonSource.of(IS_PRIME), "isPrime").join();
            long n = fora.remotely("n = sum(isPrime(x) for x in range(10**4))")
                         .bind("isPrime", isPrime).downloadAll().run().join().getLong("n");
            assertEquals(1229, n);
        }
    }

    @Test void clusterDescribesTheServer() throws Exception {
        ClusterInfo c = await(fora.cluster());
        assertTrue(c.workers() >= 1);
        assertTrue(c.cores() >= 1);
        assertFalse(c.version().isEmpty());
        assertEquals(c.workers(), await(fora.workerCount()));
    }

    @Test void definedValuesComeBackEqual() throws Exception {
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put("a", 1L);
        dict.put(2L, "b");
        dict.put(Tuple.of(1L, 2L), List.of());
        List<Object> values = new ArrayList<>(List.of(
                List.of(1L, 2L, 3L),
                Tuple.of(1L, "a", 2.5, true),
                dict,
                Set.of(1L, 2L, 3L),
                FrozenSet.of("x", "y"),
                BigInteger.TWO.pow(100),
                BigInteger.TWO.pow(100).negate(),
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                "unicode é ✓",
                List.of(Map.of("k", List.of(Tuple.of(1L, FrozenSet.of(2L)))), Set.of(Tuple.of(1L, 2L)), Tuple.of()),
                Map.of()));
        values.add(null);
        for (Object v : values) {
            RemoteObject o = await(fora.define(v));
            assertEquals(v, await(o.toLocal()), "round trip of " + v);
        }
        assertTrue(Double.isNaN(await(await(fora.define(Double.NaN)).toLocal(double.class))));
        assertEquals(List.of(1L, 2L), await(await(fora.define(List.of(1, 2))).toLocal()), "Java ints arrive as Python ints");
    }

    @Test void definedObjectsKnowTheirType() throws Exception {
        RemoteObject isPrime = await(fora.define(PythonSource.of(IS_PRIME), "isPrime"));
        assertEquals("function", isPrime.type().orElseThrow());
        assertEquals("list", await(fora.define(List.of(1L))).type().orElseThrow());
        Opaque f = assertInstanceOf(Opaque.class, await(isPrime.toLocal()));
        assertEquals("function", f.type());
    }

    @Test void pythonComputedBigIntsAndFloatsDownload() throws Exception {
        RemotelyResult r = await(fora.remotely("big = 2**100\nnan = float('nan')\ninf = float('inf')\nt = (1, 'a')\n").run());
        assertEquals(BigInteger.TWO.pow(100), r.getBigInteger("big"));
        assertTrue(Double.isNaN(r.getDouble("nan")));
        assertEquals(Double.POSITIVE_INFINITY, r.getDouble("inf"));
        assertEquals(Tuple.of(1L, "a"), r.get("t"));
        assertThrows(io.fora.errors.ForaToPythonConversionError.class, () -> r.getLong("big"));
    }

    @Test void bytesGoAndComeBackAsBytes() throws Exception {
        RemoteObject rev = await(fora.define(PythonSource.of(
                "def rev(b, extra):\n    out = bytearray(b)\n    out.reverse()\n    out += extra\n    return bytes(out), out\n"), "rev"));
        Object r = await(fora.call(rev).args(new byte[] {1, 2, (byte) 200}, new io.fora.encoding.ByteArray(new byte[] {9})).run()).value();
        Tuple t = assertInstanceOf(Tuple.class, r);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {(byte) 200, 2, 1, 9}, (byte[]) t.get(0));
        assertEquals(new io.fora.encoding.ByteArray(new byte[] {(byte) 200, 2, 1, 9}), t.get(1));
    }

    @Test void submitsWithArgumentsByValueAndByRemoteObject() throws Exception {
        RemoteObject add = await(fora.define(PythonSource.of("def add(a, b):\n    return a + b\n"), "add"));
        RemoteObject five = await(fora.submit(add, 2, 3));
        assertEquals(5L, await(five.toLocal()));
        assertEquals(10L, await(fora.call(add).args(five, five).run()).getLong());

        RemoteObject xs = await(fora.define(List.of(1, 2, 3)));
        RemoteObject total = await(fora.define(PythonSource.of("def total(xs, start=0):\n    return sum(xs) + start\n"), "total"));
        assertEquals(6L, await(await(fora.submit(total, xs)).toLocal(Long.class)));
        assertEquals(16L, await(fora.call(total).args(xs).kwarg("start", 10).run()).getLong());
        assertEquals(9L, await(fora.call(total).args(List.of(four(), 5L)).run()).getLong());

        CallResult bySource = await(fora.call(PythonSource.of("def greet(name):\n    return 'hello ' + name\n"), "greet").args("fora").run());
        assertEquals("hello fora", bySource.getString());
    }

    private static long four() { return 4L; }

    @Test void callsAndBlocksReturnWhatTheyPrintedInOrder() throws Exception {
        CallResult r = await(fora.call(PythonSource.of(
                "def f(n):\n    for i in range(n):\n        print('line', i)\n    print('no newline', end='')\n    return n\n"), "f").args(3).run());
        assertEquals(3L, r.getLong());
        assertEquals(List.of("line 0", "line 1", "line 2", "no newline"), r.output());
        RemotelyResult b = await(fora.remotely("xs = [i * i for i in range(20000)]\nprint(len(xs), xs[-1])\n").run());
        assertEquals(List.of("20000 399960001"), b.output());
    }

    @Test void aComputationThatChangesWhatItReceivedLeavesItUnchangedForTheNext() throws Exception {
        RemoteObject xs = await(fora.define(List.of(1, 2, 3)));
        RemoteObject grow = await(fora.define(PythonSource.of(
                "seen = []\ndef grow(xs):\n    xs.append(len(xs))\n    seen.append(1)\n    return [len(xs), len(seen)]\n"), "grow"));
        // each call starts from the defined list and from the function's module as it was defined
        assertEquals(List.of(4L, 1L), await(await(fora.submit(grow, xs)).toLocal()));
        assertEquals(List.of(4L, 1L), await(await(fora.submit(grow, xs)).toLocal()));
        assertEquals(List.of(1L, 2L, 3L), await(xs.toLocal()));
        RemotelyResult r = await(fora.remotely("xs.append(9)\nys = xs\nn = len(xs)\n").bind("xs", xs).run());
        assertEquals(4L, r.getLong("n"));
        assertEquals(List.of(1L, 2L, 3L), await(xs.toLocal()));
        // a list passed by value is the computation's own: changed there, returned as changed
        assertEquals(List.of(5L, 1L), await(fora.call(grow).args(List.of(7L, 8L, 9L, 10L)).run()).value());
    }

    @Test void remotelyBindsValuesAndRemoteObjects() throws Exception {
        RemoteObject xs = await(fora.define(List.of(1, 2, 3)));
        RemotelyResult r = await(fora.remotely("total = sum(xs) * k\nlabel = 'x' + str(total)\n").bind("xs", xs).bind("k", 2).run());
        assertEquals(12L, r.getLong("total"));
        assertEquals("x12", r.getString("label"));
        assertTrue(r.names().containsAll(List.of("total", "label")));
    }

    @Test void downloadNoneAndSmallKeepLargeResultsRemote() throws Exception {
        RemotelyResult small = await(fora.remotely("xs = list(range(100000))\nn = len(xs)\n").downloadSmall().run());
        assertTrue(small.isRemote("xs"));
        assertFalse(small.isRemote("n"));
        assertEquals(100000L, small.getLong("n"));
        List<?> xs = await(small.remote("xs").toLocal(List.class));
        assertEquals(100000, xs.size());
        assertEquals(99999L, xs.get(99999));
        assertThrows(IllegalStateException.class, () -> small.remote("n"));

        RemotelyResult none = await(fora.remotely("a = 1\nb = 'two'\n").downloadNone().run());
        assertTrue(none.isRemote("a"));
        assertEquals(1L, await(none.remote("a").toLocal()));
        assertEquals("two", await(none.remote("b").toLocal(String.class)));

        assertTrue(await(fora.remotely("s = 'x' * 100\n").downloadSmall(50).run()).isRemote("s"));

        PythonSource range = PythonSource.of("def upTo(n):\n    return list(range(n))\n");
        assertTrue(await(fora.call(range, "upTo").args(5000).downloadSmall().run()).isRemote());
        CallResult three = await(fora.call(range, "upTo").args(3).downloadSmall().run());
        assertFalse(three.isRemote());
        assertEquals(List.of(0L, 1L, 2L), three.value());
    }

    @Test void toLocalWithTooSmallLimitIsRefused() throws Exception {
        RemoteObject big = await(fora.define(Collections.nCopies(1000, 12345L)));
        assertInstanceOf(ResultExceededBytecountThreshold.class, failure(big.toLocal(100)));
        assertEquals(1000, await(big.toLocal(List.class, 1_000_000)).size());
    }

    @Test void raisingFunctionIsComputationErrorWithTrace() {
        String source = """
                def inverse(x):
                    y = x - 1
                    return 1 / y

                def outer(x):
                    return inverse(x)
                """;
        var e = assertInstanceOf(ComputationError.class, failure(fora.call(PythonSource.of(source, "inv.py"), "outer").args(1).run()));
        assertEquals("ZeroDivisionError", e.remoteType());
        assertFalse(e.trace().isEmpty());
        ComputationError.TraceEntry last = e.trace().getLast();
        assertEquals(3, last.line());
        assertEquals("inverse", last.function());
        assertEquals("inv.py", last.path());
        assertTrue(e.trace().stream().anyMatch(t -> t.line() == 6 && t.function().equals("outer")), e.trace().toString());
    }

    @Test void moduleRaisingWhileDefiningIsComputationError() {
        var e = assertInstanceOf(ComputationError.class, failure(fora.define(PythonSource.of("x = 1 // 0\n"), "x")));
        assertEquals("ZeroDivisionError", e.remoteType());
        var missing = assertInstanceOf(ComputationError.class, failure(fora.define(PythonSource.of("x = 1\n"), "y")));
        assertEquals("NameError", missing.remoteType());
    }

    @Test void purityErrorIsConversionErrorWithLineAndColumn() {
        // a computation is one module: a relative import can never be satisfied
        PythonSource impure = PythonSource.of("def f():\n    from . import helper\n    return 1\n");
        var e = assertInstanceOf(PythonToForaConversionError.class, failure(fora.define(impure, "f")));
        assertEquals(2, e.line());
        assertEquals(5, e.column());
        assertTrue(e.getMessage().contains("relative import"), e.getMessage());
        var call = assertInstanceOf(PythonToForaConversionError.class, failure(fora.call(impure, "f").run()));
        assertEquals(2, call.line());
        var block = assertInstanceOf(PythonToForaConversionError.class, failure(fora.remotely("x = 1\nfrom .m import y\n").run()));
        assertEquals(2, block.line());
        assertEquals(1, block.column());
    }

    @Test void callingANonCallableIsNotCallableError() throws Exception {
        RemoteObject number = await(fora.define(42));
        assertInstanceOf(NotCallableError.class, failure(fora.submit(number)));
        assertInstanceOf(NotCallableError.class, failure(fora.call(PythonSource.of("x = 3\n"), "x").run()));
    }

    @Test void cancellingStopsAnInfiniteLoopAndTheServerStaysUsable() throws Exception {
        var spin = fora.call(PythonSource.of("def spin():\n    x = 0\n    while True:\n        x = x + 1\n    return x\n"), "spin").run();
        Thread.sleep(300);
        assertTrue(spin.cancel(true));
        assertTrue(spin.isCancelled());
        assertThrows(CancellationException.class, spin::join);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (await(fora.cluster()).runningComputations() > 0) {
            assertTrue(System.nanoTime() < deadline, "the cancelled computation still runs on the server");
            Thread.sleep(50);
        }
        while (server.busyDrivers() > 0) {
            assertTrue(System.nanoTime() < deadline, "the cancelled computation still uses a driver thread");
            Thread.sleep(50);
        }
        assertEquals(4L, await(fora.remotely("y = 2 + 2").run()).getLong("y"));
    }

    @Test void releasedObjectCannotBeDownloaded() throws Exception {
        RemoteObject o = await(fora.define(List.of(1, 2)));
        await(o.release());
        Throwable e = failure(o.toLocal());
        assertEquals(ForaError.class, e.getClass());
        assertTrue(e.getMessage().contains(o.id()), e.getMessage());
        assertEquals(ForaError.class, failure(o.release()).getClass());
    }

    @Test void closedPortIsConnectionError() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (var nowhere = Fora.connect("http://127.0.0.1:" + port)) {
            assertInstanceOf(ConnectionError.class, failure(nowhere.cluster()));
            assertInstanceOf(ConnectionError.class, failure(nowhere.define(1)));
        }
    }

    @Test void closedClientRefusesCalls() {
        Fora closed = Fora.connect(server.url());
        closed.close();
        closed.close();
        assertTrue(closed.isClosed());
        Throwable e = failure(closed.define(1));
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
    }

    @Test void moduleRunGivesReprsOfExpressionStatements() throws Exception {
        ModuleOutput out = await(fora.run(PythonSource.of("1 + 1\nx = 'a'\nx\nNone\n[x, 2]\n", "m.py")));
        assertEquals(List.of("2", "'a'", "['a', 2]"), out.output());
    }

    @Test void progressCallbackReceivesEvents() throws Exception {
        PythonSource loop = PythonSource.of("""
                def spin(n):
                    t = 0
                    i = 0
                    while i < n:
                        t = t + i
                        i = i + 1
                    return t
                """);
        RemoteObject spin = await(fora.define(loop, "spin"));
        long n = 100_000;
        long elapsed;
        while (true) {
            elapsed = await(fora.call(spin).args(n).run()).elapsedMs();
            if (elapsed >= 200 || n >= 10_000_000_000L) break;
            n *= 10;
        }
        long target = Math.max(n, n * 2000 / Math.max(1, elapsed));
        List<Progress> events = new CopyOnWriteArrayList<>();
        CallResult r = await(fora.call(spin).args(target).onProgress(events::add).run());
        assertEquals(BigInteger.valueOf(target).multiply(BigInteger.valueOf(target - 1)).shiftRight(1), r.getBigInteger());
        assertFalse(events.isEmpty(), "no progress event during " + r.elapsedMs() + " ms");
        for (Progress p : events) assertEquals(r.computationId(), p.id());
        assertTrue(events.stream().anyMatch(p -> p.status().equals("running")), events.toString());
    }

    @Test void manyThreadsShareOneClient() throws Exception {
        RemoteObject square = await(fora.define(PythonSource.of("def square(x):\n    return x * x\n"), "square"));
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                long x = i;
                results.add(pool.submit(() -> x % 2 == 0
                        ? fora.call(square).args(x).run().get(60, TimeUnit.SECONDS).getLong()
                        : fora.remotely("y = x * x").bind("x", x).run().get(60, TimeUnit.SECONDS).getLong("y")));
            }
            for (int i = 0; i < 200; i++) assertEquals((long) i * i, results.get(i).get(90, TimeUnit.SECONDS), "square of " + i);
        } finally {
            pool.shutdownNow();
        }
    }
}

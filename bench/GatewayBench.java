// SPDX-License-Identifier: Apache-2.0
// Gateway benchmark (not a test): round trip of a trivial computation (submit, wait, download)
// and sustained throughput of trivial submissions from concurrent clients, against a running
// server. Run by bench/gateway.sh, which starts and stops the server.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

public class GatewayBench {
    static final String BODY = "{\"source\": \"def f(x):\\n    return x + 1\\n\", \"call\": \"f\", \"args\": [41]}";

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0] + "/api/v1/computations?wait=60");
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        double seconds = args.length > 2 ? Double.parseDouble(args[2]) : 10;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(url).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(BODY)).build();

        // warm up both ends (JIT), then measure one client's round trips
        for (int i = 0; i < 3000; i++) check(http.send(request, HttpResponse.BodyHandlers.ofString()));
        int n = 2000;
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            check(http.send(request, HttpResponse.BodyHandlers.ofString()));
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        System.out.printf("round trip (1 client, %d calls): median %.2f ms  p90 %.2f ms  p99 %.2f ms%n",
                n, nanos[n / 2] / 1e6, nanos[n * 9 / 10] / 1e6, nanos[n * 99 / 100] / 1e6);

        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                while (System.nanoTime() < end) {
                    check(own.send(request, HttpResponse.BodyHandlers.ofString()));
                    done.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) f.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("throughput (%d clients, %.0f s): %.0f computations/s (%d in all)%n",
                clients, elapsed, done.get() / elapsed, done.get());
    }

    static void check(HttpResponse<String> r) {
        if (r.statusCode() != 200 || !r.body().contains("\"result\":42")) throw new IllegalStateException("bad answer: " + r.body());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fora.encoding.ValueCodec;
import io.fora.scheduler.ComputationLoad;
import io.fora.scheduler.WorkStealingPool;
import io.fora.vm.ForaVm;
import io.fora.vm.diag.Diagnostic;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The computations a server runs for its clients, and the objects it keeps for them. Each
 * computation starts on a driver thread of its own (with the large stack the VM's native
 * callbacks need) and splits its work onto the machine's shared {@link WorkStealingPool}.
 * Knows nothing of HTTP: the routes turn its answers and {@link ApiException}s into responses.
 */
final class Computations implements AutoCloseable {
    /** Stack of a driver thread: deep recursion through native callbacks needs room. */
    private static final long DRIVER_STACK_BYTES = 512L << 20;
    private static final int MAX_DRIVERS = 64;
    private static final long PROGRESS_EVERY_MS = 250;

    private final ServerConfig config;
    private final WorkStealingPool pool;
    /** The grid that runs computations, or null when this machine runs them itself. */
    private final io.fora.grid.GridNode grid;
    private final io.fora.grid.job.JobRunner runner = new io.fora.grid.job.JobRunner();
    private final ObjectStore objects = new ObjectStore();
    private final Events events = new Events();
    private final ThreadPoolExecutor drivers;
    private final ScheduledExecutorService ticker;
    private final ConcurrentHashMap<String, Computation> computations = new ConcurrentHashMap<>();
    private final AtomicLong next = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final String boot = Ids.bootTag();
    /** Used only to convert values and render reprs: no computation's token. */
    private final ForaVm plainVm;

    Computations(ServerConfig config) { this(config, null); }

    /** With a grid, computations run on its workers; this machine only converts and renders values. */
    Computations(ServerConfig config, io.fora.grid.GridNode grid) {
        this.config = config;
        this.grid = grid;
        this.pool = new WorkStealingPool(grid == null ? config.threads() : 1);
        this.plainVm = new ForaVm(config.recursionLimit(), pool);
        AtomicInteger n = new AtomicInteger();
        this.drivers = new ThreadPoolExecutor(MAX_DRIVERS, MAX_DRIVERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> {
                    Thread t = new Thread(null, r, "fora-computation-" + n.incrementAndGet(), DRIVER_STACK_BYTES);
                    t.setDaemon(true);
                    return t;
                });
        drivers.allowCoreThreadTimeOut(true);
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fora-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::tick, PROGRESS_EVERY_MS, PROGRESS_EVERY_MS, TimeUnit.MILLISECONDS);
        ticker.scheduleAtFixedRate(this::forgetOld, 10, 10, TimeUnit.SECONDS);
    }

    ObjectStore objects() { return objects; }

    Events events() { return events; }

    WorkStealingPool pool() { return pool; }

    /** The grid computations run on, or null on a single machine. */
    io.fora.grid.GridNode grid() { return grid; }

    // ---- computations ----

    /**
     * Starts a computation. Compile errors, unknown references and values that cannot become
     * Python values are refused here, before anything runs, as {@link ApiException}s.
     */
    Computation submit(Requests.Submission s) {
        ForaVm.Program program = s.source() == null ? null : compile(s.path(), s.source());
        Object[] args;
        Map<String, Object> kwargs;
        Map<String, Object> bindings;
        try {
            args = convertAll(s.args()).toArray();
            kwargs = convertAll(s.kwargs());
            bindings = convertAll(s.bindings());
        } catch (ForaVm.Raised e) {
            throw new ApiException(400, "PythonToForaConversionError", e.getMessage());
        }
        Object function = s.call() instanceof io.fora.encoding.RemoteRef r ? objects.get(r.id()).value() : null;
        String id = "c-" + boot + "-" + Long.toString(next.incrementAndGet(), 36);
        ComputationLoad load = new ComputationLoad(pool);
        Computation c = new Computation(id, s.kind(), grid == null ? Computation.Progress.of(load) : gridProgress(id));
        computations.put(id, c);
        total.incrementAndGet();
        events.publish("started", c);
        ForaVm vm = new ForaVm(config.recursionLimit(), load);
        drivers.execute(() -> run(c, vm, s, program, function, args, kwargs, bindings));
        return c;
    }

    /**
     * The job with its own copy of every value it starts from (remote objects, defined bindings,
     * a remote function and the module state it reaches), made in one pass so that sharing among
     * them is kept: a computation may change what it received, and the next computation still
     * sees the values unchanged. A grid job gets the same from its trip to the worker.
     */
    private static io.fora.grid.job.Job ownCopy(io.fora.grid.job.Job job) {
        if (job.function() == null && job.args().length == 0 && job.kwargs().isEmpty() && job.bindings().isEmpty()) return job;
        return io.fora.grid.job.JobCodec.decodeJob(io.fora.grid.job.JobCodec.encode(job));
    }

    private Computation.Progress gridProgress(String id) {
        return new Computation.Progress() {
            @Override public int coresBusy() { return grid.view().busyCores(id); }
            @Override public long tasks() { return 0; }
            @Override public long splits() { return 0; }
            @Override public long steals() { return 0; }
        };
    }

    private void run(Computation c, ForaVm vm, Requests.Submission s, ForaVm.Program program, Object function,
                     Object[] args, Map<String, Object> kwargs, Map<String, Object> bindings) {
        try {
            if (c.token.isCancelled()) throw new CancelledBeforeStart();
            io.fora.grid.job.Job job = new io.fora.grid.job.Job(io.fora.grid.job.Job.Kind.valueOf(s.kind().name()), s.path(),
                    s.source(), s.call() instanceof String name ? name : null, function, args, kwargs, bindings, config.recursionLimit());
            io.fora.grid.job.JobOutcome o = grid == null
                    ? runner.run(vm, ownCopy(job), c.token, events.hasListeners() ? line -> events.publishOutput(c, line) : null)
                    : onGrid(c, job);
            if (o.cancelled()) {
                finish(c, Computation.Status.CANCELLED, "");
                return;
            }
            if (o.crash() != null) {
                fail(c, new ForaVm.Failure("ForaError", o.crash(), List.of(), ""));
                return;
            }
            if (o.failure() != null) {
                // a module run also answers what it displayed before it raised, as fora run prints it
                finish(c, Computation.Status.FAILED, (s.kind() == Requests.Kind.MODULE || !o.output().isEmpty() ? outputMembers(o.output()) : "")
                        + failure(o.failure()), plain(c, o.output(), o.failure()));
                return;
            }
            // what a call or a block printed comes back with it too
            String printed = s.kind() != Requests.Kind.MODULE && !o.output().isEmpty() ? outputMembers(o.output()) : "";
            String members = printed + switch (s.kind()) {
                case CALL -> ",\"result\":" + render(vm, o.result(), s.download(), s.maxBytes(), c);
                case BLOCK -> {
                    StringBuilder sb = new StringBuilder(",\"results\":{");
                    boolean first = true;
                    for (Map.Entry<String, Object> e : o.bound().entrySet()) {
                        if (!first) sb.append(',');
                        first = false;
                        sb.append(quote(e.getKey())).append(':').append(render(vm, e.getValue(), s.download(), s.maxBytes(), c));
                    }
                    yield sb.append('}').toString();
                }
                case MODULE -> outputMembers(o.output());
            };
            finish(c, Computation.Status.DONE, members, plain(c, o.output(), null));
        } catch (ForaVm.Raised e) {
            fail(c, e.failure());
        } catch (ForaVm.Cancelled | CancelledBeforeStart e) {
            finish(c, Computation.Status.CANCELLED, "");
        } catch (VmValues.DownloadException e) {
            fail(c, new ForaVm.Failure("ForaToPythonConversionError", e.getMessage(), List.of(), ""));
        } catch (OutOfMemoryError e) {
            // outside the interpreter (encoding a huge result): the computation fails, the server stays
            fail(c, new ForaVm.Failure("MemoryError", "", List.of(), "MemoryError"));
        } catch (RuntimeException | StackOverflowError e) {
            if (c.token.isCancelled()) {
                finish(c, Computation.Status.CANCELLED, "");
            } else {
                fail(c, new ForaVm.Failure("ForaError", "internal error: " + e, List.of(), ""));
            }
        }
    }

    /** The manager's warm-up job's program (see {@link #warmUpGrid}). */
    static final String WARM_UP_SOURCE = "sum(i * i for i in range(20000))\n";

    /**
     * Once a worker is up, one small job through the grid as a computation's would go (compiled
     * here, handed to the manager actor, run by a worker, answered back), so that the first
     * computation a user submits does not pay for this JVM's first use of those paths (~75 ms of
     * a first run). It is no computation: not listed, not counted, no events. Returns when it is
     * answered, the server closes, or no worker came within ten minutes.
     */
    void warmUpGrid() {
        if (grid == null) return;
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        try {
            while (grid.view().workersUp() == 0) {
                if (drivers.isShutdown() || System.nanoTime() > deadline) return;
                Thread.sleep(100);
            }
            compile("<warm-up>", WARM_UP_SOURCE);
            io.fora.grid.job.Job job = new io.fora.grid.job.Job(io.fora.grid.job.Job.Kind.MODULE, "<warm-up>", WARM_UP_SOURCE, null, null,
                    new Object[0], Map.of(), Map.of(), config.recursionLimit());
            grid.submit(io.fora.grid.job.Job.WARM_UP_PREFIX + boot, job).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // a warm-up that did not happen costs the first computation some milliseconds, nothing more
        }
    }

    /** Runs a job on the grid, waiting on this driver thread; a cancel reaches every worker. */
    private io.fora.grid.job.JobOutcome onGrid(Computation c, io.fora.grid.job.Job job) {
        java.util.concurrent.CompletableFuture<io.fora.grid.job.JobOutcome> answer = grid.submit(c.id, job);
        while (true) {
            if (c.token.isCancelled()) {
                grid.cancel(c.id);
                return io.fora.grid.job.JobOutcome.cancelledOutcome();
            }
            try {
                return answer.get(100, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                // still running: look at the token again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                grid.cancel(c.id);
                return io.fora.grid.job.JobOutcome.cancelledOutcome();
            } catch (java.util.concurrent.CancellationException e) {
                return io.fora.grid.job.JobOutcome.cancelledOutcome();
            } catch (java.util.concurrent.ExecutionException e) {
                // the answer came back but could not be read here: an error of Fora's, said as such
                return io.fora.grid.job.JobOutcome.crashed("the grid's answer could not be read: " + e.getCause());
            }
        }
    }

    private static String outputMembers(List<String> output) {
        StringBuilder sb = new StringBuilder(",\"output\":[");
        for (int i = 0; i < output.size(); i++) sb.append(i == 0 ? "" : ",").append(quote(output.get(i)));
        return sb.append(']').toString();
    }

    private static final class CancelledBeforeStart extends RuntimeException {
        CancelledBeforeStart() { super(null, null, false, false); }
    }

    private void finish(Computation c, Computation.Status status, String members) { finish(c, status, members, c.kind == Requests.Kind.MODULE ? "" : null); }

    private void finish(Computation c, Computation.Status status, String members, String plain) {
        if (c.end(status, members, plain)) events.publish("ended", c);
    }

    private void fail(Computation c, ForaVm.Failure f) { finish(c, Computation.Status.FAILED, failure(f), plain(c, List.of(), f)); }

    /**
     * A module's answer as {@code fora run} prints it, for a client that asks for text/plain:
     * each displayed line, then a failure's traceback. Null for a call or a block.
     */
    private static String plain(Computation c, List<String> output, ForaVm.Failure f) {
        if (c.kind != Requests.Kind.MODULE) return null;
        StringBuilder sb = new StringBuilder();
        for (String line : output) sb.append(line).append('\n');
        if (f != null) {
            if (f.text() != null && !f.text().isEmpty()) sb.append(f.text());
            else sb.append(f.type()).append(f.message().isEmpty() ? "" : ": " + f.message()).append('\n');
        }
        return sb.toString();
    }

    Computation get(String id) {
        Computation c = computations.get(id);
        if (c == null) throw ApiException.notFound("no computation with id '" + Ids.printable(id) + "' (never submitted, or forgotten)");
        return c;
    }

    /**
     * Cancels a computation: it answers "cancelled" at once, and its driver and every piece it
     * split off stop at their next safepoint. One that has already ended keeps its answer.
     */
    Computation cancel(String id) {
        Computation c = get(id);
        if (!c.hasEnded()) {
            c.token.cancel();
            finish(c, Computation.Status.CANCELLED, "");
        }
        return c;
    }

    List<Computation> list() {
        List<Computation> all = new ArrayList<>(computations.values());
        all.sort(Comparator.comparingLong((Computation c) -> c.startNanos).reversed());
        return all;
    }

    int running() {
        int n = 0;
        for (Computation c : computations.values()) if (!c.hasEnded()) n++;
        return n;
    }

    long total() { return total.get(); }

    int busyDrivers() { return drivers.getActiveCount(); }

    // ---- objects ----

    /** Defines an object from a value: converted now, stored at once. */
    ObjectStore.Entry defineValue(Object decoded) {
        Object v;
        try {
            v = plainVm.inContext(() -> VmValues.toVm(decoded, objects), null);
        } catch (ForaVm.Raised e) {
            throw new ApiException(400, "PythonToForaConversionError", e.getMessage());
        }
        return objects.put(v, VmValues.typeName(v));
    }

    /** How long a module defining an object may run: longer work belongs in a computation. */
    static final long DEFINE_LIMIT_SECONDS = 300;

    /** Defines an object as a global of a module, which runs on a driver thread. */
    CompletableFuture<ObjectStore.Entry> defineFromSource(Requests.Definition d) {
        ForaVm.Program program = compile(d.path(), d.source());
        io.fora.vm.interp.Cancellation token = new io.fora.vm.interp.Cancellation();
        var timeout = ticker.schedule(token::cancel, DEFINE_LIMIT_SECONDS, TimeUnit.SECONDS);
        return CompletableFuture.supplyAsync(() -> {
            try {
                Globals globals = plainVm.runModule(program, Map.of(), null, token);
                Object v = globals.lookup(d.name());
                if (v == null) {
                    throw new ApiException(422, "ComputationError", "name '" + d.name() + "' is not defined by the module",
                            Map.of("remoteType", "NameError"));
                }
                return objects.put(v, VmValues.typeName(v));
            } catch (ForaVm.Raised e) {
                ForaVm.Failure f = e.failure();
                throw new ApiException(422, "ComputationError", f.type() + ": " + f.message(),
                        Map.of("remoteType", f.type(), "remoteMessage", f.message(), "traceback", traceList(f), "text", f.text()));
            } catch (ForaVm.Cancelled e) {
                throw new ApiException(422, "ComputationError", "the module ran longer than " + DEFINE_LIMIT_SECONDS
                        + " s; define its values with a computation (POST /api/v1/computations) instead");
            } finally {
                timeout.cancel(false);
            }
        }, drivers);
    }

    /** The encoding of an object, refused when longer than {@code maxBytes}. */
    CompletableFuture<String> download(String id, long maxBytes) {
        ObjectStore.Entry e = objects.get(id);
        return CompletableFuture.supplyAsync(() -> {
            try {
                String json = plainVm.inContext(() -> encode(e.value(), maxBytes), null);
                if (json == null) throw tooLarge(maxBytes);
                return json;
            } catch (ForaVm.Raised r) {
                throw new ApiException(422, "ForaToPythonConversionError", "the value's repr raised " + r.getMessage());
            } catch (VmValues.DownloadException d) {
                throw new ApiException(422, "ForaToPythonConversionError", d.getMessage());
            }
        }, drivers);
    }

    static ApiException tooLarge(long maxBytes) {
        return new ApiException(422, "ResultExceededBytecountThreshold",
                "the value's encoding is longer than the " + maxBytes + " bytes allowed", Map.of("maxBytes", maxBytes));
    }

    // ---- helpers ----

    private ForaVm.Program compile(String path, String source) {
        try {
            return runner.compile(path, source);
        } catch (ForaVm.CompileError e) {
            throw compileProblem(e);
        }
    }

    private static ApiException compileProblem(ForaVm.CompileError e) {
        List<Diagnostic> all = e.diagnostics().all();
        Diagnostic first = all.get(0);
        List<Map<String, Object>> errors = new ArrayList<>();
        for (Diagnostic d : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", d.kind());
            m.put("message", d.message());
            m.put("line", d.line());
            m.put("column", d.col());
            errors.add(m);
        }
        Map<String, Object> extras = new LinkedHashMap<>();
        extras.put("path", first.file());
        extras.put("line", first.line());
        extras.put("column", first.col());
        extras.put("errors", errors);
        return new ApiException(400, "PythonToForaConversionError", e.getMessage(), extras);
    }

    private <K> Map<K, Object> convertAll(Map<K, Object> decoded) throws ForaVm.Raised {
        if (decoded.isEmpty()) return Map.of();
        Map<K, Object> out = new LinkedHashMap<>();
        plainVm.inContext(() -> {
            decoded.forEach((k, v) -> out.put(k, VmValues.toVm(v, objects)));
            return null;
        }, null);
        return out;
    }

    private List<Object> convertAll(List<Object> decoded) throws ForaVm.Raised {
        if (decoded.isEmpty()) return List.of();
        return plainVm.inContext(() -> {
            List<Object> out = new ArrayList<>(decoded.size());
            for (Object v : decoded) out.add(VmValues.toVm(v, objects));
            return out;
        }, null);
    }


    /** A result as the download mode asks: its encoding, or a reference to it kept here. */
    private String render(ForaVm vm, Object value, Requests.Download mode, long maxBytes, Computation c) throws ForaVm.Raised {
        return switch (mode) {
            case NONE -> ref(value);
            case ALL -> vm.inContext(() -> encode(value, Long.MAX_VALUE), c.token);
            case SMALL -> {
                String json = vm.inContext(() -> encode(value, maxBytes), c.token);
                yield json == null ? ref(value) : json;
            }
        };
    }

    private String ref(Object value) {
        return ValueCodec.encode(new io.fora.encoding.RemoteRef(objects.put(value, VmValues.typeName(value)).id()));
    }

    /** The value's JSON text, or null when it is longer than {@code maxBytes}. */
    static String encode(Object value, long maxBytes) {
        Bounded out = new Bounded(maxBytes);
        try (JsonGenerator g = ValueCodec.JSON.createGenerator(out)) {
            VmValues.write(g, value);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof Bounded.Exceeded) return null;
            throw e;
        } catch (IOException e) {
            if (e.getCause() instanceof Bounded.Exceeded) return null;
            throw new UncheckedIOException(e);
        }
        return out.size() > maxBytes ? null : out.toString(StandardCharsets.UTF_8);
    }

    /** Collects bytes up to a limit; writing beyond it stops the encoding early. */
    private static final class Bounded extends ByteArrayOutputStream {
        private final long limit;

        Bounded(long limit) {
            super(256);
            this.limit = limit;
        }

        static final class Exceeded extends IOException {
            Exceeded() { super("limit exceeded", null); }
        }

        @Override public void write(byte[] b, int off, int len) {
            if (count + (long) len > limit) throw new UncheckedIOException(new Exceeded());
            super.write(b, off, len);
        }

        @Override public void write(int b) {
            if (count + 1L > limit) throw new UncheckedIOException(new Exceeded());
            super.write(b);
        }

        @Override public void writeBytes(byte[] b) { write(b, 0, b.length); }
    }

    private static String failure(ForaVm.Failure f) {
        StringBuilder sb = new StringBuilder(",\"error\":{\"type\":").append(quote(f.type()))
                .append(",\"message\":").append(quote(f.message())).append(",\"traceback\":[");
        boolean first = true;
        for (PyException.TraceEntry t : f.traceback()) {
            if (!first) sb.append(',');
            first = false;
            sb.append("{\"path\":").append(quote(t.file())).append(",\"line\":").append(t.line())
              .append(",\"function\":").append(quote(t.function())).append('}');
        }
        return sb.append("],\"text\":").append(quote(f.text())).append('}').toString();
    }

    private static List<Map<String, Object>> traceList(ForaVm.Failure f) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PyException.TraceEntry t : f.traceback()) out.add(Map.of("path", t.file(), "line", t.line(), "function", t.function()));
        return out;
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        try (JsonGenerator g = ValueCodec.JSON.createGenerator(new java.io.StringWriter() {
            @Override public void write(String str) { sb.append(str); }
            @Override public void write(String str, int off, int len) { sb.append(str, off, off + len); }
            @Override public void write(char[] cbuf, int off, int len) { sb.append(cbuf, off, len); }
            @Override public void write(int c) { sb.append((char) c); }
        })) {
            g.writeString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private void tick() {
        try {
            if (!events.hasListeners()) return;
            for (Computation c : computations.values()) if (!c.hasEnded()) events.publish("progress", c);
        } catch (RuntimeException ignored) {
            // a failing listener must not stop the ticker
        }
    }

    /** Forgets ended computations after the retention time, and the oldest beyond the cap. */
    private void forgetOld() {
        long now = System.nanoTime();
        long keep = config.retention().toNanos();
        computations.values().removeIf(c -> c.hasEnded() && now - c.endNanos() > keep);
        int excess = computations.size() - config.maxRemembered();
        if (excess > 0) {
            List<Computation> ended = new ArrayList<>();
            for (Computation c : computations.values()) if (c.hasEnded()) ended.add(c);
            ended.sort(Comparator.comparingLong(Computation::endNanos));
            for (int i = 0; i < Math.min(excess, ended.size()); i++) computations.remove(ended.get(i).id);
        }
    }

    @Override public void close() {
        for (Computation c : computations.values()) c.token.cancel();
        ticker.shutdownNow();
        drivers.shutdown();
        try {
            if (!drivers.awaitTermination(10, TimeUnit.SECONDS)) drivers.shutdownNow();
        } catch (InterruptedException e) {
            drivers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        pool.close();
    }

}

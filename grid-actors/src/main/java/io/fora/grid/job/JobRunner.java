// SPDX-License-Identifier: Apache-2.0
package io.fora.grid.job;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.Cancellation;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyCell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs jobs on a VM: the same code whether the gateway's own machine runs them or a worker of the
 * grid does. Runs on the calling thread, which needs a large stack. Compiled modules are kept by
 * source, so a module submitted again is not compiled again.
 */
public final class JobRunner {
    private static final int COMPILE_CACHE_ENTRIES = 512;
    private final ConcurrentHashMap<String, Compiled> compiled = new ConcurrentHashMap<>();

    /**
     * A compiled module and the globals of its last module run here that ended, if any: renewed
     * ({@link ForaVm#renewed}) for the next run of the same program, they keep its compiled code,
     * so a program submitted again runs at the speed it ended at (W2 on a worker: no tier-1
     * compile, no HotSpot warm-up). A run that finds none (the first, or one beside another run of
     * the program) makes new ones.
     */
    private record Compiled(ForaVm.Program program, java.util.concurrent.atomic.AtomicReference<Globals> idle) {}

    /** The compiled module, or a compile error (syntax or purity) with every diagnostic. */
    public ForaVm.Program compile(String path, String source) throws ForaVm.CompileError { return entry(path, source).program(); }

    private Compiled entry(String path, String source) throws ForaVm.CompileError {
        String key = path + '\u0000' + source;
        Compiled c = compiled.get(key);
        if (c != null) return c;
        c = new Compiled(ForaVm.compile(path, source), new java.util.concurrent.atomic.AtomicReference<>());
        if (compiled.size() >= COMPILE_CACHE_ENTRIES) compiled.clear();
        compiled.put(key, c);
        return c;
    }

    /** Runs the job to its end; a cancelled token ends it with a cancelled outcome. */
    public JobOutcome run(ForaVm vm, Job job, Cancellation token) { return run(vm, job, token, null); }

    /** As {@link #run(ForaVm, Job, Cancellation)}, telling {@code lines} each output line as it is printed. */
    public JobOutcome run(ForaVm vm, Job job, Cancellation token, java.util.function.Consumer<String> lines) {
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        java.util.function.Consumer<String> print = lines == null ? output::add : line -> {
            output.add(line);
            lines.accept(line);
        };
        try {
            Compiled entry = job.source() == null ? null : entry(job.path(), job.source());
            ForaVm.Program program = entry == null ? null : entry.program();
            return switch (job.kind()) {
                case CALL -> {
                    Object f = job.function();
                    io.fora.vm.diag.SourceFile source = null;
                    if (f == null) {
                        Globals globals = vm.runModule(program, Map.of(), null, token);
                        source = program.source();
                        f = globals.lookup(job.callName());
                        if (f == null) {
                            yield JobOutcome.failed(new ForaVm.Failure("NameError", "name '" + job.callName() + "' is not defined", List.of(), ""), List.of());
                        }
                    }
                    if (!Callables.callable(f)) {
                        yield JobOutcome.failed(new ForaVm.Failure("NotCallableError", "'" + io.fora.vm.runtime.Types.typeOf(f).name() + "' object is not callable", List.of(), ""), List.of());
                    }
                    Object result = vm.call(f, job.args(), job.kwargs(), token, source, print);
                    yield new JobOutcome(result, Map.of(), snapshot(output), null, false, null);
                }
                case BLOCK -> {
                    Globals globals = vm.runModule(program, job.bindings(), print, token);
                    Map<String, PyCell> cells = globals.cells();
                    Map<String, Object> bound = new LinkedHashMap<>();
                    for (String name : program.boundNames()) {
                        PyCell cell = cells.get(name);
                        if (cell != null && cell.value != null) bound.put(name, cell.value);
                    }
                    yield new JobOutcome(null, bound, snapshot(output), null, false, null);
                }
                case MODULE -> {
                    // a module job answers its output only: nothing of its globals leaves with it
                    Globals earlier = entry.idle().getAndSet(null);
                    Globals globals = earlier == null ? ForaVm.newGlobals() : ForaVm.renewed(earlier);
                    try {
                        vm.runModule(program, globals, Map.of(), print, token);
                    } finally {
                        entry.idle().set(globals);
                    }
                    yield new JobOutcome(null, Map.of(), snapshot(output), null, false, null);
                }
            };
        } catch (ForaVm.CompileError e) {
            return JobOutcome.failed(new ForaVm.Failure("SyntaxError", e.getMessage(), List.of(), e.getMessage()), List.of());
        } catch (ForaVm.Raised e) {
            // a module run also answers what it displayed before it raised, as fora run prints it
            return JobOutcome.failed(e.failure(), snapshot(output));
        } catch (ForaVm.Cancelled e) {
            return JobOutcome.cancelledOutcome();
        } catch (OutOfMemoryError e) {
            return JobOutcome.failed(new ForaVm.Failure("MemoryError", "", List.of(), "MemoryError"), List.of());
        } catch (io.fora.vm.runtime.PageKeeper.Lost e) {
            if (token.isCancelled()) return JobOutcome.cancelledOutcome();
            throw e; // the job runs again (see WorkerActor)
        } catch (RuntimeException | StackOverflowError e) {
            if (token.isCancelled()) return JobOutcome.cancelledOutcome();
            return JobOutcome.crashed("internal error: " + e);
        }
    }

    private static List<String> snapshot(List<String> output) {
        synchronized (output) {
            return new ArrayList<>(output);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm;

import io.fora.vm.ast.Module;
import io.fora.vm.builtins.Builtins;
import io.fora.vm.check.Checker;
import io.fora.vm.compile.CodeObject;
import io.fora.vm.compile.Compiler;
import io.fora.vm.diag.Diagnostics;
import io.fora.vm.diag.SourceFile;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.parse.Parser;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyError;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The embedded single-machine Fora: compiles a module (parse, check, compile) and runs it on the
 * tier-0 interpreter, in a thread of its own with a large stack for native callbacks.
 */
public final class ForaVm {
    /** CPython's default recursion limit; a program that recurses deeper fails the same way. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    private final int recursionLimit;
    private final io.fora.vm.parallel.Parallelism parallelism;

    public ForaVm() { this(DEFAULT_RECURSION_LIMIT); }

    public ForaVm(int recursionLimit) { this(recursionLimit, io.fora.vm.parallel.Parallelism.SEQUENTIAL); }

    /** A VM whose splittable reductions run their pieces on {@code parallelism}. */
    public ForaVm(int recursionLimit, io.fora.vm.parallel.Parallelism parallelism) {
        this.recursionLimit = recursionLimit;
        this.parallelism = parallelism;
    }

    /** A module that passed every check before running. */
    public record Program(SourceFile source, CodeObject code) {}

    /** Thrown when a module has syntax or purity errors; nothing ran. */
    public static final class CompileError extends Exception {
        private final transient Diagnostics diagnostics;

        CompileError(Diagnostics diagnostics) {
            super(diagnostics.format());
            this.diagnostics = diagnostics;
        }

        public Diagnostics diagnostics() { return diagnostics; }
    }

    /** What running a module produced: displayed values, and the uncaught exception if any. */
    public record Outcome(List<String> displayed, PyError error, boolean cancelled, String traceback, String lastLine) {
        public boolean failed() { return error != null; }
    }

    public static Program compile(String fileName, String text) throws CompileError {
        SourceFile source = new SourceFile(fileName, text);
        Diagnostics diags = new Diagnostics(source);
        Module module = Parser.parse(source, diags);
        if (diags.hasErrors()) throw new CompileError(diags);
        Checker.Result scopes = Checker.check(module, diags);
        if (diags.hasErrors()) throw new CompileError(diags);
        return new Program(source, Compiler.compile(module, scopes));
    }

    public static Globals newGlobals() {
        return new Globals("__main__", Builtins.builtins());
    }

    /** Runs a module to the end, streaming each displayed value to {@code display} as it comes. */
    public Outcome run(Program program, Consumer<String> display) {
        return run(program, display, null);
    }

    /**
     * Runs a module; cancelling {@code token} (from any thread) stops it and every piece it split
     * off at their next safepoints, and the outcome is marked cancelled.
     */
    public Outcome run(Program program, Consumer<String> display, io.fora.vm.interp.Cancellation token) {
        List<String> shown = new ArrayList<>();
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        Consumer<String> sink = s -> {
            shown.add(s);
            if (display != null) display.accept(s);
        };
        AtomicReference<PyError> error = new AtomicReference<>();
        AtomicReference<String[]> rendered = new AtomicReference<>(new String[] {"", ""});
        AtomicReference<Throwable> crash = new AtomicReference<>();
        onBigStack(() -> {
            try {
                Interpreter interpreter = new Interpreter(recursionLimit, sink, parallelism);
                if (token != null) interpreter.cancelWith(token);
                try {
                    interpreter.runModule(program.code(), newGlobals());
                } catch (PyError e) {
                    // rendered here: a user __str__ on the exception is Python code and needs the VM
                    rendered.set(interpreter.withContext(() -> new String[] {
                        Traceback.format(e.exception(), program.source()), Traceback.lastLine(e.exception())}));
                    throw e;
                }
            } catch (PyError e) {
                error.set(e);
            } catch (RuntimeException e) {
                if (token != null && token.isCancelled()) cancelled.set(true);
                else crash.set(e);
            } catch (Throwable t) {
                crash.set(t);
            }
        });
        if (crash.get() != null) throw new IllegalStateException("Fora VM failure", crash.get());
        return new Outcome(shown, error.get(), cancelled.get(), rendered.get()[0], rendered.get()[1]);
    }

    /** Runs work on a thread whose stack leaves room for deep native callbacks. */
    public static void onBigStack(Runnable work) {
        Thread t = new Thread(null, work, "fora-vm", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            t.interrupt();
        }
    }
}

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
    static {
        io.fora.vm.jit.Tier1.install();
    }

    /** CPython's default recursion limit; a program that recurses deeper fails the same way. */
    public static final int DEFAULT_RECURSION_LIMIT = 1000;

    private final int recursionLimit;
    private final io.fora.vm.parallel.Parallelism parallelism;

    public ForaVm() { this(DEFAULT_RECURSION_LIMIT); }

    public ForaVm(int recursionLimit) { this(recursionLimit, io.fora.vm.parallel.Parallelism.SEQUENTIAL); }

    /** A VM whose splittable reductions run their pieces on {@code parallelism}. */
    private long outputLimit = io.fora.vm.interp.Output.DEFAULT_LIMIT;

    /** Bounds what each computation run by this VM may print, in characters (past it: cut with a marker). */
    /** The script's path as given and as an absolute path: sys.argv[0] and the module's __file__, as CPython sets them. */
    private String scriptName;
    private java.nio.file.Path scriptFile;
    /** sys.argv[1:]: what followed the script on the command line. */
    private List<String> scriptArgs = List.of();

    /**
     * Runs modules as the script {@code asGiven} ({@code fora run FILE.py}): sys.argv[0] is the
     * path as given, {@code __file__} the absolute one, and {@code import name} finds the
     * program's own modules beside it first ({@code name.py}, {@code pkg/__init__.py},
     * {@code pkg/mod.py}), as CPython's sys.path[0].
     */
    public ForaVm script(String asGiven, java.nio.file.Path absolute) {
        this.scriptName = asGiven;
        this.scriptFile = absolute;
        return this;
    }

    /** The script's arguments, sys.argv after its name ({@code fora run FILE.py ARG...}). */
    public ForaVm scriptArgs(List<String> args) {
        this.scriptArgs = List.copyOf(args);
        return this;
    }

    /** The file of the program's module {@code name} in dir ({@code a/b.py} or {@code a/b/__init__.py}), or null. */
    private static java.nio.file.Path localModuleFile(java.nio.file.Path dir, String name) {
        java.nio.file.Path base = dir;
        String[] parts = name.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) base = base.resolve(parts[i]);
        String last = parts[parts.length - 1];
        java.nio.file.Path file = base.resolve(last + ".py");
        if (!java.nio.file.Files.isRegularFile(file)) file = base.resolve(last).resolve("__init__.py");
        return java.nio.file.Files.isRegularFile(file) ? file : null;
    }

    /** The program's module {@code name} beside its script, compiled; null when there is no such file. */
    private static io.fora.vm.interp.Interpreter.LocalModule localModule(java.nio.file.Path dir, String name) {
        java.nio.file.Path file = localModuleFile(dir, name);
        if (file == null) return null;
        String text;
        try {
            text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw io.fora.vm.runtime.Errors.of(io.fora.vm.runtime.Types.IMPORT_ERROR, "cannot read module '" + name + "' from " + file + ": " + e.getMessage());
        }
        try {
            return new io.fora.vm.interp.Interpreter.LocalModule(compileFile(file.toString(), text).code(), file.toString());
        } catch (CompileError e) {
            throw io.fora.vm.runtime.Errors.of(io.fora.vm.runtime.Types.SYNTAX_ERROR, e.getMessage());
        }
    }

    private boolean textOutput;

    /**
     * {@link #run}'s display takes the output as text (lines with their newlines, a last one
     * without), not line by line: what a command line prints as it is.
     */
    public ForaVm textOutput() {
        this.textOutput = true;
        return this;
    }

    public ForaVm outputLimit(long characters) {
        if (characters < 0) throw new IllegalArgumentException("output limit must not be negative");
        this.outputLimit = characters;
        return this;
    }

    public ForaVm(int recursionLimit, io.fora.vm.parallel.Parallelism parallelism) {
        this.recursionLimit = recursionLimit;
        this.parallelism = parallelism;
    }

    /**
     * A module that passed every check before running; {@code boundNames} are the globals its top
     * level binds (assignments, def, class, import, for targets), in order of first binding.
     */
    public record Program(SourceFile source, CodeObject code, java.util.Set<String> boundNames) {}

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

    /** A module sent to run on its own (a gateway's computation): a relative import is refused before running. */
    public static Program compile(String fileName, String text) throws CompileError {
        return compile(fileName, text, false);
    }

    /**
     * A file of a program on disk, the script {@code fora run} runs or a module of its own beside
     * it: a relative import is resolved against the module's package when it runs.
     */
    public static Program compileFile(String fileName, String text) throws CompileError {
        return compile(fileName, text, true);
    }

    private static Program compile(String fileName, String text, boolean packages) throws CompileError {
        SourceFile source = new SourceFile(fileName, text);
        Diagnostics diags = new Diagnostics(source);
        Module module = Parser.parse(source, diags);
        if (diags.hasErrors()) throw new CompileError(diags);
        module = io.fora.vm.parse.LoopFolding.apply(module);
        Checker.Result scopes = Checker.check(module, diags, m -> false, packages);
        if (diags.hasErrors()) throw new CompileError(diags);
        return new Program(source, Compiler.compile(module, scopes),
                java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes.module().bound)));
    }

    /**
     * Everything {@code fora check} reports for a file without running it: syntax errors, and
     * warnings for each reference to what fails when it runs (a refused builtin or module), in
     * source order with line and column.
     */
    public static List<io.fora.vm.diag.Diagnostic> check(String fileName, String text) {
        return check(fileName, text, m -> false, false);
    }

    /** As {@link #check(String, String)} for the script at {@code path}: its own modules beside it are not warned of. */
    public static List<io.fora.vm.diag.Diagnostic> check(java.nio.file.Path path, String text) {
        java.nio.file.Path dir = path.toAbsolutePath().getParent();
        return check(path.getFileName().toString(), text, name -> dir != null && localModuleFile(dir, name) != null, true);
    }

    private static List<io.fora.vm.diag.Diagnostic> check(String fileName, String text, java.util.function.Predicate<String> local,
            boolean packages) {
        SourceFile source = new SourceFile(fileName, text);
        Diagnostics diags = new Diagnostics(source);
        Module module = Parser.parse(source, diags);
        if (!diags.hasErrors()) Checker.check(io.fora.vm.parse.LoopFolding.apply(module), diags, local, packages);
        List<io.fora.vm.diag.Diagnostic> all = new ArrayList<>(diags.all());
        all.addAll(diags.warnings());
        all.sort(java.util.Comparator.comparingInt(io.fora.vm.diag.Diagnostic::line).thenComparingInt(io.fora.vm.diag.Diagnostic::col));
        return all;
    }

    public static Globals newGlobals() { return asScript(new Globals("__main__", Builtins.builtins())); }

    /** A script has no package (a relative import in it is an ImportError) and no import spec. */
    private static Globals asScript(Globals g) {
        g.cell("__package__").value = io.fora.vm.runtime.PyNone.NONE;
        g.cell("__spec__").value = io.fora.vm.runtime.PyNone.NONE;
        return g;
    }

    /**
     * The globals of a run of a program that ended, as fresh globals for a new run of it (see
     * {@link Globals#renew}): the code tier 1 compiled for them, warmed up by HotSpot, serves the
     * new run while it defines its functions as the earlier one did.
     */
    public static Globals renewed(Globals g) {
        g.renew();
        return asScript(g);
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
                if (textOutput) interpreter.textOutput(outputLimit);
                else interpreter.limitOutput(outputLimit);
                if (token != null) interpreter.cancelWith(token);
                Globals globals = newGlobals();
                if (scriptName != null) {
                    interpreter.scriptName(scriptName, scriptArgs);
                    globals.cell("__file__").value = io.fora.vm.runtime.PyStr.of(scriptFile.toString());
                    java.nio.file.Path dir = scriptFile.getParent();
                    if (dir != null) interpreter.localModules(name -> localModule(dir, name));
                }
                interpreter.programSource(program.source());
                try {
                    interpreter.runModule(program.code(), globals);
                    interpreter.output().flush();
                } catch (PyError e) {
                    interpreter.output().flush();
                    // rendered here: a user __str__ on the exception is Python code and needs the VM
                    rendered.set(interpreter.withContext(() -> new String[] {
                        Traceback.format(e.exception(), program.source(), true), Traceback.lastLine(e.exception(), true)}));
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

    // ---- hosting: a server runs modules and calls on threads of its own ----

    /** An uncaught Python exception, rendered while the VM could still run the user's __str__. */
    public record Failure(String type, String message, List<io.fora.vm.runtime.PyException.TraceEntry> traceback, String text) {
        /** True for errors user code cannot catch (pure Python's forbidden operations). */
        public boolean invalidOperation() { return type.equals("InvalidPyforaOperation"); }
    }

    /** Thrown by the hosting methods when Python code raised. */
    public static final class Raised extends Exception {
        private final transient Failure failure;

        Raised(Failure failure) {
            super(failure.type() + (failure.message().isEmpty() ? "" : ": " + failure.message()), null, false, false);
            this.failure = failure;
        }

        public Failure failure() { return failure; }
    }

    /** Thrown by the hosting methods when the computation's token was cancelled. */
    public static final class Cancelled extends RuntimeException {
        Cancelled() { super("computation cancelled", null, false, false); }
    }

    /**
     * Runs a module on the calling thread (which needs a large stack: see {@link #onBigStack})
     * with its globals first bound to {@code bindings}, and returns its globals. Displayed values
     * go to {@code display} when it is not null.
     */
    public Globals runModule(Program program, java.util.Map<String, Object> bindings, Consumer<String> display,
                             io.fora.vm.interp.Cancellation token) throws Raised {
        return runModule(program, newGlobals(), bindings, display, token);
    }

    /**
     * As {@link #runModule(Program, java.util.Map, Consumer, io.fora.vm.interp.Cancellation)}, in
     * {@code globals}: new ones ({@link #newGlobals}) or those of an earlier run of the same
     * program that ended, {@link #renewed}.
     */
    public Globals runModule(Program program, Globals globals, java.util.Map<String, Object> bindings, Consumer<String> display,
                             io.fora.vm.interp.Cancellation token) throws Raised {
        Interpreter interpreter = interpreter(display, token);
        bindings.forEach((name, value) -> globals.cell(name).value = value);
        host(interpreter, program.source(), token, () -> interpreter.runModule(program.code(), globals));
        return globals;
    }

    /** Calls a Python callable with positional and keyword arguments, on the calling thread. */
    public Object call(Object callable, Object[] args, java.util.Map<String, Object> kwargs,
                       io.fora.vm.interp.Cancellation token) throws Raised {
        return call(callable, args, kwargs, token, null);
    }

    /** As {@link #call}; a traceback through {@code source} shows its lines. */
    public Object call(Object callable, Object[] args, java.util.Map<String, Object> kwargs,
                       io.fora.vm.interp.Cancellation token, SourceFile source) throws Raised {
        return call(callable, args, kwargs, token, source, null);
    }

    /** As {@link #call}; what the call prints goes to {@code output}, line by line. */
    public Object call(Object callable, Object[] args, java.util.Map<String, Object> kwargs,
                       io.fora.vm.interp.Cancellation token, SourceFile source, Consumer<String> output) throws Raised {
        Interpreter interpreter = interpreter(output, token);
        io.fora.vm.runtime.Kwargs kw = kwargs.isEmpty() ? io.fora.vm.runtime.Kwargs.NONE
                : new io.fora.vm.runtime.Kwargs(kwargs.keySet().toArray(new String[0]), kwargs.values().toArray());
        return host(interpreter, source, token, () -> interpreter.withContext(() -> io.fora.vm.runtime.Ops.call(callable, args, kw)));
    }

    /** Runs Java code that may call Python code (a user {@code __repr__}) with an interpreter current. */
    public <T> T inContext(java.util.function.Supplier<T> work, io.fora.vm.interp.Cancellation token) throws Raised {
        Interpreter interpreter = interpreter(null, token);
        return host(interpreter, null, token, () -> interpreter.withContext(work));
    }

    private Interpreter interpreter(Consumer<String> display, io.fora.vm.interp.Cancellation token) {
        Interpreter interpreter = new Interpreter(recursionLimit, display, parallelism);
        interpreter.limitOutput(outputLimit);
        if (token != null) interpreter.cancelWith(token);
        return interpreter;
    }

    private static <T> T host(Interpreter interpreter, SourceFile source, io.fora.vm.interp.Cancellation token,
                              java.util.function.Supplier<T> work) throws Raised {
        if (source != null) interpreter.programSource(source); // tracebacks formatted inside show its lines
        try {
            return work.get();
        } catch (PyError e) {
            if (token != null && token.isCancelled()) throw new Cancelled();
            throw new Raised(interpreter.withContext(() -> failure(e, source)));
        } catch (RuntimeException | StackOverflowError e) {
            if (token != null && token.isCancelled()) throw new Cancelled();
            throw e;
        } finally {
            interpreter.output().flush(); // a last line printed without its newline
        }
    }

    private static Failure failure(PyError e, SourceFile source) {
        io.fora.vm.runtime.PyException ex = e.exception();
        String message;
        try {
            message = io.fora.vm.runtime.Repr.str(ex);
        } catch (RuntimeException failed) {
            message = io.fora.vm.runtime.Errors.messageOf(ex);
        }
        // the text as the interpreter prints an uncaught exception: module-qualified names, "Did you mean"
        return new Failure(ex.cls().name(), message, ex.traceback(), Traceback.format(ex, source, true));
    }

    /** Why a piece received from another machine gave no result: the sender then runs it itself. */
    public static final class PieceFailed extends Exception {
        private final boolean missingCode;

        public PieceFailed(String message, boolean missingCode) {
            super(message, null, false, false);
            this.missingCode = missingCode;
        }

        /** True when the piece named code this machine does not hold (the sender should send bodies again). */
        public boolean missingCode() { return missingCode; }
    }

    /**
     * Runs a piece another machine split off and sent as bytes, on this VM's parallelism (it
     * splits again over this machine's cores), and returns its encoded result. Code arriving with
     * it is kept in {@code codes}. A piece that raises, is cancelled or cannot be read fails: its
     * sender runs it itself, which gives exactly the exception a single machine would.
     */
    public byte[] runPiece(byte[] piece, io.fora.vm.interp.CodeCache codes, io.fora.vm.interp.Cancellation token) throws PieceFailed {
        return runPiece(piece, codes, token, StartWindow.ALWAYS);
    }

    /** When a received piece waits for a core here: told when it is queued, asked when a core takes it up. */
    public interface StartWindow {
        /** The piece is decoded and waits for a core from now on. */
        void queued();

        /** A core takes the piece up: false when it waited too long and went back to its sender. */
        boolean start();

        /** No limit on the wait. */
        StartWindow ALWAYS = new StartWindow() {
            @Override public void queued() {}
            @Override public boolean start() { return true; }
        };
    }

    /**
     * As {@link #runPiece(byte[], io.fora.vm.interp.CodeCache, io.fora.vm.interp.Cancellation)};
     * {@code window} is told when the decoded piece starts waiting for a core and asked when one
     * takes it up; a false answer (the
     * piece waited too long and was handed back) ends it at once.
     */
    public byte[] runPiece(byte[] piece, io.fora.vm.interp.CodeCache codes, io.fora.vm.interp.Cancellation token,
                           StartWindow window) throws PieceFailed {
        return runPiece(piece, codes, null, token, window);
    }

    /**
     * As above, with the module tables that the computation's pieces share on this machine
     * ({@code scope}, one per computation; null: the piece gets its own).
     */
    public byte[] runPiece(byte[] piece, io.fora.vm.interp.CodeCache codes, io.fora.vm.interp.PieceScope scope,
                           io.fora.vm.interp.Cancellation token, StartWindow window) throws PieceFailed {
        return io.fora.vm.interp.PieceRunner.run(piece, codes, scope, token, recursionLimit, parallelism, window);
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

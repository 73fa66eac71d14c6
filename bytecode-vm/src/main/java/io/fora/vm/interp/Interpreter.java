// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.builtins.Builtins;
import io.fora.vm.compile.CodeObject;
import io.fora.vm.compile.Op;
import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.Classes;
import io.fora.vm.runtime.Compare;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Invoker;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBoundMethod;
import io.fora.vm.runtime.PyCell;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyException;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import java.util.function.Consumer;

/**
 * Tier 0: interprets the IR over explicit {@link Frame}s. Python-to-Python calls push a frame and
 * continue in the same loop; only callbacks from Java code (a key function, a dunder reached from
 * a builtin) start a nested loop. At safepoints (calls and backward jumps) the loop checks whether
 * it was asked to pause, and then returns with the whole computation in its frame chain.
 */
public final class Interpreter implements Invoker {

    private static final ThreadLocal<Interpreter> CURRENT = new ThreadLocal<>();
    static {
        io.fora.vm.runtime.IntStrLimit.source(() -> {
            Interpreter i = CURRENT.get();
            return i == null ? io.fora.vm.runtime.IntStrLimit.DEFAULT : i.intMaxStrDigits;
        });
    }

    /** {@code sys.set_int_max_str_digits}: this computation's limit (pieces inherit it). */
    private int intMaxStrDigits = io.fora.vm.runtime.IntStrLimit.DEFAULT;

    /** What gc.collect() counts, from the computation's first {@code import gc} (pieces share it). */
    private io.fora.vm.runtime.GcTracker gcTracker;
    static {
        io.fora.vm.runtime.GcTracker.source(() -> {
            Interpreter i = CURRENT.get();
            return i == null ? null : i.gcTracker;
        });
    }

    public int intMaxStrDigits() { return intMaxStrDigits; }

    public void setIntMaxStrDigits(int n) { intMaxStrDigits = n; }
    static {
        Invoker.Holder.install(new Invoker() {
            @Override public Object callFunction(PyFunction fn, Object[] args, Kwargs kw) { return current().callFunction(fn, args, kw); }

            @Override public int recursionRoom() {
                Interpreter i = CURRENT.get();
                return i == null ? 1000 : i.recursionLimit - i.depth;
            }

            @Override public boolean enterNative() {
                Interpreter i = CURRENT.get();
                return i == null || i.enterCompiled();
            }

            @Override public void leaveNative() {
                Interpreter i = CURRENT.get();
                if (i != null) i.leaveCompiled();
            }
        });
    }

    /** Returned by {@link #run} when the computation paused at a safepoint. */
    public static final Object PAUSED = new Object() {
        @Override public String toString() { return "<paused>"; }
    };

    private int recursionLimit;
    /** Where print and shown values go (see {@link Output}). */
    private Output out;
    private final Consumer<String> outSink;
    private int depth;
    private int nesting;
    private volatile boolean pauseRequested;
    private Frame pausedFrame;

    private final io.fora.vm.parallel.Parallelism parallelism;

    public Interpreter(int recursionLimit, Consumer<String> display) {
        this(recursionLimit, display, io.fora.vm.parallel.Parallelism.SEQUENTIAL);
    }

    public Interpreter(int recursionLimit, Consumer<String> display, io.fora.vm.parallel.Parallelism parallelism) {
        this.recursionLimit = recursionLimit;
        this.outSink = display;
        this.out = Output.streaming(display, Output.DEFAULT_LIMIT);
        this.parallelism = parallelism;
    }

    public io.fora.vm.parallel.Parallelism parallelism() { return parallelism; }

    public int recursionLimit() { return recursionLimit; }

    /** {@code sys.setrecursionlimit}: for this computation from here on. */
    public void setRecursionLimit(int limit) { this.recursionLimit = limit; }

    /** The modules this computation imported (library modules are instantiated per computation); shared with its pieces. */
    private ModuleTable modules = new ModuleTable();

    /** A computation's imported modules by name, and its {@code sys.modules} once the program asks for it. */
    @SuppressWarnings("serial")
    private static final class ModuleTable extends java.util.concurrent.ConcurrentHashMap<String, io.fora.vm.runtime.PyModule> {
        volatile PyDict listed;
        /** sys.argv of the computation: made on first use, from {@link #argv0}. */
        volatile io.fora.vm.runtime.PyList argv;
        volatile String argv0 = "__main__.py";
        volatile java.util.List<String> args = java.util.List.of();
        /** The program's own modules beside its script (see {@link #localModules}); null: none. */
        volatile java.util.function.Function<String, LocalModule> local;
        /** Attributes the computation set on modules written in Java ({@link io.fora.vm.runtime.ModulePatches}). */
        volatile java.util.Map<io.fora.vm.runtime.PyModule, java.util.Map<String, Object>> patches;
        /** The program's own modules whose bodies are running (a from-import of them may find them part done). */
        transient volatile java.util.Set<String> running;
        /** The program's source, for the lines tracebacks show (null: not known here). */
        transient volatile io.fora.vm.diag.SourceFile source;
    }

    /**
     * traceback.extract_stack(): (file, line, function) of each frame running here, outermost
     * first. With {@code whole}, None when the chain misses activations counted in the call depth
     * (compiled code runs some without frames): logging names no caller then, rather than a wrong one.
     */
    public Object stackEntries(boolean whole) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        for (Frame f = current; f != null; f = f.back) {
            out.add(io.fora.vm.runtime.PyTuple.of(PyStr.of(f.code.fileName == null ? "<string>" : f.code.fileName),
                    (long) f.line(), PyStr.of(f.functionName())));
        }
        if (whole && out.size() < depth) return io.fora.vm.runtime.PyNone.NONE;
        java.util.Collections.reverse(out);
        return io.fora.vm.runtime.PyList.of(out.toArray());
    }

    /** Records the program's source: tracebacks formatted inside the computation show its lines. */
    public void programSource(io.fora.vm.diag.SourceFile source) { modules.source = source; }

    /** The program's source, or null. */
    public io.fora.vm.diag.SourceFile programSource() { return modules.source; }

    /** True while the body of the program's own module of that name runs (CPython's partially initialized module). */
    public boolean initializing(String name) {
        java.util.Set<String> r = modules.running;
        return r != null && r.contains(name);
    }

    static {
        io.fora.vm.runtime.ModulePatches.install(() -> create -> {
            ModuleTable t = current().modules;
            if (t.patches == null && create) {
                synchronized (t) {
                    if (t.patches == null) t.patches = new java.util.IdentityHashMap<>(); // modules by identity (a record's hash reads its attributes)
                }
            }
            return t.patches;
        });
    }

    /** A module of the program's own: its compiled body and the path it came from (its __file__). */
    public record LocalModule(CodeObject code, String file) {}

    /**
     * Where {@code import name} finds the program's own modules (a script's neighbours, as
     * CPython's sys.path[0]): they come before the standard library's, as in CPython. The
     * function answers null for a name it does not have, and raises SyntaxError for a module
     * that does not compile.
     */
    public void localModules(java.util.function.Function<String, LocalModule> finder) { modules.local = finder; }

    /** The script's name as the command line gave it ({@code fora run FILE.py}): sys.argv[0]. */
    /** The script's name and the arguments that followed it on the command line: sys.argv. */
    public void scriptName(String name, java.util.List<String> args) {
        modules.argv0 = name;
        modules.args = java.util.List.copyOf(args);
    }

    /** {@code sys.argv}: the computation's own list (the script's name, then its arguments). */
    public io.fora.vm.runtime.PyList argv() {
        ModuleTable t = modules;
        synchronized (t) {
            if (t.argv == null) {
                Object[] items = new Object[1 + t.args.size()];
                items[0] = PyStr.of(t.argv0);
                for (int i = 0; i < t.args.size(); i++) items[i + 1] = PyStr.of(t.args.get(i));
                t.argv = io.fora.vm.runtime.PyList.of(items);
            }
            return t.argv;
        }
    }

    /**
     * Set on the interpreter that runs a library module's body: the functions that body calls run
     * once, at import, so tier 1 compiles none of them at its first call only because it has a loop.
     */
    private boolean importing;

    public void markImporting() { importing = true; }

    public boolean importing() { return importing; }

    /** The class name MAKE_CLASS's operand (RUN_CLASS_BODY's too) names. */
    private static String className(Frame f, int arg) {
        return ((PyStr) f.code.consts[arg & ~(Op.WITH_METACLASS | Op.WITH_CLASS_KWARGS)]).value();
    }

    /** A class statement's keywords other than metaclass (a dict of str keys) as call keywords. */
    private static Kwargs classKwargs(PyDict classKw) {
        if (classKw == null) return Kwargs.NONE;
        String[] names = new String[classKw.size()];
        Object[] values = new Object[classKw.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = ((PyStr) classKw.keyAt(i)).value();
            values[i] = classKw.valueAt(i);
        }
        return new Kwargs(names, values);
    }

    /** Makes this interpreter use another's table of imported modules (a library module's body imports in its importer's computation). */
    public void shareModules(java.util.Map<String, io.fora.vm.runtime.PyModule> table) { this.modules = (ModuleTable) table; }

    /** Stands in the table for a library module whose body is running: importing it again is a cycle. */
    private static final io.fora.vm.runtime.PyModule LOADING = new io.fora.vm.runtime.PyModule("<loading>", java.util.Map.of());

    /**
     * {@code sys.modules}: a dict of the modules this computation imported, made on first use and
     * the computation's own (library modules' bodies see the same one). From then on an import
     * looks there first, as in CPython: a module put there is what importing its name gives, and
     * None makes importing it fail.
     */
    public PyDict sysModules() {
        ModuleTable t = modules;
        synchronized (t) {
            if (t.listed == null) {
                PyDict d = new PyDict();
                t.forEach((k, v) -> { if (v != LOADING) d.put(PyStr.of(k), v); });
                // the program itself, as CPython lists it (sys.modules[__name__] at its top level)
                Globals main = mainModuleGlobals();
                if (main != null && !d.containsKey(PyStr.of("__main__"))) d.put(PyStr.of("__main__"), main.asModule());
                t.listed = d;
            }
            return t.listed;
        }
    }

    private io.fora.vm.runtime.PyModule importModule(String name) {
        PyDict sysModules = modules.listed;
        if (sysModules != null) {
            Object listed = sysModules.get(PyStr.of(name));
            if (listed == PyNone.NONE) throw Errors.of(Types.MODULE_NOT_FOUND_ERROR, "import of " + name + " halted; None in sys.modules");
            if (listed instanceof io.fora.vm.runtime.PyModule lm) return lm;
        }
        io.fora.vm.runtime.PyModule m = modules.get(name);
        if (m == LOADING) throw Errors.of(Types.IMPORT_ERROR, "cannot import module '" + name + "' while it is being imported (circular import)");
        if (m != null) return m;
        java.util.function.Function<String, LocalModule> local = modules.local;
        LocalModule own = local == null ? null : local.apply(name);
        if (own != null) return runLocalModule(name, own);
        m = Builtins.javaModule(name);
        if (m != null && name.equals("gc") && gcTracker == null) gcTracker = new io.fora.vm.runtime.GcTracker();
        // importing a module for the first time changes the computation's table of modules (and
        // runs the module's code): a piece split off may not, it runs again in program order
        // (print(f(a), f(b)) with `import bisect` inside f: one import, as in CPython)
        if (m == null) io.fora.vm.runtime.Region.checkWrite(null);
        if (m == null) {
            modules.put(name, LOADING);
            try {
                m = Builtins.sourceModule(name, modules, recursionLimit, parallelism);
            } finally {
                modules.remove(name, LOADING);
            }
        }
        if (m == null && name.contains(".")) {
            int dot = name.lastIndexOf('.');
            io.fora.vm.runtime.PyModule parent = importModule(name.substring(0, dot));
            if (parent.attrs().get(name.substring(dot + 1)) instanceof io.fora.vm.runtime.PyModule sub) m = sub;
        }
        // os: its path functions and constants are pure; the rest of it (files, processes, the
        // environment) is refused, as are os.path's functions that read the file system
        if (m != null && name.equals("os.path")) m = io.fora.vm.runtime.RefusedName.partial(name, m.attrs());
        if (m == null && name.equals("os")) {
            java.util.Map<String, Object> os = new java.util.HashMap<>();
            os.put("path", importModule("os.path"));
            for (String k : new String[] {"sep", "curdir", "pardir", "extsep", "altsep", "pathsep", "defpath", "devnull"}) {
                os.put(k, ((io.fora.vm.runtime.PyModule) os.get("path")).attrs().get(k));
            }
            os.put("name", PyStr.of("posix"));
            os.put("linesep", PyStr.of("\n"));
            // the environment a computation sees is its own and starts empty (the machine's would make
            // its answer depend on where it runs): os.environ.get(k, default) and os.getenv answer the default
            io.fora.vm.runtime.PyDict environ = new io.fora.vm.runtime.PyDict();
            os.put("environ", environ);
            os.put("getenv", new io.fora.vm.runtime.PyBuiltin("getenv", (a, kw) -> {
                Object[] p = kw.bind("getenv", a, "key", "default");
                if (p[0] == null) throw Errors.typeError("getenv() missing 1 required positional argument: 'key'");
                if (!(p[0] instanceof PyStr)) throw Errors.typeError("str expected, not " + io.fora.vm.runtime.Ops.typeName(p[0]));
                Object v = environ.get(p[0]);
                return v != null ? v : p[1] == null ? PyNone.NONE : p[1];
            }));
            os.values().removeIf(java.util.Objects::isNull);
            m = io.fora.vm.runtime.RefusedName.partial(name, os);
        }
        // posixpath is os.path (on the POSIX systems Fora runs on, as CPython)
        if (m == null && name.equals("posixpath")) m = importModule("os.path");
        // a standard module Fora lacks imports as in CPython; what the program uses of it is refused
        if (m == null && io.fora.vm.runtime.RefusedName.standard(name)) m = io.fora.vm.runtime.RefusedName.module(name);
        if (m == null) { // as CPython says it
            io.fora.vm.runtime.PyError missing = Errors.of(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
            missing.exception().setAttr("name", PyStr.of(name));
            throw missing;
        }
        modules.put(name, m);
        sysModules = modules.listed;
        if (sysModules != null) sysModules.put(PyStr.of(name), m);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && modules.get(name.substring(0, dot)) != LOADING) {
            // the package gets the submodule as an attribute (import a.b; a.b.f())
            io.fora.vm.runtime.PyModule parent = importModule(name.substring(0, dot));
            try {
                parent.attrs().putIfAbsent(name.substring(dot + 1), m);
            } catch (UnsupportedOperationException fixed) {
                // a Java module's attributes are fixed
            }
        }
        return m;
    }

    /**
     * Imports a module of the program's own: its package first, then its body runs here (its
     * output in program order), with the module listed while it runs (a circular import sees it
     * part done, as in CPython) and unlisted if the body raises.
     */
    private io.fora.vm.runtime.PyModule runLocalModule(String name, LocalModule own) {
        io.fora.vm.runtime.Region.checkWrite(null);
        int dot = name.lastIndexOf('.');
        io.fora.vm.runtime.PyModule parent = dot > 0 ? importModule(name.substring(0, dot)) : null;
        if (modules.get(name) instanceof io.fora.vm.runtime.PyModule done && done != LOADING) return done;
        Frame f = current;
        Globals g = new Globals(name, f != null ? f.globals.builtins() : io.fora.vm.builtins.Builtins.builtins());
        g.cell("__file__").value = PyStr.of(own.file());
        // __package__: the package itself for its __init__.py, else the module's parent package ('' at the top)
        g.cell("__package__").value = PyStr.of(own.file().endsWith("/__init__.py") ? name : dot > 0 ? name.substring(0, dot) : "");
        io.fora.vm.runtime.PyModule m = g.asModule();
        modules.put(name, m);
        PyDict sysModules = modules.listed;
        if (sysModules != null) sysModules.put(PyStr.of(name), m);
        ModuleTable t = modules;
        synchronized (t) {
            if (t.running == null) t.running = java.util.concurrent.ConcurrentHashMap.newKeySet();
        }
        t.running.add(name);
        try {
            runModule(own.code(), g);
        } catch (RuntimeException e) {
            modules.remove(name, m);
            if (modules.listed != null) modules.listed.remove(PyStr.of(name));
            throw e;
        } finally {
            t.running.remove(name);
        }
        if (parent != null) {
            try {
                parent.attrs().putIfAbsent(name.substring(dot + 1), m);
            } catch (UnsupportedOperationException fixed) {
                // a Java module's attributes are fixed
            }
        }
        return m;
    }

    /** {@code from package import name} of a name the package lacks: its submodule of that name, imported, or null. */
    public io.fora.vm.runtime.PyModule importIfPresent(String name) {
        if (modules.get(name) instanceof io.fora.vm.runtime.PyModule m && m != LOADING) return m;
        java.util.function.Function<String, LocalModule> local = modules.local;
        LocalModule own = local == null ? null : local.apply(name);
        if (own != null) return runLocalModule(name, own);
        return Builtins.hasModule(name) ? importModule(name) : null;
    }

    /** The program's own module (for {@code importlib.import_module('__main__')}), once it runs here. */
    private Globals mainGlobals;

    /**
     * {@code importlib.import_module(name)}: a module as an import statement finds it; for
     * {@code '__main__'}, the program's module as it stands.
     */
    public io.fora.vm.runtime.PyModule importByName(String name) {
        if (name.equals("__main__")) {
            Globals g = mainModuleGlobals();
            if (g == null) throw Errors.of(Types.MODULE_NOT_FOUND_ERROR, "No module named '__main__'");
            return g.asModule();
        }
        return importModule(name);
    }

    /** The program's own module table, or null when no frame of it runs here. */
    private Globals mainModuleGlobals() {
        Globals g = mainGlobals;
        for (Frame f = current; g == null && f != null; f = f.back) if (f.globals.moduleName().equals("__main__")) g = f.globals;
        return g;
    }

    /** The exception being handled where code is running ({@code sys.exc_info()}), or null. */
    public io.fora.vm.runtime.PyException handledException() {
        return current == null ? null : current.handling();
    }

    /** The globals of the module whose code is running ({@code globals()}). */
    public io.fora.vm.runtime.Globals moduleGlobals() {
        Frame f = current;
        if (f == null) throw new IllegalStateException("no frame is running");
        return f.globals;
    }

    /** Where print() and sys.stdout/sys.stderr writes go instead, under contextlib.redirect_stdout/stderr; null: nowhere else. */
    private Object stdoutRedirect, stderrRedirect;

    /** Redirects sys.stdout ({@code err} false) or sys.stderr to target (null: back to the stream); answers the previous target. */
    public Object redirect(boolean err, Object target) {
        Object previous = err ? stderrRedirect : stdoutRedirect;
        if (err) stderrRedirect = target;
        else stdoutRedirect = target;
        return previous;
    }

    /** The object sys.stdout ({@code err} false) or sys.stderr writes go to, or null. */
    public Object redirected(boolean err) { return err ? stderrRedirect : stdoutRedirect; }

    /** True while a stream is redirected: pieces then stay on this machine, where they see the redirection. */
    boolean redirecting() { return stdoutRedirect != null || stderrRedirect != null; }

    /**
     * locals() of the code running now, as a new dict (a snapshot, as CPython's is in a function):
     * a function's bound local variables, then its cells' and free variables' values; a class
     * body's namespace so far; module code's global names. Code that names locals, dir or vars
     * stays in tier 0 (see Tier1Compiler#eligible), so the frame here is the one calling.
     */
    public io.fora.vm.runtime.PyDict localsSnapshot() {
        io.fora.vm.runtime.PyDict d = new io.fora.vm.runtime.PyDict();
        Frame f = current;
        if (f == null || (f.code.flags & io.fora.vm.compile.CodeObject.MODULE) != 0) return moduleGlobals().snapshot();
        if (f.ns != null) {
            f.ns.forEach((k, v) -> d.put(io.fora.vm.runtime.PyStr.of(k), v));
            return d;
        }
        io.fora.vm.compile.CodeObject co = f.code;
        for (int i = 0; i < co.nslots() && i < co.slotNames.length; i++) {
            Object v = f.r[i];
            if (i >= co.nlocals && v instanceof io.fora.vm.runtime.PyCell cell) v = cell.value;
            // the compiler's own variables (a comprehension's iterator .0, a folded loop's _fora_fold1) are not names
            String name = co.slotNames[i];
            if (v != null && !name.startsWith(".") && !Globals.hidden(name)) d.put(io.fora.vm.runtime.PyStr.of(name), v);
        }
        return d;
    }

    /** True when module-level code is running (dir() without an argument lists the module's names there). */
    public boolean runningModuleCode() {
        return current != null && (current.code.flags & io.fora.vm.compile.CodeObject.MODULE) != 0;
    }

    /** This computation's (or piece's) output. */
    public Output output() { return out; }

    /** Bounds this computation's output at {@code limit} characters. */
    public void limitOutput(long limit) { this.out = Output.streaming(outSink, limit); }

    /** The output as text to its sink, bounded (see {@link Output#text}). */
    public void textOutput(long limit) { this.out = Output.text(outSink, limit); }

    /** Keeps output instead of streaming it (a piece received from another machine). */
    void bufferOutput() { this.out = Output.buffered(out.limit()); }

    /** Writes text to the output ({@code print}). */
    public void print(String text) { out.write(text); }

    /** Python frames active in this computation: where a piece split off here starts counting. */
    /**
     * Runs a piece received from another machine ({@link RemotePiece}) with this interpreter
     * current, its recursion depth counted from where the sender split it off.
     */
    Object runRemote(RemotePiece piece) {
        depth = piece.depth();
        return withContext(piece::run);
    }

    private static final boolean INTERNAL_TRACES = Boolean.getBoolean("fora.debug.internal");

    /** Set for the pieces of a split computation; polled at safepoints. */
    private Cancellation cancellation;

    /** A token for pieces this interpreter starts: cancelled along with this interpreter's own. */
    Cancellation childToken() {
        return cancellation == null ? new Cancellation() : cancellation.child();
    }

    void releaseToken(Cancellation token) {
        if (cancellation != null) cancellation.release(token);
    }

    /** Lets a computation be cancelled from outside (e.g. a client's cancel request). */
    public void cancelWith(Cancellation token) { this.cancellation = token; }

    /**
     * Runs a piece of a split computation on the current thread, in an interpreter of its own
     * (same limits and parallelism, no display): pieces run on pool threads.
     */
    <T> T runPiece(Cancellation token, java.util.function.Supplier<T> piece) {
        Interpreter worker = new Interpreter(recursionLimit, null, parallelism);
        worker.out = Output.buffered(out.limit());
        worker.modules = modules;
        worker.mainGlobals = mainGlobals;
        worker.intMaxStrDigits = intMaxStrDigits;
        worker.gcTracker = gcTracker;
        worker.depth = depth;
        worker.cancellation = token;
        worker.stdoutRedirect = stdoutRedirect;
        worker.stderrRedirect = stderrRedirect;
        Interpreter previous = CURRENT.get();
        CURRENT.set(worker);
        try {
            return piece.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    public static Interpreter current() {
        Interpreter i = CURRENT.get();
        if (i == null) throw new IllegalStateException("no Fora interpreter on this thread");
        return i;
    }

    /** Runs Java code that may call Python code (a user {@code __str__}) with this interpreter current. */
    public <T> T withContext(java.util.function.Supplier<T> work) {
        Interpreter previous = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.get();
        } finally {
            CURRENT.set(previous);
        }
    }

    /** For compiled code: one more activation, or false past the recursion limit (then nothing changed). */
    public boolean enterCompiled() {
        if (++depth > recursionLimit) {
            depth--;
            return false;
        }
        return true;
    }

    /** For compiled code: an activation {@link #enterCompiled} counted returned. */
    public void leaveCompiled() { depth--; }

    /** For compiled code: counts again an activation it uncounted for a while (no limit check). */
    public void reenterCompiled() { depth++; }

    /** For compiled code: the call depth now (to restore when a callee left for tier 0). */
    public int depth() { return depth; }

    /**
     * For compiled code whose direct callee left for tier 0: restores the call depth to what it
     * was before that call and runs the callee's frames here, in a nested loop, to its result
     * (a Python exception it raises propagates). The compiled caller then goes on.
     */
    public Object finishDeopt(Deopt d, int depthBefore) {
        depth = depthBefore;
        d.bottom.entry = true;
        return runDetached(d.top, d.pending, d.frames);
    }

    /** For compiled code, at its polls: true when it must leave for tier 0 (a pause or a cancel is asked for). */
    /** Set while a summing sink waits for the compiled code yielding to it to leave (DrainSink#summing). */
    private boolean leaveCompiled;

    /** Makes compiled code running here leave for tier 0 at its next poll (without pausing anything). */
    public void leaveCompiledAtNextPoll(boolean leave) { leaveCompiled = leave; }

    /** True when compiled code should leave for tier 0 at this poll: a pause or cancel, or a sink asked. */
    public boolean mustLeaveCompiled() { return leaveCompiled || mustStop(); }

    public boolean mustStop() {
        return pauseRequested || (cancellation != null && cancellation.isCancelled());
    }

    /** Asks the running computation to stop at its next safepoint (from any thread). */
    public void requestPause() { pauseAfter(1); }

    /** Asks the computation to stop at its n-th safepoint from now: deterministic pausing for tests. */
    public void pauseAfter(long safepoints) {
        pauseCountdown = safepoints;
        pauseRequested = true;
    }

    private long pauseCountdown;

    /** Called at a safepoint while a pause is requested: true when this one should stop. */
    private boolean pauseHere() {
        if (nesting != 1 || --pauseCountdown > 0) return false;
        pauseRequested = false;
        return true;
    }

    public Frame pausedFrame() { return pausedFrame; }

    /** Starts a module: its frame becomes the bottom of the chain. */
    public Object runModule(CodeObject module, Globals globals) {
        if (!globals.knowsNestedCode()) globals.readByNestedCode(module::nestedGlobalNames);
        if (globals.moduleName().equals("__main__")) mainGlobals = globals;
        Frame f = new Frame(module, globals, Frame.newSlots(module));
        f.entry = true;
        return enter(f);
    }

    /** Continues a computation that paused (possibly in another VM instance). */
    public Object resume(Frame top) {
        pausedFrame = null;
        int d = 0;
        for (Frame f = top; f != null; f = f.back) d++;
        depth = d;
        return enter(top);
    }

    private Object enter(Frame f) {
        Interpreter previous = CURRENT.get();
        CURRENT.set(this);
        try {
            if (f.back == null) depth++;
            return run(f);
        } finally {
            CURRENT.set(previous);
        }
    }

    @Override public Object callFunction(PyFunction fn, Object[] args, Kwargs kw) {
        Tier1Hook t1 = Tier1Hook.Holder.hook;
        if (t1 != null && (kw == null || kw.isEmpty())) {
            int saved = depth;
            try {
                Object result = t1.call(this, fn, args, 0, args.length);
                if (result != Tier1Hook.NOT_COMPILED) return result;
            } catch (Deopt d) {
                return finishDeopt(d, saved);
            } catch (RuntimeException | Error e) {
                depth = saved;
                throw e;
            }
        }
        Frame f = newFrame(fn, args, 0, args.length, kw);
        if (fn.code().is(CodeObject.GENERATOR)) return new PyGenerator(f);
        f.entry = true;
        push(f);
        return run(f);
    }

    /**
     * Puts paused generator g's frame on the stack, running: as the entry frame of a nested run
     * (caller null), or above caller's yield-from loop. The caller pushes a value sent in, if any.
     */
    private Frame resumeFrame(PyGenerator g, Frame caller) {
        Frame f = g.frame;
        f.entry = caller == null;
        f.back = caller;
        f.resumeMode = caller == null ? Frame.RESUME_NESTED : Frame.RESUME_YIELD_FROM;
        g.running = true;
        push(f);
        return f;
    }

    Object resumeNested(PyGenerator g, Object sent) {
        Frame f = resumeFrame(g, null);
        if (g.started && !g.takeResumeAtFrame()) f.r[f.sp++] = sent;
        g.started = true;
        Object v = run(f);
        return g.finished ? null : v;
    }

    /**
     * {@code g.throw(exc)}: raises exc where g is paused. Answers the next value g yields, or null
     * when g returned; an exception g does not handle propagates.
     */
    Object throwInto(PyGenerator g, PyException exc) {
        if (!g.started || g.finished) {
            g.finished = true;
            throw new PyError(exc);
        }
        Object target = yieldFromTarget(g.frame);
        if (target != null) {
            Object answer = throwToTarget(g, target, exc);
            if (answer != NOT_DELEGATED) return answer;
        }
        // paused in yield from / await of a generator: the exception is raised in the innermost
        // generator of the chain first, and each delegating frame goes on from its yield-from
        // loop with what the one it delegates to yields or returns
        Frame top = resumeFrame(g, null);
        for (PyGenerator inner; (inner = delegatedTo(top)) != null; ) {
            top.pc--;
            inner.resuming();
            inner.takeResumeAtFrame();
            top = resumeFrame(inner, top);
        }
        Object v = run(top, new PyError(exc));
        return g.finished ? null : v;
    }

    private static final Object NOT_DELEGATED = new Object();

    /**
     * g paused in yield from over target, an iterator that is not a generator, as CPython's
     * gen_throw: close() goes to its close, throw() to its throw. What its throw yields, g yields;
     * what it (or close) raises, the yield from goes on with (a StopIteration ends it with its
     * value, another is raised there). NOT_DELEGATED when target has no such method, or its close
     * succeeded: the exception is then raised in g.
     */
    private Object throwToTarget(PyGenerator g, Object target, PyException exc) {
        boolean exiting = exc.cls().isSubclassOf(Types.GENERATOR_EXIT);
        Object m = Ops.getAttrOrNull(target, exiting ? "close" : "throw");
        if (m == null) return NOT_DELEGATED;
        try {
            if (!exiting) return Ops.call(m, exc.cls(), exc);
            Ops.call(m);
            return NOT_DELEGATED;
        } catch (PyError thrown) {
            g.frame.r[g.frame.sp - 1] = new AsyncGenerators.Sendable() {
                @Override public Object send(Object value) { throw thrown; }

                @Override public Object throwIn(Object type, Object value) { throw thrown; }

                @Override public void close() { }
            };
            return resumeNested(g, PyNone.NONE);
        }
    }

    /** What f is paused on in a yield-from loop when that is not a generator (a user iterator), or null. */
    private static Object yieldFromTarget(Frame f) {
        int pc = f.pc;
        if (pc < 2 || f.sp < 1) return null;
        int[] code = f.code.code;
        if (Op.op(code[pc - 1]) != Op.YIELD_VALUE || Op.op(code[pc - 2]) != Op.YIELD_FROM_ITER) return null;
        Object it = f.r[f.sp - 1];
        if (PyGenerator.driven(it) != null) return null;
        Object target = it instanceof io.fora.vm.runtime.PyIter pi ? io.fora.vm.runtime.Iterators.driven(pi) : it;
        return target instanceof PyInstance ? target : null;
    }

    /** The started, unfinished generator f is paused on in a yield-from loop, or null. */
    private static PyGenerator delegatedTo(Frame f) {
        int pc = f.pc;
        if (pc < 2 || f.sp < 1) return null;
        int[] code = f.code.code;
        if (Op.op(code[pc - 1]) != Op.YIELD_VALUE || Op.op(code[pc - 2]) != Op.YIELD_FROM_ITER) return null;
        PyGenerator g = PyGenerator.driven(f.r[f.sp - 1]);
        return g != null && g.started && !g.finished && !g.running ? g : null;
    }

    /** Raises e at generator g's paused instruction (see Deopt#intoGenerator); what g yields if it handles e goes nowhere. */
    void raiseIn(PyGenerator g, PyError e) {
        g.takeResumeAtFrame();
        run(resumeFrame(g, null), e);
    }

    /** Runs a chain of frames (top first, its bottom an entry frame) to the bottom's result; they count n activations. */
    Object runDetached(Frame top, PyError pending, int n) {
        depth += n;
        return run(top, pending);
    }

    /** For compiled code: sets the call depth back (a compiled activation left for a generator's own frame). */
    public void restoreDepth(int d) { depth = d; }

    /** The exception {@code g.throw(type, value)} raises. */
    static PyException thrown(Object type, Object value) {
        if (type instanceof PyClass c) {
            if (!c.isException()) throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not type");
            if (value instanceof PyException e && e.cls().isSubclassOf(c)) return e;
            Object made = value == null || value == PyNone.NONE ? Ops.call(c)
                    : value instanceof PyTuple t ? Ops.call(c, t.items()) : Ops.call(c, value);
            return toException(made);
        }
        if (type instanceof PyException e) {
            if (value != null && value != PyNone.NONE) throw Errors.typeError("instance exception may not have a separate value");
            return e;
        }
        throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not " + Ops.typeName(type));
    }

    private void push(Frame f) {
        if (++depth > recursionLimit) {
            depth--;
            throw Errors.recursion();
        }
    }

    /** A frame for {@code fn(self, *args)}, with the arguments still on the caller's stack. */
    private static Frame newFrameWithSelf(PyFunction fn, Object self, Object[] r, int first, int argc, Kwargs kw) {
        CodeObject co = fn.code();
        Object[] slots = Frame.newSlots(co);
        ArgBinder.bindWithSelf(fn, self, r, first, argc, kw, slots);
        Frame nf = new Frame(co, fn.globals(), slots);
        if (co.is(CodeObject.GENERATOR)) new PyGenerator(nf);
        return nf;
    }

    static Frame newFrame(PyFunction fn, Object[] args, int offset, int argc, Kwargs kw) {
        CodeObject co = fn.code();
        Object[] slots = Frame.newSlots(co);
        ArgBinder.bind(fn, args, offset, argc, kw, slots);
        return new Frame(co, fn.globals(), slots);
    }

    // ------------------------------------------------------------------------------------------
    // The loop

    private Object run(Frame f) { return run(f, null); }

    /** Runs f; with {@code pending}, first raises that exception at f's paused instruction ({@code generator.throw}). */
    private Object run(Frame f, PyError pending) {
        nesting++;
        Frame outer = current;
        try {
            if (pending != null) {
                current = f;
                f = unwind(f, pending);
            }
            // the frame to go on in is `current`, never a local of this method: a local would keep
            // the frame it last held (and what that frame holds) reachable after it returned, until
            // the next re-entry, and gc.collect() would not see that garbage
            current = f;
            f = null;
            while (true) {
                try {
                    Object r = loop(current);
                    if (r != REENTER) return r;
                } catch (PyError e) {
                    current = unwind(current, e);
                } catch (StackOverflowError e) {
                    current = unwind(current, Errors.recursion());
                } catch (OutOfMemoryError e) {
                    // what was being built is garbage once the frames unwind; the JVM goes on
                    current = unwind(current, Errors.of(Types.MEMORY_ERROR));
                } catch (ClassCastException | ArithmeticException | IndexOutOfBoundsException | NullPointerException e) {
                    if (INTERNAL_TRACES) e.printStackTrace(); // -Dfora.debug.internal=true: where the VM failed
                    current = unwind(current, Errors.of(Types.SYSTEM_ERROR, "internal error in Fora VM: " + e));
                }
            }
        } finally {
            nesting--;
            current = outer;
        }
    }

    /** The frame executing when an exception escaped {@link #loop}. */
    private Frame current;

    /*
     * Hot instructions leave popped operand slots as they are instead of nulling them: those
     * reference stores (each with a GC card mark) cost more than the short-lived garbage they
     * would release. Slots above sp are overwritten by the next push, and a frame dies with them.
     */
    private Object loop(Frame f) {
        current = f;
        Object[] r = f.r;
        int[] code = f.code.code;
        Object[] consts = f.code.consts;
        int pc = f.pc;
        int sp = f.sp;
        int budget = 1 << 14;
        try {
        while (true) {
            int insn = code[pc++];
            switch (insn & 0xFF) {
                case Op.LOAD_FAST -> {
                    Object v = r[insn >>> 8];
                    if (v == null) { f.pc = pc; throw unbound(f, insn >>> 8); }
                    r[sp++] = v;
                }
                case Op.STORE_FAST -> r[insn >>> 8] = r[--sp];
                case Op.LOAD_CONST -> r[sp++] = consts[insn >>> 8];
                case Op.POP -> {
                    Object v = r[--sp];
                    r[sp] = null;
                    if (insn != Op.POP && v instanceof PyGenerator g && g.closableByLoop()) {
                        f.pc = pc;
                        f.sp = sp;
                        g.dropped();
                    }
                }
                case Op.DUP -> { r[sp] = r[sp - 1]; sp++; }
                case Op.ROT2 -> { Object t = r[sp - 1]; r[sp - 1] = r[sp - 2]; r[sp - 2] = t; }
                case Op.ROT3 -> { Object t = r[sp - 1]; r[sp - 1] = r[sp - 2]; r[sp - 2] = r[sp - 3]; r[sp - 3] = t; }
                case Op.BINARY -> {
                    Object b = r[--sp];
                    r[sp - 1] = binary(insn >>> 8, r[sp - 1], b);
                }
                case Op.BINARY_STORE -> {
                    Object b = r[--sp];
                    Object a = r[--sp];
                    Object v = binary(insn >>> 8, a, b);
                    r[code[pc++] >>> 8] = v;
                }
                case Op.BINARY_FF, Op.BINARY_FF_STORE -> {
                    Object a = r[insn >>> 8];
                    Object b = r[code[pc] >>> 8];
                    if (a == null || b == null) { f.pc = pc; throw unbound(f, a == null ? insn >>> 8 : code[pc] >>> 8); }
                    Object v = binary(code[pc + 1] >>> 8, a, b);
                    if ((insn & 0xFF) == Op.BINARY_FF) {
                        pc += 2;
                        r[sp++] = v;
                    } else {
                        r[code[pc + 2] >>> 8] = v;
                        pc += 3;
                    }
                }
                case Op.BINARY_FC, Op.BINARY_FC_STORE -> {
                    Object a = r[insn >>> 8];
                    if (a == null) { f.pc = pc; throw unbound(f, insn >>> 8); }
                    Object v = binary(code[pc + 1] >>> 8, a, consts[code[pc] >>> 8]);
                    if ((insn & 0xFF) == Op.BINARY_FC) {
                        pc += 2;
                        r[sp++] = v;
                    } else {
                        r[code[pc + 2] >>> 8] = v;
                        pc += 3;
                    }
                }
                case Op.COMPARE_F_JUMP, Op.COMPARE_C_JUMP -> {
                    Object a = r[--sp];
                    Object b;
                    if ((insn & 0xFF) == Op.COMPARE_F_JUMP) {
                        b = r[insn >>> 8];
                        if (b == null) { f.pc = pc; throw unbound(f, insn >>> 8); }
                    } else {
                        b = consts[insn >>> 8];
                    }
                    int op = code[pc] >>> 8;
                    boolean holds;
                    if (a instanceof Long x && b instanceof Long y && op <= Compare.GE) {
                        holds = compareLongs(op, x, y);
                    } else {
                        Object res = compareSlow(op, a, b);
                        holds = res == Boolean.TRUE || (res != Boolean.FALSE && Ops.isTrue(res));
                    }
                    pc = holds ? pc + 2 : code[pc + 1] >>> 8;
                }
                case Op.FORK_GATE -> {
                    if (!parallelism.hungry()) pc = insn >>> 8;
                }
                case Op.LOAD_FAST2 -> {
                    Object v = r[insn >>> 8];
                    Object w = r[code[pc] >>> 8];
                    if (v == null || w == null) { f.pc = pc; throw unbound(f, v == null ? insn >>> 8 : code[pc] >>> 8); }
                    pc++;
                    r[sp++] = v;
                    r[sp++] = w;
                }
                case Op.LOAD_FAST_CONST -> {
                    Object v = r[insn >>> 8];
                    if (v == null) { f.pc = pc; throw unbound(f, insn >>> 8); }
                    r[sp++] = v;
                    r[sp++] = consts[code[pc++] >>> 8];
                }
                case Op.COMPARE_JUMP_IF_FALSE -> {
                    Object b = r[--sp];
                    Object a = r[--sp];
                    int op = insn >>> 8;
                    boolean holds;
                    if (a instanceof Long x && b instanceof Long y && op <= Compare.GE) {
                        holds = compareLongs(op, x, y);
                    } else {
                        Object res = compareSlow(op, a, b);
                        holds = res == Boolean.TRUE || (res != Boolean.FALSE && Ops.isTrue(res));
                    }
                    int target = code[pc++] >>> 8;
                    if (!holds) pc = target;
                }
                case Op.COMPARE -> {
                    Object b = r[--sp];
                    Object a = r[sp - 1];
                    int op = insn >>> 8;
                    if (a instanceof Long x && b instanceof Long y && op <= Compare.GE) {
                        r[sp - 1] = compareLongs(op, x, y);
                    } else {
                        r[sp - 1] = compareSlow(op, a, b);
                    }
                }
                case Op.POP_JUMP_IF_FALSE -> {
                    Object v = r[--sp];
                    if (v == Boolean.FALSE || (v != Boolean.TRUE && !Ops.isTrue(v))) pc = insn >>> 8;
                }
                case Op.POP_JUMP_IF_TRUE -> {
                    Object v = r[--sp];
                    if (v == Boolean.TRUE || (v != Boolean.FALSE && Ops.isTrue(v))) pc = insn >>> 8;
                }
                case Op.JUMP -> {
                    int target = insn >>> 8;
                    if (target < pc) {
                        if (cancellation != null && cancellation.isCancelled()) throw new Cancellation.Cancelled();
                        if (pauseRequested && pauseHere()) {
                            f.pc = target;
                            f.sp = sp;
                            pausedFrame = f;
                            return PAUSED;
                        }
                        if (--budget == 0) {
                            // Leave and re-enter now and then, so HotSpot compiles this method
                            // normally instead of relying on one on-stack-replacement version.
                            f.pc = target;
                            f.sp = sp;
                            return REENTER;
                        }
                        Tier1Hook hook;
                        if (++f.backEdges == f.code.loopEntryEdges() && f.generator == null && f.ns == null && f.constructed == null
                                && f.nblocks == 0 && f.nexc == 0 && (hook = Tier1Hook.Holder.hook) != null) {
                            // a hot loop of a function's activation: it may go on in compiled code from this header
                            Object[] st = java.util.Arrays.copyOf(r, r.length + 1);
                            st[r.length] = target;
                            int below = depth - 1;
                            Object result;
                            try {
                                result = hook.loop(this, f.code, f.globals, st, sp);
                            } catch (Deopt d) {
                                // the activation goes on in tier 0, in the frames compiled code left
                                d.bottom.back = f.back;
                                d.bottom.entry = f.entry;
                                d.bottom.backEdges = -d.loopEntryDelay;
                                depth = below + d.frames;
                                f = d.top;
                                current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                                if (d.pending != null) throw d.pending;
                                continue;
                            }
                            if (result != Tier1Hook.NOT_COMPILED) {
                                // the function returned in compiled code: as RETURN_VALUE does
                                depth--;
                                if (f.entry) return result;
                                f = f.back;
                                current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                                r[sp++] = result;
                                continue;
                            }
                        }
                    }
                    pc = target;
                }
                case Op.FOR_ITER -> {
                    Object it = r[sp - 1];
                    if (it instanceof PyGenerator g) {
                        if (g.finished) {
                            r[--sp] = null;
                            pc = insn >>> 8;
                            continue;
                        }
                        if (g.running) { f.pc = pc; throw Errors.valueError("generator already executing"); }
                        f.pc = pc;
                        g.resuming();
                        Frame gf = g.frame;
                        f.pc = pc;
                        f.sp = sp;
                        gf.back = f;
                        gf.entry = false;
                        gf.resumeMode = Frame.RESUME_FOR_ITER;
                        gf.resumeExit = insn >>> 8;
                        if (g.started && !g.takeResumeAtFrame()) gf.r[gf.sp++] = PyNone.NONE;
                        g.started = true;
                        g.running = true;
                        push(gf);
                        f = gf;
                        current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                        continue;
                    }
                    Object v = it instanceof PyIter p ? p.next() : Ops.next(it);
                    if (v == null) {
                        r[--sp] = null;
                        pc = insn >>> 8;
                    } else {
                        r[sp++] = v;
                    }
                }
                case Op.LOAD_GLOBAL -> {
                    f.pc = pc;
                    r[sp++] = loadGlobal(f, insn >>> 8);
                }
                case Op.LOAD_DEREF -> {
                    Object v = ((PyCell) r[f.code.nlocals + (insn >>> 8)]).value;
                    if (v == null) { f.pc = pc; throw unboundCell(f, insn >>> 8); }
                    r[sp++] = v;
                }
                case Op.LOAD_ATTR -> {
                    Object obj = r[sp - 1];
                    String name = f.code.names[insn >>> 8];
                    SiteCache.Entry e = obj instanceof PyInstance i ? SiteCache.lookup(f.code, pc - 1, i, name) : null;
                    f.pc = pc;
                    r[sp - 1] = e != null ? e.value((PyInstance) obj) : Ops.getAttr(obj, name);
                }
                case Op.LOAD_METHOD -> {
                    Object obj = r[sp - 1];
                    String name = f.code.names[insn >>> 8];
                    if (obj instanceof PyInstance i) {
                        SiteCache.Entry e = SiteCache.lookup(f.code, pc - 1, i, name);
                        if (e != null) {
                            if (e.own() < 0 && e.classAttr() instanceof PyFunction fn) {
                                r[sp - 1] = fn;
                                r[sp++] = i;
                            } else {
                                r[sp - 1] = e.value(i);
                                r[sp++] = null;
                            }
                            continue;
                        }
                    }
                    Object fn = Ops.method(obj, name);
                    if (fn != null) {
                        r[sp - 1] = fn;
                        r[sp++] = obj;
                    } else {
                        f.pc = pc;
                        r[sp - 1] = Ops.getAttr(obj, name);
                        r[sp++] = null;
                    }
                }
                case Op.CALL_METHOD, Op.CALL -> {
                    int op = insn & 0xFF;
                    int argc = insn >>> 8;
                    int base;
                    Object callable;
                    int first;
                    if (op == Op.CALL_METHOD) {
                        base = sp - argc - 2;
                        callable = r[base];
                        if (r[base + 1] != null) { first = base + 1; argc++; } else { first = base + 2; }
                    } else {
                        base = sp - argc - 1;
                        callable = r[base];
                        first = base + 1;
                    }
                    f.pc = pc;
                    if (cancellation != null && cancellation.isCancelled()) throw new Cancellation.Cancelled();
                    if (pauseRequested && pauseHere()) {
                        f.pc = pc - 1;
                        f.sp = sp;
                        pausedFrame = f;
                        return PAUSED;
                    }
                    if (argc == 1 && callable instanceof PyFunction cf && cf.code().is(CodeObject.SPLITTABLE)) {
                        Object split = Reductions.comprehension(cf, r[first]);
                        if (split != null) {
                            for (int i = base; i < sp; i++) r[i] = null;
                            sp = base;
                            r[sp++] = split;
                            continue;
                        }
                    }
                    Tier1Hook t1 = Tier1Hook.Holder.hook;
                    if (t1 != null && callable instanceof PyFunction cfn) {
                        int saved = depth;
                        Object result;
                        try {
                            result = t1.call(this, cfn, r, first, argc);
                        } catch (Deopt d) {
                            // the compiled activations go on here, as tier-0 frames above this one
                            for (int i = base; i < sp; i++) r[i] = null;
                            sp = base;
                            f.sp = sp;
                            d.bottom.back = f;
                            depth = saved + d.frames;
                            f = d.top;
                            current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                            if (d.pending != null) throw d.pending;
                            continue;
                        } catch (RuntimeException | Error e) {
                            depth = saved;
                            throw e;
                        }
                        if (result != Tier1Hook.NOT_COMPILED) {
                            for (int i = base; i < sp; i++) r[i] = null;
                            sp = base;
                            r[sp++] = result;
                            continue;
                        }
                    }
                    Frame nf = prepareCall(callable, r, first, argc, null);
                    if (nf == null) {
                        Object result = callNative(callable, r, first, argc, null);
                        for (int i = base; i < sp; i++) r[i] = null;
                        sp = base;
                        r[sp++] = result;
                        continue;
                    }
                    for (int i = base; i < sp; i++) r[i] = null;
                    sp = base;
                    if (nf.generator != null) {
                        r[sp++] = nf.generator;
                        continue;
                    }
                    f.sp = sp;
                    nf.back = f;
                    push(nf);
                    f = nf;
                    current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                }
                case Op.RETURN_VALUE -> {
                    Object v = r[--sp];
                    depth--;
                    Frame caller = f.back;
                    if (f.generator != null) {
                        PyGenerator g = f.generator;
                        g.finished = true;
                        g.running = false;
                        g.returnValue = v;
                        f.back = null;
                        if (f.entry) return null;
                        int mode = f.resumeMode;
                        f = caller;
                        current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                        r[--sp] = null;
                        if (mode == Frame.RESUME_YIELD_FROM) r[sp++] = v;
                        pc = f.code.code[pc - 1] >>> 8;
                        continue;
                    }
                    if (f.ns != null) v = new ClassNamespace(f.ns, classCell(f));
                    else if (f.constructed != null) {
                        if (v != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(v) + "'");
                        v = f.constructed;
                    }
                    if (f.entry) return v;
                    f = caller;
                    current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                    r[sp++] = v;
                }
                default -> {
                    f.pc = pc;
                    f.sp = sp;
                    Frame next = slowOp(f, insn);
                    if (next == PAUSE_MARK) {
                        pausedFrame = f;
                        return PAUSED;
                    }
                    if (next == YIELD_OUT) {
                        return yielded;
                    }
                    f = next;
                    current = f; r = f.r; code = f.code.code; consts = f.code.consts; pc = f.pc; sp = f.sp;
                }
            }
        }
        } catch (RuntimeException | StackOverflowError e) {
            if (current == f) {
                f.pc = pc;
                f.sp = sp;
            }
            throw e;
        }
    }

    /** BUILD_SET flag: every element is a constant (CPython builds such sets differently). */
    public static final int CONSTANT_SET = 1 << 20;

    private static final Object REENTER = new Object();

    private static final Frame PAUSE_MARK = new Frame(emptyCode(), null, new Object[2]);
    private static final Frame YIELD_OUT = new Frame(emptyCode(), null, new Object[2]);
    private Object yielded;

    private static CodeObject emptyCode() {
        CodeObject c = new CodeObject();
        c.code = new int[0];
        c.consts = new Object[0];
        c.slotNames = new String[0];
        c.lines = new int[0];
        return c;
    }

    private static Object binary(int op, Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return longBinary(op, x, y);
        if (a instanceof Double x) {
            if (b instanceof Double y) return doubleBinary(op, x, y, a, b);
            if (b instanceof Long y) return doubleBinary(op, x, (double) y, a, b);
        } else if (a instanceof Long x && b instanceof Double y) {
            return doubleBinary(op, (double) x, y, a, b);
        }
        return Arith.binary(op, a, b);
    }

    private static Object longBinary(int op, long x, long y) {
        return switch (op) {
            case Arith.ADD -> Ints.add(x, y);
            case Arith.SUB -> Ints.sub(x, y);
            case Arith.MUL -> Ints.mul(x, y);
            // a power of two divides by a shift and a mask (floor semantics for negative x too);
            // otherwise 32-bit division is several times cheaper than 64-bit on most x86 cores
            case Arith.MOD -> y > 0 && (y & (y - 1)) == 0 ? Ints.box(x & (y - 1))
                    : y > 0 && x >= 0 ? Ints.box((x | y) >>> 31 == 0 ? (int) x % (int) y : x % y)
                    : Ints.box(Ints.mod(x, y));
            case Arith.FLOORDIV -> y > 0 && (y & (y - 1)) == 0 ? Ints.box(x >> Long.numberOfTrailingZeros(y))
                    : y > 0 && x >= 0 ? Ints.box((x | y) >>> 31 == 0 ? (int) x / (int) y : x / y)
                    : Ints.floorDiv(x, y);
            default -> Arith.binary(op, x, y);
        };
    }

    private static Object doubleBinary(int op, double x, double y, Object a, Object b) {
        return switch (op) {
            case Arith.ADD -> x + y;
            case Arith.SUB -> x - y;
            case Arith.MUL -> x * y;
            case Arith.DIV -> y != 0.0 ? x / y : Arith.binary(op, a, b);
            default -> Arith.binary(op, a, b);
        };
    }

    private static boolean compareLongs(int op, long x, long y) {
        return switch (op) {
            case Compare.LT -> x < y;
            case Compare.LE -> x <= y;
            case Compare.EQ -> x == y;
            case Compare.NE -> x != y;
            case Compare.GT -> x > y;
            default -> x >= y;
        };
    }

    private static Object compareSlow(int op, Object a, Object b) {
        return switch (op) {
            case Op.C_IS -> Ops.is(a, b);
            case Op.C_IS_NOT -> !Ops.is(a, b);
            case Op.C_IN -> Ops.contains(b, a);
            case Op.C_NOT_IN -> !Ops.contains(b, a);
            default -> Compare.compare(op, a, b);
        };
    }

    private PyError unbound(Frame f, int slot) {
        String name = f.code.slotNames[slot];
        return Errors.of(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    private PyError unboundCell(Frame f, int index) {
        String name = f.code.slotNames[f.code.nlocals + index];
        if (index < f.code.ncells) {
            return Errors.of(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + name + "' where it is not associated with a value");
        }
        return Errors.of(Types.NAME_ERROR, "cannot access free variable '" + name + "' where it is not associated with a value in enclosing scope");
    }

    /** The cell of the global the code names at index, from the code's cache (a module's loop stores its variable there each time round). */
    private static PyCell globalCell(Frame f, int index) {
        PyCell[] cells = f.globalCells;
        if (cells == null) cells = f.globalCells = globalCells(f.code, f.globals);
        PyCell c = cells[index];
        if (c == null) {
            c = f.globals.cell(f.code.names[index]);
            cells[index] = c;
        }
        return c;
    }

    private static Object loadGlobal(Frame f, int index) {
        CodeObject co = f.code;
        PyCell c = globalCell(f, index);
        Object v = c.value;
        if (v != null) return v;
        v = f.globals.builtins().get(co.names[index]);
        if (v == null) throw Errors.nameError(co.names[index]);
        return v;
    }

    /** The cells of {@code globals} for the code's names: the code's own cache when it is theirs. */
    private static PyCell[] globalCells(CodeObject co, io.fora.vm.runtime.Globals globals) {
        CodeObject.GlobalCells cached = co.globalCells;
        if (cached != null && cached.owner() == globals) return cached.cells();
        // the newest globals win the code's cache: a program run again (a server's cached program,
        // a new computation) would otherwise look its cells up under a lock at every call
        PyCell[] cells = globals.cellsFor(co, co.names.length);
        co.globalCells = new CodeObject.GlobalCells(globals, cells);
        return cells;
    }

    /**
     * The class body's {@code __class__} cell when code in it reads the cell (super() or
     * __class__ in a method): only then does the namespace get {@code __classcell__}, as CPython's.
     */
    private static PyCell classCell(Frame f) {
        if (!nestedCodeReads(f.code, "__class__")) return null;
        for (int i = f.code.nlocals; i < f.code.nlocals + f.code.ncells; i++) {
            if (f.code.slotNames[i].equals("__class__")) return (PyCell) f.r[i];
        }
        return null;
    }

    /** True when code nested directly in co has name among its free variables. */
    private static boolean nestedCodeReads(CodeObject co, String name) {
        for (Object c : co.consts) {
            if (!(c instanceof CodeObject k)) continue;
            for (int i = k.nlocals + k.ncells; i < k.nslots(); i++) if (k.slotNames[i].equals(name)) return true;
        }
        return false;
    }

    /** A frame for calling a Python function directly, or null when the callee is native. */
    private Frame prepareCall(Object callable, Object[] r, int first, int argc, Kwargs kw) {
        // instanceof tests, not a pattern switch: a switch's first run makes a class (16 ms of start-up)
        if (callable instanceof PyFunction fn) {
            Frame nf = newFrame(fn, r, first, argc, kw);
            if (fn.code().is(CodeObject.GENERATOR)) new PyGenerator(nf);
            return nf;
        }
        if (callable instanceof PyBoundMethod m) {
            return m.function() instanceof PyFunction fn ? newFrameWithSelf(fn, m.self(), r, first, argc, kw) : null;
        }
        if (callable instanceof PyInstance i) {
            return i.cls().callMethod() instanceof PyFunction fn ? newFrameWithSelf(fn, i, r, first, argc, kw) : null;
        }
        if (callable instanceof PyClass c && !c.isBuiltin() && !c.isException() && c.builtinBase() == Types.OBJECT) {
            if (c.metaclass() != null && c.metaclass().lookup("__call__") instanceof PyFunction call) {
                return newFrameWithSelf(call, c, r, first, argc, kw); // a metaclass's __call__ makes the instance
            }
            if (io.fora.vm.runtime.Classes.plainInit(c) instanceof PyFunction fn) {
                if (c.abstractInstances()) throw c.cannotInstantiate();
                PyInstance obj = new PyInstance(c);
                Frame nf = newFrameWithSelf(fn, obj, r, first, argc, kw);
                nf.constructed = obj;
                return nf;
            }
        }
        return null;
    }

    private static Object callNative(Object callable, Object[] r, int first, int argc, Kwargs kw) {
        Object[] args = new Object[argc];
        System.arraycopy(r, first, args, 0, argc);
        return Ops.call(callable, args, kw == null ? Kwargs.NONE : kw);
    }

    // ------------------------------------------------------------------------------------------
    // Exceptions

    /** Finds the handler for an exception, popping frames; returns the frame to continue in. */
    /**
     * True when the last traceback entry exc got is one of {@code code}'s folded loop bodies
     * (CodeObject#FOLD_BODY): it stands for code's activation, which adds no entry of its own
     * (the fold re-raises the body's exception at the loop's head).
     */
    public static boolean foldEntryStandsFor(io.fora.vm.runtime.PyException exc, CodeObject code) {
        Object last = exc.lastFrame;
        CodeObject lastCode = last instanceof Frame lf ? lf.code : last instanceof CodeObject lc ? lc : null;
        return lastCode != null && lastCode.foldBodyOf(code);
    }

    private Frame unwind(Frame f, PyError err) {
        PyException exc = err.exception();
        boolean first = true;
        while (true) {
            // the entry of this function's folded loop body stands for this activation (as CPython
            // shows the loop's), at the body's line: no second entry at the loop's head
            if (exc.lastFrame != f && !foldEntryStandsFor(exc, f.code)) {
                if (exc.lastFrame == null && exc.traceback().isEmpty() && exc.cls().isSubclassOf(Types.NAME_ERROR)) {
                    // where a NameError was raised: the names a suggestion is looked for among
                    exc.raisedInLocals = java.util.Arrays.copyOf(f.code.slotNames, f.code.nlocals);
                    exc.raisedInGlobals = f.globals;
                }
                exc.addTrace(f.code.fileName, f.line(), f.functionName());
            }
            exc.lastFrame = f;
            if (first) {
                PyException ctx = f.handling();
                if (ctx != null && ctx != exc && exc.context() == null && !chainContains(ctx, exc)) exc.setContext(ctx);
                first = false;
            }
            if (err.catchable() && f.nblocks > 0) {
                f.nblocks--;
                int handler = f.blocks[f.nblocks * 3];
                int sp = f.blocks[f.nblocks * 3 + 1];
                f.nexc = f.blocks[f.nblocks * 3 + 2];
                closeOwned(f, sp, err);
                for (int i = sp; i < f.r.length; i++) f.r[i] = null;
                f.r[sp] = exc;
                f.sp = sp + 1;
                f.pc = handler;
                current = f;
                return f;
            }
            closeOwned(f, 0, err);
            depth--;
            Frame caller = f.back;
            if (f.generator != null) {
                f.generator.finished = true;
                f.generator.running = false;
                f.back = null;
                if (exc.cls().isSubclassOf(Types.STOP_ITERATION) && !f.code.is(CodeObject.LIST_ELEMENTS)) {
                    PyException re = Errors.newException(Types.RUNTIME_ERROR, "generator raised StopIteration");
                    re.setCause(exc);
                    exc = re;
                    err = new PyError(re);
                }
            }
            if (f.entry || caller == null) throw err;
            f = caller;
            current = f;
        }
    }

    /**
     * The generators that for loops of f made (Op#ITER_OWNED) and that an exception now takes off
     * its stack (slots from {@code from} up), closed as CPython closes them when their last
     * reference goes. Above sp only stale slots remain, and an owned generator is never left in one
     * suspended: its loop ends with it finished, or closes it. Not for a refused operation: no more
     * of the program's code runs after one.
     */
    private void closeOwned(Frame f, int from, PyError err) {
        if (!err.catchable()) return;
        Object[] r = f.r;
        for (int i = from; i < r.length; i++) {
            if (r[i] instanceof PyGenerator g && g.closableByLoop()) {
                r[i] = null;
                g.dropped();
            }
        }
    }

    private static boolean chainContains(PyException start, PyException target) {
        for (PyException e = start; e != null; e = e.context()) if (e == target) return true;
        return false;
    }

    // ------------------------------------------------------------------------------------------
    // Less frequent instructions, out of the hot loop so HotSpot compiles it well

    private Frame slowOp(Frame f, int insn) {
        Object[] r = f.r;
        int arg = insn >>> 8;
        switch (insn & 0xFF) {
            case Op.NOP -> { }
            case Op.STORE_DEREF -> {
                // out of the hot loop: rebinding a closure variable checks its owner (see Region)
                Object v = r[--f.sp];
                r[f.sp] = null;
                ((PyCell) r[f.code.nlocals + arg]).set(v);
            }
            case Op.STORE_GLOBAL -> {
                Object v = r[--f.sp];
                r[f.sp] = null;
                if (v instanceof io.fora.vm.runtime.PyFunction fn && f.globals.hasEarlier()) v = f.globals.reuse(f.code.names[arg], fn);
                globalCell(f, arg).set(v);
            }
            case Op.LOAD_NAME -> {
                String name = f.code.names[arg];
                Object v = f.ns.get(name);
                if (v == null) v = f.globals.lookup(name);
                if (v == null) throw Errors.nameError(name);
                r[f.sp++] = v;
            }
            case Op.STORE_NAME -> {
                Object v = r[--f.sp];
                r[f.sp] = null;
                f.ns.put(f.code.names[arg], v);
            }
            case Op.LOAD_CLOSURE -> r[f.sp++] = r[f.code.nlocals + arg];
            case Op.STORE_ATTR -> {
                Object obj = r[--f.sp];
                Object v = r[--f.sp];
                r[f.sp] = null;
                r[f.sp + 1] = null;
                io.fora.vm.runtime.Mutations.setAttr(obj, f.code.names[arg], v);
            }
            case Op.STORE_SUBSCR -> {
                Object key = r[--f.sp];
                Object obj = r[--f.sp];
                Object v = r[--f.sp];
                r[f.sp] = null;
                r[f.sp + 1] = null;
                r[f.sp + 2] = null;
                io.fora.vm.runtime.Mutations.setItem(obj, key, v);
            }
            case Op.DELETE_SUBSCR -> {
                Object key = r[--f.sp];
                Object obj = r[--f.sp];
                r[f.sp] = null;
                r[f.sp + 1] = null;
                io.fora.vm.runtime.Mutations.delItem(obj, key);
            }
            case Op.DELETE_ATTR -> {
                Object obj = r[--f.sp];
                r[f.sp] = null;
                io.fora.vm.runtime.Mutations.delAttr(obj, f.code.names[arg]);
            }
            case Op.DUP2 -> {
                r[f.sp] = r[f.sp - 2];
                r[f.sp + 1] = r[f.sp - 1];
                f.sp += 2;
            }
            case Op.INPLACE -> {
                Object b = r[--f.sp];
                r[f.sp] = null;
                r[f.sp - 1] = Arith.inplace(arg, r[f.sp - 1], b);
            }
            case Op.UNARY -> {
                Object v = r[f.sp - 1];
                r[f.sp - 1] = switch (arg) {
                    case Op.U_NEG -> Arith.neg(v);
                    case Op.U_POS -> Arith.pos(v);
                    case Op.U_INVERT -> Arith.invert(v);
                    default -> !Ops.isTrue(v);
                };
            }
            case Op.SUBSCR -> {
                Object key = r[--f.sp];
                r[f.sp] = null;
                r[f.sp - 1] = Ops.getItem(r[f.sp - 1], key);
            }
            case Op.BUILD_SLICE -> {
                Object step = r[--f.sp];
                Object stop = r[--f.sp];
                Object start = r[f.sp - 1];
                r[f.sp] = null;
                r[f.sp + 1] = null;
                r[f.sp - 1] = new io.fora.vm.runtime.PySlice(start, stop, step);
            }
            case Op.BUILD_TUPLE -> {
                PyTuple t = PyTuple.of(popArray(f, arg));
                r[f.sp++] = t;
            }
            case Op.BUILD_LIST -> {
                PyList l = PyList.of(popArray(f, arg));
                r[f.sp++] = l;
            }
            case Op.BUILD_SET -> {
                Object[] items = popArray(f, arg & 0xFFFFF);
                r[f.sp++] = buildSet(items, (arg & CONSTANT_SET) != 0);
            }
            case Op.BUILD_MAP -> {
                PyDict d = buildMap(popArray(f, arg * 2)); // before r[f.sp++]: Java evaluates the index first
                r[f.sp++] = d;
            }
            case Op.BUILD_STRING -> {
                PyStr joined = buildString(popArray(f, arg));
                r[f.sp++] = joined;
            }
            case Op.NEW_ACC -> {
                // keyword arguments name the callee in errors: [callee, positional tuple] lie below
                Accumulator acc = new Accumulator(arg, arg == Op.ACC_KWARGS ? r[f.sp - 2] : arg == Op.ACC_ARGS ? r[f.sp - 1] : null);
                r[f.sp++] = acc;
            }
            case Op.ACC_ADD -> {
                Object v = r[--f.sp];
                r[f.sp] = null;
                ((Accumulator) r[f.sp - arg]).add(v);
            }
            case Op.ACC_ADD_KV -> {
                Object v = r[--f.sp];
                Object k = r[--f.sp];
                r[f.sp] = null;
                r[f.sp + 1] = null;
                ((Accumulator) r[f.sp - arg]).put(k, v);
            }
            case Op.ACC_EXTEND -> {
                Object v = r[--f.sp];
                r[f.sp] = null;
                ((Accumulator) r[f.sp - arg]).extend(v);
            }
            case Op.ACC_UPDATE -> {
                Object v = r[--f.sp];
                r[f.sp] = null;
                ((Accumulator) r[f.sp - arg]).update(v);
            }
            case Op.ACC_FREEZE -> r[f.sp - 1] = ((Accumulator) r[f.sp - 1]).freeze();
            case Op.JUMP_IF_FALSE_OR_POP -> {
                if (!Ops.isTrue(r[f.sp - 1])) f.pc = arg;
                else r[--f.sp] = null;
            }
            case Op.JUMP_IF_TRUE_OR_POP -> {
                if (Ops.isTrue(r[f.sp - 1])) f.pc = arg;
                else r[--f.sp] = null;
            }
            case Op.GET_ITER -> {
                Object v = r[f.sp - 1];
                r[f.sp - 1] = v instanceof PyGenerator g && !g.isCoroutine() && !g.isAsyncGenerator() ? v : Ops.iter(v);
                if (arg == Op.ITER_OWNED && r[f.sp - 1] instanceof PyGenerator g) g.ownByLoop();
            }
            case Op.GET_AWAITABLE -> r[f.sp - 1] = PyGenerator.awaitable(r[f.sp - 1]);
            case Op.ASYNC_GEN_WRAP -> r[f.sp - 1] = new AsyncGenerators.Item(r[f.sp - 1]);
            case Op.CALL_KW -> {
                PyTuple names = (PyTuple) r[--f.sp];
                r[f.sp] = null;
                int nkw = names.size();
                int npos = arg - nkw;
                int base = f.sp - arg - 1;
                String[] kwNames = new String[nkw];
                Object[] kwValues = new Object[nkw];
                for (int i = 0; i < nkw; i++) {
                    kwNames[i] = ((PyStr) names.get(i)).value();
                    kwValues[i] = r[base + 1 + npos + i];
                }
                return callGeneral(f, base, r[base], base + 1, npos, new Kwargs(kwNames, kwValues));
            }
            case Op.CALL_EX -> {
                Kwargs kw = Kwargs.NONE;
                if (arg == 1) {
                    Object d = r[--f.sp];
                    r[f.sp] = null;
                    kw = kwargsOf(d);
                }
                PyTuple args = (PyTuple) r[--f.sp];
                r[f.sp] = null;
                int base = f.sp - 1;
                Object[] tmp = args.items();
                Object callable = r[base];
                r[base] = null;
                f.sp = base;
                Frame nf = prepareCall(callable, tmp, 0, tmp.length, kw);
                return finishCall(f, nf, callable, tmp, kw);
            }
            case Op.MAKE_FUNCTION -> {
                CodeObject co = (CodeObject) r[--f.sp];
                PyTuple closure = (arg & 4) != 0 ? (PyTuple) r[--f.sp] : null;
                PyDict annotations = (arg & 8) != 0 ? (PyDict) r[--f.sp] : null;
                PyDict kwDefaults = (arg & 2) != 0 ? (PyDict) r[--f.sp] : null;
                PyTuple defaults = (arg & 1) != 0 ? (PyTuple) r[--f.sp] : null;
                for (int i = f.sp; i < f.sp + 5 && i < r.length; i++) r[i] = null;
                r[f.sp++] = PyFunction.made(co, f.globals, defaults, kwDefaults, annotations, closure);
            }
            case Op.RUN_CLASS_BODY -> {
                // arg is MAKE_CLASS's: under the body lie the bases, the metaclass and the keywords
                // it names, for the metaclass's __prepare__, called before the body runs
                PyFunction body = (PyFunction) r[--f.sp];
                r[f.sp] = null;
                int below = f.sp;
                PyDict classKw = (arg & Op.WITH_CLASS_KWARGS) != 0 ? (PyDict) r[--below] : null;
                Object meta = (arg & Op.WITH_METACLASS) != 0 ? r[--below] : null;
                PyTuple bases = (PyTuple) r[below - 1];
                String name = className(f, arg);
                java.util.Map<String, Object> namespace = Classes.namespaceFor(name, bases.items(), meta, classKwargs(classKw));
                Frame nf = newFrame(body, new Object[0], 0, 0, null);
                nf.ns = namespace;
                nf.back = f;
                push(nf);
                return nf;
            }
            case Op.MAKE_CLASS -> {
                ClassNamespace ns = (ClassNamespace) r[--f.sp];
                PyDict classKw = (arg & Op.WITH_CLASS_KWARGS) != 0 ? (PyDict) r[--f.sp] : null;
                Object meta = (arg & Op.WITH_METACLASS) != 0 ? r[--f.sp] : null;
                PyTuple bases = (PyTuple) r[--f.sp];
                r[f.sp + 1] = null;
                r[f.sp + 2] = null;
                r[f.sp + 3] = null;
                String name = className(f, arg);
                java.util.Map<String, Object> namespace = ns.namespace();
                // a body using super() or __class__ hands its cell over in the namespace, as CPython's
                // (a metaclass sees it; type.__new__ takes it out and sets it to the class)
                if (ns.classCell() != null) namespace.put("__classcell__", ns.classCell());
                Object cls = Classes.make(name, f.globals.moduleName(), bases.items(), namespace, meta, classKwargs(classKw));
                if (ns.classCell() != null && ns.classCell().value == null) ns.classCell().value = cls;
                r[f.sp++] = cls;
            }
            case Op.YIELD_VALUE -> {
                Object v = r[--f.sp];
                r[f.sp] = null;
                PyGenerator g = f.generator;
                g.running = false;
                depth--;
                Frame caller = f.back;
                f.back = null;
                if (f.entry) {
                    yielded = v;
                    return YIELD_OUT;
                }
                caller.r[caller.sp++] = v;
                return caller;
            }
            case Op.YIELD_FROM_ITER -> {
                Object sent = r[--f.sp];
                r[f.sp] = null;
                Object it = r[f.sp - 1];
                if (PyGenerator.driven(it) instanceof PyGenerator g) {
                    if (g.finished) {
                        r[f.sp - 1] = g.returnValue == null ? PyNone.NONE : g.returnValue;
                        f.pc = arg;
                        return f;
                    }
                    if (g.running) throw Errors.valueError("generator already executing");
                    if (!g.started && sent != PyNone.NONE) throw Errors.typeError("can't send non-None value to a just-started generator");
                    g.resuming();
                    Frame gf = resumeFrame(g, f);
                    if (g.started && !g.takeResumeAtFrame()) gf.r[gf.sp++] = sent;
                    g.started = true;
                    return gf;
                }
                Object v;
                try {
                    v = AsyncGenerators.sendTo(it, sent);
                } catch (PyError e) {
                    if (!e.exception().cls().isSubclassOf(Types.STOP_ITERATION)) throw e;
                    Object[] args = e.exception().args().items();
                    r[f.sp - 1] = args.length > 0 ? args[0] : PyNone.NONE;
                    f.pc = arg;
                    return f;
                }
                if (v == null) {
                    r[f.sp - 1] = PyNone.NONE;
                    f.pc = arg;
                } else {
                    r[f.sp++] = v;
                }
            }
            case Op.RAISE -> raise(f, arg);
            case Op.RERAISE -> {
                PyException e = (PyException) r[--f.sp];
                r[f.sp] = null;
                throw new PyError(e);
            }
            case Op.SETUP_EXCEPT -> f.pushBlock(arg, f.sp);
            case Op.POP_BLOCK -> f.nblocks--;
            case Op.PUSH_EXC -> f.pushExc((PyException) r[f.sp - 1]);
            case Op.POP_EXC -> f.nexc--;
            case Op.CHECK_EXC_MATCH -> {
                Object type = r[--f.sp];
                PyException e = (PyException) r[f.sp - 1];
                r[f.sp] = null;
                r[f.sp - 1] = exceptionMatches(e, type);
            }
            case Op.UNPACK_SEQUENCE -> unpack(f, arg);
            case Op.UNPACK_EX -> unpackEx(f, arg & 0xFFF, arg >>> 12);
            case Op.DISPLAY -> {
                Object v = r[--f.sp];
                r[f.sp] = null;
                if (v != PyNone.NONE) out.write(io.fora.vm.runtime.Repr.repr(v) + "\n");
            }
            case Op.IMPORT -> {
                String name = f.code.names[arg];
                Object m = importModule(name);
                r[f.sp++] = m;
            }
            case Op.FORMAT_VALUE -> {
                Object spec = null;
                if ((arg & 4) != 0) {
                    spec = r[--f.sp];
                    r[f.sp] = null;
                }
                r[f.sp - 1] = formatValue(r[f.sp - 1], arg & 3, spec);
            }
            case Op.LOAD_ASSERTION_ERROR -> r[f.sp++] = Types.ASSERTION_ERROR;
            case Op.DELETE_FAST -> r[arg] = null;
            case Op.DELETE_DEREF -> ((PyCell) r[f.code.nlocals + arg]).set(null);
            case Op.DELETE_GLOBAL -> f.globals.cell(f.code.names[arg]).set(null);
            case Op.DELETE_NAME -> f.ns.remove(f.code.names[arg]);
            case Op.FORK2 -> {
                int nb = arg >>> 16, na = (arg >>> 8) & 0xFF;
                Object[] right = popArray(f, nb);
                Object g = r[--f.sp];
                Object[] left = popArray(f, na);
                Object fn = r[--f.sp];
                r[f.sp] = null;
                r[f.sp + 1] = null;
                if ((arg & 0xFF) == io.fora.vm.compile.Compiler.FORK_PAIR) {
                    Object[] both = Reductions.forkBoth(fn, left, g, right);
                    r[f.sp++] = both[0];
                    r[f.sp++] = both[1];
                } else {
                    Object result = Reductions.fork(fn, left, g, right, arg & 0xFF);
                    r[f.sp++] = result;
                }
            }
            case Op.FORK_CALLS -> {
                int n = arg & 7;
                Object[] fns = new Object[n];
                Object[][] argv = new Object[n][];
                for (int k = n - 1; k >= 0; k--) {
                    argv[k] = popArray(f, (arg >>> (3 + 5 * k)) & 31);
                    fns[k] = r[--f.sp];
                    r[f.sp] = null;
                }
                for (Object v : Reductions.forkAll(fns, argv)) r[f.sp++] = v;
            }
            case Op.MATCH_CASE -> {
                Object subject = r[--f.sp];
                PyTuple values = (PyTuple) r[--f.sp];
                r[f.sp++] = MatchPattern.run((MatchPattern.Case) f.code.consts[arg], subject, values);
            }
            case Op.INVALID_OP -> throw Errors.invalidOperation(((PyStr) f.code.consts[arg]).value());
            default -> throw new IllegalStateException("bad opcode " + (insn & 0xFF) + " at " + (f.pc - 1) + " in " + f.code.qualname);
        }
        return f;
    }

    private static Object[] popArray(Frame f, int n) {
        Object[] out = new Object[n];
        System.arraycopy(f.r, f.sp - n, out, 0, n);
        for (int i = f.sp - n; i < f.sp; i++) f.r[i] = null;
        f.sp -= n;
        return out;
    }

    private Frame callGeneral(Frame f, int base, Object callable, int first, int argc, Kwargs kw) {
        Object[] args = new Object[argc];
        System.arraycopy(f.r, first, args, 0, argc);
        for (int i = base; i < f.sp; i++) f.r[i] = null;
        f.sp = base;
        Frame nf = prepareCall(callable, args, 0, argc, kw);
        return finishCall(f, nf, callable, args, kw);
    }

    private Frame finishCall(Frame f, Frame nf, Object callable, Object[] args, Kwargs kw) {
        if (nf == null) {
            Object result = Ops.call(callable, args, kw);
            f.r[f.sp++] = result;
            return f;
        }
        if (nf.generator != null) {
            f.r[f.sp++] = nf.generator;
            return f;
        }
        nf.back = f;
        push(nf);
        return nf;
    }

    private static void raise(Frame f, int arg) {
        Object[] r = f.r;
        if (arg == 0) {
            PyException current = f.handling();
            if (current == null) throw Errors.of(Types.RUNTIME_ERROR, "No active exception to reraise");
            throw new PyError(current);
        }
        Object cause = null;
        if (arg == 2) {
            cause = r[--f.sp];
            r[f.sp] = null;
        }
        Object v = r[--f.sp];
        r[f.sp] = null;
        PyException exc = toException(v);
        if (arg == 2) {
            if (cause == PyNone.NONE) {
                exc.setCause(null);
            } else {
                if (!(cause instanceof PyException) && !(cause instanceof PyClass cc && cc.isException())) {
                    throw Errors.typeError("exception causes must derive from BaseException");
                }
                exc.setCause(toException(cause));
            }
        }
        // as CPython's _PyErr_SetObject: an exception raised while another is handled gets that one
        // as its context, even one it had before ("raise e" of an exception caught earlier), and a
        // context chain that would lead back to it is cut there
        PyException handled = f.handling();
        if (handled != null && handled != exc) {
            for (PyException o = handled; o.context() != null; o = o.context()) {
                if (o.context() == exc) {
                    o.setContext(null);
                    break;
                }
                if (o.context() == handled) break; // a cycle made elsewhere: stop walking it
            }
            exc.setContext(handled);
        }
        throw new PyError(exc);
    }

    private static PyException toException(Object v) {
        if (v instanceof PyClass c) {
            if (!c.isException()) throw Errors.typeError("exceptions must derive from BaseException");
            v = Ops.call(c);
        }
        if (v instanceof PyException e) return e;
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    /** As CPython 3.11: every class of a tuple is checked before any is matched, and tuples do not nest. */
    private static boolean exceptionMatches(PyException e, Object type) {
        Object[] types = type instanceof PyTuple t ? t.items() : new Object[] {type};
        for (Object x : types) {
            if (!(x instanceof PyClass c) || !c.isException()) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
        }
        for (Object x : types) if (e.cls().isSubclassOf((PyClass) x)) return true;
        return false;
    }

    /** The values a tuple-unpacking assignment takes apart. */
    private static Object[] unpackItems(Object v) {
        if (v instanceof PyTuple t) return t.items();
        if (v instanceof io.fora.vm.runtime.PyInstance i && i.base() == null && !(v instanceof io.fora.vm.runtime.PyException)
                && i.cls().lookup("__iter__") == null && i.cls().lookup("__getitem__") == null) {
            throw Errors.typeError("cannot unpack non-iterable " + Ops.typeName(v) + " object");
        }
        PyIter it = Ops.iterOrNull(v);
        if (it == null) throw Errors.typeError("cannot unpack non-iterable " + Ops.typeName(v) + " object");
        return Iterators.toArray(it);
    }

    private static void unpack(Frame f, int n) {
        Object v = f.r[--f.sp];
        f.r[f.sp] = null;
        Object[] items = unpackExactly(v, n);
        for (int i = n - 1; i >= 0; i--) f.r[f.sp++] = items[i];
    }

    /** NEW_ACC for compiled code: an accumulator of the kind (callee: the function keyword arguments go to, named in errors). */
    public static Object newAccumulator(int kind, Object callee) { return new Accumulator(kind, callee); }

    /** ACC_ADD, ACC_ADD_KV, ACC_EXTEND, ACC_UPDATE and ACC_FREEZE for compiled code. */
    public static void accAdd(Object acc, Object v) { ((Accumulator) acc).add(v); }

    public static void accPut(Object acc, Object k, Object v) { ((Accumulator) acc).put(k, v); }

    public static void accExtend(Object acc, Object v) { ((Accumulator) acc).extend(v); }

    public static void accUpdate(Object acc, Object v) { ((Accumulator) acc).update(v); }

    public static Object accFreeze(Object acc) { return ((Accumulator) acc).freeze(); }

    /** CALL_EX's keyword arguments: a dict's items (keys must be strings), or none for null. */
    public static Kwargs kwargsOf(Object dict) {
        if (dict == null) return Kwargs.NONE;
        PyDict d = (PyDict) dict;
        String[] names = new String[d.size()];
        Object[] values = new Object[d.size()];
        for (int i = 0; i < d.size(); i++) {
            if (!(d.keyAt(i) instanceof PyStr s)) throw Errors.typeError("keywords must be strings");
            names[i] = s.value();
            values[i] = d.valueAt(i);
        }
        return new Kwargs(names, values);
    }

    /** UNPACK_SEQUENCE's items of v, in order: exactly n of them, or CPython's ValueError. */
    public static Object[] unpackExactly(Object v, int n) {
        Object[] items = unpackItems(v);
        if (items.length != n) {
            if (items.length > n) throw Errors.valueError("too many values to unpack (expected " + n + ")");
            throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
        }
        return items;
    }

    /** A set display's set; {@code constant}: a display of constants, in the order CPython's frozenset constant gives. */
    public static io.fora.vm.runtime.PySet buildSet(Object[] items, boolean constant) {
        io.fora.vm.runtime.PySet s = new io.fora.vm.runtime.PySet(false);
        if (constant) {
            // CPython folds a display of constants into a frozenset constant, which its
            // constant merging rebuilds from its own iteration order; the set merges that.
            io.fora.vm.runtime.PySet folded = new io.fora.vm.runtime.PySet(true);
            for (Object x : items) folded.add(x);
            io.fora.vm.runtime.PySet merged = new io.fora.vm.runtime.PySet(true);
            for (Object x : folded.toArray()) merged.add(x);
            s.addAll(merged);
        } else {
            for (Object x : items) s.add(x);
        }
        return s;
    }

    /** A dict display's dict: keys and values alternate in kv. */
    public static PyDict buildMap(Object[] kv) {
        PyDict d = new PyDict(kv.length / 2);
        for (int i = 0; i + 1 < kv.length; i += 2) d.put(kv[i], kv[i + 1]);
        return d;
    }

    /** An f-string's parts joined (each a str already). */
    public static PyStr buildString(Object[] parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) sb.append(((PyStr) p).value());
        return PyStr.of(sb.toString());
    }

    /** An f-string's {v!conv:spec}: conv 1 str, 2 repr, 3 ascii, 0 none; spec null when there is none. */
    public static PyStr formatValue(Object v, int conv, Object spec) {
        String sp = spec == null ? "" : ((PyStr) spec).value();
        v = switch (conv) {
            case 1 -> PyStr.of(io.fora.vm.runtime.Repr.str(v));
            case 2 -> PyStr.of(io.fora.vm.runtime.Repr.repr(v));
            case 3 -> PyStr.of(Builtins.ascii(io.fora.vm.runtime.Repr.repr(v)));
            default -> v;
        };
        return v instanceof PyStr s && sp.isEmpty() ? s : PyStr.of(Ops.format(v, sp));
    }

    private static void unpackEx(Frame f, int before, int after) {
        Object v = f.r[--f.sp];
        f.r[f.sp] = null;
        Object[] items = unpackItems(v);
        if (items.length < before + after) {
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + items.length + ")");
        }
        for (int i = items.length - 1; i >= items.length - after; i--) f.r[f.sp++] = items[i];
        Object[] middle = java.util.Arrays.copyOfRange(items, before, items.length - after);
        f.r[f.sp++] = PyList.of(middle);
        for (int i = before - 1; i >= 0; i--) f.r[f.sp++] = items[i];
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.interp.Interpreter;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Mutations;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a computation may see of the world: {@code print} (its own output, in program order),
 * {@code setattr}/{@code delattr}/{@code id}, the read-only facts of {@code sys}; and the names
 * that stay refused (I/O, the clock, {@code eval}), which exist so that code naming them runs
 * until it actually calls them, and then fails with a message that says why.
 */
final class WorldBuiltins {
    private WorldBuiltins() {}

    static void install(Map<String, Object> b) {
        b.put("print", new PyBuiltin("print", (a, kw) -> {
            kw.allowOnly("print", "sep", "end", "file", "flush");
            String sep = text(kw.get("sep"), " ", "sep");
            String end = text(kw.get("end"), "\n", "end");
            Object file = kw.get("file");
            // the original sys.stdout object itself (sys.__stdout__) writes to the output, wherever sys.stdout points
            Object target = file == null || file == PyNone.NONE ? Interpreter.current().redirected(false)
                    : file == STDOUT || file == STDERR ? null : file;
            if (target != null) {
                // a Python file object: one write per argument, separator and end, as CPython's print
                Object w = Ops.getAttr(target, "write");
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) Ops.call(w, PyStr.of(sep));
                    Ops.call(w, PyStr.of(Repr.str(a[i])));
                }
                Ops.call(w, PyStr.of(end));
                if (kw.get("flush") instanceof Object f && Ops.isTrue(f)) Ops.call(Ops.getAttr(target, "flush"));
                return PyNone.NONE;
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < a.length; i++) {
                if (i > 0) sb.append(sep);
                try {
                    sb.append(Repr.str(a[i]));
                } catch (RuntimeException e) {
                    // CPython writes each argument as it goes: what came before the failing one is out
                    if (!sb.isEmpty()) write(file, sb.toString());
                    throw e;
                }
            }
            sb.append(end);
            write(file, sb.toString());
            return PyNone.NONE;
        }));
        b.put("setattr", new PyBuiltin("setattr", (a, kw) -> {
            Builtins.noKw("setattr", kw);
            Builtins.arity("setattr", a, 3, 3);
            Mutations.setAttr(a[0], attrName(a[1]), a[2]);
            return PyNone.NONE;
        }));
        b.put("delattr", new PyBuiltin("delattr", (a, kw) -> {
            Builtins.noKw("delattr", kw);
            Builtins.arity("delattr", a, 2, 2);
            Mutations.delAttr(a[0], attrName(a[1]));
            return PyNone.NONE;
        }));
        b.put("__fora_refused__", new PyBuiltin("__fora_refused__", (a, kw) -> {
            throw Errors.invalidOperation("'" + ((PyStr) a[0]).value() + "' is not available in Fora: it runs synchronous code (its parallelism is automatic)");
        }));
        // what async for is lowered to (Parser#lowerAsyncFor)
        b.put("__fora_aiter__", new PyBuiltin("__fora_aiter__", (a, kw) -> io.fora.vm.interp.AsyncGenerators.aiter(a[0], true)));
        // with: the manager's __exit__ (bound), after CPython's checks of both methods
        b.put("__fora_exit__", new PyBuiltin("__fora_exit__", (a, kw) -> withExit(a[0], a.length > 1 && a[1] == Boolean.TRUE)));
        b.put("__fora_anext__", new PyBuiltin("__fora_anext__", (a, kw) -> io.fora.vm.interp.AsyncGenerators.anext(a[0], null, true)));
        // asyncio.iscoroutinefunction and its kin
        b.put("__fora_function_kind__", new PyBuiltin("__fora_function_kind__", (a, kw) -> {
            Object f = a[0] instanceof io.fora.vm.runtime.PyBoundMethod m ? m.function() : a[0];
            if (!(f instanceof io.fora.vm.runtime.PyFunction fn)) return PyStr.of("other");
            io.fora.vm.compile.CodeObject co = fn.code();
            return PyStr.of(co.is(io.fora.vm.compile.CodeObject.COROUTINE) ? "coroutine"
                    : co.is(io.fora.vm.compile.CodeObject.ASYNC_GENERATOR) ? "async generator"
                    : co.is(io.fora.vm.compile.CodeObject.GENERATOR) ? "generator" : "function");
        }));
        // types.coroutine of a generator function: its generators become awaitable; false for other callables
        b.put("__fora_iterable_coroutine__", new PyBuiltin("__fora_iterable_coroutine__", (a, kw) -> {
            if (!(a[0] instanceof io.fora.vm.runtime.PyFunction fn)) return Boolean.FALSE;
            io.fora.vm.compile.CodeObject co = fn.code();
            if (!co.is(io.fora.vm.compile.CodeObject.GENERATOR) || co.is(io.fora.vm.compile.CodeObject.COROUTINE)
                    || co.is(io.fora.vm.compile.CodeObject.ASYNC_GENERATOR)) return Boolean.FALSE;
            co.flags |= io.fora.vm.compile.CodeObject.ITERABLE_COROUTINE;
            return Boolean.TRUE;
        }));
        // what except* is lowered to (Parser#lowerExceptStar)
        b.put("__fora_star_begin__", new PyBuiltin("__fora_star_begin__", (a, kw) -> io.fora.vm.runtime.ExceptionGroups.starBegin(a[0])));
        b.put("__fora_star_match__", new PyBuiltin("__fora_star_match__", (a, kw) ->
                io.fora.vm.runtime.ExceptionGroups.starMatch((io.fora.vm.runtime.PyList) a[0], a[1])));
        b.put("__fora_star_raised__", new PyBuiltin("__fora_star_raised__", (a, kw) -> {
            io.fora.vm.runtime.ExceptionGroups.starRaised((io.fora.vm.runtime.PyList) a[0], a[1], a[2]);
            return PyNone.NONE;
        }));
        b.put("__fora_star_finish__", new PyBuiltin("__fora_star_finish__", (a, kw) -> {
            io.fora.vm.runtime.ExceptionGroups.starFinish((io.fora.vm.runtime.PyList) a[0]);
            return PyNone.NONE;
        }));
        // the parser's counting while loops (LoopFolding#counted)
        b.put("__fora_counted__", new PyBuiltin("__fora_counted__", (a, kw) -> LoopFolds.counted(a[0], a[1], a[2])));
        b.put("__fora_fold__", new PyBuiltin("__fora_fold__", (a, kw) ->
                LoopFolds.fold(a[0], a[1], a[2], a[3], ((PyStr) a[4]).value(), a[5])));
        b.put("__fora_redirect__", new PyBuiltin("__fora_redirect__", (a, kw) -> {
            // contextlib.redirect_stdout/stderr: (stream name, target or None) -> the previous target or None
            boolean err = ((PyStr) a[0]).value().equals("stderr");
            Object target = a[1] == PyNone.NONE || a[1] == (err ? STDERR : STDOUT) ? null : a[1];
            Object previous = Interpreter.current().redirect(err, target);
            return previous == null ? PyNone.NONE : previous;
        }));
        b.put("__fora_import_from__", new PyBuiltin("__fora_import_from__", (a, kw) -> {
            // from m import name: a name the module lacks is an ImportError, as in CPython
            String name = ((PyStr) a[1]).value();
            try {
                return Ops.getAttr(a[0], name);
            } catch (io.fora.vm.runtime.PyError e) {
                if (e.exception().cls() != io.fora.vm.runtime.Types.ATTRIBUTE_ERROR) throw e;
                String mod = a[0] instanceof PyModule m ? m.name() : Ops.typeName(a[0]);
                if (a[0] instanceof PyModule) {
                    // from package import submodule: imported now, as in CPython
                    io.fora.vm.runtime.PyModule sub = Interpreter.current().importIfPresent(mod + "." + name);
                    if (sub != null) return sub;
                }
                // as CPython words it: the module's file, and whether its body is still running (a cycle)
                Object file = a[0] instanceof PyModule pm ? pm.attrs().get("__file__") : null;
                boolean partial = a[0] instanceof PyModule && Interpreter.current().initializing(mod);
                io.fora.vm.runtime.PyError err = Errors.of(io.fora.vm.runtime.Types.IMPORT_ERROR,
                        PyStr.of("cannot import name '" + name + "' from " + (partial ? "partially initialized module " : "")
                                + "'" + mod + "'" + (partial ? " (most likely due to a circular import)" : "")
                                + " (" + (file instanceof PyStr f ? f.value() : "unknown location") + ")"));
                err.exception().setAttr("name", PyStr.of(mod));
                if (file instanceof PyStr) err.exception().setAttr("path", file);
                throw err;
            }
        }));
        // from .m import x / from .. import y: the module named relative to the running module's
        // __package__ (a module of the program's own packages), imported as an absolute name
        b.put("__fora_import_relative__", new PyBuiltin("__fora_import_relative__", (a, kw) -> {
            int level = (int) Ops.index(a[0]);
            String rest = a[1] instanceof PyStr r ? r.value() : null;
            Object pkg = Interpreter.current().moduleGlobals().lookup("__package__");
            if (!(pkg instanceof PyStr p) || p.value().isEmpty()) {
                throw Errors.of(io.fora.vm.runtime.Types.IMPORT_ERROR, "attempted relative import with no known parent package");
            }
            String base = p.value();
            for (int i = 1; i < level; i++) {
                int dot = base.lastIndexOf('.');
                if (dot < 0) {
                    throw Errors.of(io.fora.vm.runtime.Types.IMPORT_ERROR, "attempted relative import beyond top-level package");
                }
                base = base.substring(0, dot);
            }
            return Interpreter.current().importByName(rest == null ? base : base + "." + rest);
        }));
        // a name read as a global only (see Compiler#load): the module's global, or CPython's NameError
        b.put("__fora_global_only__", new PyBuiltin("__fora_global_only__", (a, kw) -> {
            String name = ((io.fora.vm.runtime.PyStr) a[0]).value();
            Object v = Interpreter.current().moduleGlobals().global(name);
            if (v == null) throw Errors.nameError(name);
            return v;
        }));
        b.put("__fora_import_star__", new PyBuiltin("__fora_import_star__", (a, kw) -> {
            // from m import *: m.__all__, or every name not starting with an underscore
            PyModule m = (PyModule) a[0];
            io.fora.vm.runtime.Globals g = Interpreter.current().moduleGlobals();
            Object all = m.attrs().get("__all__");
            if (all != null) {
                for (Object n : io.fora.vm.runtime.Iterators.toArray(all)) {
                    String name = ((PyStr) n).value();
                    Object v = m.attrs().get(name);
                    if (v == null) throw Errors.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
                    g.cell(name).set(v);
                }
            } else {
                for (Map.Entry<String, Object> e : m.attrs().entrySet()) {
                    if (!e.getKey().startsWith("_")) g.cell(e.getKey()).set(e.getValue());
                }
            }
            return PyNone.NONE;
        }));
        b.put("globals", new PyBuiltin("globals", (a, kw) -> {
            Builtins.noKw("globals", kw);
            Builtins.arity("globals", a, 0, 0);
            // a snapshot to read: a computation's module variables change through assignment only
            return Interpreter.current().moduleGlobals().snapshot();
        }));
        b.put("id", new PyBuiltin("id", (a, kw) -> {
            Builtins.noKw("id", kw);
            Builtins.arity("id", a, 1, 1);
            return Identities.of(a[0]);
        }));
        // __import__(name, globals, locals, fromlist, level): the import statement as a function; without
        // a fromlist, a dotted name answers its top-level package (as CPython's)
        b.put("__import__", new PyBuiltin("__import__", (a, kw) -> {
            Object[] p = kw.bind("__import__", a, "name", "globals", "locals", "fromlist", "level");
            if (p[0] == null) throw Errors.typeError("__import__() missing required argument 'name' (pos 1)");
            if (!(p[0] instanceof PyStr name)) throw Errors.typeError("module name must be a string");
            long level = p[4] == null ? 0 : Ops.index(p[4]);
            if (level < 0) throw Errors.valueError("level must be >= 0");
            if (level > 0) throw Errors.of(io.fora.vm.runtime.Types.IMPORT_ERROR, "attempted relative import with no known parent package");
            if (name.value().isEmpty()) throw Errors.valueError("Empty module name");
            PyModule m = Interpreter.current().importByName(name.value());
            boolean fromList = p[3] != null && p[3] != PyNone.NONE && Ops.isTrue(p[3]);
            int dot = name.value().indexOf('.');
            return fromList || dot < 0 ? m : Interpreter.current().importByName(name.value().substring(0, dot));
        }));
        for (Map.Entry<String, String> e : io.fora.vm.runtime.Refusals.BUILTINS.entrySet()) {
            String name = e.getKey(), why = e.getValue();
            b.put(name, new PyBuiltin(name, (a, kw) -> {
                throw Errors.invalidOperation("'" + name + "' is not available in Fora: " + why);
            }));
        }
    }

    private static String attrName(Object v) {
        if (!(io.fora.vm.runtime.PyInstance.valueOf(v) instanceof PyStr s)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(v) + "'");
        return s.value();
    }

    private static String text(Object v, String dflt, String what) {
        if (v == null || v == PyNone.NONE) return dflt;
        if (v instanceof PyStr s) return s.value();
        throw Errors.typeError(what + " must be None or a string, not " + Ops.typeName(v));
    }

    /**
     * Where sys.stderr writes go: the process's stderr for {@code fora run} (a computation's
     * diagnostics are not part of its output); dropped when nobody set one (servers).
     */
    private static volatile java.util.function.Consumer<String> errorSink;

    public static void errorSink(java.util.function.Consumer<String> sink) { errorSink = sink; }

    private static void writeError(String text) {
        java.util.function.Consumer<String> sink = errorSink;
        if (sink != null) sink.accept(text);
    }

    /** A context manager's bound {@code __exit__} ({@code __aexit__}), or CPython's TypeError when it lacks that or {@code __enter__}. */
    private static Object withExit(Object mgr, boolean async) {
        String enter = async ? "__aenter__" : "__enter__", exit = async ? "__aexit__" : "__exit__";
        String protocol = async ? "asynchronous context manager protocol" : "context manager protocol";
        if (!hasMethod(mgr, enter)) throw Errors.typeError("'" + Ops.typeName(mgr) + "' object does not support the " + protocol);
        if (!hasMethod(mgr, exit)) {
            throw Errors.typeError("'" + Ops.typeName(mgr) + "' object does not support the " + protocol + " (missed " + exit + " method)");
        }
        return Ops.getAttr(mgr, exit);
    }

    private static boolean hasMethod(Object obj, String name) {
        if (io.fora.vm.runtime.Types.typeOf(obj).lookup(name) != null) return true;
        try {
            Ops.getAttr(obj, name);
            return true;
        } catch (io.fora.vm.runtime.PyError e) {
            if (e.exception().cls().isSubclassOf(io.fora.vm.runtime.Types.ATTRIBUTE_ERROR)) return false;
            throw e;
        }
    }

    /** Writes to sys.stdout (the computation's output) or sys.stderr (see {@link #errorSink}). */
    private static void write(Object file, String text) {
        if (file == null || file == PyNone.NONE || file == STDOUT) toStream(false, PyStr.of(text));
        else if (file == STDERR) toStream(true, PyStr.of(text));
        else Ops.call(Ops.getAttr(file, "write"), PyStr.of(text));
    }

    /**
     * A write to the computation's output ({@code err} false) or the error sink, answering the
     * length written. The original sys.stdout and sys.stderr objects write there whatever
     * sys.stdout points to now (a wrapper that replaced sys.stdout may write through the original).
     */
    private static Object toStream(boolean err, Object text) {
        String s = Repr.str(text);
        if (err) writeError(s);
        else Interpreter.current().print(s);
        return (long) (text instanceof PyStr p ? p : PyStr.of(s)).length();
    }

    private static final PyModule STDOUT = stream("stdout", true);
    private static final PyModule STDERR = stream("stderr", false);

    private static PyModule stream(String name, boolean kept) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("write", new PyBuiltin("write", (a, kw) -> {
            Builtins.arity("write", a, 1, 1);
            if (!(a[0] instanceof PyStr s)) throw Errors.typeError("write() argument must be str, not " + Errors.argTypeName(a[0]));
            return toStream(!kept, s);
        }));
        m.put("flush", new PyBuiltin("flush", (a, kw) -> PyNone.NONE));
        m.put("writelines", new PyBuiltin("writelines", (a, kw) -> {
            for (Object line : io.fora.vm.runtime.Iterators.toArray(a[0])) toStream(!kept, line);
            return PyNone.NONE;
        }));
        m.put("isatty", new PyBuiltin("isatty", (a, kw) -> Boolean.FALSE));
        m.put("encoding", PyStr.of("utf-8"));
        m.put("errors", PyStr.of(kept ? "strict" : "backslashreplace"));
        m.put("buffer", binaryStream(name, kept));
        return new PyModule("sys." + name, m);
    }

    /**
     * {@code sys.stdout.buffer}: bytes written to it reach the same output as text, in program
     * order. The output is text, so the bytes are decoded as UTF-8 with bytes that are not UTF-8
     * kept as lone surrogates (surrogateescape), which {@code fora run} writes back as those bytes.
     */
    private static PyModule binaryStream(String name, boolean kept) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("write", new PyBuiltin("write", (a, kw) -> {
            Builtins.arity("write", a, 1, 1);
            return (long) writeBytes(kept, a[0]);
        }));
        m.put("flush", new PyBuiltin("flush", (a, kw) -> PyNone.NONE));
        m.put("writelines", new PyBuiltin("writelines", (a, kw) -> {
            Builtins.arity("writelines", a, 1, 1);
            for (Object line : io.fora.vm.runtime.Iterators.toArray(a[0])) writeBytes(kept, line);
            return PyNone.NONE;
        }));
        m.put("isatty", new PyBuiltin("isatty", (a, kw) -> Boolean.FALSE));
        return new PyModule("sys." + name + ".buffer", m);
    }

    /** Writes a bytes-like value to the computation's output ({@code out}) or its error sink; answers the count of bytes. */
    private static int writeBytes(boolean out, Object bytesLike) {
        byte[] b = io.fora.vm.runtime.BytesOps.bytesLike(bytesLike);
        String s = io.fora.vm.runtime.Codecs.decode(b, b.length, "utf-8", "surrogateescape");
        if (out) Interpreter.current().print(s);
        else writeError(s);
        return b.length;
    }

    /**
     * CPython's answer to {@code gc.is_tracked}: atomic values (numbers, strings, bytes, None) are
     * not tracked, nor dicts holding only such values, nor (after a collection) tuples of them;
     * containers and instances are.
     */
    private static boolean gcTracked(Object v) {
        if (v == null || v == PyNone.NONE || v instanceof Boolean || v instanceof Long || v instanceof java.math.BigInteger
                || v instanceof Double || v instanceof PyStr || v instanceof io.fora.vm.runtime.PyBytes
                || io.fora.vm.runtime.Types.typeOf(v) == io.fora.vm.runtime.Types.COMPLEX) return false;
        if (v instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) if (gcTracked(t.get(i))) return true;
            return false;
        }
        if (v instanceof io.fora.vm.runtime.PyDict d && d.getClass() == io.fora.vm.runtime.PyDict.class) {
            for (int i = 0; i < d.rawSize(); i++) {
                Object k = d.rawKey(i);
                if (k != null && (gcTracked(k) || gcTracked(d.rawValue(i)))) return true;
            }
            return false;
        }
        return true;
    }

    private static Object gcEnabled(boolean on) {
        io.fora.vm.runtime.GcTracker t = io.fora.vm.runtime.GcTracker.current();
        if (t != null) t.enabled = on;
        return PyNone.NONE;
    }

    /**
     * {@code gc}: the JVM collects by itself; these exist so that programs that tune CPython's
     * collector run, and {@code collect()} counts what became unreachable (see GcTracker).
     */
    static PyModule gc() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("collect", new PyBuiltin("collect", (a, kw) -> {
            if (a.length > 1) throw Errors.typeError("collect() takes at most 1 argument (" + a.length + " given)");
            Object g = kw.bind("collect", a, "generation")[0];
            if (g == null) g = 2L;
            if (g instanceof Boolean b) g = b ? 1L : 0L;
            if (g instanceof java.math.BigInteger) throw Errors.of(io.fora.vm.runtime.Types.OVERFLOW_ERROR, "Python int too large to convert to C int");
            if (!(g instanceof Long n)) throw Errors.typeError("'" + Ops.typeName(g) + "' object cannot be interpreted as an integer");
            if (n < 0 || n > 2) throw Errors.of(io.fora.vm.runtime.Types.VALUE_ERROR, "invalid generation");
            io.fora.vm.runtime.GcTracker t = io.fora.vm.runtime.GcTracker.current();
            return t == null ? 0L : t.collect();
        }));
        // enabled or not, the JVM's collector runs; a computation sees what it set
        m.put("enable", new PyBuiltin("enable", (a, kw) -> gcEnabled(true)));
        m.put("disable", new PyBuiltin("disable", (a, kw) -> gcEnabled(false)));
        m.put("isenabled", new PyBuiltin("isenabled", (a, kw) -> {
            io.fora.vm.runtime.GcTracker t = io.fora.vm.runtime.GcTracker.current();
            return t == null || t.enabled;
        }));
        m.put("freeze", new PyBuiltin("freeze", (a, kw) -> PyNone.NONE));
        m.put("unfreeze", new PyBuiltin("unfreeze", (a, kw) -> PyNone.NONE));
        m.put("get_threshold", new PyBuiltin("get_threshold", (a, kw) -> PyTuple.of(700L, 10L, 10L)));
        m.put("set_threshold", new PyBuiltin("set_threshold", (a, kw) -> PyNone.NONE));
        m.put("get_count", new PyBuiltin("get_count", (a, kw) -> PyTuple.of(0L, 0L, 0L)));
        m.put("get_stats", new PyBuiltin("get_stats", (a, kw) -> {
            Object[] gens = new Object[3];
            for (int i = 0; i < 3; i++) {
                io.fora.vm.runtime.PyDict d = new io.fora.vm.runtime.PyDict();
                for (String k : new String[] {"collections", "collected", "uncollectable"}) d.put(PyStr.of(k), 0L);
                gens[i] = d;
            }
            return io.fora.vm.runtime.PyList.of(gens);
        }));
        m.put("is_tracked", new PyBuiltin("is_tracked", (a, kw) -> {
            Builtins.arity("is_tracked", a, 1, 1);
            return gcTracked(a[0]);
        }));
        m.put("is_finalized", new PyBuiltin("is_finalized", (a, kw) -> {
            Builtins.arity("is_finalized", a, 1, 1);
            return false;
        }));
        for (String name : new String[] {"get_objects", "get_referrers", "get_referents"}) {
            m.put(name, new PyBuiltin(name, (a, kw) -> {
                throw Errors.of(io.fora.vm.runtime.Types.NOT_IMPLEMENTED_ERROR, "gc." + name + "() is not available in Fora: the JVM's collector keeps no such lists");
            }));
        }
        m.put("garbage", io.fora.vm.runtime.PyList.of());
        m.put("callbacks", io.fora.vm.runtime.PyList.of());
        m.put("DEBUG_STATS", 1L);
        m.put("DEBUG_COLLECTABLE", 2L);
        m.put("DEBUG_UNCOLLECTABLE", 4L);
        m.put("DEBUG_SAVEALL", 32L);
        m.put("DEBUG_LEAK", 38L);
        return new PyModule("gc", m);
    }

    /**
     * {@code sys.getsizeof}: what CPython 3.11 answers on a 64-bit machine for the builtin types
     * (Fora's own layout differs; programs print these numbers), {@code __sizeof__} for others.
     */
    private static Object sizeOf(Object v) {
        if (v instanceof io.fora.vm.runtime.PyInstance i && i.cls().lookup("__sizeof__") instanceof io.fora.vm.runtime.PyFunction f) {
            return Ops.call(f, i);
        }
        return layoutSize(v);
    }

    /** {@code object.__sizeof__}: {@link #sizeOf} without the header CPython's collector puts before its containers. */
    static long ownSize(Object v) {
        if (v instanceof io.fora.vm.runtime.PyInstance) return 24L;
        long n = layoutSize(v);
        boolean tracked = v instanceof PyTuple || v instanceof io.fora.vm.runtime.PyList || v instanceof io.fora.vm.runtime.PyDict
                || v instanceof io.fora.vm.runtime.PySet;
        return tracked ? n - 16 : n;
    }

    private static long layoutSize(Object v) {
        return switch (v) {
            case Boolean b -> 28L;
            case Long l -> l == 0 ? 28L : 24L + 4L * ((64 - Long.numberOfLeadingZeros(Math.abs(l == Long.MIN_VALUE ? l + 1 : l)) + 29) / 30);
            case java.math.BigInteger b -> 24L + 4L * ((b.abs().bitLength() + 29) / 30);
            case Double d -> 24L;
            case PyNone n -> 16L;
            case PyStr s -> {
                int max = 0;
                String t = s.value();
                for (int i = 0; i < t.length(); ) { int cp = t.codePointAt(i); max = Math.max(max, cp); i += Character.charCount(cp); }
                long n = s.length();
                yield max < 128 ? 49L + n : max < 256 ? 73L + n : max < 65536 ? 74L + 2 * n : 76L + 4 * n;
            }
            case io.fora.vm.runtime.PyBytes b -> b.isMutable() ? (b.size() == 0 ? 56L : 57L + b.size()) : 33L + b.size();
            case PyTuple t -> 40L + 8L * t.size();
            case io.fora.vm.runtime.PyList l -> 56L + 8L * ((l.size() + 3) & ~3);
            case io.fora.vm.runtime.PyDict d -> d.size() == 0 ? 64L : d.size() <= 5 ? 184L : d.size() <= 10 ? 272L : d.size() <= 21 ? 640L : 1168L;
            case io.fora.vm.runtime.PySet s -> s.size() < 5 ? 216L : s.size() < 19 ? 728L : s.size() < 77 ? 2264L : 8408L;
            case io.fora.vm.runtime.PyRange r -> 48L;
            default -> 56L;
        };
    }

    /** {@code importlib}: {@code import_module(name)}, the import statement as a function. */
    static PyModule importlib() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("import_module", new PyBuiltin("import_module", (a, kw) -> {
            Builtins.arity("import_module", a, 1, 2);
            if (!(a[0] instanceof PyStr name)) throw Errors.typeError("module name must be str, not " + Ops.typeName(a[0]));
            if (name.value().startsWith(".")) throw Errors.typeError("relative imports are not available in Fora");
            return Interpreter.current().importByName(name.value());
        }));
        return new PyModule("importlib", m);
    }

    /**
     * {@code traceback}: the text CPython prints for an exception (frames as file, line and
     * function, without source lines), from the exception being handled or one given.
     */
    static PyModule traceback() {
        Map<String, Object> m = new LinkedHashMap<>();
        java.util.function.Function<Object[], io.fora.vm.runtime.PyException> given = a -> {
            Object v = a.length == 0 ? PyNone.NONE : a.length >= 2 && a[1] instanceof io.fora.vm.runtime.PyException e ? e : a[0];
            if (v == PyNone.NONE) return null;
            if (v instanceof io.fora.vm.runtime.PyException e) return e;
            throw Errors.typeError("expected an exception, not '" + Ops.typeName(v) + "'");
        };
        java.util.function.Function<io.fora.vm.runtime.PyException, String> text =
                e -> e == null ? "NoneType: None\n" : io.fora.vm.Traceback.format(e, Interpreter.current().programSource());
        m.put("format_exc", new PyBuiltin("format_exc", (a, kw) -> PyStr.of(text.apply(Interpreter.current().handledException()))));
        m.put("print_exc", new PyBuiltin("print_exc", (a, kw) -> {
            writeError(text.apply(Interpreter.current().handledException()));
            return PyNone.NONE;
        }));
        m.put("format_exception", new PyBuiltin("format_exception", (a, kw) -> lines(text.apply(given.apply(a)))));
        m.put("print_exception", new PyBuiltin("print_exception", (a, kw) -> {
            writeError(text.apply(given.apply(a)));
            return PyNone.NONE;
        }));
        m.put("format_exception_only", new PyBuiltin("format_exception_only", (a, kw) -> {
            io.fora.vm.runtime.PyException e = given.apply(a);
            if (e == null) return lines("NoneType: None\n");
            StringBuilder sb = new StringBuilder(io.fora.vm.Traceback.lastLine(e)).append('\n');
            io.fora.vm.Traceback.notes(e, sb);
            return lines(sb.toString());
        }));
        // the line of the program's source a traceback entry names ('' when not known), for traceback.py
        m.put("source_line", new PyBuiltin("source_line", (a, kw) -> {
            io.fora.vm.diag.SourceFile src = Interpreter.current().programSource();
            if (src == null || !(a[0] instanceof PyStr f) || !f.value().equals(src.name()) || !(a[1] instanceof Long n)) return PyStr.EMPTY;
            try {
                return PyStr.of(src.line(n.intValue()));
            } catch (RuntimeException outside) {
                return PyStr.EMPTY;
            }
        }));
        // stack(True): None when compiled code runs activations that have no frame
        m.put("stack", new PyBuiltin("stack", (a, kw) -> Interpreter.current().stackEntries(a.length > 0 && Ops.isTrue(a[0]))));
        return new PyModule("_fora_traceback", m);
    }

    private static io.fora.vm.runtime.PyList lines(String text) {
        java.util.List<Object> out = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(PyStr.of(text.substring(start, i + 1)));
                start = i + 1;
            }
        }
        if (start < text.length()) out.add(PyStr.of(text.substring(start)));
        return io.fora.vm.runtime.PyList.of(out.toArray());
    }

    /** {@code sys}: read-only facts about the interpreter, the two output streams, the recursion limit. */
    static PyModule sys() {
        // sys.modules is the running computation's own (Interpreter#sysModules)
        final class SysAttrs extends LinkedHashMap<String, Object> implements PyModule.Settable {
            @Override public Object get(Object key) {
                if (!(key instanceof String k)) return null;
                return switch (k) {
                    case "modules" -> Interpreter.current().sysModules();
                    case "argv" -> Interpreter.current().argv();
                    // sys.stdout = buffer: print and sys.stdout.write go there (as redirect_stdout)
                    case "stdout", "stderr" -> Interpreter.current().redirected(k.equals("stderr")) instanceof Object o ? o : super.get(k);
                    default -> super.get(k);
                };
            }

            @Override public boolean set(String name, Object value) {
                if (!name.equals("stdout") && !name.equals("stderr")) return false;
                boolean err = name.equals("stderr");
                Interpreter.current().redirect(err, value == super.get(name) ? null : value);
                return true;
            }
        }
        Map<String, Object> m = new SysAttrs();
        m.put("modules", PyNone.NONE);
        m.put("maxsize", Long.MAX_VALUE);
        m.put("getsizeof", new PyBuiltin("getsizeof", (a, kw) -> {
            Builtins.arity("getsizeof", a, 1, 2);
            return sizeOf(a[0]);
        }));
        m.put("maxunicode", 0x10FFFFL);
        m.put("byteorder", PyStr.of("little"));
        m.put("platform", PyStr.of("linux"));
        m.put("version", PyStr.of("3.11.7 (Fora)"));
        m.put("version_info", StructSeq.of(StructSeq.make("sys", "version_info", "sys.version_info", "major", "minor", "micro",
                "releaselevel", "serial"), 3L, 11L, 7L, PyStr.of("final"), 0L));
        m.put("hexversion", 0x030B07F0L);
        m.put("float_repr_style", PyStr.of("short"));
        m.put("argv", PyNone.NONE);
        m.put("stdout", STDOUT);
        m.put("stderr", STDERR);
        m.put("__stdout__", STDOUT);
        m.put("__stderr__", STDERR);
        m.put("float_info", StructSeq.of(StructSeq.make("sys", "float_info", "sys.float_info", "max", "max_exp", "max_10_exp",
                "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"),
                Double.MAX_VALUE, 1024L, 308L, Double.MIN_NORMAL, -1021L, -307L, 15L, 53L, Math.ulp(1.0), 2L, 1L));
        m.put("int_info", StructSeq.of(StructSeq.make("sys", "int_info", "sys.int_info", "bits_per_digit", "sizeof_digit",
                "default_max_str_digits", "str_digits_check_threshold"), 30L, 4L, 4300L, 640L));
        m.put("hash_info", StructSeq.of(StructSeq.make("sys", "hash_info", "sys.hash_info", "width", "modulus", "inf", "nan",
                "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"), 64L, (1L << 61) - 1, 314159L, 0L, 1000003L,
                PyStr.of("siphash13"), 64L, 128L, 0L));
        m.put("getdefaultencoding", new PyBuiltin("getdefaultencoding", (a, kw) -> PyStr.of("utf-8")));
        m.put("getfilesystemencoding", new PyBuiltin("getfilesystemencoding", (a, kw) -> PyStr.of("utf-8")));
        // the flags of a plain `python3 FILE.py` run
        m.put("flags", StructSeq.of(StructSeq.make("sys", "flags", "sys.flags", "debug", "inspect", "interactive", "optimize",
                "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
                "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"),
                0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 0L, false, 0L, 0L, false, -1L));
        m.put("implementation", StructSeq.of(StructSeq.make("sys", "implementation", "sys.implementation", "name", "cache_tag",
                "version", "hexversion"), PyStr.of("fora"), PyNone.NONE, m.get("version_info"), 0x030B07F0L));
        m.put("getrecursionlimit", new PyBuiltin("getrecursionlimit", (a, kw) -> (long) Interpreter.current().recursionLimit()));
        m.put("setrecursionlimit", new PyBuiltin("setrecursionlimit", (a, kw) -> {
            Builtins.arity("setrecursionlimit", a, 1, 1);
            long n = Ops.index(a[0]);
            if (n < 1) throw Errors.valueError("recursion limit must be greater or equal than 1");
            Interpreter.current().setRecursionLimit((int) Math.min(n, 10_000_000));
            return PyNone.NONE;
        }));
        m.put("intern", new PyBuiltin("intern", (a, kw) -> a[0]));
        m.put("exc_info", new PyBuiltin("exc_info", (a, kw) -> {
            io.fora.vm.runtime.PyException e = Interpreter.current().handledException();
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE) : PyTuple.of(e.cls(), e, io.fora.vm.runtime.Tracebacks.of(e));
        }));
        m.put("exception", new PyBuiltin("exception", (a, kw) -> {
            io.fora.vm.runtime.PyException e = Interpreter.current().handledException();
            return e == null ? PyNone.NONE : e;
        }));
        m.put("get_int_max_str_digits", new PyBuiltin("get_int_max_str_digits", (a, kw) -> (long) Interpreter.current().intMaxStrDigits()));
        m.put("set_int_max_str_digits", new PyBuiltin("set_int_max_str_digits", (a, kw) -> {
            Object[] p = (kw == null ? io.fora.vm.runtime.Kwargs.NONE : kw).bind("set_int_max_str_digits", a, "maxdigits");
            if (p[0] == null) throw Errors.typeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            long n = Ops.index(p[0]);
            if (n != 0 && (n < 640 || n > Integer.MAX_VALUE)) throw Errors.valueError("maxdigits must be 0 or larger than 640");
            Interpreter.current().setIntMaxStrDigits((int) n);
            return PyNone.NONE;
        }));
        m.put("exit", new PyBuiltin("exit", (a, kw) -> {
            throw Errors.of(io.fora.vm.runtime.Types.SYSTEM_EXIT, a.length > 0 ? a[0] : PyNone.NONE);
        }));
        return new PyModule("sys", m);
    }
}

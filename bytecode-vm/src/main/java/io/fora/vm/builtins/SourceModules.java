// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.Hashing;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyCell;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pure standard modules written in Python ({@code functools}, {@code itertools}, {@code operator},
 * {@code typing}, {@code string}, {@code bisect}, {@code collections}): their sources are resources
 * under {@code io/fora/vm/lib/}, compiled and run once per JVM on first import, under the same
 * purity rules as user code. What pure Python cannot express (a memo table for
 * {@code functools.cache}) is added from Java.
 */
final class SourceModules {
    private SourceModules() {}

    private static final Set<String> BUILT_IN = Set.of("functools", "itertools", "operator", "typing", "string", "bisect", "collections",
            "random", "heapq", "copy", "json", "textwrap", "io", "array", "collections.abc", "pprint", "enum",
            "statistics", "fractions", "abc", "struct", "hashlib", "hmac", "datetime", "logging", "argparse", "decimal", "pickle", "copyreg", "warnings", "contextlib", "types", "numbers", "csv", "fnmatch", "graphlib",
            "keyword", "colorsys", "html", "shlex", "urllib", "urllib.parse", "asyncio", "os.path", "calendar", "difflib", "reprlib", "inspect", "weakref", "errno",
            "xml", "xml.etree", "xml.etree.ElementTree", "tomllib", "queue", "ast", "codecs", "uuid", "traceback", "platform", "pickletools", "configparser");

    static final Set<String> NAMES = libraryNames();

    private static Set<String> libraryNames() {
        Set<String> names = new java.util.HashSet<>();
        for (String n : BUILT_IN) if (SourceModules.class.getResource("/io/fora/vm/lib/" + n + ".py") != null) names.add(n);
        String dir = System.getenv("FORA_LIB_DIR");
        if (dir != null) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(dir))) {
                files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".py"))
                        .forEach(f -> names.add(f.substring(0, f.length() - 3)));
            } catch (IOException | RuntimeException ignored) {
                // no such directory: the built-in modules only
            }
        }
        return Set.copyOf(names);
    }



    /** One shared instance per module (what a serialised computation's module names resolve to). */
    private static final Map<String, java.util.concurrent.CompletableFuture<PyModule>> LOADED = new ConcurrentHashMap<>();
    private static final Map<String, ForaVm.Program> PROGRAMS = new ConcurrentHashMap<>();

    /** The shared instance of the module, loaded on first use; null for a name that is not one of these modules. */
    static PyModule get(String name) {
        if (!NAMES.contains(name)) return null;
        java.util.concurrent.CompletableFuture<PyModule> mine = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.CompletableFuture<PyModule> f = LOADED.putIfAbsent(name, mine);
        if (f == null) {
            f = mine;
            // on a thread of its own, so that the importing interpreter's state stays as it is
            Thread t = new Thread(null, () -> {
                try {
                    // shared by every computation that resolves the name: fixed
                    PyModule shared = instantiate(name, new ConcurrentHashMap<>(), ForaVm.DEFAULT_RECURSION_LIMIT,
                            io.fora.vm.parallel.Parallelism.SEQUENTIAL);
                    mine.complete(new PyModule(name, java.util.Collections.unmodifiableMap(shared.attrs())));
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                }
            }, "fora-lib-" + name, 1L << 26);
            t.start();
        }
        try {
            return f.join();
        } catch (java.util.concurrent.CompletionException e) {
            LOADED.remove(name, f);
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /**
     * A new instance of the module for one computation: its body runs on the calling thread, in
     * an interpreter that shares the computation's table of modules, so state such as random's
     * generator belongs to the computation (runs are reproducible and nothing leaks between them).
     */
    public static PyModule instantiate(String name, Map<String, PyModule> modules, int recursionLimit,
                                       io.fora.vm.parallel.Parallelism parallelism) {
        if (!NAMES.contains(name)) return null;
        ForaVm.Program program = PROGRAMS.computeIfAbsent(name, SourceModules::compile);
        Globals globals = new Globals(name, Builtins.builtins());
        Interpreter interpreter = new Interpreter(recursionLimit, null, parallelism);
        interpreter.shareModules(modules);
        interpreter.markImporting();
        try {
            interpreter.runModule(program.code(), globals);
        } catch (RuntimeException e) {
            throw new IllegalStateException("library module " + name + " failed to load", e);
        }
        if (name.equals("platform")) globals.cell("_machine").value = MACHINE;
        return moduleOf(name, globals);
    }

    /** platform's _machine(): the JVM's processor architecture, as CPython's platform.machine() names it. */
    private static final PyBuiltin MACHINE = Builtins.fn("_machine", (a, kw) -> {
        Builtins.arity("_machine", a, 0, 0);
        String arch = System.getProperty("os.arch", "");
        return io.fora.vm.runtime.PyStr.of(switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            case "x86", "i386", "i686" -> "i686";
            default -> arch;
        });
    });

    private static ForaVm.Program compile(String name) {
        String source = source(name);
        // the code compiled when Fora was built (see LibraryArchiver), when it is for this source
        long crc = crc(source);
        try (InputStream in = SourceModules.class.getResourceAsStream(ARCHIVES + name + ".fcode")) {
            io.fora.vm.compile.CodeArchive.Module m = in == null ? null : io.fora.vm.compile.CodeArchive.read(in.readAllBytes(), crc);
            if (m != null) return new ForaVm.Program(new io.fora.vm.diag.SourceFile(name + ".py", source), m.code(), m.boundNames());
        } catch (IOException e) {
            // unreadable: compiled from the source below
        }
        try {
            return ForaVm.compile(name + ".py", source);
        } catch (ForaVm.CompileError e) {
            throw new IllegalStateException("library module " + name + " does not compile: " + e.getMessage(), e);
        }
    }

    private static final String ARCHIVES = "/io/fora/vm/lib/";

    /** The module's source: FORA_LIB_DIR's NAME.py (a directory that replaces built-in modules, for working on the library) or the resource. */
    private static String source(String name) {
        String dir = System.getenv("FORA_LIB_DIR");
        java.nio.file.Path override = dir == null ? null : java.nio.file.Path.of(dir, name + ".py");
        try {
            if (override != null && java.nio.file.Files.exists(override)) return java.nio.file.Files.readString(override, StandardCharsets.UTF_8);
            String text = resource(name);
            if (text == null) throw new IllegalStateException("missing library module " + name);
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read library module " + name, e);
        }
    }

    /** The built-in module's source, or null when there is none. */
    private static String resource(String name) throws IOException {
        try (InputStream in = SourceModules.class.getResourceAsStream(ARCHIVES + name + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long crc(String source) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(source.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /**
     * Writes the archive of each built-in library module's compiled code to {@code dir}/NAME.fcode
     * (run when Fora is built); returns how many.
     */
    static int archive(java.nio.file.Path dir) throws IOException, ForaVm.CompileError {
        java.nio.file.Files.createDirectories(dir);
        int n = 0;
        for (String name : new java.util.TreeSet<>(BUILT_IN)) {
            String text = resource(name);
            if (text == null) continue;
            ForaVm.Program p = ForaVm.compile(name + ".py", text);
            java.nio.file.Files.write(dir.resolve(name + ".fcode"), io.fora.vm.compile.CodeArchive.write(crc(text), p.code(), p.boundNames()));
            n++;
        }
        return n;
    }

    private static PyModule moduleOf(String name, Globals globals) {
        Map<String, Object> attrs = new PyModule.OwnAttrs();
        for (Map.Entry<String, PyCell> e : globals.cells().entrySet()) {
            if (e.getValue().value != null && !e.getKey().equals("__builtins__")) attrs.put(e.getKey(), e.getValue().value);
        }
        attrs.put("__name__", io.fora.vm.runtime.PyStr.of(name));
        if (name.equals("functools")) {
            attrs.put("cache", Builtins.fn("cache", (a, kw) -> {
                Builtins.arity("cache", a, 1, 1);
                return LruCache.cache(a[0]);
            }));
            attrs.put("lru_cache", Builtins.fn("lru_cache", LruCache::lruCache));
        }
        if (name.equals("functools")) attrs.put("total_ordering", Builtins.fn("total_ordering", (a, kw) -> {
            Builtins.arity("total_ordering", a, 1, 1);
            return totalOrdering(a[0]);
        }));
        return new PyModule(name, attrs);
    }

    private static final String[] ORDERINGS = {"__lt__", "__le__", "__gt__", "__ge__"};

    /** CPython's functools.total_ordering: the missing comparisons derived from the root one. */
    private static Object totalOrdering(Object c) {
        if (!(c instanceof io.fora.vm.runtime.PyClass cls)) throw Errors.typeError("total_ordering() expects a class");
        java.util.List<String> roots = new java.util.ArrayList<>();
        for (String op : ORDERINGS) {
            Object mine = cls.lookup(op);
            if (mine != null && mine != io.fora.vm.runtime.Types.OBJECT.lookup(op)) roots.add(op);
        }
        if (roots.isEmpty()) throw Errors.valueError("must define at least one ordering operation: < > <= >=");
        String root = java.util.Collections.max(roots);
        for (String op : ORDERINGS) {
            if (roots.contains(op)) continue;
            cls.define(op, Builtins.fn(op, (b, kw) -> {
                Builtins.arity(op, b, 2, 2);
                Object self = b[0], other = b[1];
                Object r = Ops.call(io.fora.vm.runtime.Types.typeOf(self).lookup(root), self, other);
                if (r == PyNone.NOT_IMPLEMENTED) return r;
                boolean t = Ops.isTrue(r);
                return derived(root, op, t, self, other);
            }));
        }
        return cls;
    }

    /** The table of functools: each derived comparison from the root's answer t. */
    private static boolean derived(String root, String op, boolean t, Object self, Object other) {
        return switch (root + op) {
            case "__lt____gt__" -> !t && !Ops.eq(self, other);
            case "__lt____le__" -> t || Ops.eq(self, other);
            case "__lt____ge__" -> !t;
            case "__le____ge__" -> !t || Ops.eq(self, other);
            case "__le____lt__" -> t && !Ops.eq(self, other);
            case "__le____gt__" -> !t;
            case "__gt____lt__" -> !t && !Ops.eq(self, other);
            case "__gt____ge__" -> t || Ops.eq(self, other);
            case "__gt____le__" -> !t;
            case "__ge____le__" -> !t || Ops.eq(self, other);
            case "__ge____gt__" -> t && !Ops.eq(self, other);
            default -> !t; // __ge__ -> __lt__
        };
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.builtins.math.MathModule;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Hashing;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyRange;
import io.fora.vm.runtime.PySet;
import io.fora.vm.runtime.PySlice;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import io.fora.vm.runtime.format.Numbers;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtins module: functions, types and exceptions visible to every program, and the
 * methods of builtin types. Built once; every value here is immutable and shared.
 */
public final class Builtins {
    private Builtins() {}

    private static final Map<String, Object> BUILTINS = new LinkedHashMap<>();
    private static final Map<String, PyModule> MODULES = new HashMap<>();
    /** Every builtin function by a stable key, so serialised computations can name them. */
    private static final Map<String, PyBuiltin> REGISTRY = new HashMap<>();
    private static final Map<PyBuiltin, String> KEYS = new java.util.IdentityHashMap<>();

    static {
        TypeMethods.install();
        StrMethods.install(Types.STR);
        StrTranslate.install(Types.STR);
        MethodSignatures.install(Types.STR);
        // generators, coroutines (async def) and the iterators coroutine.__await__() returns
        for (PyClass c : new PyClass[] {Types.GENERATOR, Types.COROUTINE, Types.COROUTINE_WRAPPER}) {
            c.define("send", fn("send", (a, kw) -> {
                methodArity("send", a, 1, 1);
                return io.fora.vm.interp.PyGenerator.driven(a[0]).send(a[1]);
            }));
            c.define("throw", fn("throw", (a, kw) -> {
                methodArity("throw", a, 1, 3);
                return io.fora.vm.interp.PyGenerator.driven(a[0]).throwIn(a[1], a.length > 2 ? a[2] : null);
            }));
            c.define("close", fn("close", (a, kw) -> {
                io.fora.vm.interp.PyGenerator.driven(a[0]).close();
                return PyNone.NONE;
            }));
            if (c != Types.COROUTINE) c.define("__next__", fn("__next__", (a, kw) -> io.fora.vm.interp.PyGenerator.driven(a[0]).send(PyNone.NONE)));
        }
        // the iterators over sequences say how much remains (operator.length_hint, list(it) sizing)
        for (PyClass c : new PyClass[] {Types.LIST_ITERATOR, Types.TUPLE_ITERATOR, Types.RANGE_ITERATOR, Types.STR_ASCII_ITERATOR,
                Types.STR_ITERATOR, Types.BYTES_ITERATOR, Types.LIST_REVERSEITERATOR, Types.BYTEARRAY_ITERATOR, Types.LONGRANGE_ITERATOR,
                Types.DICT_REVERSEKEYITERATOR, Types.DICT_REVERSEVALUEITERATOR, Types.DICT_REVERSEITEMITERATOR}) {
            c.define("__length_hint__", fn("__length_hint__", (a, kw) -> {
                methodArity("__length_hint__", a, 0, 0);
                long n = a[0] instanceof io.fora.vm.runtime.SplittableIter it ? it.splitLength()
                        : a[0] instanceof io.fora.vm.runtime.Iterators.Remaining r ? r.remaining() : -1;
                if (n < 0) throw Errors.typeError("'" + Ops.typeName(a[0]) + "' object has no length hint here");
                return n;
            }));
        }
        // what inspect.getgeneratorstate and a generator's repr read: its names, running,
        // suspended, and a frame (None once it has finished; one whose insides cannot be read)
        PyClass frame = PyClass.builtin("frame", Types.OBJECT);
        for (String[] names : new String[][] {{"gi_running", "gi_suspended", "gi_frame", "gi_code", "gi_yieldfrom"},
                {"cr_running", "cr_suspended", "cr_frame", "cr_code", "cr_await"}}) {
            PyClass c = names[0].startsWith("gi") ? Types.GENERATOR : Types.COROUTINE;
            c.define(names[4], new io.fora.vm.runtime.PyDescriptors.Property(fn(names[4], (a, kw) -> {
                Object from = ((io.fora.vm.interp.PyGenerator) a[0]).yieldingFrom();
                return from == null ? PyNone.NONE : from;
            })));
            c.define(names[3], new io.fora.vm.runtime.PyDescriptors.Property(fn(names[3], (a, kw) -> {
                return Ops.codeObject(((io.fora.vm.interp.PyGenerator) a[0]).code());
            })));
            c.define("__name__", new io.fora.vm.runtime.PyDescriptors.Property(fn("__name__", (a, kw) ->
                    PyStr.of(((io.fora.vm.interp.PyGenerator) a[0]).code().name))));
            c.define("__qualname__", new io.fora.vm.runtime.PyDescriptors.Property(fn("__qualname__", (a, kw) -> {
                io.fora.vm.compile.CodeObject code = ((io.fora.vm.interp.PyGenerator) a[0]).code();
                return PyStr.of(code.qualname == null ? code.name : code.qualname);
            })));
            c.define(names[0], new io.fora.vm.runtime.PyDescriptors.Property(fn(names[0], (a, kw) -> ((io.fora.vm.interp.PyGenerator) a[0]).isRunning())));
            c.define(names[1], new io.fora.vm.runtime.PyDescriptors.Property(fn(names[1], (a, kw) -> ((io.fora.vm.interp.PyGenerator) a[0]).isSuspended())));
            c.define(names[2], new io.fora.vm.runtime.PyDescriptors.Property(fn(names[2], (a, kw) ->
                    ((io.fora.vm.interp.PyGenerator) a[0]).isFinished() ? PyNone.NONE : new io.fora.vm.runtime.PyInstance(frame))));
        }
        Types.COROUTINE.define("__await__", fn("__await__", (a, kw) -> {
            methodArity("__await__", a, 0, 0);
            return new io.fora.vm.interp.CoroutineWrapper((io.fora.vm.interp.PyGenerator) a[0]);
        }));
        asyncGenerators();
        for (PyClass c : new PyClass[] {Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.INT,
                Types.FLOAT, Types.RANGE}) {
            // list.sort(key=, reverse=) and dict.update(**kw) take keywords
            MethodSignatures.noKeywords(c, c == Types.LIST ? java.util.Set.of("sort") : c == Types.DICT ? java.util.Set.of("update") : java.util.Set.of());
        }
        Constructors.install();
        BuiltinFunctions.install(BUILTINS);
        // map, zip, filter, enumerate and reversed are classes, as in CPython (isinstance(x, map), class M(map))
        for (PyClass c : new PyClass[] {Types.MAP, Types.ZIP, Types.FILTER, Types.ENUMERATE, Types.REVERSED}) {
            PyBuiltin made = (PyBuiltin) BUILTINS.get(c.name());
            c.withConstructor((cls, a, kw) -> made.call(a, kw));
            BUILTINS.put(c.name(), c);
        }
        WorldBuiltins.install(BUILTINS);
        DataSetBuiltins.install(BUILTINS);
        for (PyClass c : new PyClass[] {Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.FLOAT, Types.STR,
                Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.RANGE, Types.SLICE,
                Types.PROPERTY, Types.STATICMETHOD, Types.CLASSMETHOD, Types.SUPER, Types.COMPLEX}) {
            BUILTINS.put(c.name(), c);
        }
        BUILTINS.putAll(Types.EXCEPTIONS);
        BUILTINS.put("xrange", Types.RANGE);
        BytesMethods.install();
        MethodSignatures.valueArguments(Types.STR, java.util.Set.of("format", "format_map", "join", "partition", "rpartition", "__mod__", "__rmod__"));
        for (PyClass c : new PyClass[] {Types.INT, Types.FLOAT, Types.COMPLEX, Types.BYTES, Types.BYTEARRAY}) {
            MethodSignatures.valueArguments(c, java.util.Set.of("join", "__mod__", "__rmod__"));
        }
        BUILTINS.put("bytes", Types.BYTES);
        BUILTINS.put("bytearray", Types.BYTEARRAY);
        BUILTINS.put("memoryview", Types.MEMORYVIEW);
        BUILTINS.put("NotImplemented", PyNone.NOT_IMPLEMENTED);
        BUILTINS.put("Ellipsis", PyNone.ELLIPSIS);
        BUILTINS.put("__name__", PyStr.of("__main__"));
        BUILTINS.put("__debug__", Boolean.TRUE);
        PyModule math = MathModule.create();
        MODULES.put("math", math);
        MODULES.put("cmath", CmathModule.create());
        MODULES.put("dataclasses", Dataclasses.create());
        MODULES.put("sys", WorldBuiltins.sys());
        MODULES.put("gc", WorldBuiltins.gc());
        MODULES.put("importlib", WorldBuiltins.importlib());
        MODULES.put("_fora_traceback", WorldBuiltins.traceback());
        MODULES.put("_fora_mt", MersenneTwister.create());
        MODULES.put("builtins", new PyModule("builtins", new BuiltinsModuleAttrs()));
        BUILTINS.put("__builtins__", MODULES.get("builtins")); // __main__'s __builtins__ is the module
        MODULES.put("re", io.fora.vm.builtins.re.ReModule.create());
        MODULES.put("_struct", StructModule.create());
        MODULES.put("binascii", BinaryModules.binascii());
        MODULES.put("zlib", BinaryModules.zlib());
        MODULES.put("_json", JsonSpeedups.create());
        MODULES.put("_itertools", Combinatorics.create());
        MODULES.put("_fora_collections", CollectionsSpeedups.create());
        MODULES.put("unicodedata", UnicodedataModule.create());
        MODULES.put("_ast", AstModule.create());
        MODULES.put("base64", BinaryModules.base64());
        MODULES.put("_hashlib", BinaryModules.hashlib());
        // CPython's argument counts and messages for the methods of the builtin types
        for (PyClass c : new PyClass[] {Types.LIST, Types.TUPLE, Types.DICT, Types.SET, Types.FROZENSET, Types.INT,
                Types.FLOAT, Types.RANGE, Types.BYTES, Types.BYTEARRAY, Types.COMPLEX}) {
            io.fora.vm.runtime.BuiltinSignatures.install(c);
        }
        io.fora.vm.runtime.BuiltinSignatures.installFunctions(BUILTINS);
        // len.__module__ is 'builtins', math.sqrt.__module__ 'math'
        for (Object v : BUILTINS.values()) if (v instanceof io.fora.vm.runtime.PyBuiltin b) b.inModule("builtins");
        MODULES.forEach((n, mod) -> mod.attrs().values().forEach(v -> {
            if (v instanceof io.fora.vm.runtime.PyBuiltin b) b.inModule(n);
        }));
        registerAll();
    }

    /** Where sys.stderr writes go for programs run by this process (null: dropped). */
    public static void errorSink(java.util.function.Consumer<String> sink) { WorldBuiltins.errorSink(sink); }

    /** The builtins every module sees (read-only). */
    public static Map<String, Object> builtins() { return Collections.unmodifiableMap(BUILTINS); }

    /** A pure module by name, or null. */
    /** True for a module Fora provides (in Java or as a library source). */
    public static boolean hasModule(String name) { return MODULES.containsKey(name) || SourceModules.NAMES.contains(name); }

    /** A module written in Java (shared: it holds no state), or null. */
    public static PyModule javaModule(String name) { return MODULES.get(name); }

    /** A new instance of a library module written in Python for one computation, or null. */
    public static PyModule sourceModule(String name, Map<String, PyModule> modules, int recursionLimit,
                                        io.fora.vm.parallel.Parallelism parallelism) {
        return SourceModules.instantiate(name, modules, recursionLimit, parallelism);
    }

    public static PyModule module(String name) {
        PyModule m = MODULES.get(name);
        if (m == null) m = SourceModules.get(name);
        if (m == null && name.contains(".")) {
            // import a.b: the submodule is an attribute of its package
            int dot = name.lastIndexOf('.');
            PyModule parent = module(name.substring(0, dot));
            if (parent != null && parent.attrs().get(name.substring(dot + 1)) instanceof PyModule sub) m = sub;
        }
        return m;
    }

    /**
     * The builtins module's attributes: the builtins, live and fixed, with its own name (the
     * builtins' {@code __name__} is the one a program's module falls back to, {@code __main__}).
     */
    private static final class BuiltinsModuleAttrs extends java.util.AbstractMap<String, Object> {
        /** Names the parser makes constants, which CPython's builtins module still has. */
        private static final Map<String, Object> CONSTANTS = Map.of("None", io.fora.vm.runtime.PyNone.NONE, "True", Boolean.TRUE, "False", Boolean.FALSE);

        @Override public Object get(Object key) {
            if ("__name__".equals(key)) return PyStr.of("builtins");
            Object v = CONSTANTS.get(key);
            return v != null ? v : BUILTINS.get(key);
        }

        @Override public boolean containsKey(Object key) { return CONSTANTS.containsKey(key) || BUILTINS.containsKey(key); }

        @Override public java.util.Set<Entry<String, Object>> entrySet() {
            Map<String, Object> all = new java.util.LinkedHashMap<>(BUILTINS);
            all.putAll(CONSTANTS);
            all.put("__name__", PyStr.of("builtins"));
            return Collections.unmodifiableMap(all).entrySet();
        }
    }

    public static PyBuiltin byKey(String key) { return REGISTRY.get(key); }

    public static String keyOf(PyBuiltin b) { return KEYS.get(b); }

    /** The methods of async generators and of the awaitables their methods return. */
    private static void asyncGenerators() {
        PyClass agen = Types.ASYNC_GENERATOR;
        agen.define("__aiter__", fn("__aiter__", (a, kw) -> a[0]));
        agen.define("__anext__", fn("__anext__", (a, kw) -> io.fora.vm.interp.AsyncGenerators.anext((io.fora.vm.interp.PyGenerator) a[0])));
        agen.define("asend", fn("asend", (a, kw) -> {
            methodArity("asend", a, 1, 1);
            return io.fora.vm.interp.AsyncGenerators.asend((io.fora.vm.interp.PyGenerator) a[0], a[1]);
        }));
        agen.define("athrow", fn("athrow", (a, kw) -> {
            methodArity("athrow", a, 1, 3);
            return io.fora.vm.interp.AsyncGenerators.athrow((io.fora.vm.interp.PyGenerator) a[0], a[1], a.length > 2 ? a[2] : null);
        }));
        agen.define("aclose", fn("aclose", (a, kw) -> io.fora.vm.interp.AsyncGenerators.aclose((io.fora.vm.interp.PyGenerator) a[0])));
        for (PyClass c : new PyClass[] {Types.ASYNC_GENERATOR_ASEND, Types.ASYNC_GENERATOR_ATHROW, Types.ANEXT_AWAITABLE}) {
            c.define("__await__", fn("__await__", (a, kw) -> a[0]));
            c.define("__iter__", fn("__iter__", (a, kw) -> a[0]));
            c.define("__next__", fn("__next__", (a, kw) -> ((io.fora.vm.interp.AsyncGenerators.Sendable) a[0]).send(PyNone.NONE)));
            c.define("send", fn("send", (a, kw) -> {
                methodArity("send", a, 1, 1);
                return ((io.fora.vm.interp.AsyncGenerators.Sendable) a[0]).send(a[1]);
            }));
            c.define("throw", fn("throw", (a, kw) -> {
                methodArity("throw", a, 1, 3);
                return ((io.fora.vm.interp.AsyncGenerators.Sendable) a[0]).throwIn(a[1], a.length > 2 ? a[2] : null);
            }));
            c.define("close", fn("close", (a, kw) -> {
                ((io.fora.vm.interp.AsyncGenerators.Sendable) a[0]).close();
                return PyNone.NONE;
            }));
        }
    }

    private static void registerAll() {
        BUILTINS.forEach((k, v) -> { if (v instanceof PyBuiltin b) register("builtins." + k, b); });
        for (PyClass c : PyClass.allBuiltins()) {
            c.dict().forEach((k, v) -> { if (v instanceof PyBuiltin b) register(c.builtinKey() + "." + k, b); });
        }
        MODULES.forEach((m, mod) -> mod.attrs().forEach((k, v) -> { if (v instanceof PyBuiltin b) register(m + "." + k, b); }));
    }

    private static void register(String key, PyBuiltin b) {
        if (!KEYS.containsKey(b)) {
            REGISTRY.put(key, b);
            KEYS.put(b, key);
        }
    }

    /** {@code ascii()}: repr with non-ASCII characters escaped. */
    public static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) sb.append((char) cp);
            else if (cp <= 0xff) sb.append(String.format("\\x%02x", cp));
            else if (cp <= 0xffff) sb.append(String.format("\\u%04x", cp));
            else sb.append(String.format("\\U%08x", cp));
        });
        return sb.toString();
    }

    // ---- helpers shared by the builtin units ----

    static PyBuiltin fn(String name, PyBuiltin.Body body) { return new PyBuiltin(name, body); }

    static void arity(String name, Object[] args, int min, int max) {
        if (args.length < min || args.length > max) {
            if (min == max && min == 1) {
                throw Errors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
            }
            if (min == max) {
                throw Errors.typeError(name + " expected " + min + " arguments, got " + args.length);
            }
            if (args.length < min) {
                throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + args.length);
            }
            throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    static void noKw(String name, Kwargs kw) {
        if (!kw.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    static PySet toSet(Object iterable, boolean frozen) { return PySet.from(iterable, frozen); }

    /** Arity of a method, counted as Python counts it: without self. */
    static void methodArity(String name, Object[] args, int min, int max) {
        int n = args.length - 1;
        if (n >= min && n <= max) return;
        if (min == max) {
            throw Errors.typeError(name + "() takes exactly " + (min == 0 ? "no arguments" : min == 1 ? "one argument" : min + " arguments")
                    + " (" + n + " given)");
        }
        if (n < min) throw Errors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        throw Errors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    static PyDict toDict(Object[] args, Kwargs kw) {
        PyDict d = new PyDict();
        if (args.length > 1) throw Errors.typeError("dict expected at most 1 argument, got " + args.length);
        if (args.length == 1) {
            Object src = args[0];
            // a dict subclass that keeps dict's __iter__ is copied as the dict it is, as CPython's dict_merge (its keys() and __getitem__ unused)
            if (src instanceof PyInstance i && PyInstance.unwrap(i, "__iter__") instanceof PyDict base) src = base;
            if (src instanceof PyClass c && c.isBuiltin() && c.lookup("keys") != null) {
                // dict(dict): a class with keys() is taken for a mapping, and its unbound keys() needs an argument
                throw Errors.typeError("unbound method " + c.name() + ".keys() needs an argument");
            }
            if (src instanceof PyDict other) {
                for (int i = 0; i < other.size(); i++) d.put(other.keyAt(i), other.valueAt(i));
            } else if (!(src instanceof PyInstance i && Ops.eachMappingItem(i, d::put))) {
                PyIter it = Ops.iter(src);
                int n = 0;
                for (Object x = it.next(); x != null; x = it.next(), n++) {
                    Object[] pair;
                    if (x instanceof PyTuple t) pair = t.items();
                    else if (x instanceof PyList l) pair = l.toArray();
                    else if (x instanceof PyStr || x instanceof PyInstance || x instanceof PyIter) pair = Iterators.toArray(x);
                    else throw Errors.typeError("cannot convert dictionary update sequence element #" + n + " to a sequence");
                    if (pair.length != 2) {
                        throw Errors.valueError("dictionary update sequence element #" + n + " has length " + pair.length + "; 2 is required");
                    }
                    d.put(pair[0], pair[1]);
                }
            }
        }
        for (int i = 0; i < kw.size(); i++) d.put(PyStr.of(kw.names()[i]), kw.values()[i]);
        return d;
    }

    static Object intOf(Object[] args, Kwargs kw) {
        kw.allowOnly("int", "base");
        if (args.length > 2) throw Errors.typeError("int() takes at most 2 arguments (" + args.length + " given)");
        Object baseArg = kw.get("base");
        if (args.length > 1) baseArg = args[1];
        if (args.length == 0) return 0L;
        Object v = io.fora.vm.runtime.PyInstance.unwrap(args[0], "__int__");
        if (baseArg != null) {
            if (v instanceof io.fora.vm.runtime.PyBytes bytes) v = PyStr.of(bytes.latin1());
            if (!(v instanceof PyStr s)) throw Errors.typeError("int() can't convert non-string with explicit base");
            long base = Ops.index(baseArg);
            if ((base != 0 && base < 2) || base > 36) throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            return Numbers.parseInt(s, (int) base);
        }
        return switch (v) {
            case Long l -> l;
            case Boolean b -> b ? 1L : 0L;
            case BigInteger b -> b;
            case Double d -> io.fora.vm.runtime.Floats.toInt(d);
            case PyStr s -> Numbers.parseInt(s, 10);
            case io.fora.vm.runtime.PyBytes b -> {
                try {
                    yield Numbers.parseInt(PyStr.of(b.latin1()), 10);
                } catch (io.fora.vm.runtime.PyError e) {
                    throw Errors.valueError("invalid literal for int() with base 10: " + b.reprBody()); // b'..', a bytearray's too
                }
            }
            case PyInstance i -> {
                Object r = Ops.callSpecial(i, "__int__");
                if (r != null && !Ints.isInt(r)) throw Errors.typeError("__int__ returned non-int (type " + Ops.typeName(r) + ")");
                if (r == null) r = Ops.callSpecial(i, "__index__");
                if (r == null && Ops.callSpecial(i, "__trunc__") instanceof Object t) {
                    // int() delegating to __trunc__ (deprecated in 3.11, still done): an Integral, or one with __index__
                    if (Ints.isInt(t)) r = t;
                    else if (t instanceof PyInstance ti && ti.cls().lookup("__index__") != null) r = Ops.index(t);
                    else throw Errors.typeError("__trunc__ returned non-Integral (type " + Ops.typeName(t) + ")");
                }
                if (r == null) {
                    throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + i.cls().name() + "'");
                }
                yield r instanceof Boolean b ? (Object) (b ? 1L : 0L) : r; // int() of a bool result is an int, as CPython (which warns)
            }
            default -> {
                // another bytes-like object (a memoryview, an array): its bytes, as CPython reads a buffer
                byte[] buf = io.fora.vm.runtime.BytesOps.bufferOrNull(args[0]);
                if (buf == null) throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + Ops.typeName(args[0]) + "'");
                yield intOf(new Object[] {io.fora.vm.runtime.PyBytes.of(buf)}, Kwargs.NONE);
            }
        };
    }

    static Object floatOf(Object[] args) {
        arity("float", args, 0, 1);
        if (args.length == 0) return 0.0;
        Object v = io.fora.vm.runtime.PyInstance.unwrap(args[0], "__float__");
        if (v instanceof PyStr s) return Numbers.parseFloat(s);
        if (v instanceof io.fora.vm.runtime.PyBytes b) {
            // float(b"1.5"): the bytes as ASCII text; the error shows the bytes
            try {
                return Numbers.parseFloat(PyStr.of(b.latin1()));
            } catch (io.fora.vm.runtime.PyError e) {
                throw Errors.valueError("could not convert string to float: " + b.repr());
            }
        }
        if (v instanceof PyInstance i) {
            Object r = Ops.callSpecial(i, "__float__");
            if (r instanceof PyInstance sub && sub.base() instanceof Double d) r = d; // a float subclass (CPython warns)
            if (r != null && !(r instanceof Double)) {
                throw Errors.typeError(i.cls().name() + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
            }
            if (r == null) r = Ops.callSpecial(i, "__index__") instanceof Object o ? Ints.toDouble(o) : null;
            if (r == null) throw Errors.typeError("float() argument must be a string or a real number, not '" + i.cls().name() + "'");
            return r;
        }
        if (!(v instanceof Double || Ints.isInt(v))) {
            throw Errors.typeError("float() argument must be a string or a real number, not '" + Ops.typeName(v) + "'");
        }
        return Ops.toDouble(v);
    }

    static long hashOf(Object v) { return Hashing.hash(v); }

    static Object range(Object[] args) {
        if (args.length == 0) throw Errors.typeError("range expected at least 1 argument, got 0");
        if (args.length > 3) throw Errors.typeError("range expected at most 3 arguments, got " + args.length);
        long[] v = new long[args.length];
        boolean big = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Double) throw Errors.typeError("'float' object cannot be interpreted as an integer");
            if (Ops.hasIndex(args[i]) && io.fora.vm.runtime.PyInstance.unwrap(args[i], "__index__") instanceof java.math.BigInteger) {
                big = true;
            } else {
                v[i] = Ops.index(args[i]);
            }
        }
        if (big || (args.length > 1 && subtractionOverflows(v[1], v[0]))) { // beyond long, or a length beyond it
            java.math.BigInteger[] b = new java.math.BigInteger[args.length];
            for (int i = 0; i < args.length; i++) {
                Object u = io.fora.vm.runtime.PyInstance.unwrap(args[i], "__index__");
                b[i] = u instanceof java.math.BigInteger x ? x : java.math.BigInteger.valueOf(v[i]);
            }
            return switch (args.length) {
                case 1 -> io.fora.vm.runtime.PyBigRange.of(java.math.BigInteger.ZERO, b[0], java.math.BigInteger.ONE);
                case 2 -> io.fora.vm.runtime.PyBigRange.of(b[0], b[1], java.math.BigInteger.ONE);
                default -> io.fora.vm.runtime.PyBigRange.of(b[0], b[1], b[2]);
            };
        }
        return switch (args.length) {
            case 1 -> new PyRange(0, v[0], 1);
            case 2 -> new PyRange(v[0], v[1], 1);
            default -> new PyRange(v[0], v[1], v[2]);
        };
    }

    /** True when a - b overflows a long (a range's length then needs big ints; tier 1 leaves for tier 0 then too). */
    public static boolean subtractionOverflows(long a, long b) {
        long d = a - b;
        return ((a ^ b) & (a ^ d)) < 0;
    }

    static Object sliceOf(Object[] args) {
        arity("slice", args, 1, 3);
        return switch (args.length) {
            case 1 -> new PySlice(PyNone.NONE, args[0], PyNone.NONE);
            case 2 -> new PySlice(args[0], args[1], PyNone.NONE);
            default -> new PySlice(args[0], args[1], args[2]);
        };
    }

    static PyDescriptors.Super superOf(Object[] args) {
        if (args.length == 2 && !(args[0] instanceof PyClass)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + Ops.typeName(args[0]));
        }
        if (args.length != 2 || !(args[0] instanceof PyClass c)) {
            throw Errors.of(Types.RUNTIME_ERROR, "super(): no arguments");
        }
        Object obj = args[1];
        if (!Types.typeOf(obj).isSubclassOf(c) && !(obj instanceof PyClass oc && oc.isSubclassOf(c))) {
            throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PyDescriptors.Super(c, obj);
    }
}

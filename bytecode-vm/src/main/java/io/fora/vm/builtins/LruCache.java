// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Hashing;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code functools.lru_cache(maxsize, typed)} and {@code functools.cache}: a memo table with
 * CPython's least-recently-used eviction when bounded and its {@code cache_info()} counts. The
 * table is state a program can observe (its counts, what it evicts), so a call changes it like
 * any other write: a parallel piece that calls a cached function it did not make falls back to
 * the sequential order (see Region), and the counts are CPython's.
 */
final class LruCache extends PyInstance {
    static final PyClass WRAPPER = new PyClass("_lru_cache_wrapper", "functools", new PyClass[] {Types.OBJECT},
            new LinkedHashMap<>(), true);
    static final PyClass CACHE_INFO = StructSeq.make("functools", "CacheInfo", "CacheInfo", "hits", "misses", "maxsize", "currsize");

    static {
        WRAPPER.define("__call__", new PyBuiltin("__call__", (a, kw) -> {
            LruCache self = (LruCache) a[0];
            return self.call(java.util.Arrays.copyOfRange(a, 1, a.length), kw == null ? Kwargs.NONE : kw);
        }));
        WRAPPER.define("cache_info", new PyBuiltin("cache_info", (a, kw) -> ((LruCache) a[0]).info()));
        WRAPPER.define("cache_clear", new PyBuiltin("cache_clear", (a, kw) -> {
            ((LruCache) a[0]).clear();
            return PyNone.NONE;
        }));
        WRAPPER.define("cache_parameters", new PyBuiltin("cache_parameters", (a, kw) -> {
            LruCache self = (LruCache) a[0];
            io.fora.vm.runtime.PyDict d = new io.fora.vm.runtime.PyDict();
            d.put(PyStr.of("maxsize"), self.maxsize < 0 ? PyNone.NONE : (Object) self.maxsize);
            d.put(PyStr.of("typed"), self.typed);
            return d;
        }));
    }

    private final Object function;
    /** -1: unbounded. */
    private final long maxsize;
    private final boolean typed;
    private transient Map<Key, Object> memo;
    private long hits, misses;
    private transient io.fora.vm.runtime.Region memoOwner = io.fora.vm.runtime.Region.forNewObject();

    LruCache(Object function, long maxsize, boolean typed) {
        super(WRAPPER);
        this.function = function;
        this.maxsize = maxsize;
        this.typed = typed;
        for (String name : new String[] {"__name__", "__qualname__", "__doc__", "__module__"}) {
            Object v = Ops.getAttrOrNull(function, name);
            if (v != null) setAttr(name, v);
        }
        setAttr("__wrapped__", function);
    }

    private synchronized Map<Key, Object> table() {
        if (memo == null) {
            memo = maxsize < 0 ? new java.util.concurrent.ConcurrentHashMap<>() : new LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) { return size() > maxsize; }
            };
        }
        return memo;
    }

    Object call(Object[] args, Kwargs kw) {
        memoOwner = io.fora.vm.runtime.Region.checkWrite(memoOwner);
        if (maxsize == 0) {
            synchronized (this) { misses++; }
            return Ops.call(function, args, kw);
        }
        Key key = Key.of(args, kw, typed);
        Map<Key, Object> t = table();
        Object v;
        if (maxsize < 0) {
            v = t.get(key);
        } else {
            synchronized (t) { v = t.get(key); }
        }
        if (v != null) {
            synchronized (this) { hits++; }
            return v;
        }
        synchronized (this) { misses++; }
        v = Ops.call(function, args, kw);
        if (maxsize < 0) {
            t.putIfAbsent(key, v);
        } else {
            synchronized (t) { t.putIfAbsent(key, v); }
        }
        return v;
    }

    private Object info() {
        Map<Key, Object> t = table();
        long size;
        if (maxsize < 0) size = t.size();
        else synchronized (t) { size = t.size(); }
        synchronized (this) {
            return StructSeq.of(CACHE_INFO, hits, misses, maxsize < 0 ? PyNone.NONE : (Object) maxsize, size);
        }
    }

    private void clear() {
        memoOwner = io.fora.vm.runtime.Region.checkWrite(memoOwner);
        Map<Key, Object> t = table();
        if (maxsize < 0) t.clear();
        else synchronized (t) { t.clear(); }
        synchronized (this) { hits = 0; misses = 0; }
    }

    /** A memo key: the arguments, hashed and compared as Python does (unhashable ones raise). */
    private record Key(Object[] args, Kwargs kw, boolean typed, long hash, boolean bare) {
        static Key of(Object[] args, Kwargs kw, boolean typed) {
            long h = 7;
            for (Object a : args) h = h * 31 + Hashing.hash(a);
            for (int i = 0; i < kw.size(); i++) h = h * 31 + kw.names()[i].hashCode() * 17L + Hashing.hash(kw.values()[i]);
            // CPython keys a lone argument that is exactly an int or a str by itself, any other
            // arguments by a sequence of them: f(1) and f(1.0) are two entries, f(1.0) and f(True) one
            boolean bare = !typed && args.length == 1 && kw.isEmpty()
                    && (args[0] instanceof Long || args[0] instanceof java.math.BigInteger || args[0] instanceof io.fora.vm.runtime.PyStr);
            return new Key(args, kw, typed, h, bare);
        }

        @Override public int hashCode() { return Long.hashCode(hash); }

        @Override public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.hash != hash || k.bare != bare || k.args.length != args.length || k.kw.size() != kw.size()) return false;
            for (int i = 0; i < args.length; i++) {
                if (!Ops.eq(args[i], k.args[i]) || (typed && Types.typeOf(args[i]) != Types.typeOf(k.args[i]))) return false;
            }
            for (int i = 0; i < kw.size(); i++) {
                if (!kw.names()[i].equals(k.kw.names()[i]) || !Ops.eq(kw.values()[i], k.kw.values()[i])) return false;
                if (typed && Types.typeOf(kw.values()[i]) != Types.typeOf(k.kw.values()[i])) return false;
            }
            return true;
        }
    }

    /** {@code lru_cache(...)} as called: on a function, or with maxsize/typed, giving the decorator. */
    static Object lruCache(Object[] a, Kwargs kw) {
        Object[] p = (kw == null ? Kwargs.NONE : kw).bind("lru_cache", a, "maxsize", "typed");
        boolean typed = p[1] != null && Ops.isTrue(p[1]);
        Object first = p[0] == null ? 128L : p[0];
        if (BuiltinFunctions.isCallable(first) && !(first instanceof Long)) return new LruCache(first, 128, typed);
        long max;
        if (first == PyNone.NONE) max = -1;
        else if (first instanceof Long l) max = Math.max(0, l);
        else if (first instanceof Boolean b) max = b ? 1 : 0;
        else throw Errors.typeError("Expected first argument to be an integer, a callable, or None");
        long bound = max;
        return new PyBuiltin("decorating_function", (b, kw2) -> {
            Builtins.arity("decorating_function", b, 1, 1);
            return new LruCache(b[0], bound, typed);
        });
    }

    /** {@code functools.cache(f)}: unbounded. */
    static Object cache(Object f) { return new LruCache(f, -1, false); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPython 3.11's {@code re} module for str patterns, on {@link java.util.regex}: patterns are
 * translated by {@link PatternTranslator} so that both engines give the same matches, and the
 * iteration rules, replacement templates, errors and reprs are CPython's.
 */
public final class ReModule {
    private ReModule() {}

    /** CPython's {@code re._MAXCACHE}: the oldest entry goes when the cache is full. */
    static final int MAXCACHE = 512;

    private record Key(String pattern, long flags) {}

    private static final Map<Key, PyPattern> CACHE = new LinkedHashMap<>();

    public static PyModule create() {
        ReTypes.init();
        Map<String, Object> m = new LinkedHashMap<>();
        long[] values = {256, 256, 128, 2, 2, 4, 4, 8, 8, 0, 16, 16, 32, 32, 64, 64};
        String[] names = {"A", "ASCII", "DEBUG", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "NOFLAG", "S", "DOTALL",
            "U", "UNICODE", "X", "VERBOSE"};
        for (int i = 0; i < names.length; i++) m.put(names[i], values[i]);
        m.put("error", ReError.ERROR);
        m.put("Pattern", ReTypes.PATTERN);
        m.put("Match", ReTypes.MATCH);
        fn(m, "compile", (a, kw) -> {
            Object[] b = ReTypes.bind("compile", a, 0, kw, 1, "pattern", "flags");
            return compile(b[0], b[1]);
        });
        for (String mode : new String[] {"search", "match", "fullmatch"}) {
            int md = mode.equals("search") ? PyPattern.SEARCH : mode.equals("match") ? PyPattern.MATCH : PyPattern.FULLMATCH;
            fn(m, mode, (a, kw) -> {
                Object[] b = ReTypes.bind(mode, a, 0, kw, 2, "pattern", "string", "flags");
                return Matching.match(compile(b[0], b[2]), b[1], 0, Long.MAX_VALUE, md);
            });
        }
        fn(m, "findall", (a, kw) -> {
            Object[] b = ReTypes.bind("findall", a, 0, kw, 2, "pattern", "string", "flags");
            return Matching.findall(compile(b[0], b[2]), b[1], 0, Long.MAX_VALUE);
        });
        fn(m, "finditer", (a, kw) -> {
            Object[] b = ReTypes.bind("finditer", a, 0, kw, 2, "pattern", "string", "flags");
            return Matching.finditer(compile(b[0], b[2]), b[1], 0, Long.MAX_VALUE);
        });
        fn(m, "split", (a, kw) -> {
            Object[] b = ReTypes.bind("split", a, 0, kw, 2, "pattern", "string", "maxsplit", "flags");
            return Matching.split(compile(b[0], b[3]), b[1], b[2] == null ? 0 : Ops.index(b[2]));
        });
        fn(m, "sub", (a, kw) -> {
            Object[] b = ReTypes.bind("sub", a, 0, kw, 3, "pattern", "repl", "string", "count", "flags");
            return Matching.sub(compile(b[0], b[4]), b[1], b[2], b[3] == null ? 0 : Ops.index(b[3]), false);
        });
        fn(m, "subn", (a, kw) -> {
            Object[] b = ReTypes.bind("subn", a, 0, kw, 3, "pattern", "repl", "string", "count", "flags");
            return Matching.sub(compile(b[0], b[4]), b[1], b[2], b[3] == null ? 0 : Ops.index(b[3]), true);
        });
        fn(m, "escape", (a, kw) -> {
            Object[] b = ReTypes.bind("escape", a, 0, kw, 1, "pattern");
            return escape(b[0]);
        });
        fn(m, "purge", (a, kw) -> {
            ReTypes.bind("purge", a, 0, kw, 0);
            purge();
            return PyNone.NONE;
        });
        return new PyModule("re", m);
    }

    private static void fn(Map<String, Object> m, String name, PyBuiltin.Body body) {
        m.put(name, new PyBuiltin(name, body));
    }

    /** {@code re._compile}: a compiled pattern as it is, or a str compiled through the cache. */
    public static PyPattern compile(Object pattern, Object flagsArg) {
        long flags = flagsArg == null ? 0 : Ops.index(flagsArg);
        if (pattern instanceof PyPattern p) {
            if (flags != 0) throw Errors.valueError("cannot process flags argument with a compiled pattern");
            return p;
        }
        PyStr s;
        boolean bytes = false;
        if (pattern instanceof PyStr ps) s = ps;
        else if (pattern instanceof PyInstance i && i.base() instanceof PyStr ps) s = ps;
        else if (io.fora.vm.runtime.BytesOps.bufferOrNull(pattern) instanceof byte[] b) {
            s = PyStr.of(io.fora.vm.runtime.PyBytes.of(b).latin1());
            bytes = true;
        } else throw Errors.typeError("first argument must be string or compiled pattern");
        Key key = new Key((bytes ? "b" : "s") + s.value(), flags);
        synchronized (CACHE) {
            PyPattern p = CACHE.get(key);
            if (p != null) return p;
        }
        PyPattern p = PyPattern.compile(s, bytes, (int) flags);
        if ((flags & PatternTranslator.DEBUG) == 0) {
            synchronized (CACHE) {
                if (CACHE.size() >= MAXCACHE) CACHE.remove(CACHE.keySet().iterator().next());
                CACHE.put(key, p);
            }
        }
        return p;
    }

    public static void purge() {
        synchronized (CACHE) {
            CACHE.clear();
        }
    }

    private static final String SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f";

    /** {@code re.escape} (3.7+): only the characters special in some context get a backslash. */
    public static Object escape(Object pattern) {
        PyStr s;
        boolean bytes = false;
        if (pattern instanceof PyStr ps) s = ps;
        else if (pattern instanceof PyInstance i && i.base() instanceof PyStr ps) s = ps;
        else if (io.fora.vm.runtime.BytesOps.bufferOrNull(pattern) instanceof byte[] b) {
            s = PyStr.of(io.fora.vm.runtime.PyBytes.of(b).latin1());
            bytes = true;
        } else throw Errors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(pattern) + " found");
        String v = s.value();
        StringBuilder sb = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return bytes ? io.fora.vm.runtime.PyBytes.ofLatin1(sb.toString(), false) : PyStr.of(sb.toString());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import java.util.LinkedHashMap;

/**
 * The classes {@code re.Pattern} and {@code re.Match} and their methods. They are builtin classes
 * (they travel by name, and their methods are registered builtins); {@code __repr__} is wrapped as
 * a static method so that {@code repr()} uses it for these instances.
 */
final class ReTypes {
    private ReTypes() {}

    static final PyClass PATTERN = new PyClass("Pattern", "re", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);
    static final PyClass MATCH = new PyClass("Match", "re", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);
    static final PyClass SCANNER = new PyClass("SRE_Scanner", "_sre", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);

    static {
        patternMethods();
        matchMethods();
        scannerMethods();
    }

    static void init() {}

    private static PyBuiltin fn(String name, PyBuiltin.Body body) { return new PyBuiltin(name, body); }

    private static void method(PyClass c, String name, PyBuiltin.Body body) { c.define(name, fn(name, body)); }

    private static void property(PyClass c, String name, PyBuiltin.Body body) {
        c.define(name, new PyDescriptors.Property(fn(name, body)));
    }

    private static PyPattern pat(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PyPattern p)) throw Errors.typeError("descriptor requires a 're.Pattern' object");
        return p;
    }

    private static PyMatch mat(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PyMatch m)) throw Errors.typeError("descriptor requires a 're.Match' object");
        return m;
    }

    /** Binds a method's arguments (after self) to parameter slots; the first {@code required} must be given. */
    static Object[] bind(String name, Object[] a, int skip, Kwargs kw, int required, String... params) {
        Object[] pos = java.util.Arrays.copyOfRange(a, skip, a.length);
        if (kw == null) kw = Kwargs.NONE;
        if (pos.length > params.length) {
            throw Errors.typeError(name + "() takes at most " + params.length + " argument" + (params.length == 1 ? "" : "s") + " (" + pos.length + " given)");
        }
        Object[] out = kw.bind(name, pos, params);
        for (int i = 0; i < required; i++) {
            if (out[i] == null) throw Errors.typeError(name + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
        }
        return out;
    }

    private static long posArg(Object v, long dflt) { return v == null ? dflt : Ops.index(v); }

    private static void noArgs(String name, Object[] a, Kwargs kw) {
        if (a.length != 1 || (kw != null && !kw.isEmpty())) throw Errors.typeError(name + "() takes no arguments (" + (a.length - 1) + " given)");
    }

    private static PyScanner scanner(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PyScanner s)) throw Errors.typeError("descriptor requires a '_sre.SRE_Scanner' object");
        return s;
    }

    private static void scannerMethods() {
        PyClass c = SCANNER;
        method(c, "match", (a, kw) -> {
            noArgs("match", a, kw);
            return scanner(a).next(PyPattern.MATCH);
        });
        method(c, "search", (a, kw) -> {
            noArgs("search", a, kw);
            return scanner(a).next(PyPattern.SEARCH);
        });
        property(c, "pattern", (a, kw) -> scanner(a).pattern);
    }

    private static void patternMethods() {
        PyClass c = PATTERN;
        for (String mode : new String[] {"search", "match", "fullmatch"}) {
            int m = mode.equals("search") ? PyPattern.SEARCH : mode.equals("match") ? PyPattern.MATCH : PyPattern.FULLMATCH;
            method(c, mode, (a, kw) -> {
                Object[] b = bind(mode, a, 1, kw, 1, "string", "pos", "endpos");
                return Matching.match(pat(a), b[0], posArg(b[1], 0), posArg(b[2], Long.MAX_VALUE), m);
            });
        }
        method(c, "findall", (a, kw) -> {
            Object[] b = bind("findall", a, 1, kw, 1, "string", "pos", "endpos");
            return Matching.findall(pat(a), b[0], posArg(b[1], 0), posArg(b[2], Long.MAX_VALUE));
        });
        method(c, "finditer", (a, kw) -> {
            Object[] b = bind("finditer", a, 1, kw, 1, "string", "pos", "endpos");
            return Matching.finditer(pat(a), b[0], posArg(b[1], 0), posArg(b[2], Long.MAX_VALUE));
        });
        method(c, "scanner", (a, kw) -> {
            Object[] b = bind("scanner", a, 1, kw, 1, "string", "pos", "endpos");
            return new PyScanner(pat(a), b[0], posArg(b[1], 0), posArg(b[2], Long.MAX_VALUE));
        });
        method(c, "split", (a, kw) -> {
            Object[] b = bind("split", a, 1, kw, 1, "string", "maxsplit");
            return Matching.split(pat(a), b[0], posArg(b[1], 0));
        });
        method(c, "sub", (a, kw) -> {
            Object[] b = bind("sub", a, 1, kw, 2, "repl", "string", "count");
            return Matching.sub(pat(a), b[0], b[1], posArg(b[2], 0), false);
        });
        method(c, "subn", (a, kw) -> {
            Object[] b = bind("subn", a, 1, kw, 2, "repl", "string", "count");
            return Matching.sub(pat(a), b[0], b[1], posArg(b[2], 0), true);
        });
        method(c, "__eq__", (a, kw) -> a.length == 2 && a[1] instanceof PyPattern o ? (Object) pat(a).sameAs(o) : PyNone.NOT_IMPLEMENTED);
        method(c, "__ne__", (a, kw) -> a.length == 2 && a[1] instanceof PyPattern o ? (Object) !pat(a).sameAs(o) : PyNone.NOT_IMPLEMENTED);
        method(c, "__hash__", (a, kw) -> pat(a).hash());
        method(c, "__copy__", (a, kw) -> pat(a));
        method(c, "__deepcopy__", (a, kw) -> pat(a));
        c.define("__repr__", new PyDescriptors.StaticMethod(fn("__repr__", (a, kw) -> PyStr.of(pat(a).repr()))));
        property(c, "pattern", (a, kw) -> pat(a).source());
        property(c, "flags", (a, kw) -> (long) pat(a).flags);
        property(c, "groups", (a, kw) -> (long) pat(a).groups);
        property(c, "groupindex", (a, kw) -> pat(a).groupIndex.copy());
    }

    private static void matchMethods() {
        PyClass c = MATCH;
        method(c, "group", (a, kw) -> {
            if (kw != null && !kw.isEmpty()) throw Errors.typeError("group() takes no keyword arguments");
            PyMatch m = mat(a);
            if (a.length == 1) return m.group(0, PyNone.NONE);
            if (a.length == 2) return m.group(m.index(a[1]), PyNone.NONE);
            Object[] out = new Object[a.length - 1];
            for (int i = 1; i < a.length; i++) out[i - 1] = m.group(m.index(a[i]), PyNone.NONE);
            return PyTuple.of(out);
        });
        method(c, "__getitem__", (a, kw) -> {
            if (a.length != 2) throw Errors.typeError("__getitem__() takes exactly one argument (" + (a.length - 1) + " given)");
            PyMatch m = mat(a);
            return m.group(m.index(a[1]), PyNone.NONE);
        });
        method(c, "groups", (a, kw) -> {
            Object[] b = bind("groups", a, 1, kw, 0, "default");
            return mat(a).groups(b[0] == null ? PyNone.NONE : b[0]);
        });
        method(c, "groupdict", (a, kw) -> {
            Object[] b = bind("groupdict", a, 1, kw, 0, "default");
            return mat(a).groupdict(b[0] == null ? PyNone.NONE : b[0]);
        });
        method(c, "start", (a, kw) -> {
            Object[] b = bind("start", a, 1, kw, 0, "group");
            PyMatch m = mat(a);
            return (long) m.start(b[0] == null ? 0 : m.index(b[0]));
        });
        method(c, "end", (a, kw) -> {
            Object[] b = bind("end", a, 1, kw, 0, "group");
            PyMatch m = mat(a);
            return (long) m.end(b[0] == null ? 0 : m.index(b[0]));
        });
        method(c, "span", (a, kw) -> {
            Object[] b = bind("span", a, 1, kw, 0, "group");
            PyMatch m = mat(a);
            int g = b[0] == null ? 0 : m.index(b[0]);
            return PyTuple.of((long) m.start(g), (long) m.end(g));
        });
        method(c, "expand", (a, kw) -> {
            Object[] b = bind("expand", a, 1, kw, 1, "template");
            PyMatch m = mat(a);
            return m.re.out(Template.parse(m.re.subject(b[0]).value(), m.re).expand(m));
        });
        method(c, "__copy__", (a, kw) -> mat(a));
        method(c, "__deepcopy__", (a, kw) -> mat(a));
        c.define("__repr__", new PyDescriptors.StaticMethod(fn("__repr__", (a, kw) -> PyStr.of(mat(a).repr()))));
        property(c, "pos", (a, kw) -> (long) mat(a).pos);
        property(c, "endpos", (a, kw) -> (long) mat(a).endpos);
        property(c, "lastindex", (a, kw) -> mat(a).lastindex());
        property(c, "lastgroup", (a, kw) -> mat(a).lastgroup());
        property(c, "re", (a, kw) -> mat(a).re);
        property(c, "string", (a, kw) -> mat(a).string);
        property(c, "regs", (a, kw) -> mat(a).regs());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBoundMethod;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/**
 * search / match / fullmatch / findall / finditer / split / sub as CPython's {@code _sre} runs
 * them, including its rule for empty matches (3.7+): after an empty match the next search starts
 * at the same place but may not end there, so an empty match never follows an empty match at the
 * same position while one right after a non-empty match is allowed.
 */
final class Matching {
    private Matching() {}

    /** The string argument: a str (or an instance of a str subclass). */
    static PyStr str(Object v) {
        if (v instanceof PyStr s) return s;
        if (v instanceof PyInstance i && i.base() instanceof PyStr s) return s;
        throw Errors.typeError("expected string or bytes-like object, got '" + Ops.typeName(v) + "'");
    }

    static Object match(PyPattern p, Object string, long pos, long endpos, int mode) {
        PyStr s = p.subject(string);
        PyPattern.Scanner sc = p.scanner(s, pos, endpos);
        int[] spans = sc.find(sc.pos, mode, false);
        return spans == null ? PyNone.NONE : sc.matchObject(string, spans);
    }

    static PyList findall(PyPattern p, Object string, long pos, long endpos) {
        PyStr s = p.subject(string);
        PyPattern.Scanner sc = p.scanner(s, pos, endpos);
        List<Object> out = new ArrayList<>();
        int start = sc.pos;
        boolean advance = false;
        while (start <= sc.endpos) {
            int[] sp = sc.find(start, PyPattern.SEARCH, advance);
            if (sp == null) break;
            if (p.groups == 0) {
                out.add(p.out(s.substring(sp[0], sp[1])));
            } else if (p.groups == 1) {
                out.add(p.out(sp[2] < 0 ? PyStr.EMPTY : s.substring(sp[2], sp[3])));
            } else {
                Object[] t = new Object[p.groups];
                for (int g = 1; g <= p.groups; g++) t[g - 1] = p.out(sp[2 * g] < 0 ? PyStr.EMPTY : s.substring(sp[2 * g], sp[2 * g + 1]));
                out.add(PyTuple.of(t));
            }
            advance = sp[0] == sp[1];
            start = sp[1];
        }
        return PyList.of(out.toArray());
    }

    /** The iterator finditer returns: one search per step, a scanner's (see {@link PyScanner}). */
    static final class MatchIter implements PyIter {
        private final PyScanner scanner;

        MatchIter(PyPattern p, Object string, long pos, long endpos) { this.scanner = new PyScanner(p, string, pos, endpos); }

        @Override public Object next() {
            Object m = scanner.next(PyPattern.SEARCH);
            return m == PyNone.NONE ? null : m;
        }
    }

    static PyIter finditer(PyPattern p, Object string, long pos, long endpos) {
        return new MatchIter(p, string, pos, endpos);
    }

    static PyList split(PyPattern p, Object string, long maxsplit) {
        PyStr s = p.subject(string);
        PyPattern.Scanner sc = p.scanner(s, 0, Long.MAX_VALUE);
        List<Object> out = new ArrayList<>();
        int last = 0, start = 0, n = 0;
        boolean advance = false;
        while (maxsplit == 0 || n < maxsplit) {
            int[] sp = sc.find(start, PyPattern.SEARCH, advance);
            if (sp == null) break;
            out.add(p.out(s.substring(last, sp[0])));
            for (int g = 1; g <= p.groups; g++) out.add(sp[2 * g] < 0 ? PyNone.NONE : p.out(s.substring(sp[2 * g], sp[2 * g + 1])));
            n++;
            advance = sp[0] == sp[1];
            last = start = sp[1];
        }
        out.add(p.out(s.substring(last, s.length())));
        return PyList.of(out.toArray());
    }

    static boolean callable(Object o) {
        return o instanceof PyFunction || o instanceof PyBuiltin || o instanceof PyBoundMethod || o instanceof PyClass
                || o instanceof PyDescriptors.StaticMethod
                || (o instanceof PyInstance i && !(i.base() instanceof PyStr) && i.cls().callMethod() != null);
    }

    static Object sub(PyPattern p, Object repl, Object string, long count, boolean withCount) {
        Object fn = null;
        PyStr literal = null;
        Template template = null;
        boolean textRepl = p.bytes ? io.fora.vm.runtime.BytesOps.bufferOrNull(repl) != null
                : repl instanceof PyStr || (repl instanceof PyInstance i && i.base() instanceof PyStr);
        if (textRepl) {
            PyStr r = p.subject(repl);
            if (r.value().indexOf('\\') < 0) {
                literal = r;
            } else {
                template = Template.parse(r.value(), p);
                if (template.isLiteral()) {
                    literal = template.expand(null);
                    template = null;
                }
            }
        } else if (callable(repl)) {
            fn = repl;
        } else {
            throw Errors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(repl) + " found");
        }
        PyStr s = p.subject(string);
        PyPattern.Scanner sc = p.scanner(s, 0, Long.MAX_VALUE);
        StringBuilder sb = new StringBuilder();
        int items = 0;
        int i = 0, start = 0, n = 0;
        boolean advance = false;
        String text = s.value();
        while (count == 0 || n < count) {
            int[] sp = sc.find(start, PyPattern.SEARCH, advance);
            if (sp == null) break;
            int b = sp[0], e = sp[1];
            if (i < b) {
                sb.append(text, sc.toChar(i), sc.toChar(b));
                items++;
            }
            if (fn != null) {
                Object item = Ops.call(fn, sc.matchObject(string, sp));
                if (item != PyNone.NONE && p.bytes) {
                    byte[] rb = io.fora.vm.runtime.BytesOps.bufferOrNull(item);
                    if (rb == null) throw Errors.typeError("sequence item " + items + ": expected a bytes-like object, " + Ops.typeName(item) + " found");
                    sb.append(io.fora.vm.runtime.PyBytes.of(rb).latin1());
                    items++;
                } else if (item != PyNone.NONE) {
                    if (!(item instanceof PyStr r)) {
                        if (item instanceof PyInstance inst && inst.base() instanceof PyStr r2) {
                            sb.append(r2.value());
                        } else {
                            throw Errors.typeError("sequence item " + items + ": expected str instance, " + Ops.typeName(item) + " found");
                        }
                    } else {
                        sb.append(r.value());
                    }
                    items++;
                }
            } else if (literal != null) {
                sb.append(literal.value());
                items++;
            } else {
                sb.append(template.expand(sc.matchObject(string, sp)).value());
                items++;
            }
            i = e;
            n++;
            advance = sp[0] == sp[1];
            start = sp[1];
        }
        if (i < s.length()) sb.append(text, sc.toChar(i), text.length());
        Object result = p.out(n == 0 ? s : PyStr.of(sb.toString()));
        return withCount ? PyTuple.of(result, (long) n) : result;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PySlice;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the str methods against cases recorded from CPython 3.11 by
 * {@code src/test/resources/strmethods/gen_cases.py} (cases.jsonl).
 */
class StrMethodsTest {
    private static final PyClass STR = PyClass.builtin("str", Types.OBJECT);
    static {
        StrMethods.install(STR);
    }

    private static PyStr s(String v) { return PyStr.of(v); }

    private static Object call(String method, Object... args) {
        return ((PyBuiltin) STR.lookup(method)).call(args, Kwargs.NONE);
    }

    @Test
    void examples() {
        assertEquals(PyList.of(s("a"), s("b")), call("split", s("  a  b ")));
        assertEquals(s("SS"), call("upper", s("\u00df")));
        assertEquals(s("\u03c3\u03b1\u03c2"), call("lower", s("\u03a3\u0391\u03a3")));
        assertEquals(s("-a-b-c-"), call("replace", s("abc"), s(""), s("-")));
        assertEquals(s("**a***"), call("center", s("a"), 6L, s("*")));
        assertEquals(1L, call("find", s("\uD83D\uDE00x"), s("x")));
        assertEquals(s("b"), StrMethods.getItem(s("a\uD83D\uDE00b"), -1));
        assertEquals(s("\uD83D\uDE00"), StrMethods.getItem(s("a\uD83D\uDE00b"), 1));
        assertEquals(s("b\uD83D\uDE00a"),
                StrMethods.slice(s("a\uD83D\uDE00b"), new PySlice(PyNone.NONE, PyNone.NONE, -1L).indices(3)));
        PyError e = assertThrows(PyError.class,
                () -> call("join", s(","), PyList.of(s("a"), 1L)));
        assertEquals("TypeError: sequence item 1: expected str instance, int found", e.getMessage());
        assertThrows(PyError.class, () -> StrMethods.getItem(s("abc"), 3));
    }

    @Test
    void cpythonCases() throws IOException {
        Report r = checkAll();
        System.out.println("str methods: " + r.passed + "/" + r.total + " cases agree with CPython 3.11");
        for (String f : r.failures.subList(0, Math.min(40, r.failures.size()))) System.out.println("  " + f);
        assertTrue(r.total > 1000, "cases not found");
        assertEquals(List.of(), r.failures.subList(0, Math.min(20, r.failures.size())));
    }

    static final class Report {
        int total, passed;
        final List<String> failures = new ArrayList<>();
    }

    static Report checkAll() throws IOException {
        Report r = new Report();
        InputStream in = StrMethodsTest.class.getResourceAsStream("/strmethods/cases.jsonl");
        if (in == null) throw new IOException("strmethods/cases.jsonl not on the classpath");
        try (BufferedReader br = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = br.readLine()) != null; ) {
                if (line.isBlank()) continue;
                r.total++;
                String problem = check(line);
                if (problem == null) r.passed++;
                else r.failures.add(problem);
            }
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private static String check(String line) {
        Map<String, Object> c = (Map<String, Object>) new Json(line).value();
        String m = (String) c.get("m");
        PyStr self = s((String) c.get("s"));
        List<Object> a = (List<Object>) c.get("a");
        Map<String, Object> k = (Map<String, Object>) c.get("k");
        Object[] args = new Object[a.size() + 1];
        args[0] = self;
        for (int i = 0; i < a.size(); i++) args[i + 1] = toPy(a.get(i));
        String[] names = k.keySet().toArray(new String[0]);
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) values[i] = toPy(k.get(names[i]));
        Object got;
        String gotError = null;
        try {
            got = switch (m) {
                case "__repeat__" -> StrMethods.repeat(self, (Long) args[1]);
                case "__contains__" -> StrMethods.contains(self, (PyStr) args[1]);
                case "__slice__" -> StrMethods.slice(self, new PySlice(args[1], args[2], args[3]).indices(self.length()));
                case "__getitem__" -> StrMethods.getItem(self, (Long) args[1]);
                default -> ((PyBuiltin) STR.lookup(m)).call(args, new Kwargs(names, values));
            };
        } catch (PyError e) {
            got = null;
            gotError = e.exception().cls().name();
        } catch (RuntimeException e) {
            got = null;
            gotError = "Java " + e;
        }
        if (c.containsKey("e")) {
            if (c.get("e").equals(gotError)) return null;
            return line + "  => got " + (gotError != null ? gotError : show(got));
        }
        Object want = toPy(c.get("r"));
        if (gotError == null && same(want, got)) return null;
        return line + "  => got " + (gotError != null ? gotError : show(got));
    }

    private static String show(Object v) {
        if (v instanceof PyStr p) return Json.quote(p.value());
        if (v instanceof PyList l) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) b.append(i > 0 ? ", " : "").append(show(l.get(i)));
            return b.append("]").toString();
        }
        if (v instanceof PyTuple t) {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < t.size(); i++) b.append(i > 0 ? ", " : "").append(show(t.get(i)));
            return b.append(")").toString();
        }
        return String.valueOf(v);
    }

    /** Exact equality, types included (True is not 1 here). */
    private static boolean same(Object a, Object b) {
        if (a == null || b == null) return a == b;
        if (a.getClass() != b.getClass()) return false;
        if (a instanceof PyList x) {
            PyList y = (PyList) b;
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof PyTuple x) {
            PyTuple y = (PyTuple) b;
            if (x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i))) return false;
            return true;
        }
        return a.equals(b);
    }

    @SuppressWarnings("unchecked")
    private static Object toPy(Object j) {
        if (j == null) return PyNone.NONE;
        if (j instanceof String v) return PyStr.of(v);
        if (j instanceof BigInteger b) return b.bitLength() < 64 ? (Object) b.longValue() : b;
        if (j instanceof List<?> l) {
            Object[] items = new Object[l.size()];
            for (int i = 0; i < items.length; i++) items[i] = toPy(l.get(i));
            return PyList.of(items);
        }
        if (j instanceof Map<?, ?> m) {
            List<Object> l = (List<Object>) m.get("tuple");
            Object[] items = new Object[l.size()];
            for (int i = 0; i < items.length; i++) items[i] = toPy(l.get(i));
            return PyTuple.of(items);
        }
        return j; // Boolean, Double
    }

    /** A minimal JSON reader: objects, arrays, strings, integers (BigInteger), floats, literals. */
    static final class Json {
        private final String t;
        private int i;

        Json(String text) { this.t = text; }

        Object value() {
            ws();
            char c = t.charAt(i);
            switch (c) {
                case '{': {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    ws();
                    if (t.charAt(i) == '}') { i++; return m; }
                    while (true) {
                        ws();
                        String key = string();
                        ws();
                        expect(':');
                        m.put(key, value());
                        ws();
                        if (t.charAt(i++) == '}') return m;
                    }
                }
                case '[': {
                    i++;
                    List<Object> l = new ArrayList<>();
                    ws();
                    if (t.charAt(i) == ']') { i++; return l; }
                    while (true) {
                        l.add(value());
                        ws();
                        if (t.charAt(i++) == ']') return l;
                    }
                }
                case '"': return string();
                case 't': i += 4; return Boolean.TRUE;
                case 'f': i += 5; return Boolean.FALSE;
                case 'n': i += 4; return null;
                default: {
                    int st = i;
                    boolean real = false;
                    while (i < t.length() && "+-0123456789.eE".indexOf(t.charAt(i)) >= 0) {
                        if (".eE".indexOf(t.charAt(i)) >= 0) real = true;
                        i++;
                    }
                    String num = t.substring(st, i);
                    return real ? (Object) Double.parseDouble(num) : new BigInteger(num);
                }
            }
        }

        private void ws() { while (i < t.length() && Character.isWhitespace(t.charAt(i))) i++; }

        private void expect(char c) {
            if (t.charAt(i++) != c) throw new IllegalArgumentException("expected " + c + " at " + (i - 1));
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = t.charAt(i++);
                if (c == '"') return b.toString();
                if (c != '\\') { b.append(c); continue; }
                char e = t.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> { b.append((char) Integer.parseInt(t.substring(i, i + 4), 16)); i += 4; }
                    default -> b.append(e);
                }
            }
        }

        static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 32 || c > 126) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            return b.append('"').toString();
        }
    }
}

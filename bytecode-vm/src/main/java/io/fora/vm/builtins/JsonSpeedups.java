// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code _json}: the string escaping and scanning that json.py does per character, in Java, as
 * CPython's C accelerator does them. json.py falls back to its own Python code where this
 * answers None (a malformed string, whose error it reports with CPython's message).
 */
final class JsonSpeedups {
    private JsonSpeedups() {}

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("encode_basestring_ascii", new PyBuiltin("encode_basestring_ascii", (a, kw) -> {
            Builtins.arity("encode_basestring_ascii", a, 1, 1);
            return PyStr.of(encode(text(a[0]), true));
        }));
        m.put("encode_basestring", new PyBuiltin("encode_basestring", (a, kw) -> {
            Builtins.arity("encode_basestring", a, 1, 1);
            return PyStr.of(encode(text(a[0]), false));
        }));
        m.put("scanstring_fast", new PyBuiltin("scanstring_fast", (a, kw) -> {
            Builtins.arity("scanstring_fast", a, 3, 3);
            if (!(a[0] instanceof PyStr s) || !(a[1] instanceof Long end) || !s.isBmp()) return PyNone.NONE;
            return scan(s.value(), end, Ops.isTrue(a[2]));
        }));
        m.put("encode_fast", new PyBuiltin("encode_fast", (a, kw) -> {
            Builtins.arity("encode_fast", a, 9, 9);
            Encoder e = new Encoder(a[1], Ops.isTrue(a[2]), Ops.isTrue(a[3]), Ops.isTrue(a[4]), ((PyStr) a[5]).value(),
                    ((PyStr) a[6]).value(), Ops.isTrue(a[7]), Ops.isTrue(a[8]));
            e.encode(a[0]);
            return PyStr.of(e.out.toString());
        }));
        m.put("scan_fast", new PyBuiltin("scan_fast", (a, kw) -> {
            Builtins.arity("scan_fast", a, 3, 3);
            if (!(a[0] instanceof PyStr s) || !(a[1] instanceof Long idx) || !s.isBmp()) return PyNone.NONE;
            try {
                Scanner sc = new Scanner(s.value(), Ops.isTrue(a[2]));
                int start = (int) Math.min(Math.max(idx, -1), Integer.MAX_VALUE);
                if (start < 0) return PyNone.NONE;
                Object v = sc.value(start);
                return v == null ? PyNone.NONE : PyTuple.of(v, (long) sc.pos);
            } catch (StackOverflowError | RuntimeException deep) {
                return PyNone.NONE; // json.py's own parser reports it (RecursionError, the int digit limit)
            }
        }));
        return new PyModule("_json", m);
    }

    /** json.dumps without indent (CPython's c_make_encoder): the whole text in one go. */
    private static final class Encoder {
        final Object dflt;
        final boolean ascii, circular, allowNan, sortKeys, skipKeys;
        final String keySep, itemSep;
        final StringBuilder out = new StringBuilder();
        final java.util.IdentityHashMap<Object, Boolean> markers = new java.util.IdentityHashMap<>();

        Encoder(Object dflt, boolean ascii, boolean circular, boolean allowNan, String keySep, String itemSep,
                boolean sortKeys, boolean skipKeys) {
            this.dflt = dflt;
            this.ascii = ascii;
            this.circular = circular;
            this.allowNan = allowNan;
            this.keySep = keySep;
            this.itemSep = itemSep;
            this.sortKeys = sortKeys;
            this.skipKeys = skipKeys;
        }

        void encode(Object o) {
            Object v = io.fora.vm.runtime.PyInstance.valueOf(o);
            switch (v) {
                case PyStr s -> out.append(JsonSpeedups.encode(s.value(), ascii));
                case PyNone n when v == PyNone.NONE -> out.append("null");
                case Boolean b -> out.append(b ? "true" : "false");
                case Long l -> out.append(l);
                case java.math.BigInteger b -> out.append(io.fora.vm.runtime.Repr.bigToString(b));
                case Double d -> out.append(floatText(d));
                default -> {
                    Object c = o instanceof io.fora.vm.runtime.PyInstance i && i.base() != null ? i.base() : o;
                    if (c instanceof io.fora.vm.runtime.PyList l) {
                        Object[] items = new Object[l.size()];
                        for (int k = 0; k < items.length; k++) items[k] = l.get(k);
                        array(o, items);
                    } else if (c instanceof PyTuple t) {
                        array(o, t.items());
                    } else if (c instanceof io.fora.vm.runtime.PyDict d) {
                        object(o, d);
                    } else {
                        enter(o);
                        encode(Ops.call(dflt, o));
                        leave(o);
                    }
                }
            }
        }

        String floatText(double d) {
            String text;
            if (Double.isNaN(d)) text = "NaN";
            else if (d == Double.POSITIVE_INFINITY) text = "Infinity";
            else if (d == Double.NEGATIVE_INFINITY) text = "-Infinity";
            else return io.fora.vm.runtime.format.FloatRepr.repr(d);
            if (!allowNan) throw Errors.valueError("Out of range float values are not JSON compliant");
            return text;
        }

        void enter(Object o) {
            if (circular && markers.put(o, Boolean.TRUE) != null) throw Errors.valueError("Circular reference detected");
        }

        void leave(Object o) {
            if (circular) markers.remove(o);
        }

        void array(Object o, Object[] items) {
            if (items.length == 0) {
                out.append("[]");
                return;
            }
            enter(o);
            out.append('[');
            for (int k = 0; k < items.length; k++) {
                if (k > 0) out.append(itemSep);
                encode(items[k]);
            }
            out.append(']');
            leave(o);
        }

        void object(Object o, io.fora.vm.runtime.PyDict d) {
            int n = d.size();
            if (n == 0) {
                out.append("{}");
                return;
            }
            enter(o);
            Object[] keys = new Object[n], values = new Object[n];
            for (int k = 0; k < n; k++) {
                keys[k] = d.keyAt(k);
                values[k] = d.valueAt(k);
            }
            if (sortKeys) {
                Integer[] order = new Integer[n];
                for (int k = 0; k < n; k++) order[k] = k;
                java.util.Arrays.sort(order, (x, y) -> io.fora.vm.runtime.Compare.test(io.fora.vm.runtime.Compare.LT, keys[x], keys[y]) ? -1
                        : io.fora.vm.runtime.Compare.test(io.fora.vm.runtime.Compare.LT, keys[y], keys[x]) ? 1 : 0);
                Object[] k2 = new Object[n], v2 = new Object[n];
                for (int k = 0; k < n; k++) {
                    k2[k] = keys[order[k]];
                    v2[k] = values[order[k]];
                }
                System.arraycopy(k2, 0, keys, 0, n);
                System.arraycopy(v2, 0, values, 0, n);
            }
            out.append('{');
            boolean first = true;
            for (int k = 0; k < n; k++) {
                Object key = keys[k];
                Object kv = io.fora.vm.runtime.PyInstance.valueOf(key);
                String text;
                if (kv instanceof PyStr s) text = s.value();
                else if (kv instanceof Double x) text = floatText(x);
                else if (key == Boolean.TRUE) text = "true";
                else if (key == Boolean.FALSE) text = "false";
                else if (key == PyNone.NONE) text = "null";
                else if (kv instanceof Long l) text = Long.toString(l);
                else if (kv instanceof java.math.BigInteger b) text = io.fora.vm.runtime.Repr.bigToString(b);
                else if (skipKeys) continue;
                else throw Errors.typeError("keys must be str, int, float, bool or None, not " + Ops.typeName(key));
                if (!first) out.append(itemSep);
                first = false;
                out.append(JsonSpeedups.encode(text, ascii)).append(keySep);
                encode(values[k]);
            }
            out.append('}');
            leave(o);
        }
    }

    /**
     * json.loads with the default hooks (CPython's c scanner): the value at an index and where it
     * ends, or null when the text is not well-formed there (json.py then reports it).
     */
    private static final class Scanner {
        final String s;
        final boolean strict;
        int pos;

        Scanner(String s, boolean strict) {
            this.s = s;
            this.strict = strict;
        }

        Object value(int i) {
            int n = s.length();
            if (i >= n) return null;
            char c = s.charAt(i);
            switch (c) {
                case '"' -> {
                    Object r = scan(s, i + 1, strict);
                    if (!(r instanceof PyTuple t)) return null;
                    pos = (int) (long) (Long) t.get(1);
                    return t.get(0);
                }
                case '{' -> { return object(i + 1); }
                case '[' -> { return array(i + 1); }
                case 'n' -> { return word(i, "null", PyNone.NONE); }
                case 't' -> { return word(i, "true", Boolean.TRUE); }
                case 'f' -> { return word(i, "false", Boolean.FALSE); }
                case 'N' -> { return word(i, "NaN", Double.NaN); }
                case 'I' -> { return word(i, "Infinity", Double.POSITIVE_INFINITY); }
                default -> {
                    if (c == '-' && s.startsWith("-Infinity", i)) {
                        pos = i + 9;
                        return Double.NEGATIVE_INFINITY;
                    }
                    return number(i);
                }
            }
        }

        Object word(int i, String w, Object v) {
            if (!s.startsWith(w, i)) return null;
            pos = i + w.length();
            return v;
        }

        int ws(int i) {
            int n = s.length();
            while (i < n) {
                char c = s.charAt(i);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
                i++;
            }
            return i;
        }

        Object number(int start) {
            int n = s.length(), i = start;
            if (s.charAt(i) == '-') {
                i++;
                if (i >= n) return null;
            }
            char c = s.charAt(i);
            if (c >= '1' && c <= '9') {
                i++;
                while (i < n && digit(s.charAt(i))) i++;
            } else if (c == '0') {
                i++;
            } else {
                return null;
            }
            boolean isFloat = false;
            if (i < n - 1 && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
                isFloat = true;
                i += 2;
                while (i < n && digit(s.charAt(i))) i++;
            }
            if (i < n - 1 && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                int eStart = i;
                i++;
                if (i < n - 1 && (s.charAt(i) == '-' || s.charAt(i) == '+')) i++;
                while (i < n && digit(s.charAt(i))) i++;
                if (digit(s.charAt(i - 1))) isFloat = true;
                else i = eStart;
            }
            String text = s.substring(start, i);
            pos = i;
            if (isFloat) return Double.parseDouble(text);
            int digits = text.length() - (text.charAt(0) == '-' ? 1 : 0);
            if (digits <= 18) return Long.parseLong(text);
            int limit = io.fora.vm.runtime.IntStrLimit.get();
            if (limit > 0 && digits > limit) return null; // int() refuses it: json.py raises its ValueError
            return io.fora.vm.runtime.Ints.norm(new java.math.BigInteger(text));
        }

        static boolean digit(char c) { return c >= '0' && c <= '9'; }

        Object array(int i) {
            int n = s.length();
            java.util.ArrayList<Object> values = new java.util.ArrayList<>();
            i = ws(i);
            if (i < n && s.charAt(i) == ']') {
                pos = i + 1;
                return io.fora.vm.runtime.PyList.empty();
            }
            while (true) {
                Object v = value(i);
                if (v == null) return null;
                values.add(v);
                i = ws(pos);
                if (i < n && s.charAt(i) == ']') break;
                if (i >= n || s.charAt(i) != ',') return null;
                i = ws(i + 1);
            }
            pos = i + 1;
            return io.fora.vm.runtime.PyList.of(values.toArray());
        }

        Object object(int i) {
            int n = s.length();
            io.fora.vm.runtime.PyDict d = new io.fora.vm.runtime.PyDict();
            i = ws(i);
            if (i < n && s.charAt(i) == '}') {
                pos = i + 1;
                return d;
            }
            while (true) {
                if (i >= n || s.charAt(i) != '"') return null;
                Object k = scan(s, i + 1, strict);
                if (!(k instanceof PyTuple t)) return null;
                i = ws((int) (long) (Long) t.get(1));
                if (i >= n || s.charAt(i) != ':') return null;
                i = ws(i + 1);
                Object v = value(i);
                if (v == null) return null;
                d.put(t.get(0), v);
                i = ws(pos);
                if (i < n && s.charAt(i) == '}') break;
                if (i >= n || s.charAt(i) != ',') return null;
                i = ws(i + 1);
            }
            pos = i + 1;
            return d;
        }
    }

    private static String text(Object v) {
        if (io.fora.vm.runtime.PyInstance.valueOf(v) instanceof PyStr s) return s.value();
        throw Errors.typeError("first argument must be a string, not " + Ops.typeName(v));
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The JSON text of a string: quoted, with CPython's escapes (every char beyond '~' as \\uXXXX when ascii). */
    static String encode(String s, boolean ascii) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        int start = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            boolean plain = c >= ' ' && c != '"' && c != '\\' && (!ascii || c <= '~');
            if (plain) continue;
            b.append(s, start, i);
            start = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                // a char beyond the BMP is a surrogate pair already: each half escaped, as CPython writes it
                default -> b.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
            }
        }
        return b.append(s, start, s.length()).append('"').toString();
    }

    /**
     * json.scanstring for a well-formed string: (the decoded text, the index after its closing
     * quote), or None for anything json.py reports an error about.
     */
    static Object scan(String s, long from, boolean strict) {
        int n = s.length();
        if (from < 0 || from > n) return PyNone.NONE;
        int end = (int) from;
        StringBuilder out = null;
        int chunk = end;
        while (true) {
            int i = chunk;
            char c = 0;
            while (i < n) {
                c = s.charAt(i);
                if (c == '"' || c == '\\') break;
                if (strict && c <= 0x1f) return PyNone.NONE;
                i++;
            }
            if (i >= n) return PyNone.NONE;
            if (c == '"') {
                String text = out == null ? s.substring(chunk, i) : out.append(s, chunk, i).toString();
                return PyTuple.of(PyStr.of(text), (long) (i + 1));
            }
            if (out == null) out = new StringBuilder();
            out.append(s, chunk, i);
            if (i + 1 >= n) return PyNone.NONE;
            char e = s.charAt(i + 1);
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    int u = hex4(s, i + 2);
                    if (u < 0) return PyNone.NONE;
                    int next = i + 6;
                    // a high surrogate followed by a low one's escape makes one character (a pair)
                    if (u >= 0xd800 && u <= 0xdbff && next + 6 <= n && s.charAt(next) == '\\' && s.charAt(next + 1) == 'u') {
                        int u2 = hex4(s, next + 2);
                        if (u2 < 0) return PyNone.NONE;
                        if (u2 >= 0xdc00 && u2 <= 0xdfff) {
                            out.append((char) u).append((char) u2);
                            chunk = next + 6;
                            continue;
                        }
                    }
                    out.append((char) u);
                    chunk = next;
                    continue;
                }
                default -> { return PyNone.NONE; }
            }
            chunk = i + 2;
        }
    }

    private static int hex4(String s, int at) {
        if (at + 4 > s.length()) return -1;
        int v = 0;
        for (int k = at; k < at + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') return -1;
            v = v * 16 + d;
        }
        return v;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.BytesOps;
import io.fora.vm.runtime.Codecs;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyBytes;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;

/**
 * The constructors and methods of {@code bytes} and {@code bytearray}, with {@code str.encode},
 * {@code int.to_bytes} and {@code int.from_bytes}. Searching, splitting by a separator, padding
 * and replacing run the str methods over the bytes read as Latin-1 text (one char per byte, so
 * positions and results carry over exactly); what differs for bytes (ASCII-only case and
 * whitespace, line ends, hex, codecs) is written here.
 */
final class BytesMethods {
    private BytesMethods() {}

    /** ASCII whitespace, what bytes methods split and strip on. */
    private static final String WHITESPACE = " \t\n\r\u000b\u000c";

    static void install() {
        for (PyClass cls : new PyClass[] {Types.BYTES, Types.BYTEARRAY}) {
            boolean mutable = cls == Types.BYTEARRAY;
            cls.withConstructor((c, a, kw) -> {
                Object[] p = (kw == null ? Kwargs.NONE : kw).bind(c.name(), a, "source", "encoding", "errors");
                PyBytes made = BytesOps.construct(mutable, p[0], p[1], p[2]);
                if (c == cls) return made;
                PyInstance i = new PyInstance(c);
                i.setBase(made);
                return i;
            });
            def(cls, "find", (a, kw) -> (long) search("find", a, kw, false));
            def(cls, "rfind", (a, kw) -> (long) search("rfind", a, kw, true));
            def(cls, "index", (a, kw) -> {
                int r = search("index", a, kw, false);
                if (r < 0) throw Errors.valueError("subsection not found");
                return (long) r;
            });
            def(cls, "rindex", (a, kw) -> {
                int r = search("rindex", a, kw, true);
                if (r < 0) throw Errors.valueError("subsection not found");
                return (long) r;
            });
            for (String name : new String[] {"count", "startswith", "endswith",
                    "replace", "partition", "rpartition", "center", "ljust", "rjust", "zfill", "expandtabs",
                    "removeprefix", "removesuffix"}) {
                def(cls, name, (a, kw) -> viaStr(name, a, kw));
            }
            def(cls, "split", (a, kw) -> split(a, kw, false));
            def(cls, "rsplit", (a, kw) -> split(a, kw, true));
            def(cls, "strip", (a, kw) -> strip("strip", a, kw));
            def(cls, "lstrip", (a, kw) -> strip("lstrip", a, kw));
            def(cls, "rstrip", (a, kw) -> strip("rstrip", a, kw));
            def(cls, "splitlines", BytesMethods::splitlines);
            def(cls, "join", (a, kw) -> join(a));
            def(cls, "decode", (a, kw) -> {
                PyBytes s = self(a);
                Object[] p = (kw == null ? Kwargs.NONE : kw).bind("decode", java.util.Arrays.copyOfRange(a, 1, a.length), "encoding", "errors");
                for (int k = 0; k < 2; k++) {
                    if (p[k] != null && !(p[k] instanceof PyStr)) {
                        throw Errors.typeError("decode() argument '" + (k == 0 ? "encoding" : "errors") + "' must be str, not " + Errors.argTypeName(p[k]));
                    }
                }
                if (s.size() == 0) return PyStr.EMPTY; // CPython answers before looking the codec up
                return PyStr.of(Codecs.decode(s.raw(), s.size(), BytesOps.text(p[0], "utf-8", "encoding"), BytesOps.text(p[1], "strict", "errors")));
            });
            def(cls, "hex", (a, kw) -> hex(a, kw));
            cls.define("fromhex", new PyDescriptors.ClassMethod(Builtins.fn("fromhex", (a, kw) -> {
                Builtins.methodArity("fromhex", a, 1, 1);
                if (!(a[1] instanceof PyStr s)) throw Errors.typeError("fromhex() argument must be str, not " + Errors.argTypeName(a[1]));
                byte[] raw = fromhex(s.value());
                PyBytes b = PyBytes.make(mutable, raw, raw.length);
                return a[0] == cls ? b : Ops.call(a[0], b);
            })));
            cls.define("maketrans", new PyDescriptors.StaticMethod(Builtins.fn("maketrans", (a, kw) -> {
                Builtins.arity("maketrans", a, 2, 2);
                byte[] from = BytesOps.bytesLike(a[0]), to = BytesOps.bytesLike(a[1]);
                if (from.length != to.length) throw Errors.valueError("maketrans arguments must have same length");
                byte[] t = new byte[256];
                for (int i = 0; i < 256; i++) t[i] = (byte) i;
                for (int i = 0; i < from.length; i++) t[from[i] & 0xff] = to[i];
                return PyBytes.of(t);
            })));
            def(cls, "translate", BytesMethods::translate);
            def(cls, "upper", (a, kw) -> mapAscii(a, 'U'));
            def(cls, "lower", (a, kw) -> mapAscii(a, 'L'));
            def(cls, "swapcase", (a, kw) -> mapAscii(a, 'S'));
            def(cls, "capitalize", (a, kw) -> mapAscii(a, 'C'));
            def(cls, "title", (a, kw) -> mapAscii(a, 'T'));
            predicate(cls, "isalpha", c -> isUpper(c) || isLower(c));
            predicate(cls, "isdigit", c -> c >= '0' && c <= '9');
            predicate(cls, "isalnum", c -> isUpper(c) || isLower(c) || (c >= '0' && c <= '9'));
            predicate(cls, "isspace", c -> WHITESPACE.indexOf(c) >= 0);
            def(cls, "isascii", (a, kw) -> {
                PyBytes s = self(a);
                for (int i = 0; i < s.size(); i++) if (s.at(i) >= 128) return false;
                return true;
            });
            def(cls, "isupper", (a, kw) -> cased(self(a), true));
            def(cls, "islower", (a, kw) -> cased(self(a), false));
            def(cls, "istitle", (a, kw) -> istitle(self(a)));
            def(cls, "__bytes__", (a, kw) -> PyBytes.of(self(a).toArray()));
        }
        Types.BYTES.define("__getnewargs__", Builtins.fn("__getnewargs__", (a, kw) -> PyTuple.of(PyBytes.of(self(a).toArray()))));
        mutators();
        memoryview();
        Types.STR.define("encode", Builtins.fn("encode", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyStr s)) throw Errors.typeError("descriptor 'encode' requires a 'str' object");
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("encode", java.util.Arrays.copyOfRange(a, 1, a.length), "encoding", "errors");
            return PyBytes.of(BytesOps.encode(s, p[0], p[1]));
        }));
        Types.INT.define("to_bytes", Builtins.fn("to_bytes", (a, kw) -> {
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("to_bytes", java.util.Arrays.copyOfRange(a, 1, a.length), "length", "byteorder", "signed");
            long length = p[0] == null ? 1 : Ops.ssize(p[0]);
            return BytesOps.intToBytes(PyInstance.unwrap(a[0], "to_bytes"), length, little(p[1]), p[2] != null && Ops.isTrue(p[2]));
        }));
        Types.INT.define("from_bytes", new PyDescriptors.ClassMethod(Builtins.fn("from_bytes", (a, kw) -> {
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("from_bytes", java.util.Arrays.copyOfRange(a, 1, a.length), "bytes", "byteorder", "signed");
            if (p[0] == null) throw Errors.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
            byte[] b = BytesOps.bufferOrNull(p[0]);
            if (b == null) {
                if (p[0] instanceof PyStr || io.fora.vm.runtime.Ints.isInt(p[0]) || p[0] instanceof Double) {
                    throw Errors.typeError("cannot convert '" + Ops.typeName(p[0]) + "' object to bytes");
                }
                b = BytesOps.construct(false, p[0], null, null).toArray();
            }
            Object v = BytesOps.intFromBytes(b, little(p[1]), p[2] != null && Ops.isTrue(p[2]));
            return a[0] == Types.INT ? v : Ops.call(a[0], v);
        })));
    }

    private static boolean little(Object order) {
        if (order == null) return false;
        if (!(io.fora.vm.runtime.PyInstance.valueOf(order) instanceof PyStr s)) throw Errors.typeError("to_bytes() argument 'byteorder' must be str, not " + Errors.argTypeName(order));
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw Errors.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    private static void def(PyClass cls, String name, PyBuiltin.Body body) { cls.define(name, new PyBuiltin(name, body)); }

    private static PyBytes self(Object[] a) {
        if (a.length > 0 && a[0] instanceof PyBytes b) return b;
        if (a.length > 0 && a[0] instanceof PyInstance i && i.base() instanceof PyBytes b) return b;
        throw Errors.typeError("descriptor requires a 'bytes' object but received '" + (a.length == 0 ? "nothing" : Ops.typeName(a[0])) + "'");
    }

    // ---- the str methods over Latin-1 text ----

    /** CPython's wording for a first argument of the wrong kind, where it has its own. */
    private static void checkFirstArgument(String name, Object v) {
        if (BytesOps.bufferOrNull(v) != null) return;
        switch (name) {
            case "startswith", "endswith" -> {
                if (!(v instanceof PyTuple)) {
                    throw Errors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + Ops.typeName(v));
                }
            }
            case "count", "find", "rfind", "index", "rindex" -> {
                if (!Ops.hasIndex(v)) throw Errors.typeError("argument should be integer or bytes-like object, not '" + Ops.typeName(v) + "'");
            }
            default -> { }
        }
    }

    private static Object asText(Object v, boolean byteAllowed) {
        if (v == null || v == PyNone.NONE || v instanceof Long || v instanceof Boolean) {
            if (byteAllowed && (v instanceof Long || v instanceof Boolean)) return PyStr.of(String.valueOf((char) BytesOps.byteValue(v)));
            return v;
        }
        if (v instanceof PyTuple t) {
            Object[] out = new Object[t.size()];
            for (int i = 0; i < out.length; i++) out[i] = asText(t.get(i), false);
            return PyTuple.of(out);
        }
        byte[] b = BytesOps.bufferOrNull(v);
        if (b != null) return PyStr.of(PyBytes.of(b).latin1());
        if (v instanceof PyInstance i && Ops.hasIndex(i)) return v;
        throw Errors.typeError("a bytes-like object is required, not '" + Ops.typeName(v) + "'");
    }

    private static Object back(Object r, boolean mutable) {
        return switch (r) {
            case PyStr s -> PyBytes.ofLatin1(s.value(), mutable);
            case PyList l -> {
                Object[] out = new Object[l.size()];
                for (int i = 0; i < out.length; i++) out[i] = back(l.get(i), mutable);
                yield PyList.of(out);
            }
            case PyTuple t -> {
                Object[] out = new Object[t.size()];
                for (int i = 0; i < out.length; i++) out[i] = back(t.get(i), mutable);
                yield PyTuple.of(out);
            }
            default -> r;
        };
    }

    private static Object viaStr(String name, Object[] a, Kwargs kw) {
        PyBytes self = self(a);
        boolean byteArg = switch (name) {
            case "find", "rfind", "index", "rindex", "count" -> true;
            default -> false;
        };
        Object[] b = new Object[a.length];
        b[0] = PyStr.of(self.latin1());
        for (int i = 1; i < a.length; i++) {
            boolean text = switch (name) {
                case "zfill", "expandtabs" -> false;
                case "center", "ljust", "rjust" -> i == 2;
                case "replace" -> i <= 2;
                default -> i == 1;
            };
            if (text && i == 1) checkFirstArgument(name, a[1]);
            b[i] = text ? asText(a[i], byteArg && i == 1) : a[i];
        }
        Object r;
        try {
            r = ((PyBuiltin) Types.STR.dict().get(name)).call(b, kw == null ? Kwargs.NONE : kw);
        } catch (io.fora.vm.runtime.PyError e) {
            String msg = Errors.messageOf(e.exception());
            if (msg.equals("substring not found")) throw Errors.valueError("subsection not found");
            throw e;
        }
        if (r instanceof PyStr && r == b[0]) return self.isMutable() ? PyBytes.make(true, self.toArray(), self.size()) : self;
        return back(r, self.isMutable());
    }

    /** find/rfind/index/rindex on the bytes themselves (no text copy: a BytesIO reads lines with find). */
    private static int search(String name, Object[] a, Kwargs kw, boolean last) {
        PyBytes self = self(a);
        if (kw != null && !kw.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
        Builtins.methodArity(name, a, 1, 3);
        byte[] needle;
        checkFirstArgument(name, a[1]);
        if (Ops.hasIndex(a[1]) && !(a[1] instanceof io.fora.vm.runtime.PyInstance)) needle = new byte[] {(byte) BytesOps.byteValue(a[1])};
        else needle = BytesOps.bytesLike(a[1]);
        int n = self.size();
        long start = a.length > 2 && a[2] != PyNone.NONE ? Ops.sliceIndex(a[2]) : 0;
        long end = a.length > 3 && a[3] != PyNone.NONE ? Ops.sliceIndex(a[3]) : n;
        if (start < 0) start = Math.max(0, start + n);
        if (end < 0) end = Math.max(0, end + n);
        end = Math.min(end, n);
        if (start > n || end - start < needle.length) return -1;
        byte[] hay = self.raw();
        if (!last) {
            outer:
            for (int i = (int) start; i + needle.length <= end; i++) {
                for (int k = 0; k < needle.length; k++) if (hay[i + k] != needle[k]) continue outer;
                return i;
            }
        } else {
            outer:
            for (int i = (int) end - needle.length; i >= start; i--) {
                for (int k = 0; k < needle.length; k++) if (hay[i + k] != needle[k]) continue outer;
                return i;
            }
        }
        return -1;
    }

    // ---- splitting and stripping on ASCII whitespace ----

    private static Object split(Object[] a, Kwargs kw, boolean right) {
        PyBytes self = self(a);
        Object[] p = (kw == null ? Kwargs.NONE : kw).bind(right ? "rsplit" : "split", java.util.Arrays.copyOfRange(a, 1, a.length), "sep", "maxsplit");
        if (p[0] != null && p[0] != PyNone.NONE) return viaStr(right ? "rsplit" : "split", new Object[] {a[0], p[0], p[1] == null ? -1L : p[1]}, null);
        long max = p[1] == null ? -1 : Ops.index(p[1]);
        if (max < 0) max = Long.MAX_VALUE;
        String s = self.latin1();
        ArrayList<Object> parts = new ArrayList<>();
        if (!right) {
            int i = 0, n = s.length();
            while (true) {
                while (i < n && WHITESPACE.indexOf(s.charAt(i)) >= 0) i++;
                if (i >= n) break;
                if (parts.size() == max) {
                    parts.add(PyBytes.ofLatin1(s.substring(i), self.isMutable()));
                    break;
                }
                int j = i;
                while (j < n && WHITESPACE.indexOf(s.charAt(j)) < 0) j++;
                parts.add(PyBytes.ofLatin1(s.substring(i, j), self.isMutable()));
                i = j;
            }
        } else {
            int i = s.length();
            while (true) {
                while (i > 0 && WHITESPACE.indexOf(s.charAt(i - 1)) >= 0) i--;
                if (i <= 0) break;
                if (parts.size() == max) {
                    parts.add(PyBytes.ofLatin1(s.substring(0, i), self.isMutable()));
                    break;
                }
                int j = i;
                while (j > 0 && WHITESPACE.indexOf(s.charAt(j - 1)) < 0) j--;
                parts.add(PyBytes.ofLatin1(s.substring(j, i), self.isMutable()));
                i = j;
            }
            java.util.Collections.reverse(parts);
        }
        return PyList.of(parts.toArray());
    }

    private static Object strip(String name, Object[] a, Kwargs kw) {
        PyBytes self = self(a);
        Builtins.methodArity(name, a, 0, 1);
        if (kw != null && !kw.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
        String chars = a.length < 2 || a[1] == PyNone.NONE ? WHITESPACE : PyBytes.of(BytesOps.bytesLike(a[1])).latin1();
        String s = self.latin1();
        int from = 0, to = s.length();
        if (!name.equals("rstrip")) while (from < to && chars.indexOf(s.charAt(from)) >= 0) from++;
        if (!name.equals("lstrip")) while (to > from && chars.indexOf(s.charAt(to - 1)) >= 0) to--;
        return self.slice(from, to);
    }

    private static Object splitlines(Object[] a, Kwargs kw) {
        PyBytes self = self(a);
        Object[] p = (kw == null ? Kwargs.NONE : kw).bind("splitlines", java.util.Arrays.copyOfRange(a, 1, a.length), "keepends");
        boolean keep = p[0] != null && Ops.isTrue(p[0]);
        ArrayList<Object> out = new ArrayList<>();
        int n = self.size(), i = 0;
        while (i < n) {
            int j = i;
            while (j < n && self.at(j) != '\n' && self.at(j) != '\r') j++;
            int eol = j;
            if (j < n) eol = self.at(j) == '\r' && j + 1 < n && self.at(j + 1) == '\n' ? j + 2 : j + 1;
            out.add(self.slice(i, keep ? eol : j));
            i = eol;
        }
        return PyList.of(out.toArray());
    }

    private static Object join(Object[] a) {
        PyBytes self = self(a);
        Builtins.methodArity("join", a, 1, 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyIter it = Ops.iter(a[1]);
        int k = 0;
        for (Object x = it.next(); x != null; x = it.next(), k++) {
            byte[] b = BytesOps.bufferOrNull(x);
            if (b == null) throw Errors.typeError("sequence item " + k + ": expected a bytes-like object, " + Ops.typeName(x) + " found");
            if (k > 0) out.write(self.raw(), 0, self.size());
            out.writeBytes(b);
        }
        byte[] r = out.toByteArray();
        return PyBytes.make(self.isMutable(), r, r.length);
    }

    // ---- hex ----

    private static Object hex(Object[] a, Kwargs kw) {
        PyBytes self = self(a);
        Object[] p = (kw == null ? Kwargs.NONE : kw).bind("hex", java.util.Arrays.copyOfRange(a, 1, a.length), "sep", "bytes_per_sep");
        String sep = null;
        if (p[0] != null) {
            if (p[0] instanceof PyStr s) sep = s.value();
            else sep = PyBytes.of(BytesOps.bytesLike(p[0])).latin1();
            if (sep.length() != 1) throw Errors.valueError("sep must be length 1.");
        }
        long per = p[1] == null ? 1 : Ops.index(p[1]);
        StringBuilder sb = new StringBuilder(self.size() * 3);
        int n = self.size();
        for (int i = 0; i < n; i++) {
            if (sep != null && i > 0 && per != 0) {
                long group = Math.abs(per);
                // positive counts from the right, negative from the left
                boolean cut = per > 0 ? (n - i) % group == 0 : i % group == 0;
                if (cut) sb.append(sep);
            }
            int c = self.at(i);
            sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
        }
        return PyStr.of(sb.toString());
    }

    private static byte[] fromhex(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c') {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            if (hi < 0 || c > 127) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + i);
            if (i + 1 >= n) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            char d = s.charAt(i + 1);
            int lo = Character.digit(d, 16);
            if (lo < 0 || d > 127) throw Errors.valueError("non-hexadecimal number found in fromhex() arg at position " + (i + 1));
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }

    // ---- translate ----

    private static Object translate(Object[] a, Kwargs kw) {
        PyBytes self = self(a);
        Object[] p = (kw == null ? Kwargs.NONE : kw).bind("translate", java.util.Arrays.copyOfRange(a, 1, a.length), "table", "delete");
        if (p[0] == null) throw Errors.typeError("translate() takes at least 1 argument (0 given)");
        byte[] table = p[0] == PyNone.NONE ? null : BytesOps.bytesLike(p[0]);
        if (table != null && table.length != 256) throw Errors.valueError("translation table must be 256 characters long");
        boolean[] del = new boolean[256];
        if (p[1] != null) for (byte x : BytesOps.bytesLike(p[1])) del[x & 0xff] = true;
        ByteArrayOutputStream out = new ByteArrayOutputStream(self.size());
        for (int i = 0; i < self.size(); i++) {
            int c = self.at(i);
            if (del[c]) continue;
            out.write(table == null ? c : table[c] & 0xff);
        }
        byte[] r = out.toByteArray();
        return PyBytes.make(self.isMutable(), r, r.length);
    }

    // ---- ASCII case ----

    private static boolean isUpper(int c) { return c >= 'A' && c <= 'Z'; }

    private static boolean isLower(int c) { return c >= 'a' && c <= 'z'; }

    private static Object mapAscii(Object[] a, char how) {
        PyBytes self = self(a);
        Builtins.methodArity(switch (how) { case 'U' -> "upper"; case 'L' -> "lower"; case 'S' -> "swapcase"; case 'C' -> "capitalize"; default -> "title"; }, a, 0, 0);
        byte[] out = self.toArray();
        boolean prevCased = false;
        for (int i = 0; i < out.length; i++) {
            int c = out[i] & 0xff;
            boolean up = isUpper(c), low = isLower(c);
            int r = c;
            switch (how) {
                case 'U' -> { if (low) r = c - 32; }
                case 'L' -> { if (up) r = c + 32; }
                case 'S' -> { if (low) r = c - 32; else if (up) r = c + 32; }
                case 'C' -> { if (i == 0 && low) r = c - 32; else if (i > 0 && up) r = c + 32; }
                default -> {
                    if (!prevCased && low) r = c - 32;
                    else if (prevCased && up) r = c + 32;
                }
            }
            prevCased = up || low;
            out[i] = (byte) r;
        }
        return PyBytes.make(self.isMutable(), out, out.length);
    }

    private interface BytePredicate {
        boolean test(int c);
    }

    private static void predicate(PyClass cls, String name, BytePredicate p) {
        def(cls, name, (a, kw) -> {
            PyBytes s = self(a);
            Builtins.methodArity(name, a, 0, 0);
            if (s.size() == 0) return false;
            for (int i = 0; i < s.size(); i++) if (!p.test(s.at(i))) return false;
            return true;
        });
    }

    private static boolean cased(PyBytes s, boolean upper) {
        boolean any = false;
        for (int i = 0; i < s.size(); i++) {
            int c = s.at(i);
            if (upper ? isLower(c) : isUpper(c)) return false;
            if (upper ? isUpper(c) : isLower(c)) any = true;
        }
        return any;
    }

    private static boolean istitle(PyBytes s) {
        boolean any = false, prevCased = false;
        for (int i = 0; i < s.size(); i++) {
            int c = s.at(i);
            if (isUpper(c)) {
                if (prevCased) return false;
                prevCased = true;
                any = true;
            } else if (isLower(c)) {
                if (!prevCased) return false;
                prevCased = true;
                any = true;
            } else {
                prevCased = false;
            }
        }
        return any;
    }

    // ---- memoryview ----

    private static io.fora.vm.runtime.PyMemoryView view(Object[] a) {
        if (a.length > 0 && a[0] instanceof io.fora.vm.runtime.PyMemoryView m) return m;
        throw Errors.typeError("descriptor requires a 'memoryview' object");
    }

    private static void memoryview() {
        PyClass c = Types.MEMORYVIEW;
        c.withConstructor((cls, a, kw) -> {
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("memoryview", a, "object");
            if (p[0] == null) throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
            return io.fora.vm.runtime.PyMemoryView.of(p[0]);
        });
        def(c, "tobytes", (a, kw) -> PyBytes.of(view(a).toArray()));
        def(c, "tolist", (a, kw) -> PyList.of(view(a).items()));
        def(c, "cast", (a, kw) -> {
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("cast", java.util.Arrays.copyOfRange(a, 1, a.length), "format", "shape");
            if (p[0] == null) throw Errors.typeError("cast() missing required argument 'format' (pos 1)");
            if (!(p[0] instanceof PyStr f)) throw Errors.typeError("cast() argument 'format' must be str, not " + Errors.argTypeName(p[0]));
            if (p[1] != null) throw Errors.notImplemented("memoryview.cast with a shape is not supported by Fora (its views have one dimension)");
            return view(a).cast(f.value());
        });
        def(c, "hex", (a, kw) -> {
            Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
            Object[] args = new Object[rest.length + 1];
            args[0] = PyBytes.of(view(a).toArray());
            System.arraycopy(rest, 0, args, 1, rest.length);
            return hex(args, kw);
        });
        def(c, "release", (a, kw) -> { view(a).release(); return PyNone.NONE; });
        def(c, "__enter__", (a, kw) -> view(a));
        def(c, "__exit__", (a, kw) -> { view(a).release(); return PyNone.NONE; });
        def(c, "toreadonly", (a, kw) -> new io.fora.vm.runtime.PyMemoryView(PyBytes.of(view(a).toArray()), 0, view(a).size()));
        for (String attr : new String[] {"nbytes", "readonly", "format", "itemsize", "ndim", "shape", "strides", "obj", "c_contiguous", "contiguous"}) {
            c.define(attr, new io.fora.vm.runtime.PyDescriptors.Property(new PyBuiltin(attr, (a, kw) -> {
                io.fora.vm.runtime.PyMemoryView m = view(a);
                return switch (attr) {
                    case "nbytes" -> (Object) (long) m.size();
                    case "readonly" -> m.readonly();
                    case "format" -> PyStr.of(m.format());
                    case "itemsize" -> (long) m.itemsize();
                    case "ndim" -> 1L;
                    case "shape" -> PyTuple.of((long) m.count());
                    case "strides" -> PyTuple.of((long) m.itemsize());
                    case "obj" -> m.target();
                    default -> true;
                };
            }), null, null));
        }
    }

    // ---- bytearray ----

    private static PyBytes array(Object[] a) {
        PyBytes b = self(a);
        if (!b.isMutable()) throw Errors.typeError("descriptor requires a 'bytearray' object");
        return b;
    }

    private static void mutators() {
        PyClass c = Types.BYTEARRAY;
        def(c, "append", (a, kw) -> {
            Builtins.methodArity("append", a, 1, 1);
            array(a).add(BytesOps.byteValue(a[1]));
            return PyNone.NONE;
        });
        def(c, "extend", (a, kw) -> {
            Builtins.methodArity("extend", a, 1, 1);
            PyBytes b = array(a);
            byte[] more = BytesOps.bytesOfIterable(a[1]);
            b.replace(b.size(), b.size(), more);
            return PyNone.NONE;
        });
        def(c, "insert", (a, kw) -> {
            Builtins.methodArity("insert", a, 2, 2);
            PyBytes b = array(a);
            long i = Ops.index(a[1]);
            if (i < 0) i = Math.max(0, i + b.size());
            i = Math.min(i, b.size());
            b.replace((int) i, (int) i, new byte[] {(byte) BytesOps.byteValue(a[2])});
            return PyNone.NONE;
        });
        def(c, "pop", (a, kw) -> {
            Builtins.methodArity("pop", a, 0, 1);
            PyBytes b = array(a);
            if (b.size() == 0) throw Errors.indexError("pop from empty bytearray");
            long i = a.length > 1 ? Ops.index(a[1]) : -1;
            if (i < 0) i += b.size();
            if (i < 0 || i >= b.size()) throw Errors.indexError("pop index out of range");
            int v = b.at((int) i);
            b.replace((int) i, (int) i + 1, new byte[0]);
            return (long) v;
        });
        def(c, "remove", (a, kw) -> {
            Builtins.methodArity("remove", a, 1, 1);
            PyBytes b = array(a);
            int v = BytesOps.byteValue(a[1]);
            for (int i = 0; i < b.size(); i++) {
                if (b.at(i) == v) {
                    b.replace(i, i + 1, new byte[0]);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("value not found in bytearray");
        });
        def(c, "clear", (a, kw) -> {
            Builtins.methodArity("clear", a, 0, 0);
            array(a).setAll(new byte[0]);
            return PyNone.NONE;
        });
        def(c, "reverse", (a, kw) -> {
            Builtins.methodArity("reverse", a, 0, 0);
            PyBytes b = array(a);
            byte[] r = new byte[b.size()];
            for (int i = 0; i < r.length; i++) r[i] = b.raw()[r.length - 1 - i];
            b.setAll(r);
            return PyNone.NONE;
        });
        def(c, "copy", (a, kw) -> {
            Builtins.methodArity("copy", a, 0, 0);
            return PyBytes.array(array(a).toArray());
        });
    }
}

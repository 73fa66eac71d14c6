// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.BytesOps;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyBytes;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code binascii}, {@code base64} and {@code _hashlib} (the digests behind the library module
 * {@code hashlib}): pure functions of bytes, with CPython's results and error messages.
 */
final class BinaryModules {
    private BinaryModules() {}

    static final PyClass BINASCII_ERROR = new PyClass("Error", "binascii", new PyClass[] {Types.VALUE_ERROR}, new LinkedHashMap<>(), true);
    static final PyClass BINASCII_INCOMPLETE = new PyClass("Incomplete", "binascii", new PyClass[] {Types.EXCEPTION}, new LinkedHashMap<>(), true);

    private static PyError binasciiError(String msg) { return Errors.of(BINASCII_ERROR, msg); }

    private static void fn(Map<String, Object> m, String name, PyBuiltin.Body body) { m.put(name, new PyBuiltin(name, body)); }

    private static Object[] bind(String name, Object[] a, Kwargs kw, String... params) {
        return (kw == null ? Kwargs.NONE : kw).bind(name, a, params);
    }

    /** Input of a decoder: bytes-like, or a str of ASCII characters. */
    private static byte[] decodable(Object v) {
        if (v instanceof PyStr s) {
            String t = s.value();
            byte[] b = new byte[t.length()];
            for (int i = 0; i < b.length; i++) {
                char c = t.charAt(i);
                if (c > 127) throw Errors.valueError("string argument should contain only ASCII characters");
                b[i] = (byte) c;
            }
            return b;
        }
        byte[] b = BytesOps.bufferOrNull(v);
        if (b == null) throw Errors.typeError("argument should be a bytes-like object or ASCII string, not '" + Ops.typeName(v) + "'");
        return b;
    }

    private static boolean flag(Object v) { return v != null && Ops.isTrue(v); }

    // ------------------------------------------------------------------ binascii

    static PyModule binascii() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Error", BINASCII_ERROR);
        m.put("Incomplete", BINASCII_INCOMPLETE);
        PyBuiltin.Body hexlify = (a, kw) -> {
            Object[] p = bind("hexlify", a, kw, "data", "sep", "bytes_per_sep");
            PyBytes data = PyBytes.of(BytesOps.bytesLike(p[0]));
            Object[] args = p[1] == null ? new Object[] {data} : p[2] == null ? new Object[] {data, p[1]} : new Object[] {data, p[1], p[2]};
            PyStr hex = (PyStr) ((PyBuiltin) Types.BYTES.dict().get("hex")).call(args, Kwargs.NONE);
            return PyBytes.ofLatin1(hex.value(), false);
        };
        fn(m, "hexlify", hexlify);
        fn(m, "b2a_hex", hexlify);
        PyBuiltin.Body unhexlify = (a, kw) -> {
            Object[] p = bind("unhexlify", a, kw, "hexstr");
            return PyBytes.of(unhex(decodable(p[0])));
        };
        fn(m, "unhexlify", unhexlify);
        fn(m, "a2b_hex", unhexlify);
        fn(m, "b2a_base64", (a, kw) -> {
            Builtins.arity("b2a_base64", a, 1, 1);
            Object nl = kw == null ? null : kw.get("newline");
            byte[] e = java.util.Base64.getEncoder().encode(BytesOps.bytesLike(a[0]));
            if (nl == null || Ops.isTrue(nl)) {
                e = java.util.Arrays.copyOf(e, e.length + 1);
                e[e.length - 1] = '\n';
            }
            return PyBytes.of(e);
        });
        fn(m, "a2b_base64", (a, kw) -> {
            Builtins.arity("a2b_base64", a, 1, 1);
            Object strict = kw == null ? null : kw.get("strict_mode");
            return PyBytes.of(b64decode(decodable(a[0]), flag(strict)));
        });
        fn(m, "crc32", (a, kw) -> {
            Builtins.arity("crc32", a, 1, 2);
            byte[] b = BytesOps.bytesLike(a[0]);
            long start = a.length > 1 ? Ops.index(a[1]) & 0xffffffffL : 0;
            return crc32(b, start);
        });
        fn(m, "crc_hqx", (a, kw) -> {
            // CRC-CCITT (polynomial 0x1021, not reflected), continuing from value, as binhex's
            Builtins.arity("crc_hqx", a, 2, 2);
            byte[] b = BytesOps.bytesLike(a[0]);
            long crc = Ops.index(a[1]) & 0xffff;
            for (byte x : b) {
                crc ^= (x & 0xffL) << 8;
                for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
            }
            return crc;
        });
        return new PyModule("binascii", m);
    }

    static final PyClass ZLIB_ERROR = new PyClass("error", "zlib", new PyClass[] {Types.EXCEPTION}, new LinkedHashMap<>(), true);

    /**
     * zlib: checksums, and one-shot compress/decompress through the JDK's zlib (the same library
     * CPython links, so the compressed bytes are CPython's at the same level and wbits).
     */
    static PyModule zlib() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", ZLIB_ERROR);
        m.put("MAX_WBITS", 15L);
        m.put("DEFLATED", 8L);
        m.put("DEF_MEM_LEVEL", 8L);
        m.put("DEF_BUF_SIZE", 16384L);
        m.put("Z_NO_COMPRESSION", 0L);
        m.put("Z_BEST_SPEED", 1L);
        m.put("Z_BEST_COMPRESSION", 9L);
        m.put("Z_DEFAULT_COMPRESSION", -1L);
        m.put("ZLIB_VERSION", PyStr.of("1.2.13"));
        m.put("ZLIB_RUNTIME_VERSION", PyStr.of("1.2.13"));
        fn(m, "crc32", (a, kw) -> {
            Builtins.arity("crc32", a, 1, 2);
            byte[] b = BytesOps.bytesLike(a[0]);
            long start = a.length > 1 ? Ops.index(a[1]) & 0xffffffffL : 0;
            return crc32(b, start);
        });
        fn(m, "adler32", (a, kw) -> {
            Builtins.arity("adler32", a, 1, 2);
            byte[] b = BytesOps.bytesLike(a[0]);
            long start = a.length > 1 ? Ops.index(a[1]) & 0xffffffffL : 1;
            long s1 = start & 0xffff, s2 = (start >>> 16) & 0xffff;
            for (byte x : b) {
                s1 = (s1 + (x & 0xff)) % 65521;
                s2 = (s2 + s1) % 65521;
            }
            return (s2 << 16) | s1;
        });
        fn(m, "compress", (a, kw) -> {
            Object[] p = bind("compress", a, kw, "data", "level", "wbits");
            byte[] data = BytesOps.bytesLike(p[0]);
            int level = p[1] == null ? -1 : (int) Ops.index(p[1]);
            int wbits = p[2] == null ? 15 : (int) Ops.index(p[2]);
            if (level < -1 || level > 9) throw Errors.of(ZLIB_ERROR, PyStr.of("Bad compression level"));
            boolean raw = wbits < 0;
            if (Math.abs(wbits) != 15 || wbits > 15) {
                throw Errors.valueError("Fora's zlib.compress supports wbits 15 (zlib) and -15 (raw deflate), not " + wbits);
            }
            java.util.zip.Deflater d = new java.util.zip.Deflater(level, raw);
            try {
                d.setInput(data);
                d.finish();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, data.length / 2));
                byte[] buf = new byte[16384];
                while (!d.finished()) {
                    int n = d.deflate(buf);
                    out.write(buf, 0, n);
                }
                return PyBytes.of(out.toByteArray());
            } finally {
                d.end();
            }
        });
        fn(m, "decompress", (a, kw) -> {
            Object[] p = bind("decompress", a, kw, "data", "wbits", "bufsize");
            byte[] data = BytesOps.bytesLike(p[0]);
            int wbits = p[1] == null ? 15 : (int) Ops.index(p[1]);
            if (Math.abs(wbits) < 8 || Math.abs(wbits) > 15) {
                throw Errors.valueError("Fora's zlib.decompress supports wbits 8..15 (zlib) and -8..-15 (raw deflate), not " + wbits);
            }
            java.util.zip.Inflater inf = new java.util.zip.Inflater(wbits < 0);
            try {
                inf.setInput(data);
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(Math.max(64, data.length * 3));
                byte[] buf = new byte[16384];
                while (!inf.finished()) {
                    int n = inf.inflate(buf);
                    if (n == 0 && !inf.finished() && (inf.needsInput() || inf.needsDictionary())) {
                        throw Errors.of(ZLIB_ERROR, PyStr.of("Error -5 while decompressing data: incomplete or truncated stream"));
                    }
                    out.write(buf, 0, n);
                }
                return PyBytes.of(out.toByteArray());
            } catch (java.util.zip.DataFormatException e) {
                throw Errors.of(ZLIB_ERROR, PyStr.of("Error -3 while decompressing data: " + e.getMessage()));
            } finally {
                inf.end();
            }
        });
        ZlibStreams.install(m, ZLIB_ERROR);
        return new PyModule("zlib", m);
    }

    /** CRC-32 continuing from {@code start} (zlib's polynomial, as binascii.crc32). */
    private static long crc32(byte[] b, long start) {
        long crc = ~start & 0xffffffffL;
        for (byte x : b) {
            crc ^= x & 0xff;
            for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320L : crc >>> 1;
        }
        return ~crc & 0xffffffffL;
    }

    private static byte[] unhex(byte[] s) {
        if (s.length % 2 != 0) throw binasciiError("Odd-length string");
        byte[] out = new byte[s.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(s[2 * i], 16), lo = Character.digit(s[2 * i + 1], 16);
            if (hi < 0 || lo < 0) throw binasciiError("Non-hexadecimal digit found");
            out[i] = (byte) (hi << 4 | lo);
        }
        return out;
    }

    // ------------------------------------------------------------------ base64

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String B32HEX = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    private static final String B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

    /** Base64 decoding as binascii.a2b_base64 does it: characters outside the alphabet are skipped unless strict. */
    private static byte[] b64decode(byte[] s, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length * 3 / 4);
        int left = 0, quad = 0, pads = 0;
        boolean padStarted = false;
        for (int i = 0; i < s.length; i++) {
            int c = s[i] & 0xff;
            if (c == '=') {
                padStarted = true;
                if (strict && quad == 0) throw binasciiError("Excess padding not allowed");
                if (quad >= 2 && quad + ++pads >= 4) {
                    // a complete pad sequence ends the input
                    if (strict && i + 1 < s.length) throw binasciiError("Excess data after padding");
                    return out.toByteArray();
                }
                continue;
            }
            int v = c < 128 ? B64.indexOf(c) : -1;
            if (v < 0) {
                if (strict) throw binasciiError("Only base64 data is allowed");
                continue;
            }
            if (strict && padStarted) throw binasciiError("Discontinuous padding not allowed");
            pads = 0;
            switch (quad) {
                case 0 -> { quad = 1; left = v; }
                case 1 -> { quad = 2; out.write((left << 2 | v >> 4) & 0xff); left = v & 0x0f; }
                case 2 -> { quad = 3; out.write((left << 4 | v >> 2) & 0xff); left = v & 0x03; }
                default -> { quad = 0; out.write((left << 6 | v) & 0xff); left = 0; }
            }
        }
        if (quad == 1) {
            throw binasciiError("Invalid base64-encoded string: number of data characters (" + (out.size() / 3 * 4 + 1)
                    + ") cannot be 1 more than a multiple of 4");
        }
        if (quad != 0) throw binasciiError("Incorrect padding");
        return out.toByteArray();
    }

    private static byte[] translate(byte[] s, byte[] from, byte[] to) {
        byte[] out = s.clone();
        for (int i = 0; i < out.length; i++) {
            for (int k = 0; k < from.length; k++) {
                if (out[i] == from[k]) {
                    out[i] = to[k];
                    break;
                }
            }
        }
        return out;
    }

    private static byte[] altchars(Object v) {
        byte[] alt = BytesOps.bytesLike(v);
        if (alt.length != 2) throw Errors.of(Types.ASSERTION_ERROR, io.fora.vm.runtime.Repr.repr(PyBytes.of(alt)));
        return alt;
    }

    static PyModule base64() {
        Map<String, Object> m = new LinkedHashMap<>();
        fn(m, "b64encode", (a, kw) -> {
            Object[] p = bind("b64encode", a, kw, "s", "altchars");
            byte[] e = java.util.Base64.getEncoder().encode(BytesOps.bytesLike(p[0]));
            if (p[1] != null && p[1] != PyNone.NONE) e = translate(e, new byte[] {'+', '/'}, altchars(p[1]));
            return PyBytes.of(e);
        });
        fn(m, "b64decode", (a, kw) -> {
            Object[] p = bind("b64decode", a, kw, "s", "altchars", "validate");
            byte[] s = decodable(p[0]);
            if (p[1] != null && p[1] != PyNone.NONE) s = translate(s, altchars(p[1]), new byte[] {'+', '/'});
            boolean validate = flag(p[2]);
            if (validate) {
                for (byte x : s) if (x != '=' && (x < 0 || B64.indexOf(x) < 0)) throw binasciiError("Non-base64 digit found");
            }
            return PyBytes.of(b64decode(s, false));
        });
        fn(m, "standard_b64encode", (a, kw) -> PyBytes.of(java.util.Base64.getEncoder().encode(BytesOps.bytesLike(bind("standard_b64encode", a, kw, "s")[0]))));
        fn(m, "standard_b64decode", (a, kw) -> PyBytes.of(b64decode(decodable(bind("standard_b64decode", a, kw, "s")[0]), false)));
        fn(m, "urlsafe_b64encode", (a, kw) -> PyBytes.of(java.util.Base64.getUrlEncoder().encode(BytesOps.bytesLike(bind("urlsafe_b64encode", a, kw, "s")[0]))));
        fn(m, "urlsafe_b64decode", (a, kw) -> {
            byte[] s = decodable(bind("urlsafe_b64decode", a, kw, "s")[0]);
            return PyBytes.of(b64decode(translate(s, new byte[] {'-', '_'}, new byte[] {'+', '/'}), false));
        });
        fn(m, "encodebytes", (a, kw) -> {
            byte[] s = BytesOps.bytesLike(bind("encodebytes", a, kw, "s")[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < s.length; i += 57) {
                out.writeBytes(java.util.Base64.getEncoder().encode(java.util.Arrays.copyOfRange(s, i, Math.min(s.length, i + 57))));
                out.write('\n');
            }
            return PyBytes.of(out.toByteArray());
        });
        fn(m, "decodebytes", (a, kw) -> PyBytes.of(b64decode(BytesOps.bytesLike(bind("decodebytes", a, kw, "s")[0]), false)));
        fn(m, "b32encode", (a, kw) -> PyBytes.of(b32encode(BytesOps.bytesLike(bind("b32encode", a, kw, "s")[0]), B32)));
        fn(m, "b32hexencode", (a, kw) -> PyBytes.of(b32encode(BytesOps.bytesLike(bind("b32hexencode", a, kw, "s")[0]), B32HEX)));
        fn(m, "b32decode", (a, kw) -> {
            Object[] p = bind("b32decode", a, kw, "s", "casefold", "map01");
            byte[] s = decodable(p[0]);
            if (p[2] != null && p[2] != PyNone.NONE) {
                byte[] map01 = BytesOps.bytesLike(p[2]);
                s = translate(s, new byte[] {'0', '1'}, new byte[] {'O', map01[0]});
            }
            return PyBytes.of(b32decode(s, flag(p[1]), B32));
        });
        fn(m, "b32hexdecode", (a, kw) -> {
            Object[] p = bind("b32hexdecode", a, kw, "s", "casefold");
            return PyBytes.of(b32decode(decodable(p[0]), flag(p[1]), B32HEX));
        });
        fn(m, "b16encode", (a, kw) -> {
            byte[] s = BytesOps.bytesLike(bind("b16encode", a, kw, "s")[0]);
            byte[] out = new byte[s.length * 2];
            for (int i = 0; i < s.length; i++) {
                out[2 * i] = (byte) "0123456789ABCDEF".charAt((s[i] >> 4) & 15);
                out[2 * i + 1] = (byte) "0123456789ABCDEF".charAt(s[i] & 15);
            }
            return PyBytes.of(out);
        });
        fn(m, "b16decode", (a, kw) -> {
            Object[] p = bind("b16decode", a, kw, "s", "casefold");
            byte[] s = decodable(p[0]);
            if (flag(p[1])) s = PyBytes.ofLatin1(PyBytes.of(s).latin1().toUpperCase(java.util.Locale.ROOT), false).toArray();
            for (byte x : s) if ("0123456789ABCDEF".indexOf(x) < 0) throw binasciiError("Non-base16 digit found");
            return PyBytes.of(unhex(s));
        });
        fn(m, "a85encode", (a, kw) -> {
            Builtins.arity("a85encode", a, 1, 1);
            Kwargs k = kw == null ? Kwargs.NONE : kw;
            k.allowOnly("a85encode", "foldspaces", "wrapcol", "pad", "adobe");
            return PyBytes.of(a85encode(BytesOps.bytesLike(a[0]), flag(k.get("foldspaces")),
                    k.get("wrapcol") == null ? 0 : Ops.index(k.get("wrapcol")), flag(k.get("pad")), flag(k.get("adobe"))));
        });
        fn(m, "a85decode", (a, kw) -> {
            Builtins.arity("a85decode", a, 1, 1);
            Kwargs k = kw == null ? Kwargs.NONE : kw;
            k.allowOnly("a85decode", "foldspaces", "adobe", "ignorechars");
            byte[] ignore = k.get("ignorechars") == null ? new byte[] {' ', '\t', '\n', '\r', 0x0b} : BytesOps.bytesLike(k.get("ignorechars"));
            return PyBytes.of(a85decode(decodable(a[0]), flag(k.get("foldspaces")), flag(k.get("adobe")), ignore));
        });
        fn(m, "b85encode", (a, kw) -> {
            Object[] p = bind("b85encode", a, kw, "b", "pad");
            return PyBytes.of(b85encode(BytesOps.bytesLike(p[0]), flag(p[1])));
        });
        fn(m, "b85decode", (a, kw) -> PyBytes.of(b85decode(decodable(bind("b85decode", a, kw, "b")[0]))));
        return new PyModule("base64", m);
    }

    private static byte[] b32encode(byte[] s, String alphabet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((s.length + 4) / 5 * 8);
        for (int i = 0; i < s.length; i += 5) {
            int n = Math.min(5, s.length - i);
            long chunk = 0;
            for (int k = 0; k < 5; k++) chunk = chunk << 8 | (k < n ? s[i + k] & 0xff : 0);
            int chars = switch (n) { case 1 -> 2; case 2 -> 4; case 3 -> 5; case 4 -> 7; default -> 8; };
            for (int k = 0; k < 8; k++) out.write(k < chars ? alphabet.charAt((int) (chunk >>> (35 - 5 * k)) & 31) : '=');
        }
        return out.toByteArray();
    }

    private static byte[] b32decode(byte[] s, boolean casefold, String alphabet) {
        if (s.length % 8 != 0) throw binasciiError("Incorrect padding");
        if (casefold) s = PyBytes.ofLatin1(PyBytes.of(s).latin1().toUpperCase(java.util.Locale.ROOT), false).toArray();
        int len = s.length;
        int pad = 0;
        while (len > 0 && s[len - 1] == '=') { len--; pad++; }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length * 5 / 8);
        for (int i = 0; i < s.length; i += 8) {
            long chunk = 0;
            for (int k = 0; k < 8; k++) {
                int v;
                if (i + k >= len) v = 0;
                else {
                    v = s[i + k] < 0 ? -1 : alphabet.indexOf(s[i + k]);
                    if (v < 0) throw binasciiError("Non-base32 digit found");
                }
                chunk = chunk << 5 | v;
            }
            int bytes = 5;
            if (i + 8 >= s.length && pad > 0) {
                bytes = switch (pad) {
                    case 1 -> 4;
                    case 3 -> 3;
                    case 4 -> 2;
                    case 6 -> 1;
                    default -> throw binasciiError("Incorrect padding");
                };
            }
            for (int k = 0; k < bytes; k++) out.write((int) (chunk >>> (32 - 8 * k)) & 0xff);
        }
        return out.toByteArray();
    }

    private static byte[] a85encode(byte[] b, boolean foldspaces, long wrapcol, boolean pad, boolean adobe) {
        StringBuilder sb = new StringBuilder(b.length * 5 / 4 + 8);
        int full = b.length / 4 * 4;
        for (int i = 0; i < b.length; i += 4) {
            int n = Math.min(4, b.length - i);
            long w = 0;
            for (int k = 0; k < 4; k++) w = w << 8 | (k < n ? b[i + k] & 0xff : 0);
            boolean whole = n == 4 || pad;
            if (whole && w == 0) { sb.append('z'); continue; }
            if (whole && foldspaces && w == 0x20202020L) { sb.append('y'); continue; }
            char[] c = new char[5];
            for (int k = 4; k >= 0; k--) { c[k] = (char) ('!' + w % 85); w /= 85; }
            sb.append(c, 0, whole ? 5 : n + 1);
        }
        String s = sb.toString();
        if (adobe) s = "<~" + s;
        if (wrapcol > 0) {
            long width = adobe ? Math.max(2, wrapcol) : wrapcol;
            StringBuilder w = new StringBuilder();
            for (int i = 0; i < s.length(); i += (int) width) {
                if (i > 0) w.append('\n');
                w.append(s, i, (int) Math.min(s.length(), i + width));
            }
            s = w.toString();
            if (adobe) {
                int lastNl = s.lastIndexOf('\n');
                if (s.length() - lastNl - 1 + 2 > width) s = s + "\n";
            }
        }
        if (adobe) s = s + "~>";
        return PyBytes.ofLatin1(s, false).toArray();
    }

    private static byte[] a85decode(byte[] b, boolean foldspaces, boolean adobe, byte[] ignore) {
        int from = 0, to = b.length;
        if (adobe) {
            if (!(to >= 2 && b[to - 2] == '~' && b[to - 1] == '>')) {
                throw Errors.valueError("Ascii85 encoded byte sequences must end with b'~>'");
            }
            to -= 2;
            if (to - from >= 2 && b[0] == '<' && b[1] == '~') from = 2;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long acc = 0;
        int n = 0;
        outer:
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c >= '!' && c <= 'u') {
                acc = acc * 85 + (c - '!');
                if (++n == 5) {
                    if (acc > 0xffffffffL) throw Errors.valueError("Ascii85 overflow");
                    for (int k = 3; k >= 0; k--) out.write((int) (acc >>> (8 * k)) & 0xff);
                    acc = 0;
                    n = 0;
                }
            } else if (c == 'z') {
                if (n != 0) throw Errors.valueError("z inside Ascii85 5-tuple");
                out.writeBytes(new byte[4]);
            } else if (foldspaces && c == 'y') {
                if (n != 0) throw Errors.valueError("y inside Ascii85 5-tuple");
                out.writeBytes(new byte[] {' ', ' ', ' ', ' '});
            } else {
                for (byte x : ignore) if ((x & 0xff) == c) continue outer;
                throw Errors.valueError("Non-Ascii85 digit found: " + (char) c);
            }
        }
        if (n > 0) {
            int have = n;
            for (; n < 5; n++) acc = acc * 85 + 84;
            if (acc > 0xffffffffL) throw Errors.valueError("Ascii85 overflow");
            for (int k = 3; k >= 5 - have; k--) out.write((int) (acc >>> (8 * k)) & 0xff);
        }
        return out.toByteArray();
    }

    private static byte[] b85encode(byte[] b, boolean pad) {
        StringBuilder sb = new StringBuilder(b.length * 5 / 4 + 5);
        for (int i = 0; i < b.length; i += 4) {
            int n = Math.min(4, b.length - i);
            long w = 0;
            for (int k = 0; k < 4; k++) w = w << 8 | (k < n ? b[i + k] & 0xff : 0);
            char[] c = new char[5];
            for (int k = 4; k >= 0; k--) { c[k] = B85.charAt((int) (w % 85)); w /= 85; }
            sb.append(c, 0, n == 4 || pad ? 5 : n + 1);
        }
        return PyBytes.ofLatin1(sb.toString(), false).toArray();
    }

    private static byte[] b85decode(byte[] b) {
        int padding = (5 - b.length % 5) % 5;
        byte[] s = java.util.Arrays.copyOf(b, b.length + padding);
        for (int i = b.length; i < s.length; i++) s[i] = '~';
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length / 5 * 4);
        for (int i = 0; i < s.length; i += 5) {
            long acc = 0;
            for (int k = 0; k < 5; k++) {
                int v = s[i + k] < 0 ? -1 : B85.indexOf(s[i + k]);
                if (v < 0) throw Errors.valueError("bad base85 character at position " + (i + k));
                acc = acc * 85 + v;
            }
            if (acc > 0xffffffffL) throw Errors.valueError("base85 overflow in hunk starting at byte " + i);
            for (int k = 3; k >= 0; k--) out.write((int) (acc >>> (8 * k)) & 0xff);
        }
        byte[] r = out.toByteArray();
        return padding == 0 ? r : java.util.Arrays.copyOf(r, r.length - padding);
    }

    // ------------------------------------------------------------------ _hashlib

    static PyModule hashlib() {
        Map<String, Object> m = new LinkedHashMap<>();
        fn(m, "digest", (a, kw) -> {
            Builtins.arity("digest", a, 2, 2);
            String name = ((PyStr) a[0]).value();
            String algorithm = switch (name) {
                case "md5" -> "MD5";
                case "sha1" -> "SHA-1";
                case "sha224" -> "SHA-224";
                case "sha256" -> "SHA-256";
                case "sha384" -> "SHA-384";
                case "sha512" -> "SHA-512";
                case "sha512_224" -> "SHA-512/224";
                case "sha512_256" -> "SHA-512/256";
                case "sha3_224" -> "SHA3-224";
                case "sha3_256" -> "SHA3-256";
                case "sha3_384" -> "SHA3-384";
                case "sha3_512" -> "SHA3-512";
                default -> throw Errors.valueError("unsupported hash type " + name);
            };
            try {
                return PyBytes.of(java.security.MessageDigest.getInstance(algorithm).digest(BytesOps.bytesLike(a[1])));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw Errors.valueError("unsupported hash type " + name);
            }
        });
        // blake2b(data, digest_size, key, salt, person) / blake2s(...): the JDK has no BLAKE2
        fn(m, "blake2b", (a, kw) -> {
            Builtins.arity("blake2b", a, 5, 5);
            return PyBytes.of(Blake2AndShake.blake2b(BytesOps.bytesLike(a[0]), (int) Ops.index(a[1]), BytesOps.bytesLike(a[2]),
                    BytesOps.bytesLike(a[3]), BytesOps.bytesLike(a[4])));
        });
        fn(m, "blake2s", (a, kw) -> {
            Builtins.arity("blake2s", a, 5, 5);
            return PyBytes.of(Blake2AndShake.blake2s(BytesOps.bytesLike(a[0]), (int) Ops.index(a[1]), BytesOps.bytesLike(a[2]),
                    BytesOps.bytesLike(a[3]), BytesOps.bytesLike(a[4])));
        });
        // shake(data, rate, length): SHAKE128 (rate 168) or SHAKE256 (rate 136)
        fn(m, "shake", (a, kw) -> {
            Builtins.arity("shake", a, 3, 3);
            long length = Ops.index(a[2]);
            if (length < 0) throw Errors.valueError("length must be non-negative");
            if (length > (1 << 30)) throw Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR);
            return PyBytes.of(Blake2AndShake.shake(BytesOps.bytesLike(a[0]), (int) Ops.index(a[1]), (int) length));
        });
        return new PyModule("_hashlib", m);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code str.encode} and {@code bytes.decode}: UTF-8, ASCII and Latin-1 with CPython's error
 * handlers ({@code strict}, {@code ignore}, {@code replace}, {@code backslashreplace},
 * {@code xmlcharrefreplace}) and its error messages; UTF-16 and UTF-32 in strict mode.
 */
public final class Codecs {
    private Codecs() {}

    /** CPython's normalised name of an encoding, or null when Fora does not know it. */
    public static String normalise(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "ascii", "us-ascii", "646", "us" -> "ascii";
            case "latin-1", "latin1", "latin", "iso-8859-1", "iso8859-1", "8859", "cp819", "l1", "iso-ir-100" -> "latin-1";
            case "utf-16", "utf16" -> "utf-16";
            case "utf-16-le", "utf-16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be" -> "utf-16-be";
            case "utf-32", "utf32" -> "utf-32";
            case "utf-32-le", "utf-32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be" -> "utf-32-be";
            case "unicode-escape", "unicodeescape" -> "unicode-escape";
            case "utf-8-sig", "utf8-sig" -> "utf-8-sig";
            case "raw-unicode-escape", "rawunicodeescape" -> "raw-unicode-escape";
            default -> CHARMAPS.containsKey(e) ? e : ALIASES.get(e);
        };
    }

    /** Single-byte code pages (CPython's charmap codecs): Python's name -> the JDK's charset. */
    private static final java.util.Map<String, String> CHARMAPS = java.util.Map.ofEntries(
            java.util.Map.entry("cp1250", "windows-1250"), java.util.Map.entry("cp1251", "windows-1251"),
            java.util.Map.entry("cp1252", "windows-1252"), java.util.Map.entry("cp1253", "windows-1253"),
            java.util.Map.entry("cp1254", "windows-1254"), java.util.Map.entry("cp1255", "windows-1255"),
            java.util.Map.entry("cp1256", "windows-1256"), java.util.Map.entry("cp1257", "windows-1257"),
            java.util.Map.entry("cp1258", "windows-1258"), java.util.Map.entry("cp437", "IBM437"),
            java.util.Map.entry("cp850", "IBM850"), java.util.Map.entry("cp866", "IBM866"),
            java.util.Map.entry("iso8859-2", "ISO-8859-2"), java.util.Map.entry("iso8859-3", "ISO-8859-3"),
            java.util.Map.entry("iso8859-4", "ISO-8859-4"), java.util.Map.entry("iso8859-5", "ISO-8859-5"),
            java.util.Map.entry("iso8859-6", "ISO-8859-6"), java.util.Map.entry("iso8859-7", "ISO-8859-7"),
            java.util.Map.entry("iso8859-8", "ISO-8859-8"), java.util.Map.entry("iso8859-9", "ISO-8859-9"),
            java.util.Map.entry("iso8859-13", "ISO-8859-13"), java.util.Map.entry("iso8859-15", "ISO-8859-15"),
            java.util.Map.entry("koi8-r", "KOI8-R"), java.util.Map.entry("koi8-u", "KOI8-U"),
            java.util.Map.entry("mac-roman", "x-MacRoman"));

    private static final java.util.Map<String, String> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("windows-1250", "cp1250"), java.util.Map.entry("windows-1251", "cp1251"),
            java.util.Map.entry("windows-1252", "cp1252"), java.util.Map.entry("windows-1253", "cp1253"),
            java.util.Map.entry("windows-1254", "cp1254"), java.util.Map.entry("windows-1255", "cp1255"),
            java.util.Map.entry("windows-1256", "cp1256"), java.util.Map.entry("windows-1257", "cp1257"),
            java.util.Map.entry("windows-1258", "cp1258"), java.util.Map.entry("ibm437", "cp437"),
            java.util.Map.entry("437", "cp437"), java.util.Map.entry("ibm850", "cp850"), java.util.Map.entry("850", "cp850"),
            java.util.Map.entry("ibm866", "cp866"), java.util.Map.entry("866", "cp866"),
            java.util.Map.entry("iso-8859-2", "iso8859-2"), java.util.Map.entry("latin2", "iso8859-2"),
            java.util.Map.entry("iso-8859-3", "iso8859-3"), java.util.Map.entry("latin3", "iso8859-3"),
            java.util.Map.entry("iso-8859-4", "iso8859-4"), java.util.Map.entry("latin4", "iso8859-4"),
            java.util.Map.entry("iso-8859-5", "iso8859-5"), java.util.Map.entry("cyrillic", "iso8859-5"),
            java.util.Map.entry("iso-8859-6", "iso8859-6"), java.util.Map.entry("arabic", "iso8859-6"),
            java.util.Map.entry("iso-8859-7", "iso8859-7"), java.util.Map.entry("greek", "iso8859-7"),
            java.util.Map.entry("iso-8859-8", "iso8859-8"), java.util.Map.entry("hebrew", "iso8859-8"),
            java.util.Map.entry("iso-8859-9", "iso8859-9"), java.util.Map.entry("latin5", "iso8859-9"),
            java.util.Map.entry("iso-8859-13", "iso8859-13"), java.util.Map.entry("latin7", "iso8859-13"),
            java.util.Map.entry("iso-8859-15", "iso8859-15"), java.util.Map.entry("latin9", "iso8859-15"),
            java.util.Map.entry("koi8r", "koi8-r"), java.util.Map.entry("macroman", "mac-roman"),
            java.util.Map.entry("macintosh", "mac-roman"));

    /** A charmap codec's encoding, with CPython's error handlers and messages. */
    private static byte[] encodeCharmap(String s, String enc, String errors) {
        java.nio.charset.CharsetEncoder coder = Charset.forName(CHARMAPS.get(enc)).newEncoder();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        int pos = 0;
        for (int i = 0; i < s.length(); pos++) {
            int cp = s.codePointAt(i);
            String one = new String(Character.toChars(cp));
            i += Character.charCount(cp);
            if (!Character.isSurrogate(one.charAt(0)) && coder.canEncode(one)) {
                out.writeBytes(one.getBytes(coder.charset()));
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.write('?');
                case "backslashreplace", "xmlcharrefreplace" -> out.writeBytes(escape(cp, errors).getBytes(StandardCharsets.US_ASCII));
                default -> throw encodeError("charmap", s, pos, pos + 1, "character maps to <undefined>");
            }
        }
        return out.toByteArray();
    }

    /** A charmap codec's decoding, with CPython's error handlers and messages. */
    private static String decodeCharmap(byte[] b, int n, String enc, String errors) {
        java.nio.charset.CharsetDecoder coder = Charset.forName(CHARMAPS.get(enc)).newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            try {
                sb.append(coder.decode(java.nio.ByteBuffer.wrap(b, i, 1)));
            } catch (java.nio.charset.CharacterCodingException e) {
                bad(sb, b, n, i, i + 1, "charmap", "character maps to <undefined>", errors);
            }
        }
        return sb.toString();
    }

    private static String known(String encoding) {
        String n = normalise(encoding);
        if (n == null) throw Errors.of(Types.LOOKUP_ERROR, "unknown encoding: " + encoding);
        return n;
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass" -> { }
            default -> throw Errors.of(Types.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
        }
    }

    // ---- encoding ----

    public static byte[] encode(String s, String encoding, String errors) {
        String enc = known(encoding);
        checkHandler(errors);
        return switch (enc) {
            case "utf-8" -> encodeUtf8(s, errors);
            case "ascii" -> encodeLimited(s, 128, "ascii", errors);
            case "latin-1" -> encodeLimited(s, 256, "latin-1", errors);
            case "unicode-escape", "raw-unicode-escape" -> encodeEscapes(s, enc.equals("raw-unicode-escape"));
            case "utf-8-sig" -> concat(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf}, encodeUtf8(s, errors));
            default -> CHARMAPS.containsKey(enc) ? encodeCharmap(s, enc, errors) : encodeJava(s, enc);
        };
    }

    private static byte[] encodeJava(String s, String enc) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)))) {
                throw encodeError(enc, s, cpIndex(s, i), cpIndex(s, i) + 1, "surrogates not allowed");
            }
            if (Character.isHighSurrogate(c)) i++;
        }
        return switch (enc) {
            case "utf-16" -> concat(new byte[] {(byte) 0xff, (byte) 0xfe}, s.getBytes(StandardCharsets.UTF_16LE));
            case "utf-16-le" -> s.getBytes(StandardCharsets.UTF_16LE);
            case "utf-16-be" -> s.getBytes(StandardCharsets.UTF_16BE);
            case "utf-32" -> concat(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0}, s.getBytes(Charset.forName("UTF-32LE")));
            case "utf-32-le" -> s.getBytes(Charset.forName("UTF-32LE"));
            default -> s.getBytes(Charset.forName("UTF-32BE"));
        };
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static int cpIndex(String s, int charIndex) { return s.codePointCount(0, charIndex); }

    private static byte[] encodeUtf8(String s, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xc0 | cp >> 6);
                out.write(0x80 | cp & 0x3f);
            } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                int start = cpIndex(s, i);
                int end = start;
                int j = i;
                while (j < s.length() && Character.isSurrogate(s.charAt(j))
                        && !(Character.isHighSurrogate(s.charAt(j)) && j + 1 < s.length() && Character.isLowSurrogate(s.charAt(j + 1)))) {
                    j++;
                    end++;
                }
                switch (errors) {
                    case "ignore" -> { }
                    case "replace" -> { for (int k = start; k < end; k++) out.write('?'); }
                    case "backslashreplace", "xmlcharrefreplace" -> {
                        for (int k = i; k < j; k++) out.writeBytes(escape(s.charAt(k), errors).getBytes(StandardCharsets.US_ASCII));
                    }
                    // each lone surrogate as the three bytes UTF-8 would give its code point
                    case "surrogatepass" -> {
                        for (int k = i; k < j; k++) {
                            char c = s.charAt(k);
                            out.write(0xe0 | (c >> 12));
                            out.write(0x80 | ((c >> 6) & 0x3f));
                            out.write(0x80 | (c & 0x3f));
                        }
                    }
                    default -> throw encodeError("utf-8", s, start, end, "surrogates not allowed");
                }
                i = j;
                continue;
            } else if (cp < 0x10000) {
                out.write(0xe0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            } else {
                out.write(0xf0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3f);
                out.write(0x80 | cp >> 6 & 0x3f);
                out.write(0x80 | cp & 0x3f);
            }
            i += n;
        }
        return out.toByteArray();
    }

    static String escape(int cp, String errors) {
        if (errors.equals("xmlcharrefreplace")) return "&#" + cp + ";";
        if (cp < 0x100) return String.format("\\x%02x", cp);
        if (cp < 0x10000) return String.format("\\u%04x", cp);
        return String.format("\\U%08x", cp);
    }

    private static byte[] encodeLimited(String s, int limit, String name, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int pos = 0;
        for (int i = 0; i < s.length(); pos++) {
            int cp = s.codePointAt(i);
            if (cp < limit) {
                out.write(cp);
                i += Character.charCount(cp);
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.write('?');
                case "backslashreplace", "xmlcharrefreplace" -> out.writeBytes(escape(cp, errors).getBytes(StandardCharsets.US_ASCII));
                default -> {
                    int end = pos, j = i;
                    while (j < s.length() && s.codePointAt(j) >= limit) {
                        j += Character.charCount(s.codePointAt(j));
                        end++;
                    }
                    throw encodeError(name, s, pos, end, "ordinal not in range(" + limit + ")");
                }
            }
            i += Character.charCount(cp);
        }
        return out.toByteArray();
    }

    private static PyError encodeError(String enc, String s, int start, int end, String reason) {
        // its args are CPython's five (encoding, object, start, end, reason); its message is made from them
        return details(Errors.of(Types.UNICODE_ENCODE_ERROR, PyStr.of(enc), PyStr.of(s), (long) start, (long) end, PyStr.of(reason)),
                enc, PyStr.of(s), start, end, reason);
    }

    /** The attributes CPython's UnicodeError has: encoding, object, start, end, reason. */
    private static PyError details(PyError err, String enc, Object object, int start, int end, String reason) {
        PyException e = err.exception();
        e.setAttr("encoding", PyStr.of(enc));
        e.setAttr("object", object);
        e.setAttr("start", (long) start);
        e.setAttr("end", (long) end);
        e.setAttr("reason", PyStr.of(reason));
        return err;
    }

    // ---- decoding ----

    public static String decode(byte[] b, int n, String encoding, String errors) {
        String enc = known(encoding);
        checkHandler(errors);
        return switch (enc) {
            case "utf-8" -> decodeUtf8(b, n, errors);
            case "ascii" -> decodeAscii(b, n, errors);
            case "latin-1" -> {
                char[] c = new char[n];
                for (int i = 0; i < n; i++) c[i] = (char) (b[i] & 0xff);
                yield new String(c);
            }
            case "unicode-escape", "raw-unicode-escape" -> decodeEscapes(b, n, enc.equals("raw-unicode-escape"), errors);
            case "utf-8-sig" -> {
                // the byte order mark, when there is one, is not part of the text
                boolean bom = n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
                yield bom ? decodeUtf8(java.util.Arrays.copyOfRange(b, 3, n), n - 3, errors) : decodeUtf8(b, n, errors);
            }
            default -> CHARMAPS.containsKey(enc) ? decodeCharmap(b, n, enc, errors) : decodeJava(b, n, enc);
        };
    }

    /**
     * unicode_escape (raw: only code points past latin-1 escaped, as backslash-u or backslash-U):
     * ASCII as itself but for backslash and the control characters, other code points as
     * backslash-x, -u or -U escapes.
     */
    private static byte[] encodeEscapes(String s, boolean raw) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length() + 8);
        s.codePoints().forEach(c -> {
            String e;
            if (raw) e = c < 0x100 ? null : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            else if (c == '\\') e = "\\\\";
            else if (c == '\t') e = "\\t";
            else if (c == '\n') e = "\\n";
            else if (c == '\r') e = "\\r";
            else if (c >= 0x20 && c < 0x7f) e = null;
            else e = c < 0x100 ? String.format("\\x%02x", c) : c < 0x10000 ? String.format("\\u%04x", c) : String.format("\\U%08x", c);
            if (e == null) out.write(c);
            else out.writeBytes(e.getBytes(StandardCharsets.US_ASCII));
        });
        return out.toByteArray();
    }

    /** unicode_escape (raw: only backslash-u and -U) decoding: each byte a latin-1 character, escapes as in a Python literal. */
    private static String decodeEscapes(byte[] b, int n, boolean raw, String errors) {
        String codec = raw ? "rawunicodeescape" : "unicodeescape";
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\' || i + 1 >= n) {
                if (c == '\\' && !raw) {
                    if (!errors.equals("strict")) {
                        if (errors.equals("replace")) sb.append('\ufffd');
                        i++;
                        continue;
                    }
                    throw Errors.of(Types.UNICODE_DECODE_ERROR, "'" + codec + "' codec can't decode byte 0x5c in position " + i + ": \\ at end of string");
                }
                sb.append((char) c);
                i++;
                continue;
            }
            int e = b[i + 1] & 0xff;
            if (raw && e != 'u' && e != 'U') {
                sb.append('\\');
                i++;
                continue;
            }
            int start = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) v = v * 8 + (b[i++] - '0');
                    sb.appendCodePoint(v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0, k = 0;
                    while (k < digits && i < n && Character.digit(b[i], 16) >= 0) {
                        v = v * 16 + Character.digit(b[i++], 16);
                        k++;
                    }
                    String what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    if (k < digits || e == 'U' && v > 0x10ffff) {
                        if (k == digits) what = "illegal Unicode character";
                        if (errors.equals("ignore")) continue;
                        if (errors.equals("replace")) {
                            sb.append('\ufffd');
                            continue;
                        }
                        throw Errors.of(Types.UNICODE_DECODE_ERROR, "'" + codec + "' codec can't decode bytes in position " + start + "-" + (i - 1) + ": " + what);
                    }
                    sb.appendCodePoint(v);
                }
                case 'N' -> {
                    int close = -1;
                    if (i < n && b[i] == '{') for (int k = i + 1; k < n; k++) if (b[k] == '}') { close = k; break; }
                    int cp = -1;
                    if (close > i + 1) {
                        try {
                            cp = Character.codePointOf(new String(b, i + 1, close - i - 1, StandardCharsets.ISO_8859_1));
                        } catch (IllegalArgumentException unknown) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        int end = close < 0 ? n - 1 : close;
                        if (errors.equals("ignore") || errors.equals("replace")) {
                            if (errors.equals("replace")) sb.append('\ufffd');
                            i = end + 1;
                            continue;
                        }
                        throw Errors.of(Types.UNICODE_DECODE_ERROR, "'" + codec + "' codec can't decode bytes in position " + start + "-" + end
                                + ": " + (close < 0 ? "malformed \\N character escape" : "unknown Unicode character name"));
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                }
                default -> sb.append('\\').append((char) e); // kept as written (CPython warns)
            }
        }
        return sb.toString();
    }

    private static String decodeJava(byte[] b, int n, String enc) {
        Charset cs = switch (enc) {
            case "utf-16" -> n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE;
            case "utf-16-le" -> StandardCharsets.UTF_16LE;
            case "utf-16-be" -> StandardCharsets.UTF_16BE;
            case "utf-32" -> n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe ? Charset.forName("UTF-32BE") : Charset.forName("UTF-32LE");
            case "utf-32-le" -> Charset.forName("UTF-32LE");
            default -> Charset.forName("UTF-32BE");
        };
        int skip = 0;
        if (enc.equals("utf-16") && n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) skip = 2;
        if (enc.equals("utf-32") && n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) skip = 4;
        if (enc.equals("utf-32") && skip == 0 && n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe) skip = 4;
        int unit = enc.startsWith("utf-16") ? 2 : 4;
        if ((n - skip) % unit != 0) {
            throw Errors.of(Types.UNICODE_DECODE_ERROR, "'" + enc + "' codec can't decode byte 0x" + String.format("%02x", b[n - 1] & 0xff)
                    + " in position " + (n - 1) + ": truncated data");
        }
        return new String(b, skip, n - skip, cs);
    }

    private static String decodeAscii(byte[] b, int n, String errors) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c < 128) {
                sb.append((char) c);
                continue;
            }
            bad(sb, b, n, i, i + 1, "ascii", "ordinal not in range(128)", errors);
        }
        return sb.toString();
    }

    private static PyError decodeError(String enc, byte[] b, int n, int start, int end, String reason) {
        PyBytes object = PyBytes.of(java.util.Arrays.copyOf(b, n));
        return details(Errors.of(Types.UNICODE_DECODE_ERROR, PyStr.of(enc), object, (long) start, (long) end, PyStr.of(reason)),
                enc, object, start, end, reason);
    }

    private static String decodeUtf8(byte[] b, int n, String errors) {
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need;
            int lo = 0x80, hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) need = 1;
            else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                if (c == 0xe0) lo = 0xa0;
                // surrogatepass: an encoded surrogate (ED A0..BF xx) decodes to the lone surrogate
                if (c == 0xed && !errors.equals("surrogatepass")) hi = 0x9f;
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                if (c == 0xf0) lo = 0x90;
                if (c == 0xf4) hi = 0x8f;
            } else {
                i = bad(sb, b, n, i, i + 1, "utf-8", "invalid start byte", errors);
                continue;
            }
            int cp = c & (0x3f >> need);
            int k = 1;
            String reason = null;
            for (; k <= need; k++) {
                if (i + k >= n) { reason = "unexpected end of data"; break; }
                int d = b[i + k] & 0xff;
                int l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xbf;
                if (d < l || d > h) { reason = "invalid continuation byte"; break; }
                cp = cp << 6 | (d & 0x3f);
            }
            if (reason != null) {
                i = bad(sb, b, n, i, i + k, "utf-8", reason, errors);
                continue;
            }
            sb.appendCodePoint(cp);
            i += need + 1;
        }
        return sb.toString();
    }

    /** Handles the invalid bytes [start, end); returns where decoding resumes. */
    private static int bad(StringBuilder sb, byte[] b, int n, int start, int end, String enc, String reason, String errors) {
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> sb.append('\ufffd');
            case "backslashreplace" -> { for (int k = start; k < end; k++) sb.append(String.format("\\x%02x", b[k] & 0xff)); }
            case "surrogateescape" -> { for (int k = start; k < end; k++) sb.append((char) (0xdc00 + (b[k] & 0xff))); }
            default -> throw decodeError(enc, b, n, start, end, reason);
        }
        return end;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Pos;
import java.util.List;

/** Decoding of string and bytes literal bodies (escape sequences), plus the decoded forms. */
final class StringLiterals {
    private StringLiterals() {}

    /**
     * A decoded string token: {@code value} is a String (str) or byte[] (bytes) for plain literals;
     * f-strings carry their {@code pieces} instead.
     */
    record StrLit(boolean bytes, boolean fstring, Object value, List<FPiece> pieces) {}

    /** Part of an f-string: literal text or a replacement field. */
    sealed interface FPiece {
        record Lit(String text) implements FPiece {}

        /**
         * {@code {expr=!c:spec}}: the expression is {@code cp[exprStart, exprEnd)}, beginning on
         * {@code line} whose first code point is at {@code lineStart}; selfDoc is the {@code "expr="}
         * text or null; conversion is -1 or 's'/'r'/'a'; spec may be null.
         */
        record Field(int exprStart, int exprEnd, int line, int lineStart, String selfDoc, int conversion,
                     List<FPiece> spec, Pos pos, Pos specPos) implements FPiece {}
    }

    /** Length of the line break at {@code i} (2 for CRLF, 1 for LF or CR), 0 if none. */
    static int newlineLen(int[] cp, int i, int end) {
        if (i >= end) return 0;
        if (cp[i] == '\n') return 1;
        if (cp[i] == '\r') return i + 1 < end && cp[i + 1] == '\n' ? 2 : 1;
        return 0;
    }

    /**
     * Decodes {@code cp[from, to)} (no quotes). Bytes come back as a String of chars 0..255. Line
     * breaks are normalised to {@code \n} as CPython does before tokenizing.
     */
    static String decode(int[] cp, int from, int to, boolean raw, boolean bytes, Pos where, Reporter rep) {
        StringBuilder sb = new StringBuilder(Math.max(0, to - from));
        boolean nonAscii = false;
        int i = from;
        while (i < to) {
            int c = cp[i];
            int nl = newlineLen(cp, i, to);
            if (nl > 0) {
                sb.append('\n');
                i += nl;
            } else if (c == '\\' && !raw) {
                i = escape(cp, i, to, bytes, sb, where, rep);
            } else if (c == '\\') {
                sb.append('\\');
                int nl2 = newlineLen(cp, i + 1, to);
                if (nl2 > 0) { sb.append('\n'); i += 1 + nl2; }
                else if (i + 1 < to) { sb.appendCodePoint(cp[i + 1]); i += 2; }
                else i++;
            } else {
                if (bytes && c > 0x7f) nonAscii = true;
                sb.appendCodePoint(c);
                i++;
            }
        }
        if (nonAscii) rep.report(where, "bytes can only contain ASCII literal characters");
        return sb.toString();
    }

    /**
     * Decodes the escape sequence starting at the backslash {@code cp[i]}, appending to sb, and returns
     * the index after it. Unknown escapes are kept literally, like CPython.
     */
    static int escape(int[] cp, int i, int to, boolean bytes, StringBuilder sb, Pos where, Reporter rep) {
        if (i + 1 >= to) { sb.append('\\'); return i + 1; }
        int c = cp[i + 1];
        int nl = newlineLen(cp, i + 1, to);
        if (nl > 0) return i + 1 + nl;
        switch (c) {
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
                int j = i + 1, v = 0;
                while (j < to && j < i + 4 && cp[j] >= '0' && cp[j] <= '7') v = v * 8 + (cp[j++] - '0');
                sb.appendCodePoint(bytes ? v & 0xff : v);
                return j;
            }
            case 'x' -> { return hex(cp, i, to, 2, "\\xXX", sb, where, rep); }
            case 'u' -> { if (bytes) { sb.append("\\u"); } else return hex(cp, i, to, 4, "\\uXXXX", sb, where, rep); }
            case 'U' -> { if (bytes) { sb.append("\\U"); } else return hex(cp, i, to, 8, "\\UXXXXXXXX", sb, where, rep); }
            case 'N' -> { if (bytes) { sb.append("\\N"); } else return named(cp, i, to, sb, where, rep); }
            default -> { sb.append('\\'); sb.appendCodePoint(c); }
        }
        return i + 2;
    }

    private static int hex(int[] cp, int i, int to, int n, String form, StringBuilder sb, Pos where, Reporter rep) {
        int j = i + 2, v = 0;
        while (j < to && j < i + 2 + n && Character.digit(cp[j], 16) >= 0 && cp[j] < 128) {
            v = v * 16 + Character.digit(cp[j], 16);
            j++;
        }
        if (j - (i + 2) < n) {
            rep.report(where, "(unicode error) 'unicodeescape' codec can't decode bytes: truncated " + form + " escape");
            return j;
        }
        if (v > 0x10FFFF || v < 0) {
            rep.report(where, "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
            return j;
        }
        sb.appendCodePoint(v);
        return j;
    }

    /** {@code \N{NAME}}; {@link Character#codePointOf} knows the Unicode names. */
    private static int named(int[] cp, int i, int to, StringBuilder sb, Pos where, Reporter rep) {
        int j = i + 2;
        if (j < to && cp[j] == '{') {
            int k = j + 1;
            while (k < to && cp[k] != '}' && k - j < 200) k++;
            if (k < to && cp[k] == '}' && k > j + 1) {
                String name = new String(cp, j + 1, k - j - 1);
                int c = codePointOf(name);
                if (c >= 0) sb.appendCodePoint(c);
                else rep.report(where, "(unicode error) 'unicodeescape' codec can't decode bytes: unknown Unicode character name");
                return k + 1;
            }
        }
        rep.report(where, "(unicode error) 'unicodeescape' codec can't decode bytes: malformed \\N character escape");
        return j;
    }

    /**
     * The code point named {@code name}, or -1. Java spells algorithmic names differently
     * ("CJK UNIFIED IDEOGRAPHS 6574" against Python's "CJK UNIFIED IDEOGRAPH-6574"), so those are
     * decoded from their hex suffix.
     */
    static int codePointOf(String name) {
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            String upper = name.toUpperCase(java.util.Locale.ROOT);
            for (String prefix : new String[] {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                                               "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"}) {
                if (upper.startsWith(prefix)) {
                    try {
                        int c = Integer.parseInt(upper.substring(prefix.length()), 16);
                        if (c >= 0 && c <= 0x10FFFF && Character.isDefined(c)) return c;
                    } catch (NumberFormatException ignored) {
                        return -1;
                    }
                }
            }
            return -1;
        }
    }
}

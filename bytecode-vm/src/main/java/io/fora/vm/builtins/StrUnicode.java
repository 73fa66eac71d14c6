// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;

/**
 * Character properties and case mappings as CPython 3.11 defines them (Unicode 14): predicates
 * read range tables generated from CPython, case mappings use the JDK's full mappings corrected
 * by a table of the code points where CPython differs (special title-casing, case folding, and
 * characters the newer Unicode of the JDK treats differently).
 */
public final class StrUnicode {
    private StrUnicode() {}

    /** A sorted set of code points: starts and (exclusive) ends of ranges, interleaved. */
    private static final class RangeSet {
        private final int[] bounds;

        RangeSet(String[] encoded) {
            String s = String.join("", encoded);
            int[] b = new int[16];
            int n = 0, prev = 0;
            if (!s.isEmpty()) {
                for (String part : s.split(",")) {
                    int dot = part.indexOf('.');
                    int start = prev + Integer.parseInt(part.substring(0, dot), 36);
                    int end = start + Integer.parseInt(part.substring(dot + 1), 36);
                    if (n + 2 > b.length) b = Arrays.copyOf(b, b.length * 2);
                    b[n++] = start;
                    b[n++] = end;
                    prev = end;
                }
            }
            bounds = Arrays.copyOf(b, n);
        }

        boolean contains(int cp) {
            int i = Arrays.binarySearch(bounds, cp);
            // Found at an even index: a start (inside). Odd index: an end (outside).
            if (i >= 0) return (i & 1) == 0;
            return ((-i - 1) & 1) == 1;
        }
    }

    private static final RangeSet ALPHA = new RangeSet(StrUnicodeData.ALPHA);
    private static final RangeSet DECIMAL = new RangeSet(StrUnicodeData.DECIMAL);
    private static final RangeSet DIGIT = new RangeSet(StrUnicodeData.DIGIT);
    private static final RangeSet NUMERIC = new RangeSet(StrUnicodeData.NUMERIC);
    private static final RangeSet LOWER = new RangeSet(StrUnicodeData.LOWER);
    private static final RangeSet UPPER = new RangeSet(StrUnicodeData.UPPER);
    private static final RangeSet TITLE = new RangeSet(StrUnicodeData.TITLE);
    private static final RangeSet CASE_IGNORABLE = new RangeSet(StrUnicodeData.CASE_IGNORABLE);
    private static final RangeSet PRINTABLE = new RangeSet(StrUnicodeData.PRINTABLE);
    private static final RangeSet XID_START = new RangeSet(StrUnicodeData.XID_START);
    private static final RangeSet XID_CONTINUE = new RangeSet(StrUnicodeData.XID_CONTINUE);

    private static final HashMap<Integer, String> UPPER_MAP = mapping(StrUnicodeData.UPPER_MAP);
    private static final HashMap<Integer, String> LOWER_MAP = mapping(StrUnicodeData.LOWER_MAP);
    private static final HashMap<Integer, String> TITLE_MAP = mapping(StrUnicodeData.TITLE_MAP);
    private static final HashMap<Integer, String> FOLD_MAP = mapping(StrUnicodeData.FOLD_MAP);

    private static HashMap<Integer, String> mapping(String[] encoded) {
        HashMap<Integer, String> m = new HashMap<>();
        String s = String.join("", encoded);
        if (s.isEmpty()) return m;
        for (String entry : s.split(";")) {
            int eq = entry.indexOf('=');
            int cp = Integer.parseInt(entry.substring(0, eq), 16);
            StringBuilder b = new StringBuilder();
            String rest = entry.substring(eq + 1);
            if (!rest.isEmpty()) {
                for (String h : rest.split("\\.")) b.appendCodePoint(Integer.parseInt(h, 16));
            }
            m.put(cp, b.toString());
        }
        return m;
    }

    static boolean isSpace(int c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
        return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a)
                || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
    }

    static boolean isLineBreak(int c) {
        return (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    static boolean isAlpha(int c) {
        if (c < 128) return (c | 32) >= 'a' && (c | 32) <= 'z';
        return ALPHA.contains(c);
    }

    public static boolean isDecimal(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return DECIMAL.contains(c);
    }

    static boolean isDigit(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return DIGIT.contains(c);
    }

    static boolean isNumeric(int c) {
        if (c < 128) return c >= '0' && c <= '9';
        return NUMERIC.contains(c);
    }

    static boolean isAlnum(int c) {
        return isAlpha(c) || isDecimal(c) || isDigit(c) || isNumeric(c);
    }

    static boolean isLower(int c) {
        if (c < 128) return c >= 'a' && c <= 'z';
        return LOWER.contains(c);
    }

    static boolean isUpper(int c) {
        if (c < 128) return c >= 'A' && c <= 'Z';
        return UPPER.contains(c);
    }

    static boolean isTitle(int c) {
        return c >= 128 && TITLE.contains(c);
    }

    static boolean isCased(int c) {
        return isLower(c) || isUpper(c) || isTitle(c);
    }

    static boolean isCaseIgnorable(int c) {
        if (c < 128) return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`';
        return CASE_IGNORABLE.contains(c);
    }

    public static boolean isPrintable(int c) {
        if (c < 128) return c >= 32 && c < 127;
        return PRINTABLE.contains(c);
    }

    static boolean isXidStart(int c) {
        if (c < 128) return isAlpha(c) || c == '_';
        return XID_START.contains(c);
    }

    static boolean isXidContinue(int c) {
        if (c < 128) return isAlpha(c) || c == '_' || (c >= '0' && c <= '9');
        return XID_CONTINUE.contains(c);
    }

    // ---- full case mappings of one code point, appended to b ----

    static void appendUpper(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
            return;
        }
        String m = UPPER_MAP.get(c);
        if (m == null) m = Character.toString(c).toUpperCase(Locale.ROOT);
        b.append(m);
    }

    /** Full lowercase mapping, without the final-sigma rule (see {@link #appendLowerAt}). */
    static void appendLower(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
            return;
        }
        String m = LOWER_MAP.get(c);
        if (m == null) m = Character.toString(c).toLowerCase(Locale.ROOT);
        b.append(m);
    }

    static void appendTitle(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'a' && c <= 'z' ? c - 32 : c));
            return;
        }
        String m = TITLE_MAP.get(c);
        if (m == null) b.appendCodePoint(Character.toTitleCase(c));
        else b.append(m);
    }

    static void appendFold(StringBuilder b, int c) {
        if (c < 128) {
            b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c));
            return;
        }
        String m = FOLD_MAP.get(c);
        if (m == null) m = Character.toString(c).toLowerCase(Locale.ROOT);
        b.append(m);
    }

    /** Lowercases cps[i], applying CPython's Final_Sigma rule to U+03A3. */
    static void appendLowerAt(StringBuilder b, int[] cps, int i) {
        int c = cps[i];
        if (c == 0x3A3) {
            b.append(finalSigma(cps, i) ? '\u03C2' : '\u03C3');
        } else {
            appendLower(b, c);
        }
    }

    private static boolean finalSigma(int[] cps, int i) {
        int j = i - 1;
        int c = 0;
        while (j >= 0) {
            c = cps[j];
            if (!isCaseIgnorable(c)) break;
            j--;
        }
        boolean fin = j >= 0 && isCased(c);
        if (fin && i + 1 < cps.length) {
            j = i + 1;
            while (j < cps.length) {
                c = cps[j];
                if (!isCaseIgnorable(c)) break;
                j++;
            }
            fin = j == cps.length || !isCased(c);
        }
        return fin;
    }
}

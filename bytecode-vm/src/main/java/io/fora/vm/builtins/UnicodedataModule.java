// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * unicodedata from the JDK's Unicode tables. The JDK's Unicode is newer than CPython 3.11's (14.0):
 * characters assigned since then have names and categories here that CPython does not know.
 * {@code combining} and {@code east_asian_width} come from tables of CPython's (UnicodeTables).
 */
final class UnicodedataModule {
    private UnicodedataModule() {}

    private static final String[] CATEGORIES = new String[31];

    static {
        CATEGORIES[Character.UNASSIGNED] = "Cn";
        CATEGORIES[Character.UPPERCASE_LETTER] = "Lu";
        CATEGORIES[Character.LOWERCASE_LETTER] = "Ll";
        CATEGORIES[Character.TITLECASE_LETTER] = "Lt";
        CATEGORIES[Character.MODIFIER_LETTER] = "Lm";
        CATEGORIES[Character.OTHER_LETTER] = "Lo";
        CATEGORIES[Character.NON_SPACING_MARK] = "Mn";
        CATEGORIES[Character.ENCLOSING_MARK] = "Me";
        CATEGORIES[Character.COMBINING_SPACING_MARK] = "Mc";
        CATEGORIES[Character.DECIMAL_DIGIT_NUMBER] = "Nd";
        CATEGORIES[Character.LETTER_NUMBER] = "Nl";
        CATEGORIES[Character.OTHER_NUMBER] = "No";
        CATEGORIES[Character.SPACE_SEPARATOR] = "Zs";
        CATEGORIES[Character.LINE_SEPARATOR] = "Zl";
        CATEGORIES[Character.PARAGRAPH_SEPARATOR] = "Zp";
        CATEGORIES[Character.CONTROL] = "Cc";
        CATEGORIES[Character.FORMAT] = "Cf";
        CATEGORIES[Character.PRIVATE_USE] = "Co";
        CATEGORIES[Character.SURROGATE] = "Cs";
        CATEGORIES[Character.DASH_PUNCTUATION] = "Pd";
        CATEGORIES[Character.START_PUNCTUATION] = "Ps";
        CATEGORIES[Character.END_PUNCTUATION] = "Pe";
        CATEGORIES[Character.CONNECTOR_PUNCTUATION] = "Pc";
        CATEGORIES[Character.OTHER_PUNCTUATION] = "Po";
        CATEGORIES[Character.MATH_SYMBOL] = "Sm";
        CATEGORIES[Character.CURRENCY_SYMBOL] = "Sc";
        CATEGORIES[Character.MODIFIER_SYMBOL] = "Sk";
        CATEGORIES[Character.OTHER_SYMBOL] = "So";
        CATEGORIES[Character.INITIAL_QUOTE_PUNCTUATION] = "Pi";
        CATEGORIES[Character.FINAL_QUOTE_PUNCTUATION] = "Pf";
    }

    /** The numeric values the JDK does not give (fractions and the like): code point -> value. */
    private static final Map<Integer, Double> FRACTIONS = Map.ofEntries(
            Map.entry(0xBC, 0.25), Map.entry(0xBD, 0.5), Map.entry(0xBE, 0.75),
            Map.entry(0x2150, 1 / 7.0), Map.entry(0x2151, 1 / 9.0), Map.entry(0x2152, 0.1),
            Map.entry(0x2153, 1 / 3.0), Map.entry(0x2154, 2 / 3.0), Map.entry(0x2155, 0.2),
            Map.entry(0x2156, 0.4), Map.entry(0x2157, 0.6), Map.entry(0x2158, 0.8),
            Map.entry(0x2159, 1 / 6.0), Map.entry(0x215A, 5 / 6.0), Map.entry(0x215B, 0.125),
            Map.entry(0x215C, 0.375), Map.entry(0x215D, 0.625), Map.entry(0x215E, 0.875),
            Map.entry(0x2189, 0.0), Map.entry(0x0F33, -0.5));

    private static final String[] JAMO_L = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"};
    private static final String[] JAMO_V = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
        "YU", "EU", "YI", "I"};
    private static final String[] JAMO_T = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
        "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static void fn(Map<String, Object> m, String name, PyBuiltin.Body body) { m.put(name, new PyBuiltin(name, body)); }

    private static int chr(String fn, Object v) {
        if (!(v instanceof PyStr s)) throw Errors.typeError(fn + "() argument must be a unicode character, not " + Ops.typeName(v));
        int[] cps = s.codePoints();
        if (cps.length != 1) throw Errors.typeError(fn + "() argument must be a unicode character, not str");
        return cps[0];
    }

    /** The character's name, or null when it has none. */
    static String name(int c) {
        if (c >= 0xAC00 && c <= 0xD7A3) {
            int s = c - 0xAC00;
            return "HANGUL SYLLABLE " + JAMO_L[s / 588] + JAMO_V[(s % 588) / 28] + JAMO_T[s % 28];
        }
        int type = Character.getType(c);
        if (type == Character.UNASSIGNED || type == Character.CONTROL || type == Character.SURROGATE
                || type == Character.PRIVATE_USE) {
            return null;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        String blockName = block == null ? "" : block.toString();
        if (blockName.startsWith("CJK_UNIFIED_IDEOGRAPHS")) return "CJK UNIFIED IDEOGRAPH-" + String.format("%04X", c);
        String n = Character.getName(c);
        if (n == null) return null;
        String generic = blockName.replace('_', ' ') + " " + Integer.toHexString(c).toUpperCase();
        if (n.equals(generic)) {
            // the JDK's made-up name for a character whose name is derived (Tangut, Khitan, ...)
            if (blockName.startsWith("TANGUT")) return "TANGUT IDEOGRAPH-" + String.format("%04X", c);
            if (blockName.startsWith("NUSHU")) return "NUSHU CHARACTER-" + String.format("%04X", c);
            if (blockName.startsWith("KHITAN")) return "KHITAN SMALL SCRIPT CHARACTER-" + String.format("%04X", c);
            return null;
        }
        return n;
    }

    /** UnicodeTables' ranges, parsed on first use: starts, ends and values, sorted by start. */
    private record Ranges(int[] starts, int[] ends, String[] values) {
        static Ranges parse(String text) {
            String[] rows = text.replaceAll("\\s*\n\\s*", "").split(";");
            int n = 0;
            int[] starts = new int[rows.length], ends = new int[rows.length];
            String[] values = new String[rows.length];
            for (String row : rows) {
                String[] f = row.trim().split(" ");
                if (f.length != 3) continue;
                starts[n] = Integer.parseInt(f[0], 16);
                ends[n] = Integer.parseInt(f[1], 16);
                values[n++] = f[2];
            }
            return new Ranges(java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(ends, n), java.util.Arrays.copyOf(values, n));
        }
    }

    private static final class Tables {
        static final Ranges COMBINING = Ranges.parse(UnicodeTables.COMBINING);
        static final Ranges WIDTH = Ranges.parse(UnicodeTables.EAST_ASIAN_WIDTH);
    }

    /** The value of the range holding code point c, or null. */
    private static String lookup(Ranges r, int c) {
        int i = java.util.Arrays.binarySearch(r.starts(), c);
        if (i < 0) i = -i - 2;
        return i >= 0 && c <= r.ends()[i] ? r.values()[i] : null;
    }

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unidata_version", PyStr.of("14.0.0"));
        fn(m, "name", (a, kw) -> {
            Builtins.arity("name", a, 1, 2);
            String n = name(chr("name", a[0]));
            if (n != null) return PyStr.of(n);
            if (a.length > 1) return a[1];
            throw Errors.valueError("no such name");
        });
        fn(m, "lookup", (a, kw) -> {
            Builtins.arity("lookup", a, 1, 1);
            String n = a[0] instanceof PyStr s ? s.value() : Ops.typeName(a[0]);
            try {
                int c = Character.codePointOf(n);
                if (n.equals(name(c)) || n.equalsIgnoreCase(name(c))) return PyStr.ofCodePoint(c);
                if (name(c) != null) return PyStr.ofCodePoint(c); // an alias the JDK knows
            } catch (IllegalArgumentException e) {
                // not a name the JDK knows
            }
            throw Errors.of(Types.KEY_ERROR, PyStr.of("undefined character name '" + n + "'"));
        });
        fn(m, "category", (a, kw) -> {
            Builtins.arity("category", a, 1, 1);
            return PyStr.of(CATEGORIES[Character.getType(chr("category", a[0]))]);
        });
        fn(m, "combining", (a, kw) -> {
            Builtins.arity("combining", a, 1, 1);
            String v = lookup(Tables.COMBINING, chr("combining", a[0]));
            return v == null ? 0L : Long.parseLong(v);
        });
        fn(m, "east_asian_width", (a, kw) -> {
            Builtins.arity("east_asian_width", a, 1, 1);
            String v = lookup(Tables.WIDTH, chr("east_asian_width", a[0]));
            return PyStr.of(v == null ? "N" : v);
        });
        fn(m, "mirrored", (a, kw) -> {
            Builtins.arity("mirrored", a, 1, 1);
            return Character.isMirrored(chr("mirrored", a[0])) ? 1L : 0L;
        });
        fn(m, "decimal", (a, kw) -> {
            Builtins.arity("decimal", a, 1, 2);
            int c = chr("decimal", a[0]);
            if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) return (long) Character.digit(c, 10);
            if (a.length > 1) return a[1];
            throw Errors.valueError("not a decimal");
        });
        fn(m, "digit", (a, kw) -> {
            Builtins.arity("digit", a, 1, 2);
            int c = chr("digit", a[0]);
            if (StrUnicode.isDigit(c)) {
                int v = Character.getNumericValue(c);
                if (v >= 0 && v <= 9) return (long) v;
            }
            if (a.length > 1) return a[1];
            throw Errors.valueError("not a digit");
        });
        fn(m, "numeric", (a, kw) -> {
            Builtins.arity("numeric", a, 1, 2);
            int c = chr("numeric", a[0]);
            Double f = FRACTIONS.get(c);
            if (f != null) return f;
            int v = Character.getNumericValue(c);
            if (v >= 0 && StrUnicode.isNumeric(c)) return (double) v;
            if (a.length > 1) return a[1];
            if (StrUnicode.isNumeric(c)) {
                throw Errors.notImplemented("unicodedata.numeric: Fora does not know the value of U+"
                        + String.format("%04X", c));
            }
            throw Errors.valueError("not a numeric character");
        });
        fn(m, "normalize", (a, kw) -> {
            Builtins.arity("normalize", a, 2, 2);
            return PyStr.of(java.text.Normalizer.normalize(text("normalize", a[1]), form(a[0])));
        });
        fn(m, "is_normalized", (a, kw) -> {
            Builtins.arity("is_normalized", a, 2, 2);
            return java.text.Normalizer.isNormalized(text("is_normalized", a[1]), form(a[0]));
        });
        fn(m, "bidirectional", (a, kw) -> {
            Builtins.arity("bidirectional", a, 1, 1);
            return PyStr.of(bidi(Character.getDirectionality(chr("bidirectional", a[0]))));
        });
        fn(m, "decomposition", (a, kw) -> {
            Builtins.arity("decomposition", a, 1, 1);
            int c = chr("decomposition", a[0]);
            if (c >= 0xAC00 && c <= 0xD7A3) return PyStr.of(""); // Hangul syllables decompose by rule, not by table
            String s = new String(Character.toChars(c));
            String d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD);
            if (d.equals(s)) {
                d = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKD);
                if (d.equals(s)) return PyStr.of("");
                throw Errors.notImplemented("unicodedata.decomposition of a compatibility character is not provided by Fora");
            }
            // one canonical step only: recompose all but the last mark
            String first = java.text.Normalizer.normalize(d.substring(0, d.offsetByCodePoints(0, d.codePointCount(0, d.length()) - 1)),
                    java.text.Normalizer.Form.NFC);
            String last = d.substring(d.offsetByCodePoints(0, d.codePointCount(0, d.length()) - 1));
            StringBuilder sb = new StringBuilder();
            for (String part : new String[] {first, last}) {
                part.codePoints().forEach(cp -> sb.append(sb.isEmpty() ? "" : " ").append(String.format("%04X", cp)));
            }
            return PyStr.of(sb.toString());
        });
        return new PyModule("unicodedata", m);
    }

    private static String text(String fn, Object v) {
        if (!(v instanceof PyStr s)) throw Errors.typeError(fn + "() argument 2 must be str, not " + Errors.argTypeName(v));
        return s.value();
    }

    private static java.text.Normalizer.Form form(Object v) {
        String f = v instanceof PyStr s ? s.value() : "";
        return switch (f) {
            case "NFC" -> java.text.Normalizer.Form.NFC;
            case "NFD" -> java.text.Normalizer.Form.NFD;
            case "NFKC" -> java.text.Normalizer.Form.NFKC;
            case "NFKD" -> java.text.Normalizer.Form.NFKD;
            default -> throw Errors.valueError("invalid normalization form");
        };
    }

    private static String bidi(byte d) {
        return switch (d) {
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> "L";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT -> "R";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC -> "AL";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER -> "EN";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR -> "ES";
            case Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR -> "ET";
            case Character.DIRECTIONALITY_ARABIC_NUMBER -> "AN";
            case Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR -> "CS";
            case Character.DIRECTIONALITY_NONSPACING_MARK -> "NSM";
            case Character.DIRECTIONALITY_BOUNDARY_NEUTRAL -> "BN";
            case Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR -> "B";
            case Character.DIRECTIONALITY_SEGMENT_SEPARATOR -> "S";
            case Character.DIRECTIONALITY_WHITESPACE -> "WS";
            case Character.DIRECTIONALITY_OTHER_NEUTRALS -> "ON";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING -> "LRE";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_OVERRIDE -> "LRO";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_EMBEDDING -> "RLE";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_OVERRIDE -> "RLO";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_FORMAT -> "PDF";
            case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE -> "LRI";
            case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE -> "RLI";
            case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE -> "FSI";
            case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE -> "PDI";
            default -> "";
        };
    }
}

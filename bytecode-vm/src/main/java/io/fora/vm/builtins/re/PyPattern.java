// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Repr;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A compiled pattern ({@code re.Pattern}). Immutable; the Java regex is rebuilt from the
 * translation when missing (after deserialisation), so only plain data travels.
 */
public final class PyPattern extends PyInstance {
    /** The pattern's text; for a bytes pattern, its bytes read as Latin-1. */
    final PyStr pattern;
    /** True for a bytes pattern: it matches bytes-like values and its results are bytes. */
    final boolean bytes;
    final int flags;
    final int groups;
    final String javaSource;
    final int javaFlags;
    /** Python name → group number, in definition order. */
    final PyDict groupIndex;
    /** The enclosing capturing group of each group (0 at top level): decides lastindex. */
    final int[] parent;
    private transient Pattern compiled, advancing;

    private PyPattern(PyStr pattern, boolean bytes, int flags, PatternTranslator.Result t) {
        super(ReTypes.PATTERN);
        this.pattern = pattern;
        this.bytes = bytes;
        this.flags = bytes ? flags : t.flags();
        this.groups = t.groups();
        this.javaSource = t.java();
        this.javaFlags = t.javaFlags();
        this.parent = t.parent();
        this.groupIndex = new PyDict();
        for (Map.Entry<String, Integer> e : t.groupIndex().entrySet()) groupIndex.put(PyStr.of(e.getKey()), (long) e.getValue());
    }

    /** Compiles a Python pattern (no cache: see {@link ReModule}). */
    static PyPattern compile(PyStr pattern, int flags) { return compile(pattern, false, flags); }

    /** A str pattern, or with {@code bytes} a bytes pattern given as its Latin-1 text (ASCII classes, no UNICODE flag). */
    static PyPattern compile(PyStr pattern, boolean bytes, int flags) {
        if (bytes && (flags & PatternTranslator.U) != 0) throw io.fora.vm.runtime.Errors.valueError("cannot use UNICODE flag with a bytes pattern");
        if (bytes && (flags & PatternTranslator.L) != 0 && (flags & PatternTranslator.A) != 0) {
            throw io.fora.vm.runtime.Errors.valueError("ASCII and LOCALE flags are incompatible");
        }
        int given = bytes ? (flags & ~PatternTranslator.L) | PatternTranslator.A : flags;
        PyPattern p = new PyPattern(pattern, bytes, flags, PatternTranslator.translate(pattern.value(), given));
        p.regex(false);
        return p;
    }

    /** The Java pattern; with {@code advancing}, the variant that refuses a match ending at the region start. */
    Pattern regex(boolean mustAdvance) {
        Pattern r = mustAdvance ? advancing : compiled;
        if (r == null) {
            try {
                r = Pattern.compile(mustAdvance ? "(?:" + javaSource + ")(?!\\A)" : javaSource, javaFlags);
            } catch (PatternSyntaxException e) {
                throw ReError.of("pattern not supported by Fora's regex engine: " + e.getDescription());
            } catch (StackOverflowError e) {
                throw ReError.of("pattern too complex");
            }
            if (mustAdvance) advancing = r;
            else compiled = r;
        }
        return r;
    }

    Integer groupNumber(Object key) {
        Object v = groupIndex.get(key);
        return v == null ? null : (int) (long) (Long) v;
    }

    /** The name of a group, or null. */
    PyStr groupName(int gid) {
        for (int i = 0; i < groupIndex.size(); i++) {
            if ((Long) groupIndex.valueAt(i) == gid) return (PyStr) groupIndex.keyAt(i);
        }
        return null;
    }

    // ------------------------------------------------------------------ matching

    static final int SEARCH = 0, MATCH = 1, FULLMATCH = 2;

    /**
     * Searching one string from successive positions: the text cut at endpos (Python's "as if the
     * string were endpos long"), code-point ↔ char index maps for astral text.
     */
    /** The last astral string's index maps, per thread: scanning one text token by token builds them once, not per match. */
    private static final ThreadLocal<Object[]> LAST_MAPS = new ThreadLocal<>();

    /** Code point → char index and char → code point index maps of a string with characters outside the BMP. */
    private static int[][] indexMaps(PyStr str) {
        Object[] last = LAST_MAPS.get();
        if (last != null && last[0] == str) return (int[][]) last[1];
        String v = str.value();
        int n = str.length();
        int[] charOfCp = new int[n + 1];
        int[] cpOfChar = new int[v.length() + 1];
        int ci = 0;
        for (int k = 0; k < n; k++) {
            charOfCp[k] = ci;
            cpOfChar[ci] = k;
            int w = Character.charCount(v.codePointAt(ci));
            if (w == 2) cpOfChar[ci + 1] = k;
            ci += w;
        }
        charOfCp[n] = ci;
        cpOfChar[ci] = n;
        int[][] maps = {charOfCp, cpOfChar};
        LAST_MAPS.set(new Object[] {str, maps});
        return maps;
    }

    final class Scanner {
        final PyStr str;
        final String text;
        final int pos, endpos;
        private final int[] charOfCp;
        private final int[] cpOfChar;
        private Matcher normal, adv;

        Scanner(PyStr str, long pos, long endpos) {
            this.str = str;
            int n = str.length();
            this.pos = (int) Math.max(0, Math.min(pos, n));
            this.endpos = (int) Math.max(0, Math.min(endpos, n));
            if (str.isBmp()) {
                charOfCp = null;
                cpOfChar = null;
                text = this.endpos == n ? str.value() : str.value().substring(0, this.endpos);
            } else {
                String v = str.value();
                int[][] maps = indexMaps(str);
                charOfCp = maps[0];
                cpOfChar = maps[1];
                text = v.substring(0, charOfCp[this.endpos]);
            }
        }

        private boolean midPair(int ch) {
            return ch > 0 && ch < text.length() && Character.isLowSurrogate(text.charAt(ch)) && Character.isHighSurrogate(text.charAt(ch - 1));
        }

        int toChar(int cp) { return charOfCp == null ? cp : charOfCp[cp]; }

        int toCp(int ch) { return cpOfChar == null ? ch : cpOfChar[ch]; }

        /** Spans (code points) of a match starting at or after {@code start}, or null. */
        int[] find(int start, int mode, boolean mustAdvance) {
            if (start > endpos) return null;
            Matcher m;
            if (mustAdvance) {
                if (adv == null) adv = regex(true).matcher(text);
                m = adv;
            } else {
                if (normal == null) normal = regex(false).matcher(text);
                m = normal;
            }
            m.region(toChar(start), text.length());
            m.useTransparentBounds(true);
            m.useAnchoringBounds(mustAdvance);
            boolean ok;
            try {
                ok = switch (mode) {
                    case MATCH -> m.lookingAt();
                    case FULLMATCH -> m.matches();
                    default -> m.find();
                };
            } catch (StackOverflowError e) {
                throw Errors.of(io.fora.vm.runtime.Types.RECURSION_ERROR, "maximum recursion limit exceeded in regular expression matching");
            }
            // Java's find steps by char: a match starting inside a surrogate pair does not exist for Python
            while (ok && mode == SEARCH && cpOfChar != null && midPair(m.start())) {
                int from = m.start() + 1;
                if (normal == null) normal = regex(false).matcher(text);
                m = normal;
                m.region(from, text.length());
                m.useTransparentBounds(true);
                m.useAnchoringBounds(false);
                ok = m.find();
            }
            if (!ok) return null;
            if (groups > 0 && mode == SEARCH && m.start() > m.regionStart()) {
                // Java keeps captures of failed attempts at earlier positions (possessive loops do not
                // restore them): match again from the start found, with fresh group state
                int at = m.start();
                if (normal == null) normal = regex(false).matcher(text);
                Matcher again = normal;
                again.region(at, text.length());
                again.useTransparentBounds(true);
                again.useAnchoringBounds(false);
                if (again.lookingAt()) m = again;
            }
            int[] spans = new int[2 * (groups + 1)];
            for (int g = 0; g <= groups; g++) {
                int s = m.start(g);
                if (s < 0) {
                    spans[2 * g] = spans[2 * g + 1] = -1;
                } else {
                    spans[2 * g] = toCp(s);
                    spans[2 * g + 1] = toCp(m.end(g));
                }
            }
            return spans;
        }

        PyMatch matchObject(Object string, int[] spans) {
            return new PyMatch(PyPattern.this, string, str, pos, endpos, spans);
        }
    }

    Scanner scanner(PyStr s, long pos, long endpos) { return new Scanner(s, pos, endpos); }

    /** A result text as the user sees it: bytes for a bytes pattern. */
    Object out(PyStr s) { return bytes ? io.fora.vm.runtime.PyBytes.ofLatin1(s.value(), false) : s; }

    /** The pattern as given: str or bytes. */
    Object source() { return out(pattern); }

    /** The subject text: a str for a str pattern, a bytes-like value (read as Latin-1) for a bytes pattern. */
    PyStr subject(Object v) {
        if (bytes) {
            byte[] b = io.fora.vm.runtime.BytesOps.bufferOrNull(v);
            if (b != null) return PyStr.of(io.fora.vm.runtime.PyBytes.of(b).latin1());
            if (v instanceof PyStr || v instanceof PyInstance i && i.base() instanceof PyStr) {
                throw io.fora.vm.runtime.Errors.typeError("cannot use a bytes pattern on a string-like object");
            }
        } else if (io.fora.vm.runtime.BytesOps.bufferOrNull(v) != null) {
            throw io.fora.vm.runtime.Errors.typeError("cannot use a string pattern on a bytes-like object");
        }
        return Matching.str(v);
    }

    // ------------------------------------------------------------------ identity

    String repr() {
        String p = Repr.repr(source());
        if (p.codePointCount(0, p.length()) > 200) p = p.substring(0, p.offsetByCodePoints(0, 200));
        int f = flags;
        if ((f & (PatternTranslator.L | PatternTranslator.U | PatternTranslator.A)) == PatternTranslator.U) f &= ~PatternTranslator.U;
        if (f == 0) return "re.compile(" + p + ")";
        String[] names = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE", "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};
        int[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if ((f & values[i]) != 0) {
                if (!sb.isEmpty()) sb.append('|');
                sb.append(names[i]);
                f &= ~values[i];
            }
        }
        if (f != 0) {
            if (!sb.isEmpty()) sb.append('|');
            sb.append("0x").append(Integer.toHexString(f));
        }
        return "re.compile(" + p + ", " + sb + ")";
    }

    boolean sameAs(PyPattern o) { return o.flags == flags && o.bytes == bytes && o.pattern.equals(pattern); }

    long hash() {
        long h = io.fora.vm.runtime.Hashing.hash(pattern) ^ (flags * 1000003L);
        return h == -1 ? -2 : h;
    }
}

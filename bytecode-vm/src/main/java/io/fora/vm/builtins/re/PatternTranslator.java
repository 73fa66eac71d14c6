// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Repr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Translates a Python 3.11 regular expression into an equivalent {@link java.util.regex} one.
 * The parser follows CPython's {@code re._parser} step by step, so that it accepts the same
 * patterns and rejects the others with the same message at the same position. Everything whose
 * meaning differs between the engines is written out explicitly: literals as {@code \x{h}},
 * {@code \d \w \s} as Unicode or ASCII classes with Python's definitions, {@code ^ $ \A \Z} as
 * lookarounds ({@code $} sees only {@code \n}), {@code \b \B} as lookarounds over Python's word
 * class, {@code .} as {@code [^\n]}. Only case-insensitivity is left to Java's flags.
 *
 * <p>The emitted pattern uses only plain {@code (} for capturing groups, so Python's group numbers
 * are Java's; group names stay on the Python side.
 */
final class PatternTranslator {
    static final int TEMPLATE = 1, I = 2, L = 4, M = 8, S = 16, U = 32, X = 64, DEBUG = 128, A = 256;
    private static final int TYPE_FLAGS = A | L | U, GLOBAL_FLAGS = DEBUG | TEMPLATE;
    static final long MAXREPEAT = 4294967295L;
    static final int MAXGROUPS = 1073741823;

    /** The translation of one pattern. */
    record Result(String java, int javaFlags, int flags, int groups, LinkedHashMap<String, Integer> groupIndex, int[] parent) {}

    private static final int ESC = 0x1000000;
    private static final int LIT = 0, AT = 1, REPEAT = 2, OTHER = 3;

    /** One element of a sequence: Java text (one quantifiable unit when {@code atomic}) and Python's width. */
    private record Item(int kind, String java, boolean atomic, long lo, long hi) {}

    /** Alternatives of a subpattern. */
    private record Sub(String java, long lo, long hi) {}

    private final int[] s;
    private int index;
    /** The next token: a code point, or ESC|code point for a backslash escape; -1 at the end. */
    private int next;
    private int stateFlags;
    private final List<long[]> groupWidths = new ArrayList<>();
    private final LinkedHashMap<String, Integer> groupDict = new LinkedHashMap<>();
    private final Map<Integer, Integer> grouprefpos = new HashMap<>();
    private final List<Integer> parents = new ArrayList<>();
    private final List<Integer> openStack = new ArrayList<>();
    private Integer lookbehindGroups;
    private boolean lookbehindNotFixed;
    private int conditionalAt = -1;

    private PatternTranslator(int[] s, int flags) {
        this.s = s;
        this.stateFlags = flags;
        groupWidths.add(null);
        parents.add(0);
        advance();
    }

    static Result translate(String pattern, int flags) {
        int[] cps = pattern.codePoints().toArray();
        PatternTranslator t = new PatternTranslator(cps, flags);
        Sub p = t.parseSub((flags & X) != 0, 0, 0, 0);
        t.stateFlags = fixFlags(t.stateFlags);
        if (t.next != -1) throw t.error("unbalanced parenthesis", 0);
        for (Map.Entry<Integer, Integer> e : t.grouprefpos.entrySet()) {
            if (e.getKey() >= t.groups()) throw ReError.at("invalid group reference " + e.getKey(), cps, e.getValue());
        }
        if (t.conditionalAt >= 0) {
            throw ReError.at("conditional groups are not supported by Fora", cps, t.conditionalAt);
        }
        if (t.lookbehindNotFixed) throw ReError.of("look-behind requires fixed-width pattern");
        int f = t.stateFlags;
        int javaFlags = 0;
        if ((f & I) != 0) javaFlags |= java.util.regex.Pattern.CASE_INSENSITIVE | ((f & A) == 0 ? java.util.regex.Pattern.UNICODE_CASE : 0);
        int[] parent = new int[t.parents.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = t.parents.get(i);
        String java = p.java;
        // Java measures look-behinds in chars unless the pattern text holds a supplementary
        // character; one in a never-taken branch makes them step over surrogate pairs.
        if (java.contains("(?<")) java = "(?:" + java + ")|(?!)\uD83D\uDE00";
        return new Result(java, javaFlags, f, t.groups() - 1, t.groupDict, parent);
    }

    static int fixFlags(int flags) {
        if ((flags & L) != 0) throw Errors.valueError("cannot use LOCALE flag with a str pattern");
        if ((flags & A) == 0) flags |= U;
        else if ((flags & U) != 0) throw Errors.valueError("ASCII and UNICODE flags are incompatible");
        return flags;
    }

    // ------------------------------------------------------------------ tokenizer

    private void advance() {
        int i = index;
        if (i >= s.length) {
            next = -1;
            return;
        }
        int c = s[i];
        if (c == '\\') {
            i++;
            if (i >= s.length) throw ReError.at("bad escape (end of pattern)", s, s.length - 1);
            c = s[i] | ESC;
        }
        index = i + 1;
        next = c;
    }

    private boolean match(int c) {
        if (next == c) {
            advance();
            return true;
        }
        return false;
    }

    private int get() {
        int t = next;
        advance();
        return t;
    }

    private static int len(int tok) { return tok == -1 ? 0 : (tok & ESC) != 0 ? 2 : 1; }

    private int tell() { return index - len(next); }

    private void seek(int i) {
        index = i;
        advance();
    }

    private static String str(int tok) {
        if (tok == -1) return "";
        return (tok & ESC) != 0 ? "\\" + Character.toString(tok & ~ESC) : Character.toString(tok);
    }

    private static boolean in(int tok, String chars) {
        return tok != -1 && (tok & ESC) == 0 && tok < 128 && chars.indexOf(tok) >= 0;
    }

    private static final String DIGITS = "0123456789", OCTDIGITS = "01234567", HEXDIGITS = "0123456789abcdefABCDEF";
    private static final String WHITESPACE = " \t\n\r\u000b\f";
    private static final String SPECIAL_CHARS = ".\\[{()*+?^$|";
    private static final String FLAG_CHARS = "iLmsxatu";

    private String getwhile(int n, String charset) {
        StringBuilder r = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (!in(next, charset)) break;
            r.appendCodePoint(next);
            advance();
        }
        return r.toString();
    }

    private String getuntil(int terminator, String name) {
        StringBuilder r = new StringBuilder();
        while (true) {
            int c = next;
            advance();
            if (c == -1) {
                if (r.isEmpty()) throw error("missing " + name, 0);
                throw error("missing " + Character.toString(terminator) + ", unterminated name", r.codePointCount(0, r.length()));
            }
            if (c == terminator) {
                if (r.isEmpty()) throw error("missing " + name, 1);
                break;
            }
            r.append(str(c));
        }
        return r.toString();
    }

    private io.fora.vm.runtime.PyError error(String msg, int offset) {
        return ReError.at(msg, s, tell() - offset);
    }

    private static int cpLen(String x) { return x.codePointCount(0, x.length()); }

    /** str.isidentifier: an XID_Start character or '_', then XID_Continue characters. */
    static boolean isIdentifier(String name) {
        if (name.isEmpty()) return false;
        int first = name.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) return false;
        return name.codePoints().skip(1).allMatch(c -> Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c));
    }

    private void checkGroupName(String name, int offset) {
        if (!isIdentifier(name)) throw error("bad character in group name " + Repr.reprStr(name), cpLen(name) + offset);
    }

    // ------------------------------------------------------------------ groups

    private int groups() { return groupWidths.size(); }

    private int openGroup(String name) {
        int gid = groups();
        groupWidths.add(null);
        parents.add(openStack.isEmpty() ? 0 : openStack.get(openStack.size() - 1));
        if (groups() > MAXGROUPS) throw ReError.of("too many groups");
        if (name != null) {
            Integer ogid = groupDict.get(name);
            if (ogid != null) {
                throw error("redefinition of group name " + Repr.reprStr(name) + " as group " + gid + "; was group " + ogid, cpLen(name) + 1);
            }
            groupDict.put(name, gid);
        }
        openStack.add(gid);
        return gid;
    }

    private boolean checkGroup(int gid) { return gid < groups() && groupWidths.get(gid) != null; }

    private void checkLookbehindGroup(int gid) {
        if (lookbehindGroups != null) {
            if (!checkGroup(gid)) throw error("cannot refer to an open group", 0);
            if (gid >= lookbehindGroups) throw error("cannot refer to group defined in the same lookbehind subpattern", 0);
        }
    }

    // ------------------------------------------------------------------ parser

    private int eff(int add, int del) { return (stateFlags | add) & ~del; }

    private Sub parseSub(boolean verbose, int add, int del, int nested) {
        List<List<Item>> items = new ArrayList<>();
        while (true) {
            items.add(parse(verbose, add, del, nested + 1, nested == 0 && items.isEmpty()));
            if (!match('|')) break;
            if (nested == 0) verbose = (stateFlags & X) != 0;
        }
        StringBuilder java = new StringBuilder();
        long lo = MAXREPEAT - 1, hi = 0;
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) java.append('|');
            long l = 0, h = 0;
            for (Item it : items.get(k)) {
                java.append(it.java);
                l = sat(l + it.lo);
                h = sat(h + it.hi);
            }
            lo = Math.min(lo, l);
            hi = Math.max(hi, h);
        }
        return new Sub(java.toString(), Math.min(lo, MAXREPEAT - 1), Math.min(hi, MAXREPEAT));
    }

    private static long sat(long v) { return Math.min(v, MAXREPEAT); }

    private static long mul(long a, long b) {
        if (a == 0 || b == 0) return 0;
        if (a >= MAXREPEAT || b >= MAXREPEAT) return MAXREPEAT;
        return sat(a * b);
    }

    private List<Item> parse(boolean verbose, int add, int del, int nested, boolean first) {
        List<Item> sub = new ArrayList<>();
        while (true) {
            int tok = next;
            if (tok == -1) break;
            if (tok == '|' || tok == ')') break;
            advance();
            if (verbose) {
                if (in(tok, WHITESPACE)) continue;
                if (tok == '#') {
                    while (true) {
                        int t = get();
                        if (t == -1 || t == '\n') break;
                    }
                    continue;
                }
            }
            int flags = eff(add, del);
            if ((tok & ESC) != 0) {
                sub.add(escape(tok, flags));
            } else if (!in(tok, SPECIAL_CHARS)) {
                sub.add(literal(tok));
            } else if (tok == '[') {
                sub.add(charClass(flags));
            } else if (in(tok, "*+?{")) {
                int here = tell();
                long min, max;
                if (tok == '?') {
                    min = 0; max = 1;
                } else if (tok == '*') {
                    min = 0; max = MAXREPEAT;
                } else if (tok == '+') {
                    min = 1; max = MAXREPEAT;
                } else {
                    if (next == '}') {
                        sub.add(literal(tok));
                        continue;
                    }
                    min = 0;
                    max = MAXREPEAT;
                    String lo = "", hi;
                    while (in(next, DIGITS)) lo += Character.toString(get());
                    if (match(',')) {
                        hi = "";
                        while (in(next, DIGITS)) hi += Character.toString(get());
                    } else {
                        hi = lo;
                    }
                    if (!match('}')) {
                        sub.add(literal(tok));
                        seek(here);
                        continue;
                    }
                    if (!lo.isEmpty()) {
                        min = parseCount(lo);
                        if (min >= MAXREPEAT) throw Errors.overflow("the repetition number is too large");
                    }
                    if (!hi.isEmpty()) {
                        max = parseCount(hi);
                        if (max >= MAXREPEAT) throw Errors.overflow("the repetition number is too large");
                        if (max < min) throw error("min repeat greater than max repeat", tell() - here);
                    }
                }
                Item item = sub.isEmpty() ? null : sub.get(sub.size() - 1);
                if (item == null || item.kind == AT) throw error("nothing to repeat", tell() - here + 1);
                if (item.kind == REPEAT) throw error("multiple repeat", tell() - here + 1);
                String q;
                if (min == 0 && max == MAXREPEAT) q = "*";
                else if (min == 1 && max == MAXREPEAT) q = "+";
                else if (min == 0 && max == 1) q = "?";
                else if (max == MAXREPEAT) q = "{" + javaCount(min) + ",}";
                else if (min == max) q = "{" + javaCount(min) + "}";
                else q = "{" + javaCount(min) + "," + javaCount(max) + "}";
                if (match('?')) q += "?";
                else if (match('+')) q += "+";
                String body = item.atomic ? item.java : "(?:" + item.java + ")";
                long lo = mul(item.lo, min);
                long hi = max == MAXREPEAT && item.hi > 0 ? MAXREPEAT : mul(item.hi, max);
                sub.set(sub.size() - 1, new Item(REPEAT, body + q, true, lo, hi));
            } else if (tok == '.') {
                sub.add(new Item(OTHER, (flags & S) != 0 ? "(?s:.)" : "[^\\n]", true, 1, 1));
            } else if (tok == '(') {
                Item g = group(verbose, add, del, nested, first && sub.isEmpty());
                if (g == GLOBAL_FLAGS_ITEM) {
                    verbose = (stateFlags & X) != 0;
                    continue;
                }
                if (g != null) sub.add(g);
            } else if (tok == '^') {
                sub.add(new Item(AT, (flags & M) != 0 ? "(?<![^\\n])" : "(?<![\\s\\S])", false, 0, 0));
            } else if (tok == '$') {
                sub.add(new Item(AT, (flags & M) != 0 ? "(?![^\\n])" : "(?=\\n?(?![\\s\\S]))", false, 0, 0));
            } else {
                throw new IllegalStateException("unsupported special character " + Character.toString(tok));
            }
        }
        return sub;
    }

    private static long parseCount(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private static String javaCount(long n) {
        if (n > Integer.MAX_VALUE - 8) throw Errors.overflow("the repetition number is too large");
        return Long.toString(n);
    }

    private static final Item GLOBAL_FLAGS_ITEM = new Item(OTHER, "", false, 0, 0);

    /** A group after its {@code (}: null for a comment, GLOBAL_FLAGS_ITEM for {@code (?i)}. */
    private Item group(boolean verbose, int add, int del, int nested, boolean first) {
        int start = tell() - 1;
        boolean capture = true, atomic = false;
        String name = null;
        int addFlags = 0, delFlags = 0;
        if (match('?')) {
            int c = get();
            if (c == -1) throw error("unexpected end of pattern", 0);
            if (c == 'P') {
                if (match('<')) {
                    name = getuntil('>', "group name");
                    checkGroupName(name, 1);
                } else if (match('=')) {
                    name = getuntil(')', "group name");
                    checkGroupName(name, 1);
                    Integer gid = groupDict.get(name);
                    if (gid == null) throw error("unknown group name " + Repr.reprStr(name), cpLen(name) + 1);
                    if (!checkGroup(gid)) throw error("cannot refer to an open group", cpLen(name) + 1);
                    checkLookbehindGroup(gid);
                    long[] w = groupWidths.get(gid);
                    return new Item(OTHER, "(?:\\" + gid + ")", true, w[0], w[1]);
                } else {
                    int c2 = get();
                    if (c2 == -1) throw error("unexpected end of pattern", 0);
                    throw error("unknown extension ?P" + str(c2), len(c2) + 2);
                }
            } else if (c == ':') {
                capture = false;
            } else if (c == '#') {
                while (true) {
                    if (next == -1) throw error("missing ), unterminated comment", tell() - start);
                    if (get() == ')') break;
                }
                return null;
            } else if (c == '=' || c == '!' || c == '<') {
                boolean behind = false;
                Integer savedLookbehind = lookbehindGroups;
                if (c == '<') {
                    c = get();
                    if (c == -1) throw error("unexpected end of pattern", 0);
                    if (c != '=' && c != '!') throw error("unknown extension ?<" + str(c), len(c) + 2);
                    behind = true;
                    if (lookbehindGroups == null) lookbehindGroups = groups();
                }
                Sub p = parseSub(verbose, add, del, nested + 1);
                if (behind && savedLookbehind == null) lookbehindGroups = null;
                if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
                if (behind && p.lo != p.hi) lookbehindNotFixed = true;
                String open = (behind ? "(?<" : "(?") + (c == '=' ? "=" : "!");
                return new Item(OTHER, open + p.java + ")", false, 0, 0);
            } else if (c == '(') {
                String condname = getuntil(')', "group name");
                int condgroup;
                if (isIdentifier(condname)) {
                    Integer gid = groupDict.get(condname);
                    if (gid == null) throw error("unknown group name " + Repr.reprStr(condname), cpLen(condname) + 1);
                    condgroup = gid;
                } else {
                    try {
                        if (!condname.chars().allMatch(ch -> ch >= '0' && ch <= '9')) throw new NumberFormatException();
                        condgroup = Integer.parseInt(condname);
                    } catch (NumberFormatException e) {
                        throw error("bad character in group name " + Repr.reprStr(condname), cpLen(condname) + 1);
                    }
                    if (condgroup == 0) throw error("bad group number", cpLen(condname) + 1);
                    if (condgroup >= MAXGROUPS) throw error("invalid group reference " + condgroup, cpLen(condname) + 1);
                    grouprefpos.putIfAbsent(condgroup, tell() - cpLen(condname) - 1);
                }
                checkLookbehindGroup(condgroup);
                parse(verbose, add, del, nested + 1, false);
                if (match('|')) {
                    parse(verbose, add, del, nested + 1, false);
                    if (next == '|') throw error("conditional backref with more than two branches", 0);
                }
                if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
                if (conditionalAt < 0) conditionalAt = start;
                return new Item(OTHER, "(?:)", true, 0, 0);
            } else if (c == '>') {
                capture = false;
                atomic = true;
            } else if (in(c, FLAG_CHARS) || c == '-') {
                int[] fl = parseFlags(c);
                if (fl == null) {
                    if (!first) throw error("global flags not at the start of the expression", tell() - start);
                    return GLOBAL_FLAGS_ITEM;
                }
                addFlags = fl[0];
                delFlags = fl[1];
                capture = false;
            } else {
                throw error("unknown extension ?" + str(c), len(c) + 1);
            }
        }
        int group = -1;
        if (capture) group = openGroup(name);
        boolean subVerbose = (verbose || (addFlags & X) != 0) && (delFlags & X) == 0;
        boolean typed = (addFlags & TYPE_FLAGS) != 0;
        int innerAdd = ((typed ? add & ~TYPE_FLAGS : add) | addFlags) & ~delFlags;
        int innerDel = (((del | delFlags) & ~addFlags) | (typed ? TYPE_FLAGS & ~addFlags : 0)) & ~innerAdd;
        Sub p = parseSub(subVerbose, innerAdd, innerDel, nested + 1);
        if (!match(')')) throw error("missing ), unterminated subpattern", tell() - start);
        if (group >= 0) {
            groupWidths.set(group, new long[] {p.lo, p.hi});
            openStack.remove(openStack.size() - 1);
            return new Item(OTHER, "(" + p.java + ")", true, p.lo, p.hi);
        }
        if (atomic) return new Item(OTHER, "(?>" + p.java + ")", true, p.lo, p.hi);
        if (addFlags != 0 || delFlags != 0) {
            int inner = eff(innerAdd, innerDel);
            return new Item(OTHER, "(?" + javaCase(inner) + ":" + p.java + ")", true, p.lo, p.hi);
        }
        return new Item(OTHER, "(?:" + p.java + ")", true, p.lo, p.hi);
    }

    /** Java's inline flags for Python's case-insensitivity state. */
    private static String javaCase(int flags) {
        if ((flags & I) == 0) return "-iu";
        return (flags & A) != 0 ? "i-u" : "iu";
    }

    private static int flagValue(int c) {
        return switch (c) {
            case 'i' -> I;
            case 'L' -> L;
            case 'm' -> M;
            case 's' -> S;
            case 'x' -> X;
            case 'a' -> A;
            case 't' -> TEMPLATE;
            case 'u' -> U;
            default -> 0;
        };
    }

    private static boolean isAlpha(int tok) { return (tok & ESC) == 0 && Character.isLetter(tok); }

    /** CPython's _parse_flags: null for global flags {@code (?i)}, else {add, del}. */
    private int[] parseFlags(int c) {
        int addFlags = 0, delFlags = 0;
        if (c != '-') {
            while (true) {
                int flag = flagValue(c);
                if (c == 'L') throw error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
                addFlags |= flag;
                if ((flag & TYPE_FLAGS) != 0 && (addFlags & TYPE_FLAGS) != flag) {
                    throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
                }
                c = get();
                if (c == -1) throw error("missing -, : or )", 0);
                if (c == ')' || c == '-' || c == ':') break;
                if (!in(c, FLAG_CHARS)) throw error(isAlpha(c) ? "unknown flag" : "missing -, : or )", len(c));
            }
        }
        if (c == ')') {
            stateFlags |= addFlags;
            return null;
        }
        if ((addFlags & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn on global flag", 1);
        if (c == '-') {
            c = get();
            if (c == -1) throw error("missing flag", 0);
            if (!in(c, FLAG_CHARS)) throw error(isAlpha(c) ? "unknown flag" : "missing flag", len(c));
            while (true) {
                int flag = flagValue(c);
                if ((flag & TYPE_FLAGS) != 0) throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
                delFlags |= flag;
                c = get();
                if (c == -1) throw error("missing :", 0);
                if (c == ':') break;
                if (!in(c, FLAG_CHARS)) throw error(isAlpha(c) ? "unknown flag" : "missing :", len(c));
            }
        }
        if ((delFlags & GLOBAL_FLAGS) != 0) throw error("bad inline flags: cannot turn off global flag", 1);
        if ((addFlags & delFlags) != 0) throw error("bad inline flags: flag turned on and off", 1);
        return new int[] {addFlags, delFlags};
    }

    // ------------------------------------------------------------------ atoms

    static String lit(int cp) { return "\\x{" + Integer.toHexString(cp) + "}"; }

    private static Item literal(int cp) { return new Item(LIT, lit(cp), true, 1, 1); }

    private static final String U_SPACE = "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";
    private static final String A_SPACE = " \\t\\n\\r\\f\\x{b}";

    /** The inside of a Java class for a category: \d \w \s (positive only). */
    static String categoryBody(int c, boolean ascii) {
        return switch (Character.toLowerCase(c)) {
            case 'd' -> ascii ? "0-9" : "\\p{Nd}";
            case 'w' -> ascii ? "a-zA-Z0-9_" : "\\p{L}\\p{N}_";
            default -> ascii ? A_SPACE : U_SPACE;
        };
    }

    /** A category as a Java class usable on its own or nested in a class. */
    static String category(int c, boolean ascii) {
        boolean neg = Character.isUpperCase(c);
        if (!ascii && Character.toLowerCase(c) == 'd') return neg ? "\\P{Nd}" : "\\p{Nd}";
        return "[" + (neg ? "^" : "") + categoryBody(c, ascii) + "]";
    }

    static String wordClass(boolean ascii) { return "[" + categoryBody('w', ascii) + "]"; }

    private static String escapeAt(int c) {
        return switch (c) {
            case 'a' -> "\u0007";
            case 'b' -> "\b";
            case 'f' -> "\f";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case 'v' -> "\u000b";
            case '\\' -> "\\";
            default -> null;
        };
    }

    private Item escape(int tok, int flags) {
        int c = tok & ~ESC;
        boolean ascii = (flags & A) != 0;
        switch (c) {
            case 'A' -> { return new Item(AT, "(?<![\\s\\S])", false, 0, 0); }
            case 'Z' -> { return new Item(AT, "(?![\\s\\S])", false, 0, 0); }
            case 'b' -> {
                String w = wordClass(ascii);
                return new Item(AT, "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))", false, 0, 0);
            }
            case 'B' -> {
                String w = wordClass(ascii);
                return new Item(AT, "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")(?:(?<=[\\s\\S])|(?=[\\s\\S])))", false, 0, 0);
            }
            case 'd', 'D', 'w', 'W', 's', 'S' -> { return new Item(OTHER, category(c, ascii), true, 1, 1); }
            default -> { }
        }
        String e = escapeAt(c);
        if (e != null) return literal(e.charAt(0));
        String escape = "\\" + Character.toString(c);
        int lit = numericEscape(c, escape, false);
        if (lit >= 0) return literal(lit);
        if (c == '0') {
            String more = getwhile(2, OCTDIGITS);
            return literal(Integer.parseInt("0" + more, 8));
        }
        if (c >= '1' && c <= '9') {
            if (in(next, DIGITS)) {
                escape += Character.toString(get());
                if (OCTDIGITS.indexOf(escape.charAt(1)) >= 0 && OCTDIGITS.indexOf(escape.charAt(2)) >= 0 && in(next, OCTDIGITS)) {
                    escape += Character.toString(get());
                    int v = Integer.parseInt(escape.substring(1), 8);
                    if (v > 0377) throw error("octal escape value " + escape + " outside of range 0-0o377", escape.length());
                    return literal(v);
                }
            }
            int group = Integer.parseInt(escape.substring(1));
            if (group < groups()) {
                if (!checkGroup(group)) throw error("cannot refer to an open group", escape.length());
                checkLookbehindGroup(group);
                long[] w = groupWidths.get(group);
                return new Item(OTHER, "(?:\\" + group + ")", true, w[0], w[1]);
            }
            throw error("invalid group reference " + group, escape.length() - 1);
        }
        if (isAsciiLetter(c)) throw error("bad escape " + escape, 2);
        return literal(c);
    }

    private static boolean isAsciiLetter(int c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    /** Hex, 4- and 8-digit Unicode, and named escapes (shared by both contexts): the code point, or -1 when c is none of them. */
    private int numericEscape(int c, String escape, boolean inClass) {
        int digits = c == 'x' ? 2 : c == 'u' ? 4 : c == 'U' ? 8 : 0;
        if (digits > 0) {
            escape += getwhile(digits, HEXDIGITS);
            if (escape.length() != digits + 2) throw error("incomplete escape " + escape, escape.length());
            long v = Long.parseLong(escape.substring(2), 16);
            if (v > 0x10FFFF) throw error("bad escape " + escape, escape.length());
            return (int) v;
        }
        if (c == 'N') {
            if (!match('{')) throw error("missing {", 0);
            String charname = getuntil('}', "character name");
            int cp;
            try {
                cp = Character.codePointOf(charname);
            } catch (IllegalArgumentException ex) {
                throw error("undefined character name " + Repr.reprStr(charname), cpLen(charname) + 4);
            }
            return cp;
        }
        return -1;
    }

    // ------------------------------------------------------------------ character classes

    /** One member of a class: a literal code point, or a category (Java class text). */
    private record Member(int cp, String cls) {}

    private Member classEscape(int tok, boolean ascii) {
        int c = tok & ~ESC;
        String e = escapeAt(c);
        if (e != null) return new Member(e.charAt(0), null);
        if (c == 'd' || c == 'D' || c == 'w' || c == 'W' || c == 's' || c == 'S') return new Member(-1, category(c, ascii));
        String escape = "\\" + Character.toString(c);
        int lit = numericEscape(c, escape, true);
        if (lit >= 0) return new Member(lit, null);
        if (c >= '0' && c <= '7') {
            escape += getwhile(2, OCTDIGITS);
            int v = Integer.parseInt(escape.substring(1), 8);
            if (v > 0377) throw error("octal escape value " + escape + " outside of range 0-0o377", escape.length());
            return new Member(v, null);
        }
        if (c == '8' || c == '9' || isAsciiLetter(c)) throw error("bad escape " + escape, escape.length());
        return new Member(c, null);
    }

    private Item charClass(int flags) {
        boolean ascii = (flags & A) != 0;
        int here = tell() - 1;
        boolean negate = match('^');
        StringBuilder simple = new StringBuilder();
        StringBuilder nested = new StringBuilder();
        boolean any = false;
        while (true) {
            int tok = get();
            if (tok == -1) throw error("unterminated character set", tell() - here);
            if (tok == ']' && any) break;
            Member code1 = (tok & ESC) != 0 ? classEscape(tok, ascii) : new Member(tok, null);
            if (match('-')) {
                int that = get();
                if (that == -1) throw error("unterminated character set", tell() - here);
                if (that == ']') {
                    add(code1, simple, nested);
                    simple.append(lit('-'));
                    break;
                }
                Member code2 = (that & ESC) != 0 ? classEscape(that, ascii) : new Member(that, null);
                if (code1.cls != null || code2.cls != null) {
                    throw error("bad character range " + str(tok) + "-" + str(that), len(tok) + 1 + len(that));
                }
                if (code2.cp < code1.cp) throw error("bad character range " + str(tok) + "-" + str(that), len(tok) + 1 + len(that));
                simple.append(lit(code1.cp)).append('-').append(lit(code2.cp));
            } else {
                add(code1, simple, nested);
            }
            any = true;
        }
        String java;
        if (nested.isEmpty()) {
            java = "[" + (negate ? "^" : "") + simple + "]";
        } else if (!negate) {
            java = "[" + simple + nested + "]";
        } else {
            java = "(?:(?![" + simple + nested + "])(?s:.))";
        }
        return new Item(LIT, java, true, 1, 1);
    }

    private static void add(Member m, StringBuilder simple, StringBuilder nested) {
        if (m.cls == null) simple.append(lit(m.cp));
        else if (m.cls.startsWith("[") && !m.cls.startsWith("[^")) simple.append(m.cls, 1, m.cls.length() - 1);
        else if (m.cls.startsWith("\\p")) simple.append(m.cls);
        else nested.append(m.cls);
    }
}

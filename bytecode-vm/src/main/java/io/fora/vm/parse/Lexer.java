// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Pos;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hand-written, on-demand tokenizer for Python 3.12 source. It works on code points so that columns
 * count code points, keeps CPython's indentation stack (tabs to multiples of 8, with the "alternate"
 * tab-size-1 column to catch inconsistent tabs), joins lines inside brackets and after backslashes,
 * and reports its own errors, emitting {@link TokenKind#ERRORTOKEN} for the parser to skip.
 * A "sub" lexer tokenizes one f-string replacement field in place, so positions stay real.
 */
public final class Lexer {
    static final int MAX_PARENS = 200;
    static final int MAX_INDENT = 100;
    static final int MAX_FSTRING_NESTING = 150;

    final int[] cp;
    int i;
    final int end;
    int line;
    int lineStart;
    final Reporter rep;
    private final boolean sub;
    final int fdepth;
    /**
     * Steps left for dry scans of strings nested in f-string fields, shared with sub-lexers: nested
     * fields are re-scanned per level, and hostile nesting must not make that exponential.
     */
    final long[] dryBudget;

    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final ArrayDeque<int[]> indents = new ArrayDeque<>();   // {col, altcol}
    private final ArrayDeque<int[]> brackets = new ArrayDeque<>();  // {char, line, col}
    private boolean atLineStart;
    private TokenKind last;
    private boolean finished;
    /** Where an unclosed bracket was reported at end of input, or null. */
    Pos unclosed;

    /** Lexes a whole file. */
    public Lexer(String text, Reporter rep) {
        this(text.codePoints().toArray(), 0, -1, 1, 0, rep, false, 0, null);
    }

    Lexer(int[] cp, int start, int end, int line, int lineStart, Reporter rep, boolean sub, int fdepth, long[] budget) {
        this.dryBudget = budget != null ? budget : new long[] {20L * cp.length + 100_000};
        this.cp = cp;
        this.i = start;
        this.end = end < 0 ? cp.length : end;
        this.line = line;
        this.lineStart = lineStart;
        this.rep = rep;
        this.sub = sub;
        this.fdepth = fdepth;
        this.atLineStart = !sub;
        indents.push(new int[] {0, 0});
        if (!sub && i < this.end && cp[i] == 0xFEFF) { i++; this.lineStart = i; }
    }

    /** A lexer for the replacement field {@code cp[start, end)} of an f-string. */
    static Lexer sub(Lexer parent, int start, int end, int line, int lineStart, Reporter rep) {
        return new Lexer(parent.cp, start, end, line, lineStart, rep, true, parent.fdepth + 1, parent.dryBudget);
    }

    /** Spends one step of the dry-scan budget; false once it is exhausted. */
    boolean spend() { return --dryBudget[0] >= 0; }

    int col(int index) { return index - lineStart + 1; }

    Pos here() { return Pos.at(line, col(i)); }

    int nl(int at) { return StringLiterals.newlineLen(cp, at, end); }

    /** Consumes the line break at {@code i}, keeping line bookkeeping right. */
    void newline() {
        i += nl(i);
        line++;
        lineStart = i;
    }

    /** The next token; after the end it keeps returning ENDMARKER. */
    public Token next() {
        while (pending.isEmpty()) {
            if (finished) return new Token(TokenKind.ENDMARKER, "", null, line, col(i), line, col(i));
            scan();
        }
        Token t = pending.poll();
        last = t.kind();
        return t;
    }

    private void emit(TokenKind kind, String text, Object value, int sLine, int sCol) {
        pending.add(new Token(kind, text, value, sLine, sCol, line, col(i)));
    }

    private void scan() {
        if (atLineStart) {
            atLineStart = false;
            if (brackets.isEmpty() && indentation()) return;
        }
        skipBlanks();
        if (i >= end) { endOfInput(); return; }
        if (nl(i) > 0) {
            int l = line, c = col(i);
            newline();
            if (sub || !brackets.isEmpty()) return;
            pending.add(new Token(TokenKind.NEWLINE, "", null, l, c, l, c + 1));
            atLineStart = true;
            return;
        }
        int c = cp[i];
        if (isIdStart(c)) nameOrString();
        else if (isDigit(c) || (c == '.' && i + 1 < end && isDigit(cp[i + 1]))) number();
        else if (c == '"' || c == '\'') string(i, "");
        else operator();
    }

    /** Skips spaces, tabs, form feeds, comments and backslash continuations. */
    private void skipBlanks() {
        while (i < end) {
            int c = cp[i];
            if (c == ' ' || c == '\t' || c == '\f') i++;
            else if (c == '#') { while (i < end && nl(i) == 0) i++; }
            else if (c == '\\') {
                if (i + 1 >= end) {
                    rep.report(here(), "unexpected EOF while parsing");
                    i++;
                } else if (nl(i + 1) > 0) {
                    i++;
                    newline();
                } else {
                    Pos p = Pos.at(line, col(i) + 1);
                    i++;
                    rep.report(p, "unexpected character after line continuation character");
                    int sl = line, sc = col(i);
                    while (i < end && nl(i) == 0) i++;
                    emit(TokenKind.ERRORTOKEN, "", null, sl, sc);
                    return;
                }
            } else return;
        }
    }

    // ---------------------------------------------------------------- indentation

    /** At the start of a logical line: skips blank lines, then emits INDENT/DEDENTs. */
    private boolean indentation() {
        while (true) {
            int colm = 0, alt = 0, j = i;
            while (j < end) {
                int c = cp[j];
                if (c == ' ') { colm++; alt++; }
                else if (c == '\t') { colm = (colm / 8 + 1) * 8; alt++; }
                else if (c == '\f') { colm = 0; alt = 0; }
                else break;
                j++;
            }
            i = j;
            if (i >= end) return false;
            if (cp[i] == '#') { while (i < end && nl(i) == 0) i++; }
            if (i >= end) return false;
            if (nl(i) > 0) { newline(); continue; }
            if (cp[i] == '\\' && i + 1 < end && nl(i + 1) > 0) return false;
            return changeIndent(colm, alt);
        }
    }

    private boolean changeIndent(int colm, int alt) {
        int[] top = indents.peek();
        Pos at = here();
        if (colm == top[0]) {
            if (alt != top[1]) tabError(at);
            return false;
        }
        if (colm > top[0]) {
            if (alt <= top[1]) tabError(at);
            if (indents.size() > MAX_INDENT) {
                rep.report(at, "too many levels of indentation");
                return false;
            }
            indents.push(new int[] {colm, alt});
            pending.add(new Token(TokenKind.INDENT, "", null, line, col(i), line, col(i)));
            return true;
        }
        while (indents.size() > 1 && colm < indents.peek()[0]) {
            indents.pop();
            pending.add(new Token(TokenKind.DEDENT, "", null, line, col(i), line, col(i)));
        }
        if (colm != indents.peek()[0]) rep.report(at, "unindent does not match any outer indentation level");
        else if (alt != indents.peek()[1]) tabError(at);
        return true;
    }

    private void tabError(Pos at) { rep.report(at, "inconsistent use of tabs and spaces in indentation"); }

    private void endOfInput() {
        if (!brackets.isEmpty()) {
            int[] b = brackets.peek();
            unclosed = Pos.at(b[1], b[2]);
            rep.report(unclosed, "'" + Character.toString(b[0]) + "' was never closed");
            brackets.clear();
        }
        if (!sub) {
            if (last != null && last != TokenKind.NEWLINE && last != TokenKind.DEDENT && last != TokenKind.INDENT)
                pending.add(new Token(TokenKind.NEWLINE, "", null, line, col(i), line, col(i)));
            while (indents.size() > 1) {
                indents.pop();
                pending.add(new Token(TokenKind.DEDENT, "", null, line, col(i), line, col(i)));
            }
        }
        pending.add(new Token(TokenKind.ENDMARKER, "", null, line, col(i), line, col(i)));
        finished = true;
    }

    // ---------------------------------------------------------------- names

    static boolean isDigit(int c) { return c >= '0' && c <= '9'; }

    static boolean isIdStart(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        return Character.isUnicodeIdentifierStart(c) && !Character.isIdentifierIgnorable(c);
    }

    static boolean isIdPart(int c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9');
        return Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    static boolean isStringPrefix(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> true;
            default -> false;
        };
    }

    private void nameOrString() {
        int start = i, sCol = col(i);
        boolean ascii = true;
        while (i < end && isIdPart(cp[i])) { if (cp[i] >= 128) ascii = false; i++; }
        String name = new String(cp, start, i - start);
        if (i < end && (cp[i] == '"' || cp[i] == '\'') && i - start <= 2 && isStringPrefix(name)) {
            string(start, name);
            return;
        }
        if (!ascii) name = Normalizer.normalize(name, Normalizer.Form.NFKC);
        emit(TokenKind.NAME, name, null, line, sCol);
    }

    // ---------------------------------------------------------------- numbers

    private void number() {
        int start = i, sCol = col(i);
        Object value;
        if (cp[i] == '0' && i + 1 < end && "xXoObB".indexOf(cp[i + 1]) >= 0) {
            int radix = switch (Character.toLowerCase(cp[i + 1])) { case 'x' -> 16; case 'o' -> 8; default -> 2; };
            String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            i += 2;
            String digits = digits(radix, kind, true);
            if (digits == null) return;
            if (i < end && isDigit(cp[i])) { numberError("invalid digit '" + (char) cp[i] + "' in " + kind + " literal"); return; }
            if (i < end && isIdPart(cp[i])) { numberError("invalid " + kind + " literal"); return; }
            value = integer(digits, radix);
        } else {
            String intPart = cp[i] == '.' ? "" : digits(10, "decimal", false);
            if (intPart == null) return;
            boolean isFloat = false;
            StringBuilder text = new StringBuilder(intPart);
            if (i < end && cp[i] == '.') {
                isFloat = true;
                i++;
                text.append('.');
                if (i < end && isDigit(cp[i])) {
                    String frac = digits(10, "decimal", false);
                    if (frac == null) return;
                    text.append(frac);
                }
            }
            if (i < end && (cp[i] == 'e' || cp[i] == 'E')) {
                int save = i;
                i++;
                if (i < end && (cp[i] == '+' || cp[i] == '-')) i++;
                if (i < end && isDigit(cp[i])) {
                    String exp = digits(10, "decimal", false);
                    if (exp == null) return;
                    text.append('e').append(cp[save + 1] == '-' ? "-" : "").append(exp);
                    isFloat = true;
                } else {
                    i = save;
                    numberError("invalid decimal literal");
                    return;
                }
            }
            boolean imag = i < end && (cp[i] == 'j' || cp[i] == 'J');
            if (imag) i++;
            if (i < end && isIdPart(cp[i]) && !keywordFollows()) { numberError("invalid " + (imag ? "imaginary" : "decimal") + " literal"); return; }
            if (imag) value = new Expr.ComplexLiteral(Double.parseDouble(text.isEmpty() ? "0" : text.toString()));
            else if (isFloat) value = Double.parseDouble(text.toString());
            else {
                if (intPart.length() > 1 && intPart.charAt(0) == '0' && !intPart.chars().allMatch(ch -> ch == '0')) {
                    rep.report(Pos.at(line, sCol), "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
                    emit(TokenKind.ERRORTOKEN, "", null, line, sCol);
                    return;
                }
                value = integer(intPart, 10);
            }
        }
        emit(TokenKind.NUMBER, new String(cp, start, i - start), value, line, sCol);
    }

    /** CPython tolerates {@code 1if x else y}: a keyword may directly follow a number. */
    private boolean keywordFollows() {
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            int n = kw.length();
            if (i + n > end) continue;
            boolean same = true;
            for (int k = 0; k < n && same; k++) same = cp[i + k] == kw.charAt(k);
            if (same && (i + n >= end || !isIdPart(cp[i + n]))) return true;
        }
        return false;
    }

    /** Digits with single underscores between them; null (error reported) when malformed. */
    private String digits(int radix, String kind, boolean afterPrefix) {
        StringBuilder sb = new StringBuilder();
        boolean needDigit = !afterPrefix;
        if (afterPrefix && i < end && cp[i] == '_') i++;
        while (i < end) {
            int c = cp[i];
            if (c < 128 && Character.digit(c, radix) >= 0) { sb.append((char) c); i++; needDigit = false; }
            else if (c == '_') {
                if (needDigit || i + 1 >= end || Character.digit(cp[i + 1], radix) < 0 || cp[i + 1] >= 128) {
                    i++;
                    numberError("invalid " + kind + " literal");
                    return null;
                }
                i++;
            } else break;
        }
        if (sb.isEmpty()) { numberError("invalid " + kind + " literal"); return null; }
        return sb.toString();
    }

    private void numberError(String msg) {
        int sLine = line, sCol = col(i);
        rep.report(Pos.at(sLine, sCol), msg);
        while (i < end && isIdPart(cp[i])) i++;
        emit(TokenKind.ERRORTOKEN, "", null, sLine, sCol);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= 18 || (radix == 16 && digits.length() <= 15)) {
            try { return Long.parseLong(digits, radix); } catch (NumberFormatException ignored) { /* fall through */ }
        }
        BigInteger big = new BigInteger(digits, radix);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    // ---------------------------------------------------------------- strings

    /** Scans a string literal whose prefix starts at {@code start} and whose quote is at {@code i}. */
    private void string(int start, String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        boolean raw = p.contains("r"), bytes = p.contains("b"), f = p.contains("f");
        int sLine = line, sCol = col(start);
        Pos at = Pos.at(sLine, sCol);
        int q = cp[i];
        boolean triple = i + 2 < end && cp[i + 1] == q && cp[i + 2] == q;
        i += triple ? 3 : 1;
        if (f) {
            FStringScanner fs = new FStringScanner(this, q, triple, raw, at, false);
            List<StringLiterals.FPiece> pieces = fs.scan();
            if (pieces == null) { emit(TokenKind.ERRORTOKEN, "", null, sLine, sCol); return; }
            emit(TokenKind.STRING, "", new StringLiterals.StrLit(false, true, null, pieces), sLine, sCol);
            return;
        }
        int contentStart = i;
        int contentEnd = scanPlain(q, triple, at, false);
        if (contentEnd < 0) { emit(TokenKind.ERRORTOKEN, "", null, sLine, sCol); return; }
        String s = StringLiterals.decode(cp, contentStart, contentEnd, raw, bytes, at, rep);
        Object value = s;
        if (bytes) {
            byte[] b = new byte[s.length()];
            for (int k = 0; k < b.length; k++) b[k] = (byte) s.charAt(k);
            value = b;
        }
        emit(TokenKind.STRING, "", new StringLiterals.StrLit(bytes, false, value, null), sLine, sCol);
    }

    /**
     * Scans a non-f string body from {@code i} to its closing quote, which it consumes; returns the
     * content end, or -1 when unterminated (reported unless {@code dry}).
     */
    int scanPlain(int q, boolean triple, Pos at, boolean dry) {
        while (i < end) {
            if (dry && !spend()) return -1;
            int c = cp[i];
            if (c == '\\') {
                i++;
                if (nl(i) > 0) newline();
                else if (i < end) i++;
            } else if (c == q && (!triple || (i + 2 < end && cp[i + 1] == q && cp[i + 2] == q))) {
                int contentEnd = i;
                i += triple ? 3 : 1;
                return contentEnd;
            } else if (nl(i) > 0) {
                if (!triple) {
                    if (!dry) rep.report(at, "unterminated string literal (detected at line " + line + ")");
                    return -1;
                }
                newline();
            } else i++;
        }
        if (!dry) unterminatedAtEof(at, triple, "string");
        return -1;
    }

    void unterminatedAtEof(Pos at, boolean triple, String what) {
        int detected = line > at.line() && lineStart == end ? line - 1 : line;
        rep.report(at, triple ? "unterminated triple-quoted " + what + " literal (detected at line " + detected + ")"
                              : "unterminated " + what + " literal (detected at line " + detected + ")");
    }

    // ---------------------------------------------------------------- operators

    private static final String[] OPS3 = {"**=", "//=", ">>=", "<<=", "..."};
    private static final String[] OPS2 = {"**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=",
        "/=", "%=", "&=", "|=", "^=", "@=", ":="};
    private static final String OPS1 = "()[]{},:.;+-*/%&|^~<>=@!";

    private void operator() {
        int sCol = col(i);
        for (String op : OPS3) if (lookingAt(op)) { i += 3; emit(TokenKind.OP, op, null, line, sCol); return; }
        for (String op : OPS2) if (lookingAt(op)) { i += 2; emit(TokenKind.OP, op, null, line, sCol); return; }
        int c = cp[i];
        int k = OPS1.indexOf(c);
        if (k < 0 || c == '!') { invalidCharacter(c); return; }
        String op = OPS1.substring(k, k + 1);
        if (c == '(' || c == '[' || c == '{') {
            if (brackets.size() >= MAX_PARENS) { tooDeep(); return; }
            brackets.push(new int[] {c, line, sCol});
        } else if (c == ')' || c == ']' || c == '}') {
            if (!closeBracket(c, sCol)) return;
        }
        i++;
        emit(TokenKind.OP, op, null, line, sCol);
    }

    private boolean lookingAt(String op) {
        if (i + op.length() > end) return false;
        for (int k = 0; k < op.length(); k++) if (cp[i + k] != op.charAt(k)) return false;
        return true;
    }

    private boolean closeBracket(int c, int sCol) {
        String pre = sub ? "f-string: " : "";
        if (brackets.isEmpty()) {
            rep.report(Pos.at(line, sCol), pre + "unmatched '" + (char) c + "'");
            i++;
            emit(TokenKind.ERRORTOKEN, "", null, line, sCol);
            return false;
        }
        int[] open = brackets.pop();
        int want = open[0] == '(' ? ')' : open[0] == '[' ? ']' : '}';
        if (c != want) {
            String msg = pre + "closing parenthesis '" + (char) c + "' does not match opening parenthesis '" + (char) open[0] + "'";
            if (open[1] != line) msg += " on line " + open[1];
            rep.report(Pos.at(line, sCol), msg);
            i++;
            emit(TokenKind.ERRORTOKEN, "", null, line, sCol);
            return false;
        }
        return true;
    }

    /** Past {@value #MAX_PARENS} open brackets: report once and drop the rest of the physical line. */
    private void tooDeep() {
        int sCol = col(i);
        rep.report(Pos.at(line, sCol), "too many nested parentheses");
        brackets.clear();
        while (i < end && nl(i) == 0) i++;
        emit(TokenKind.ERRORTOKEN, "", null, line, sCol);
    }

    private void invalidCharacter(int c) {
        int sCol = col(i);
        String msg;
        if (c == 0) msg = "source code cannot contain null bytes";
        else if (c == '!') msg = "invalid syntax";
        else if (isPrintable(c)) msg = "invalid character '" + Character.toString(c) + "' (U+" + hex4(c) + ")";
        else msg = "invalid non-printable character U+" + hex4(c);
        rep.report(Pos.at(line, sCol), msg);
        i++;
        emit(TokenKind.ERRORTOKEN, "", null, line, sCol);
    }

    private static String hex4(int c) {
        String h = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return h.length() >= 4 ? h : "0".repeat(4 - h.length()) + h;
    }

    private static boolean isPrintable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                 || t == Character.UNASSIGNED || t == Character.PRIVATE_USE || t == Character.LINE_SEPARATOR
                 || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && c != ' '));
    }

    /** Collects every token of the input (for tools and tests). */
    public List<Token> all() {
        List<Token> out = new ArrayList<>();
        Token t;
        do { t = next(); out.add(t); } while (t.kind() != TokenKind.ENDMARKER);
        return out;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Pos;
import io.fora.vm.parse.StringLiterals.FPiece;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an f-string body into literal text and replacement fields, with 3.12 (PEP 701) rules:
 * inside a field, quotes start nested strings (even the enclosing quote kind), brackets nest, and
 * a top-level {@code !}, {@code :} or self-documenting {@code =} ends the expression. The field
 * expressions themselves are parsed later by the parser through a sub-lexer over the same code
 * points. In {@code dry} mode it only finds the extent (used to skip nested f-strings) and reports
 * nothing.
 */
final class FStringScanner {
    private final Lexer lx;
    private final int[] cp;
    private final int q;
    private final boolean triple;
    private final boolean raw;
    private final Pos at;
    private final boolean dry;
    private boolean failed;

    FStringScanner(Lexer lx, int quote, boolean triple, boolean raw, Pos at, boolean dry) {
        this.lx = lx;
        this.cp = lx.cp;
        this.q = quote;
        this.triple = triple;
        this.raw = raw;
        this.at = at;
        this.dry = dry;
    }

    /** Scans from just after the opening quote(s) past the closing ones; null when unterminated. */
    List<FPiece> scan() {
        if (lx.fdepth > Lexer.MAX_FSTRING_NESTING) {
            error(at, "too many nested f-strings");
            return null;
        }
        List<FPiece> pieces = literal(false);
        if (failed || lx.i >= lx.end) return null;
        lx.i += triple ? 3 : 1;
        return pieces;
    }

    private void error(Pos p, String msg) {
        if (!dry) lx.rep.report(p, msg);
    }

    private boolean closingQuote() {
        int i = lx.i;
        return cp[i] == q && (!triple || (i + 2 < lx.end && cp[i + 1] == q && cp[i + 2] == q));
    }

    private void unterminated() {
        if (failed) return;
        failed = true;
        if (!dry) lx.unterminatedAtEof(at, triple, "f-string");
    }

    /**
     * Literal text up to the closing quote (or, in a format spec, up to the closing brace, which is
     * left for the caller). Returns the pieces; sets {@code failed} when the string never ends.
     */
    private List<FPiece> literal(boolean inSpec) {
        List<FPiece> pieces = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        while (!failed) {
            if (dry && !lx.spend()) { failed = true; break; }
            if (lx.i >= lx.end) { unterminated(); break; }
            int c = cp[lx.i];
            if (closingQuote()) {
                if (inSpec) error(lx.here(), "f-string: expecting '}'");
                break;
            }
            if (lx.nl(lx.i) > 0) {
                if (!triple) {
                    failed = true;
                    error(at, "unterminated f-string literal (detected at line " + lx.line + ")");
                    break;
                }
                sb.append('\n');
                lx.newline();
            } else if (c == '\\') {
                backslash(sb);
            } else if (c == '{') {
                if (!inSpec && lx.i + 1 < lx.end && cp[lx.i + 1] == '{') { sb.append('{'); lx.i += 2; continue; }
                flush(pieces, sb);
                FPiece f = field();
                if (f != null) pieces.add(f);
            } else if (c == '}') {
                if (inSpec) break;
                if (lx.i + 1 < lx.end && cp[lx.i + 1] == '}') { sb.append('}'); lx.i += 2; continue; }
                error(lx.here(), "f-string: single '}' is not allowed");
                lx.i++;
            } else {
                sb.appendCodePoint(c);
                lx.i++;
            }
        }
        flush(pieces, sb);
        return pieces;
    }

    private static void flush(List<FPiece> pieces, StringBuilder sb) {
        if (!sb.isEmpty()) pieces.add(new FPiece.Lit(sb.toString()));
        sb.setLength(0);
    }

    /** A backslash in literal text; before a brace it stays literal and the brace keeps its meaning. */
    private void backslash(StringBuilder sb) {
        int i = lx.i;
        int next = i + 1 < lx.end ? cp[i + 1] : -1;
        if (next == '{' || next == '}' || next == -1) { sb.append('\\'); lx.i++; return; }
        if (lx.nl(i + 1) > 0) {
            if (raw) sb.append("\\\n");
            lx.i++;
            lx.newline();
            return;
        }
        if (raw) { sb.append('\\').appendCodePoint(next); lx.i += 2; return; }
        Reporter r = dry ? (p, m) -> { } : lx.rep;
        lx.i = StringLiterals.escape(cp, i, lx.end, false, sb, at, r);
    }

    /** A replacement field; {@code lx.i} is at its '{'. */
    private FPiece field() {
        int braceLine = lx.line, braceCol = lx.col(lx.i);
        lx.i++;
        int exprStart = lx.i, exprLine = lx.line, exprLineStart = lx.lineStart;
        int exprEnd = -1, depth = 0, conversion = -1;
        String selfDoc = null;
        List<FPiece> spec = null;
        Pos specPos = null;
        while (true) {
            if (dry && !lx.spend()) failed = true;
            if (failed) return null;
            if (lx.i >= lx.end) { unterminated(); return null; }
            int c = cp[lx.i];
            if (c == '"' || c == '\'') {
                if (!nestedString(lx.i, "")) return endedEarly();
                continue;
            }
            if (lx.nl(lx.i) > 0) { lx.newline(); continue; }
            if (Lexer.isIdStart(c)) { name(); continue; }
            if (c == '#') { while (lx.i < lx.end && lx.nl(lx.i) == 0) lx.i++; continue; }
            if (c == '\\') { lx.i++; continue; }
            if (c == '(' || c == '[' || c == '{') { depth++; lx.i++; continue; }
            if ((c == ')' || c == ']') && depth > 0) { depth--; lx.i++; continue; }
            if (c == '}' && depth > 0) { depth--; lx.i++; continue; }
            int next = lx.i + 1 < lx.end ? cp[lx.i + 1] : -1;
            if (depth == 0 && c == '=' && next != '=' && selfDoc == null && exprEnd < 0) {
                exprEnd = lx.i;
                lx.i++;
                while (lx.i < lx.end && (cp[lx.i] == ' ' || cp[lx.i] == '\t' || cp[lx.i] == '\f')) lx.i++;
                selfDoc = new String(cp, exprStart, lx.i - exprStart);
                continue;
            }
            if ((c == '=' || c == '!' || c == '<' || c == '>') && next == '=') { lx.i += 2; continue; }
            if (depth == 0 && c == '!') {
                if (exprEnd < 0) exprEnd = lx.i;
                lx.i++;
                conversion = conversion();
                continue;
            }
            if (depth == 0 && c == ':') {
                if (exprEnd < 0) exprEnd = lx.i;
                lx.i++;
                specPos = lx.here();
                spec = literal(true);
                if (failed) return null;
                if (lx.i < lx.end && cp[lx.i] == '}') {
                    lx.i++;
                    return done(exprStart, exprEnd, exprLine, exprLineStart, selfDoc, conversion, spec, braceLine, braceCol, specPos);
                }
                return endedEarly();
            }
            if (depth == 0 && c == '}') {
                if (exprEnd < 0) exprEnd = lx.i;
                lx.i++;
                return done(exprStart, exprEnd, exprLine, exprLineStart, selfDoc, conversion, spec, braceLine, braceCol, specPos);
            }
            if (depth == 0 && (selfDoc != null || conversion >= 0) && c != ' ' && c != '\t') {
                error(lx.here(), selfDoc != null && conversion < 0 ? "f-string: expecting '!', or ':', or '}'" : "f-string: expecting '}'");
                return skipField();
            }
            lx.i++;
        }
    }

    private FPiece done(int s, int e, int line, int lineStart, String selfDoc, int conv, List<FPiece> spec,
                        int braceLine, int braceCol, Pos specPos) {
        Pos pos = new Pos(braceLine, braceCol, lx.line, lx.col(lx.i));
        return new FPiece.Field(s, e, line, lineStart, selfDoc, conv, spec, pos, specPos);
    }

    /** The field ran into the closing quote of the f-string itself. */
    private FPiece endedEarly() {
        if (!failed) error(lx.here(), "f-string: expecting '}'");
        return null;
    }

    /** After an error inside a field: skip to its closing brace or the string's end. */
    private FPiece skipField() {
        while (lx.i < lx.end && cp[lx.i] != '}' && !closingQuote() && lx.nl(lx.i) == 0) lx.i++;
        if (lx.i < lx.end && cp[lx.i] == '}') lx.i++;
        return null;
    }

    /** Reads a conversion character after '!'. */
    private int conversion() {
        int s = lx.i;
        while (lx.i < lx.end && Lexer.isIdPart(cp[lx.i])) lx.i++;
        String conv = new String(cp, s, lx.i - s);
        if (conv.isEmpty()) {
            error(lx.here(), "f-string: missing conversion character");
            return 'r';
        }
        if (!conv.equals("r") && !conv.equals("s") && !conv.equals("a")) {
            error(Pos.at(lx.line, lx.col(s)), "f-string: invalid conversion character '" + conv + "': expected 's', 'r', or 'a'");
            return 'r';
        }
        return conv.charAt(0);
    }

    /** An identifier inside a field, or the prefix of a nested string literal. */
    private void name() {
        int s = lx.i;
        while (lx.i < lx.end && Lexer.isIdPart(cp[lx.i])) lx.i++;
        if (lx.i < lx.end && (cp[lx.i] == '"' || cp[lx.i] == '\'') && lx.i - s <= 2
                && Lexer.isStringPrefix(new String(cp, s, lx.i - s))) {
            nestedString(s, new String(cp, s, lx.i - s));  // on failure the cursor stays on the quote
        }
    }

    /**
     * Skips a string nested in a field (dry scan). Returns false, with the cursor left on the quote,
     * when it does not terminate: the quote then closes the enclosing f-string instead.
     */
    private boolean nestedString(int prefixStart, String prefix) {
        int saveI = lx.i, saveLine = lx.line, saveLs = lx.lineStart;
        int qq = cp[lx.i];
        boolean tri = lx.i + 2 < lx.end && cp[lx.i + 1] == qq && cp[lx.i + 2] == qq;
        lx.i += tri ? 3 : 1;
        boolean ok;
        if (prefix.toLowerCase(Locale.ROOT).contains("f")) {
            Lexer inner = Lexer.sub(lx, lx.i, lx.end, lx.line, lx.lineStart, lx.rep);
            FStringScanner fs = new FStringScanner(inner, qq, tri, prefix.toLowerCase(Locale.ROOT).contains("r"), at, true);
            ok = fs.scan() != null;
            if (ok) { lx.i = inner.i; lx.line = inner.line; lx.lineStart = inner.lineStart; }
        } else {
            ok = lx.scanPlain(qq, tri, at, true) >= 0;
        }
        if (!ok) { lx.i = saveI; lx.line = saveLine; lx.lineStart = saveLs; }
        return ok;
    }
}

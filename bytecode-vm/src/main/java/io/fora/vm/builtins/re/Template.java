// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Repr;
import java.util.ArrayList;
import java.util.List;

/**
 * A replacement template ({@code \1}, {@code \g<name>}, {@code \g<0>}, escapes), parsed as
 * CPython's {@code _parser.parse_template} does, with its errors and positions.
 */
final class Template {
    /** Literal text (String) and group numbers (Integer), in order. */
    private final Object[] parts;

    private Template(Object[] parts) { this.parts = parts; }

    /** True when the template is one literal (no group references). */
    boolean isLiteral() {
        for (Object p : parts) if (p instanceof Integer) return false;
        return true;
    }

    static Template parse(String repl, PyPattern pattern) {
        int[] s = repl.codePoints().toArray();
        List<Object> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        int i = 0;
        while (i < s.length) {
            int c = s[i];
            if (c != '\\') {
                lit.appendCodePoint(c);
                i++;
                continue;
            }
            if (i + 1 >= s.length) throw ReError.at("bad escape (end of pattern)", s, s.length - 1);
            int e = s[i + 1];
            i += 2;
            if (e == 'g') {
                // tell() after "\g" is i; s.match("<")
                if (i >= s.length || s[i] != '<') throw ReError.at("missing <", s, tellAt(s, i));
                i++;
                StringBuilder name = new StringBuilder();
                int nameLen = 0;
                while (true) {
                    if (i >= s.length) {
                        if (nameLen == 0) throw ReError.at("missing group name", s, s.length);
                        throw ReError.at("missing >, unterminated name", s, s.length - nameLen);
                    }
                    int ch = s[i];
                    int w = 1;
                    if (ch == '\\' && i + 1 < s.length) {
                        name.append('\\').appendCodePoint(s[i + 1]);
                        w = 2;
                    } else if (ch == '\\') {
                        throw ReError.at("bad escape (end of pattern)", s, s.length - 1);
                    }
                    i += w;
                    if (w == 1 && ch == '>') {
                        if (nameLen == 0) throw ReError.at("missing group name", s, tellAt(s, i) - 1);
                        break;
                    }
                    if (w == 1) name.appendCodePoint(ch);
                    nameLen += w;
                }
                String n = name.toString();
                int pos = tellAt(s, i) - nameLen - 1;
                int index;
                if (PatternTranslator.isIdentifier(n)) {
                    Integer g = pattern.groupNumber(PyStr.of(n));
                    if (g == null) throw Errors.indexError("unknown group name " + Repr.reprStr(n));
                    index = g;
                } else {
                    boolean digits = !n.isEmpty() && n.chars().allMatch(ch -> ch >= '0' && ch <= '9');
                    if (!digits) throw ReError.at("bad character in group name " + Repr.reprStr(n), s, pos);
                    long v;
                    try {
                        v = Long.parseLong(n);
                    } catch (NumberFormatException ex) {
                        v = Long.MAX_VALUE;
                    }
                    if (v >= PatternTranslator.MAXGROUPS) throw ReError.at("invalid group reference " + n.replaceFirst("^0+(?=.)", ""), s, pos);
                    index = (int) v;
                }
                addGroup(parts, lit, index, pattern, s, pos);
            } else if (e == '0') {
                int v = 0;
                int k = 0;
                while (k < 2 && i < s.length && s[i] >= '0' && s[i] <= '7') {
                    v = v * 8 + (s[i] - '0');
                    i++;
                    k++;
                }
                lit.appendCodePoint(v & 0xff);
            } else if (e >= '0' && e <= '9') {
                String digits = Character.toString(e);
                int startPos = i - 2;
                boolean octal = false;
                if (i < s.length && s[i] >= '0' && s[i] <= '9') {
                    digits += Character.toString(s[i]);
                    i++;
                    if (e <= '7' && digits.charAt(1) <= '7' && i < s.length && s[i] >= '0' && s[i] <= '7') {
                        digits += Character.toString(s[i]);
                        i++;
                        octal = true;
                        int v = Integer.parseInt(digits, 8);
                        if (v > 0377) throw ReError.at("octal escape value \\" + digits + " outside of range 0-0o377", s, startPos);
                        lit.appendCodePoint(v);
                    }
                }
                if (!octal) addGroup(parts, lit, Integer.parseInt(digits), pattern, s, startPos + 1);
            } else {
                String esc = switch (e) {
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
                if (esc != null) {
                    lit.append(esc);
                } else {
                    if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
                        throw ReError.at("bad escape \\" + Character.toString(e), s, i - 2);
                    }
                    lit.append('\\').appendCodePoint(e);
                }
            }
        }
        if (!lit.isEmpty()) parts.add(lit.toString());
        return new Template(parts.toArray());
    }

    /** Python's tell(): the index of the next token (tokens are one char or an escape pair). */
    private static int tellAt(int[] s, int i) { return i; }

    private static void addGroup(List<Object> parts, StringBuilder lit, int index, PyPattern pattern, int[] s, int pos) {
        if (index > pattern.groups) throw ReError.at("invalid group reference " + index, s, pos);
        if (!lit.isEmpty()) {
            parts.add(lit.toString());
            lit.setLength(0);
        }
        parts.add(index);
    }

    /** The template with the match's groups substituted (a group that did not take part gives ''). */
    PyStr expand(PyMatch m) {
        if (parts.length == 1 && parts[0] instanceof String only) return PyStr.of(only);
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String t) {
                sb.append(t);
            } else {
                int gi = (Integer) p;
                if (m.start(gi) >= 0) sb.append(m.text.value(), m.text.toCharIndex(m.start(gi)), m.text.toCharIndex(m.end(gi)));
            }
        }
        return PyStr.of(sb.toString());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Repr;

/** {@code str.format(*args, **kwargs)} (CPython's Objects/stringlib/unicode_format.h). */
public final class StrFormat {
    private static final int INIT = 0, AUTO = 1, MANUAL = 2;

    private final Object[] args;
    private final Kwargs kwargs;
    /** For format_map: the mapping named fields are looked up in (its __getitem__, so a dict subclass's __missing__); else null. */
    private Object mapping;
    private int autoState = INIT;
    private long autoNumber;

    private StrFormat(Object[] args, Kwargs kwargs) {
        this.args = args;
        this.kwargs = kwargs;
    }

    /**
     * Formats {@code template} with positional {@code args} and keyword {@code kwargs}: fields
     * {@code {}}, {@code {0}}, {@code {name}}, {@code {0.attr}}, {@code {0[key]}}, conversions
     * {@code !r !s !a}, nested specs {@code {:{width}}}, and escapes {@code {{ }}}.
     *
     * @param template the format string
     * @param args the positional arguments
     * @param kwargs the keyword arguments (may be null)
     * @return the formatted string
     */
    public static PyStr format(PyStr template, Object[] args, Kwargs kwargs) {
        StrFormat f = new StrFormat(args, kwargs == null ? Kwargs.NONE : kwargs);
        return PyStr.of(f.build(template.value().codePoints().toArray(), 0,
                template.value().codePointCount(0, template.value().length()), 2));
    }

    /** {@code template.format_map(mapping)}: each named field is {@code mapping[name]}, as CPython looks it up. */
    public static PyStr formatMap(PyStr template, Object mapping) {
        StrFormat f = new StrFormat(new Object[0], Kwargs.NONE);
        f.mapping = mapping;
        return PyStr.of(f.build(template.value().codePoints().toArray(), 0,
                template.value().codePointCount(0, template.value().length()), 2));
    }

    private String build(int[] s, int start, int end, int depth) {
        if (depth <= 0) throw Errors.valueError("Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int pos = start;
        while (pos < end) {
            int litStart = pos;
            int c = 0;
            boolean markup = false;
            while (pos < end) {
                c = s[pos++];
                if (c == '{' || c == '}') {
                    markup = true;
                    break;
                }
            }
            boolean atEnd = pos >= end;
            int len = pos - litStart;
            if (c == '}' && markup && (atEnd || s[pos] != '}')) {
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (atEnd && c == '{' && markup) {
                throw Errors.valueError("Single '{' encountered in format string");
            }
            if (!atEnd && markup) {
                if (c == s[pos]) {
                    pos++;
                    markup = false;
                } else {
                    len--;
                }
            }
            for (int i = litStart; i < litStart + len; i++) out.appendCodePoint(s[i]);
            if (!markup) continue;
            pos = field(out, s, pos, end, depth);
        }
        return out.toString();
    }

    /** Parses and renders one replacement field starting after its '{'; returns the position after its '}'. */
    private int field(StringBuilder out, int[] s, int p, int end, int depth) {
        int nameStart = p;
        int c = 0;
        while (p < end) {
            c = s[p++];
            if (c == '{') throw Errors.valueError("unexpected '{' in field name");
            if (c == '[') {
                while (p < end && s[p] != ']') p++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        int nameEnd = p - 1;
        int conversion = 0;
        int specStart = p, specEnd = p;
        boolean expand = false;
        if (c == '!' || c == ':') {
            boolean done = false;
            if (c == '!') {
                if (p >= end) {
                    throw Errors.valueError("end of string while looking for conversion specifier");
                }
                conversion = s[p++];
                if (p < end) {
                    int d = s[p++];
                    if (d == '}') done = true;
                    else if (d != ':') throw Errors.valueError("expected ':' after conversion specifier");
                }
            }
            if (!done) {
                specStart = p;
                int count = 1;
                specEnd = -1;
                while (p < end) {
                    int d = s[p++];
                    if (d == '{') {
                        expand = true;
                        count++;
                    } else if (d == '}' && --count == 0) {
                        specEnd = p - 1;
                        break;
                    }
                }
                if (specEnd < 0) throw Errors.valueError("unmatched '{' in format spec");
            } else {
                specStart = specEnd = p;
            }
        } else if (c != '}') {
            throw Errors.valueError("expected '}' before end of string");
        }
        Object value = lookup(s, nameStart, nameEnd);
        if (conversion != 0) value = PyStr.of(convert(value, conversion));
        String spec = expand ? build(s, specStart, specEnd, depth - 1)
                : new String(s, specStart, specEnd - specStart);
        if (spec.isEmpty() && value instanceof PyStr str) out.append(str.value());
        else out.append(Ops.format(value, spec));
        return p;
    }

    private static String convert(Object value, int conversion) {
        return switch (conversion) {
            case 'r' -> Repr.repr(value);
            case 's' -> Repr.str(value);
            case 'a' -> PercentFormat.ascii(Repr.repr(value));
            default -> {
                if (conversion > 32 && conversion < 127) {
                    throw Errors.valueError("Unknown conversion specifier " + (char) conversion);
                }
                throw Errors.valueError("Unknown conversion specifier \\x" + Integer.toHexString(conversion));
            }
        };
    }

    private Object lookup(int[] s, int start, int end) {
        int i = start;
        while (i < end && s[i] != '[' && s[i] != '.') i++;
        long index = integer(s, start, i);
        boolean empty = i == start;
        boolean numeric = empty || index != -1;
        if (autoState == INIT && numeric) autoState = empty ? AUTO : MANUAL;
        if (numeric) {
            if (autoState == MANUAL && empty) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            if (autoState == AUTO && !empty) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
        }
        if (empty) index = autoNumber++;
        Object obj;
        if (index == -1) {
            String key = new String(s, start, i - start);
            obj = mapping != null ? io.fora.vm.runtime.Ops.getItem(mapping, PyStr.of(key)) : kwargs.get(key);
            if (obj == null) throw Errors.keyError(PyStr.of(key));
        } else {
            if (mapping != null) throw Errors.valueError("Format string contains positional fields");
            if (index >= args.length) {
                throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
            }
            obj = args[(int) index];
        }
        while (i < end) {
            int c = s[i++];
            int nameStart = i, nameEnd;
            if (c == '.') {
                while (i < end && s[i] != '[' && s[i] != '.') i++;
                nameEnd = i;
                if (nameStart == nameEnd) throw Errors.valueError("Empty attribute in format string");
                obj = Ops.getAttr(obj, new String(s, nameStart, nameEnd - nameStart));
            } else if (c == '[') {
                while (i < end && s[i] != ']') i++;
                if (i >= end) throw Errors.valueError("Missing ']' in format string");
                nameEnd = i++;
                long idx = integer(s, nameStart, nameEnd);
                if (nameStart == nameEnd) throw Errors.valueError("Empty attribute in format string");
                Object key = idx == -1 ? PyStr.of(new String(s, nameStart, nameEnd - nameStart)) : (Object) idx;
                obj = Ops.getItem(obj, key);
            } else {
                throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }
        return obj;
    }

    /** CPython's get_integer: the decimal value of s[start:end], or -1 when empty or not all digits. */
    private static long integer(int[] s, int start, int end) {
        if (start >= end) return -1;
        long acc = 0;
        for (int i = start; i < end; i++) {
            if (Character.getType(s[i]) != Character.DECIMAL_DIGIT_NUMBER) return -1;
            int d = Character.digit(s[i], 10);
            if (acc > (Long.MAX_VALUE - d) / 10) throw Errors.valueError("Too many decimal digits in format string");
            acc = acc * 10 + d;
        }
        return acc;
    }
}

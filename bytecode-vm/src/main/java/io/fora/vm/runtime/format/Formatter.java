// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Repr;
import java.math.BigInteger;

/** The {@code __format__} of the builtin types int, bool, float and str (CPython's formatter_unicode.c). */
public final class Formatter {
    private Formatter() {}

    /**
     * {@code format(value, spec)} for builtin values: Long, BigInteger, Boolean, Double, PyStr. Other
     * values format as {@code str(value)} with an empty spec and raise TypeError otherwise.
     *
     * @param value a Python value
     * @param spec the format specification
     * @return the formatted text
     */
    public static String format(Object value, String spec) {
        switch (value) {
            case Boolean b -> {
                if (spec.isEmpty()) return b ? "True" : "False";
                return formatIntSpec(value, spec, "bool");
            }
            case Long l -> {
                if (spec.isEmpty()) return Long.toString(l);
                return formatIntSpec(value, spec, "int");
            }
            case BigInteger b -> {
                if (spec.isEmpty()) return io.fora.vm.runtime.Repr.bigToString(b);
                return formatIntSpec(value, spec, "int");
            }
            case Double d -> {
                if (spec.isEmpty()) return FloatRepr.repr(d);
                return formatFloat(d, FormatSpec.parse(spec, 0, '>', "float"), "float");
            }
            case PyStr s -> {
                if (spec.isEmpty()) return s.value();
                return formatStr(s, FormatSpec.parse(spec, 's', '<', "str"));
            }
            case io.fora.vm.runtime.PyComplex c -> {
                if (spec.isEmpty()) return c.repr();
                return formatComplex(c, spec);
            }
            default -> {
                if (spec.isEmpty()) return Repr.str(value);
                throw Errors.typeError("unsupported format string passed to " + Ops.typeName(value)
                        + ".__format__");
            }
        }
    }

    private static final java.util.regex.Pattern COMPLEX_SPEC = java.util.regex.Pattern.compile(
            "^(?:(.)?([<>^]))?([+\\- ]?)(#)?(\\d+)?([_,])?(?:\\.(\\d+))?([eEfFgGn])?$", java.util.regex.Pattern.DOTALL);

    /** complex.__format__: each part formatted as a float, the imaginary one always signed; no type keeps the parentheses. */
    private static String formatComplex(io.fora.vm.runtime.PyComplex c, String spec) {
        java.util.regex.Matcher m = COMPLEX_SPEC.matcher(spec);
        if (!m.matches()) {
            if (spec.contains("=")) throw Errors.valueError("'=' alignment not allowed in complex format specifier");
            if (spec.endsWith("%")) throw Errors.valueError("Unknown format code '%' for object of type 'complex'");
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type 'complex'");
        }
        String fill = m.group(1) == null ? " " : m.group(1), align = m.group(2) == null ? ">" : m.group(2);
        String sign = m.group(3), alt = m.group(4) == null ? "" : "#", width = m.group(5), group = m.group(6) == null ? "" : m.group(6);
        String precision = m.group(7), type = m.group(8);
        String body;
        if (type == null && precision == null) {
            String r = c.repr();
            body = sign.equals("+") && !r.startsWith("(") && !r.startsWith("-") ? "+" + r : r;
        } else {
            String inner = alt + group + (precision == null ? "" : "." + precision) + (type == null ? "g" : type);
            String im = format(c.imag(), "+" + inner) + "j";
            boolean dropReal = type == null && c.real() == 0.0 && Math.copySign(1.0, c.real()) > 0;
            String re = format(c.real(), sign + inner);
            body = dropReal ? im : re + im;
            if (type == null && !dropReal) body = "(" + body + ")";
        }
        int w = width == null ? 0 : Integer.parseInt(width);
        int pad = w - body.codePointCount(0, body.length());
        if (pad <= 0) return body;
        String p = fill.repeat(pad);
        return switch (align) {
            case "<" -> body + p;
            case "^" -> fill.repeat(pad / 2) + body + fill.repeat(pad - pad / 2);
            default -> p + body;
        };
    }

    private static String formatIntSpec(Object value, String spec, String typeName) {
        return formatInt(value, FormatSpec.parse(spec, 'd', '>', typeName), typeName);
    }

    /**
     * Formats a Python int (Long, BigInteger or Boolean) with a parsed spec; float presentation
     * types convert it to float first.
     *
     * @param intValue the int
     * @param f the spec, parsed with default type 'd' and alignment '>'
     * @return the formatted text
     */
    public static String formatInt(Object intValue, FormatSpec f) {
        return formatInt(intValue, f, intValue instanceof Boolean ? "bool" : "int");
    }

    private static String formatInt(Object intValue, FormatSpec f, String typeName) {
        switch (f.type()) {
            case 'b', 'c', 'd', 'o', 'x', 'X', 'n' -> { }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return formatFloat(Ints.toDouble(intValue), f, typeName);
            }
            default -> throw f.unknownType(typeName);
        }
        if (f.precision() != -1) throw Errors.valueError("Precision not allowed in integer format specifier");
        if (f.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        BigInteger v = Ints.big(intValue);
        if (f.type() == 'c') {
            if (f.sign() != 0) throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
            if (f.alternate()) {
                throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            }
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                if (v.bitLength() >= 64) throw Errors.overflow("Python int too large to convert to C long");
                throw Errors.overflow("%c arg not in range(0x110000)");
            }
            String ch = new String(Character.toChars(v.intValue()));
            return NumberLayout.layout(f, false, "", "", false, ch, 0, 3);
        }
        int radix;
        String prefix;
        switch (f.type()) {
            case 'b' -> { radix = 2; prefix = "0b"; }
            case 'o' -> { radix = 8; prefix = "0o"; }
            case 'x' -> { radix = 16; prefix = "0x"; }
            case 'X' -> { radix = 16; prefix = "0X"; }
            default -> { radix = 10; prefix = ""; }
        }
        // decimal digits beyond CPython's limit (4300) are refused, as by str()
        String digits = radix == 10 ? io.fora.vm.runtime.Repr.bigToString(v.abs()) : v.abs().toString(radix);
        if (f.type() == 'X') digits = digits.toUpperCase();
        int sep = f.type() == 'n' ? 0 : f.grouping();
        int groupLen = radix == 10 ? 3 : 4;
        return NumberLayout.layout(f, v.signum() < 0, f.alternate() ? prefix : "", digits, false, "",
                sep, groupLen);
    }

    /**
     * Formats a float with a parsed spec (types e E f F g G n % and none).
     *
     * @param x the value
     * @param f the spec, parsed with default type 0 and alignment '>'
     * @return the formatted text
     */
    public static String formatFloat(double x, FormatSpec f) {
        return formatFloat(x, f, "float");
    }

    private static String formatFloat(double x, FormatSpec f, String typeName) {
        int type = f.type();
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> { }
            default -> throw f.unknownType(typeName);
        }
        if (f.precision() > Integer.MAX_VALUE) throw Errors.valueError("precision too big");
        int precision = (int) f.precision();
        boolean addDot0 = false;
        int defaultPrecision = 6;
        char code;
        if (type == 0) {
            addDot0 = true;
            code = 'r';
            defaultPrecision = 0;
        } else {
            code = type == 'n' ? 'g' : (char) type;
        }
        boolean pct = false;
        if (code == '%') {
            code = 'f';
            x *= 100;
            pct = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (code == 'r') code = 'g';
        String buf = DoubleFormat.format(x, code, precision, f.alternate(), addDot0, f.noNegZero(), false);
        if (pct) buf += "%";
        boolean negative = false;
        int i = 0;
        if (buf.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        int j = i;
        while (j < buf.length() && buf.charAt(j) >= '0' && buf.charAt(j) <= '9') j++;
        String digits = buf.substring(i, j);
        boolean hasDecimal = j < buf.length() && buf.charAt(j) == '.';
        String remainder = buf.substring(hasDecimal ? j + 1 : j);
        int sep = type == 'n' ? 0 : f.grouping();
        return NumberLayout.layout(f, negative, "", digits, hasDecimal, remainder, sep, 3);
    }

    /**
     * Formats a str with a parsed spec (type 's' only): precision truncates, then pads to width.
     *
     * @param s the string
     * @param f the spec, parsed with default type 's' and alignment '<'
     * @return the formatted text
     */
    public static String formatStr(PyStr s, FormatSpec f) {
        if (f.type() != 's') throw f.unknownType("str");
        if (f.sign() != 0) {
            throw Errors.valueError(f.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (f.noNegZero()) {
            throw Errors.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (f.alternate()) throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
        if (f.align() == '=') throw Errors.valueError("'=' alignment not allowed in string format specifier");
        int len = s.length();
        String body = s.value();
        if (f.precision() >= 0 && f.precision() < len) {
            len = (int) f.precision();
            body = s.substring(0, len).value();
        }
        if (f.width() <= len) return body;
        long padding = f.width() - len;
        if (padding > Integer.MAX_VALUE - 64) throw Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR);
        long left = switch (f.align()) {
            case '>' -> padding;
            case '^' -> padding / 2;
            default -> 0;
        };
        StringBuilder sb = new StringBuilder();
        NumberLayout.pad(sb, f.fill(), left);
        sb.append(body);
        NumberLayout.pad(sb, f.fill(), padding - left);
        return sb.toString();
    }
}

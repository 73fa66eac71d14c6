// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import io.fora.vm.runtime.Errors;

/**
 * A parsed format specification {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}
 * as CPython's {@code parse_internal_render_format_spec} reads it.
 *
 * @param fill the fill code point (default space)
 * @param align one of {@code < > ^ =}, after applying the type's default
 * @param sign {@code +}, {@code -}, space, or 0 when absent
 * @param noNegZero the {@code z} flag
 * @param alternate the {@code #} flag
 * @param width the minimum width, or -1
 * @param grouping {@code ,} or {@code _}, or 0 when absent
 * @param precision the precision, or -1
 * @param type the presentation type code point, or 0 when absent (after applying the default)
 */
public record FormatSpec(int fill, int align, int sign, boolean noNegZero, boolean alternate,
                         long width, int grouping, long precision, int type) {

    /**
     * Parses a spec for a value whose type is named {@code typeName}, with CPython's errors.
     *
     * @param spec the text after the colon
     * @param defaultType the type used when none is given (0, 'd' or 's')
     * @param defaultAlign the alignment used when none is given ('<' or '>')
     * @param typeName the Python type name used in error messages
     * @return the parsed spec
     */
    public static FormatSpec parse(String spec, int defaultType, int defaultAlign, String typeName) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        int align = defaultAlign;
        boolean fillSpecified = false, alignSpecified = false;
        int sign = 0;
        boolean z = false, alt = false;
        long width = -1, precision = -1;
        int grouping = 0;
        int type = defaultType;

        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            fill = cp[pos];
            align = cp[pos + 1];
            fillSpecified = alignSpecified = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = cp[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) {
            sign = cp[pos++];
        }
        if (end - pos >= 1 && cp[pos] == 'z') {
            z = true;
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '#') {
            alt = true;
            pos++;
        }
        if (!fillSpecified && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignSpecified && defaultAlign == '>') align = '=';
            pos++;
        }
        int start = pos;
        long[] out = new long[1];
        pos = readInt(cp, pos, out);
        width = pos == start ? -1 : out[0];
        if (end - pos >= 1 && cp[pos] == ',') {
            grouping = ',';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == '_') {
            if (grouping != 0) throw Errors.valueError("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == ',' && grouping == '_') {
            throw Errors.valueError("Cannot specify both ',' and '_'.");
        }
        if (end - pos >= 1 && cp[pos] == '.') {
            pos++;
            start = pos;
            pos = readInt(cp, pos, out);
            if (pos == start) throw Errors.valueError("Format specifier missing precision");
            precision = out[0];
        }
        if (end - pos > 1) {
            throw Errors.valueError("Invalid format specifier '" + spec + "' for object of type '"
                    + typeName + "'");
        }
        if (end - pos == 1) type = cp[pos];
        if (grouping != 0) {
            switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0 -> { }
                case 'b', 'o', 'x', 'X' -> {
                    if (grouping != '_') throw invalidGrouping(grouping, type);
                }
                default -> throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, z, alt, width, grouping, precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static int readInt(int[] cp, int pos, long[] out) {
        long v = 0;
        while (pos < cp.length && Character.getType(cp[pos]) == Character.DECIMAL_DIGIT_NUMBER) {
            int digit = Character.digit(cp[pos], 10);
            if (v > (Long.MAX_VALUE - digit) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + digit;
            pos++;
        }
        out[0] = v;
        return pos;
    }

    private static RuntimeException invalidGrouping(int sep, int type) {
        if (type > 32 && type < 128) {
            return Errors.valueError("Cannot specify '" + (char) sep + "' with '" + (char) type + "'.");
        }
        return Errors.valueError("Cannot specify '" + (char) sep + "' with '\\x" + Integer.toHexString(type) + "'.");
    }

    /** The "Unknown format code" error for this spec's type and the given Python type name. */
    RuntimeException unknownType(String typeName) {
        if (type > 32 && type < 128) {
            return Errors.valueError("Unknown format code '" + (char) type + "' for object of type '"
                    + typeName + "'");
        }
        return Errors.valueError("Unknown format code '\\x" + Integer.toHexString(type)
                + "' for object of type '" + typeName + "'");
    }
}

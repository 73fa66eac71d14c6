// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import io.fora.vm.runtime.Errors;

/**
 * CPython's {@code calc_number_widths} and {@code fill_number}: lays out
 * {@code <lpad><sign><prefix><spad><grouped digits><decimal><remainder><rpad>}.
 */
final class NumberLayout {
    private NumberLayout() {}

    /**
     * @param f the spec (fill, align, sign, width)
     * @param negative whether the number carries a '-' sign
     * @param prefix the alternate-form prefix ("0x", ...) or ""
     * @param digits the integer digits to group (may be empty)
     * @param hasDecimal whether a '.' follows the digits
     * @param remainder the text after the decimal point (fraction, exponent, '%', "inf")
     * @param sep the thousands separator or 0
     * @param groupLen the group size (3 or 4)
     */
    static String layout(FormatSpec f, boolean negative, String prefix, String digits,
                         boolean hasDecimal, String remainder, int sep, int groupLen) {
        int signChar = 0;
        switch (f.sign()) {
            case '+' -> signChar = negative ? '-' : '+';
            case ' ' -> signChar = negative ? '-' : ' ';
            default -> signChar = negative ? '-' : 0;
        }
        long nSign = signChar != 0 ? 1 : 0;
        long nonDigit = nSign + prefix.length() + (hasDecimal ? 1 : 0)
                + remainder.codePointCount(0, remainder.length());
        long minWidth = f.fill() == '0' && f.align() == '=' ? f.width() - nonDigit : 0;
        String grouped = digits.isEmpty() ? "" : group(digits, minWidth, sep, groupLen);
        long padding = f.width() - (nonDigit + grouped.length());
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0) {
            if (padding > Integer.MAX_VALUE - 64) throw Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR);
            switch (f.align()) {
                case '<' -> rpad = padding;
                case '^' -> {
                    lpad = padding / 2;
                    rpad = padding - lpad;
                }
                case '=' -> spad = padding;
                default -> lpad = padding;
            }
        }
        StringBuilder sb = new StringBuilder();
        pad(sb, f.fill(), lpad);
        if (signChar != 0) sb.append((char) signChar);
        sb.append(prefix);
        pad(sb, f.fill(), spad);
        sb.append(grouped);
        if (hasDecimal) sb.append('.');
        sb.append(remainder);
        pad(sb, f.fill(), rpad);
        return sb.toString();
    }

    static void pad(StringBuilder sb, int fill, long n) {
        for (long i = 0; i < n; i++) sb.appendCodePoint(fill);
    }

    /** {@code _PyUnicode_InsertThousandsGrouping}, zero-padding to {@code minWidth}. */
    static String group(String digits, long minWidth, int sep, int groupLen) {
        if (minWidth > Integer.MAX_VALUE - 64) throw Errors.of(io.fora.vm.runtime.Types.MEMORY_ERROR);
        minWidth = Math.max(0, minWidth);
        StringBuilder rev = new StringBuilder();
        int digitsPos = digits.length();
        long remaining = digits.length();
        boolean useSep = false;
        boolean broken = false;
        if (sep != 0) {
            while (true) {
                long len = Math.min(groupLen, Math.max(Math.max(remaining, minWidth), 1));
                long zeros = Math.max(0, len - remaining);
                long chars = Math.max(0, Math.min(remaining, len));
                if (useSep) rev.append((char) sep);
                for (long i = 0; i < chars; i++) rev.append(digits.charAt(--digitsPos));
                for (long i = 0; i < zeros; i++) rev.append('0');
                useSep = true;
                remaining -= chars;
                minWidth -= len;
                if (remaining <= 0 && minWidth <= 0) {
                    broken = true;
                    break;
                }
                minWidth -= 1;
            }
        }
        if (!broken) {
            long len = Math.max(Math.max(remaining, minWidth), 1);
            long zeros = Math.max(0, len - remaining);
            long chars = Math.max(0, Math.min(remaining, len));
            if (useSep) rev.append((char) sep);
            for (long i = 0; i < chars; i++) rev.append(digits.charAt(--digitsPos));
            for (long i = 0; i < zeros; i++) rev.append('0');
        }
        return rev.reverse().toString();
    }
}

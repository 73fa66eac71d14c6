// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

/** CPython's {@code PyOS_double_to_string}: renders a double in one of the formats e E f F g G r. */
public final class DoubleFormat {
    private DoubleFormat() {}

    /**
     * Formats {@code x} as CPython's {@code PyOS_double_to_string} does.
     *
     * @param x the value
     * @param code one of {@code e E f F g G r} ('r' is the shortest repr form, precision ignored)
     * @param precision digits after the point (e, f) or significant digits (g)
     * @param alt the '#' flag: always keep the decimal point, keep trailing zeros for 'g'
     * @param addDot0 append ".0" to integral values not in exponent form
     * @param noNegZero the 'z' flag: drop the sign of a result that rounds to zero
     * @param alwaysSign prefix non-negative results with '+'
     * @return the formatted text
     */
    public static String format(double x, char code, int precision, boolean alt, boolean addDot0,
                                boolean noNegZero, boolean alwaysSign) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        char fc = Character.toLowerCase(code);
        StringBuilder sb = new StringBuilder();
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            if (Double.isInfinite(x) && x < 0) sb.append('-');
            else if (alwaysSign) sb.append('+');
            String w = Double.isNaN(x) ? "nan" : "inf";
            return sb.append(upper ? w.toUpperCase() : w).toString();
        }
        Digits d;
        switch (fc) {
            case 'e' -> {
                precision++;
                d = Digits.significant(x, precision);
            }
            case 'f' -> d = Digits.fixed(x, precision);
            case 'g' -> {
                if (precision == 0) precision = 1;
                d = Digits.significant(x, precision);
            }
            case 'r' -> d = Digits.shortest(x);
            default -> throw new IllegalArgumentException("format code " + code);
        }
        String digits = d.digits();
        int digitsLen = digits.length();
        int decpt = d.decpt();
        boolean negative = d.negative();
        if (noNegZero && negative && (digitsLen == 0 || digits.equals("0"))) negative = false;

        boolean useExp = false;
        int vEnd = digitsLen;
        switch (fc) {
            case 'e' -> {
                useExp = true;
                vEnd = precision;
            }
            case 'f' -> vEnd = decpt + precision;
            case 'g' -> {
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vEnd = precision;
            }
            default -> {
                if (decpt <= -4 || decpt > 16) useExp = true;
            }
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vEnd = Math.max(vEnd, decpt + 1);
        else vEnd = Math.max(vEnd, decpt);

        if (negative) sb.append('-');
        else if (alwaysSign) sb.append('+');
        if (decpt <= 0) {
            zeros(sb, decpt - vStart);
            sb.append('.');
            zeros(sb, -decpt);
        } else {
            zeros(sb, -vStart);
        }
        if (0 < decpt && decpt <= digitsLen) {
            sb.append(digits, 0, decpt).append('.').append(digits, decpt, digitsLen);
        } else {
            sb.append(digits);
        }
        if (digitsLen < decpt) {
            zeros(sb, decpt - digitsLen);
            sb.append('.');
            zeros(sb, vEnd - decpt);
        } else {
            zeros(sb, vEnd - digitsLen);
        }
        if (sb.charAt(sb.length() - 1) == '.' && !alt) sb.setLength(sb.length() - 1);
        if (useExp) {
            sb.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int ae = Math.abs(exp);
            if (ae < 10) sb.append('0');
            sb.append(ae);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int n) {
        for (int i = 0; i < n; i++) sb.append('0');
    }
}

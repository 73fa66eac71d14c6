// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite double as David Gay's dtoa returns them: a digit string without
 * trailing zeros and the position {@code decpt} of the decimal point, so that the value is
 * {@code 0.<digits> * 10**decpt}. An empty digit string means the value rounded to zero.
 *
 * @param digits the significant digits, no leading or trailing zeros ("0" for zero input)
 * @param decpt the decimal point position relative to the first digit
 * @param negative the sign bit of the input
 */
record Digits(String digits, int decpt, boolean negative) {

    /** dtoa mode 0: the shortest digits that round-trip, closest to the value on ties. */
    static Digits shortest(double x) {
        boolean neg = Math.copySign(1.0, x) < 0;
        double a = Math.abs(x);
        if (a == 0.0) return new Digits("0", 1, neg);
        String s = Double.toString(a);
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int point = mant.indexOf('.');
        String all = mant.substring(0, point) + mant.substring(point + 1);
        int decpt = point + exp;
        int start = 0;
        while (start < all.length() - 1 && all.charAt(start) == '0') {
            start++;
            decpt--;
        }
        int end = all.length();
        while (end > start + 1 && all.charAt(end - 1) == '0') end--;
        String digits = all.substring(start, end);
        if (digits.length() == 2) {
            // Java may pick a closer 2-digit decimal where a 1-digit one round-trips; dtoa does not.
            Digits one = oneDigit(a, digits, decpt, neg);
            if (one != null) return one;
        }
        return new Digits(digits, decpt, neg);
    }

    private static Digits oneDigit(double a, String two, int decpt, boolean neg) {
        int d = two.charAt(0) - '0';
        Digits best = null;
        BigDecimal exact = new BigDecimal(a);
        BigDecimal bestDist = null;
        for (int c = d; c <= d + 1; c++) {
            String digs = c == 10 ? "1" : Integer.toString(c);
            int dp = c == 10 ? decpt + 1 : decpt;
            BigDecimal v = new BigDecimal(new java.math.BigInteger(digs), -(dp - 1));
            if (v.doubleValue() != a) continue;
            BigDecimal dist = v.subtract(exact).abs();
            if (best == null || dist.compareTo(bestDist) < 0) {
                best = new Digits(digs, dp, neg);
                bestDist = dist;
            }
        }
        return best;
    }

    /** dtoa mode 2: {@code n >= 1} significant digits, correctly rounded half-even. */
    static Digits significant(double x, int n) {
        boolean neg = Math.copySign(1.0, x) < 0;
        double a = Math.abs(x);
        if (a == 0.0) return new Digits("0", 1, neg);
        BigDecimal r = new BigDecimal(a).round(new MathContext(n, RoundingMode.HALF_EVEN));
        return of(r, neg);
    }

    /** dtoa mode 3: {@code n} digits after the decimal point, correctly rounded half-even. */
    static Digits fixed(double x, int n) {
        boolean neg = Math.copySign(1.0, x) < 0;
        double a = Math.abs(x);
        if (a == 0.0) return new Digits("0", 1, neg);
        BigDecimal r = new BigDecimal(a).setScale(n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) return new Digits("", -n, neg);
        return of(r, neg);
    }

    private static Digits of(BigDecimal r, boolean neg) {
        String s = r.unscaledValue().toString();
        int decpt = s.length() - r.scale();
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') end--;
        return new Digits(s.substring(0, end), decpt, neg);
    }
}

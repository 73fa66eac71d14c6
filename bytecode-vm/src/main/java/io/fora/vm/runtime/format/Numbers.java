// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Floats;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Number conversions of the builtins round, float(str), int(str, base), bin/oct/hex. */
public final class Numbers {
    private Numbers() {}


    /**
     * {@code round(x, ndigits)} for a float. With ndigits None (or null) the result is a Python int
     * rounded half-even; otherwise a float correctly rounded half-even on the exact binary value,
     * keeping the sign of x (CPython's double_round).
     *
     * @param x the float
     * @param ndigits None/null, or a Python int
     * @return a Python int (ndigits None) or a Double
     */
    public static Object round(double x, Object ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return Floats.toInt(Math.rint(x));
        }
        long n;
        if (ndigits instanceof BigInteger b) n = b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        else n = Ops.index(ndigits);
        if (Double.isNaN(x) || Double.isInfinite(x)) return x;
        if (n > 323) return x;
        if (n < -308) return 0.0 * x;
        double a = Math.abs(x);
        double r = new BigDecimal(a).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) throw Errors.overflow("rounded value too large to represent");
        return Math.copySign(r, x);
    }

    /**
     * {@code round(i, ndigits)} for a Python int: unchanged when ndigits >= 0, else rounded half-even
     * to a multiple of {@code 10**-ndigits} (round(125, -1) == 120).
     *
     * @param intValue a Long, BigInteger or Boolean
     * @param ndigits the number of decimal digits
     * @return the rounded Python int
     */
    public static Object roundInt(Object intValue, long ndigits) {
        BigInteger a = Ints.big(intValue);
        if (ndigits >= 0) return Ints.norm(a);
        long digits = a.abs().toString().length();
        if (-ndigits > digits + 1) return 0L;
        BigInteger b = BigInteger.TEN.pow((int) -ndigits);
        BigInteger q = new BigDecimal(a).divide(new BigDecimal(b), 0, RoundingMode.HALF_EVEN).toBigInteger();
        return Ints.norm(q.multiply(b));
    }

    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /**
     * {@code float(s)}: surrounding whitespace, underscores between digits, Unicode decimal digits,
     * and inf/infinity/nan in any case with a sign.
     *
     * @param s the string
     * @return the parsed value
     */
    public static double parseFloat(PyStr s) {
        String t = asciiTrimmed(s);
        if (t != null && t.indexOf('_') >= 0) t = removeUnderscores(t);
        if (t != null) {
            if (FLOAT.matcher(t).matches()) return Double.parseDouble(t);
            if (SPECIAL.matcher(t).matches()) {
                boolean neg = t.charAt(0) == '-';
                if (t.toLowerCase().endsWith("nan")) return neg ? Double.longBitsToDouble(0xfff8000000000000L) : Double.NaN; // float('-nan') keeps its sign, as in CPython
                return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
        }
        throw Errors.valueError("could not convert string to float: " + Repr.repr(s));
    }

    private static String removeUnderscores(String t) {
        StringBuilder sb = new StringBuilder();
        char prev = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (!(prev >= '0' && prev <= '9')) return null;
            } else {
                sb.append(c);
                if (prev == '_' && !(c >= '0' && c <= '9')) return null;
            }
            prev = c;
        }
        return prev == '_' ? null : sb.toString();
    }

    /** Python's str.isspace for one code point. */
    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /**
     * _PyUnicode_TransformDecimalAndSpaceToASCII then strip: Unicode spaces become ' ', decimal
     * digits become ASCII, other non-ASCII characters make the string invalid (null).
     */
    private static String asciiTrimmed(PyStr s) {
        StringBuilder sb = new StringBuilder();
        String v = s.value();
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c < 128) sb.append((char) c);
            else if (isSpace(c)) sb.append(' ');
            else if (io.fora.vm.builtins.StrUnicode.isDecimal(c)) {
                sb.append((char) ('0' + Character.digit(c, 10)));
            } else return null;
        }
        int a = 0, b = sb.length();
        while (a < b && isAsciiSpace(sb.charAt(a))) a++;
        while (b > a && isAsciiSpace(sb.charAt(b - 1))) b--;
        return sb.substring(a, b);
    }

    /**
     * {@code int(s, base)}: whitespace, one sign, underscores between digits, base 0 with
     * 0x/0o/0b prefixes (and no leading zeros), bases 2..36, CPython's errors.
     *
     * @param s the string
     * @param base 0 or 2..36
     * @return a Long or BigInteger
     */
    public static Object parseInt(PyStr s, int base) {
        if ((base != 0 && base < 2) || base > 36) {
            throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        String t = asciiTrimmed(s);
        Object r = t == null ? null : parseAscii(t, base);
        if (r == null) {
            String repr = Repr.repr(s);
            if (repr.codePointCount(0, repr.length()) > 200) repr = repr.substring(0, repr.offsetByCodePoints(0, 200));
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + repr);
        }
        return r;
    }

    private static Object parseAscii(String t, int base) {
        int i = 0, n = t.length();
        boolean neg = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) neg = t.charAt(i++) == '-';
        char c0 = i < n ? t.charAt(i) : 0, c1 = i + 1 < n ? t.charAt(i + 1) : 0;
        boolean errorIfNonzero = false;
        if (base == 0) {
            if (c0 != '0') base = 10;
            else if (c1 == 'x' || c1 == 'X') base = 16;
            else if (c1 == 'o' || c1 == 'O') base = 8;
            else if (c1 == 'b' || c1 == 'B') base = 2;
            else {
                errorIfNonzero = true;
                base = 10;
            }
        }
        if (c0 == '0' && ((base == 16 && (c1 == 'x' || c1 == 'X')) || (base == 8 && (c1 == 'o' || c1 == 'O'))
                || (base == 2 && (c1 == 'b' || c1 == 'B')))) {
            i += 2;
            if (i < n && t.charAt(i) == '_') i++;
        }
        if (i < n && t.charAt(i) == '_') return null;
        StringBuilder digits = new StringBuilder();
        char prev = 0;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (prev == '_') return null;
            } else {
                int d = Character.digit(c, base);
                if (d < 0 || c > 'z') break;
                digits.append(c);
            }
            prev = c;
        }
        if (prev == '_' || digits.isEmpty() || i != n) return null;
        int limit = io.fora.vm.runtime.IntStrLimit.get();
        if ((base & (base - 1)) != 0 && limit > 0 && digits.length() > limit) {
            throw Errors.valueError("Exceeds the limit (" + limit + " digits) for integer string "
                    + "conversion: value has " + digits.length() + " digits; use sys.set_int_max_str_digits() "
                    + "to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), base);
        if (errorIfNonzero && v.signum() != 0) return null;
        return Ints.norm(neg ? v.negate() : v);
    }

    /**
     * The text of bin(), oct(), hex() (radix 2, 8, 16, with 0b/0o/0x after any sign) or str() (radix 10).
     *
     * @param intValue a Long, BigInteger or Boolean
     * @param radix 2, 8, 10 or 16
     * @return e.g. "-0b101"
     */
    public static String intToString(Object intValue, int radix) {
        BigInteger v = Ints.big(intValue);
        String prefix = switch (radix) {
            case 2 -> "0b";
            case 8 -> "0o";
            case 16 -> "0x";
            default -> "";
        };
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }

    /**
     * float.is_integer().
     *
     * @param x the float
     * @return whether x is finite and integral
     */
    public static boolean floatIsInteger(double x) {
        return !Double.isInfinite(x) && !Double.isNaN(x) && x == Math.floor(x);
    }

    /**
     * float.as_integer_ratio(): the exact ratio in lowest terms with a positive denominator.
     *
     * @param x the float
     * @return (numerator, denominator) as Python ints
     */
    public static PyTuple floatAsIntegerRatio(double x) {
        if (Double.isInfinite(x)) throw Errors.overflow("cannot convert Infinity to integer ratio");
        if (Double.isNaN(x)) throw Errors.valueError("cannot convert NaN to integer ratio");
        if (x == 0) return PyTuple.of(0L, 1L);
        long bits = Double.doubleToRawLongBits(x);
        int exp = (int) ((bits >>> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1;
        else mant |= 1L << 52;
        int e = exp - 1075;
        int tz = Long.numberOfTrailingZeros(mant);
        mant >>>= tz;
        e += tz;
        BigInteger num = BigInteger.valueOf(x < 0 ? -mant : mant);
        if (e >= 0) return PyTuple.of(Ints.norm(num.shiftLeft(e)), 1L);
        return PyTuple.of(Ints.norm(num), Ints.norm(BigInteger.ONE.shiftLeft(-e)));
    }
}

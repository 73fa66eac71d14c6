// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigDecimal;

/** Python float arithmetic where it differs from Java's: signs of //, %, special cases of **. */
public final class Floats {
    private Floats() {}

    public static double div(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float division by zero");
        return a / b;
    }

    /** CPython's float_rem: the result takes the divisor's sign. */
    public static double mod(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float modulo");
        double mod = a % b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** CPython's _float_div_mod, floor part. */
    public static double floorDiv(double a, double b) {
        if (b == 0.0) throw Errors.zeroDivision("float floor division by zero");
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) div -= 1.0;
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** True when {@code x ** y} is a complex number in Python 3: a finite negative base, a finite non-integral exponent. */
    public static boolean powIsComplex(double x, double y) {
        return x < 0 && y != Math.rint(y) && !Double.isInfinite(y) && !Double.isNaN(y) && !Double.isInfinite(x);
    }

    /** CPython's float_pow special cases around the platform pow. */
    public static double pow(double x, double y) {
        if (y == 0) return 1.0;
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
        if (Double.isInfinite(y)) {
            double ax = Math.abs(x);
            if (ax == 1.0) return 1.0;
            if ((y > 0) == (ax > 1.0)) return Double.POSITIVE_INFINITY;
            return 0.0;
        }
        if (Double.isInfinite(x)) {
            boolean oddInt = isOddInteger(y);
            if (y > 0) return oddInt ? x : Math.abs(x);
            return oddInt ? Math.copySign(0.0, x) : 0.0;
        }
        if (x == 0.0) {
            boolean oddInt = isOddInteger(y);
            if (y < 0) throw Errors.zeroDivision("0.0 cannot be raised to a negative power");
            return oddInt ? x : 0.0;
        }
        if (x < 0 && y != Math.rint(y)) {
            throw Errors.notImplemented("complex numbers are not supported: negative number raised to a fractional power");
        }
        double r = LibmBridge.pow(x, y);
        if (Double.isInfinite(r)) throw Errors.of(Types.OVERFLOW_ERROR, 34L, "Numerical result out of range");
        return r;
    }

    private static boolean isOddInteger(double y) {
        return y == Math.rint(y) && Math.abs(y) < 9.007199254740992E15 && ((long) y & 1) == 1;
    }

    /** Compares an int with a float exactly, as CPython does (no rounding of the int). */
    public static int compareIntFloat(Object i, double d) {
        if (Double.isInfinite(d)) return d > 0 ? -1 : 1;
        if (i instanceof Long l && Math.abs(l) <= (1L << 53)) return Double.compare((double) l, d == 0.0 ? 0.0 : d);
        if (i instanceof Boolean b) return Double.compare(b ? 1.0 : 0.0, d == 0.0 ? 0.0 : d);
        return new BigDecimal(Ints.big(i)).compareTo(new BigDecimal(d));
    }

    /** float → int, truncating; fails for nan and inf as CPython does. */
    public static Object toInt(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 9.2e18) return (long) d;
        return Ints.norm(new BigDecimal(d).toBigInteger());
    }

}

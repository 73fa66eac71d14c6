// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.math;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyTuple;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * CPython 3.11's {@code math} module: the same algorithms (fsum, hypot, gamma, lgamma, remainder,
 * log of huge ints ...), the same calls into the C library through {@link Libm}, and the same
 * argument checks, exceptions and messages.
 */
public final class MathModule {
    private MathModule() {}

    private static final BigInteger LLONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final double RAD_TO_DEG = 180.0 / Math.PI;

    public static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("tau", 2 * Math.PI);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("nan", Double.NaN);

        unary(m, "acos", Libm::acos, false);
        unary(m, "acosh", Libm::acosh, false);
        unary(m, "asin", Libm::asin, false);
        unary(m, "asinh", Libm::asinh, false);
        unary(m, "atan", Libm::atan, false);
        unary(m, "atanh", Libm::atanh, false);
        unary(m, "cbrt", Libm::cbrt, false);
        unary(m, "cos", Libm::cos, false);
        unary(m, "cosh", Libm::cosh, true);
        unary(m, "exp", Libm::exp, true);
        unary(m, "exp2", Libm::exp2, true);
        unary(m, "expm1", Libm::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "log1p", MathModule::log1p, false);
        unary(m, "sin", Libm::sin, false);
        unary(m, "sinh", Libm::sinh, true);
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "tan", Libm::tan, false);
        unary(m, "tanh", Libm::tanh, false);

        binary(m, "atan2", MathModule::atan2);
        binary(m, "copysign", StrictMathSign::copySign);
        binary(m, "remainder", MathModule::remainder);

        fn(m, "ceil", (a, k) -> ceil(one(a, k, "ceil")));
        fn(m, "floor", (a, k) -> floor(one(a, k, "floor")));
        fn(m, "trunc", (a, k) -> trunc(one(a, k, "trunc")));
        fn(m, "erf", (a, k) -> Libm.erf(toDouble(one(a, k, "erf"))));
        fn(m, "erfc", (a, k) -> Libm.erfc(toDouble(one(a, k, "erfc"))));
        fn(m, "gamma", (a, k) -> gamma(toDouble(one(a, k, "gamma"))));
        fn(m, "lgamma", (a, k) -> lgamma(toDouble(one(a, k, "lgamma"))));
        fn(m, "log", MathModule::log);
        fn(m, "log2", (a, k) -> logHelper(one(a, k, "log2"), MathModule::mLog2));
        fn(m, "log10", (a, k) -> logHelper(one(a, k, "log10"), MathModule::mLog10));
        fn(m, "pow", (a, k) -> {
            two(a, k, "pow");
            return pow(toDouble(a[0]), toDouble(a[1]));
        });
        fn(m, "fmod", (a, k) -> {
            two(a, k, "fmod");
            return fmod(toDouble(a[0]), toDouble(a[1]));
        });
        fn(m, "hypot", MathModule::hypot);
        fn(m, "dist", MathModule::dist);
        fn(m, "degrees", (a, k) -> toDouble(one(a, k, "degrees")) * RAD_TO_DEG);
        fn(m, "radians", (a, k) -> toDouble(one(a, k, "radians")) * DEG_TO_RAD);
        fn(m, "modf", (a, k) -> modf(toDouble(one(a, k, "modf"))));
        fn(m, "frexp", (a, k) -> frexp(toDouble(one(a, k, "frexp"))));
        fn(m, "ldexp", MathModule::ldexp);
        fn(m, "isfinite", (a, k) -> Double.isFinite(toDouble(one(a, k, "isfinite"))));
        fn(m, "isinf", (a, k) -> Double.isInfinite(toDouble(one(a, k, "isinf"))));
        fn(m, "isnan", (a, k) -> Double.isNaN(toDouble(one(a, k, "isnan"))));
        fn(m, "isclose", MathModule::isclose);
        fn(m, "fsum", (a, k) -> fsum(one(a, k, "fsum")));
        fn(m, "prod", MathModule::prod);
        fn(m, "isqrt", (a, k) -> isqrt(one(a, k, "isqrt")));
        fn(m, "factorial", (a, k) -> factorial(one(a, k, "factorial")));
        fn(m, "gcd", MathModule::gcd);
        fn(m, "lcm", MathModule::lcm);
        fn(m, "comb", MathModule::comb);
        fn(m, "perm", MathModule::perm);
        fn(m, "nextafter", (a, k) -> {
            two(a, k, "nextafter");
            return Math.nextAfter(toDouble(a[0]), toDouble(a[1]));
        });
        fn(m, "ulp", (a, k) -> ulp(toDouble(one(a, k, "ulp"))));
        return new PyModule("math", m);
    }

    // ---------------------------------------------------------------- registration and arity

    private static void fn(Map<String, Object> m, String name, PyBuiltin.Body body) {
        m.put(name, new PyBuiltin(name, body));
    }

    private static void unary(Map<String, Object> m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        fn(m, name, (a, k) -> math1(one(a, k, name), f, canOverflow));
    }

    private static void binary(Map<String, Object> m, String name, DoubleBinaryOperator f) {
        fn(m, name, (a, k) -> {
            two(a, k, name);
            return math2(toDouble(a[0]), toDouble(a[1]), f);
        });
    }

    private static boolean hasKw(Kwargs k) { return k != null && !k.isEmpty(); }

    private static void noKw(Kwargs k, String name) {
        if (hasKw(k)) throw Errors.typeError("math." + name + "() takes no keyword arguments");
    }

    /** A METH_O function's single argument. */
    private static Object one(Object[] a, Kwargs k, String name) {
        noKw(k, name);
        if (a.length != 1) {
            throw Errors.typeError("math." + name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /** Checks a two-argument positional-only function's arguments. */
    private static void two(Object[] a, Kwargs k, String name) {
        noKw(k, name);
        if (a.length != 2) throw Errors.typeError(name + " expected 2 arguments, got " + a.length);
    }

    // ---------------------------------------------------------------- conversions

    /** PyFloat_AsDouble: floats, ints (exactly rounded), __float__ and __index__. */
    static double toDouble(Object o) {
        if (o instanceof Double d) return d;
        // a float subclass's value as it is (PyFloat_AsDouble), an int subclass's unless it has its own __float__
        if (o instanceof PyInstance i && i.base() instanceof Double d) return d;
        o = PyInstance.unwrap(o, "__float__");
        if (o instanceof Long l) return (double) l;
        if (o instanceof Boolean b) return b ? 1.0 : 0.0;
        if (o instanceof BigInteger b) return bigToDouble(b);
        if (o instanceof PyInstance i) {
            Object r = Ops.callSpecial(i, "__float__");
            if (r != null) {
                if (r instanceof Double d) return d;
                throw Errors.typeError(i.cls().name() + ".__float__ returned non-float (type " + Ops.typeName(r) + ")");
            }
            r = Ops.callSpecial(i, "__index__");
            if (r != null) {
                if (Ints.isInt(r)) return toDouble(r);
                throw Errors.typeError("__index__ returned non-int (type " + Ops.typeName(r) + ")");
            }
        }
        throw Errors.typeError("must be real number, not " + Ops.typeName(o));
    }

    private static double bigToDouble(BigInteger b) {
        double d = b.doubleValue();
        if (Double.isInfinite(d)) throw Errors.overflow("int too large to convert to float");
        return d;
    }

    /** PyNumber_Index: an int as Long or BigInteger (bool becomes Long). */
    static Object toIndex(Object o) {
        if (o instanceof Long || o instanceof BigInteger) return o;
        if (o instanceof Boolean b) return b ? 1L : 0L;
        if (o instanceof PyInstance i) {
            Object r = Ops.callSpecial(i, "__index__");
            if (r != null) {
                if (Ints.isInt(r)) return toIndex(r);
                throw Errors.typeError("__index__ returned non-int (type " + Ops.typeName(r) + ")");
            }
        }
        throw Errors.typeError("'" + Ops.typeName(o) + "' object cannot be interpreted as an integer");
    }

    /** PyLong_FromDouble: exact conversion of an integral double; fails for nan and inf. */
    static Object fromDouble(double d) {
        if (Double.isNaN(d)) throw Errors.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw Errors.overflow("cannot convert float infinity to integer");
        if (Math.abs(d) < 0x1p63) return (long) d;
        return Ints.norm(new BigDecimal(d).toBigInteger());
    }

    private static PyError domain() { return Errors.valueError("math domain error"); }

    private static PyError range() { return Errors.overflow("math range error"); }

    // ---------------------------------------------------------------- math_1 / math_2

    private static double math1(Object arg, DoubleUnaryOperator f, boolean canOverflow) {
        double x = toDouble(arg);
        double r = f.applyAsDouble(x);
        if (Double.isNaN(r) && !Double.isNaN(x)) throw domain();
        if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? range() : domain();
        return r;
    }

    private static double math2(double x, double y, DoubleBinaryOperator f) {
        double r = f.applyAsDouble(x, y);
        if (Double.isNaN(r)) {
            if (!Double.isNaN(x) && !Double.isNaN(y)) throw domain();
        } else if (Double.isInfinite(r)) {
            if (Double.isFinite(x) && Double.isFinite(y)) throw range();
        }
        return r;
    }

    // ---------------------------------------------------------------- float functions

    static double log1p(double x) {
        if (x == 0.0) return x;
        return Libm.log1p(x);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) {
                if (Math.copySign(1.0, x) == 1.0) return Math.copySign(0.25 * Math.PI, y);
                return Math.copySign(0.75 * Math.PI, y);
            }
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0.0) {
            if (Math.copySign(1.0, x) == 1.0) return Math.copySign(0.0, y);
            return Math.copySign(Math.PI, y);
        }
        return Libm.atan2(y, x);
    }

    /** CPython's m_remainder: IEEE 754 remainder, always exact. */
    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) return Double.NaN;
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x)) return Double.NaN;
        return x;
    }

    static double fmod(double x, double y) {
        if (Double.isInfinite(y) && Double.isFinite(x)) return x;
        double r = Libm.fmod(x, y);
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domain();
        return r;
    }

    static double pow(double x, double y) {
        double r;
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) {
                r = y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                r = x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) r = oddY ? x : Math.abs(x);
                else if (y == 0.0) r = 1.0;
                else r = oddY ? Math.copySign(0.0, x) : 0.0;
            } else {
                if (Math.abs(x) == 1.0) r = 1.0;
                else if (y > 0.0 && Math.abs(x) > 1.0) r = y;
                else if (y < 0.0 && Math.abs(x) < 1.0) r = -y;
                else r = 0.0;
            }
            return r;
        }
        r = Libm.pow(x, y);
        if (Double.isNaN(r)) throw domain();
        if (Double.isInfinite(r)) throw x == 0.0 ? domain() : range();
        return r;
    }

    static PyTuple modf(double x) {
        if (Double.isInfinite(x)) return PyTuple.of(Math.copySign(0.0, x), x);
        if (Double.isNaN(x)) return PyTuple.of(x, x);
        double ip = x < 0 ? Math.ceil(x) : Math.floor(x);
        ip = Math.copySign(ip, x);
        double frac = Math.copySign(x - ip, x);
        return PyTuple.of(frac, ip);
    }

    /** frexp's exponent of a finite nonzero double. */
    private static int frexpExponent(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) e = Math.getExponent(x * 0x1p54) - 54;
        return e + 1;
    }

    static PyTuple frexp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return PyTuple.of(x, 0L);
        int e = frexpExponent(x);
        return PyTuple.of(Math.scalb(x, -e), (long) e);
    }

    private static Object ldexp(Object[] a, Kwargs k) {
        two(a, k, "ldexp");
        double x = toDouble(a[0]);
        Object i = a[1];
        long exp;
        if (i instanceof Long l) {
            exp = l;
        } else if (i instanceof Boolean b) {
            exp = b ? 1 : 0;
        } else if (i instanceof BigInteger b) {
            exp = b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        } else {
            throw Errors.typeError("Expected an int as second argument to ldexp.");
        }
        if (x == 0.0 || !Double.isFinite(x)) return x;
        if (exp > Integer.MAX_VALUE) throw range();
        if (exp < Integer.MIN_VALUE) return Math.copySign(0.0, x);
        double r = Math.scalb(x, (int) exp);
        if (Double.isInfinite(r)) throw range();
        return r;
    }

    static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        x = Math.abs(x);
        if (Double.isInfinite(x)) return x;
        double x2 = Math.nextUp(x);
        if (Double.isInfinite(x2)) {
            x2 = Math.nextDown(x);
            return x - x2;
        }
        return x2 - x;
    }

    // ---------------------------------------------------------------- ceil, floor, trunc

    private static Object intValue(Object o) {
        return o instanceof Boolean b ? (Object) (b ? 1L : 0L) : o;
    }

    static Object ceil(Object x) {
        if (x instanceof Double d) return fromDouble(Math.ceil(d));
        if (Ints.isInt(x)) return intValue(x);
        if (x instanceof PyInstance i) {
            Object r = Ops.callSpecial(i, "__ceil__");
            if (r != null) return r;
        }
        return fromDouble(Math.ceil(toDouble(x)));
    }

    static Object floor(Object x) {
        if (x instanceof Double d) return fromDouble(Math.floor(d));
        if (Ints.isInt(x)) return intValue(x);
        if (x instanceof PyInstance i) {
            Object r = Ops.callSpecial(i, "__floor__");
            if (r != null) return r;
        }
        return fromDouble(Math.floor(toDouble(x)));
    }

    static Object trunc(Object x) {
        x = PyInstance.unwrap(x, "__trunc__");
        if (x instanceof Double d) return fromDouble(d < 0 ? Math.ceil(d) : Math.floor(d));
        if (Ints.isInt(x)) return intValue(x);
        if (x instanceof PyInstance i) {
            Object r = Ops.callSpecial(i, "__trunc__");
            if (r != null) return r;
        }
        throw Errors.typeError("type " + Ops.typeName(x) + " doesn't define __trunc__ method");
    }

    // ---------------------------------------------------------------- logarithms

    static double mLog(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return Libm.log(x);
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x)) return x;
        return x > 0.0 ? x : Double.NaN;
    }

    static double mLog2(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x)) return x;
            return x > 0.0 ? x : Double.NaN;
        }
        if (x > 0.0) return Libm.log2(x);
        return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    static double mLog10(double x) {
        if (Double.isFinite(x)) {
            if (x > 0.0) return Libm.log10(x);
            return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
        }
        if (Double.isNaN(x)) return x;
        return x > 0.0 ? x : Double.NaN;
    }

    /** CPython's loghelper: ints of any size are handled exactly, other values through math_1. */
    static double logHelper(Object arg, DoubleUnaryOperator f) {
        if (arg instanceof Long || arg instanceof Boolean) {
            long v = Ints.small(arg);
            if (v <= 0) throw domain();
            return f.applyAsDouble((double) v);
        }
        if (arg instanceof BigInteger b) {
            if (b.signum() <= 0) throw domain();
            double d = b.doubleValue();
            if (Double.isFinite(d)) return f.applyAsDouble(d);
            // _PyLong_Frexp: b ~= x * 2**e with x in [0.5, 1), correctly rounded
            int bl = b.bitLength();
            long top = b.shiftRight(bl - 55).longValue();
            if (b.getLowestSetBit() < bl - 55) top |= 1;
            double x = (double) top * 0x1p-55;
            long e = bl;
            if (x == 1.0) {
                x = 0.5;
                e++;
            }
            return f.applyAsDouble(x) + f.applyAsDouble(2.0) * (double) e;
        }
        return math1(arg, f, false);
    }

    private static Object log(Object[] a, Kwargs k) {
        if (hasKw(k)) throw Errors.typeError("log() takes no keyword arguments");
        if (a.length < 1 || a.length > 2) throw Errors.typeError("math.log requires 1 to 2 arguments");
        double num = logHelper(a[0], MathModule::mLog);
        if (a.length == 1) return num;
        double den = logHelper(a[1], MathModule::mLog);
        if (den == 0.0) throw Errors.zeroDivision("float division by zero");
        return num / den;
    }

    // ---------------------------------------------------------------- gamma, lgamma

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double LOGPI = 1.144729885849400174143427351353058711647;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408
    };
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double[] GAMMA_INTEGRAL = {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
        3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
        1307674368000.0, 20922789888000.0, 355687428096000.0,
        6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
        51090942171709440000.0, 1124000727777607680000.0,
    };

    private static double lanczosSum(double x) {
        double num = 0.0, den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length; --i >= 0; ) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi*x) for finite x, accurate near integers. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Libm.sin(Math.PI * y);
            case 1 -> Libm.cos(Math.PI * (y - 0.5));
            case 2 -> Libm.sin(Math.PI * (1.0 - y));
            case 3 -> -Libm.cos(Math.PI * (y - 1.5));
            case 4 -> Libm.sin(Math.PI * (y - 2.0));
            default -> throw new IllegalStateException();
        };
        return Math.copySign(1.0, x) * r;
    }

    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0.0) return x;
            throw domain();
        }
        if (x == 0.0) throw domain();
        if (x == Math.floor(x)) {
            if (x < 0.0) throw domain();
            if (x <= GAMMA_INTEGRAL.length) return GAMMA_INTEGRAL[(int) x - 1];
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) throw range();
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) return 0.0 / sinpi(x);
            throw range();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Libm.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Libm.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) throw range();
        return r;
    }

    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x)) return x;
            return Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) throw domain();
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return -Libm.log(absx);
        double r = Libm.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Libm.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOGPI - Libm.log(Math.abs(sinpi(absx))) - Libm.log(absx) - r;
        if (Double.isInfinite(r)) throw range();
        return r;
    }

    // ---------------------------------------------------------------- hypot, dist

    private static final double T27 = 134217729.0;

    /** CPython 3.11's vector_norm: sqrt of the sum of squares, almost always correctly rounded. */
    static double vectorNorm(int n, double[] vec, double max, boolean foundNan) {
        double x, scale, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
        double t, hi, lo, h;
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = frexpExponent(max);
        if (maxE >= -1023) {
            scale = Math.scalb(1.0, -maxE);
            for (int i = 0; i < n; i++) {
                x = vec[i];
                x *= scale;
                t = x * T27;
                hi = t - (t - x);
                lo = x - hi;
                x = hi * hi;
                oldcsum = csum;
                csum += x;
                frac1 += (oldcsum - csum) + x;
                x = 2.0 * hi * lo;
                oldcsum = csum;
                csum += x;
                frac2 += (oldcsum - csum) + x;
                frac3 += lo * lo;
            }
            h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            x = h;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = -hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = -2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            x = -lo * lo;
            oldcsum = csum;
            csum += x;
            frac3 += (oldcsum - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (int i = 0; i < n; i++) {
            x = vec[i];
            x /= max;
            x = x * x;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    private static Object hypot(Object[] a, Kwargs k) {
        noKw(k, "hypot");
        int n = a.length;
        double[] coords = new double[n];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < n; i++) {
            double x = Math.abs(toDouble(a[i]));
            coords[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return vectorNorm(n, coords, max, foundNan);
    }

    private static Object[] toArray(Object seq) {
        if (seq instanceof PyTuple t) return t.items();
        PyIter it = Ops.iter(seq);
        ArrayList<Object> out = new ArrayList<>();
        for (Object v = it.next(); v != null; v = it.next()) out.add(v);
        return out.toArray();
    }

    private static Object dist(Object[] a, Kwargs k) {
        two(a, k, "dist");
        Object[] p = toArray(a[0]);
        Object[] q = toArray(a[1]);
        if (p.length != q.length) {
            throw Errors.valueError("both points must have the same number of dimensions");
        }
        int n = q.length;
        double[] diffs = new double[n];
        double max = 0.0;
        boolean foundNan = false;
        for (int i = 0; i < n; i++) {
            double px = toDouble(p[i]);
            double qx = toDouble(q[i]);
            double x = Math.abs(px - qx);
            diffs[i] = x;
            foundNan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return vectorNorm(n, diffs, max, foundNan);
    }

    // ---------------------------------------------------------------- isclose

    private static Object isclose(Object[] a, Kwargs k) {
        String[] names = {"a", "b", "rel_tol", "abs_tol"};
        Object[] vals = new Object[4];
        int nk = hasKw(k) ? k.size() : 0;
        if (a.length + nk > 4) {
            throw Errors.typeError("isclose() takes at most 4 " + (a.length == 0 ? "keyword " : "")
                    + "arguments (" + (a.length + nk) + " given)");
        }
        if (a.length > 2) {
            throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + a.length + " given)");
        }
        int remaining = nk;
        for (int i = 0; i < 4; i++) {
            if (i < a.length) {
                vals[i] = a[i];
                continue;
            }
            Object v = nk > 0 ? k.get(names[i]) : null;
            if (v != null) {
                vals[i] = v;
                remaining--;
            } else if (i < 2) {
                throw Errors.typeError("isclose() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        if (remaining > 0) {
            for (int i = 0; i < a.length; i++) {
                if (k.get(names[i]) != null) {
                    throw Errors.typeError("argument for isclose() given by name ('" + names[i]
                            + "') and position (" + (i + 1) + ")");
                }
            }
            for (String n : k.names()) {
                boolean known = false;
                for (String m : names) known |= m.equals(n);
                if (!known) throw Errors.typeError("'" + n + "' is an invalid keyword argument for isclose()");
            }
        }
        double av = toDouble(vals[0]);
        double bv = toDouble(vals[1]);
        double relTol = vals[2] == null ? 1e-09 : toDouble(vals[2]);
        double absTol = vals[3] == null ? 0.0 : toDouble(vals[3]);
        if (relTol < 0.0 || absTol < 0.0) throw Errors.valueError("tolerances must be non-negative");
        if (av == bv) return true;
        if (Double.isInfinite(av) || Double.isInfinite(bv)) return false;
        double diff = Math.abs(bv - av);
        return diff <= Math.abs(relTol * bv) || diff <= Math.abs(relTol * av) || diff <= absTol;
    }

    // ---------------------------------------------------------------- fsum, prod

    /** CPython's math.fsum: Shewchuk/Hettinger msum with exact partials and half-even correction. */
    static double fsum(Object seq) {
        PyIter it = Ops.iter(seq);
        double[] p = new double[32];
        int n = 0;
        double specialSum = 0.0, infSum = 0.0;
        double hi, yr, lo = 0.0;
        for (Object item = it.next(); item != null; item = it.next()) {
            double x = toDouble(item);
            double xsave = x;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                hi = x + y;
                yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(xsave)) throw Errors.overflow("intermediate overflow in fsum");
                    if (Double.isInfinite(xsave)) infSum += xsave;
                    specialSum += xsave;
                    n = 0;
                } else {
                    if (n >= p.length) p = java.util.Arrays.copyOf(p, p.length * 2);
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0) {
            if (Double.isNaN(infSum)) throw Errors.valueError("-inf + inf in fsum");
            return specialSum;
        }
        hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }

    private static Object prod(Object[] a, Kwargs k) {
        int nk = hasKw(k) ? k.size() : 0;
        if (a.length + nk > 2) {
            throw Errors.typeError("prod() takes at most 2 " + (a.length == 0 ? "keyword " : "")
                    + "arguments (" + (a.length + nk) + " given)");
        }
        if (a.length != 1) {
            throw Errors.typeError("prod() takes exactly 1 positional argument (" + a.length + " given)");
        }
        Object start = null;
        if (nk > 0) {
            start = k.get("start");
            if (start == null) {
                throw Errors.typeError("'" + k.names()[0] + "' is an invalid keyword argument for prod()");
            }
        }
        PyIter it = Ops.iter(a[0]);
        Object result = start == null ? (Object) 1L : start;
        for (Object item = it.next(); item != null; item = it.next()) result = multiply(result, item);
        return result;
    }

    /** Python's a * b for the numbers prod meets. */
    private static Object multiply(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Ints.mul((long) x, (long) y);
        boolean ai = Ints.isInt(a), bi = Ints.isInt(b);
        if (ai && bi) return Ints.mul(a, b);
        if (a instanceof Double x && b instanceof Double y) return x * y;
        if (a instanceof Double x && bi) return x * toDouble(b);
        if (ai && b instanceof Double y) return toDouble(a) * y;
        return io.fora.vm.runtime.Arith.binary(io.fora.vm.runtime.Arith.MUL, a, b); // CPython's PyNumber_Multiply
    }

    private static boolean isNotImplemented(Object r) {
        return r == PyNone.NOT_IMPLEMENTED;
    }

    // ---------------------------------------------------------------- integer functions

    static Object isqrt(Object arg) {
        BigInteger n = Ints.big(toIndex(arg));
        if (n.signum() < 0) throw Errors.valueError("isqrt() argument must be nonnegative");
        return Ints.norm(n.sqrt());
    }

    /** Product of lo*(lo+1)*...*hi by binary splitting (1 when lo > hi). */
    private static BigInteger rangeProduct(long lo, long hi) {
        if (lo > hi) return BigInteger.ONE;
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) r = r.multiply(BigInteger.valueOf(i));
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return rangeProduct(lo, mid).multiply(rangeProduct(mid + 1, hi));
    }

    /** Product of (n - k + 1) * ... * n for a big n, by binary splitting. */
    private static BigInteger fallingProduct(BigInteger n, long k) {
        if (k <= 0) return BigInteger.ONE;
        if (k < 16) {
            BigInteger r = n;
            for (long i = 1; i < k; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
            return r;
        }
        long j = k / 2;
        return fallingProduct(n, j).multiply(fallingProduct(n.subtract(BigInteger.valueOf(j)), k - j));
    }

    static Object factorial(Object arg) {
        Object v = toIndex(arg);
        if (v instanceof BigInteger b) {
            if (b.signum() < 0) throw Errors.valueError("factorial() not defined for negative values");
            throw Errors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        long x = (Long) v;
        if (x < 0) throw Errors.valueError("factorial() not defined for negative values");
        if (x <= 20) {
            long r = 1;
            for (long i = 2; i <= x; i++) r *= i;
            return r;
        }
        return Ints.norm(rangeProduct(2, x));
    }

    private static Object gcd(Object[] a, Kwargs k) {
        noKw(k, "gcd");
        if (a.length == 0) return 0L;
        Object res = toIndex(a[0]);
        if (a.length == 1) return Ints.norm(Ints.big(res).abs());
        for (int i = 1; i < a.length; i++) {
            Object x = toIndex(a[i]);
            if (res instanceof Long r && r == 1L) continue;
            if (res instanceof Long r && x instanceof Long y && r != Long.MIN_VALUE && y != Long.MIN_VALUE) {
                long p = Math.abs(r), q = Math.abs(y);
                while (q != 0) {
                    long t = p % q;
                    p = q;
                    q = t;
                }
                res = p;
            } else {
                res = Ints.norm(Ints.big(res).gcd(Ints.big(x)));
            }
        }
        return res;
    }

    private static Object lcm(Object[] a, Kwargs k) {
        noKw(k, "lcm");
        if (a.length == 0) return 1L;
        Object res = toIndex(a[0]);
        if (a.length == 1) return Ints.norm(Ints.big(res).abs());
        for (int i = 1; i < a.length; i++) {
            Object x = toIndex(a[i]);
            if (res instanceof Long r && r == 0L) continue;
            BigInteger ra = Ints.big(res), xb = Ints.big(x);
            if (ra.signum() == 0 || xb.signum() == 0) {
                res = 0L;
                continue;
            }
            BigInteger g = ra.gcd(xb);
            res = Ints.norm(ra.divide(g).multiply(xb).abs());
        }
        return res;
    }

    private static Object perm(Object[] a, Kwargs k) {
        noKw(k, "perm");
        if (a.length < 1) throw Errors.typeError("perm expected at least 1 argument, got " + a.length);
        if (a.length > 2) throw Errors.typeError("perm expected at most 2 arguments, got " + a.length);
        if (a.length == 1 || a[1] == PyNone.NONE) return factorial(a[0]);
        BigInteger n = Ints.big(toIndex(a[0]));
        BigInteger kk = Ints.big(toIndex(a[1]));
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (kk.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        if (n.compareTo(kk) < 0) return 0L;
        if (kk.compareTo(LLONG_MAX) > 0) throw Errors.overflow("k must not exceed " + Long.MAX_VALUE);
        long ki = kk.longValue();
        if (n.bitLength() < 64) {
            long ni = n.longValue();
            return Ints.norm(rangeProduct(ni - ki + 1, ni));
        }
        return Ints.norm(fallingProduct(n, ki));
    }

    private static Object comb(Object[] a, Kwargs k) {
        two(a, k, "comb");
        BigInteger n = Ints.big(toIndex(a[0]));
        BigInteger kk = Ints.big(toIndex(a[1]));
        if (n.signum() < 0) throw Errors.valueError("n must be a non-negative integer");
        if (kk.signum() < 0) throw Errors.valueError("k must be a non-negative integer");
        long ki;
        if (n.bitLength() < 64) {
            long ni = n.longValue();
            if (kk.bitLength() >= 64 || kk.longValue() > ni) return 0L;
            ki = Math.min(kk.longValue(), ni - kk.longValue());
            if (ki == 0) return 1L;
            if (ki == 1) return Ints.norm(n);
            return Ints.norm(rangeProduct(ni - ki + 1, ni).divide(rangeProduct(2, ki)));
        }
        BigInteger temp = n.subtract(kk);
        if (temp.signum() < 0) return 0L;
        if (temp.compareTo(kk) < 0) kk = temp;
        if (kk.compareTo(LLONG_MAX) > 0) {
            throw Errors.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        ki = kk.longValue();
        if (ki == 0) return 1L;
        return Ints.norm(fallingProduct(n, ki).divide(rangeProduct(2, ki)));
    }

    /** copysign by the bits: a NaN's sign counts, as in C (Math.copySign may ignore it, StrictMath's treats it as +). */
    private static final class StrictMathSign {
        static double copySign(double magnitude, double sign) {
            long bits = Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE | Double.doubleToRawLongBits(sign) & Long.MIN_VALUE;
            return Double.longBitsToDouble(bits);
        }
    }
}

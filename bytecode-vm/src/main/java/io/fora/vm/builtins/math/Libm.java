// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.math;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Optional;

/**
 * The platform C math library (glibc libm), called through the FFM API so that results match
 * CPython's bit for bit. CPython's math module and float ** call these same C functions.
 *
 * <p>When libm cannot be loaded (non-Linux platforms, restricted native access), every function
 * falls back to {@link StrictMath} and a warning is printed once on stderr: results are then
 * within an ulp or so of CPython's but not necessarily identical. The system property
 * {@code fora.libm.disable=true} forces the fallback (for testing).
 */
public final class Libm {
    private Libm() {}

    /** True when the functions below call the native libm, false when they fall back. */
    public static final boolean NATIVE;

    private static final MethodHandle SIN, COS, TAN, ASIN, ACOS, ATAN, ATAN2, SINH, COSH, TANH,
            ASINH, ACOSH, ATANH, EXP, EXP2, EXPM1, LOG, LOG2, LOG10, LOG1P, POW, FMOD, HYPOT, SQRT,
            CBRT, ERF, ERFC, CEIL, FLOOR;

    static {
        Linker linker = null;
        SymbolLookup lookup = null;
        boolean ok;
        try {
            if (Boolean.getBoolean("fora.libm.disable")) throw new UnsupportedOperationException();
            linker = Linker.nativeLinker();
            SymbolLookup lib;
            try {
                lib = SymbolLookup.libraryLookup("libm.so.6", Arena.global());
            } catch (RuntimeException e) {
                lib = null;
            }
            SymbolLookup dflt = linker.defaultLookup();
            lookup = lib == null ? dflt : lib.or(dflt);
            ok = lookup.find("sin").isPresent() && lookup.find("pow").isPresent();
        } catch (Throwable t) {
            ok = false;
        }
        MethodHandle[] h = new MethodHandle[29];
        String[] unary = {"sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "asinh",
            "acosh", "atanh", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sqrt", "cbrt",
            "erf", "erfc", "ceil", "floor"};
        String[] binary = {"atan2", "pow", "fmod", "hypot"};
        if (ok) {
            try {
                FunctionDescriptor d1 = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE);
                FunctionDescriptor d2 = FunctionDescriptor.of(ValueLayout.JAVA_DOUBLE, ValueLayout.JAVA_DOUBLE,
                        ValueLayout.JAVA_DOUBLE);
                Linker.Option critical = Linker.Option.critical(false);
                for (int i = 0; i < unary.length; i++) {
                    Optional<MemorySegment> s = lookup.find(unary[i]);
                    h[i] = linker.downcallHandle(s.orElseThrow(), d1, critical);
                }
                for (int i = 0; i < binary.length; i++) {
                    Optional<MemorySegment> s = lookup.find(binary[i]);
                    h[unary.length + i] = linker.downcallHandle(s.orElseThrow(), d2, critical);
                }
            } catch (Throwable t) {
                ok = false;
            }
        }
        if (!ok) {
            System.err.println("fora: warning: could not load the C math library (libm); math results may"
                    + " differ from CPython's in the last bit");
            try {
                MethodHandles.Lookup l = MethodHandles.lookup();
                MethodType t1 = MethodType.methodType(double.class, double.class);
                MethodType t2 = MethodType.methodType(double.class, double.class, double.class);
                for (int i = 0; i < unary.length; i++) {
                    h[i] = l.findStatic(Fallback.class, unary[i], t1);
                }
                for (int i = 0; i < binary.length; i++) {
                    h[unary.length + i] = l.findStatic(Fallback.class, binary[i], t2);
                }
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
        NATIVE = ok;
        SIN = h[0]; COS = h[1]; TAN = h[2]; ASIN = h[3]; ACOS = h[4]; ATAN = h[5];
        SINH = h[6]; COSH = h[7]; TANH = h[8]; ASINH = h[9]; ACOSH = h[10]; ATANH = h[11];
        EXP = h[12]; EXP2 = h[13]; EXPM1 = h[14]; LOG = h[15]; LOG2 = h[16]; LOG10 = h[17];
        LOG1P = h[18]; SQRT = h[19]; CBRT = h[20]; ERF = h[21]; ERFC = h[22]; CEIL = h[23];
        FLOOR = h[24]; ATAN2 = h[25]; POW = h[26]; FMOD = h[27]; HYPOT = h[28];
    }

    private static RuntimeException fail(Throwable t) {
        if (t instanceof RuntimeException r) return r;
        if (t instanceof Error e) throw e;
        return new IllegalStateException(t);
    }

    public static double sin(double x) { try { return (double) SIN.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double cos(double x) { try { return (double) COS.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double tan(double x) { try { return (double) TAN.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double asin(double x) { try { return (double) ASIN.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double acos(double x) { try { return (double) ACOS.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double atan(double x) { try { return (double) ATAN.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double atan2(double y, double x) { try { return (double) ATAN2.invokeExact(y, x); } catch (Throwable t) { throw fail(t); } }
    public static double sinh(double x) { try { return (double) SINH.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double cosh(double x) { try { return (double) COSH.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double tanh(double x) { try { return (double) TANH.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double asinh(double x) { try { return (double) ASINH.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double acosh(double x) { try { return (double) ACOSH.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double atanh(double x) { try { return (double) ATANH.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double exp(double x) { try { return (double) EXP.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double exp2(double x) { try { return (double) EXP2.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double expm1(double x) { try { return (double) EXPM1.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double log(double x) { try { return (double) LOG.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double log2(double x) { try { return (double) LOG2.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double log10(double x) { try { return (double) LOG10.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double log1p(double x) { try { return (double) LOG1P.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double pow(double x, double y) {
        if (y == 0.5 && HALF_BY_SQRT && x >= 0x1p-900 && x <= 0x1p1000) {
            double r = Math.sqrt(x);
            if (farFromATie(x, r)) return r;
        }
        return nativePow(x, y);
    }

    static double nativePow(double x, double y) { try { return (double) POW.invokeExact(x, y); } catch (Throwable t) { throw fail(t); } }

    /**
     * {@code x ** 0.5} as the square root when that is the double libm's pow gives: pow costs
     * 13-15 ns a call, the root and this check ~4 (W3, {@code lambda x: x ** 0.5} over 10^7
     * elements, spent two thirds of its CPU in pow). Linux's libms (glibc since 2.28 and musl)
     * compute pow with Arm's algorithm, whose worst-case error is 0.54 ULP (a little less for y
     * = 0.5): the result is the double nearest the exact root, except possibly when the exact
     * root lies within 0.04 ULP of the midpoint between two doubles, where either neighbour may
     * come back (glibc before 2.28 rounded pow correctly: always the nearest). The square root is
     * the nearest double (IEEE); it is used when the exact root is less than 0.45 ULP from it (it
     * then is more than 0.55 ULP from the other neighbour, beyond pow's error), about 90 % of
     * arguments, and pow is called for the rest. The range keeps the residual below out of the
     * subnormals. Measured on 1.9*10^8 arguments (the integers below 10^8 and random doubles):
     * pow differed from the root on 161,771, every one at 0.49 ULP or more from it; and on
     * 3.3*10^8 more (integers, random bit patterns, random doubles below 10^12), none below 0.492.
     */
    private static final boolean HALF_BY_SQRT = NATIVE && System.getProperty("os.name", "").startsWith("Linux");

    /** True when the exact square root of x is less than 0.45 ULP from r = sqrt(x). */
    static boolean farFromATie(double x, double r) {
        // e = r * r - x exactly: r * r is a multiple of ulp(r)^2, and so is x (its ulp is at least
        // that), and they differ by about r * ulp(r) at most, so the difference fits in a double's
        // 53 bits and the fused multiply-add's one rounding changes nothing (the same answers as
        // Dekker's exact product on 3.9*10^7 arguments, 1.5 ns faster)
        double e = Math.fma(r, r, -x);
        // the exact root is r - e / (2r) to first order: under 0.45 ULP when |e| < 0.9 r ulp(r)
        return Math.abs(e) < 0.9 * r * Math.ulp(r);
    }
    public static double fmod(double x, double y) { try { return (double) FMOD.invokeExact(x, y); } catch (Throwable t) { throw fail(t); } }
    public static double hypot(double x, double y) { try { return (double) HYPOT.invokeExact(x, y); } catch (Throwable t) { throw fail(t); } }
    public static double sqrt(double x) { try { return (double) SQRT.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double cbrt(double x) { try { return (double) CBRT.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double erf(double x) { try { return (double) ERF.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double erfc(double x) { try { return (double) ERFC.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double ceil(double x) { try { return (double) CEIL.invokeExact(x); } catch (Throwable t) { throw fail(t); } }
    public static double floor(double x) { try { return (double) FLOOR.invokeExact(x); } catch (Throwable t) { throw fail(t); } }

    /** Pure-Java stand-ins used when libm is unavailable. */
    static final class Fallback {
        private Fallback() {}

        static double sin(double x) { return StrictMath.sin(x); }
        static double cos(double x) { return StrictMath.cos(x); }
        static double tan(double x) { return StrictMath.tan(x); }
        static double asin(double x) { return StrictMath.asin(x); }
        static double acos(double x) { return StrictMath.acos(x); }
        static double atan(double x) { return StrictMath.atan(x); }
        static double atan2(double y, double x) { return StrictMath.atan2(y, x); }
        static double sinh(double x) { return StrictMath.sinh(x); }
        static double cosh(double x) { return StrictMath.cosh(x); }
        static double tanh(double x) { return StrictMath.tanh(x); }

        static double asinh(double x) {
            if (Double.isNaN(x) || Double.isInfinite(x) || x == 0.0) return x;
            double a = Math.abs(x);
            double r;
            if (a > 0x1p28) r = StrictMath.log(a) + 0.6931471805599453;
            else if (a > 2.0) r = StrictMath.log(2.0 * a + 1.0 / (StrictMath.sqrt(x * x + 1.0) + a));
            else r = StrictMath.log1p(a + x * x / (1.0 + StrictMath.sqrt(1.0 + x * x)));
            return Math.copySign(r, x);
        }

        static double acosh(double x) {
            if (Double.isNaN(x)) return x;
            if (x < 1.0) return Double.NaN;
            if (x >= 0x1p28) return Double.isInfinite(x) ? x : StrictMath.log(x) + 0.6931471805599453;
            if (x > 2.0) return StrictMath.log(2.0 * x - 1.0 / (x + StrictMath.sqrt(x * x - 1.0)));
            double t = x - 1.0;
            return StrictMath.log1p(t + StrictMath.sqrt(2.0 * t + t * t));
        }

        static double atanh(double x) {
            if (Double.isNaN(x)) return x;
            double a = Math.abs(x);
            if (a > 1.0) return Double.NaN;
            if (a == 1.0) return Math.copySign(Double.POSITIVE_INFINITY, x);
            double r = a < 0.5 ? 0.5 * StrictMath.log1p(2.0 * a + 2.0 * a * a / (1.0 - a))
                    : 0.5 * StrictMath.log1p(2.0 * a / (1.0 - a));
            return Math.copySign(r, x);
        }

        static double exp(double x) { return StrictMath.exp(x); }
        static double exp2(double x) { return StrictMath.pow(2.0, x); }
        static double expm1(double x) { return StrictMath.expm1(x); }
        static double log(double x) { return StrictMath.log(x); }

        static double log2(double x) {
            if (x > 0 && x < Double.POSITIVE_INFINITY) {
                int e = Math.getExponent(x);
                if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) return e;
            }
            return StrictMath.log(x) / 0.6931471805599453;
        }

        static double log10(double x) { return StrictMath.log10(x); }
        static double log1p(double x) { return StrictMath.log1p(x); }
        static double pow(double x, double y) { return StrictMath.pow(x, y); }

        static double fmod(double x, double y) {
            return x % y; // Java's % is C's fmod, exactly
        }

        static double hypot(double x, double y) { return StrictMath.hypot(x, y); }
        static double sqrt(double x) { return StrictMath.sqrt(x); }
        static double cbrt(double x) { return StrictMath.cbrt(x); }

        static double erf(double x) {
            if (Double.isNaN(x)) return x;
            if (Double.isInfinite(x)) return Math.copySign(1.0, x);
            if (Math.abs(x) < 1.5) return erfSeries(x);
            return Math.copySign(1.0 - erfcContFrac(Math.abs(x)), x);
        }

        static double erfc(double x) {
            if (Double.isNaN(x)) return x;
            if (Double.isInfinite(x)) return x > 0 ? 0.0 : 2.0;
            if (Math.abs(x) < 1.5) return 1.0 - erfSeries(x);
            double cf = erfcContFrac(Math.abs(x));
            return x > 0 ? cf : 2.0 - cf;
        }

        private static double erfSeries(double x) {
            double x2 = x * x, acc = 0.0, fk = 25.5;
            for (int i = 0; i < 25; i++) {
                acc = 2.0 + x2 * acc / fk;
                fk -= 1.0;
            }
            return acc * x * StrictMath.exp(-x2) / 1.772453850905516;
        }

        private static double erfcContFrac(double x) {
            if (x >= 30.0) return 0.0;
            double x2 = x * x, a = 0.0, da = 0.5, p = 1.0, pLast = 0.0, q = da + x2, qLast = 1.0;
            for (int i = 0; i < 50; i++) {
                a += da;
                da += 2.0;
                double b = da + x2;
                double temp = p;
                p = b * p - a * pLast;
                pLast = temp;
                temp = q;
                q = b * q - a * qLast;
                qLast = temp;
            }
            return p / q * x * StrictMath.exp(-x2) / 1.772453850905516;
        }

        static double ceil(double x) { return Math.ceil(x); }
        static double floor(double x) { return Math.floor(x); }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.builtins.math.Libm;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyComplex;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyTuple;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * {@code cmath}: CPython's algorithms for finite arguments (scaled to avoid overflow and
 * cancellation), on the C library's real functions, so results match CPython's. Infinite and nan
 * arguments follow the same formulas, without CPython's table of special values.
 */
final class CmathModule {
    private CmathModule() {}

    private static final double LARGE = Double.MAX_VALUE / 4.0;
    private static final double SQRT_LARGE = Math.sqrt(LARGE);
    private static final double LOG_LARGE = Math.log(Double.MAX_VALUE) - Math.log(2.0);
    private static final double SQRT_DBL_MIN = Math.sqrt(Double.MIN_NORMAL);
    private static final double LN2 = 0.6931471805599453;
    private static final double LN10 = 2.302585092994046;

    private static PyComplex c(double re, double im) { return new PyComplex(re, im); }

    /** An argument as complex: complex, int, float, or an object with __complex__ / __float__ / __index__. */
    static PyComplex arg(Object v) {
        PyComplex z = PyComplex.of(v);
        if (z != null) return z;
        if (v instanceof PyInstance i) {
            Object r = Ops.callSpecial(i, "__complex__");
            if (r instanceof PyComplex rz) return rz;
            if (r != null) throw Errors.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
            if (i.base() != null && PyComplex.of(i.base()) instanceof PyComplex b) return b;
            return c(Ops.toDouble(i), 0.0);
        }
        throw Errors.typeError("must be real number, not " + Ops.typeName(v));
    }

    private static PyComplex checked(PyComplex in, PyComplex r) {
        boolean finiteIn = Double.isFinite(in.real()) && Double.isFinite(in.imag());
        if (finiteIn && (Double.isInfinite(r.real()) || Double.isInfinite(r.imag()))) throw Errors.overflow("math range error");
        if (finiteIn && (Double.isNaN(r.real()) || Double.isNaN(r.imag()))) throw Errors.valueError("math domain error");
        return r;
    }

    static PyComplex sqrt(PyComplex z) {
        if (z.real() == 0.0 && z.imag() == 0.0) return c(0.0, z.imag());
        double ax = Math.abs(z.real()), ay = Math.abs(z.imag()), s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Libm.sqrt(ax + Libm.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8.0;
            s = 2.0 * Libm.sqrt(ax + Libm.hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.real() >= 0.0 ? c(s, Math.copySign(d, z.imag())) : c(d, Math.copySign(s, z.imag()));
    }

    static PyComplex exp(PyComplex z) {
        double l;
        if (z.real() > LOG_LARGE) {
            l = Libm.exp(z.real() - 1.0);
            return c(l * Libm.cos(z.imag()) * Math.E, l * Libm.sin(z.imag()) * Math.E);
        }
        l = Libm.exp(z.real());
        return c(l * Libm.cos(z.imag()), l * Libm.sin(z.imag()));
    }

    static PyComplex log(PyComplex z) {
        double ax = Math.abs(z.real()), ay = Math.abs(z.imag()), re;
        if (ax > LARGE || ay > LARGE) {
            re = Libm.log(Libm.hypot(ax / 2.0, ay / 2.0)) + LN2;
        } else if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            if (ax > 0.0 || ay > 0.0) {
                re = Libm.log(Libm.hypot(Math.scalb(ax, 53), Math.scalb(ay, 53))) - 53 * LN2;
            } else {
                throw Errors.valueError("math domain error");
            }
        } else {
            double h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73) {
                double am = Math.max(ax, ay), an = Math.min(ax, ay);
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            } else {
                re = Libm.log(h);
            }
        }
        return c(re, Libm.atan2(z.imag(), z.real()));
    }

    static PyComplex sinh(PyComplex z) {
        if (Math.abs(z.real()) > LOG_LARGE) {
            double xm1 = z.real() - Math.copySign(1.0, z.real());
            return c(Libm.cos(z.imag()) * Libm.sinh(xm1) * Math.E, Libm.sin(z.imag()) * Libm.cosh(xm1) * Math.E);
        }
        return c(Libm.cos(z.imag()) * Libm.sinh(z.real()), Libm.sin(z.imag()) * Libm.cosh(z.real()));
    }

    static PyComplex cosh(PyComplex z) {
        if (Math.abs(z.real()) > LOG_LARGE) {
            double xm1 = z.real() - Math.copySign(1.0, z.real());
            return c(Libm.cos(z.imag()) * Libm.cosh(xm1) * Math.E, Libm.sin(z.imag()) * Libm.sinh(xm1) * Math.E);
        }
        return c(Libm.cos(z.imag()) * Libm.cosh(z.real()), Libm.sin(z.imag()) * Libm.sinh(z.real()));
    }

    static PyComplex tanh(PyComplex z) {
        if (Math.abs(z.real()) > LOG_LARGE) {
            return c(Math.copySign(1.0, z.real()), 4.0 * Libm.sin(z.imag()) * Libm.cos(z.imag()) * Libm.exp(-2.0 * Math.abs(z.real())));
        }
        double tx = Libm.tanh(z.real()), ty = Libm.tan(z.imag()), cx = 1.0 / Libm.cosh(z.real());
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return c(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static PyComplex asinh(PyComplex z) {
        if (Math.abs(z.real()) > SQRT_LARGE || Math.abs(z.imag()) > SQRT_LARGE) {
            double re = z.imag() >= 0.0
                    ? Math.copySign(Libm.log(Libm.hypot(z.real() / 2.0, z.imag() / 2.0)) + LN2 * 2.0, z.real())
                    : -Math.copySign(Libm.log(Libm.hypot(z.real() / 2.0, z.imag() / 2.0)) + LN2 * 2.0, -z.real());
            return c(re, Libm.atan2(z.imag(), Math.abs(z.real())));
        }
        PyComplex s1 = sqrt(c(1.0 + z.imag(), -z.real())), s2 = sqrt(c(1.0 - z.imag(), z.real()));
        return c(Libm.asinh(s1.real() * s2.imag() - s2.real() * s1.imag()),
                Libm.atan2(z.imag(), s1.real() * s2.real() - s1.imag() * s2.imag()));
    }

    static PyComplex acos(PyComplex z) {
        if (Math.abs(z.real()) > SQRT_LARGE || Math.abs(z.imag()) > SQRT_LARGE) {
            double re = Libm.atan2(Math.abs(z.imag()), z.real());
            double l = Libm.log(Libm.hypot(z.real() / 2.0, z.imag() / 2.0)) + LN2 * 2.0;
            return c(re, z.real() < 0 ? -Math.copySign(l, z.imag()) : Math.copySign(l, -z.imag()));
        }
        PyComplex s1 = sqrt(c(1.0 - z.real(), -z.imag())), s2 = sqrt(c(1.0 + z.real(), z.imag()));
        return c(2.0 * Libm.atan2(s1.real(), s2.real()), Libm.asinh(s2.real() * s1.imag() - s2.imag() * s1.real()));
    }

    static PyComplex acosh(PyComplex z) {
        if (Math.abs(z.real()) > SQRT_LARGE || Math.abs(z.imag()) > SQRT_LARGE) {
            return c(Libm.log(Libm.hypot(z.real() / 2.0, z.imag() / 2.0)) + LN2 * 2.0, Libm.atan2(z.imag(), z.real()));
        }
        PyComplex s1 = sqrt(c(z.real() - 1.0, z.imag())), s2 = sqrt(c(z.real() + 1.0, z.imag()));
        return c(Libm.asinh(s1.real() * s2.real() + s1.imag() * s2.imag()), 2.0 * Libm.atan2(s1.imag(), s2.real()));
    }

    static PyComplex atanh(PyComplex z) {
        if (z.real() < 0.0) {
            PyComplex r = atanh(c(-z.real(), -z.imag()));
            return c(-r.real(), -r.imag());
        }
        double ay = Math.abs(z.imag());
        if (z.real() > SQRT_LARGE || ay > SQRT_LARGE) {
            double h = Libm.hypot(z.real() / 2.0, z.imag() / 2.0);
            return c(z.real() / 4.0 / h / h, -Math.copySign(Math.PI / 2.0, -z.imag()));
        }
        if (z.real() == 1.0 && ay < SQRT_DBL_MIN) {
            if (ay == 0.0) throw Errors.valueError("math domain error");
            return c(-Libm.log(Libm.sqrt(ay) / Libm.sqrt(Libm.hypot(ay, 2.0))), Math.copySign(Libm.atan2(2.0, -ay) / 2.0, z.imag()));
        }
        return c(Libm.log1p(4.0 * z.real() / ((1 - z.real()) * (1 - z.real()) + ay * ay)) / 4.0,
                -Libm.atan2(-2.0 * z.imag(), (1 - z.real()) * (1 + z.real()) - ay * ay) / 2.0);
    }

    /** f(i z) / i for the circular functions from the hyperbolic ones. */
    private static PyComplex viaI(PyComplex z, UnaryOperator<PyComplex> hyperbolic, boolean cosLike) {
        PyComplex s = hyperbolic.apply(c(-z.imag(), z.real()));
        return cosLike ? s : c(s.imag(), -s.real());
    }

    private static void unary(Map<String, Object> m, String name, UnaryOperator<PyComplex> f) {
        m.put(name, new PyBuiltin(name, (a, kw) -> {
            Builtins.arity(name, a, 1, 1);
            PyComplex z = arg(a[0]);
            return checked(z, f.apply(z));
        }));
    }

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pi", Math.PI);
        m.put("e", Math.E);
        m.put("tau", 2 * Math.PI);
        m.put("inf", Double.POSITIVE_INFINITY);
        m.put("nan", Double.NaN);
        m.put("infj", c(0.0, Double.POSITIVE_INFINITY));
        m.put("nanj", c(0.0, Double.NaN));
        unary(m, "sqrt", CmathModule::sqrt);
        unary(m, "exp", CmathModule::exp);
        unary(m, "log10", z -> { PyComplex r = log(z); return c(r.real() / LN10, r.imag() / LN10); });
        unary(m, "sinh", CmathModule::sinh);
        unary(m, "cosh", CmathModule::cosh);
        unary(m, "tanh", CmathModule::tanh);
        unary(m, "asinh", CmathModule::asinh);
        unary(m, "acosh", CmathModule::acosh);
        unary(m, "atanh", CmathModule::atanh);
        unary(m, "acos", CmathModule::acos);
        unary(m, "sin", z -> viaI(z, CmathModule::sinh, false));
        unary(m, "cos", z -> viaI(z, CmathModule::cosh, true));
        unary(m, "tan", z -> viaI(z, CmathModule::tanh, false));
        unary(m, "asin", z -> viaI(z, CmathModule::asinh, false));
        unary(m, "atan", z -> viaI(z, CmathModule::atanh, false));
        m.put("log", new PyBuiltin("log", (a, kw) -> {
            Builtins.arity("log", a, 1, 2);
            PyComplex z = arg(a[0]);
            PyComplex r = checked(z, log(z));
            if (a.length == 2) {
                PyComplex b = arg(a[1]);
                PyComplex lb = checked(b, log(b));
                if (lb.real() == 0.0 && lb.imag() == 0.0) throw Errors.valueError("math domain error");
                r = (PyComplex) io.fora.vm.runtime.Arith.binary(io.fora.vm.runtime.Arith.DIV, r, lb);
            }
            return r;
        }));
        m.put("phase", new PyBuiltin("phase", (a, kw) -> {
            Builtins.arity("phase", a, 1, 1);
            PyComplex z = arg(a[0]);
            return Libm.atan2(z.imag(), z.real());
        }));
        m.put("polar", new PyBuiltin("polar", (a, kw) -> {
            Builtins.arity("polar", a, 1, 1);
            PyComplex z = arg(a[0]);
            return PyTuple.of(z.abs(), Libm.atan2(z.imag(), z.real()));
        }));
        m.put("rect", new PyBuiltin("rect", (a, kw) -> {
            Builtins.arity("rect", a, 2, 2);
            double r = Ops.toDouble(a[0]), phi = Ops.toDouble(a[1]);
            if (Double.isFinite(r) && Double.isInfinite(phi)) throw Errors.valueError("math domain error");
            if (phi == 0.0) return c(r, r * phi);
            return c(r * Libm.cos(phi), r * Libm.sin(phi));
        }));
        m.put("isfinite", new PyBuiltin("isfinite", (a, kw) -> { PyComplex z = one(a, "isfinite"); return Double.isFinite(z.real()) && Double.isFinite(z.imag()); }));
        m.put("isinf", new PyBuiltin("isinf", (a, kw) -> { PyComplex z = one(a, "isinf"); return Double.isInfinite(z.real()) || Double.isInfinite(z.imag()); }));
        m.put("isnan", new PyBuiltin("isnan", (a, kw) -> { PyComplex z = one(a, "isnan"); return Double.isNaN(z.real()) || Double.isNaN(z.imag()); }));
        m.put("isclose", new PyBuiltin("isclose", CmathModule::isclose));
        return new PyModule("cmath", m);
    }

    private static PyComplex one(Object[] a, String name) {
        Builtins.arity(name, a, 1, 1);
        return arg(a[0]);
    }

    private static Object isclose(Object[] a, Kwargs kw) {
        if (a.length != 2) throw Errors.typeError("isclose() takes exactly 2 positional arguments (" + a.length + " given)");
        Kwargs k = kw == null ? Kwargs.NONE : kw;
        k.allowOnly("isclose", "rel_tol", "abs_tol");
        double rel = k.get("rel_tol") == null ? 1e-9 : Ops.toDouble(k.get("rel_tol"));
        double abs = k.get("abs_tol") == null ? 0.0 : Ops.toDouble(k.get("abs_tol"));
        if (rel < 0.0 || abs < 0.0) throw Errors.valueError("tolerances must be non-negative");
        PyComplex x = arg(a[0]), y = arg(a[1]);
        if (x.real() == y.real() && x.imag() == y.imag()) return true;
        if (Double.isInfinite(x.real()) || Double.isInfinite(x.imag()) || Double.isInfinite(y.real()) || Double.isInfinite(y.imag())) return false;
        double diff = new PyComplex(x.real() - y.real(), x.imag() - y.imag()).abs();
        return (diff <= rel * y.abs()) || (diff <= rel * x.abs()) || diff <= abs;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import io.fora.vm.runtime.format.FloatRepr;

/** Python's {@code complex}: two doubles, with CPython's arithmetic, repr and hash. */
public record PyComplex(double real, double imag) implements PyObject {
    @Override public PyClass pyClass() { return Types.COMPLEX; }

    /** A number as a complex (ints and floats have a zero imaginary part), or null for other values. */
    public static PyComplex of(Object v) {
        return switch (v) {
            case PyComplex c -> c;
            case Double d -> new PyComplex(d, 0.0);
            case Long l -> new PyComplex(l, 0.0);
            case Boolean b -> new PyComplex(b ? 1.0 : 0.0, 0.0);
            case java.math.BigInteger b -> new PyComplex(Ints.toDouble(b), 0.0);
            default -> null;
        };
    }

    /** {@code a op b} for complex operands (after conversion), or NOT_IMPLEMENTED. */
    static Object binary(int op, PyComplex a, PyComplex b) {
        return switch (op) {
            case Arith.ADD -> new PyComplex(a.real + b.real, a.imag + b.imag);
            case Arith.SUB -> new PyComplex(a.real - b.real, a.imag - b.imag);
            case Arith.MUL -> new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
            case Arith.DIV -> div(a, b);
            case Arith.POW -> pow(a, b);
            default -> PyNone.NOT_IMPLEMENTED;
        };
    }

    /** CPython's {@code _Py_c_quot} (Smith's method). */
    static PyComplex div(PyComplex a, PyComplex b) {
        double abr = Math.abs(b.real), abi = Math.abs(b.imag);
        if (abr >= abi) {
            if (abr == 0.0) throw Errors.zeroDivision("complex division by zero");
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (abi >= abr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyComplex mul(PyComplex a, PyComplex b) {
        return new PyComplex(a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real);
    }

    /** CPython's complex power: exact repeated squaring for small integral exponents, else polar form. */
    public static PyComplex pow(PyComplex a, PyComplex b) {
        if (b.imag == 0.0 && b.real == Math.rint(b.real) && Math.abs(b.real) <= 100.0) {
            long n = (long) b.real;
            PyComplex r = powu(a, Math.abs(n));
            if (n < 0 && r.real == 0.0 && r.imag == 0.0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            PyComplex result = n >= 0 ? r : div(new PyComplex(1.0, 0.0), r);
            // as CPython judges the result (Py_ADJUST_ERANGE2): an infinite part is an overflow
            if (Double.isInfinite(result.real) || Double.isInfinite(result.imag)) throw Errors.overflow("complex exponentiation");
            return result;
        }
        if (b.real == 0.0 && b.imag == 0.0) return new PyComplex(1.0, 0.0);
        if (a.real == 0.0 && a.imag == 0.0) {
            if (b.imag != 0.0 || b.real < 0.0) throw Errors.zeroDivision("0.0 to a negative or complex power");
            return new PyComplex(0.0, 0.0);
        }
        double vabs = LibmBridge.hypot(a.real, a.imag);
        double len = LibmBridge.pow(vabs, b.real);
        double at = LibmBridge.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0.0) {
            len /= LibmBridge.exp(at * b.imag);
            phase += b.imag * LibmBridge.log(vabs);
        }
        // cos and sin of an infinite phase are C's domain errors, which CPython reports this way
        if (Double.isInfinite(phase)) throw Errors.zeroDivision("0.0 to a negative or complex power");
        PyComplex r = new PyComplex(len * LibmBridge.cos(phase), len * LibmBridge.sin(phase));
        if (Double.isInfinite(r.real) || Double.isInfinite(r.imag)) throw Errors.overflow("complex exponentiation");
        return r;
    }

    private static PyComplex powu(PyComplex x, long n) {
        PyComplex r = new PyComplex(1.0, 0.0), p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = mul(r, p);
            p = mul(p, p);
        }
        return r;
    }

    public double abs() {
        if (Double.isInfinite(real) || Double.isInfinite(imag)) return Double.POSITIVE_INFINITY;
        double h = LibmBridge.hypot(real, imag);
        if (Double.isInfinite(h)) throw Errors.overflow("absolute value too large");
        return h;
    }

    /** CPython's complex hash: hash(real) + 1000003 * hash(imag), wrapping. */
    public long hash() {
        long h = Hashing.hashDouble(real) + 1000003L * Hashing.hashDouble(imag);
        return h == -1 ? -2 : h;
    }

    /** A float as complex repr writes it: repr without a forced '.0'. */
    private static String part(double d) {
        String s = FloatRepr.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    public String repr() {
        if (real == 0.0 && Math.copySign(1.0, real) > 0) return part(imag) + "j";
        String im = part(imag);
        String sign = im.startsWith("-") ? "" : "+";
        return "(" + part(real) + sign + im + "j)";
    }

    /** {@code complex('1+2j')}: CPython's grammar (spaces around, optional parentheses). */
    public static PyComplex parse(String text) {
        String s = text.strip();
        if (s.startsWith("(") && s.endsWith(")")) s = s.substring(1, s.length() - 1).strip();
        String bad = "complex() arg is a malformed string";
        if (s.isEmpty() || s.contains(" ") || s.contains("\t")) throw Errors.valueError(bad);
        s = s.replace("_", "");
        try {
            if (s.endsWith("j") || s.endsWith("J")) {
                String body = s.substring(0, s.length() - 1);
                // the split between real and imaginary parts: the last sign not after an exponent mark
                int cut = -1;
                for (int i = body.length() - 1; i > 0; i--) {
                    char c = body.charAt(i);
                    if ((c == '+' || c == '-') && body.charAt(i - 1) != 'e' && body.charAt(i - 1) != 'E') {
                        cut = i;
                        break;
                    }
                }
                double re = 0.0;
                String im = body;
                if (cut > 0) {
                    re = number(body.substring(0, cut));
                    im = body.substring(cut);
                }
                double iv = im.equals("+") || im.isEmpty() ? 1.0 : im.equals("-") ? -1.0 : number(im);
                return new PyComplex(re, iv);
            }
            return new PyComplex(number(s), 0.0);
        } catch (NumberFormatException e) {
            throw Errors.valueError(bad);
        }
    }

    private static double number(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT);
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1.0 : 1.0;
        if (body.equals("inf") || body.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (body.isEmpty() || !body.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) throw new NumberFormatException(s);
        return Double.parseDouble(t);
    }

    @Override public String toString() { return repr(); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PySlice;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import io.fora.vm.runtime.format.StrFormat;
import java.math.BigInteger;
import java.util.ArrayList;

/**
 * The methods of Python's {@code str}, with CPython 3.11's results. Strings are searched as Java
 * UTF-16 text (a valid needle can only match at code-point boundaries); indices that Python sees
 * are converted between code points and chars at the edges.
 */
public final class StrMethods {
    private StrMethods() {}

    public static void install(PyClass strClass) {
        def(strClass, "split", (a, kw) -> split(a, kw, false));
        def(strClass, "rsplit", (a, kw) -> split(a, kw, true));
        def(strClass, "splitlines", StrMethods::splitlines);
        def(strClass, "join", (a, kw) -> {
            args("join", a, kw, 1, 1);
            return join(self(a), a[1]);
        });
        def(strClass, "strip", (a, kw) -> strip("strip", a, kw, true, true));
        def(strClass, "lstrip", (a, kw) -> strip("lstrip", a, kw, true, false));
        def(strClass, "rstrip", (a, kw) -> strip("rstrip", a, kw, false, true));
        def(strClass, "replace", StrMethods::replace);
        def(strClass, "find", (a, kw) -> (long) find("find", a, kw, false));
        def(strClass, "rfind", (a, kw) -> (long) find("rfind", a, kw, true));
        def(strClass, "index", (a, kw) -> {
            int r = find("index", a, kw, false);
            if (r < 0) throw Errors.valueError("substring not found");
            return (long) r;
        });
        def(strClass, "rindex", (a, kw) -> {
            int r = find("rindex", a, kw, true);
            if (r < 0) throw Errors.valueError("substring not found");
            return (long) r;
        });
        def(strClass, "count", StrMethods::count);
        def(strClass, "startswith", (a, kw) -> tailMatch("startswith", a, kw, false));
        def(strClass, "endswith", (a, kw) -> tailMatch("endswith", a, kw, true));
        def(strClass, "upper", (a, kw) -> { args("upper", a, kw, 0, 0); return upper(self(a)); });
        def(strClass, "lower", (a, kw) -> { args("lower", a, kw, 0, 0); return lower(self(a)); });
        def(strClass, "casefold", (a, kw) -> { args("casefold", a, kw, 0, 0); return casefold(self(a)); });
        def(strClass, "title", (a, kw) -> { args("title", a, kw, 0, 0); return title(self(a)); });
        def(strClass, "capitalize", (a, kw) -> { args("capitalize", a, kw, 0, 0); return capitalize(self(a)); });
        def(strClass, "swapcase", (a, kw) -> { args("swapcase", a, kw, 0, 0); return swapcase(self(a)); });
        defPredicate(strClass, "isdigit", StrUnicode::isDigit);
        defPredicate(strClass, "isdecimal", StrUnicode::isDecimal);
        defPredicate(strClass, "isnumeric", StrUnicode::isNumeric);
        defPredicate(strClass, "isalpha", StrUnicode::isAlpha);
        defPredicate(strClass, "isalnum", StrUnicode::isAlnum);
        defPredicate(strClass, "isspace", StrUnicode::isSpace);
        def(strClass, "isprintable", (a, kw) -> {
            args("isprintable", a, kw, 0, 0);
            PyStr s = self(a);
            for (int i = 0, n = s.length(); i < n; i++) if (!StrUnicode.isPrintable(s.codePointAt(i))) return false;
            return true;
        });
        def(strClass, "isascii", (a, kw) -> {
            args("isascii", a, kw, 0, 0);
            String v = self(a).value();
            for (int i = 0; i < v.length(); i++) if (v.charAt(i) >= 128) return false;
            return true;
        });
        def(strClass, "isupper", (a, kw) -> { args("isupper", a, kw, 0, 0); return isUpper(self(a)); });
        def(strClass, "islower", (a, kw) -> { args("islower", a, kw, 0, 0); return isLower(self(a)); });
        def(strClass, "istitle", (a, kw) -> { args("istitle", a, kw, 0, 0); return isTitle(self(a)); });
        def(strClass, "isidentifier", (a, kw) -> { args("isidentifier", a, kw, 0, 0); return isIdentifier(self(a)); });
        def(strClass, "zfill", (a, kw) -> {
            args("zfill", a, kw, 1, 1);
            return zfill(self(a), sizeArg(a[1]));
        });
        def(strClass, "center", (a, kw) -> pad("center", a, kw));
        def(strClass, "ljust", (a, kw) -> pad("ljust", a, kw));
        def(strClass, "rjust", (a, kw) -> pad("rjust", a, kw));
        def(strClass, "partition", (a, kw) -> partition("partition", a, kw, false));
        def(strClass, "rpartition", (a, kw) -> partition("rpartition", a, kw, true));
        def(strClass, "removeprefix", (a, kw) -> {
            args("removeprefix", a, kw, 1, 1);
            PyStr s = self(a);
            PyStr p = strArg("removeprefix() argument", a[1]);
            return s.value().startsWith(p.value()) ? PyStr.of(s.value().substring(p.value().length())) : s;
        });
        def(strClass, "removesuffix", (a, kw) -> {
            args("removesuffix", a, kw, 1, 1);
            PyStr s = self(a);
            PyStr p = strArg("removesuffix() argument", a[1]);
            String v = s.value();
            return !p.value().isEmpty() && v.endsWith(p.value())
                    ? PyStr.of(v.substring(0, v.length() - p.value().length())) : s;
        });
        def(strClass, "expandtabs", StrMethods::expandtabs);
        def(strClass, "format", (a, kw) -> {
            if (a.length < 1) throw Errors.typeError("descriptor 'format' of 'str' object needs an argument");
            Object[] rest = new Object[a.length - 1];
            System.arraycopy(a, 1, rest, 0, rest.length);
            return StrFormat.format(self(a), rest, kw == null ? Kwargs.NONE : kw);
        });
        def(strClass, "format_map", (a, kw) -> {
            args("str.format_map", a, kw, 1, 1);
            // names are looked up in the object itself, whatever it is (as CPython): a dict subclass's
            // __missing__ answers missing names, a UserDict its own
            return StrFormat.formatMap(self(a), a[1]);
        });
    }

    private static void def(PyClass cls, String name, PyBuiltin.Body body) {
        cls.define(name, new PyBuiltin(name, body));
    }

    private interface CodePointPredicate {
        boolean test(int cp);
    }

    private static void defPredicate(PyClass cls, String name, CodePointPredicate p) {
        def(cls, name, (a, kw) -> {
            args(name, a, kw, 0, 0);
            PyStr s = self(a);
            int n = s.length();
            if (n == 0) return false;
            for (int i = 0; i < n; i++) if (!p.test(s.codePointAt(i))) return false;
            return true;
        });
    }

    // ---- argument handling ----

    private static PyStr self(Object[] a) {
        if (a.length == 0 || !(a[0] instanceof PyStr s)) {
            throw Errors.typeError("descriptor requires a 'str' object but received '"
                    + (a.length == 0 ? "nothing" : typeName(a[0])) + "'");
        }
        return s;
    }

    private static String typeName(Object v) {
        return Types.typeOf(v).name();
    }

    /** Checks the positional count (self excluded) and rejects keywords. */
    private static void args(String name, Object[] a, Kwargs kw, int min, int max) {
        if (kw != null && !kw.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
        count(name, a.length - 1, min, max);
    }

    private static void count(String name, int given, int min, int max) {
        if (given < min || given > max) {
            if (min == max) {
                if (max == 0) throw Errors.typeError(name + "() takes no arguments (" + given + " given)");
                throw Errors.typeError(name + "() takes exactly " + (max == 1 ? "one argument" : max + " arguments")
                        + " (" + given + " given)");
            }
            if (given < min) {
                throw Errors.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s")
                        + " (" + given + " given)");
            }
            throw Errors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s")
                    + " (" + given + " given)");
        }
    }

    /**
     * Binds positional and keyword arguments (self excluded) to parameter names; absent ones are
     * null.
     */
    private static Object[] bind(String name, Object[] a, Kwargs kw, String... params) {
        Object[] out = new Object[params.length];
        int given = a.length - 1;
        if (given > params.length) count(name, given, 0, params.length);
        for (int i = 0; i < given; i++) out[i] = a[i + 1];
        if (kw != null) {
            for (int k = 0; k < kw.size(); k++) {
                String n = kw.names()[k];
                int p = -1;
                for (int i = 0; i < params.length; i++) if (params[i].equals(n)) p = i;
                if (p < 0) throw Errors.typeError(name + "() got an unexpected keyword argument '" + n + "'");
                if (out[p] != null) {
                    throw Errors.typeError("argument for " + name + "() given by name ('" + n
                            + "') and position (" + (p + 1) + ")");
                }
                out[p] = kw.values()[k];
            }
        }
        return out;
    }

    private static PyStr strArg(String what, Object v) {
        if (v instanceof PyStr s) return s;
        throw Errors.typeError(what + " must be str, not " + Errors.argTypeName(v));
    }

    /** The substring find, index and count look for: CPython's message has no function name, and the type's own name. */
    private static PyStr subArg(Object v) {
        if (v instanceof PyStr s) return s;
        throw Errors.typeError("must be str, not " + typeName(v));
    }

    /** A Py_ssize_t argument (CPython's "n" converter). */
    private static long sizeArg(Object v) {
        if (v instanceof BigInteger b) {
            if (Ints.fitsLong(b)) return b.longValue();
            throw Errors.overflow("Python int too large to convert to C ssize_t");
        }
        if (v instanceof Long || v instanceof Boolean) return Ops.index(v);
        if (v instanceof PyStr || v instanceof Double || v instanceof PyNone || v instanceof PyList
                || v instanceof PyTuple || v instanceof PyDict) {
            throw Errors.typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
        }
        return Ops.index(v);
    }

    /** A start/end argument: an int (clamped like _PyEval_SliceIndex) or None. */
    private static long sliceIndex(Object v, long dflt) {
        if (v == null || v == PyNone.NONE) return dflt;
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof BigInteger b) return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (v instanceof PyStr || v instanceof Double || v instanceof PyList || v instanceof PyTuple
                || v instanceof PyDict) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return Ops.index(v);
    }

    /** CPython's ADJUST_INDICES: returns {start, end} in code points, end clamped to len. */
    private static long[] adjust(long start, long end, int len) {
        if (end > len) end = len;
        else if (end < 0) {
            end += len;
            if (end < 0) end = 0;
        }
        if (start < 0) {
            start += len;
            if (start < 0) start = 0;
        }
        return new long[] {start, end};
    }

    // ---- split ----

    private static Object split(Object[] a, Kwargs kw, boolean right) {
        String name = right ? "rsplit" : "split";
        PyStr s = self(a);
        Object[] p = bind(name, a, kw, "sep", "maxsplit");
        Object sepArg = p[0] == null ? PyNone.NONE : p[0];
        long max = p[1] == null ? -1 : sizeArg(p[1]);
        if (max < 0) max = Long.MAX_VALUE;
        String v = s.value();
        ArrayList<Object> out = new ArrayList<>();
        if (sepArg == PyNone.NONE) {
            int n = v.length();
            if (!right) {
                int i = 0;
                while (max-- > 0) {
                    while (i < n && StrUnicode.isSpace(v.charAt(i))) i++;
                    if (i == n) break;
                    int j = i;
                    i++;
                    while (i < n && !StrUnicode.isSpace(v.charAt(i))) i++;
                    out.add(PyStr.of(v.substring(j, i)));
                }
                if (i < n) {
                    while (i < n && StrUnicode.isSpace(v.charAt(i))) i++;
                    if (i != n) out.add(PyStr.of(v.substring(i)));
                }
            } else {
                int i = n - 1;
                while (max-- > 0) {
                    while (i >= 0 && StrUnicode.isSpace(v.charAt(i))) i--;
                    if (i < 0) break;
                    int j = i;
                    i--;
                    while (i >= 0 && !StrUnicode.isSpace(v.charAt(i))) i--;
                    out.add(PyStr.of(v.substring(i + 1, j + 1)));
                }
                if (i >= 0) {
                    while (i >= 0 && StrUnicode.isSpace(v.charAt(i))) i--;
                    if (i >= 0) out.add(PyStr.of(v.substring(0, i + 1)));
                }
                java.util.Collections.reverse(out);
            }
            return PyList.of(out.toArray());
        }
        if (!(sepArg instanceof PyStr sepStr)) {
            throw Errors.typeError("must be str or None, not " + typeName(sepArg));
        }
        String sep = sepStr.value();
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        int m = sep.length();
        if (!right) {
            int i = 0;
            while (max-- > 0) {
                int j = v.indexOf(sep, i);
                if (j < 0) break;
                out.add(PyStr.of(v.substring(i, j)));
                i = j + m;
            }
            out.add(i == 0 ? s : PyStr.of(v.substring(i)));
        } else {
            int end = v.length();
            while (max-- > 0) {
                int j = end - m < 0 ? -1 : v.lastIndexOf(sep, end - m);
                if (j < 0) break;
                out.add(PyStr.of(v.substring(j + m, end)));
                end = j;
            }
            out.add(end == v.length() ? s : PyStr.of(v.substring(0, end)));
            java.util.Collections.reverse(out);
        }
        return PyList.of(out.toArray());
    }

    private static Object splitlines(Object[] a, Kwargs kw) {
        PyStr s = self(a);
        Object[] p = bind("splitlines", a, kw, "keepends");
        boolean keep = false;
        if (p[0] != null) {
            Object k = p[0];
            if (k instanceof Boolean b) keep = b;
            else if (k instanceof Long l) keep = l != 0;
            else if (k instanceof BigInteger b) keep = b.signum() != 0;
            else keep = sizeArg(k) != 0;
        }
        String v = s.value();
        int n = v.length();
        ArrayList<Object> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (i < n && !StrUnicode.isLineBreak(v.charAt(i))) i++;
            int eol = i;
            if (i < n) {
                if (v.charAt(i) == '\r' && i + 1 < n && v.charAt(i + 1) == '\n') i += 2;
                else i++;
                if (keep) eol = i;
            }
            if (j == 0 && eol == n) {
                out.add(s);
                break;
            }
            out.add(PyStr.of(v.substring(j, eol)));
        }
        return PyList.of(out.toArray());
    }

    // ---- join ----

    public static PyStr join(PyStr sep, Object iterable) {
        if (iterable instanceof Long || iterable instanceof Double || iterable instanceof Boolean
                || iterable instanceof BigInteger || iterable == PyNone.NONE) {
            throw Errors.typeError("can only join an iterable");
        }
        PyIter it = Ops.iter(iterable);
        StringBuilder b = new StringBuilder();
        String sv = sep.value();
        long i = 0;
        Object first = null;
        for (Object x; (x = it.next()) != null; i++) {
            // a str subclass's instance (a StrEnum member) joins by its string value, as in CPython
            Object v = x instanceof io.fora.vm.runtime.PyInstance inst && inst.base() instanceof PyStr base ? base : x;
            if (!(v instanceof PyStr xs)) {
                throw Errors.typeError("sequence item " + i + ": expected str instance, " + typeName(x) + " found");
            }
            if (i == 0) first = x == v ? xs : null;
            else b.append(sv);
            b.append(xs.value());
        }
        if (i == 1 && first != null) return (PyStr) first;
        return PyStr.of(b.toString());
    }

    // ---- strip ----

    private static Object strip(String name, Object[] a, Kwargs kw, boolean left, boolean right) {
        args(name, a, kw, 0, 1);
        PyStr s = self(a);
        Object chars = a.length > 1 ? a[1] : PyNone.NONE;
        String v = s.value();
        int i = 0, j = v.length();
        if (chars == PyNone.NONE) {
            if (left) while (i < j && StrUnicode.isSpace(v.charAt(i))) i++;
            if (right) while (j > i && StrUnicode.isSpace(v.charAt(j - 1))) j--;
        } else if (chars instanceof PyStr cs) {
            String c = cs.value();
            if (left) {
                while (i < j) {
                    int cp = v.codePointAt(i);
                    if (c.indexOf(cp) < 0) break;
                    i += Character.charCount(cp);
                }
            }
            if (right) {
                while (j > i) {
                    int cp = v.codePointBefore(j);
                    if (c.indexOf(cp) < 0) break;
                    j -= Character.charCount(cp);
                }
            }
        } else {
            throw Errors.typeError(name + " arg must be None or str");
        }
        if (i == 0 && j == v.length()) return s;
        return PyStr.of(v.substring(i, j));
    }

    // ---- replace ----

    private static Object replace(Object[] a, Kwargs kw) {
        args("replace", a, kw, 2, 3);
        PyStr s = self(a);
        PyStr old = strArg("replace() argument 1", a[1]);
        PyStr neu = strArg("replace() argument 2", a[2]);
        long max = a.length > 3 ? sizeArg(a[3]) : -1;
        if (max < 0) max = Long.MAX_VALUE;
        String v = s.value(), o = old.value(), r = neu.value();
        if (max == 0) return s;
        if (o.isEmpty()) {
            int[] cps = s.codePoints();
            long inserts = Math.min(max, cps.length + 1L);
            checkLength(v.length() + inserts * r.length());
            StringBuilder b = new StringBuilder();
            for (int k = 0; k <= cps.length; k++) {
                if (k < inserts) b.append(r);
                if (k < cps.length) b.appendCodePoint(cps[k]);
            }
            return PyStr.of(b.toString());
        }
        int j = v.indexOf(o);
        if (j < 0) return s;
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (j >= 0 && max-- > 0) {
            b.append(v, i, j).append(r);
            i = j + o.length();
            j = v.indexOf(o, i);
        }
        b.append(v, i, v.length());
        return PyStr.of(b.toString());
    }

    // ---- find / count / startswith ----

    /** find/rfind/index/rindex: the code-point index of sub within s[start:end], or -1. */
    private static int find(String name, Object[] a, Kwargs kw, boolean right) {
        if (kw != null && !kw.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
        int given = a.length - 1;
        if (given < 1) throw Errors.typeError(name + " expected at least 1 argument, got " + given);
        if (given > 3) throw Errors.typeError(name + " expected at most 3 arguments, got " + given);
        PyStr s = self(a);
        int len = s.length();
        // as CPython: the bounds are read before the substring is checked
        long[] se = adjust(sliceIndex(given > 1 ? a[2] : null, 0), sliceIndex(given > 2 ? a[3] : null, Long.MAX_VALUE), len);
        PyStr sub = subArg(a[1]);
        long start = se[0], end = se[1];
        int subLen = sub.length();
        if (end - start < subLen) return -1;
        if (subLen == 0) return (int) (right ? end : start);
        String v = s.value();
        int cs = s.toCharIndex((int) start), ce = s.toCharIndex((int) end);
        String n = sub.value();
        int r;
        if (!right) {
            r = v.indexOf(n, cs);
            if (r >= 0 && r + n.length() > ce) r = -1;
        } else {
            r = v.lastIndexOf(n, ce - n.length());
            if (r >= 0 && r < cs) r = -1;
        }
        return r < 0 ? -1 : s.toCodePointIndex(r);
    }

    private static Object count(Object[] a, Kwargs kw) {
        if (kw != null && !kw.isEmpty()) throw Errors.typeError("count() takes no keyword arguments");
        int given = a.length - 1;
        if (given < 1) throw Errors.typeError("count expected at least 1 argument, got " + given);
        if (given > 3) throw Errors.typeError("count expected at most 3 arguments, got " + given);
        PyStr s = self(a);
        int len = s.length();
        long[] se = adjust(sliceIndex(given > 1 ? a[2] : null, 0), sliceIndex(given > 2 ? a[3] : null, Long.MAX_VALUE), len);
        PyStr sub = subArg(a[1]);
        long start = se[0], end = se[1];
        int subLen = sub.length();
        if (end - start < subLen) return 0L;
        if (subLen == 0) return end - start + 1;
        String v = s.value(), n = sub.value();
        int cs = s.toCharIndex((int) start), ce = s.toCharIndex((int) end);
        long c = 0;
        int i = cs;
        while (true) {
            int j = v.indexOf(n, i);
            if (j < 0 || j + n.length() > ce) break;
            c++;
            i = j + n.length();
        }
        return c;
    }

    private static Object tailMatch(String name, Object[] a, Kwargs kw, boolean suffix) {
        if (kw != null && !kw.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
        int given = a.length - 1;
        if (given < 1) throw Errors.typeError(name + " expected at least 1 argument, got " + given);
        if (given > 3) throw Errors.typeError(name + " expected at most 3 arguments, got " + given);
        PyStr s = self(a);
        long start = sliceIndex(given > 1 ? a[2] : null, 0);
        long end = sliceIndex(given > 2 ? a[3] : null, Long.MAX_VALUE);
        Object x = a[1];
        if (x instanceof PyTuple t) {
            for (int i = 0; i < t.size(); i++) {
                if (!(io.fora.vm.runtime.PyInstance.valueOf(t.get(i)) instanceof PyStr p)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + typeName(t.get(i)));
                }
                if (tailMatch(s, p, start, end, suffix)) return true;
            }
            return false;
        }
        if (!(x instanceof PyStr p)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + typeName(x));
        }
        return tailMatch(s, p, start, end, suffix);
    }

    private static boolean tailMatch(PyStr s, PyStr p, long start, long end, boolean suffix) {
        int len = s.length();
        long[] se = adjust(start, end, len);
        start = se[0];
        end = se[1];
        int pl = p.length();
        end -= pl;
        if (end < start) return false;
        if (pl == 0) return true;
        int from = (int) (suffix ? end : start);
        int cs = s.toCharIndex(from);
        return s.value().startsWith(p.value(), cs);
    }

    // ---- case ----

    public static PyStr upper(PyStr s) {
        String v = s.value();
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            StrUnicode.appendUpper(b, c);
            i += Character.charCount(c);
        }
        return PyStr.of(b.toString());
    }

    public static PyStr lower(PyStr s) {
        int[] cps = s.value().codePoints().toArray();
        StringBuilder b = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) StrUnicode.appendLowerAt(b, cps, i);
        return PyStr.of(b.toString());
    }

    public static PyStr casefold(PyStr s) {
        String v = s.value();
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            StrUnicode.appendFold(b, c);
            i += Character.charCount(c);
        }
        return PyStr.of(b.toString());
    }

    public static PyStr title(PyStr s) {
        int[] cps = s.value().codePoints().toArray();
        StringBuilder b = new StringBuilder(cps.length);
        boolean prevCased = false;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (prevCased) StrUnicode.appendLowerAt(b, cps, i);
            else StrUnicode.appendTitle(b, c);
            prevCased = StrUnicode.isCased(c);
        }
        return PyStr.of(b.toString());
    }

    public static PyStr capitalize(PyStr s) {
        int[] cps = s.value().codePoints().toArray();
        if (cps.length == 0) return s;
        StringBuilder b = new StringBuilder(cps.length);
        StrUnicode.appendTitle(b, cps[0]);
        for (int i = 1; i < cps.length; i++) StrUnicode.appendLowerAt(b, cps, i);
        return PyStr.of(b.toString());
    }

    public static PyStr swapcase(PyStr s) {
        int[] cps = s.value().codePoints().toArray();
        StringBuilder b = new StringBuilder(cps.length);
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (StrUnicode.isUpper(c)) StrUnicode.appendLowerAt(b, cps, i);
            else if (StrUnicode.isLower(c)) StrUnicode.appendUpper(b, c);
            else b.appendCodePoint(c);
        }
        return PyStr.of(b.toString());
    }

    private static boolean isUpper(PyStr s) {
        boolean cased = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            int c = s.codePointAt(i);
            if (StrUnicode.isLower(c) || StrUnicode.isTitle(c)) return false;
            if (!cased && StrUnicode.isUpper(c)) cased = true;
        }
        return cased;
    }

    private static boolean isLower(PyStr s) {
        boolean cased = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            int c = s.codePointAt(i);
            if (StrUnicode.isUpper(c) || StrUnicode.isTitle(c)) return false;
            if (!cased && StrUnicode.isLower(c)) cased = true;
        }
        return cased;
    }

    private static boolean isTitle(PyStr s) {
        boolean cased = false, prevCased = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            int c = s.codePointAt(i);
            if (StrUnicode.isUpper(c) || StrUnicode.isTitle(c)) {
                if (prevCased) return false;
                prevCased = true;
                cased = true;
            } else if (StrUnicode.isLower(c)) {
                if (!prevCased) return false;
                prevCased = true;
                cased = true;
            } else {
                prevCased = false;
            }
        }
        return cased;
    }

    private static boolean isIdentifier(PyStr s) {
        int n = s.length();
        if (n == 0) return false;
        int c = s.codePointAt(0);
        if (!StrUnicode.isXidStart(c) && c != '_') return false;
        for (int i = 1; i < n; i++) if (!StrUnicode.isXidContinue(s.codePointAt(i))) return false;
        return true;
    }

    // ---- padding ----

    private static PyStr zfill(PyStr s, long width) {
        int len = s.length();
        if (width <= len) return s;
        long fill = width - len;
        checkLength(fill + s.value().length());
        String v = s.value();
        StringBuilder b = new StringBuilder((int) (fill + v.length()));
        int from = 0;
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            b.append(v.charAt(0));
            from = 1;
        }
        b.repeat('0', (int) fill);
        b.append(v, from, v.length());
        return PyStr.of(b.toString());
    }

    private static void checkLength(long chars) {
        if (chars > Integer.MAX_VALUE - 16) throw Errors.of(Types.MEMORY_ERROR);
    }

    private static Object pad(String name, Object[] a, Kwargs kw) {
        args(name, a, kw, 1, 2);
        PyStr s = self(a);
        long width = sizeArg(a[1]);
        int fill = ' ';
        if (a.length > 2) {
            if (!(a[2] instanceof PyStr f)) {
                throw Errors.typeError("The fill character must be a unicode character, not " + Ops.typeName(a[2]));
            }
            if (f.length() != 1) throw Errors.typeError("The fill character must be exactly one character long");
            fill = f.codePointAt(0);
        }
        int len = s.length();
        if (width <= len) return s;
        long marg = width - len;
        long left = switch (name) {
            case "center" -> marg / 2 + (marg & width & 1);
            case "ljust" -> 0;
            default -> marg;
        };
        long right = marg - left;
        checkLength(marg * Character.charCount(fill) + s.value().length());
        StringBuilder b = new StringBuilder();
        for (long i = 0; i < left; i++) b.appendCodePoint(fill);
        b.append(s.value());
        for (long i = 0; i < right; i++) b.appendCodePoint(fill);
        return PyStr.of(b.toString());
    }

    // ---- partition ----

    private static Object partition(String name, Object[] a, Kwargs kw, boolean right) {
        args(name, a, kw, 1, 1);
        PyStr s = self(a);
        if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr sepStr)) throw Errors.typeError("must be str, not " + typeName(a[1]));
        String sep = sepStr.value();
        if (sep.isEmpty()) throw Errors.valueError("empty separator");
        String v = s.value();
        int j = right ? v.lastIndexOf(sep) : v.indexOf(sep);
        if (j < 0) {
            return right ? PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, s) : PyTuple.of(s, PyStr.EMPTY, PyStr.EMPTY);
        }
        // the separator as given (a str subclass's instance too, as CPython)
        return PyTuple.of(PyStr.of(v.substring(0, j)), a[1], PyStr.of(v.substring(j + sep.length())));
    }

    // ---- expandtabs ----

    private static Object expandtabs(Object[] a, Kwargs kw) {
        PyStr s = self(a);
        Object[] p = bind("expandtabs", a, kw, "tabsize");
        long tab = p[0] == null ? 8 : sizeArg(p[0]);
        String v = s.value();
        if (v.indexOf('\t') < 0) return s;
        StringBuilder b = new StringBuilder();
        long col = 0;
        for (int i = 0; i < v.length(); ) {
            int c = v.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\t') {
                if (tab > 0) {
                    long incr = tab - (col % tab);
                    col += incr;
                    checkLength(b.length() + incr);
                    for (long k = 0; k < incr; k++) b.append(' ');
                }
            } else {
                col++;
                b.appendCodePoint(c);
                if (c == '\n' || c == '\r') col = 0;
            }
        }
        return PyStr.of(b.toString());
    }

    // ---- helpers for the interpreter ----

    /** {@code s * n}. */
    public static PyStr repeat(PyStr s, long n) {
        String v = s.value();
        if (n <= 0 || v.isEmpty()) return PyStr.EMPTY;
        if (n == 1) return s;
        if (n > Long.MAX_VALUE / v.length()) throw Errors.overflow("repeated string is too long");
        if (n > (Integer.MAX_VALUE - 16) / v.length()) throw Errors.of(Types.MEMORY_ERROR);
        return PyStr.of(v.repeat((int) n));
    }

    /** {@code needle in haystack}. */
    public static boolean contains(PyStr haystack, PyStr needle) {
        return haystack.value().contains(needle.value());
    }

    /** {@code s[start:stop:step]} for resolved bounds. */
    public static PyStr slice(PyStr s, PySlice.Bounds b) {
        int n = b.length();
        if (n <= 0) return PyStr.EMPTY;
        if (b.step() == 1) return s.substring(b.start(), b.start() + n);
        StringBuilder out = new StringBuilder(n);
        long i = b.start();
        for (int k = 0; k < n; k++, i += b.step()) out.appendCodePoint(s.codePointAt((int) i));
        return PyStr.of(out.toString());
    }

    /** {@code s[index]}. */
    public static Object getItem(PyStr s, long index) {
        int len = s.length();
        if (index < 0) index += len;
        if (index < 0 || index >= len) throw Errors.indexError("string index out of range");
        return PyStr.ofCodePoint(s.codePointAt((int) index));
    }
}

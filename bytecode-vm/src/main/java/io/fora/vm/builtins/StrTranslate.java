// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;

/** {@code str.maketrans} and {@code str.translate}, as CPython 3.11 defines them. */
final class StrTranslate {
    private StrTranslate() {}

    static void install(PyClass str) {
        str.define("maketrans", new PyDescriptors.StaticMethod(Builtins.fn("maketrans", (a, kw) -> maketrans(a))));
        str.define("translate", Builtins.fn("translate", (a, kw) -> {
            Builtins.methodArity("translate", a, 1, 1);
            return translate((PyStr) a[0], a[1]);
        }));
    }

    private static Object maketrans(Object[] a) {
        if (a.length < 1 || a.length > 3) throw Errors.typeError("maketrans expected at least 1 argument, got " + a.length);
        PyDict out = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (int i = 0; i < d.size(); i++) {
                Object k = d.keyAt(i);
                if (k instanceof PyStr s) {
                    if (s.length() != 1) throw Errors.valueError("string keys in translate table must be of length 1");
                    out.put((long) s.codePointAt(0), d.valueAt(i));
                } else if (Ints.isInt(k)) {
                    out.put(k, d.valueAt(i));
                } else {
                    throw Errors.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(a[0] instanceof PyStr x)) throw Errors.typeError("first maketrans argument must be a string if there is a second argument");
        if (!(a[1] instanceof PyStr y)) throw Errors.typeError("maketrans() argument 2 must be str, not " + Errors.argTypeName(a[1]));
        if (x.length() != y.length()) throw Errors.valueError("the first two maketrans arguments must have equal length");
        for (int i = 0; i < x.length(); i++) out.put((long) x.codePointAt(i), (long) y.codePointAt(i));
        if (a.length == 3) {
            if (!(a[2] instanceof PyStr z)) throw Errors.typeError("maketrans() argument 3 must be str, not " + Errors.argTypeName(a[2]));
            for (int i = 0; i < z.length(); i++) out.put((long) z.codePointAt(i), PyNone.NONE);
        }
        return out;
    }

    private static PyStr translate(PyStr s, Object table) {
        StringBuilder sb = new StringBuilder(s.value().length());
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            Object m;
            try {
                m = Ops.getItem(table, (long) cp);
            } catch (io.fora.vm.runtime.PyError e) {
                if (e.exception().cls().isSubclassOf(io.fora.vm.runtime.Types.LOOKUP_ERROR)) {
                    sb.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (m == PyNone.NONE) continue;
            m = io.fora.vm.runtime.PyInstance.valueOf(m);
            if (m instanceof PyStr r) sb.append(r.value());
            else if (Ints.isInt(m)) {
                long v = Ops.index(m);
                if (v < 0 || v > 0x10FFFF) throw Errors.valueError("character mapping must be in range(0x110000)");
                sb.appendCodePoint((int) v);
            } else {
                throw Errors.typeError("character mapping must return integer, None or str");
            }
        }
        return PyStr.of(sb.toString());
    }
}

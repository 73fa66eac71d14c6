// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;

/** What calling a builtin type does: {@code int("7")}, {@code list(g)}, {@code type(x)}. */
final class Constructors {
    private Constructors() {}

    /** {@code complex(real, imag)}: from a string, numbers, or objects with __complex__ / __float__ / __index__. */
    static io.fora.vm.runtime.PyComplex complexOf(Object real, Object imag) {
        if (real == null) real = 0L;
        if (real instanceof PyStr s) {
            if (imag != null) throw Errors.typeError("complex() can't take second arg if first is a string");
            return io.fora.vm.runtime.PyComplex.parse(s.value());
        }
        if (imag instanceof PyStr) throw Errors.typeError("complex() second arg can't be a string");
        io.fora.vm.runtime.PyComplex r = complexPart(real, "first argument must be a string or a number");
        if (imag == null) return r;
        io.fora.vm.runtime.PyComplex i = complexPart(imag, "second argument must be a number");
        // as CPython's complex_new: a part's imaginary half is added only when that part is complex,
        // so complex(0, -0.0) keeps its signed zero
        double re = r.real(), im = i.real();
        if (isComplex(imag)) re -= i.imag();
        if (isComplex(real)) im += r.imag();
        return new io.fora.vm.runtime.PyComplex(re, im);
    }

    private static boolean isComplex(Object v) {
        return v instanceof io.fora.vm.runtime.PyComplex
                || v instanceof io.fora.vm.runtime.PyInstance i && (i.base() instanceof io.fora.vm.runtime.PyComplex
                        || i.cls().lookup("__complex__") != null);
    }

    private static io.fora.vm.runtime.PyComplex complexPart(Object v, String what) {
        io.fora.vm.runtime.PyComplex c = io.fora.vm.runtime.PyComplex.of(v);
        if (c != null) return c;
        if (v instanceof io.fora.vm.runtime.PyInstance i) {
            Object r = Ops.callSpecial(i, "__complex__");
            if (r != null) {
                if (!(r instanceof io.fora.vm.runtime.PyComplex z)) throw Errors.typeError("__complex__ returned non-complex (type " + Ops.typeName(r) + ")");
                return z;
            }
            if (i.base() != null && io.fora.vm.runtime.PyComplex.of(i.base()) instanceof io.fora.vm.runtime.PyComplex b) return b;
            if (i.cls().lookup("__float__") != null || i.cls().lookup("__index__") != null) return new io.fora.vm.runtime.PyComplex(Ops.toDouble(i), 0.0);
        }
        throw Errors.typeError("complex() " + what + ", not '" + Ops.typeName(v) + "'");
    }

    static void install() {
        // types.GenericAlias(origin, args): what a class's __class_getitem__ returns (graphlib's, say)
        Types.GENERIC_ALIAS.withConstructor((c, a, kw) -> {
            Builtins.noKw("GenericAlias", kw);
            Builtins.arity("GenericAlias", a, 2, 2);
            if (!(a[0] instanceof io.fora.vm.runtime.PyClass origin)) {
                throw Errors.typeError("GenericAlias: the origin must be a class, not '" + Ops.typeName(a[0]) + "'");
            }
            return new io.fora.vm.runtime.PyGenericAlias(origin, a[1] instanceof PyTuple t ? t : PyTuple.of(a[1]));
        });
        Types.INT.withConstructor((c, a, kw) -> Builtins.intOf(a, kw));
        // types.MethodType(function, instance): the function bound to the instance, as CPython's
        Types.METHOD.withConstructor((c, a, kw) -> {
            if (!kw.isEmpty()) throw Errors.typeError("method() takes no keyword arguments");
            if (a.length != 2) throw Errors.typeError("method expected 2 arguments, got " + a.length);
            if (!Ops.isTrue(Ops.call(Builtins.builtins().get("callable"), a[0]))) throw Errors.typeError("first argument must be callable");
            if (a[1] == io.fora.vm.runtime.PyNone.NONE) throw Errors.typeError("instance must not be None");
            return new io.fora.vm.runtime.PyBoundMethod(a[1], a[0]);
        });
        // type(None)() is None, as in CPython
        Types.NONE_TYPE.withConstructor((c, a, kw) -> {
            if (a.length > 0 || !kw.isEmpty()) throw Errors.typeError("NoneType takes no arguments");
            return io.fora.vm.runtime.PyNone.NONE;
        });
        Types.FLOAT.withConstructor((c, a, kw) -> { Builtins.noKw("float", kw); return Builtins.floatOf(a); });
        Types.BOOL.withConstructor((c, a, kw) -> {
            Builtins.noKw("bool", kw);
            Builtins.arity("bool", a, 0, 1);
            return a.length == 1 && Ops.isTrue(a[0]);
        });
        Types.STR.withConstructor((c, args, kw) -> {
            Object[] a = kw.bind("str", args, "object", "encoding", "errors");
            if (a[1] != null || a[2] != null) {
                // str(b, encoding, errors) decodes a bytes-like object
                byte[] raw = io.fora.vm.runtime.BytesOps.bufferOrNull(a[0] == null ? PyStr.EMPTY : a[0]);
                if (raw == null) throw Errors.typeError("decoding to str: need a bytes-like object, " + Ops.typeName(a[0] == null ? PyStr.EMPTY : a[0]) + " found");
                return PyStr.of(io.fora.vm.runtime.Codecs.decode(raw, raw.length, io.fora.vm.runtime.BytesOps.text(a[1], "utf-8", "encoding"),
                        io.fora.vm.runtime.BytesOps.text(a[2], "strict", "errors")));
            }
            a = a[0] == null ? new Object[0] : new Object[] {a[0]};
            return a.length == 0 ? PyStr.EMPTY : Repr.strObject(a[0]);
        });
        Types.LIST.withConstructor((c, a, kw) -> {
            Builtins.noKw("list", kw);
            Builtins.arity("list", a, 0, 1);
            if (a.length == 0) return PyList.of();
            if (a[0] instanceof PyList l) return l.copy();
            PyList paged = io.fora.vm.interp.Reductions.pagedList(a[0]);
            if (paged != null) return paged;
            Object[] split = io.fora.vm.interp.Reductions.toArray(a[0]);
            return PyList.of(split != null ? split : Iterators.toArray(a[0]));
        });
        Types.TUPLE.withConstructor((c, a, kw) -> {
            Builtins.noKw("tuple", kw);
            Builtins.arity("tuple", a, 0, 1);
            if (a.length == 0) return PyTuple.EMPTY;
            if (a[0] instanceof PyTuple t) return t;
            Object[] split = io.fora.vm.interp.Reductions.toArray(a[0]);
            return PyTuple.of(split != null ? split : Iterators.toArray(a[0]));
        });
        Types.DICT.withConstructor((c, a, kw) -> Builtins.toDict(a, kw));
        Types.SET.withConstructor((c, a, kw) -> {
            Builtins.noKw("set", kw);
            Builtins.arity("set", a, 0, 1);
            return a.length == 0 ? new io.fora.vm.runtime.PySet(false) : Builtins.toSet(a[0], false);
        });
        Types.FROZENSET.withConstructor((c, a, kw) -> {
            Builtins.noKw("frozenset", kw);
            Builtins.arity("frozenset", a, 0, 1);
            if (a.length == 1 && a[0] instanceof io.fora.vm.runtime.PySet s && s.isFrozen()) return s;
            return a.length == 0 ? new io.fora.vm.runtime.PySet(true) : Builtins.toSet(a[0], true);
        });
        Types.RANGE.withConstructor((c, a, kw) -> {
            Builtins.noKw("range", kw);
            return Builtins.range(a);
        });
        Types.SLICE.withConstructor((c, a, kw) -> Builtins.sliceOf(a));
        Types.TYPE.withConstructor((c, a, kw) -> {
            if (a.length == 1) return Types.typeOf(a[0]);
            if (a.length != 3) throw Errors.typeError("type() takes 1 or 3 arguments");
            // type(name, bases, dict) builds a class as a class statement would
            if (!(a[0] instanceof PyStr name)) throw Errors.typeError("type.__new__() argument 1 must be str, not " + Errors.argTypeName(a[0]));
            if (!(a[1] instanceof PyTuple bases)) throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(a[1]));
            if (!(a[2] instanceof io.fora.vm.runtime.PyDict ns)) throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(a[2]));
            java.util.Map<String, Object> attrs = new java.util.LinkedHashMap<>();
            for (int i = 0; i < ns.size(); i++) {
                if (!(ns.keyAt(i) instanceof PyStr k)) throw Errors.typeError("type() keys must be strings");
                attrs.put(k.value(), ns.valueAt(i));
            }
            attrs.putIfAbsent("__module__", PyStr.of("__main__"));
            // as type_new: the bases' most derived metaclass makes the class when it is not type,
            // and keyword arguments go to __init_subclass__
            return io.fora.vm.runtime.Classes.make(name.value(), "__main__", bases.items(), attrs, null, kw);
        });
        Types.COMPLEX.withConstructor((c, args, kw) -> {
            Object[] a = kw.bind("complex", args, "real", "imag");
            return complexOf(a[0], a[1]);
        });
        Types.COMPLEX.define("conjugate", Builtins.fn("conjugate", (a, kw) -> {
            io.fora.vm.runtime.PyComplex z = (io.fora.vm.runtime.PyComplex) a[0];
            return new io.fora.vm.runtime.PyComplex(z.real(), -z.imag());
        }));
        Types.COMPLEX.define("__complex__", Builtins.fn("__complex__", (a, kw) -> a[0]));
        Types.COMPLEX.define("__getnewargs__", Builtins.fn("__getnewargs__", (a, kw) -> {
            io.fora.vm.runtime.PyComplex z = (io.fora.vm.runtime.PyComplex) a[0];
            return PyTuple.of(z.real(), z.imag());
        }));
        Types.OBJECT.withConstructor((c, a, kw) -> {
            if (a.length > 0) throw Errors.typeError("object() takes no arguments");
            return new io.fora.vm.runtime.PyInstance(Types.OBJECT);
        });
        Types.STATICMETHOD.withConstructor((c, a, kw) -> new PyDescriptors.StaticMethod(a[0]));
        Types.CLASSMETHOD.withConstructor((c, a, kw) -> new PyDescriptors.ClassMethod(a[0]));
        Types.PROPERTY.withConstructor((c, a, kw) -> new PyDescriptors.Property(propertyPart(a, kw, 0, "fget"),
                propertyPart(a, kw, 1, "fset"), propertyPart(a, kw, 2, "fdel"), propertyPart(a, kw, 3, "doc")));
        Types.PROPERTY.define("setter", Builtins.fn("setter", (a, kw) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(p.getter(), a[1], p.deleter(), p.doc());
        }));
        Types.PROPERTY.define("getter", Builtins.fn("getter", (a, kw) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(a[1], p.setter(), p.deleter(), p.doc());
        }));
        Types.PROPERTY.define("deleter", Builtins.fn("deleter", (a, kw) -> {
            PyDescriptors.Property p = (PyDescriptors.Property) a[0];
            return new PyDescriptors.Property(p.getter(), p.setter(), a[1], p.doc());
        }));
        Types.SUPER.withConstructor((c, a, kw) -> Builtins.superOf(a));
    }

    private static Object propertyPart(Object[] a, io.fora.vm.runtime.Kwargs kw, int i, String name) {
        Object v = a.length > i ? a[i] : kw.get(name);
        return v == io.fora.vm.runtime.PyNone.NONE ? null : v;
    }
}

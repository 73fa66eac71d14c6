// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Classes;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyException;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PySet;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;
import io.fora.vm.runtime.format.Numbers;
import java.math.BigInteger;

/**
 * Methods of list, tuple, dict, set, int, float, object and BaseException. Methods that would
 * mutate a value raise InvalidPyforaOperation with the pure way to write the same thing.
 */
final class TypeMethods {
    private TypeMethods() {}

    static void install() {
        objectMethods();
        subclassSupport();
        Types.TYPE.define("__new__", new io.fora.vm.runtime.PyDescriptors.StaticMethod(Builtins.fn("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyClass mcs) || !mcs.isSubclassOf(Types.TYPE)) {
                throw Errors.typeError("type.__new__(X): X is not a type object");
            }
            return Classes.typeNew(mcs, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        })));
        // type.__prepare__(name, bases, **kwds): a new empty namespace (what a metaclass's own __prepare__ builds on)
        Types.TYPE.define("__prepare__", new io.fora.vm.runtime.PyDescriptors.ClassMethod(Builtins.fn("__prepare__", (a, kw) -> {
            if (a.length != 3) throw Errors.typeError("__prepare__() takes exactly 2 positional arguments (" + (a.length - 1) + " given)");
            return new io.fora.vm.runtime.PyDict();
        })));
        Types.TYPE.define("__call__", Builtins.fn("__call__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyClass c)) throw Errors.typeError("descriptor '__call__' of 'type' object needs an argument");
            return Classes.construct(c, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        }));
        Types.TYPE.define("__init__", Builtins.fn("__init__", (a, kw) -> {
            if (a.length != 2 && a.length != 4) throw Errors.typeError("type.__init__() takes 1 or 3 arguments");
            return io.fora.vm.runtime.PyNone.NONE;
        }));
        // type.__setattr__(cls, name, value) / __delattr__: the default, past a metaclass's own (super().__setattr__ in it)
        Types.TYPE.define("__setattr__", Builtins.fn("__setattr__", (a, kw) -> {
            Builtins.methodArity("__setattr__", a, 2, 2);
            if (!(a[0] instanceof PyClass c)) throw Errors.typeError("descriptor '__setattr__' requires a 'type' object");
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            if (c.isBuiltin()) throw Errors.typeError("cannot set '" + n.value() + "' attribute of immutable type '" + c.name() + "'");
            c.setAttribute(n.value(), a[2]);
            return io.fora.vm.runtime.PyNone.NONE;
        }));
        Types.TYPE.define("__delattr__", Builtins.fn("__delattr__", (a, kw) -> {
            Builtins.methodArity("__delattr__", a, 1, 1);
            if (!(a[0] instanceof PyClass c)) throw Errors.typeError("descriptor '__delattr__' requires a 'type' object");
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            if (c.isBuiltin() || !c.dict().containsKey(n.value())) {
                throw Errors.attributeError("type object '" + c.name() + "' has no attribute '" + n.value() + "'");
            }
            c.setAttribute(n.value(), null);
            return io.fora.vm.runtime.PyNone.NONE;
        }));
        Types.TYPE.define("mro", Builtins.fn("mro", (a, kw) -> PyList.of((Object[]) ((PyClass) a[0]).mro().clone())));
        Types.TYPE.define("__subclasses__", Builtins.fn("__subclasses__", (a, kw) ->
                PyList.of(((PyClass) a[0]).subclasses().toArray())));
        Types.SLICE.define("indices", Builtins.fn("indices", (a, kw) -> {
            Builtins.methodArity("indices", a, 1, 1);
            long n = Ops.index(a[1]);
            if (n < 0) throw Errors.valueError("length should not be negative");
            io.fora.vm.runtime.PySlice.Bounds b = ((io.fora.vm.runtime.PySlice) a[0]).indices((int) Math.min(n, Integer.MAX_VALUE));
            return PyTuple.of((long) b.start(), (long) b.stop(), (long) b.step());
        }));
        sequenceMethods(Types.LIST, "list");
        sequenceMethods(Types.TUPLE, "tuple");
        Types.LIST.define("copy", Builtins.fn("copy", (a, kw) -> ((PyList) a[0]).copy()));
        dictMethods();
        setMethods(Types.SET, false);
        setMethods(Types.FROZENSET, true);
        MutatingMethods.install();
        numberMethods();
        exceptionMethods();
        // the mutable containers are unhashable: their __hash__ is None, as CPython's (hash() says so itself)
        for (io.fora.vm.runtime.PyClass c : new io.fora.vm.runtime.PyClass[] {Types.LIST, Types.DICT, Types.SET, Types.BYTEARRAY}) {
            c.define("__hash__", PyNone.NONE);
        }
        Types.RANGE.define("index", Builtins.fn("index", (a, kw) -> {
            if (Ints.isInt(a[1]) && !(a[1] instanceof io.fora.vm.runtime.PyInstance)) {
                if (Ops.contains(a[0], a[1])) {
                    java.math.BigInteger[] b = io.fora.vm.runtime.PyBigRange.bounds(a[0]);
                    return Ints.norm(Ints.big(a[1]).subtract(b[0]).divide(b[2]));
                }
                throw Errors.valueError(Repr.repr(a[1]) + " is not in range");
            }
            // anything else (1.0, an object whose __eq__ matches) is looked for by equality, as CPython's
            io.fora.vm.runtime.PyIter it = Ops.iter(a[0]);
            long i = 0;
            for (Object v = it.next(); v != null; v = it.next(), i++) {
                if (v == a[1] || io.fora.vm.runtime.Compare.test(io.fora.vm.runtime.Compare.EQ, v, a[1])) return i;
            }
            throw Errors.valueError("sequence.index(x): x not in sequence");
        }));
        Types.RANGE.define("count", Builtins.fn("count", (a, kw) -> Ops.contains(a[0], a[1]) ? 1L : 0L));
        // pickle and copy make a range or a slice again from its bounds, as CPython's __reduce__ says
        PyBuiltin rangeReduce = Builtins.fn("__reduce__", (a, kw) -> {
            Object r = a[0];
            Object[] bounds = r instanceof io.fora.vm.runtime.PyRange x ? new Object[] {x.start(), x.stop(), x.step()}
                    : r instanceof io.fora.vm.runtime.PyBigRange b ? new Object[] {io.fora.vm.runtime.Ints.norm(b.start()),
                            io.fora.vm.runtime.Ints.norm(b.stop()), io.fora.vm.runtime.Ints.norm(b.step())} : null;
            if (bounds == null) throw Errors.typeError("descriptor '__reduce__' requires a 'range' object");
            return PyTuple.of(Types.RANGE, PyTuple.of(bounds));
        });
        Types.RANGE.define("__reduce__", rangeReduce);
        Types.RANGE.define("__reduce_ex__", Builtins.fn("__reduce_ex__", (a, kw) -> rangeReduce.call(new Object[] {a[0]}, kw)));
        PyBuiltin sliceReduce = Builtins.fn("__reduce__", (a, kw) -> {
            io.fora.vm.runtime.PySlice sl = (io.fora.vm.runtime.PySlice) a[0];
            return PyTuple.of(Types.SLICE, PyTuple.of(sl.start(), sl.stop(), sl.step()));
        });
        Types.SLICE.define("__reduce__", sliceReduce);
        Types.SLICE.define("__reduce_ex__", Builtins.fn("__reduce_ex__", (a, kw) -> sliceReduce.call(new Object[] {a[0]}, kw)));
    }

    /** The builtin types whose instances only their own {@code __new__} makes (CPython's tp_new other than object's). */
    private static final java.util.Set<PyClass> OWN_NEW = java.util.Set.of(Types.TUPLE, Types.INT, Types.FLOAT, Types.STR, Types.FROZENSET, Types.BOOL);

    /**
     * The class {@code type.__new__(cls, ...)} makes an instance of, checked as CPython's
     * tp_new_wrapper checks it: a type, a subtype of {@code type}, and not one whose instances
     * another builtin {@code __new__} must make ({@code object.__new__(int)}, {@code int.__new__(bool)}).
     * list, dict and set share object's {@code __new__} here, so those stay allowed.
     */
    private static PyClass newSubtype(PyClass type, Object[] a) {
        String name = type.name();
        if (a.length == 0) throw Errors.typeError(name + ".__new__(): not enough arguments");
        if (!(a[0] instanceof PyClass c)) throw Errors.typeError(name + ".__new__(X): X is not a type object (" + Ops.typeName(a[0]) + ")");
        if (!c.isSubclassOf(type)) throw Errors.typeError(name + ".__new__(" + c.name() + "): " + c.name() + " is not a subtype of " + name);
        PyClass layout = c.builtinBase();
        if (layout != null && layout != type && OWN_NEW.contains(layout)) {
            // the class whose __new__ must make it: itself, unless it defines __new__ in Python
            PyClass staticBase = c.isBuiltin() || !c.dict().containsKey("__new__") ? c : layout;
            throw Errors.typeError(name + ".__new__(" + c.name() + ") is not safe, use " + staticBase.name() + ".__new__()");
        }
        return c;
    }

    /**
     * {@code __new__} of the immutable builtin types and {@code __init__} of the mutable ones, so
     * that subclasses can call {@code super().__new__(cls, ...)} and {@code super().__init__(...)}.
     */
    private static void subclassSupport() {
        Types.OBJECT.define("__new__", Builtins.fn("__new__", (a, kw) -> {
            PyClass c = newSubtype(Types.OBJECT, a);
            if (c.isException()) return io.fora.vm.runtime.Errors.newException(c, java.util.Arrays.copyOfRange(a, 1, a.length));
            if (c.abstractInstances()) throw c.cannotInstantiate();
            io.fora.vm.runtime.PyInstance made = new io.fora.vm.runtime.PyInstance(c);
            // list.__new__(cls) and friends: an empty value of the builtin layout, filled by __init__
            PyClass layout = c.builtinBase();
            if (layout == Types.LIST) made.setBase(PyList.empty());
            else if (layout == Types.DICT) made.setBase(new io.fora.vm.runtime.PyDict());
            else if (layout == Types.SET) made.setBase(new io.fora.vm.runtime.PySet(false));
            return made;
        }));
        for (PyClass layout : new PyClass[] {Types.TUPLE, Types.INT, Types.FLOAT, Types.STR, Types.FROZENSET}) {
            layout.define("__new__", Builtins.fn("__new__", (a, kw) -> {
                PyClass c = newSubtype(layout, a);
                Object[] rest = java.util.Arrays.copyOfRange(a, 1, a.length);
                if (c == layout) return layout.constructor().construct(layout, rest, kw);
                return io.fora.vm.runtime.Classes.newWithBase(c, layout, rest, kw);
            }));
        }
        // bool.__new__(bool, x): bool's own (int's would answer x itself)
        Types.BOOL.define("__new__", Builtins.fn("__new__", (a, kw) -> {
            newSubtype(Types.BOOL, a);
            return Types.BOOL.constructor().construct(Types.BOOL, java.util.Arrays.copyOfRange(a, 1, a.length), kw);
        }));
        for (PyClass layout : new PyClass[] {Types.LIST, Types.DICT, Types.SET}) {
            layout.define("__init__", Builtins.fn("__init__", (a, kw) -> {
                if (a.length > 0 && a[0] instanceof io.fora.vm.runtime.PyInstance i) {
                    i.setBase(layout.constructor().construct(layout, java.util.Arrays.copyOfRange(a, 1, a.length), kw));
                }
                return PyNone.NONE;
            }));
        }
    }

    private static void objectMethods() {
        PyClass o = Types.OBJECT;
        // object.__setattr__(self, name, value) and __delattr__: the default behaviour, callable by name
        o.define("__setattr__", Builtins.fn("__setattr__", (a, kw) -> {
            Builtins.methodArity("__setattr__", a, 2, 2);
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            if (a[0] instanceof io.fora.vm.runtime.PyInstance i) io.fora.vm.runtime.Mutations.setAttrDirect(i, n.value(), a[2]);
            else io.fora.vm.runtime.Mutations.setAttr(a[0], n.value(), a[2]);
            return io.fora.vm.runtime.PyNone.NONE;
        }));
        o.define("__getattribute__", Builtins.fn("__getattribute__", (a, kw) -> {
            Builtins.methodArity("__getattribute__", a, 1, 1);
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            return Ops.genericGetAttr(a[0], n.value());
        }));
        o.define("__delattr__", Builtins.fn("__delattr__", (a, kw) -> {
            Builtins.methodArity("__delattr__", a, 1, 1);
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr n)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            if (a[0] instanceof io.fora.vm.runtime.PyInstance i) io.fora.vm.runtime.Mutations.delAttrDirect(i, n.value());
            else io.fora.vm.runtime.Mutations.delAttr(a[0], n.value());
            return io.fora.vm.runtime.PyNone.NONE;
        }));
        o.define("__init__", Builtins.fn("__init__", (a, kw) -> {
            if (a.length > 1 || !kw.isEmpty()) {
                PyClass c = Types.typeOf(a[0]);
                // as CPython: extra arguments are fine when the class overrides __new__
                // (object_init: a class with its own __init__ is named "object", one without by its name)
                if (c.lookup("__init__") != Types.OBJECT.dict().get("__init__")) {
                    throw Errors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
                }
                if (c.lookup("__new__") != Types.OBJECT.dict().get("__new__")) return PyNone.NONE;
                throw Errors.typeError(c.name() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
            return PyNone.NONE;
        }));
        o.define("__init_subclass__", new io.fora.vm.runtime.PyDescriptors.ClassMethod(Builtins.fn("__init_subclass__", (a, kw) -> {
            if (!kw.isEmpty() || a.length > 1) throw Errors.typeError(((PyClass) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
            return PyNone.NONE;
        })));
        o.define("__eq__", Builtins.fn("__eq__", (a, kw) -> a[0] == a[1] ? Boolean.TRUE : PyNone.NOT_IMPLEMENTED));
        o.define("__ne__", Builtins.fn("__ne__", (a, kw) -> {
            PyClass cls = Types.typeOf(a[0]);
            // the inverse of the class's own __eq__ (one dataclasses made in Java too), else of identity
            Object r = !cls.overrides("__eq__") ? (a[0] == a[1] ? Boolean.TRUE : PyNone.NOT_IMPLEMENTED)
                    : Ops.call(cls.lookup("__eq__"), a[0], a[1]);
            return r == PyNone.NOT_IMPLEMENTED ? r : !Ops.isTrue(r);
        }));
        o.define("__hash__", Builtins.fn("__hash__", (a, kw) -> (long) System.identityHashCode(a[0])));
        o.define("__dir__", Builtins.fn("__dir__", (a, kw) -> {
            Builtins.arity("__dir__", a, 1, 1);
            java.util.Set<String> names = new java.util.TreeSet<>();
            BuiltinFunctions.ownDir(a[0], names);
            Object[] out = new Object[names.size()];
            int n = 0;
            for (String s : names) out[n++] = PyStr.of(s);
            return io.fora.vm.runtime.PyList.of(out);
        }));
        o.define("__sizeof__", Builtins.fn("__sizeof__", (a, kw) -> {
            Builtins.arity("__sizeof__", a, 1, 1);
            return WorldBuiltins.ownSize(a[0]);
        }));
        // object.__getstate__ (3.11): the instance's __dict__ when it has entries, else None
        o.define("__getstate__", Builtins.fn("__getstate__", (a, kw) -> {
            Builtins.arity("__getstate__", a, 1, 1);
            Object d = a[0] instanceof io.fora.vm.runtime.PyInstance ? Ops.getAttrOrNull(a[0], "__dict__") : null;
            return d instanceof io.fora.vm.runtime.PyDict pd && pd.size() > 0 ? d : PyNone.NONE;
        }));
        o.define("__subclasshook__", new io.fora.vm.runtime.PyDescriptors.ClassMethod(Builtins.fn("__subclasshook__",
                (a, kw) -> PyNone.NOT_IMPLEMENTED)));
        // object's orderings: NotImplemented, so that the other operand (or the TypeError) decides
        for (String cmp : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            o.define(cmp, Builtins.fn(cmp, (a, kw) -> {
                Builtins.arity(cmp, a, 2, 2);
                return PyNone.NOT_IMPLEMENTED;
            }));
        }
        // object.__reduce_ex__ and __reduce__: the reduction pickle and copy make of any object
        // (pickle's own, written in Python); a class's own __reduce__ answers for __reduce_ex__
        o.define("__reduce_ex__", Builtins.fn("__reduce_ex__", (a, kw) -> {
            Builtins.arity("__reduce_ex__", a, 2, 2);
            Object own = Types.typeOf(a[0]).lookup("__reduce__");
            if (own != null && !(own instanceof PyBuiltin)) return Ops.call(own, a[0]);
            return Ops.call(Ops.getAttr(io.fora.vm.interp.Interpreter.current().importByName("pickle"), "_default_reduce"), a[0], a[1]);
        }));
        o.define("__reduce__", Builtins.fn("__reduce__", (a, kw) -> {
            Builtins.arity("__reduce__", a, 1, 1);
            return Ops.call(Ops.getAttr(io.fora.vm.interp.Interpreter.current().importByName("pickle"), "_default_reduce"), a[0], 0L);
        }));
        o.define("__repr__", Builtins.fn("__repr__", (a, kw) -> {
            if (a[0] instanceof io.fora.vm.runtime.PyInstance i && i.base() != null) return PyStr.of(Repr.repr(i.base()));
            if (!(a[0] instanceof io.fora.vm.runtime.PyInstance)) return PyStr.of(Repr.repr(a[0])); // super() of a builtin subclass
            PyClass c = Types.typeOf(a[0]);
            return PyStr.of("<" + c.module() + "." + c.qualname() + " object at 0x" + Long.toHexString(0x7f0000000000L + System.identityHashCode(a[0]) * 16L) + ">");
        }));
        o.define("__str__", Builtins.fn("__str__", (a, kw) -> a[0] instanceof io.fora.vm.runtime.PyInstance i && i.base() != null
                ? PyStr.of(Repr.str(i.base()))
                : PyStr.of(Repr.repr(a[0]))));  // object.__str__ is type(x).__repr__(x): object.__str__('s') is "'s'"
        o.define("__format__", Builtins.fn("__format__", (a, kw) -> {
            if (a.length != 2) {
                throw Errors.typeError(Ops.typeName(a[0]) + ".__format__() takes exactly one argument (" + (a.length - 1) + " given)");
            }
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("__format__() argument must be str, not " + Errors.argTypeName(a[1]));
            // a builtin value formats as format() does ((12).__format__('b') is '1100'); object's own takes no spec
            if (!(a[0] instanceof io.fora.vm.runtime.PyInstance i) || i.base() != null) return PyStr.of(Ops.format(a[0], s.value()));
            if (!s.value().isEmpty()) throw Errors.typeError("unsupported format string passed to " + Ops.typeName(a[0]) + ".__format__");
            return PyStr.of(Repr.str(a[0]));
        }));
    }

    private static void sequenceMethods(PyClass cls, String type) {
        cls.define("index", Builtins.fn("index", (a, kw) -> {
            Builtins.methodArity("index", a, 1, 3);
            Object[] items = Iterators.toArray(a[0]);
            int n = items.length;
            long start = a.length > 2 ? clampIndex(Ops.sliceIndexArg(a[2]), n) : 0;
            long stop = a.length > 3 ? clampIndex(Ops.sliceIndexArg(a[3]), n) : n;
            for (long i = start; i < stop; i++) if (Ops.eq(items[(int) i], a[1])) return i;
            throw Errors.valueError(type.equals("list") ? Repr.repr(a[1]) + " is not in list" : "tuple.index(x): x not in tuple");
        }));
        cls.define("count", Builtins.fn("count", (a, kw) -> {
            Builtins.methodArity(type + ".count", a, 1, 1);
            long c = 0;
            for (Object x : Iterators.toArray(a[0])) if (Ops.eq(x, a[1])) c++;
            return c;
        }));
    }

    private static long clampIndex(long i, int n) {
        if (i < 0) i = Math.max(0, i + n);
        return Math.min(i, n);
    }

    private static void dictMethods() {
        PyClass d = Types.DICT;
        d.define("get", Builtins.fn("get", (a, kw) -> {
            Builtins.methodArity("get", a, 1, 2);
            Object v = ((PyDict) a[0]).get(a[1]);
            return v != null ? v : a.length > 2 ? a[2] : PyNone.NONE;
        }));
        d.define("keys", Builtins.fn("keys", (a, kw) -> new DictView((PyDict) a[0], DictView.KEYS)));
        d.define("values", Builtins.fn("values", (a, kw) -> new DictView((PyDict) a[0], DictView.VALUES)));
        d.define("items", Builtins.fn("items", (a, kw) -> new DictView((PyDict) a[0], DictView.ITEMS)));
        d.define("copy", Builtins.fn("copy", (a, kw) -> ((PyDict) a[0]).copy()));
        d.define("fromkeys", new io.fora.vm.runtime.PyDescriptors.ClassMethod(Builtins.fn("fromkeys", (a, kw) -> {
            Builtins.methodArity("fromkeys", a, 1, 2);
            Object value = a.length > 2 ? a[2] : PyNone.NONE;
            if (a[0] != Types.DICT) {
                // a subclass: cls() filled through its own __setitem__, as CPython's dict_fromkeys
                Object out = Ops.call(a[0]);
                for (Object k : Iterators.toArray(a[1])) io.fora.vm.runtime.Mutations.setItem(out, k, value);
                return out;
            }
            PyDict out = new PyDict();
            for (Object k : Iterators.toArray(a[1])) out.put(k, value);
            return out;
        })));
        DictView.install();
    }

    private static void setMethods(PyClass cls, boolean frozen) {
        // Each follows CPython 3.11's setobject.c, so results are laid out (and print) as CPython's.
        cls.define("union", Builtins.fn("union", (a, kw) -> {
            PySet r = ((PySet) a[0]).copyAs(frozen);
            for (int i = 1; i < a.length; i++) r.update(a[i]);
            return r;
        }));
        cls.define("intersection", Builtins.fn("intersection", (a, kw) -> {
            PySet r = (PySet) a[0];
            if (a.length == 1) return r.copyAs(frozen);
            for (int i = 1; i < a.length; i++) r = r.intersectionWith(a[i], frozen);
            return r;
        }));
        cls.define("difference", Builtins.fn("difference", (a, kw) -> {
            PySet so = (PySet) a[0];
            if (a.length == 1) return so.copyAs(frozen);
            PySet r = so.differenceWith(a[1], frozen);
            for (int i = 2; i < a.length; i++) r.discardAll(a[i]);
            return r;
        }));
        cls.define("symmetric_difference", Builtins.fn("symmetric_difference", (a, kw) -> {
            Builtins.methodArity("symmetric_difference", a, 1, 1);
            return ((PySet) a[0]).symmetricDifferenceWith(a[1], frozen);
        }));
        cls.define("issubset", Builtins.fn("issubset", (a, kw) -> ((PySet) a[0]).isSubsetOf(Builtins.toSet(a[1], true))));
        cls.define("issuperset", Builtins.fn("issuperset", (a, kw) -> Builtins.toSet(a[1], true).isSubsetOf((PySet) a[0])));
        cls.define("isdisjoint", Builtins.fn("isdisjoint", (a, kw) ->
                ((PySet) a[0]).intersectionWith(a[1], true).size() == 0));
        // set.copy() builds a new table (a merge); frozenset.copy() is the frozenset itself
        cls.define("copy", Builtins.fn("copy", (a, kw) -> frozen ? a[0] : ((PySet) a[0]).copyAs(false)));
    }

    private static void numberMethods() {
        Types.INT.define("bit_length", Builtins.fn("bit_length", (a, kw) -> (long) Ints.big(a[0]).abs().bitLength()));
        Types.INT.define("bit_count", Builtins.fn("bit_count", (a, kw) -> (long) Ints.big(a[0]).abs().bitCount()));
        Types.INT.define("conjugate", Builtins.fn("conjugate", (a, kw) -> a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0]));
        Types.INT.define("__index__", Builtins.fn("__index__", (a, kw) -> a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0]));
        Types.INT.define("as_integer_ratio", Builtins.fn("as_integer_ratio", (a, kw) -> PyTuple.of(a[0] instanceof Boolean b ? (Object) (b ? 1L : 0L) : a[0], 1L)));
        Types.FLOAT.define("is_integer", Builtins.fn("is_integer", (a, kw) -> {
            double d = (Double) a[0];
            return !Double.isInfinite(d) && d == Math.rint(d);
        }));
        Types.FLOAT.define("as_integer_ratio", Builtins.fn("as_integer_ratio", (a, kw) -> Numbers.floatAsIntegerRatio((Double) a[0])));
        Types.FLOAT.define("conjugate", Builtins.fn("conjugate", (a, kw) -> a[0]));
        Types.FLOAT.define("hex", Builtins.fn("hex", (a, kw) -> PyStr.of(floatHex((Double) a[0]))));
        Types.FLOAT.define("fromhex", new io.fora.vm.runtime.PyDescriptors.ClassMethod(Builtins.fn("fromhex", (a, kw) -> {
            Builtins.methodArity("float.fromhex", a, 1, 1);
            if (!(a[1] instanceof PyStr s)) throw Errors.typeError("must be str, not " + Ops.typeName(a[1]));
            Object f = floatFromHex(s.value());
            return a[0] == Types.FLOAT ? f : Ops.call(a[0], f);
        })));
        Types.INT.define("__int__", Builtins.fn("__int__", (a, kw) -> a[0] instanceof BigInteger ? a[0] : (Object) Ints.small(a[0])));
    }

    /** CPython's float.hex: always 13 hex digits of mantissa and a signed exponent. */
    private static String floatHex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        String sign = (Double.doubleToRawLongBits(d) < 0) ? "-" : "";
        double a = Math.abs(d);
        if (a == 0) return sign + "0x0.0p+0";
        long bits = Double.doubleToRawLongBits(a);
        long mantissa = bits & 0xFFFFFFFFFFFFFL;
        int exp = (int) (bits >>> 52);
        String lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        return sign + "0x" + lead + "." + String.format("%013x", mantissa) + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** float.fromhex: Python's syntax is Java's, except that the exponent may be left out. */
    static double floatFromHex(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        double sign = s.startsWith("-") ? -1.0 : 1.0;
        if (body.equals("inf") || body.equals("infinity")) return sign * Double.POSITIVE_INFINITY;
        if (body.equals("nan")) return Double.NaN;
        if (!body.startsWith("0x")) body = "0x" + body;
        if (!body.contains("p")) body = body + "p0";
        if (body.matches("0x\\.?p.*") || !body.matches("0x[0-9a-f]*\\.?[0-9a-f]*p[+-]?[0-9]+")) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        double v = Double.parseDouble(body);
        if (Double.isInfinite(v)) throw Errors.overflow("hexadecimal value too large to represent as a float");
        return sign * v;
    }

    private static void exceptionMethods() {
        PyClass b = Types.BASE_EXCEPTION;
        b.define("__init__", Builtins.fn("__init__", Classes::baseExceptionInit));
        b.define("with_traceback", Builtins.fn("with_traceback", (a, kw) -> a[0]));
        b.define("__str__", Builtins.fn("__str__", (a, kw) -> PyStr.of(Errors.messageOf((PyException) a[0]))));
        b.define("__repr__", Builtins.fn("__repr__", (a, kw) -> PyStr.of(Repr.repr(a[0]))));
        b.define("add_note", Builtins.fn("add_note", (a, kw) -> {
            Builtins.methodArity("add_note", a, 1, 1);
            if (!(a[1] instanceof PyStr)) throw Errors.typeError("note must be a str, not '" + Ops.typeName(a[1]) + "'");
            PyException e = (PyException) a[0];
            Object notes = e.getAttr("__notes__");
            if (notes == null) e.setAttr("__notes__", notes = PyList.empty());
            if (!(notes instanceof PyList l)) throw Errors.typeError("Cannot add note: __notes__ is not a list");
            l.add(a[1]);
            return PyNone.NONE;
        }));
        PyClass g = Types.BASE_EXCEPTION_GROUP;
        g.define("__str__", Builtins.fn("__str__", (a, kw) -> PyStr.of(io.fora.vm.runtime.ExceptionGroups.str((PyException) a[0]))));
        g.define("split", Builtins.fn("split", (a, kw) -> {
            Builtins.methodArity("split", a, 1, 1);
            return io.fora.vm.runtime.ExceptionGroups.split((PyException) a[0], a[1]);
        }));
        g.define("subgroup", Builtins.fn("subgroup", (a, kw) -> {
            Builtins.methodArity("subgroup", a, 1, 1);
            return io.fora.vm.runtime.ExceptionGroups.split((PyException) a[0], a[1]).get(0);
        }));
        g.define("derive", Builtins.fn("derive", (a, kw) -> {
            Builtins.methodArity("derive", a, 1, 1);
            return io.fora.vm.runtime.ExceptionGroups.derive((PyException) a[0], a[1]);
        }));
    }

    static boolean isInstance(Object v, Object cls) {
        if (cls instanceof PyTuple t) {
            for (Object c : t.items()) if (isInstance(v, c)) return true;
            return false;
        }
        if (cls instanceof io.fora.vm.runtime.PyGenericAlias) throw Errors.typeError("isinstance() argument 2 cannot be a parameterized generic");
        if (cls instanceof io.fora.vm.runtime.PyUnionType u) return u.isInstance(v);
        // an object whose class has __instancecheck__ (a typing alias) decides, as in CPython
        if (cls instanceof io.fora.vm.runtime.PyInstance i && i.cls().lookup("__instancecheck__") != null) {
            return Ops.isTrue(Ops.callSpecial(i, "__instancecheck__", v));
        }
        if (!(cls instanceof PyClass c)) {
            throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        // a metaclass's __instancecheck__ decides (typing.Protocol's runtime checks)
        if (c.metaMethod("__instancecheck__") instanceof Object check) return Ops.isTrue(Ops.call(check, c, v));
        return Types.typeOf(v).isSubclassOf(c);
    }

    static boolean isSubclass(Object sub, Object cls) {
        // a tuple is gone through first: issubclass(5, ()) is False, as CPython's
        if (cls instanceof PyTuple t) {
            for (Object c : t.items()) if (isSubclass(sub, c)) return true;
            return false;
        }
        if (!(sub instanceof PyClass s)) throw Errors.typeError("issubclass() arg 1 must be a class");
        if (cls instanceof io.fora.vm.runtime.PyUnionType u) return u.isSubclass(s);
        if (cls instanceof io.fora.vm.runtime.PyInstance i && i.cls().lookup("__subclasscheck__") != null) {
            return Ops.isTrue(Ops.callSpecial(i, "__subclasscheck__", s));
        }
        if (!(cls instanceof PyClass c)) {
            throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        // a metaclass's __subclasscheck__ decides (abc.ABCMeta's registry and subclass hooks)
        if (c.metaMethod("__subclasscheck__") instanceof Object check) return Ops.isTrue(Ops.call(check, c, s));
        return s.isSubclassOf(c);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The special methods of builtin values read as attributes: {@code d.__getitem__},
 * {@code (5).__add__(3)}, {@code 'ab'.__len__()}. Operators do not go through these (they
 * dispatch on the values directly); they exist for code that passes them around, as in
 * {@code sorted(d, key=d.__getitem__)}. Each type has the ones CPython's type has.
 */
final class BuiltinDunders {
    private BuiltinDunders() {}

    private interface Body {
        Object apply(Object self, Object[] args);
    }

    private record Dunder(PyBuiltin fn, int arity) {}

    private static final Map<String, Dunder> ALL = new HashMap<>();

    private static final Set<String> NUMBER_ONLY = Set.of("__neg__", "__pos__", "__abs__", "__bool__", "__int__",
            "__float__", "__truediv__", "__rtruediv__", "__floordiv__", "__rfloordiv__", "__pow__", "__rpow__",
            "__divmod__", "__rdivmod__", "__sub__", "__rsub__", "__round__", "__trunc__", "__floor__", "__ceil__");
    private static final Set<String> INT_ONLY = Set.of("__invert__", "__index__", "__lshift__", "__rlshift__",
            "__rshift__", "__rrshift__", "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__");
    private static final Set<String> CONTAINER = Set.of("__len__", "__contains__", "__iter__");
    private static final Set<String> SEQUENCE = Set.of("__getitem__", "__add__", "__mul__", "__rmul__");
    private static final Set<String> SET_OPS = Set.of("__and__", "__rand__", "__or__", "__ror__", "__sub__",
            "__rsub__", "__xor__", "__rxor__");
    private static final Set<String> COMMON = Set.of("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__",
            "__repr__", "__str__");

    static {
        String[] names = {"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"};
        for (int op = 0; op < names.length; op++) {
            int o = op;
            // int's methods do not take floats (float's own reflected method does)
            define("__" + names[op] + "__", 1, (self, a) -> intWithFloat(self, a[0]) ? PyNone.NOT_IMPLEMENTED : binary(o, self, a[0], self));
            define("__r" + names[op] + "__", 1, (self, a) -> intWithFloat(self, a[0]) ? PyNone.NOT_IMPLEMENTED : binary(o, a[0], self, self));
        }
        String[] cmp = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
        for (int op = 0; op < cmp.length; op++) {
            int o = op;
            define(cmp[op], 1, (self, a) -> {
                // the builtin type's own comparison: other kinds of values are NotImplemented
                Object other = a[0] instanceof PyInstance i && i.base() != null ? i.base() : a[0];
                if (kind(self) != kind(other) || intWithFloat(self, other)) return PyNone.NOT_IMPLEMENTED;
                try {
                    return Compare.compare(o, self, other);
                } catch (PyError e) {
                    return PyNone.NOT_IMPLEMENTED;
                }
            });
        }
        define("__len__", 0, (self, a) -> Ops.len(self));
        define("__contains__", 1, (self, a) -> Ops.contains(self, a[0]));
        define("__iter__", 0, (self, a) -> self instanceof PyIter ? self : Ops.iter(self));
        define("__getitem__", 1, (self, a) -> Ops.getItem(self, a[0]));
        define("__hash__", 0, (self, a) -> Hashing.hash(self));
        define("__repr__", 0, (self, a) -> PyStr.of(Repr.repr(self)));
        define("__str__", 0, (self, a) -> PyStr.of(Repr.str(self)));
        define("__bool__", 0, (self, a) -> Ops.isTrue(self));
        define("__neg__", 0, (self, a) -> Arith.neg(self));
        define("__pos__", 0, (self, a) -> Arith.pos(self));
        define("__invert__", 0, (self, a) -> Arith.invert(self));
        define("__abs__", 0, (self, a) -> Arith.abs(self));
        define("__int__", 0, (self, a) -> Ops.call(Types.INT, self));
        define("__index__", 0, (self, a) -> self instanceof Boolean b ? (Object) (b ? 1L : 0L) : self);
        define("__float__", 0, (self, a) -> Ops.toDouble(self));
        define("__trunc__", 0, (self, a) -> Ops.call(Types.INT, self));
        // math.floor/ceil's own: an int (int() of the rounded float raises CPython's errors for nan and inf)
        define("__floor__", 0, (self, a) -> Ops.call(Types.INT, self instanceof Double d ? (Object) Math.floor(d) : self));
        define("__ceil__", 0, (self, a) -> Ops.call(Types.INT, self instanceof Double d ? (Object) Math.ceil(d) : self));
        define("__divmod__", 1, (self, a) -> Arith.divmod(self, a[0]));
        define("__next__", 0, (self, a) -> {
            Object v = Ops.next(self);
            if (v == null) throw Errors.stopIteration();
            return v;
        });
        define("__rdivmod__", 1, (self, a) -> Arith.divmod(a[0], self));
        // augmented assignment's methods: in place for lists, sets, dicts and bytearrays
        int[] inplaceOps = {Arith.ADD, Arith.MUL, Arith.OR, Arith.AND, Arith.SUB, Arith.XOR};
        String[] inplaceNames = {"__iadd__", "__imul__", "__ior__", "__iand__", "__isub__", "__ixor__"};
        for (int k = 0; k < inplaceOps.length; k++) {
            int op = inplaceOps[k];
            define(inplaceNames[k], 1, (self, a) -> Arith.inplace(op, self, a[0]));
        }
        define("__reversed__", 0, (self, a) -> Ops.call(Types.REVERSED, self));
        define("__getnewargs__", 0, (self, a) -> PyTuple.of(self));
        // [].__class_getitem__(int) is list[int]
        define("__class_getitem__", 1, (self, a) -> Ops.getItem(Types.typeOf(self), a[0]));
    }

    private static final Set<String> COMPLEX = Set.of("__abs__", "__add__", "__bool__", "__mul__", "__neg__", "__pos__",
            "__pow__", "__radd__", "__rmul__", "__rpow__", "__rsub__", "__rtruediv__", "__sub__", "__truediv__", "__getnewargs__");

    /** Values whose builtin comparisons know each other. */
    private static int kind(Object v) {
        return switch (v) {
            case Long l -> 1;
            case BigInteger b -> 1;
            case Boolean b -> 1;
            case Double d -> 1;
            case PyStr s -> 2;
            case PyList l -> 3;
            case PyTuple t -> 4;
            case PyDict d -> 5;
            case PySet s -> 6;
            case PyRange r -> 7;
            case PyBigRange r -> 7;
            default -> 100 + System.identityHashCode(v.getClass()) % 1000;
        };
    }

    /**
     * A number's special method applied to an operand it does not take answers NotImplemented,
     * as CPython's do ({@code (1).__radd__('b')}); the operator itself then raises. (A sequence's
     * own {@code __add__} raises, as in CPython.)
     */
    private static Object binary(int op, Object left, Object right, Object self) {
        boolean number = isNumber(self);
        // (3).__mul__('ab') is NotImplemented: repeating a sequence is the sequence's method
        if (number && !isNumber(self == left ? right : left)) return PyNone.NOT_IMPLEMENTED;
        try {
            return Arith.builtinBinary(op, left, right);
        } catch (PyError e) {
            if (number && e.exception().cls() == Types.TYPE_ERROR) return PyNone.NOT_IMPLEMENTED;
            throw e;
        }
    }

    private static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Boolean || v instanceof Double || v instanceof PyComplex;
    }

    private static boolean intWithFloat(Object self, Object other) {
        return (self instanceof Long || self instanceof BigInteger || self instanceof Boolean) && other instanceof Double;
    }

    private static void define(String name, int arity, Body body) {
        PyBuiltin fn = new PyBuiltin(name, (args, kw) -> {
            kw.allowOnly(name);
            // int.__pow__(exp, mod): three-argument pow
            if (args.length == 3 && name.equals("__pow__") && Ints.isInt(args[0])) {
                if (args[2] == PyNone.NONE) return body.apply(args[0], new Object[] {args[1]});
                Object e = PyInstance.valueOf(args[1]), m = PyInstance.valueOf(args[2]);
                if (!Ints.isInt(e) || !Ints.isInt(m)) return PyNone.NOT_IMPLEMENTED;
                return Ints.powMod(args[0], e, m);
            }
            if (args.length != arity + 1) {
                // CPython's message for the value's own type, else the plain form
                BuiltinSignatures.Signature sig = BuiltinSignatures.of(Ops.typeName(args[0]), name);
                if (sig != null) sig.check(args.length - 1);
                throw Errors.typeError("expected " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + (args.length - 1));
            }
            Object[] rest = new Object[arity];
            System.arraycopy(args, 1, rest, 0, arity);
            // a number's or a str's own method reads a subclass instance argument as its value
            // ((5).__add__(I(1)), 'x'.__add__(S('y'))); formatting calls the argument's own methods
            if (isNumber(args[0]) || (args[0] instanceof PyStr || args[0] instanceof PyBytes)
                    && !name.equals("__mod__") && !name.equals("__rmod__")) {
                rest = PyInstance.valuesOf(rest);
            }
            return body.apply(args[0], rest);
        });
        ALL.put(name, new Dunder(fn, arity));
    }

    /** A value of each builtin type, to ask {@link #has} what its type has (never changed). */
    private static final Map<PyClass, Object> SAMPLES = Map.ofEntries(Map.entry(Types.INT, 0L), Map.entry(Types.BOOL, Boolean.FALSE),
            Map.entry(Types.FLOAT, 0.0), Map.entry(Types.STR, PyStr.EMPTY), Map.entry(Types.LIST, PyList.empty()),
            Map.entry(Types.TUPLE, PyTuple.EMPTY), Map.entry(Types.DICT, new PyDict()), Map.entry(Types.RANGE, new PyRange(0, 0, 1)),
            Map.entry(Types.SET, new PySet(false)), Map.entry(Types.FROZENSET, new PySet(true)), Map.entry(Types.BYTES, PyBytes.of(new byte[0])));

    /**
     * {@code int.__add__}, {@code list.__getitem__}: a builtin type's special method read from the
     * type, unbound (called with the value first); null when the type has none of that name.
     */
    static Object unbound(PyClass c, String name) {
        Dunder d = ALL.get(name);
        if (d == null) return null;
        Object sample = SAMPLES.get(c);
        if (sample == null || !has(sample, name)) return null;
        return UNBOUND.computeIfAbsent(c.name() + "." + name, n -> new PyBuiltin(name, (args, kw) -> {
            // dict.__getitem__(d, k) of a dict subclass: dict's lookup, then the class's __missing__
            if (args.length == 2 && name.equals("__getitem__") && args[0] instanceof PyInstance di && di.base() instanceof PyDict dd) {
                return dictGetItem(di, dd, args[1]);
            }
            // list.__repr__(self) in a list subclass's own __repr__: the list part answers
            if (args.length > 0 && args[0] instanceof PyInstance i && i.base() != null) {
                args = args.clone();
                args[0] = i.base();
            }
            return d.fn().call(args, kw);
        }).ownedBy(c));
    }

    private static final Map<String, PyBuiltin> UNBOUND = new java.util.concurrent.ConcurrentHashMap<>();

    /** {@code obj.name} for a special method of a builtin value, bound to it; null when its type has none. */
    static Object get(Object obj, String name) {
        Dunder d = ALL.get(name);
        if (d == null || !has(obj, name)) return null;
        return new PyBoundMethod(obj, d.fn());
    }

    /**
     * dict's own {@code __getitem__} for an instance of a dict subclass, read past the subclass's
     * {@code __getitem__} (super().__getitem__(k), dict.__getitem__(d, k)): the value, else the
     * class's {@code __missing__}, else KeyError.
     */
    static Object dictGetItem(PyInstance i, PyDict d, Object key) {
        Object v = d.get(key);
        if (v != null) return v;
        Object missing = i.cls().lookup("__missing__");
        if (missing != null) return Ops.call(missing, i, key);
        throw Errors.keyError(key);
    }

    /** {@link #dictGetItem} bound to i: what super().__getitem__ answers in a dict subclass. */
    static Object dictGetItemOf(PyInstance i) {
        return new PyBoundMethod(i, DICT_GETITEM);
    }

    private static final PyBuiltin DICT_GETITEM = new PyBuiltin("__getitem__", (a, kw) -> {
        if (a.length != 2) throw Errors.typeError("dict.__getitem__() takes exactly one argument (" + (a.length - 1) + " given)");
        if (a[0] instanceof PyInstance i && i.base() instanceof PyDict d) return dictGetItem(i, d, a[1]);
        return Ops.getItem(a[0], a[1]);
    });

    /**
     * {@code d.__getitem__} on an instance of a subclass of a builtin type that no class of its
     * own defines: the builtin type's method. Bound to the value inside, but {@code __getitem__}
     * to the instance itself, so that a dict subclass's {@code __missing__} still answers
     * (Counter's {@code c.__getitem__('absent')} is 0). Null when the builtin type has none.
     */
    static Object ofSubclassInstance(PyInstance i, String name) {
        Dunder d = ALL.get(name);
        if (d == null || !has(i.base(), name)) return null;
        return new PyBoundMethod(name.equals("__getitem__") ? i : i.base(), d.fn());
    }

    private static boolean has(Object obj, String name) {
        if (obj instanceof PyIter && !(obj instanceof PyInstance)) {
            return name.equals("__next__") || name.equals("__iter__") || COMMON.contains(name) || name.equals("__hash__");
        }
        if (COMMON.contains(name)) return true;
        if (obj instanceof PyComplex) return COMPLEX.contains(name);
        boolean isInt = obj instanceof Long || obj instanceof BigInteger || obj instanceof Boolean;
        if (name.equals("__getnewargs__")) {
            return isInt || obj instanceof Double || obj instanceof PyStr || obj instanceof PyTuple || obj instanceof PyBytes b && !b.isMutable();
        }
        if (name.equals("__class_getitem__")) {
            return obj instanceof PyList || obj instanceof PyTuple || obj instanceof PyDict || obj instanceof PySet;
        }
        if (name.equals("__reversed__")) return obj instanceof PyList || obj instanceof PyDict || obj instanceof PyRange || obj instanceof PyBigRange;
        switch (name) {
            case "__iadd__", "__imul__" -> { return obj instanceof PyList || obj instanceof PyBytes b && b.isMutable(); }
            case "__ior__" -> { return obj instanceof PySet s && !s.isFrozen() || obj instanceof PyDict; }
            case "__iand__", "__isub__", "__ixor__" -> { return obj instanceof PySet s && !s.isFrozen(); }
            default -> { }
        }
        boolean number = isInt || obj instanceof Double;
        if (name.equals("__hash__")) return !(obj instanceof PyList || obj instanceof PyDict || obj instanceof PySet s && !s.isFrozen());
        if (number) {
            if (INT_ONLY.contains(name)) return isInt;
            return NUMBER_ONLY.contains(name) || name.equals("__add__") || name.equals("__radd__") || name.equals("__mul__")
                    || name.equals("__rmul__") || name.equals("__mod__") || name.equals("__rmod__");
        }
        boolean str = obj instanceof PyStr || obj instanceof PyBytes;
        if (str || obj instanceof PyList || obj instanceof PyTuple) {
            return CONTAINER.contains(name) || SEQUENCE.contains(name) || str && (name.equals("__mod__") || name.equals("__rmod__"));
        }
        if (obj instanceof PyRange || obj instanceof PyBigRange) return CONTAINER.contains(name) || name.equals("__getitem__") || name.equals("__bool__");
        if (obj instanceof PyDict) {
            return CONTAINER.contains(name) || name.equals("__getitem__") || name.equals("__or__") || name.equals("__ror__");
        }
        if (obj instanceof PySet) return CONTAINER.contains(name) || SET_OPS.contains(name);
        return false;
    }
}

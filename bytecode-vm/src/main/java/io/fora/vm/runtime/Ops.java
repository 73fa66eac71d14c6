// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import io.fora.vm.builtins.StrMethods;
import io.fora.vm.runtime.format.Formatter;
import io.fora.vm.runtime.format.PercentFormat;
import java.math.BigInteger;

/**
 * Python's object protocols for every runtime value: truth, calls, attributes, items, iteration,
 * hashing and equality. Arithmetic lives in {@link Arith} and ordering in {@link Compare}.
 */
public final class Ops {
    /** A generator's {@code gi_code} / {@code cr_code}: the facts of its code object that introspection reads. */
    public static Object codeObject(io.fora.vm.compile.CodeObject co) {
        return Attributes.codeObject(co, co.qualname == null ? co.name : co.qualname);
    }

    private Ops() {}

    public static String typeName(Object v) { return Types.typeOf(v).tpName(); }

    // ---- truth ----

    /**
     * {@code a is b}. Ints and floats are values here, as in PyPy: equal ones are the same object
     * (compiled code unboxes them, so identity could not survive it; CPython's own small-int cache
     * makes the same promise for -5..256).
     */
    public static boolean is(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x) return b instanceof Long y && x.longValue() == y.longValue();
        if (a instanceof Double x) return b instanceof Double y && Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        return a instanceof Boolean && a.equals(b);
    }

    public static boolean isTrue(Object v) {
        if (v instanceof Boolean b) return b;
        if (v instanceof PyInstance i && i.base() != null && PyInstance.unwrap(i, "__len__") != i) v = PyInstance.unwrap(i, "__bool__");
        if (v instanceof Long l) return l != 0;
        if (v == PyNone.NONE) return false;
        return switch (v) {
            case Double d -> d != 0.0;
            case PyStr s -> !s.value().isEmpty();
            case PyBytes b -> b.size() != 0;
            case PyComplex c -> c.real() != 0.0 || c.imag() != 0.0;
            case PyMemoryView m -> m.count() != 0;
            case PyList l -> l.size() != 0;
            case PyTuple t -> t.size() != 0;
            case PyDict d -> d.size() != 0;
            case PySet s -> s.size() != 0;
            case BigInteger b -> b.signum() != 0;
            case PyRange r -> r.length() != 0;
            case PyBigRange r -> r.length().signum() != 0;
            case PyInstance i -> instanceTruth(i);
            case PyIterable it when it.length() >= 0 -> it.length() != 0; // dict views: empty is false
            default -> true;
        };
    }

    private static boolean instanceTruth(PyInstance i) {
        Object bool = i.cls().lookup("__bool__");
        if (bool != null) {
            Object r = call(bool, i);
            if (!(r instanceof Boolean b)) throw Errors.typeError("__bool__ should return bool, returned " + typeName(r));
            return b;
        }
        Object len = i.cls().lookup("__len__");
        if (len != null) return len(i) != 0;
        return true;
    }

    // ---- calls ----

    public static Object call(Object callable, Object... args) {
        return call(callable, args, Kwargs.NONE);
    }

    public static Object call(Object callable, Object[] args, Kwargs kw) {
        return switch (callable) {
            case PyFunction f -> Invoker.Holder.instance.callFunction(f, args, kw);
            case PyBuiltin b -> b.call(args, kw);
            case PyBoundMethod m -> call(m.function(), prepend(m.self(), args), kw);
            case PyClass c -> Classes.instantiate(c, args, kw);
            case PyInstance i -> {
                Object f = i.cls().callMethod();
                if (f == null) throw Errors.typeError("'" + i.cls().tpName() + "' object is not callable");
                yield call(f, prepend(i, args), kw);
            }
            case PyDescriptors.StaticMethod s -> call(s.function(), args, kw);
            case PyGenericAlias g -> Classes.instantiate(g.origin(), args, kw);
            case RefusedName r -> throw r.refusal();
            default -> throw Errors.typeError("'" + typeName(callable) + "' object is not callable");
        };
    }

    public static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** Calls a special method looked up on the value's class; null when the class lacks it. */
    public static Object callSpecial(Object self, String name, Object... args) {
        Object f = Types.typeOf(self).lookup(name);
        if (f == null || f == PyNone.NONE) return null;
        // a bound method the class holds (__next__ = iter(x).__next__) is called as it is, without the instance
        if (f instanceof PyBoundMethod) return call(f, args);
        if (f instanceof PyBuiltin && self instanceof PyInstance i && i.base() != null) self = i.base();
        return call(f, prepend(self, args));
    }

    // ---- attributes ----

    public static Object getAttr(Object obj, String name) {
        Object v = Attributes.get(obj, name);
        if (v == null) throw Attributes.missing(obj, name);
        return v;
    }

    /** For {@code obj.name(...)}: the class function to call with obj as self, or null. */
    public static Object method(Object obj, String name) { return Attributes.method(obj, name); }

    /**
     * CPython's merge of any mapping (PyDict_Merge's fallback): {@code m.keys()}, then
     * {@code m[k]} for each key. False when m has no {@code keys}.
     */
    public static boolean eachMappingItem(Object m, java.util.function.BiConsumer<Object, Object> each) {
        if (!(getAttrOrNull(m, "keys") instanceof Object keys)) return false;
        PyIter it = iter(call(keys));
        for (Object k = it.next(); k != null; k = it.next()) each.accept(k, getItem(m, k));
        return true;
    }

    /** {@code object.__getattribute__(obj, name)}: the default lookup, past any __getattribute__ of obj's class. */
    public static Object genericGetAttr(Object obj, String name) {
        Object v = Attributes.generic(obj, name);
        if (v == null) throw Attributes.missing(obj, name);
        return v;
    }

    /** getattr that answers null instead of raising AttributeError. */
    public static Object getAttrOrNull(Object obj, String name) { return Attributes.get(obj, name); }

    // ---- items ----

    public static long index(Object v) {
        v = PyInstance.unwrap(v, "__index__");
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof BigInteger b) {
            if (Ints.fitsLong(b)) return b.longValue();
            throw Errors.of(Types.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        if (v instanceof PyInstance i) {
            Object r = callSpecial(i, "__index__");
            if (r != null) {
                if (!Ints.isInt(r)) throw Errors.typeError("__index__ returned non-int (type " + typeName(r) + ")");
                return index(r);
            }
        }
        throw Errors.typeError("'" + typeName(v) + "' object cannot be interpreted as an integer");
    }

    /** A repetition count ({@code seq * n}): ints beyond 64 bits overflow, as in CPython. */
    public static long repeatCount(Object v) {
        v = PyInstance.unwrap(v, "__index__");
        if (v instanceof BigInteger b && !Ints.fitsLong(b)) throw Errors.overflow("cannot fit 'int' into an index-sized integer");
        return index(v);
    }

    /**
     * An int argument a builtin method takes as a C {@code Py_ssize_t} (list.insert's and pop's
     * index, to_bytes's length): beyond 64 bits, CPython's OverflowError.
     */
    public static long ssize(Object v) {
        Object u = PyInstance.unwrap(v, "__index__");
        if (u instanceof BigInteger b && !Ints.fitsLong(b)) throw Errors.of(Types.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        return index(v);
    }

    /** A start or stop argument (list.index's, str.find's): clamped beyond 64 bits, CPython's TypeError when no int. */
    public static long sliceIndexArg(Object v) {
        if (!hasIndex(v)) throw Errors.typeError("slice indices must be integers or have an __index__ method");
        return sliceIndex(v);
    }

    /** A slice bound: an index, with ints beyond 64 bits clamped as CPython clamps them to its size type. */
    public static long sliceIndex(Object v) {
        v = PyInstance.unwrap(v, "__index__");
        if (v instanceof BigInteger b && !Ints.fitsLong(b)) return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        return index(v);
    }

    /** CPython's range_hash: hash((len, start, step)), with None for what an empty or one-element range ignores. */
    private static long rangeHash(Object length, Object start, Object step) {
        boolean empty = length instanceof Long l && l == 0, one = length instanceof Long l && l == 1;
        return Hashing.hashTuple(PyTuple.of(length, empty ? PyNone.NONE : start, empty || one ? PyNone.NONE : step));
    }

    /** True for ints and objects with {@code __index__}: what may index a sequence. */
    public static boolean hasIndex(Object v) {
        v = PyInstance.unwrap(v, "__index__");
        return v instanceof Long || v instanceof Boolean || v instanceof BigInteger
                || (v instanceof PyInstance i && i.cls().lookup("__index__") != null);
    }

    public static int seqIndex(Object key, int size, String what) {
        if (!(key instanceof Long || key instanceof Boolean || key instanceof BigInteger
                || (key instanceof PyInstance i && i.cls().lookup("__index__") != null))) {
            if (what.equals("string")) throw Errors.typeError("string indices must be integers, not '" + typeName(key) + "'");
            throw Errors.typeError(what.replace(" assignment", "") + " indices must be integers or slices, not " + typeName(key));
        }
        long i = index(key);
        if (i < 0) i += size;
        if (i < 0 || i >= size) throw Errors.indexError((what.isEmpty() ? "" : what + " ") + "index out of range");
        return (int) i;
    }

    public static Object getItem(Object obj, Object key) {
        if (obj instanceof RefusedName r) throw r.refusal();
        if (obj instanceof PyInstance i && i.base() != null) {
            Object base = PyInstance.unwrap(i, "__getitem__");
            if (base != i) {
                if (base instanceof PyDict d && d.get(key) == null && i.cls().lookup("__missing__") != null) {
                    return callSpecial(i, "__missing__", key);
                }
                return getItem(base, key);
            }
        }
        switch (obj) {
            case PyList l -> {
                if (key instanceof Long k && k >= 0 && k < l.size()) return l.get((int) (long) k);
                if (key instanceof PySlice s) return Sequences.sliceList(l, s);
                return l.get(seqIndex(key, l.size(), "list"));
            }
            case PyTuple t -> {
                if (key instanceof PySlice s) return Sequences.sliceTuple(t, s);
                return t.get(seqIndex(key, t.size(), "tuple"));
            }
            case PyStr s -> {
                if (key instanceof PySlice sl) return StrMethods.slice(s, sl.indices(s.length()));
                return PyStr.ofCodePoint(s.codePointAt(seqIndex(key, s.length(), "string")));
            }
            case PyDict d -> {
                Object v = d.get(key);
                if (v == null) throw Errors.keyError(key);
                return v;
            }
            case PyBytes b -> { return BytesOps.getItem(b, key); }
            case PyMemoryView m -> { return m.getItem(key); }
            case PyBigRange r -> { return r.item(key); }
            case PyRange r -> {
                if (key instanceof PySlice s) return Sequences.sliceRange(r, s);
                long n = r.length();
                if (!hasIndex(key)) throw Errors.typeError("range indices must be integers or slices, not " + typeName(key));
                Object k = PyInstance.unwrap(key, "__index__");
                if (k instanceof BigInteger big && !Ints.fitsLong(big)) throw Errors.indexError("range object index out of range");
                long i = index(key);
                if (i < 0) i += n;
                if (i < 0 || i >= n) throw Errors.indexError("range object index out of range");
                return r.get(i);
            }
            case PyInstance i -> {
                Object r = callSpecial(i, "__getitem__", key);
                if (r == null) throw Errors.typeError("'" + i.cls().tpName() + "' object is not subscriptable");
                return r;
            }
            case PyClass c -> {
                if (c.metaMethod("__getitem__") instanceof Object f) return call(f, c, key);
                Object cgi = c.lookup("__class_getitem__");
                if (cgi instanceof PyDescriptors.ClassMethod m) return call(m.function(), c, key);
                if (cgi instanceof PyFunction f) return call(f, c, key); // implicitly a class method, as in CPython
                // list[int] in annotations: the builtin classes CPython makes generic (not int[0])
                java.util.List<String> names = c.isBuiltin() ? BuiltinDir.of(c) : null;
                if (c.isBuiltin() && (names == null || names.contains("__class_getitem__") || c == Types.TYPE)) { // type[int] too
                    return new PyGenericAlias(c, key instanceof PyTuple t ? t : PyTuple.of(key));
                }
                throw Errors.typeError("type '" + c.name() + "' is not subscriptable");
            }
            default -> throw Errors.typeError("'" + typeName(obj) + "' object is not subscriptable");
        }
    }

    public static long len(Object v) {
        if (v instanceof PyClass c && c.metaMethod("__len__") instanceof Object f) return index(call(f, c));
        v = PyInstance.unwrap(v, "__len__");
        return switch (v) {
            case PyList l -> l.size();
            case PyStr s -> s.length();
            case PyBytes b -> b.size();
            case PyMemoryView m -> m.count();
            case PyTuple t -> t.size();
            case PyDict d -> d.size();
            case PySet s -> s.size();
            case PyRange r -> r.length();
            case PyBigRange r -> r.len();
            case PyIterable it -> it.length();
            case PyInstance i -> {
                Object r = callSpecial(i, "__len__");
                if (r == null) throw Errors.typeError("object of type '" + i.cls().name() + "' has no len()");
                if (!Ints.isInt(r)) throw Errors.typeError("'" + typeName(r) + "' object cannot be interpreted as an integer");
                if (r instanceof BigInteger big && !Ints.fitsLong(big)) throw Errors.overflow("cannot fit 'int' into an index-sized integer");
                long n = index(r);
                if (n < 0) throw Errors.valueError("__len__() should return >= 0");
                yield n;
            }
            default -> throw Errors.typeError("object of type '" + typeName(v) + "' has no len()");
        };
    }

    public static boolean contains(Object container, Object item) {
        if (container instanceof PyClass c && c.metaMethod("__contains__") instanceof Object f) return isTrue(call(f, c, item));
        container = PyInstance.unwrap(container, "__contains__");
        switch (container) {
            case PyStr s -> {
                if (!(PyInstance.valueOf(item) instanceof PyStr n)) {
                    throw Errors.typeError("'in <string>' requires string as left operand, not " + typeName(item));
                }
                return s.value().contains(n.value());
            }
            case PyDict d -> { return d.containsKey(item); }
            case PySet s -> { return s.contains(item); }
            case PyBytes b -> { return BytesOps.contains(b, item); }
            case PyList l -> {
                Object[] items = l.items();
                for (int i = 0, n = l.size(); i < n; i++) if (items[i] == item || eq(items[i], item)) return true;
                return false;
            }
            case PyTuple t -> {
                for (Object x : t.items()) if (x == item || eq(x, item)) return true;
                return false;
            }
            case PyBigRange r -> {
                if (Ints.isInt(item)) return r.containsInt(Ints.big(item));
                PyIter it = r.iterator();
                for (Object x = it.next(); x != null; x = it.next()) if (eq(x, item)) return true;
                return false;
            }
            case PyRange r -> {
                if (item instanceof BigInteger) return false; // beyond every long bound
                if (!(item instanceof Long || item instanceof Boolean)) {
                    PyIter it = iter(r);
                    for (Object x = it.next(); x != null; x = it.next()) if (eq(x, item)) return true;
                    return false;
                }
                long v = Ints.small(item);
                if (r.step() > 0 ? (v < r.start() || v >= r.stop()) : (v > r.start() || v <= r.stop())) return false;
                return (v - r.start()) % r.step() == 0;
            }
            case PyInstance i -> {
                Object f = i.cls().lookup("__contains__");
                if (f == PyNone.NONE) throw Errors.typeError("'" + i.cls().tpName() + "' object is not a container"); // __contains__ = None
                if (f != null) return isTrue(call(f, i, item));
                if (i.cls().lookup("__iter__") == null && i.cls().lookup("__getitem__") == null) {
                    throw Errors.typeError("argument of type '" + i.cls().tpName() + "' is not iterable");
                }
                PyIter it = iter(i);
                for (Object x = it.next(); x != null; x = it.next()) if (x == item || eq(x, item)) return true;
                return false;
            }
            default -> {
                PyIter it = iterOrNull(container);
                if (it == null) throw Errors.typeError("argument of type '" + typeName(container) + "' is not iterable");
                for (Object x = it.next(); x != null; x = it.next()) if (x == item || eq(x, item)) return true;
                return false;
            }
        }
    }

    // ---- iteration ----

    public static PyIter iter(Object v) {
        if (v instanceof PyClass c && c.metaMethod("__iter__") instanceof Object f) return iter(call(f, c));
        PyIter it = iterOrNull(v);
        if (it == null) throw Errors.typeError("'" + typeName(v) + "' object is not iterable");
        return it;
    }

    /** An iterator over v, or null when v is not iterable at all. */
    public static PyIter iterOrNull(Object v) {
        v = PyInstance.unwrap(v, "__iter__");
        return switch (v) {
            case PyList l -> l.iterator(Types.LIST_ITERATOR);
            case PyRange r -> Iterators.ofRange(r);
            case PyBigRange r -> r.iterator();
            case PyTuple t -> Iterators.ofArray(t.items(), t.size(), Types.TUPLE_ITERATOR);
            case PyStr s -> Iterators.ofStr(s);
            case PyBytes b -> BytesOps.iterator(b);
            case PyMemoryView m -> m.format().equals("B") ? BytesOps.iterator(PyBytes.of(m.toArray()), Types.MEMORY_ITERATOR)
                    : Iterators.ofArray(m.items(), m.count(), Types.MEMORY_ITERATOR);
            case PyDict d -> Iterators.ofDictKeys(d);
            case PySet s -> Iterators.ofSet(s);
            // a coroutine is awaited and an async generator iterated by async for, not by for
            case PyIter it -> {
                if (it.pyClass() == Types.COROUTINE || it.pyClass() == Types.ASYNC_GENERATOR) yield null;
                // iterating an iterator advances it: a piece may do so only to one it made
                // (list(it), for x in it, zip(it, ...) of an iterator made before the split)
                if (it instanceof OwnedIter o) o.advancing();
                yield it;
            }
            case PyInstance i -> Iterators.ofInstance(i);
            case PyIterable it -> it.iterator();
            case RefusedName r -> throw r.refusal();
            default -> null;
        };
    }

    /** Next value of an iterator object as Python's next() sees it; null when exhausted. */
    public static Object next(Object iterator) {
        if (iterator instanceof OwnedIter o) o.advancing();
        if (iterator instanceof PyIter it) return it.next();
        if (iterator instanceof PyInstance i && i.cls().lookup("__next__") != null) {
            try {
                return callSpecial(i, "__next__");
            } catch (PyError e) {
                if (e.exception().cls().isSubclassOf(Types.STOP_ITERATION)) return null;
                throw e;
            }
        }
        throw Errors.typeError("'" + typeName(iterator) + "' object is not an iterator");
    }

    // ---- numbers as other code needs them ----

    public static double toDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof PyInstance pi && pi.base() instanceof Double d) return d; // a float subclass: its value (PyFloat_AsDouble)
        v = PyInstance.unwrap(v, "__float__");
        if (v instanceof Long || v instanceof Boolean || v instanceof BigInteger) return Ints.toDouble(v);
        if (v instanceof PyInstance i) {
            Object r = callSpecial(i, "__float__");
            if (r instanceof Double d) return d;
            if (r != null) throw Errors.typeError(i.cls().name() + ".__float__ returned non-float (type " + typeName(r) + ")");
            if (i.cls().lookup("__index__") != null) return Ints.toDouble(Ints.norm(java.math.BigInteger.valueOf(index(i))));
        }
        throw Errors.typeError("must be real number, not " + typeName(v));
    }

    // ---- hashing and equality ----

    /** Hash of values that are not plain data: user instances, functions, classes. */
    static long hashObject(Object v) {
        switch (v) {
            case PyList l -> throw Errors.typeError("unhashable type: 'list'");
            case PyDict d -> throw Errors.typeError("unhashable type: 'dict'");
            case PySet s -> throw Errors.typeError("unhashable type: 'set'");
            case PyBytes b -> throw Errors.typeError("unhashable type: 'bytearray'");
            case PyMemoryView m -> {
                if (!m.readonly()) throw Errors.valueError("cannot hash writable memoryview object");
                return Hashing.hash(PyBytes.of(m.toArray()));
            }
            case PyInstance i when i.base() != null && PyInstance.unwrap(i, "__hash__") != i -> {
                return Hashing.hash(i.base());
            }
            case PyInstance i -> {
                Object f = i.cls().lookup("__hash__");
                if (f == PyNone.NONE) throw Errors.typeError("unhashable type: '" + i.cls().tpName() + "'");
                if (f != null) {
                    Object r = call(f, i);
                    if (!Ints.isInt(r)) throw Errors.typeError("__hash__ method should return an integer");
                    // CPython keeps a result that fits a machine word as it is; only larger ints are hashed
                    if (r instanceof Long l) return l == -1 ? -2 : l;
                    return Hashing.hash(r);
                }
                return System.identityHashCode(v);
            }
            case PyRange r -> { return rangeHash(Ints.norm(BigInteger.valueOf(r.length())), r.start(), r.step()); }
            case PyBigRange r -> { return rangeHash(Ints.norm(r.length()), Ints.norm(r.start()), Ints.norm(r.step())); }
            case PySlice s -> throw Errors.typeError("unhashable type: 'slice'");
            case PyBoundMethod m -> { return m.hashCode(); }
            default -> { return System.identityHashCode(v); }
        }
    }

    /** Equality as containers use it (CPython's PyObject_RichCompareBool): identical means equal, even nan. */
    public static boolean eq(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof PyStr x && b instanceof PyStr y) return x.value().equals(y.value());
        return isTrue(Compare.eq(a, b));
    }

    static boolean sequenceEquals(Object[] a, int na, Object[] b, int nb) {
        if (na != nb) return false;
        for (int i = 0; i < na; i++) {
            if (a[i] != b[i] && !Compare.elementsEqual(a[i], b[i])) return false;
        }
        return true;
    }

    // ---- formatting hooks ----

    public static String format(Object value, String spec) {
        // int.__format__, float.__format__ and object.__format__ with an empty spec are str(self):
        // a subclass's own __str__ shows in f"{x}"
        if (spec.isEmpty() && value instanceof PyInstance i && !definesOwn(i.cls(), "__format__")) return Repr.str(value);
        value = PyInstance.unwrap(value, "__format__");
        if (value instanceof PyInstance i) {
            Object f = i.cls().lookup("__format__");
            if (f != null) {
                Object r = call(f, i, PyStr.of(spec));
                if (!(r instanceof PyStr s)) throw Errors.typeError("__format__ must return a str, not " + typeName(r));
                return s.value();
            }
        }
        return Formatter.format(value, spec);
    }

    /** True when a class not built in defines name first along cls's MRO. */
    private static boolean definesOwn(PyClass cls, String name) {
        for (PyClass k : cls.mro()) if (k.dict().containsKey(name)) return !k.isBuiltin();
        return false;
    }

    public static PyStr percent(PyStr fmt, Object args) { return PercentFormat.format(fmt, args); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.interp.Reductions;
import io.fora.vm.runtime.Arith;
import io.fora.vm.runtime.Compare;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyRange;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;
import io.fora.vm.runtime.format.Numbers;
import java.math.BigInteger;
import java.util.Map;

/** The builtin functions, one small body each, with CPython's argument rules and messages. */
final class BuiltinFunctions {
    private BuiltinFunctions() {}

    static void install(Map<String, Object> b) {
        def(b, "abs", (a, kw) -> { Builtins.arity("abs", a, 1, 1); return Arith.abs(a[0]); });
        def(b, "all", (a, kw) -> {
            Builtins.arity("all", a, 1, 1);
            Boolean split = Reductions.anyAll(a[0], false);
            if (split != null) return split;
            PyIter it = Ops.iter(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) if (!Ops.isTrue(x)) return false;
            return true;
        });
        def(b, "any", (a, kw) -> {
            Builtins.arity("any", a, 1, 1);
            Boolean split = Reductions.anyAll(a[0], true);
            if (split != null) return split;
            PyIter it = Ops.iter(a[0]);
            for (Object x = it.next(); x != null; x = it.next()) if (Ops.isTrue(x)) return true;
            return false;
        });
        def(b, "callable", (a, kw) -> isCallable(a[0]));
        def(b, "chr", (a, kw) -> {
            Builtins.arity("chr", a, 1, 1);
            Object n = io.fora.vm.runtime.PyInstance.unwrap(a[0], "__index__");
            if (n instanceof BigInteger big && (big.bitLength() > 31)) throw Errors.overflow("Python int too large to convert to C int");
            long cp = Ops.index(a[0]);
            if (cp < 0 || cp > 0x10FFFF) throw Errors.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) cp);
        });
        def(b, "ord", (a, kw) -> {
            Builtins.arity("ord", a, 1, 1);
            byte[] raw = io.fora.vm.runtime.BytesOps.bufferOrNull(a[0]);
            if (raw != null) {
                if (raw.length != 1) throw Errors.typeError("ord() expected a character, but string of length " + raw.length + " found");
                return (long) (raw[0] & 0xff);
            }
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[0]) instanceof PyStr s)) throw Errors.typeError("ord() expected string of length 1, but " + Ops.typeName(a[0]) + " found");
            if (s.length() != 1) throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
            return (long) s.codePointAt(0);
        });
        def(b, "divmod", (a, kw) -> {
            Builtins.arity("divmod", a, 2, 2);
            return Arith.divmod(a[0], a[1]);
        });
        def(b, "hash", (a, kw) -> { Builtins.arity("hash", a, 1, 1); return Builtins.hashOf(a[0]); });
        def(b, "isinstance", (a, kw) -> { Builtins.arity("isinstance", a, 2, 2); return TypeMethods.isInstance(a[0], a[1]); });
        def(b, "issubclass", (a, kw) -> { Builtins.arity("issubclass", a, 2, 2); return TypeMethods.isSubclass(a[0], a[1]); });
        def(b, "iter", (a, kw) -> {
            Builtins.arity("iter", a, 1, 2);
            if (a.length == 2) { // iter(callable, sentinel): calls until the sentinel comes back
                if (!isCallable(a[0])) throw Errors.typeError("iter(v, w): v must be callable");
                Object fn = a[0], sentinel = a[1];
                return new io.fora.vm.runtime.OwnedIter() {
                    boolean done;

                    @Override public io.fora.vm.runtime.PyClass pyClass() { return CALLABLE_ITERATOR; }

                    @Override public Object next() {
                        if (done) return null;
                        Object v = Ops.call(fn);
                        if (Ops.eq(v, sentinel)) {
                            done = true;
                            return null;
                        }
                        return v;
                    }
                };
            }
            // the iterator __iter__ returned, itself: iter(it) is it for an iterator written in Python
            return a[0] instanceof PyIter p ? p : io.fora.vm.runtime.Iterators.driven(Ops.iter(a[0]));
        });
        def(b, "aiter", (a, kw) -> {
            Builtins.arity("aiter", a, 1, 1);
            return io.fora.vm.interp.AsyncGenerators.aiter(a[0], false);
        });
        def(b, "anext", (a, kw) -> {
            Builtins.arity("anext", a, 1, 2);
            return io.fora.vm.interp.AsyncGenerators.anext(a[0], a.length > 1 ? a[1] : null, false);
        });
        def(b, "next", (a, kw) -> {
            Builtins.arity("next", a, 1, 2);
            if (!(a[0] instanceof PyIter) && !(a[0] instanceof PyInstance)) {
                throw Errors.typeError("'" + Ops.typeName(a[0]) + "' object is not an iterator");
            }
            boolean wasFinished = a[0] instanceof io.fora.vm.interp.PyGeneratorAccess g && g.isFinished();
            Object v = Ops.next(a[0]);
            if (v != null) return v;
            if (a.length > 1) return a[1];
            throw a[0] instanceof io.fora.vm.interp.PyGeneratorAccess g ? g.stopIteration(wasFinished) : Errors.stopIteration();
        });
        def(b, "len", (a, kw) -> { Builtins.arity("len", a, 1, 1); return Ops.len(a[0]); });
        def(b, "repr", (a, kw) -> { Builtins.arity("repr", a, 1, 1); return Repr.reprObject(a[0]); });
        def(b, "ascii", (a, kw) -> { Builtins.arity("ascii", a, 1, 1); return PyStr.of(Builtins.ascii(Repr.repr(a[0]))); });
        def(b, "format", (a, kw) -> {
            Builtins.arity("format", a, 1, 2);
            if (a.length > 1 && !(a[1] instanceof PyStr)) throw Errors.typeError("format() argument 2 must be str, not " + Errors.argTypeName(a[1]));
            String spec = a.length > 1 ? ((PyStr) a[1]).value() : "";
            return PyStr.of(Ops.format(a[0], spec));
        });
        def(b, "bin", (a, kw) -> PyStr.of(Numbers.intToString(indexValue(a[0]), 2)));
        def(b, "oct", (a, kw) -> PyStr.of(Numbers.intToString(indexValue(a[0]), 8)));
        def(b, "hex", (a, kw) -> PyStr.of(Numbers.intToString(indexValue(a[0]), 16)));
        def(b, "getattr", (a, kw) -> {
            Builtins.arity("getattr", a, 2, 3);
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr name)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            if (a.length == 2) return Ops.getAttr(a[0], name.value());
            try {
                Object v = Ops.getAttrOrNull(a[0], name.value());
                return v == null ? a[2] : v;
            } catch (io.fora.vm.runtime.PyError e) {
                if (e.exception().cls().isSubclassOf(Types.ATTRIBUTE_ERROR)) return a[2];
                throw e;
            }
        });
        def(b, "vars", (a, kw) -> {
            Builtins.arity("vars", a, 0, 1);
            if (a.length == 0) return io.fora.vm.interp.Interpreter.current().localsSnapshot();
            Object d = Ops.getAttrOrNull(a[0], "__dict__");
            if (d == null) throw Errors.typeError("vars() argument must have __dict__ attribute");
            return d;
        });
        def(b, "locals", (a, kw) -> {
            Builtins.noKw("locals", kw);
            Builtins.arity("locals", a, 0, 0);
            return io.fora.vm.interp.Interpreter.current().localsSnapshot();
        });
        def(b, "dir", (a, kw) -> {
            Builtins.noKw("dir", kw);
            Builtins.arity("dir", a, 0, 1);
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            if (a.length == 0) {
                io.fora.vm.runtime.PyDict scope = io.fora.vm.interp.Interpreter.current().localsSnapshot();
                for (int i = 0; i < scope.size(); i++) names.add(Repr.str(scope.keyAt(i)));
            } else {
                Object o = a[0];
                if (o instanceof PyInstance i && i.cls().overrides("__dir__")) {
                    Object[] r = Iterators.toArray(Ops.call(i.cls().lookup("__dir__"), i));
                    Sorting.sort(r, r, false);
                    return PyList.of(r);
                }
                ownDir(o, names);
            }
            Object[] out = new Object[names.size()];
            int n = 0;
            for (String s : names) out[n++] = PyStr.of(s);
            return PyList.of(out);
        });
        def(b, "hasattr", (a, kw) -> {
            Builtins.arity("hasattr", a, 2, 2);
            if (!(io.fora.vm.runtime.PyInstance.valueOf(a[1]) instanceof PyStr name)) throw Errors.typeError("attribute name must be string, not '" + Ops.typeName(a[1]) + "'");
            try {
                return Ops.getAttrOrNull(a[0], name.value()) != null;
            } catch (io.fora.vm.runtime.PyError e) {
                if (e.exception().cls().isSubclassOf(Types.ATTRIBUTE_ERROR)) return false;
                throw e;
            }
        });
        def(b, "pow", (args, kw) -> {
            Object[] a = kw.bind("pow", args, "base", "exp", "mod");
            if (a[0] == null || a[1] == null) {
                throw Errors.typeError("pow() missing required argument '" + (a[0] == null ? "base" : "exp") + "' (pos " + (a[0] == null ? 1 : 2) + ")");
            }
            if (a[2] == null) a = new Object[] {a[0], a[1]};
            if (a.length == 3 && a[2] != PyNone.NONE) {
                if (a[0] instanceof PyInstance i && i.cls().lookup("__pow__") instanceof io.fora.vm.runtime.PyFunction) {
                    Object r = Ops.call(i.cls().lookup("__pow__"), i, a[1], a[2]);
                    if (r != PyNone.NOT_IMPLEMENTED) return r;
                }
                Object x = io.fora.vm.runtime.PyInstance.valueOf(a[0]), y = io.fora.vm.runtime.PyInstance.valueOf(a[1]);
                Object m = io.fora.vm.runtime.PyInstance.valueOf(a[2]);
                if (Ints.isInt(x) && Ints.isInt(y) && Ints.isInt(m)) return Ints.powMod(x, y, m);
                // CPython tries each operand's type: float's pow and complex's refuse a modulus,
                // int's answers NotImplemented to anything else
                if (x instanceof Double || y instanceof Double || m instanceof Double) {
                    throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                if (x instanceof io.fora.vm.runtime.PyComplex || y instanceof io.fora.vm.runtime.PyComplex
                        || m instanceof io.fora.vm.runtime.PyComplex) {
                    throw Errors.valueError("complex modulo");
                }
                throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Ops.typeName(a[0]) + "', '"
                        + Ops.typeName(a[1]) + "', '" + Ops.typeName(a[2]) + "'");
            }
            return Arith.binary(Arith.POW, a[0], a[1]);
        });
        def(b, "round", (args, kw) -> {
            Object[] a = kw.bind("round", args, "number", "ndigits");
            if (a[0] == null) throw Errors.typeError("round() missing required argument 'number' (pos 1)");
            Object nd = a[1];
            Object x = io.fora.vm.runtime.PyInstance.unwrap(a[0], "__round__");
            if (x instanceof Double d) return Numbers.round(d, nd == null ? PyNone.NONE : nd);
            if (Ints.isInt(x)) {
                if (nd == null || nd == PyNone.NONE) return x instanceof Boolean bo ? (Object) (bo ? 1L : 0L) : x;
                return Numbers.roundInt(x, Ops.index(nd));
            }
            Object r = x instanceof PyInstance ? (nd == null ? Ops.callSpecial(x, "__round__") : Ops.callSpecial(x, "__round__", nd)) : null;
            if (r == null) throw Errors.typeError("type " + Ops.typeName(x) + " doesn't define __round__ method");
            return r;
        });
        // float.__round__ and int.__round__ as methods (round() on a subclass, or called directly)
        for (io.fora.vm.runtime.PyClass c : new io.fora.vm.runtime.PyClass[] {io.fora.vm.runtime.Types.FLOAT, io.fora.vm.runtime.Types.INT}) {
            c.define("__round__", new PyBuiltin("__round__", (a, kw) -> {
                Builtins.methodArity("__round__", a, 0, 1);
                return ((PyBuiltin) b.get("round")).call(a, Kwargs.NONE);
            }));
        }
        def(b, "sum", (a, kw) -> {
            kw.allowOnly("sum", "start");
            Object start = a.length > 1 ? a[1] : kw.get("start");
            Builtins.arity("sum", a, 1, 2);
            return sum(a[0], start == null ? 0L : start);
        });
        def(b, "min", (a, kw) -> minMax("min", a, kw, Compare.LT));
        def(b, "max", (a, kw) -> minMax("max", a, kw, Compare.GT));
        def(b, "sorted", (a, kw) -> {
            if (a.length != 1) throw Errors.typeError("sorted expected 1 argument, got " + a.length);
            kw.allowOnly("sort", "key", "reverse");
            Object[] split = io.fora.vm.interp.Reductions.toArray(a[0]);
            boolean reverse = reverseFlag(kw.get("reverse"));
            return sorted(split != null ? split : Iterators.toArray(a[0]), kw.get("key"), reverse);
        });
        def(b, "reversed", (a, kw) -> {
            Builtins.arity("reversed", a, 1, 1);
            return reversed(a[0]);
        });
        def(b, "enumerate", (args, kw) -> {
            Object[] a = kw.bind("enumerate", args, "iterable", "start");
            if (a[0] == null) throw Errors.typeError("enumerate() missing required argument 'iterable'");
            Object start = a[1];
            if (start != null && !io.fora.vm.runtime.Ints.isInt(start)) {
                throw Errors.typeError("'" + Ops.typeName(start) + "' object cannot be interpreted as an integer");
            }
            return new LazyIterators.Enumerate(Ops.iter(a[0]), start == null ? 0L : start);
        });
        def(b, "zip", (a, kw) -> {
            kw.allowOnly("zip", "strict");
            PyIter[] its = new PyIter[a.length];
            for (int i = 0; i < a.length; i++) its[i] = Ops.iter(a[i]);
            Object strict = kw.get("strict");
            return new LazyIterators.Zip(its, strict != null && Ops.isTrue(strict));
        });
        def(b, "map", (a, kw) -> {
            if (a.length < 2) throw Errors.typeError("map() must have at least two arguments.");
            PyIter[] its = new PyIter[a.length - 1];
            for (int i = 1; i < a.length; i++) its[i - 1] = Ops.iter(a[i]);
            return new LazyIterators.Map(a[0], its);
        });
        def(b, "filter", (a, kw) -> {
            Builtins.arity("filter", a, 2, 2);
            return new LazyIterators.Filter(a[0], Ops.iter(a[1]));
        });
    }

    /**
     * The names dir() lists for a class and its instances: a builtin class's as CPython lists
     * them, and a class statement's own names with what CPython puts in every class's dict
     * ({@code __module__}, {@code __doc__}, and {@code __dict__}/{@code __weakref__} when its
     * instances have a dict).
     */
    private static void classNames(io.fora.vm.runtime.PyClass c, java.util.Set<String> names) {
        for (io.fora.vm.runtime.PyClass k : c.mro()) {
            java.util.List<String> builtin = io.fora.vm.runtime.BuiltinDir.of(k);
            if (builtin != null) {
                names.addAll(builtin);
                continue;
            }
            names.addAll(k.dict().keySet());
            if (!k.isBuiltin()) {
                names.add("__module__");
                names.add("__doc__");
                if (k.dict().get("__slots__") == null) {
                    names.add("__dict__");
                    names.add("__weakref__");
                }
            }
        }
    }

    /** {@code iter(callable, sentinel)}'s type: an iterator like the others, by CPython's name. */
    private static final io.fora.vm.runtime.PyClass CALLABLE_ITERATOR = io.fora.vm.runtime.PyClass.builtin("callable_iterator", Types.ITERATOR);

    /** Builtins that accept keyword arguments (each body checks which); all others take none. */
    private static final java.util.Set<String> TAKE_KEYWORDS = java.util.Set.of(
            "pow", "round", "sum", "min", "max", "sorted", "enumerate", "zip");

    private static void def(Map<String, Object> b, String name, PyBuiltin.Body body) {
        PyBuiltin.Body checked = TAKE_KEYWORDS.contains(name) ? body : (a, kw) -> {
            if (!kw.isEmpty()) throw Errors.typeError(name + "() takes no keyword arguments");
            return body.call(a, kw);
        };
        b.put(name, new PyBuiltin(name, checked));
    }

    private static Object indexValue(Object v) {
        if (v instanceof BigInteger) return v;
        return Ops.index(v);
    }

    /** CPython 3.11's sum: left to right, ints exact, floats added in order (no compensation). */
    static Object sum(Object iterable, Object start) {
        if (start instanceof PyStr) throw Errors.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        if (start instanceof io.fora.vm.runtime.PyBytes b) {
            throw Errors.typeError("sum() can't sum " + (b.isMutable() ? "bytearray" : "bytes") + " [use b''.join(seq) instead]");
        }
        if (iterable instanceof io.fora.vm.runtime.PyList l && l.pagedOrNull() != null) return l.pagedOrNull().sum(start);
        Object split = Reductions.sum(iterable, start);
        if (split != null) return split;
        PyIter it = Ops.iter(iterable);
        Object acc = start;
        for (Object x = it.next(); x != null; x = it.next()) {
            if (acc instanceof Long l && x instanceof Long y) {
                long s = l + y;
                acc = ((l ^ s) & (y ^ s)) < 0 ? Ints.add((long) l, (long) y) : (Object) s;
            } else if (acc instanceof Double d && x instanceof Double y) {
                acc = d + y;
            } else {
                acc = Arith.binary(Arith.ADD, acc, x);
            }
        }
        return acc;
    }

    private static Object minMax(String name, Object[] a, Kwargs kw, int op) {
        kw.allowOnly(name, "key", "default");
        Object key = kw.get("key");
        if (key == PyNone.NONE) key = null;
        Object dflt = kw.get("default");
        Object[] items;
        if (a.length == 1) {
            Object split = Reductions.best(a[0], key, op);
            if (split == Reductions.NO_VALUE) {
                if (dflt != null) return dflt;
                throw Errors.valueError(name + "() arg is an empty sequence");
            }
            if (split != null) return split;
            if (a[0] instanceof io.fora.vm.runtime.PyList l && l.pagedOrNull() != null) return bestOfPaged(name, l, key, dflt, op);
            items = Iterators.toArray(a[0]);
        } else if (a.length == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        } else {
            if (dflt != null) throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
            items = a;
        }
        if (items.length == 0) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        Object best = items[0];
        Object bestKey = key == null ? best : Ops.call(key, best);
        for (int i = 1; i < items.length; i++) {
            Object k = key == null ? items[i] : Ops.call(key, items[i]);
            if (Compare.test(op, k, bestKey)) {
                best = items[i];
                bestKey = k;
            }
        }
        return best;
    }

    /** min or max over a paged list, a page at a time (CPython's comparisons, in its order). */
    private static Object bestOfPaged(String name, io.fora.vm.runtime.PyList l, Object key, Object dflt, int op) {
        PyIter it = l.iterator(null);
        Object best = it.next();
        if (best == null) {
            if (dflt != null) return dflt;
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        Object bestKey = key == null ? best : Ops.call(key, best);
        for (Object x = it.next(); x != null; x = it.next()) {
            Object k = key == null ? x : Ops.call(key, x);
            if (Compare.test(op, k, bestKey)) {
                best = x;
                bestKey = k;
            }
        }
        return best;
    }

    /** sort's and sorted()'s {@code reverse}: an int as CPython's argument clinic takes it ({@code reverse='x'} is a TypeError). */
    static boolean reverseFlag(Object v) {
        return v != null && Ops.index(v) != 0;
    }

    static PyList sorted(Object[] items, Object key, boolean reverse) {
        if (key == PyNone.NONE) key = null;
        Object[] keys = items;
        if (key != null) {
            keys = io.fora.vm.interp.Reductions.mapArray(key, items);
            if (keys == null) {
                keys = new Object[items.length];
                for (int i = 0; i < items.length; i++) keys[i] = Ops.call(key, items[i]);
            }
        }
        Sorting.sort(keys, items, reverse);
        return PyList.of(items);
    }

    /** Python's callable(). */
    static boolean isCallable(Object v) {
        return v instanceof io.fora.vm.runtime.PyFunction || v instanceof PyBuiltin || v instanceof io.fora.vm.runtime.PyClass
                || v instanceof io.fora.vm.runtime.PyDescriptors.StaticMethod
                || v instanceof io.fora.vm.runtime.PyBoundMethod || (v instanceof PyInstance i && i.cls().lookup("__call__") != null);
    }

    private static Object reversed(Object v) {
        if (v instanceof io.fora.vm.runtime.PyClass c && c.metaMethod("__reversed__") instanceof Object f) return Ops.call(f, c);
        Object[] items;
        io.fora.vm.runtime.PyClass cls = Types.REVERSED;
        if (v instanceof io.fora.vm.runtime.PyBigRange r) return r.reversedIterator();
        if (v instanceof PyRange r) {
            long n = r.length();
            return Ops.iter(new PyRange(r.get(n - 1), r.start() - r.step(), -r.step()) );
        }
        if (v instanceof io.fora.vm.runtime.PyDict || (v instanceof DictView)) {
            items = Iterators.toArray(v);
            int kind = v instanceof DictView view ? view.kind() : DictView.KEYS;
            cls = kind == DictView.VALUES ? Types.DICT_REVERSEVALUEITERATOR
                    : kind == DictView.ITEMS ? Types.DICT_REVERSEITEMITERATOR : Types.DICT_REVERSEKEYITERATOR;
        } else if (v instanceof PyList l) {
            return listReversed(l);
        } else if (v instanceof PyTuple || v instanceof PyStr || v instanceof io.fora.vm.runtime.PyBytes) {
            items = Iterators.toArray(v);
        } else if (v instanceof PyInstance i) {
            Object rev = Ops.callSpecial(i, "__reversed__");
            if (rev != null) return rev;
            if (i.base() != null) {
                // a subclass of a builtin: list's and dict's own __reversed__ read the value; a tuple or
                // str subclass goes by the sequence protocol, through the class's own __len__/__getitem__ if any
                Object b = i.base();
                boolean own = i.cls().lookup("__len__") instanceof io.fora.vm.runtime.PyFunction
                        || i.cls().lookup("__getitem__") instanceof io.fora.vm.runtime.PyFunction;
                if (b instanceof PyList || b instanceof io.fora.vm.runtime.PyDict || !own) return reversed(b);
            }
            if (i.cls().lookup("__getitem__") == null) throw Errors.typeError("'" + i.cls().tpName() + "' object is not reversible");
            if (i.cls().lookup("__len__") == null && i.base() == null) throw Errors.typeError("object of type '" + i.cls().name() + "' has no len()");
            return sequenceReversed(i, Ops.len(i));
        } else {
            throw Errors.typeError("'" + Ops.typeName(v) + "' object is not reversible");
        }
        Object[] out = new Object[items.length];
        for (int k = 0; k < items.length; k++) out[k] = items[items.length - 1 - k];
        return Iterators.ofArray(out, out.length, cls);
    }

    /**
     * reversed() of an object with __len__ and __getitem__: reads seq[len - 1], seq[len - 2], ...
     * one at a time as it is iterated, as CPython's reversed does; an IndexError or StopIteration ends it.
     */
    private static io.fora.vm.runtime.PyIter sequenceReversed(PyInstance seq, long n) {
        abstract class SeqRev extends io.fora.vm.runtime.OwnedIter implements Iterators.Remaining {}
        return new SeqRev() {
            private long index = n - 1;

            @Override public Object next() {
                if (index >= 0) {
                    try {
                        Object v = Ops.getItem(seq, index);
                        index--;
                        return v;
                    } catch (io.fora.vm.runtime.PyError e) {
                        io.fora.vm.runtime.PyClass c = e.exception().cls();
                        if (!c.isSubclassOf(Types.INDEX_ERROR) && !c.isSubclassOf(Types.STOP_ITERATION)) throw e;
                    }
                }
                index = -1;
                return null;
            }

            @Override public long remaining() { return Math.max(0, index + 1); }

            @Override public io.fora.vm.runtime.PyClass pyClass() { return Types.REVERSED; }
        };
    }

    /**
     * reversed(list): reads the list as it is at each step, from the end, as CPython's does (a
     * list that shrank under it ends the iteration; one that grew is not read past where it began).
     */
    private static io.fora.vm.runtime.PyIter listReversed(PyList l) {
        abstract class ListRev extends io.fora.vm.runtime.OwnedIter implements Iterators.Remaining {}
        return new ListRev() {
            private int index = l.size() - 1;

            @Override public Object next() {
                if (index >= 0 && index < l.size()) return l.get(index--);
                index = -1;
                return null;
            }

            @Override public long remaining() { return index >= 0 && index < l.size() ? index + 1 : 0; }

            @Override public io.fora.vm.runtime.PyClass pyClass() { return Types.LIST_REVERSEITERATOR; }
        };
    }

    /** The names {@code object.__dir__} lists for o (dir() without a class's own {@code __dir__}). */
    static void ownDir(Object o, java.util.Set<String> names) {
        switch (o) {
            case io.fora.vm.runtime.PyModule m -> names.addAll(m.attrs().keySet());
            case io.fora.vm.runtime.PyClass c -> classNames(c, names);
            default -> {
                if (o instanceof PyInstance i) names.addAll(i.attrNames());
                if (o instanceof io.fora.vm.runtime.PyFunction f && f.attrs() != null) names.addAll(f.attrs().keySet());
                classNames(Types.typeOf(o), names);
                names.add("__class__");
            }
        }
    }
}

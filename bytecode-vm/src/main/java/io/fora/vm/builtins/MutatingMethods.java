// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Mutations;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PySet;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;

/**
 * The methods that change lists, dicts and sets in place, with CPython 3.11's arguments, errors
 * and results. Every change is checked by the object against its owning region (see
 * {@link io.fora.vm.runtime.Region}), so a parallel piece never changes what it did not make.
 */
final class MutatingMethods {
    private MutatingMethods() {}

    static void install() {
        listMethods();
        dictMethods();
        setMethods();
    }

    /** The value to change: self, or the builtin value a subclass's instance carries ({@code list.append(sub, x)}). */
    private static Object value(Object self) {
        return self instanceof io.fora.vm.runtime.PyInstance i && i.base() != null ? i.base() : self;
    }

    private static PyList list(Object self) { return (PyList) value(self); }

    private static void listMethods() {
        var l = Types.LIST;
        l.define("append", Builtins.fn("append", (a, kw) -> {
            Builtins.methodArity("append", a, 1, 1);
            list(a[0]).add(a[1]);
            return PyNone.NONE;
        }));
        l.define("extend", Builtins.fn("extend", (a, kw) -> {
            Builtins.methodArity("extend", a, 1, 1);
            PyList self = list(a[0]);
            Object[] items = a[1] == self ? self.toArray() : Iterators.toArray(a[1]);
            self.addAll(items, items.length);
            return PyNone.NONE;
        }));
        l.define("insert", Builtins.fn("insert", (a, kw) -> {
            if (a.length != 3) throw Errors.typeError("insert expected 2 arguments, got " + (a.length - 1));
            PyList self = list(a[0]);
            long i = Ops.ssize(a[1]);
            int n = self.size();
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            self.insert((int) i, a[2]);
            return PyNone.NONE;
        }));
        l.define("pop", Builtins.fn("pop", (a, kw) -> {
            Builtins.methodArity("pop", a, 0, 1);
            PyList self = list(a[0]);
            long i = a.length > 1 ? Ops.ssize(a[1]) : -1; // the argument is checked first, as CPython's
            if (self.size() == 0) throw Errors.indexError("pop from empty list");
            if (i < 0) i += self.size();
            if (i < 0 || i >= self.size()) throw Errors.indexError("pop index out of range");
            return self.removeAt((int) i);
        }));
        l.define("remove", Builtins.fn("remove", (a, kw) -> {
            Builtins.methodArity("remove", a, 1, 1);
            PyList self = list(a[0]);
            for (int i = 0; i < self.size(); i++) {
                Object x = self.get(i);
                if (x == a[1] || Ops.eq(x, a[1])) {
                    self.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw Errors.valueError("list.remove(x): x not in list");
        }));
        l.define("clear", Builtins.fn("clear", (a, kw) -> {
            Builtins.methodArity("clear", a, 0, 0);
            list(a[0]).clear();
            return PyNone.NONE;
        }));
        l.define("reverse", Builtins.fn("reverse", (a, kw) -> {
            Builtins.methodArity("reverse", a, 0, 0);
            PyList self = list(a[0]);
            Object[] items = self.toArray();
            for (int i = 0, j = items.length - 1; i < j; i++, j--) {
                Object t = items[i];
                items[i] = items[j];
                items[j] = t;
            }
            self.setAll(items, items.length);
            return PyNone.NONE;
        }));
        l.define("sort", Builtins.fn("sort", (a, kw) -> {
            if (a.length > 1) throw Errors.typeError("sort() takes no positional arguments");
            kw.allowOnly("sort", "key", "reverse");
            PyList self = list(a[0]);
            self.checkWritable();
            Object key = kw.get("key");
            boolean reverse = BuiltinFunctions.reverseFlag(kw.get("reverse"));
            // as CPython: the list is empty while it sorts (a key that looks at it sees []); one
            // changed meanwhile is an error, and the sorted items are what it holds after
            Object[] items = self.toArray();
            self.setAll(new Object[0], 0);
            PyList sorted;
            try {
                sorted = BuiltinFunctions.sorted(items, key == PyNone.NONE ? null : key, reverse);
            } catch (RuntimeException e) {
                self.setAll(items, items.length);
                throw e;
            }
            boolean modified = self.size() != 0;
            self.setAll(sorted.toArray(), sorted.size());
            if (modified) throw Errors.valueError("list modified during sort");
            return PyNone.NONE;
        }));
        l.define("__setitem__", Builtins.fn("__setitem__", (a, kw) -> {
            Builtins.methodArity("__setitem__", a, 2, 2);
            Mutations.setItem(a[0], a[1], a[2]);
            return PyNone.NONE;
        }));
        l.define("__delitem__", Builtins.fn("__delitem__", (a, kw) -> {
            Builtins.methodArity("__delitem__", a, 1, 1);
            Mutations.delItem(a[0], a[1]);
            return PyNone.NONE;
        }));
        l.define("__iadd__", Builtins.fn("__iadd__", (a, kw) -> {
            Builtins.methodArity("__iadd__", a, 1, 1);
            PyList self = list(a[0]);
            Object[] items = a[1] == self ? self.toArray() : Iterators.toArray(a[1]);
            self.addAll(items, items.length);
            return self;
        }));
    }

    private static PyDict dict(Object self) { return (PyDict) value(self); }

    private static void dictMethods() {
        var d = Types.DICT;
        d.define("__setitem__", Builtins.fn("__setitem__", (a, kw) -> {
            Builtins.methodArity("__setitem__", a, 2, 2);
            dict(a[0]).put(a[1], a[2]);
            return PyNone.NONE;
        }));
        d.define("__delitem__", Builtins.fn("__delitem__", (a, kw) -> {
            Builtins.methodArity("__delitem__", a, 1, 1);
            if (dict(a[0]).remove(a[1]) == null) throw Errors.keyError(a[1]);
            return PyNone.NONE;
        }));
        d.define("pop", Builtins.fn("pop", (a, kw) -> {
            if (a.length < 2) throw Errors.typeError("pop expected at least 1 argument, got 0");
            if (a.length > 3) throw Errors.typeError("pop expected at most 2 arguments, got " + (a.length - 1));
            PyDict self = dict(a[0]);
            // an empty dict answers without hashing the key, as CPython's (so {}.pop([], 0) is 0)
            Object v = self.size() == 0 ? null : self.remove(a[1]);
            if (v != null) return v;
            if (a.length > 2) return a[2];
            throw Errors.keyError(a[1]);
        }));
        d.define("popitem", Builtins.fn("popitem", (a, kw) -> {
            Builtins.methodArity("popitem", a, 0, 0);
            Object[] kv = dict(a[0]).removeLast();
            if (kv == null) throw Errors.keyError(io.fora.vm.runtime.PyStr.of("popitem(): dictionary is empty"));
            return PyTuple.of(kv);
        }));
        d.define("setdefault", Builtins.fn("setdefault", (a, kw) -> {
            Builtins.methodArity("setdefault", a, 1, 2);
            PyDict self = dict(a[0]);
            Object v = self.get(a[1]);
            if (v != null) return v;
            Object dflt = a.length > 2 ? a[2] : PyNone.NONE;
            self.put(a[1], dflt);
            return dflt;
        }));
        d.define("clear", Builtins.fn("clear", (a, kw) -> {
            Builtins.methodArity("clear", a, 0, 0);
            dict(a[0]).clear();
            return PyNone.NONE;
        }));
        d.define("update", Builtins.fn("update", (a, kw) -> {
            if (a.length > 2) throw Errors.typeError("update expected at most 1 argument, got " + (a.length - 1));
            PyDict self = dict(a[0]);
            if (a.length == 2 && a[1] instanceof PyDict other) {
                if (other != self) {
                    for (int i = 0; i < other.size(); i++) self.put(other.keyAt(i), other.valueAt(i));
                }
            } else if (a.length == 2) {
                PyDict other = Builtins.toDict(new Object[] {a[1]}, Kwargs.NONE);
                for (int i = 0; i < other.size(); i++) self.put(other.keyAt(i), other.valueAt(i));
            }
            for (int i = 0; i < kw.size(); i++) self.put(io.fora.vm.runtime.PyStr.of(kw.names()[i]), kw.values()[i]);
            return PyNone.NONE;
        }));
    }

    private static PySet set(Object self) { return (PySet) value(self); }

    private static void setMethods() {
        var s = Types.SET;
        s.define("add", Builtins.fn("add", (a, kw) -> {
            Builtins.methodArity("add", a, 1, 1);
            set(a[0]).add(a[1]);
            return PyNone.NONE;
        }));
        s.define("discard", Builtins.fn("discard", (a, kw) -> {
            Builtins.methodArity("discard", a, 1, 1);
            set(a[0]).discard(setKey(a[1]));
            return PyNone.NONE;
        }));
        s.define("remove", Builtins.fn("remove", (a, kw) -> {
            Builtins.methodArity("remove", a, 1, 1);
            if (!set(a[0]).discard(setKey(a[1]))) throw Errors.keyError(a[1]);
            return PyNone.NONE;
        }));
        s.define("pop", Builtins.fn("pop", (a, kw) -> {
            Builtins.methodArity("pop", a, 0, 0);
            Object k = set(a[0]).pop();
            if (k == null) throw Errors.keyError(io.fora.vm.runtime.PyStr.of("pop from an empty set"));
            return k;
        }));
        s.define("clear", Builtins.fn("clear", (a, kw) -> {
            Builtins.methodArity("clear", a, 0, 0);
            set(a[0]).clear();
            return PyNone.NONE;
        }));
        s.define("update", Builtins.fn("update", (a, kw) -> {
            for (int i = 1; i < a.length; i++) set(a[0]).update(a[i]);
            return PyNone.NONE;
        }));
        s.define("intersection_update", Builtins.fn("intersection_update", (a, kw) -> {
            PySet self = set(a[0]);
            PySet r = self;
            for (int i = 1; i < a.length; i++) r = r.intersectionWith(a[i], false);
            if (r != self) self.takeBody(r);
            return PyNone.NONE;
        }));
        s.define("difference_update", Builtins.fn("difference_update", (a, kw) -> {
            PySet self = set(a[0]);
            for (int i = 1; i < a.length; i++) {
                if (a[i] == self) self.clear();
                else self.discardAll(a[i]);
            }
            return PyNone.NONE;
        }));
        s.define("symmetric_difference_update", Builtins.fn("symmetric_difference_update", (a, kw) -> {
            Builtins.methodArity("symmetric_difference_update", a, 1, 1);
            PySet self = set(a[0]);
            if (a[1] == self) {
                self.clear();
                return PyNone.NONE;
            }
            PySet other = a[1] instanceof PySet o ? o : PySet.from(a[1], false);
            for (Object k : other.toArray()) {
                if (!self.discard(k)) self.add(k);
            }
            return PyNone.NONE;
        }));
    }

    /** A set used as a key is looked up as the frozenset with its elements, as CPython does. */
    private static Object setKey(Object k) {
        if (k instanceof PySet s && !s.isFrozen()) return s.copyAs(true);
        return k;
    }
}

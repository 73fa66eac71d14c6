// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * The statements that change an object in place: {@code obj[k] = v}, {@code del obj[k]},
 * {@code obj.a = v}, {@code del obj.a}, with CPython's dispatch to special methods and
 * descriptors. Each write is checked against the object's {@link Region} by the object itself.
 */
public final class Mutations {
    private Mutations() {}

    /** object's own __setattr__ and __delattr__ (the default behaviour), looked up once: they are compared at every store. */
    private static Object objectSetattr, objectDelattr;

    private static Object objectHook(String name) {
        if (name.equals("__setattr__")) {
            Object f = objectSetattr;
            return f != null ? f : (objectSetattr = Types.OBJECT.dict().get(name));
        }
        Object f = objectDelattr;
        return f != null ? f : (objectDelattr = Types.OBJECT.dict().get(name));
    }

    /** {@code obj[key] = value}. */
    public static void setItem(Object obj, Object key, Object value) {
        if (obj instanceof PyInstance i) {
            Object base = PyInstance.unwrap(i, "__setitem__");
            if (base == i) {
                if (Ops.callSpecial(i, "__setitem__", key, value) == null) {
                    throw Errors.typeError("'" + i.cls().tpName() + "' object does not support item assignment");
                }
                return;
            }
            obj = base;
        }
        switch (obj) {
            case PyList l -> {
                if (key instanceof Long k && k >= 0 && k < l.size()) {
                    l.set((int) (long) k, value);
                } else if (key instanceof PySlice s) {
                    setSlice(l, s, value);
                } else {
                    l.set(Ops.seqIndex(key, l.size(), "list assignment"), value);
                }
            }
            case PyDict d -> d.put(key, value);
            case PyMemoryView m -> m.setItem(key, value);
            case PyBytes b when b.isMutable() -> {
                if (key instanceof PySlice s) {
                    setSlice(b, s, value);
                } else {
                    int i = Ops.seqIndex(key, b.size(), "bytearray");
                    b.set(i, BytesOps.byteValue(value));
                }
            }
            default -> throw Errors.typeError("'" + Ops.typeName(obj) + "' object does not support item assignment");
        }
    }

    /** {@code del obj[key]}. */
    public static void delItem(Object obj, Object key) {
        if (obj instanceof PyInstance i) {
            Object base = PyInstance.unwrap(i, "__delitem__");
            if (base == i) {
                if (Ops.callSpecial(i, "__delitem__", key) == null) {
                    throw Errors.typeError("'" + i.cls().tpName() + "' object doesn't support item deletion");
                }
                return;
            }
            obj = base;
        }
        switch (obj) {
            case PyList l -> {
                if (key instanceof PySlice s) {
                    delSlice(l, s);
                } else {
                    l.removeAt(Ops.seqIndex(key, l.size(), "list assignment"));
                }
            }
            case PyDict d -> {
                if (d.remove(key) == null) throw Errors.keyError(key);
            }
            case PyBytes b when b.isMutable() -> {
                if (key instanceof PySlice s) {
                    PySlice.Bounds r = s.indices(b.size());
                    if (r.step() == 1) {
                        b.replace(r.start(), Math.max(r.start(), r.stop()), new byte[0]);
                    } else {
                        java.util.BitSet gone = new java.util.BitSet();
                        for (int k = 0, j = r.start(); k < r.length(); k++, j += r.step()) gone.set(j);
                        java.io.ByteArrayOutputStream keep = new java.io.ByteArrayOutputStream();
                        for (int j = 0; j < b.size(); j++) if (!gone.get(j)) keep.write(b.at(j));
                        b.setAll(keep.toByteArray());
                    }
                } else {
                    int i = Ops.seqIndex(key, b.size(), "bytearray");
                    b.replace(i, i + 1, new byte[0]);
                }
            }
            default -> throw Errors.typeError("'" + Ops.typeName(obj) + "' object doesn't support item deletion");
        }
    }

    /** {@code l[slice] = value}: any iterable for a simple slice; the same length for an extended one. */
    private static void setSlice(PyList l, PySlice s, Object value) {
        PySlice.Bounds b = s.indices(l.size());
        Object[] items;
        if (value == l) {
            items = l.toArray();
        } else {
            // a class iterates by its metaclass's __iter__ (Ops.iter), other values as they are
            PyIter it = value instanceof PyClass ? Ops.iter(value) : Ops.iterOrNull(value);
            if (it == null) throw Errors.typeError(b.step() == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            items = Iterators.toArray(it);
        }
        if (b.step() == 1) {
            int from = b.start(), to = Math.max(from, b.stop());
            l.replace(from, to, items, items.length);
            return;
        }
        if (items.length != b.length()) {
            throw Errors.valueError("attempt to assign sequence of size " + items.length + " to extended slice of size " + b.length());
        }
        for (int k = 0, j = b.start(); k < items.length; k++, j += b.step()) l.set(j, items[k]);
    }

    /** {@code ba[slice] = value}: bytes-like or an iterable of byte values. */
    private static void setSlice(PyBytes ba, PySlice s, Object value) {
        if (value instanceof PyStr || Ops.hasIndex(value) && !(value instanceof PyInstance i && i.base() != null)) {
            throw Errors.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        byte[] items = BytesOps.bytesOfIterable(value);
        PySlice.Bounds b = s.indices(ba.size());
        if (b.step() == 1) {
            ba.replace(b.start(), Math.max(b.start(), b.stop()), items);
            return;
        }
        if (items.length != b.length()) {
            throw Errors.valueError("attempt to assign bytes of size " + items.length + " to extended slice of size " + b.length());
        }
        for (int k = 0, j = b.start(); k < items.length; k++, j += b.step()) ba.set(j, items[k] & 0xff);
    }

    private static void delSlice(PyList l, PySlice s) {
        PySlice.Bounds b = s.indices(l.size());
        if (b.length() == 0) {
            l.checkWritable();
            return;
        }
        if (b.step() == 1) {
            l.replace(b.start(), b.start() + b.length(), new Object[0], 0);
            return;
        }
        boolean[] gone = new boolean[l.size()];
        for (int k = 0, j = b.start(); k < b.length(); k++, j += b.step()) gone[j] = true;
        Object[] kept = new Object[l.size() - b.length()];
        int n = 0;
        for (int i = 0; i < l.size(); i++) if (!gone[i]) kept[n++] = l.get(i);
        l.setAll(kept, n);
    }

    /** {@code obj.name = value}: data descriptors (properties) first, then {@code __setattr__}, then the instance. */
    public static void setAttr(Object obj, String name, Object value) {
        if (!(obj instanceof PyInstance i)) {
            if (obj instanceof PyClass c && !c.isBuiltin()) {
                // a metaclass's own __setattr__ decides (enum's refuses to rebind a member)
                if (c.metaMethod("__setattr__") instanceof Object hook) Ops.call(hook, c, PyStr.of(name), value);
                else c.setAttribute(name, value);
                return;
            }
            if (obj instanceof PyClass c) throw Errors.typeError("cannot set '" + name + "' attribute of immutable type '" + c.name() + "'");
            if (obj instanceof PyFunction f) {
                switch (name) {
                    case "__defaults__" -> f.setDefaults(value);
                    case "__kwdefaults__" -> f.setKwDefaults(value);
                    case "__name__", "__qualname__" -> {
                        if (!(value instanceof PyStr)) throw Errors.typeError(name + " must be set to a string object");
                        f.setAttr(name, value);
                    }
                    case "__annotations__" -> {
                        if (value != PyNone.NONE && !(value instanceof PyDict)) throw Errors.typeError("__annotations__ must be set to a dict object");
                        f.setAttr(name, value);
                    }
                    default -> f.setAttr(name, value);
                }
                return;
            }
            // the program's own module (sys.modules['__main__']): its globals (a library module is shared, not settable)
            if (obj instanceof PyModule m && m.attrs() instanceof Globals.ModuleView view) {
                view.put(name, value);
                return;
            }
            // a library module written in Python is the computation's own instance (re-made for
            // each computation): it may be changed (module.f = wrapper), as in CPython; a module
            // written in Java is shared by every computation and its attributes are fixed
            if (obj instanceof PyModule m && m.attrs() instanceof PyModule.OwnAttrs own) {
                Region.checkWrite(null);
                own.put(name, value);
                return;
            }
            if (obj instanceof PyModule m && m.attrs() instanceof PyModule.Settable settable && settable.set(name, value)) return;
            // a module written in Java is shared by every computation: the computation's own value is kept aside
            if (obj instanceof PyModule m) {
                ModulePatches.set(m, name, value);
                return;
            }
            throw cannotSet(obj, name);
        }
        PyClass cls = i.cls();
        Object setattr = cls.lookup("__setattr__");
        if (setattr != null && setattr != objectHook("__setattr__")) {
            Ops.call(setattr, i, PyStr.of(name), value);
            return;
        }
        setAttrDirect(i, name, value);
    }

    /** Assigning an attribute of a builtin value, as CPython words each refusal. */
    private static PyError cannotSet(Object obj, String name) {
        boolean number = Ints.isInt(obj) || obj instanceof Double;
        if (number && (name.equals("real") || name.equals("imag")) || Ints.isInt(obj) && (name.equals("numerator") || name.equals("denominator"))) {
            return Errors.attributeError("attribute '" + name + "' of '" + (obj instanceof Boolean ? "int" : Ops.typeName(obj)) + "' objects is not writable");
        }
        if (obj instanceof PyComplex && (name.equals("real") || name.equals("imag"))
                || obj instanceof PySlice && (name.equals("start") || name.equals("stop") || name.equals("step"))
                || (obj instanceof PyRange || obj instanceof PyBigRange) && (name.equals("start") || name.equals("stop") || name.equals("step"))) {
            return Errors.attributeError("readonly attribute");
        }
        if (Types.typeOf(obj).lookup(name) != null) {
            return Errors.attributeError("'" + Ops.typeName(obj) + "' object attribute '" + name + "' is read-only");
        }
        return Errors.attributeError("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    /** {@code object.__setattr__(i, name, value)}: descriptors, then the instance's own attributes. */
    public static void setAttrDirect(PyInstance i, String name, Object value) {
        if (i instanceof PyException e && exceptionField(e, name, value)) return;
        if (name.equals("__class__")) {
            i.setClass(assignableClass(i.cls(), value));
            return;
        }
        Object classAttr = i.cls().lookup(name);
        if (classAttr instanceof PyDescriptors.Property p) {
            if (p.setter() == null) throw Attributes.propertyLacks(p, i, name, "setter");
            Ops.call(p.setter(), i, value);
            return;
        }
        if (classAttr instanceof PyInstance d && d.cls().lookup("__set__") != null) {
            Ops.callSpecial(d, "__set__", i, value);
            return;
        }
        java.util.Set<String> slots = i.cls().allowedSlots();
        if (name.equals("__dict__") && slots == null && !(i instanceof PyException)) {
            // o.__dict__ = d (and a dict subclass's self.__dict__ = self): d holds the attributes from now on
            PyDict d = value instanceof PyDict pd ? pd : value instanceof PyInstance vi && vi.base() instanceof PyDict pd ? pd : null;
            if (d == null) throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Ops.typeName(value) + "'");
            i.setDict(d);
            return;
        }
        if (slots != null && !slots.contains(name)) {
            if (classAttr != null) throw Errors.attributeError("'" + i.cls().tpName() + "' object attribute '" + name + "' is read-only");
            throw Errors.attributeError("'" + i.cls().tpName() + "' object has no attribute '" + name + "'");
        }
        i.setAttr(name, value);
    }

    /** An exception's own fields ({@code e.args = ...}, {@code __cause__}...): set there; false for other names. */
    private static boolean exceptionField(PyException e, String name, Object value) {
        switch (name) {
            case "args" -> e.setArgs(value instanceof PyTuple t ? t : PyTuple.of(Iterators.toArray(value)));
            case "__cause__" -> {
                if (value != PyNone.NONE && !(value instanceof PyException)) {
                    throw Errors.typeError("exception cause must be None or derive from BaseException");
                }
                e.setCause(value instanceof PyException c ? c : null);
            }
            case "__context__" -> {
                if (value != PyNone.NONE && !(value instanceof PyException)) {
                    throw Errors.typeError("exception context must be None or derive from BaseException");
                }
                e.setContext(value instanceof PyException c ? c : null);
            }
            case "__suppress_context__" -> e.setSuppressContext(Ops.isTrue(value));
            case "__traceback__" -> {
                if (value != PyNone.NONE && !(value instanceof PyInstance t && t.cls() == Tracebacks.TRACEBACK)) {
                    throw Errors.typeError("__traceback__ must be a traceback or None");
                }
            }
            default -> { return false; }
        }
        return true;
    }

    /** The class an instance of {@code from} may take by {@code __class__} assignment (CPython's checks). */
    private static PyClass assignableClass(PyClass from, Object value) {
        if (!(value instanceof PyClass to)) throw Errors.typeError("__class__ must be set to a class, not '" + Ops.typeName(value) + "' object");
        if (to.isBuiltin() || from.isBuiltin()) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (to.builtinBase() != from.builtinBase() || !java.util.Objects.equals(to.allowedSlots(), from.allowedSlots())) {
            throw Errors.typeError("__class__ assignment: '" + to.name() + "' object layout differs from '" + from.name() + "'");
        }
        return to;
    }

    /** {@code del obj.name}. */
    public static void delAttr(Object obj, String name) {
        if (obj instanceof PyInstance i) {
            Object delattr = i.cls().lookup("__delattr__");
            if (delattr != null && delattr != objectHook("__delattr__")) {
                Ops.call(delattr, i, PyStr.of(name));
                return;
            }
            delAttrDirect(i, name);
            return;
        }
        if (obj instanceof PyClass c && !c.isBuiltin() && c.metaMethod("__delattr__") instanceof Object hook) {
            Ops.call(hook, c, PyStr.of(name));
            return;
        }
        if (obj instanceof PyClass c && !c.isBuiltin() && c.dict().containsKey(name)) {
            c.setAttribute(name, null);
            return;
        }
        if (obj instanceof PyClass c && !c.isBuiltin()) throw Errors.attributeError("type object '" + c.name() + "' has no attribute '" + name + "'");
        if (obj instanceof PyModule m && (m.attrs() instanceof PyModule.OwnAttrs || m.attrs() instanceof Globals.ModuleView)) {
            Region.checkWrite(null);
            if (m.attrs().remove(name) == null) throw Errors.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
            return;
        }
        if (obj instanceof PyModule m && !(m.attrs() instanceof PyModule.Settable)) {
            if (Attributes.get(m, name) == null) throw Errors.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
            ModulePatches.set(m, name, ModulePatches.DELETED);
            return;
        }
        if (obj instanceof PyFunction && (name.equals("__name__") || name.equals("__qualname__"))) {
            throw Errors.typeError(name + " must be set to a string object");
        }
        if (obj instanceof PyFunction f && f.attrs() != null && f.attrs().containsKey(name)) {
            f.setAttr(name, null);
            f.attrs().remove(name);
            return;
        }
        throw Errors.attributeError("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
    }

    public static void delAttrDirect(PyInstance i, String name) {
        Object classAttr = i.cls().lookup(name);
        if (classAttr instanceof PyDescriptors.Property p) {
            if (p.deleter() == null) throw Attributes.propertyLacks(p, i, name, "deleter");
            Ops.call(p.deleter(), i);
            return;
        }
        if (classAttr instanceof PyInstance d && d.cls().lookup("__delete__") != null) {
            Ops.callSpecial(d, "__delete__", i);
            return;
        }
        if (!i.delAttr(name)) throw Errors.attributeError("'" + i.cls().tpName() + "' object has no attribute '" + name + "'");
    }
}

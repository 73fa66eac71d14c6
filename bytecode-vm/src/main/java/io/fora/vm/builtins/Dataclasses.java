// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PySet;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code dataclasses} module: {@code @dataclass} reads the class's annotations and adds
 * {@code __init__}, {@code __repr__}, {@code __eq__}, the orderings and {@code __hash__} as
 * CPython's does (in Java, since it adds methods to a class); a frozen one refuses assignment and
 * deletion with FrozenInstanceError (its __init__ sets the fields directly).
 */
final class Dataclasses {
    private Dataclasses() {}

    static final PyClass FIELD = PyClass.builtin("Field", Types.OBJECT);
    static final PyClass FROZEN = new PyClass("FrozenInstanceError", "dataclasses", new PyClass[] {Types.ATTRIBUTE_ERROR},
            new LinkedHashMap<>(), true);
    /** {@code dataclasses.MISSING}: "no default", an instance of {@code _MISSING_TYPE} as in CPython. */
    static final PyClass MISSING_TYPE = new PyClass("_MISSING_TYPE", "dataclasses", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);
    private static final PyInstance MISSING = new PyInstance(MISSING_TYPE);

    /** True for MISSING (or a copy of it that came from another machine). */
    private static boolean missing(Object v) { return v instanceof PyInstance p && p.cls() == MISSING_TYPE; }

    /** One field: its name, its default (or MISSING), its factory (or MISSING), and its flags. */
    private record Field(String name, Object defaultValue, Object factory, boolean init, boolean repr, boolean compare,
                         Object hash, boolean kwOnly, boolean initVar, Object type, Object metadata) {}

    /** {@code InitVar[T]}: an argument of __init__ passed on to __post_init__, not a field. */
    static final PyClass INIT_VAR = new PyClass("InitVar", "dataclasses", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);
    /** {@code _: KW_ONLY}: the fields after it are keyword-only. */
    static final PyClass KW_ONLY_TYPE = new PyClass("_KW_ONLY_TYPE", "dataclasses", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);
    private static final PyInstance KW_ONLY = new PyInstance(KW_ONLY_TYPE);

    static {
        INIT_VAR.define("__class_getitem__", new io.fora.vm.runtime.PyDescriptors.ClassMethod(Builtins.fn("__class_getitem__", (a, kw) -> {
            PyInstance v = new PyInstance(INIT_VAR);
            v.setAttr("type", a[1]);
            return v;
        })));
        INIT_VAR.define("__repr__", Builtins.fn("__repr__", (a, kw) -> {
            Object t = ((PyInstance) a[0]).getAttr("type");
            return PyStr.of("dataclasses.InitVar[" + (t instanceof PyClass c ? c.name() : Repr.repr(t)) + "]");
        }));
    }

    private static boolean isInitVar(Object annotation) {
        return annotation == INIT_VAR || annotation instanceof PyInstance i && i.cls() == INIT_VAR
                || annotation instanceof PyStr s && s.value().startsWith("InitVar");
    }

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dataclass", Builtins.fn("dataclass", (a, kw) -> {
            Options o = Options.of(kw);
            if (a.length == 1 && a[0] instanceof PyClass c) return process(c, o);
            if (a.length > 1) throw Errors.typeError("dataclass() takes from 0 to 1 positional arguments but " + a.length + " were given");
            return Builtins.fn("wrap", (b, kw2) -> {
                Builtins.arity("wrap", b, 1, 1);
                if (!(b[0] instanceof PyClass c)) throw Errors.typeError("dataclass() should be applied to a class");
                return process(c, o);
            });
        }));
        m.put("field", Builtins.fn("field", (a, kw) -> {
            if (a.length > 0) throw Errors.typeError("field() takes 0 positional arguments but " + a.length + " were given");
            kw.allowOnly("field", "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only");
            Object d = orMissing(kw.get("default")), f = orMissing(kw.get("default_factory"));
            if (!missing(d) && !missing(f)) throw Errors.valueError("cannot specify both default and default_factory");
            PyInstance field = new PyInstance(FIELD);
            field.setAttr("default", d);
            field.setAttr("default_factory", f);
            field.setAttr("init", flag(kw.get("init"), true));
            field.setAttr("repr", flag(kw.get("repr"), true));
            field.setAttr("compare", flag(kw.get("compare"), true));
            field.setAttr("hash", kw.get("hash") == null ? PyNone.NONE : kw.get("hash"));
            field.setAttr("kw_only", flag(kw.get("kw_only"), false));
            field.setAttr("metadata", kw.get("metadata") == null || kw.get("metadata") == PyNone.NONE
                    ? new PyDict() : kw.get("metadata"));
            field.setAttr("name", PyNone.NONE);
            field.setAttr("type", PyNone.NONE);
            return field;
        }));
        m.put("fields", Builtins.fn("fields", (a, kw) -> {
            Builtins.arity("fields", a, 1, 1);
            List<Field> fs = fieldsOf(a[0]);
            if (fs == null) throw Errors.typeError("must be called with a dataclass type or instance");
            List<Object> out = new ArrayList<>();
            for (Field f : fs) out.add(fieldObject(f));
            return PyTuple.of(out.toArray());
        }));
        m.put("is_dataclass", Builtins.fn("is_dataclass", (a, kw) -> {
            Builtins.arity("is_dataclass", a, 1, 1);
            return fieldsOf(a[0]) != null;
        }));
        m.put("asdict", Builtins.fn("asdict", (a, kw) -> {
            Builtins.arity("asdict", a, 1, 1);
            if (!(a[0] instanceof PyInstance) || fieldsOf(a[0]) == null) throw Errors.typeError("asdict() should be called on dataclass instances");
            return convert(a[0], true);
        }));
        m.put("astuple", Builtins.fn("astuple", (a, kw) -> {
            Builtins.arity("astuple", a, 1, 1);
            if (!(a[0] instanceof PyInstance) || fieldsOf(a[0]) == null) throw Errors.typeError("astuple() should be called on dataclass instances");
            return convert(a[0], false);
        }));
        m.put("replace", Builtins.fn("replace", (a, kw) -> {
            Builtins.arity("replace", a, 1, 1);
            // the fields and the InitVars, as CPython's replace() goes over them
            List<Field> fs = a[0] instanceof PyInstance i ? declared(i.cls().lookup("__dataclass_fields__")) : null;
            if (!(a[0] instanceof PyInstance inst) || fs == null) throw Errors.typeError("replace() should be called on dataclass instances");
            Map<String, Object> changes = new LinkedHashMap<>();
            for (int i = 0; i < kw.size(); i++) changes.put(kw.names()[i], kw.values()[i]);
            List<String> names = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            for (Field f : fs) {
                if (!f.init()) {
                    if (changes.containsKey(f.name())) {
                        throw Errors.valueError("field " + f.name() + " is declared with init=False, it cannot be specified with replace()");
                    }
                    continue;
                }
                if (!changes.containsKey(f.name()) && f.initVar() && missing(f.defaultValue())) {
                    throw Errors.valueError("InitVar '" + f.name() + "' must be specified with replace()");
                }
                names.add(f.name());
                values.add(changes.containsKey(f.name()) ? changes.remove(f.name()) : Ops.getAttr(inst, f.name()));
            }
            for (String extra : changes.keySet()) {
                throw Errors.typeError(inst.cls().name() + ".__init__() got an unexpected keyword argument '" + extra + "'");
            }
            return Ops.call(inst.cls(), new Object[0], new Kwargs(names.toArray(new String[0]), values.toArray()));
        }));
        m.put("make_dataclass", Builtins.fn("make_dataclass", Dataclasses::makeDataclass));
        m.put("MISSING", MISSING);
        m.put("InitVar", INIT_VAR);
        m.put("KW_ONLY", KW_ONLY);
        m.put("FrozenInstanceError", FROZEN);
        return new PyModule("dataclasses", m);
    }

    private record Options(boolean init, boolean repr, boolean eq, boolean order, boolean unsafeHash, boolean frozen,
                           boolean matchArgs, boolean kwOnly, boolean slots) {
        static Options of(Kwargs kw) {
            kw.allowOnly("dataclass", "init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots",
                    "weakref_slot");
            Options o = new Options(flag(kw.get("init"), true), flag(kw.get("repr"), true), flag(kw.get("eq"), true),
                    flag(kw.get("order"), false), flag(kw.get("unsafe_hash"), false), flag(kw.get("frozen"), false),
                    flag(kw.get("match_args"), true), flag(kw.get("kw_only"), false), flag(kw.get("slots"), false));
            if (o.order && !o.eq) throw Errors.valueError("eq must be true if order is true");
            return o;
        }
    }

    private static boolean flag(Object v, boolean dflt) { return v == null ? dflt : Ops.isTrue(v); }

    private static Object orMissing(Object v) { return v == null ? MISSING : v; }

    private static PyInstance fieldObject(Field f) {
        PyInstance o = new PyInstance(FIELD);
        o.setAttr("name", PyStr.of(f.name()));
        o.setAttr("default", f.defaultValue());
        o.setAttr("default_factory", f.factory());
        o.setAttr("init", f.init());
        o.setAttr("repr", f.repr());
        o.setAttr("compare", f.compare());
        o.setAttr("hash", f.hash());
        o.setAttr("kw_only", f.kwOnly());
        o.setAttr("type", f.type());
        o.setAttr("metadata", f.metadata());
        o.setAttr("_field_type", PyStr.of(f.initVar() ? "_FIELD_INITVAR" : "_FIELD"));
        return o;
    }

    /**
     * {@code make_dataclass(cls_name, fields, *, bases=(), namespace=None, **options)}:
     * a class made from a namespace holding the fields' annotations and defaults, then made a
     * dataclass with the options, as CPython's does. A field is a name, (name, type) or
     * (name, type, Field); a missing type is the string 'typing.Any'.
     */
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of("False", "None", "True", "and", "as", "assert",
            "async", "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
            "with", "yield");

    private static Object makeDataclass(Object[] a, Kwargs kw) {
        Builtins.arity("make_dataclass", a, 2, 2);
        if (!(a[0] instanceof PyStr name)) throw Errors.typeError("make_dataclass() argument 'cls_name' must be str");
        Object bases = kw.get("bases"), namespace = kw.get("namespace");
        java.util.List<String> optNames = new ArrayList<>();
        java.util.List<Object> optValues = new ArrayList<>();
        for (int i = 0; i < kw.size(); i++) {
            String k = kw.names()[i];
            if (k.equals("bases") || k.equals("namespace")) continue;
            optNames.add(k);
            optValues.add(kw.values()[i]);
        }
        Options o = Options.of(new Kwargs(optNames.toArray(new String[0]), optValues.toArray()));
        Map<String, Object> ns = new LinkedHashMap<>();
        if (namespace != null && namespace != PyNone.NONE) {
            if (!(namespace instanceof PyDict d)) throw Errors.typeError("namespace must be a dict");
            for (int i = 0; i < d.size(); i++) ns.put(Repr.str(d.keyAt(i)), d.valueAt(i));
        }
        PyDict annotations = new PyDict();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object item : io.fora.vm.runtime.Iterators.toArray(a[1])) {
            String fieldName;
            Object type = PyStr.of("typing.Any");
            Object spec = null;
            if (item instanceof PyStr s) {
                fieldName = s.value();
            } else if (item instanceof PyTuple t && (t.size() == 2 || t.size() == 3) && t.get(0) instanceof PyStr s) {
                fieldName = s.value();
                type = t.get(1);
                if (t.size() == 3) spec = t.get(2);
            } else {
                throw Errors.typeError("Invalid field: " + Repr.repr(item));
            }
            if (!Ops.isTrue(Ops.call(Ops.getAttr(PyStr.of(fieldName), "isidentifier")))) {
                throw Errors.typeError("Field names must be valid identifiers: " + Repr.repr(PyStr.of(fieldName)));
            }
            if (KEYWORDS.contains(fieldName)) throw Errors.typeError("Field names must not be keywords: " + Repr.repr(PyStr.of(fieldName)));
            if (!seen.add(fieldName)) throw Errors.typeError("Field name duplicated: " + Repr.repr(PyStr.of(fieldName)));
            annotations.put(PyStr.of(fieldName), type);
            if (spec != null) ns.put(fieldName, spec);
        }
        ns.put("__annotations__", annotations);
        // 3.11 makes the class with types.new_class: its module is 'types' unless the namespace says
        String mod = ns.get("__module__") instanceof PyStr ms ? ms.value() : "types";
        ns.put("__module__", PyStr.of(mod));
        ns.put("__qualname__", PyStr.of(name.value()));
        Object[] bs = bases == null || bases == PyNone.NONE ? new Object[0] : io.fora.vm.runtime.Iterators.toArray(bases);
        Object cls = io.fora.vm.runtime.Classes.make(name.value(), mod, bs, ns, null);
        if (!(cls instanceof PyClass c)) throw Errors.typeError("make_dataclass() could not make a class");
        return process(c, o);
    }

    /** A field as {@code __dataclass_fields__} holds it (a Field object), read back. */
    private static Field fieldOf(PyInstance p) {
        Object kind = p.getAttr("_field_type");
        return new Field(Repr.str(p.getAttr("name")), p.getAttr("default"), p.getAttr("default_factory"), Ops.isTrue(p.getAttr("init")),
                Ops.isTrue(p.getAttr("repr")), Ops.isTrue(p.getAttr("compare")), p.getAttr("hash"), Ops.isTrue(p.getAttr("kw_only")),
                kind instanceof PyStr k && k.value().equals("_FIELD_INITVAR"), p.getAttr("type"), p.getAttr("metadata"));
    }

    /** The fields of a class's {@code __dataclass_fields__} (InitVars too), in order, or null when it has none. */
    private static List<Field> declared(Object fs) {
        if (!(fs instanceof PyDict d)) return null;
        List<Field> out = new ArrayList<>();
        for (int i = 0; i < d.size(); i++) if (d.valueAt(i) instanceof PyInstance p && p.cls() == FIELD) out.add(fieldOf(p));
        return out;
    }

    /** The fields of a dataclass or of one of its instances (InitVars left out, as fields() does), or null. */
    private static List<Field> fieldsOf(Object o) {
        PyClass c = o instanceof PyClass k ? k : Types.typeOf(o);
        List<Field> all = declared(c.lookup("__dataclass_fields__"));
        if (all == null) return null;
        all.removeIf(Field::initVar);
        return all;
    }

    private static Object process(PyClass cls, Options o) {
        LinkedHashMap<String, Field> fields = new LinkedHashMap<>();
        PyClass[] mro = cls.mro();
        for (int i = mro.length - 1; i > 0; i--) {
            List<Field> inherited = declared(mro[i].dict().get("__dataclass_fields__"));
            if (inherited != null) for (Field f : inherited) fields.put(f.name(), f);
        }
        Object annotations = cls.dict().get("__annotations__");
        List<Field> initVars = new ArrayList<>();
        boolean kwOnlyFromHere = o.kwOnly;
        if (annotations instanceof PyDict ann) {
            for (int i = 0; i < ann.size(); i++) {
                String name = ann.keyAt(i).toString();
                Object type = ann.valueAt(i);
                if (Repr.repr(type).startsWith("typing.ClassVar")) continue;
                // a string annotation (from __future__ import annotations) is read by its name, as dataclasses does
                if (type instanceof PyStr ts && ts.value().strip().matches("(?:typing\\s*\\.\\s*)?ClassVar(?:\\[.*)?")) continue;
                if (type == KW_ONLY || type instanceof PyStr ks && ks.value().strip().matches("(?:dataclasses\\s*\\.\\s*)?KW_ONLY")) {
                    kwOnlyFromHere = true;
                    continue;
                }
                Object value = cls.dict().get(name);
                Field f;
                if (value instanceof PyInstance p && p.cls() == FIELD) {
                    f = new Field(name, p.getAttr("default"), p.getAttr("default_factory"), Ops.isTrue(p.getAttr("init")),
                            Ops.isTrue(p.getAttr("repr")), Ops.isTrue(p.getAttr("compare")), p.getAttr("hash"),
                            Ops.isTrue(p.getAttr("kw_only")) || kwOnlyFromHere, isInitVar(type), type, p.getAttr("metadata"));
                } else {
                    f = new Field(name, value == null ? MISSING : value, MISSING, true, true, true, PyNone.NONE, kwOnlyFromHere,
                            isInitVar(type), type, new PyDict());
                }
                if (f.initVar()) {
                    // an argument of __init__ for __post_init__; the class keeps its default, if any, as CPython
                    initVars.add(f);
                    fields.put(name, f);
                    continue;
                }
                Object d = f.defaultValue();
                if (d instanceof PyList || d instanceof PyDict || d instanceof PySet s && !s.isFrozen()) {
                    throw Errors.valueError("mutable default " + Repr.repr(Types.typeOf(d)) + " for field " + name
                            + " is not allowed: use default_factory");
                }
                // the class attribute is the default itself (or nothing), as CPython leaves it
                if (value != null) {
                    if (missing(d)) cls.dict().remove(name);
                    else cls.define(name, d);
                }
                fields.put(name, f);
            }
        }
        List<Field> params = new ArrayList<>(fields.values()); // __init__'s, InitVars included
        List<Field> all = new ArrayList<>();
        for (Field f : params) if (!f.initVar()) all.add(f);
        boolean seenDefault = false;
        for (Field f : params) {
            if (!f.init() || f.kwOnly()) continue;
            boolean hasDefault = !missing(f.defaultValue()) || !missing(f.factory());
            if (seenDefault && !hasDefault) throw Errors.typeError("non-default argument '" + f.name() + "' follows default argument");
            seenDefault |= hasDefault;
        }
        // a dict of Field objects, as in CPython (InitVars among them, marked by _field_type)
        PyDict declared = new PyDict();
        for (Field f : params) declared.put(PyStr.of(f.name()), fieldObject(f));
        cls.define("__dataclass_fields__", declared);
        if (o.slots && !cls.dict().containsKey("__slots__")) {
            Object[] names = new Object[all.size()];
            for (int i = 0; i < names.length; i++) names[i] = PyStr.of(all.get(i).name());
            cls.define("__slots__", io.fora.vm.runtime.PyTuple.of(names));
        }
        if (o.init && !cls.dict().containsKey("__init__")) cls.define("__init__", init(cls, params));
        if (o.repr && !cls.dict().containsKey("__repr__")) cls.define("__repr__", Builtins.fn("__repr__", (a, kw) -> {
            PyInstance self = (PyInstance) a[0];
            // reprlib.recursive_repr's: an instance met again inside its own repr shows as ...
            return PyStr.of(Repr.guarded(self, "...", () -> {
                StringBuilder sb = new StringBuilder(self.cls().qualname()).append('(');
                boolean first = true;
                for (Field f : all) {
                    if (!f.repr()) continue;
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(f.name()).append('=').append(Repr.repr(self.getAttr(f.name())));
                }
                return sb.append(')').toString();
            }));
        }));
        if (o.eq) {
            if (!cls.dict().containsKey("__eq__") || !(cls.dict().get("__eq__") instanceof io.fora.vm.runtime.PyFunction)) {
                cls.define("__eq__", Builtins.fn("__eq__", (a, kw) -> {
                    if (Types.typeOf(a[1]) != Types.typeOf(a[0])) return PyNone.NOT_IMPLEMENTED;
                    return Ops.eq(compared(a[0], all), compared(a[1], all));
                }));
            }
        }
        if (o.order) {
            String[] names = {"__lt__", "__le__", "__gt__", "__ge__"};
            int[] ops = {io.fora.vm.runtime.Compare.LT, io.fora.vm.runtime.Compare.LE, io.fora.vm.runtime.Compare.GT,
                io.fora.vm.runtime.Compare.GE};
            for (int k = 0; k < 4; k++) {
                int op = ops[k];
                if (cls.dict().get(names[k]) instanceof io.fora.vm.runtime.PyFunction) {
                    throw Errors.typeError("Cannot overwrite attribute " + names[k] + " in class " + cls.name() + ". Consider using functools.total_ordering");
                }
                cls.define(names[k], Builtins.fn(names[k], (a, kw) -> {
                    if (Types.typeOf(a[1]) != Types.typeOf(a[0])) return PyNone.NOT_IMPLEMENTED;
                    return io.fora.vm.runtime.Compare.compare(op, compared(a[0], all), compared(a[1], all));
                }));
            }
        }
        boolean ownHash = cls.dict().get("__hash__") instanceof io.fora.vm.runtime.PyFunction;
        if (!ownHash) {
            if (o.unsafeHash || (o.eq && o.frozen)) {
                cls.define("__hash__", Builtins.fn("__hash__", (a, kw) -> io.fora.vm.runtime.Hashing.hash(hashed(a[0], all))));
            } else if (o.eq) {
                cls.define("__hash__", PyNone.NONE);
            }
        }
        if (o.frozen) {
            for (String[] hook : new String[][] {{"__setattr__", "assign to"}, {"__delattr__", "delete"}}) {
                if (cls.dict().get(hook[0]) instanceof io.fora.vm.runtime.PyFunction) {
                    throw Errors.typeError("Cannot overwrite attribute " + hook[0] + " in class " + cls.name());
                }
                cls.define(hook[0], Builtins.fn(hook[0], (a, kw) -> {
                    throw Errors.of(FROZEN, "cannot " + hook[1] + " field " + io.fora.vm.runtime.Repr.repr(a[1]));
                }));
            }
        }
        if (o.matchArgs && !cls.dict().containsKey("__match_args__")) {
            List<Object> names = new ArrayList<>();
            for (Field f : all) if (f.init() && !f.kwOnly()) names.add(PyStr.of(f.name()));
            cls.define("__match_args__", PyTuple.of(names.toArray()));
        }
        return cls;
    }

    private static PyTuple compared(Object self, List<Field> all) {
        List<Object> v = new ArrayList<>();
        for (Field f : all) if (f.compare()) v.add(((PyInstance) self).getAttr(f.name()));
        return PyTuple.of(v.toArray());
    }

    private static PyTuple hashed(Object self, List<Field> all) {
        List<Object> v = new ArrayList<>();
        for (Field f : all) {
            boolean in = f.hash() == PyNone.NONE ? f.compare() : Ops.isTrue(f.hash());
            if (in) v.add(((PyInstance) self).getAttr(f.name()));
        }
        return PyTuple.of(v.toArray());
    }

    /** __init__(self, field, ..., *, kw_only_field, ...): binds, fills defaults, then __post_init__. */
    private static PyBuiltin init(PyClass cls, List<Field> all) {
        List<Field> positional = new ArrayList<>(), keywordOnly = new ArrayList<>();
        for (Field f : all) {
            if (!f.init()) continue;
            (f.kwOnly() ? keywordOnly : positional).add(f);
        }
        return Builtins.fn("__init__", (a, kw) -> {
            PyInstance self = (PyInstance) a[0];
            String where = self.cls().qualname() + ".__init__()";
            if (a.length - 1 > positional.size()) {
                int required = 0;
                for (Field f : positional) if (missing(f.defaultValue()) && missing(f.factory())) required++;
                String takes = required == positional.size() ? String.valueOf(positional.size() + 1)
                        : "from " + (required + 1) + " to " + (positional.size() + 1);
                throw Errors.typeError(where + " takes " + takes + " positional argument"
                        + (positional.size() == 0 && required == positional.size() ? "" : "s") + " but " + a.length + " were given");
            }
            Map<String, Object> given = new LinkedHashMap<>();
            Map<String, Object> initVarValues = new java.util.HashMap<>();
            for (int i = 0; i < kw.size(); i++) {
                String n = kw.names()[i];
                boolean known = false;
                for (Field f : all) known |= f.init() && f.name().equals(n);
                if (!known) throw Errors.typeError(where + " got an unexpected keyword argument '" + n + "'");
                given.put(n, kw.values()[i]);
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < positional.size(); i++) {
                Field f = positional.get(i);
                if (i + 1 < a.length) {
                    if (given.containsKey(f.name())) throw Errors.typeError(where + " got multiple values for argument '" + f.name() + "'");
                    bind(self, f, a[i + 1], initVarValues);
                } else {
                    Object v = given.containsKey(f.name()) ? given.get(f.name()) : dflt(f);
                    if (v == null) missing.add(f.name());
                    else bind(self, f, v, initVarValues);
                }
            }
            if (!missing.isEmpty()) {
                StringBuilder names = new StringBuilder();
                for (int i = 0; i < missing.size(); i++) {
                    if (i > 0) names.append(missing.size() == 2 ? " and " : i == missing.size() - 1 ? ", and " : ", ");
                    names.append('\'').append(missing.get(i)).append('\'');
                }
                throw Errors.typeError(where + " missing " + missing.size() + " required positional argument"
                        + (missing.size() == 1 ? "" : "s") + ": " + names);
            }
            for (Field f : keywordOnly) {
                Object v = given.containsKey(f.name()) ? given.get(f.name()) : dflt(f);
                if (v == null) throw Errors.typeError(where + " missing 1 required keyword-only argument: '" + f.name() + "'");
                bind(self, f, v, initVarValues);
            }
            for (Field f : all) {
                if (f.init() || f.initVar()) continue;
                Object v = dflt(f);
                if (v != null) self.setAttr(f.name(), v);
            }
            Object post = self.cls().lookup("__post_init__");
            if (post != null) {
                List<Object> args = new ArrayList<>();
                args.add(self);
                for (Field f : all) if (f.initVar()) args.add(initVarValues.get(f.name()));
                Ops.call(post, args.toArray());
            }
            return PyNone.NONE;
        });
    }

    /** A field's value goes on the instance; an InitVar's is kept for __post_init__. */
    private static void bind(PyInstance self, Field f, Object v, Map<String, Object> initVarValues) {
        if (f.initVar()) initVarValues.put(f.name(), v);
        else self.setAttr(f.name(), v);
    }

    private static Object dflt(Field f) {
        if (!missing(f.defaultValue())) return f.defaultValue();
        if (!missing(f.factory())) return Ops.call(f.factory());
        return null;
    }

    /** asdict/astuple: dataclass instances, lists, tuples and dicts converted all the way down. */
    private static Object convert(Object v, boolean dict) {
        List<Field> fs = v instanceof PyInstance ? fieldsOf(v) : null;
        if (fs != null) {
            PyInstance i = (PyInstance) v;
            if (dict) {
                PyDict d = new PyDict();
                for (Field f : fs) d.put(PyStr.of(f.name()), convert(i.getAttr(f.name()), true));
                return d;
            }
            List<Object> out = new ArrayList<>();
            for (Field f : fs) out.add(convert(i.getAttr(f.name()), false));
            return PyTuple.of(out.toArray());
        }
        if (v instanceof PyList l) {
            Object[] out = new Object[l.size()];
            for (int k = 0; k < out.length; k++) out[k] = convert(l.get(k), dict);
            return PyList.of(out);
        }
        if (v instanceof PyTuple t) {
            Object[] out = new Object[t.size()];
            for (int k = 0; k < out.length; k++) out[k] = convert(t.get(k), dict);
            return PyTuple.of(out);
        }
        if (v instanceof PyDict d) {
            PyDict out = new PyDict();
            for (int k = 0; k < d.size(); k++) out.put(convert(d.keyAt(k), dict), convert(d.valueAt(k), dict));
            return out;
        }
        return v;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.Map;

/** Attribute lookup ({@code obj.name}) for every kind of value, with Python's binding rules. */
final class Attributes {
    private Attributes() {}

    /** The attribute, or null when there is none. */
    static Object get(Object obj, String name) {
        return switch (obj) {
            case PyInstance i -> ofInstance(i, name);
            case PyClass c -> ofClass(c, name);
            case PyModule m -> {
                if (ModulePatches.any() && ModulePatches.get(m, name) instanceof Object own) yield own == ModulePatches.DELETED ? null : own;
                Object v = m.attrs().get(name);
                if (v == null && name.equals("__dict__")) {
                    // a snapshot of its attributes (vars(module)), as globals() is of the program's
                    PyDict d = new PyDict();
                    d.put(PyStr.of("__name__"), PyStr.of(m.name()));
                    for (Map.Entry<String, Object> e : m.attrs().entrySet()) d.put(PyStr.of(e.getKey()), e.getValue());
                    yield d;
                }
                if (v == null && name.equals("__name__")) yield PyStr.of(m.name());
                // PEP 562: a module's own __getattr__ answers names it does not have
                if (v == null && !name.equals("__getattr__") && m.attrs().get("__getattr__") instanceof Object hook
                        && !(hook instanceof PyNone)) {
                    yield Ops.call(hook, PyStr.of(name));
                }
                yield v;
            }
            case RefusedName r -> throw r.refusal();
            case PyFunction f -> ofFunction(f, name);
            case PyDescriptors.Super s -> ofSuper(s, name);
            case PyBoundMethod m -> ofBoundMethod(m, name);
            case PyDescriptors.StaticMethod s when name.equals("__func__") || name.equals("__wrapped__") -> s.function();
            case PyDescriptors.ClassMethod m when name.equals("__func__") || name.equals("__wrapped__") -> m.function();
            // sm.__get__(obj, type): the function; cm.__get__(obj, type): it bound to type (obj's type when none)
            case PyDescriptors.StaticMethod s when name.equals("__get__") -> new PyBuiltin("__get__", (a, kw) -> {
                descriptorGetArity(a);
                return s.function();
            });
            case PyDescriptors.ClassMethod m when name.equals("__get__") -> new PyBuiltin("__get__", (a, kw) -> {
                descriptorGetArity(a);
                Object type = a.length > 1 && a[1] != PyNone.NONE ? a[1] : Types.typeOf(a[0]);
                return new PyBoundMethod(type, m.function());
            });
            case PyDescriptors.StaticMethod s when name.equals("__isabstractmethod__") -> (Object) isAbstract(s.function());
            case PyDescriptors.ClassMethod m when name.equals("__isabstractmethod__") -> (Object) isAbstract(m.function());
            case PyUnionType u when name.equals("__args__") -> u.args();
            case PyGenericAlias g when name.equals("__origin__") -> g.origin();
            case PyGenericAlias g when name.equals("__args__") -> g.args();
            case PyGenericAlias g when !name.startsWith("__") -> get(g.origin(), name);
            default -> ofBuiltinValue(obj, name);
        };
    }

    private static Object ofBoundMethod(PyBoundMethod m, String name) {
        return switch (name) {
            case "__self__" -> m.self();
            case "__func__" -> m.function();
            case "__call__" -> m; // calling it calls the method, self included
            case "__get__" -> new PyBuiltin("__get__", (a, kw) -> m); // a bound method binds to nothing else
            case "__name__", "__qualname__", "__doc__", "__module__" -> {
                Object v = get(m.function(), name);
                if (v == null && name.equals("__qualname__") && m.function() instanceof PyBuiltin b) {
                    yield PyStr.of(Ops.typeName(m.self()) + "." + b.name());
                }
                yield v;
            }
            default -> get(m.function(), name);
        };
    }

    /**
     * The function to call with {@code obj} as its first argument for {@code obj.name(...)}, when
     * attribute lookup would simply bind a class function to obj; null otherwise (then the caller
     * uses {@link #get}). Lets method calls skip creating a bound method.
     */
    static Object method(Object obj, String name) {
        Object attr;
        switch (obj) {
            case PyInstance i -> {
                if (i.cls().customGetattribute()) return null;
                attr = i.cls().lookup(name);
                if (attr instanceof PyDescriptors.Member) return null;
                if (i.getAttr(name) != null) return null;
                if (i.base() != null && attr instanceof PyBuiltin) return null; // binds to the builtin value
            }
            case PyClass c -> { return null; }
            case PyModule m -> { return null; }
            case PyFunction f -> { return null; }
            case PyDescriptors.Super s -> { return null; }
            default -> {
                attr = Types.typeOf(obj).lookup(name);
                if (shadowedByBuiltinDunder(obj, name, attr)) return null;
            }
        }
        return attr instanceof PyFunction || attr instanceof PyBuiltin b && !moduleFunction(b) ? attr : null;
    }

    /** A function of a module (len, math.sqrt), not a method of a type: no descriptor, so never bound. */
    private static boolean moduleFunction(PyBuiltin b) { return b.module() != null && b.owner() == null; }

    /** True when {@code attr} is object's own method (its __eq__ and the like) and the builtin value's type has its own. */
    private static boolean shadowedByBuiltinDunder(Object obj, String name, Object attr) {
        return attr != null && attr == Types.OBJECT.lookup(name) && BuiltinDunders.get(obj, name) != null;
    }

    static PyError missing(Object obj, String name) {
        PyError e = missingError(obj, name);
        e.exception().setAttr("name", PyStr.of(name)); // AttributeError.name and .obj, as CPython 3.10+ sets them
        e.exception().setAttr("obj", obj);
        return e;
    }

    private static PyError missingError(Object obj, String name) {
        return switch (obj) {
            case PyClass c -> Errors.attributeError("type object '" + c.name() + "' has no attribute '" + name + "'");
            case PyModule m -> Errors.attributeError("module '" + m.name() + "' has no attribute '" + name + "'");
            case PyDescriptors.Super s -> Errors.attributeError("'super' object has no attribute '" + name + "'");
            case PyBoundMethod m when m.function() instanceof PyFunction ->
                    Errors.attributeError("'function' object has no attribute '" + name + "'");
            default -> Errors.attributeError("'" + Ops.typeName(obj) + "' object has no attribute '" + name + "'");
        };
    }

    /** Binds a class attribute found on the class of {@code self}. */
    static Object bind(Object attr, Object self, PyClass cls) {
        return switch (attr) {
            case PyFunction f -> new PyBoundMethod(self, f);
            // a module's function (len, math.sqrt) is no descriptor, as CPython's builtin functions: sqrt = math.sqrt in a class body
            case PyBuiltin b when moduleFunction(b) -> attr;
            case PyBuiltin b -> new PyBoundMethod(self instanceof PyInstance i && i.base() != null
                    && !(b.name().equals("__init__") || b.name().equals("__new__")) ? i.base() : self, b);
            case PyDescriptors.StaticMethod s -> s.function();
            case PyDescriptors.ClassMethod c -> new PyBoundMethod(cls, c.function());
            case PyDescriptors.Property p -> getProperty(p, self, cls, null);
            default -> attr;
        };
    }

    /** A property's value for self: its getter's answer; without a getter, CPython's AttributeError (name: null to find it on the class). */
    static Object getProperty(PyDescriptors.Property p, Object self, PyClass cls, String name) {
        if (p.getter() != null) return Ops.call(p.getter(), self);
        throw lacks(p, cls, name, "getter");
    }

    /** The name under which attr is found in cls or its bases (null when it is in none). */
    private static String nameIn(PyClass cls, Object attr) {
        for (PyClass c : cls.mro()) {
            for (var e : c.dict().entrySet()) if (e.getValue() == attr) return String.valueOf(e.getKey());
        }
        return null;
    }

    /**
     * CPython's AttributeError for a property of self's class missing a part ("property 'x' of 'C'
     * object has no setter"; name: null to find it on the class, which names none when it holds none).
     */
    static PyError propertyLacks(PyDescriptors.Property p, Object self, String name, String part) {
        return lacks(p, self instanceof PyInstance i ? i.cls() : Types.typeOf(self), name, part);
    }

    private static PyError lacks(PyDescriptors.Property p, PyClass cls, String name, String part) {
        if (name == null) name = nameIn(cls, p);
        return Errors.attributeError("property " + (name != null ? "'" + name + "' " : "") + "of '" + cls.name() + "' object has no " + part);
    }

    private static void descriptorGetArity(Object[] a) {
        if (a.length < 1 || a.length > 2) throw Errors.typeError("expected 1 or 2 arguments, got " + a.length);
    }

    /** Whether a function (or any callable) carries {@code __isabstractmethod__ = True}. */
    private static boolean isAbstract(Object f) {
        return f != null && get(f, "__isabstractmethod__") instanceof Object v && Ops.isTrue(v);
    }

    private static Object ofInstance(PyInstance i, String name) {
        PyClass cls = i.cls();
        if (cls.customGetattribute()) {
            // the class's own __getattribute__ answers every read; its AttributeError goes to __getattr__
            try {
                return Ops.call(cls.lookup("__getattribute__"), i, PyStr.of(name));
            } catch (PyError e) {
                Object getattr = cls.lookup("__getattr__");
                if (getattr == null || !e.exception().cls().isSubclassOf(Types.ATTRIBUTE_ERROR)) throw e;
                return Ops.call(getattr, i, PyStr.of(name));
            }
        }
        return ofInstanceGeneric(i, name);
    }

    /** {@code object.__getattribute__(obj, name)}: the default lookup (then __getattr__), or null when there is none. */
    static Object generic(Object obj, String name) {
        return obj instanceof PyInstance i ? ofInstanceGeneric(i, name) : get(obj, name);
    }

    private static Object ofInstanceGeneric(PyInstance i, String name) {
        PyClass cls = i.cls();
        Object classAttr = cls.lookup(name);
        if (classAttr instanceof PyDescriptors.Property p) {
            try {
                return getProperty(p, i, cls, name);
            } catch (PyError e) {
                // a getter's AttributeError is the lookup's: __getattr__ answers it, as in CPython
                Object getattr = cls.lookup("__getattr__");
                if (getattr == null || !e.exception().cls().isSubclassOf(Types.ATTRIBUTE_ERROR)) throw e;
                return Ops.call(getattr, i, PyStr.of(name));
            }
        }
        if (classAttr instanceof PyDescriptors.Member) {
            // a slot: the instance's own value; unset, an AttributeError (or __getattr__'s answer)
            Object own = i.getAttr(name);
            if (own != null) return own;
            Object getattr = cls.lookup("__getattr__");
            return getattr == null ? null : Ops.call(getattr, i, PyStr.of(name));
        }
        Object getter = null;
        if (classAttr instanceof PyInstance d && !(d instanceof PyException)) {
            getter = d.cls().lookup("__get__");
            // a data descriptor (with __set__ or __delete__) wins over the instance's own attribute
            if (getter != null && (d.cls().lookup("__set__") != null || d.cls().lookup("__delete__") != null)) {
                return Ops.call(getter, d, i, cls);
            }
        }
        Object own = i.getAttr(name);
        if (own != null) return own;
        if (getter != null) return Ops.call(getter, classAttr, i, cls);
        if (i.base() != null && name.startsWith("__") && (classAttr == null || classAttr == Types.OBJECT.lookup(name))
                && BuiltinDunders.ofSubclassInstance(i, name) instanceof Object dunder) {
            return dunder; // d.__getitem__ in a dict subclass: dict's, as CPython finds it in the MRO
        }
        if (classAttr == null && i.base() != null && !name.startsWith("__")) {
            // an int or float subclass's real, imag, numerator and denominator (an IntEnum member's too)
            Object v = ofBuiltinValueOwn(i.base(), name);
            if (v != null) return v;
        }
        if (classAttr != null) return bind(classAttr, i, cls);
        if (i instanceof PyException e) {
            Object v = exceptionAttr(e, name);
            if (v != null) return v;
        }
        if (name.equals("__class__")) return cls;
        if (name.equals("__doc__")) return ofClass(cls, name); // every class has a __doc__, None without a docstring
        // an instance of a class whose every class declares __slots__ (without '__dict__') has no __dict__
        if (name.equals("__dict__") && (i.cls().allowedSlots() == null || i instanceof PyException)) return i.dict();
        // and no weak-reference slot either; other instances have one, None while no weakref.ref points at them
        if (name.equals("__weakref__") && !cls.isBuiltin() && i.cls().allowedSlots() == null) return PyNone.NONE;
        Object getattr = cls.lookup("__getattr__");
        if (getattr != null) return Ops.call(getattr, i, PyStr.of(name));
        return null;
    }

    private static Object exceptionAttr(PyException e, String name) {
        return switch (name) {
            case "args" -> e.visibleArgs();
            case "__cause__" -> e.cause() == null ? PyNone.NONE : e.cause();
            case "__context__" -> e.context() == null ? PyNone.NONE : e.context();
            case "__suppress_context__" -> e.suppressContext();
            case "__traceback__" -> Tracebacks.of(e);
            case "value" -> e.cls().isSubclassOf(Types.STOP_ITERATION)
                    ? (e.args().size() > 0 ? e.args().get(0) : PyNone.NONE) : null;
            case "errno", "strerror", "filename", "filename2" -> {
                if (name.equals("filename") && e.cls().isSubclassOf(Types.SYNTAX_ERROR)) {
                    PyTuple a = e.args();
                    yield a.size() == 2 && a.get(1) instanceof PyTuple d && d.size() > 0 ? d.get(0) : PyNone.NONE;
                }
                if (!e.cls().isSubclassOf(Types.OS_ERROR)) yield null;
                PyTuple a = e.args();
                int k = switch (name) { case "errno" -> 0; case "strerror" -> 1; case "filename" -> 2; default -> 4; };
                yield a.size() >= 2 && a.size() <= 5 && k < a.size() ? a.get(k) : PyNone.NONE;
            }
            case "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line" -> {
                // SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset)), as CPython unpacks it
                if (!e.cls().isSubclassOf(Types.SYNTAX_ERROR)) yield null;
                PyTuple a = e.args();
                if (name.equals("msg")) yield a.size() >= 1 ? a.get(0) : PyNone.NONE;
                int k = switch (name) { case "lineno" -> 1; case "offset" -> 2; case "text" -> 3; case "end_lineno" -> 4; case "end_offset" -> 5; default -> 99; };
                yield a.size() == 2 && a.get(1) instanceof PyTuple d && k < d.size() ? d.get(k) : PyNone.NONE;
            }
            // NameError.name, AttributeError.name/.obj, ImportError.name/.path: None unless given
            case "name" -> e.cls().isSubclassOf(Types.NAME_ERROR) || e.cls().isSubclassOf(Types.ATTRIBUTE_ERROR)
                    || e.cls().isSubclassOf(Types.IMPORT_ERROR) ? PyNone.NONE : null;
            case "obj" -> e.cls().isSubclassOf(Types.ATTRIBUTE_ERROR) ? PyNone.NONE : null;
            case "path" -> e.cls().isSubclassOf(Types.IMPORT_ERROR) ? PyNone.NONE : null;
            case "msg" -> e.cls().isSubclassOf(Types.IMPORT_ERROR) ? (e.args().size() == 1 ? e.args().get(0) : PyNone.NONE)
                    : e.cls().isSubclassOf(Types.SYNTAX_ERROR) ? (e.args().size() >= 1 ? e.args().get(0) : PyNone.NONE) : null;
            // UnicodeDecodeError(encoding, object, start, end, reason) made by the program (and
            // UnicodeTranslateError(object, start, end, reason)): its parts, as CPython reads them
            case "encoding", "object", "start", "end", "reason" -> {
                if (!e.cls().isSubclassOf(Types.UNICODE_ERROR)) yield null;
                PyTuple a = e.args();
                int k = switch (name) { case "encoding" -> 0; case "object" -> 1; case "start" -> 2; case "end" -> 3; default -> 4; };
                if (a.size() == 4 && e.cls().name().equals("UnicodeTranslateError")) yield k == 0 ? null : a.get(k - 1);
                yield a.size() == 5 ? a.get(k) : null;
            }
            case "code" -> e.cls().isSubclassOf(Types.SYSTEM_EXIT)
                    ? (e.args().size() == 0 ? PyNone.NONE : e.args().size() == 1 ? e.args().get(0) : e.args()) : null;
            default -> null;
        };
    }

    private static Object ofClass(PyClass c, String name) {
        switch (name) {
            case "__name__" -> { return PyStr.of(c.name()); }
            case "__qualname__" -> { return PyStr.of(c.qualname()); }
            case "__module__" -> { return PyStr.of(c.module()); }
            case "__mro__" -> { return PyTuple.of((Object[]) c.mro().clone()); }
            case "__bases__" -> { return PyTuple.of((Object[]) c.bases().clone()); }
            case "__base__" -> { return c.bases().length == 0 ? PyNone.NONE : c.bases()[0]; }
            case "__class__" -> { return Types.typeOf(c); }
            case "__doc__" -> {
                Object d = c.dict().get("__doc__");
                return d == null ? PyNone.NONE : d;
            }
            case "__dict__" -> {
                PyDict d = new PyDict();
                for (Map.Entry<String, Object> e : c.dict().entrySet()) d.put(PyStr.of(e.getKey()), e.getValue());
                // a builtin class's own methods as CPython lists them ("__len__" in list.__dict__), where Fora has them
                java.util.List<String> own = BuiltinDir.own(c);
                if (own != null) {
                    for (String n : own) {
                        if (d.containsKey(PyStr.of(n)) || n.equals("__dict__") || n.equals("__doc__")) continue;
                        Object v = c.isBuiltin() && n.startsWith("__") ? BuiltinDunders.unbound(c, n) : null;
                        if (v == null) v = c.dict().get(n);
                        if (v != null) d.put(PyStr.of(n), v);
                    }
                }
                return d;
            }
            default -> { }
        }
        // int.__add__, list.__getitem__: the builtin type's own special methods (not object's)
        if (c.isBuiltin() && !c.dict().containsKey(name) && name.startsWith("__") && BuiltinDunders.unbound(c, name) instanceof Object d) return d;
        Object v = c.lookup(name);
        if (v == null) {
            Object meta = c.metaclass() != null ? c.metaclass().lookup(name) : null;
            if (meta != null) return bind(meta, c, c.metaclass());
            meta = Types.TYPE.lookup(name);
            if (meta != null) return bind(meta, c, Types.TYPE);
            // a metaclass's __getattr__ answers what the class does not have, as for instances
            Object getattr = c.metaclass() != null && !name.startsWith("__") ? c.metaclass().lookup("__getattr__") : null;
            return getattr == null ? null : Ops.call(getattr, c, PyStr.of(name));
        }
        return switch (v) {
            case PyDescriptors.StaticMethod s -> s.function();
            case PyDescriptors.ClassMethod m -> new PyBoundMethod(c, m.function());
            case PyInstance d when !(d instanceof PyException) && d.cls().lookup("__get__") instanceof Object getter ->
                    Ops.call(getter, d, PyNone.NONE, c);
            case PyBuiltin b -> unboundMethod(c, name, b);
            default -> v;
        };
    }

    /** Names a builtin class may hold as plain builtins that are not methods of its instances. */
    private static final java.util.Set<String> NOT_INSTANCE_METHODS = java.util.Set.of("__new__", "__init_subclass__",
            "__class_getitem__", "__subclasshook__", "__prepare__");

    /** One checking wrapper per builtin method: {@code str.upper is str.upper}, as in CPython. */
    private static final java.util.concurrent.ConcurrentHashMap<PyBuiltin, PyBuiltin> UNBOUND = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A builtin class's method read from the class ({@code list.append}, {@code str.upper}): called
     * with an instance of the class first, as CPython's method descriptors check (no argument, or
     * another type, is CPython's TypeError instead of whatever the method would make of it).
     */
    private static Object unboundMethod(PyClass c, String name, PyBuiltin b) {
        if (NOT_INSTANCE_METHODS.contains(name)) return b;
        PyClass owner = null;
        for (PyClass k : c.mro()) {
            if (k.dict().get(name) == b) {
                owner = k;
                break;
            }
        }
        if (owner == null || !owner.isBuiltin()) return b;
        PyClass cls = owner;
        return UNBOUND.computeIfAbsent(b, m -> new PyBuiltin(m.name(), (a, kw) -> {
            if (a.length == 0) throw Errors.typeError("unbound method " + cls.name() + "." + m.name() + "() needs an argument");
            if (!Types.typeOf(a[0]).isSubclassOf(cls)) {
                throw Errors.typeError("descriptor '" + m.name() + "' for '" + cls.name() + "' objects doesn't apply to a '"
                        + Ops.typeName(a[0]) + "' object");
            }
            // an instance of a subclass of the builtin type: the method works on the value inside, as when bound
            if (a[0] instanceof PyInstance i && i.base() != null && !m.name().equals("__init__")) {
                a = a.clone();
                a[0] = i.base();
            }
            return m.call(a, kw);
        }).ownedBy(cls));
    }

    private static Object ofFunction(PyFunction f, String name) {
        if (f.attrs() != null && f.attrs().get(name) instanceof Object set) return set; // f.__name__ = ... and the like
        return switch (name) {
            // f.__call__(...) calls it; f.__get__(obj, type) binds it, as a class attribute is bound
            case "__call__" -> f;
            case "__get__" -> new PyBuiltin("__get__", (a, kw) -> {
                if (a.length < 1 || a.length > 2) throw Errors.typeError("expected 1 or 2 arguments, got " + a.length);
                return a[0] == PyNone.NONE ? f : new PyBoundMethod(a[0], f);
            });
            case "__name__" -> PyStr.of(f.name());
            case "__qualname__" -> PyStr.of(f.qualname());
            case "__module__" -> PyStr.of(f.globals().moduleName());
            case "__doc__" -> f.code().doc == null ? PyNone.NONE : PyStr.of(f.code().doc);
            case "__defaults__" -> f.defaults().length == 0 ? PyNone.NONE : PyTuple.of(f.defaults().clone());
            case "__kwdefaults__" -> f.kwDefaults() == null || f.kwDefaults().size() == 0 ? PyNone.NONE : f.kwDefaults();
            case "__code__" -> codeObject(f);
            case "__globals__" -> f.globals().snapshot(); // a snapshot to read, as globals() gives
            case "__closure__" -> f.closure() == null || f.closure().length == 0 ? PyNone.NONE : PyTuple.of(closureByName(f));
            case "__class__" -> Types.FUNCTION;
            case "__dict__" -> {
                PyDict d = new PyDict();
                java.util.Map<String, Object> own = f.attrs();
                if (own != null) own.forEach((k, v) -> { if (!k.equals("__annotations__")) d.put(PyStr.of(k), v); });
                yield d;
            }
            case "__annotations__" -> f.attrs() != null && f.attrs().get(name) instanceof Object a ? a : new PyDict();
            // what every object has (f.__eq__, f.__hash__, f.__dir__)
            default -> ofBuiltinValue(f, name);
        };
    }

    /** {@code f.__code__}: the facts of CPython's code object that introspection reads (no bytecode). */
    private static PyInstance codeObject(PyFunction f) {
        return codeObject(f.code(), f.qualname());
    }

    /** A code object's facts ({@code f.__code__}, a generator's {@code gi_code}) under the qualified name given. */
    static PyInstance codeObject(io.fora.vm.compile.CodeObject co, String qualname) {
        PyInstance c = new PyInstance(Types.CODE);
        c.setAttr("co_name", PyStr.of(co.name));
        c.setAttr("co_qualname", PyStr.of(qualname));
        c.setAttr("co_filename", PyStr.of(co.fileName == null ? "<string>" : co.fileName));
        c.setAttr("co_firstlineno", (long) co.firstLine);
        c.setAttr("co_argcount", (long) co.argCount);
        c.setAttr("co_posonlyargcount", (long) co.posOnlyCount);
        c.setAttr("co_kwonlyargcount", (long) co.kwOnlyCount);
        c.setAttr("co_nlocals", (long) co.nlocals);
        c.setAttr("co_varnames", names(co.slotNames, 0, co.nlocals));
        // cell and free variables in CPython's order (sorted by name; __closure__ follows co_freevars)
        c.setAttr("co_cellvars", sorted(names(co.slotNames, co.nlocals, co.nlocals + co.ncells)));
        c.setAttr("co_freevars", sorted(names(co.slotNames, co.nlocals + co.ncells, co.nlocals + co.ncells + co.nfree)));
        // the global and attribute names the code uses
        c.setAttr("co_names", names(co.names == null ? new String[0] : co.names, 0, co.names == null ? 0 : co.names.length));
        // CPython's flag bits: optimized|newlocals, varargs 4, varkeywords 8, nested 16, generator 32,
        // coroutine 128, iterable coroutine 256, async generator 512
        long flags = 3;
        if (co.is(io.fora.vm.compile.CodeObject.VARARGS)) flags |= 4;
        if (co.is(io.fora.vm.compile.CodeObject.VARKW)) flags |= 8;
        if (qualname.contains("<locals>")) flags |= 16;
        if (co.is(io.fora.vm.compile.CodeObject.ASYNC_GENERATOR)) flags |= 512;
        else if (co.is(io.fora.vm.compile.CodeObject.COROUTINE)) flags |= 128;
        else if (co.is(io.fora.vm.compile.CodeObject.GENERATOR)) flags |= 32;
        if (co.is(io.fora.vm.compile.CodeObject.ITERABLE_COROUTINE)) flags |= 256;
        c.setAttr("co_flags", flags);
        return c;
    }

    private static PyTuple sorted(PyTuple names) {
        Object[] items = names.items().clone();
        java.util.Arrays.sort(items, 0, names.size(), java.util.Comparator.comparing(o -> ((PyStr) o).value()));
        return PyTuple.of(java.util.Arrays.copyOf(items, names.size()));
    }

    /** A function's closure cells in the order of its code's co_freevars (sorted by name). */
    private static Object[] closureByName(PyFunction f) {
        Object[] cells = f.closure().clone();
        io.fora.vm.compile.CodeObject co = f.code();
        if (cells.length != co.nfree) return cells;
        Integer[] order = new Integer[cells.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        int base = co.nlocals + co.ncells;
        if (base + cells.length > co.slotNames.length) return cells;
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> co.slotNames[base + i]));
        Object[] out = new Object[cells.length];
        for (int i = 0; i < out.length; i++) out[i] = cells[order[i]];
        return out;
    }

    private static PyTuple names(String[] all, int from, int to) {
        Object[] out = new Object[Math.max(0, Math.min(to, all.length) - from)];
        for (int i = 0; i < out.length; i++) out[i] = PyStr.of(all[from + i]);
        return PyTuple.of(out);
    }

    private static Object ofSuper(PyDescriptors.Super s, String name) {
        Object self = s.self();
        // a class below thisClass: super() in a class method; any other object (a class made by a metaclass too): its type's MRO
        boolean classSelf = self instanceof PyClass c && c.isSubclassOf(s.thisClass());
        PyClass start = classSelf ? (PyClass) self : Types.typeOf(self);
        switch (name) {
            case "__thisclass__" -> { return s.thisClass(); }
            case "__self__" -> { return self == null ? PyNone.NONE : self; }
            case "__self_class__" -> { return self == null ? PyNone.NONE : start; }
            case "__class__" -> { return Types.SUPER; } // super's own attribute, not looked up past thisClass
            default -> { }
        }
        PyClass[] mro = start.mro();
        int k = 0;
        while (k < mro.length && mro[k] != s.thisClass()) k++;
        for (int j = k + 1; j < mro.length; j++) {
            Object v = mro[j].dict().get(name);
            if (v == null && mro[j].isBuiltin() && self instanceof PyInstance i && i.base() != null) {
                // super().__getitem__(k) in a dict subclass: dict's lookup, then the class's __missing__
                if (i.base() instanceof PyDict && name.equals("__getitem__")) return BuiltinDunders.dictGetItemOf(i);
                // super().__getitem__(k) in a list subclass: the builtin value's own protocol
                Object dunder = BuiltinDunders.get(i.base(), name);
                if (dunder != null) return dunder;
            }
            if (v != null && mro[j] == Types.OBJECT && self instanceof PyInstance i && i.base() != null) {
                Object dunder = BuiltinDunders.get(i.base(), name); // tuple.__eq__ and the like, on the value inside
                if (dunder != null) return dunder;
            }
            if (v != null) {
                if (classSelf && self instanceof PyClass c) {
                    return v instanceof PyDescriptors.ClassMethod m ? new PyBoundMethod(c, m.function())
                            : v instanceof PyDescriptors.StaticMethod st ? st.function() : v;
                }
                return bind(v, self, start);
            }
        }
        return null;
    }

    private static Object ofBuiltinValue(Object obj, String name) {
        Object v = ofBuiltinValueOwn(obj, name);
        // a value's doc is its type's
        return v == null && name.equals("__doc__") ? ofClass(Types.typeOf(obj), name) : v;
    }

    private static Object ofBuiltinValueOwn(Object obj, String name) {
        PyClass cls = Types.typeOf(obj);
        // x.__class__ of a builtin value, as often as type(x): its type, without walking the MRO's dicts
        if (name.equals("__class__")) return cls;
        Object v = cls.lookup(name);
        if (v != null && !shadowedByBuiltinDunder(obj, name, v)) return bind(v, obj, cls);
        // a builtin function or bound builtin method is callable through __call__ too
        if (name.equals("__call__") && (obj instanceof PyBuiltin || obj instanceof PyBoundMethod)) return obj;
        if (name.startsWith("__")) {
            Object dunder = BuiltinDunders.get(obj, name);
            if (dunder != null) return dunder;
        }
        if (Ints.isInt(obj)) {
            return switch (name) {
                case "real", "numerator" -> obj instanceof Boolean b ? (Object) (b ? 1L : 0L) : obj;
                case "imag" -> 0L;
                case "denominator" -> 1L;
                default -> null;
            };
        }
        if (obj instanceof Double d) {
            return switch (name) {
                case "real" -> d;
                case "imag" -> 0.0;
                default -> null;
            };
        }
        if (obj instanceof PyComplex c) {
            return switch (name) {
                case "real" -> c.real();
                case "imag" -> c.imag();
                default -> null;
            };
        }
        if (obj instanceof PyBigRange r) {
            return switch (name) {
                case "start" -> Ints.norm(r.start());
                case "stop" -> Ints.norm(r.stop());
                case "step" -> Ints.norm(r.step());
                default -> null;
            };
        }
        if (obj instanceof PyRange r) {
            return switch (name) {
                case "start" -> r.start();
                case "stop" -> r.stop();
                case "step" -> r.step();
                default -> null;
            };
        }
        if (obj instanceof PyDescriptors.Property p) {
            return switch (name) {
                case "fget" -> p.getter() == null ? PyNone.NONE : p.getter();
                case "fset" -> p.setter() == null ? PyNone.NONE : p.setter();
                case "fdel" -> p.deleter() == null ? PyNone.NONE : p.deleter();
                case "__doc__" -> p.doc() != null ? p.doc() : p.getter() == null ? PyNone.NONE : Ops.getAttr(p.getter(), "__doc__");
                // p.__get__(obj[, type]): the property itself for no instance, else its value
                case "__get__" -> new PyBuiltin("__get__", (a, kw) -> {
                    if (a.length < 1 || a.length > 2) throw Errors.typeError("expected 1 or 2 arguments, got " + a.length);
                    if (a[0] == PyNone.NONE) return p;
                    return getProperty(p, a[0], a[0] instanceof PyInstance i ? i.cls() : Types.OBJECT, null);
                });
                // p.__set__(obj, value) and p.__delete__(obj): its setter and deleter, as an assignment would call them
                case "__set__" -> new PyBuiltin("__set__", (a, kw) -> {
                    if (a.length != 2) throw Errors.typeError("expected 2 arguments, got " + a.length);
                    if (p.setter() == null) throw propertyLacks(p, a[0], null, "setter");
                    Ops.call(p.setter(), a[0], a[1]);
                    return PyNone.NONE;
                });
                case "__delete__" -> new PyBuiltin("__delete__", (a, kw) -> {
                    if (a.length != 1) throw Errors.typeError("expected 1 argument, got " + a.length);
                    if (p.deleter() == null) throw propertyLacks(p, a[0], null, "deleter");
                    Ops.call(p.deleter(), a[0]);
                    return PyNone.NONE;
                });
                // its name is found where the class holds it when a message needs it
                case "__set_name__" -> new PyBuiltin("__set_name__", (a, kw) -> {
                    if (a.length != 2) throw Errors.typeError("__set_name__() takes 2 positional arguments but " + a.length + " were given");
                    return PyNone.NONE;
                });
                case "__isabstractmethod__" -> (Object) (isAbstract(p.getter()) || isAbstract(p.setter()) || isAbstract(p.deleter()));
                default -> null;
            };
        }
        if (obj instanceof PyCell c && name.equals("cell_contents")) {
            if (c.value == null) throw Errors.valueError("Cell is empty");
            return c.value;
        }
        if (obj instanceof PySlice s) {
            return switch (name) {
                case "start" -> s.start();
                case "stop" -> s.stop();
                case "step" -> s.step();
                default -> null;
            };
        }
        if (obj instanceof PyBuiltin b && (name.equals("__name__") || name.equals("__qualname__"))) return PyStr.of(b.name());
        if (obj instanceof PyBuiltin b && name.equals("__module__") && b.module() != null) return PyStr.of(b.module());
        if (obj instanceof PyBuiltin && name.equals("__doc__")) return PyNone.NONE;
        return null;
    }
}

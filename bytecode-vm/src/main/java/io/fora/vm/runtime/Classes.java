// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/** Creating classes from class bodies, and creating instances by calling a class. */
public final class Classes {
    private Classes() {}

    /** Builds a user class from its evaluated body. */
    public static PyClass create(String name, String module, Object[] bases, Map<String, Object> namespace) {
        return create(name, module, bases, namespace, null);
    }

    /**
     * A class with a metaclass ({@code class C(metaclass=M)}, or the metaclass of a base): the
     * class is made as usual, and M's special methods answer for it ({@code iter(C)},
     * {@code len(C)}, {@code C[k]}, {@code k in C}, {@code repr(C)}) and M's methods and
     * properties are its attributes. M's {@code __new__} and {@code __init__} are not run.
     */
    public static PyClass create(String name, String module, Object[] bases, Map<String, Object> namespace, Object meta) {
        return create(name, module, bases, namespace, meta, Kwargs.NONE);
    }

    /** As {@link #create(String, String, Object[], Map, Object)}, with the class statement's keywords for {@code __init_subclass__}. */
    public static PyClass create(String name, String module, Object[] bases, Map<String, Object> namespace, Object meta, Kwargs classKw) {
        PyClass[] bs = new PyClass[bases.length == 0 ? 1 : bases.length];
        if (bases.length == 0) bs[0] = Types.OBJECT;
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyClass c)) {
                throw Errors.typeError("bases must be types, not " + Ops.typeName(bases[i]));
            }
            if (c == Types.BOOL) throw Errors.typeError("type 'bool' is not an acceptable base type");
            bs[i] = c;
        }
        Map<String, Object> dict = new LinkedHashMap<>(namespace);
        // __new__ is a static method even without the decorator, as in Python; __init_subclass__ a class method
        if (dict.get("__new__") instanceof PyFunction f) dict.put("__new__", new PyDescriptors.StaticMethod(f));
        if (dict.get("__init_subclass__") instanceof PyFunction f) dict.put("__init_subclass__", new PyDescriptors.ClassMethod(f));
        Object qualname = dict.remove("__qualname__");
        // a library class CPython writes in C names itself in messages as C types do ('collections.deque')
        Object tpName = dict.remove("__fora_tp_name__");
        // the cell a body using super() or __class__ left in its namespace: set to the class below
        Object classCell = dict.remove("__classcell__");
        // A class that defines __eq__ but not __hash__ has unhashable instances, as in Python 3.
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) dict.put("__hash__", PyNone.NONE);
        if (dict.get("__module__") instanceof PyStr m) module = m.value();
        slotMembers(name, dict);
        PyClass cls = new PyClass(name, module, bs, dict, false);
        for (PyClass b : bs) b.subclasses().add(cls);
        if (meta != null && meta != Types.TYPE && (!(meta instanceof PyClass m) || !m.isSubclassOf(Types.TYPE))) {
            throw Errors.typeError("metaclass must be a subclass of type, not " + Ops.typeName(meta));
        }
        cls.setMetaclass(metaclassOf(bs, meta));
        if (qualname instanceof PyStr q) cls = cls.withQualname(q.value());
        if (tpName instanceof PyStr t) cls.setTpName(t.value());
        if (classCell instanceof PyCell cell) cell.value = cls;
        else if (classCell != null) throw Errors.typeError("__classcell__ must be a nonlocal cell, not " + Ops.typeName(classCell));
        setNames(cls);
        initSubclass(cls, classKw);
        return cls;
    }

    /** Each name in the class's own {@code __slots__} gets its member descriptor in the class's dict (CPython's checks). */
    private static void slotMembers(String className, Map<String, Object> dict) {
        Object slots = dict.get("__slots__");
        if (slots == null || !(slots instanceof PyStr || slots instanceof PyTuple || slots instanceof PyList)) return;
        Object[] items = slots instanceof PyStr one ? new Object[] {one} : Iterators.toArray(slots);
        String stripped = className.replaceFirst("^_+", "");
        for (Object o : items) {
            if (!(o instanceof PyStr n)) throw Errors.typeError("__slots__ items must be strings, not '" + Ops.typeName(o) + "'");
            String slot = n.value();
            if (slot.equals("__dict__") || slot.equals("__weakref__")) continue;
            if (slot.startsWith("__") && !slot.endsWith("__") && !stripped.isEmpty()) slot = "_" + stripped + slot;
            if (dict.containsKey(slot)) throw Errors.valueError("'" + n.value() + "' in __slots__ conflicts with class variable");
            dict.put(slot, new PyDescriptors.Member(slot, className));
        }
    }

    /**
     * What a class statement makes: the class itself, or, when its metaclass defines
     * {@code __new__} or {@code __init__} in Python, whatever {@code M(name, bases, ns)} answers.
     */
    public static Object make(String name, String module, Object[] bases, Map<String, Object> namespace, Object meta) {
        return make(name, module, bases, namespace, meta, Kwargs.NONE);
    }

    public static Object make(String name, String module, Object[] bases, Map<String, Object> namespace, Object meta, Kwargs classKw) {
        Object[] resolved = resolveBases(bases);
        if (resolved != bases) {
            // as __build_class__: the class keeps the bases as written
            if (!(namespace instanceof PreparedNamespace)) namespace = new LinkedHashMap<>(namespace);
            namespace.put("__orig_bases__", PyTuple.of(bases.clone()));
            bases = resolved;
        }
        PyClass m = metaclassOf(bases, meta);
        if (!(namespace instanceof PreparedNamespace) && prepares(m)) {
            // a namespace made without a class body (make_dataclass): set in the mapping __prepare__ answers
            PreparedNamespace p = prepare(m, name, bases, classKw);
            p.putAll(namespace);
            namespace = p;
        }
        if (m != null && !m.isBuiltin() && m.isSubclassOf(Types.TYPE) && (inPython(m, "__new__") || inPython(m, "__init__"))) {
            Object ns;
            if (namespace instanceof PreparedNamespace p) {
                ns = p.mapping();
            } else {
                PyDict d = new PyDict();
                for (Map.Entry<String, Object> e : namespace.entrySet()) d.put(PyStr.of(e.getKey()), e.getValue());
                ns = d;
            }
            return callMetaclass(m, new Object[] {PyStr.of(name), PyTuple.of(bases.clone()), ns}, classKw);
        }
        return create(name, module, bases, namespace instanceof PreparedNamespace p ? p.snapshot() : namespace, meta, classKw);
    }

    /**
     * The metaclass a class statement uses (null: type), as CPython's _PyType_CalculateMetaclass:
     * the most derived of the one given (else the first base's) and every base's metaclass; a
     * metaclass that is neither a subclass nor a superclass of the others is a conflict.
     */
    private static PyClass metaclassOf(Object[] bases, Object meta) {
        PyClass winner = meta instanceof PyClass mc ? mc
                : bases.length > 0 && bases[0] instanceof PyClass b0 ? metaclassOrType(b0) : Types.TYPE;
        for (Object base : bases) {
            if (!(base instanceof PyClass b)) continue;
            PyClass t = metaclassOrType(b);
            if (winner.isSubclassOf(t)) continue;
            if (t.isSubclassOf(winner)) {
                winner = t;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner == Types.TYPE ? null : winner;
    }

    private static PyClass metaclassOrType(PyClass c) { return c.metaclass() != null ? c.metaclass() : Types.TYPE; }

    /** A metaclass (null: type) with a __prepare__ of its own (type's answers a plain dict: the class body then fills one directly). */
    private static boolean prepares(PyClass m) {
        return m != null && !m.isBuiltin() && m.lookup("__prepare__") instanceof Object p && p != Types.TYPE.dict().get("__prepare__");
    }

    private static PreparedNamespace prepare(PyClass m, String name, Object[] bases, Kwargs classKw) {
        return new PreparedNamespace(Ops.call(Ops.getAttr(m, "__prepare__"), new Object[] {PyStr.of(name), PyTuple.of(bases.clone())}, classKw));
    }

    /**
     * The namespace a class body runs in: the mapping its metaclass's {@code __prepare__(name,
     * bases, **kw)} answers, when it has one written in Python (a {@link PreparedNamespace}: the
     * body's names go through the mapping, and it is called once, before the body runs, as in
     * CPython); else a plain map.
     */
    public static Map<String, Object> namespaceFor(String name, Object[] bases, Object meta, Kwargs classKw) {
        Object[] resolved = resolveBases(bases);
        PyClass m = metaclassOf(resolved, meta);
        return prepares(m) ? prepare(m, name, resolved, classKw) : new LinkedHashMap<>();
    }

    /**
     * PEP 560: a base that is not a class but has {@code __mro_entries__} (a subscripted generic
     * class, {@code Generic[T]}) stands for the classes that returns; the bases array itself when
     * none does.
     */
    static Object[] resolveBases(Object[] bases) {
        java.util.List<Object> out = null;
        for (int i = 0; i < bases.length; i++) {
            Object b = bases[i];
            Object entries = b instanceof PyClass ? null : b instanceof PyInstance p ? p.cls().lookup("__mro_entries__")
                    : b instanceof PyGenericAlias g ? g : null;
            if (entries == null) {
                if (out != null) out.add(b);
                continue;
            }
            if (out == null) out = new java.util.ArrayList<>(java.util.Arrays.asList(bases).subList(0, i));
            if (b instanceof PyGenericAlias g) { // list[int] as a base is list
                out.add(g.origin());
                continue;
            }
            Object r = Ops.callSpecial(b, "__mro_entries__", PyTuple.of(bases.clone()));
            if (!(r instanceof PyTuple t)) throw Errors.typeError("__mro_entries__ must return a tuple");
            java.util.Collections.addAll(out, t.items());
        }
        return out == null ? bases : out.toArray();
    }

    private static boolean inPython(PyClass c, String name) {
        Object f = c.lookup(name);
        return f instanceof PyFunction || f instanceof PyDescriptors.StaticMethod s && s.function() instanceof PyFunction;
    }

    /** {@code M(name, bases, ns)} for a metaclass M: {@code M.__new__}, then {@code M.__init__} on what it made, as type.__call__ does. */
    public static Object callMetaclass(PyClass meta, Object[] args, Kwargs kw) {
        Object newFn = meta.lookup("__new__");
        Object made = newFn instanceof PyDescriptors.StaticMethod sm && sm.function() instanceof PyFunction
                ? Ops.call(sm.function(), Ops.prepend(meta, args), kw)
                : typeNew(meta, args, kw);
        if (Types.typeOf(made).isSubclassOf(meta) && meta.lookup("__init__") instanceof PyFunction init) {
            Object r = Ops.call(init, Ops.prepend(made, args), kw);
            if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        }
        return made;
    }

    /** {@code type.__new__(mcs, name, bases, ns)}: a class made from a dict, with mcs as its metaclass. */
    public static PyClass typeNew(PyClass mcs, Object[] a) { return typeNew(mcs, a, Kwargs.NONE); }

    public static PyClass typeNew(PyClass mcs, Object[] a, Kwargs classKw) {
        if (a.length != 3) throw Errors.typeError("type.__new__() takes exactly 3 arguments (" + a.length + " given)");
        if (!(a[0] instanceof PyStr name)) throw Errors.typeError("type.__new__() argument 1 must be str, not " + Errors.argTypeName(a[0]));
        if (!(a[1] instanceof PyTuple bases)) throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Ops.typeName(a[1]));
        Object given = a[2] instanceof PyInstance i && i.base() instanceof PyDict d ? d : a[2]; // a dict subclass's dict
        if (!(given instanceof PyDict ns)) throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Ops.typeName(a[2]));
        Map<String, Object> attrs = new LinkedHashMap<>();
        for (int i = 0; i < ns.size(); i++) {
            Object k = ns.keyAt(i);
            if (k == null) continue;
            if (!(k instanceof PyStr s)) throw Errors.typeError("type() keys must be strings");
            attrs.put(s.value(), ns.valueAt(i));
        }
        attrs.putIfAbsent("__module__", PyStr.of("__main__"));
        String module = attrs.get("__module__") instanceof PyStr m ? m.value() : "__main__";
        return create(name.value(), module, bases.items(), attrs, mcs == Types.TYPE ? null : mcs, classKw);
    }

    /** {@code __set_name__(owner, name)} of each attribute of the new class that has one (PEP 487). */
    private static void setNames(PyClass cls) {
        for (Map.Entry<String, Object> e : new java.util.ArrayList<>(cls.dict().entrySet())) {
            if (e.getValue() instanceof PyInstance d && !(d instanceof PyException) && d.cls().lookup("__set_name__") instanceof Object hook) {
                Ops.call(hook, d, cls, PyStr.of(e.getKey()));
            }
        }
    }

    /** The nearest base's {@code __init_subclass__}, called with the new class (object's does nothing). */
    private static void initSubclass(PyClass cls, Kwargs classKw) {
        PyClass[] mro = cls.mro();
        for (int i = 1; i < mro.length; i++) {
            Object hook = mro[i].dict().get("__init_subclass__");
            if (hook == null) continue;
            if (hook instanceof PyDescriptors.ClassMethod cm) Ops.call(cm.function(), new Object[] {cls}, classKw);
            else Ops.call(hook, new Object[] {cls}, classKw);
            return;
        }
    }

    public static Object instantiate(PyClass cls, Object[] args, Kwargs kw) {
        if (cls.isBuiltin() && cls.constructor() != null) return cls.constructor().construct(cls, args, kw);
        if (cls.metaclass() != null && cls.metaclass().lookup("__call__") instanceof PyFunction call) {
            return Ops.call(call, Ops.prepend(cls, args), kw);
        }
        return construct(cls, args, kw);
    }

    /**
     * The {@code __init__} a call of cls runs on a new plain instance ({@code object.__new__}, no
     * builtin base, not an exception), or null when such a call takes another path. A metaclass's
     * {@code __call__} and abstract methods are the caller's to check.
     */
    public static PyFunction plainInit(PyClass cls) {
        if (cls.isBuiltin() || cls.isException() || cls.builtinBase() != Types.OBJECT) return null;
        if (cls.lookup("__new__") instanceof PyDescriptors.StaticMethod) return null;
        return cls.initMethod() instanceof PyFunction fn && !fn.code().is(io.fora.vm.compile.CodeObject.GENERATOR) ? fn : null;
    }

    /** {@code type.__call__(cls, *args)}: a new instance by {@code __new__} and {@code __init__}, whatever the metaclass says. */
    public static Object construct(PyClass cls, Object[] args, Kwargs kw) {
        if (cls.isBuiltin() && cls.constructor() != null) return cls.constructor().construct(cls, args, kw);
        if (cls.isSubclassOf(Types.TYPE)) return callMetaclass(cls, args, kw);
        if (cls.isException()) return newException(cls, args, kw);
        PyClass layout = cls.builtinBase();
        if (cls.isBuiltin()) throw Errors.typeError("cannot create '" + cls.name() + "' instances");
        Object made;
        Object userNew = cls.lookup("__new__");
        if (cls.abstractInstances() && !(userNew instanceof PyDescriptors.StaticMethod)) throw cls.cannotInstantiate();
        if (userNew instanceof PyDescriptors.StaticMethod sm) {
            made = Ops.call(sm.function(), Ops.prepend(cls, args), kw);
            if (!(made instanceof PyInstance mi) || !mi.cls().isSubclassOf(cls)) return made;
        } else if (layout != Types.OBJECT) {
            made = newWithBase(cls, layout, cls.initMethod() instanceof PyFunction ? null : args, kw);
        } else {
            made = new PyInstance(cls);
        }
        PyInstance obj = (PyInstance) made;
        if (obj.base() != null && !(cls.initMethod() instanceof PyFunction)) return obj; // the value is already made
        Object init = cls.initMethod();
        if (init == Types.OBJECT.dict().get("__init__") && (args.length > 0 || !kw.isEmpty()) && !(userNew instanceof PyDescriptors.StaticMethod)) {
            init = null; // object_new's check: neither __new__ nor __init__ of its own takes arguments
        }
        if (init != null) {
            Object r = Ops.call(init, Ops.prepend(obj, args), kw);
            if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        } else if (args.length > 0 || !kw.isEmpty()) {
            throw Errors.typeError(cls.name() + "() takes no arguments");
        }
        return obj;
    }

    /** An instance of a subclass of a builtin type, holding the builtin value (as tp_new would). */
    public static PyInstance newWithBase(PyClass cls, PyClass layout, Object[] args, Kwargs kw) {
        if (layout.constructor() == null) {
            throw Errors.notImplemented("subclassing builtin type '" + layout.name() + "' is not supported yet");
        }
        PyInstance obj = new PyInstance(cls);
        boolean mutable = layout == Types.LIST || layout == Types.DICT || layout == Types.SET;
        // mutable types are filled by __init__; immutable ones take their value from the call
        Object[] valueArgs = args == null || (mutable && args.length == 0) ? new Object[0] : args;
        obj.setBase(layout.constructor().construct(layout, valueArgs, args == null ? Kwargs.NONE : kw));
        return obj;
    }

    /**
     * The subclass {@code OSError(errno, strerror, ...)} makes, as CPython maps its errno (Linux's
     * numbers): {@code OSError(2, "...")} is a FileNotFoundError.
     */
    private static PyClass osErrorFor(Object errno) {
        if (!(errno instanceof Long n)) return Types.OS_ERROR;
        String name = switch (n.intValue()) {
            case 11, 114, 115 -> "BlockingIOError"; // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
            case 10 -> "ChildProcessError";
            case 32, 108 -> "BrokenPipeError"; // EPIPE, ESHUTDOWN
            case 103 -> "ConnectionAbortedError";
            case 111 -> "ConnectionRefusedError";
            case 104 -> "ConnectionResetError";
            case 17 -> "FileExistsError";
            case 2 -> "FileNotFoundError";
            case 21 -> "IsADirectoryError";
            case 20 -> "NotADirectoryError";
            case 4 -> "InterruptedError";
            case 13, 1 -> "PermissionError"; // EACCES, EPERM
            case 3 -> "ProcessLookupError";
            case 110 -> "TimeoutError";
            default -> null;
        };
        return name == null || n.longValue() != n.intValue() ? Types.OS_ERROR : Types.EXCEPTIONS.get(name);
    }

    private static Object newException(PyClass cls, Object[] args, Kwargs kw) {
        if (cls == Types.OS_ERROR && args.length >= 2) cls = osErrorFor(args[0]);
        boolean group = cls.isSubclassOf(Types.BASE_EXCEPTION_GROUP);
        if (group) cls = ExceptionGroups.checkNew(cls, args);
        PyException e = new PyException(cls);
        e.setArgs(PyTuple.of(args.clone()));
        if (group) ExceptionGroups.init(e, args);
        Object init = cls.initMethod();
        if (init != null && !(init instanceof PyBuiltin)) {
            Object r = Ops.call(init, Ops.prepend(e, args), kw);
            if (r != PyNone.NONE) throw Errors.typeError("__init__() should return None, not '" + Ops.typeName(r) + "'");
        } else if (!kw.isEmpty()) {
            // ImportError(msg, name=, path=), AttributeError(msg, name=, obj=), NameError(msg, name=): their only keywords
            java.util.Set<String> allowed = cls.isSubclassOf(Types.IMPORT_ERROR) ? java.util.Set.of("name", "path")
                    : cls.isSubclassOf(Types.ATTRIBUTE_ERROR) ? java.util.Set.of("name", "obj")
                    : cls.isSubclassOf(Types.NAME_ERROR) ? java.util.Set.of("name") : java.util.Set.of();
            if (allowed.isEmpty()) throw Errors.typeError(cls.name() + "() takes no keyword arguments");
            for (String k : kw.names()) {
                if (!allowed.contains(k)) {
                    throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + cls.name() + "()");
                }
                e.setAttr(k, kw.get(k));
            }
        }
        return e;
    }

    /** BaseException.__init__: records the arguments. */
    public static Object baseExceptionInit(Object[] args, Kwargs kw) {
        if (args.length == 0 || !(args[0] instanceof PyException e)) {
            throw Errors.typeError("descriptor '__init__' requires a 'BaseException' object");
        }
        Object[] rest = new Object[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        e.setArgs(PyTuple.of(rest));
        return PyNone.NONE;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Python class: builtin ({@code int}, {@code ValueError}) or defined by user code. Classes are
 * immutable once built (pure code cannot assign class attributes), so attribute lookups along the
 * MRO are cached.
 */
public final class PyClass {
    /** Constructs instances of a builtin type, e.g. {@code int("12")}. */
    @FunctionalInterface
    public interface Constructor {
        Object construct(PyClass cls, Object[] args, Kwargs kwargs);
    }

    private String name;
    private final PyClass[] bases;
    private final PyClass[] mro;
    private final Map<String, Object> dict;
    private final boolean builtin;
    private String module;
    private transient Constructor constructor;
    /** Lookups along the MRO; concurrent because computations on several threads share classes. */
    private transient ConcurrentHashMap<String, Object> lookupCache;
    private boolean isException;
    private String qualname;
    private final java.util.List<PyClass> subclasses = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** {@code __call__} and {@code __init__}, looked up once: every call of an instance or class needs them. */
    private transient Object callMethod, initMethod;

    public PyClass(String name, String module, PyClass[] bases, Map<String, Object> dict, boolean builtin) {
        this.name = name;
        this.module = module;
        this.bases = bases;
        this.dict = dict;
        this.builtin = builtin;
        this.mro = C3.linearize(this);
        if (builtin) {
            BUILTIN_CLASSES.putIfAbsent(builtinKey(), this);
            for (PyClass b : bases) b.subclasses.add(this); // ArithmeticError.__subclasses__(), bool in int's
        }
        for (PyClass c : mro) {
            if (c.name.equals("BaseException") && c.builtin) isException = true;
        }
    }

    private static final java.util.Map<String, PyClass> BUILTIN_CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    /** How serialised computations name a builtin class: its name, with its module's unless that is builtins ({@code struct.error}). */
    public String builtinKey() { return module.equals("builtins") ? name : module + "." + name; }

    /** A builtin class by {@link #builtinKey}, or null: how serialised computations refer to them. */
    public static PyClass builtinNamed(String name) { return BUILTIN_CLASSES.get(name); }

    /** Every builtin class created so far. */
    public static java.util.Collection<PyClass> allBuiltins() { return BUILTIN_CLASSES.values(); }

    /** Builds a builtin class; its attributes are filled in afterwards by the builtins. */
    public static PyClass builtin(String name, PyClass... bases) {
        return builtinIn("builtins", name, bases);
    }

    /** Builds a builtin class of another module ({@code itertools.product}). */
    public static PyClass builtinIn(String module, String name, PyClass... bases) {
        return new PyClass(name, module, bases, new LinkedHashMap<>(), true);
    }

    public String name() { return name; }

    /** The name error messages give the class's instances: CPython's tp_name ('collections.deque' for a type written in C). */
    private String tpName;

    public String tpName() { return tpName != null ? tpName : name; }

    public void setTpName(String tpName) { this.tpName = tpName; }

    /** {@code Outer.Inner} or {@code f.<locals>.Local}; the name for top-level classes. */
    public String qualname() { return qualname == null ? name : qualname; }

    /** Direct subclasses in creation order ({@code __subclasses__()}). */
    public java.util.List<PyClass> subclasses() { return subclasses; }

    public PyClass withQualname(String qualname) {
        this.qualname = qualname;
        return this;
    }
    public String module() { return module; }
    public PyClass[] bases() { return bases; }
    public PyClass[] mro() { return mro; }
    public Map<String, Object> dict() { return dict; }
    public boolean isBuiltin() { return builtin; }
    public boolean isException() { return isException; }
    public Constructor constructor() { return constructor; }

    public PyClass withConstructor(Constructor c) {
        this.constructor = c;
        return this;
    }

    /** The first builtin class in the MRO: the layout instances of this class have. */
    public PyClass builtinBase() {
        for (PyClass c : mro) if (c.builtin) return c;
        return null;
    }

    /** Looks a name up along the MRO; null when absent. */
    public Object lookup(String attr) {
        ConcurrentHashMap<String, Object> cache = lookupCache;
        if (cache == null) {
            cache = new ConcurrentHashMap<>();
            lookupCache = cache;
        }
        Object v = cache.get(attr);
        if (v != null) return v == Missing.MISSING ? null : v;
        v = null;
        for (PyClass c : mro) {
            v = c.dict.get(attr);
            if (v != null) break;
        }
        cache.put(attr, v == null ? Missing.MISSING : v);
        return v;
    }

    private transient Region owner = Region.forNewObject();
    /** A user metaclass ({@code class C(metaclass=M)}, or a base's), or null for {@code type}. */
    private PyClass metaclass;

    public PyClass metaclass() { return metaclass; }

    public void setMetaclass(PyClass m) { this.metaclass = m; }

    /** The metaclass's own Python method for a special name, or null. */
    public Object metaMethod(String name) {
        if (metaclass == null) return null;
        Object f = metaclass.lookup(name);
        return f instanceof PyFunction ? f : null;
    }

    /** Counts changes to this class or its bases after creation: inline caches of an older version are stale. */
    private int version;

    public int version() { return version; }

    /** The attribute names instances may have when every class in the MRO declares {@code __slots__}; null otherwise. */
    private transient java.util.Set<String> slots;
    private transient boolean slotsKnown;

    public java.util.Set<String> allowedSlots() {
        if (!slotsKnown) {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (PyClass c : mro) {
                // an exception has a __dict__ whatever its subclasses' __slots__ say
                if (c.builtin && c.isException) { names = null; break; }
                if (c.builtin) continue;
                Object s = c.dict.get("__slots__");
                if (s == null) { names = null; break; }
                Object[] items = s instanceof PyStr one ? new Object[] {one} : Iterators.toArray(s);
                for (Object o : items) {
                    if (!(o instanceof PyStr n)) continue;
                    String slot = n.value();
                    // __x in class C is stored as _C__x, as every private name in the class body
                    String stripped = c.name.replaceFirst("^_+", "");
                    if (slot.startsWith("__") && !slot.endsWith("__") && !stripped.isEmpty()) slot = "_" + stripped + slot;
                    names.add(slot);
                }
                if (names.contains("__dict__")) { names = null; break; }
            }
            slots = names;
            slotsKnown = true;
        }
        return slots;
    }

    /** True while the class's {@code __abstractmethods__} is non-empty: its instances cannot be made (CPython's Py_TPFLAGS_IS_ABSTRACT). */
    private boolean abstractInstances;

    public boolean abstractInstances() { return abstractInstances; }

    /** CPython's TypeError for making an instance of a class that still has abstract methods. */
    public PyError cannotInstantiate() {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (dict.get("__abstractmethods__") instanceof Object am) {
            PyIter it = Ops.iter(am);
            for (Object x = it.next(); x != null; x = it.next()) names.add(Repr.str(x));
        }
        java.util.Collections.sort(names);
        return Errors.typeError("Can't instantiate abstract class " + name + " with abstract method" + (names.size() > 1 ? "s " : " ")
                + String.join(", ", names));
    }

    /** {@code Cls.name = value} at run time: this class and its subclasses forget what they looked up. */
    public void setAttribute(String attr, Object value) {
        owner = Region.checkWrite(owner);
        if (attr.equals("__abstractmethods__")) abstractInstances = value != null && Ops.isTrue(value);
        if (attr.equals("__name__") || attr.equals("__qualname__") || (attr.equals("__module__") && value != null)) {
            if (!(value instanceof PyStr s)) {
                if (!attr.equals("__module__")) {
                    throw Errors.typeError("can only assign string to " + name + "." + attr + ", not '" + Ops.typeName(value) + "'");
                }
            } else if (attr.equals("__name__")) {
                name = s.value();
                return;
            } else if (attr.equals("__qualname__")) {
                qualname = s.value();
                return;
            } else {
                module = s.value();
            }
        }
        if (value == null) dict.remove(attr);
        else dict.put(attr, value);
        forgetLookups();
    }

    /** Whether the class (or a base) defines {@code __getattribute__}: null until asked after a change. */
    private transient Boolean customGetattribute;

    /** True when a class in the MRO other than object defines {@code __getattribute__}: every attribute read calls it. */
    public boolean customGetattribute() {
        Boolean b = customGetattribute;
        if (b == null) {
            Object f = builtin ? null : lookup("__getattribute__");
            b = f != null && f != Types.OBJECT.lookup("__getattribute__");
            customGetattribute = b;
        }
        return b;
    }

    private void forgetLookups() {
        version++;
        customGetattribute = null;
        lookupCache = null;
        callMethod = null;
        initMethod = null;
        for (PyClass c : subclasses) c.forgetLookups();
    }

    /** Adds an attribute while a builtin class is being set up. */
    public void define(String attr, Object value) {
        if (builtin && value instanceof PyBuiltin b) b.ownedBy(this);
        dict.put(attr, value);
        customGetattribute = null;
        lookupCache = null;
        callMethod = null;
        initMethod = null;
    }

    /** True when this class (not object, whose defaults every class has) defines the method. */
    public boolean overrides(String name) {
        Object f = lookup(name);
        return f != null && f != Types.OBJECT.dict().get(name);
    }

    public boolean isSubclassOf(PyClass other) {
        if (this == other) return true;
        for (PyClass c : mro) if (c == other) return true;
        return false;
    }

    @Override public String toString() {
        // a builtin class of a module (re.Pattern, types.UnionType) is named with it, as in CPython
        return builtin && "builtins".equals(module) ? "<class '" + name + "'>" : "<class '" + module + "." + qualname() + "'>";
    }

    private enum Missing { MISSING }

    /** {@code lookup("__call__")}, cached (null in the field means not looked up yet). */
    public Object callMethod() {
        Object m = callMethod;
        if (m == null) callMethod = m = orMissing(lookup("__call__"));
        return m == Missing.MISSING ? null : m;
    }

    /** {@code lookup("__init__")}, cached. */
    public Object initMethod() {
        Object m = initMethod;
        if (m == null) initMethod = m = orMissing(lookup("__init__"));
        return m == Missing.MISSING ? null : m;
    }

    private static Object orMissing(Object v) { return v == null ? Missing.MISSING : v; }

    /** C3 linearisation, as CPython computes {@code __mro__}. */
    static final class C3 {
        static PyClass[] linearize(PyClass cls) {
            for (int i = 0; i < cls.bases.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (cls.bases[i] == cls.bases[j]) throw Errors.typeError("duplicate base class " + cls.bases[i].name);
                }
            }
            List<List<PyClass>> seqs = new ArrayList<>();
            for (PyClass b : cls.bases) seqs.add(new ArrayList<>(List.of(b.mro)));
            seqs.add(new ArrayList<>(List.of(cls.bases)));
            List<PyClass> out = new ArrayList<>();
            out.add(cls);
            while (true) {
                seqs.removeIf(List::isEmpty);
                if (seqs.isEmpty()) return out.toArray(new PyClass[0]);
                PyClass next = null;
                for (List<PyClass> s : seqs) {
                    PyClass head = s.get(0);
                    boolean inTail = false;
                    for (List<PyClass> t : seqs) {
                        if (t.indexOf(head) > 0) { inTail = true; break; }
                    }
                    if (!inTail) { next = head; break; }
                }
                if (next == null) {
                    StringBuilder names = new StringBuilder();
                    for (PyClass b : cls.bases) {
                        if (!names.isEmpty()) names.append(", ");
                        names.append(b.name);
                    }
                    throw Errors.typeError("Cannot create a consistent method resolution\norder (MRO) for bases " + names);
                }
                out.add(next);
                for (List<PyClass> s : seqs) if (!s.isEmpty() && s.get(0) == next) s.remove(0);
            }
        }
    }
}

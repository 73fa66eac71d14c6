// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} (PEP 654) with CPython 3.11's checks,
 * {@code split}/{@code subgroup}/{@code derive}, and what {@code except*} needs: the parser lowers
 * an {@code except*} statement to an ordinary {@code except BaseException} whose handler calls
 * {@link #starBegin}, {@link #starMatch} per clause, {@link #starRaised} for what a clause raises,
 * and {@link #starFinish}, which raises what is left as CPython would.
 */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    /**
     * The class a {@code BaseExceptionGroup(message, exceptions)} call makes, after CPython's
     * checks: BaseExceptionGroup itself becomes ExceptionGroup when every exception is an Exception.
     */
    public static PyClass checkNew(PyClass cls, Object[] args) {
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) throw Errors.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not " + Errors.argTypeName(args[0]));
        Object seq = args[1];
        if (seq instanceof PySet || seq instanceof PyDict || seq instanceof PyStr || !(seq instanceof PyList || seq instanceof PyTuple
                || Ops.getAttrOrNull(seq, "__getitem__") != null && Ops.getAttrOrNull(seq, "__len__") != null)) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        Object[] items = Iterators.toArray(seq);
        if (items.length == 0) throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!e.cls().isSubclassOf(Types.EXCEPTION)) allExceptions = false;
        }
        if (cls == Types.BASE_EXCEPTION_GROUP) return allExceptions ? Types.EXCEPTION_GROUP : cls;
        if (cls == Types.EXCEPTION_GROUP) {
            if (!allExceptions) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (!allExceptions && cls.isSubclassOf(Types.EXCEPTION)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name() + "'");
        }
        return cls;
    }

    /** Fills in {@code message} and {@code exceptions} of a new group. */
    public static void init(PyException e, Object[] args) {
        e.setAttr("message", args[0]);
        e.setAttr("exceptions", PyTuple.of(Iterators.toArray(args[1])));
    }

    public static boolean isGroup(Object v) {
        return v instanceof PyException e && e.cls().isSubclassOf(Types.BASE_EXCEPTION_GROUP);
    }

    static Object[] exceptions(PyException group) {
        return ((PyTuple) group.getAttr("exceptions")).items();
    }

    /** {@code str(group)}: the message and how many exceptions it holds. */
    public static String str(PyException group) {
        int n = exceptions(group).length;
        return Repr.str(group.getAttr("message")) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** A condition of split/subgroup: an exception class, a tuple of them, or a predicate. */
    private static java.util.function.Predicate<PyException> matcher(Object cond) {
        if (cond instanceof PyClass c && c.isSubclassOf(Types.BASE_EXCEPTION)) return e -> e.cls().isSubclassOf(c);
        if (cond instanceof PyTuple t) {
            boolean ok = t.size() > 0;
            for (Object c : t.items()) ok &= c instanceof PyClass k && k.isSubclassOf(Types.BASE_EXCEPTION);
            if (ok) {
                return e -> {
                    for (Object c : t.items()) if (e.cls().isSubclassOf((PyClass) c)) return true;
                    return false;
                };
            }
        }
        if (cond instanceof PyFunction || cond instanceof PyBuiltin || cond instanceof PyBoundMethod
                || cond instanceof PyInstance i && !(cond instanceof PyException) && i.cls().lookup("__call__") != null) {
            return e -> Ops.isTrue(Ops.call(cond, e));
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {@code group.split(cond)}: (match, rest), each None or a group of the same nesting. */
    public static PyTuple split(PyException group, Object cond) {
        Object[] r = split(group, matcher(cond));
        return PyTuple.of(r[0], r[1]);
    }

    private static Object[] split(PyException group, java.util.function.Predicate<PyException> m) {
        if (m.test(group)) return new Object[] {group, PyNone.NONE};
        List<Object> match = new ArrayList<>(), rest = new ArrayList<>();
        for (Object x : exceptions(group)) {
            PyException e = (PyException) x;
            if (isGroup(e)) {
                Object[] r = split(e, m);
                if (r[0] != PyNone.NONE) match.add(r[0]);
                if (r[1] != PyNone.NONE) rest.add(r[1]);
            } else if (m.test(e)) {
                match.add(e);
            } else {
                rest.add(e);
            }
        }
        return new Object[] {derived(group, match), derived(group, rest)};
    }

    /** {@code group.derive(excs)}, with the original's cause, context and notes copied (None for no exceptions). */
    private static Object derived(PyException group, List<Object> excs) {
        if (excs.isEmpty()) return PyNone.NONE;
        Object made = Ops.call(Ops.getAttr(group, "derive"), PyList.of(excs.toArray()));
        if (!(made instanceof PyException d) || !isGroup(d)) throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        if (group.cause() != null) d.setCause(group.cause());
        d.setSuppressContext(group.suppressContext());
        if (group.context() != null) d.setContext(group.context());
        Object notes = group.getAttr("__notes__");
        if (notes != null) d.setAttr("__notes__", notes);
        return d;
    }

    /** {@code group.derive(excs)} of the builtin classes: a BaseExceptionGroup (or ExceptionGroup) with the same message. */
    public static Object derive(PyException group, Object excs) {
        return Ops.call(Types.BASE_EXCEPTION_GROUP, group.getAttr("message"), excs);
    }

    // ---- except* ----

    private static final int ORIG = 0, REST = 1, MATCHES = 2, RAISED = 3;

    /** The state of one except* statement handling exc: [exc, what no clause has matched yet, matched groups, raised]. */
    public static PyList starBegin(Object exc) {
        return PyList.of(exc, exc, PyList.empty(), PyList.empty());
    }

    /** One {@code except* T} clause: the group of what T matches (None when nothing), taken out of what is left. */
    public static Object starMatch(PyList state, Object type) {
        boolean ok = type instanceof PyClass || type instanceof PyTuple;
        if (ok) {
            for (Object c : type instanceof PyTuple t ? t.items() : new Object[] {type}) {
                if (!(c instanceof PyClass k) || !k.isSubclassOf(Types.BASE_EXCEPTION)) {
                    throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
                }
                if (k.isSubclassOf(Types.BASE_EXCEPTION_GROUP)) {
                    throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
                }
            }
        } else {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
        Object rest = state.get(REST);
        if (rest == PyNone.NONE) return PyNone.NONE;
        if (!isGroup(rest)) {
            // a bare exception that matches is handed to the clause wrapped in a group of its own
            if (!matcher(type).test((PyException) rest)) return PyNone.NONE;
            Object wrapped = Ops.call(Types.BASE_EXCEPTION_GROUP, PyStr.EMPTY, PyTuple.of(rest));
            state.set(REST, PyNone.NONE);
            ((PyList) state.get(MATCHES)).add(wrapped);
            return wrapped;
        }
        Object[] r = split((PyException) rest, matcher(type));
        state.set(REST, r[1]);
        if (r[0] != PyNone.NONE) ((PyList) state.get(MATCHES)).add(r[0]);
        return r[0];
    }

    /**
     * An exception raised by the body of the clause that matched {@code match}. A bare
     * {@code raise} there re-raises the exception the statement caught (the clause's body runs
     * inside the statement's one handler): it counts as re-raising the clause's match.
     */
    public static void starRaised(PyList state, Object exc, Object match) {
        ((PyList) state.get(RAISED)).add(exc == state.get(ORIG) && exc != match ? match : exc);
    }

    /**
     * After the clauses: what to raise, as CPython's _PyExc_PrepReraiseStar makes it. Re-raised
     * groups and what no clause matched go back in the original's shape; exceptions the clauses
     * raised come first in a new group beside them (one raised alone is raised as itself).
     * Returns normally when nothing is left.
     */
    public static void starFinish(PyList state) {
        PyException orig = (PyException) state.get(ORIG);
        Object rest = state.get(REST);
        Object[] matches = ((PyList) state.get(MATCHES)).toArray();
        Object[] raised = ((PyList) state.get(RAISED)).toArray();
        Map<Object, Boolean> keep = new IdentityHashMap<>();
        if (rest != PyNone.NONE) leaves(rest, keep);
        List<Object> fresh = new ArrayList<>();
        for (Object x : raised) {
            boolean again = x == rest;
            for (Object m : matches) again |= x == m;
            if (again) leaves(x, keep);
            else fresh.add(x);
        }
        Object kept = PyNone.NONE;
        if (!keep.isEmpty()) {
            if (!isGroup(orig)) {
                // a bare exception no clause matched is raised as itself; one a clause re-raised, in its group
                kept = rest != PyNone.NONE ? orig : matches[0];
            } else {
                Map<Object, Boolean> all = new IdentityHashMap<>();
                leaves(orig, all);
                kept = all.size() == keep.size() ? orig : split(orig, e -> keep.containsKey(e))[0];
            }
        }
        if (fresh.isEmpty()) {
            if (kept != PyNone.NONE) throw new PyError((PyException) kept);
            return;
        }
        if (kept != PyNone.NONE) fresh.add(kept);
        // one exception raised and nothing left over is raised as itself, not in a group of one
        if (fresh.size() == 1) throw new PyError((PyException) fresh.get(0));
        Object group = Ops.call(Types.BASE_EXCEPTION_GROUP, PyStr.EMPTY, PyList.of(fresh.toArray()));
        throw new PyError((PyException) group);
    }

    private static void leaves(Object e, Map<Object, Boolean> out) {
        if (isGroup(e)) {
            for (Object x : exceptions((PyException) e)) leaves(x, out);
        } else {
            out.put(e, Boolean.TRUE);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBoundMethod;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyRange;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;
import java.util.Arrays;
import java.util.Set;

/**
 * A {@code case} pattern as the interpreter runs it: the compiler evaluates the pattern's values
 * (literals, dotted names, class expressions) into an array, in the order they appear, and
 * numbers the names the pattern binds; {@link #match} tests a subject and fills the captures.
 * Names are bound only when the whole pattern matches (CPython does the same).
 */
public sealed interface MatchPattern {
    /** Matches a subject equal to {@code values[value]}. */
    record Value(int value) implements MatchPattern {}

    /** Matches the very object None, True or False. */
    record Singleton(Object value) implements MatchPattern {}

    /** Matches when {@code inner} does (or always, inner null), binding the subject to slot (or nothing, -1). */
    record Capture(MatchPattern inner, int slot) implements MatchPattern {}

    /** A sequence (not str): items, with a star at index {@code star} (or -1) bound to starSlot (or nothing, -1). */
    record Sequence(MatchPattern[] items, int star, int starSlot) implements MatchPattern {}

    /** A mapping with these keys ({@code values} indices), the rest of it bound to restSlot (or -1). */
    record Mapping(int[] keys, MatchPattern[] patterns, int restSlot) implements MatchPattern {}

    /** {@code values[cls](positional..., name=keyword...)}. */
    record ClassPattern(int cls, MatchPattern[] positional, String[] names, MatchPattern[] keywords) implements MatchPattern {}

    /** The first alternative that matches. */
    record Or(MatchPattern[] alternatives) implements MatchPattern {}

    /** The compiled form of one case: its pattern and the number of names it binds. */
    record Case(MatchPattern pattern, int slots) {}

    /** Builtin types whose single positional sub-pattern matches the subject itself. */
    Set<PyClass> SELF_MATCHING = Set.of(Types.BOOL, Types.DICT, Types.FLOAT, Types.FROZENSET, Types.INT, Types.LIST,
            Types.SET, Types.STR, Types.TUPLE);

    /**
     * Runs a case: the captures as {@code (True, c0, c1, ...)} when the subject matches,
     * False otherwise.
     */
    static Object run(Case c, Object subject, PyTuple values) {
        Object[] out = new Object[c.slots() + 1];
        if (!match(c.pattern(), subject, values.items(), out, 1)) return Boolean.FALSE;
        out[0] = Boolean.TRUE;
        return PyTuple.of(out);
    }

    private static boolean match(MatchPattern p, Object s, Object[] values, Object[] out, int base) {
        switch (p) {
            case Value v -> {
                return Ops.eq(s, values[v.value()]);
            }
            case Singleton k -> {
                return s == (k.value() == null ? PyNone.NONE : k.value());
            }
            case Capture c -> {
                if (c.inner() != null && !match(c.inner(), s, values, out, base)) return false;
                if (c.slot() >= 0) out[base + c.slot()] = s;
                return true;
            }
            case Sequence q -> {
                Object[] items = sequenceItems(s);
                if (items == null) return false;
                int n = q.items().length;
                if (q.star() < 0) {
                    if (items.length != n) return false;
                    for (int i = 0; i < n; i++) if (!match(q.items()[i], items[i], values, out, base)) return false;
                    return true;
                }
                if (items.length < n - 1) return false;
                int after = n - 1 - q.star();
                for (int i = 0; i < q.star(); i++) if (!match(q.items()[i], items[i], values, out, base)) return false;
                for (int i = 0; i < after; i++) {
                    if (!match(q.items()[q.star() + 1 + i], items[items.length - after + i], values, out, base)) return false;
                }
                if (q.starSlot() >= 0) out[base + q.starSlot()] = PyList.of(Arrays.copyOfRange(items, q.star(), items.length - after));
                return true;
            }
            case Mapping m -> {
                PyDict d = s instanceof PyDict x ? x : s instanceof PyInstance i && i.base() instanceof PyDict x ? x : null;
                if (d == null) return false;
                if (d.size() < m.keys().length) return false;
                Object[] keys = new Object[m.keys().length];
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = values[m.keys()[i]];
                    for (int j = 0; j < i; j++) {
                        if (Ops.eq(keys[j], keys[i])) throw Errors.valueError("mapping pattern checks duplicate key (" + Repr.repr(keys[i]) + ")");
                    }
                    Object v = d.get(keys[i]);
                    if (v == null || !match(m.patterns()[i], v, values, out, base)) return false;
                }
                if (m.restSlot() >= 0) {
                    PyDict rest = new PyDict();
                    outer:
                    for (int e = 0; e < d.size(); e++) {
                        for (Object k : keys) if (Ops.eq(k, d.keyAt(e))) continue outer;
                        rest.put(d.keyAt(e), d.valueAt(e));
                    }
                    out[base + m.restSlot()] = rest;
                }
                return true;
            }
            case ClassPattern c -> {
                if (!(values[c.cls()] instanceof PyClass cls)) throw Errors.typeError("called match pattern must be a type");
                if (!Types.typeOf(s).isSubclassOf(cls)) return false;
                int np = c.positional().length;
                String[] attrs = new String[np];
                if (np > 0) {
                    if (SELF_MATCHING.stream().anyMatch(cls::isSubclassOf) && cls.lookup("__match_args__") == null) {
                        if (np > 1) throw Errors.typeError(cls.name() + "() accepts 1 positional sub-pattern (" + np + " given)");
                        if (!match(c.positional()[0], s, values, out, base)) return false;
                    } else {
                        Object args = cls.lookup("__match_args__");
                        if (args != null && !(args instanceof PyTuple)) {
                            throw Errors.typeError(cls.name() + ".__match_args__ must be a tuple (got " + Ops.typeName(args) + ")");
                        }
                        int allowed = args == null ? 0 : ((PyTuple) args).size();
                        if (np > allowed) {
                            throw Errors.typeError(cls.name() + "() accepts " + allowed + " positional sub-pattern"
                                    + (allowed == 1 ? "" : "s") + " (" + np + " given)");
                        }
                        for (int i = 0; i < np; i++) {
                            Object name = ((PyTuple) args).get(i);
                            if (!(name instanceof PyStr str)) {
                                throw Errors.typeError("__match_args__ elements must be strings (got " + Ops.typeName(name) + ")");
                            }
                            attrs[i] = str.value();
                        }
                    }
                }
                for (int i = 0; i < c.names().length; i++) {
                    for (int j = 0; j < np; j++) {
                        if (c.names()[i].equals(attrs[j])) {
                            throw Errors.typeError(cls.name() + "() got multiple sub-patterns for attribute '" + attrs[j] + "'");
                        }
                    }
                }
                for (int i = 0; i < np; i++) {
                    if (attrs[i] == null) continue; // matched the subject itself
                    Object v = attribute(s, attrs[i]);
                    if (v == null || !match(c.positional()[i], v, values, out, base)) return false;
                }
                for (int i = 0; i < c.names().length; i++) {
                    Object v = attribute(s, c.names()[i]);
                    if (v == null || !match(c.keywords()[i], v, values, out, base)) return false;
                }
                return true;
            }
            case Or o -> {
                for (MatchPattern alt : o.alternatives()) if (match(alt, s, values, out, base)) return true;
                return false;
            }
        }
    }

    /** The items of a sequence a sequence pattern may match: list, tuple, range (not str, dict or set). */
    private static Object[] sequenceItems(Object s) {
        Object v = s instanceof PyInstance i && i.base() != null ? i.base() : s;
        if (v instanceof PyList || v instanceof PyTuple || v instanceof PyRange) return Iterators.toArray(v);
        return null;
    }

    /** getattr, or null when the subject has no such attribute. */
    private static Object attribute(Object s, String name) {
        try {
            return Ops.getAttr(s, name);
        } catch (PyError e) {
            if (e.exception().cls().isSubclassOf(Types.ATTRIBUTE_ERROR)) return null;
            throw e;
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm;

import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyException;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * CPython 3.11's "Did you mean" for an uncaught NameError or AttributeError
 * ({@code Python/suggestions.c}): the nearest name by a Levenshtein distance in which a changed
 * letter costs 2, or 1 when only its case changes, and inserting or deleting one costs 2; a
 * candidate counts only when at most a third of the characters involved change. An
 * AttributeError looks among {@code dir(obj)}; a NameError among the local names of the frame
 * it was raised in, then that frame's globals, then the builtins, each in order, the first
 * nearest kept.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATES = 750;
    private static final int MAX_STRING = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private static final Object NONE = new Object();

    /**
     * The suggestion for this exception, or null; worked out once (a traceback's text and its last
     * line both show it, and {@code dir(obj)} may run Python code).
     */
    static String offer(PyException e) {
        if (e.suggestion == null) {
            String s = find(e);
            e.suggestion = s == null ? NONE : s;
        }
        return e.suggestion instanceof String s ? s : null;
    }

    private static String find(PyException e) {
        try {
            if (e.cls().isSubclassOf(Types.ATTRIBUTE_ERROR)) return forAttribute(e);
            if (e.cls().isSubclassOf(Types.NAME_ERROR)) return forName(e);
        } catch (RuntimeException | StackOverflowError ignored) {
            // a failing dir() or the like: no suggestion, as CPython gives none then
        }
        return null;
    }

    private static String forAttribute(PyException e) {
        if (!(Ops.getAttrOrNull(e, "name") instanceof PyStr name)) return null;
        Object obj = Ops.getAttrOrNull(e, "obj");
        if (obj == null) return null;
        Object dir = Ops.call(io.fora.vm.builtins.Builtins.builtins().get("dir"), obj);
        return nearest(names(dir), name.value());
    }

    private static String forName(PyException e) {
        if (!(Ops.getAttrOrNull(e, "name") instanceof PyStr name) || e.raisedInGlobals == null) return null;
        String found = nearest(List.of(e.raisedInLocals), name.value());
        if (found != null) return found;
        found = nearest(new ArrayList<>(e.raisedInGlobals.asModule().attrs().keySet()), name.value());
        if (found != null) return found;
        return nearest(new ArrayList<>(e.raisedInGlobals.builtins().keySet()), name.value());
    }

    private static List<String> names(Object list) {
        List<String> out = new ArrayList<>();
        for (Object o : io.fora.vm.runtime.Iterators.toArray(list)) if (o instanceof PyStr s) out.add(s.value());
        return out;
    }

    /** calculate_suggestions: the first candidate at the smallest distance within bounds, or null. */
    static String nearest(List<String> candidates, String wrong) {
        if (candidates.size() >= MAX_CANDIDATES) return null;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item == null || item.equals(wrong)) continue;
            int max = (utf8(wrong) + utf8(item) + 3) * MOVE_COST / 6;
            max = Math.min(max, bestDistance - 1);
            int d = distance(wrong, item, max);
            if (d > max) continue;
            if (best == null || d < bestDistance) {
                best = item;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int utf8(String s) { return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length; }

    private static int substitution(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if ('A' <= a && a <= 'Z') a += 'a' - 'A';
        if ('A' <= b && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    /** levenshtein_distance over the UTF-8 bytes, giving up above max (answers max + 1). */
    static int distance(String as, String bs, int max) {
        byte[] a = as.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] b = bs.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int a0 = 0, b0 = 0, aSize = a.length, bSize = b.length;
        // trim common affixes
        while (aSize > 0 && bSize > 0 && a[a0] == b[b0]) { a0++; b0++; aSize--; bSize--; }
        while (aSize > 0 && bSize > 0 && a[a0 + aSize - 1] == b[b0 + bSize - 1]) { aSize--; bSize--; }
        if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
        if (aSize > MAX_STRING || bSize > MAX_STRING) return max + 1;
        if (bSize < aSize) {
            byte[] t = a; a = b; b = t;
            int ts = a0; a0 = b0; b0 = ts;
            ts = aSize; aSize = bSize; bSize = ts;
        }
        if ((bSize - aSize) * MOVE_COST > max) return max + 1;
        int[] buffer = new int[aSize];
        int tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[b0 + bi];
            int dist = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = dist + substitution(code, a[a0 + i]);
                dist = buffer[i];
                int insertDelete = Math.min(result, dist) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > max) return max + 1;
        }
        return result;
    }
}

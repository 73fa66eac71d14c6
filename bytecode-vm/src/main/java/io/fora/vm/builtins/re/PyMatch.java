// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.re;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;

/** A match ({@code re.Match}): the spans of every group, in code points. Immutable. */
public final class PyMatch extends PyInstance {
    final PyPattern re;
    /** The string as passed (a str subclass stays itself), and its text. */
    final Object string;
    final PyStr text;
    final int pos, endpos;
    /** start, end of group 0..groups; -1, -1 for a group that did not participate. */
    final int[] spans;

    PyMatch(PyPattern re, Object string, PyStr text, int pos, int endpos, int[] spans) {
        super(ReTypes.MATCH);
        this.re = re;
        this.string = string;
        this.text = text;
        this.pos = pos;
        this.endpos = endpos;
        this.spans = spans;
    }

    /** A group number from an int or a group name; IndexError "no such group" otherwise. */
    int index(Object key) {
        Object k = key instanceof PyInstance i && i.base() != null ? i.base() : key;
        if (Ints.isInt(k)) {
            if (k instanceof Long || k instanceof Boolean) {
                long g = k instanceof Boolean b ? (b ? 1 : 0) : (Long) k;
                if (g >= 0 && g <= re.groups) return (int) g;
            }
            throw Errors.indexError("no such group");
        }
        if (k instanceof PyStr) {
            Integer g = re.groupNumber(k);
            if (g != null) return g;
        }
        throw Errors.indexError("no such group");
    }

    /** The text of a group, or {@code dflt} when it did not participate. */
    Object group(int g, Object dflt) {
        int s = spans[2 * g];
        if (s < 0) return dflt;
        return re.out(text.substring(s, spans[2 * g + 1]));
    }

    int start(int g) { return spans[2 * g]; }

    int end(int g) { return spans[2 * g + 1]; }

    PyTuple groups(Object dflt) {
        Object[] out = new Object[re.groups];
        for (int g = 1; g <= re.groups; g++) out[g - 1] = group(g, dflt);
        return PyTuple.of(out);
    }

    PyDict groupdict(Object dflt) {
        PyDict d = new PyDict();
        PyDict idx = re.groupIndex;
        for (int i = 0; i < idx.size(); i++) d.put(idx.keyAt(i), group((int) (long) (Long) idx.valueAt(i), dflt));
        return d;
    }

    /** The last group to close: the participating group ending last, an enclosing group winning a tie. */
    Object lastindex() {
        int best = -1;
        for (int g = 1; g <= re.groups; g++) {
            if (spans[2 * g] < 0) continue;
            if (best < 0 || spans[2 * g + 1] > spans[2 * best + 1]) {
                best = g;
            } else if (spans[2 * g + 1] == spans[2 * best + 1] && !encloses(best, g)) {
                best = g;
            }
        }
        return best < 0 ? PyNone.NONE : (Object) (long) best;
    }

    private boolean encloses(int outer, int inner) {
        for (int p = re.parent[inner]; p != 0; p = re.parent[p]) if (p == outer) return true;
        return false;
    }

    Object lastgroup() {
        Object li = lastindex();
        if (li == PyNone.NONE) return PyNone.NONE;
        PyStr name = re.groupName((int) (long) (Long) li);
        return name == null ? PyNone.NONE : name;
    }

    PyTuple regs() {
        Object[] out = new Object[re.groups + 1];
        for (int g = 0; g <= re.groups; g++) out[g] = PyTuple.of((long) spans[2 * g], (long) spans[2 * g + 1]);
        return PyTuple.of(out);
    }

    String repr() {
        String m = Repr.repr(group(0, PyNone.NONE));
        if (m.codePointCount(0, m.length()) > 50) m = m.substring(0, m.offsetByCodePoints(0, 50));
        return "<re.Match object; span=(" + spans[0] + ", " + spans[1] + "), match=" + m + ">";
    }
}

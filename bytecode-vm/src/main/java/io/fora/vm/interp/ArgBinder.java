// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.PyCell;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a function's parameter slots, with CPython's error messages. */
final class ArgBinder {
    private ArgBinder() {}

    /** As {@link #bind} for {@code f(self, args..., **kw)}, without first copying the arguments. */
    static void bindWithSelf(PyFunction f, Object self, Object[] args, int offset, int argc, Kwargs kw, Object[] slots) {
        CodeObject co = f.code();
        if (co.ncells == 0 && co.nfree == 0 && (co.flags & (CodeObject.VARARGS | CodeObject.VARKW)) == 0
                && co.kwOnlyCount == 0 && argc + 1 == co.argCount && (kw == null || kw.isEmpty())) {
            slots[0] = self;
            System.arraycopy(args, offset, slots, 1, argc);
            return;
        }
        Object[] all = new Object[argc + 1];
        all[0] = self;
        System.arraycopy(args, offset, all, 1, argc);
        bind(f, all, 0, all.length, kw, slots);
    }

    /** Fills parameter, cell and free slots of a new frame for {@code f(args..., **kw)}. */
    static void bind(PyFunction f, Object[] args, int offset, int argc, Kwargs kw, Object[] slots) {
        CodeObject co = f.code();
        int n = co.argCount;
        boolean simple = (co.flags & (CodeObject.VARARGS | CodeObject.VARKW)) == 0 && co.kwOnlyCount == 0;
        if (simple && argc == n && (kw == null || kw.isEmpty())) {
            System.arraycopy(args, offset, slots, 0, argc);
        } else {
            bindGeneral(f, co, args, offset, argc, kw == null ? Kwargs.NONE : kw, slots);
        }
        int base = co.nlocals;
        for (int i = 0; i < co.ncells; i++) {
            int p = co.cellParam[i];
            slots[base + i] = new PyCell(p >= 0 ? slots[p] : null);
        }
        PyCell[] closure = f.closure();
        if (closure != null) System.arraycopy(closure, 0, slots, base + co.ncells, co.nfree);
    }

    private static void bindGeneral(PyFunction f, CodeObject co, Object[] args, int offset, int argc, Kwargs kw, Object[] slots) {
        int n = co.argCount;
        int kwOnly = co.kwOnlyCount;
        boolean varargs = co.is(CodeObject.VARARGS), varkw = co.is(CodeObject.VARKW);
        int varargsSlot = n + kwOnly;
        int varkwSlot = varargsSlot + (varargs ? 1 : 0);
        String fname = f.qualname();
        int positional = Math.min(argc, n);
        System.arraycopy(args, offset, slots, 0, positional);
        if (argc > n) {
            if (!varargs) {
                // CPython reports a keyword clash before the count, so keywords are bound first
                bindKeywords(f, co, kw, slots, null, n, kwOnly);
                throw tooManyPositional(f, co, argc, slots);
            }
            Object[] extra = new Object[argc - n];
            System.arraycopy(args, offset + n, extra, 0, extra.length);
            slots[varargsSlot] = PyTuple.of(extra);
        } else if (varargs) {
            slots[varargsSlot] = PyTuple.EMPTY;
        }
        PyDict extraKw = varkw ? new PyDict() : null;
        bindKeywords(f, co, kw, slots, extraKw, n, kwOnly);
        if (varkw) slots[varkwSlot] = extraKw;
        fillDefaults(f, co, slots, n, kwOnly);
    }

    private static RuntimeException tooManyPositional(PyFunction f, CodeObject co, int given, Object[] slots) {
        int n = co.argCount;
        int required = n - f.defaults().length;
        String takes = required == n ? String.valueOf(n) : "from " + required + " to " + n;
        int kwOnlyGiven = 0;
        for (int i = n; i < n + co.kwOnlyCount; i++) if (slots[i] != null) kwOnlyGiven++;
        String kwOnly = kwOnlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and " + kwOnlyGiven
                + " keyword-only argument" + (kwOnlyGiven != 1 ? "s" : "") + ")";
        return Errors.typeError(f.qualname() + "() takes " + takes + " positional argument" + (n == 1 && required == n ? "" : "s")
                + " but " + given + kwOnly + (given == 1 && kwOnlyGiven == 0 ? " was" : " were") + " given");
    }

    private static void bindKeywords(PyFunction f, CodeObject co, Kwargs kw, Object[] slots, PyDict extraKw, int n, int kwOnly) {
        String fname = f.qualname();
        List<String> posOnlyAsKw = new ArrayList<>();
        for (int k = 0; k < kw.size(); k++) {
            String name = kw.names()[k];
            int slot = -1;
            for (int i = co.posOnlyCount; i < n + kwOnly; i++) {
                if (co.slotNames[i].equals(name)) { slot = i; break; }
            }
            if (slot < 0) {
                boolean isPosOnly = false;
                for (int i = 0; i < co.posOnlyCount; i++) if (co.slotNames[i].equals(name)) isPosOnly = true;
                if (extraKw != null) {
                    extraKw.put(PyStr.of(name), kw.values()[k]);
                    continue;
                }
                if (isPosOnly) {
                    posOnlyAsKw.add(name);
                    continue;
                }
                throw Errors.typeError(fname + "() got an unexpected keyword argument '" + name + "'");
            }
            if (slots[slot] != null) throw Errors.typeError(fname + "() got multiple values for argument '" + name + "'");
            slots[slot] = kw.values()[k];
        }
        if (!posOnlyAsKw.isEmpty()) {
            throw Errors.typeError(fname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
    }

    private static void fillDefaults(PyFunction f, CodeObject co, Object[] slots, int n, int kwOnly) {
        String fname = f.qualname();
        Object[] defaults = f.defaults();
        int firstDefault = n - defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (slots[i] == null) {
                if (i >= firstDefault) slots[i] = defaults[i - firstDefault];
                else missing.add(co.slotNames[i]);
            }
        }
        if (!missing.isEmpty()) throw missingError(fname, "positional", missing);
        for (int i = n; i < n + kwOnly; i++) {
            if (slots[i] == null) {
                Object d = f.kwDefaults() == null ? null : f.kwDefaults().get(PyStr.of(co.slotNames[i]));
                if (d != null) slots[i] = d; else missing.add(co.slotNames[i]);
            }
        }
        if (!missing.isEmpty()) throw missingError(fname, "keyword-only", missing);
    }

    private static RuntimeException missingError(String fname, String kind, List<String> names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(i == names.size() - 1 ? (names.size() > 2 ? ", and " : " and ") : ", ");
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(fname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + sb);
    }
}

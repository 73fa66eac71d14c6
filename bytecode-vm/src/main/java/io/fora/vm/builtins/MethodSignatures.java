// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;

/**
 * Argument-count and keyword checks for methods of builtin types, worded as CPython words them.
 * CPython has three styles, depending on how each method parses its arguments: no-argument and
 * one-argument methods ({@code str.upper() takes no arguments (1 given)}), Argument Clinic
 * ({@code replace expected at least 2 arguments, got 1}), and the older PyArg_ParseTuple
 * ({@code find() takes at least 1 argument (0 given)}).
 */
final class MethodSignatures {
    private MethodSignatures() {}

    enum Style { NOARGS, ONE, CLINIC, PARSE_TUPLE }

    private record Signature(Style style, int min, int max, boolean keywords) {}

    private static final java.util.Map<String, Signature> STR = new java.util.HashMap<>();
    static {
        for (String m : new String[] {"capitalize", "casefold", "isalnum", "isalpha", "isascii", "isdecimal", "isdigit",
                "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper", "lower",
                "swapcase", "title", "upper"}) {
            STR.put(m, new Signature(Style.NOARGS, 0, 0, false));
        }
        for (String m : new String[] {"join", "removeprefix", "removesuffix", "zfill", "partition", "rpartition", "translate"}) {
            STR.put(m, new Signature(Style.ONE, 1, 1, false));
        }
        for (String m : new String[] {"center", "ljust", "rjust"}) STR.put(m, new Signature(Style.CLINIC, 1, 2, false));
        STR.put("replace", new Signature(Style.CLINIC, 2, 3, false));
        for (String m : new String[] {"strip", "lstrip", "rstrip"}) STR.put(m, new Signature(Style.CLINIC, 0, 1, false));
        for (String m : new String[] {"find", "rfind", "index", "rindex", "count", "startswith", "endswith"}) {
            STR.put(m, new Signature(Style.PARSE_TUPLE, 1, 3, false));
        }
    }

    /** Wraps the listed methods of str with CPython's checks. */
    static void install(PyClass str) {
        STR.forEach((name, sig) -> {
            if (!(str.dict().get(name) instanceof PyBuiltin body)) return;
            str.define(name, new PyBuiltin(name, (a, kw) -> {
                check("str", name, sig, a.length - 1, kw);
                return body.call(a, kw);
            }));
        });
    }

    private static void check(String type, String name, Signature sig, int n, Kwargs kw) {
        if (!sig.keywords() && !kw.isEmpty()) throw Errors.typeError(type + "." + name + "() takes no keyword arguments");
        if (n >= sig.min() && n <= sig.max()) return;
        String msg = switch (sig.style()) {
            case NOARGS -> type + "." + name + "() takes no arguments (" + n + " given)";
            case ONE -> type + "." + name + "() takes exactly one argument (" + n + " given)";
            case CLINIC -> n < sig.min()
                    ? name + " expected at least " + sig.min() + " argument" + (sig.min() == 1 ? "" : "s") + ", got " + n
                    : name + " expected at most " + sig.max() + " argument" + (sig.max() == 1 ? "" : "s") + ", got " + n;
            case PARSE_TUPLE -> n < sig.min()
                    ? name + "() takes at least " + sig.min() + " argument" + (sig.min() == 1 ? "" : "s") + " (" + n + " given)"
                    : name + "() takes at most " + sig.max() + " argument" + (sig.max() == 1 ? "" : "s") + " (" + n + " given)";
        };
        throw Errors.typeError(msg);
    }

    /**
     * The methods of str, int, float and bytes read a subclass instance argument as its value
     * ({@code "a-b".split(S("-"))}, {@code (5).to_bytes(2, S("big"))}), as CPython's do; the
     * listed ones (formatting, which calls the argument's own {@code __str__} or {@code __format__},
     * and join, which iterates its argument) take their arguments as they are.
     */
    static void valueArguments(PyClass cls, java.util.Set<String> except) {
        for (var e : new java.util.ArrayList<>(cls.dict().entrySet())) {
            if (!(e.getValue() instanceof PyBuiltin body) || except.contains(e.getKey())
                    || e.getKey().equals("__init__") || e.getKey().equals("__new__")) continue;
            String name = e.getKey();
            cls.define(name, new PyBuiltin(name, (a, kw) ->
                    body.call(io.fora.vm.runtime.PyInstance.valuesOf(a), io.fora.vm.runtime.PyInstance.valuesOf(kw))));
        }
    }

    /** Methods of the other builtin types take no keywords; say so as CPython does. */
    static void noKeywords(PyClass cls, java.util.Set<String> except) {
        for (var e : new java.util.ArrayList<>(cls.dict().entrySet())) {
            if (!(e.getValue() instanceof PyBuiltin body) || except.contains(e.getKey())
                    || e.getKey().equals("__init__") || e.getKey().equals("__new__")) continue;
            String name = e.getKey();
            cls.define(name, new PyBuiltin(name, (a, kw) -> {
                if (!kw.isEmpty()) throw Errors.typeError(cls.name() + "." + name + "() takes no keyword arguments");
                return body.call(a, kw);
            }));
        }
    }
}

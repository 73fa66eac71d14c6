// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * How many arguments each method of the builtin types takes, and the TypeError CPython 3.11
 * raises otherwise, worded as it words it ({@code list.append() takes exactly one argument (2
 * given)}, {@code pop expected at most 1 argument, got 2}, {@code expected 1 argument, got 0}).
 * The table ({@link BuiltinSignatureTable}, Java source so that start-up reads no resource) is
 * generated from CPython by {@code tools/gen_signatures.py}.
 */
public final class BuiltinSignatures {
    private BuiltinSignatures() {}

    /** One method: the arguments it accepts (max 99: any number) and its two messages, {n} the count given. */
    public record Signature(int min, int max, String tooFew, String tooMany) {
        /** Raises CPython's TypeError when n arguments (self not counted) are not accepted. */
        public void check(int n) {
            if (n < min) throw Errors.typeError(tooFew.replace("{n}", Integer.toString(n)));
            if (n > max) throw Errors.typeError(tooMany.replace("{n}", Integer.toString(n)));
        }
    }

    private static final Map<String, Map<String, Signature>> TABLE = load();

    private static Map<String, Map<String, Signature>> load() {
        Map<String, Map<String, Signature>> t = new HashMap<>();
        for (String line : BuiltinSignatureTable.ROWS.split("\n")) {
            if (line.isBlank()) continue;
            String[] f = line.split("\t", -1);
            t.computeIfAbsent(f[0], k -> new HashMap<>())
                    .put(f[1], new Signature(Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5]));
        }
        return t;
    }

    /** The signature of {@code type.method}, or null when the table has none. */
    public static Signature of(String type, String method) {
        Map<String, Signature> m = TABLE.get(type);
        return m == null ? null : m.get(method);
    }

    /** The same for the builtin functions ({@code hex()}, {@code getattr(x)}). */
    public static void installFunctions(Map<String, Object> builtins) {
        Map<String, Signature> m = TABLE.get("builtins");
        if (m == null) return;
        m.forEach((name, sig) -> {
            if (!(builtins.get(name) instanceof PyBuiltin body)) return;
            builtins.put(name, new PyBuiltin(name, (a, kw) -> {
                if (kw.isEmpty()) sig.check(a.length); // arguments passed by keyword are the function's to check
                return body.call(a, kw);
            }));
        });
    }

    /**
     * Wraps each method of a builtin class that the table knows with CPython's count check, so a
     * call with too few or too many arguments raises CPython's TypeError instead of failing inside
     * (or silently ignoring the extra ones).
     */
    public static void install(PyClass cls) {
        Map<String, Signature> m = TABLE.get(cls.name());
        if (m == null) return;
        m.forEach((name, sig) -> {
            if (!(cls.dict().get(name) instanceof PyBuiltin body)) return;
            cls.define(name, new PyBuiltin(name, (a, kw) -> {
                if (kw.isEmpty()) sig.check(a.length - 1);
                return body.call(a, kw);
            }));
        });
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/** Keyword arguments of a call: parallel arrays of names and values. */
public record Kwargs(String[] names, Object[] values) {
    public static final Kwargs NONE = new Kwargs(new String[0], new Object[0]);

    public boolean isEmpty() { return names.length == 0; }

    public int size() { return names.length; }

    /** The value passed for a name, or null when not passed. */
    public Object get(String name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return values[i];
        return null;
    }

    /**
     * Merges keywords into positional slots for a builtin with positional-or-keyword parameters
     * ({@code pow(base, exp, mod)}): the result has one slot per parameter, null where not given.
     */
    public Object[] bind(String function, Object[] args, String... params) {
        if (args.length > params.length) {
            throw Errors.typeError(function + "() takes at most " + params.length + " arguments (" + args.length + " given)");
        }
        Object[] out = java.util.Arrays.copyOf(args, params.length);
        outer:
        for (int k = 0; k < names.length; k++) {
            for (int p = 0; p < params.length; p++) {
                if (params[p].equals(names[k])) {
                    if (p < args.length) {
                        throw Errors.typeError("argument for " + function + "() given by name ('" + names[k] + "') and position (" + (p + 1) + ")");
                    }
                    out[p] = values[k];
                    continue outer;
                }
            }
            throw Errors.typeError("'" + names[k] + "' is an invalid keyword argument for " + function + "()");
        }
        return out;
    }

    /** Fails with a TypeError when a keyword outside the allowed set was passed. */
    public void allowOnly(String function, String... allowed) {
        outer:
        for (String n : names) {
            for (String a : allowed) if (a.equals(n)) continue outer;
            throw Errors.typeError("'" + n + "' is an invalid keyword argument for " + function + "()");
        }
    }
}

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

    /** Fails with a TypeError when a keyword outside the allowed set was passed. */
    public void allowOnly(String function, String... allowed) {
        outer:
        for (String n : names) {
            for (String a : allowed) if (a.equals(n)) continue outer;
            throw Errors.typeError(function + "() got an unexpected keyword argument '" + n + "'");
        }
    }
}

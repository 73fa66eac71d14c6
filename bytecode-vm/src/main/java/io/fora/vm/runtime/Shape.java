// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The layout of an instance's attributes (a "hidden class"): which name lives at which index of
 * the instance's value array. Instances that gained the same attributes in the same order share
 * one shape, so a call site can cache (shape, index) and read an attribute without hashing.
 */
public final class Shape {
    public static final Shape EMPTY = new Shape(new String[0]);

    private final String[] names;
    private final HashMap<String, Integer> index = new HashMap<>();
    private final transient ConcurrentHashMap<String, Shape> transitions = new ConcurrentHashMap<>();

    private Shape(String[] names) {
        this.names = names;
        for (int i = 0; i < names.length; i++) index.put(names[i], i);
    }

    /** Index of an attribute, or -1. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public int size() { return names.length; }

    public String name(int i) { return names[i]; }

    /** The shape after adding one attribute; shared by every instance that takes the same path. */
    public Shape with(String name) {
        ConcurrentHashMap<String, Shape> t = transitions;
        if (t == null) return extended(name); // a deserialised shape: correct, just not shared
        return t.computeIfAbsent(name, this::extended);
    }

    private Shape extended(String name) {
        String[] more = java.util.Arrays.copyOf(names, names.length + 1);
        more[names.length] = name;
        return new Shape(more);
    }
}

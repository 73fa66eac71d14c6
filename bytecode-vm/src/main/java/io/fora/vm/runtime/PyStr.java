// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A Python str: immutable, indexed by code point. Wraps a Java string; when the text holds no
 * surrogate pairs (the usual case) code-point indices are char indices, so indexing stays O(1).
 * Astral text keeps its code points in an int array, built once on first index.
 */
public final class PyStr implements Comparable<PyStr> {
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] ASCII = new PyStr[128];
    static {
        for (int i = 0; i < 128; i++) ASCII[i] = new PyStr(String.valueOf((char) i));
    }

    private final String value;
    /** -1 while unknown; otherwise the number of code points. */
    private int length = -1;
    private transient int[] codePoints;

    private PyStr(String value) { this.value = value; }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 128) return ASCII[s.charAt(0)];
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        return cp < 128 ? ASCII[cp] : new PyStr(Character.toString(cp));
    }

    public String value() { return value; }

    /** Number of code points (Python's len). */
    public int length() {
        int n = length;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            length = n;
        }
        return n;
    }

    public boolean isBmp() { return length() == value.length(); }

    public int codePointAt(int index) {
        if (isBmp()) return value.charAt(index);
        return codePoints()[index];
    }

    /** Substring by code-point indices [from, to). */
    public PyStr substring(int from, int to) {
        if (isBmp()) return of(value.substring(from, to));
        int[] cps = codePoints();
        return of(new String(cps, from, to - from));
    }

    public int[] codePoints() {
        int[] cps = codePoints;
        if (cps == null) {
            cps = value.codePoints().toArray();
            codePoints = cps;
        }
        return cps;
    }

    /** Converts a char index into a code-point index. */
    public int toCodePointIndex(int charIndex) {
        return isBmp() ? charIndex : value.codePointCount(0, charIndex);
    }

    /** Converts a code-point index into a char index. */
    public int toCharIndex(int cpIndex) {
        return isBmp() ? cpIndex : value.offsetByCodePoints(0, cpIndex);
    }

    @Override public boolean equals(Object o) {
        return o instanceof PyStr s && s.value.equals(value);
    }

    @Override public int hashCode() { return value.hashCode(); }

    /** Python orders strings by code point, which differs from UTF-16 order for astral text. */
    @Override public int compareTo(PyStr o) {
        String a = value, b = o.value;
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    @Override public String toString() { return value; }
}

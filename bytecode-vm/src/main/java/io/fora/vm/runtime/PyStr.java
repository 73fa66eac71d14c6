// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A Python str: immutable, indexed by code point. Wraps a Java string; when the text holds no
 * surrogate pairs (the usual case) code-point indices are char indices, so indexing stays O(1).
 * Astral text keeps its code points in an int array, built once on first index.
 *
 * <p>{@code s + t} is amortised O(1) in the length of {@code s} for long strings, so that the
 * usual {@code s += piece} loop is linear as in CPython: long results share a growable char
 * buffer, and a string whose length equals the buffer's filled count may append in place, since
 * no other string can see the chars beyond its own length. Such a string makes its Java string
 * only when something reads its text.
 */
public final class PyStr implements Comparable<PyStr> {
    public static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] ASCII = new PyStr[128];
    static {
        for (int i = 0; i < 128; i++) ASCII[i] = new PyStr(String.valueOf((char) i));
    }

    /**
     * The text; null until first read for a string made by appending to a shared buffer. Not
     * volatile: a String is safely published by its final fields, so a racing reader sees null
     * (and makes its own) or the whole text.
     */
    private String value;
    /** -1 while unknown; otherwise the number of code points. */
    private int length = -1;
    /**
     * Its Python hash ({@link Hashing#hashStr}) once computed, else 0: a name looked up in
     * dicts again and again (a class's attributes, keyword arguments, a module's names) is
     * hashed once. Volatile, so that no thread reads half of it.
     */
    private transient volatile long hash;
    private transient int[] codePoints;
    /** The shared buffer this string is a prefix of, or null. */
    private final Chars chars;
    /** The number of chars (UTF-16 units). */
    private final int charLength;

    /** A growable buffer: chars [0, filled) are final once written. */
    private static final class Chars {
        char[] data;
        int filled;

        Chars(char[] data, int filled) { this.data = data; this.filled = filled; }
    }

    /** Concatenations shorter than this are plain strings. */
    private static final int SHARED_MIN = 256;

    private PyStr(String value) {
        this.value = value;
        this.chars = null;
        this.charLength = value.length();
    }

    private PyStr(Chars chars, int charLength, int length) {
        this.chars = chars;
        this.charLength = charLength;
        this.length = length;
    }

    /** {@code a + b}. */
    public static PyStr concat(PyStr a, PyStr b) {
        int al = a.charLength, bl = b.charLength;
        if (bl == 0) return a;
        if (al == 0) return b;
        int total = al + bl;
        if (total < 0) throw new OutOfMemoryError("str too long");
        // additive only when neither side has surrogates (a pair could form where they meet)
        int cps = a.length >= 0 && b.length >= 0 && a.length == al && b.length == bl ? total : -1;
        if (total < SHARED_MIN) return of(a.value().concat(b.value()));
        Chars c = a.chars;
        if (c != null) {
            synchronized (c) {
                if (c.filled == al) {
                    if (total > c.data.length) c.data = java.util.Arrays.copyOf(c.data, grow(total));
                    b.getChars(c.data, al);
                    c.filled = total;
                    return new PyStr(c, total, cps);
                }
            }
        }
        char[] data = new char[grow(total)];
        a.getChars(data, 0);
        b.getChars(data, al);
        return new PyStr(new Chars(data, total), total, cps);
    }

    private static int grow(int n) {
        return (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16L, n + (n >> 1)));
    }

    /** Copies this string's chars into {@code dst} at {@code at}. */
    private void getChars(char[] dst, int at) {
        String v = value;
        if (v != null) {
            v.getChars(0, charLength, dst, at);
            return;
        }
        synchronized (chars) {
            System.arraycopy(chars.data, 0, dst, at, charLength);
        }
    }

    public static PyStr of(String s) {
        if (s.length() == 1 && s.charAt(0) < 128) return ASCII[s.charAt(0)];
        return s.isEmpty() ? EMPTY : new PyStr(s);
    }

    public static PyStr ofCodePoint(int cp) {
        return cp < 128 ? ASCII[cp] : new PyStr(Character.toString(cp));
    }

    public String value() {
        String v = value;
        if (v == null) {
            synchronized (chars) {
                v = new String(chars.data, 0, charLength);
            }
            value = v;
        }
        return v;
    }

    /** The number of chars (UTF-16 units) of the text. */
    public int charLength() { return charLength; }

    /** Number of code points (Python's len). */
    public int length() {
        int n = length;
        if (n < 0) {
            String v = value();
            n = v.codePointCount(0, v.length());
            length = n;
        }
        return n;
    }

    public boolean isBmp() { return length() == charLength; }

    public int codePointAt(int index) {
        if (isBmp()) return value().charAt(index);
        return codePoints()[index];
    }

    /** Substring by code-point indices [from, to). */
    public PyStr substring(int from, int to) {
        if (isBmp()) return of(value().substring(from, to));
        int[] cps = codePoints();
        return of(new String(cps, from, to - from));
    }

    public int[] codePoints() {
        int[] cps = codePoints;
        if (cps == null) {
            cps = value().codePoints().toArray();
            codePoints = cps;
        }
        return cps;
    }

    /** Converts a char index into a code-point index. */
    public int toCodePointIndex(int charIndex) {
        return isBmp() ? charIndex : value().codePointCount(0, charIndex);
    }

    /** Converts a code-point index into a char index. */
    public int toCharIndex(int cpIndex) {
        return isBmp() ? cpIndex : value().offsetByCodePoints(0, cpIndex);
    }

    @Override public boolean equals(Object o) {
        return o instanceof PyStr s && (s == this || s.charLength == charLength && s.value().equals(value()));
    }

    @Override public int hashCode() { return value().hashCode(); }

    /** The Python hash computed before, or 0. */
    long cachedHash() { return hash; }

    void cacheHash(long h) { hash = h; }

    /** Python orders strings by code point, which differs from UTF-16 order for astral text. */
    @Override public int compareTo(PyStr o) {
        String a = value(), b = o.value();
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

    @Override public String toString() { return value(); }
}

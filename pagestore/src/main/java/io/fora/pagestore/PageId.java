// SPDX-License-Identifier: Apache-2.0
package io.fora.pagestore;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A page's name: the first 128 bits of the SHA-256 of its kind and bytes, so two workers that
 * hold the same content hold the same page, and a page that arrives with the wrong bytes is seen.
 */
public record PageId(long hi, long lo) {
    /** The id of content of this kind. */
    public static PageId of(PageKind kind, MemorySegment data) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        sha.update((byte) kind.ordinal());
        if (data.heapBase().orElse(null) instanceof byte[] array && data.byteSize() == array.length) {
            sha.update(array); // the whole array: no copy
            byte[] d = sha.digest();
            return new PageId(bigEndian(d, 0), bigEndian(d, 8));
        }
        byte[] chunk = new byte[64 * 1024];
        long size = data.byteSize();
        for (long at = 0; at < size; at += chunk.length) {
            int n = (int) Math.min(chunk.length, size - at);
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, at, chunk, 0, n);
            sha.update(chunk, 0, n);
        }
        byte[] d = sha.digest();
        return new PageId(bigEndian(d, 0), bigEndian(d, 8));
    }

    /** The id written as 32 hex digits (what {@link #toString} gives). */
    public static PageId parse(String hex) {
        if (hex == null || hex.length() != 32) throw new IllegalArgumentException("a page id is 32 hex digits, not '" + hex + "'");
        try {
            return new PageId(Long.parseUnsignedLong(hex.substring(0, 16), 16), Long.parseUnsignedLong(hex.substring(16), 16));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a page id is 32 hex digits, not '" + hex + "'");
        }
    }

    private static long bigEndian(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) v = v << 8 | (b[at + i] & 0xFF);
        return v;
    }

    @Override public String toString() {
        return String.format("%016x%016x", hi, lo);
    }
}

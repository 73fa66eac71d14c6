// SPDX-License-Identifier: Apache-2.0
package io.fora.pagestore;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;

/**
 * An immutable run of elements of one kind, named by its content ({@link PageId}). Its bytes live
 * on the heap, off the heap, or in a memory-mapped file; readers see them read-only.
 */
public final class Page {
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);
    static final ValueLayout.OfDouble DOUBLE = ValueLayout.JAVA_DOUBLE_UNALIGNED.withOrder(ByteOrder.LITTLE_ENDIAN);

    private final PageId id;
    private final PageKind kind;
    private final MemorySegment data;

    Page(PageId id, PageKind kind, MemorySegment data) {
        this.id = id;
        this.kind = kind;
        this.data = data.asReadOnly();
    }

    /** A page of these bytes (copied), read as kind's elements. */
    public static Page of(PageKind kind, byte[] bytes) {
        if (bytes.length % kind.width != 0) {
            throw new IllegalArgumentException(bytes.length + " bytes are not a whole number of " + kind + " elements");
        }
        MemorySegment data = MemorySegment.ofArray(bytes.clone());
        return new Page(PageId.of(kind, data), kind, data);
    }

    public static Page ofLongs(long[] values) {
        MemorySegment data = MemorySegment.ofArray(new byte[Math.multiplyExact(values.length, 8)]);
        for (int i = 0; i < values.length; i++) data.setAtIndex(LONG, i, values[i]);
        return new Page(PageId.of(PageKind.LONGS, data), PageKind.LONGS, data);
    }

    public static Page ofDoubles(double[] values) {
        MemorySegment data = MemorySegment.ofArray(new byte[Math.multiplyExact(values.length, 8)]);
        for (int i = 0; i < values.length; i++) data.setAtIndex(DOUBLE, i, values[i]);
        return new Page(PageId.of(PageKind.DOUBLES, data), PageKind.DOUBLES, data);
    }

    private static final java.lang.invoke.MethodHandle UNINITIALIZED = uninitializedArrays();

    /**
     * JDK's allocation of an array it does not zero, when this JVM lets us reach it (the jar's
     * manifest exports jdk.internal.misc, which Aeron's Agrona needs too); null otherwise.
     */
    private static java.lang.invoke.MethodHandle uninitializedArrays() {
        try {
            Class<?> unsafe = Class.forName("jdk.internal.misc.Unsafe");
            Object u = unsafe.getMethod("getUnsafe").invoke(null);
            java.lang.invoke.MethodHandle m = java.lang.invoke.MethodHandles.lookup()
                    .findVirtual(unsafe, "allocateUninitializedArray", java.lang.invoke.MethodType.methodType(Object.class, Class.class, int.class))
                    .bindTo(u);
            m.invoke(byte.class, 1);
            return m;
        } catch (Throwable notExported) {
            return null;
        }
    }

    /**
     * A byte array for n bytes that will all be written before anyone reads them: not zeroed
     * first when the JDK allows it (a page that arrives is copied into its array once, and
     * zeroing 20 MB first would cost a third as much again).
     */
    static byte[] forOverwrite(int n) {
        if (UNINITIALIZED != null && n >= 4096) {
            try {
                return (byte[]) UNINITIALIZED.invokeExact(byte.class, n);
            } catch (Throwable t) {
                // fall through to a zeroed array
            }
        }
        return new byte[n];
    }

    /** A page whose id was computed already (bytes that arrived whole and were checked, or a spilled file). */
    static Page trusted(PageId id, PageKind kind, MemorySegment data) { return new Page(id, kind, data); }

    public PageId id() { return id; }

    public PageKind kind() { return kind; }

    /** Elements in the page. */
    public long count() { return data.byteSize() / kind.width; }

    /** Bytes the page's elements take. */
    public long byteSize() { return data.byteSize(); }

    /** The bytes, read-only. */
    public MemorySegment data() { return data; }

    public long getLong(long i) { return data.getAtIndex(LONG, i); }

    public double getDouble(long i) { return data.getAtIndex(DOUBLE, i); }

    public boolean getBool(long i) { return data.get(ValueLayout.JAVA_BYTE, i) != 0; }

    public byte getByte(long i) { return data.get(ValueLayout.JAVA_BYTE, i); }

    /** A copy of the bytes. */
    public byte[] toByteArray() { return data.toArray(ValueLayout.JAVA_BYTE); }

    @Override public boolean equals(Object o) { return o instanceof Page p && p.id.equals(id); }

    @Override public int hashCode() { return id.hashCode(); }

    @Override public String toString() { return "Page[" + id + ", " + kind + " x " + count() + "]"; }
}

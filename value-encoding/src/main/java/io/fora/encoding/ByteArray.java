// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import java.util.Arrays;

/** A Python {@code bytearray} on the Java side ({@code bytes} is a plain {@code byte[]}). */
public record ByteArray(byte[] data) {
    public ByteArray {
        data = data.clone();
    }

    @Override public byte[] data() { return data.clone(); }

    @Override public boolean equals(Object o) { return o instanceof ByteArray b && Arrays.equals(data, b.data); }

    @Override public int hashCode() { return Arrays.hashCode(data); }

    @Override public String toString() { return "bytearray(" + Arrays.toString(data) + ")"; }
}

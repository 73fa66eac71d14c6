// SPDX-License-Identifier: Apache-2.0
package io.fora.pagestore;

/** How a page's bytes hold its elements. */
public enum PageKind {
    /** 64-bit ints, 8 bytes each (little-endian). */
    LONGS(8),
    /** floats, 8 bytes each (IEEE 754, little-endian). */
    DOUBLES(8),
    /** bools, one byte each (0 or 1). */
    BOOLS(1),
    /** the bytes of a string or bytes object (UTF-8 for strings). */
    BYTES(1),
    /** values of mixed types in the VM's own encoding: the element count is the VM's to know. */
    VALUES(1);

    /** Bytes per element. */
    public final int width;

    PageKind(int width) { this.width = width; }

    static PageKind ofCode(int code) {
        PageKind[] all = values();
        return code >= 0 && code < all.length ? all[code] : null;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * CPython 3.11's limit on int/str conversions in base 10 ({@code sys.set_int_max_str_digits}):
 * 4300 digits unless the computation changed it; 0 means no limit. The interpreter tells where
 * the running computation keeps its setting.
 */
public final class IntStrLimit {
    private IntStrLimit() {}

    public static final int DEFAULT = 4300;

    private static volatile java.util.function.IntSupplier source = () -> DEFAULT;

    public static void source(java.util.function.IntSupplier s) { source = s; }

    /** The running computation's limit (0: none). */
    public static int get() { return source.getAsInt(); }
}

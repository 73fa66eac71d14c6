// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * Float functions whose last bit must match CPython's, which calls the C library. Until the FFM
 * binding to libm is loaded this falls back to StrictMath.
 */
public final class LibmBridge {
    private LibmBridge() {}

    public static double pow(double x, double y) {
        return io.fora.vm.builtins.math.Libm.pow(x, y);
    }
}

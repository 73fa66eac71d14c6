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

    public static double hypot(double x, double y) { return io.fora.vm.builtins.math.Libm.hypot(x, y); }

    public static double atan2(double y, double x) { return io.fora.vm.builtins.math.Libm.atan2(y, x); }

    public static double exp(double x) { return io.fora.vm.builtins.math.Libm.exp(x); }

    public static double log(double x) { return io.fora.vm.builtins.math.Libm.log(x); }

    public static double cos(double x) { return io.fora.vm.builtins.math.Libm.cos(x); }

    public static double sin(double x) { return io.fora.vm.builtins.math.Libm.sin(x); }
}

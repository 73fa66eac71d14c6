// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

/** CPython's {@code repr(float)} (which is also {@code str(float)}). */
public final class FloatRepr {
    private FloatRepr() {}

    /**
     * The shortest string that round-trips to {@code x}, laid out as CPython does: scientific
     * notation when the decimal exponent is below -4 or at least 16 ({@code 1e-05}, {@code 1e+16}),
     * otherwise fixed notation with {@code .0} for integral values; {@code inf}, {@code -inf},
     * {@code nan}, {@code -0.0}.
     *
     * @param x any double
     * @return its Python repr
     */
    public static String repr(double x) {
        return DoubleFormat.format(x, 'r', 0, false, true, false, false);
    }
}

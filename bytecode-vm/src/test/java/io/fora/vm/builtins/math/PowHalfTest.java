// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@code x ** 0.5} by the square root is always the double libm's pow gives. */
class PowHalfTest {
    private static void same(double x) {
        double fast = Libm.pow(x, 0.5);
        double libm = Libm.nativePow(x, 0.5);
        if (Double.doubleToRawLongBits(fast) != Double.doubleToRawLongBits(libm)) {
            throw new AssertionError("pow(" + x + ", 0.5): " + fast + " but libm gives " + libm);
        }
    }

    @Test void integersRandomDoublesAndTheEdgesGiveLibmsBits() {
        for (int i = 0; i < 2_000_000; i++) same(i);
        SplittableRandom rnd = new SplittableRandom(20261207);
        for (int i = 0; i < 2_000_000; i++) same(Double.longBitsToDouble(rnd.nextLong() & Long.MAX_VALUE));
        for (int i = 0; i < 200_000; i++) same(rnd.nextDouble() * 1e6);
        double[] edges = {0.0, -0.0, 1.0, 4.0, 2.0, 0x1p-900, Math.nextDown(0x1p-900), 0x1p1000, Math.nextUp(0x1p1000),
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -1.0, -4.0};
        for (double x : edges) same(x);
    }

    @Test void theRootServesMostArgumentsAndTheCheckSeesTiesComing() {
        // the distance of an exact root from its double is about uniform in [0, 0.5] ULP
        int far = 0;
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 100_000; i++) {
            double x = 1 + rnd.nextDouble() * 1e9;
            if (Libm.farFromATie(x, Math.sqrt(x))) far++;
        }
        assertTrue(far > 85_000 && far < 95_000, "about 90 % of roots are under 0.45 ULP from their double: " + far);
        // a perfect square's root is exact: no tie near
        assertTrue(Libm.farFromATie(49.0, 7.0));
        assertEquals(7.0, Libm.pow(49.0, 0.5));
    }
}

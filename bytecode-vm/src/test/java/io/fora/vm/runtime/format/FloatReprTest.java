// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** repr(float): CPython 3.11 table (float_repr.txt) plus round-trip on random doubles. */
class FloatReprTest {

    @Test
    void cpythonTable() throws IOException {
        FormatterTest.checkAll("float_repr.txt", FormatterTest.readCases("float_repr.txt"),
                c -> FloatRepr.repr(Double.longBitsToDouble(Long.parseUnsignedLong(c[0], 16))));
    }

    @Test
    void roundTripsRandomDoubles() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            double d = i % 2 == 0 ? Double.longBitsToDouble(rnd.nextLong())
                    : rnd.nextDouble() * Math.pow(10, rnd.nextInt(-30, 30));
            if (Double.isNaN(d)) continue;
            String r = FloatRepr.repr(d);
            assertEquals(Double.doubleToRawLongBits(d), Double.doubleToRawLongBits(Double.parseDouble(r)), r);
        }
    }

    @Test
    void specialValues() {
        assertEquals("1e-05", FloatRepr.repr(1e-5));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1.2345678901234568e+17", FloatRepr.repr(1.2345678901234568e17));
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1000000000000000.0", FloatRepr.repr(1e15));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatRepr.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatRepr.repr(Double.NaN));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("0.0001", FloatRepr.repr(1e-4));
    }
}

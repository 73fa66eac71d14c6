// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.encoding.FrozenSet;
import io.fora.encoding.Opaque;
import io.fora.encoding.Tuple;
import io.fora.errors.ForaToPythonConversionError;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConversionsTest {
    @Test void longsConvertToLongAndIntWhenInRange() {
        assertEquals(7L, Conversions.to(7L, long.class));
        assertEquals(7L, Conversions.to(7L, Long.class));
        assertEquals(7, Conversions.to(7L, int.class));
        assertEquals(BigInteger.valueOf(7), Conversions.to(7L, BigInteger.class));
    }

    @Test void intOutOfRangeIsRefusedWithItsValue() {
        var e = assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(1L << 40, int.class));
        assertTrue(e.getMessage().contains("1099511627776"), e.getMessage());
        assertTrue(e.getMessage().contains("out of range"), e.getMessage());
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(BigInteger.TWO.pow(100), long.class));
    }

    @Test void bigIntegerWithinLongRangeConverts() {
        assertEquals(5L, Conversions.to(BigInteger.valueOf(5), long.class));
    }

    @Test void doublesAcceptFloatsAndExactInts() {
        assertEquals(1.5, Conversions.to(1.5, double.class));
        assertEquals(3.0, Conversions.to(3L, double.class));
        assertEquals(Math.pow(2, 100), Conversions.to(BigInteger.TWO.pow(100), double.class));
        assertTrue(Double.isNaN(Conversions.to(Double.NaN, double.class)));
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to((1L << 53) + 1, double.class));
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(Long.MAX_VALUE, double.class));
    }

    @Test void floatsAreNotTruncatedToLongs() {
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(2.0, long.class));
    }

    @Test void boolsAndStringsConvertOnlyToThemselves() {
        assertEquals(true, Conversions.to(true, boolean.class));
        assertEquals("s", Conversions.to("s", String.class));
        var e = assertThrows(ForaToPythonConversionError.class, () -> Conversions.to("12", long.class));
        assertTrue(e.getMessage().contains("str"), e.getMessage());
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(1L, boolean.class));
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(true, long.class));
    }

    @Test void noneIsNullForReferencesAndRefusedForPrimitives() {
        assertNull(Conversions.to(null, String.class));
        assertNull(Conversions.to(null, Long.class));
        var e = assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(null, long.class));
        assertTrue(e.getMessage().contains("None"), e.getMessage());
    }

    @Test void collectionsConvertToTheirInterfaces() {
        assertEquals(List.of(1L), Conversions.to(List.of(1L), List.class));
        assertEquals(List.of(1L, "a"), Conversions.to(Tuple.of(1L, "a"), List.class));
        assertEquals(Tuple.of(1L), Conversions.to(Tuple.of(1L), Tuple.class));
        assertEquals(Set.of(1L), Conversions.to(FrozenSet.of(1L), Set.class));
        assertEquals(FrozenSet.of(1L), Conversions.to(FrozenSet.of(1L), FrozenSet.class));
        assertEquals(Map.of("a", 1L), Conversions.to(Map.of("a", 1L), Map.class));
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(List.of(1L), Map.class));
        assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(List.of(1L), Tuple.class));
    }

    @Test void objectAcceptsAnything() {
        Opaque o = new Opaque("<function f at 0x1>", "function");
        assertSame(o, Conversions.to(o, Object.class));
        var e = assertThrows(ForaToPythonConversionError.class, () -> Conversions.to(o, String.class));
        assertTrue(e.getMessage().contains("function"), e.getMessage());
    }

    @Test void unsupportedPrimitiveIsAnArgumentError() {
        assertThrows(IllegalArgumentException.class, () -> Conversions.to(1L, char.class));
    }
}

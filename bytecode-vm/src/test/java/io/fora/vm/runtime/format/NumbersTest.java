// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Repr;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** round, float(str), int(str, base), bin/oct/hex against CPython 3.11 (numbers_cases.txt). */
class NumbersTest {

    private static String run(String op, Object a, Object b) {
        Object r = switch (op) {
            case "round" -> Numbers.round((Double) a, b);
            case "roundInt" -> Numbers.roundInt(a, (Long) b);
            case "parseFloat" -> Numbers.parseFloat((PyStr) a);
            case "parseInt" -> PyStr.of(Numbers.intToString(Numbers.parseInt((PyStr) a, (int) (long) (Long) b), 16));
            case "intToString" -> PyStr.of(Numbers.intToString(a, (int) (long) (Long) b));
            case "isInteger" -> Numbers.floatIsInteger((Double) a);
            case "ratio" -> Numbers.floatAsIntegerRatio((Double) a);
            default -> throw new IllegalArgumentException(op);
        };
        return Repr.repr(r);
    }

    @Test
    void cpythonTable() throws IOException {
        FormatterTest.checkAll("numbers_cases.txt", FormatterTest.readCases("numbers_cases.txt"),
                c -> FormatterTest.outcome(() -> run(c[0], FormatterTest.value(c[1]), FormatterTest.value(c[2]))));
    }

    @Test
    void examples() {
        assertEquals(120L, Numbers.roundInt(125L, -1));
        assertEquals(140L, Numbers.roundInt(135L, -1));
        assertEquals("-0b101", Numbers.intToString(-5L, 2));
        assertEquals(2.67, (Double) Numbers.round(2.675, 2L));
    }
}

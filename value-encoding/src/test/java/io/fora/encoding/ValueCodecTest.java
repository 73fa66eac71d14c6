// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shared value encoding: exact forms, round trips, and refusal of malformed input. */
class ValueCodecTest {
    @Test void encodesEveryPythonTypeInItsDocumentedForm() {
        Map<Object, Object> dict = new LinkedHashMap<>();
        dict.put("a", 1L);
        dict.put(Tuple.of(1L, 2L), List.of(3L));
        List<Object> all = new ArrayList<>();
        all.add(null);
        all.addAll(List.of(true, 42L, 1L << 53, BigInteger.TWO.pow(100).negate(), 1.0, 1e22, Double.NaN,
                Double.NEGATIVE_INFINITY, "h\u00e9\"", Tuple.of(), dict, new LinkedHashSet<>(List.of(3L, 1L)), FrozenSet.of(5L),
                new RemoteRef("o-1"), new Opaque("<function f>", "function")));
        assertEquals("[null,true,42,{\"$int\":\"9007199254740992\"},{\"$int\":\"-1267650600228229401496703205376\"},1.0,1.0E22,"
                + "{\"$float\":\"nan\"},{\"$float\":\"-inf\"},\"hé\\\"\",{\"$tuple\":[]},{\"$dict\":[[\"a\",1],[{\"$tuple\":[1,2]},[3]]]},"
                + "{\"$set\":[3,1]},{\"$frozenset\":[5]},{\"$ref\":\"o-1\"},{\"$repr\":\"<function f>\",\"$type\":\"function\"}]",
                ValueCodec.encode(all));
    }

    @Test void integersSwitchToTheTagAtTwoToTheFiftyThree() {
        assertEquals("9007199254740991", ValueCodec.encode((1L << 53) - 1));
        assertEquals("-9007199254740991", ValueCodec.encode(-(1L << 53) + 1));
        assertEquals("{\"$int\":\"-9007199254740992\"}", ValueCodec.encode(-(1L << 53)));
        assertEquals("{\"$int\":\"9223372036854775807\"}", ValueCodec.encode(Long.MAX_VALUE));
    }

    @Test void floatsAlwaysReadBackAsFloats() {
        for (double d : new double[] {0.0, -0.0, 1.0, 0.1, 1e300, 5e-324, 123456789.0}) {
            String text = ValueCodec.encode(d);
            assertTrue(text.contains(".") || text.contains("E"), text);
            assertEquals(d, ValueCodec.decode(text));
        }
    }

    @Test void roundTripsNestedValues() {
        Map<Object, Object> m = new LinkedHashMap<>();
        m.put(1L, new LinkedHashSet<>(List.of("x")));
        m.put(Tuple.of("k", BigInteger.TEN.pow(30)), FrozenSet.of(Tuple.of()));
        Object v = List.of(m, List.of(List.of()), Tuple.of(null, false, 2.5));
        assertEquals(v, ValueCodec.decode(ValueCodec.encode(v)));
    }

    @Test void bytesTravelAsBase64() {
        assertEquals("[{\"$bytes\":\"AP9h\"},{\"$bytearray\":\"\"}]",
                ValueCodec.encode(List.of(new byte[] {0, -1, 'a'}, new ByteArray(new byte[0]))));
        List<?> back = (List<?>) ValueCodec.decode("[{\"$bytes\": \"AP9h\"}, {\"$bytearray\": \"aGk=\"}]");
        assertArrayEquals(new byte[] {0, -1, 'a'}, (byte[]) back.get(0));
        assertEquals(new ByteArray("hi".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), back.get(1));
    }

    @Test void instancesTravelAsClassNameAndState() {
        Map<Object, Object> state = new LinkedHashMap<>();
        state.put("x", 1L);
        state.put("tags", List.of("a"));
        String text = ValueCodec.encode(new Instance("__main__", "Point", state));
        assertEquals("{\"$instance\":[\"__main__\",\"Point\",{\"$dict\":[[\"x\",1],[\"tags\",[\"a\"]]]}]}", text);
        assertEquals(new Instance("__main__", "Point", state), ValueCodec.decode(text));
        EncodingException e = assertThrows(EncodingException.class, () -> ValueCodec.decode("{\"$instance\": [\"m\", 5, {}]}"));
        assertTrue(e.getMessage().contains("$instance needs"), e.getMessage());
    }

    @Test void readsIntegersOfAnySizeAndPlainObjects() {
        assertEquals(7L, ValueCodec.decode("7"));
        assertEquals(new BigInteger("123456789012345678901234567890"), ValueCodec.decode("123456789012345678901234567890"));
        assertEquals(5L, ValueCodec.decode("{\"$int\": \"5\"}"), "small tagged ints normalise to Long");
        assertEquals(Map.of("a", 1L), ValueCodec.decode("{\"a\": 1}"));
        assertEquals(Map.of(), ValueCodec.decode("{}"));
        assertEquals(Double.POSITIVE_INFINITY, ValueCodec.decode("{\"$float\": \"inf\"}"));
        assertTrue(((Double) ValueCodec.decode("{\"$float\": \"nan\"}")).isNaN());
        Object opaque = ValueCodec.decode("{\"$type\": \"P\", \"$repr\": \"P()\"}");
        assertEquals(new Opaque("P()", "P"), opaque);
        assertEquals(Set.of(1L), ValueCodec.decode("{\"$set\": [1, 1]}"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``                                    | empty",
            "`[1,`                                 | malformed JSON",
            "`[1] [2]`                             | after the value",
            "`{\"$bogus\": 1}`                     | unknown tag '$bogus'",
            "`{\"a\": 1, \"$int\": \"2\"}`         | unknown tag '$int' in a plain object",
            "`{\"$int\": \"1\", \"$float\": \"nan\"}` | exactly one member",
            "`{\"$int\": 12}`                      | decimal string",
            "`{\"$int\": \"1e5\"}`                 | decimal string",
            "`{\"$float\": \"NaN!\"}`              | \"nan\"",
            "`{\"$tuple\": 1}`                     | needs an array",
            "`{\"$dict\": [[1, 2, 3]]}`            | exactly two",
            "`{\"$dict\": [1]}`                    | [key, value]",
            "`{\"$ref\": \"\"}`                    | non-empty id",
            "`{\"$bytes\": 5}`                    | needs a base64 string",
            "`{\"$bytes\": \"a*b\"}`               | not valid base64",
            "`{\"$bytearray\": \"abc\"}`           | not valid base64",
            "`{\"$repr\": \"x\"}`                  | come together",
            "`NaN`                                 | malformed JSON",
            "`'single'`                            | malformed JSON",
    })
    void refusesMalformedInputNamingWhatIsWrong(String json, String mentions) {
        EncodingException e = assertThrows(EncodingException.class, () -> ValueCodec.decode(json));
        assertTrue(e.getMessage().contains(mentions), e.getMessage());
    }

    @Test void nestingIsLimited() {
        String ok = "[".repeat(10) + "]".repeat(10);
        assertEquals(10, depth(ValueCodec.decode(ok, 10)));
        EncodingException e = assertThrows(EncodingException.class, () -> ValueCodec.decode("[".repeat(11) + "]".repeat(11), 10));
        assertTrue(e.getMessage().contains("nested deeper than 10"), e.getMessage());
        String hostile = "[".repeat(1_000_000);
        assertThrows(EncodingException.class, () -> ValueCodec.decode(hostile));
    }

    @ParameterizedTest
    @ValueSource(ints = {100_001, 1_000_000})
    void hugeIntegersAreRefused(int digits) {
        String many = "9".repeat(digits);
        assertThrows(EncodingException.class, () -> ValueCodec.decode("{\"$int\": \"" + many + "\"}"));
        assertThrows(EncodingException.class, () -> ValueCodec.decode(many));
    }

    @Test void javaTypesWithoutAnEncodingAreRefused() {
        assertThrows(EncodingException.class, () -> ValueCodec.encode(new Object()));
        assertThrows(EncodingException.class, () -> ValueCodec.encode(List.of(Thread.currentThread())));
    }

    private static int depth(Object v) {
        return v instanceof List<?> l ? 1 + (l.isEmpty() ? 0 : depth(l.get(0))) : 0;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8EscapeTest {
    private static byte[] printed(String s) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, Utf8Escape.INSTANCE)) {
            out.print(s);
        }
        return bytes.toByteArray();
    }

    @Test
    void escapedBytesAreWrittenAsTheyWere() {
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0x80, 'A'}, printed("\uDCFF\uDC80A"));
    }

    @Test
    void textIsUtf8() {
        String s = "a\u00e9\u20ac\uD83D\uDE00z";
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), printed(s));
    }

    @Test
    void otherLoneSurrogatesBecomeQuestionMarks() {
        assertArrayEquals("?x?".getBytes(StandardCharsets.US_ASCII), printed("\uD800x\uDC10"));
    }

    @Test
    void pairsAndEscapesAcrossTheWritersBuffers() {
        // long enough that surrogate pairs and escapes straddle the stream encoder's buffer ends
        StringBuilder s = new StringBuilder();
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 50_000; i++) {
            switch (i % 3) {
                case 0 -> { s.append("\uD83D\uDE00"); expected.writeBytes("\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)); }
                case 1 -> { s.append((char) (0xDC80 + i % 128)); expected.write(0x80 + i % 128); }
                default -> { s.append('b'); expected.write('b'); }
            }
        }
        assertArrayEquals(expected.toByteArray(), printed(s.toString()));
    }
}

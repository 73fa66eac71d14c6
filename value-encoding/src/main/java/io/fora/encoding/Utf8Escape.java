// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 that writes the lone surrogates U+DC80..U+DCFF as the bytes 0x80..0xFF (Python's
 * surrogateescape): a computation's output is text, and bytes a program wrote to
 * {@code sys.stdout.buffer} that are not UTF-8 reach it as those surrogates, so {@code fora run}
 * prints the very bytes the program wrote. Any other lone surrogate is written as '?'.
 */
public final class Utf8Escape extends Charset {
    public static final Utf8Escape INSTANCE = new Utf8Escape();

    private Utf8Escape() { super("x-fora-utf-8-surrogateescape", null); }

    @Override public boolean contains(Charset cs) { return cs == this || cs.equals(StandardCharsets.UTF_8) || StandardCharsets.UTF_8.contains(cs); }

    @Override public CharsetDecoder newDecoder() { return StandardCharsets.UTF_8.newDecoder(); }

    @Override public CharsetEncoder newEncoder() { return new Encoder(this); }

    private static final class Encoder extends CharsetEncoder {
        Encoder(Charset cs) { super(cs, 1.1f, 4.0f, new byte[] {'?'}); }

        @Override protected CoderResult encodeLoop(CharBuffer in, ByteBuffer out) {
            while (in.hasRemaining()) {
                int mark = in.position();
                char c = in.get();
                int cp = c;
                if (Character.isHighSurrogate(c)) {
                    if (!in.hasRemaining()) {
                        in.position(mark);
                        return CoderResult.UNDERFLOW; // the low half may come in the next buffer
                    }
                    char d = in.get(in.position());
                    if (Character.isLowSurrogate(d)) {
                        in.get();
                        cp = Character.toCodePoint(c, d);
                    } else {
                        cp = '?';
                    }
                } else if (c >= 0xDC80 && c <= 0xDCFF) {
                    if (!out.hasRemaining()) {
                        in.position(mark);
                        return CoderResult.OVERFLOW;
                    }
                    out.put((byte) (c - 0xDC00));
                    continue;
                } else if (Character.isLowSurrogate(c)) {
                    cp = '?';
                }
                int need = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (out.remaining() < need) {
                    in.position(mark);
                    return CoderResult.OVERFLOW;
                }
                switch (need) {
                    case 1 -> out.put((byte) cp);
                    case 2 -> out.put((byte) (0xC0 | cp >> 6)).put((byte) (0x80 | cp & 0x3F));
                    case 3 -> out.put((byte) (0xE0 | cp >> 12)).put((byte) (0x80 | cp >> 6 & 0x3F)).put((byte) (0x80 | cp & 0x3F));
                    default -> out.put((byte) (0xF0 | cp >> 18)).put((byte) (0x80 | cp >> 12 & 0x3F))
                            .put((byte) (0x80 | cp >> 6 & 0x3F)).put((byte) (0x80 | cp & 0x3F));
                }
            }
            return CoderResult.UNDERFLOW;
        }
    }
}

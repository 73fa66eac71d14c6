// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;

/**
 * Large byte arrays in actor messages: up to {@link #INLINE} bytes ride in the message itself;
 * longer ones go first as parts of {@link #PART} bytes (each a message of its own, under the
 * transport's frame limit), then the message names the transfer. Messages between two actors
 * arrive in the order sent, so the parts are all there when the message that names them is.
 */
final class Bulk {
    private Bulk() {}

    static final int INLINE = 1 << 20;
    static final int PART = 1 << 20;
    /** Parts buffered by one receiver, at most: beyond it the oldest transfers are dropped. */
    static final long MAX_BUFFERED = 256L << 20;

    private static final AtomicLong NEXT = new AtomicLong();
    private static final String NODE = Long.toHexString(new java.security.SecureRandom().nextLong());

    /** How a message carries its bytes: inline, or as the transfer whose {@code parts} went ahead. */
    record Payload(String transfer, byte[] inline, int parts) {}

    /** Sends the parts of {@code bytes} (if any) through {@code part} and returns what the message carries. */
    static Payload send(byte[] bytes, BiConsumer<String, PartData> part) {
        if (bytes.length <= INLINE) return new Payload(null, bytes, 0);
        String transfer = NODE + "-" + NEXT.incrementAndGet();
        int parts = (bytes.length + PART - 1) / PART;
        for (int i = 0; i < parts; i++) {
            int from = i * PART, to = Math.min(bytes.length, from + PART);
            part.accept(transfer, new PartData(i, java.util.Arrays.copyOfRange(bytes, from, to)));
        }
        return new Payload(transfer, null, parts);
    }

    record PartData(int index, byte[] data) {}

    /** Parts received, until the message naming their transfer takes them. Used by one actor only. */
    static final class Inbox {
        private final Map<String, List<byte[]>> parts = new LinkedHashMap<>();
        private long buffered;

        void add(String transfer, int index, byte[] data) {
            if (transfer == null || data == null || index < 0) return;
            List<byte[]> list = parts.computeIfAbsent(transfer, k -> new ArrayList<>());
            if (list.size() != index) { // out of order or forged: the transfer cannot complete
                for (byte[] b : parts.remove(transfer)) buffered -= b.length;
                return;
            }
            list.add(data);
            buffered += data.length;
            while (buffered > MAX_BUFFERED && !parts.isEmpty()) {
                String oldest = parts.keySet().iterator().next();
                for (byte[] b : parts.remove(oldest)) buffered -= b.length;
            }
        }

        /** The bytes a message carries, or null when its parts are missing. */
        byte[] take(String transfer, byte[] inline, int count) {
            if (transfer == null) return inline;
            List<byte[]> list = parts.remove(transfer);
            if (list == null) return null;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (byte[] b : list) {
                buffered -= b.length;
                out.writeBytes(b);
            }
            return list.size() == count ? out.toByteArray() : null;
        }
    }
}

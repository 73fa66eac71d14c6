// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Which results of a computation come back as values and which stay on the server as references. */
record Download(String mode, long maxBytes) {
    /** The limit of {@code downloadSmall()}, as in pyfora. */
    static final long DEFAULT_SMALL_BYTES = 10_000;

    static final Download ALL = new Download("all", -1);
    static final Download NONE = new Download("none", -1);

    static Download small(long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("the download limit must not be negative, not " + maxBytes);
        return new Download("small", maxBytes);
    }

    /** Writes the {@code download} member, and {@code maxBytes} for "small" (the server takes it only then). */
    void write(JsonGenerator g) throws IOException {
        g.writeStringField("download", mode);
        if (mode.equals("small")) g.writeNumberField("maxBytes", maxBytes);
    }
}

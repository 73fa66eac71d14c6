// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

/** The JSON text is not a valid encoded value; the message says what and where. */
public final class EncodingException extends RuntimeException {
    public EncodingException(String message) { super(message); }

    public EncodingException(String message, Throwable cause) { super(message, cause); }
}

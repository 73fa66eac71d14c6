// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/** The server could not be reached, or the connection broke. */
public class ConnectionError extends ForaError {
    public ConnectionError(String message) { super(message); }

    public ConnectionError(String message, Throwable cause) { super(message, cause); }
}

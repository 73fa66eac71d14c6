// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/** A Python feature Fora does not implement yet. */
public class ForaNotImplementedError extends ForaError {
    public ForaNotImplementedError(String message) { super(message); }
}

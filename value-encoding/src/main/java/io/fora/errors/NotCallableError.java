// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/** Something that is not callable was submitted as a function. */
public class NotCallableError extends ForaError {
    public NotCallableError(String message) { super(message); }
}

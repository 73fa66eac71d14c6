// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/** An operation pure Python forbids, detected while running (mutating a list in place, say); user code cannot catch it. */
public class InvalidPyforaOperation extends ForaError {
    public InvalidPyforaOperation(String message) { super(message); }
}

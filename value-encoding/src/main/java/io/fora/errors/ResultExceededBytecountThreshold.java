// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/** A download was refused because the value's encoding is larger than the caller's limit. */
public class ResultExceededBytecountThreshold extends ForaError {
    public ResultExceededBytecountThreshold(String message) { super(message); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/** A remote value cannot become a local one. */
public class ForaToPythonConversionError extends ForaError {
    public ForaToPythonConversionError(String message) { super(message); }
}

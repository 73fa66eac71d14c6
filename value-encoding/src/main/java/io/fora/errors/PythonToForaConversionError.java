// SPDX-License-Identifier: Apache-2.0
package io.fora.errors;

/**
 * Code or a value that Fora cannot take: a syntax error, a purity violation (print, mutation...),
 * or an uploaded value with no Python meaning. Carries the position when there is one.
 */
public class PythonToForaConversionError extends ForaError {
    private final String path;
    private final int line;
    private final int column;

    public PythonToForaConversionError(String message, String path, int line, int column) {
        super(message);
        this.path = path;
        this.line = line;
        this.column = column;
    }

    public String path() { return path; }

    /** 1-based line, or 0 when the error has no position. */
    public int line() { return line; }

    /** 1-based column, or 0 when the error has no position. */
    public int column() { return column; }
}

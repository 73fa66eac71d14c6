// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Pos;

/**
 * Thrown inside the parser to abandon the current statement; caught at statement level, reported,
 * and followed by resynchronisation. {@code silent} marks errors the lexer already reported.
 */
final class ParseError extends RuntimeException {
    final Pos pos;
    final boolean silent;

    ParseError(Pos pos, String message, boolean silent) {
        super(message, null, false, false);
        this.pos = pos;
        this.silent = silent;
    }
}

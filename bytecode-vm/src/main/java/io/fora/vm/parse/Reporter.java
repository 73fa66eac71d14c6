// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Pos;

/** Where the lexer and parser send syntax errors; lets the parser mute speculative parses. */
@FunctionalInterface
interface Reporter {
    void report(Pos pos, String message);
}

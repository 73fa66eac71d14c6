// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

/** The kinds of token the {@link Lexer} produces, as CPython's tokenizer (keywords are NAMEs). */
public enum TokenKind {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** Stands for input the lexer already reported; the parser fails silently on it. */
    ERRORTOKEN
}

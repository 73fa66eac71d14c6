// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Pos;

/**
 * One token. {@code text} is the identifier or operator spelling; {@code value} is the literal value
 * (Long, BigInteger, Double, ComplexLiteral for numbers; a {@link StringLiterals.StrLit} for strings).
 * Columns are 1-based code points; {@code endCol} is exclusive.
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {
    public Pos pos() { return new Pos(line, col, endLine, endCol); }

    public Pos start() { return Pos.at(line, col); }

    boolean isOp(String op) { return kind == TokenKind.OP && text.equals(op); }

    boolean isName(String name) { return kind == TokenKind.NAME && text.equals(name); }

    @Override public String toString() { return kind + "(" + (text == null ? "" : text) + ")@" + line + ":" + col; }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

/** A source position: 1-based line and column (columns count code points), plus the end. */
public record Pos(int line, int col, int endLine, int endCol) {
    public static final Pos NONE = new Pos(0, 0, 0, 0);

    public static Pos at(int line, int col) {
        return new Pos(line, col, line, col);
    }

    public Pos to(Pos end) {
        return new Pos(line, col, end.endLine, end.endCol);
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

import java.util.List;

/**
 * A function's parameter list, as CPython's {@code ast.arguments}: positional-only, then ordinary,
 * then {@code *vararg}, keyword-only, {@code **kwarg}. {@code defaults} line up with the last
 * {@code posonly + args}; {@code kwDefaults} lines up with {@code kwonly} and holds null where a
 * keyword-only parameter has no default.
 */
public record Arguments(List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
                        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
    /** One parameter; the annotation is kept only so that it is evaluated (or may be null). */
    public record Arg(Pos pos, String name, Expr annotation) {}

    public static Arguments empty() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

import java.util.List;

/** The patterns of a {@code match} statement's cases, shaped after CPython's {@code ast} module. */
public sealed interface Pattern {
    Pos pos();

    /** A literal or a dotted name: matches a subject equal to the value. */
    record MatchValue(Pos pos, Expr value) implements Pattern {}

    /** None, True or False: matches the very object. */
    record MatchSingleton(Pos pos, Object value) implements Pattern {}

    /** {@code [p, *rest, q]} or {@code (p, q)}: a sequence other than str; at most one star. */
    record MatchSequence(Pos pos, List<Pattern> patterns) implements Pattern {}

    /** {@code *name} inside a sequence pattern; name is null for {@code *_}. */
    record MatchStar(Pos pos, String name) implements Pattern {}

    /** {@code {k: p, **rest}}: keys are literals or dotted names; rest may be null. */
    record MatchMapping(Pos pos, List<Expr> keys, List<Pattern> patterns, String rest) implements Pattern {}

    /** {@code Cls(p, attr=q)}. */
    record MatchClass(Pos pos, Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns)
            implements Pattern {}

    /** {@code p as name}, a capture {@code name} (pattern null), or the wildcard {@code _} (both null). */
    record MatchAs(Pos pos, Pattern pattern, String name) implements Pattern {}

    /** {@code p | q | ...}. */
    record MatchOr(Pos pos, List<Pattern> patterns) implements Pattern {}

    /** One {@code case pattern if guard: body}; guard may be null. */
    record MatchCase(Pattern pattern, Expr guard, List<Stmt> body) {}
}

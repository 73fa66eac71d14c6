// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

import java.util.List;

/** Python statements, shaped after CPython's {@code ast} module. */
public sealed interface Stmt extends Node {
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body,
                       List<Expr> decorators, Expr returns, boolean isAsync) implements Stmt {}
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Expr.Keyword> keywords,
                    List<Stmt> body, List<Expr> decorators) implements Stmt {}
    /** value may be null. */
    record Return(Pos pos, Expr value) implements Stmt {}
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    /** {@code a = b = value}: several targets. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}
    record AugAssign(Pos pos, Expr target, Expr.BinaryOp op, Expr value) implements Stmt {}
    /** {@code target: annotation = value}; value may be null. */
    record AnnAssign(Pos pos, Expr target, Expr annotation, Expr value) implements Stmt {}
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, boolean isAsync) implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orElse) implements Stmt {}
    record Match(Pos pos, Expr subject, List<Pattern.MatchCase> cases) implements Stmt {}
    /** exc and cause may be null. */
    record Raise(Pos pos, Expr exc, Expr cause) implements Stmt {}
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse,
               List<Stmt> finalBody, boolean isStar) implements Stmt {}
    /** msg may be null. */
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}
    record Import(Pos pos, List<Alias> names) implements Stmt {}
    /** {@code from module import names}; module may be null for {@code from . import x}. */
    record ImportFrom(Pos pos, String module, List<Alias> names, int level) implements Stmt {}
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}

    /** {@code except type as name:}; type and name may be null. */
    record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) {}
    /** {@code import a.b as c}: asname may be null. */
    record Alias(Pos pos, String name, String asname) {}
    /**
     * {@code with} as written: only the {@code ast} module sees it (Parser#parseAsWritten); a
     * program's {@code with} becomes the statements it means (Parser#lowerWith).
     */
    record With(Pos pos, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {}
    /** One item of a {@code with} statement, which the parser lowers (Parser#lowerWith). */
    record WithItem(Expr contextExpr, Expr optionalVars) {}
}

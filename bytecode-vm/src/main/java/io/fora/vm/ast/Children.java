// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

import java.util.List;
import java.util.function.Consumer;

/**
 * The nodes directly inside a node, for passes that look at every node of a tree whatever its kind.
 * Each child is given in the order of its record's components; a list is given as a list, and a
 * missing child (null) is not given. Positions, names and operators are not children.
 *
 * <p>Written out rather than read from the records by reflection: looking up each record class's
 * accessors and making method handles for them took 14-21 ms of a 0.3 s {@code fora run}, every run.
 * The switches are exhaustive, so a new node kind does not compile until it is listed here.
 */
public final class Children {
    private Children() {}

    /** Calls {@code each} with every child of {@code node} (an AST record or a list of them). */
    public static void forEach(Object node, Consumer<Object> each) {
        switch (node) {
            case null -> { }
            case List<?> l -> { for (Object x : l) give(x, each); }
            case Expr e -> expr(e, each);
            case Stmt s -> stmt(s, each);
            case Pattern p -> pattern(p, each);
            case Module m -> give(m.body(), each);
            case Arguments a -> {
                give(a.posonly(), each);
                give(a.args(), each);
                give(a.vararg(), each);
                give(a.kwonly(), each);
                give(a.kwDefaults(), each);
                give(a.kwarg(), each);
                give(a.defaults(), each);
            }
            case Arguments.Arg a -> give(a.annotation(), each);
            case Expr.Comprehension c -> {
                give(c.target(), each);
                give(c.iter(), each);
                give(c.ifs(), each);
            }
            case Expr.Keyword k -> give(k.value(), each);
            case Stmt.ExceptHandler h -> {
                give(h.type(), each);
                give(h.body(), each);
            }
            case Stmt.WithItem w -> {
                give(w.contextExpr(), each);
                give(w.optionalVars(), each);
            }
            case Pattern.MatchCase c -> {
                give(c.pattern(), each);
                give(c.guard(), each);
                give(c.body(), each);
            }
            default -> { } // an alias, a position, a literal's value: nothing inside
        }
    }

    /**
     * Calls {@code visit} with {@code node} and every node inside it, parents before children, in
     * source order; lists are walked, not visited.
     */
    public static void walk(Object node, Consumer<Object> visit) {
        if (node == null) return;
        if (!(node instanceof List<?>)) visit.accept(node);
        forEach(node, child -> walk(child, visit));
    }

    private static void give(Object child, Consumer<Object> each) {
        if (child != null) each.accept(child);
    }

    private static void expr(Expr e, Consumer<Object> each) {
        switch (e) {
            case Expr.BoolOp x -> give(x.values(), each);
            case Expr.NamedExpr x -> { give(x.target(), each); give(x.value(), each); }
            case Expr.BinOp x -> { give(x.left(), each); give(x.right(), each); }
            case Expr.UnaryOp x -> give(x.operand(), each);
            case Expr.Lambda x -> { give(x.args(), each); give(x.body(), each); }
            case Expr.IfExp x -> { give(x.test(), each); give(x.body(), each); give(x.orElse(), each); }
            case Expr.Dict x -> { give(x.keys(), each); give(x.values(), each); }
            case Expr.Set x -> give(x.elts(), each);
            case Expr.ListComp x -> { give(x.elt(), each); give(x.generators(), each); }
            case Expr.SetComp x -> { give(x.elt(), each); give(x.generators(), each); }
            case Expr.DictComp x -> { give(x.key(), each); give(x.value(), each); give(x.generators(), each); }
            case Expr.GeneratorExp x -> { give(x.elt(), each); give(x.generators(), each); }
            case Expr.Yield x -> give(x.value(), each);
            case Expr.YieldFrom x -> give(x.value(), each);
            case Expr.Compare x -> { give(x.left(), each); give(x.comparators(), each); }
            case Expr.Call x -> { give(x.func(), each); give(x.args(), each); give(x.keywords(), each); }
            case Expr.FormattedValue x -> { give(x.value(), each); give(x.formatSpec(), each); }
            case Expr.JoinedStr x -> give(x.values(), each);
            case Expr.Constant x -> { }
            case Expr.Attribute x -> give(x.value(), each);
            case Expr.Subscript x -> { give(x.value(), each); give(x.slice(), each); }
            case Expr.Starred x -> give(x.value(), each);
            case Expr.Await x -> give(x.value(), each);
            case Expr.Name x -> { }
            case Expr.ListExpr x -> give(x.elts(), each);
            case Expr.Tuple x -> give(x.elts(), each);
            case Expr.Slice x -> { give(x.lower(), each); give(x.upper(), each); give(x.step(), each); }
        }
    }

    private static void stmt(Stmt s, Consumer<Object> each) {
        switch (s) {
            case Stmt.FunctionDef x -> {
                give(x.args(), each); give(x.body(), each); give(x.decorators(), each); give(x.returns(), each);
            }
            case Stmt.ClassDef x -> {
                give(x.bases(), each); give(x.keywords(), each); give(x.body(), each); give(x.decorators(), each);
            }
            case Stmt.Return x -> give(x.value(), each);
            case Stmt.Delete x -> give(x.targets(), each);
            case Stmt.Assign x -> { give(x.targets(), each); give(x.value(), each); }
            case Stmt.AugAssign x -> { give(x.target(), each); give(x.value(), each); }
            case Stmt.AnnAssign x -> { give(x.target(), each); give(x.annotation(), each); give(x.value(), each); }
            case Stmt.For x -> { give(x.target(), each); give(x.iter(), each); give(x.body(), each); give(x.orElse(), each); }
            case Stmt.While x -> { give(x.test(), each); give(x.body(), each); give(x.orElse(), each); }
            case Stmt.If x -> { give(x.test(), each); give(x.body(), each); give(x.orElse(), each); }
            case Stmt.Match x -> { give(x.subject(), each); give(x.cases(), each); }
            case Stmt.Raise x -> { give(x.exc(), each); give(x.cause(), each); }
            case Stmt.Try x -> {
                give(x.body(), each); give(x.handlers(), each); give(x.orElse(), each); give(x.finalBody(), each);
            }
            case Stmt.Assert x -> { give(x.test(), each); give(x.msg(), each); }
            case Stmt.Import x -> give(x.names(), each);
            case Stmt.ImportFrom x -> give(x.names(), each);
            case Stmt.ExprStmt x -> give(x.value(), each);
            case Stmt.With x -> { give(x.items(), each); give(x.body(), each); }
            case Stmt.Global x -> { }
            case Stmt.Nonlocal x -> { }
            case Stmt.Pass x -> { }
            case Stmt.Break x -> { }
            case Stmt.Continue x -> { }
        }
    }

    private static void pattern(Pattern p, Consumer<Object> each) {
        switch (p) {
            case Pattern.MatchValue x -> give(x.value(), each);
            case Pattern.MatchSingleton x -> { }
            case Pattern.MatchSequence x -> give(x.patterns(), each);
            case Pattern.MatchStar x -> { }
            case Pattern.MatchMapping x -> { give(x.keys(), each); give(x.patterns(), each); }
            case Pattern.MatchClass x -> { give(x.cls(), each); give(x.patterns(), each); give(x.kwdPatterns(), each); }
            case Pattern.MatchAs x -> give(x.pattern(), each);
            case Pattern.MatchOr x -> give(x.patterns(), each);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import static io.fora.vm.ast.Children.walk;

import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Module;
import io.fora.vm.ast.Node;
import io.fora.vm.ast.Pos;
import io.fora.vm.ast.Stmt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds loops that build a result and hands them to the runtime as one fold it may split:
 * <pre>
 * for x in ITER:                    for x in ITER:
 *     [if COND:]                        [if COND:]
 *         acc += E                          out.append(E)      (right after out = [])
 * </pre>
 * becomes {@code __fora_fold__(acc, ITER, lambda x: E, lambda x: COND, kind, lambda s: (E for x in s if COND))},
 * which computes
 * the elements in parallel and folds them in program order (so float totals keep CPython's
 * bits), or runs the loop as written when it cannot (see {@code builtins.LoopFolds}); the loop
 * variable keeps its last value as after the loop.
 *
 * <p>Only loops whose accumulator no other code can read while the loop runs are folded: E and
 * COND do not name it, no nested function, lambda or class in its scope names it (at module
 * level: anywhere in the module), and it is not declared global or nonlocal there. An
 * {@code append} target must have been made by {@code []} in the statement just before the
 * loop, so no other reference to the list exists; a {@code +=} target must have been assigned
 * earlier in the same block.
 */
public final class LoopFolding {
    private LoopFolding() {}

    /** The runtime's fold (builtins.LoopFolds) a loop becomes a call of. */
    public static final String FOLD = "__fora_fold__";
    private static final String SOURCE = "_fora_fold_source";

    /**
     * Numbers the temporaries of one module's folds from 0: the same source compiles to the same
     * code, so its content hash is the same on every machine and in every computation (a
     * process-wide counter made every compilation's code new, sent again to every worker).
     */
    private static final ThreadLocal<int[]> COUNTER = ThreadLocal.withInitial(() -> new int[1]);

    private static int next() { return COUNTER.get()[0]++; }

    /** The module with its result-building loops folded. */
    public static Module apply(Module m) {
        COUNTER.get()[0] = 0;
        try {
            Set<String> readByNested = new HashSet<>();
            for (Stmt s : m.body()) nestedNames(s, false, readByNested);
            return new Module(m.fileName(), block(m.body(), readByNested, Set.of(), Set.of()));
        } catch (StackOverflowError e) {
            return m; // nested too deeply to analyse: the loops run as written
        }
    }

    /** One block: folds its loops, and recurses into the blocks inside its statements. */
    private static List<Stmt> block(List<Stmt> body, Set<String> readByNested, Set<String> declared, Set<String> locals) {
        List<Stmt> out = new ArrayList<>(body.size());
        Set<String> assigned = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            Stmt prev = i > 0 ? body.get(i - 1) : null;
            Stmt folded = s instanceof Stmt.For f ? fold(f, prev, assigned, readByNested, declared, locals, false)
                    : s instanceof Stmt.While w ? counted(w, assigned, readByNested, declared, locals) : null;
            out.add(folded != null ? folded : inner(s, readByNested, declared, locals));
            assignedNames(s, assigned);
        }
        return out;
    }

    private static Stmt inner(Stmt s, Set<String> readByNested, Set<String> declared, Set<String> locals) {
        return switch (s) {
            case Stmt.FunctionDef f -> {
                Set<String> nested = new HashSet<>();
                Set<String> decl = new HashSet<>();
                for (Stmt b : f.body()) {
                    nestedNames(b, false, nested);
                    declarations(b, decl);
                }
                yield new Stmt.FunctionDef(f.pos(), f.name(), f.args(), block(f.body(), nested, decl, localNames(f)), f.decorators(), f.returns(), f.isAsync());
            }
            case Stmt.ClassDef c -> c; // class bodies run once: nothing worth folding
            case Stmt.If x -> new Stmt.If(x.pos(), x.test(), block(x.body(), readByNested, declared, locals), block(x.orElse(), readByNested, declared, locals));
            case Stmt.For x -> new Stmt.For(x.pos(), x.target(), x.iter(), block(x.body(), readByNested, declared, locals),
                    block(x.orElse(), readByNested, declared, locals), x.isAsync());
            case Stmt.While x -> new Stmt.While(x.pos(), x.test(), block(x.body(), readByNested, declared, locals), block(x.orElse(), readByNested, declared, locals));
            case Stmt.Try x -> {
                List<Stmt.ExceptHandler> hs = new ArrayList<>();
                for (Stmt.ExceptHandler h : x.handlers()) hs.add(new Stmt.ExceptHandler(h.pos(), h.type(), h.name(), block(h.body(), readByNested, declared, locals)));
                yield new Stmt.Try(x.pos(), block(x.body(), readByNested, declared, locals), hs, block(x.orElse(), readByNested, declared, locals),
                        block(x.finalBody(), readByNested, declared, locals), x.isStar());
            }
            default -> s;
        };
    }

    /** {@code plus}: {@code acc = acc + E} folds too (counted while loops, whose source is a range). */
    private static Stmt fold(Stmt.For f, Stmt prev, Set<String> assigned, Set<String> readByNested, Set<String> declared,
                             Set<String> locals, boolean plus) {
        if (f.isAsync() || !f.orElse().isEmpty() || f.body().size() != 1 || !(f.target() instanceof Expr.Name target)) return null;
        // in a function, an element or condition that reads its other locals would make them cells
        // (the fold's lambdas close over them), and tier 1 compiles no function with cells: the
        // whole function, the loop included, would run in tier 0 (a dot product over two local
        // lists took 4x CPython's time)
        if (readsLocals(f.body().get(0), target.id(), locals)) return null;
        Stmt only = f.body().get(0);
        Expr cond = null;
        if (only instanceof Stmt.If i && i.orElse().isEmpty() && i.body().size() == 1) {
            cond = i.test();
            only = i.body().get(0);
        }
        String acc;
        Expr element;
        String kind;
        if (only instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n && a.op() == Expr.BinaryOp.ADD) {
            acc = n.id();
            element = a.value();
            kind = "add";
            if (!assigned.contains(acc)) return null;
        } else if (plus && only instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && a.value() instanceof Expr.BinOp b && b.op() == Expr.BinaryOp.ADD && b.left() instanceof Expr.Name l && l.id().equals(n.id())) {
            // acc = acc + E: as acc += E for numbers; for anything else the loop runs with +, not +=
            acc = n.id();
            element = b.right();
            kind = "plus";
            if (!assigned.contains(acc)) return null;
        } else if (only instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Call c && c.keywords().isEmpty() && c.args().size() == 1
                && c.func() instanceof Expr.Attribute at && at.attr().equals("append") && at.value() instanceof Expr.Name n
                && !(c.args().get(0) instanceof Expr.Starred)) {
            acc = n.id();
            element = c.args().get(0);
            kind = "append";
            if (!(prev instanceof Stmt.Assign p && p.targets().size() == 1 && p.targets().get(0) instanceof Expr.Name pn
                    && pn.id().equals(acc) && p.value() instanceof Expr.ListExpr l && l.elts().isEmpty())) {
                return null;
            }
        } else {
            return null;
        }
        if (acc.equals(target.id()) || readByNested.contains(acc) || declared.contains(acc)) return null;
        if (!foldable(element, acc) || cond != null && !foldable(cond, acc) || !foldable(f.iter(), acc)) return null;
        // a lambda or generator expression that closes over the loop variable sees its last value
        // when called later; folded, the variable would be each element function's own parameter
        if (closesOver(element, target.id()) || cond != null && closesOver(cond, target.id())) return null;
        Pos pos = f.pos();
        String tmp = "_fora_fold" + next();
        Expr param = new Expr.Name(pos, target.id());
        Expr elementFn = lambda(pos, target.id(), element);
        Expr condFn = cond == null ? new Expr.Constant(pos, null) : lambda(pos, target.id(), cond);
        // lambda _fora_it: (E for x in _fora_it if COND): the elements as a generator expression,
        // which a reduction drains (compiled by tier 1) and splits as it does sum(E for x in ITER)
        Expr source = new Expr.Name(pos, SOURCE);
        Expr gen = new Expr.GeneratorExp(pos, element,
                List.of(new Expr.Comprehension(new Expr.Name(pos, target.id()), source, cond == null ? List.of() : List.of(cond), false)));
        Expr genFn = lambda(pos, SOURCE, gen);
        Expr call = new Expr.Call(pos, new Expr.Name(pos, FOLD), List.of(new Expr.Name(pos, acc), f.iter(), elementFn, condFn,
                new Expr.Constant(pos, kind), genFn), List.of());
        Expr result = new Expr.Name(pos, tmp);
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(pos, List.of(result), call));
        out.add(new Stmt.Assign(pos, List.of(new Expr.Name(pos, acc)), item(pos, result, 0)));
        out.add(new Stmt.If(pos, item(pos, result, 1), List.of(new Stmt.Assign(pos, List.of(param), item(pos, result, 2))), List.of()));
        Expr raised = new Expr.Compare(pos, item(pos, result, 3), List.of(Expr.CmpOp.IS_NOT), List.of(new Expr.Constant(pos, null)));
        out.add(new Stmt.If(pos, raised, List.of(new Stmt.Raise(pos, item(pos, result, 3), null)), List.of()));
        return new Stmt.If(pos, new Expr.Constant(pos, Boolean.TRUE), out, List.of());
    }

    /** {@code __fora_counted__(i, n, k)}: i and n exactly ints, and range(i, n, k) long enough for a fold to split (LoopFolds#counted). */
    public static final String COUNTED = "__fora_counted__";

    /**
     * {@code while __fora_cold__(TEST):} is {@code while TEST:} whose loop rarely runs (the
     * fallback of a counted loop): the compiler marks its back edge ({@code NOP 1} before the
     * jump), so that tier 1 does not take it for a hot loop. Never called at run time.
     */
    public static final String COLD = "__fora_cold__";

    /**
     * A counting while loop, {@code while i < N: BODY; i += K} (or {@code i = i + K}; K a positive
     * int constant, N a name or int constant; BODY never assigns i or N, and has no break or
     * continue), becomes
     * <pre>
     * if __fora_counted__(i, N, K):     # both exactly ints, and enough iterations to split
     *     _fora_wK = range(i, N, K)
     *     for i in _fora_wK: BODY        # which may fold (acc += E) and split as for loops do
     *     if _fora_wK: i = _fora_wK[-1] + K
     * else:
     *     while ...                      # as written
     * </pre>
     * so that i and N end as the while loop leaves them. A short loop (a few thousand iterations or
     * fewer: a fold would not split it) runs as written. Null when the loop is not of that shape.
     */
    private static Stmt counted(Stmt.While w, Set<String> assigned, Set<String> readByNested, Set<String> declared, Set<String> locals) {
        if (!w.orElse().isEmpty() || w.body().size() < 2) return null;
        if (!(w.test() instanceof Expr.Compare c) || c.ops().size() != 1 || c.ops().get(0) != Expr.CmpOp.LT
                || !(c.left() instanceof Expr.Name i)) {
            return null;
        }
        Expr bound = c.comparators().get(0);
        String counter = i.id();
        String limit = bound instanceof Expr.Name n ? n.id() : null;
        if (limit == null && !(bound instanceof Expr.Constant k && k.value() instanceof Long)) return null;
        Stmt last = w.body().get(w.body().size() - 1);
        Long step = null;
        if (last instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n && n.id().equals(counter)
                && a.op() == Expr.BinaryOp.ADD && a.value() instanceof Expr.Constant k && k.value() instanceof Long v) {
            step = v;
        } else if (last instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n
                && n.id().equals(counter) && a.value() instanceof Expr.BinOp b && b.op() == Expr.BinaryOp.ADD
                && b.left() instanceof Expr.Name l && l.id().equals(counter) && b.right() instanceof Expr.Constant k && k.value() instanceof Long v) {
            step = v;
        }
        if (step == null || step <= 0) return null;
        if (counter.equals(limit)) return null;
        for (String name : limit == null ? List.of(counter) : List.of(counter, limit)) {
            // another scope could rebind it while the loop runs
            if (readByNested.contains(name) || declared.contains(name)) return null;
        }
        List<Stmt> body = w.body().subList(0, w.body().size() - 1);
        if (!plainBody(body, counter, limit)) return null;
        // in a function, an element that reads its other locals would make them cells of the
        // function (the fold's lambdas close over them), and tier 1 compiles no function with cells:
        // a short loop there (the leaves of a divide and conquer) would run in tier 0
        if (body.size() != 1 || readsLocals(body.get(0), counter, locals)) return null;
        Pos pos = w.pos();
        String r = "_fora_w" + next();
        Expr range = new Expr.Call(pos, new Expr.Name(pos, "range"), List.of(new Expr.Name(pos, counter), bound,
                new Expr.Constant(pos, step)), List.of());
        Stmt.For loop = new Stmt.For(pos, new Expr.Name(pos, counter), new Expr.Name(pos, r), List.copyOf(body), List.of(), false);
        Set<String> before = new HashSet<>(assigned);
        before.add(r);
        Stmt folded = fold(loop, null, before, readByNested, declared, locals, true);
        if (folded == null) return null; // a for loop that does not fold runs no faster than the while loop
        List<Stmt> fast = new ArrayList<>();
        fast.add(new Stmt.Assign(pos, List.of(new Expr.Name(pos, r)), range));
        fast.add(folded);
        Expr after = new Expr.BinOp(pos, item(pos, new Expr.Name(pos, r), -1), Expr.BinaryOp.ADD, new Expr.Constant(pos, step));
        fast.add(new Stmt.If(pos, new Expr.Name(pos, r), List.of(new Stmt.Assign(pos, List.of(new Expr.Name(pos, counter)), after)), List.of()));
        Expr test = new Expr.Call(pos, new Expr.Name(pos, COUNTED), List.of(new Expr.Name(pos, counter), bound,
                new Expr.Constant(pos, step)), List.of());
        // the loop as written, for counters that are not ints: marked cold (see COLD)
        Stmt.While asWritten = (Stmt.While) inner(w, readByNested, declared, locals);
        Stmt.While cold = new Stmt.While(pos, new Expr.Call(pos, new Expr.Name(pos, COLD), List.of(asWritten.test()), List.of()),
                asWritten.body(), asWritten.orElse());
        return new Stmt.If(pos, test, fast, List.of(cold));
    }

    /** True when s reads a name of {@code locals} other than the loop's counter and the accumulator it builds. */
    private static boolean readsLocals(Stmt s, String counter, Set<String> locals) {
        Stmt only = s instanceof Stmt.If i && i.body().size() == 1 ? i.body().get(0) : s;
        // the accumulator is read and written by the fold itself, not closed over
        String acc = switch (only) {
            case Stmt.AugAssign a when a.target() instanceof Expr.Name n -> n.id();
            case Stmt.Assign a when a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Name n -> n.id();
            case Stmt.ExprStmt e when e.value() instanceof Expr.Call c && c.func() instanceof Expr.Attribute at
                    && at.value() instanceof Expr.Name n -> n.id();
            default -> null;
        };
        boolean[] found = {false};
        walk(s, n -> {
            if (n instanceof Expr.Name x && !x.id().equals(counter) && !x.id().equals(acc) && locals.contains(x.id())) found[0] = true;
        });
        return found[0];
    }

    /** A function's parameters and every name bound in its body (nested scopes included: more names, fewer rewrites). */
    private static Set<String> localNames(Stmt.FunctionDef f) {
        Set<String> out = new HashSet<>();
        io.fora.vm.ast.Arguments a = f.args();
        for (io.fora.vm.ast.Arguments.Arg x : a.posonly()) out.add(x.name());
        for (io.fora.vm.ast.Arguments.Arg x : a.args()) out.add(x.name());
        for (io.fora.vm.ast.Arguments.Arg x : a.kwonly()) out.add(x.name());
        if (a.vararg() != null) out.add(a.vararg().name());
        if (a.kwarg() != null) out.add(a.kwarg().name());
        boundNames(f.body(), out);
        return out;
    }

    /** Every name a statement (or list of them) binds, in nested scopes too. */
    private static void boundNames(Object body, Set<String> out) {
        walk(body, n -> {
            switch (n) {
                case Stmt.Assign x -> { for (Expr t : x.targets()) targetNames(t, out); }
                case Stmt.AugAssign x -> targetNames(x.target(), out);
                case Stmt.AnnAssign x -> targetNames(x.target(), out);
                case Stmt.For x -> targetNames(x.target(), out);
                case Stmt.Delete x -> { for (Expr t : x.targets()) targetNames(t, out); }
                case Stmt.WithItem x -> { if (x.optionalVars() != null) targetNames(x.optionalVars(), out); }
                case Stmt.ExceptHandler x -> { if (x.name() != null) out.add(x.name()); }
                case Stmt.FunctionDef x -> out.add(x.name());
                case Stmt.ClassDef x -> out.add(x.name());
                case Stmt.Import x -> { for (Stmt.Alias al : x.names()) out.add(al.asname() != null ? al.asname() : al.name().split("\\.")[0]); }
                case Stmt.ImportFrom x -> { for (Stmt.Alias al : x.names()) out.add(al.asname() != null ? al.asname() : al.name()); }
                case Expr.NamedExpr x -> out.add(x.target().id());
                default -> { }
            }
        });
    }

    private static void targetNames(Expr t, Set<String> out) {
        switch (t) {
            case Expr.Name x -> out.add(x.id());
            case Expr.Tuple x -> { for (Expr e : x.elts()) targetNames(e, out); }
            case Expr.ListExpr x -> { for (Expr e : x.elts()) targetNames(e, out); }
            case Expr.Starred x -> targetNames(x.value(), out);
            default -> { }
        }
    }

    /** True when body never leaves the loop early nor binds the counter or the limit (null: a constant). */
    private static boolean plainBody(List<Stmt> body, String counter, String limit) {
        boolean[] ok = {true};
        walk(body, n -> {
            // a match's patterns bind names; global and nonlocal hand names to other scopes
            if (n instanceof Stmt.Break || n instanceof Stmt.Continue || n instanceof Stmt.Match
                    || n instanceof Stmt.Global || n instanceof Stmt.Nonlocal) {
                ok[0] = false;
            }
        });
        Set<String> bound = new HashSet<>();
        boundNames(body, bound);
        return ok[0] && !bound.contains(counter) && (limit == null || !bound.contains(limit));
    }

    private static Expr item(Pos pos, Expr v, long i) { return new Expr.Subscript(pos, v, new Expr.Constant(pos, i)); }

    private static Expr lambda(Pos pos, String param, Expr body) {
        io.fora.vm.ast.Arguments args = new io.fora.vm.ast.Arguments(List.of(),
                List.of(new io.fora.vm.ast.Arguments.Arg(pos, param, null)), null, List.of(), List.of(), null, List.of());
        return new Expr.Lambda(pos, args, body);
    }

    /** True when a lambda or generator expression inside e names {@code var}. */
    private static boolean closesOver(Expr e, String var) {
        boolean[] found = {false};
        walk(e, n -> {
            if (n instanceof Expr.Lambda || n instanceof Expr.GeneratorExp) {
                walk(n, m -> {
                    if (m instanceof Expr.Name x && x.id().equals(var)) found[0] = true;
                });
            }
        });
        return found[0];
    }

    /** An expression that can become a lambda's body and does not read the accumulator. */
    private static boolean foldable(Node e, String acc) {
        boolean[] ok = {true};
        walk(e, n -> {
            if (n instanceof Expr.Name x && (x.id().equals(acc) || x.id().equals("super"))) ok[0] = false;
            if (n instanceof Expr.NamedExpr || n instanceof Expr.Yield || n instanceof Expr.YieldFrom || n instanceof Expr.Await) ok[0] = false;
        });
        return ok[0];
    }

    /** Names used inside functions, lambdas and classes nested in s (s itself counts when nested). */
    private static void nestedNames(Node s, boolean nested, Set<String> out) {
        walkScopes(s, nested, out);
    }

    private static void walkScopes(Object n, boolean nested, Set<String> out) {
        if (n == null) return;
        if (n instanceof List<?> l) {
            for (Object x : l) walkScopes(x, nested, out);
            return;
        }
        boolean inside = nested || n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda;
        if (inside && n instanceof Expr.Name x) out.add(x.id());
        if (inside && n instanceof Stmt.Global g) out.addAll(g.names());
        if (inside && n instanceof Stmt.Nonlocal g) out.addAll(g.names());
        io.fora.vm.ast.Children.forEach(n, child -> walkScopes(child, inside, out));
    }

    /** Names a function body declares global or nonlocal (outside nested functions). */
    private static void declarations(Stmt s, Set<String> out) {
        walk(s, n -> {
            if (n instanceof Stmt.Global g) out.addAll(g.names());
            if (n instanceof Stmt.Nonlocal g) out.addAll(g.names());
        });
    }

    private static void assignedNames(Stmt s, Set<String> out) {
        if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) if (t instanceof Expr.Name n) out.add(n.id());
        } else if (s instanceof Stmt.AnnAssign a && a.value() != null && a.target() instanceof Expr.Name n) {
            out.add(n.id());
        } else if (s instanceof Stmt.AugAssign a && a.target() instanceof Expr.Name n) {
            out.add(n.id());
        }
    }
}

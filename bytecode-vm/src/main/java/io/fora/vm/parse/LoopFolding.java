// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Module;
import io.fora.vm.ast.Node;
import io.fora.vm.ast.Pos;
import io.fora.vm.ast.Stmt;
import java.lang.reflect.RecordComponent;
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

    static final String FOLD = "__fora_fold__";
    private static final String SOURCE = "_fora_fold_source";

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    /** The module with its result-building loops folded. */
    public static Module apply(Module m) {
        try {
            Set<String> readByNested = new HashSet<>();
            for (Stmt s : m.body()) nestedNames(s, false, readByNested);
            return new Module(m.fileName(), block(m.body(), readByNested, Set.of()));
        } catch (StackOverflowError e) {
            return m; // nested too deeply to analyse: the loops run as written
        }
    }

    /** One block: folds its loops, and recurses into the blocks inside its statements. */
    private static List<Stmt> block(List<Stmt> body, Set<String> readByNested, Set<String> declared) {
        List<Stmt> out = new ArrayList<>(body.size());
        Set<String> assigned = new HashSet<>();
        for (int i = 0; i < body.size(); i++) {
            Stmt s = body.get(i);
            Stmt prev = i > 0 ? body.get(i - 1) : null;
            Stmt folded = s instanceof Stmt.For f ? fold(f, prev, assigned, readByNested, declared) : null;
            out.add(folded != null ? folded : inner(s, readByNested, declared));
            assignedNames(s, assigned);
        }
        return out;
    }

    private static Stmt inner(Stmt s, Set<String> readByNested, Set<String> declared) {
        return switch (s) {
            case Stmt.FunctionDef f -> {
                Set<String> nested = new HashSet<>();
                Set<String> decl = new HashSet<>();
                for (Stmt b : f.body()) {
                    nestedNames(b, false, nested);
                    declarations(b, decl);
                }
                yield new Stmt.FunctionDef(f.pos(), f.name(), f.args(), block(f.body(), nested, decl), f.decorators(), f.returns(), f.isAsync());
            }
            case Stmt.ClassDef c -> c; // class bodies run once: nothing worth folding
            case Stmt.If x -> new Stmt.If(x.pos(), x.test(), block(x.body(), readByNested, declared), block(x.orElse(), readByNested, declared));
            case Stmt.For x -> new Stmt.For(x.pos(), x.target(), x.iter(), block(x.body(), readByNested, declared),
                    block(x.orElse(), readByNested, declared), x.isAsync());
            case Stmt.While x -> new Stmt.While(x.pos(), x.test(), block(x.body(), readByNested, declared), block(x.orElse(), readByNested, declared));
            case Stmt.Try x -> {
                List<Stmt.ExceptHandler> hs = new ArrayList<>();
                for (Stmt.ExceptHandler h : x.handlers()) hs.add(new Stmt.ExceptHandler(h.pos(), h.type(), h.name(), block(h.body(), readByNested, declared)));
                yield new Stmt.Try(x.pos(), block(x.body(), readByNested, declared), hs, block(x.orElse(), readByNested, declared),
                        block(x.finalBody(), readByNested, declared), x.isStar());
            }
            default -> s;
        };
    }

    private static Stmt fold(Stmt.For f, Stmt prev, Set<String> assigned, Set<String> readByNested, Set<String> declared) {
        if (f.isAsync() || !f.orElse().isEmpty() || f.body().size() != 1 || !(f.target() instanceof Expr.Name target)) return null;
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
        Pos pos = f.pos();
        String tmp = "_fora_fold" + COUNTER.getAndIncrement();
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

    private static Expr item(Pos pos, Expr v, long i) { return new Expr.Subscript(pos, v, new Expr.Constant(pos, i)); }

    private static Expr lambda(Pos pos, String param, Expr body) {
        io.fora.vm.ast.Arguments args = new io.fora.vm.ast.Arguments(List.of(),
                List.of(new io.fora.vm.ast.Arguments.Arg(pos, param, null)), null, List.of(), List.of(), null, List.of());
        return new Expr.Lambda(pos, args, body);
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
        if (!(n instanceof Record r)) return;
        boolean inside = nested || n instanceof Stmt.FunctionDef || n instanceof Stmt.ClassDef || n instanceof Expr.Lambda;
        if (inside && n instanceof Expr.Name x) out.add(x.id());
        if (inside && n instanceof Stmt.Global g) out.addAll(g.names());
        if (inside && n instanceof Stmt.Nonlocal g) out.addAll(g.names());
        for (java.lang.invoke.MethodHandle c : COMPONENTS.get(r.getClass())) walkScopes(component(c, r), inside, out);
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

    /** The accessors of each AST record class, looked up once (reflection per node made folding the slowest pass). */
    private static final ClassValue<java.lang.invoke.MethodHandle[]> COMPONENTS = new ClassValue<>() {
        @Override protected java.lang.invoke.MethodHandle[] computeValue(Class<?> type) {
            RecordComponent[] cs = type.getRecordComponents();
            java.lang.invoke.MethodHandle[] out = new java.lang.invoke.MethodHandle[cs.length];
            try {
                for (int i = 0; i < cs.length; i++) {
                    out[i] = java.lang.invoke.MethodHandles.lookup().unreflect(cs[i].getAccessor())
                            .asType(java.lang.invoke.MethodType.methodType(Object.class, Object.class));
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            return out;
        }
    };

    private static Object component(java.lang.invoke.MethodHandle accessor, Object record) {
        try {
            return accessor.invokeExact(record);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static void walk(Object n, java.util.function.Consumer<Object> visit) {
        if (n == null) return;
        if (n instanceof List<?> l) {
            for (Object x : l) walk(x, visit);
            return;
        }
        if (!(n instanceof Record r)) return;
        visit.accept(n);
        for (java.lang.invoke.MethodHandle c : COMPONENTS.get(r.getClass())) walk(component(c, r), visit);
    }
}

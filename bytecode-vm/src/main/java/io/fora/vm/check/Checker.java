// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.check;

import io.fora.vm.ast.Arguments;
import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Module;
import io.fora.vm.ast.Pattern;
import io.fora.vm.ast.Pos;
import io.fora.vm.ast.Stmt;
import io.fora.vm.diag.Diagnostics;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Resolves scopes (local, enclosing, global, builtin; closures) and enforces the purity rules
 * before anything runs. Every violation is reported with its position and a one-line hint.
 */
public final class Checker {
    /** True for a module Fora provides (and, with FORA_LIB_DIR set, any module: the directory may hold it). */
    private boolean provided(String module) {
        return LIBRARY_DIR_SET || io.fora.vm.builtins.Builtins.hasModule(module) || localModule.test(module);
    }

    /** The program's own modules beside its script (fora check FILE.py): imports of them are not warned of. */
    private java.util.function.Predicate<String> localModule = m -> false;
    /** The module is a file of a program on disk, in a package or beside its script: a relative import is resolved when it runs. */
    private boolean packages;

    private boolean enclosingFunctionBinds(String id) {
        for (Scope s = current.parent; s != null && s.kind != Scope.Kind.MODULE; s = s.parent) {
            if (s.kind == Scope.Kind.CLASS) continue;
            if (s.declaredGlobal.contains(id)) return false;
            return true; // bound or not yet seen: the resolver decides (CPython checks after the whole function)
        }
        return false;
    }

    private static final boolean LIBRARY_DIR_SET = System.getenv("FORA_LIB_DIR") != null;
    private boolean usesPrint;
    private final Diagnostics diags;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private Scope current;
    private Set<String> moduleBound;
    /** The first parameter of the __init__ being checked, or null outside one. */
    private String initSelf;

    private Checker(Diagnostics diags) {
        this.diags = diags;
    }

    /** Result: the scope of every module, function, lambda, class and comprehension node. */
    /** usesPrint: the module names {@code print} or {@code sys.stdout}: it runs as a script, without showing its expression values. */
    public record Result(Scope module, Map<Object, Scope> scopes, boolean usesPrint) {
        public Scope of(Object node) { return scopes.get(node); }
    }

    /**
     * Attributes whose use makes a module a script rather than a notebook: sys.stdout and
     * sys.stderr, pprint.pprint and pp, traceback.print_exc and its kin (and the names print
     * and logging, and calls of pprint, pp and print_* by name).
     */
    static boolean writesOutput(String attribute) {
        return attribute.equals("print") || attribute.startsWith("print_") || attribute.equals("stdout") || attribute.equals("stderr")
                || attribute.equals("pprint") || attribute.equals("pp");
    }

    /** A name called that writes output (from pprint import pprint; from traceback import print_exc). */
    static boolean callWritesOutput(String name) {
        return name.equals("pprint") || name.equals("pp") || name.startsWith("print_");
    }

    public static Result check(Module module, Diagnostics diags) {
        return check(module, diags, m -> false);
    }

    /** As {@link #check(Module, Diagnostics)}, knowing which modules the program has of its own. */
    public static Result check(Module module, Diagnostics diags, java.util.function.Predicate<String> localModule) {
        return check(module, diags, localModule, false);
    }

    /**
     * {@code packages}: the module is a file of a program on disk (a script or a module of its
     * own), where a relative import is resolved against its package when it runs, as CPython's
     * (an ImportError in the script itself); elsewhere (a computation sent to a gateway, one
     * module with no package) it is refused before running.
     */
    public static Result check(Module module, Diagnostics diags, java.util.function.Predicate<String> localModule, boolean packages) {
        Checker c = new Checker(diags);
        c.localModule = localModule;
        c.packages = packages;
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null);
        c.scopes.put(module, top);
        c.current = top;
        c.moduleBound = top.bound;
        c.stmts(module.body());
        top.resolve();
        c.checkForbiddenNames(top, module);
        return new Result(top, c.scopes, c.usesPrint);
    }

    // ---- statements ----

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> functionDef(f);
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> { if (r.value() != null) expr(r.value()); }
            case Stmt.Delete d -> { for (Expr t : d.targets()) delTarget(d, t); }
            case Stmt.Assign a -> {
                expr(a.value());
                for (Expr t : a.targets()) target(t, false);
            }
            case Stmt.AugAssign a -> {
                expr(a.value());
                target(a.target(), true);
                if (a.target() instanceof Expr.Name) expr(a.target());
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) expr(a.value());
                expr(a.annotation());
                if (a.value() != null || a.target() instanceof Expr.Name) target(a.target(), false);
            }
            case Stmt.For f -> {
                expr(f.iter());
                target(f.target(), false);
                stmts(f.body());
                stmts(f.orElse());
            }
            case Stmt.While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orElse());
            }
            case Stmt.If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orElse());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (int i = 0; i < m.cases().size(); i++) {
                    Pattern.MatchCase c = m.cases().get(i);
                    List<String> names = new java.util.ArrayList<>();
                    pattern(c.pattern(), names);
                    if (i < m.cases().size() - 1 && c.guard() == null && irrefutable(c.pattern())) unreachableAfter(c.pattern());
                    if (c.guard() != null) expr(c.guard());
                    stmts(c.body());
                }
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) expr(r.exc());
                if (r.cause() != null) expr(r.cause());
            }
            case Stmt.Try t -> {
                stmts(t.body());
                for (Stmt.ExceptHandler h : t.handlers()) {
                    if (h.type() != null) expr(h.type());
                    if (h.name() != null) bind(h.name());
                    stmts(h.body());
                }
                stmts(t.orElse());
                stmts(t.finalBody());
            }
            case Stmt.Assert a -> {
                expr(a.test());
                if (a.msg() != null) expr(a.msg());
            }
            case Stmt.Import i -> {
                for (Stmt.Alias a : i.names()) {
                    if (!provided(a.name())) {
                        diags.warning(i.pos(), importWarning(a.name()));
                    }
                    bind(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
                }
            }
            case Stmt.ImportFrom i -> {
                String mod = i.module() == null ? "." : i.module();
                if (i.level() > 0 && !packages) {
                    diags.purity(i.pos(), "relative import of '" + mod + "' is not allowed: a computation is one module");
                } else if (i.level() == 0 && !provided(mod) && !"__future__".equals(mod)) {
                    diags.warning(i.pos(), importWarning(mod));
                }
                for (Stmt.Alias a : i.names()) {
                    if (a.name().equals("*")) {
                        if (current.kind == Scope.Kind.FUNCTION) diags.syntax(i.pos(), "import * only allowed at module level");
                    } else if (!"__future__".equals(mod)) {
                        bind(a.asname() != null ? a.asname() : a.name());
                    }
                }
            }
            case Stmt.Global g -> {
                for (String id : g.names()) declaredAfter(g.pos(), id, "global");
                if (current.kind != Scope.Kind.MODULE) current.declaredGlobal.addAll(g.names());
            }
            case Stmt.Nonlocal n -> {
                if (current.kind == Scope.Kind.MODULE) {
                    diags.syntax(n.pos(), "nonlocal declaration not allowed at module level");
                } else {
                    for (String id : n.names()) {
                        if (declaredAfter(n.pos(), id, "nonlocal")) continue;
                        if (!enclosingFunctionBinds(id)) diags.syntax(n.pos(), "no binding for nonlocal '" + id + "' found");
                        current.declaredNonlocal.add(id);
                    }
                }
            }
            case Stmt.ExprStmt e -> expr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.With w -> throw new IllegalStateException("the parser lowers 'with' (only the ast module keeps it)");
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) expr(d);
        defaultsAndAnnotations(f.args());
        if (f.returns() != null) expr(f.returns());
        bind(f.name());
        Scope s = new Scope(Scope.Kind.FUNCTION, f.name(), current);
        s.inClass = current.kind == Scope.Kind.CLASS;
        scopes.put(f, s);
        if (f.isAsync()) {
            s.isCoroutine = true;
            s.isGenerator = true;
        }
        Scope saved = current;
        String savedInit = initSelf;
        current = s;
        params(f.args());
        List<Arguments.Arg> positional = allPositional(f.args());
        initSelf = s.inClass && (f.name().equals("__init__") || f.name().equals("__post_init__")) && !positional.isEmpty() ? positional.get(0).name() : null;
        stmts(f.body());
        current = saved;
        initSelf = savedInit;
    }

    private static List<Arguments.Arg> allPositional(Arguments a) {
        java.util.ArrayList<Arguments.Arg> out = new java.util.ArrayList<>(a.posonly());
        out.addAll(a.args());
        return out;
    }

    private void defaultsAndAnnotations(Arguments a) {
        for (Expr d : a.defaults()) expr(d);
        for (Expr d : a.kwDefaults()) if (d != null) expr(d);
        for (Arguments.Arg arg : allArgs(a)) if (arg.annotation() != null) expr(arg.annotation());
    }

    private static List<Arguments.Arg> allArgs(Arguments a) {
        java.util.ArrayList<Arguments.Arg> out = new java.util.ArrayList<>(a.posonly());
        out.addAll(a.args());
        if (a.vararg() != null) out.add(a.vararg());
        out.addAll(a.kwonly());
        if (a.kwarg() != null) out.add(a.kwarg());
        return out;
    }

    private void params(Arguments a) {
        for (Arguments.Arg arg : allArgs(a)) current.params.add(arg.name());
    }

    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) expr(d);
        for (Expr b : c.bases()) expr(b);
        for (Expr.Keyword k : c.keywords()) expr(k.value());
        bind(c.name());
        Scope s = new Scope(Scope.Kind.CLASS, c.name(), current);
        s.cells.add("__class__");
        scopes.put(c, s);
        Scope saved = current;
        String savedInit = initSelf;
        current = s;
        initSelf = null;
        stmts(c.body());
        current = saved;
        initSelf = savedInit;
    }

    private void bind(String name) {
        current.bound.add(name);
    }

    /**
     * CPython's symtable checks for a {@code global} or {@code nonlocal} statement: the name is a
     * parameter of this scope, or was read or assigned in it before (in source order). True when
     * one was reported.
     */
    private boolean declaredAfter(io.fora.vm.ast.Pos pos, String id, String kind) {
        String msg = current.params.contains(id) ? "name '" + id + "' is parameter and " + kind
                : current.used.contains(id) ? "name '" + id + "' is used prior to " + kind + " declaration"
                : current.bound.contains(id) ? "name '" + id + "' is assigned to before " + kind + " declaration"
                : null;
        if (msg == null) return false;
        diags.syntax(pos, msg);
        return true;
    }

    /** A case's pattern: its captures bind names (collected in order), its values are expressions. */
    private void pattern(Pattern p, List<String> names) {
        switch (p) {
            case Pattern.MatchValue v -> expr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence q -> {
                int stars = 0;
                for (Pattern item : q.patterns()) {
                    if (item instanceof Pattern.MatchStar && ++stars == 2) {
                        diags.syntax(item.pos(), "multiple starred names in sequence pattern");
                    }
                    pattern(item, names);
                }
            }
            case Pattern.MatchStar st -> capture(st.pos(), st.name(), names);
            case Pattern.MatchMapping m -> {
                List<String> seen = new java.util.ArrayList<>();
                for (Expr k : m.keys()) {
                    expr(k);
                    if (k instanceof Expr.Constant c) {
                        String shown = c.value() == null ? "None" : c.value() instanceof String str
                                ? io.fora.vm.runtime.Repr.repr(io.fora.vm.runtime.PyStr.of(str)) : String.valueOf(c.value());
                        if (seen.contains(shown)) diags.syntax(m.pos(), "mapping pattern checks duplicate key (" + shown + ")");
                        seen.add(shown);
                    }
                }
                for (Pattern v : m.patterns()) pattern(v, names);
                capture(m.pos(), m.rest(), names);
            }
            case Pattern.MatchClass c -> {
                expr(c.cls());
                for (Pattern v : c.patterns()) pattern(v, names);
                for (Pattern v : c.kwdPatterns()) pattern(v, names);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) pattern(a.pattern(), names);
                capture(a.pos(), a.name(), names);
            }
            case Pattern.MatchOr o -> {
                List<String> first = null;
                for (int i = 0; i < o.patterns().size(); i++) {
                    Pattern alt = o.patterns().get(i);
                    List<String> mine = new java.util.ArrayList<>();
                    pattern(alt, mine);
                    if (i < o.patterns().size() - 1 && irrefutable(alt)) unreachableAfter(alt);
                    if (first == null) first = mine;
                    else if (!new java.util.HashSet<>(first).equals(new java.util.HashSet<>(mine))) {
                        diags.syntax(o.pos(), "alternative patterns bind different names");
                    }
                }
                if (first != null) for (String n : first) capture(o.pos(), n, names);
            }
        }
    }

    /** CPython's error for a pattern that matches anything followed by more alternatives or cases. */
    private void unreachableAfter(Pattern p) {
        diags.syntax(p.pos(), p instanceof Pattern.MatchAs a && a.name() != null
                ? "name capture '" + a.name() + "' makes remaining patterns unreachable"
                : "wildcard makes remaining patterns unreachable");
    }

    private void capture(Pos pos, String name, List<String> names) {
        if (name == null) return;
        if (names.contains(name)) diags.syntax(pos, "multiple assignments to name '" + name + "' in pattern");
        names.add(name);
        bind(name);
    }

    /** A pattern that matches anything: a capture, the wildcard, or an alternative of one. */
    static boolean irrefutable(Pattern p) {
        return switch (p) {
            case Pattern.MatchAs a -> a.pattern() == null || irrefutable(a.pattern());
            case Pattern.MatchOr o -> o.patterns().stream().anyMatch(Checker::irrefutable);
            default -> false;
        };
    }

    /** {@code del name} unbinds a variable (pure); deleting an item or attribute would mutate a value. */
    private void delTarget(Stmt.Delete d, Expr t) {
        switch (t) {
            case Expr.Name n -> bind(n.id());
            case Expr.Tuple tu -> { for (Expr e : tu.elts()) delTarget(d, e); }
            case Expr.ListExpr l -> { for (Expr e : l.elts()) delTarget(d, e); }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Expr.Attribute a -> expr(a.value());
            default -> diags.syntax(t.pos(), "cannot delete expression");
        }
    }

    /** An assignment target; augmented marks {@code x += 1}. */
    private void target(Expr t, boolean augmented) {
        switch (t) {
            case Expr.Name n -> bind(n.id());
            case Expr.Tuple tu -> { for (Expr e : tu.elts()) target(e, augmented); }
            case Expr.ListExpr l -> { for (Expr e : l.elts()) target(e, augmented); }
            case Expr.Starred s -> target(s.value(), augmented);
            case Expr.Attribute a -> expr(a.value());
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            default -> diags.syntax(t.pos(), "cannot assign to expression");
        }
    }

    // ---- expressions ----

    private void exprs(List<Expr> es) {
        for (Expr e : es) if (e != null) expr(e);
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> exprs(b.values());
            case Expr.NamedExpr n -> {
                expr(n.value());
                Scope s = current;
                while (s.kind == Scope.Kind.COMPREHENSION) s = s.parent;
                s.bound.add(n.target().id());
                if (s != current) {
                    current.used.add(n.target().id());
                }
            }
            case Expr.BinOp b -> { expr(b.left()); expr(b.right()); }
            case Expr.UnaryOp u -> expr(u.operand());
            case Expr.Lambda l -> {
                defaultsAndAnnotations(l.args());
                Scope s = new Scope(Scope.Kind.FUNCTION, "<lambda>", current);
                scopes.put(l, s);
                Scope saved = current;
                current = s;
                params(l.args());
                expr(l.body());
                current = saved;
            }
            case Expr.IfExp i -> { expr(i.test()); expr(i.body()); expr(i.orElse()); }
            case Expr.Dict d -> { exprs(d.keys()); exprs(d.values()); }
            case Expr.Set s -> exprs(s.elts());
            case Expr.ListComp c -> comprehension(c, c.generators(), List.of(c.elt()), "<listcomp>");
            case Expr.SetComp c -> comprehension(c, c.generators(), List.of(c.elt()), "<setcomp>");
            case Expr.DictComp c -> comprehension(c, c.generators(), List.of(c.key(), c.value()), "<dictcomp>");
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), List.of(c.elt()), "<genexpr>");
            case Expr.Yield y -> {
                markGenerator(y.pos());
                if (current.isCoroutine) current.isAsyncGenerator = true;
                if (y.value() != null) expr(y.value());
            }
            case Expr.YieldFrom y -> {
                if (current.isCoroutine) diags.syntax(y.pos(), "'yield from' inside async function");
                markGenerator(y.pos());
                expr(y.value());
            }
            case Expr.Compare c -> { expr(c.left()); exprs(c.comparators()); }
            case Expr.Call c -> {
                if (c.func() instanceof Expr.Name fn && callWritesOutput(fn.id())) usesPrint = true;
                expr(c.func());
                exprs(c.args());
                for (Expr.Keyword k : c.keywords()) expr(k.value());
                if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty()) {
                    current.used.add("__class__");
                }
            }
            case Expr.FormattedValue f -> {
                expr(f.value());
                if (f.formatSpec() != null) expr(f.formatSpec());
            }
            case Expr.JoinedStr j -> exprs(j.values());
            case Expr.Constant c -> { }
            case Expr.Attribute a -> {
                // sys.stdout.write(...), sys.stderr, pprint.pprint(...) and traceback.print_exc() write
                // output too: such a module is a script
                if (writesOutput(a.attr())) usesPrint = true;
                expr(a.value());
            }
            case Expr.Subscript s -> { expr(s.value()); expr(s.slice()); }
            case Expr.Starred s -> expr(s.value());
            case Expr.Await a -> {
                current.awaits = true;
                expr(a.value());
            }
            case Expr.Name n -> {
                current.used.add(n.id());
                if (io.fora.vm.runtime.Refusals.BUILTINS.containsKey(n.id())) nameUses.add(new NameUse(n, current));
                if (n.id().equals("print") || n.id().equals("logging")) usesPrint = true;
            }
            case Expr.ListExpr l -> exprs(l.elts());
            case Expr.Tuple t -> exprs(t.elts());
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower());
                if (s.upper() != null) expr(s.upper());
                if (s.step() != null) expr(s.step());
            }
        }
    }

    /** What {@code fora check} says of an import of a module Fora lacks. */
    private static String importWarning(String module) {
        String why = io.fora.vm.runtime.Refusals.module(module);
        if (module.equals("os")) return "import of 'os': os.path's pure functions and os's constants work; the rest fails when it runs: " + why;
        return io.fora.vm.runtime.RefusedName.standard(module)
                ? "import of '" + module + "': using it fails when it runs: " + why
                : "import of '" + module + "' fails when it runs: " + why;
    }

    private void markGenerator(Pos pos) {
        if (current.kind == Scope.Kind.FUNCTION) current.isGenerator = true;
        else if (current.kind == Scope.Kind.COMPREHENSION && !current.name.equals("<genexpr>")) {
            diags.syntax(pos, "'yield' inside " + current.name.replaceAll("[<>]", "").replace("comp", " comprehension"));
        } else if (current.kind == Scope.Kind.COMPREHENSION) {
            current.isGenerator = true;
        } else {
            diags.syntax(pos, "'yield' outside function");
        }
    }

    private void comprehension(Expr node, List<Expr.Comprehension> gens, List<Expr> elts, String name) {
        // The first iterable is evaluated in the enclosing scope; everything else inside.
        expr(gens.get(0).iter());
        Scope s = new Scope(Scope.Kind.COMPREHENSION, name, current);
        s.isGenerator = name.equals("<genexpr>");
        scopes.put(node, s);
        Scope saved = current;
        current = s;
        s.params.add(".0");
        boolean async = false;
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            async |= g.isAsync();
            if (i > 0) expr(g.iter());
            target(g.target(), false);
            exprs(g.ifs());
        }
        exprs(elts);
        current = saved;
        if (async || s.awaits) {
            // an asynchronous comprehension: a coroutine that the enclosing code awaits, or for a
            // generator expression an asynchronous generator (CPython's rules, PEP 530)
            s.isCoroutine = true;
            s.isGenerator = true;
            if (name.equals("<genexpr>")) {
                s.isAsyncGenerator = true;
            } else {
                saved.awaits = true;
                if (!insideAsyncFunction(saved)) {
                    diags.syntax(node.pos(), "asynchronous comprehension outside of an asynchronous function");
                }
            }
        }
    }

    /** True where code may await: an {@code async def}, or a comprehension inside one. */
    private static boolean insideAsyncFunction(Scope s) {
        for (; s != null; s = s.parent) {
            if (s.kind == Scope.Kind.FUNCTION) return s.isCoroutine;
            if (s.kind != Scope.Kind.COMPREHENSION) return false;
        }
        return false;
    }

    /** Reports uses of I/O and reflection builtins that user code has not redefined. */
    private void checkForbiddenNames(Scope top, Module module) {
        for (NameUse u : nameUses) {
            String id = u.name().id();
            boolean local = false;
            for (Scope s = u.scope(); s != null && s.kind != Scope.Kind.MODULE; s = s.parent) {
                if (s.bound.contains(id) || s.params.contains(id)) local = true;
            }
            if (!local && !top.bound.contains(id)) {
                diags.warning(u.name().pos(), "'" + id + "' fails when it runs: " + io.fora.vm.runtime.Refusals.BUILTINS.get(id));
            }
        }
    }

    private record NameUse(Expr.Name name, Scope scope) {}
    private final java.util.List<NameUse> nameUses = new java.util.ArrayList<>();
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.compile;

import io.fora.vm.ast.Arguments;
import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Module;
import io.fora.vm.ast.Pattern;
import io.fora.vm.ast.Stmt;
import io.fora.vm.check.Checker;
import io.fora.vm.check.Scope;
import io.fora.vm.interp.MatchPattern;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compiles a checked AST into {@link CodeObject}s: one per module, function, lambda, class body
 * and comprehension. Names are resolved to frame slots here, so the interpreter never looks a
 * local up by name.
 */
public final class Compiler {
    private final String fileName;
    private final Checker.Result scopes;
    /** The module's tuple constants by {@link Unit#constantKey}: equal ones are one object, as in CPython. */
    private final java.util.Map<Object, io.fora.vm.runtime.PyTuple> sharedTuples = new java.util.HashMap<>();
    private Unit u;

    private Compiler(String fileName, Checker.Result scopes) {
        this.fileName = fileName;
        this.scopes = scopes;
    }

    public static CodeObject compile(Module module, Checker.Result scopes) {
        Compiler c = new Compiler(module.fileName(), scopes);
        c.u = new Unit(scopes.module(), "<module>");
        // __doc__: the module's docstring, or None
        String doc = docstring(module.body());
        c.constant(doc == null ? PyNone.NONE : PyStr.of(doc));
        c.store("__doc__");
        // a module with annotated names at its top level has __annotations__ from the start, as CPython's SETUP_ANNOTATIONS
        if (annotatesNames(module.body())) {
            c.u.emit(Op.BUILD_MAP, 0);
            c.store("__annotations__");
        }
        // the docstring is the module's __doc__, not a value to show
        c.stmts(doc == null ? module.body() : module.body().subList(1, module.body().size()), true);
        c.u.emit(Op.LOAD_CONST, c.u.constant(PyNone.NONE));
        c.u.emit(Op.RETURN_VALUE);
        return c.finish(c.u, "<module>", CodeObject.MODULE, 1, null);
    }

    /** The first decorator's line of the function statement being compiled, or -1. */
    private int decoratedFrom = -1;

    private CodeObject finish(Unit unit, String name, int flags, int firstLine, String doc) {
        CodeObject co = new CodeObject();
        co.name = name;
        co.qualname = unit.qualname;
        co.fileName = fileName;
        co.doc = doc;
        co.flags = flags | (unit.scope.isGenerator ? CodeObject.GENERATOR : 0);
        co.code = Arrays.copyOf(unit.code, unit.size);
        co.lines = Arrays.copyOf(unit.lines, unit.size);
        co.consts = unit.consts.toArray();
        co.names = unit.names.toArray(new String[0]);
        co.nlocals = unit.locals.size();
        co.ncells = unit.cells.size();
        co.nfree = unit.frees.size();
        List<String> slotNames = new ArrayList<>(unit.locals.keySet());
        slotNames.addAll(unit.cells.keySet());
        slotNames.addAll(unit.frees.keySet());
        co.slotNames = slotNames.toArray(new String[0]);
        co.cellParam = new int[co.ncells];
        int k = 0;
        for (String cell : unit.cells.keySet()) {
            Integer param = unit.scope.params.contains(cell) ? unit.locals.get(cell) : null;
            co.cellParam[k++] = param == null ? -1 : param;
        }
        co.firstLine = firstLine;
        co.stackSize = StackDepth.compute(co);
        Peephole.fuse(co);
        return co;
    }

    // ---- scopes and names ----

    private void prepareSlots(Unit unit, Arguments args) {
        if (args != null) {
            for (Arguments.Arg a : args.posonly()) unit.local(a.name());
            for (Arguments.Arg a : args.args()) unit.local(a.name());
            for (Arguments.Arg a : args.kwonly()) unit.local(a.name());
            if (args.vararg() != null) unit.local(args.vararg().name());
            if (args.kwarg() != null) unit.local(args.kwarg().name());
        }
        for (String p : unit.scope.params) unit.local(p);
        for (String c : unit.scope.cells) unit.cells.put(c, unit.cells.size());
        for (String f : unit.scope.free) unit.frees.put(f, unit.frees.size());
        if (unit.scope.kind != Scope.Kind.CLASS) {
            for (String b : unit.scope.bound) {
                if (!unit.cells.containsKey(b) && !unit.scope.declaredGlobal.contains(b) && !unit.scope.declaredNonlocal.contains(b)) unit.local(b);
            }
        }
    }

    private int derefIndex(String id) {
        Integer c = u.cells.get(id);
        if (c != null) return c;
        Integer f = u.frees.get(id);
        if (f == null) throw new IllegalStateException("no cell for " + id + " in " + u.qualname);
        return u.cells.size() + f;
    }

    private void load(String id) {
        Scope.Access access = u.scope.access(id);
        if (id.equals("xrange") && (access == Scope.Access.GLOBAL || access == Scope.Access.NAME) && guarded()) {
            // `try: xrange / except NameError:` is how code tells Python 2 from 3: there, the
            // builtin alias of range that pyfora's programs use is not seen (a global xrange is)
            u.emit(Op.LOAD_GLOBAL, u.name("__fora_global_only__"));
            u.emit(Op.LOAD_CONST, u.constant(PyStr.of(id)));
            u.emit(Op.CALL, 1);
            return;
        }
        switch (access) {
            case LOCAL -> u.emit(Op.LOAD_FAST, u.local(id));
            case CELL, FREE -> u.emit(Op.LOAD_DEREF, derefIndex(id));
            case GLOBAL -> u.emit(Op.LOAD_GLOBAL, u.name(id));
            case NAME -> u.emit(Op.LOAD_NAME, u.name(classBodyName(id)));
        }
    }

    /** True inside the body of a try statement that has except clauses. */
    private boolean guarded() {
        for (Unit.FBlock b : u.fblocks) if (b.kind() == Unit.FBlock.Kind.TRY_EXCEPT) return true;
        return false;
    }

    private void store(String id) {
        switch (u.scope.access(id)) {
            case LOCAL -> u.emit(Op.STORE_FAST, u.local(id));
            case CELL, FREE -> u.emit(Op.STORE_DEREF, derefIndex(id));
            case GLOBAL -> u.emit(Op.STORE_GLOBAL, u.name(id));
            case NAME -> u.emit(Op.STORE_NAME, u.name(classBodyName(id)));
        }
    }

    /** Removes a binding ({@code except E as e} leaves no {@code e} behind). */
    private void unbind(String id) {
        switch (u.scope.access(id)) {
            case LOCAL -> u.emit(Op.DELETE_FAST, u.local(id));
            case CELL, FREE -> u.emit(Op.DELETE_DEREF, derefIndex(id));
            case GLOBAL -> u.emit(Op.DELETE_GLOBAL, u.name(id));
            case NAME -> u.emit(Op.DELETE_NAME, u.name(classBodyName(id)));
        }
    }

    /** {@code del x}: an unbound x raises as a load would (NameError, UnboundLocalError), then x is unbound. */
    private void delete(Expr t) {
        switch (t) {
            case Expr.Name n -> {
                load(n.id());
                u.emit(Op.POP, 0);
                unbind(n.id());
            }
            case Expr.Tuple tu -> { for (Expr e : tu.elts()) delete(e); }
            case Expr.ListExpr l -> { for (Expr e : l.elts()) delete(e); }
            case Expr.Subscript sub -> {
                expr(sub.value());
                expr(sub.slice());
                u.emit(Op.DELETE_SUBSCR);
            }
            case Expr.Attribute at -> {
                expr(at.value());
                u.emit(Op.DELETE_ATTR, u.name(mangle(at.attr())));
            }
            default -> invalid("cannot delete expression");
        }
    }

    private void constant(Object v) { u.emit(Op.LOAD_CONST, u.constant(v)); }

    private void none() { constant(PyNone.NONE); }

    // ---- statements ----

    private void stmts(List<Stmt> body, boolean topLevel) {
        for (Stmt s : body) stmt(s, topLevel);
    }

    /**
     * The loop of {@code yield from} and {@code await} over the iterator on the stack: each round
     * sends the value sent in (None at first) to the iterator and yields what it yields; the
     * iterator's return value is the expression's value.
     */
    private void delegate() {
        none();
        int loop = u.here();
        int yf = u.emit(Op.YIELD_FROM_ITER);
        u.emit(Op.YIELD_VALUE);
        u.emit(Op.JUMP, loop);
        u.patch(yf);
    }

    private void stmt(Stmt s, boolean topLevel) {
        u.line = s.pos().line();
        switch (s) {
            case Stmt.FunctionDef f -> {
                for (Expr d : f.decorators()) expr(d);
                // a decorated function's code starts at its first decorator (co_firstlineno)
                if (!f.decorators().isEmpty()) decoratedFrom = Math.min(f.decorators().get(0).pos().line(), s.pos().line());
                makeFunction(f, f.name(), f.args(), f.body(), null, f.returns());
                for (int i = 0; i < f.decorators().size(); i++) u.emit(Op.CALL, 1);
                store(f.name());
            }
            case Stmt.ClassDef c -> classDef(c);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> { for (Expr t : d.targets()) delete(t); }
            case Stmt.Assign a -> {
                expr(a.value());
                for (int i = 0; i < a.targets().size(); i++) {
                    if (i < a.targets().size() - 1) u.emit(Op.DUP);
                    assign(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> {
                if (a.target() instanceof Expr.Name n) {
                    load(n.id());
                    expr(a.value());
                    u.emit(Op.INPLACE, a.op().ordinal());
                    store(n.id());
                } else if (a.target() instanceof Expr.Attribute at) {
                    expr(at.value());
                    u.emit(Op.DUP);
                    u.emit(Op.LOAD_ATTR, u.name(mangle(at.attr())));
                    expr(a.value());
                    u.emit(Op.INPLACE, a.op().ordinal());
                    u.emit(Op.ROT2);
                    u.emit(Op.STORE_ATTR, u.name(mangle(at.attr())));
                } else if (a.target() instanceof Expr.Subscript sub) {
                    expr(sub.value());
                    expr(sub.slice());
                    u.emit(Op.DUP2);
                    u.emit(Op.SUBSCR);
                    expr(a.value());
                    u.emit(Op.INPLACE, a.op().ordinal());
                    u.emit(Op.ROT3);
                    u.emit(Op.STORE_SUBSCR);
                } else {
                    invalid("illegal expression for augmented assignment");
                }
            }
            case Stmt.AnnAssign a -> {
                if (a.value() != null) {
                    expr(a.value());
                    assign(a.target());
                }
                // x: T at module level records T in the module's __annotations__ (a class body's are built at its end)
                if (u.scope.kind == Scope.Kind.MODULE && a.target() instanceof Expr.Name n) {
                    annotation(a.annotation());
                    expr(new Expr.Name(a.pos(), "__annotations__"));
                    constant(PyStr.of(n.id()));
                    u.emit(Op.STORE_SUBSCR);
                }
            }
            case Stmt.For f -> forStmt(f);
            case Stmt.While w -> whileStmt(w);
            case Stmt.If i -> {
                expr(i.test());
                int jf = u.emit(Op.POP_JUMP_IF_FALSE);
                stmts(i.body(), false);
                if (i.orElse().isEmpty()) {
                    u.patch(jf);
                } else {
                    int j = u.emit(Op.JUMP);
                    u.patch(jf);
                    stmts(i.orElse(), false);
                    u.patch(j);
                }
            }
            case Stmt.Match m -> matchStmt(m);
            case Stmt.Raise r -> {
                if (r.exc() == null) {
                    u.emit(Op.RAISE, 0);
                } else {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                        u.emit(Op.RAISE, 2);
                    } else {
                        u.emit(Op.RAISE, 1);
                    }
                }
            }
            case Stmt.Try t -> tryStmt(t, topLevel);
            case Stmt.Assert a -> {
                expr(a.test());
                int j = u.emit(Op.POP_JUMP_IF_TRUE);
                u.emit(Op.LOAD_ASSERTION_ERROR);
                if (a.msg() != null) {
                    expr(a.msg());
                    u.emit(Op.CALL, 1);
                }
                u.emit(Op.RAISE, 1);
                u.patch(j);
            }
            case Stmt.Import i -> {
                for (Stmt.Alias a : i.names()) {
                    u.emit(Op.IMPORT, u.name(a.name()));
                    if (a.asname() == null && a.name().contains(".")) {
                        // import a.b binds a, the package, with the submodule now one of its attributes
                        u.emit(Op.POP);
                        u.emit(Op.IMPORT, u.name(a.name().split("\\.")[0]));
                    }
                    store(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
                }
            }
            case Stmt.ImportFrom i -> {
                if ("__future__".equals(i.module())) {
                    for (Stmt.Alias a : i.names()) if (a.name().equals("annotations")) postponedAnnotations = true;
                    return;
                }
                if (i.names().size() == 1 && i.names().get(0).name().equals("*")) {
                    // from m import *: the module's public names become globals (module level only)
                    u.emit(Op.LOAD_GLOBAL, u.name("__fora_import_star__"));
                    importFromModule(i);
                    u.emit(Op.CALL, 1);
                    u.emit(Op.POP);
                    return;
                }
                // a name the module lacks raises ImportError (__fora_import_from__), not AttributeError
                for (Stmt.Alias a : i.names()) {
                    u.emit(Op.LOAD_GLOBAL, u.name("__fora_import_from__"));
                    importFromModule(i);
                    u.emit(Op.LOAD_CONST, u.constant(PyStr.of(a.name())));
                    u.emit(Op.CALL, 2);
                    store(a.asname() != null ? a.asname() : a.name());
                }
            }
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.ExprStmt e -> {
                expr(e.value());
                // a module that prints is a script: CPython shows nothing else; one that does not is shown like a notebook
                u.emit(topLevel && u.scope.kind == Scope.Kind.MODULE && !scopes.usesPrint() ? Op.DISPLAY : Op.POP);
            }
            case Stmt.Pass p -> { }
            case Stmt.With w -> throw new IllegalStateException("the parser lowers 'with' (only the ast module keeps it)");
            case Stmt.Break b -> breakOrContinue(true);
            case Stmt.Continue c -> breakOrContinue(false);
        }
    }

    /** The module a {@code from ... import} reads, on the stack: by its name, or relative to the running module's package. */
    private void importFromModule(Stmt.ImportFrom i) {
        if (i.level() == 0) {
            u.emit(Op.IMPORT, u.name(i.module()));
            return;
        }
        u.emit(Op.LOAD_GLOBAL, u.name("__fora_import_relative__"));
        u.emit(Op.LOAD_CONST, u.constant((long) i.level()));
        if (i.module() == null) none(); else u.emit(Op.LOAD_CONST, u.constant(PyStr.of(i.module())));
        u.emit(Op.CALL, 2);
    }

    /**
     * {@code match}: the subject in a temporary; per case, the pattern's values evaluated into a
     * tuple, MATCH_CASE tests the subject and answers the captures or False, the captures are
     * stored, the guard tested, the body run.
     */
    private void matchStmt(Stmt.Match m) {
        expr(m.subject());
        int subject = u.temp();
        u.emit(Op.STORE_FAST, subject);
        List<Integer> toEnd = new ArrayList<>();
        for (Pattern.MatchCase c : m.cases()) {
            List<Expr> values = new ArrayList<>();
            List<String> names = new ArrayList<>();
            MatchPattern p = compilePattern(c.pattern(), values, names);
            for (Expr v : values) expr(v);
            u.emit(Op.BUILD_TUPLE, values.size());
            u.emit(Op.LOAD_FAST, subject);
            u.emit(Op.MATCH_CASE, u.constant(new MatchPattern.Case(p, names.size())));
            u.emit(Op.DUP);
            int failed = u.emit(Op.POP_JUMP_IF_FALSE);
            u.emit(Op.UNPACK_SEQUENCE, names.size() + 1);
            u.emit(Op.POP);
            for (String n : names) store(n);
            int guardFailed = -1;
            if (c.guard() != null) {
                expr(c.guard());
                guardFailed = u.emit(Op.POP_JUMP_IF_FALSE);
            }
            stmts(c.body(), false);
            toEnd.add(u.emit(Op.JUMP));
            u.patch(failed);
            u.emit(Op.POP);
            if (guardFailed >= 0) u.patch(guardFailed);
        }
        for (int j : toEnd) u.patch(j);
    }

    /** The runtime form of a pattern; its value expressions and bound names are collected in order. */
    private MatchPattern compilePattern(Pattern p, List<Expr> values, List<String> names) {
        return switch (p) {
            case Pattern.MatchValue v -> {
                values.add(v.value());
                yield new MatchPattern.Value(values.size() - 1);
            }
            case Pattern.MatchSingleton s -> new MatchPattern.Singleton(s.value());
            case Pattern.MatchAs a -> new MatchPattern.Capture(
                    a.pattern() == null ? null : compilePattern(a.pattern(), values, names), slot(a.name(), names));
            case Pattern.MatchStar st -> throw new IllegalStateException("star outside a sequence pattern");
            case Pattern.MatchSequence q -> {
                List<Pattern> items = q.patterns();
                MatchPattern[] out = new MatchPattern[items.size()];
                int star = -1, starSlot = -1;
                for (int i = 0; i < items.size(); i++) {
                    if (items.get(i) instanceof Pattern.MatchStar st) {
                        star = i;
                        starSlot = slot(st.name(), names);
                    } else {
                        out[i] = compilePattern(items.get(i), values, names);
                    }
                }
                yield new MatchPattern.Sequence(out, star, starSlot);
            }
            case Pattern.MatchMapping mm -> {
                int[] keys = new int[mm.keys().size()];
                MatchPattern[] pats = new MatchPattern[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    values.add(mm.keys().get(i));
                    keys[i] = values.size() - 1;
                    pats[i] = compilePattern(mm.patterns().get(i), values, names);
                }
                yield new MatchPattern.Mapping(keys, pats, slot(mm.rest(), names));
            }
            case Pattern.MatchClass c -> {
                values.add(c.cls());
                int cls = values.size() - 1;
                MatchPattern[] pos = new MatchPattern[c.patterns().size()];
                for (int i = 0; i < pos.length; i++) pos[i] = compilePattern(c.patterns().get(i), values, names);
                MatchPattern[] kw = new MatchPattern[c.kwdPatterns().size()];
                for (int i = 0; i < kw.length; i++) kw[i] = compilePattern(c.kwdPatterns().get(i), values, names);
                yield new MatchPattern.ClassPattern(cls, pos, c.kwdAttrs().toArray(new String[0]), kw);
            }
            case Pattern.MatchOr o -> {
                MatchPattern[] alts = new MatchPattern[o.patterns().size()];
                for (int i = 0; i < alts.length; i++) alts[i] = compilePattern(o.patterns().get(i), values, names);
                yield new MatchPattern.Or(alts);
            }
        };
    }

    /** The capture slot of a name (alternatives of an or-pattern share theirs); -1 for none. */
    private static int slot(String name, List<String> names) {
        if (name == null) return -1;
        int i = names.indexOf(name);
        if (i >= 0) return i;
        names.add(name);
        return names.size() - 1;
    }

    /** Code the checker has already rejected; kept so the compiler never crashes on it. */
    private void invalid(String message) {
        u.emit(Op.INVALID_OP, u.constant(PyStr.of(message)));
    }

    private void returnStmt(Stmt.Return r) {
        if (r.value() != null) expr(r.value()); else none();
        // the value waits in a temporary while finally blocks run, or while loops close their generators
        boolean aside = u.fblocks.stream().anyMatch(b -> b.kind() == Unit.FBlock.Kind.FINALLY_TRY || b.kind() == Unit.FBlock.Kind.FOR_OWNED);
        if (aside) {
            int t = u.temp();
            u.emit(Op.STORE_FAST, t);
            unwind(null, false);
            u.emit(Op.LOAD_FAST, t);
        } else {
            unwind(null, true);
        }
        u.emit(Op.RETURN_VALUE);
    }

    private void breakOrContinue(boolean isBreak) {
        Unit.FBlock loop = null;
        for (Unit.FBlock b : u.fblocks) {
            if (b.kind().loop()) { loop = b; break; }
        }
        if (loop == null) {
            invalid(isBreak ? "'break' outside loop" : "'continue' not properly in loop");
            return;
        }
        unwind(loop, false);
        if (isBreak) {
            if (loop.kind() == Unit.FBlock.Kind.FOR) u.emit(Op.POP);
            if (loop.kind() == Unit.FBlock.Kind.FOR_OWNED) u.emit(Op.POP, Op.POP_CLOSE);
            loop.breaks().add(u.emit(Op.JUMP));
        } else {
            u.emit(Op.JUMP, loop.start());
        }
    }

    /**
     * Emits what leaving the blocks inside {@code upTo} (all of them when null) requires. With
     * {@code valueOnTop} (a return value above the blocks' stack entries) those entries stay:
     * RETURN_VALUE drops them.
     */
    private void unwind(Unit.FBlock upTo, boolean valueOnTop) {
        List<Unit.FBlock> saved = new ArrayList<>(u.fblocks);
        try {
            while (!u.fblocks.isEmpty()) {
                Unit.FBlock b = u.fblocks.peek();
                if (b == upTo) break;
                u.fblocks.pop();
                switch (b.kind()) {
                    case TRY_EXCEPT -> u.emit(Op.POP_BLOCK);
                    case FINALLY_TRY -> {
                        u.emit(Op.POP_BLOCK);
                        stmts(b.finalBody(), false);
                    }
                    case HANDLER -> u.emit(Op.POP_EXC);
                    case FINALLY_END -> {
                        // leaving a finally that runs for an exception drops that exception
                        u.emit(Op.POP_EXC);
                        if (!valueOnTop) u.emit(Op.POP);
                    }
                    case FOR -> { if (!valueOnTop) u.emit(Op.POP); }
                    case FOR_OWNED -> u.emit(Op.POP, Op.POP_CLOSE); // (never under a value: returnStmt)
                    case WHILE -> { }
                }
            }
        } finally {
            u.fblocks.clear();
            for (int i = saved.size() - 1; i >= 0; i--) u.fblocks.push(saved.get(i));
        }
    }

    private void forStmt(Stmt.For f) {
        // a loop over a generator it made (a call's result, or a generator expression) closes it
        // when it leaves early, as CPython does when the last reference goes (Op.POP_CLOSE); not
        // iter(g), which is g itself, still the program's
        boolean owned = f.iter() instanceof Expr.Call c && !(c.func() instanceof Expr.Name n && n.id().equals("iter"))
                || f.iter() instanceof Expr.GeneratorExp;
        expr(f.iter());
        u.emit(Op.GET_ITER, owned ? Op.ITER_OWNED : 0);
        int start = u.here();
        int forIter = u.emit(Op.FOR_ITER);
        Unit.FBlock block = new Unit.FBlock(owned ? Unit.FBlock.Kind.FOR_OWNED : Unit.FBlock.Kind.FOR, start, new ArrayList<>(), null);
        assign(f.target());
        u.fblocks.push(block);
        stmts(f.body(), false);
        u.fblocks.pop();
        u.line = f.pos().line();
        u.emit(Op.JUMP, start);
        u.patch(forIter);
        stmts(f.orElse(), false);
        for (int b : block.breaks()) u.patch(b);
    }

    private void whileStmt(Stmt.While w) {
        int start = u.here();
        // a loop the parser marked cold (io.fora.vm.parse.LoopFolding#COLD): its test as written
        boolean cold = w.test() instanceof io.fora.vm.ast.Expr.Call c && c.func() instanceof io.fora.vm.ast.Expr.Name n
                && n.id().equals(io.fora.vm.parse.LoopFolding.COLD) && c.args().size() == 1 && c.keywords().isEmpty();
        expr(cold ? ((io.fora.vm.ast.Expr.Call) w.test()).args().get(0) : w.test());
        int exit = u.emit(Op.POP_JUMP_IF_FALSE);
        Unit.FBlock block = new Unit.FBlock(Unit.FBlock.Kind.WHILE, start, new ArrayList<>(), null);
        u.fblocks.push(block);
        stmts(w.body(), false);
        u.fblocks.pop();
        if (cold) u.emit(Op.NOP, Op.NOP_COLD_LOOP);
        u.emit(Op.JUMP, start);
        u.patch(exit);
        stmts(w.orElse(), false);
        for (int b : block.breaks()) u.patch(b);
    }

    private void tryStmt(Stmt.Try t, boolean topLevel) {
        boolean hasFinally = !t.finalBody().isEmpty();
        int finallySetup = -1;
        Unit.FBlock finallyBlock = null;
        if (hasFinally) {
            finallySetup = u.emit(Op.SETUP_EXCEPT);
            finallyBlock = new Unit.FBlock(Unit.FBlock.Kind.FINALLY_TRY, 0, null, t.finalBody());
            u.fblocks.push(finallyBlock);
        }
        if (t.handlers().isEmpty()) {
            stmts(t.body(), false);
            stmts(t.orElse(), false);
        } else {
            int setup = u.emit(Op.SETUP_EXCEPT);
            Unit.FBlock tryBlock = new Unit.FBlock(Unit.FBlock.Kind.TRY_EXCEPT, 0, null, null);
            u.fblocks.push(tryBlock);
            stmts(t.body(), false);
            u.fblocks.pop();
            u.emit(Op.POP_BLOCK);
            stmts(t.orElse(), false);
            int toEnd = u.emit(Op.JUMP);
            List<Integer> ends = new ArrayList<>();
            ends.add(toEnd);
            u.patch(setup);
            for (Stmt.ExceptHandler h : t.handlers()) {
                u.line = h.pos().line();
                int next = -1;
                if (h.type() != null) {
                    u.emit(Op.DUP);
                    expr(h.type());
                    u.emit(Op.CHECK_EXC_MATCH);
                    next = u.emit(Op.POP_JUMP_IF_FALSE);
                }
                u.emit(Op.PUSH_EXC);
                if (h.name() != null) store(h.name()); else u.emit(Op.POP);
                u.fblocks.push(new Unit.FBlock(Unit.FBlock.Kind.HANDLER, 0, null, null));
                stmts(h.body(), false);
                u.fblocks.pop();
                u.emit(Op.POP_EXC);
                if (h.name() != null) unbind(h.name());
                ends.add(u.emit(Op.JUMP));
                if (next >= 0) u.patch(next);
            }
            u.emit(Op.RERAISE);
            for (int e : ends) u.patch(e);
        }
        if (hasFinally) {
            u.fblocks.pop();
            u.emit(Op.POP_BLOCK);
            stmts(t.finalBody(), false);
            int toEnd = u.emit(Op.JUMP);
            u.patch(finallySetup);
            u.emit(Op.PUSH_EXC);
            u.fblocks.push(new Unit.FBlock(Unit.FBlock.Kind.FINALLY_END, 0, null, null));
            stmts(t.finalBody(), false);
            u.fblocks.pop();
            u.emit(Op.POP_EXC);
            u.emit(Op.RERAISE);
            u.patch(toEnd);
        }
    }

    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) expr(d);
        for (Expr b : c.bases()) expr(b);
        u.emit(Op.BUILD_TUPLE, c.bases().size());
        Expr meta = null;
        for (Expr.Keyword k : c.keywords()) if ("metaclass".equals(k.arg())) meta = k.value();
        if (meta != null) expr(meta);
        int classKwargs = 0;
        for (Expr.Keyword k : c.keywords()) {
            if (k.arg() == null || "metaclass".equals(k.arg())) continue;
            constant(PyStr.of(k.arg()));
            expr(k.value());
            classKwargs++;
        }
        if (classKwargs > 0) u.emit(Op.BUILD_MAP, classKwargs);
        Scope scope = scopes.of(c);
        Unit outer = u;
        Unit body = new Unit(scope, qualify(c.name()));
        prepareSlots(body, null);
        u = body;
        String outerClass = className;
        className = c.name();
        String doc = docstring(c.body());
        if (doc != null) {
            constant(PyStr.of(doc));
            u.emit(Op.STORE_NAME, u.name("__doc__"));
        }
        u.emit(Op.LOAD_NAME, u.name("__name__"));
        u.emit(Op.STORE_NAME, u.name("__module__"));
        constant(PyStr.of(body.qualname));
        u.emit(Op.STORE_NAME, u.name("__qualname__"));
        stmts(c.body(), false);
        // x: T in the class body: __annotations__ in order (read by dataclasses)
        List<Stmt.AnnAssign> annotated = new ArrayList<>();
        for (Stmt st : c.body()) if (st instanceof Stmt.AnnAssign a && a.target() instanceof Expr.Name) annotated.add(a);
        if (!annotated.isEmpty()) {
            for (Stmt.AnnAssign a : annotated) {
                constant(PyStr.of(((Expr.Name) a.target()).id()));
                annotation(a.annotation());
            }
            u.emit(Op.BUILD_MAP, annotated.size());
            u.emit(Op.STORE_NAME, u.name("__annotations__"));
        }
        none();
        u.emit(Op.RETURN_VALUE);
        CodeObject co = finish(body, c.name(), CodeObject.CLASS_BODY, c.pos().line(), doc);
        u = outer;
        className = outerClass;
        emitClosure(body);
        constant(co);
        u.emit(Op.MAKE_FUNCTION, body.frees.isEmpty() ? 0 : 4);
        int makeClass = u.constant(PyStr.of(c.name())) | (meta != null ? Op.WITH_METACLASS : 0) | (classKwargs > 0 ? Op.WITH_CLASS_KWARGS : 0);
        u.emit(Op.RUN_CLASS_BODY, makeClass); // it finds the bases and the metaclass for __prepare__ as MAKE_CLASS does
        u.emit(Op.MAKE_CLASS, makeClass);
        for (int i = 0; i < c.decorators().size(); i++) u.emit(Op.CALL, 1);
        store(c.name());
    }

    /** The class whose body (or methods) is being compiled, for private-name mangling. */
    private String className;

    /** {@code self.__x} inside class A means {@code self._A__x}, as in CPython. */
    /** A private name ({@code __x}) bound or read in a class body is mangled, as {@code self.__x} is in its methods. */
    private String classBodyName(String id) {
        return u.scope.kind == Scope.Kind.CLASS ? mangle(id) : id;
    }

    private String mangle(String attr) {
        if (className == null || !attr.startsWith("__") || attr.endsWith("__")) return attr;
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? attr : "_" + stripped + attr;
    }

    private String qualify(String name) {
        if (u.scope.kind == Scope.Kind.MODULE) return name;
        if (u.scope.kind == Scope.Kind.CLASS) return u.qualname + "." + name;
        return u.qualname + ".<locals>." + name;
    }

    private static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** Pushes the cells a child scope closes over, as a tuple, when it has any. */
    private void emitClosure(Unit child) {
        if (child.frees.isEmpty()) return;
        for (String f : child.frees.keySet()) {
            u.emit(Op.LOAD_CLOSURE, derefIndex(f));
        }
        u.emit(Op.BUILD_TUPLE, child.frees.size());
    }

    /** True after {@code from __future__ import annotations}: annotations are not evaluated (PEP 563). */
    private boolean postponedAnnotations;

    /** True when statements (not inside a def or class) annotate a plain name. */
    private static boolean annotatesNames(List<Stmt> body) {
        for (Stmt st : body) {
            boolean found = switch (st) {
                case Stmt.AnnAssign a -> a.target() instanceof Expr.Name;
                case Stmt.If i -> annotatesNames(i.body()) || annotatesNames(i.orElse());
                case Stmt.For f -> annotatesNames(f.body()) || annotatesNames(f.orElse());
                case Stmt.While w -> annotatesNames(w.body()) || annotatesNames(w.orElse());
                case Stmt.Try t -> annotatesNames(t.body()) || annotatesNames(t.orElse()) || annotatesNames(t.finalBody())
                        || t.handlers().stream().anyMatch(h -> annotatesNames(h.body()));
                default -> false;
            };
            if (found) return true;
        }
        return false;
    }

    /** An annotation's value: evaluated, or (PEP 563) its source as ast.unparse writes it. */
    private void annotation(Expr e) {
        if (postponedAnnotations) constant(PyStr.of(unparse(e, false)));
        else expr(e);
    }

    /** ast.unparse of the expressions annotations are made of; others as best it can. */
    static String unparse(Expr e, boolean inSubscript) {
        return switch (e) {
            case Expr.Name n -> n.id();
            case Expr.Attribute a -> unparse(a.value(), false) + "." + a.attr();
            case Expr.Subscript x -> unparse(x.value(), false) + "[" + unparse(x.slice(), true) + "]";
            case Expr.Constant c -> switch (c.value()) {
                case null -> "None";
                case Boolean b -> b ? "True" : "False";
                case String str -> io.fora.vm.runtime.Repr.repr(PyStr.of(str));
                case Double d -> io.fora.vm.runtime.Repr.repr(d);
                case Long l -> l.toString();
                case java.math.BigInteger b -> b.toString();
                default -> "...";
            };
            case Expr.Tuple t -> {
                String inner = String.join(", ", t.elts().stream().map(x -> unparse(x, false)).toList());
                yield inSubscript && !t.elts().isEmpty() ? inner : "(" + inner + (t.elts().size() == 1 ? ",)" : ")");
            }
            case Expr.ListExpr l -> "[" + String.join(", ", l.elts().stream().map(x -> unparse(x, false)).toList()) + "]";
            case Expr.BinOp b -> unparse(b.left(), false) + " " + b.op().symbol + " " + unparse(b.right(), false);
            case Expr.UnaryOp u -> u.op().symbol + (u.op() == Expr.UnaryOperator.NOT ? " " : "") + unparse(u.operand(), false);
            case Expr.Starred st -> "*" + unparse(st.value(), false);
            case Expr.Call c -> unparse(c.func(), false) + "(" + String.join(", ", c.args().stream().map(x -> unparse(x, false)).toList()) + ")";
            default -> "...";
        };
    }

    /** Pushes {@code __annotations__} of a def (name → evaluated annotation) and answers whether it did. */
    private boolean annotations(Arguments args, Expr returns) {
        List<Arguments.Arg> all = new ArrayList<>(args.posonly());
        all.addAll(args.args());
        if (args.vararg() != null) all.add(args.vararg());
        all.addAll(args.kwonly());
        if (args.kwarg() != null) all.add(args.kwarg());
        int n = 0;
        for (Arguments.Arg a : all) {
            if (a.annotation() == null) continue;
            constant(PyStr.of(a.name()));
            annotation(a.annotation());
            n++;
        }
        if (returns != null) {
            constant(PyStr.of("return"));
            annotation(returns);
            n++;
        }
        if (n == 0) return false;
        u.emit(Op.BUILD_MAP, n);
        return true;
    }

    /** Compiles a def or lambda and leaves the function object on the stack. */
    private void makeFunction(Object node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, Expr returns) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            for (Expr d : args.defaults()) expr(d);
            u.emit(Op.BUILD_TUPLE, args.defaults().size());
            flags |= 1;
        }
        boolean anyKwDefault = args.kwDefaults().stream().anyMatch(d -> d != null);
        if (anyKwDefault) {
            int n = 0;
            for (int i = 0; i < args.kwonly().size(); i++) {
                Expr d = args.kwDefaults().get(i);
                if (d == null) continue;
                constant(PyStr.of(args.kwonly().get(i).name()));
                expr(d);
                n++;
            }
            u.emit(Op.BUILD_MAP, n);
            flags |= 2;
        }
        if (annotations(args, returns)) flags |= 8;
        Scope scope = scopes.of(node);
        Unit outer = u;
        boolean fold = node instanceof Expr.Lambda && foldBodies.contains(node);
        Unit fn = new Unit(scope, qualify(name));
        prepareSlots(fn, args);
        u = fn;
        String doc = null;
        int firstLine = decoratedFrom > 0 ? decoratedFrom : outer.line;
        decoratedFrom = -1;
        if (lambdaBody != null) {
            u.line = lambdaBody.pos().line();
            expr(lambdaBody);
            // a generator lambda returns its body's value too: it is the StopIteration's value
            u.emit(Op.RETURN_VALUE);
        } else {
            doc = docstring(body);
            stmts(doc != null ? body.subList(1, body.size()) : body, false);
            none();
            u.emit(Op.RETURN_VALUE);
        }
        int f = 0;
        if (args.vararg() != null) f |= CodeObject.VARARGS;
        if (args.kwarg() != null) f |= CodeObject.VARKW;
        if (scope.isAsyncGenerator) f |= CodeObject.ASYNC_GENERATOR;
        else if (scope.isCoroutine) f |= CodeObject.COROUTINE;
        if (fold) f |= CodeObject.FOLD_BODY;
        CodeObject co = finish(fn, name, f, firstLine, doc);
        co.argCount = args.posonly().size() + args.args().size();
        co.posOnlyCount = args.posonly().size();
        co.kwOnlyCount = args.kwonly().size();
        u = outer;
        if (!fn.frees.isEmpty()) {
            emitClosure(fn);
            flags |= 4;
        }
        constant(co);
        u.emit(Op.MAKE_FUNCTION, flags);
    }

    // ---- assignment targets ----

    private void assign(Expr target) {
        switch (target) {
            case Expr.Name n -> store(n.id());
            case Expr.Tuple t -> unpack(t.elts());
            case Expr.ListExpr l -> unpack(l.elts());
            case Expr.Attribute a -> {
                expr(a.value());
                u.emit(Op.STORE_ATTR, u.name(mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                int line = u.line;
                u.line = s.pos().line();
                u.emit(Op.STORE_SUBSCR);
                u.line = line;
            }
            case Expr.Starred s -> invalid("starred assignment target must be in a list or tuple");
            default -> invalid("cannot assign to expression");
        }
    }

    private void unpack(List<Expr> elts) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) if (elts.get(i) instanceof Expr.Starred) star = i;
        if (star < 0) {
            u.emit(Op.UNPACK_SEQUENCE, elts.size());
            for (Expr e : elts) assign(e);
        } else {
            int after = elts.size() - star - 1;
            u.emit(Op.UNPACK_EX, star | (after << 12));
            for (Expr e : elts) assign(e instanceof Expr.Starred s ? s.value() : e);
        }
    }

    // ---- expressions ----

    private void expr(Expr e) {
        switch (e) {
            case Expr.BoolOp b -> {
                List<Integer> jumps = new ArrayList<>();
                for (int i = 0; i < b.values().size(); i++) {
                    expr(b.values().get(i));
                    if (i < b.values().size() - 1) {
                        jumps.add(u.emit(b.isAnd() ? Op.JUMP_IF_FALSE_OR_POP : Op.JUMP_IF_TRUE_OR_POP));
                    }
                }
                for (int j : jumps) u.patch(j);
            }
            case Expr.NamedExpr n -> {
                expr(n.value());
                u.emit(Op.DUP);
                // inside a comprehension the checker made the target a cell of the enclosing function
                store(n.target().id());
            }
            case Expr.BinOp b -> {
                Object value = foldBinary(b);
                if (value != null) {
                    constant(value);
                    return;
                }
                if (forkable(b.left()) && forkable(b.right()) && earlyArguments(b.right())) {
                    forkGroup(b);
                    return;
                }
                expr(b.left());
                expr(b.right());
                u.emit(Op.BINARY, b.op().ordinal());
            }
            case Expr.UnaryOp un -> {
                Object folded = foldUnary(un);
                if (folded != null) {
                    constant(folded);
                    return;
                }
                expr(un.operand());
                u.emit(Op.UNARY, switch (un.op()) {
                    case USUB -> Op.U_NEG;
                    case UADD -> Op.U_POS;
                    case INVERT -> Op.U_INVERT;
                    case NOT -> Op.U_NOT;
                });
            }
            case Expr.Lambda l -> makeFunction(l, "<lambda>", l.args(), null, l.body(), null);
            case Expr.IfExp i -> {
                expr(i.test());
                int jf = u.emit(Op.POP_JUMP_IF_FALSE);
                expr(i.body());
                int j = u.emit(Op.JUMP);
                u.patch(jf);
                expr(i.orElse());
                u.patch(j);
            }
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> collection(s.elts(), Op.BUILD_SET, Op.ACC_SET);
            case Expr.ListComp c -> comprehension(c, c.generators(), Op.ACC_LIST, c.elt(), null);
            case Expr.SetComp c -> comprehension(c, c.generators(), Op.ACC_SET, c.elt(), null);
            case Expr.DictComp c -> comprehension(c, c.generators(), Op.ACC_DICT, c.key(), c.value());
            case Expr.GeneratorExp c -> comprehension(c, c.generators(), -1, c.elt(), null);
            case Expr.Yield y -> {
                if (y.value() != null) expr(y.value()); else none();
                if (u.scope.isAsyncGenerator) u.emit(Op.ASYNC_GEN_WRAP);
                u.emit(Op.YIELD_VALUE);
            }
            case Expr.YieldFrom y -> {
                expr(y.value());
                u.emit(Op.GET_ITER);
                delegate();
            }
            case Expr.Compare c -> compare(c);
            case Expr.Call c -> call(c);
            case Expr.FormattedValue f -> formatted(f);
            case Expr.JoinedStr j -> {
                int n = 0;
                for (Expr part : j.values()) {
                    if (part instanceof Expr.Constant c && c.value() instanceof String s) {
                        if (s.isEmpty()) continue;
                        constant(PyStr.of(s));
                    } else {
                        expr(part);
                    }
                    n++;
                }
                if (n == 0) constant(PyStr.EMPTY);
                else if (n > 1 || !(j.values().size() == 1 && j.values().get(0) instanceof Expr.FormattedValue)) u.emit(Op.BUILD_STRING, n);
            }
            case Expr.Constant c -> constantExpr(c);
            case Expr.Attribute a -> {
                expr(a.value());
                u.emit(Op.LOAD_ATTR, u.name(mangle(a.attr())));
            }
            case Expr.Subscript s -> {
                expr(s.value());
                expr(s.slice());
                int line = u.line;
                u.line = s.pos().line();
                u.emit(Op.SUBSCR);
                u.line = line;
            }
            case Expr.Starred s -> invalid("can't use starred expression here");
            case Expr.Await a -> {
                // as yield from, over what the awaitable's __await__ gives
                expr(a.value());
                u.emit(Op.GET_AWAITABLE);
                delegate();
            }
            case Expr.Name n -> load(n.id());
            case Expr.ListExpr l -> collection(l.elts(), Op.BUILD_LIST, Op.ACC_LIST);
            case Expr.Tuple t -> {
                io.fora.vm.runtime.PyTuple folded = constantTuple(t);
                if (folded != null) {
                    constant(folded);
                    return;
                }
                collection(t.elts(), Op.BUILD_TUPLE, Op.ACC_TUPLE);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) expr(s.lower()); else none();
                if (s.upper() != null) expr(s.upper()); else none();
                if (s.step() != null) expr(s.step()); else none();
                u.emit(Op.BUILD_SLICE);
            }
        }
    }


    /**
     * What CPython 3.11's AST optimiser folds an expression of number constants to, or null where
     * it leaves the operation to run: {@code -1}, {@code 2 ** 64 + 7}, {@code 1 / 3}. Folding is
     * invisible but for a set display's order (a display of constants is built from a frozenset
     * constant) and for not computing the value again each time.
     */
    private static Object folded(Expr e) {
        return switch (e) {
            case Expr.Constant c -> constValue(c);
            case Expr.UnaryOp un -> foldUnary(un);
            case Expr.BinOp b -> foldBinary(b);
            default -> null;
        };
    }

    private static boolean number(Object v) {
        return v instanceof Long || v instanceof java.math.BigInteger || v instanceof Double || v instanceof Boolean
                || v instanceof io.fora.vm.runtime.PyComplex;
    }

    private static Object foldUnary(Expr.UnaryOp un) {
        Object v = folded(un.operand());
        if (!number(v)) return null;
        try {
            return switch (un.op()) {
                case USUB -> io.fora.vm.runtime.Arith.neg(v);
                case UADD -> io.fora.vm.runtime.Arith.pos(v);
                case INVERT -> v instanceof Double || v instanceof io.fora.vm.runtime.PyComplex ? null
                        : io.fora.vm.runtime.Arith.invert(v);
                case NOT -> null;
            };
        } catch (RuntimeException err) {
            return null; // CPython leaves an operation that raises to run time
        }
    }

    /** Bits of an int's magnitude (CPython's {@code _PyLong_NumBits}); -1 for a value that is no int. */
    private static long bits(Object v) {
        return switch (v) {
            case Long x -> 64 - Long.numberOfLeadingZeros(Math.abs(x));
            case java.math.BigInteger x -> x.abs().bitLength();
            case Boolean x -> x ? 1 : 0;
            default -> -1;
        };
    }

    /** CPython's {@code safe_multiply}, {@code safe_power} and {@code safe_lshift}: results up to 128 bits. */
    private static Object foldBinary(Expr.BinOp b) {
        Object l = folded(b.left());
        Object r = folded(b.right());
        if (!number(l) || !number(r) || b.op() == Expr.BinaryOp.MATMULT) return null;
        long lb = bits(l);
        long rb = bits(r);
        if (lb > 0 && rb > 0) {
            // the right operand as a count: its value, Long.MAX_VALUE when huge, 0 or less when not positive
            long w = switch (r) {
                case Long x -> x;
                case Boolean x -> 1;
                case java.math.BigInteger x -> x.signum() > 0 ? Long.MAX_VALUE : -1;
                default -> 0;
            };
            switch (b.op()) {
                case MULT -> {
                    if (lb + rb > 128) return null;
                }
                case POW -> {
                    if (w > 0 && lb > 128 / w) return null;
                }
                case LSHIFT -> {
                    if (w <= 0 || w > 128 || lb > 128 - w) return null;
                }
                default -> { }
            }
        }
        try {
            return io.fora.vm.runtime.Arith.binary(b.op().ordinal(), l, r);
        } catch (RuntimeException err) {
            return null; // CPython leaves an operation that raises to run time
        }
    }

    /** A constant after CPython's AST optimiser: a folded number, a literal, or a tuple of such (folded to a tuple constant). */
    private static boolean isConstant(Expr e) {
        if (e instanceof Expr.Tuple t) return t.elts().stream().allMatch(Compiler::isConstant);
        return folded(e) != null;
    }

    private static Object constValue(Expr.Constant c) { return literal(c.value()); }

    /**
     * A tuple display of literals (tuples of them nested) as one constant, or null. Equal ones
     * are one object in the whole module, as CPython's compiler merges a module's constants
     * ({@code a = (1, 2); b = (1, 2); a is b} is True): equal means the same types and values, so
     * {@code (0, 0)}, {@code (0.0, 0.0)}, {@code (False,)} and {@code (-0.0,)} stay apart.
     */
    private io.fora.vm.runtime.PyTuple constantTuple(Expr.Tuple t) {
        Object[] values = new Object[t.elts().size()];
        for (int i = 0; i < values.length; i++) {
            Object v = switch (t.elts().get(i)) {
                case Expr.Constant c -> constValue(c);
                case Expr.Tuple inner -> constantTuple(inner);
                default -> null;
            };
            if (v == null) return null;
            values[i] = v;
        }
        io.fora.vm.runtime.PyTuple tuple = io.fora.vm.runtime.PyTuple.of(values);
        Object key = Unit.constantKey(tuple);
        return key == null ? tuple : sharedTuples.computeIfAbsent(key, k -> tuple);
    }

    /** The Python value of a literal as the parser holds it (see {@link Expr.Constant}); null for none of them. */
    public static Object literal(Object v) {
        return switch (v) {
            case null -> PyNone.NONE;
            case String s -> PyStr.of(s);
            case Long l -> l;
            case Double d -> d;
            case Boolean b -> b;
            case java.math.BigInteger b -> io.fora.vm.runtime.Ints.norm(b);
            case byte[] b -> io.fora.vm.runtime.PyBytes.of(b.clone());
            case Expr.ComplexLiteral cl -> new io.fora.vm.runtime.PyComplex(0.0, cl.imag());
            case Expr.EllipsisLiteral el -> PyNone.ELLIPSIS;
            default -> null;
        };
    }

    private void constantExpr(Expr.Constant c) {
        constant(constValue(c)); // every literal kind has a value now (bytes and complex included)
    }

    private void collection(List<Expr> elts, int buildOp, int accKind) {
        if (elts.stream().noneMatch(x -> x instanceof Expr.Starred)) {
            for (Expr x : elts) expr(x);
            boolean folded = buildOp == Op.BUILD_SET && elts.size() >= 3
                    && elts.stream().allMatch(Compiler::isConstant);
            u.emit(buildOp, elts.size() | (folded ? io.fora.vm.interp.Interpreter.CONSTANT_SET : 0));
            return;
        }
        u.emit(Op.NEW_ACC, accKind);
        for (Expr x : elts) {
            if (x instanceof Expr.Starred s) {
                expr(s.value());
                u.emit(Op.ACC_EXTEND, 1);
            } else {
                expr(x);
                u.emit(Op.ACC_ADD, 1);
            }
        }
        u.emit(Op.ACC_FREEZE, accKind);
    }

    private void dict(Expr.Dict d) {
        if (d.keys().stream().allMatch(k -> k != null)) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            u.emit(Op.BUILD_MAP, d.keys().size());
            return;
        }
        u.emit(Op.NEW_ACC, Op.ACC_DICT);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                u.emit(Op.ACC_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                u.emit(Op.ACC_ADD_KV, 1);
            }
        }
        u.emit(Op.ACC_FREEZE, Op.ACC_DICT);
    }

    /** FORK2's operator for "push both results" (a call's two arguments). */
    public static final int FORK_PAIR = 31;

    /**
     * {@code f(a) OP g(b)} and {@code h(f(a), g(b))}: two calls whose arguments are plain values may
     * run in parallel when cores are idle. FORK_GATE jumps to the ordinary sequential code when they
     * are not; so does any exception while evaluating the right call's arguments, so that the error
     * sequential Python meets first (perhaps inside the left call) is the one raised.
     */
    private void forkPair(Expr.Call left, Expr.Call right, int op, int line, Expr outerFunc, Runnable sequential) {
        int gate = u.emit(Op.FORK_GATE);
        if (outerFunc != null) expr(outerFunc);
        expr(left.func());
        for (Expr a : left.args()) expr(a);
        int setup = u.emit(Op.SETUP_EXCEPT);
        expr(right.func());
        for (Expr a : right.args()) expr(a);
        u.emit(Op.POP_BLOCK);
        int saved = u.line;
        u.line = line;
        u.emit(Op.FORK2, op | (left.args().size() << 8) | (right.args().size() << 16));
        if (outerFunc != null) u.emit(Op.CALL, 2);
        u.line = saved;
        int end = u.emit(Op.JUMP);
        u.patch(setup);
        int leftover = 1 + 1 + left.args().size() + (outerFunc != null ? 1 : 0);
        for (int i = 0; i < leftover; i++) u.emit(Op.POP);
        u.patch(gate);
        sequential.run();
        u.patch(end);
    }

    private void forkGroup(Expr.BinOp b) {
        forkPair((Expr.Call) b.left(), (Expr.Call) b.right(), b.op().ordinal(), b.pos().line(), null, () -> {
            expr(b.left());
            expr(b.right());
            u.emit(Op.BINARY, b.op().ordinal());
        });
    }

    /**
     * A call of a named function with at most 255 positional arguments that bind nothing. The
     * arguments may call functions themselves: they are evaluated, left call's first, before the
     * two calls fork, which is the order sequential Python meets their exceptions in.
     */
    private static boolean forkable(Expr e) {
        return e instanceof Expr.Call c && c.func() instanceof Expr.Name n && !n.id().equals("super")
                && c.keywords().isEmpty() && c.args().size() <= 255 && c.args().stream().allMatch(Compiler::callFree);
    }

    /** Builtins a later call's arguments may call: they print nothing and change nothing. */
    private static final java.util.Set<String> QUIET_BUILTINS = java.util.Set.of("len", "abs", "min", "max", "int",
            "float", "round", "divmod", "tuple", "isinstance");

    /**
     * The arguments of a fork group's later call are evaluated before its first call runs: they
     * may call only quiet builtins (not rebound by the program), or a print or a change made
     * there would come before the first call's.
     */
    private boolean earlyArguments(Expr call) {
        return ((Expr.Call) call).args().stream().allMatch(this::quiet);
    }

    private boolean quiet(Expr e) {
        return callsOnly(e, c -> c.func() instanceof Expr.Name n && QUIET_BUILTINS.contains(n.id())
                && (u.scope.access(n.id()) == Scope.Access.GLOBAL || u.scope.access(n.id()) == Scope.Access.NAME)
                && !scopes.module().bound.contains(n.id())
                && c.args().stream().allMatch(this::quiet));
    }

    /** An argument expression that binds no name and starts nothing lazy (no lambda, generator or walrus). */
    private static boolean callFree(Expr e) {
        return callsOnly(e, c -> c.keywords().isEmpty() && !(c.func() instanceof Expr.Name n && (n.id().equals("super")
                || n.id().equals("locals") || n.id().equals("vars"))) && callFree(c.func())
                && c.args().stream().allMatch(a -> !(a instanceof Expr.Starred) && callFree(a)));
    }

    /**
     * True when e is made of names, constants, operators, displays, attributes, subscripts,
     * comparisons and conditional expressions, and of calls that {@code call} accepts (it looks
     * at their function and arguments itself); false for anything else.
     */
    private static boolean callsOnly(Expr e, java.util.function.Predicate<Expr.Call> call) {
        java.util.function.Predicate<Expr> all = x -> callsOnly(x, call);
        return switch (e) {
            case Expr.Call c -> call.test(c);
            case Expr.Name n -> true;
            case Expr.Constant c -> true;
            case Expr.BinOp b -> all.test(b.left()) && all.test(b.right());
            case Expr.UnaryOp x -> all.test(x.operand());
            case Expr.Tuple t -> t.elts().stream().allMatch(all);
            case Expr.ListExpr l -> l.elts().stream().allMatch(all);
            case Expr.Attribute a -> all.test(a.value());
            case Expr.Subscript x -> all.test(x.value()) && all.test(x.slice());
            case Expr.Slice x -> (x.lower() == null || all.test(x.lower())) && (x.upper() == null || all.test(x.upper()))
                    && (x.step() == null || all.test(x.step()));
            case Expr.Compare c -> all.test(c.left()) && c.comparators().stream().allMatch(all);
            case Expr.IfExp i -> all.test(i.test()) && all.test(i.body()) && all.test(i.orElse());
            default -> false;
        };
    }

    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            u.emit(Op.COMPARE, cmpArg(c.ops().get(0)));
            return;
        }
        List<Integer> cleanups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            expr(c.comparators().get(i));
            if (i < n - 1) {
                u.emit(Op.DUP);
                u.emit(Op.ROT3);
                u.emit(Op.COMPARE, cmpArg(c.ops().get(i)));
                cleanups.add(u.emit(Op.JUMP_IF_FALSE_OR_POP));
            } else {
                u.emit(Op.COMPARE, cmpArg(c.ops().get(i)));
            }
        }
        int end = u.emit(Op.JUMP);
        for (int j : cleanups) u.patch(j);
        u.emit(Op.ROT2);
        u.emit(Op.POP);
        u.patch(end);
    }

    private static int cmpArg(Expr.CmpOp op) {
        return switch (op) {
            case LT -> 0;
            case LT_E -> 1;
            case EQ -> 2;
            case NOT_EQ -> 3;
            case GT -> 4;
            case GT_E -> 5;
            case IS -> Op.C_IS;
            case IS_NOT -> Op.C_IS_NOT;
            case IN -> Op.C_IN;
            case NOT_IN -> Op.C_NOT_IN;
        };
    }

    /** The lambdas (and a lambda's generator expression) a folded loop became: compiled as FOLD_BODY code. */
    private final java.util.Set<Expr> foldBodies = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void call(Expr.Call c) {
        if (c.func() instanceof Expr.Name n && n.id().equals(io.fora.vm.parse.LoopFolding.FOLD)) {
            for (Expr a : c.args()) {
                if (a instanceof Expr.Lambda l) {
                    foldBodies.add(l);
                    if (l.body() instanceof Expr.GeneratorExp g) foldBodies.add(g);
                }
            }
        }
        boolean plainFunc = c.keywords().isEmpty() && !(c.func() instanceof Expr.Name n && n.id().equals("super"))
                && !(c.func() instanceof Expr.Attribute);
        if (plainFunc && c.args().size() == 2 && forkable(c.args().get(0)) && forkable(c.args().get(1))
                && earlyArguments(c.args().get(1))) {
            forkPair((Expr.Call) c.args().get(0), (Expr.Call) c.args().get(1), FORK_PAIR, c.pos().line(), c.func(),
                    () -> plainCall(c));
            return;
        }
        if (plainFunc && (c.args().size() == 3 || c.args().size() == 4)
                && c.args().stream().allMatch(a -> forkable(a) && ((Expr.Call) a).args().size() <= 31)
                && c.args().stream().skip(1).allMatch(this::earlyArguments)) {
            forkCalls(c);
            return;
        }
        plainCall(c);
    }

    /**
     * {@code h(f(a), g(b), k(c))}: three or four calls as one fork group, as {@link #forkPair} does
     * for two. The calls' arguments are evaluated in program order first; if any but the first
     * call's raise, the sequential code runs instead, so the first exception in program order wins.
     */
    private void forkCalls(Expr.Call c) {
        List<Expr> calls = c.args();
        int gate = u.emit(Op.FORK_GATE);
        expr(c.func());
        Expr.Call first = (Expr.Call) calls.get(0);
        expr(first.func());
        for (Expr a : first.args()) expr(a);
        int setup = u.emit(Op.SETUP_EXCEPT);
        int arg = calls.size() | (first.args().size() << 3);
        for (int k = 1; k < calls.size(); k++) {
            Expr.Call call = (Expr.Call) calls.get(k);
            expr(call.func());
            for (Expr a : call.args()) expr(a);
            arg |= call.args().size() << (3 + 5 * k);
        }
        u.emit(Op.POP_BLOCK);
        int saved = u.line;
        u.line = c.pos().line();
        u.emit(Op.FORK_CALLS, arg);
        u.emit(Op.CALL, calls.size());
        u.line = saved;
        int end = u.emit(Op.JUMP);
        u.patch(setup);
        int leftover = 1 + 1 + 1 + first.args().size();
        for (int i = 0; i < leftover; i++) u.emit(Op.POP);
        u.patch(gate);
        plainCall(c);
        u.patch(end);
    }

    private void plainCall(Expr.Call c) {
        int line = u.line;
        boolean simple = c.args().stream().noneMatch(a -> a instanceof Expr.Starred)
                && c.keywords().stream().allMatch(k -> k.arg() != null);
        if (c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty() && c.keywords().isEmpty()
                && u.scope.kind == Scope.Kind.FUNCTION && u.scope.access("__class__") == Scope.Access.FREE
                && !u.scope.params.isEmpty()) {
            load("super");
            u.emit(Op.LOAD_DEREF, derefIndex("__class__"));
            load(u.scope.params.iterator().next());
            u.line = c.pos().line();
            u.emit(Op.CALL, 2);
            u.line = line;
            return;
        }
        if (simple && c.keywords().isEmpty() && c.func() instanceof Expr.Attribute a) {
            expr(a.value());
            u.emit(Op.LOAD_METHOD, u.name(mangle(a.attr())));
            for (Expr arg : c.args()) expr(arg);
            u.line = c.pos().line();
            u.emit(Op.CALL_METHOD, c.args().size());
            u.line = line;
            return;
        }
        expr(c.func());
        if (simple) {
            for (Expr arg : c.args()) expr(arg);
            if (c.keywords().isEmpty()) {
                u.line = c.pos().line();
                u.emit(Op.CALL, c.args().size());
            } else {
                Object[] names = new Object[c.keywords().size()];
                for (int i = 0; i < names.length; i++) {
                    Expr.Keyword k = c.keywords().get(i);
                    names[i] = PyStr.of(k.arg());
                    expr(k.value());
                }
                constant(io.fora.vm.runtime.PyTuple.of(names));
                u.line = c.pos().line();
                u.emit(Op.CALL_KW, c.args().size() + names.length);
            }
            u.line = line;
            return;
        }
        u.emit(Op.NEW_ACC, Op.ACC_ARGS);
        for (Expr arg : c.args()) {
            if (arg instanceof Expr.Starred s) {
                expr(s.value());
                u.emit(Op.ACC_EXTEND, 1);
            } else {
                expr(arg);
                u.emit(Op.ACC_ADD, 1);
            }
        }
        u.emit(Op.ACC_FREEZE, Op.ACC_ARGS);
        boolean hasKw = !c.keywords().isEmpty();
        if (hasKw) {
            u.emit(Op.NEW_ACC, Op.ACC_KWARGS);
            for (Expr.Keyword k : c.keywords()) {
                if (k.arg() == null) {
                    expr(k.value());
                    u.emit(Op.ACC_UPDATE, 1);
                } else {
                    constant(PyStr.of(k.arg()));
                    expr(k.value());
                    u.emit(Op.ACC_ADD_KV, 1);
                }
            }
            u.emit(Op.ACC_FREEZE, Op.ACC_KWARGS);
        }
        u.line = c.pos().line();
        u.emit(Op.CALL_EX, hasKw ? 1 : 0);
        u.line = line;
    }

    private void formatted(Expr.FormattedValue f) {
        expr(f.value());
        int arg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            arg |= 4;
        }
        u.emit(Op.FORMAT_VALUE, arg);
    }

    private void comprehension(Expr node, List<Expr.Comprehension> gens, int accKind, Expr elt, Expr value) {
        Unit outer = u;
        Unit fn = comprehensionUnit(node, gens, accKind, elt, value);
        CodeObject co = fn.finished;
        if (foldBodies.contains(node)) co.flags |= CodeObject.FOLD_BODY; // its name stays <genexpr>: it splits as one
        if (accKind == Op.ACC_SET && !co.is(CodeObject.NO_SPLIT)) {
            // split, the blocks build lists and the set is filled from them in order, as CPython fills it
            co.listVariant = comprehensionUnit(node, gens, Op.ACC_LIST, elt, value).finished;
            co.flags |= CodeObject.SPLITTABLE;
        }
        if (accKind == Op.ACC_LIST && co.is(CodeObject.SPLITTABLE)) {
            CodeObject elements = comprehensionUnit(node, gens, -1, elt, null).finished;
            elements.flags |= CodeObject.GENERATOR | CodeObject.LIST_ELEMENTS;
            co.drainVariant = elements;
        }
        u = outer;
        int flags = 0;
        if (!fn.frees.isEmpty()) {
            emitClosure(fn);
            flags |= 4;
        }
        constant(co);
        u.emit(Op.MAKE_FUNCTION, flags);
        expr(gens.get(0).iter());
        // an asynchronous first clause: its code asks the iterable for its asynchronous iterator
        if (!gens.get(0).isAsync()) u.emit(Op.GET_ITER);
        u.emit(Op.CALL, 1);
        if (co.is(CodeObject.COROUTINE)) {
            // [... async for ...]: the comprehension is a coroutine, awaited here
            u.emit(Op.GET_AWAITABLE);
            delegate();
        }
    }

    /** True when an expression holds a := outside any lambda (a comprehension's := binds in the enclosing scope). */
    private static boolean bindsOutside(Object node) {
        if (node instanceof Expr.NamedExpr) return true;
        if (node instanceof Expr.Lambda) return false;
        boolean[] found = {false};
        io.fora.vm.ast.Children.forEach(node, child -> found[0] |= !found[0] && bindsOutside(child));
        return found[0];
    }

    /** The code of a comprehension's function (its unit, with the finished code in {@code code}). */
    private Unit comprehensionUnit(Expr node, List<Expr.Comprehension> gens, int accKind, Expr elt, Expr value) {
        Scope scope = scopes.of(node);
        Unit outer = u;
        String name = scope.name;
        Unit fn = new Unit(scope, qualify(name));
        prepareSlots(fn, null);
        u = fn;
        u.line = outer.line;
        if (accKind >= 0) u.emit(Op.NEW_ACC, accKind);
        if (!gens.get(0).isAsync()) u.emit(Op.LOAD_FAST, u.local(".0"));
        comprehensionLoop(gens, 0, accKind, elt, value);
        if (accKind >= 0) {
            u.emit(Op.ACC_FREEZE, accKind);
        } else {
            none();
        }
        u.emit(Op.RETURN_VALUE);
        // := in a comprehension binds a variable of the enclosing function: blocks would race for it
        boolean walrus = bindsOutside(node);
        boolean async = scope.isCoroutine;
        boolean splittable = (accKind == Op.ACC_LIST || accKind == Op.ACC_DICT) && !walrus && !async;
        int flags = (splittable ? CodeObject.SPLITTABLE : 0) | (walrus || async ? CodeObject.NO_SPLIT : 0);
        if (scope.isAsyncGenerator) flags |= CodeObject.ASYNC_GENERATOR;
        else if (async) flags |= CodeObject.COROUTINE;
        CodeObject co = finish(fn, name, flags, outer.line, null);
        co.argCount = 1;
        fn.finished = co;
        u = outer;
        return fn;
    }

    private void comprehensionLoop(List<Expr.Comprehension> gens, int depth, int accKind, Expr elt, Expr value) {
        Expr.Comprehension g = gens.get(depth);
        if (g.isAsync()) {
            asyncComprehensionLoop(gens, depth, accKind, elt, value);
            return;
        }
        if (depth > 0) {
            expr(g.iter());
            u.emit(Op.GET_ITER);
        }
        int start = u.here();
        int forIter = u.emit(Op.FOR_ITER);
        assign(g.target());
        comprehensionBody(gens, depth, start, accKind, elt, value);
        u.patch(forIter);
    }

    /**
     * An {@code async for} clause: as the statement (see the parser's lowering), with the
     * asynchronous iterator in a hidden local instead of on the stack:
     * {@code it = aiter(ITER); loop: try: v = await anext(it) except StopAsyncIteration: leave}.
     */
    private void asyncComprehensionLoop(List<Expr.Comprehension> gens, int depth, int accKind, Expr elt, Expr value) {
        Expr.Comprehension g = gens.get(depth);
        int it = u.local(".ait" + depth);
        u.emit(Op.LOAD_GLOBAL, u.name("__fora_aiter__"));
        if (depth > 0) expr(g.iter()); else u.emit(Op.LOAD_FAST, u.local(".0"));
        u.emit(Op.CALL, 1);
        u.emit(Op.STORE_FAST, it);
        int start = u.here();
        int setup = u.emit(Op.SETUP_EXCEPT);
        u.fblocks.push(new Unit.FBlock(Unit.FBlock.Kind.TRY_EXCEPT, 0, null, null));
        u.emit(Op.LOAD_GLOBAL, u.name("__fora_anext__"));
        u.emit(Op.LOAD_FAST, it);
        u.emit(Op.CALL, 1);
        u.emit(Op.GET_AWAITABLE);
        delegate();
        u.fblocks.pop();
        u.emit(Op.POP_BLOCK);
        assign(g.target());
        comprehensionBody(gens, depth, start, accKind, elt, value);
        u.patch(setup);
        u.emit(Op.DUP);
        u.emit(Op.LOAD_GLOBAL, u.name("StopAsyncIteration"));
        u.emit(Op.CHECK_EXC_MATCH);
        int other = u.emit(Op.POP_JUMP_IF_FALSE);
        u.emit(Op.PUSH_EXC);
        u.emit(Op.POP);
        u.emit(Op.POP_EXC);
        int end = u.emit(Op.JUMP);
        u.patch(other);
        u.emit(Op.RERAISE);
        u.patch(end);
    }

    /** A clause's conditions, then the next clause or the element; jumps back to {@code start}. */
    private void comprehensionBody(List<Expr.Comprehension> gens, int depth, int start, int accKind, Expr elt, Expr value) {
        Expr.Comprehension g = gens.get(depth);
        for (Expr cond : g.ifs()) {
            expr(cond);
            u.emit(Op.POP_JUMP_IF_FALSE, start);
        }
        if (depth + 1 < gens.size()) {
            comprehensionLoop(gens, depth + 1, accKind, elt, value);
        } else if (accKind < 0) {
            expr(elt);
            if (u.scope.isAsyncGenerator) u.emit(Op.ASYNC_GEN_WRAP);
            u.emit(Op.YIELD_VALUE);
            u.emit(Op.POP);
        } else if (accKind == Op.ACC_DICT) {
            expr(elt);
            expr(value);
            u.emit(Op.ACC_ADD_KV, accDepth(gens, depth));
        } else {
            expr(elt);
            u.emit(Op.ACC_ADD, accDepth(gens, depth));
        }
        u.emit(Op.JUMP, start);
    }

    /** How deep the accumulator lies under the element: one stack slot per synchronous clause's iterator, and the element's. */
    private static int accDepth(List<Expr.Comprehension> gens, int depth) {
        int n = 1;
        for (int i = 0; i <= depth; i++) if (!gens.get(i).isAsync()) n++;
        return n;
    }
}

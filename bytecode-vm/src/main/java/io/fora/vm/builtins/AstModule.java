// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.ast.Arguments;
import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Pattern;
import io.fora.vm.ast.Pos;
import io.fora.vm.ast.Stmt;
import io.fora.vm.diag.Diagnostic;
import io.fora.vm.diag.Diagnostics;
import io.fora.vm.diag.SourceFile;
import io.fora.vm.parse.Parser;
import io.fora.vm.runtime.BytesOps;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyBytes;
import io.fora.vm.runtime.PyComplex;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _ast}: Fora's own parser, for the {@code ast} library module. {@code parse(source,
 * filename, mode)} answers the tree as nested tuples {@code (ClassName, positions, field...)}:
 * positions are {@code (lineno, col_offset, end_lineno, end_col_offset)} as CPython counts them
 * (columns in UTF-8 bytes from 0) or None for the nodes that have none, and the fields follow in
 * the order of the class's {@code _fields}. The ast module makes its node objects from them.
 */
final class AstModule {
    private AstModule() {}

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("parse", new PyBuiltin("parse", (a, kw) -> {
            Builtins.arity("parse", a, 3, 3);
            String source = a[0] instanceof PyStr s ? s.value() : new String(BytesOps.bytesLike(a[0]), StandardCharsets.UTF_8);
            String file = io.fora.vm.runtime.Repr.str(a[1]);
            String mode = io.fora.vm.runtime.Repr.str(a[2]);
            return parse(source, file, mode);
        }));
        return new PyModule("_ast", m);
    }

    private static Object parse(String text, String file, String mode) {
        if (!mode.equals("exec") && !mode.equals("eval") && !mode.equals("single")) {
            throw Errors.valueError("compile() mode must be 'exec', 'eval' or 'single'");
        }
        if (text.indexOf('\0') >= 0) throw Errors.of(Types.SYNTAX_ERROR, "source code string cannot contain null bytes");
        SourceFile source = new SourceFile(file, text);
        Diagnostics diags = new Diagnostics(source);
        io.fora.vm.ast.Module module = Parser.parseAsWritten(source, diags);
        if (diags.hasErrors()) {
            Diagnostic first = diags.all().get(0);
            // 'eval' parses one expression: a statement's own complaint is CPython's "invalid syntax" there
            if (mode.equals("eval") && !lexical(first.message())) {
                first = new Diagnostic(first.kind(), "invalid syntax", first.file(), first.line(), first.col());
            }
            throw syntaxError(source, first);
        }
        Tree t = new Tree(source);
        return switch (mode) {
            case "eval" -> {
                if (module.body().size() != 1 || !(module.body().get(0) instanceof Stmt.ExprStmt e) || bareYield(e)) {
                    Pos at = module.body().isEmpty() ? Pos.at(1, 1) : module.body().get(0).pos();
                    throw syntaxError(source, new Diagnostic("SyntaxError", "invalid syntax", file, at.line(), at.col()));
                }
                yield PyTuple.of(PyStr.of("Expression"), PyNone.NONE, t.expr(e.value(), LOAD));
            }
            case "single" -> PyTuple.of(PyStr.of("Interactive"), PyNone.NONE, t.stmts(module.body()));
            default -> PyTuple.of(PyStr.of("Module"), PyNone.NONE, t.stmts(module.body()), PyList.empty());
        };
    }

    /** An error in the characters themselves (the same whatever the grammar). */
    private static boolean lexical(String message) {
        return message.contains("was never closed") || message.contains("unterminated") || message.contains("invalid character")
                || message.contains("literal") || message.contains("EOF") || message.contains("unexpected indent") || message.contains("unindent");
    }

    /** {@code yield x} not in brackets: a statement, not an expression ('eval' mode refuses it). */
    private static boolean bareYield(Stmt.ExprStmt e) {
        return (e.value() instanceof Expr.Yield || e.value() instanceof Expr.YieldFrom)
                && e.value().pos().line() == e.pos().line() && e.value().pos().col() == e.pos().col();
    }

    private static RuntimeException syntaxError(SourceFile source, Diagnostic d) {
        String line = d.line() > 0 ? source.line(d.line()) : "";
        PyTuple details = PyTuple.of(PyStr.of(d.file()), (long) d.line(), (long) d.col(),
                line.isEmpty() ? PyNone.NONE : PyStr.of(line + "\n"), (long) d.line(), (long) d.col());
        return Errors.of(Types.SYNTAX_ERROR, PyStr.of(d.message()), details);
    }

    private static final PyTuple LOAD = PyTuple.of(PyStr.of("Load"));
    private static final PyTuple STORE = PyTuple.of(PyStr.of("Store"));
    private static final PyTuple DEL = PyTuple.of(PyStr.of("Del"));

    /** One parse's conversion: the source, for CPython's byte columns. */
    private record Tree(SourceFile source) {
        private Object node(String cls, Pos pos, Object... fields) {
            Object[] items = new Object[fields.length + 2];
            items[0] = PyStr.of(cls);
            items[1] = pos == null ? PyNone.NONE : positions(pos);
            System.arraycopy(fields, 0, items, 2, fields.length);
            return PyTuple.of(items);
        }

        /** Without positions: comprehension, arguments, withitem, match_case, operators. */
        private Object plain(String cls, Object... fields) { return node(cls, null, fields); }

        private PyTuple positions(Pos p) {
            return PyTuple.of((long) p.line(), column(p.line(), p.col()), (long) p.endLine(), column(p.endLine(), p.endCol()));
        }

        /** CPython's column: UTF-8 bytes before the 1-based code-point column {@code col}. */
        private long column(int line, int col) {
            if (col <= 1) return 0L;
            String text = line > 0 ? source.line(line) : "";
            int cps = col - 1;
            int bytes = 0, i = 0, n = 0;
            while (n < cps && i < text.length()) {
                int cp = text.codePointAt(i);
                bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                i += Character.charCount(cp);
                n++;
            }
            return bytes + (cps - n); // past the line's end (a position after its last character)
        }

        private static Object str(String s) { return s == null ? PyNone.NONE : PyStr.of(s); }

        private static PyList strs(List<String> names) {
            PyList out = PyList.empty();
            for (String n : names) out.add(PyStr.of(n));
            return out;
        }

        PyList stmts(List<Stmt> body) {
            PyList out = PyList.empty();
            for (Stmt s : body) out.add(stmt(s));
            return out;
        }

        private PyList exprs(List<Expr> es, PyTuple ctx) {
            PyList out = PyList.empty();
            for (Expr e : es) out.add(e == null ? PyNone.NONE : expr(e, ctx));
            return out;
        }

        private Object opt(Expr e) { return e == null ? PyNone.NONE : expr(e, LOAD); }

        /**
         * A statement's positions: a compound statement ends where its last statement ends (the
         * parser's span of it runs to the token after its block).
         */
        private static Pos span(Stmt s) {
            Stmt last = lastInside(s);
            if (last == null) return s.pos();
            Pos end = span(last);
            return new Pos(s.pos().line(), s.pos().col(), end.endLine(), end.endCol());
        }

        private static Stmt lastInside(Stmt s) {
            List<List<Stmt>> blocks = switch (s) {
                case Stmt.FunctionDef f -> List.of(f.body());
                case Stmt.ClassDef c -> List.of(c.body());
                case Stmt.For f -> List.of(f.body(), f.orElse());
                case Stmt.While w -> List.of(w.body(), w.orElse());
                case Stmt.If i -> List.of(i.body(), i.orElse());
                case Stmt.With w -> List.of(w.body());
                case Stmt.Match m -> m.cases().isEmpty() ? List.of() : List.of(m.cases().get(m.cases().size() - 1).body());
                case Stmt.Try t -> List.of(t.body(), t.handlers().isEmpty() ? List.of()
                        : t.handlers().get(t.handlers().size() - 1).body(), t.orElse(), t.finalBody());
                default -> List.of();
            };
            Stmt last = null;
            for (List<Stmt> b : blocks) if (!b.isEmpty()) last = b.get(b.size() - 1);
            return last;
        }

        private static Pos span(Stmt.ExceptHandler h) {
            if (h.body().isEmpty()) return h.pos();
            Pos end = span(h.body().get(h.body().size() - 1));
            return new Pos(h.pos().line(), h.pos().col(), end.endLine(), end.endCol());
        }

        private Object stmt(Stmt s) {
            Pos p = span(s);
            return switch (s) {
                case Stmt.FunctionDef f -> node(f.isAsync() ? "AsyncFunctionDef" : "FunctionDef", p, PyStr.of(f.name()), arguments(f.args()),
                        stmts(f.body()), exprs(f.decorators(), LOAD), opt(f.returns()), PyNone.NONE);
                case Stmt.ClassDef c -> node("ClassDef", p, PyStr.of(c.name()), exprs(c.bases(), LOAD), keywords(c.keywords()),
                        stmts(c.body()), exprs(c.decorators(), LOAD));
                case Stmt.Return r -> node("Return", p, opt(r.value()));
                case Stmt.Delete d -> node("Delete", p, exprs(d.targets(), DEL));
                case Stmt.Assign a -> node("Assign", p, exprs(a.targets(), STORE), expr(a.value(), LOAD), PyNone.NONE);
                case Stmt.AugAssign a -> node("AugAssign", p, expr(a.target(), STORE), binop(a.op()), expr(a.value(), LOAD));
                case Stmt.AnnAssign a -> node("AnnAssign", p, expr(a.target(), STORE), expr(a.annotation(), LOAD), opt(a.value()),
                        a.target() instanceof Expr.Name && !parenthesized(a.target(), p) ? 1L : 0L);
                case Stmt.For f -> node(f.isAsync() ? "AsyncFor" : "For", p, expr(f.target(), STORE), expr(f.iter(), LOAD),
                        stmts(f.body()), stmts(f.orElse()), PyNone.NONE);
                case Stmt.While w -> node("While", p, expr(w.test(), LOAD), stmts(w.body()), stmts(w.orElse()));
                case Stmt.If i -> node("If", p, expr(i.test(), LOAD), stmts(i.body()), stmts(i.orElse()));
                case Stmt.With w -> {
                    PyList items = PyList.empty();
                    for (Stmt.WithItem item : w.items()) {
                        items.add(plain("withitem", expr(item.contextExpr(), LOAD),
                                item.optionalVars() == null ? PyNone.NONE : expr(item.optionalVars(), STORE)));
                    }
                    yield node(w.isAsync() ? "AsyncWith" : "With", p, items, stmts(w.body()), PyNone.NONE);
                }
                case Stmt.Match m -> {
                    PyList cases = PyList.empty();
                    for (Pattern.MatchCase c : m.cases()) cases.add(plain("match_case", pattern(c.pattern()), opt(c.guard()), stmts(c.body())));
                    yield node("Match", p, expr(m.subject(), LOAD), cases);
                }
                case Stmt.Raise r -> node("Raise", p, opt(r.exc()), opt(r.cause()));
                case Stmt.Try t -> {
                    PyList handlers = PyList.empty();
                    for (Stmt.ExceptHandler h : t.handlers()) handlers.add(node("ExceptHandler", span(h), opt(h.type()), str(h.name()), stmts(h.body())));
                    yield node(t.isStar() ? "TryStar" : "Try", p, stmts(t.body()), handlers, stmts(t.orElse()), stmts(t.finalBody()));
                }
                case Stmt.Assert a -> node("Assert", p, expr(a.test(), LOAD), opt(a.msg()));
                case Stmt.Import i -> node("Import", p, aliases(i.names()));
                case Stmt.ImportFrom i -> node("ImportFrom", p, str(i.module()), aliases(i.names()), (long) i.level());
                case Stmt.Global g -> node("Global", p, strs(g.names()));
                case Stmt.Nonlocal n -> node("Nonlocal", p, strs(n.names()));
                case Stmt.ExprStmt e -> node("Expr", p, expr(e.value(), LOAD));
                case Stmt.Pass x -> node("Pass", p);
                case Stmt.Break x -> node("Break", p);
                case Stmt.Continue x -> node("Continue", p);
            };
        }

        /** {@code (x): int = 1}: a parenthesized name is not "simple" (its statement starts before the name). */
        private static boolean parenthesized(Expr target, Pos stmt) {
            return target.pos().line() != stmt.line() || target.pos().col() != stmt.col();
        }

        private PyList aliases(List<Stmt.Alias> names) {
            PyList out = PyList.empty();
            for (Stmt.Alias a : names) out.add(node("alias", a.pos(), PyStr.of(a.name()), str(a.asname())));
            return out;
        }

        private PyList keywords(List<Expr.Keyword> keywords) {
            PyList out = PyList.empty();
            for (Expr.Keyword k : keywords) out.add(node("keyword", until(k.pos(), k.value().pos()), str(k.arg()), expr(k.value(), LOAD)));
            return out;
        }

        private Object arg(Arguments.Arg a) {
            return a == null ? PyNone.NONE : node("arg", a.pos(), PyStr.of(a.name()), opt(a.annotation()), PyNone.NONE);
        }

        private PyList args(List<Arguments.Arg> as) {
            PyList out = PyList.empty();
            for (Arguments.Arg a : as) out.add(arg(a));
            return out;
        }

        private Object arguments(Arguments a) {
            return plain("arguments", args(a.posonly()), args(a.args()), arg(a.vararg()), args(a.kwonly()),
                    exprs(a.kwDefaults(), LOAD), arg(a.kwarg()), exprs(a.defaults(), LOAD));
        }

        private PyList comprehensions(List<Expr.Comprehension> gens) {
            PyList out = PyList.empty();
            for (Expr.Comprehension c : gens) {
                out.add(plain("comprehension", expr(c.target(), STORE), expr(c.iter(), LOAD), exprs(c.ifs(), LOAD), c.isAsync() ? 1L : 0L));
            }
            return out;
        }

        private static Object binop(Expr.BinaryOp op) {
            String name = switch (op) {
                case ADD -> "Add";
                case SUB -> "Sub";
                case MULT -> "Mult";
                case MATMULT -> "MatMult";
                case DIV -> "Div";
                case MOD -> "Mod";
                case POW -> "Pow";
                case LSHIFT -> "LShift";
                case RSHIFT -> "RShift";
                case BITOR -> "BitOr";
                case BITXOR -> "BitXor";
                case BITAND -> "BitAnd";
                case FLOORDIV -> "FloorDiv";
            };
            return PyTuple.of(PyStr.of(name));
        }

        private static Object cmpop(Expr.CmpOp op) {
            String name = switch (op) {
                case EQ -> "Eq";
                case NOT_EQ -> "NotEq";
                case LT -> "Lt";
                case LT_E -> "LtE";
                case GT -> "Gt";
                case GT_E -> "GtE";
                case IS -> "Is";
                case IS_NOT -> "IsNot";
                case IN -> "In";
                case NOT_IN -> "NotIn";
            };
            return PyTuple.of(PyStr.of(name));
        }

        private static Object constant(Object v) {
            Object value = io.fora.vm.compile.Compiler.literal(v);
            if (value == null) throw new IllegalStateException("constant " + v);
            return value;
        }

        Object expr(Expr e, PyTuple ctx) {
            Pos p = e.pos();
            return switch (e) {
                case Expr.BoolOp b -> node("BoolOp", p, PyTuple.of(PyStr.of(b.isAnd() ? "And" : "Or")), exprs(b.values(), LOAD));
                case Expr.NamedExpr n -> node("NamedExpr", p, expr(n.target(), STORE), expr(n.value(), LOAD));
                case Expr.BinOp b -> node("BinOp", p, expr(b.left(), LOAD), binop(b.op()), expr(b.right(), LOAD));
                case Expr.UnaryOp u -> node("UnaryOp", p, PyTuple.of(PyStr.of(switch (u.op()) {
                    case INVERT -> "Invert";
                    case NOT -> "Not";
                    case UADD -> "UAdd";
                    case USUB -> "USub";
                })), expr(u.operand(), LOAD));
                case Expr.Lambda l -> node("Lambda", p, arguments(l.args()), expr(l.body(), LOAD));
                case Expr.IfExp i -> node("IfExp", p, expr(i.test(), LOAD), expr(i.body(), LOAD), expr(i.orElse(), LOAD));
                case Expr.Dict d -> node("Dict", p, exprs(d.keys(), LOAD), exprs(d.values(), LOAD));
                case Expr.Set s -> node("Set", p, exprs(s.elts(), LOAD));
                case Expr.ListComp c -> node("ListComp", p, expr(c.elt(), LOAD), comprehensions(c.generators()));
                case Expr.SetComp c -> node("SetComp", p, expr(c.elt(), LOAD), comprehensions(c.generators()));
                case Expr.DictComp c -> node("DictComp", p, expr(c.key(), LOAD), expr(c.value(), LOAD), comprehensions(c.generators()));
                case Expr.GeneratorExp c -> node("GeneratorExp", p, expr(c.elt(), LOAD), comprehensions(c.generators()));
                case Expr.Yield y -> node("Yield", p, opt(y.value()));
                case Expr.YieldFrom y -> node("YieldFrom", until(p, y.value().pos()), expr(y.value(), LOAD));
                case Expr.Await a -> node("Await", p, expr(a.value(), LOAD));
                case Expr.Compare c -> {
                    PyList ops = PyList.empty();
                    for (Expr.CmpOp op : c.ops()) ops.add(cmpop(op));
                    yield node("Compare", p, expr(c.left(), LOAD), ops, exprs(c.comparators(), LOAD));
                }
                case Expr.Call c -> node("Call", p, expr(c.func(), LOAD), exprs(c.args(), LOAD), keywords(c.keywords()));
                case Expr.FormattedValue f -> formatted(f, p);
                case Expr.JoinedStr j -> fstring(j, p);
                case Expr.Constant c -> node("Constant", p, constant(c.value()), PyNone.NONE);
                case Expr.Attribute a -> node("Attribute", p, expr(a.value(), LOAD), PyStr.of(a.attr()), ctx);
                case Expr.Subscript s -> node("Subscript", p, expr(s.value(), LOAD), expr(s.slice(), LOAD), ctx);
                case Expr.Starred s -> node("Starred", until(p, s.value().pos()), expr(s.value(), ctx), ctx);
                case Expr.Name n -> node("Name", p, PyStr.of(n.id()), ctx);
                case Expr.ListExpr l -> node("List", p, exprs(l.elts(), ctx), ctx);
                case Expr.Tuple t -> node("Tuple", p, exprs(t.elts(), ctx), ctx);
                case Expr.Slice s -> node("Slice", p, opt(s.lower()), opt(s.upper()), opt(s.step()));
            };
        }

        /** From start's beginning to end's end (where the parser's span of a node stops short). */
        private static Pos until(Pos start, Pos end) {
            return new Pos(start.line(), start.col(), end.endLine(), end.endCol());
        }

        /**
         * An f-string: as CPython 3.11 gives them, its parts (constants, replacement fields and
         * their format specs) all carry the whole f-string's positions; only the expressions in
         * the replacement fields have their own.
         */
        private Object fstring(Expr.JoinedStr j, Pos whole) {
            PyList parts = PyList.empty();
            for (Expr part : j.values()) {
                parts.add(switch (part) {
                    case Expr.FormattedValue f -> formatted(f, whole);
                    case Expr.Constant c -> node("Constant", whole, constant(c.value()), PyNone.NONE);
                    default -> expr(part, LOAD);
                });
            }
            return node("JoinedStr", whole, parts);
        }

        private Object formatted(Expr.FormattedValue f, Pos whole) {
            return node("FormattedValue", whole, expr(f.value(), LOAD), (long) f.conversion(),
                    f.formatSpec() == null ? PyNone.NONE : fstring(f.formatSpec(), whole));
        }

        private Object pattern(Pattern pt) {
            Pos p = pt.pos();
            return switch (pt) {
                case Pattern.MatchValue v -> node("MatchValue", until(p, v.value().pos()), expr(v.value(), LOAD));
                case Pattern.MatchSingleton s -> node("MatchSingleton", p, constant(s.value()));
                case Pattern.MatchSequence s -> node("MatchSequence", p, patterns(s.patterns()));
                case Pattern.MatchStar s -> node("MatchStar", p, str(s.name()));
                case Pattern.MatchMapping m -> node("MatchMapping", p, exprs(m.keys(), LOAD), patterns(m.patterns()), str(m.rest()));
                case Pattern.MatchClass c -> node("MatchClass", p, expr(c.cls(), LOAD), patterns(c.patterns()), strs(c.kwdAttrs()),
                        patterns(c.kwdPatterns()));
                case Pattern.MatchAs a -> node("MatchAs", p, a.pattern() == null ? PyNone.NONE : pattern(a.pattern()), str(a.name()));
                case Pattern.MatchOr o -> node("MatchOr", p, patterns(o.patterns()));
            };
        }

        private PyList patterns(List<Pattern> ps) {
            PyList out = PyList.empty();
            for (Pattern p : ps) out.add(pattern(p));
            return out;
        }
    }
}

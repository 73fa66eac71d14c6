// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import io.fora.vm.ast.Arguments;
import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Expr.BinaryOp;
import io.fora.vm.ast.Expr.CmpOp;
import io.fora.vm.ast.Expr.UnaryOperator;
import io.fora.vm.ast.Module;
import io.fora.vm.ast.Pos;
import io.fora.vm.ast.Pattern;
import io.fora.vm.ast.Stmt;
import io.fora.vm.diag.Diagnostics;
import io.fora.vm.diag.SourceFile;
import io.fora.vm.parse.StringLiterals.FPiece;
import io.fora.vm.parse.StringLiterals.StrLit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for Python 3.12, one method per grammar rule (names follow CPython's
 * PEG grammar). Syntax errors abandon the current statement with a {@link ParseError}; the statement
 * loop reports it and resynchronises at the next NEWLINE, so one run reports many errors.
 */
public final class Parser {
    /** Bounds recursion through nested expressions so hostile input cannot overflow the stack. */
    private static final int MAX_NESTING = 1000;

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
        "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
        "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
        "while", "with", "yield");

    private final Lexer lexer;
    private final Reporter sink;
    private final Set<String> seen;
    private final List<Token> buf = new ArrayList<>();
    private int p;
    private int marks;
    private Token prev;
    private int nesting;
    private int speculating;

    // Context for "'return' outside function" and friends.
    private boolean inFunction;
    private boolean inAsync;
    private boolean inLoop;
    /**
     * {@code await} seen in a non-async function: an error unless it turns out to sit in a generator
     * expression (which then becomes an async generator), so judged when the function ends.
     */
    private final List<Token> awaits = new ArrayList<>();
    /**
     * The program as written, for the {@code ast} module: {@code with}, {@code async for} and
     * {@code except*} stay as they are instead of becoming the statements they mean, and the
     * errors CPython's compiler reports, not its parser ({@code 'return' outside function}), are
     * not reported.
     */
    private boolean asWritten;

    private Parser(Lexer lexer, Reporter sink, Set<String> seen) {
        this.lexer = lexer;
        this.sink = sink;
        this.seen = seen;
    }

    /**
     * Parses a whole file; reports every syntax error into diags (recovering at statement
     * boundaries) and returns the best-effort Module (never null, never throws for bad input).
     */
    public static Module parse(SourceFile source, Diagnostics diags) { return parse(source, diags, false); }

    /**
     * Parses a whole file as {@code ast.parse} does: the syntax as written (see {@link #asWritten}),
     * reporting only what CPython's parser reports.
     */
    public static Module parseAsWritten(SourceFile source, Diagnostics diags) { return parse(source, diags, true); }

    private static Module parse(SourceFile source, Diagnostics diags, boolean asWritten) {
        Set<String> seen = new HashSet<>();
        Reporter sink = (pos, msg) -> {
            if (seen.add(pos.line() + ":" + pos.col() + ":" + msg)) diags.syntax(pos, msg);
        };
        List<Stmt> body = new ArrayList<>();
        Runnable task = () -> {
            try {
                Parser parser = new Parser(new Lexer(source.text(), sink), sink, seen);
                parser.asWritten = asWritten;
                parser.file(body);
            } catch (StackOverflowError | RuntimeException e) {
                // Last resort: the nesting limits should make this unreachable.
                sink.report(Pos.at(1, 1), e instanceof StackOverflowError ? "too many nested expressions"
                                                                          : "internal parser error: " + e);
            }
        };
        runWithLargeStack(task);
        return new Module(source.name(), body);
    }

    /** The errors of a statement's place (CPython's compiler reports them, not its parser). */
    private static boolean placeError(String msg) {
        return msg.endsWith("outside function") || msg.endsWith("outside loop") || msg.endsWith("outside async function")
                || msg.endsWith("not properly in loop");
    }

    /**
     * Runs the parse on a thread with a generous stack: 200 nested brackets legitimately recurse
     * through every precedence level (about 20 frames each), more than a small caller stack allows.
     */
    private static void runWithLargeStack(Runnable task) {
        Thread worker = new Thread(null, task, "fora-parser", 256L << 20);
        worker.setDaemon(true);
        worker.start();
        boolean interrupted = false;
        while (true) {
            try {
                worker.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    // ================================================================ token helpers

    private Token peek() { return peek(0); }

    private Token peek(int k) {
        while (p + k >= buf.size()) {
            if (!buf.isEmpty() && buf.get(buf.size() - 1).kind() == TokenKind.ENDMARKER) return buf.get(buf.size() - 1);
            buf.add(lexer.next());
        }
        return buf.get(p + k);
    }

    private Token advance() {
        Token t = peek();
        if (t.kind() != TokenKind.ENDMARKER) p++;
        prev = t;
        if (marks == 0 && p > 4096) {
            buf.subList(0, p).clear();
            p = 0;
        }
        return t;
    }

    private boolean at(TokenKind kind) { return peek().kind() == kind; }

    private boolean atOp(String op) { return peek().isOp(op); }

    private boolean atKw(String kw) { return peek().isName(kw); }

    private boolean matchOp(String op) {
        if (!atOp(op)) return false;
        advance();
        return true;
    }

    private boolean matchKw(String kw) {
        if (!atKw(kw)) return false;
        advance();
        return true;
    }

    private Token expectOp(String op) {
        if (atOp(op)) return advance();
        if (op.equals(":")) throw expected(":");
        throw fail(peek(), "invalid syntax");
    }

    private ParseError expected(String what) {
        Token t = peek();
        if (t.kind() == TokenKind.ERRORTOKEN) return fail(t, "invalid syntax");
        Pos at = prev == null ? t.start() : Pos.at(prev.endLine(), prev.endCol());
        return new ParseError(at, "expected '" + what + "'", false);
    }

    private void expectKw(String kw) {
        if (!matchKw(kw)) throw fail(peek(), "invalid syntax");
    }

    private String expectName() {
        Token t = peek();
        if (t.kind() != TokenKind.NAME || KEYWORDS.contains(t.text())) throw fail(t, "invalid syntax");
        return advance().text();
    }

    private ParseError fail(Token t, String msg) {
        return new ParseError(t.start(), msg, t.kind() == TokenKind.ERRORTOKEN);
    }

    private void report(Pos pos, String msg) {
        if (asWritten && placeError(msg)) return;
        if (speculating == 0) sink.report(pos, msg);
    }

    /** The span from {@code start} to the end of the last consumed token. */
    private Pos span(Pos start) {
        return prev == null ? start : new Pos(start.line(), start.col(), prev.endLine(), prev.endCol());
    }

    private int mark() { marks++; return p; }

    private void release() { marks--; }

    private void reset(int m) { p = m; prev = m > 0 ? buf.get(m - 1) : prev; }

    private void enter() {
        if (++nesting > MAX_NESTING) {
            nesting = 0;  // let the error unwind; the statement loop restores it
            throw new ParseError(peek().start(), "too many nested expressions", false);
        }
    }

    private void leave() { nesting--; }

    private void forgiveAwaits(int mark) {
        if (awaits.size() > mark) awaits.subList(mark, awaits.size()).clear();
    }

    /** Reports the awaits of a finished non-async function body (those from {@code mark} on). */
    private void reportAwaits(int mark) {
        for (int k = mark; k < awaits.size(); k++) report(awaits.get(k).start(), "'await' outside async function");
        forgiveAwaits(mark);
    }

    // ================================================================ statements

    private void file(List<Stmt> body) {
        while (!at(TokenKind.ENDMARKER)) {
            if (at(TokenKind.DEDENT) || at(TokenKind.NEWLINE)) { advance(); continue; }
            statementInto(body);
        }
    }

    /** Parses one statement (or reports and skips it), appending to {@code out}. */
    private void statementInto(List<Stmt> out) {
        if (at(TokenKind.INDENT)) {
            report(peek().start(), "unexpected indent");
            advance();
            blockStatements(out);
            return;
        }
        int start = p;
        int savedNesting = nesting;
        try {
            out.addAll(statement());
        } catch (ParseError e) {
            nesting = savedNesting;
            recover(start);
            if (!e.silent && !insideUnclosedBracket(e.pos)) report(e.pos, e.getMessage());
        }
    }

    /** After an error, the bracket may be the real culprit: the lexer then already said so. */
    private boolean insideUnclosedBracket(Pos pos) {
        Pos u = lexer.unclosed;
        return u != null && (u.line() < pos.line() || (u.line() == pos.line() && u.col() <= pos.col()));
    }

    /** Skips to the end of the logical line; an indented block that follows is parsed and dropped. */
    private void recover(int start) {
        if (p == start && !at(TokenKind.NEWLINE) && !at(TokenKind.ENDMARKER) && !at(TokenKind.DEDENT)
                && !at(TokenKind.INDENT)) advance();
        while (!at(TokenKind.NEWLINE) && !at(TokenKind.ENDMARKER)) {
            if (at(TokenKind.INDENT) || at(TokenKind.DEDENT)) break;
            advance();
        }
        matchNewline();
        if (at(TokenKind.INDENT)) {
            advance();
            blockStatements(new ArrayList<>());
        }
    }

    private boolean matchNewline() {
        if (!at(TokenKind.NEWLINE)) return false;
        advance();
        return true;
    }

    /** Statements until the DEDENT closing the block (consumed). */
    private void blockStatements(List<Stmt> out) {
        while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER)) {
            if (matchNewline()) continue;
            statementInto(out);
        }
        if (at(TokenKind.DEDENT)) advance();
    }

    private List<Stmt> statement() {
        Stmt compound = compoundStatement();
        return compound != null ? List.of(compound) : simpleStatements();
    }

    /** {@code block: NEWLINE INDENT statements DEDENT | simple_stmts}. */
    private List<Stmt> block(String what, int line) {
        List<Stmt> out = new ArrayList<>();
        if (matchNewline()) {
            if (!at(TokenKind.INDENT)) {
                report(peek().start(), "expected an indented block after " + what + " on line " + line);
                return out;
            }
            advance();
            blockStatements(out);
            return out;
        }
        out.addAll(simpleStatements());
        return out;
    }

    private List<Stmt> simpleStatements() {
        List<Stmt> out = new ArrayList<>();
        out.add(simpleStatement());
        while (matchOp(";")) {
            if (at(TokenKind.NEWLINE)) break;
            out.add(simpleStatement());
        }
        if (!matchNewline()) {
            if (at(TokenKind.ENDMARKER)) return out;
            throw fail(peek(), "invalid syntax");
        }
        return out;
    }

    private Stmt compoundStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.OP && t.text().equals("@")) return decorated();
        if (t.kind() != TokenKind.NAME) return null;
        return switch (t.text()) {
            case "def" -> functionDef(List.of(), null, false);
            case "class" -> classDef(List.of(), null);
            case "if" -> ifStatement();
            case "while" -> whileStatement();
            case "for" -> forStatement(null);
            case "try" -> tryStatement();
            case "with" -> withStatement(null);
            case "async" -> asyncStatement(List.of());
            case "match" -> matchStatement();
            default -> null;
        };
    }

    /** {@code async def/for/with}; like CPython the node starts at 'async', even when decorated. */
    private Stmt asyncStatement(List<Expr> decorators) {
        Token async = advance();
        Pos start = async.start();
        if (atKw("def")) return functionDef(decorators, start, true);
        if (!decorators.isEmpty()) throw fail(peek(), "invalid syntax");
        if (atKw("for") || atKw("with")) {
            if (!inFunction || !inAsync) report(start, "'async " + peek().text() + "' outside async function");
            return atKw("for") ? forStatement(start) : withStatement(start);
        }
        throw fail(peek(), "invalid syntax");
    }

    /** Decorators, then the definition; like CPython the node's position is its 'def'/'class'. */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (matchOp("@")) {
            decorators.add(namedExpression());
            if (!matchNewline()) throw fail(peek(), "invalid syntax");
        }
        if (atKw("def")) return functionDef(decorators, null, false);
        if (atKw("class")) return classDef(decorators, null);
        if (atKw("async")) return asyncStatement(decorators);
        throw fail(peek(), "invalid syntax");
    }

    private Stmt functionDef(List<Expr> decorators, Pos start, boolean isAsync) {
        Token def = advance();
        Pos pos = start != null ? start : def.start();
        String name = expectName();
        notDebug(name, pos, "assign");
        if (atOp("[")) throw fail(peek(), "type parameter lists are not supported");
        if (!atOp("(")) throw expected("(");
        advance();
        Arguments args = parameters(")", true);
        expectOp(")");
        Expr returns = null;
        if (matchOp("->")) returns = expression();
        expectOp(":");
        boolean f = inFunction, a = inAsync, l = inLoop;
        inFunction = true;
        inAsync = isAsync;
        inLoop = false;
        int awaitMark = awaits.size();
        try {
            List<Stmt> body = block("function definition", def.line());
            reportAwaits(awaitMark);
            return new Stmt.FunctionDef(span(pos), name, args, body, decorators, returns, isAsync);
        } finally {
            inFunction = f;
            inAsync = a;
            inLoop = l;
        }
    }

    private Stmt classDef(List<Expr> decorators, Pos start) {
        Token kw = advance();
        Pos pos = start != null ? start : kw.start();
        String name = expectName();
        notDebug(name, pos, "assign");
        if (atOp("[")) throw fail(peek(), "type parameter lists are not supported");
        List<Expr> bases = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (matchOp("(")) {
            if (!atOp(")")) arguments(bases, keywords, null);
            expectOp(")");
        }
        expectOp(":");
        boolean f = inFunction, a = inAsync, l = inLoop;
        inFunction = false;
        inAsync = false;
        inLoop = false;
        try {
            List<Stmt> body = block("class definition", kw.line());
            return new Stmt.ClassDef(span(pos), name, bases, keywords, body, decorators);
        } finally {
            inFunction = f;
            inAsync = a;
            inLoop = l;
        }
    }

    private Stmt ifStatement() {
        Token kw = advance();
        Expr test = namedExpression();
        expectOp(":");
        List<Stmt> body = block("'" + kw.text() + "' statement", kw.line());
        List<Stmt> orElse = new ArrayList<>();
        if (atKw("elif")) {
            orElse.add(ifStatement());
        } else if (atKw("else")) {
            Token e = advance();
            expectOp(":");
            orElse = block("'else' statement", e.line());
        }
        return new Stmt.If(span(kw.start()), test, body, orElse);
    }

    private Stmt whileStatement() {
        Token kw = advance();
        Expr test = namedExpression();
        expectOp(":");
        List<Stmt> body = loopBody("'while' statement", kw.line());
        List<Stmt> orElse = elseBlock();
        return new Stmt.While(span(kw.start()), test, body, orElse);
    }

    private List<Stmt> loopBody(String what, int line) {
        boolean l = inLoop;
        inLoop = true;
        try {
            return block(what, line);
        } finally {
            inLoop = l;
        }
    }

    private List<Stmt> elseBlock() {
        if (!atKw("else")) return new ArrayList<>();
        Token e = advance();
        expectOp(":");
        return block("'else' statement", e.line());
    }

    private Stmt forStatement(Pos asyncStart) {
        Token kw = advance();
        Expr target = starTargets();
        expectKw("in");
        Expr iter = starExpressions();
        expectOp(":");
        List<Stmt> body = loopBody("'for' statement", kw.line());
        List<Stmt> orElse = elseBlock();
        Pos start = asyncStart != null ? asyncStart : kw.start();
        if (asyncStart != null && !asWritten) return lowerAsyncFor(span(start), target, iter, body, orElse);
        return new Stmt.For(span(start), target, iter, body, orElse, asyncStart != null);
    }

    private int asyncForCount;

    /**
     * {@code async for} as the statements it means, so that later phases need nothing new:
     * <pre>
     * it = __fora_aiter__(ITER); more = True
     * while more:
     *     try:
     *         value = await __fora_anext__(it)
     *     except StopAsyncIteration:
     *         more = False
     *     else:
     *         TARGET = value; BODY
     * else:
     *     ORELSE
     * </pre>
     * wrapped in {@code if True:} to stay one statement. {@code break} leaves the while (skipping
     * the else), {@code continue} goes on with the next item, as in the for.
     */
    private Stmt lowerAsyncFor(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse) {
        String p = "_fora_afor" + (asyncForCount++) + "_";
        Expr it = new Expr.Name(pos, p + "it"), more = new Expr.Name(pos, p + "more"), value = new Expr.Name(pos, p + "value");
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(pos, List.of(it), new Expr.Call(pos, new Expr.Name(pos, "__fora_aiter__"), List.of(iter), List.of())));
        out.add(new Stmt.Assign(pos, List.of(more), new Expr.Constant(pos, Boolean.TRUE)));
        Expr next = new Expr.Await(pos, new Expr.Call(pos, new Expr.Name(pos, "__fora_anext__"), List.of(it), List.of()));
        List<Stmt> each = new ArrayList<>();
        each.add(new Stmt.Assign(pos, List.of(target), value));
        each.addAll(body);
        Stmt step = new Stmt.Try(pos, List.of(new Stmt.Assign(pos, List.of(value), next)),
                List.of(new Stmt.ExceptHandler(pos, new Expr.Name(pos, "StopAsyncIteration"), null,
                        List.of(new Stmt.Assign(pos, List.of(more), new Expr.Constant(pos, Boolean.FALSE))))),
                each, List.of(), false);
        out.add(new Stmt.While(pos, more, List.of(step), orElse));
        return new Stmt.If(pos, new Expr.Constant(pos, Boolean.TRUE), out, List.of());
    }

    private Stmt tryStatement() {
        Token kw = advance();
        expectOp(":");
        List<Stmt> body = block("'try' statement", kw.line());
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (atKw("except")) {
            Token ex = advance();
            boolean isStar = matchOp("*");
            if (star != null && star != isStar) report(ex.start(), "cannot have both 'except' and 'except*' on the same 'try'");
            star = isStar;
            Expr type = null;
            String name = null;
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) throw new ParseError(type.pos(), "multiple exception types must be parenthesized", false);
                if (matchKw("as")) name = expectName();
            } else if (isStar) {
                throw fail(peek(), "expected one or more exception types");
            }
            expectOp(":");
            List<Stmt> hbody = block("'except" + (isStar ? "*" : "") + "' statement", ex.line());
            handlers.add(new Stmt.ExceptHandler(span(ex.start()), type, name, hbody));
        }
        List<Stmt> orElse = handlers.isEmpty() ? new ArrayList<>() : elseBlock();
        List<Stmt> fin = new ArrayList<>();
        if (atKw("finally")) {
            Token f = advance();
            expectOp(":");
            fin = block("'finally' statement", f.line());
        }
        if (handlers.isEmpty() && fin.isEmpty() && !sawFinally(kw)) throw fail(peek(), "expected 'except' or 'finally' block");
        if (star != null && star) {
            for (Stmt.ExceptHandler h : handlers) checkStarHandler(h.body(), false);
            if (asWritten) return new Stmt.Try(span(kw.start()), body, handlers, orElse, fin, true);
            handlers = List.of(lowerExceptStar(span(kw.start()), handlers));
        }
        return new Stmt.Try(span(kw.start()), body, handlers, orElse, fin, false);
    }

    /** CPython's rule: an except* clause cannot leave with break, continue or return. */
    private void checkStarHandler(List<Stmt> body, boolean inLoop) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Return r -> report(r.pos(), "'break', 'continue' and 'return' cannot appear in an except* block");
                case Stmt.Break b when !inLoop -> report(b.pos(), "'break', 'continue' and 'return' cannot appear in an except* block");
                case Stmt.Continue c when !inLoop -> report(c.pos(), "'break', 'continue' and 'return' cannot appear in an except* block");
                case Stmt.If x -> { checkStarHandler(x.body(), inLoop); checkStarHandler(x.orElse(), inLoop); }
                case Stmt.For x -> { checkStarHandler(x.body(), true); checkStarHandler(x.orElse(), inLoop); }
                case Stmt.While x -> { checkStarHandler(x.body(), true); checkStarHandler(x.orElse(), inLoop); }
                case Stmt.With x -> checkStarHandler(x.body(), inLoop);
                case Stmt.Try x -> {
                    checkStarHandler(x.body(), inLoop);
                    for (Stmt.ExceptHandler h : x.handlers()) checkStarHandler(h.body(), inLoop);
                    checkStarHandler(x.orElse(), inLoop);
                    checkStarHandler(x.finalBody(), inLoop);
                }
                default -> { }
            }
        }
    }

    private int starCount;

    /**
     * The {@code except*} clauses of a try (PEP 654) as one ordinary handler:
     * <pre>
     * except BaseException as exc:
     *     state = __fora_star_begin__(exc)
     *     m = __fora_star_match__(state, T1)          # per clause, in order
     *     if m is not None:
     *         try:
     *             NAME = m; BODY
     *         except BaseException as x:
     *             __fora_star_raised__(state, x, m)
     *         finally:
     *             NAME = None; del NAME
     *     __fora_star_finish__(state)                 # raises what is left
     * </pre>
     * ({@code runtime.ExceptionGroups} does the splitting and the final raise.)
     */
    private Stmt.ExceptHandler lowerExceptStar(Pos pos, List<Stmt.ExceptHandler> clauses) {
        String p = "_fora_star" + (starCount++) + "_";
        Expr state = new Expr.Name(pos, p + "state"), m = new Expr.Name(pos, p + "m"), none = new Expr.Constant(pos, null);
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(pos, List.of(state), call(pos, "__fora_star_begin__", new Expr.Name(pos, p + "exc"))));
        for (Stmt.ExceptHandler h : clauses) {
            Pos hp = h.pos();
            out.add(new Stmt.Assign(hp, List.of(m), call(hp, "__fora_star_match__", state, h.type())));
            List<Stmt> body = new ArrayList<>();
            if (h.name() != null) body.add(new Stmt.Assign(hp, List.of(new Expr.Name(hp, h.name())), m));
            body.addAll(h.body());
            List<Stmt> raised = List.of(new Stmt.ExprStmt(hp, call(hp, "__fora_star_raised__", state, new Expr.Name(hp, p + "x"), m)));
            List<Stmt> fin = h.name() == null ? List.of() : List.of(
                    new Stmt.Assign(hp, List.of(new Expr.Name(hp, h.name())), none),
                    new Stmt.Delete(hp, List.of(new Expr.Name(hp, h.name()))));
            Stmt guarded = new Stmt.Try(hp, body,
                    List.of(new Stmt.ExceptHandler(hp, new Expr.Name(hp, "BaseException"), p + "x", raised)), List.of(), fin, false);
            Expr matched = new Expr.Compare(hp, m, List.of(Expr.CmpOp.IS_NOT), List.of(none));
            out.add(new Stmt.If(hp, matched, List.of(guarded), List.of()));
        }
        out.add(new Stmt.ExprStmt(pos, call(pos, "__fora_star_finish__", state)));
        return new Stmt.ExceptHandler(pos, new Expr.Name(pos, "BaseException"), p + "exc", out);
    }

    private static Expr call(Pos pos, String fn, Expr... args) {
        return new Expr.Call(pos, new Expr.Name(pos, fn), List.of(args), List.of());
    }

    /** Whether a 'finally' clause was consumed since {@code tryKw} (its body may be empty after an error). */
    private boolean sawFinally(Token tryKw) {
        for (int k = p - 1; k >= 0 && k < buf.size(); k--) {
            Token t = buf.get(k);
            if (t == tryKw) return false;
            if (t.isName("finally")) return true;
        }
        return false;
    }

    private Stmt withStatement(Pos asyncStart) {
        Token kw = advance();
        List<Stmt.WithItem> items = null;
        if (atOp("(")) items = parenthesizedWithItems();
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (matchOp(","));
        }
        expectOp(":");
        List<Stmt> body = block("'with' statement", kw.line());
        Pos start = asyncStart != null ? asyncStart : kw.start();
        if (asWritten) return new Stmt.With(span(start), items, body, asyncStart != null);
        return lowerWith(span(start), items, 0, body, asyncStart != null);
    }

    private int withCount;

    /**
     * {@code with} as the statements it means (PEP 343), so that later phases need nothing new:
     * <pre>
     * mgr = EXPR; exit = mgr.__exit__; value = mgr.__enter__(); ok = True
     * try:
     *     VAR = value; BODY
     * except BaseException as e:
     *     ok = False
     *     if not exit(e.__class__, e, None): raise
     * finally:
     *     if ok: exit(None, None, None)
     * </pre>
     * wrapped in {@code if True:} to stay one statement; several items nest.
     */
    private Stmt lowerWith(Pos pos, List<Stmt.WithItem> items, int first, List<Stmt> body, boolean async) {
        Stmt.WithItem item = items.get(first);
        List<Stmt> inner = first + 1 < items.size() ? List.of(lowerWith(pos, items, first + 1, body, async)) : body;
        String p = "_fora_with" + (withCount++) + "_";
        Expr mgr = new Expr.Name(pos, p + "mgr"), exit = new Expr.Name(pos, p + "exit"), ok = new Expr.Name(pos, p + "ok");
        Expr none = new Expr.Constant(pos, null);
        List<Stmt> out = new ArrayList<>();
        out.add(new Stmt.Assign(pos, List.of(mgr), item.contextExpr()));
        out.add(new Stmt.Assign(pos, List.of(exit), new Expr.Call(pos, new Expr.Name(pos, "__fora_exit__"),
                async ? List.of(mgr, new Expr.Constant(pos, Boolean.TRUE)) : List.of(mgr), List.of())));
        Expr enter = new Expr.Call(pos, new Expr.Attribute(pos, mgr, async ? "__aenter__" : "__enter__"), List.of(), List.of());
        if (async) enter = new Expr.Await(pos, enter);
        List<Stmt> tryBody = new ArrayList<>();
        if (item.optionalVars() != null) {
            out.add(new Stmt.Assign(pos, List.of(new Expr.Name(pos, p + "value")), enter));
            tryBody.add(new Stmt.Assign(pos, List.of(item.optionalVars()), new Expr.Name(pos, p + "value")));
        } else {
            out.add(new Stmt.ExprStmt(pos, enter));
        }
        out.add(new Stmt.Assign(pos, List.of(ok), new Expr.Constant(pos, Boolean.TRUE)));
        tryBody.addAll(inner);
        Expr e = new Expr.Name(pos, p + "e");
        Expr suppressed = new Expr.Call(pos, exit, List.of(new Expr.Attribute(pos, e, "__class__"), e,
                new Expr.Attribute(pos, e, "__traceback__")), List.of());
        if (async) suppressed = new Expr.Await(pos, suppressed);
        List<Stmt> handler = List.of(
                new Stmt.Assign(pos, List.of(ok), new Expr.Constant(pos, Boolean.FALSE)),
                new Stmt.If(pos, new Expr.UnaryOp(pos, Expr.UnaryOperator.NOT, suppressed), List.of(new Stmt.Raise(pos, null, null)), List.of()));
        Expr exitCall = new Expr.Call(pos, exit, List.of(none, none, none), List.of());
        if (async) exitCall = new Expr.Await(pos, exitCall);
        List<Stmt> fin = List.of(new Stmt.If(pos, ok, List.of(new Stmt.ExprStmt(pos, exitCall)), List.of()));
        out.add(new Stmt.Try(pos, tryBody, List.of(new Stmt.ExceptHandler(pos, new Expr.Name(pos, "BaseException"), p + "e", handler)),
                List.of(), fin, false));
        return new Stmt.If(pos, new Expr.Constant(pos, Boolean.TRUE), out, List.of());
    }

    /** {@code with (a as b, c as d):} — tried speculatively since {@code with (a, b):} is also valid. */
    private List<Stmt.WithItem> parenthesizedWithItems() {
        int m = mark();
        speculating++;
        try {
            advance();
            List<Stmt.WithItem> items = new ArrayList<>();
            do {
                if (atOp(")")) break;
                items.add(withItem());
            } while (matchOp(","));
            expectOp(")");
            if (!atOp(":")) throw fail(peek(), "invalid syntax");
            return items;
        } catch (ParseError e) {
            reset(m);
            return null;
        } finally {
            speculating--;
            release();
        }
    }

    private Stmt.WithItem withItem() {
        Expr ctx = expression();
        Expr vars = null;
        if (matchKw("as")) {
            vars = starTarget();
            checkTarget(vars, "assign", false);
        }
        return new Stmt.WithItem(ctx, vars);
    }

    /**
     * {@code match subject:} followed by an indented block of {@code case pattern [if guard]:}
     * blocks. {@code match} is a soft keyword, so this is tried speculatively and otherwise
     * returns null.
     */
    private Stmt matchStatement() {
        Token t = peek(1);
        if (t.kind() == TokenKind.NEWLINE || t.kind() == TokenKind.ENDMARKER
                || (t.kind() == TokenKind.OP && !t.isOp("(") && !t.isOp("[") && !t.isOp("{") && !t.isOp("-")
                    && !t.isOp("*") && !t.isOp("~") && !t.isOp("..."))) return null;
        int m = mark();
        Token kw = advance();
        Expr subject;
        speculating++;
        try {
            subject = starNamedExpressions();
            if (!atOp(":") || peek(1).kind() != TokenKind.NEWLINE) throw fail(peek(), "invalid syntax");
        } catch (ParseError e) {
            reset(m);
            return null;
        } finally {
            speculating--;
            release();
        }
        advance();
        advance();
        List<Pattern.MatchCase> cases = new ArrayList<>();
        if (!at(TokenKind.INDENT)) {
            report(peek().start(), "expected an indented block after 'match' statement on line " + kw.line());
            return new Stmt.Match(span(kw.start()), subject, cases);
        }
        advance();
        while (!at(TokenKind.DEDENT) && !at(TokenKind.ENDMARKER)) {
            if (matchNewline()) continue;
            if (!atKw("case")) throw fail(peek(), "invalid syntax");
            Token c = advance();
            Pattern pattern = patterns();
            Expr guard = matchKw("if") ? namedExpression() : null;
            expectOp(":");
            List<Stmt> body = block("'case' statement", c.line());
            cases.add(new Pattern.MatchCase(pattern, guard, body));
        }
        if (at(TokenKind.DEDENT)) advance();
        if (cases.isEmpty()) throw fail(peek(), "invalid syntax");
        return new Stmt.Match(span(kw.start()), subject, cases);
    }

    /** {@code patterns: open_sequence_pattern | pattern}: a bare {@code a, b} is a sequence. */
    private Pattern patterns() {
        Pos start = peek().start();
        Pattern first = maybeStarPattern();
        if (!atOp(",")) {
            if (first instanceof Pattern.MatchStar) throw fail(peek(), "invalid syntax");
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (matchOp(",")) {
            if (atOp(":") || atKw("if")) break;
            items.add(maybeStarPattern());
        }
        return new Pattern.MatchSequence(span(start), items);
    }

    private Pattern maybeStarPattern() {
        if (atOp("*")) {
            Token star = advance();
            String name = expectName();
            return new Pattern.MatchStar(span(star.start()), name.equals("_") ? null : name);
        }
        return pattern();
    }

    /** {@code pattern: or_pattern ['as' NAME]}. */
    private Pattern pattern() {
        Pos start = peek().start();
        Pattern p = orPattern();
        if (matchKw("as")) {
            Token n = peek();
            String name = expectName();
            if (name.equals("_")) throw fail(n, "cannot use '_' as a target");
            return new Pattern.MatchAs(span(start), p, name);
        }
        return p;
    }

    private Pattern orPattern() {
        Pos start = peek().start();
        Pattern first = closedPattern();
        if (!atOp("|")) return first;
        List<Pattern> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (matchOp("|")) alternatives.add(closedPattern());
        return new Pattern.MatchOr(span(start), alternatives);
    }

    private Pattern closedPattern() {
        Token t = peek();
        Pos start = t.start();
        enter();
        try {
            switch (t.kind()) {
                case NUMBER, STRING -> { return new Pattern.MatchValue(span(start), literalPatternValue()); }
                case NAME -> {
                    switch (t.text()) {
                        case "None" -> { advance(); return new Pattern.MatchSingleton(span(start), null); }
                        case "True" -> { advance(); return new Pattern.MatchSingleton(span(start), Boolean.TRUE); }
                        case "False" -> { advance(); return new Pattern.MatchSingleton(span(start), Boolean.FALSE); }
                        default -> { }
                    }
                    String name = expectName();
                    Expr e = new Expr.Name(t.pos(), name);
                    boolean dotted = false;
                    while (matchOp(".")) {
                        e = new Expr.Attribute(span(start), e, expectName());
                        dotted = true;
                    }
                    if (atOp("(")) return classPattern(start, e);
                    if (dotted) return new Pattern.MatchValue(span(start), e);
                    return new Pattern.MatchAs(span(start), null, name.equals("_") ? null : name);
                }
                case OP -> {
                    switch (t.text()) {
                        case "-" -> { return new Pattern.MatchValue(span(start), literalPatternValue()); }
                        case "(" -> {
                            advance();
                            if (matchOp(")")) return new Pattern.MatchSequence(span(start), List.of());
                            Pattern first = maybeStarPattern();
                            if (matchOp(")")) {
                                if (first instanceof Pattern.MatchStar) throw fail(t, "invalid syntax");
                                return first; // a group
                            }
                            List<Pattern> items = new ArrayList<>();
                            items.add(first);
                            while (matchOp(",")) {
                                if (atOp(")")) break;
                                items.add(maybeStarPattern());
                            }
                            expectOp(")");
                            return new Pattern.MatchSequence(span(start), items);
                        }
                        case "[" -> {
                            advance();
                            List<Pattern> items = new ArrayList<>();
                            while (!atOp("]")) {
                                items.add(maybeStarPattern());
                                if (!matchOp(",")) break;
                            }
                            expectOp("]");
                            return new Pattern.MatchSequence(span(start), items);
                        }
                        case "{" -> { return mappingPattern(); }
                        default -> { }
                    }
                }
                default -> { }
            }
            throw fail(t, "invalid syntax");
        } finally {
            leave();
        }
    }

    /** A signed number or string literal (complex literals are not supported). */
    private Expr literalPatternValue() {
        Token t = peek();
        if (t.kind() == TokenKind.STRING) {
            Expr e = strings();
            if (e instanceof Expr.JoinedStr) throw new ParseError(t.start(), "patterns may only match literals and attribute lookups", false);
            return e;
        }
        boolean negative = matchOp("-");
        Token n = peek();
        if (n.kind() != TokenKind.NUMBER) throw fail(n, "invalid syntax");
        advance();
        Expr e = new Expr.Constant(n.pos(), n.value());
        if (negative) e = new Expr.UnaryOp(span(t.start()), UnaryOperator.USUB, e);
        if (atOp("+") || atOp("-")) throw fail(peek(), "complex literal patterns are not supported by Fora");
        return e;
    }

    private Pattern classPattern(Pos start, Expr cls) {
        expectOp("(");
        List<Pattern> positional = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Pattern> keywords = new ArrayList<>();
        while (!atOp(")")) {
            if (peek().kind() == TokenKind.NAME && peek(1).isOp("=")) {
                Token n = peek();
                String name = expectName();
                advance();
                if (names.contains(name)) throw new ParseError(n.start(), "attribute name repeated in class pattern: " + name, false);
                names.add(name);
                keywords.add(pattern());
            } else {
                if (!names.isEmpty()) throw fail(peek(), "positional patterns follow keyword patterns");
                positional.add(pattern());
            }
            if (!matchOp(",")) break;
        }
        expectOp(")");
        return new Pattern.MatchClass(span(start), cls, positional, names, keywords);
    }

    private Pattern mappingPattern() {
        Token open = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!atOp("}")) {
            if (matchOp("**")) {
                rest = expectName();
                matchOp(",");
                break;
            }
            Token k = peek();
            Expr key;
            if (k.kind() == TokenKind.NAME && (k.text().equals("None") || k.text().equals("True") || k.text().equals("False"))) {
                key = nameAtom(k);
            } else if (k.kind() == TokenKind.NAME) {
                key = new Expr.Name(k.pos(), expectName());
                if (!atOp(".")) throw fail(k, "mapping pattern keys may only match literals and attribute lookups");
                while (matchOp(".")) key = new Expr.Attribute(span(k.start()), key, expectName());
            } else {
                key = literalPatternValue();
            }
            expectOp(":");
            keys.add(key);
            values.add(pattern());
            if (!matchOp(",")) break;
        }
        expectOp("}");
        return new Pattern.MatchMapping(span(open.start()), keys, values, rest);
    }

    /** Skips an INDENT ... DEDENT block without parsing it. */
    private void skipBlock() {
        int depth = 0;
        do {
            Token t = advance();
            if (t.kind() == TokenKind.INDENT) depth++;
            else if (t.kind() == TokenKind.DEDENT) depth--;
            else if (t.kind() == TokenKind.ENDMARKER) return;
        } while (depth > 0);
    }

    // ---------------------------------------------------------------- simple statements

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "pass" -> { advance(); return new Stmt.Pass(t.pos()); }
                case "break" -> {
                    advance();
                    if (!inLoop) report(t.start(), "'break' outside loop");
                    return new Stmt.Break(t.pos());
                }
                case "continue" -> {
                    advance();
                    if (!inLoop) report(t.start(), "'continue' not properly in loop");
                    return new Stmt.Continue(t.pos());
                }
                case "return" -> { return returnStatement(); }
                case "raise" -> { return raiseStatement(); }
                case "global", "nonlocal" -> { return globalStatement(); }
                case "del" -> { return delStatement(); }
                case "assert" -> { return assertStatement(); }
                case "import" -> { return importName(); }
                case "from" -> { return importFrom(); }
                case "type" -> {
                    Token n = peek(1), after = peek(2);
                    if (n.kind() == TokenKind.NAME && (after.isOp("=") || after.isOp("[")))
                        throw fail(t, "type alias statements are not supported");
                }
                default -> { }
            }
        }
        return expressionStatement();
    }

    private Stmt returnStatement() {
        Token kw = advance();
        if (!inFunction) report(kw.start(), "'return' outside function");
        Expr value = atSimpleStatementEnd() ? null : starExpressions();
        return new Stmt.Return(span(kw.start()), value);
    }

    private boolean atSimpleStatementEnd() {
        return at(TokenKind.NEWLINE) || at(TokenKind.ENDMARKER) || atOp(";");
    }

    private Stmt raiseStatement() {
        Token kw = advance();
        Expr exc = null, cause = null;
        if (!atSimpleStatementEnd()) {
            exc = expression();
            if (matchKw("from")) cause = expression();
        }
        return new Stmt.Raise(span(kw.start()), exc, cause);
    }

    private Stmt globalStatement() {
        Token kw = advance();
        List<String> names = new ArrayList<>();
        do {
            names.add(expectName());
        } while (matchOp(","));
        return kw.text().equals("global") ? new Stmt.Global(span(kw.start()), names)
                                         : new Stmt.Nonlocal(span(kw.start()), names);
    }

    private Stmt delStatement() {
        Token kw = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (atSimpleStatementEnd()) break;
            Expr e = bitwiseOr();
            checkTarget(e, "delete", false);
            targets.add(e);
        } while (matchOp(","));
        if (targets.isEmpty()) throw fail(peek(), "invalid syntax");
        return new Stmt.Delete(span(kw.start()), targets);
    }

    private Stmt assertStatement() {
        Token kw = advance();
        Expr test = expression();
        Expr msg = matchOp(",") ? expression() : null;
        return new Stmt.Assert(span(kw.start()), test, msg);
    }

    private Stmt importName() {
        Token kw = advance();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            Pos s = peek().start();
            String name = dottedName();
            String as = matchKw("as") ? expectName() : null;
            notDebug(as != null ? as : name.contains(".") ? name.substring(0, name.indexOf('.')) : name, kw.start(), "assign");
            names.add(new Stmt.Alias(span(s), name, as));
        } while (matchOp(","));
        return new Stmt.Import(span(kw.start()), names);
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(expectName());
        while (matchOp(".")) sb.append('.').append(expectName());
        return sb.toString();
    }

    private Stmt importFrom() {
        Token kw = advance();
        int level = 0;
        while (true) {
            if (matchOp(".")) level++;
            else if (matchOp("...")) level += 3;
            else break;
        }
        String module = null;
        if (!atKw("import")) module = dottedName();
        else if (level == 0) throw fail(peek(), "invalid syntax");
        expectKw("import");
        List<Stmt.Alias> names = new ArrayList<>();
        if (atOp("*")) {
            Token star = advance();
            names.add(new Stmt.Alias(star.pos(), "*", null));
        } else {
            boolean paren = matchOp("(");
            do {
                if (paren && atOp(")")) break;
                Pos s = peek().start();
                String name = expectName();
                String as = matchKw("as") ? expectName() : null;
                notDebug(as != null ? as : name, kw.start(), "assign");
                names.add(new Stmt.Alias(span(s), name, as));
            } while (matchOp(","));
            if (paren) expectOp(")");
            else if (prev.isOp(",")) throw new ParseError(prev.start(), "trailing comma not allowed without surrounding parentheses", false);
            if (names.isEmpty()) throw fail(peek(), "invalid syntax");
        }
        return new Stmt.ImportFrom(span(kw.start()), module, names, level);
    }

    /** Assignment, augmented or annotated assignment, or a bare expression. */
    private Stmt expressionStatement() {
        Pos start = peek().start();
        Expr first = atKw("yield") ? yieldExpression() : starExpressions();
        if (atOp("=")) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (matchOp("=")) {
                checkTarget(value, "assign", true);
                targets.add(value);
                value = atKw("yield") ? yieldExpression() : starExpressions();
            }
            return new Stmt.Assign(span(start), targets, value);
        }
        if (atOp(":")) {
            advance();
            if (first instanceof Expr.Tuple) throw new ParseError(first.pos(), "only single target (not tuple) can be annotated", false);
            if (first instanceof Expr.ListExpr) throw new ParseError(first.pos(), "only single target (not list) can be annotated", false);
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript))
                throw new ParseError(first.pos(), "illegal target for annotation", false);
            Expr annotation = expression();
            Expr value = null;
            if (matchOp("=")) value = atKw("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AnnAssign(span(start), first, annotation, value);
        }
        BinaryOp aug = augmentedOperator(peek());
        if (aug != null) {
            advance();
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript))
                throw new ParseError(first.pos(), "'" + exprKind(first) + "' is an illegal expression for augmented assignment", false);
            if (first instanceof Expr.Name n) notDebug(n.id(), n.pos(), "assign");
            if (first instanceof Expr.Attribute at) notDebug(at.attr(), at.pos(), "assign");
            Expr value = atKw("yield") ? yieldExpression() : starExpressions();
            return new Stmt.AugAssign(span(start), first, aug, value);
        }
        return new Stmt.ExprStmt(span(start), first);
    }

    private static BinaryOp augmentedOperator(Token t) {
        if (t.kind() != TokenKind.OP) return null;
        return switch (t.text()) {
            case "+=" -> BinaryOp.ADD;
            case "-=" -> BinaryOp.SUB;
            case "*=" -> BinaryOp.MULT;
            case "@=" -> BinaryOp.MATMULT;
            case "/=" -> BinaryOp.DIV;
            case "%=" -> BinaryOp.MOD;
            case "&=" -> BinaryOp.BITAND;
            case "|=" -> BinaryOp.BITOR;
            case "^=" -> BinaryOp.BITXOR;
            case "<<=" -> BinaryOp.LSHIFT;
            case ">>=" -> BinaryOp.RSHIFT;
            case "**=" -> BinaryOp.POW;
            case "//=" -> BinaryOp.FLOORDIV;
            default -> null;
        };
    }

    // ---------------------------------------------------------------- targets

    /**
     * Validates an assignment/deletion target. {@code verb} is "assign" or "delete"; {@code top}
     * adds CPython's "Maybe you meant '=='" hint for a whole plain-assignment target.
     */
    private void checkTarget(Expr e, String verb, boolean top) {
        switch (e) {
            case Expr.Name n -> notDebug(n.id(), n.pos(), verb);
            case Expr.Attribute a -> notDebug(a.attr(), a.pos(), verb);
            case Expr.Subscript s -> { }
            case Expr.Tuple t -> { oneStarred(t.elts(), t.pos(), verb); for (Expr x : t.elts()) checkTarget(x, verb, false); }
            case Expr.ListExpr l -> { oneStarred(l.elts(), l.pos(), verb); for (Expr x : l.elts()) checkTarget(x, verb, false); }
            case Expr.Starred s when verb.equals("assign") -> {
                if (top) throw new ParseError(s.pos(), "starred assignment target must be in a list or tuple", false);
                checkTarget(s.value(), verb, false);
            }
            default -> {
                String msg = "cannot " + (verb.equals("assign") ? "assign to" : verb) + " " + exprKind(e);
                // True, False and None are named without the hint, as CPython's grammar names them
                boolean keyword = e instanceof Expr.Constant c && (c.value() == null || c.value() instanceof Boolean);
                if (top && verb.equals("assign") && !(e instanceof Expr.Starred) && !keyword)
                    msg += " here. Maybe you meant '==' instead of '='?";
                throw new ParseError(e.pos(), msg, false);
            }
        }
    }

    /** {@code __debug__} is a constant: CPython refuses every way of binding or deleting it. */
    private static void notDebug(String name, Pos pos, String verb) {
        if ("__debug__".equals(name)) throw new ParseError(pos, verb.equals("delete") ? "cannot delete __debug__" : "cannot assign to __debug__", false);
    }

    /** An unpacking target has at most one starred name. */
    private static void oneStarred(List<Expr> elts, Pos pos, String verb) {
        if (!verb.equals("assign")) return;
        int starred = 0;
        for (Expr x : elts) if (x instanceof Expr.Starred) starred++;
        if (starred > 1) throw new ParseError(pos, "multiple starred expressions in assignment", false);
    }

    /** CPython's name for an expression kind in error messages. */
    private static String exprKind(Expr e) {
        return switch (e) {
            case Expr.Call c -> "function call";
            case Expr.Constant c when c.value() == null -> "None";
            case Expr.Constant c when c.value() instanceof Boolean b -> b ? "True" : "False";
            case Expr.Constant c when c.value() == Expr.EllipsisLiteral.INSTANCE -> "ellipsis";
            case Expr.Constant c -> "literal";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.Compare c -> "comparison";
            case Expr.Lambda l -> "lambda";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.Tuple t -> "tuple";
            case Expr.ListExpr l -> "list";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            default -> "expression";
        };
    }

    /** {@code star_targets}: a target list up to 'in' (or '=' in comprehensions), tuple when commas. */
    private Expr starTargets() {
        Pos start = peek().start();
        Expr first = starTarget();
        if (!atOp(",")) {
            checkTarget(first, "assign", false);
            if (first instanceof Expr.Starred) throw new ParseError(first.pos(), "starred assignment target must be in a list or tuple", false);
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (atKw("in") || atOp("=") || atOp(":")) break;
            elts.add(starTarget());
        }
        Expr t = new Expr.Tuple(span(start), elts);
        checkTarget(t, "assign", false);
        return t;
    }

    private Expr starTarget() {
        if (atOp("*")) {
            Token s = advance();
            return new Expr.Starred(span(s.start()), bitwiseOr());
        }
        return bitwiseOr();
    }

    // ================================================================ expressions

    /** {@code star_expressions}: a tuple when there are commas. */
    private Expr starExpressions() {
        Pos start = peek().start();
        Expr first = starExpression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (matchOp(",")) {
            if (!canStartExpression()) break;
            elts.add(starExpression());
        }
        return new Expr.Tuple(span(start), elts);
    }

    private Expr starExpression() {
        if (atOp("*")) {
            Token s = advance();
            return new Expr.Starred(span(s.start()), bitwiseOr());
        }
        return expression();
    }

    /** {@code star_named_expressions} as used by the match subject. */
    private Expr starNamedExpressions() {
        Pos start = peek().start();
        Expr first = starNamedExpression();
        if (!atOp(",")) return first;
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (matchOp(",")) {
            if (!canStartExpression()) break;
            elts.add(starNamedExpression());
        }
        return new Expr.Tuple(span(start), elts);
    }

    private Expr starNamedExpression() {
        if (atOp("*")) {
            Token s = advance();
            return new Expr.Starred(span(s.start()), bitwiseOr());
        }
        return namedExpression();
    }

    private boolean canStartExpression() {
        Token t = peek();
        return switch (t.kind()) {
            case NAME -> !KEYWORDS.contains(t.text()) || switch (t.text()) {
                case "not", "lambda", "await", "None", "True", "False", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING -> true;
            case OP -> switch (t.text()) {
                case "(", "[", "{", "-", "+", "~", "*", "**", "..." -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /** {@code named_expression: NAME ':=' expression | expression}. */
    private Expr namedExpression() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME && peek(1).isOp(":=") && !KEYWORDS.contains(t.text())) {
            advance();
            advance();
            Expr value = expression();
            return new Expr.NamedExpr(span(t.start()), new Expr.Name(t.pos(), t.text()), value);
        }
        Expr e = expression();
        if (atOp(":=")) throw new ParseError(e.pos(), "cannot use assignment expressions with " + exprKind(e), false);
        return e;
    }

    /** {@code expression: disjunction ['if' disjunction 'else' expression] | lambdef}. */
    private Expr expression() {
        enter();
        try {
            if (atKw("lambda")) return lambdef();
            Pos start = peek().start();
            Expr body = disjunction();
            if (!atKw("if")) return body;
            advance();
            Expr test = disjunction();
            if (!matchKw("else")) throw fail(peek(), "expected 'else' after 'if' expression");
            Expr orElse = expression();
            return new Expr.IfExp(span(start), test, body, orElse);
        } finally {
            leave();
        }
    }

    private Expr lambdef() {
        Token kw = advance();
        Arguments args = atOp(":") ? Arguments.empty() : parameters(":", false);
        expectOp(":");
        boolean f = inFunction, a = inAsync, l = inLoop;
        inFunction = true;
        inAsync = false;
        inLoop = false;
        try {
            Expr body = expression();
            return new Expr.Lambda(span(kw.start()), args, body);
        } finally {
            inFunction = f;
            inAsync = a;
            inLoop = l;
        }
    }

    private Expr disjunction() {
        Pos start = peek().start();
        Expr first = conjunction();
        if (!atKw("or")) return first;
        List<Expr> values = new ArrayList<>(List.of(first));
        while (matchKw("or")) values.add(conjunction());
        return new Expr.BoolOp(span(start), false, values);
    }

    private Expr conjunction() {
        Pos start = peek().start();
        Expr first = inversion();
        if (!atKw("and")) return first;
        List<Expr> values = new ArrayList<>(List.of(first));
        while (matchKw("and")) values.add(inversion());
        return new Expr.BoolOp(span(start), true, values);
    }

    private Expr inversion() {
        if (!atKw("not")) return comparison();
        Token kw = advance();
        enter();
        try {
            Expr operand = inversion();
            return new Expr.UnaryOp(span(kw.start()), UnaryOperator.NOT, operand);
        } finally {
            leave();
        }
    }

    private Expr comparison() {
        Pos start = peek().start();
        Expr left = bitwiseOr();
        List<CmpOp> ops = null;
        List<Expr> rights = null;
        for (CmpOp op = comparisonOperator(); op != null; op = comparisonOperator()) {
            if (ops == null) { ops = new ArrayList<>(); rights = new ArrayList<>(); }
            ops.add(op);
            rights.add(bitwiseOr());
        }
        return ops == null ? left : new Expr.Compare(span(start), left, ops, rights);
    }

    /** Consumes a comparison operator, including {@code not in} and {@code is not}; null if none. */
    private CmpOp comparisonOperator() {
        Token t = peek();
        if (t.kind() == TokenKind.NAME) {
            switch (t.text()) {
                case "in" -> { advance(); return CmpOp.IN; }
                case "not" -> {
                    if (!peek(1).isName("in")) return null;
                    advance();
                    advance();
                    return CmpOp.NOT_IN;
                }
                case "is" -> {
                    advance();
                    return matchKw("not") ? CmpOp.IS_NOT : CmpOp.IS;
                }
                default -> { return null; }
            }
        }
        if (t.kind() != TokenKind.OP) return null;
        CmpOp op = switch (t.text()) {
            case "==" -> CmpOp.EQ;
            case "!=" -> CmpOp.NOT_EQ;
            case "<" -> CmpOp.LT;
            case "<=" -> CmpOp.LT_E;
            case ">" -> CmpOp.GT;
            case ">=" -> CmpOp.GT_E;
            default -> null;
        };
        if (op != null) advance();
        return op;
    }

    private Expr bitwiseOr() {
        Pos start = peek().start();
        Expr left = bitwiseXor();
        while (matchOp("|")) {
            Expr right = bitwiseXor();
            left = new Expr.BinOp(span(start), left, BinaryOp.BITOR, right);
        }
        return left;
    }

    private Expr bitwiseXor() {
        Pos start = peek().start();
        Expr left = bitwiseAnd();
        while (matchOp("^")) {
            Expr right = bitwiseAnd();
            left = new Expr.BinOp(span(start), left, BinaryOp.BITXOR, right);
        }
        return left;
    }

    private Expr bitwiseAnd() {
        Pos start = peek().start();
        Expr left = shiftExpr();
        while (matchOp("&")) {
            Expr right = shiftExpr();
            left = new Expr.BinOp(span(start), left, BinaryOp.BITAND, right);
        }
        return left;
    }

    private Expr shiftExpr() {
        Pos start = peek().start();
        Expr left = sum();
        while (true) {
            BinaryOp op = atOp("<<") ? BinaryOp.LSHIFT : atOp(">>") ? BinaryOp.RSHIFT : null;
            if (op == null) return left;
            advance();
            Expr right = sum();
            left = new Expr.BinOp(span(start), left, op, right);
        }
    }

    private Expr sum() {
        Pos start = peek().start();
        Expr left = term();
        while (true) {
            BinaryOp op = atOp("+") ? BinaryOp.ADD : atOp("-") ? BinaryOp.SUB : null;
            if (op == null) return left;
            advance();
            Expr right = term();
            left = new Expr.BinOp(span(start), left, op, right);
        }
    }

    private Expr term() {
        Pos start = peek().start();
        Expr left = factor();
        while (true) {
            Token t = peek();
            BinaryOp op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
                case "*" -> BinaryOp.MULT;
                case "/" -> BinaryOp.DIV;
                case "//" -> BinaryOp.FLOORDIV;
                case "%" -> BinaryOp.MOD;
                case "@" -> BinaryOp.MATMULT;
                default -> null;
            };
            if (op == null) return left;
            advance();
            Expr right = factor();
            left = new Expr.BinOp(span(start), left, op, right);
        }
    }

    /** {@code factor: ('+'|'-'|'~') factor | power}. */
    private Expr factor() {
        Token t = peek();
        UnaryOperator op = t.kind() != TokenKind.OP ? null : switch (t.text()) {
            case "+" -> UnaryOperator.UADD;
            case "-" -> UnaryOperator.USUB;
            case "~" -> UnaryOperator.INVERT;
            default -> null;
        };
        if (op == null) return power();
        advance();
        enter();
        try {
            Expr operand = factor();
            return new Expr.UnaryOp(span(t.start()), op, operand);
        } finally {
            leave();
        }
    }

    /** {@code power: await_primary ['**' factor]}: right-associative, and tighter than a unary on its left. */
    private Expr power() {
        Pos start = peek().start();
        Expr base = awaitPrimary();
        if (!matchOp("**")) return base;
        enter();
        try {
            Expr exponent = factor();
            return new Expr.BinOp(span(start), base, BinaryOp.POW, exponent);
        } finally {
            leave();
        }
    }

    private Expr awaitPrimary() {
        if (!atKw("await")) return primary();
        Token kw = advance();
        if (!inFunction) report(kw.start(), "'await' outside function");
        else if (!inAsync) awaits.add(kw);
        Expr value = primary();
        return new Expr.Await(span(kw.start()), value);
    }

    /** {@code primary}: an atom followed by attribute accesses, calls and subscripts. */
    private Expr primary() {
        Pos start = peek().start();
        Expr e = atom();
        while (true) {
            if (matchOp(".")) {
                String name = expectName();
                e = new Expr.Attribute(span(start), e, name);
            } else if (atOp("(")) {
                e = call(e, start);
            } else if (atOp("[")) {
                advance();
                Expr slice = slices();
                expectOp("]");
                e = new Expr.Subscript(span(start), e, slice);
            } else {
                return e;
            }
        }
    }

    private Expr call(Expr func, Pos start) {
        Token open = advance();
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        if (!atOp(")")) {
            Expr genexp = arguments(args, keywords, open);
            if (genexp != null) {
                expectOp(")");
                return new Expr.Call(span(start), func, List.of(genexp), List.of());
            }
        }
        expectOp(")");
        return new Expr.Call(span(start), func, args, keywords);
    }

    /**
     * Call arguments up to (not including) ')'. Returns a generator expression when the sole
     * argument is one ({@code f(x for x in y)}), otherwise null after filling args and keywords.
     */
    private Expr arguments(List<Expr> args, List<Expr.Keyword> keywords, Token open) {
        boolean sawKeyword = false, sawDoubleStar = false;
        java.util.Set<String> named = new java.util.HashSet<>();
        while (!atOp(")")) {
            Token t = peek();
            if (matchOp("*")) {
                if (sawDoubleStar) report(t.start(), "iterable argument unpacking follows keyword argument unpacking");
                args.add(new Expr.Starred(span(t.start()), expression()));
            } else if (matchOp("**")) {
                keywords.add(new Expr.Keyword(span(t.start()), null, expression()));
                sawDoubleStar = true;
            } else if (t.kind() == TokenKind.NAME && peek(1).isOp("=") && !KEYWORDS.contains(t.text())) {
                advance();
                advance();
                notDebug(t.text(), t.start(), "assign");
                if (!named.add(t.text())) report(t.start(), "keyword argument repeated: " + t.text());
                keywords.add(new Expr.Keyword(span(t.start()), t.text(), expression()));
                sawKeyword = true;
            } else {
                int awaitMark = awaits.size();
                Expr e = namedExpression();
                if (atKw("for") || atKw("async")) {
                    List<Expr.Comprehension> gens = comprehensionClauses();
                    forgiveAwaits(awaitMark);
                    if (open != null && args.isEmpty() && keywords.isEmpty() && atOp(")")) {
                        // CPython spans the generator expression over the call's parentheses.
                        return new Expr.GeneratorExp(new Pos(open.line(), open.col(), peek().endLine(), peek().endCol()), e, gens);
                    }
                    Expr g = new Expr.GeneratorExp(span(t.start()), e, gens);
                    throw new ParseError(g.pos(), "Generator expression must be parenthesized", false);
                }
                if (atOp("=")) throw new ParseError(e.pos(), "expression cannot contain assignment, perhaps you meant \"==\"?", false);
                if (sawDoubleStar) throw new ParseError(e.pos(), "positional argument follows keyword argument unpacking", false);
                if (sawKeyword) throw new ParseError(e.pos(), "positional argument follows keyword argument", false);
                args.add(e);
            }
            if (!matchOp(",")) {
                if (!atOp(")")) missingComma(t);
                break;
            }
        }
        return null;
    }

    /** Two expressions side by side inside brackets: CPython's "Perhaps you forgot a comma?". */
    private void missingComma(Token first) {
        if (canStartExpression() && !atKw("not") && !atKw("yield"))
            throw new ParseError(first.start(), "invalid syntax. Perhaps you forgot a comma?", false);
        throw fail(peek(), "invalid syntax");
    }

    /** {@code slices: slice | ','.(slice|starred_expression)+ [',']}. */
    private Expr slices() {
        Pos start = peek().start();
        Expr first = slice();
        if (!atOp(",")) return first instanceof Expr.Starred ? new Expr.Tuple(span(start), List.of(first)) : first;
        List<Expr> elts = new ArrayList<>(List.of(first));
        while (matchOp(",")) {
            if (atOp("]")) break;
            elts.add(slice());
        }
        return new Expr.Tuple(span(start), elts);
    }

    private Expr slice() {
        Pos start = peek().start();
        if (atOp("*")) return starExpression();
        Expr lower = atOp(":") ? null : namedExpression();
        if (!atOp(":")) {
            if (lower == null) throw fail(peek(), "invalid syntax");
            return lower;
        }
        advance();
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (matchOp(":")) step = atOp("]") || atOp(",") ? null : expression();
        return new Expr.Slice(span(start), lower, upper, step);
    }

    // ---------------------------------------------------------------- atoms

    private Expr atom() {
        Token t = peek();
        switch (t.kind()) {
            case NAME -> {
                return nameAtom(t);
            }
            case NUMBER -> {
                advance();
                return new Expr.Constant(t.pos(), t.value());
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> { return parenthesized(); }
                    case "[" -> { return listDisplay(); }
                    case "{" -> { return braceDisplay(); }
                    case "..." -> { advance(); return new Expr.Constant(t.pos(), Expr.EllipsisLiteral.INSTANCE); }
                    default -> { }
                }
            }
            default -> { }
        }
        throw fail(t, "invalid syntax");
    }

    private Expr nameAtom(Token t) {
        switch (t.text()) {
            case "None" -> { advance(); return new Expr.Constant(t.pos(), null); }
            case "True" -> { advance(); return new Expr.Constant(t.pos(), Boolean.TRUE); }
            case "False" -> { advance(); return new Expr.Constant(t.pos(), Boolean.FALSE); }
            default -> { }
        }
        if (KEYWORDS.contains(t.text())) throw fail(t, "invalid syntax");
        advance();
        return new Expr.Name(t.pos(), t.text());
    }

    /** {@code ( )}, a parenthesized expression or yield, a tuple, or a generator expression. */
    private Expr parenthesized() {
        Token open = advance();
        if (matchOp(")")) return new Expr.Tuple(span(open.start()), new ArrayList<>());
        if (atKw("yield")) {
            Expr y = yieldExpression();
            expectOp(")");
            return y;
        }
        int awaitMark = awaits.size();
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async")) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            forgiveAwaits(awaitMark);
            expectOp(")");
            return new Expr.GeneratorExp(span(open.start()), first, gens);
        }
        if (matchOp(")")) {
            if (first instanceof Expr.Starred) throw new ParseError(first.pos(), "cannot use starred expression here", false);
            return first;
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        elementsAfterFirst(elts, ")");
        return new Expr.Tuple(span(open.start()), elts);
    }

    /** The rest of a comma-separated display whose first element is already in {@code elts}. */
    private void elementsAfterFirst(List<Expr> elts, String close) {
        while (true) {
            if (matchOp(close)) return;
            if (!matchOp(",")) {
                if (canStartExpression() && !atKw("not")) {
                    Pos p0 = elts.get(elts.size() - 1).pos();
                    throw new ParseError(Pos.at(p0.line(), p0.col()), "invalid syntax. Perhaps you forgot a comma?", false);
                }
                throw fail(peek(), "invalid syntax");
            }
            if (matchOp(close)) return;
            elts.add(starNamedExpression());
        }
    }

    private Expr listDisplay() {
        Token open = advance();
        if (matchOp("]")) return new Expr.ListExpr(span(open.start()), new ArrayList<>());
        Expr first = starNamedExpression();
        if (atKw("for") || atKw("async")) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expectOp("]");
            return new Expr.ListComp(span(open.start()), first, gens);
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        elementsAfterFirst(elts, "]");
        return new Expr.ListExpr(span(open.start()), elts);
    }

    /** Dict or set display or comprehension. */
    private Expr braceDisplay() {
        Token open = advance();
        if (matchOp("}")) return new Expr.Dict(span(open.start()), new ArrayList<>(), new ArrayList<>());
        if (atOp("**")) return dictDisplay(open, null);
        Expr first = starNamedExpression();
        if (matchOp(":")) {
            Expr value = expression();
            if (atKw("for") || atKw("async")) {
                List<Expr.Comprehension> gens = comprehensionClauses();
                expectOp("}");
                return new Expr.DictComp(span(open.start()), first, value, gens);
            }
            return dictDisplay(open, new Expr[] {first, value});
        }
        if (atKw("for") || atKw("async")) {
            List<Expr.Comprehension> gens = comprehensionClauses();
            expectOp("}");
            return new Expr.SetComp(span(open.start()), first, gens);
        }
        List<Expr> elts = new ArrayList<>(List.of(first));
        elementsAfterFirst(elts, "}");
        return new Expr.Set(span(open.start()), elts);
    }

    /** Dict entries; {@code first} is an already parsed key/value pair, or null. */
    private Expr dictDisplay(Token open, Expr[] first) {
        List<Expr> keys = new ArrayList<>(), values = new ArrayList<>();
        if (first != null) {
            keys.add(first[0]);
            values.add(first[1]);
            if (!atOp("}")) {
                Token t = peek();
                if (!matchOp(",")) {
                    if (canStartExpression()) throw new ParseError(first[0].pos(), "invalid syntax. Perhaps you forgot a comma?", false);
                    throw fail(t, "invalid syntax");
                }
            }
        }
        while (!atOp("}")) {
            if (matchOp("**")) {
                keys.add(null);
                values.add(bitwiseOr());
            } else {
                Expr k = expression();
                if (!atOp(":")) throw fail(peek(), atOp("}") || atOp(",") ? "':' expected after dictionary key" : "invalid syntax");
                advance();
                keys.add(k);
                values.add(expression());
            }
            if (!matchOp(",")) break;
        }
        if (!atOp("}")) {
            if (canStartExpression()) throw new ParseError(keys.isEmpty() || keys.get(keys.size() - 1) == null
                ? values.get(values.size() - 1).pos() : keys.get(keys.size() - 1).pos(), "invalid syntax. Perhaps you forgot a comma?", false);
            throw fail(peek(), "invalid syntax");
        }
        advance();
        return new Expr.Dict(span(open.start()), keys, values);
    }

    /** {@code for_if_clauses}. */
    private List<Expr.Comprehension> comprehensionClauses() {
        List<Expr.Comprehension> gens = new ArrayList<>();
        while (atKw("for") || (atKw("async") && peek(1).isName("for"))) {
            boolean isAsync = matchKw("async");
            advance();
            Expr target = starTargets();
            expectKw("in");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (matchKw("if")) ifs.add(disjunction());
            gens.add(new Expr.Comprehension(target, iter, ifs, isAsync));
        }
        if (gens.isEmpty()) throw fail(peek(), "invalid syntax");
        return gens;
    }

    private Expr yieldExpression() {
        Token kw = advance();
        if (!inFunction) report(kw.start(), "'yield' outside function");
        if (matchKw("from")) return new Expr.YieldFrom(span(kw.start()), expression());
        if (atSimpleStatementEnd() || atOp(")") || atOp("]") || atOp("}") || atOp("=")) return new Expr.Yield(kw.pos(), null);
        return new Expr.Yield(span(kw.start()), starExpressions());
    }

    // ---------------------------------------------------------------- parameters

    /**
     * Parameters up to {@code close} (not consumed): positional-only before '/', then ordinary,
     * '*' or '*args', keyword-only, '**kwargs'. Annotations only for {@code def}.
     */
    private Arguments parameters(String close, boolean annotations) {
        List<Arguments.Arg> posonly = new ArrayList<>(), args = new ArrayList<>(), kwonly = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>(), kwDefaults = new ArrayList<>();
        Arguments.Arg vararg = null, kwarg = null;
        boolean star = false, slash = false;
        Set<String> names = new HashSet<>();
        while (!atOp(close)) {
            Token t = peek();
            if (kwarg != null) throw fail(t, "arguments cannot follow var-keyword argument");
            if (matchOp("/")) {
                if (slash) throw fail(t, "/ may appear only once");
                if (star) throw fail(t, "/ must be ahead of *");
                if (args.isEmpty()) throw fail(t, "at least one argument must precede /");
                slash = true;
                posonly.addAll(args);
                args.clear();
            } else if (matchOp("*")) {
                if (star) throw fail(t, "* argument may appear only once");
                star = true;
                if (atOp(",") || atOp(close)) {
                    if (atOp(close) || peek(1).isOp(close)) throw fail(t, "named arguments must follow bare *");
                } else {
                    vararg = parameter(annotations, true, names);
                }
            } else if (matchOp("**")) {
                kwarg = parameter(annotations, false, names);
            } else {
                Arguments.Arg a = parameter(annotations, false, names);
                Expr def = null;
                if (matchOp("=")) def = expression();
                if (star) {
                    kwonly.add(a);
                    kwDefaults.add(def);
                } else {
                    if (def != null) defaults.add(def);
                    else if (!defaults.isEmpty()) throw new ParseError(a.pos(), "parameter without a default follows parameter with a default", false);
                    args.add(a);
                }
            }
            if (!matchOp(",")) break;
        }
        if (star && vararg == null && kwonly.isEmpty() && kwarg == null) throw fail(peek(), "named arguments must follow bare *");
        if (!atOp(close)) throw fail(peek(), "invalid syntax");
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arguments.Arg parameter(boolean annotations, boolean starAnnotation, Set<String> names) {
        Token t = peek();
        String name = expectName();
        notDebug(name, t.start(), "assign");
        if (!names.add(name)) report(t.start(), "duplicate argument '" + name + "' in function definition");
        Expr ann = null;
        if (annotations && matchOp(":")) ann = starAnnotation && atOp("*") ? starExpression() : expression();
        return new Arguments.Arg(span(t.start()), name, ann);
    }

    // ---------------------------------------------------------------- strings

    /** Adjacent string literals, concatenated; any f-string among them makes a JoinedStr. */
    private Expr strings() {
        Pos start = peek().start();
        List<Token> parts = new ArrayList<>();
        while (at(TokenKind.STRING)) parts.add(advance());
        Pos pos = span(start);
        boolean anyBytes = false, anyStr = false, anyF = false;
        for (Token t : parts) {
            StrLit s = (StrLit) t.value();
            if (s.bytes()) anyBytes = true; else anyStr = true;
            if (s.fstring()) anyF = true;
        }
        if (anyBytes && anyStr) throw new ParseError(start, "cannot mix bytes and nonbytes literals", false);
        if (anyBytes) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            for (Token t : parts) out.writeBytes((byte[]) ((StrLit) t.value()).value());
            return new Expr.Constant(pos, out.toByteArray());
        }
        if (!anyF) {
            if (parts.size() == 1) return new Expr.Constant(pos, ((StrLit) parts.get(0).value()).value());
            StringBuilder sb = new StringBuilder();
            for (Token t : parts) sb.append((String) ((StrLit) t.value()).value());
            return new Expr.Constant(pos, sb.toString());
        }
        List<Expr> values = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Token t : parts) {
            StrLit s = (StrLit) t.value();
            if (s.fstring()) fstringPieces(s.pieces(), values, pending, pos);
            else pending.append((String) s.value());
        }
        flushConstant(values, pending, pos);
        return new Expr.JoinedStr(pos, values);
    }

    private static void flushConstant(List<Expr> values, StringBuilder pending, Pos pos) {
        if (!pending.isEmpty()) values.add(new Expr.Constant(pos, pending.toString()));
        pending.setLength(0);
    }

    private void fstringPieces(List<FPiece> pieces, List<Expr> values, StringBuilder pending, Pos pos) {
        for (FPiece piece : pieces) {
            switch (piece) {
                case FPiece.Lit lit -> pending.append(lit.text());
                case FPiece.Field f -> {
                    if (f.selfDoc() != null) pending.append(f.selfDoc());
                    flushConstant(values, pending, pos);
                    values.add(formattedValue(f));
                }
            }
        }
    }

    /** Parses one replacement field's expression in place with a sub-lexer and sub-parser. */
    private Expr formattedValue(FPiece.Field f) {
        Lexer sub = Lexer.sub(lexer, f.exprStart(), f.exprEnd(), f.line(), f.lineStart(), this::report);
        Parser inner = new Parser(sub, this::report, seen);
        inner.inFunction = inFunction;
        inner.inAsync = inAsync;
        inner.nesting = nesting + 10;
        if (inner.at(TokenKind.ENDMARKER)) {
            throw new ParseError(f.pos(), "f-string: valid expression required before '" + (f.selfDoc() != null ? "=" : "}") + "'", false);
        }
        Expr value = inner.atKw("yield") ? inner.yieldExpression() : inner.starExpressions();
        if (!inner.at(TokenKind.ENDMARKER)) {
            Token t = inner.peek();
            throw new ParseError(t.start(), t.kind() == TokenKind.ERRORTOKEN ? "" : "f-string: expecting '}'", t.kind() == TokenKind.ERRORTOKEN);
        }
        int conv = f.conversion();
        Expr.JoinedStr spec = null;
        if (f.spec() != null) {
            List<Expr> specValues = new ArrayList<>();
            StringBuilder pending = new StringBuilder();
            Pos specPos = f.specPos() == null ? f.pos() : f.specPos();
            fstringPieces(f.spec(), specValues, pending, specPos);
            flushConstant(specValues, pending, specPos);
            spec = new Expr.JoinedStr(specPos, specValues);
        }
        if (f.selfDoc() != null && conv < 0 && spec == null) conv = 'r';
        return new Expr.FormattedValue(f.pos(), value, conv, spec);
    }
}

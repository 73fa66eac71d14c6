// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ast.Expr;
import io.fora.vm.ast.Expr.BinaryOp;
import io.fora.vm.ast.Expr.CmpOp;
import io.fora.vm.ast.Expr.UnaryOperator;
import io.fora.vm.ast.Module;
import io.fora.vm.ast.Pos;
import io.fora.vm.ast.Stmt;
import io.fora.vm.diag.Diagnostic;
import io.fora.vm.diag.Diagnostics;
import io.fora.vm.diag.SourceFile;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserTest {

    // ------------------------------------------------------------ helpers

    private record Result(Module module, List<Diagnostic> errors) {}

    private static Result run(String src) {
        SourceFile sf = new SourceFile("t.py", src);
        Diagnostics d = new Diagnostics(sf);
        Module m = Parser.parse(sf, d);
        assertNotNull(m);
        return new Result(m, d.all());
    }

    private static Module ok(String src) {
        Result r = run(src);
        assertTrue(r.errors().isEmpty(), () -> "unexpected errors: " + r.errors());
        return r.module();
    }

    /** The value of the single expression statement {@code src}. */
    private static Expr expr(String src) {
        Module m = ok(src + "\n");
        assertEquals(1, m.body().size());
        return ((Stmt.ExprStmt) m.body().get(0)).value();
    }

    private static Object constant(String src) {
        return ((Expr.Constant) expr(src)).value();
    }

    private static List<Diagnostic> errors(String src) {
        return run(src).errors();
    }

    private static void assertError(String src, int line, String message) {
        List<Diagnostic> errs = errors(src);
        assertTrue(errs.stream().anyMatch(e -> e.line() == line && e.message().equals(message)),
                   () -> "expected '" + message + "' on line " + line + " but got " + errs);
    }

    // ------------------------------------------------------------ precedence

    @Test
    void powerBindsTighterThanUnaryMinusOnItsLeft() {
        Expr.UnaryOp neg = assertInstanceOf(Expr.UnaryOp.class, expr("-2**2"));
        assertEquals(UnaryOperator.USUB, neg.op());
        assertEquals(BinaryOp.POW, assertInstanceOf(Expr.BinOp.class, neg.operand()).op());

        Expr.BinOp pow = assertInstanceOf(Expr.BinOp.class, expr("2**-1"));
        assertEquals(UnaryOperator.USUB, assertInstanceOf(Expr.UnaryOp.class, pow.right()).op());
    }

    @Test
    void powerIsRightAssociativeOthersLeft() {
        Expr.BinOp pow = assertInstanceOf(Expr.BinOp.class, expr("2**3**2"));
        assertInstanceOf(Expr.Constant.class, pow.left());
        assertEquals(BinaryOp.POW, assertInstanceOf(Expr.BinOp.class, pow.right()).op());

        Expr.BinOp sub = assertInstanceOf(Expr.BinOp.class, expr("a - b - c"));
        assertEquals(BinaryOp.SUB, assertInstanceOf(Expr.BinOp.class, sub.left()).op());
        assertInstanceOf(Expr.Name.class, sub.right());
    }

    @Test
    void arithmeticAndBitwiseLevels() {
        Expr.BinOp add = assertInstanceOf(Expr.BinOp.class, expr("1 + 2 * 3"));
        assertEquals(BinaryOp.ADD, add.op());
        assertEquals(BinaryOp.MULT, ((Expr.BinOp) add.right()).op());

        Expr.BinOp or = assertInstanceOf(Expr.BinOp.class, expr("a | b ^ c & d << e + f"));
        assertEquals(BinaryOp.BITOR, or.op());
        Expr.BinOp xor = (Expr.BinOp) or.right();
        assertEquals(BinaryOp.BITXOR, xor.op());
        Expr.BinOp and = (Expr.BinOp) xor.right();
        assertEquals(BinaryOp.BITAND, and.op());
        Expr.BinOp shift = (Expr.BinOp) and.right();
        assertEquals(BinaryOp.LSHIFT, shift.op());
        assertEquals(BinaryOp.ADD, ((Expr.BinOp) shift.right()).op());
        assertEquals(BinaryOp.FLOORDIV, ((Expr.BinOp) expr("a // b")).op());
        assertEquals(BinaryOp.MATMULT, ((Expr.BinOp) expr("a @ b")).op());
    }

    @Test
    void booleansComparisonsAndConditionals() {
        Expr.BoolOp or = assertInstanceOf(Expr.BoolOp.class, expr("a or b and c or d"));
        assertFalse(or.isAnd());
        assertEquals(3, or.values().size());
        assertTrue(((Expr.BoolOp) or.values().get(1)).isAnd());

        Expr.UnaryOp not = assertInstanceOf(Expr.UnaryOp.class, expr("not a == b"));
        assertInstanceOf(Expr.Compare.class, not.operand());

        Expr.Compare cmp = assertInstanceOf(Expr.Compare.class, expr("a < b <= c not in d is not e in f is g"));
        assertEquals(List.of(CmpOp.LT, CmpOp.LT_E, CmpOp.NOT_IN, CmpOp.IS_NOT, CmpOp.IN, CmpOp.IS), cmp.ops());

        Expr.IfExp ife = assertInstanceOf(Expr.IfExp.class, expr("a if b else c if d else e"));
        assertInstanceOf(Expr.IfExp.class, ife.orElse());

        Expr.NamedExpr walrus = assertInstanceOf(Expr.NamedExpr.class, expr("(n := 10)"));
        assertEquals("n", walrus.target().id());
    }

    @Test
    void lambdaWithAllParameterForms() {
        Expr.Lambda l = assertInstanceOf(Expr.Lambda.class, expr("lambda a, /, b=1, *c, d, e=2, **f: a"));
        assertEquals(1, l.args().posonly().size());
        assertEquals(1, l.args().args().size());
        assertEquals("c", l.args().vararg().name());
        assertEquals(2, l.args().kwonly().size());
        assertNull(l.args().kwDefaults().get(0));
        assertNotNull(l.args().kwDefaults().get(1));
        assertEquals("f", l.args().kwarg().name());
        assertEquals(1, l.args().defaults().size());
    }

    @Test
    void callsSubscriptsAndDisplays() {
        Expr.Call call = assertInstanceOf(Expr.Call.class, expr("f(a, *b, c=1, **d)"));
        assertEquals(2, call.args().size());
        assertInstanceOf(Expr.Starred.class, call.args().get(1));
        assertEquals("c", call.keywords().get(0).arg());
        assertNull(call.keywords().get(1).arg());

        Expr.Call gen = assertInstanceOf(Expr.Call.class, expr("f(x for x in y if x for z in x)"));
        Expr.GeneratorExp g = assertInstanceOf(Expr.GeneratorExp.class, gen.args().get(0));
        assertEquals(2, g.generators().size());

        Expr.Subscript sub = assertInstanceOf(Expr.Subscript.class, expr("a[1:2, 3]"));
        Expr.Tuple t = assertInstanceOf(Expr.Tuple.class, sub.slice());
        assertInstanceOf(Expr.Slice.class, t.elts().get(0));
        Expr.Slice step = assertInstanceOf(Expr.Slice.class, ((Expr.Subscript) expr("a[::2]")).slice());
        assertNull(step.lower());
        assertNull(step.upper());
        assertNotNull(step.step());

        Expr.Dict d = assertInstanceOf(Expr.Dict.class, expr("{**a, 'k': 1, **b}"));
        assertNull(d.keys().get(0));
        assertNull(d.keys().get(2));
        assertInstanceOf(Expr.Set.class, expr("{1, *a}"));
        assertInstanceOf(Expr.DictComp.class, expr("{k: v for k, v in x}"));
        assertInstanceOf(Expr.Tuple.class, expr("1,"));
        assertEquals(0, ((Expr.Tuple) expr("()")).elts().size());
    }

    // ------------------------------------------------------------ statements

    @Test
    void statementsOfEveryKind() {
        String src = """
            import a.b as c, d
            from . import (x, y as z,)
            from ..m import *
            @dec
            @obj.attr(1)
            def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:
                global g
                x = y = 1
                x += 1
                x: int = 2
                *a, b = c
                del a[0], b.c
                assert x, "m"
                for i, *j in k:
                    continue
                else:
                    pass
                while x:
                    break
                try:
                    pass
                except (A, B) as e:
                    raise C from e
                except:
                    raise
                else:
                    pass
                finally:
                    pass
                with a as b, (c) as d:
                    yield from x
                if a:
                    pass
                elif b:
                    pass
                else:
                    return
            class K(B, metaclass=M):
                x = 1; y = 2
            async def h():
                async for x in y:
                    await x
                async with z:
                    pass
            try:
                pass
            except* E:
                pass
            """;
        Module m = ok(src);
        assertEquals(7, m.body().size());
        Stmt.FunctionDef f = assertInstanceOf(Stmt.FunctionDef.class, m.body().get(3));
        assertEquals(2, f.decorators().size());
        assertNotNull(f.returns());
        assertEquals(6, f.pos().line(), "a decorated def is positioned at 'def', like CPython");
        Stmt.If ifs = (Stmt.If) f.body().get(f.body().size() - 1);
        assertInstanceOf(Stmt.If.class, ifs.orElse().get(0), "elif nests an If in orElse");
        Stmt.FunctionDef h = (Stmt.FunctionDef) m.body().get(5);
        assertTrue(h.isAsync());
        Stmt.If asyncFor = assertInstanceOf(Stmt.If.class, h.body().get(0), "async for is lowered to statements it means");
        assertInstanceOf(Stmt.While.class, asyncFor.body().get(2));
        Stmt.Try star = (Stmt.Try) m.body().get(6);
        assertEquals(1, star.handlers().size(), "except* clauses are lowered to one ordinary handler");
        assertEquals("BaseException", ((Expr.Name) star.handlers().get(0).type()).id());
        Stmt.ImportFrom rel = (Stmt.ImportFrom) m.body().get(1);
        assertNull(rel.module());
        assertEquals(1, rel.level());
    }

    @Test
    void matchIsSkippedButStaysASoftKeyword() {
        Module m = ok("""
            match = 1
            match.x = 2
            match(x)
            match command.split():
                case [action]:
                    pass
                case _:
                    pass
            print(match, type, _)
            """);
        assertEquals(5, m.body().size());
        assertInstanceOf(Stmt.Match.class, m.body().get(3));
        assertInstanceOf(Stmt.ExprStmt.class, m.body().get(2));
    }

    @Test
    void positions() {
        Module m = ok("x = 1\nif a:\n    foo.bar(b, c)\n");
        Stmt.If ifs = (Stmt.If) m.body().get(1);
        Expr.Call call = (Expr.Call) ((Stmt.ExprStmt) ifs.body().get(0)).value();
        assertEquals(new Pos(3, 5, 3, 18), call.pos());
        Expr.Attribute attr = (Expr.Attribute) call.func();
        assertEquals(3, attr.pos().line());
        assertEquals(5, attr.pos().col());
        assertEquals(13, call.args().get(0).pos().col());
        Expr.BinOp bin = (Expr.BinOp) expr("(a) + b");
        assertEquals(1, bin.pos().col(), "BinOp starts at its left operand, parentheses included like CPython");
        Expr.Name euro = (Expr.Name) ((Stmt.Assign) ok("s = '€'; z = 1\n").body().get(1)).targets().get(0);
        assertEquals(10, euro.pos().col(), "columns count code points");
    }

    // ------------------------------------------------------------ literals

    @Test
    void numbers() {
        assertEquals(1000L, constant("1_000"));
        assertEquals(255L, constant("0xFF"));
        assertEquals(15L, constant("0o17"));
        assertEquals(10L, constant("0b1010"));
        assertEquals(9223372036854775807L, constant("9223372036854775807"));
        assertEquals(new BigInteger("9223372036854775808"), constant("9223372036854775808"));
        assertEquals(new BigInteger("ffffffffffffffffffff", 16), constant("0xffff_ffff_ffff_ffff_ffff"));
        assertEquals(1.5e-3, constant("1.5e-3"));
        assertEquals(0.5, constant(".5"));
        assertEquals(5.0, constant("5."));
        assertEquals(1e10, constant("1E10"));
        assertEquals(new Expr.ComplexLiteral(3.0), constant("3j"));
        assertEquals(new Expr.ComplexLiteral(1.5), constant("1.5J"));
        assertError("x = 1abc\n", 1, "invalid decimal literal");
        assertError("x = 1__0\n", 1, "invalid decimal literal");
        assertError("x = 0xg\n", 1, "invalid hexadecimal literal");
        assertError("x = 012\n", 1, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }

    @Test
    void stringEscapesAndPrefixes() {
        assertEquals("\n\t\\'\"\u0007\b\f\u000b\0AA\u0041\uD83D\uDE00\u2014\\q",
                     constant("'\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\0\\101\\x41\\u0041\\U0001F600\\N{EM DASH}\\q'"));
        assertEquals("\\n", constant("r'\\n'"));
        assertEquals("abcd", constant("'a' \"b\" '''c''' \"\"\"d\"\"\""));
        assertEquals("x", constant("U'x'"));
        assertArrayEquals(new byte[] {0, (byte) 0xff, 'a', '\\', 'n'}, (byte[]) constant("b'\\x00\\xff' Rb'a\\n'"));
        assertEquals("a\nb", constant("'''a\r\nb'''"));
        assertEquals("ab", constant("'a\\\nb'"));
        assertError("x = 'a' b'b'\n", 1, "cannot mix bytes and nonbytes literals");
        assertError("x = b'€'\n", 1, "bytes can only contain ASCII literal characters");
    }

    @Test
    void fStrings() {
        Expr.JoinedStr j = assertInstanceOf(Expr.JoinedStr.class, expr("f'a{x!r:>{w}.{p}f} {{b}}' 'c' f\"{y}\""));
        assertEquals("a", ((Expr.Constant) j.values().get(0)).value());
        Expr.FormattedValue fv = (Expr.FormattedValue) j.values().get(1);
        assertEquals('r', fv.conversion());
        List<Expr> spec = fv.formatSpec().values();
        assertEquals(5, spec.size());
        assertEquals(">", ((Expr.Constant) spec.get(0)).value());
        assertInstanceOf(Expr.FormattedValue.class, spec.get(1));
        assertEquals(" {b}c", ((Expr.Constant) j.values().get(2)).value());
        assertInstanceOf(Expr.FormattedValue.class, j.values().get(3));
    }

    @Test
    void fStringSelfDocumentingAndNestedQuotes() {
        Expr.JoinedStr j = (Expr.JoinedStr) expr("f'{ x = }'");
        assertEquals(" x = ", ((Expr.Constant) j.values().get(0)).value());
        assertEquals('r', ((Expr.FormattedValue) j.values().get(1)).conversion());
        Expr.JoinedStr spec = (Expr.JoinedStr) expr("f'{x=:>10}'");
        assertEquals(-1, ((Expr.FormattedValue) spec.values().get(1)).conversion());
        Expr.JoinedStr conv = (Expr.JoinedStr) expr("f'{x=!s}'");
        assertEquals('s', ((Expr.FormattedValue) conv.values().get(1)).conversion());

        Expr.JoinedStr nested = (Expr.JoinedStr) expr("f\"{d[\"k\"]}\"");
        Expr.Subscript sub = (Expr.Subscript) ((Expr.FormattedValue) nested.values().get(0)).value();
        assertEquals("k", ((Expr.Constant) sub.slice()).value());
        assertEquals(new Pos(1, 4, 1, 10), sub.pos(), "field expressions keep real source positions");

        Expr.JoinedStr deep = (Expr.JoinedStr) expr("f\"{f\"{f\"{1}\"}\"}\"");
        assertInstanceOf(Expr.JoinedStr.class, ((Expr.FormattedValue) deep.values().get(0)).value());

        Expr.JoinedStr multi = (Expr.JoinedStr) expr("f'''a\n{x\n + 1}'''");
        Expr.BinOp add = (Expr.BinOp) ((Expr.FormattedValue) multi.values().get(1)).value();
        assertEquals(2, add.pos().line());
        assertEquals(3, add.right().pos().line());
        assertEquals("x!=y", ((Expr.Compare) ((Expr.FormattedValue) ((Expr.JoinedStr) expr("f'{x!=y}'"))
            .values().get(0)).value()).ops().get(0) == CmpOp.NOT_EQ ? "x!=y" : "?");
    }

    @Test
    void fStringErrors() {
        assertError("x = f'{x'\n", 1, "f-string: expecting '}'");
        assertError("x = f'{}'\n", 1, "f-string: valid expression required before '}'");
        assertError("x = f'{a!x}'\n", 1, "f-string: invalid conversion character 'x': expected 's', 'r', or 'a'");
        assertError("x = f'a}'\n", 1, "f-string: single '}' is not allowed");
    }

    // ------------------------------------------------------------ errors

    @Test
    void indentationErrors() {
        assertError("if x:\ny = 1\n", 2, "expected an indented block after 'if' statement on line 1");
        assertError("def f():\n\nx = 1\n", 3, "expected an indented block after function definition on line 1");
        assertError("  x = 1\n", 1, "unexpected indent");
        assertError("if x:\n    a\n  b\n", 3, "unindent does not match any outer indentation level");
        assertError("if x:\n        a\n\tb\n", 3, "inconsistent use of tabs and spaces in indentation");
        ok("if x:\n\tif y:\n\t\tz\n\tw\n");
    }

    @Test
    void cpythonWordings() {
        assertError("if x\n    pass\n", 1, "expected ':'");
        assertError("x = 'abc\n", 1, "unterminated string literal (detected at line 1)");
        assertError("x = '''abc\ny\n", 1, "unterminated triple-quoted string literal (detected at line 2)");
        assertError("f(a,\n", 1, "'(' was never closed");
        assertError("x = 1)\n", 1, "unmatched ')'");
        assertError("x = (1]\n", 1, "closing parenthesis ']' does not match opening parenthesis '('");
        assertError("f(a b)\n", 1, "invalid syntax. Perhaps you forgot a comma?");
        assertError("f() = 1\n", 1, "cannot assign to function call here. Maybe you meant '==' instead of '='?");
        assertError("(a, 1) = x\n", 1, "cannot assign to literal");
        assertError("return 1\n", 1, "'return' outside function");
        assertError("break\n", 1, "'break' outside loop");
        assertError("while x:\n    pass\nelse:\n    continue\n", 4, "'continue' not properly in loop");
        assertError("yield x\n", 1, "'yield' outside function");
        assertError("f(a=1, b)\n", 1, "positional argument follows keyword argument");
        assertError("def f(a=1, b): pass\n", 1, "parameter without a default follows parameter with a default");
        assertError("x = 1 €\n", 1, "invalid character '€' (U+20AC)");
        assertError("x = = 1\n", 1, "invalid syntax");
    }

    @Test
    void severalErrorsAreAllReportedOnTheirLines() {
        String src = """
            x = (1 +
                 2]
            def f():
                return = 1
            y = 3 3
            class C:
                def g(self):
                    z = )
            ok = 1
            w = 'unterminated
            """;
        Result r = run(src);
        List<Integer> lines = r.errors().stream().map(Diagnostic::line).toList();
        assertEquals(List.of(2, 4, 5, 8, 10), lines, () -> r.errors().toString());
        assertTrue(r.module().body().stream().anyMatch(s -> s instanceof Stmt.Assign a
            && a.targets().get(0) instanceof Expr.Name n && n.id().equals("ok")), "parsing resumes after errors");
    }

    // ------------------------------------------------------------ hostile input

    private static void survives(String src) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run(src));
    }

    @Test
    void hostileInputsNeverThrowAndTerminate() {
        survives("");
        assertTrue(ok("# only a comment").body().isEmpty());
        assertTrue(ok("\n\n   \n# c\n\t\n").body().isEmpty());
        survives("\0");
        survives("x = '\0'\n\0\0 = 1\n");
        survives("x = '\uD800'\n\uDC00 = 1\n");
        survives("'");
        survives("'''");
        survives("f'{");
        survives("f'{x:{");
        survives("(");
        survives("[{(");
        survives("def");
        survives("class A(:\n");
        survives("\\");
        survives("x = \\\n");
        survives("if x:\n\tif y:\n        \t  z\n  \t w\n");
        survives("@\n");
        survives("lambda");
        survives("f'{f'{f'{f'{");
        survives("f'" + "{f'".repeat(500));
        survives("x = " + "[".repeat(100_000));
        survives("x = " + "-".repeat(100_000) + "1\n");
        survives("x = " + "not ".repeat(50_000) + "1\n");
        survives("x = " + "lambda: ".repeat(20_000) + "1\n");
        survives("    ".repeat(1000) + "x\n");
        survives("if x:\n" + "    ".repeat(150) + "y\n");
    }

    @Test
    void tenThousandNestedParentheses() {
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(10),
            () -> run("x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\ny = 2\n"));
        assertEquals("too many nested parentheses", r.errors().get(0).message());
        assertTrue(r.module().body().stream().anyMatch(s -> s instanceof Stmt.Assign), "later lines still parse");
        Module fine = ok("x = " + "(".repeat(150) + "1" + ")".repeat(150) + "\n");
        assertEquals(1, fine.body().size());
    }

    @Test
    void hugeOneLineExpression() {
        StringBuilder sb = new StringBuilder("x = 1");
        while (sb.length() < 5_000_000) sb.append(" + 1");
        Result r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run(sb.append('\n').toString()));
        assertTrue(r.errors().isEmpty());
        assertInstanceOf(Expr.BinOp.class, ((Stmt.Assign) r.module().body().get(0)).value());
    }

    @Test
    void lineEndingsFormFeedAndBom() {
        assertEquals(3, ok("a = 1\r\nif a:\r\n    b = 2\r\n").body().size() + 1);
        Module cr = ok("a = 1\rif a:\r    b = 2\r");
        assertEquals(2, cr.body().size());
        assertEquals(2, cr.body().get(1).pos().line());
        assertEquals(2, ok("\ufeffa = 1\n\fb = 2\n").body().size());
        assertEquals(1, ok("\ufeffa = 1").body().get(0).pos().col());
        assertEquals(2, ok("x = 1\n\f\nif x:\n\f    y\n").body().size());
    }
}

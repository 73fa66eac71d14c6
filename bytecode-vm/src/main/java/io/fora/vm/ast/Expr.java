// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.ast;

import java.util.List;

/**
 * Python expressions, shaped after CPython's {@code ast} module so that anyone who knows Python's
 * grammar can read them. Consumed with exhaustive pattern-matching switches.
 */
public sealed interface Expr extends Node {
    /** {@code a and b and c} ({@code isAnd}) or {@code a or b}. */
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}
    /** {@code target := value}. */
    record NamedExpr(Pos pos, Name target, Expr value) implements Expr {}
    record BinOp(Pos pos, Expr left, BinaryOp op, Expr right) implements Expr {}
    record UnaryOp(Pos pos, UnaryOperator op, Expr operand) implements Expr {}
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}
    record IfExp(Pos pos, Expr test, Expr body, Expr orElse) implements Expr {}
    /** {@code {k: v, **m}}: a null key marks a {@code **m} entry whose mapping is the value. */
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}
    record Set(Pos pos, List<Expr> elts) implements Expr {}
    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    /** {@code yield} or {@code yield value}; value may be null. */
    record Yield(Pos pos, Expr value) implements Expr {}
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    /** {@code a < b <= c}: ops.size() == comparators.size(). */
    record Compare(Pos pos, Expr left, List<CmpOp> ops, List<Expr> comparators) implements Expr {}
    /** A call; positional args may contain {@link Starred}; keywords with null arg are {@code **m}. */
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}
    /** One {@code {value!conv:spec}} of an f-string; conversion is -1, 's', 'r' or 'a'; spec may be null. */
    record FormattedValue(Pos pos, Expr value, int conversion, JoinedStr formatSpec) implements Expr {}
    /** An f-string: constant str parts and {@link FormattedValue}s. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}
    /**
     * A literal. The value is one of: {@code null} (None), Boolean, Long or java.math.BigInteger
     * (int), Double (float), String (str), {@link ComplexLiteral}, byte[] (bytes), or
     * {@link EllipsisLiteral#INSTANCE}.
     */
    record Constant(Pos pos, Object value) implements Expr {}
    record Attribute(Pos pos, Expr value, String attr) implements Expr {}
    record Subscript(Pos pos, Expr value, Expr slice) implements Expr {}
    record Starred(Pos pos, Expr value) implements Expr {}
    /** {@code await value}; only valid inside {@code async def}. */
    record Await(Pos pos, Expr value) implements Expr {}
    record Name(Pos pos, String id) implements Expr {}
    record ListExpr(Pos pos, List<Expr> elts) implements Expr {}
    record Tuple(Pos pos, List<Expr> elts) implements Expr {}
    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}

    /** {@code for target in iter if cond...}; isAsync is always rejected later. */
    record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {}
    /** {@code name=value}, or {@code **value} when arg is null. */
    record Keyword(Pos pos, String arg, Expr value) {}

    /** An imaginary literal such as {@code 3j}. */
    record ComplexLiteral(double imag) {}
    enum EllipsisLiteral { INSTANCE }

    enum BinaryOp {
        ADD("+"), SUB("-"), MULT("*"), MATMULT("@"), DIV("/"), MOD("%"), POW("**"),
        LSHIFT("<<"), RSHIFT(">>"), BITOR("|"), BITXOR("^"), BITAND("&"), FLOORDIV("//");
        public final String symbol;
        BinaryOp(String symbol) { this.symbol = symbol; }
    }

    enum UnaryOperator {
        INVERT("~"), NOT("not"), UADD("+"), USUB("-");
        public final String symbol;
        UnaryOperator(String symbol) { this.symbol = symbol; }
    }

    enum CmpOp {
        EQ("=="), NOT_EQ("!="), LT("<"), LT_E("<="), GT(">"), GT_E(">="),
        IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");
        public final String symbol;
        CmpOp(String symbol) { this.symbol = symbol; }
    }
}

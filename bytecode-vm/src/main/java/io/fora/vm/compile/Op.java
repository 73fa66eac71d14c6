// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.compile;

/**
 * The IR's instruction set. An instruction is one int: the opcode in the low 8 bits and an
 * unsigned 24-bit argument above it. Jump arguments are instruction indices.
 */
public final class Op {
    private Op() {}

    public static final int NOP = 0;
    /** NOP's argument right before the back edge of a loop that rarely runs (tier 1 does not count it as a loop). */
    public static final int NOP_COLD_LOOP = 1;
    public static final int POP = 1;
    /**
     * POP's argument when a {@code for} loop lets go of an iterator it made (a generator function's
     * call or a generator expression) before the end: a suspended generator the loop owns (see
     * ITER_OWNED) is closed, its finally blocks run then, as CPython's reference counting
     * finalizes it there.
     */
    public static final int POP_CLOSE = 1;
    /**
     * GET_ITER's argument in such a loop: a generator not yet started is marked as the loop's, so
     * that POP_CLOSE, or an exception that leaves the loop, closes it.
     */
    public static final int ITER_OWNED = 1;
    public static final int DUP = 2;
    public static final int ROT2 = 3;
    public static final int ROT3 = 4;
    public static final int LOAD_CONST = 5;
    public static final int LOAD_FAST = 6;
    public static final int STORE_FAST = 7;
    public static final int LOAD_DEREF = 8;
    public static final int STORE_DEREF = 9;
    public static final int LOAD_GLOBAL = 10;
    public static final int STORE_GLOBAL = 11;
    public static final int LOAD_NAME = 12;
    public static final int STORE_NAME = 13;
    public static final int LOAD_CLOSURE = 14;
    public static final int LOAD_ATTR = 15;
    public static final int STORE_ATTR = 16;
    public static final int LOAD_METHOD = 17;
    public static final int CALL_METHOD = 18;
    public static final int BINARY = 19;
    public static final int INPLACE = 20;
    public static final int UNARY = 21;
    public static final int COMPARE = 22;
    public static final int SUBSCR = 23;
    public static final int BUILD_SLICE = 24;
    public static final int BUILD_TUPLE = 25;
    public static final int BUILD_LIST = 26;
    public static final int BUILD_SET = 27;
    public static final int BUILD_MAP = 28;
    public static final int NEW_ACC = 29;
    public static final int ACC_ADD = 30;
    public static final int ACC_ADD_KV = 31;
    public static final int ACC_EXTEND = 32;
    public static final int ACC_UPDATE = 33;
    public static final int ACC_FREEZE = 34;
    public static final int JUMP = 35;
    public static final int POP_JUMP_IF_FALSE = 36;
    public static final int POP_JUMP_IF_TRUE = 37;
    public static final int JUMP_IF_FALSE_OR_POP = 38;
    public static final int JUMP_IF_TRUE_OR_POP = 39;
    public static final int GET_ITER = 40;
    public static final int FOR_ITER = 41;
    public static final int CALL = 42;
    public static final int CALL_KW = 43;
    public static final int CALL_EX = 44;
    public static final int MAKE_FUNCTION = 45;
    public static final int RUN_CLASS_BODY = 46;
    public static final int MAKE_CLASS = 47;
    public static final int RETURN_VALUE = 48;
    public static final int YIELD_VALUE = 49;
    public static final int YIELD_FROM_ITER = 50;
    public static final int RAISE = 51;
    public static final int RERAISE = 52;
    public static final int SETUP_EXCEPT = 53;
    public static final int POP_BLOCK = 54;
    public static final int PUSH_EXC = 55;
    public static final int POP_EXC = 56;
    public static final int CHECK_EXC_MATCH = 57;
    public static final int UNPACK_SEQUENCE = 58;
    public static final int UNPACK_EX = 59;
    public static final int DISPLAY = 60;
    public static final int IMPORT = 61;
    public static final int FORMAT_VALUE = 62;
    public static final int BUILD_STRING = 63;
    public static final int LOAD_ASSERTION_ERROR = 64;
    public static final int INVALID_OP = 65;
    public static final int DELETE_FAST = 66;
    public static final int FOR_ITER_RANGE = 67;
    public static final int LOAD_FAST_CHECKED = 68;
    /** Superinstructions made by {@link Peephole}: each also consumes the next instruction word. */
    public static final int COMPARE_JUMP_IF_FALSE = 69;
    public static final int LOAD_FAST2 = 70;
    public static final int LOAD_FAST_CONST = 71;
    public static final int BINARY_STORE = 72;
    public static final int BINARY_FF = 73;
    public static final int BINARY_FC = 74;
    public static final int BINARY_FF_STORE = 75;
    public static final int BINARY_FC_STORE = 76;
    public static final int COMPARE_F_JUMP = 77;
    public static final int COMPARE_C_JUMP = 78;
    /** Fork groups: {@code f(a) OP g(b)} with independent arguments may run both calls in parallel. */
    public static final int FORK_GATE = 79;
    public static final int FORK2 = 80;
    public static final int DELETE_DEREF = 81;
    public static final int DELETE_GLOBAL = 82;
    public static final int DELETE_NAME = 83;
    /** {@code h(f(a), g(b), k(c))}: three or four independent calls, the later ones as new pieces. */
    public static final int FORK_CALLS = 84;
    /** A {@code case}: values tuple and subject in, the captures {@code (True, ...)} or False out (arg: a MatchPattern.Case). */
    public static final int MATCH_CASE = 85;
    /** {@code obj[key] = value}: value, obj, key in; nothing out. */
    public static final int STORE_SUBSCR = 86;
    /** {@code del obj[key]}: obj, key in. */
    public static final int DELETE_SUBSCR = 87;
    /** {@code del obj.name}: obj in. */
    public static final int DELETE_ATTR = 88;
    /** Copies the two top entries ({@code a[i] += v} reads and then writes a[i]). */
    public static final int DUP2 = 89;
    /** {@code await x}: x in, the iterator the await delegates to out (the coroutine itself, or what {@code __await__} gives). */
    public static final int GET_AWAITABLE = 90;
    /** {@code yield v} in an async generator: v in, v marked as an item for the consumer (not a value for the event loop) out. */
    public static final int ASYNC_GEN_WRAP = 91;
    public static final int COUNT = 92;
    /** MAKE_CLASS flag: a metaclass lies on the stack between the bases and the namespace. */
    public static final int WITH_METACLASS = 1 << 23;
    /** MAKE_CLASS: a dict of the class statement's other keywords is on the stack (for __init_subclass__). */
    public static final int WITH_CLASS_KWARGS = 1 << 22;

    public static final String[] NAMES = {
        "NOP", "POP", "DUP", "ROT2", "ROT3", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "LOAD_DEREF",
        "STORE_DEREF", "LOAD_GLOBAL", "STORE_GLOBAL", "LOAD_NAME", "STORE_NAME", "LOAD_CLOSURE",
        "LOAD_ATTR", "STORE_ATTR", "LOAD_METHOD", "CALL_METHOD", "BINARY", "INPLACE", "UNARY",
        "COMPARE", "SUBSCR", "BUILD_SLICE", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP",
        "NEW_ACC", "ACC_ADD", "ACC_ADD_KV", "ACC_EXTEND", "ACC_UPDATE", "ACC_FREEZE", "JUMP",
        "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP",
        "GET_ITER", "FOR_ITER", "CALL", "CALL_KW", "CALL_EX", "MAKE_FUNCTION", "RUN_CLASS_BODY",
        "MAKE_CLASS", "RETURN_VALUE", "YIELD_VALUE", "YIELD_FROM_ITER", "RAISE", "RERAISE",
        "SETUP_EXCEPT", "POP_BLOCK", "PUSH_EXC", "POP_EXC", "CHECK_EXC_MATCH", "UNPACK_SEQUENCE",
        "UNPACK_EX", "DISPLAY", "IMPORT", "FORMAT_VALUE", "BUILD_STRING", "LOAD_ASSERTION_ERROR",
        "INVALID_OP", "DELETE_FAST", "FOR_ITER_RANGE", "LOAD_FAST_CHECKED", "COMPARE_JUMP_IF_FALSE",
        "LOAD_FAST2", "LOAD_FAST_CONST", "BINARY_STORE", "BINARY_FF", "BINARY_FC", "BINARY_FF_STORE",
        "BINARY_FC_STORE", "COMPARE_F_JUMP", "COMPARE_C_JUMP", "FORK_GATE", "FORK2", "DELETE_DEREF", "DELETE_GLOBAL",
        "DELETE_NAME", "FORK_CALLS", "MATCH_CASE", "STORE_SUBSCR", "DELETE_SUBSCR", "DELETE_ATTR", "DUP2",
        "GET_AWAITABLE", "ASYNC_GEN_WRAP"
    };

    // UNARY arguments
    public static final int U_NEG = 0, U_POS = 1, U_INVERT = 2, U_NOT = 3;
    // COMPARE arguments beyond Compare.LT..GE
    public static final int C_IS = 6, C_IS_NOT = 7, C_IN = 8, C_NOT_IN = 9;
    // Accumulator kinds
    public static final int ACC_LIST = 0, ACC_TUPLE = 1, ACC_SET = 2, ACC_DICT = 3, ACC_KWARGS = 4, ACC_ARGS = 5;

    public static int op(int insn) { return insn & 0xFF; }
    public static int arg(int insn) { return insn >>> 8; }
    public static int make(int op, int arg) { return op | (arg << 8); }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.compile;

import java.util.ArrayDeque;
import java.util.Arrays;

/** Computes the deepest operand stack a code object can reach, so frames are sized exactly. */
final class StackDepth {
    private StackDepth() {}

    static int compute(CodeObject co) {
        int[] code = co.code;
        int[] depth = new int[code.length + 1];
        Arrays.fill(depth, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        int max = 0;
        depth[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int pc = work.pop();
            int d = depth[pc];
            if (pc >= code.length) continue;
            int op = Op.op(code[pc]);
            int arg = Op.arg(code[pc]);
            int next = d + effect(op, arg);
            max = Math.max(max, Math.max(d, next));
            switch (op) {
                case Op.JUMP -> flow(depth, work, arg, d);
                case Op.FORK_GATE -> {
                    flow(depth, work, arg, d);
                    flow(depth, work, pc + 1, d);
                }
                case Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE -> {
                    flow(depth, work, arg, d - 1);
                    flow(depth, work, pc + 1, d - 1);
                }
                case Op.JUMP_IF_FALSE_OR_POP, Op.JUMP_IF_TRUE_OR_POP -> {
                    flow(depth, work, arg, d);
                    flow(depth, work, pc + 1, d - 1);
                }
                case Op.FOR_ITER -> {
                    flow(depth, work, arg, d - 1);
                    flow(depth, work, pc + 1, d + 1);
                    max = Math.max(max, d + 1);
                }
                case Op.YIELD_FROM_ITER -> {
                    // iterator and value to send in; the result, or the iterator and what it yielded
                    flow(depth, work, arg, d - 1);
                    flow(depth, work, pc + 1, d);
                }
                case Op.SETUP_EXCEPT -> {
                    flow(depth, work, arg, d + 1);
                    flow(depth, work, pc + 1, d);
                    max = Math.max(max, d + 1);
                }
                case Op.RETURN_VALUE, Op.RAISE, Op.RERAISE, Op.INVALID_OP -> { }
                default -> flow(depth, work, pc + 1, next);
            }
        }
        return max + 2;
    }

    private static void flow(int[] depth, ArrayDeque<Integer> work, int target, int d) {
        if (target < depth.length && depth[target] < d) {
            depth[target] = d;
            work.push(target);
        }
    }

    private static int effect(int op, int arg) {
        return switch (op) {
            case Op.POP, Op.STORE_FAST, Op.STORE_DEREF, Op.STORE_GLOBAL, Op.STORE_NAME, Op.BINARY, Op.INPLACE,
                 Op.COMPARE, Op.SUBSCR, Op.ACC_ADD, Op.ACC_EXTEND, Op.ACC_UPDATE, Op.CHECK_EXC_MATCH, Op.DISPLAY,
                 Op.RETURN_VALUE, Op.RERAISE, Op.MATCH_CASE -> -1;
            case Op.MAKE_CLASS -> -1 - ((arg & Op.WITH_METACLASS) != 0 ? 1 : 0) - ((arg & Op.WITH_CLASS_KWARGS) != 0 ? 1 : 0);
            case Op.DUP, Op.LOAD_CONST, Op.LOAD_FAST, Op.LOAD_DEREF, Op.LOAD_GLOBAL, Op.LOAD_NAME, Op.LOAD_CLOSURE,
                 Op.LOAD_METHOD, Op.NEW_ACC, Op.IMPORT, Op.LOAD_ASSERTION_ERROR, Op.LOAD_FAST_CHECKED -> 1;
            case Op.STORE_ATTR, Op.BUILD_SLICE, Op.ACC_ADD_KV, Op.DELETE_SUBSCR -> -2;
            case Op.STORE_SUBSCR -> -3;
            case Op.DELETE_ATTR -> -1;
            case Op.DUP2 -> 2;
            case Op.CALL_METHOD -> -(arg + 1);
            case Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_STRING -> 1 - arg;
            case Op.BUILD_SET -> 1 - (arg & 0xFFFFF);
            case Op.BUILD_MAP -> 1 - 2 * arg;
            case Op.CALL -> -arg;
            case Op.FORK_CALLS -> {
                int n = arg & 7, net = n;
                for (int k = 0; k < n; k++) net -= 1 + ((arg >>> (3 + 5 * k)) & 31);
                yield net;
            }
            case Op.FORK2 -> (arg & 0xFF) == Compiler.FORK_PAIR
                    ? -(((arg >>> 8) & 0xFF) + (arg >>> 16))
                    : -(((arg >>> 8) & 0xFF) + (arg >>> 16)) - 1;
            case Op.CALL_KW -> -arg - 1;
            case Op.CALL_EX -> -(1 + arg);
            case Op.MAKE_FUNCTION -> -Integer.bitCount(arg);
            case Op.RAISE -> -arg;
            case Op.UNPACK_SEQUENCE -> arg - 1;
            case Op.UNPACK_EX -> (arg & 0xFFF) + (arg >>> 12);
            case Op.FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            default -> 0;
        };
    }
}

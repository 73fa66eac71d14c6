// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.compile;

/**
 * Fuses common instruction pairs into superinstructions, so the interpreter dispatches less and
 * does not box a comparison result only to test it. A fused pair keeps both words: the first
 * becomes the superinstruction, the second stays as it was (the superinstruction reads its
 * argument and skips it). Jump targets therefore never move, and a pair is only fused when
 * nothing jumps to its second word.
 */
final class Peephole {
    private Peephole() {}

    static void fuse(CodeObject co) {
        int[] code = co.code;
        boolean[] target = jumpTargets(code);
        for (int pc = 0; pc < code.length; pc++) {
            int width = longestFree(target, pc, code.length);
            int[] pattern = PATTERNS_BY_FIRST[Op.op(code[pc])];
            if (pattern == null) continue;
            for (int k = 0; k < pattern.length; k += 6) {
                int len = pattern[k + 1];
                if (len > width || !matches(code, pc, pattern, k, len)) continue;
                code[pc] = Op.make(pattern[k], Op.arg(code[pc]));
                pc += len - 1;
                break;
            }
        }
    }

    /** Patterns per first opcode, longest first: {fused, length, op1, op2, op3, op4}. */
    private static final int[][] PATTERNS_BY_FIRST = new int[Op.COUNT][];
    static {
        int[][] patterns = {
            {Op.BINARY_FF_STORE, 4, Op.LOAD_FAST, Op.LOAD_FAST, Op.BINARY, Op.STORE_FAST},
            {Op.BINARY_FC_STORE, 4, Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY, Op.STORE_FAST},
            {Op.COMPARE_F_JUMP, 3, Op.LOAD_FAST, Op.COMPARE, Op.POP_JUMP_IF_FALSE, -1},
            {Op.BINARY_FF, 3, Op.LOAD_FAST, Op.LOAD_FAST, Op.BINARY, -1},
            {Op.BINARY_FC, 3, Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY, -1},
            {Op.LOAD_FAST2, 2, Op.LOAD_FAST, Op.LOAD_FAST, -1, -1},
            {Op.LOAD_FAST_CONST, 2, Op.LOAD_FAST, Op.LOAD_CONST, -1, -1},
            {Op.COMPARE_C_JUMP, 3, Op.LOAD_CONST, Op.COMPARE, Op.POP_JUMP_IF_FALSE, -1},
            {Op.COMPARE_JUMP_IF_FALSE, 2, Op.COMPARE, Op.POP_JUMP_IF_FALSE, -1, -1},
            {Op.BINARY_STORE, 2, Op.BINARY, Op.STORE_FAST, -1, -1},
        };
        for (int[] p : patterns) {
            int first = p[2];
            int[] old = PATTERNS_BY_FIRST[first];
            int[] merged = old == null ? new int[6] : java.util.Arrays.copyOf(old, old.length + 6);
            System.arraycopy(p, 0, merged, merged.length - 6, 6);
            PATTERNS_BY_FIRST[first] = merged;
        }
    }

    private static boolean matches(int[] code, int pc, int[] pattern, int k, int len) {
        for (int i = 0; i < len; i++) {
            if (Op.op(code[pc + i]) != pattern[k + 2 + i]) return false;
        }
        return true;
    }

    /** How many words from pc can be fused: none but the first may be a jump target. */
    private static int longestFree(boolean[] target, int pc, int n) {
        int w = 1;
        while (pc + w < n && !target[pc + w] && w < 4) w++;
        return w;
    }

    private static boolean[] jumpTargets(int[] code) {
        boolean[] target = new boolean[code.length + 1];
        for (int insn : code) {
            switch (Op.op(insn)) {
                case Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP,
                     Op.JUMP_IF_TRUE_OR_POP, Op.FOR_ITER, Op.YIELD_FROM_ITER, Op.SETUP_EXCEPT, Op.FORK_GATE -> target[Op.arg(insn)] = true;
                default -> { }
            }
        }
        return target;
    }
}

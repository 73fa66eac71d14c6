// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.compile.Op;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyFunction;

/**
 * Calls known to end soon, which a fork group runs in order rather than as pieces: a function whose
 * body has no loop and calls nothing, or an instance made by a user class whose {@code __init__}
 * (and {@code __new__}, if it has one) is such a function. {@code Compose(Multiply(10.0),
 * Add(20.0))} forked its two constructor calls (a thread handing over two attribute stores:
 * 5 ms on the first fork of a run); {@code s(a, mid) + s(mid, b)} with a loop in {@code s} still forks.
 * Anything else (a builtin, a class with a metaclass, a function with a call in it) may take long:
 * it forks as before.
 */
final class ShortCalls {
    private ShortCalls() {}

    /** Instructions a short body may hold: loads, stores, operators and forward jumps (a backward jump is a loop). */
    private static final boolean[] ALLOWED = new boolean[256];

    static {
        for (int op : new int[] {Op.NOP, Op.POP, Op.DUP, Op.ROT2, Op.ROT3, Op.LOAD_CONST, Op.LOAD_FAST, Op.STORE_FAST,
                Op.LOAD_DEREF, Op.STORE_DEREF, Op.LOAD_GLOBAL, Op.LOAD_CLOSURE, Op.LOAD_ATTR, Op.STORE_ATTR, Op.BINARY,
                Op.INPLACE, Op.UNARY, Op.COMPARE, Op.SUBSCR, Op.BUILD_SLICE, Op.BUILD_TUPLE, Op.BUILD_LIST, Op.BUILD_SET,
                Op.BUILD_MAP, Op.JUMP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.JUMP_IF_FALSE_OR_POP,
                Op.JUMP_IF_TRUE_OR_POP, Op.RETURN_VALUE, Op.LOAD_FAST_CHECKED, Op.COMPARE_JUMP_IF_FALSE, Op.LOAD_FAST2,
                Op.LOAD_FAST_CONST, Op.BINARY_STORE, Op.BINARY_FF, Op.BINARY_FC, Op.BINARY_FF_STORE, Op.BINARY_FC_STORE,
                Op.COMPARE_F_JUMP, Op.COMPARE_C_JUMP}) {
            ALLOWED[op] = true;
        }
    }

    /** Longest body counted short, in instruction words. */
    private static final int MAX_WORDS = 64;

    static boolean isShort(Object callable) {
        if (callable instanceof PyFunction f) return shortBody(f.code());
        if (callable instanceof PyClass c && !c.isBuiltin() && (c.metaclass() == null || c.metaclass() == io.fora.vm.runtime.Types.TYPE)) {
            return shortOrObjects(c, "__init__") && shortOrObjects(c, "__new__");
        }
        return false;
    }

    /** The class's method by that name is a short user function, or object's own. */
    private static boolean shortOrObjects(PyClass c, String name) {
        Object method = c.lookup(name);
        if (method instanceof PyFunction f) return shortBody(f.code());
        return method == io.fora.vm.runtime.Types.OBJECT.lookup(name);
    }

    private static boolean shortBody(CodeObject co) {
        byte known = co.shortBody;
        if (known != 0) return known > 0;
        boolean ok = co.code.length <= MAX_WORDS && (co.flags & (CodeObject.GENERATOR | CodeObject.COROUTINE
                | CodeObject.ASYNC_GENERATOR)) == 0;
        // operand words read as instructions can only add what is not allowed: never a wrong "short"
        for (int pc = 0; ok && pc < co.code.length; pc++) {
            int insn = co.code[pc];
            int op = insn & 0xFF;
            if (!ALLOWED[op] || (op == Op.JUMP && (insn >>> 8) <= pc)) ok = false;
        }
        co.shortBody = (byte) (ok ? 1 : -1);
        return ok;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyException;

/**
 * The whole state of one Python activation: code, program counter, slots and operand stack in one
 * array, the try-blocks it is inside and the exceptions it is handling. A computation is a chain
 * of these through {@link #back}; nothing lives on the Java stack, so a chain can be paused,
 * serialised and resumed elsewhere.
 */
public final class Frame {
    /** How a generator frame was resumed, so its yield or return knows where to go. */
    static final int RESUME_NESTED = 0, RESUME_FOR_ITER = 1, RESUME_YIELD_FROM = 2;

    final CodeObject code;
    final Globals globals;
    final Object[] r;
    /** This frame's cache of global cells (see {@link CodeObject#globalCells}); null until first used. */
    transient io.fora.vm.runtime.PyCell[] globalCells;
    int sp;
    int pc;
    /** Back edges this activation took in tier 0 (Interpreter: a hot loop's header may go on in compiled code). */
    transient int backEdges;
    Frame back;
    /** True when a Java caller waits for this frame: its return leaves the run loop. */
    boolean entry;
    /** Namespace of a class body. */
    java.util.Map<String, Object> ns;
    /** Set when this frame runs __init__ for a call to a class: the call's result. */
    Object constructed;
    PyGenerator generator;
    int resumeMode;
    int resumeExit;
    int[] blocks;
    int nblocks;
    PyException[] excStack;
    int nexc;

    Frame(CodeObject code, Globals globals, Object[] r) {
        this.code = code;
        this.globals = globals;
        this.r = r;
        this.sp = code.nslots();
    }

    static Object[] newSlots(CodeObject code) {
        return new Object[code.nslots() + code.stackSize];
    }

    void pushBlock(int handler, int sp) {
        if (blocks == null) blocks = new int[12];
        else if (nblocks * 3 == blocks.length) blocks = java.util.Arrays.copyOf(blocks, blocks.length * 2);
        blocks[nblocks * 3] = handler;
        blocks[nblocks * 3 + 1] = sp;
        blocks[nblocks * 3 + 2] = nexc;
        nblocks++;
    }

    void pushExc(PyException e) {
        if (excStack == null) excStack = new PyException[4];
        else if (nexc == excStack.length) excStack = java.util.Arrays.copyOf(excStack, nexc * 2);
        excStack[nexc++] = e;
    }

    /** The exception being handled here or in a caller, for bare raise and implicit chaining. */
    PyException handling() {
        for (Frame f = this; f != null; f = f.back) {
            if (f.nexc > 0) return f.excStack[f.nexc - 1];
        }
        return null;
    }

    String functionName() { return code.tracebackName(); }

    int line() { return code.lineAt(pc - 1); }
}

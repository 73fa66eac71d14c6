// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyError;

/**
 * Compiled (tier-1) code leaving for tier 0: the exact frames of the activations it was running,
 * innermost first, linked through {@link Frame#back} from {@link #top} down to {@link #bottom}.
 * Thrown where a guard failed, a poll found a pause or cancel request, or an exception was raised
 * (then {@link #pending} is raised at the top frame once tier 0 has the chain). Each compiled
 * caller on the way out adds its own frame below; the interpreter that called compiled code links
 * the bottom to its frame and goes on.
 */
public final class Deopt extends RuntimeException {
    final Frame top;
    Frame bottom;
    int frames;
    final PyError pending;

    private Deopt(Frame top, PyError pending) {
        super(null, null, false, false);
        this.top = top;
        this.bottom = top;
        this.frames = 1;
        this.pending = pending;
    }

    /** True when the frames leave for tier 0 to raise an exception the program raised (not for a failed guard). */
    public boolean raising() { return pending != null; }

    /**
     * Back edges the bottom activation takes in tier 0, beyond the usual ones, before its loop
     * may go on in compiled code again (a loop unit that raised at once each time it was entered).
     */
    int loopEntryDelay;

    public void delayLoopEntry(int backEdges) { loopEntryDelay = backEdges; }

    /**
     * Marks the outermost frame as the {@code __init__} of a construction of {@code instance}:
     * when it returns in tier 0, its caller gets the instance (as tier 0's own construction does).
     */
    public Deopt constructing(Object instance) {
        bottom.constructed = instance;
        return this;
    }

    /** The frame state of {@code code} at {@code pc}: slots and operand stack in {@code r}, {@code sp} its stack top. */
    public static Deopt at(CodeObject code, Globals globals, Object[] r, int pc, int sp, PyError pending) {
        return new Deopt(frame(code, globals, r, pc, sp), pending);
    }

    /** Gives the bottom frame (the one just made) the try blocks active where compiled code left: (handler, sp, handled) each. */
    public Deopt blocks(int[] blocks) {
        bottom.blocks = blocks.clone();
        bottom.nblocks = blocks.length / 3;
        return this;
    }

    /** Adds the caller's frame below the chain (its pc after the call, the call's operands popped) and answers this. */
    public Deopt below(CodeObject code, Globals globals, Object[] r, int pc, int sp) {
        Frame f = frame(code, globals, r, pc, sp);
        bottom.back = f;
        bottom = f;
        frames++;
        return this;
    }

    /**
     * Compiled code of generator g's body left for tier 0: g's own frame takes this (single)
     * frame's state, and g resumes there (without a value sent in). A pending exception is
     * raised in it: it propagates, as from the generator, unless the frame handles it.
     */
    public void intoGenerator(Interpreter ctx, PyGenerator g) {
        Frame f = g.frame;
        if (bottom.code != f.code) throw new IllegalStateException("not a frame of " + f.code.qualname);
        PyError error = pending;
        if (top != bottom) {
            // a pause or cancel made the body's callees frames too: they run to their result
            // first, which goes on the body's stack as their call's value
            Frame above = top;
            while (above.back != bottom) above = above.back;
            above.back = null;
            above.entry = true;
            try {
                Object v = ctx.runDetached(top, pending, frames - 1);
                bottom.r[bottom.sp++] = v;
                error = null;
            } catch (PyError e) {
                error = e;
            }
        }
        System.arraycopy(bottom.r, 0, f.r, 0, f.r.length);
        f.pc = bottom.pc;
        f.sp = bottom.sp;
        g.compiledLeft();
        if (error != null) ctx.raiseIn(g, error);
    }

    /** The instruction the innermost frame goes on at (for deciding whether this was an expected exit). */
    public int topOp() {
        return top.pc < top.code.code.length ? top.code.code[top.pc] & 0xFF : -1;
    }

    /** For diagnostics: where each frame of the chain goes on. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Frame f = top; f != null; f = f.back) {
            sb.append(f.code.qualname).append(" at pc ").append(f.pc).append(' ')
              .append(f.pc < f.code.code.length ? io.fora.vm.compile.Op.NAMES[f.code.code[f.pc] & 0xFF] : "?");
            if (f == bottom) break;
            sb.append(" <- ");
        }
        if (pending != null) sb.append(" raising ").append(pending.exception().cls().name());
        return sb.toString();
    }

    private static Frame frame(CodeObject code, Globals globals, Object[] r, int pc, int sp) {
        Frame f = new Frame(code, globals, r);
        f.pc = pc;
        f.sp = sp;
        return f;
    }
}

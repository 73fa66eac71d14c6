// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.PyFunction;

/**
 * Where the interpreter hands calls to compiled code. The tier-1 compiler (package
 * {@code io.fora.vm.jit}) installs itself here; the interpreter knows nothing else of it.
 */
public interface Tier1Hook {
    /** Answered by {@link #call} when no compiled version runs this call: tier 0 runs it. */
    Object NOT_COMPILED = new Object() {
        @Override public String toString() { return "<not compiled>"; }
    };

    /**
     * Runs {@code fn(r[first], ..., r[first + argc - 1])} in compiled code, or answers
     * {@link #NOT_COMPILED}. May throw {@link Deopt}: the call continues in the frames it carries.
     */
    Object call(Interpreter ctx, PyFunction fn, Object[] r, int first, int argc);

    /**
     * A function's activation running in tier 0 reached the header of a hot loop: goes on from
     * there in compiled code, and answers the function's result, or {@link #NOT_COMPILED} (tier 0
     * goes on). {@code st} is the frame's slots with the header's pc appended; {@code sp} the stack
     * depth there. May throw {@link Deopt}: the activation goes on in the frames it carries.
     */
    default Object loop(Interpreter ctx, CodeObject code, io.fora.vm.runtime.Globals globals, Object[] st, int sp) {
        return NOT_COMPILED;
    }

    /**
     * Runs generator g (not yet started) in compiled code, adding what it yields to sink, as far
     * as compiled code goes: g is then finished, or paused where tier 0 goes on with it.
     */
    default void drain(Interpreter ctx, PyGenerator g, DrainSink sink) {}

    final class Holder {
        private Holder() {}
        static volatile Tier1Hook hook;

        public static void install(Tier1Hook h) { hook = h; }

        public static Tier1Hook get() { return hook; }
    }
}

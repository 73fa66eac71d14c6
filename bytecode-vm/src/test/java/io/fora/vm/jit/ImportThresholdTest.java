// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.interp.Tier1Hook;
import io.fora.vm.runtime.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A function with a loop is compiled at its first call, except when a library module's body calls
 * it (that code runs once, at import): then only after {@link Tier1#IMPORT_THRESHOLD} calls.
 */
class ImportThresholdTest {
    @AfterEach
    void restore() { Tier1.setMode(Tier1.Mode.ON); }

    private static PyFunction loopFunction() throws Exception {
        ForaVm vm = new ForaVm();
        ForaVm.Program p = ForaVm.compile("t.py", """
                def f(n):
                    t = 0
                    for i in range(n):
                        t = t * 3 % 7 + i
                    return t
                """);
        return (PyFunction) vm.runModule(p, java.util.Map.of(), s -> {}, null).lookup("f");
    }

    /** Hands a call of f to tier 1 as the interpreter does; true when f has a compiled version after it. */
    static boolean compiledAfterCall(Interpreter ctx, PyFunction f) {
        try {
            Tier1Hook.Holder.get().call(ctx, f, new Object[] {10L}, 0, 1);
        } catch (io.fora.vm.interp.Deopt d) {
            // outside a running module the compiled version may leave at once: what it is compiled is asked here
        }
        return f.code().tier1 instanceof Object[];
    }

    @Test
    void aLoopIsCompiledAtTheFirstCallOutsideAnImport() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.ON);
        assertTrue(compiledAfterCall(new Interpreter(1000, null), loopFunction()));
    }

    @Test
    void aLibraryBodysCallsWaitForTheImportThreshold() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.ON);
        PyFunction f = loopFunction();
        Interpreter importing = new Interpreter(1000, null);
        importing.markImporting();
        for (int i = 1; i < Tier1.IMPORT_THRESHOLD; i++) assertFalse(compiledAfterCall(importing, f), "call " + i);
        assertTrue(compiledAfterCall(importing, f));
    }
}

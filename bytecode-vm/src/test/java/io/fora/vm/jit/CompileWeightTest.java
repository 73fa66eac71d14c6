// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import io.fora.vm.compile.CodeObject;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.runtime.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A light function with a loop is compiled at its first call; a heavy one (long, with several
 * loops: a big class file) only after one call per {@link Tier1#HEAVY} of its weight, and its
 * first activations' loops go on in compiled code only after more back edges.
 */
class CompileWeightTest {
    @AfterEach
    void restore() { Tier1.setMode(Tier1.Mode.ON); }

    private static PyFunction function(String source) throws Exception {
        ForaVm vm = new ForaVm();
        ForaVm.Program p = ForaVm.compile("t.py", source);
        return (PyFunction) vm.runModule(p, java.util.Map.of(), s -> {}, null).lookup("f");
    }

    private static String heavySource() {
        StringBuilder b = new StringBuilder("def f(n):\n    t = 0\n");
        for (int loop = 0; loop < 4; loop++) {
            b.append("    for i in range(n):\n");
            for (int s = 0; s < 12; s++) b.append("        t = (t * ").append(s + 3).append(" + i) % 1000003\n");
        }
        return b.append("    return t\n").toString();
    }

    @Test
    void aLightLoopFunctionIsCompiledAtItsFirstCall() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.ON);
        PyFunction f = function("def f(n):\n    t = 0\n    for i in range(n):\n        t = t * 3 % 7 + i\n    return t\n");
        assertEquals(CodeObject.LOOP_ENTRY_EDGES, f.code().loopEntryEdges());
        assertTrue(ImportThresholdTest.compiledAfterCall(new Interpreter(1000, null), f));
    }

    @Test
    void aHeavyLoopFunctionWaitsForCallsInProportionToItsWeight() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.ON);
        PyFunction f = function(heavySource());
        int weight = f.code().compileWeight();
        int calls = weight / Tier1.HEAVY;
        assertTrue(calls > 10, "weight " + weight);
        assertTrue(f.code().loopEntryEdges() > 4 * CodeObject.LOOP_ENTRY_EDGES, "edges " + f.code().loopEntryEdges());
        Interpreter ctx = new Interpreter(1000, null);
        for (int i = 1; i < calls; i++) assertFalse(ImportThresholdTest.compiledAfterCall(ctx, f), "call " + i);
        assertTrue(ImportThresholdTest.compiledAfterCall(ctx, f));
    }

    @Test
    void aHeavyFunctionRunsItsShortLoopsInTierZeroAndItsLongOnesCompiled() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.ON);
        // called once: loops shorter than its loop-entry edges stay in tier 0, a long one goes on compiled
        String src = heavySource().replace("def f(n):", "def f(n, m):").replaceFirst("range\\(n\\)", "range(m)");
        ForaVm vm = new ForaVm();
        long before = Tier1.loopsEnteredFromTier0();
        Object out = vm.runModule(ForaVm.compile("t.py", src + "r = f(20, 20)\n"), java.util.Map.of(), s -> {}, null).lookup("r");
        assertEquals(before, Tier1.loopsEnteredFromTier0());
        Object again = vm.runModule(ForaVm.compile("t.py", src + "r = f(20, 100000)\n"), java.util.Map.of(), s -> {}, null).lookup("r");
        assertTrue(Tier1.loopsEnteredFromTier0() > before);
        assertTrue(out instanceof Long && again instanceof Long);
    }
}

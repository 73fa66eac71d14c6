// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import io.fora.vm.interp.Interpreter;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tier 1 makes no method of more than {@link Tier1Compiler#HUGE_METHOD} bytes of bytecode (which
 * HotSpot compiles late or never): a function that would need one stays in tier 0, a caller
 * compiles without such a callee in its unit, and every answer stays the same.
 */
class HugeMethodTest {
    @AfterEach
    void restore() { Tier1.setMode(Tier1.Mode.ON); }

    /** A function of many locals and many operations that may raise (each leaves for tier 0 with every local). */
    private static String bigSource(int lines) {
        StringBuilder b = new StringBuilder("def big(n):\n");
        for (int i = 0; i < 30; i++) b.append("    v").append(i).append(" = n + ").append(i).append("\n");
        for (int i = 0; i < lines; i++) {
            b.append("    v").append(i % 30).append(" = str(v").append((i * 7) % 30).append(")[:3] + str(v").append((i * 11) % 30).append(")[-2:]\n");
            b.append("    v").append(i % 30).append(" = len(v").append(i % 30).append(") + n\n");
        }
        b.append("    return ");
        for (int i = 0; i < 30; i++) b.append(i == 0 ? "" : " + ").append("v").append(i);
        return b.append("\n").toString();
    }

    private static Globals module(String source) throws Exception {
        return new ForaVm().runModule(ForaVm.compile("t.py", source), java.util.Map.of(), s -> {}, null);
    }

    @Test
    void aFunctionTooLargeForHotSpotStaysInTierZeroWithTheSameAnswer() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.OFF);
        Object expected = module(bigSource(120) + "r = big(5)\n").lookup("r");
        Tier1.setMode(Tier1.Mode.FORCE);
        Globals g = module(bigSource(120) + "r = big(5)\n");
        assertEquals(expected, g.lookup("r"));
        PyFunction big = (PyFunction) g.lookup("big");
        assertFalse(big.code().tier1 instanceof Object[], "a version of big was made");
    }

    @Test
    void aCallerCompilesWithoutItsHugeCallee() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.OFF);
        String src = bigSource(120) + "def f(n):\n    return big(n) * 2 + 1\n";
        Object expected = module(src + "r = f(7)\n").lookup("r");
        Tier1.setMode(Tier1.Mode.ON);
        Globals g = module(src);
        PyFunction f = (PyFunction) g.lookup("f");
        Interpreter ctx = new Interpreter(1000, null);
        assertTrue(ImportThresholdTest.compiledAfterCall(ctx, f) || compiledAfterCalls(ctx, f), "f was not compiled");
        Tier1.setMode(Tier1.Mode.FORCE);
        assertEquals(expected, module(src + "r = f(7)\n").lookup("r"));
    }

    private static boolean compiledAfterCalls(Interpreter ctx, PyFunction f) {
        for (int i = 0; i < 100; i++) if (ImportThresholdTest.compiledAfterCall(ctx, f)) return true;
        return false;
    }

    @Test
    void aLongFunctionOfFewLocalsIsStillCompiled() throws Exception {
        // thirty lines of calls and subscripts: each place that may leave for tier 0 jumps to one
        // shared exit per frame layout (with an exit of its own at each place, this method had
        // 16 KB of bytecode, past the limit; 7.5 KB now)
        Tier1.install();
        Tier1.setMode(Tier1.Mode.FORCE);
        StringBuilder b = new StringBuilder("def g(n):\n    a = n\n    b = n + 1\n");
        for (int i = 0; i < 15; i++) b.append("    a = str(b)[:2] + str(a)[-3:]\n    b = len(a) + n\n");
        b.append("    return a, b\nr = repr(g(3))\n");
        Globals g = module(b.toString());
        assertTrue(((PyFunction) g.lookup("g")).code().tier1 instanceof Object[], "g was not compiled");
        Tier1.setMode(Tier1.Mode.OFF);
        assertEquals(module(b.toString()).lookup("r"), g.lookup("r"));
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Property tests at the edges of tier 1's speculation: every arithmetic and comparison operator
 * on ints near 2**63, float corner cases and mixed int/float/bool operands, in compiled functions
 * (forced, and with deoptimisations injected), must print exactly what tier 0 prints. Tier 0 is
 * checked against CPython by the differential corpus.
 */
class Tier1EdgeTest {
    @AfterEach
    void restore() {
        Tier1.setMode(Tier1.Mode.ON);
        Tier1.injectDeopts(0);
    }

    private static final String OPS = """
            def add(a, b): return a + b
            def sub(a, b): return a - b
            def mul(a, b): return a * b
            def div(a, b): return a / b
            def fdiv(a, b): return a // b
            def mod(a, b): return a % b
            def pw(a, b): return a ** 2 + b ** 0.5 if b >= 0 else a ** 3
            def shl(a, b): return a << (b % 70)
            def shr(a, b): return a >> (b % 70)
            def bits(a, b): return (a & b, a | b, a ^ b)
            def cmp(a, b): return (a < b, a <= b, a == b, a != b, a > b, a >= b)
            def un(a, b): return (-a, +a, not a, abs(a), -b)
            def conv(a, b): return (int(a), float(b))
            def acc(a, b):
                t = a
                for i in range(5):
                    t = t * b + i
                return t

            def pair(a, b):
                out = []
                for f in (add, sub, mul, div, fdiv, mod, pw, shl, shr, bits, cmp, un, conv, acc):
                    try:
                        out.append(f(a, b))
                    except Exception as e:
                        out.append(type(e).__name__)
                return out

            # called from module code, each function gets a version per pair of operand types (ints
            # and floats unboxed); called from pair (compiled too), the same
            for a in VALUES:
                for b in VALUES:
                    line = []
                    for f in (add, sub, mul, div, fdiv, mod, pw, shl, shr, bits, cmp, un, conv, acc):
                        try:
                            line.append(f(a, b))
                        except Exception as e:
                            line.append(type(e).__name__)
                    print(repr(line))
                    print(repr(pair(a, b)))
            """;

    private static List<String> run(String src) {
        ForaVm.Program p;
        try {
            p = ForaVm.compile("edge.py", src);
        } catch (ForaVm.CompileError e) {
            throw new AssertionError(e.getMessage());
        }
        ForaVm.Outcome o = new ForaVm().run(p, null);
        assertNull(o.error(), () -> o.traceback());
        return o.displayed();
    }

    private static void sameOnEveryTier(String values) {
        String src = OPS.replace("VALUES", values);
        Tier1.setMode(Tier1.Mode.OFF);
        List<String> tier0 = run(src);
        assertTrue(tier0.size() > 10);
        Tier1.setMode(Tier1.Mode.FORCE);
        assertEquals(tier0, run(src), "forced tier 1");
        Tier1.injectDeopts(0.02);
        assertEquals(tier0, run(src), "forced tier 1 with deoptimisations injected");
    }

    @Test
    void intsAroundTwoToTheSixtyThree() {
        sameOnEveryTier("[0, 1, -1, 2, 3, -7, 2**31, 2**62, 2**63 - 1, -2**63, -2**63 + 1, 2**63, 3037000499, 3037000500, -3037000500]");
    }

    @Test
    void floatCornerCases() {
        sameOnEveryTier("[0.0, -0.0, 1.5, -2.5, 1e308, -1e308, 5e-324, float('inf'), float('-inf'), float('nan'), 2.0**53, 0.1]");
    }

    @Test
    void mixedIntFloatAndBool() {
        sameOnEveryTier("[True, False, 0, 1, -3, 2**53 + 1, 2**63 - 1, 0.5, -0.0, 2.0**53, 7]");
    }

    @Test
    void randomOperands() {
        Random rnd = new Random(1234);
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < 14; i++) {
            if (i > 0) sb.append(", ");
            switch (i % 3) {
                case 0 -> sb.append(rnd.nextLong());
                case 1 -> sb.append(rnd.nextLong() >> rnd.nextInt(64));
                default -> sb.append(Double.toString(rnd.nextGaussian() * Math.pow(10, rnd.nextInt(20) - 10)));
            }
        }
        sameOnEveryTier(sb.append("]").toString());
    }

    @Test
    void compiledCodeRunsAndReportsItself() {
        Tier1.setMode(Tier1.Mode.ON);
        long before = Tier1.compiledVersions();
        run("""
                def f(n):
                    t = 0
                    for i in range(n):
                        t += i * i
                    return t
                print(f(100000))
                """);
        assertTrue(Tier1.compiledVersions() > before, Tier1.statistics());
    }

    @Test
    void aLongWhileLoopOfAFunctionCalledOnceGoesOnInCompiledCodeFromTier0() {
        Tier1.setMode(Tier1.Mode.ON);
        long before = Tier1.loopsEnteredFromTier0();
        long versions = Tier1.compiledVersions();
        run("""
                class Scale:
                    def __init__(self, k):
                        self.k = k
                    def __call__(self, x):
                        return x * self.k
                def run(n):
                    h = Scale(0.5)
                    t = 0.0
                    x = n
                    while x > 0:
                        t = t + h(x)
                        x = x - 1
                    return t
                print(run(200000))
                """);
        assertEquals(before + 1, Tier1.loopsEnteredFromTier0(), Tier1.statistics());
        // the loop unit alone: run itself was not compiled (Scale.__call__ is inlined into the unit)
        assertEquals(versions + 1, Tier1.compiledVersions(), Tier1.statistics());
    }

    @Test
    void displaysFStringsUnpackingKeywordCallsAndDelRunCompiled() {
        // each of these once made compiled code leave for tier 0 at the instruction, every call
        String src = """
                def f(n, pairs):
                    d = {'n': n, (n, 1): [n]}
                    s = {n, n + 1}
                    part = [0, 1, 2, 3, 4][n:n + 2]
                    out = []
                    for a, b in pairs:
                        a, b = b, a
                        out.append(f'{a}:{b!r:>4}|{n:03d}')
                    del d['n']
                    return d, sorted(s), part, out, sorted([3, 1, 2], reverse=True), int('11', base=2)
                for i in range(3):
                    f(i, [(1, 2), ('x', 'y')])
                f(1, [(1, 2), ('x', 'y')])
                """;
        Tier1.setMode(Tier1.Mode.FORCE);
        long before = Tier1.exitsToTier0();
        assertEquals(List.of("({(1, 1): [1]}, [1, 2], [1, 2], ['2:   1|001', \"y: 'x'|001\"], [3, 2, 1], 3)"), run(src));
        assertEquals(before, Tier1.exitsToTier0(), "compiled code left for tier 0");
    }
}

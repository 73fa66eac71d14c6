// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A computation paused at a safepoint is serialised with Kryo, resumed in a fresh interpreter,
 * and gives the same result as an uninterrupted run.
 */
class PauseAndResumeTest {
    static final String DEEP_RECURSION = """
            def depth(n):
                if n == 0:
                    return 0
                return 1 + depth(n - 1)
            def total(n):
                return sum(depth(k) for k in range(n)) if False else depth(n) * 2
            [total(900), total(500)]
            """;
    static final String GENERATOR = """
            def squares(n):
                i = 0
                while i < n:
                    yield i * i
                    i = i + 1
            acc = 0
            for s in squares(3000):
                acc = acc + s
            acc
            """;
    static final String BIG_LIST = """
            class P:
                def __init__(self, x):
                    self.x = x
            xs = [P(i * 0.5) for i in range(20000)]
            t = 0.0
            for p in xs:
                t = t + p.x
            t
            {1: 2, 3: frozenset({4, 5})}
            """;

    static List<String> runStraight(String src) throws Exception {
        ForaVm.Program p = ForaVm.compile("t.py", src);
        ForaVm.Outcome o = new ForaVm().run(p, null);
        assertEquals(null, o.error());
        return o.displayed();
    }

    static List<String> runPausedAndResumed(String src, long safepoints) throws Exception {
        ForaVm.Program p = ForaVm.compile("t.py", src);
        List<String> shown = new ArrayList<>();
        AtomicReference<byte[]> state = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        ForaVm.onBigStack(() -> {
            try {
                Interpreter first = new Interpreter(1000, shown::add);
                first.pauseAfter(safepoints);
                Object r = first.runModule(p.code(), ForaVm.newGlobals());
                assertSame(Interpreter.PAUSED, r, "the computation should pause");
                state.set(ComputationState.save(first.pausedFrame()));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) throw new AssertionError(failure.get());
        assertNotNull(state.get());
        assertTrue(state.get().length > 100);
        ForaVm.onBigStack(() -> {
            try {
                Interpreter second = new Interpreter(1000, shown::add);
                Frame top = ComputationState.load(state.get());
                Object r = second.resume(top);
                assertTrue(r != Interpreter.PAUSED);
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        if (failure.get() != null) throw new AssertionError(failure.get());
        return shown;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 50, 700, 1200})
    void deepRecursionResumesInAFreshVm(long safepoints) throws Exception {
        assertEquals(runStraight(DEEP_RECURSION), runPausedAndResumed(DEEP_RECURSION, safepoints));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 1000, 2500})
    void generatorInMidIterationResumesInAFreshVm(long safepoints) throws Exception {
        assertEquals(runStraight(GENERATOR), runPausedAndResumed(GENERATOR, safepoints));
    }

    @ParameterizedTest
    @ValueSource(longs = {100, 5000, 15000})
    void loopOverLargeListResumesInAFreshVm(long safepoints) throws Exception {
        assertEquals(runStraight(BIG_LIST), runPausedAndResumed(BIG_LIST, safepoints));
    }

    @Test
    void recursionBeyondTheLimitRaisesRecursionError() throws Exception {
        ForaVm.Program p = ForaVm.compile("t.py", "def f(n):\n    return f(n + 1)\nf(0)\n");
        ForaVm.Outcome o = new ForaVm().run(p, null);
        assertEquals("RecursionError: maximum recursion depth exceeded", io.fora.vm.Traceback.lastLine(o.error().exception()));
    }
}

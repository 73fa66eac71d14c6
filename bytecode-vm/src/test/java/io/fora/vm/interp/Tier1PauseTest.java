// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fora.vm.jit.Tier1;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A computation running compiled (tier-1) code is asked to pause: its compiled activations become
 * tier-0 frames at their next poll, the chain is serialised with Kryo, resumed in a fresh
 * interpreter, and the answer is the uninterrupted run's. {@code floats} runs its loop in chunks,
 * without polls inside them: the pause is taken between chunks, at the loop header.
 */
class Tier1PauseTest {
    static final String PROGRAM = """
            class Acc:
                def __init__(self, k):
                    self.k = k
                def step(self, x):
                    return x * self.k + 1
            def is_prime(p):
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return 0
                    x = x + 1
                return 1
            def count(n, acc):
                c = 0
                t = 0.0
                p = 2
                while p < n:
                    c = c + is_prime(p)
                    t = t + acc.step(p)
                    p = p + 1
                return c, t
            def floats(n):
                t = 0.0
                for i in range(n):
                    t = t + i * 0.5
                return t
            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)
            [floats(100000), count(30000, Acc(0.5)), fib(20), count(2**62 + 5000, Acc(2)) if False else 0]
            """;

    @BeforeEach
    void force() { Tier1.setMode(Tier1.Mode.FORCE); }

    @AfterEach
    void restore() { Tier1.setMode(Tier1.Mode.ON); }

    @ParameterizedTest
    @ValueSource(longs = {1, 40, 3000, 25000})
    void compiledCodePausesSerialisesAndResumes(long safepoints) throws Exception {
        assertEquals(PauseAndResumeTest.runStraight(PROGRAM), PauseAndResumeTest.runPausedAndResumed(PROGRAM, safepoints));
    }

    /** Functions called once whose while loops go on in compiled code from tier 0 (Tier1Hook#loop), paused before, at and after that. */
    static final String ENTERED = """
            class Acc:
                def __init__(self, k):
                    self.k = k
                def __call__(self, x):
                    return x * self.k + 1
            def run(n):
                h = Acc(0.5)
                t = 0.0
                x = n
                while x > 0:
                    t = t + h(x)
                    x = x - 1
                return t
            def grow(n):
                t = 0
                i = 0
                while i < n:
                    t = t + i if i < 5000 else t + 0.25
                    i += 1
                return t
            [run(60000), grow(9000)]
            """;

    @ParameterizedTest
    @ValueSource(longs = {1, 10, 17, 30, 100, 500, 2000})
    void loopsEnteredFromTier0PauseSerialiseAndResume(long safepoints) throws Exception {
        Tier1.setMode(Tier1.Mode.ON);
        assertEquals(PauseAndResumeTest.runStraight(ENTERED), PauseAndResumeTest.runPausedAndResumed(ENTERED, safepoints));
    }

    /**
     * Loops whose body raises and handles an exception now and then: tier 0 runs each handler and
     * the loop goes on in a loop unit again (for loops over a list and a range, a while loop),
     * paused in tier 0, in the unit and at its entry.
     */
    static final String HANDLED = """
            def count(words):
                d = {}
                for w in words:
                    try:
                        d[w] += 1
                    except KeyError:
                        d[w] = 1
                return sorted(d.items())[:3], len(d)
            def parse(n):
                total = 0
                bad = 0
                for i in range(n):
                    try:
                        total += int(str(i) if i % 37 else "x")
                    except ValueError:
                        bad += 1
                return total, bad
            def every(n):
                out = 0
                i = 0
                while i < n:
                    try:
                        out += {}[i]
                    except KeyError:
                        out -= 1
                    i += 1
                return out
            [count([str(i % 70) for i in range(3000)]), parse(4000), every(500)]
            """;

    @ParameterizedTest
    @ValueSource(longs = {1, 10, 17, 30, 100, 500, 2000, 6000})
    void loopsGoingOnAfterAHandledExceptionPauseSerialiseAndResume(long safepoints) throws Exception {
        Tier1.setMode(Tier1.Mode.ON);
        assertEquals(PauseAndResumeTest.runStraight(HANDLED), PauseAndResumeTest.runPausedAndResumed(HANDLED, safepoints));
    }
}

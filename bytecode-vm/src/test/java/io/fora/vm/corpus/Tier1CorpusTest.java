// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.corpus;

import io.fora.vm.jit.Tier1;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus again, on tier 1: every function compiled at its first call (forced
 * mode), then forced with deoptimisations injected at random polls (each back-edge and call leaves
 * for tier 0 with probability 0.05). Each run must print exactly what CPython printed.
 */
class Tier1CorpusTest {
    @AfterAll
    static void restore() {
        Tier1.setMode(Tier1.Mode.ON);
        Tier1.injectDeopts(0);
    }

    @TestFactory
    Stream<DynamicTest> forced() throws IOException {
        return run(0);
    }

    @TestFactory
    Stream<DynamicTest> forcedWithInjectedDeopts() throws IOException {
        return run(0.05);
    }

    private static Stream<DynamicTest> run(double inject) throws IOException {
        Set<String> known = CorpusTest.knownFailures();
        return CorpusTest.programs().stream().map(p -> {
            String name = CorpusTest.ROOT.relativize(p).toString();
            return DynamicTest.dynamicTest(name, () -> {
                org.junit.jupiter.api.Assumptions.assumeFalse(known.contains(name), "known failure");
                Tier1.setMode(Tier1.Mode.FORCE);
                Tier1.injectDeopts(inject);
                try {
                    CorpusTest.check(p);
                } finally {
                    Tier1.setMode(Tier1.Mode.ON);
                    Tier1.injectDeopts(0);
                }
            });
        });
    }

}

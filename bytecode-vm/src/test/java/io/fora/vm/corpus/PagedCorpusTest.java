// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.corpus;

import io.fora.vm.runtime.PageKeeper;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The differential corpus again with pages of 512 elements: every list comprehension over more
 * than 512 positions makes a paged list (packed pages of ints and floats, runs of other values),
 * so every list operation the corpus uses meets paged lists too. Each run must print exactly
 * what CPython printed.
 */
class PagedCorpusTest {
    private static PageKeeper before;

    @BeforeAll
    static void smallPages() {
        before = PageKeeper.Installed.get();
        PageKeeper.Installed.set(PageKeeper.onHeap(4096));
    }

    @AfterAll
    static void restore() { PageKeeper.Installed.set(before); }

    @TestFactory
    Stream<DynamicTest> withSmallPages() throws IOException {
        Set<String> known = CorpusTest.knownFailures();
        return CorpusTest.programs().stream().map(p -> {
            String name = CorpusTest.ROOT.relativize(p).toString();
            return DynamicTest.dynamicTest(name, () -> {
                org.junit.jupiter.api.Assumptions.assumeFalse(known.contains(name), "known failure");
                CorpusTest.check(p);
            });
        });
    }
}

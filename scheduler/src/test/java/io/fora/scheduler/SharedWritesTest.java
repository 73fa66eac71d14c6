// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Programs that change objects in place, run split on 1, 2 and 8 threads: pieces that write
 * what existed before their split fall back to the sequential order, pieces that change only
 * what they made keep running in parallel, and print comes out in program order.
 */
class SharedWritesTest {
    private static final Path PROGRAMS = Path.of("../bytecode-vm/src/test/resources/programs/mutation");
    private static final WorkStealingPool[] POOLS = {new WorkStealingPool(1), new WorkStealingPool(2), new WorkStealingPool(8)};

    @AfterAll
    static void closePools() {
        for (WorkStealingPool p : POOLS) p.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"shared_list_in_comprehension", "memo_dict_in_sum", "own_objects_in_pieces", "printing_loop",
        "counter_in_fork_group", "late_shared_write", "mutate_then_split", "accumulating_loops"})
    void printsCPythonsOutputOnAnyNumberOfThreads(String name) throws Exception {
        String program = Files.readString(PROGRAMS.resolve(name + ".py"));
        List<String> expected = Files.readAllLines(PROGRAMS.resolve(name + ".out"));
        for (WorkStealingPool pool : POOLS) {
            for (int run = 0; run < 3; run++) {
                var outcome = Programs.run(program, pool);
                assertNull(outcome.error(), () -> name + ": " + outcome.traceback());
                assertEquals(expected, outcome.displayed(), name + " on " + pool.threads() + " threads");
            }
        }
    }

    @Test
    void piecesThatChangeOnlyTheirOwnObjectsStaySplit() throws Exception {
        String program = Files.readString(PROGRAMS.resolve("own_objects_in_pieces.py"));
        try (WorkStealingPool pool = new WorkStealingPool(4)) {
            long before = pool.statistics().splits();
            assertEquals(Files.readAllLines(PROGRAMS.resolve("own_objects_in_pieces.out")), Programs.run(program, pool).displayed());
            assertTrue(pool.statistics().splits() > before, "the comprehension was split");
        }
    }

    @Test
    void accumulatingLoopsSplitLikeTheirReductions() throws Exception {
        String program = """
                import math
                total = 0.0
                for i in range(300000):
                    total += math.sin(i)
                found = []
                for x in range(2, 60000):
                    if all(x % d for d in range(2, int(x ** 0.5) + 1)):
                        found.append(x)
                print(total == sum(math.sin(i) for i in range(300000)), len(found), found[-1], i, x)
                """;
        try (WorkStealingPool pool = new WorkStealingPool(4)) {
            long before = pool.statistics().splits();
            assertEquals(List.of("True 6057 59999 299999 59999"), Programs.run(program, pool).displayed());
            assertTrue(pool.statistics().splits() > before + 2, "the loops were split");
        }
    }

    @Test
    void aSplitWhoseElementsWriteOneListWritesEachElementOnceInOrder() throws Exception {
        // a split whose elements write one list: the writes land once each, in order
        String program = """
                out = []
                def put(i):
                    out.append(i)
                    return i
                s = sum(put(i) for i in range(50000))
                (s, len(out), out == list(range(50000)))
                """;
        for (WorkStealingPool pool : POOLS) {
            assertEquals(List.of("(1249975000, 50000, True)"), Programs.run(program, pool).displayed(), pool.threads() + " threads");
        }
    }
}

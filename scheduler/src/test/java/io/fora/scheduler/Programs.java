// SPDX-License-Identifier: Apache-2.0
package io.fora.scheduler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fora.vm.ForaVm;
import io.fora.vm.parallel.Parallelism;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Running programs for the scheduler tests, including the VM's regression corpus. */
final class Programs {
    private Programs() {}

    private static final Path REGRESSIONS = Path.of("../bytecode-vm/src/test/resources/programs/regressions");

    static ForaVm.Outcome run(String program, Parallelism p) throws Exception {
        return new ForaVm(1000, p).run(ForaVm.compile("t.py", program), null);
    }

    /** Runs a regression program on every pool and checks CPython's output for it. */
    static void assertRegressionOnEveryPool(String name, WorkStealingPool... pools) throws Exception {
        String program = Files.readString(REGRESSIONS.resolve(name + ".py"));
        List<String> expected = expected(name);
        for (WorkStealingPool pool : pools) assertEquals(expected, run(program, pool).displayed(), pool.threads() + " threads");
    }

    private static List<String> expected(String name) throws IOException {
        return Files.readAllLines(REGRESSIONS.resolve(name + ".out"));
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.fora.vm.jit.Tier1;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A server runs the same program again in the globals of an earlier run that ended, renewed: it
 * finds its compiled code, and sees nothing of the run before.
 */
class RenewedGlobalsTest {
    private final Tier1.Mode before = Tier1.mode();

    @AfterEach void restore() { Tier1.setMode(before); }

    private static final String PRIMES = """
            def isPrime(p):
                x = 2
                while x * x <= p:
                    if p % x == 0:
                        return 0
                    x = x + 1
                return 1
            def count(n):
                c = 0
                for p in range(2, n):
                    c = c + isPrime(p)
                return c
            print(count(5000))
            """;

    private static List<String> run(ForaVm.Program program, Globals globals) throws ForaVm.Raised {
        List<String> out = new ArrayList<>();
        new ForaVm().runModule(program, globals, Map.of(), out::add, null);
        return out;
    }

    @Test void aProgramRunAgainInRenewedGlobalsCompilesNothingNew() throws Exception {
        Tier1.setMode(Tier1.Mode.FORCE);
        ForaVm.Program program = ForaVm.compile("primes.py", PRIMES);
        Globals g = ForaVm.newGlobals();
        assertEquals(List.of("669"), run(program, g));
        Object isPrime = g.lookup("isPrime");
        long compiled = Tier1.compiledVersions();
        for (int i = 0; i < 3; i++) {
            assertEquals(List.of("669"), run(program, ForaVm.renewed(g)));
            assertSame(isPrime, g.lookup("isPrime"), "defined as before: the earlier function object, which compiled callers expect");
        }
        assertEquals(compiled, Tier1.compiledVersions(), Tier1.statistics());
        // new globals (what every run had before) compile the program's functions again
        assertEquals(List.of("669"), run(program, ForaVm.newGlobals()));
        assertEquals(true, Tier1.compiledVersions() > compiled, Tier1.statistics());
    }

    @Test void aRenewedRunSeesNothingOfTheRunBefore() throws Exception {
        ForaVm.Program program = ForaVm.compile("fresh.py", """
                try:
                    leftover
                    print('seen', leftover)
                except NameError:
                    print('fresh')
                leftover = [1, 2]
                import math
                print(__name__, __package__, __spec__)
                """);
        Globals g = ForaVm.newGlobals();
        assertEquals(List.of("fresh", "__main__ None None"), run(program, g));
        assertEquals(List.of("fresh", "__main__ None None"), run(program, ForaVm.renewed(g)));
        assertEquals(PyStr.of("__main__"), g.lookup("__name__"));
    }

    @Test void onlyFunctionsDefinedAsBeforeAndUntouchedAreTheEarlierObjects() throws Exception {
        ForaVm.Program program = ForaVm.compile("defs.py", """
                def tagged():
                    pass
                print(getattr(tagged, 'tag', None))
                tagged.tag = 'set by a run'
                def withList(x=[]):
                    x.append(1)
                    return len(x)
                print(withList())
                def twice():
                    return 1
                first = twice
                def twice():
                    return 2
                print(first is twice, first(), twice())
                def scaled(x, k=2.5):
                    return x * k
                print(scaled(2))
                """);
        Globals g = ForaVm.newGlobals();
        List<String> expected = List.of("None", "1", "False 1 2", "5.0");
        assertEquals(expected, run(program, g));
        Object scaled = g.lookup("scaled"), tagged = g.lookup("tagged"), withList = g.lookup("withList");
        assertEquals(expected, run(program, ForaVm.renewed(g)));
        assertSame(scaled, g.lookup("scaled"), "equal float defaults: the same definition");
        assertEquals(false, tagged == g.lookup("tagged"), "an attribute was set on it: a new function");
        assertEquals(false, withList == g.lookup("withList"), "a mutable default: a new function");
    }
}

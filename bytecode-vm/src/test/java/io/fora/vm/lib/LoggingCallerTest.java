// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.lib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fora.vm.ForaVm;
import io.fora.vm.jit.Tier1;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A log record's caller (funcName, filename, lineno, module, stack_info, stacklevel) as CPython's
 * findCaller finds it, from the interpreter's frames; where compiled code runs activations without
 * frames, the caller is unknown (CPython's placeholders), never another function.
 */
class LoggingCallerTest {
    @AfterEach
    void restore() { Tier1.setMode(Tier1.Mode.ON); }

    static final String PROGRAM = """
            import logging, sys
            logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                                format="%(levelname)s %(name)s %(funcName)s %(filename)s:%(lineno)d %(module)s %(message)s")
            log = logging.getLogger("app")
            def work(x):
                log.info("working on %s", x)
            class K:
                def m(self):
                    logging.debug("in method")
                    log.warning("via stacklevel", stacklevel=2)
            def caller():
                K().m()
            work(3)
            caller()
            logging.info("top level")
            log.info("with stack", stack_info=True)
            log.error("too deep", stacklevel=50)
            """;

    /** CPython 3.11's output, the program saved as /tmp/lgt/prog.py and run there. */
    static final String CPYTHON = """
            INFO app work prog.py:6 prog working on 3
            DEBUG root m prog.py:9 prog in method
            WARNING app caller prog.py:12 prog via stacklevel
            INFO root <module> prog.py:15 prog top level
            INFO app <module> prog.py:16 prog with stack
            Stack (most recent call last):
              File "/tmp/lgt/prog.py", line 16, in <module>
                log.info("with stack", stack_info=True)
            ERROR app <module> prog.py:17 prog too deep
            """;

    private static String run() throws Exception {
        List<String> out = new ArrayList<>();
        ForaVm vm = new ForaVm();
        vm.runModule(ForaVm.compile("/tmp/lgt/prog.py", PROGRAM), java.util.Map.of(), out::add, null);
        return String.join("\n", out) + "\n";
    }

    @Test
    void theCallerIsCPythonsInInterpretedCode() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.OFF);
        assertEquals(CPYTHON, run());
    }

    @Test
    void compiledCodeGivesTheCallerOrNone() throws Exception {
        Tier1.install();
        Tier1.setMode(Tier1.Mode.FORCE);
        List<String> want = records(CPYTHON), got = records(run());
        assertEquals(want.size(), got.size(), String.join("\n", got));
        for (int i = 0; i < want.size(); i++) {
            String[] w = want.get(i).split(" ", 6);
            String unknown = w[0] + " " + w[1] + " (unknown function) (unknown file):0 (unknown file) " + w[5];
            assertTrue(got.get(i).equals(want.get(i)) || got.get(i).equals(unknown), got.get(i) + " (CPython: " + want.get(i) + ")");
        }
    }

    /** The records' lines (not a stack's). */
    private static List<String> records(String text) {
        List<String> r = new ArrayList<>();
        for (String line : text.split("\n")) if (!line.startsWith(" ") && !line.startsWith("Stack")) r.add(line);
        return r;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.fora.vm.ForaVm;
import io.fora.vm.parallel.Parallelism;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Fork groups run calls that end soon in order, and fork the others, with the same results. */
class ShortCallsTest {
    /** Always has an idle core; counts the pieces handed to it and runs each when joined. */
    static final class Counting implements Parallelism {
        final AtomicInteger forks = new AtomicInteger();

        @Override public int threads() { return 2; }
        @Override public boolean hungry() { return true; }
        @Override public <T> List<T> runAll(List<Callable<T>> tasks) {
            forks.addAndGet(tasks.size());
            List<T> out = new ArrayList<>();
            for (Callable<T> t : tasks) out.add(Parallelism.call(t));
            return out;
        }
        @Override public <T> Forked<T> fork(Callable<T> piece) {
            forks.incrementAndGet();
            return () -> Parallelism.call(piece);
        }
    }

    private static int forks(String program, String expected) throws ForaVm.CompileError {
        Counting pool = new Counting();
        List<String> shown = new ForaVm(1000, pool).run(ForaVm.compile("t.py", program), null).displayed();
        assertEquals(List.of(expected), shown);
        return pool.forks.get();
    }

    private static final String CLASSES = """
            class Pair:
                def __init__(self, a, b):
                    self.a = a
                    self.b = b if b is not None else 0
            class Plain:
                pass
            class Busy:
                def __init__(self, n):
                    self.t = 0
                    for i in range(n):
                        self.t += i
            class Meta(type):
                pass
            class WithMeta(metaclass=Meta):
                def __init__(self, x):
                    self.x = x
            def small(x):
                return x * 2 + 1
            def loops(n):
                t = 0
                i = 0
                while i < n:
                    t += i
                    i += 1
                return t
            def calls(x):
                return small(x) + 1
            def both(x, y):
                return type(x).__name__ + type(y).__name__
            """;

    @Test
    void callsThatEndSoonRunInOrder() throws ForaVm.CompileError {
        assertEquals(0, forks(CLASSES + "both(Pair(1, 2), Pair(3, None))\n", "'PairPair'"));
        assertEquals(0, forks(CLASSES + "small(3) + small(4)\n", "16"));
        assertEquals(0, forks(CLASSES + "both(Plain(), Pair(1, 2))\n", "'PlainPair'"));
        assertEquals(0, forks(CLASSES + "loops(10) + small(2)\n", "50"), "one long call alone is not worth a piece");
    }

    @Test
    void callsThatMayTakeLongFork() throws ForaVm.CompileError {
        assertEquals(1, forks(CLASSES + "loops(10) + loops(20)\n", "235"));
        assertEquals(1, forks(CLASSES + "calls(1) + calls(2)\n", "10"));
        assertEquals(1, forks(CLASSES + "both(WithMeta(1), WithMeta(2))\n", "'WithMetaWithMeta'"));
        assertEquals(1, forks(CLASSES + "both(Busy(3), Busy(4))\n", "'BusyBusy'"));
    }
}

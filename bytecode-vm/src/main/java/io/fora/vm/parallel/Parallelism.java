// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Where the VM runs the pieces it splits a computation into. The VM decides what can run in
 * parallel and how results combine; an implementation (the scheduler module's work-stealing
 * pool) decides where each piece runs. The default runs pieces one after another.
 */
public interface Parallelism {
    /** Worker threads available; 1 means everything runs on the calling thread. */
    int threads();

    /** True when a fork would likely run on an idle core now (checked at every fork group). */
    default boolean hungry() { return false; }

    /** Runs every task and returns their results in task order. Tasks must not throw. */
    <T> List<T> runAll(List<Callable<T>> tasks);

    Parallelism SEQUENTIAL = new Parallelism() {
        @Override public int threads() { return 1; }

        @Override public <T> List<T> runAll(List<Callable<T>> tasks) {
            List<T> out = new ArrayList<>(tasks.size());
            for (Callable<T> t : tasks) {
                try {
                    out.add(t.call());
                } catch (Exception e) {
                    throw new IllegalStateException("a parallel task failed", e);
                }
            }
            return out;
        }
    };
}

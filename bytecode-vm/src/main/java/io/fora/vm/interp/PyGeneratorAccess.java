// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

/** What next() needs from a generator: whether it has finished, and the StopIteration that ends it. */
public interface PyGeneratorAccess {
    /** True once the generator has returned (or been closed). */
    boolean isFinished();

    /**
     * The StopIteration that ends a resume: with the return value when this resume made the
     * generator return, plain when it had already finished (the value is given once).
     */
    io.fora.vm.runtime.PyError stopIteration(boolean wasFinished);
}

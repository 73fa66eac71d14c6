// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

/** What next() needs from a finished generator: the value its return statement gave. */
public interface PyGeneratorAccess {
    Object returnValueOrNull();

    /** True once the generator has returned (or been closed). */
    boolean isFinished();
}

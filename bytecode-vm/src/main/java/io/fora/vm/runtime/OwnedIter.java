// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * A builtin iterator with an owner (see {@link Region}): advancing it with {@code next()} changes
 * it, so a parallel piece that advances an iterator made before its split falls back to program
 * order ({@code print(next(it), next(it))} prints CPython's answer on any number of cores). Loops
 * that consume an iterator inside the VM ({@code for}, {@code list(it)}) are not checked.
 */
public abstract class OwnedIter implements PyIter {
    private transient Region owner = Region.forNewObject();

    /** Checks that the running code may advance this iterator. */
    public final void advancing() { owner = Region.checkWrite(owner); }
}

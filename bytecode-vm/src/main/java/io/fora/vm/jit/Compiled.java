// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import io.fora.vm.interp.Interpreter;

/**
 * The entry of one compiled version: runs the function on {@code r[first..]}, boxed in and out.
 * {@code callable} is what was called (the function, a bound method of it, an instance whose
 * {@code __call__} it is): a function with free variables takes its cells from it.
 */
public interface Compiled {
    Object call(Interpreter ctx, Object callable, Object[] r, int first);
}

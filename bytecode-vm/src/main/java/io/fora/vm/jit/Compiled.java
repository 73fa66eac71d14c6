// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import io.fora.vm.interp.Interpreter;

/** The entry of one compiled version: runs the function on {@code r[first..]}, boxed in and out. */
public interface Compiled {
    Object call(Interpreter ctx, Object[] r, int first);
}

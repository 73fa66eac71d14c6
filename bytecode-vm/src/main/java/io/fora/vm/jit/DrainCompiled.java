// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.jit;

import io.fora.vm.interp.DrainSink;
import io.fora.vm.interp.Interpreter;

/** A generator expression's body compiled to run to its end, adding what it yields to a sink. */
public interface DrainCompiled {
    void drain(Interpreter ctx, Object[] slots, DrainSink sink);
}

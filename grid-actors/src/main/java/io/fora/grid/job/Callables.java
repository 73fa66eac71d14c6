// SPDX-License-Identifier: Apache-2.0
package io.fora.grid.job;

import io.fora.vm.runtime.PyBoundMethod;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyException;
import io.fora.vm.runtime.PyFunction;
import io.fora.vm.runtime.PyInstance;

/** What a job may call. */
public final class Callables {
    private Callables() {}

    public static boolean callable(Object v) {
        return v instanceof PyFunction || v instanceof PyBuiltin || v instanceof PyClass || v instanceof PyBoundMethod
                || v instanceof io.fora.vm.runtime.PyDescriptors.StaticMethod
                || (v instanceof PyInstance i && !(v instanceof PyException) && i.cls().lookup("__call__") != null);
    }
}

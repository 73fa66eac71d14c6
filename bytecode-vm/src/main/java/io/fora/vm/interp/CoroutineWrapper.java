// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.Types;

/** What {@code coroutine.__await__()} returns: an iterator that drives the coroutine. */
public final class CoroutineWrapper implements PyIter, PyGeneratorAccess {
    public final PyGenerator coroutine;

    public CoroutineWrapper(PyGenerator coroutine) { this.coroutine = coroutine; }

    @Override public Object next() {
        if (coroutine.finished) throw Errors.of(Types.RUNTIME_ERROR, "cannot reuse already awaited coroutine");
        return coroutine.next();
    }

    @Override public boolean isFinished() { return coroutine.isFinished(); }

    @Override public io.fora.vm.runtime.PyError stopIteration(boolean wasFinished) { return coroutine.stopIteration(wasFinished); }

    @Override public PyClass pyClass() { return Types.COROUTINE_WRAPPER; }

    @Override public String toString() {
        return "<coroutine_wrapper object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
    }
}

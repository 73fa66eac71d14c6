// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

/**
 * The Java carrier of a raised Python exception. It has no Java stack trace: the Python traceback
 * lives in the exception value, and filling Java traces would make raising slow.
 */
public final class PyError extends RuntimeException {
    private final PyException exception;

    public PyError(PyException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    public PyException exception() { return exception; }

    /** InvalidPyforaOperation marks a purity violation at run time: user code cannot catch it. */
    public boolean catchable() { return exception.cls() != Types.INVALID_PYFORA_OPERATION; }

    @Override public String getMessage() {
        return exception.cls().name() + ": " + Errors.messageOf(exception);
    }
}

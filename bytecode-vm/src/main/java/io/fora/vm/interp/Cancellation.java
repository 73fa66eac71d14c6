// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tells the pieces of a split computation that their work became pointless (an earlier piece
 * raised, or the computation was cancelled). Cancelling a token cancels every token derived from
 * it, so nested pieces stop too. Interpreters poll their token at safepoints.
 */
public final class Cancellation {
    private volatile boolean cancelled;
    private final Set<Cancellation> children = ConcurrentHashMap.newKeySet();

    /** Unwinds a cancelled piece's Java stack; never seen by Python code. */
    static final class Cancelled extends RuntimeException {
        Cancelled() { super("cancelled", null, false, false); }
    }

    public boolean isCancelled() { return cancelled; }

    /** Run once when this token is cancelled: stops a piece that runs on another machine. */
    private volatile Runnable onCancel;

    public void cancel() {
        cancelled = true;
        Runnable hook = onCancel;
        if (hook != null) {
            onCancel = null;
            hook.run();
        }
        for (Cancellation c : children) c.cancel();
    }

    /** Runs {@code hook} when this token is cancelled (at once if it already is). */
    void whenCancelled(Runnable hook) {
        onCancel = hook;
        if (cancelled) {
            onCancel = null;
            hook.run();
        }
    }

    /** A token cancelled whenever this one is. */
    Cancellation child() {
        Cancellation c = new Cancellation();
        children.add(c);
        if (cancelled) c.cancel();
        return c;
    }

    void release(Cancellation child) { children.remove(child); }
}

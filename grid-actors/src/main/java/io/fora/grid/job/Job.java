// SPDX-License-Identifier: Apache-2.0
package io.fora.grid.job;

import java.util.Map;

/**
 * A computation as a worker runs it: a module run, a {@code remotely} block (a module whose globals
 * start bound to {@code bindings}), or a call of a module's global ({@code callName}) or of a
 * stored function value ({@code function}). Values are VM values.
 */
public record Job(Kind kind, String path, String source, String callName, Object function, Object[] args,
                  Map<String, Object> kwargs, Map<String, Object> bindings, int recursionLimit) {
    public enum Kind { CALL, BLOCK, MODULE }

    /** Ids of the jobs a manager sends to warm its paths up begin with this (no user's computation). */
    public static final String WARM_UP_PREFIX = "warm-up-";
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

/**
 * One progress event of a running computation, as the server's event stream sends it: what
 * happened ({@code started}, {@code progress} every 250 ms, {@code ended}), the computation's
 * status, how long it has run, how many cores it keeps busy, and its scheduler counters.
 */
public record Progress(String event, String id, String status, long elapsedMs, int coresBusy,
                       long tasks, long splits, long steals) {
    /** True for the last event of a computation. */
    public boolean isEnded() { return "ended".equals(event) || !"running".equals(status); }
}

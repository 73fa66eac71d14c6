// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Progress events of computations, fanned out to whoever listens (one listener per WebSocket).
 * A listener must not block: WebSocket listeners drop events when their client reads too slowly.
 */
final class Events {
    /** Receives each event's JSON text and the computation it is about. */
    interface Listener {
        void on(String computationId, String json);
    }

    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    void subscribe(Listener l) { listeners.add(l); }

    void unsubscribe(Listener l) { listeners.remove(l); }

    boolean hasListeners() { return !listeners.isEmpty(); }

    /** {@code {"event": "output", "id": …, "line": "…"}}: a line the computation printed, as it prints it. */
    void publishOutput(Computation c, String line) {
        if (listeners.isEmpty()) return;
        StringBuilder sb = new StringBuilder(line.length() + 64);
        sb.append("{\"event\":\"output\",\"id\":\"").append(c.id).append("\",\"line\":");
        sb.append(quote(line));
        String json = sb.append('}').toString();
        for (Listener l : listeners) l.on(c.id, json);
    }

    private static String quote(String s) {
        java.io.StringWriter w = new java.io.StringWriter();
        try (com.fasterxml.jackson.core.JsonGenerator g = io.fora.encoding.ValueCodec.JSON.createGenerator(w)) {
            g.writeString(s);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return w.toString();
    }

    void publish(String event, Computation c) {
        if (listeners.isEmpty()) return;
        boolean running = !c.hasEnded();
        StringBuilder sb = new StringBuilder(160);
        sb.append("{\"event\":\"").append(event).append("\",\"id\":\"").append(c.id)
          .append("\",\"status\":\"").append(c.status().wire).append("\",\"elapsedMs\":").append(c.elapsedMs())
          .append(",\"coresBusy\":").append(running ? c.progress.coresBusy() : 0)
          .append(",\"tasks\":").append(c.progress.tasks())
          .append(",\"splits\":").append(c.progress.splits())
          .append(",\"steals\":").append(c.progress.steals()).append('}');
        String json = sb.toString();
        for (Listener l : listeners) l.on(c.id, json);
    }
}

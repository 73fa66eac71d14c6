// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * Receives one computation's events from the server's event WebSocket and hands each to the
 * caller's callback, in order. A callback that throws loses that event, not the stream.
 */
final class ProgressListener implements WebSocket.Listener {
    private final String computationId;
    private final Consumer<Progress> callback;
    private final StringBuilder partial = new StringBuilder();

    ProgressListener(String computationId, Consumer<Progress> callback) {
        this.computationId = computationId;
        this.callback = callback;
    }

    @Override public void onOpen(WebSocket socket) {
        socket.request(1);
    }

    @Override public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            deliver(text);
        }
        socket.request(1);
        return null;
    }

    void deliver(String text) {
        Progress p;
        try {
            p = Answers.progress(text);
        } catch (RuntimeException unreadable) {
            return;   // an event this client cannot read is skipped
        }
        if (!computationId.equals(p.id())) return;
        try {
            callback.accept(p);
        } catch (RuntimeException ignored) {
            // the caller's callback failing must not stop the events of the computation
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Raw HTTP against a test server: what curl would send, with the answer parsed as JSON. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(URI base) { this.base = base; }

    record Answer(int status, String contentType, String body, JsonNode json) {}

    Answer get(String path) { return send(HttpRequest.newBuilder(base.resolve(path)).GET()); }

    Answer delete(String path) { return send(HttpRequest.newBuilder(base.resolve(path)).DELETE()); }

    Answer post(String path, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    Answer post(String path, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A request as built, its answer's headers and bytes as they came. */
    HttpResponse<byte[]> raw(String path, java.util.function.UnaryOperator<HttpRequest.Builder> request) {
        try {
            return client.send(request.apply(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder b) {
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !r.body().isEmpty()) json = JSON.readTree(r.body());
            return new Answer(r.statusCode(), type, r.body(), json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string literal, for building bodies by hand. */
    static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The minimal submission of {@code f(*args)} with the module {@code source}, waiting 60 s. */
    Answer call(String source, String argsJson) {
        return post("/api/v1/computations?wait=60",
                "{\"source\":" + quote(source) + ",\"call\":\"f\",\"args\":" + argsJson + "}");
    }
}

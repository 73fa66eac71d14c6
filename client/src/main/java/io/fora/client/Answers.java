// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fora.encoding.EncodingException;
import io.fora.encoding.ValueCodec;
import io.fora.errors.ComputationError;
import io.fora.errors.ForaError;
import io.fora.errors.ForaNotImplementedError;
import io.fora.errors.ForaToPythonConversionError;
import io.fora.errors.InvalidPyforaOperation;
import io.fora.errors.NotCallableError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the server's successful answers: a computation's state, an object's definition or
 * download, the cluster's description, a progress event. Values are decoded by
 * {@link ValueCodec} (references stay {@link io.fora.encoding.RemoteRef}s here); an answer this
 * client cannot read fails with a {@link ForaError} that says so. Unknown members are skipped, so
 * a newer server's additions do not break an older client.
 */
final class Answers {
    private Answers() {}

    /** Parsers of answers: the streaming API only, which is all a computation's answer needs. */
    private static final com.fasterxml.jackson.core.JsonFactory FACTORY = ValueCodec.JSON.copy();

    /**
     * Trees (errors, problems, cluster listings): Jackson's databind, on a copy of the value codec's
     * factory (its limits, not its codec slot), made the first time one is read (60 ms of a client JVM).
     */
    private static final class Trees {
        static final ObjectMapper MAPPER = new ObjectMapper(ValueCodec.JSON.copy());
    }

    /** Downloads trust the server more than it trusts uploads: its ceiling, not the default limit. */
    private static final int MAX_DEPTH = ValueCodec.MAX_DEPTH_CEILING;

    /** A computation's state: {@code result} (call), {@code results} (block) or {@code output} (module) once done. */
    record Computation(String id, String status, long elapsedMs, boolean hasResult, Object result,
                       Map<String, Object> results, List<String> output, ForaError error) {
        /** True for the states a computation ends in. */
        boolean ended() { return status.equals("done") || status.equals("failed") || status.equals("cancelled"); }

        /**
         * What an answer other than "running" gives: {@code onDone}'s value when done; thrown, a
         * failed computation's error, a cancelled one's {@link java.util.concurrent.CancellationException},
         * or a {@link ForaError} for a state this client does not know.
         */
        <R> R outcome(java.util.function.Function<Computation, R> onDone) {
            return switch (status) {
                case "done" -> onDone.apply(this);
                case "failed" -> throw error;
                case "cancelled" -> throw new java.util.concurrent.CancellationException("the computation " + id + " was cancelled on the server");
                default -> throw new ForaError("the server reports computation " + id + " in a state this client does not know: '" + status + "'");
            };
        }

        ModuleOutput moduleOutput() { return new ModuleOutput(id, output, elapsedMs); }
    }

    /** A defined or downloaded object. */
    record StoredObject(String id, String type, boolean hasValue, Object value) {}

    private interface Reader<T> {
        T read(JsonParser p) throws IOException;
    }

    static Computation computation(byte[] body) {
        return parse(body, p -> {
            String id = null, status = null;
            long elapsed = 0;
            boolean hasResult = false;
            Object result = null;
            Map<String, Object> results = null;
            List<String> output = null;
            ForaError error = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "status" -> status = p.getValueAsString();
                    case "elapsedMs" -> elapsed = p.getValueAsLong();
                    case "result" -> {
                        hasResult = true;
                        result = ValueCodec.read(p, MAX_DEPTH);
                    }
                    case "results" -> results = named(p);
                    case "output" -> output = strings(p);
                    case "error" -> error = remoteError(Trees.MAPPER.readTree(p));
                    default -> p.skipChildren();
                }
            }
            if (status == null) throw new ForaError("the server's answer has no 'status'");
            if (status.equals("failed") && error == null) error = new ForaError("the computation failed, and the server did not say why");
            if (error instanceof ComputationError c && output != null && !output.isEmpty()) {
                error = new ComputationError(c.remoteType(), c.remoteMessage(), c.trace(), c.formattedTraceback(), output);
            }
            return new Computation(id, status, elapsed, hasResult, result,
                    results == null ? Map.of() : results, output == null ? List.of() : output, error);
        });
    }

    /** {@code {"id": …, "type": …}} of a definition, or {@code {"id", "type", "value"}} of a download. */
    static StoredObject storedObject(byte[] body) {
        return parse(body, p -> {
            String id = null, type = null;
            boolean hasValue = false;
            Object value = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "id" -> id = p.getValueAsString();
                    case "type" -> type = p.getValueAsString();
                    case "value" -> {
                        hasValue = true;
                        value = ValueCodec.read(p, MAX_DEPTH);
                    }
                    default -> p.skipChildren();
                }
            }
            if (id == null || id.isEmpty()) throw new ForaError("the server's answer names no object 'id'");
            return new StoredObject(id, type, hasValue, value);
        });
    }

    static ClusterInfo cluster(byte[] body) {
        JsonNode n = tree(body);
        JsonNode memory = n.path("memory");
        JsonNode computations = n.path("computations");
        return new ClusterInfo(n.path("workers").asInt(), n.path("cores").asInt(), n.path("threads").asInt(),
                memory.path("maxBytes").asLong(), memory.path("usedBytes").asLong(),
                computations.path("running").asInt(), computations.path("total").asLong(),
                n.path("objects").asLong(), n.path("version").asText(""));
    }

    static Progress progress(String text) {
        JsonNode n = tree(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Progress(n.path("event").asText(""), n.path("id").asText(""), n.path("status").asText(""),
                n.path("elapsedMs").asLong(), n.path("coresBusy").asInt(),
                n.path("tasks").asLong(), n.path("splits").asLong(), n.path("steals").asLong());
    }

    /**
     * The error of a failed computation. Fora's own error kinds ({@code NotCallableError},
     * {@code InvalidPyforaOperation}…) share the shape of a Python exception; they become their
     * own classes, every Python exception a {@link ComputationError}.
     */
    static ForaError remoteError(JsonNode error) {
        String type = error.path("type").asText("Exception");
        String message = error.path("message").asText("");
        return switch (type) {
            case "InvalidPyforaOperation" -> new InvalidPyforaOperation(message);
            case "NotCallableError" -> new NotCallableError(message);
            case "ForaToPythonConversionError" -> new ForaToPythonConversionError(message);
            case "ForaNotImplementedError" -> new ForaNotImplementedError(message);
            case "ForaError" -> new ForaError(message);
            default -> new ComputationError(type, message, trace(error.path("traceback")), text(error.path("text")));
        };
    }

    static List<ComputationError.TraceEntry> trace(JsonNode traceback) {
        List<ComputationError.TraceEntry> trace = new ArrayList<>();
        for (JsonNode t : traceback) {
            trace.add(new ComputationError.TraceEntry(t.path("path").asText(""), t.path("line").asInt(), t.path("function").asText("")));
        }
        return trace;
    }

    /** The formatted traceback, or null when the server sent none. */
    static String text(JsonNode text) {
        return text.isTextual() && !text.asText().isEmpty() ? text.asText() : null;
    }

    private static Map<String, Object> named(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw new ForaError("'results' in the server's answer is not an object");
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            out.put(name, ValueCodec.read(p, MAX_DEPTH));
        }
        return out;
    }

    private static List<String> strings(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw new ForaError("'output' in the server's answer is not an array");
        List<String> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) out.add(p.getValueAsString());
        return out;
    }

    static JsonNode tree(byte[] body) {
        return parse(body, p -> Trees.MAPPER.readTree(p));
    }

    private static <T> T parse(byte[] body, Reader<T> reader) {
        try (JsonParser p = FACTORY.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new ForaError("the server's answer is not a JSON object: " + snippet(body));
            return reader.read(p);
        } catch (JsonProcessingException | EncodingException e) {
            throw new ForaError("the server's answer is not valid JSON this client understands (" + e.getMessage() + "): " + snippet(body), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String snippet(byte[] body) {
        String s = new String(body, 0, Math.min(body.length, 200), java.nio.charset.StandardCharsets.UTF_8).strip();
        return s.isEmpty() ? "(empty)" : body.length > 200 ? s + "..." : s;
    }
}

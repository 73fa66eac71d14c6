// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.fora.encoding.EncodingException;
import io.fora.encoding.RemoteRef;
import io.fora.encoding.ValueCodec;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads request bodies: strictly (an unknown or mistyped field is a 400 naming it, so a typo
 * never silently changes what runs), streaming, with values decoded by {@link ValueCodec} under
 * the server's nesting limit.
 */
final class Requests {
    private Requests() {}

    enum Download { ALL, NONE, SMALL }

    enum Kind { CALL, BLOCK, MODULE }

    /** Download "small" sends values up to this many bytes when the request names no limit. */
    static final long DEFAULT_SMALL_BYTES = 10_000;

    /** A submitted computation; {@code call} is a global's name (String) or a {@link RemoteRef}. */
    record Submission(Kind kind, String source, String path, Object call, List<Object> args, Map<String, Object> kwargs,
                      Map<String, Object> bindings, Download download, long maxBytes) {}

    /** A definition: a value, or the global {@code name} of a module. */
    record Definition(boolean hasValue, Object value, String source, String name, String path) {}

    static Submission submission(byte[] body, int maxDepth) {
        return parse(body, p -> {
            String source = null, path = null, block = null, download = null;
            Object call = null;
            List<Object> args = null;
            Map<String, Object> kwargs = null, bindings = null;
            Long maxBytes = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "source" -> source = string(p, field);
                    case "path" -> path = string(p, field);
                    case "block" -> block = string(p, field);
                    case "download" -> download = string(p, field);
                    case "maxBytes" -> maxBytes = nonNegative(p, field);
                    case "call" -> {
                        Object c = ValueCodec.read(p, maxDepth);
                        if (!(c instanceof String) && !(c instanceof RemoteRef)) {
                            throw ApiException.badRequest("'call' must be the name of a function in 'source' or {\"$ref\": \"<id>\"}");
                        }
                        call = c;
                    }
                    case "args" -> {
                        if (p.currentToken() != JsonToken.START_ARRAY) throw ApiException.badRequest("'args' must be an array of encoded values");
                        List<Object> a = new java.util.ArrayList<>(); // the array itself is not a level of any value
                        while (p.nextToken() != JsonToken.END_ARRAY) a.add(ValueCodec.read(p, maxDepth));
                        args = a;
                    }
                    case "kwargs" -> kwargs = namedValues(p, field, maxDepth);
                    case "bindings" -> bindings = namedValues(p, field, maxDepth);
                    default -> throw unknownField(field, "source, call, args, kwargs, block, bindings, download, maxBytes, path");
                }
            }
            Kind kind;
            if (block != null) {
                if (source != null || call != null || args != null || kwargs != null) {
                    throw ApiException.badRequest("a remotely block ('block') takes 'bindings', not 'source', 'call', 'args' or 'kwargs'");
                }
                kind = Kind.BLOCK;
                source = block;
            } else if (call != null) {
                if (bindings != null) throw ApiException.badRequest("'bindings' go with 'block', not with 'call'");
                if (call instanceof String && source == null) throw ApiException.badRequest("'call' names a function of 'source', but there is no 'source'");
                if (call instanceof RemoteRef && source != null) throw ApiException.badRequest("'call' is a reference: leave out 'source'");
                kind = Kind.CALL;
            } else if (source != null) {
                if (args != null || kwargs != null || bindings != null) throw ApiException.badRequest("'args' and 'kwargs' need a 'call'");
                kind = Kind.MODULE;
            } else {
                throw ApiException.badRequest("a computation needs 'source' (a module, with 'call' for a call), 'call' as a {\"$ref\"}, or 'block'");
            }
            Download mode = switch (download == null ? "all" : download) {
                case "all" -> Download.ALL;
                case "none" -> Download.NONE;
                case "small" -> Download.SMALL;
                default -> throw ApiException.badRequest("'download' is \"all\", \"none\" or \"small\", not \"" + Ids.printable(download) + "\"");
            };
            if (maxBytes != null && mode != Download.SMALL) throw ApiException.badRequest("'maxBytes' goes with \"download\": \"small\"");
            return new Submission(kind, source, path == null ? "<source>" : path, call,
                    args == null ? List.of() : args, kwargs == null ? Map.of() : kwargs,
                    bindings == null ? Map.of() : bindings, mode, maxBytes == null ? DEFAULT_SMALL_BYTES : maxBytes);
        });
    }

    /** A module submitted as its source text: strict UTF-8, named by {@code path} ({@code <source>} when absent). */
    static Submission moduleSource(byte[] body, String path) {
        String source;
        try {
            source = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw ApiException.badRequest("a text/x-python body is UTF-8 source text; this one is not UTF-8");
        }
        return new Submission(Kind.MODULE, source, path == null || path.isEmpty() ? "<source>" : path, null, List.of(), Map.of(), Map.of(),
                Download.ALL, DEFAULT_SMALL_BYTES);
    }

    static Definition definition(byte[] body, int maxDepth) {
        return parse(body, p -> {
            boolean hasValue = false;
            Object value = null;
            String source = null, name = null, path = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "value" -> {
                        hasValue = true;
                        value = ValueCodec.read(p, maxDepth);
                    }
                    case "source" -> source = string(p, field);
                    case "name" -> name = string(p, field);
                    case "path" -> path = string(p, field);
                    default -> throw unknownField(field, "value, or source with name (and path)");
                }
            }
            if (hasValue && (source != null || name != null)) throw ApiException.badRequest("define either a 'value' or 'source' with 'name', not both");
            if (!hasValue && (source == null || name == null)) throw ApiException.badRequest("an object needs a 'value', or 'source' and the 'name' of one of its globals");
            if (!hasValue && !name.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) throw ApiException.badRequest("'name' must be a Python identifier");
            return new Definition(hasValue, value, source, name, path == null ? "<source>" : path);
        });
    }

    private interface Body<T> {
        T read(JsonParser p) throws IOException;
    }

    private static <T> T parse(byte[] body, Body<T> reader) {
        try (JsonParser p = ValueCodec.JSON.createParser(body)) {
            JsonToken first = p.nextToken();
            if (first == null) throw ApiException.badRequest("the body is empty: send a JSON object");
            if (first != JsonToken.START_OBJECT) throw ApiException.badRequest("the body must be a JSON object");
            T result = reader.read(p);
            if (p.nextToken() != null) throw ApiException.badRequest("unexpected text after the JSON object");
            return result;
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw ApiException.badRequest("malformed JSON: " + ValueCodec.plain(e.getOriginalMessage())
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr()));
        } catch (EncodingException e) {
            throw ApiException.badRequest(e.getMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable body: " + e.getMessage());
        }
    }

    private static Map<String, Object> namedValues(JsonParser p, String field, int maxDepth) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw ApiException.badRequest("'" + field + "' must be an object of name → encoded value");
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (!name.matches("[\\p{L}_][\\p{L}\\p{N}_]*")) throw ApiException.badRequest("'" + field + "' names must be Python identifiers, not '" + Ids.printable(name) + "'");
            p.nextToken();
            out.put(name, ValueCodec.read(p, maxDepth));
        }
        return out;
    }

    private static String string(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw ApiException.badRequest("'" + field + "' must be a string");
        return p.getText();
    }

    private static long nonNegative(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER || p.getLongValue() < 0) {
            throw ApiException.badRequest("'" + field + "' must be a non-negative integer");
        }
        return p.getLongValue();
    }

    private static ApiException unknownField(String field, String known) {
        return ApiException.badRequest("unknown field '" + Ids.printable(field) + "' (known: " + known + ")");
    }

    /** Reads {@code ?wait=S}: seconds, 0 to 300, decimals allowed; absent means 0. */
    static long waitMillis(String wait) {
        if (wait == null) return 0;
        try {
            double s = Double.parseDouble(wait);
            if (!(s >= 0 && s <= 300)) throw ApiException.badRequest("'wait' is seconds from 0 to 300, not " + Ids.printable(wait));
            return (long) (s * 1000);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'wait' is seconds from 0 to 300, not '" + Ids.printable(wait) + "'");
        }
    }

    /** Reads {@code ?maxBytes=N}; absent means no limit. */
    static long maxBytes(String value) {
        if (value == null) return Long.MAX_VALUE;
        try {
            long n = Long.parseLong(value);
            if (n < 0) throw ApiException.badRequest("'maxBytes' must be a non-negative integer, not " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'maxBytes' must be a non-negative integer, not '" + Ids.printable(value) + "'");
        }
    }

}

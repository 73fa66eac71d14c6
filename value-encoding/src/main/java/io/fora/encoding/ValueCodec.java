// SPDX-License-Identifier: Apache-2.0
package io.fora.encoding;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tagged JSON encoding of Python values that every Fora client shares (see
 * {@code docs/value-encoding.md}):
 *
 * <pre>
 * None → null            bool → true/false          str → "..."          list → [...]
 * int  → 42 when |n| &lt; 2**53, else {"$int": "123456789012345678901"}
 * float → 1.5 / 1.0E20 (always a '.' or an exponent), or {"$float": "nan" | "inf" | "-inf"}
 * tuple → {"$tuple": [...]}   dict → {"$dict": [[k, v], ...]}   set → {"$set": [...]}
 * frozenset → {"$frozenset": [...]}   reference → {"$ref": "id"}
 * bytes → {"$bytes": "base64"}   bytearray → {"$bytearray": "base64"}   (RFC 4648 base64, padded)
 * an instance of a user class → {"$instance": ["module", "Qual.name", {"$dict": [[attr, value], ...]}]}   (download only)
 * no JSON form → {"$repr": "&lt;function f at 0x…&gt;", "$type": "function"}   (download only)
 * </pre>
 *
 * On the Java side: null, Boolean, Long (Integer, Short, Byte accepted), BigInteger, Double
 * (Float accepted), String, byte[] (bytes), {@link ByteArray}, List, {@link Tuple}, Map, Set, {@link FrozenSet}, {@link RemoteRef},
 * {@link Opaque}. A JSON object without {@code $} keys also decodes, as a dict with str keys: a
 * convenience for people typing JSON by hand.
 */
public final class ValueCodec {
    private ValueCodec() {}

    /** Integers at or beyond this magnitude travel as {@code {"$int": "..."}}: JSON readers lose them otherwise. */
    public static final long EXACT_LIMIT = 1L << 53;
    /** Nesting deeper than this is refused on reading, whatever the caller asks for. */
    public static final int MAX_DEPTH_CEILING = 10_000;
    /** Default nesting limit for reading values. */
    public static final int DEFAULT_MAX_DEPTH = 1_000;
    /** Longest {@code $int} accepted on reading, in digits: parsing is quadratic beyond. */
    public static final int MAX_INT_DIGITS = 100_000;

    /** One factory for every reader and writer: Jackson's own depth check is ours, so it is lifted. */
    public static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH_CEILING + 8)
                    .maxNumberLength(MAX_INT_DIGITS)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_DEPTH_CEILING + 8).build())
            .build();

    // ---- writing primitives, shared with the server's writer of VM values ----

    public static void writeInt(JsonGenerator g, long v) throws IOException {
        if (v > -EXACT_LIMIT && v < EXACT_LIMIT) {
            g.writeNumber(v);
        } else {
            startTag(g, "$int");
            g.writeString(Long.toString(v));
            g.writeEndObject();
        }
    }

    public static void writeInt(JsonGenerator g, BigInteger v) throws IOException {
        if (v.bitLength() < 63) {
            writeInt(g, v.longValue());
        } else {
            startTag(g, "$int");
            g.writeString(v.toString());
            g.writeEndObject();
        }
    }

    /** A float as a JSON number that always has a '.' or an exponent (Java's shortest repr does). */
    public static void writeFloat(JsonGenerator g, double v) throws IOException {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            startTag(g, "$float");
            g.writeString(Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf");
            g.writeEndObject();
        } else {
            g.writeNumber(Double.toString(v));
        }
    }

    /** Opens {@code {"<tag>": } ; the caller writes the member and closes the object. */
    public static void startTag(JsonGenerator g, String tag) throws IOException {
        g.writeStartObject();
        g.writeFieldName(tag);
    }

    /** Opens {@code {"<tag>": [} ; close it with {@link #endTaggedArray}. */
    public static void startTaggedArray(JsonGenerator g, String tag) throws IOException {
        startTag(g, tag);
        g.writeStartArray();
    }

    public static void endTaggedArray(JsonGenerator g) throws IOException {
        g.writeEndArray();
        g.writeEndObject();
    }

    public static void writeRef(JsonGenerator g, String id) throws IOException {
        startTag(g, "$ref");
        g.writeString(id);
        g.writeEndObject();
    }

    /** {@code {"$bytes": "..."}} or, with {@code mutable}, {@code {"$bytearray": "..."}}. */
    public static void writeBytes(JsonGenerator g, byte[] data, int length, boolean mutable) throws IOException {
        startTag(g, mutable ? "$bytearray" : "$bytes");
        byte[] b = length == data.length ? data : java.util.Arrays.copyOf(data, length);
        g.writeString(java.util.Base64.getEncoder().encodeToString(b));
        g.writeEndObject();
    }

    /** Opens {@code {"$instance": [module, qualname, } ; the caller writes the state and calls {@link #endInstance}. */
    public static void startInstance(JsonGenerator g, String module, String qualname) throws IOException {
        startTaggedArray(g, "$instance");
        g.writeString(module);
        g.writeString(qualname);
    }

    public static void endInstance(JsonGenerator g) throws IOException { endTaggedArray(g); }

    public static void writeOpaque(JsonGenerator g, String repr, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("$repr", repr);
        g.writeStringField("$type", type);
        g.writeEndObject();
    }

    // ---- Java values ----

    /** The JSON text of a Java value. */
    public static String encode(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes a Java value; throws {@link EncodingException} for a type that has no encoding. */
    public static void write(JsonGenerator g, Object value) throws IOException {
        write(g, value, 0);
    }

    private static void write(JsonGenerator g, Object value, int depth) throws IOException {
        if (depth > MAX_DEPTH_CEILING) throw new EncodingException("value nested deeper than " + MAX_DEPTH_CEILING + " levels");
        switch (value) {
            case null -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Long l -> writeInt(g, l);
            case Integer i -> g.writeNumber(i);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case BigInteger b -> writeInt(g, b);
            case Double d -> writeFloat(g, d);
            case Float f -> writeFloat(g, f);
            case String s -> g.writeString(s);
            case Character c -> g.writeString(c.toString());
            case byte[] b -> writeBytes(g, b, b.length, false);
            case ByteArray b -> writeBytes(g, b.data(), b.data().length, true);
            case RemoteRef r -> writeRef(g, r.id());
            case Opaque o -> writeOpaque(g, o.repr(), o.type());
            case Instance i -> {
                startInstance(g, i.module(), i.qualname());
                write(g, i.state(), depth + 1);
                endInstance(g);
            }
            case Tuple t -> writeTagged(g, "$tuple", t.items(), depth);
            case FrozenSet f -> writeTagged(g, "$frozenset", f.items(), depth);
            case Set<?> s -> writeTagged(g, "$set", s, depth);
            case List<?> l -> {
                g.writeStartArray();
                for (Object o : l) write(g, o, depth + 1);
                g.writeEndArray();
            }
            case Object[] a -> write(g, java.util.Arrays.asList(a), depth);
            case Map<?, ?> m -> {
                startTaggedArray(g, "$dict");
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    g.writeStartArray();
                    write(g, e.getKey(), depth + 2);
                    write(g, e.getValue(), depth + 2);
                    g.writeEndArray();
                }
                endTaggedArray(g);
            }
            default -> throw new EncodingException("a " + value.getClass().getName() + " has no Python encoding");
        }
    }

    private static void writeTagged(JsonGenerator g, String tag, Collection<?> items, int depth) throws IOException {
        startTaggedArray(g, tag);
        for (Object o : items) write(g, o, depth + 1);
        endTaggedArray(g);
    }

    // ---- reading ----

    /** The Java value of a whole JSON text, nesting at most {@link #DEFAULT_MAX_DEPTH} deep. */
    public static Object decode(String json) {
        return decode(json, DEFAULT_MAX_DEPTH);
    }

    public static Object decode(String json, int maxDepth) {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() == null) throw new EncodingException("empty JSON text");
            Object v = read(p, maxDepth);
            if (p.nextToken() != null) throw new EncodingException("unexpected text after the value at " + where(p));
            return v;
        } catch (JsonProcessingException e) {
            throw new EncodingException("malformed JSON: " + plain(e.getOriginalMessage()) + " at " + where(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the value starting at the parser's current token, leaving the parser on its last token.
     * {@code maxDepth} limits nesting of lists, tuples, dicts and sets.
     */
    public static Object read(JsonParser p, int maxDepth) throws IOException {
        return read(p, Math.min(maxDepth, MAX_DEPTH_CEILING), 0);
    }

    private static Object read(JsonParser p, int maxDepth, int depth) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) throw new EncodingException("missing value at " + where(p));
        switch (t) {
            case VALUE_NULL: return null;
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            case VALUE_STRING: return p.getText();
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT, LONG -> p.getLongValue();
                    default -> normalise(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case START_ARRAY: {
                checkDepth(p, maxDepth, depth);
                List<Object> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, maxDepth, depth + 1));
                return items;
            }
            case START_OBJECT: {
                checkDepth(p, maxDepth, depth);
                return readObject(p, maxDepth, depth);
            }
            default: throw new EncodingException("unexpected " + t + " at " + where(p));
        }
    }

    private static Object readObject(JsonParser p, int maxDepth, int depth) throws IOException {
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_OBJECT) return new LinkedHashMap<>();
        String first = p.currentName();
        if (!first.startsWith("$")) return readPlainObject(p, maxDepth, depth, first);
        p.nextToken();
        Object result = switch (first) {
            case "$int" -> parseInt(p);
            case "$float" -> parseFloat(p);
            case "$ref" -> {
                if (p.currentToken() != JsonToken.VALUE_STRING || p.getText().isEmpty()) throw new EncodingException("$ref needs a non-empty id string at " + where(p));
                yield new RemoteRef(p.getText());
            }
            case "$tuple" -> new Tuple(readArray(p, maxDepth, depth, "$tuple"));
            case "$set" -> new LinkedHashSet<>(readArray(p, maxDepth, depth, "$set"));
            case "$frozenset" -> new FrozenSet(new LinkedHashSet<>(readArray(p, maxDepth, depth, "$frozenset")));
            case "$dict" -> readDict(p, maxDepth, depth);
            case "$bytes" -> readBytes(p, "$bytes");
            case "$instance" -> readInstance(p, maxDepth, depth);
            case "$bytearray" -> new ByteArray(readBytes(p, "$bytearray"));
            case "$repr", "$type" -> readOpaque(p, first);
            default -> throw new EncodingException("unknown tag '" + first + "' at " + where(p)
                    + " (known: $int, $float, $tuple, $dict, $set, $frozenset, $bytes, $bytearray, $instance, $ref, $repr)");
        };
        if (result instanceof Opaque) return result;
        if (p.nextToken() != JsonToken.END_OBJECT) {
            throw new EncodingException("a '" + first + "' object has exactly one member; found '" + p.currentName() + "' too at " + where(p));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Instance readInstance(JsonParser p, int maxDepth, int depth) throws IOException {
        List<Object> parts = readArray(p, maxDepth, depth, "$instance");
        if (parts.size() != 3 || !(parts.get(0) instanceof String module) || !(parts.get(1) instanceof String qualname)
                || !(parts.get(2) instanceof Map<?, ?> state)) {
            throw new EncodingException("$instance needs [module, qualname, state dict] at " + where(p));
        }
        return new Instance(module, qualname, (Map<Object, Object>) state);
    }

    private static byte[] readBytes(JsonParser p, String tag) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw new EncodingException(tag + " needs a base64 string at " + where(p));
        if (p.getText().length() % 4 != 0) throw new EncodingException(tag + " is not valid base64 (padded to a multiple of 4 characters) at " + where(p));
        try {
            return java.util.Base64.getDecoder().decode(p.getText());
        } catch (IllegalArgumentException e) {
            throw new EncodingException(tag + " is not valid base64 (" + e.getMessage() + ") at " + where(p));
        }
    }

    private static Map<Object, Object> readPlainObject(JsonParser p, int maxDepth, int depth, String first) throws IOException {
        Map<Object, Object> m = new LinkedHashMap<>();
        String name = first;
        while (true) {
            if (name.startsWith("$")) throw new EncodingException("unknown tag '" + name + "' in a plain object at " + where(p) + "; tags stand alone");
            p.nextToken();
            m.put(name, read(p, maxDepth, depth + 1));
            if (p.nextToken() == JsonToken.END_OBJECT) return m;
            name = p.currentName();
        }
    }

    private static List<Object> readArray(JsonParser p, int maxDepth, int depth, String tag) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw new EncodingException(tag + " needs an array at " + where(p));
        List<Object> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) items.add(read(p, maxDepth, depth + 1));
        return items;
    }

    private static Map<Object, Object> readDict(JsonParser p, int maxDepth, int depth) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw new EncodingException("$dict needs an array of [key, value] pairs at " + where(p));
        Map<Object, Object> m = new LinkedHashMap<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_ARRAY) throw new EncodingException("$dict entries are [key, value] arrays at " + where(p));
            checkDepth(p, maxDepth, depth + 1);
            if (p.nextToken() == JsonToken.END_ARRAY) throw new EncodingException("a $dict entry needs a key and a value at " + where(p));
            Object k = read(p, maxDepth, depth + 2);
            if (p.nextToken() == JsonToken.END_ARRAY) throw new EncodingException("a $dict entry needs a value after its key at " + where(p));
            Object v = read(p, maxDepth, depth + 2);
            if (p.nextToken() != JsonToken.END_ARRAY) throw new EncodingException("a $dict entry has exactly two items at " + where(p));
            m.put(k, v);
        }
        return m;
    }

    private static Object parseInt(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw new EncodingException("$int needs a decimal string at " + where(p));
        String s = p.getText().strip();
        int digits = s.length() - (s.startsWith("+") || s.startsWith("-") ? 1 : 0);
        if (digits > MAX_INT_DIGITS) throw new EncodingException("$int longer than " + MAX_INT_DIGITS + " digits at " + where(p));
        if (!s.matches("[+-]?[0-9]+")) throw new EncodingException("$int needs a decimal string, not '" + abbreviate(s) + "' at " + where(p));
        return normalise(new BigInteger(s));
    }

    private static Object parseFloat(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw new EncodingException("$float needs \"nan\", \"inf\" or \"-inf\" at " + where(p));
        return switch (p.getText()) {
            case "nan" -> Double.NaN;
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> throw new EncodingException("$float needs \"nan\", \"inf\" or \"-inf\", not '" + abbreviate(p.getText()) + "' at " + where(p));
        };
    }

    private static Opaque readOpaque(JsonParser p, String first) throws IOException {
        String repr = null;
        String type = null;
        String name = first;
        while (true) {
            if (p.currentToken() != JsonToken.VALUE_STRING) throw new EncodingException(name + " needs a string at " + where(p));
            switch (name) {
                case "$repr" -> repr = p.getText();
                case "$type" -> type = p.getText();
                default -> throw new EncodingException("unexpected '" + name + "' beside $repr/$type at " + where(p));
            }
            if (p.nextToken() == JsonToken.END_OBJECT) break;
            name = p.currentName();
            p.nextToken();
        }
        if (repr == null || type == null) throw new EncodingException("$repr and $type come together at " + where(p));
        return new Opaque(repr, type);
    }

    /** Longs stay longs: one Java type per Python int magnitude. */
    public static Object normalise(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static void checkDepth(JsonParser p, int maxDepth, int depth) {
        if (depth >= maxDepth) throw new EncodingException("value nested deeper than " + maxDepth + " levels at " + where(p));
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    private static String where(JsonParser p) {
        var loc = p.currentLocation();
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** A JSON parser's message without its internals ("[Source: REDACTED ...; line: 1, column: 1]" becomes "line 1, column 1"). */
    public static String plain(String message) {
        return message == null ? "" : message.replaceAll("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
    }

    private static String where(JsonProcessingException e) {
        var loc = e.getLocation();
        return loc == null ? "an unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }
}

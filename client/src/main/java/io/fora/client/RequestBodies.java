// SPDX-License-Identifier: Apache-2.0
package io.fora.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.fora.encoding.EncodingException;
import io.fora.encoding.FrozenSet;
import io.fora.encoding.RemoteRef;
import io.fora.encoding.Tuple;
import io.fora.encoding.ValueCodec;
import io.fora.errors.PythonToForaConversionError;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON bodies the client sends: definitions and the three kinds of submission of
 * {@code docs/http-api.md}. Values are written by {@link ValueCodec}, after every
 * {@link RemoteObject} inside them has become the {@link RemoteRef} it travels as.
 */
final class RequestBodies {
    private RequestBodies() {}

    /** The value codec's factory, writing as deep as it reads (Jackson alone stops writing at 1000 levels). */
    private static final JsonFactory JSON = ValueCodec.JSON.rebuild()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(ValueCodec.MAX_DEPTH_CEILING + 8).build())
            .build();

    private interface Members {
        void write(JsonGenerator g) throws IOException;
    }

    /** {@code {"value": …}} */
    static String defineValue(Object value) {
        Object wire = toWire(value);
        return object(g -> {
            g.writeFieldName("value");
            ValueCodec.write(g, wire);
        });
    }

    /** {@code {"source": …, "name": …, "path": …}} */
    static String defineSource(PythonSource source, String name) {
        return object(g -> {
            g.writeStringField("source", source.code());
            g.writeStringField("name", name);
            g.writeStringField("path", source.path());
        });
    }

    /** A call of a defined function: {@code {"call": {"$ref": …}, "args": …, "kwargs": …, "download": …}}. */
    static String call(RemoteObject function, List<?> args, Map<String, ?> kwargs, Download download) {
        Object fn = new RemoteRef(function.id());
        return call(null, fn, args, kwargs, download);
    }

    /** A call of a global of a module: {@code {"source": …, "path": …, "call": "f", …}}. */
    static String call(PythonSource source, String function, List<?> args, Map<String, ?> kwargs, Download download) {
        return call(source, (Object) function, args, kwargs, download);
    }

    private static String call(PythonSource source, Object fn, List<?> args, Map<String, ?> kwargs, Download download) {
        Object wireArgs = toWire(args);
        Object wireKwargs = toWire(kwargs);
        return object(g -> {
            if (source != null) {
                g.writeStringField("source", source.code());
                g.writeStringField("path", source.path());
            }
            g.writeFieldName("call");
            ValueCodec.write(g, fn);
            g.writeFieldName("args");
            ValueCodec.write(g, wireArgs);
            if (!kwargs.isEmpty()) {
                g.writeFieldName("kwargs");
                writeNamed(g, (Map<?, ?>) wireKwargs);
            }
            download.write(g);
        });
    }

    /** A remotely block: {@code {"block": …, "bindings": {…}, "download": …}}. */
    static String block(String block, Map<String, ?> bindings, Download download) {
        Object wireBindings = toWire(bindings);
        return object(g -> {
            g.writeStringField("block", block);
            g.writeFieldName("bindings");
            writeNamed(g, (Map<?, ?>) wireBindings);
            download.write(g);
        });
    }

    /** A module run: {@code {"source": …, "path": …}}. */
    static String module(PythonSource source) {
        return object(g -> {
            g.writeStringField("source", source.code());
            g.writeStringField("path", source.path());
        });
    }

    /** Names to values as a plain JSON object (kwargs, bindings), not a {@code $dict}. */
    private static void writeNamed(JsonGenerator g, Map<?, ?> named) throws IOException {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : named.entrySet()) {
            g.writeFieldName((String) e.getKey());
            ValueCodec.write(g, e.getValue());
        }
        g.writeEndObject();
    }

    private static String object(Members members) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            members.write(g);
            g.writeEndObject();
        } catch (EncodingException | StreamConstraintsException e) {
            throw new PythonToForaConversionError(e.getMessage(), null, 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The value with each {@link RemoteObject} replaced by its {@link RemoteRef} and primitive
     * arrays turned into lists; containers are copied only when something inside them changed.
     * A value with no Python encoding fails with {@link PythonToForaConversionError}.
     */
    static Object toWire(Object value) {
        return toWire(value, 0);
    }

    private static Object toWire(Object value, int depth) {
        if (depth > ValueCodec.MAX_DEPTH_CEILING) {
            throw new PythonToForaConversionError("value nested deeper than " + ValueCodec.MAX_DEPTH_CEILING + " levels", null, 0, 0);
        }
        return switch (value) {
            case null -> null;
            case RemoteObject r -> new RemoteRef(r.id());
            case PythonSource _ -> throw new PythonToForaConversionError(
                    "a PythonSource is module text, not a value: define(source, name) keeps one of its globals", null, 0, 0);
            case Tuple t -> {
                List<Object> items = toWireItems(t.items(), depth);
                yield items == null ? t : new Tuple(items);
            }
            case FrozenSet f -> {
                List<Object> items = toWireItems(f.items(), depth);
                yield items == null ? f : new FrozenSet(new LinkedHashSet<>(items));
            }
            case Set<?> s -> {
                List<Object> items = toWireItems(s, depth);
                yield items == null ? s : new LinkedHashSet<>(items);
            }
            case List<?> l -> {
                List<Object> items = toWireItems(l, depth);
                yield items == null ? l : items;
            }
            case Object[] a -> {
                List<Object> items = toWireItems(java.util.Arrays.asList(a), depth);
                yield items == null ? a : items;
            }
            case Map<?, ?> m -> toWireMap(m, depth);
            case int[] a -> java.util.Arrays.stream(a).boxed().toList();
            case long[] a -> java.util.Arrays.stream(a).boxed().toList();
            case double[] a -> java.util.Arrays.stream(a).boxed().toList();
            case boolean[] a -> {
                List<Object> items = new ArrayList<>(a.length);
                for (boolean b : a) items.add(b);
                yield items;
            }
            default -> value;
        };
    }

    /** The converted items, or null when none changed. */
    private static List<Object> toWireItems(Collection<?> items, int depth) {
        List<Object> out = null;
        int i = 0;
        for (Object item : items) {
            Object w = toWire(item, depth + 1);
            if (w != item && out == null) {
                out = new ArrayList<>(items.size());
                int j = 0;
                for (Object earlier : items) {
                    if (j++ == i) break;
                    out.add(earlier);
                }
            }
            if (out != null) out.add(w);
            i++;
        }
        return out;
    }

    private static Map<?, ?> toWireMap(Map<?, ?> m, int depth) {
        boolean changed = false;
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object k = toWire(e.getKey(), depth + 1);
            Object v = toWire(e.getValue(), depth + 1);
            changed |= k != e.getKey() || v != e.getValue();
            out.put(k, v);
        }
        return changed ? out : m;
    }
}

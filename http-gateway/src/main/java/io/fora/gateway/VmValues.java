// SPDX-License-Identifier: Apache-2.0
package io.fora.gateway;

import com.fasterxml.jackson.core.JsonGenerator;
import io.fora.encoding.FrozenSet;
import io.fora.encoding.Opaque;
import io.fora.encoding.RemoteRef;
import io.fora.encoding.Tuple;
import io.fora.encoding.ValueCodec;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.PyDict;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyList;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PySet;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Repr;
import io.fora.vm.runtime.Types;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts between the VM's values and the shared value encoding: decoded Java values (from
 * {@link ValueCodec}) become VM values on upload; VM values are written straight to JSON on
 * download, without an intermediate copy, so a large list costs one pass.
 */
final class VmValues {
    private VmValues() {}

    /** Deeper values than this cannot be downloaded: each level is a Java frame. */
    static final int MAX_WRITE_DEPTH = 10_000;

    /**
     * The VM value of a decoded Java value; {@code $ref}s resolve in {@code store}. Must run with an
     * interpreter current (dict keys may hash through a user {@code __hash__}).
     */
    static Object toVm(Object v, ObjectStore store) {
        return switch (v) {
            case null -> PyNone.NONE;
            case Boolean b -> b;
            case Long l -> Ints.box(l);
            case BigInteger b -> Ints.norm(b);
            case Double d -> d;
            case String s -> PyStr.of(s);
            case byte[] b -> io.fora.vm.runtime.PyBytes.of(b.clone());
            case io.fora.encoding.ByteArray b -> io.fora.vm.runtime.PyBytes.array(b.data());
            case List<?> l -> {
                Object[] items = new Object[l.size()];
                for (int i = 0; i < items.length; i++) items[i] = toVm(l.get(i), store);
                yield PyList.of(items);
            }
            case Tuple t -> {
                Object[] items = new Object[t.size()];
                for (int i = 0; i < items.length; i++) items[i] = toVm(t.get(i), store);
                yield PyTuple.of(items);
            }
            case Map<?, ?> m -> {
                PyDict d = new PyDict(m.size());
                for (Map.Entry<?, ?> e : m.entrySet()) d.put(hashable(toVm(e.getKey(), store)), toVm(e.getValue(), store));
                yield d;
            }
            case FrozenSet f -> setOf(f.items(), true, store);
            case Set<?> s -> setOf(s, false, store);
            case RemoteRef r -> store.get(r.id()).value();
            case io.fora.encoding.Instance i -> throw new ApiException(400, "PythonToForaConversionError",
                    "an {\"$instance\": ...} value (" + i.qualname() + ") cannot be sent as a value; send its class's source, or its {\"$ref\": id}");
            case Opaque o -> throw new ApiException(400, "PythonToForaConversionError",
                    "a {\"$repr\": ...} value (" + o.type() + ") has no Python value to send back; send its {\"$ref\": id} instead");
            default -> throw new IllegalStateException("not a decoded value: " + v.getClass());
        };
    }

    private static PySet setOf(Set<?> items, boolean frozen, ObjectStore store) {
        PySet s = new PySet(frozen);
        for (Object o : items) s.add(hashable(toVm(o, store)));
        return s;
    }

    private static Object hashable(Object key) {
        try {
            io.fora.vm.runtime.Hashing.hash(key);
            return key;
        } catch (PyError e) {
            throw new ApiException(400, "PythonToForaConversionError", "a dict key or set element must be hashable: " + e.getMessage());
        }
    }

    /** The Python type name of a VM value, as {@code type(v).__name__}. */
    static String typeName(Object v) { return Types.typeOf(v).name(); }

    /**
     * Writes a VM value in the shared encoding. Values with no JSON form are written as
     * {@code {"$repr", "$type"}}; needs an interpreter current for user {@code __repr__}s.
     */
    static void write(JsonGenerator g, Object v) throws IOException {
        write(g, v, 0);
    }

    private static void write(JsonGenerator g, Object v, int depth) throws IOException {
        if (depth > MAX_WRITE_DEPTH) throw new DownloadException("the value is nested deeper than " + MAX_WRITE_DEPTH + " levels");
        switch (v) {
            case PyNone n when n == PyNone.NONE -> g.writeNull();
            case Boolean b -> g.writeBoolean(b);
            case Long l -> ValueCodec.writeInt(g, l);
            case BigInteger b -> ValueCodec.writeInt(g, b);
            case Double d -> ValueCodec.writeFloat(g, d);
            case PyStr s -> g.writeString(s.value());
            case io.fora.vm.runtime.PyBytes b -> ValueCodec.writeBytes(g, b.raw(), b.size(), b.isMutable());
            case PyList l -> {
                g.writeStartArray();
                Object[] items = l.items();
                for (int i = 0, n = l.size(); i < n; i++) write(g, items[i], depth + 1);
                g.writeEndArray();
            }
            case PyTuple t -> {
                ValueCodec.startTaggedArray(g, "$tuple");
                for (Object o : t.items()) write(g, o, depth + 1);
                ValueCodec.endTaggedArray(g);
            }
            case PyDict d -> {
                ValueCodec.startTaggedArray(g, "$dict");
                for (int i = 0, n = d.size(); i < n; i++) {
                    Object k = d.keyAt(i);
                    if (k == null) continue;
                    g.writeStartArray();
                    write(g, k, depth + 2);
                    write(g, d.valueAt(i), depth + 2);
                    g.writeEndArray();
                }
                ValueCodec.endTaggedArray(g);
            }
            case PySet s -> {
                ValueCodec.startTaggedArray(g, s.isFrozen() ? "$frozenset" : "$set");
                for (Object o : s.toArray()) write(g, o, depth + 1);
                ValueCodec.endTaggedArray(g);
            }
            case io.fora.vm.runtime.PyInstance i when plainInstance(i) && WRITING.get().add(i) -> {
                // an instance of the program's own class: its class by name and its attributes
                try {
                    ValueCodec.startInstance(g, i.cls().module(), i.cls().qualname());
                    ValueCodec.startTaggedArray(g, "$dict");
                    for (Map.Entry<String, Object> e : i.attrs().entrySet()) {
                        if (e.getValue() == null) continue;
                        g.writeStartArray();
                        g.writeString(e.getKey());
                        write(g, e.getValue(), depth + 3);
                        g.writeEndArray();
                    }
                    ValueCodec.endTaggedArray(g);
                    ValueCodec.endInstance(g);
                } finally {
                    WRITING.get().remove(i);
                }
            }
            default -> ValueCodec.writeOpaque(g, Repr.repr(v), typeName(v));
        }
    }

    /** Instances being written on this thread: one that contains itself is written as its repr there. */
    private static final ThreadLocal<java.util.Set<Object>> WRITING =
            ThreadLocal.withInitial(() -> java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));

    /** A user class's instance whose state is its attributes (not an exception, not a builtin subclass, no __reduce__). */
    private static boolean plainInstance(io.fora.vm.runtime.PyInstance i) {
        io.fora.vm.runtime.PyClass c = i.cls();
        return !c.isBuiltin() && !c.isException() && i.base() == null && c.builtinBase() == Types.OBJECT
                && !c.overrides("__reduce__") && !c.overrides("__reduce_ex__") && !c.overrides("__getstate__");
    }


    /** A value that cannot be downloaded, or a download larger than the caller allowed. */
    static final class DownloadException extends RuntimeException {
        DownloadException(String message) { super(message, null, false, false); }
    }
}

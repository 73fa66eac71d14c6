// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.ReferenceResolver;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import io.fora.vm.builtins.Builtins;
import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.Iterators;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyCell;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyModule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * The Kryo set-up that writes VM values: paused frame chains ({@link ComputationState}) and the
 * pieces a computation sends to another machine ({@link PieceCodec}). Builtins, modules and builtin
 * classes travel by name (their code is everywhere); a list iterator sends only the items it has
 * left; code objects travel by content hash, their body only to a peer that does not hold them
 * yet. Reading accepts only classes of the VM and of {@code java.lang}, {@code java.util} and
 * {@code java.math}: bytes from the network never instantiate anything else.
 */
final class VmKryo {
    private VmKryo() {}

    /** Where code objects are known by hash: the sender's record of what a peer holds, the receiver's cache. */
    interface CodeShipping {
        /** True when the peer already holds the code with this hash (its body need not be sent). */
        boolean peerHolds(String hash);

        /** The code with this hash received earlier, or null. */
        CodeObject known(String hash);

        /** Remembers code received (returns the instance to use: an earlier one with the same hash wins). */
        CodeObject remember(String hash, CodeObject code);

        /** Every body is sent, nothing is cached: for frames saved to bytes. */
        CodeShipping ALWAYS_SEND = new CodeShipping() {
            @Override public boolean peerHolds(String hash) { return false; }
            @Override public CodeObject known(String hash) { return null; }
            @Override public CodeObject remember(String hash, CodeObject code) { return code; }
        };
    }

    /** Thrown when a piece names code by hash that this machine does not hold (it restarted since). */
    static final class MissingCode extends KryoException {
        MissingCode(String hash) { super("code object " + hash + " is not held here"); }
    }

    /** For frames saved whole: every global goes. */
    static Kryo create(ReferenceResolver references, CodeShipping code) { return create(references, code, false); }

    /** With {@code pieces}, a module's globals carry only what its nested code may read (see Globals#readByNestedCode). */
    static Kryo create(ReferenceResolver references, CodeShipping code, boolean pieces) { return create(references, code, pieces, null); }

    /** With a {@code scope}, module tables are the computation's own on this machine (see {@link PieceScope}). */
    static Kryo create(ReferenceResolver references, CodeShipping code, boolean pieces, PieceScope scope) {
        Kryo kryo = new Kryo(new AllowedClasses(), references);
        kryo.setRegistrationRequired(false);
        kryo.setReferences(true);
        kryo.setAutoReset(false);
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        FieldSerializer.FieldSerializerConfig config = new FieldSerializer.FieldSerializerConfig();
        config.setIgnoreSyntheticFields(false);
        kryo.setDefaultSerializer(new com.esotericsoftware.kryo.SerializerFactory.FieldSerializerFactory(config));
        kryo.addDefaultSerializer(PyBuiltin.class, new BuiltinSerializer());
        kryo.addDefaultSerializer(PyModule.class, new ModuleSerializer());
        kryo.addDefaultSerializer(Globals.class, new GlobalsSerializer(pieces, scope));
        kryo.addDefaultSerializer(Iterators.ArrayIter.class, new ArrayIterSerializer());
        kryo.addDefaultSerializer(Iterators.ListIter.class, new ListIterSerializer());
        kryo.addDefaultSerializer(io.fora.vm.runtime.PagedVector.class, new PagedVectorSerializer());
        kryo.addDefaultSerializer(io.fora.vm.runtime.PagedVector.Iter.class, new PagedIterSerializer());
        kryo.addDefaultSerializer(io.fora.vm.runtime.PyStr.class, new StrSerializer());
        kryo.addDefaultSerializer(CodeObject.class, new CodeSerializer(code));
        kryo.addDefaultSerializer(Reductions.Part.class, new Reductions.PartSerializer());
        // floats by their bits: Kryo's own serializers make every NaN the canonical one, and a NaN's
        // sign is Python-visible (math.copysign(1, inf - inf) is -1.0 on x86)
        kryo.register(double.class, new RawDouble()); // Double too: a primitive's registration serves its box
        kryo.addDefaultSerializer(double[].class, new RawDoubles());
        kryo.register(PyClass.class, new ClassSerializer(kryo));
        return kryo;
    }

    static Kryo create() { return create(new Identities(), CodeShipping.ALWAYS_SEND); }

    /**
     * Kryo's table of objects by reference id, open so that a piece's result can name the objects
     * of the piece itself: seeded with them, a reply refers back to the sender's own instances
     * (a result that holds an argument holds the very argument, a user class stays one class).
     */
    static final class Identities implements ReferenceResolver {
        private final IdentityHashMap<Object, Integer> written = new IdentityHashMap<>();
        private final ArrayList<Object> read = new ArrayList<>();
        /** The next id to give: ids are positions, even when one object stands at two of them. */
        private int next;

        Identities() {}

        /** Seeded for writing: these objects are written as references to ids 0.. in this order. */
        static Identities writingAfter(List<Object> known) {
            Identities r = new Identities();
            for (int i = 0; i < known.size(); i++) r.written.putIfAbsent(known.get(i), i);
            r.next = known.size();
            return r;
        }

        /** Seeded for reading: references to ids 0.. are these objects. */
        static Identities readingAfter(List<Object> known) {
            Identities r = new Identities();
            r.read.addAll(known);
            return r;
        }

        /** Objects written so far, by id. */
        List<Object> writtenInOrder() {
            Object[] out = new Object[next];
            for (Map.Entry<Object, Integer> e : written.entrySet()) out[e.getValue()] = e.getKey();
            return java.util.Arrays.asList(out);
        }

        List<Object> readInOrder() { return read; }

        /** Objects read so far. */
        int readCount() { return read.size(); }

        /** True when o was first read at or after position {@code mark}. */
        boolean readSince(Object o, int mark) {
            for (int i = Math.max(0, mark); i < read.size(); i++) if (read.get(i) == o) return true;
            return false;
        }

        void replaceRead(Object old, Object now) {
            for (int i = read.size() - 1; i >= 0; i--) {
                if (read.get(i) == old) {
                    read.set(i, now);
                    return;
                }
            }
        }

        @Override public void setKryo(Kryo kryo) {}

        @Override public int getWrittenId(Object object) {
            Integer id = written.get(object);
            return id == null ? -1 : id;
        }

        @Override public int addWrittenObject(Object object) {
            int id = next++;
            written.put(object, id);
            return id;
        }

        @Override public int nextReadId(Class type) {
            read.add(null);
            return read.size() - 1;
        }

        @Override public void setReadObject(int id, Object object) { read.set(id, object); }

        @Override public Object getReadObject(Class type, int id) {
            if (id < 0 || id >= read.size()) throw new KryoException("reference to unknown object " + id);
            return read.get(id);
        }

        @Override public void reset() {}

        @Override public boolean useReferences(Class type) {
            return !com.esotericsoftware.kryo.util.Util.isWrapperClass(type);
        }
    }

    /** Refuses to read a class outside the VM and the JDK's plain data classes. */
    private static final class AllowedClasses extends DefaultClassResolver {
        @Override protected Registration readName(Input input) {
            Registration r = super.readName(input);
            if (r != null && !allowed(r.getType())) throw new KryoException("class not allowed in Fora values: " + r.getType().getName());
            return r;
        }

        static boolean allowed(Class<?> type) {
            while (type.isArray()) type = type.getComponentType();
            if (type.isPrimitive()) return true;
            String name = type.getName();
            return name.startsWith("io.fora.vm.") || name.startsWith("java.lang.") && !name.startsWith("java.lang.reflect.")
                    && !name.startsWith("java.lang.invoke.") && !name.equals("java.lang.Thread") && !name.equals("java.lang.ProcessBuilder")
                    || name.startsWith("java.util.") && !name.startsWith("java.util.concurrent.locks.")
                    || name.startsWith("java.math.");
        }
    }

    private static final class BuiltinSerializer extends Serializer<PyBuiltin> {
        @Override public void write(Kryo kryo, Output output, PyBuiltin b) {
            String key = Builtins.keyOf(b);
            if (key == null) throw new IllegalStateException("builtin " + b.name() + " cannot be serialised");
            output.writeString(key);
        }

        @Override public PyBuiltin read(Kryo kryo, Input input, Class<? extends PyBuiltin> type) {
            PyBuiltin b = Builtins.byKey(input.readString());
            if (b == null) throw new KryoException("unknown builtin");
            return b;
        }
    }

    private static final class ModuleSerializer extends Serializer<PyModule> {
        @Override public void write(Kryo kryo, Output output, PyModule m) { output.writeString(m.name()); }

        @Override public PyModule read(Kryo kryo, Input input, Class<? extends PyModule> type) {
            PyModule m = Builtins.module(input.readString());
            if (m == null) throw new KryoException("unknown module");
            return m;
        }
    }

    private static String bindingName(Input input) {
        String name = input.readString();
        if (name == null) throw new KryoException("corrupt globals: a binding without a name");
        return name;
    }

    private static final class GlobalsSerializer extends Serializer<Globals> {
        private final boolean pieces;
        private final PieceScope scope;

        GlobalsSerializer(boolean pieces, PieceScope scope) {
            this.pieces = pieces;
            this.scope = scope;
        }

        @Override public void write(Kryo kryo, Output output, Globals g) {
            output.writeString(g.moduleName());
            Map<String, PyCell> cells = g.cells();
            java.util.Set<String> wanted = pieces ? g.readByNestedCode() : null;
            if (wanted != null) cells.keySet().retainAll(wanted);
            output.writeInt(cells.size(), true);
            for (Map.Entry<String, PyCell> e : cells.entrySet()) {
                output.writeString(e.getKey());
                kryo.writeObject(output, e.getValue());
            }
        }

        @Override public Globals read(Kryo kryo, Input input, Class<? extends Globals> type) {
            String module = input.readString();
            if (module == null) throw new KryoException("corrupt globals: no module name");
            Globals g = scope != null ? scope.module(module) : new Globals(module, Builtins.builtins());
            kryo.reference(g);
            int n = input.readInt(true);
            if (n < 0 || n > input.limit()) throw new KryoException("corrupt globals");
            if (scope == null) {
                for (int i = 0; i < n; i++) g.restoreCell(bindingName(input), kryo.readObject(input, PyCell.class));
                return g;
            }
            Identities ids = kryo.getReferenceResolver() instanceof Identities r ? r : null;
            java.util.Set<String> names = new java.util.HashSet<>();
            for (int i = 0; i < n; i++) {
                String name = bindingName(input);
                names.add(name);
                int mark = ids == null ? 0 : ids.readCount();
                Object value = kryo.readObject(input, PyCell.class).value;
                // first read here, nothing read before holds it: the function held already may stand
                // for it, and what the message refers to it by later reaches that one
                boolean firstHere = ids != null && ids.readSince(value, mark);
                Object kept = scope.bind(g, name, value, firstHere);
                if (kept != value) ids.replaceRead(value, kept);
            }
            scope.brought(g, names);
            return g;
        }
    }

    /** Builtin classes by name; user classes field by field. */
    private static final class ClassSerializer extends FieldSerializer<PyClass> {
        ClassSerializer(Kryo kryo) {
            super(kryo, PyClass.class);
        }

        @Override public void write(Kryo kryo, Output output, PyClass c) {
            output.writeBoolean(c.isBuiltin());
            if (c.isBuiltin()) output.writeString(c.builtinKey());
            else super.write(kryo, output, c);
        }

        @Override public PyClass read(Kryo kryo, Input input, Class<? extends PyClass> type) {
            if (!input.readBoolean()) return super.read(kryo, input, type);
            String name = input.readString();
            Builtins.builtins(); // make sure every builtin class exists
            PyClass found = PyClass.builtinNamed(name);
            if (found == null) throw new KryoException("unknown builtin class " + name);
            kryo.reference(found);
            return found;
        }
    }

    /**
     * A str as its text; on reading, the empty string and one-character ASCII strings are the
     * VM's shared instances again, so identity (which pickle's memo observes) is as it was.
     */
    private static final class RawDouble extends com.esotericsoftware.kryo.serializers.ImmutableSerializer<Double> {
        @Override public void write(Kryo kryo, Output output, Double d) { output.writeLong(Double.doubleToRawLongBits(d)); }

        @Override public Double read(Kryo kryo, Input input, Class<? extends Double> type) { return Double.longBitsToDouble(input.readLong()); }
    }

    private static final class RawDoubles extends Serializer<double[]> {
        @Override public void write(Kryo kryo, Output output, double[] a) {
            output.writeVarInt(a.length, true);
            for (double d : a) output.writeLong(Double.doubleToRawLongBits(d));
        }

        @Override public double[] read(Kryo kryo, Input input, Class<? extends double[]> type) {
            int n = input.readVarInt(true);
            if (n < 0 || 8L * n > input.limit() - input.position()) throw new KryoException("corrupt float array");
            double[] a = new double[n];
            for (int i = 0; i < n; i++) a[i] = Double.longBitsToDouble(input.readLong());
            return a;
        }
    }

    private static final class StrSerializer extends Serializer<io.fora.vm.runtime.PyStr> {
        @Override public void write(Kryo kryo, Output output, io.fora.vm.runtime.PyStr s) { output.writeString(s.value()); }

        @Override public io.fora.vm.runtime.PyStr read(Kryo kryo, Input input, Class<? extends io.fora.vm.runtime.PyStr> type) {
            String v = input.readString();
            if (v == null) throw new KryoException("corrupt str");
            return io.fora.vm.runtime.PyStr.of(v);
        }
    }

    /** Only the items a list iterator has left: a piece over a slice of a big list ships the slice. */
    /** A list iterator: its list (shared with the rest of the graph), its position, whether it ended. */
    private static final class ListIterSerializer extends Serializer<Iterators.ListIter> {
        @Override public void write(Kryo kryo, Output output, Iterators.ListIter it) {
            kryo.writeObjectOrNull(output, it.pyClass(), PyClass.class);
            kryo.writeClassAndObject(output, it.list());
            output.writeInt(it.position(), true);
            output.writeBoolean(it.ended());
        }

        @Override public Iterators.ListIter read(Kryo kryo, Input input, Class<? extends Iterators.ListIter> type) {
            PyClass cls = kryo.readObjectOrNull(input, PyClass.class);
            if (!(kryo.readClassAndObject(input) instanceof io.fora.vm.runtime.PyList list)) throw new KryoException("corrupt list iterator");
            int pos = input.readInt(true);
            if (pos < 0) throw new KryoException("corrupt list iterator");
            return new Iterators.ListIter(list, cls, pos, input.readBoolean());
        }
    }

    private static final class ArrayIterSerializer extends Serializer<Iterators.ArrayIter> {
        @Override public void write(Kryo kryo, Output output, Iterators.ArrayIter it) {
            Object[] rest = it.rest();
            kryo.writeObject(output, it.pyClass());
            output.writeInt(rest.length, true);
            for (Object x : rest) kryo.writeClassAndObject(output, x);
        }

        @Override public Iterators.ArrayIter read(Kryo kryo, Input input, Class<? extends Iterators.ArrayIter> type) {
            PyClass cls = kryo.readObject(input, PyClass.class);
            int n = input.readInt(true);
            if (n < 0 || n > input.limit()) throw new KryoException("corrupt list iterator");
            Object[] items = new Object[n];
            for (int i = 0; i < n; i++) items[i] = kryo.readClassAndObject(input);
            return (Iterators.ArrayIter) Iterators.ofArray(items, n, cls);
        }
    }

    /**
     * A paged list: its pages by reference when they can be fetched from the worker holding them,
     * else its elements packed as they are in pages (the receiver keeps them with its own keeper).
     */
    private static final class PagedVectorSerializer extends Serializer<io.fora.vm.runtime.PagedVector> {
        @Override public void write(Kryo kryo, Output output, io.fora.vm.runtime.PagedVector v) {
            v.write(new io.fora.vm.runtime.PagedVector.Sink() {
                @Override public void writeInt(int n) { output.writeInt(n, true); }

                @Override public void writeLong(long n) { output.writeLong(n); }

                @Override public void writeString(String s) { output.writeString(s); }

                @Override public void writeValue(Object x) { kryo.writeClassAndObject(output, x); }
            });
        }

        @Override public io.fora.vm.runtime.PagedVector read(Kryo kryo, Input input, Class<? extends io.fora.vm.runtime.PagedVector> type) {
            try {
                return io.fora.vm.runtime.PagedVector.read(new io.fora.vm.runtime.PagedVector.Source() {
                    @Override public int readInt() { return input.readInt(true); }

                    @Override public long readLong() { return input.readLong(); }

                    @Override public String readString() { return input.readString(); }

                    @Override public Object readValue() { return kryo.readClassAndObject(input); }
                });
            } catch (IllegalArgumentException e) {
                throw new KryoException("corrupt paged list: " + e.getMessage());
            }
        }
    }

    /** Only the elements a paged list's iterator has left. */
    private static final class PagedIterSerializer extends Serializer<io.fora.vm.runtime.PagedVector.Iter> {
        @Override public void write(Kryo kryo, Output output, io.fora.vm.runtime.PagedVector.Iter it) {
            kryo.writeObject(output, it.rest());
        }

        @Override public io.fora.vm.runtime.PagedVector.Iter read(Kryo kryo, Input input, Class<? extends io.fora.vm.runtime.PagedVector.Iter> type) {
            return kryo.readObject(input, io.fora.vm.runtime.PagedVector.class).iter();
        }
    }

    /**
     * Code by content hash; the body follows when the peer may not hold it. The receiver keeps one
     * instance per hash, so the pieces of a computation share their code (and its inline caches).
     */
    private static final class CodeSerializer extends Serializer<CodeObject> {
        private final CodeShipping shipping;

        CodeSerializer(CodeShipping shipping) { this.shipping = shipping; }

        @Override public void write(Kryo kryo, Output output, CodeObject code) {
            String hash = CodeHashes.of(code);
            output.writeString(hash);
            boolean body = !shipping.peerHolds(hash);
            output.writeBoolean(body);
            if (body) bodySerializer(kryo).write(kryo, output, code);
        }

        @Override public CodeObject read(Kryo kryo, Input input, Class<? extends CodeObject> type) {
            String hash = input.readString();
            if (hash == null) throw new KryoException("corrupt code reference");
            if (!input.readBoolean()) {
                CodeObject known = shipping.known(hash);
                if (known == null) throw new MissingCode(hash);
                return known;
            }
            CodeObject code = bodySerializer(kryo).read(kryo, input, CodeObject.class);
            code.contentHash = null;
            // a body is kept under its own hash only, so a wrong claim cannot stand in for other code
            // (code with a constant hashed by identity never matches: it serves this message only)
            if (!CodeHashes.of(code).equals(hash)) return code;
            CodeObject kept = shipping.remember(hash, code);
            // later references in this message must reach the instance kept, not the copy just read
            if (kept != code && kryo.getReferenceResolver() instanceof Identities ids) ids.replaceRead(code, kept);
            return kept;
        }

        @SuppressWarnings("unchecked")
        private static FieldSerializer<CodeObject> bodySerializer(Kryo kryo) {
            return new FieldSerializer<>(kryo, CodeObject.class);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.serializers.FieldSerializer;
import com.esotericsoftware.kryo.util.DefaultInstantiatorStrategy;
import io.fora.vm.builtins.Builtins;
import io.fora.vm.runtime.Globals;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyCell;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyModule;
import java.util.Map;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Serialises a paused computation (its whole frame chain and every value it reaches) with Kryo,
 * so that it can resume in another VM instance or on another machine. Builtins travel by name:
 * their code is already everywhere.
 */
public final class ComputationState {
    private ComputationState() {}

    private static Kryo newKryo() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(false);
        kryo.setReferences(true);
        kryo.setInstantiatorStrategy(new DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        FieldSerializer.FieldSerializerConfig config = new FieldSerializer.FieldSerializerConfig();
        config.setIgnoreSyntheticFields(false);
        kryo.setDefaultSerializer(new com.esotericsoftware.kryo.SerializerFactory.FieldSerializerFactory(config));
        kryo.addDefaultSerializer(PyBuiltin.class, new BuiltinSerializer());
        kryo.addDefaultSerializer(PyModule.class, new ModuleSerializer());
        kryo.addDefaultSerializer(Globals.class, new GlobalsSerializer());
        kryo.register(PyClass.class, new ClassSerializer(kryo));
        return kryo;
    }

    public static byte[] save(Frame top) {
        Output out = new Output(1 << 16, -1);
        newKryo().writeClassAndObject(out, top);
        return out.toBytes();
    }

    public static Frame load(byte[] bytes) {
        return (Frame) newKryo().readClassAndObject(new Input(bytes));
    }

    private static final class BuiltinSerializer extends Serializer<PyBuiltin> {
        @Override public void write(Kryo kryo, Output output, PyBuiltin b) {
            String key = Builtins.keyOf(b);
            if (key == null) throw new IllegalStateException("builtin " + b.name() + " cannot be serialised");
            output.writeString(key);
        }

        @Override public PyBuiltin read(Kryo kryo, Input input, Class<? extends PyBuiltin> type) {
            return Builtins.byKey(input.readString());
        }
    }

    private static final class ModuleSerializer extends Serializer<PyModule> {
        @Override public void write(Kryo kryo, Output output, PyModule m) { output.writeString(m.name()); }

        @Override public PyModule read(Kryo kryo, Input input, Class<? extends PyModule> type) {
            return Builtins.module(input.readString());
        }
    }

    private static final class GlobalsSerializer extends Serializer<Globals> {
        @Override public void write(Kryo kryo, Output output, Globals g) {
            output.writeString(g.moduleName());
            Map<String, PyCell> cells = g.cells();
            output.writeInt(cells.size(), true);
            for (Map.Entry<String, PyCell> e : cells.entrySet()) {
                output.writeString(e.getKey());
                kryo.writeObject(output, e.getValue());
            }
        }

        @Override public Globals read(Kryo kryo, Input input, Class<? extends Globals> type) {
            Globals g = new Globals(input.readString(), Builtins.builtins());
            kryo.reference(g);
            int n = input.readInt(true);
            for (int i = 0; i < n; i++) {
                String name = input.readString();
                g.restoreCell(name, kryo.readObject(input, PyCell.class));
            }
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
            if (c.isBuiltin()) output.writeString(c.name());
            else super.write(kryo, output, c);
        }

        @Override public PyClass read(Kryo kryo, Input input, Class<? extends PyClass> type) {
            if (!input.readBoolean()) return super.read(kryo, input, type);
            String name = input.readString();
            Builtins.builtins(); // make sure every builtin class exists
            PyClass found = PyClass.builtinNamed(name);
            if (found == null) throw new IllegalStateException("unknown builtin class " + name);
            kryo.reference(found);
            return found;
        }
    }
}

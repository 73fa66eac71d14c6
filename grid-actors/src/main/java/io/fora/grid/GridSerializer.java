// SPDX-License-Identifier: Apache-2.0
package io.fora.grid;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.Registration;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.DefaultClassResolver;
import java.io.NotSerializableException;
import java.util.List;
import org.apache.pekko.actor.ExtendedActorSystem;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.SerializerWithStringManifest;

/**
 * Kryo for the grid's control messages (records), bound to {@link GridMessage} in the Pekko
 * configuration; Java serialization stays off. Registration is required: only the message
 * classes listed here, their fields' types and actor references can be read, so forged bytes
 * on a cluster port cannot make a member instantiate anything else, and a length field larger
 * than the message is refused before anything is allocated. A message that cannot be read is
 * dropped and logged by Pekko; the member goes on.
 *
 * <p>Bulk values (pieces, results, jobs) are byte arrays inside these messages, written by the
 * VM's own serialization ({@code io.fora.vm.interp.VmKryo}).
 */
public final class GridSerializer extends SerializerWithStringManifest {
    /** "Fora" in ASCII: unique among the system's serializer ids. */
    static final int ID = 0x466f7261;

    /** Every class a grid message may hold, in a fixed order (their Kryo ids). */
    static final List<Class<?>> MESSAGES = List.of(
            WorkerActor.RunJob.class, WorkerActor.CancelJob.class, WorkerActor.RunPiece.class, WorkerActor.PieceDone.class,
            WorkerActor.CancelPiece.class, WorkerActor.PeerLoad.class, WorkerActor.Part.class,
            ManagerActor.JobDone.class, ManagerActor.WorkerLoad.class, ManagerActor.Part.class,
            WorkerActor.SendPage.class, WorkerActor.PageMissing.class, WorkerActor.PinPage.class, WorkerActor.ReleasePage.class,
            WorkerActor.AskPage.class, WorkerActor.PageAnswer.class);

    private final ActorRefResolver refs;
    private final ThreadLocal<Kryo> kryos;

    public GridSerializer(ExtendedActorSystem system) {
        this.refs = ActorRefResolver.get(Adapter.toTyped(system));
        this.kryos = ThreadLocal.withInitial(this::newKryo);
    }

    /** For tests: references resolve against {@code resolver}. */
    GridSerializer(ActorRefResolver resolver) {
        this.refs = resolver;
        this.kryos = ThreadLocal.withInitial(this::newKryo);
    }

    private Kryo newKryo() {
        Kryo kryo = new Kryo(new RefsAsOneClass(), null);
        kryo.setRegistrationRequired(true);
        kryo.setReferences(false);
        kryo.register(String.class, new BoundedString(), 99);
        kryo.register(byte[].class, new BoundedBytes(), 100);
        kryo.register(String[].class, new BoundedStrings(), 101);
        kryo.register(int[].class, new BoundedInts(), 102);
        kryo.register(ActorRef.class, new RefSerializer(refs), 103);
        int id = 110;
        for (Class<?> c : MESSAGES) kryo.register(c, id++);
        return kryo;
    }

    @Override public int identifier() { return ID; }

    @Override public String manifest(Object o) { return Integer.toString(MESSAGES.indexOf(o.getClass())); }

    @Override public byte[] toBinary(Object o) {
        if (MESSAGES.indexOf(o.getClass()) < 0) throw new IllegalArgumentException("not a grid message: " + o.getClass().getName());
        Output out = new Output(256, -1);
        kryos.get().writeObject(out, o);
        return out.toBytes();
    }

    @Override public Object fromBinary(byte[] bytes, String manifest) throws NotSerializableException {
        int index;
        try {
            index = Integer.parseInt(manifest);
        } catch (NumberFormatException e) {
            throw new NotSerializableException("unknown grid message kind '" + manifest + "'");
        }
        if (index < 0 || index >= MESSAGES.size()) throw new NotSerializableException("unknown grid message kind " + index);
        try {
            Input in = new Input(bytes);
            Object o = kryos.get().readObject(in, MESSAGES.get(index));
            if (in.position() != bytes.length) throw new NotSerializableException("trailing bytes after a grid message");
            return o;
        } catch (KryoException | IllegalArgumentException | IndexOutOfBoundsException | NegativeArraySizeException | ClassCastException e) {
            kryos.get().reset(); // a half-read message leaves no state behind
            throw new NotSerializableException("garbled grid message: " + e.getMessage());
        }
    }

    /** Any typed actor reference class is written as the one registration of {@link ActorRef}. */
    private static final class RefsAsOneClass extends DefaultClassResolver {
        @Override public Registration getRegistration(Class type) {
            if (type != ActorRef.class && ActorRef.class.isAssignableFrom(type)) return super.getRegistration(ActorRef.class);
            return super.getRegistration(type);
        }
    }

    private static final class RefSerializer extends Serializer<ActorRef<?>> {
        private final ActorRefResolver refs;

        RefSerializer(ActorRefResolver refs) { this.refs = refs; }

        @Override public void write(Kryo kryo, Output output, ActorRef<?> ref) { BoundedString.write(output, refs.toSerializationFormat(ref)); }

        @Override public ActorRef<?> read(Kryo kryo, Input input, Class<? extends ActorRef<?>> type) {
            String path = BoundedString.read(input);
            if (path == null || !path.startsWith("pekko://")) throw new KryoException("not an actor reference");
            return refs.resolveActorRef(path);
        }
    }

    private static int length(Input input) {
        int n = input.readVarInt(true);
        if (n == 0) return -1; // null
        n--;
        if (n > input.limit() - input.position()) throw new KryoException("array length " + n + " beyond the message");
        return n;
    }

    private static void writeLength(Output output, Object array, int n) {
        output.writeVarInt(array == null ? 0 : n + 1, true);
    }

    /** UTF-8 with a length that must fit in what is left of the message. */
    private static final class BoundedString extends Serializer<String> {
        BoundedString() { setAcceptsNull(true); }

        static void write(Output output, String s) {
            if (s == null) {
                output.writeVarInt(0, true);
                return;
            }
            byte[] utf8 = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            output.writeVarInt(utf8.length + 1, true);
            output.writeBytes(utf8);
        }

        static String read(Input input) {
            int n = length(input);
            return n < 0 ? null : new String(input.readBytes(n), java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override public void write(Kryo kryo, Output output, String s) { write(output, s); }

        @Override public String read(Kryo kryo, Input input, Class<? extends String> type) { return read(input); }
    }

    private static final class BoundedBytes extends Serializer<byte[]> {
        BoundedBytes() { setAcceptsNull(true); }

        @Override public void write(Kryo kryo, Output output, byte[] a) {
            writeLength(output, a, a == null ? 0 : a.length);
            if (a != null) output.writeBytes(a);
        }

        @Override public byte[] read(Kryo kryo, Input input, Class<? extends byte[]> type) {
            int n = length(input);
            return n < 0 ? null : input.readBytes(n);
        }
    }

    private static final class BoundedInts extends Serializer<int[]> {
        BoundedInts() { setAcceptsNull(true); }

        @Override public void write(Kryo kryo, Output output, int[] a) {
            writeLength(output, a, a == null ? 0 : a.length);
            if (a != null) for (int x : a) output.writeVarInt(x, false);
        }

        @Override public int[] read(Kryo kryo, Input input, Class<? extends int[]> type) {
            int n = length(input);
            if (n < 0) return null;
            int[] a = new int[n];
            for (int i = 0; i < n; i++) a[i] = input.readVarInt(false);
            return a;
        }
    }

    private static final class BoundedStrings extends Serializer<String[]> {
        BoundedStrings() { setAcceptsNull(true); }

        @Override public void write(Kryo kryo, Output output, String[] a) {
            writeLength(output, a, a == null ? 0 : a.length);
            if (a != null) for (String s : a) BoundedString.write(output, s);
        }

        @Override public String[] read(Kryo kryo, Input input, Class<? extends String[]> type) {
            int n = length(input);
            if (n < 0) return null;
            String[] a = new String[n];
            for (int i = 0; i < n; i++) a[i] = BoundedString.read(input);
            return a;
        }
    }
}

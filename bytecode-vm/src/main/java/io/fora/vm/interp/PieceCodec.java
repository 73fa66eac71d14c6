// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Pieces and their results as bytes. A result refers back to the objects of its piece by their
 * reference ids: the receiver writes any object it read from the piece as a reference, and the
 * sender reads that reference as its own original. So a result that contains an argument
 * contains the very argument, and instances keep their one class, as on a single machine.
 */
final class PieceCodec {
    private PieceCodec() {}

    /** A piece as sent: its bytes, the objects they reach by reference id, and the code bodies they carry. */
    record Encoded(byte[] bytes, List<Object> objects, List<String> codeSent) {}

    /** A piece as received: what to run, and the objects read, by reference id. */
    record Decoded(RemotePiece piece, List<Object> objects) {}

    static Encoded encode(RemotePiece piece, Predicate<String> peerHolds) {
        List<String> sent = new ArrayList<>();
        VmKryo.Identities ids = new VmKryo.Identities();
        Kryo kryo = VmKryo.create(ids, new VmKryo.CodeShipping() {
            @Override public boolean peerHolds(String hash) {
                if (peerHolds.test(hash) || sent.contains(hash)) return true;
                sent.add(hash);
                return false;
            }
            @Override public io.fora.vm.compile.CodeObject known(String hash) { return null; }
            @Override public io.fora.vm.compile.CodeObject remember(String hash, io.fora.vm.compile.CodeObject code) { return code; }
        }, true);
        Output out = new Output(1 << 12, -1);
        kryo.writeClassAndObject(out, piece);
        return new Encoded(out.toBytes(), ids.writtenInOrder(), sent);
    }

    static Decoded decode(byte[] bytes, CodeCache codes) { return decode(bytes, codes, null); }

    /** With a {@code scope}: the module tables of the piece's computation here (see {@link PieceScope}). */
    static Decoded decode(byte[] bytes, CodeCache codes, PieceScope scope) {
        VmKryo.Identities ids = new VmKryo.Identities();
        Kryo kryo = VmKryo.create(ids, codes.shipping(), true, scope);
        Object piece = kryo.readClassAndObject(new Input(bytes));
        if (!(piece instanceof RemotePiece p)) throw new com.esotericsoftware.kryo.KryoException("not a piece");
        return new Decoded(p, new ArrayList<>(ids.readInOrder()));
    }

    static byte[] encodeResult(Decoded piece, Object value) {
        Kryo kryo = VmKryo.create(VmKryo.Identities.writingAfter(piece.objects()), VmKryo.CodeShipping.ALWAYS_SEND, true);
        Output out = new Output(1 << 10, -1);
        kryo.writeClassAndObject(out, value);
        return out.toBytes();
    }

    static Object decodeResult(Encoded piece, byte[] bytes) {
        Kryo kryo = VmKryo.create(VmKryo.Identities.readingAfter(piece.objects()), VmKryo.CodeShipping.ALWAYS_SEND, true);
        return kryo.readClassAndObject(new Input(bytes));
    }
}

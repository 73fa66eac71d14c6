// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Output;
import io.fora.vm.ForaVm;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Values read from another machine: only the VM's own classes and plain JDK data come alive. */
class ValueBytesTest {
    private static byte[] forged(Object o) {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(false);
        Output out = new Output(256, -1);
        kryo.writeClassAndObject(out, o);
        return out.toBytes();
    }

    @Test void bytesNamingAClassOutsideTheVmAreRefused() throws Exception {
        KryoException e = assertThrows(KryoException.class, () -> ComputationState.loadValue(forged(new java.awt.Point(1, 2))));
        assertTrue(e.getMessage().contains("class not allowed in Fora values: java.awt.Point"), e.getMessage());
        assertThrows(KryoException.class, () -> ComputationState.loadValue(forged(new Object[] {1L, new java.awt.Rectangle(1, 2, 3, 4)})));
    }

    @Test void plainDataAndVmValuesComeBack() {
        Object[] v = {1L, 2.5, "s", java.math.BigInteger.TEN, new java.util.ArrayList<>(java.util.List.of(1L)), io.fora.vm.runtime.PyNone.NONE};
        Object[] back = (Object[]) ComputationState.loadValue(ComputationState.saveValue(v));
        assertEquals(java.util.Arrays.asList(v), java.util.Arrays.asList(back));
    }

    @Test void randomBytesFailCleanly() {
        Random r = new Random(5);
        for (int i = 0; i < 500; i++) {
            byte[] junk = new byte[1 + r.nextInt(200)];
            r.nextBytes(junk);
            try {
                ComputationState.loadValue(junk);
            } catch (RuntimeException expected) {
                // refused
            }
        }
    }

    @Test void aPieceNamingCodeThisMachineDoesNotHoldFailsAskingForTheCode() throws Exception {
        ForaVm.Program p = ForaVm.compile("t.py", "def f(x):\n    return x + 1\n");
        io.fora.vm.runtime.Globals g = new ForaVm().runModule(p, java.util.Map.of(), null, null);
        RemotePiece piece = new RemotePiece.Call(1, g.lookup("f"), new Object[] {41L});
        PieceCodec.Encoded sentAsHeld = PieceCodec.encode(piece, hash -> true); // the sender thinks the receiver has it
        ForaVm.PieceFailed failed = assertThrows(ForaVm.PieceFailed.class,
                () -> new ForaVm().runPiece(sentAsHeld.bytes(), new CodeCache(10), new Cancellation()));
        assertTrue(failed.missingCode());
        PieceCodec.Encoded full = PieceCodec.encode(piece, hash -> false);
        byte[] result = new ForaVm().runPiece(full.bytes(), new CodeCache(10), new Cancellation());
        assertEquals(42L, PieceCodec.decodeResult(full, result));
    }

    @Test void aResultNamesTheSendersOwnObjectsEvenWhenTwoCodeCopiesMergeOnTheReceiver() throws Exception {
        String src = "def f(a, b, c):\n    return [a, b, c, [1]]\n";
        Object f1 = new ForaVm().runModule(ForaVm.compile("t.py", src), java.util.Map.of(), null, null).lookup("f");
        Object f2 = new ForaVm().runModule(ForaVm.compile("t.py", src), java.util.Map.of(), null, null).lookup("f");
        Object marker = io.fora.vm.runtime.PyList.of(new Object[] {7L});
        RemotePiece piece = new RemotePiece.Call(1, f1, new Object[] {f1, f2, marker});
        PieceCodec.Encoded sent = PieceCodec.encode(piece, hash -> false);
        byte[] result = new ForaVm().runPiece(sent.bytes(), new CodeCache(10), new Cancellation());
        io.fora.vm.runtime.PyList back = (io.fora.vm.runtime.PyList) PieceCodec.decodeResult(sent, result);
        assertTrue(back.get(0) == f1 && back.get(1) == f2 && back.get(2) == marker, "the sender's own objects come back");
        assertEquals("[1]", io.fora.vm.runtime.Repr.repr(back.get(3)));
    }
}

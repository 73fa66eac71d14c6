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

    /** A range's values as a piece's result carries them: only the n values, ints in a byte or two. */
    @Test void partsOfARangesValuesTravelTrimmedAndComeBackWhole() {
        long[] ints = new long[16];
        ints[0] = 0;
        ints[1] = 1;
        ints[2] = -5;
        ints[3] = Long.MIN_VALUE;
        Reductions.Part back = (Reductions.Part) ComputationState.loadValue(ComputationState.saveValue(new Reductions.Part(null, null, ints, 4)));
        assertEquals(4, back.n());
        assertEquals(java.util.List.of(0L, 1L, -5L, Long.MIN_VALUE), java.util.Arrays.stream(back.longs()).boxed().toList());
        double[] floats = {0.1, -0.0, Double.NaN, Double.longBitsToDouble(0x7ff8000000000123L), 0, 0};
        back = (Reductions.Part) ComputationState.loadValue(ComputationState.saveValue(new Reductions.Part(null, floats, null, 4)));
        assertEquals(4, back.floats().length);
        for (int i = 0; i < 4; i++) assertEquals(Double.doubleToRawLongBits(floats[i]), Double.doubleToRawLongBits(back.floats()[i]));
        java.util.ArrayList<Object> shared = new java.util.ArrayList<>(java.util.List.of(7L));
        Object[] items = {shared, "x", shared, null};
        back = (Reductions.Part) ComputationState.loadValue(ComputationState.saveValue(new Reductions.Part(items, null, null, 3)));
        assertEquals(3, back.items().length);
        assertEquals(shared, back.items()[0]);
        assertTrue(back.items()[0] == back.items()[2], "one list twice stays one list");
        // 1,000 small ints: about a byte each, not eight
        long[] many = new long[1024];
        java.util.Arrays.fill(many, 1L);
        assertTrue(ComputationState.saveValue(new Reductions.Part(null, null, many, 1000)).length < 1100);
    }

    /** A float's bits cross machines as they are: a NaN keeps its sign (math.copysign sees it) and payload. */
    @Test void floatsKeepTheirBitsNaNsIncluded() {
        double negativeNaN = Double.longBitsToDouble(0xfff8000000000000L); // what inf - inf gives on x86
        Object[] back = (Object[]) ComputationState.loadValue(ComputationState.saveValue(new Object[] {negativeNaN, new double[] {negativeNaN}}));
        assertEquals(0xfff8000000000000L, Double.doubleToRawLongBits((Double) back[0]));
        assertEquals(0xfff8000000000000L, Double.doubleToRawLongBits(((double[]) back[1])[0]));
    }

    /** A part that claims more values than its message holds is refused before anything is allocated. */
    @Test void aPartClaimingMoreValuesThanItsBytesIsRefused() {
        byte[] real = ComputationState.saveValue(new Reductions.Part(null, null, new long[] {1, 2, 3}, 3));
        // its last five bytes: n (3), the kind, three one-byte values; n becomes 2^31 - 1
        byte[] forged = new byte[real.length + 4];
        System.arraycopy(real, 0, forged, 0, real.length - 5);
        byte[] huge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
        System.arraycopy(huge, 0, forged, real.length - 5, 5);
        System.arraycopy(real, real.length - 4, forged, real.length, 4);
        KryoException e = assertThrows(KryoException.class, () -> ComputationState.loadValue(forged));
        assertTrue(e.getMessage().contains("corrupt part"), e.getMessage());
        byte[] badKind = real.clone();
        badKind[real.length - 4] = 9;
        assertThrows(KryoException.class, () -> ComputationState.loadValue(badKind));
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

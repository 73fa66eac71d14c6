// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;

/**
 * Serialises a paused computation (its whole frame chain and every value it reaches) with Kryo,
 * so that it can resume in another VM instance or on another machine (see {@link VmKryo}).
 */
public final class ComputationState {
    private ComputationState() {}

    private static Kryo newKryo() { return VmKryo.create(); }

    public static byte[] save(Frame top) {
        Output out = new Output(1 << 16, -1);
        newKryo().writeClassAndObject(out, top);
        return out.toBytes();
    }

    public static Frame load(byte[] bytes) {
        return (Frame) newKryo().readClassAndObject(new Input(bytes));
    }

    /** Any VM value, with everything it reaches. */
    public static byte[] saveValue(Object value) {
        Output out = new Output(1 << 12, -1);
        newKryo().writeClassAndObject(out, value);
        return out.toBytes();
    }

    public static Object loadValue(byte[] bytes) {
        return newKryo().readClassAndObject(new Input(bytes));
    }
}

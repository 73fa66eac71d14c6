// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.interp;

import io.fora.vm.compile.CodeObject;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Content hashes of code objects: a SHA-256 over every field that defines the code (instructions,
 * line table, names, constants, nested code by its own hash), so two machines that compiled the
 * same source name the same code alike, and a peer is sent a body only once. A constant of a
 * kind this does not know is hashed by identity (with a per-JVM salt): still correct, only never
 * shared between compilations.
 */
final class CodeHashes {
    private CodeHashes() {}

    private static final long SALT = new java.security.SecureRandom().nextLong();

    static String of(CodeObject code) {
        String h = code.contentHash;
        if (h != null) return h;
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
            DataOutputStream out = new DataOutputStream(bytes);
            write(out, code);
            out.flush();
            h = HexFormat.of().formatHex(sha.digest(bytes.toByteArray()), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        code.contentHash = h;
        return h;
    }

    private static void write(DataOutputStream out, CodeObject c) throws IOException {
        str(out, c.name);
        str(out, c.qualname);
        str(out, c.fileName);
        str(out, c.doc);
        ints(out, c.flags, c.nlocals, c.ncells, c.nfree, c.stackSize, c.argCount, c.posOnlyCount, c.kwOnlyCount, c.firstLine);
        ints(out, c.code);
        ints(out, c.lines);
        ints(out, c.cols);
        ints(out, c.cellParam);
        strs(out, c.names);
        strs(out, c.slotNames);
        str(out, c.listVariant == null ? null : of(c.listVariant));
        str(out, c.drainVariant == null ? null : of(c.drainVariant));
        out.writeInt(c.consts == null ? -1 : c.consts.length);
        if (c.consts != null) for (Object k : c.consts) constant(out, k);
    }

    private static void constant(DataOutputStream out, Object k) throws IOException {
        switch (k) {
            case null -> out.writeByte(0);
            case Long l -> { out.writeByte(1); out.writeLong(l); }
            case Double d -> { out.writeByte(2); out.writeLong(Double.doubleToRawLongBits(d)); }
            case Boolean b -> { out.writeByte(3); out.writeBoolean(b); }
            case PyStr s -> { out.writeByte(4); str(out, s.value()); }
            case String s -> { out.writeByte(5); str(out, s); }
            case java.math.BigInteger b -> { out.writeByte(6); str(out, b.toString(16)); }
            case CodeObject c -> { out.writeByte(7); str(out, of(c)); }
            case PyTuple t -> {
                out.writeByte(8);
                out.writeInt(t.size());
                for (int i = 0; i < t.size(); i++) constant(out, t.get(i));
            }
            case io.fora.vm.runtime.PyNone n -> { out.writeByte(9); str(out, n.name()); }
            case io.fora.vm.runtime.PyComplex c -> {
                out.writeByte(12);
                out.writeLong(Double.doubleToRawLongBits(c.real()));
                out.writeLong(Double.doubleToRawLongBits(c.imag()));
            }
            case io.fora.vm.runtime.PyBytes b -> {
                out.writeByte(11);
                out.writeInt(b.size());
                out.write(b.raw(), 0, b.size());
            }
            default -> {
                out.writeByte(10);
                str(out, k.getClass().getName());
                out.writeLong(SALT);
                out.writeInt(System.identityHashCode(k));
            }
        }
    }

    private static void str(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(s.length());
        out.writeChars(s);
    }

    private static void strs(DataOutputStream out, String[] a) throws IOException {
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) for (String s : a) str(out, s);
    }

    private static void ints(DataOutputStream out, int... a) throws IOException {
        out.writeInt(a == null ? -1 : a.length);
        if (a != null) for (int x : a) out.writeInt(x);
    }
}

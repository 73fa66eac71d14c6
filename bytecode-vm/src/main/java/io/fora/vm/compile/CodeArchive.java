// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.compile;

import io.fora.vm.runtime.PyBytes;
import io.fora.vm.runtime.PyComplex;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module's compiled code as bytes, made when Fora is built for the library modules written in
 * Python, so that importing one costs reading its code instead of parsing, checking and compiling
 * its source on a JVM that has not compiled the compiler yet (three fifths of {@code import
 * collections}). Every field of each code object is kept, and objects stay shared as they were
 * (a constant two code objects hold is one object again), so the code read back has the content
 * hash of the code compiled.
 *
 * <p>An archive names the format version and the CRC-32 of the source it was compiled from:
 * {@link #read} answers null for another source (a library module edited, or replaced through
 * {@code FORA_LIB_DIR}), another format or bytes that do not parse, and the caller compiles the
 * source as before.
 */
public final class CodeArchive {
    private CodeArchive() {}

    private static final int MAGIC = 0x466f7261; // "Fora"
    private static final int FORMAT = 1;

    /** A module's code and the names its top level binds (ForaVm.Program less the source). */
    public record Module(CodeObject code, Set<String> boundNames) {}

    /** The archive of a module compiled from source whose CRC-32 is sourceCrc; throws for a constant of a kind it does not know. */
    public static byte[] write(long sourceCrc, CodeObject code, Set<String> boundNames) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeLong(sourceCrc);
            out.writeInt(boundNames.size());
            Writer w = new Writer(out);
            for (String n : boundNames) w.string(n);
            w.object(code);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module in data when it was archived from the source with this CRC-32 in this format; else null. */
    public static Module read(byte[] data, long sourceCrc) {
        try {
            ByteBuffer in = ByteBuffer.wrap(data);
            if (in.getInt() != MAGIC || in.getInt() != FORMAT || in.getLong() != sourceCrc) return null;
            Reader r = new Reader(in);
            int n = r.count();
            Set<String> bound = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) bound.add(r.string());
            if (!(r.object() instanceof CodeObject code) || in.hasRemaining()) return null;
            return new Module(code, java.util.Collections.unmodifiableSet(bound));
        } catch (BufferUnderflowException | IllegalArgumentException | ClassCastException | IndexOutOfBoundsException
                 | NegativeArraySizeException e) {
            return null;
        }
    }

    // tags of the values in an archive
    private static final int NULL = 0, LONG = 1, DOUBLE = 2, TRUE = 3, FALSE = 4, STR = 5, BIGINT = 6, CODE = 7,
            TUPLE = 8, NONE = 9, COMPLEX = 10, BYTES = 11, BACK = 12;

    private static final class Writer {
        private final DataOutputStream out;
        /** Objects written so far, by their position: a second reference is written as BACK and the position. */
        private final Map<Object, Integer> seen = new IdentityHashMap<>();

        Writer(DataOutputStream out) { this.out = out; }

        void object(Object k) throws IOException {
            switch (k) {
                case null -> out.writeByte(NULL);
                case Long l -> {
                    out.writeByte(LONG);
                    out.writeLong(l);
                }
                case Double d -> {
                    out.writeByte(DOUBLE);
                    out.writeLong(Double.doubleToRawLongBits(d));
                }
                case Boolean b -> out.writeByte(b ? TRUE : FALSE);
                case PyNone n -> {
                    out.writeByte(NONE);
                    out.writeByte(n.ordinal());
                }
                default -> {
                    Integer at = seen.get(k);
                    if (at != null) {
                        out.writeByte(BACK);
                        out.writeInt(at);
                        return;
                    }
                    seen.put(k, seen.size());
                    shared(k);
                }
            }
        }

        private void shared(Object k) throws IOException {
            switch (k) {
                case PyStr s -> {
                    out.writeByte(STR);
                    string(s.value());
                }
                case BigInteger b -> {
                    out.writeByte(BIGINT);
                    byte[] a = b.toByteArray();
                    out.writeInt(a.length);
                    out.write(a);
                }
                case PyComplex c -> {
                    out.writeByte(COMPLEX);
                    out.writeLong(Double.doubleToRawLongBits(c.real()));
                    out.writeLong(Double.doubleToRawLongBits(c.imag()));
                }
                case PyBytes b -> {
                    if (b.isMutable()) throw new IllegalArgumentException("a bytearray constant");
                    out.writeByte(BYTES);
                    out.writeInt(b.size());
                    out.write(b.raw(), 0, b.size());
                }
                case PyTuple t -> {
                    out.writeByte(TUPLE);
                    out.writeInt(t.size());
                    for (int i = 0; i < t.size(); i++) object(t.get(i));
                }
                case CodeObject c -> {
                    out.writeByte(CODE);
                    code(c);
                }
                default -> throw new IllegalArgumentException("a constant of type " + k.getClass().getName());
            }
        }

        private void code(CodeObject c) throws IOException {
            string(c.name);
            string(c.qualname);
            string(c.fileName);
            string(c.doc);
            for (int x : new int[] {c.flags, c.nlocals, c.ncells, c.nfree, c.stackSize, c.argCount, c.posOnlyCount, c.kwOnlyCount, c.firstLine}) {
                out.writeInt(x);
            }
            ints(c.code);
            ints(c.lines);
            ints(c.cols);
            ints(c.cellParam);
            strings(c.names);
            strings(c.slotNames);
            out.writeInt(c.consts == null ? -1 : c.consts.length);
            if (c.consts != null) for (Object k : c.consts) object(k);
            object(c.listVariant);
            object(c.drainVariant);
        }

        /** Latin-1 text as bytes, anything else (surrogates included) as UTF-16 chars; -1 for null. */
        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            boolean latin1 = true;
            for (int i = 0; i < s.length() && latin1; i++) latin1 = s.charAt(i) < 256;
            out.writeInt(s.length());
            out.writeBoolean(latin1);
            if (latin1) out.write(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            else out.writeChars(s);
        }

        private void strings(String[] a) throws IOException {
            out.writeInt(a == null ? -1 : a.length);
            if (a != null) for (String s : a) string(s);
        }

        private void ints(int[] a) throws IOException {
            out.writeInt(a == null ? -1 : a.length);
            if (a != null) for (int x : a) out.writeInt(x);
        }
    }

    private static final class Reader {
        private final ByteBuffer in;
        private final List<Object> seen = new ArrayList<>();

        Reader(ByteBuffer in) { this.in = in; }

        /** A count, or -1: anything else cannot be right. */
        int count() {
            int n = in.getInt();
            if (n < -1 || n > in.remaining()) throw new IllegalArgumentException("bad count " + n);
            return n;
        }

        Object object() {
            int tag = in.get();
            return switch (tag) {
                case NULL -> null;
                case LONG -> in.getLong();
                case DOUBLE -> Double.longBitsToDouble(in.getLong());
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NONE -> PyNone.values()[in.get()];
                case BACK -> seen.get(in.getInt());
                default -> shared(tag);
            };
        }

        private Object shared(int tag) {
            int at = seen.size();
            seen.add(null);
            Object v = switch (tag) {
                case STR -> PyStr.of(string());
                case BIGINT -> new BigInteger(bytes(count()));
                case COMPLEX -> new PyComplex(Double.longBitsToDouble(in.getLong()), Double.longBitsToDouble(in.getLong()));
                case BYTES -> PyBytes.of(bytes(count()));
                case TUPLE -> {
                    Object[] items = new Object[count()];
                    for (int i = 0; i < items.length; i++) items[i] = object();
                    yield PyTuple.of(items);
                }
                case CODE -> {
                    CodeObject c = new CodeObject();
                    seen.set(at, c); // its variants and constants may refer back to it
                    code(c);
                    yield c;
                }
                default -> throw new IllegalArgumentException("unknown tag " + tag);
            };
            seen.set(at, v);
            return v;
        }

        private void code(CodeObject c) {
            c.name = string();
            c.qualname = string();
            c.fileName = string();
            c.doc = string();
            c.flags = in.getInt();
            c.nlocals = in.getInt();
            c.ncells = in.getInt();
            c.nfree = in.getInt();
            c.stackSize = in.getInt();
            c.argCount = in.getInt();
            c.posOnlyCount = in.getInt();
            c.kwOnlyCount = in.getInt();
            c.firstLine = in.getInt();
            c.code = ints();
            c.lines = ints();
            c.cols = ints();
            c.cellParam = ints();
            c.names = strings();
            c.slotNames = strings();
            int n = count();
            if (n >= 0) {
                c.consts = new Object[n];
                for (int i = 0; i < n; i++) c.consts[i] = object();
            }
            c.listVariant = (CodeObject) object();
            c.drainVariant = (CodeObject) object();
        }

        String string() {
            int n = count();
            if (n < 0) return null;
            if (in.get() != 0) return new String(bytes(n), java.nio.charset.StandardCharsets.ISO_8859_1);
            char[] cs = new char[n];
            in.asCharBuffer().get(cs);
            in.position(in.position() + 2 * n);
            return new String(cs);
        }

        private String[] strings() {
            int n = count();
            if (n < 0) return null;
            String[] a = new String[n];
            for (int i = 0; i < n; i++) a[i] = string();
            return a;
        }

        private int[] ints() {
            int n = count();
            if (n < 0) return null;
            int[] a = new int[n];
            in.asIntBuffer().get(a);
            in.position(in.position() + 4 * n);
            return a;
        }

        private byte[] bytes(int n) {
            if (n < 0) throw new IllegalArgumentException("bad length");
            byte[] a = new byte[n];
            in.get(a);
            return a;
        }
    }
}

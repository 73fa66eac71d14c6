// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.BytesOps;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Ints;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBuiltin;
import io.fora.vm.runtime.PyBytes;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyError;
import io.fora.vm.runtime.PyInstance;
import io.fora.vm.runtime.PyIter;
import io.fora.vm.runtime.PyModule;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.PyTuple;
import io.fora.vm.runtime.Types;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code _struct}: pack, unpack, calcsize, pack_into, unpack_from and iter_unpack with CPython's
 * formats (byte order, standard and native sizes, native alignment). The library module
 * {@code struct} adds the {@code Struct} class over these.
 */
final class StructModule {
    private StructModule() {}

    static final PyClass ERROR = new PyClass("error", "struct", new PyClass[] {Types.EXCEPTION}, new LinkedHashMap<>(), true);

    static PyError error(String msg) { return Errors.of(ERROR, msg); }

    /** One code of a format: its kind, repeat count (or length for s/p), size of one item, offset. */
    private record Item(char code, int count, int size, int offset) {}

    private record Format(List<Item> items, int size, boolean little, boolean nativeSizes, int values) {}

    private static final Map<String, Format> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static Format parse(Object fmtArg) {
        String fmt;
        if (fmtArg instanceof PyStr s) fmt = s.value();
        else if (BytesOps.bufferOrNull(fmtArg) instanceof byte[] b) fmt = PyBytes.of(b).latin1();
        else throw Errors.typeError("Struct() argument 1 must be a str or bytes object, not " + Ops.typeName(fmtArg));
        Format cached = CACHE.get(fmt);
        if (cached != null) return cached;
        int i = 0;
        boolean little = true, nat = true;
        if (!fmt.isEmpty()) {
            switch (fmt.charAt(0)) {
                case '@' -> { i = 1; }
                case '=' -> { i = 1; nat = false; }
                case '<' -> { i = 1; nat = false; }
                case '>', '!' -> { i = 1; nat = false; little = false; }
                default -> { }
            }
        }
        List<Item> items = new ArrayList<>();
        int offset = 0, values = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < fmt.length() && fmt.charAt(i) >= '0' && fmt.charAt(i) <= '9') {
                    count = count * 10 + (fmt.charAt(i++) - '0');
                    if (count > Integer.MAX_VALUE) throw error("total struct size too long");
                }
                if (i >= fmt.length()) throw error("repeat count given without format specifier");
                c = fmt.charAt(i);
            }
            i++;
            int size = size(c, nat);
            if (nat) {
                int align = c == 's' || c == 'p' ? 1 : size;
                if (align > 1) offset = (offset + align - 1) / align * align;
            }
            if (c == 's' || c == 'p') {
                items.add(new Item(c, (int) count, (int) count, offset));
                offset += (int) count;
                values++;
            } else {
                items.add(new Item(c, (int) count, size, offset));
                offset += (int) (count * size);
                if (c != 'x') values += (int) count;
            }
        }
        Format f = new Format(items, offset, little, nat, values);
        if (CACHE.size() < 1000) CACHE.put(fmt, f);
        return f;
    }

    private static int size(char c, boolean nat) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nat ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> {
                if (!nat) throw error("bad char in struct format");
                yield 8;
            }
            default -> throw error("bad char in struct format");
        };
    }

    static PyModule create() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", ERROR);
        fn(m, "calcsize", (a, kw) -> {
            Builtins.arity("calcsize", a, 1, 1);
            return (long) parse(a[0]).size();
        });
        fn(m, "pack", (a, kw) -> {
            if (a.length < 1) throw Errors.typeError("pack expected at least 1 argument, got 0");
            Format f = parse(a[0]);
            byte[] out = new byte[f.size()];
            pack(f, out, 0, a, 1, "pack");
            return PyBytes.of(out);
        });
        fn(m, "pack_into", (a, kw) -> {
            if (a.length < 3) throw Errors.typeError("pack_into expected at least 3 arguments, got " + a.length);
            Format f = parse(a[0]);
            if (!(a[1] instanceof PyBytes ba) || !ba.isMutable()) throw Errors.typeError("argument must be read-write bytes-like object, not " + Ops.typeName(a[1]));
            long off = Ops.index(a[2]);
            if (off < 0) off += ba.size();
            if (off < 0) throw error("offset " + Ops.index(a[2]) + " out of range for " + ba.size() + "-byte buffer");
            if (ba.size() - off < f.size()) {
                throw error("pack_into requires a buffer of at least " + (f.size() + off) + " bytes for packing " + f.size()
                        + " bytes at offset " + off + " (actual buffer size is " + ba.size() + ")");
            }
            byte[] out = ba.toArray();
            pack(f, out, (int) off, a, 3, "pack_into");
            ba.setAll(out);
            return io.fora.vm.runtime.PyNone.NONE;
        });
        fn(m, "unpack", (a, kw) -> {
            Builtins.arity("unpack", a, 2, 2);
            Format f = parse(a[0]);
            byte[] b = BytesOps.bytesLike(a[1]);
            if (b.length != f.size()) throw error("unpack requires a buffer of " + f.size() + " bytes");
            return unpack(f, b, 0);
        });
        fn(m, "unpack_from", (a, kw) -> {
            Object[] p = (kw == null ? io.fora.vm.runtime.Kwargs.NONE : kw).bind("unpack_from", a, "format", "buffer", "offset");
            Format f = parse(p[0]);
            byte[] b = BytesOps.bytesLike(p[1]);
            long off = p[2] == null ? 0 : Ops.index(p[2]);
            if (off < 0) off += b.length;
            if (off < 0) throw error("offset " + Ops.index(p[2]) + " out of range for " + b.length + "-byte buffer");
            if (b.length - off < f.size()) {
                throw error("unpack_from requires a buffer of at least " + (f.size() + off) + " bytes for unpacking " + f.size()
                        + " bytes at offset " + off + " (actual buffer size is " + b.length + ")");
            }
            return unpack(f, b, (int) off);
        });
        fn(m, "iter_unpack", (a, kw) -> {
            Builtins.arity("iter_unpack", a, 2, 2);
            Format f = parse(a[0]);
            byte[] b = BytesOps.bytesLike(a[1]);
            if (f.size() == 0) throw error("cannot iteratively unpack with a struct of length 0");
            if (b.length % f.size() != 0) {
                throw error("iterative unpacking requires a buffer of a multiple of " + f.size() + " bytes");
            }
            return new PyIter() {
                int pos;

                @Override public Object next() {
                    if (pos >= b.length) return null;
                    Object r = unpack(f, b, pos);
                    pos += f.size();
                    return r;
                }
            };
        });
        return new PyModule("_struct", m);
    }

    private static void fn(Map<String, Object> m, String name, PyBuiltin.Body body) { m.put(name, new PyBuiltin(name, body)); }

    // ---- packing ----

    private static void pack(Format f, byte[] out, int base, Object[] a, int first, String what) {
        int given = a.length - first;
        if (given != f.values()) throw error(what + " expected " + f.values() + " items for packing (got " + given + ")");
        int k = first;
        for (Item it : f.items()) {
            int off = base + it.offset();
            switch (it.code()) {
                case 'x' -> { }
                case 's', 'p' -> {
                    Object v = a[k++];
                    byte[] b = BytesOps.bufferOrNull(v);
                    if (b == null) throw error("argument for '" + it.code() + "' must be a bytes object");
                    if (it.code() == 's') {
                        System.arraycopy(b, 0, out, off, Math.min(b.length, it.count()));
                    } else if (it.count() > 0) {
                        int n = Math.min(Math.min(b.length, it.count() - 1), 255);
                        out[off] = (byte) n;
                        System.arraycopy(b, 0, out, off + 1, n);
                    }
                }
                default -> {
                    for (int r = 0; r < it.count(); r++, off += it.size()) packOne(it.code(), a[k++], out, off, it.size(), f);
                }
            }
        }
    }

    private static void packOne(char c, Object v, byte[] out, int off, int size, Format f) {
        switch (c) {
            case 'c' -> {
                byte[] b = BytesOps.bufferOrNull(v);
                if (b == null || b.length != 1 || v instanceof PyBytes pb && pb.isMutable()) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[off] = b[0];
            }
            case '?' -> out[off] = (byte) (Ops.isTrue(v) ? 1 : 0);
            case 'e', 'f', 'd' -> {
                double d;
                try {
                    d = Ops.toDouble(v);
                } catch (PyError e) {
                    throw error("required argument is not a float");
                }
                long bits;
                if (c == 'd') {
                    bits = Double.doubleToRawLongBits(d);
                } else if (c == 'f') {
                    float x = (float) d;
                    if (Float.isInfinite(x) && !Double.isInfinite(d)) throw Errors.overflow("float too large to pack with f format");
                    bits = Float.floatToRawIntBits(x) & 0xffffffffL;
                } else {
                    short h = Float.floatToFloat16((float) d);
                    if (Float.isInfinite(Float.float16ToFloat(h)) && !Double.isInfinite(d)) throw Errors.overflow("float too large to pack with e format");
                    bits = h & 0xffffL;
                }
                put(out, off, size, bits, f.little());
            }
            default -> {
                if (!Ops.hasIndex(v)) throw error("required argument is not an integer");
                Object u = PyInstance.unwrap(v, "__index__");
                BigInteger x = u instanceof Long || u instanceof BigInteger || u instanceof Boolean ? Ints.big(u) : BigInteger.valueOf(Ops.index(v));
                boolean signed = Character.isLowerCase(c) && c != 'p';
                BigInteger lo, hi;
                if (signed) {
                    lo = BigInteger.ONE.shiftLeft(size * 8 - 1).negate();
                    hi = BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE);
                } else {
                    lo = BigInteger.ZERO;
                    hi = BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
                }
                if (x.compareTo(lo) < 0 || x.compareTo(hi) > 0) {
                    if (c == 'b') throw error("byte format requires -128 <= number <= 127");
                    if (c == 'B') throw error("ubyte format requires 0 <= number <= 255");
                    if (c == 'h') throw error("short format requires -32768 <= number <= 32767");
                    if (c == 'H') throw error("ushort format requires 0 <= number <= 65535");
                    // CPython reads the value as a C long (unsigned long) first: one beyond that is out of
                    // range, one within it but beyond the format's size names the format's bounds
                    boolean beyondLong = signed ? x.bitLength() > 63 : x.signum() < 0 || x.bitLength() > 64;
                    if (beyondLong) throw error("argument out of range");
                    throw error("'" + c + "' format requires " + lo + " <= number <= " + hi);
                }
                put(out, off, size, x.longValue(), f.little());
            }
        }
    }

    private static void put(byte[] out, int off, int size, long bits, boolean little) {
        for (int i = 0; i < size; i++) {
            byte b = (byte) (bits >>> (8 * i));
            out[little ? off + i : off + size - 1 - i] = b;
        }
    }

    // ---- unpacking ----

    private static long get(byte[] b, int off, int size, boolean little) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            int x = b[little ? off + i : off + size - 1 - i] & 0xff;
            v |= (long) x << (8 * i);
        }
        return v;
    }

    private static PyTuple unpack(Format f, byte[] b, int base) {
        Object[] out = new Object[f.values()];
        int k = 0;
        for (Item it : f.items()) {
            int off = base + it.offset();
            switch (it.code()) {
                case 'x' -> { }
                case 's' -> out[k++] = PyBytes.of(java.util.Arrays.copyOfRange(b, off, off + it.count()));
                case 'p' -> {
                    int n = it.count() == 0 ? 0 : Math.min(b[off] & 0xff, it.count() - 1);
                    out[k++] = PyBytes.of(it.count() == 0 ? new byte[0] : java.util.Arrays.copyOfRange(b, off + 1, off + 1 + n));
                }
                default -> {
                    for (int r = 0; r < it.count(); r++, off += it.size()) out[k++] = unpackOne(it.code(), b, off, it.size(), f.little());
                }
            }
        }
        return PyTuple.of(out);
    }

    private static Object unpackOne(char c, byte[] b, int off, int size, boolean little) {
        long v = get(b, off, size, little);
        return switch (c) {
            case 'c' -> PyBytes.of(new byte[] {b[off]});
            case '?' -> v != 0;
            case 'd' -> Double.longBitsToDouble(v);
            case 'f' -> (double) Float.intBitsToFloat((int) v);
            case 'e' -> (double) Float.float16ToFloat((short) v);
            default -> {
                boolean signed = Character.isLowerCase(c);
                if (signed) {
                    int shift = 64 - size * 8;
                    yield (v << shift) >> shift;
                }
                if (size == 8 && v < 0) yield Ints.norm(new BigInteger(Long.toUnsignedString(v)));
                yield v;
            }
        };
    }
}

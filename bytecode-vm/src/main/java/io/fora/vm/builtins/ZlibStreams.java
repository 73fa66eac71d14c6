// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

import io.fora.vm.runtime.BytesOps;
import io.fora.vm.runtime.Errors;
import io.fora.vm.runtime.Kwargs;
import io.fora.vm.runtime.Ops;
import io.fora.vm.runtime.PyBytes;
import io.fora.vm.runtime.PyClass;
import io.fora.vm.runtime.PyDescriptors;
import io.fora.vm.runtime.PyNone;
import io.fora.vm.runtime.PyObject;
import io.fora.vm.runtime.PyStr;
import io.fora.vm.runtime.Types;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code zlib.compressobj()} and {@code zlib.decompressobj()}: streams over the JDK's zlib (the
 * library CPython links), so each call gives the bytes CPython's gives at the same point. Only
 * what the JDK's zlib can be asked for is accepted: a 32 KB window (wbits 15, or -15 raw),
 * memLevel 8, and the default, filtered and Huffman-only strategies.
 */
final class ZlibStreams {
    private ZlibStreams() {}

    static final PyClass COMPRESS = new PyClass("Compress", "zlib", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);
    static final PyClass DECOMPRESS = new PyClass("Decompress", "zlib", new PyClass[] {Types.OBJECT}, new LinkedHashMap<>(), true);
    static final int Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_SYNC_FLUSH = 2, Z_FULL_FLUSH = 3, Z_FINISH = 4;

    /** A compressor: its deflater, ended once finished. */
    static final class Compress implements PyObject {
        final Deflater d;
        boolean finished;

        Compress(Deflater d) { this.d = d; }

        @Override public PyClass pyClass() { return COMPRESS; }
    }

    /** A decompressor: its inflater, input not yet used (over max_length), and input after the end of the stream. */
    static final class Decompress implements PyObject {
        final Inflater inf;
        byte[] tail = new byte[0];
        byte[] unused = new byte[0];
        byte[] dictionary;
        boolean eof;

        Decompress(Inflater inf) { this.inf = inf; }

        @Override public PyClass pyClass() { return DECOMPRESS; }
    }

    static void install(Map<String, Object> m, PyClass zlibError) {
        m.put("Z_NO_FLUSH", (long) Z_NO_FLUSH);
        m.put("Z_PARTIAL_FLUSH", (long) Z_PARTIAL_FLUSH);
        m.put("Z_SYNC_FLUSH", (long) Z_SYNC_FLUSH);
        m.put("Z_FULL_FLUSH", (long) Z_FULL_FLUSH);
        m.put("Z_FINISH", (long) Z_FINISH);
        m.put("Z_BLOCK", 5L);
        m.put("Z_DEFAULT_STRATEGY", 0L);
        m.put("Z_FILTERED", 1L);
        m.put("Z_HUFFMAN_ONLY", 2L);
        m.put("Z_RLE", 3L);
        m.put("Z_FIXED", 4L);
        m.put("compressobj", Builtins.fn("compressobj", (a, kw) -> {
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("compressobj", a, "level", "method", "wbits", "memLevel", "strategy", "zdict");
            int level = p[0] == null ? -1 : (int) Ops.index(p[0]);
            int method = p[1] == null ? 8 : (int) Ops.index(p[1]);
            int wbits = p[2] == null ? 15 : (int) Ops.index(p[2]);
            int memLevel = p[3] == null ? 8 : (int) Ops.index(p[3]);
            int strategy = p[4] == null ? 0 : (int) Ops.index(p[4]);
            if (level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
                throw Errors.valueError("Invalid initialization option");
            }
            if (Math.abs(wbits) != 15 || memLevel != 8 || strategy > 2) {
                throw Errors.valueError("Fora's zlib.compressobj supports wbits 15 and -15, memLevel 8 and the default, "
                        + "filtered and Huffman-only strategies");
            }
            Deflater d = new Deflater(level, wbits < 0);
            d.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY : Deflater.DEFAULT_STRATEGY);
            if (p[5] != null && p[5] != PyNone.NONE) d.setDictionary(BytesOps.bytesLike(p[5]));
            return new Compress(d);
        }));
        m.put("decompressobj", Builtins.fn("decompressobj", (a, kw) -> {
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("decompressobj", a, "wbits", "zdict");
            int wbits = p[0] == null ? 15 : (int) Ops.index(p[0]);
            if (Math.abs(wbits) < 8 || Math.abs(wbits) > 15) {
                throw Errors.valueError("Fora's zlib.decompressobj supports wbits 8..15 (zlib) and -8..-15 (raw deflate), not " + wbits);
            }
            Decompress z = new Decompress(new Inflater(wbits < 0));
            z.dictionary = p[1] == null ? null : BytesOps.bytesLike(p[1]);
            // a raw stream takes its dictionary now; a zlib stream asks for it after its header
            if (z.dictionary != null && wbits < 0) z.inf.setDictionary(z.dictionary);
            return z;
        }));
        COMPRESS.define("compress", Builtins.fn("compress", (a, kw) -> {
            Builtins.methodArity("compress", a, 1, 1);
            Compress c = (Compress) a[0];
            if (c.finished) throw Errors.of(zlibError, PyStr.of("Error -2 while compressing data: inconsistent stream state"));
            c.d.setInput(BytesOps.bytesLike(a[1]));
            return PyBytes.of(deflate(c.d, Deflater.NO_FLUSH, false));
        }));
        COMPRESS.define("flush", Builtins.fn("flush", (a, kw) -> {
            Builtins.methodArity("flush", a, 0, 1);
            Compress c = (Compress) a[0];
            int mode = a.length > 1 ? (int) Ops.index(a[1]) : Z_FINISH;
            if (mode == Z_NO_FLUSH) return PyBytes.of(new byte[0]);
            if (c.finished) throw Errors.of(zlibError, PyStr.of("Error -2 while flushing: inconsistent stream state"));
            if (mode == Z_FINISH) {
                byte[] out = deflate(c.d, Deflater.NO_FLUSH, true);
                c.finished = true;
                c.d.end();
                return PyBytes.of(out);
            }
            return PyBytes.of(deflate(c.d, mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH, false));
        }));
        DECOMPRESS.define("decompress", Builtins.fn("decompress", (a, kw) -> {
            Object[] p = (kw == null ? Kwargs.NONE : kw).bind("decompress", java.util.Arrays.copyOfRange(a, 1, a.length), "data", "max_length");
            Decompress z = (Decompress) a[0];
            long max = p[1] == null ? 0 : Ops.index(p[1]);
            if (max < 0) throw Errors.valueError("max_length must be non-negative");
            return PyBytes.of(inflate(z, BytesOps.bytesLike(p[0]), max, zlibError));
        }));
        DECOMPRESS.define("flush", Builtins.fn("flush", (a, kw) -> {
            Builtins.methodArity("flush", a, 0, 1);
            Decompress z = (Decompress) a[0];
            if (a.length > 1 && Ops.index(a[1]) <= 0) throw Errors.valueError("length must be greater than zero");
            return PyBytes.of(inflate(z, new byte[0], 0, zlibError));
        }));
        DECOMPRESS.define("unused_data", new PyDescriptors.Property(Builtins.fn("unused_data", (a, kw) -> PyBytes.of(((Decompress) a[0]).unused.clone()))));
        DECOMPRESS.define("unconsumed_tail", new PyDescriptors.Property(Builtins.fn("unconsumed_tail", (a, kw) -> PyBytes.of(((Decompress) a[0]).tail.clone()))));
        DECOMPRESS.define("eof", new PyDescriptors.Property(Builtins.fn("eof", (a, kw) -> ((Decompress) a[0]).eof)));
    }

    /** What the deflater gives now: for the input it has taken (NO_FLUSH), flushed as asked, or to its end (finish). */
    private static byte[] deflate(Deflater d, int flush, boolean finish) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        if (finish) {
            d.finish();
            while (!d.finished()) out.write(buf, 0, d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
        } else if (flush == Deflater.NO_FLUSH) {
            while (!d.needsInput()) out.write(buf, 0, d.deflate(buf, 0, buf.length, Deflater.NO_FLUSH));
        } else {
            int n;
            do {
                n = d.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return out.toByteArray();
    }

    /** Decompresses data after what was left over, up to max bytes (0: all): the rest waits in unconsumed_tail. */
    private static byte[] inflate(Decompress z, byte[] data, long max, PyClass zlibError) {
        if (z.eof) {
            if (data.length > 0) z.unused = concat(z.unused, data);
            return new byte[0];
        }
        byte[] input = concat(z.tail, data);
        z.tail = new byte[0];
        z.inf.setInput(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try {
            while (!z.inf.finished()) {
                int room = max > 0 ? (int) Math.min(buf.length, max - out.size()) : buf.length;
                if (room <= 0) break;
                int n = z.inf.inflate(buf, 0, room);
                if (n == 0 && z.inf.needsDictionary()) {
                    if (z.dictionary == null) throw Errors.of(zlibError, PyStr.of("Error 2 while decompressing data"));
                    z.inf.setDictionary(z.dictionary);
                    continue;
                }
                out.write(buf, 0, n);
                if (n == 0 && z.inf.needsInput()) break;
            }
        } catch (DataFormatException e) {
            throw Errors.of(zlibError, PyStr.of("Error -3 while decompressing data: " + e.getMessage()));
        }
        int left = z.inf.getRemaining();
        byte[] rest = java.util.Arrays.copyOfRange(input, input.length - left, input.length);
        if (z.inf.finished()) {
            z.eof = true;
            z.unused = concat(z.unused, rest);
            z.inf.end();
        } else {
            z.tail = rest;
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) return b;
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.builtins;

/**
 * The digests hashlib has and the JDK's MessageDigest does not: BLAKE2b and BLAKE2s (RFC 7693,
 * with key, salt and personalisation, as CPython's hashlib.blake2b/blake2s) and SHAKE128/256
 * (FIPS 202's extendable-output functions over Keccak-f[1600]). Whole messages at once: the
 * library's hash objects keep the bytes they are given.
 */
final class Blake2AndShake {
    private Blake2AndShake() {}

    private static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };

    private static final long[] IV64 = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };

    private static final int[] IV32 = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };

    /** BLAKE2b of data: digest of {@code size} bytes (1..64), key (≤ 64 bytes), salt and person (≤ 16 bytes each). */
    static byte[] blake2b(byte[] data, int size, byte[] key, byte[] salt, byte[] person) {
        long[] h = IV64.clone();
        h[0] ^= 0x01010000L ^ ((long) key.length << 8) ^ size;
        h[4] ^= le64(pad(salt, 16), 0);
        h[5] ^= le64(pad(salt, 16), 8);
        h[6] ^= le64(pad(person, 16), 0);
        h[7] ^= le64(pad(person, 16), 8);
        byte[] msg = key.length == 0 ? data : concat(pad(key, 128), data);
        int blocks = Math.max(1, (msg.length + 127) / 128);
        long[] m = new long[16];
        for (int b = 0; b < blocks; b++) {
            boolean last = b == blocks - 1;
            byte[] block = new byte[128];
            System.arraycopy(msg, b * 128, block, 0, Math.min(128, msg.length - b * 128));
            for (int i = 0; i < 16; i++) m[i] = le64(block, 8 * i);
            long counted = last ? msg.length : (long) (b + 1) * 128;
            compress64(h, m, counted, last);
        }
        byte[] out = new byte[64];
        for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) out[8 * i + j] = (byte) (h[i] >>> (8 * j));
        return java.util.Arrays.copyOf(out, size);
    }

    private static void compress64(long[] h, long[] m, long t, boolean last) {
        long[] v = new long[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV64, 0, v, 8, 8);
        v[12] ^= t;
        if (last) v[14] = ~v[14];
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
            g64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    private static void g64(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    /** BLAKE2s of data: digest of {@code size} bytes (1..32), key (≤ 32 bytes), salt and person (≤ 8 bytes each). */
    static byte[] blake2s(byte[] data, int size, byte[] key, byte[] salt, byte[] person) {
        int[] h = IV32.clone();
        h[0] ^= 0x01010000 ^ (key.length << 8) ^ size;
        h[4] ^= le32(pad(salt, 8), 0);
        h[5] ^= le32(pad(salt, 8), 4);
        h[6] ^= le32(pad(person, 8), 0);
        h[7] ^= le32(pad(person, 8), 4);
        byte[] msg = key.length == 0 ? data : concat(pad(key, 64), data);
        int blocks = Math.max(1, (msg.length + 63) / 64);
        int[] m = new int[16];
        for (int b = 0; b < blocks; b++) {
            boolean last = b == blocks - 1;
            byte[] block = new byte[64];
            System.arraycopy(msg, b * 64, block, 0, Math.min(64, msg.length - b * 64));
            for (int i = 0; i < 16; i++) m[i] = le32(block, 4 * i);
            long counted = last ? msg.length : (long) (b + 1) * 64;
            compress32(h, m, counted, last);
        }
        byte[] out = new byte[32];
        for (int i = 0; i < 8; i++) for (int j = 0; j < 4; j++) out[4 * i + j] = (byte) (h[i] >>> (8 * j));
        return java.util.Arrays.copyOf(out, size);
    }

    private static void compress32(int[] h, int[] m, long t, boolean last) {
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV32, 0, v, 8, 8);
        v[12] ^= (int) t;
        v[13] ^= (int) (t >>> 32);
        if (last) v[14] = ~v[14];
        for (int r = 0; r < 10; r++) {
            byte[] s = SIGMA[r];
            g32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            g32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            g32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            g32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            g32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            g32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            g32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            g32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    private static void g32(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] = v[a] + v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    // ---- SHAKE: Keccak-f[1600] sponge, padding 0x1F ----

    private static final long[] RC = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };

    private static final int[] ROTATIONS = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    };

    /** SHAKE with the given rate in bytes (168 for SHAKE128, 136 for SHAKE256): {@code length} bytes of output. */
    static byte[] shake(byte[] data, int rate, int length) {
        long[] st = new long[25];
        int padded = (data.length / rate + 1) * rate;
        byte[] msg = java.util.Arrays.copyOf(data, padded);
        msg[data.length] ^= 0x1F;
        msg[padded - 1] ^= (byte) 0x80;
        for (int off = 0; off < padded; off += rate) {
            for (int i = 0; i < rate / 8; i++) st[i] ^= le64(msg, off + 8 * i);
            keccak(st);
        }
        byte[] out = new byte[length];
        int done = 0;
        while (true) {
            for (int i = 0; i < rate && done < length; i++, done++) out[done] = (byte) (st[i / 8] >>> (8 * (i % 8)));
            if (done == length) return out;
            keccak(st);
        }
    }

    private static void keccak(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (int round = 0; round < 24; round++) {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    int i = x + 5 * y;
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[i], ROTATIONS[i]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) a[y + x] = b[y + x] ^ (~b[y + (x + 1) % 5] & b[y + (x + 2) % 5]);
            }
            a[0] ^= RC[round];
        }
    }

    // ---- little-endian helpers ----

    private static long le64(byte[] b, int off) {
        long v = 0;
        for (int i = 7; i >= 0; i--) v = v << 8 | (b[off + i] & 0xFFL);
        return v;
    }

    private static int le32(byte[] b, int off) {
        return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8 | (b[off + 2] & 0xFF) << 16 | (b[off + 3] & 0xFF) << 24;
    }

    private static byte[] pad(byte[] b, int n) { return b.length >= n ? b : java.util.Arrays.copyOf(b, n); }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}

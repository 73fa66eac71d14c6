// SPDX-License-Identifier: Apache-2.0
package io.fora.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongSumTest {
    private static Object exact(BigInteger b) { return Ints.norm(b); }

    @Test void equalsTheBigIntSumAtTheEdges() {
        long[][] cases = {
            {Long.MAX_VALUE, 1}, {Long.MIN_VALUE, -1}, {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE},
            {Long.MIN_VALUE, Long.MIN_VALUE, Long.MIN_VALUE, Long.MAX_VALUE}, {Long.MAX_VALUE, 1, -1},
            {-1, -1, -1}, {Long.MIN_VALUE, Long.MAX_VALUE}, {0}, {Long.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE},
        };
        for (long[] c : cases) {
            LongSum s = new LongSum(c[0]);
            BigInteger b = BigInteger.valueOf(c[0]);
            for (int i = 1; i < c.length; i++) {
                s.add(c[i]);
                b = b.add(BigInteger.valueOf(c[i]));
                assertEquals(exact(b), s.value(), java.util.Arrays.toString(c));
            }
        }
    }

    @Test void equalsTheBigIntSumOfRandomLongs() {
        Random r = new Random(7);
        for (int round = 0; round < 200; round++) {
            long start = r.nextLong();
            LongSum s = new LongSum(start);
            BigInteger b = BigInteger.valueOf(start);
            int n = r.nextInt(2000);
            long[] v = new long[n];
            for (int i = 0; i < n; i++) {
                v[i] = switch (r.nextInt(4)) {
                    case 0 -> r.nextLong();
                    case 1 -> Long.MAX_VALUE - r.nextInt(3);
                    case 2 -> Long.MIN_VALUE + r.nextInt(3);
                    default -> r.nextInt();
                };
                b = b.add(BigInteger.valueOf(v[i]));
            }
            s.addAll(v, n);
            assertEquals(exact(b), s.value());
        }
    }
}

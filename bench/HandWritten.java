// SPDX-License-Identifier: Apache-2.0
/**
 * W1-W4 written by hand in plain Java, one thread: the baseline bench/tier1.sh prints Fora's
 * figures against (whole process, JVM start included, as for every other column).
 */
public final class HandWritten {
    private HandWritten() {}

    interface F {
        double apply(double x);
    }

    record Multiply(double k) implements F {
        public double apply(double x) { return x * k; }
    }

    record Add(double k) implements F {
        public double apply(double x) { return x + k; }
    }

    record Compose(F f, F g) implements F {
        public double apply(double x) { return f.apply(g.apply(x)); }
    }

    static double s(long a, long b, F f) {
        if (b - a <= 16) {
            double t = 0.0;
            for (long x = a; x < b; x++) t += f.apply(x);
            return t;
        }
        long mid = (a + b) / 2;
        return s(a, mid, f) + s(mid, b, f);
    }

    public static void main(String[] args) {
        switch (args[0]) {
            case "W1" -> {
                double t = 0.0;
                for (long i = 0; i < 100_000_000L; i++) t += Math.sin(i);
                System.out.println(t);
            }
            case "W2" -> {
                long c = 0;
                for (long p = 2; p < 2_000_000L; p++) {
                    long x = 2;
                    boolean prime = true;
                    while (x * x <= p) {
                        if (p % x == 0) {
                            prime = false;
                            break;
                        }
                        x++;
                    }
                    if (prime) c++;
                }
                System.out.println(c);
            }
            case "W3" -> System.out.println(s(0, 10_000_000L, x -> Math.pow(x, 0.5)));
            case "W4" -> {
                F h = new Compose(new Multiply(10.0), new Add(20.0));
                double total = 0.0;
                for (long x = 100_000_000L; x > 0; x--) total += h.apply(x);
                System.out.println(total);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}

// SPDX-License-Identifier: Apache-2.0
// Parallel benchmark (not a test), in a warm JVM: one workload on N worker threads, after warm-up
// runs, so the figure is the computation's own (a server's JVM is warm). bench/parallel.sh runs
// each (workload, thread count) in a JVM of its own, so that code compiled for one thread count
// (where no core is ever idle) does not slow the other down, and prints the ratios.
// Usage: java -cp launcher/target/fora.jar bench/ParallelBench.java RUNS THREADS FILE.py
// Prints: FILE THREADS MEDIAN_SECONDS ANSWER
import io.fora.scheduler.WorkStealingPool;
import io.fora.vm.ForaVm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class ParallelBench {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        int threads = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        ForaVm.Program program = ForaVm.compile(file.getFileName().toString(), Files.readString(file));
        double[] times = new double[runs];
        String answer = "";
        try (WorkStealingPool pool = new WorkStealingPool(threads)) {
            ForaVm vm = new ForaVm(ForaVm.DEFAULT_RECURSION_LIMIT, pool);
            for (int r = -2; r < runs; r++) { // two warm-up runs first
                List<String> out = new ArrayList<>();
                long t = System.nanoTime();
                ForaVm.Outcome o = vm.run(program, out::add);
                if (r >= 0) times[r] = (System.nanoTime() - t) / 1e9;
                if (o.failed()) throw new IllegalStateException(o.traceback());
                answer = String.join(",", out);
            }
        }
        Arrays.sort(times);
        System.out.printf("%s %d %.3f %s%n", file.getFileName(), threads, times[runs / 2], answer);
    }
}

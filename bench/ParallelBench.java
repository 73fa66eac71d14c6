// SPDX-License-Identifier: Apache-2.0
// Parallel benchmark (not a test), in one JVM: each workload on 1 worker thread and on all cores,
// after warm-up runs, so the figures are the computation's own (a server's JVM is warm); the
// wall-clock runs of the fora command, JVM start included, are bench/parallel.sh's.
// Usage: java -cp launcher/target/fora.jar bench/ParallelBench.java [runs] bench/w1_sum_sin.py ...
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
        int cores = Runtime.getRuntime().availableProcessors();
        for (int a = 1; a < args.length; a++) {
            Path file = Path.of(args[a]);
            ForaVm.Program program = ForaVm.compile(file.getFileName().toString(), Files.readString(file));
            double[] median = new double[2];
            String[] answers = new String[2];
            int[] threads = {1, cores};
            for (int k = 0; k < 2; k++) {
                try (WorkStealingPool pool = new WorkStealingPool(threads[k])) {
                    ForaVm vm = new ForaVm(ForaVm.DEFAULT_RECURSION_LIMIT, pool);
                    double[] times = new double[runs];
                    for (int r = -2; r < runs; r++) { // two warm-up runs first
                        List<String> out = new ArrayList<>();
                        long t = System.nanoTime();
                        ForaVm.Outcome o = vm.run(program, out::add);
                        if (r >= 0) times[r] = (System.nanoTime() - t) / 1e9;
                        if (o.failed()) throw new IllegalStateException(o.traceback());
                        answers[k] = String.join(",", out);
                    }
                    Arrays.sort(times);
                    median[k] = times[runs / 2];
                }
            }
            if (!answers[0].equals(answers[1])) System.out.println("WARNING: " + file + " differs: " + answers[0] + " vs " + answers[1]);
            double speedup = median[0] / median[1];
            System.out.printf("%-26s 1 thread %6.2fs  %d threads %6.2fs  speedup x%.2f  efficiency %.0f%%  (median of %d, warm JVM)%n",
                    file.getFileName(), median[0], cores, median[1], speedup, 100 * speedup / cores, runs);
        }
    }
}

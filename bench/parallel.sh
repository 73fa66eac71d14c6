#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Parallel benchmarks (not tests): W1, W2 and W3 on 1 worker thread and on all cores, in one run,
# printing speedup and efficiency: first in one warm JVM (the computation's own speedup, as a
# server sees it), then as wall time of the fora command, JVM start and JIT warm-up included.
# Results must be identical across core counts.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora help >/dev/null
echo "== in a warm JVM (one JVM per workload and thread count; two warm-up runs, median of ${RUNS:-3})"
# Without JVM start-up and JIT warm-up competing with the workers for the cores.
. bin/jdk25.sh
cores=${CORES:-$(nproc)}
warm() {
  "$JAVA_HOME/bin/java" -Xss16m -XX:+UseParallelGC -Xmn256m -XX:+UseCondCardMark -XX:-DontCompileHugeMethods \
    --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow -cp launcher/target/fora.jar \
    bench/ParallelBench.java "${RUNS:-3}" "$1" "$2"
}
# W1 and W3 are the examples a user runs; W2 and W5 live here
workloads="examples/sum_sin.py bench/w2_primes_parallel.py examples/divide_and_conquer.py bench/w5_nested.py"
for path in $workloads; do
  w=$(basename "$path" .py)
  read -r _ _ t1 a1 < <(warm 1 "$path")
  read -r _ _ tn an < <(warm "$cores" "$path")
  [ "$a1" = "$an" ] || echo "WARNING: $w differs: 1 thread $a1, $cores threads $an"
  sp=$(echo "$t1 / $tn" | bc -l)
  printf '%-24s 1 thread %7.2fs  %d threads %7.2fs  speedup x%.2f  efficiency %.0f%%\n' "$w" "$t1" "$cores" "$tn" "$sp" "$(echo "100 * $sp / $cores" | bc -l)"
done
echo "== the fora command, cold: JVM start (~0.2 s) and JIT warm-up (on the cores the workers use) included"
secs() { local s e; s=$(date +%s.%N); "$@" >/tmp/fora-par.out; e=$(date +%s.%N); echo "$e - $s" | bc; }
for path in $workloads; do
  w=$(basename "$path" .py)
  t1=$(secs ./fora run --cores 1 "$path"); r1=$(cat /tmp/fora-par.out)
  tn=$(secs ./fora run --cores "$cores" "$path"); rn=$(cat /tmp/fora-par.out)
  [ "$r1" = "$rn" ] || echo "WARNING: $w differs: 1 core $r1, $cores cores $rn"
  sp=$(echo "$t1 / $tn" | bc -l)
  printf '%-24s 1 core %7.2fs  %d cores %7.2fs  speedup x%.2f  efficiency %.0f%%\n' "$w" "$t1" "$cores" "$tn" "$sp" "$(echo "100 * $sp / $cores" | bc -l)"
done

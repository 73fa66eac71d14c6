#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmarks (not tests): the accumulating-loop forms of W1 and W2 (`total += ...`,
# `out.append(...)`) beside their reduction forms, each on 1 core and on 2, whole process (JVM
# start included), median of RUNS (default 3). Both forms should split and run at the same speed.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora help >/dev/null
runs=${RUNS:-3}
secs() { local s e; s=$(date +%s.%N); "$@" >/tmp/fora-loops.out; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for path in examples/sum_sin.py bench/w1_loop.py bench/w2_primes_parallel.py bench/w2_loop.py; do
  w=$(basename "$path" .py)
  t1=$(for _ in $(seq "$runs"); do secs ./fora run --cores 1 "$path"; done | median); r1=$(cat /tmp/fora-loops.out)
  t2=$(for _ in $(seq "$runs"); do secs ./fora run --cores 2 "$path"; done | median); r2=$(cat /tmp/fora-loops.out)
  [ "$r1" = "$r2" ] || echo "WARNING: $w differs: 1 core $r1, 2 cores $r2"
  printf '%-20s 1 core %6.2fs  2 cores %6.2fs  speedup x%.2f   (%s)\n' "$w" "$t1" "$t2" "$(echo "$t1 / $t2" | bc -l)" "$r2"
done

#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmarks (not tests): W2 (primes below 2*10**6 by trial division) and W4 (a while loop over
# small classes with __call__), on Fora and on CPython in the same run, with the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora run --help >/dev/null 2>&1 || true
py=${PYTHON:-python3}
run() { local s e; s=$(date +%s.%N); "$@" >/tmp/fora-bench.out; e=$(date +%s.%N); echo "$e - $s" | bc; }
for w in w2_primes w4_compose; do
  f="bench/$w.py"
  tf=$(run ./fora run "$f")
  outf=$(cat /tmp/fora-bench.out)
  tp=$(run "$py" bench/cpython_display.py "$f")
  outp=$(cat /tmp/fora-bench.out)
  [ "$outf" = "$outp" ] || echo "WARNING: outputs differ: fora=$outf cpython=$outp"
  printf '%-12s fora %6.2fs  cpython %6.2fs  speedup x%.2f\n' "$w" "$tf" "$tp" "$(echo "$tp / $tf" | bc -l)"
done

#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmarks (not tests): small everyday programs (bench/everyday/*.py: imports, sums of generator
# expressions over locals, accumulating loops, comprehensions, Counter), whole process (JVM start
# included), median of RUNS (default 3): Fora, CPython (python3) and PyPy (pypy3, when installed),
# with Fora's ratio to each (below 1 means Fora is faster). Outputs are compared with CPython's.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora run bench/everyday/imports.py >/dev/null   # builds the jar and its AOT cache first
runs=${RUNS:-3}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
bench_out="$out"
. bench/timing.sh
printf '%-14s %8s %8s %8s   %-9s %-9s\n' "" fora cpython pypy "fora/cpy" "fora/pypy"
for file in bench/everyday/*.py; do
  name=$(basename "$file" .py)
  fora=$(median ./fora run "$file"); got=$(cat "$out")
  cpython=$(median python3 "$file")
  [ "$(cat "$out")" = "$got" ] || echo "WARNING: $name: CPython printed $(cat "$out"), Fora $got"
  pypy=-
  if command -v pypy3 >/dev/null; then pypy=$(median pypy3 "$file"); fi
  printf '%-14s %8s %8s %8s   %-9s %-9s\n' "$name" "$fora" "$cpython" "$pypy" "$(ratio "$fora" "$cpython")" "$(ratio "$fora" "$pypy")"
done

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
secs() { local s e; s=$(date +%s.%N); "$@" >"$out" 2>/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() {
  local i t=()
  for i in $(seq "$runs"); do t+=("$(secs "$@")"); done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'
}
ratio() { if [ "$2" = "-" ]; then echo "-"; else printf 'x%.2f' "$(echo "$1 / $2" | bc -l)"; fi; }
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

#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmarks (not tests): W1-W4 at the sizes of issue 11, whole process (JVM start included),
# median of RUNS (default 3), in one run: Fora (tier 1, the default), Fora --tier0-only, PyPy
# (pypy3, when installed: apt-get install pypy3), CPython (python3; SKIP_CPYTHON=1 skips it) and
# the same loops written by hand in Java (bench/HandWritten.java). Prints each time and Fora's
# ratio to each (below 1 means Fora is faster), then tier 1's compile time and class bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora run bench/w2_primes.py >/dev/null   # builds the jar and its AOT cache first
. bin/jdk25.sh
runs=${RUNS:-3}
classes=$(mktemp -d)
trap 'rm -rf "$classes"' EXIT
"$JAVA_HOME/bin/javac" -d "$classes" bench/HandWritten.java
bench_out="$classes/out"
. bench/timing.sh
printf '%-4s %8s %8s %8s %8s %8s   %-9s %-9s %-9s\n' "" fora tier0 pypy cpython java "fora/pypy" "fora/cpy" "fora/java"
for w in W1:examples/sum_sin.py W2:bench/w2_primes.py W3:examples/divide_and_conquer.py W4:bench/w4_compose.py; do
  name=${w%%:*}; file=${w#*:}
  fora=$(median ./fora run "$file"); want=$(cat "$classes/out")
  tier0=$(median ./fora run --tier0-only "$file")
  pypy=-
  if command -v pypy3 >/dev/null; then
    pypy=$(median pypy3 bench/cpython_display.py "$file")
    [ "$(cat "$classes/out")" = "$want" ] || echo "WARNING: $name: PyPy printed $(cat "$classes/out"), Fora $want"
  fi
  cpython=-
  if [ -z "${SKIP_CPYTHON:-}" ]; then
    cpython=$(median python3 bench/cpython_display.py "$file")
    [ "$(cat "$classes/out")" = "$want" ] || echo "WARNING: $name: CPython printed $(cat "$classes/out"), Fora $want"
  fi
  java=$(median "$JAVA_HOME/bin/java" -cp "$classes" HandWritten "$name")
  printf '%-4s %8s %8s %8s %8s %8s   %-9s %-9s %-9s\n' "$name" "$fora" "$tier0" "$pypy" "$cpython" "$java" \
    "$(ratio "$fora" "$pypy")" "$(ratio "$fora" "$cpython")" "$(ratio "$fora" "$java")"
done
echo "== tier 1 per workload (fora run --stats)"
for file in examples/sum_sin.py bench/w2_primes.py examples/divide_and_conquer.py bench/w4_compose.py; do
  printf '%-32s %s\n' "$file" "$(./fora run --stats "$file" 2>&1 >/dev/null | sed -n 's/^fora: tier 1/tier 1/p')"
done

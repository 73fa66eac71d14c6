#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Grid benchmarks (not tests). W1 (sum of sin) and W2 (primes below 2*10**6) whole-process, as a
# user runs them: on one JVM with 1 thread and with 2, on a manager + 2 worker JVMs of 1 thread
# each, then on 1, 2, 4 and 8 worker JVMs of 1 thread each, all on this machine's loopback.
# For the grid it prints the CPU time the workers used, the pieces that moved between them and
# the bytes those pieces took, so the overhead of the grid as it grows is visible. Answers must
# be identical everywhere; after the first run on fresh workers each program runs WARM more times
# (default 9) and the median is printed. Processes started here are stopped by their own PIDs.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora help >/dev/null
. bin/jdk25.sh
HTTP=${HTTP_PORT:-30400}
CLUSTER=${CLUSTER_PORT:-30402}
workloads="examples/sum_sin.py bench/w2_primes_parallel.py"
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; pids=(); }
trap stop_all EXIT
secs() { local s e; s=$(date +%s.%N); "$@" >/tmp/fora-cluster.out; e=$(date +%s.%N); echo "$e - $s" | bc; }
cpu_of() { local t=0 p; for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' /proc/"$p"/stat))); done; echo "$t"; }
moved() { curl -s "localhost:$HTTP/api/v1/cluster" | python3 -c '
import json, sys
c = json.load(sys.stdin)
print(sum(m["piecesRun"] for m in c["members"]), sum(m["bytesSent"] for m in c["members"]))'; }

declare -A answer
echo "== one JVM (fora run)"
for path in $workloads; do
  w=$(basename "$path" .py)
  t1=$(secs ./fora run --cores 1 "$path"); answer[$w]=$(cat /tmp/fora-cluster.out)
  t2=$(secs ./fora run --cores 2 "$path")
  [ "$(cat /tmp/fora-cluster.out)" = "${answer[$w]}" ] || echo "WARNING: $w differs on 2 threads"
  printf '%-20s 1 thread %6.2fs   2 threads %6.2fs (x%.2f)\n' "$w" "$t1" "$t2" "$(echo "$t1 / $t2" | bc -l)"
  declare "one_$w=$t1"
done

grid() { # grid N: manager --no-worker + N workers of 1 thread, timings of every workload
  local n=$1 i w t cpu0 cpu1 m0 m1 wpids=()
  ./fora manager --no-worker --port "$HTTP" --http-host 127.0.0.1 --host 127.0.0.1 --cluster-port "$CLUSTER" >/dev/null 2>&1 &
  pids+=($!)
  for i in $(seq 1 "$n"); do
    ./fora worker --manager "127.0.0.1:$CLUSTER" --host 127.0.0.1 --cluster-port 0 --cores 1 >/dev/null 2>&1 &
    pids+=($!); wpids+=($!)
  done
  for i in $(seq 1 120); do
    [ "$(curl -s "localhost:$HTTP/api/v1/cluster" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["workers"])' 2>/dev/null)" = "$n" ] && break
    sleep 0.5
  done
  for path in $workloads; do
    w=$(basename "$path" .py)
    cpu0=$(cpu_of "${wpids[@]}"); read -r m0 b0 < <(moved)
    t=$(secs ./fora run --cluster "http://localhost:$HTTP" "$path")
    cpu1=$(cpu_of "${wpids[@]}"); read -r m1 b1 < <(moved)
    [ "$(cat /tmp/fora-cluster.out)" = "${answer[$w]}" ] || echo "WARNING: $w differs on $n workers: $(cat /tmp/fora-cluster.out)"
    local one="one_$w"
    printf '%-20s %d workers %6.2fs (x%.2f vs 1 thread)  worker CPU %6.2fs  pieces moved %4d  bytes sent %8d\n' \
      "$w" "$n" "$t" "$(echo "${!one} / $t" | bc -l)" "$(echo "($cpu1 - $cpu0) / $(getconf CLK_TCK)" | bc -l)" \
      "$((m1 - m0))" "$((b1 - b0))"
  done
  # the same programs submitted again (WARM times, default 9): the median, once the workers' JVMs
  # have compiled the grid's paths and the program's code
  if [ "${WARM:-9}" -gt 0 ]; then
    for path in $workloads; do
      w=$(basename "$path" .py)
      local times=()
      for i in $(seq 1 "${WARM:-9}"); do times+=("$(secs ./fora run --cluster "http://localhost:$HTTP" "$path")"); done
      t=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
      local one="one_$w"
      printf '%-20s %d workers, run again: median %6.2fs (x%.2f vs 1 thread)\n' "$w" "$n" "$t" "$(echo "${!one} / $t" | bc -l)"
    done
  fi
  stop_all
}

echo "== manager + 2 worker JVMs of 1 thread (fora run --cluster, client JVM included)"
grid 2
echo "== 1, 2, 4 and 8 worker JVMs of 1 thread each on this machine ($(nproc) cores)"
for n in ${SIZES:-1 2 4 8}; do grid "$n"; done

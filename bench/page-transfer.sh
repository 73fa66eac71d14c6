#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Benchmark (not a test): page transfer throughput between two processes on this machine, through
# Fora's page transport as workers use it (Aeron: IPC through the receiving worker's media driver,
# since both are on one machine), through its UDP path alone (as between machines; here over
# loopback), and through a plain TCP copy of the same bytes into one reused buffer, in the same
# run. WARM pages (default 32), then PAGES pages (default 256) of PAGE_MB MiB (default 16), timed
# from the end of the warm ones so that both sides' JIT has compiled. The last line is
# "aeron_MBps=<x> tcp_MBps=<y>" (medians of RUNS runs each, default 3). Processes started here are
# stopped by their own PIDs.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora help >/dev/null   # builds the jar when sources changed
. bin/jdk25.sh
warm=${WARM:-32}
export WARM=$warm
pages=$(( ${PAGES:-256} + warm ))
bytes=$(( ${PAGE_MB:-16} * 1024 * 1024 ))
runs=${RUNS:-3}
java=("$JAVA_HOME/bin/java" --sun-misc-unsafe-memory-access=allow --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
      -Xmx2g -cp launcher/target/fora.jar bench/PageTransferBench.java)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
one() { # one WAY: the receiver's MB/s
  local out; out=$(mktemp)
  "${java[@]}" receive "$1" "$pages" "$bytes" >"$out" 2>/dev/null &
  local rpid=$!; pids+=("$rpid")
  for _ in $(seq 1 300); do grep -q READY "$out" && break; sleep 0.1; done
  local addr; addr=$(awk '/READY/ {print $2}' "$out")
  "${java[@]}" send "$1" "$addr" "$pages" "$bytes" >/dev/null 2>&1
  wait "$rpid"
  awk '/MBps/ {print $2}' "$out"
  rm -f "$out"
}
a=(); u=(); t=()
for i in $(seq 1 "$runs"); do
  a+=("$(one aeron)"); u+=("$(one udp)"); t+=("$(one tcp)")
  echo "run $i: aeron ${a[-1]} MB/s (IPC), aeron over UDP ${u[-1]} MB/s, tcp ${t[-1]} MB/s ($((pages - warm)) pages of $((bytes >> 20)) MiB after $warm)"
done
am=$(printf '%s\n' "${a[@]}" | median); um=$(printf '%s\n' "${u[@]}" | median); tm=$(printf '%s\n' "${t[@]}" | median)
echo "aeron/tcp: $(echo "$am / $tm" | bc -l | cut -c1-4)   aeron over UDP/tcp: $(echo "$um / $tm" | bc -l | cut -c1-4)   (aeron_udp_MBps=$um)"
echo "aeron_MBps=$am tcp_MBps=$tm"

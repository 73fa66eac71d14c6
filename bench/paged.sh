#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Paged lists on a grid (not a test): fora manager --no-worker and two fora worker --memory 1g on
# this machine's loopback, running issue 12's program (a 2.4 GB list of ints, more than either
# worker may hold), whole-process, with each worker's peak memory, its pages in memory and on disk,
# pages moved between workers and sums/reads served where the pages are. Then the sum alone:
# the same list made and only measured (len), against made and summed; the list is about nine
# times one worker's page budget (256 MB of 1g). Processes started here are stopped by their PIDs.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora help >/dev/null
HTTP=${HTTP_PORT:-30500}
CLUSTER=${CLUSTER_PORT:-30502}
N=${N:-3 * 10**8}
tmp=$(mktemp -d)
pids=()
stop_all() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap stop_all EXIT
./fora manager --no-worker --port "$HTTP" --http-host 127.0.0.1 --host 127.0.0.1 --cluster-port "$CLUSTER" >"$tmp/m.log" 2>&1 &
pids+=($!)
workers=()
for i in 1 2; do
  ./fora worker --manager "127.0.0.1:$CLUSTER" --host 127.0.0.1 --cluster-port 0 --data-port 0 --memory 1g >"$tmp/w$i.log" 2>&1 &
  pids+=($!); workers+=($!)
done
for i in $(seq 1 120); do
  [ "$(curl -s "localhost:$HTTP/api/v1/cluster" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["workers"])' 2>/dev/null)" = 2 ] && break
  sleep 0.5
done
run() { # run NAME SOURCE: prints the wall time of fora run --cluster and the output
  printf '%s\n' "$2" >"$tmp/$1.py"
  local s e
  s=$(date +%s.%N)
  ./fora run --cluster "http://localhost:$HTTP" "$tmp/$1.py" >"$tmp/$1.out"
  e=$(date +%s.%N)
  printf '%-8s %6.1f s   output: %s\n' "$1" "$(echo "$e - $s" | bc)" "$(tr '\n' ' ' <"$tmp/$1.out")"
}
run issue12 "xs = [i * 3 for i in range($N)]
len(xs)
sum(xs)
xs[123456789]
max(xs[::1000])"
echo "CPython gives: 300000000 134999999550000000 370370367 899997000 (for N = 3 * 10**8)"
for p in "${workers[@]}"; do echo "worker $p peak RSS: $(awk '/VmHWM/ {print $2, $3}' /proc/"$p"/status)"; done
curl -s "localhost:$HTTP/api/v1/cluster" | python3 -c '
import json, sys
for m in json.load(sys.stdin)["members"]:
    p = m["pages"]
    print("  %s  in memory %5.0f MB  on disk %5.0f MB  pages received %d  sums and reads served %d" % (
        m["address"], p["inMemoryBytes"] / 1e6, p["onDiskBytes"] / 1e6, p["pagesReceived"], p["asksServed"]))'
run made "xs = [i * 3 for i in range($N)]
len(xs)"
run summed "xs = [i * 3 for i in range($N)]
sum(xs)"
echo "the sum's share is the difference of the last two lines"

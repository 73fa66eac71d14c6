#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Gateway benchmarks (not tests): starts `fora local` on a free loopback port, measures the round
# trip of a trivial computation and the throughput of trivial submissions from 8 clients, stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
./fora help >/dev/null
. bin/jdk25.sh
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2>/dev/null || echo 30777)}
./fora local --host 127.0.0.1 --port "$port" >/tmp/fora-gateway-bench.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
for i in $(seq 100); do curl -sf "http://127.0.0.1:$port/api/v1/cluster" >/dev/null && break; sleep 0.1; done
"$JAVA_HOME/bin/java" bench/GatewayBench.java "http://127.0.0.1:$port" "${CLIENTS:-8}" "${SECONDS_PER_RUN:-10}"

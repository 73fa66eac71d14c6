# SPDX-License-Identifier: Apache-2.0
# Sourced by the benchmark scripts: whole-process timings. Set bench_out (the file each run's
# stdout goes to) and runs before calling.
# secs CMD...: seconds one run of CMD took.
secs() { local s e; s=$(date +%s.%N); "$@" >"$bench_out" 2>/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc; }
# median CMD...: the median of $runs runs, two decimals.
median() {
  local i t=()
  for i in $(seq "$runs"); do t+=("$(secs "$@")"); done
  printf '%s\n' "${t[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'
}
# ratio A B: "xA/B", or "-" when B is "-".
ratio() { if [ "$2" = "-" ]; then echo "-"; else printf 'x%.2f' "$(echo "$1 / $2" | bc -l)"; fi; }

#!/usr/bin/env bash
# Every benchmark the README's performance section quotes, one after another, for a QUIET machine
# (nothing else building or testing: the figures are only worth having then). The app is published
# once in Release and shared. Each benchmark's own JSON and .md go to bench/results/ as when it is
# run alone; this script adds bench/results/all.json and all.md: the command, how long it took,
# the load average before and after, and whether it passed. Each benchmark's output goes to
# bench/results/all-logs/<name>.log.
#
# Usage: bench/all.sh          the full run, about 30 minutes on the 2-core build machine
#        bench/all.sh short    every script once with tiny sizes (a few minutes' load each), to check
#                              they all still work; bench/results/ is put back as it was afterwards
#                              and the short results are left in /tmp/voice-bench-short-results
#        bench/all.sh full NAME...   only the named benchmarks (names as in the list below)
# To run one benchmark longer, run its own command (printed below, and in all.md) with bigger
# arguments, for example `bench/views/run.sh 2000 200` or `bench/pages/run.sh 30`.
set -uo pipefail
cd "$(dirname "$0")/.."
mode=${1:-full}
shift || true
case $mode in full|short) ;; *) echo "Usage: bench/all.sh [full|short] [name...]"; exit 2 ;; esac

# name|full command|short command|estimated seconds (full, quiet 2-core machine)
benchmarks=(
  "pageweight|bench/pageweight/run.sh|bench/pageweight/run.sh|40"
  "pages|bench/pages/run.sh 10|bench/pages/run.sh 1|260"
  "foundation|bench/foundation/run.sh 10|bench/foundation/run.sh 1|90"
  "careleavers|bench/careleavers/run.sh 10|bench/careleavers/run.sh 1|90"
  "queues|bench/queues/run.sh 100000|bench/queues/run.sh 100000|150"   # explain.sql needs its 100,000 rows (page 800 and its keyset)
  "complaints|bench/complaints/run.sh 8 20 100000|bench/complaints/run.sh 2 3 2000|240"
  "views|bench/views/run.sh 600 200|bench/views/run.sh 20 10|240"
  "lcp|bench/lcp/run.sh 3|bench/lcp/run.sh 1|300"
  "safeguarding|bench/safeguarding/run.sh|bench/safeguarding/run.sh 10|240"
  "analytics|bench/analytics/run.sh --items 1000000 --runs 30|bench/analytics/run.sh --items 2000 --runs 3|240"
)
if [ $# -gt 0 ]; then
  chosen=()
  for entry in "${benchmarks[@]}"; do for n in "$@"; do [ "${entry%%|*}" = "$n" ] && chosen+=("$entry"); done; done
  benchmarks=("${chosen[@]}")
fi

total=60   # the publish
for entry in "${benchmarks[@]}"; do IFS='|' read -r _ _ _ est <<<"$entry"; total=$((total + est)); done
[ "$mode" = short ] && total=$((total / 3))
echo "bench/all.sh $mode: ${#benchmarks[@]} benchmarks, estimated $((total / 60)) minutes on a quiet 2-core machine (started $(date -u +%H:%M) UTC)."
echo "Load average now: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 minutes). Figures are worth keeping only when it is near 1 or below."

if [ "$mode" = short ]; then
  keep=$(mktemp -d /tmp/voice-bench-keep.XXXXXX)
  cp -a bench/results "$keep/"
  restore() { rm -rf /tmp/voice-bench-short-results; cp -a bench/results /tmp/voice-bench-short-results; rm -rf bench/results; mv "$keep/results" bench/results; rm -rf "$keep"; }
  trap restore EXIT
fi

export BENCH_PUBLISH
BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX)
trap 'rm -rf "$BENCH_PUBLISH"; [ "$mode" = short ] && restore' EXIT
echo "Publishing the app in Release once for all of them..."
dotnet publish src/Voice.Web -c Release -o "$BENCH_PUBLISH" -v q -nologo >/dev/null || { echo "The publish failed"; exit 1; }

mkdir -p bench/results/all-logs
rows=(); json=(); failed=0; started=$(date +%s)
for entry in "${benchmarks[@]}"; do
  IFS='|' read -r name full short est <<<"$entry"
  command=$full; [ "$mode" = short ] && command=$short
  before=$(cut -d' ' -f1-3 /proc/loadavg)
  echo
  echo "== $name: $command (load average before: $before; about $est s in the full run)"
  t0=$(date +%s)
  $command >"bench/results/all-logs/$name.log" 2>&1
  rc=$?
  seconds=$(( $(date +%s) - t0 ))
  after=$(cut -d' ' -f1-3 /proc/loadavg)
  result=passed; [ $rc -ne 0 ] && { result="FAILED (exit $rc, see bench/results/all-logs/$name.log)"; failed=$((failed + 1)); }
  tail -n 12 "bench/results/all-logs/$name.log"
  echo "== $name: $result in ${seconds} s (load average after: $after)"
  rows+=("| $name | \`$command\` | $seconds | $before | $after | $result |")
  json+=("{\"name\":\"$name\",\"command\":\"$command\",\"seconds\":$seconds,\"loadAverageBefore\":\"$before\",\"loadAverageAfter\":\"$after\",\"exitCode\":$rc}")
done
elapsed=$(( $(date +%s) - started ))

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
(IFS=,; echo "{\"benchmark\":\"all\",\"mode\":\"$mode\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"cpu\":\"$cpu\",\"cores\":$(nproc),\"seconds\":$elapsed,\"runs\":[${json[*]}]}") > bench/results/all.json
{
  echo "# All benchmarks (bench/all.sh $mode)"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $cpu, $(nproc) cores; $((elapsed / 60)) min $((elapsed % 60)) s in all. Load averages are 1, 5 and 15 minutes, read just before and just after each benchmark. Each benchmark's own table is in bench/results/<name>.md (or .txt/.json), its output in all-logs/."
  echo
  echo "| benchmark | command | seconds | load before | load after | result |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > bench/results/all.md
echo
cat bench/results/all.md
[ "$failed" -eq 0 ]

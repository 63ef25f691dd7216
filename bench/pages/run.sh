#!/usr/bin/env bash
# Benchmark (not a test): requests per second of public pages against the app's bare endpoint
# (/health/live), each page measured straight after its own bare run so the pair shares the
# machine's load; search latency (p95); the app's memory after the load. App in Release on
# SQLite (these pages read content held in memory, or nothing), wrk with 2 threads and 32
# connections, every request sending "Accept-Encoding: br, gzip" as a phone's browser does.
# Writes bench/results/pages.json and bench/results/pages.md.
# Usage: bench/pages/run.sh [seconds per run, default 5]
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
export BENCH_SECONDS=${1:-5}
own_publish=
[ -n "${BENCH_PUBLISH:-}" ] || { BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX); own_publish=$BENCH_PUBLISH; }
ensure_packages wrk:wrk curl:curl
trap 'bench_stop_app; rm -rf "$own_publish"' EXIT
encoding="Accept-Encoding: br, gzip"

bench_start_app Sqlite ""
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pages=("home|/" "local-offer-page|/care-leavers/education/higher-education-bursary" "topic-index|/care-leavers"
       "easy-read-page|/care-leavers/education/higher-education-bursary/easy-read" "you-said-we-did|/you-said-we-did"
       "form-complaint-start|/complaints/new" "form-checker-start|/care-leavers/what-can-i-get"
       "search-money|/care-leavers/search?q=money" "search-misspelt|/care-leavers/search?q=helth+history")
for entry in "${pages[@]}"; do curl -fs -o /dev/null "$APP_URL${entry#*|}"; done   # warm up
wrk -t2 -c8 -d2s "$APP_URL/" >/dev/null
results=(); rows=()
for entry in "${pages[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  bare=$(wrk_json "bare-before-$name" "$APP_URL/health/live" "$encoding")
  page=$(wrk_json "$name" "$APP_URL$path" "$encoding")
  echo "$bare"; echo "$page"
  results+=("$bare" "$page")
  field() { echo "$1" | grep -oE "\"$2\":[0-9.]+" | cut -d: -f2; }
  fraction=$(awk "BEGIN{printf \"%.2f\", $(field "$page" requestsPerSecond) / $(field "$bare" requestsPerSecond)}")
  rows+=("| $name (\`$path\`) | $(field "$page" requestsPerSecond) | $(field "$bare" requestsPerSecond) | $fraction | $(field "$page" p50Ms) | $(field "$page" p95Ms) | $(field "$page" p99Ms) | $(field "$page" non2xx) |")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
# Memory after the load, measured the same way every run: 10 s after the last request (the GC and
# the allocator settle), as resident (RSS: every page the process has in memory, including shared
# and file-backed ones) and proportional (PSS: shared pages divided among the processes sharing them).
sleep 10
rss_kb=$(awk '/^VmRSS/ {print $2}' /proc/$APP_PID/status)
peak_kb=$(awk '/^VmHWM/ {print $2}' /proc/$APP_PID/status)
pss_kb=$(awk '/^Pss:/ {print $2}' /proc/$APP_PID/smaps_rollup)
anon_kb=$(awk '/^Anonymous:/ {print $2}' /proc/$APP_PID/smaps_rollup)
# BENCH_SMAPS=FILE keeps the whole map (every mapping's resident size) to see where the memory is.
[ -z "${BENCH_SMAPS:-}" ] || cp /proc/$APP_PID/smaps "$BENCH_SMAPS"

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
{
  echo "{\"benchmark\":\"pages\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"cpu\":\"$cpu\",\"cores\":$(nproc),\"loadAverageBefore\":\"$load_before\",\"loadAverageAfter\":\"$load_after\","
  echo "\"secondsPerRun\":$BENCH_SECONDS,\"connections\":${BENCH_CONNECTIONS:-32},\"memoryAfterLoadMB\":$((rss_kb / 1024)),\"pssAfterLoadMB\":$((pss_kb / 1024)),\"anonymousAfterLoadMB\":$((anon_kb / 1024)),\"peakMemoryMB\":$((peak_kb / 1024)),\"runs\":["
  (IFS=,; echo "${results[*]}")
  echo "]}"
} > bench/results/pages.json
{
  echo "# Pages against the bare endpoint"
  echo
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $cpu, $(nproc) cores shared with other work (load average $load_before before, $load_after after); wrk 2 threads, ${BENCH_CONNECTIONS:-32} connections, ${BENCH_SECONDS} s per run; app in Release on SQLite; Accept-Encoding br, gzip. Each page's bare figure is the run just before it."
  echo
  echo "| page | requests/s | bare requests/s | fraction of bare | p50 (ms) | p95 (ms) | p99 (ms) | non-2xx |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Memory after the load (10 s after the last request; target under 300 MB): $((rss_kb / 1024)) MB resident (RSS), $((pss_kb / 1024)) MB proportional (PSS), of which $((anon_kb / 1024)) MB anonymous (heaps, model weights); peak RSS $((peak_kb / 1024)) MB."
} > bench/results/pages.md
cat bench/results/pages.md

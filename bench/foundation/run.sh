#!/usr/bin/env bash
# Benchmark (not a test): the home page against a bare endpoint (/health/live) in the same run,
# on SQLite and then PostgreSQL, with the app in Release. Writes bench/results/foundation.json
# and bench/results/foundation.md. Usage: bench/foundation/run.sh [seconds per run, default 15]
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
export BENCH_SECONDS=${1:-15}
own_publish=
[ -n "${BENCH_PUBLISH:-}" ] || { BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX); own_publish=$BENCH_PUBLISH; }
ensure_packages wrk:wrk curl:curl "/usr/lib/postgresql/*/bin/postgres:postgresql"
trap 'bench_stop_app; pg_stop; rm -rf "$own_publish"' EXIT

results=()
for provider in Sqlite Postgres; do
  connection=""
  if [ $provider = Postgres ]; then
    pg_start
    "$(pg_bin_dir)/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres voice_bench
    connection="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=voice_bench;Maximum Pool Size=100"
  fi
  bench_start_app $provider "$connection"
  curl -fs "$APP_URL/" >/dev/null   # warm up
  wrk -t2 -c8 -d3s "$APP_URL/" >/dev/null
  for target in "bare:/health/live" "home:/"; do
    name=${target%%:*}; path=${target#*:}
    json=$(wrk_json "$provider-$name" "$APP_URL$path")
    echo "$json"
    results+=("$json")
  done
  bench_stop_app
done

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
{
  echo "{\"benchmark\":\"foundation\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"cpu\":\"$cpu\",\"cores\":$(nproc),\"secondsPerRun\":$BENCH_SECONDS,\"connections\":${BENCH_CONNECTIONS:-32},\"runs\":["
  (IFS=,; echo "${results[*]}")
  echo "]}"
} > bench/results/foundation.json
{
  echo "# Foundation benchmark"
  echo
  echo "$(date -u +%Y-%m-%d), $cpu, $(nproc) cores; wrk with 2 threads and ${BENCH_CONNECTIONS:-32} connections for ${BENCH_SECONDS}s per run; app in Release on the same machine."
  echo
  echo "| run | requests/s | p50 (ms) | p99 (ms) | non-2xx |"
  echo "|---|---|---|---|---|"
  for r in "${results[@]}"; do
    echo "$r" | sed -E 's/.*"name":"([^"]*)".*"requestsPerSecond":([0-9.]*).*"p50Ms":([0-9.]*).*"p99Ms":([0-9.]*).*"non2xx":([0-9]*).*/| \1 | \2 | \3 | \4 | \5 |/'
  done
} > bench/results/foundation.md
cat bench/results/foundation.md

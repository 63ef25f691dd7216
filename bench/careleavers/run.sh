#!/usr/bin/env bash
# Benchmark (not a test): the care leavers' local offer, with the app in Release. In one run,
# wrk measures a content page, the topic index, search for a common word over the whole offer,
# search with misspellings (which goes through the edit-distance corrections), and a bare
# endpoint (/health/live) for comparison. Requests per second, p50, p95 and p99 for each.
# The local offer is Markdown loaded into memory at start-up and search is an in-memory index, so
# none of these pages touch the database: one provider (SQLite) is enough. Each URL is checked
# first: it must answer 200, and the pages must show what they should (the search for the
# misspelling must find the health history page), so the figures are not for an error page.
# Writes bench/results/careleavers.json and careleavers.md.
# Usage: bench/careleavers/run.sh [seconds per URL, default 15] (BENCH_CONNECTIONS, default 32)
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
export BENCH_SECONDS=${1:-15}
export BENCH_CONNECTIONS=${BENCH_CONNECTIONS:-32}
own_publish=
[ -n "${BENCH_PUBLISH:-}" ] || { BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX); own_publish=$BENCH_PUBLISH; }
ensure_packages wrk:wrk curl:curl
trap 'bench_stop_app; rm -rf "$own_publish"' EXIT

# name|path|text the page must contain (a fixed string; empty for none)
targets=(
  "bare|/health/live|"
  "index|/care-leavers|href=\"/care-leavers/education/higher-education-bursary\""
  "page|/care-leavers/education/higher-education-bursary|Higher education bursary and going to university"
  "search-money|/care-leavers/search?q=money|pages found for"
  "search-misspelt|/care-leavers/search?q=helth+history|href=\"/care-leavers/health/your-health-history\""
)
offer_pages=$(find content/local-offer -mindepth 2 -name '*.md' ! -name '*.easy-read.md' | wc -l)

bench_start_app Sqlite

# Check every URL, and keep the size of each response and the number of search results.
declare -A bytes found
for target in "${targets[@]}"; do
  IFS='|' read -r name path expect <<<"$target"
  body=$(mktemp)
  status=$(curl -s -H 'X-Forwarded-Proto: https' -o "$body" -w '%{http_code}' "$APP_URL$path")
  if [ "$status" != 200 ] || { [ -n "$expect" ] && ! grep -qF -- "$expect" "$body"; }; then
    echo "$path answered $status or did not contain: $expect"; rm -f "$body"; exit 1
  fi
  bytes[$name]=$(stat -c %s "$body")
  found[$name]=$(grep -oE '[0-9]+ pages? found for' "$body" | grep -oE '^[0-9]+' || true)
  rm -f "$body"
done

# Warm up (JIT tiering, Razor, the search index) on every URL, not counted.
for target in "${targets[@]}"; do
  IFS='|' read -r name path expect <<<"$target"
  wrk -t2 -c8 -d3s "$APP_URL$path" >/dev/null
done

# The machine may be shared: keep the load average before, after each URL, and at the end.
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results=()
for target in "${targets[@]}"; do
  IFS='|' read -r name path expect <<<"$target"
  json=$(wrk_json "$name" "$APP_URL$path")
  load=$(cut -d' ' -f1 /proc/loadavg)
  json="${json%\}},\"path\":\"$path\",\"responseBytes\":${bytes[$name]},\"pagesFound\":${found[$name]:-null},\"loadAverage1mAfter\":$load}"
  echo "$json"
  results+=("$json")
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
bench_stop_app

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
date=$(date -u +%Y-%m-%dT%H:%M:%SZ)
dotnet_version=$(dotnet --version)
{
  echo "{\"benchmark\":\"careleavers\",\"date\":\"$date\",\"cpu\":\"$cpu\",\"cores\":$(nproc),\"dotnet\":\"$dotnet_version\",\"provider\":\"Sqlite\",\"offerPages\":$offer_pages,\"secondsPerRun\":$BENCH_SECONDS,\"connections\":$BENCH_CONNECTIONS,\"wrkThreads\":2,\"loadAverageBefore\":\"$load_before\",\"loadAverageAfter\":\"$load_after\",\"runs\":["
  (IFS=,; echo "${results[*]}")
  echo "]}"
} > bench/results/careleavers.json
field() { echo "$1" | sed -E "s/.*\"$2\":\"?([^,\"}]*)\"?.*/\1/"; }
{
  echo "# Care leavers benchmark: local offer pages and search"
  echo
  echo "${date%%T*}, $cpu, $(nproc) cores, .NET SDK $dotnet_version; app in Release on the same machine as wrk (2 threads, $BENCH_CONNECTIONS connections, ${BENCH_SECONDS}s per URL, one after another in one run, after a 3s warm-up on each)."
  echo "SQLite only: the local offer ($offer_pages standard pages, each with an easy-read version) is Markdown held in memory and search is an in-memory index over the standard pages, so these pages do not use the database."
  echo "Load average (1, 5, 15 minutes) before the run: $load_before; after: $load_after. The machine was shared (the load average includes this run: the app and wrk), so the figures are lower and noisier than on an idle one."
  echo "Responses are uncompressed (wrk sends no Accept-Encoding). Search shows at most 20 results, each with a highlighted snippet; \"pages found\" is the number the results page shows."
  echo
  echo "| run | URL | requests/s | p50 (ms) | p95 (ms) | p99 (ms) | requests | non-2xx | response (bytes) | pages found | 1-min load after |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for r in "${results[@]}"; do
    pages=$(field "$r" pagesFound); [ "$pages" = null ] && pages="–"
    echo "| $(field "$r" name) | \`$(field "$r" path)\` | $(field "$r" requestsPerSecond) | $(field "$r" p50Ms) | $(field "$r" p95Ms) | $(field "$r" p99Ms) | $(field "$r" requests) | $(field "$r" non2xx) | $(field "$r" responseBytes) | $pages | $(field "$r" loadAverage1mAfter) |"
  done
} > bench/results/careleavers.md
cat bench/results/careleavers.md

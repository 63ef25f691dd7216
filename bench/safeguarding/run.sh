#!/usr/bin/env bash
# Benchmark (not a test) of the safeguarding screen with both signals, in Release, on at most 2
# cores: screen latency per saved answer (p50/p95/p99), throughput with 1 and 2 workers, and
# memory with the model loaded. Also prints the shipped screen's recall and look-alike flag rate
# on the regression sets. Writes bench/results/safeguarding.txt.
# Usage: bench/safeguarding/run.sh [long answers, default 200]
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
out=$(mktemp -d /tmp/voice-bench-safeguarding.XXXXXX)
trap 'rm -rf "$out"' EXIT
dotnet build bench/safeguarding/Bench -c Release -o "$out" -v q -nologo >/dev/null
mkdir -p bench/results
{
  echo "# safeguarding screen benchmark, $(date -u +%FT%TZ), $(nproc) cores visible, taskset to 2"
  DOTNET_PROCESSOR_COUNT=2 taskset -c 0,1 dotnet "$out/safeguarding-bench.dll" "$root" latency "${1:-200}"
  echo "# regression sets"
  DOTNET_PROCESSOR_COUNT=2 taskset -c 0,1 dotnet "$out/safeguarding-bench.dll" "$root" evaluate
} | tee bench/results/safeguarding.txt

#!/usr/bin/env bash
# Benchmark (not a test): the complaints bench (Program.cs) against a throwaway PostgreSQL, in
# Release. Defaults are short, for a shared machine: 8 complainants for 10 s, then the staff queue
# over 100,000 complaints with the bare endpoint timed the same way in the same run.
# Usage: bench/complaints/run.sh [submitters, default 8] [seconds, default 10] [queue, default 100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
ensure_packages "/usr/lib/postgresql/*/bin/postgres:postgresql"
trap pg_stop EXIT
pg_start
dotnet run -c Release --project bench/complaints -- --postgres "$PG_CONNECTION" \
  --submitters "${1:-8}" --seconds "${2:-10}" --queue "${3:-100000}"

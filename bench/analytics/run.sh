#!/usr/bin/env bash
# QA overview and themes queries on a throwaway PostgreSQL (issue 8). Run by hand, never in tests:
#   bench/analytics/run.sh [--items 100000] [--teams 150] [--years 5] [--runs 40]
# The issue's full size is --items 1000000; that takes the machine for a while, so run it on a quiet one.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/lib.sh
trap pg_stop EXIT
pg_start
dotnet run -c Release --project bench/analytics -- --postgres "$PG_CONNECTION" "$@"

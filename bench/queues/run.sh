#!/usr/bin/env bash
# Benchmark (not a test): the staff queues' query plans on PostgreSQL with 100,000 complaints,
# 100,000 invitations and 100,000 safeguarding flags (bench/queues/seed.sql), through EXPLAIN
# ANALYZE of the queries the complaints queue, the views list and the triage queue send
# (bench/queues/explain.sql). The app is started once to migrate the database, then stopped.
# Writes bench/results/queues-explain.txt. Usage: bench/queues/run.sh [rows, default 100000]
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
rows=${1:-100000}
own_publish=
[ -n "${BENCH_PUBLISH:-}" ] || { BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX); own_publish=$BENCH_PUBLISH; }
ensure_packages curl:curl "/usr/lib/postgresql/*/bin/postgres:postgresql"
trap 'bench_stop_app; pg_stop; rm -rf "$own_publish"' EXIT
pg_start
psql=("$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q)
"$(pg_bin_dir)/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres voice_queues
bench_start_app Postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=voice_queues"
bench_stop_app
"${psql[@]}" -d voice_queues -v n="$rows" -f bench/queues/seed.sql
"${psql[@]}" -d voice_queues -c 'VACUUM ANALYZE'
{
  echo "# Staff queue plans, PostgreSQL $("$(pg_bin_dir)/postgres" --version | awk '{print $3}'), $rows rows each, $(date -u +%Y-%m-%dT%H:%MZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "${psql[@]}" -d voice_queues -f bench/queues/explain.sql | grep -v -e '^ *Planning Time' -e '^$' -e 'QUERY PLAN' -e '^---' -e 'rows)$'
} > bench/results/queues-explain.txt
cat bench/results/queues-explain.txt

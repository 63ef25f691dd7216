#!/usr/bin/env bash
# Benchmark (not a test): young people answering lac-review-11-17 against PostgreSQL, with the
# app in Release. N invitations are inserted with psql (codes known to the script, stored as
# an HMAC under the app's key, as the app stores them); CONCURRENCY simulated young people (a small .NET
# client in bench/views/Client, with cookies and antiforgery tokens) each open their link, GET
# and POST every question, and send. Reports pages/second and latency, then checks in
# PostgreSQL that every answer posted was stored. Writes bench/results/views.json and views.md.
# Usage: bench/views/run.sh [invitations, default 600] [concurrency, default 200]
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
INVITATIONS=${1:-600}
CONCURRENCY=${2:-200}
BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX)
BENCH_WORK=$(mktemp -d /tmp/voice-bench-views.XXXXXX)
ensure_packages curl:curl "/usr/lib/postgresql/*/bin/postgres:postgresql"
trap 'bench_stop_app; pg_stop; rm -rf "$BENCH_PUBLISH" "$BENCH_WORK"' EXIT

dotnet build bench/views/Client -c Release -o "$BENCH_WORK/client" -v q -nologo >/dev/null
pg_start
"$(pg_bin_dir)/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres voice_bench
psql() { "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d voice_bench -v ON_ERROR_STOP=1 -qAt "$@"; }
# The app applies the migrations as it starts, so the tables exist before the rows go in.
bench_start_app Postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=voice_bench;Maximum Pool Size=100"

# Codes are "BN" and ten characters of the code alphabet (AccessCodes) spelling the row number in
# base 30, stored as AccessCodes stores them: HMAC-SHA256 under the app's key (bench_start_app).
psql <<SQL
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TEMP TABLE bench_codes AS
SELECT n, 'BN' || (SELECT string_agg(substr('ABCDEFGHJKMNPQRSTVWXYZ23456789', (floor(n / (30::numeric ^ p)) % 30)::int + 1, 1), '' ORDER BY p DESC)
                   FROM generate_series(0, 9) p) AS code
FROM generate_series(1, $INVITATIONS + 20) n;
INSERT INTO "Invitations" ("Id", "CaseReference", "EventType", "EventDate", "QuestionnaireId", "CodeHash", "ExpiresOn",
                           "CreatedAt", "CreatedById", "CreatedByName")
SELECT gen_random_uuid(), CASE WHEN n <= 20 THEN 'WARM-' ELSE 'BENCH-' END || n, 'looked-after-review', current_date + 10, 'lac-review-11-17',
       encode(hmac(convert_to('voice-access-code:' || code, 'UTF8'), decode('$BENCH_ACCESS_KEY', 'base64'), 'sha256'), 'base64'), current_date + 24, now() AT TIME ZONE 'utc', 'bench', 'Bench Practitioner'
FROM bench_codes;
\copy (SELECT code FROM bench_codes WHERE n <= 20 ORDER BY n) TO '$BENCH_WORK/warm.txt'
\copy (SELECT code FROM bench_codes WHERE n > 20 ORDER BY n) TO '$BENCH_WORK/codes.txt'
SQL

# Warm up with a handful of young people of their own (not counted), then the run.
"$BENCH_WORK/client/views-bench" "$APP_URL" "$BENCH_WORK/warm.txt" 4 "$BENCH_WORK/warm.json" >/dev/null
"$BENCH_WORK/client/views-bench" "$APP_URL" "$BENCH_WORK/codes.txt" "$CONCURRENCY" "$BENCH_WORK/client.json" || true
# Other work on the machine skews the figures: keep the load average at the end of the run with them.
load=$(cut -d' ' -f1 /proc/loadavg)
client=$(cat "$BENCH_WORK/client.json")
echo "$client"

posted=$(echo "$client" | sed -E 's/.*"answersPosted":([0-9]+).*/\1/')
sent=$(echo "$client" | sed -E 's/.*"responsesSent":([0-9]+).*/\1/')
stored=$(psql -c "SELECT count(*) FROM \"ViewAnswers\" a JOIN \"ViewResponses\" r ON r.\"Id\" = a.\"ResponseId\"
                  JOIN \"Invitations\" i ON i.\"Id\" = r.\"InvitationId\" WHERE i.\"CaseReference\" LIKE 'BENCH-%'")
submitted=$(psql -c "SELECT count(*) FROM \"ViewResponses\" r JOIN \"Invitations\" i ON i.\"Id\" = r.\"InvitationId\"
                     WHERE i.\"CaseReference\" LIKE 'BENCH-%' AND r.\"SubmittedAt\" IS NOT NULL")
lost=$((posted - stored))
bench_stop_app

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
pg=$("$(pg_bin_dir)/postgres" --version | awk '{print $3}')
echo "{\"benchmark\":\"views\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"cpu\":\"$cpu\",\"cores\":$(nproc),\"postgres\":\"$pg\",\"questionnaire\":\"lac-review-11-17\",\"invitations\":$INVITATIONS,\"client\":$client,\"answersStored\":$stored,\"answersLost\":$lost,\"responsesSubmitted\":$submitted,\"loadAverage1m\":$load}" > bench/results/views.json
field() { echo "$client" | sed -E "s/.*\"$1\":([0-9.]+).*/\1/"; }
{
  echo "# Views benchmark: young people answering before their review"
  echo
  echo "$(date -u +%Y-%m-%d), $cpu, $(nproc) cores, PostgreSQL $pg (throwaway, fsync off), app in Release on the same machine as the client; 1-minute load average $load at the end of the run."
  echo "$INVITATIONS young people, $CONCURRENCY at a time, each opening their link and answering lac-review-11-17 (a GET and a POST per question, with cookies and antiforgery), then choosing and sending."
  echo
  echo "| pages/s | p50 (ms) | p95 (ms) | p99 (ms) | requests | seconds | answers posted | answers stored | lost | sent | failures |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  echo "| $(field pagesPerSecond) | $(field p50Ms) | $(field p95Ms) | $(field p99Ms) | $(field requests) | $(field seconds) | $posted | $stored | $lost | $sent of $INVITATIONS ($submitted in the database) | $(field failures) |"
} > bench/results/views.md
cat bench/results/views.md
[ "$lost" -eq 0 ] && [ "$(field failures)" = 0 ] || { echo "Answers were lost or journeys failed"; exit 1; }

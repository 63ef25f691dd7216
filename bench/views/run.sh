#!/usr/bin/env bash
# Benchmark (not a test): young people answering lac-review-11-17 against PostgreSQL, with the
# app in Release. N invitations are inserted with psql (codes known to the script, stored as
# an HMAC under the app's key, as the app stores them); CONCURRENCY simulated young people (a small .NET
# client in bench/views/Client, with cookies and antiforgery tokens) each open their link, GET
# and POST every question, and send. Reports pages/second and latency, then checks in
# PostgreSQL that every answer posted was stored. The target (p95 < 100 ms for a questionnaire
# step) is read from "questionStep": the GET of a question and the POST of its answer; the other
# pages (code, start, choices, check, send) are reported with them under "all requests".
# Writes bench/results/views.json and views.md.
# Usage: bench/views/run.sh [invitations, default 600] [concurrency, default 200]
# VIEWS_PAUSE_MS=N: each young person takes 0.5–1.5 x N ms to read and answer a question before
# posting it (default 0: no pause, the server saturated). Results then go to views-pause<N>ms.json/.md.
# VIEWS_TRACE=FILE also records a dotnet-trace (CPU samples, Speedscope) of the app during the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
INVITATIONS=${1:-600}
CONCURRENCY=${2:-200}
PAUSE_MS=${VIEWS_PAUSE_MS:-0}
OUT=bench/results/views; [ "$PAUSE_MS" -gt 0 ] && OUT=bench/results/views-pause${PAUSE_MS}ms
own_publish=
[ -n "${BENCH_PUBLISH:-}" ] || { BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX); own_publish=$BENCH_PUBLISH; }
BENCH_WORK=$(mktemp -d /tmp/voice-bench-views.XXXXXX)
ensure_packages curl:curl jq:jq "/usr/lib/postgresql/*/bin/postgres:postgresql"
trap 'bench_stop_app; pg_stop; rm -rf "$BENCH_WORK" "$own_publish"' EXIT

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
"$BENCH_WORK/client/views-bench" "$APP_URL" "$BENCH_WORK/warm.txt" 4 "$BENCH_WORK/warm.json" >/dev/null || { cat "$BENCH_WORK/warm.json"; exit 1; }
if [ -n "${VIEWS_TRACE:-}" ]; then
  ~/.dotnet/tools/dotnet-trace collect -p "$APP_PID" --profile dotnet-sampled-thread-time --format Speedscope -o "$VIEWS_TRACE" >/dev/null 2>&1 &
  trace_pid=$!
  sleep 3
fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"$BENCH_WORK/client/views-bench" "$APP_URL" "$BENCH_WORK/codes.txt" "$CONCURRENCY" "$BENCH_WORK/client.json" "$PAUSE_MS" || true
# SIGTERM: a background job of a script ignores SIGINT, which is how dotnet-trace is normally stopped.
if [ -n "${VIEWS_TRACE:-}" ]; then kill -TERM "$trace_pid"; wait "$trace_pid" || true; fi
# Other work on the machine skews the figures: keep the load average at the end of the run with them.
load=$(cut -d' ' -f1 /proc/loadavg)
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
client=$(cat "$BENCH_WORK/client.json")
echo "$client"

posted=$(echo "$client" | jq .answersPosted)
sent=$(echo "$client" | jq .responsesSent)
stored=$(psql -c "SELECT count(*) FROM \"ViewAnswers\" a JOIN \"ViewResponses\" r ON r.\"Id\" = a.\"ResponseId\"
                  JOIN \"Invitations\" i ON i.\"Id\" = r.\"InvitationId\" WHERE i.\"CaseReference\" LIKE 'BENCH-%'")
submitted=$(psql -c "SELECT count(*) FROM \"ViewResponses\" r JOIN \"Invitations\" i ON i.\"Id\" = r.\"InvitationId\"
                     WHERE i.\"CaseReference\" LIKE 'BENCH-%' AND r.\"SubmittedAt\" IS NOT NULL")
lost=$((posted - stored))
bench_stop_app

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)
pg=$("$(pg_bin_dir)/postgres" --version | awk '{print $3}')
echo "{\"benchmark\":\"views\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"cpu\":\"$cpu\",\"cores\":$(nproc),\"postgres\":\"$pg\",\"questionnaire\":\"lac-review-11-17\",\"invitations\":$INVITATIONS,\"pauseMs\":$PAUSE_MS,\"client\":$client,\"answersStored\":$stored,\"answersLost\":$lost,\"responsesSubmitted\":$submitted,\"loadAverage1m\":$load,\"loadAverageBefore\":\"$load_before\",\"loadAverageAfter\":\"$load_after\"}" > "$OUT.json"
field() { echo "$client" | jq -r ".$1"; }
{
  echo "# Views benchmark: young people answering before their review"
  echo
  echo "$(date -u +%Y-%m-%d), $cpu, $(nproc) cores, PostgreSQL $pg (throwaway, fsync off), app in Release on the same machine as the client; 1-minute load average $load at the end of the run."
  echo "$INVITATIONS young people, $CONCURRENCY at a time, each opening their link and answering lac-review-11-17 (a GET and a POST per question, with cookies and antiforgery), then choosing and sending."
  if [ "$PAUSE_MS" -gt 0 ]; then echo "Each takes 0.5 to 1.5 times $PAUSE_MS ms to read and answer a question before posting it."; else echo "No pause: each posts at once and asks for the next page straight away, so the server is saturated."; fi
  echo
  echo "1-minute load averages: $load_before before the run, $load_after after it."
  echo
  echo "| requests | count | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) |"
  echo "|---|---|---|---|---|---|"
  echo "| **questionnaire step (GET + POST of a question), target p95 < 100 ms** | $(field questionStep.requests) | $(field questionStep.p50Ms) | **$(field questionStep.p95Ms)** | $(field questionStep.p99Ms) | $(field questionStep.maxMs) |"
  echo "| GET of a question | $(field questionGet.requests) | $(field questionGet.p50Ms) | $(field questionGet.p95Ms) | $(field questionGet.p99Ms) | $(field questionGet.maxMs) |"
  echo "| POST of an answer (saved, screened) | $(field questionPost.requests) | $(field questionPost.p50Ms) | $(field questionPost.p95Ms) | $(field questionPost.p99Ms) | $(field questionPost.maxMs) |"
  echo "| all requests | $(field requests) | $(field p50Ms) | $(field p95Ms) | $(field p99Ms) | $(field maxMs) |"
  echo
  echo "| pages/s | seconds | answers posted | answers stored | lost | sent | failures |"
  echo "|---|---|---|---|---|---|---|"
  echo "| $(field pagesPerSecond) | $(field seconds) | $posted | $stored | $lost | $sent of $INVITATIONS ($submitted in the database) | $(field failures) |"
} > "$OUT.md"
cat "$OUT.md"
[ "$lost" -eq 0 ] && [ "$(field failures)" = 0 ] || { echo "Answers were lost or journeys failed"; exit 1; }

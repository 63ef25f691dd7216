#!/usr/bin/env bash
# Benchmark (not a test): Largest Contentful Paint of a first visit (empty cache) to the views code
# page, a questionnaire question and a local offer page, in Debian's Chromium driven by Playwright,
# with the network and CPU slowed through the DevTools protocol (Network.emulateNetworkConditions,
# Emulation.setCPUThrottlingRate 4): see bench/lcp/Program.cs for the two networks. The app runs in
# Release on PostgreSQL (invitations for the questionnaire are inserted with psql, as in
# bench/views). Writes bench/results/lcp.json. Usage: bench/lcp/run.sh [runs per page, default 3]
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
RUNS=${1:-3}
own_publish=
[ -n "${BENCH_PUBLISH:-}" ] || { BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX); own_publish=$BENCH_PUBLISH; }
BENCH_WORK=$(mktemp -d /tmp/voice-bench-lcp.XXXXXX)
ensure_packages curl:curl chromium:chromium "/usr/lib/postgresql/*/bin/postgres:postgresql"
trap 'bench_stop_app; pg_stop; rm -rf "$own_publish" "$BENCH_WORK"' EXIT

dotnet build bench/lcp -c Release -o "$BENCH_WORK/client" -v q -nologo | grep -E " error|rror\(s\)" || true
pg_start
"$(pg_bin_dir)/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres voice_lcp
bench_start_app Postgres "Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=voice_lcp"
# Codes are 12 characters of the code alphabet (AccessCodes), stored as AccessCodes stores them.
letters=ABCDEFGHJKMNPQRSTVWXYZ23456789
: > "$BENCH_WORK/codes.txt"
for n in $(seq 1 $((2 * RUNS + 2))); do
  code="BCPBENCHAA${letters:$((n / 30)):1}${letters:$((n % 30)):1}"
  echo "$code" >> "$BENCH_WORK/codes.txt"
  "$(pg_bin_dir)/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d voice_lcp -v ON_ERROR_STOP=1 -qAt -c "
    INSERT INTO \"Invitations\" (\"Id\", \"CaseReference\", \"EventType\", \"EventDate\", \"QuestionnaireId\", \"CodeHash\", \"ExpiresOn\",
                               \"CreatedAt\", \"CreatedById\", \"CreatedByName\")
    VALUES (gen_random_uuid(), 'LCP-$n', 'looked-after-review', current_date + 10, 'lac-review-11-17',
            '$(bench_code_hash "$code")', current_date + 24, now() AT TIME ZONE 'utc', 'bench', 'Bench Practitioner')"
done
# Warm the app (not the browser): the first render of each page compiles it.
for path in /views /care-leavers/education/higher-education-bursary; do curl -fs -o /dev/null -H "X-Forwarded-Proto: https" "$APP_URL$path"; done
mkdir -p bench/results
# Chromium keeps the app's Secure cookies (the questionnaire's session) for http://localhost, a secure context.
"$BENCH_WORK/client/lcp-bench" "${APP_URL/127.0.0.1/localhost}" "$BENCH_WORK/codes.txt" bench/results/lcp.json "$RUNS"

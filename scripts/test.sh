#!/usr/bin/env bash
# Runs every test Voice has, on a fresh Debian machine with only the .NET SDK and Node.js.
# Installs Chromium and PostgreSQL from Debian's packages when missing, starts a throwaway
# PostgreSQL cluster on loopback, runs `dotnet test` for the whole solution, and cleans up.
# Extra arguments go to `dotnet test` (for example: --filter "FullyQualifiedName~Calendar").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

find_pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | while read -r d; do [ -x "$d/postgres" ] && echo "$d"; done | tail -n 1; }

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
[ -n "$(find_pg_bin)" ] || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pg_bin=$(find_pg_bin)
pg_dir=$(mktemp -d /tmp/voice-pg.XXXXXX)
port=55432
while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done

run_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$pg_dir"

cleanup() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap cleanup EXIT

run_pg "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null
echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

export VOICE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
export VOICE_CHROMIUM=/usr/bin/chromium

results="$root/TestResults"
rm -rf "$results"
status=0
dotnet test "$root/Voice.sln" --logger "trx" --results-directory "$results" "$@" || status=$?

# One plain closing line for whoever reads the log.
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$f")
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c"); failed=$((failed + ${x:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$c"); skipped=$((skipped + ${n:-0}))
done
echo "$passed passed, $failed failed, $skipped skipped"
exit $status

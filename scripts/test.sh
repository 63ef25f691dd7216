#!/usr/bin/env bash
# Runs every test Voice has, on a fresh Debian machine with only the .NET SDK and Node.js.
# Installs Chromium and PostgreSQL from Debian's packages when missing, starts a throwaway
# PostgreSQL cluster on loopback, runs `dotnet test` for the whole solution, and cleans up.
# Extra arguments go to `dotnet test` (for example: --filter "FullyQualifiedName~Calendar").
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
source scripts/lib.sh

ensure_packages /usr/bin/chromium:chromium /usr/bin/chromium:fonts-liberation "/usr/lib/postgresql/*/bin/postgres:postgresql"
trap pg_stop EXIT
pg_start

export VOICE_TEST_POSTGRES="$PG_CONNECTION"
# The fault test starts, crashes and restarts a cluster of its own with these programs.
export VOICE_TEST_PG_BIN="$(pg_bin_dir)"
export VOICE_CHROMIUM=/usr/bin/chromium

results="$root/TestResults"
rm -rf "$results"
status=0
# Build once, then test with --no-build: that way dotnet test runs the unit/page test assembly
# and the browser test assembly side by side instead of one after the other.
build=(); configuration=()
for ((i = 1; i <= $#; i++)); do
  case "${!i}" in
    --no-build) build=(skip) ;;
    -c|--configuration) j=$((i + 1)); configuration=(--configuration "${!j}") ;;
  esac
done
if [ ${#build[@]} -eq 0 ]; then
  dotnet build "$root/Voice.sln" -nologo -v q "${configuration[@]}" || status=$?
  set -- --no-build "$@"
fi
[ $status -ne 0 ] || dotnet test "$root/Voice.sln" --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@" || status=$?

# The ten slowest tests, so that drift is seen early (from the .trx files).
slowest() {
  cat "$results"/*.trx 2>/dev/null | grep -o '<UnitTestResult [^>]*>' | awk '{
      name = ""; if (match($0, / testName="[^"]*"/)) name = substr($0, RSTART + 11, RLENGTH - 12)
      if (match($0, / duration="[^"]*"/)) {
        split(substr($0, RSTART + 11, RLENGTH - 12), t, ":")
        printf "%9.1f s  %s\n", t[1] * 3600 + t[2] * 60 + t[3], name
      }
    }' | sort -rn | head -n 10 | sed 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
}
echo "Ten slowest tests:"
slowest || true

# Every failure again, name and message, so that the end of the log says what broke.
failures() {
  cat "$results"/*.trx 2>/dev/null | awk '
    /<UnitTestResult / { failed = ($0 ~ /outcome="Failed"/)
      if (failed && match($0, / testName="[^"]*"/)) print "FAILED  " substr($0, RSTART + 11, RLENGTH - 12) }
    failed && /<Message>/ { inmessage = 1; lines = 0; sub(/.*<Message>/, "") }
    failed && inmessage { done = sub(/<\/Message>.*/, ""); if (lines++ < 12) print "    " $0; if (done) inmessage = 0 }
    /<\/UnitTestResult>/ { failed = 0 }' | sed 's/&quot;/"/g; s/&apos;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'
}
failures || true

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
[ $((passed + failed)) -gt 0 ] || { echo "No tests ran"; exit 1; }
exit $status

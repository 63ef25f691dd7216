# Helpers for the benchmarks (not tests): build and start the app in Release, run wrk, and
# turn wrk's output into JSON. Source it after scripts/lib.sh.

# bench_start_app PROVIDER [CONNECTION]: publishes once, starts the app on a free port; sets APP_URL, APP_PID.
# BENCH_ACCESS_KEY: the server key for access codes (a fresh one unless set), so a benchmark can store codes.
bench_start_app() {
  local provider=$1 connection=${2:-} port=5400
  BENCH_ACCESS_KEY=${BENCH_ACCESS_KEY:-$(openssl rand -base64 32)}
  while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
  if [ ! -f "$BENCH_PUBLISH/Voice.Web.dll" ]; then
    dotnet publish src/Voice.Web -c Release -o "$BENCH_PUBLISH" >/dev/null
  fi
  BENCH_DATA=$(mktemp -d /tmp/voice-bench-data.XXXXXX)
  # Production refuses to start without a certificate for the key ring: a throwaway one.
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=voice-bench \
    -keyout "$BENCH_DATA/keys.key" -out "$BENCH_DATA/keys.crt" 2>/dev/null
  openssl pkcs12 -export -inkey "$BENCH_DATA/keys.key" -in "$BENCH_DATA/keys.crt" -out "$BENCH_DATA/keys.pfx" -passout pass:bench
  (
    cd "$BENCH_PUBLISH"
    ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Logging__LogLevel__Default=Warning \
    Voice__DataPath="$BENCH_DATA" \
    Voice__DataProtection__CertificatePath="$BENCH_DATA/keys.pfx" \
    Voice__DataProtection__CertificatePassword=bench \
    Voice__ContentPath="$BENCH_ROOT/content" \
    Voice__Database__Provider="$provider" \
    ConnectionStrings__Voice="$connection" \
    Voice__Limits__PublicPostsPerMinute=100000000 \
    Voice__Access__Key="$BENCH_ACCESS_KEY" \
    Voice__PublicBaseUrl=https://voice.example.org \
    Voice__Proxy__KnownProxies__0=127.0.0.1 \
    exec dotnet Voice.Web.dll >"$BENCH_DATA/app.log" 2>&1
  ) &
  APP_PID=$!
  APP_URL="http://127.0.0.1:$port"
  # Ready means migrated and the safeguarding model loaded and trained (about 10 s on a quiet machine).
  for _ in $(seq 1 360); do
    curl -fs "$APP_URL/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "The app did not start:"; cat "$BENCH_DATA/app.log"; return 1
}

bench_stop_app() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  APP_PID=
  [ -n "${BENCH_DATA:-}" ] && rm -rf "$BENCH_DATA"
  BENCH_DATA=
}

# wrk_json NAME URL [HEADER]: runs wrk with latency percentiles and prints one JSON object. wrk
# prints p50 and p99 itself; a Lua done() hook adds p95 (wrk's latencies are in microseconds).
wrk_json() {
  local name=$1 url=$2 header=${3:-X-Bench: 1} out lua
  lua=$(mktemp /tmp/voice-bench-wrk.XXXXXX.lua)
  echo 'done = function(summary, latency, requests) io.write(string.format("p95us %d\n", latency:percentile(95))) end' > "$lua"
  # As behind the TLS proxy (deploy/nginx.conf): without it, Production answers plain HTTP with a redirect.
  out=$(wrk -t2 -c"${BENCH_CONNECTIONS:-32}" -d"${BENCH_SECONDS:-15}s" --latency -H "$header" -H "X-Forwarded-Proto: https" -s "$lua" "$url")
  rm -f "$lua"
  echo "$out" | awk -v name="$name" -v url="$url" '
    function ms(v) { if (v ~ /us$/) { sub(/us$/, "", v); return v / 1000 } if (v ~ /ms$/) { sub(/ms$/, "", v); return v + 0 } if (v ~ /s$/) { sub(/s$/, "", v); return v * 1000 } return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^p95us / { p95 = sprintf("%.2f", $2 / 1000) }
    /Requests\/sec/ { rps = $2 } /requests in/ { total = $1 }
    /Non-2xx or 3xx responses/ { errors = $5 }
    END { printf "{\"name\":\"%s\",\"url\":\"%s\",\"requestsPerSecond\":%s,\"p50Ms\":%s,\"p95Ms\":%s,\"p99Ms\":%s,\"requests\":%s,\"non2xx\":%s}\n", name, url, rps, p50, p95, p99, total, (errors == "" ? 0 : errors) }'
}

# bench_code_hash CODE: the stored form of an access code (AccessCodes.Hash: HMAC-SHA256 under
# BENCH_ACCESS_KEY of "voice-access-code:" and the code, Base64).
bench_code_hash() {
  printf 'voice-access-code:%s' "$1" | openssl dgst -sha256 -mac HMAC -macopt "hexkey:$(echo "$BENCH_ACCESS_KEY" | base64 -d | od -An -tx1 | tr -d ' \n')" -binary | base64
}

#!/usr/bin/env bash
# Benchmark (not a test): page weight of public pages as a young person's phone downloads them,
# with the app in Release (published, so assets are fingerprinted and pre-compressed as in
# production). For each page: the HTML as sent with Accept-Encoding "br, gzip", plus every
# stylesheet and script it loads (link, script and the module site.js imports), compressed.
#   first visit  = HTML + every CSS and JS file
#   repeat visit = HTML + every CSS and JS file NOT cached as immutable (none, when all is well)
# Bodies only: response headers (about 0.5 KB a response) and the favicon are not counted.
# Writes bench/results/pageweight.json and bench/results/pageweight.md.
# Usage: bench/pageweight/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
BENCH_ROOT=$(pwd)
source scripts/lib.sh
source bench/lib.sh
own_publish=
[ -n "${BENCH_PUBLISH:-}" ] || { BENCH_PUBLISH=$(mktemp -d /tmp/voice-bench-publish.XXXXXX); own_publish=$BENCH_PUBLISH; }
work=$(mktemp -d /tmp/voice-bench-weight.XXXXXX)
ensure_packages curl:curl
trap 'bench_stop_app; rm -rf "$own_publish" "$work"' EXIT   # a publish folder passed in (bench/all.sh) is kept

bench_start_app Sqlite ""
# As behind the TLS proxy (deploy/nginx.conf): without it, Production answers plain HTTP with a redirect to HTTPS.
proxy="X-Forwarded-Proto: https"

pages=("home|/" "topic-index|/care-leavers" "local-offer-page|/care-leavers/education/higher-education-bursary"
       "search|/care-leavers/search?q=money" "you-said-we-did|/you-said-we-did" "complaint-start|/complaints/new")
results=()
rows=()
for entry in "${pages[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  # The HTML as sent (compressed where the app compresses it), and its plain text to find the assets.
  read -r html_bytes html_encoding < <(curl -fsL -H "$proxy" -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download} %header{content-encoding}\n' "$APP_URL$path" | sed 's/ $/ none/')
  curl -fsL -H "$proxy" --compressed "$APP_URL$path" > "$work/page.html"
  assets=$(grep -oE '<(link|script)[^>]*(href|src)="/[^"]+\.(css|js)"' "$work/page.html" | grep -oE '"/[^"]+\.(css|js)"' | tr -d '"' || true)
  # The module site.js imports: GOV.UK Frontend, named on site.js's own tag.
  mapped=$(grep -oE 'data-govuk-frontend="[^"]+\.js"' "$work/page.html" | cut -d'"' -f2 || true)
  first=$html_bytes; repeat=$html_bytes; files=0; detail=""
  for asset in $(printf '%s\n%s\n' "$assets" "$mapped" | grep . | sort -u); do
    read -r bytes cache < <(curl -fs -H "$proxy" -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download} %header{cache-control}\n' "$APP_URL$asset")
    first=$((first + bytes)); files=$((files + 1))
    case "$cache" in *immutable*) ;; *) repeat=$((repeat + bytes)) ;; esac
    detail="$detail${detail:+,}{\"url\":\"$asset\",\"bytes\":$bytes,\"cacheControl\":\"$cache\"}"
  done
  json="{\"name\":\"$name\",\"path\":\"$path\",\"htmlBytes\":$html_bytes,\"htmlEncoding\":\"$html_encoding\",\"assetFiles\":$files,\"firstVisitBytes\":$first,\"repeatVisitBytes\":$repeat,\"assets\":[$detail]}"
  echo "$json"
  results+=("$json")
  rows+=("| $name (\`$path\`) | $html_bytes ($html_encoding) | $files | $(awk "BEGIN{printf \"%.1f\", $first/1024}") | $(awk "BEGIN{printf \"%.1f\", $repeat/1024}") |")
done

{
  echo "{\"benchmark\":\"pageweight\",\"date\":\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\",\"targetsKB\":{\"firstVisit\":60,\"repeatVisit\":10},\"pages\":["
  (IFS=,; echo "${results[*]}")
  echo "]}"
} > bench/results/pageweight.json
{
  echo "# Page weight"
  echo
  echo "$(date -u +%Y-%m-%d); app in Release; bodies as sent with Accept-Encoding \"br, gzip\"; KB = 1024 bytes. Targets: first visit at most 60 KB, repeat visit at most 10 KB."
  echo
  echo "| page | HTML bytes (encoding) | CSS/JS files | first visit KB | repeat visit KB |"
  echo "|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
} > bench/results/pageweight.md
cat bench/results/pageweight.md

#!/usr/bin/env bash
# Themes tagging throughput and memory with the model loaded (issue 8, section 6).
# Trains the model once (themes train --out), then times `themes tag` on N comments and on
# none, so model loading is subtracted, and reports items/s and the peak resident memory.
# Usage: [CONFIG=Debug] bench/analytics/themes-tagging.sh [N]   (default 2000; Release build). Figures are floors: the
# machine is shared with other work.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-2000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
config=${CONFIG:-Release}
dotnet build src/Voice.Web -c "$config" -v q -nologo -o "$work/bin" >/dev/null
app="$work/bin/Voice.Web"
export Voice__ContentPath="$PWD/content" Voice__DataPath="$work/data"
"$app" themes train --out "$work/model.json.gz" >/dev/null
# Comments of every length from the shipped examples, repeated to N lines.
python3 - "$n" > "$work/lines.txt" <<'PY'
import csv, sys
rows = [r["text"] for r in csv.DictReader(open("content/themes/examples.csv"))]
n = int(sys.argv[1])
for i in range(n): print(rows[i % len(rows)].replace("\n", " "))
PY
run() { /usr/bin/time -f "%e %M" -o "$work/time" "$app" themes tag --model "$work/model.json.gz" < "$1" > "$work/out.jsonl"; cat "$work/time"; }
read -r empty_s empty_kb < <(: > "$work/none.txt"; run "$work/none.txt")
read -r full_s full_kb < <(run "$work/lines.txt")
tagged=$(wc -l < "$work/out.jsonl")
python3 - "$tagged" "$empty_s" "$full_s" "$empty_kb" "$full_kb" <<'PY'
import sys
n, e, f, ekb, fkb = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"tagged {n} comments in {f - e:.1f} s after a {e:.1f} s start (model load): {n / max(f - e, 1e-9):.0f} items/s")
print(f"peak memory: {ekb / 1024:.0f} MB with the model loaded and nothing tagged, {fkb / 1024:.0f} MB while tagging")
PY

#!/usr/bin/env bash
# Refreshes the surrogate test fixture from a run of electrolyte-h-c-d.json:
#   assets/datasets/export-fixture.sh DIR/electrolyte-h-c-d.mdscape
# Exports a consistent snapshot (sqlite3 .backup), so it may run while the campaign still runs.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
src=${1:?usage: export-fixture.sh NAME.mdscape}
out=$here/engine/src/test/resources/org/mdscape/engine/surrogate
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sqlite3 "$src" ".backup $tmp/electrolyte-h-c-d.mdscape"
"$here/mdscape" campaign export "$tmp/electrolyte-h-c-d.mdscape" --out "$tmp/electrolyte-h-c-d.csv"
mv "$tmp/electrolyte-h-c-d.csv" "$tmp/electrolyte-h-c-d-points.csv"
gzip -n -9 "$tmp/electrolyte-h-c-d-points.csv" "$tmp/electrolyte-h-c-d-profiles.csv"
mkdir -p "$out"
cp "$tmp"/*.csv.gz "$out/"
echo "fixture: $(zcat "$out/electrolyte-h-c-d-points.csv.gz" | grep -c ',done,') done points"

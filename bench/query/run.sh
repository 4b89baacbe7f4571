#!/bin/sh
# run.sh: the LUBM query benchmark, newsgraph and Oxigraph side by side.
#
#   bench/query/run.sh [DATA.nt]     (from the source tree, after make in build/)
#
# DATA defaults to bench/data/lubm.nt, generated with build/bench/gen-lubm
# when missing.  RUNS (5) runs per query; BUILD (build) is the build
# directory.  Prints each engine's load time, then per query the rows of
# each engine, the best times and the ratio Oxigraph/newsgraph.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../.." && pwd)
build=${BUILD:-$top/build}
runs=${RUNS:-5}
data=${1:-$top/bench/data/lubm.nt}
if [ ! -f "$data" ]; then
  mkdir -p "$(dirname "$data")"
  "$build/bench/gen-lubm" -o "$data"
fi
queries="q1 q2 q3 q4 q7 q8 q9 q14"
files=""
for q in $queries; do files="$files $here/queries/$q.rq"; done
out=$(mktemp -d "${TMPDIR:-/tmp}/ngbench.XXXXXX")
trap 'rm -rf "$out"' EXIT
# shellcheck disable=SC2086
"$build/bench/query/bench-query" -r "$runs" "$data" $files >"$out/ng.tsv"
# shellcheck disable=SC2086
node "$here/oxigraph-query.js" -r "$runs" "$data" $files >"$out/ox.tsv"
echo "newsgraph $(grep '^load' "$out/ng.tsv")"
echo "oxigraph  $(grep '^load' "$out/ox.tsv")"
printf '%-6s %10s %10s %12s %12s %8s\n' query rows_ng rows_ox newsgraph_ms oxigraph_ms ratio
for q in $queries; do
  ng=$(awk -v q="$q" '$1 == q' "$out/ng.tsv")
  ox=$(awk -v q="$q" '$1 == q' "$out/ox.tsv")
  echo "$ng	$ox" | awk '{ r = $3 > 0 ? $7 / $3 : 0;
    printf "%-6s %10s %10s %12.3f %12.3f %7.1fx%s\n", $1, $2, $6, $3, $7, r, ($2 == $6 ? "" : "  ROWS DIFFER") }'
done

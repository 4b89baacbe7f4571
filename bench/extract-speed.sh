#!/bin/sh
# extract-speed.sh: end-to-end extraction speed (text in, N-Triples out) on
# one core, over a corpus made by repeating the example articles and, when
# ../shared is there, the seed and development articles.  Prints MB/s.
# Usage: bench/extract-speed.sh [NEWSGRAPH] [MB]   (defaults: ./newsgraph, 20)
set -eu
NG=${1:-./newsgraph}
MB=${2:-20}
SRC=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${NG_SHARED:-$SRC/../shared}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ngbench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
set -- "$SRC"/examples/articles/*.txt
[ -d "$SHARED/corpus" ] && set -- "$@" "$SHARED"/corpus/seeds/*.txt "$SHARED"/corpus/dev/d*.txt
# Many articles of ordinary size: copies of the inputs, numbered.
i=0; total=0
while [ "$total" -lt $((MB * 1000000)) ]; do
  for f in "$@"; do
    i=$((i + 1)); cp "$f" "$TMP/a$i.txt"
    total=$((total + $(wc -c <"$f")))
  done
done
start=$(date +%s.%N)
taskset -c 0 "$NG" extract --format ntriples "$TMP"/a*.txt >/dev/null 2>&1 || "$NG" extract --format ntriples "$TMP"/a*.txt >/dev/null
end=$(date +%s.%N)
echo "$total $start $end $i" | awk '{ t = $3 - $2; printf "%d articles, %.1f MB in %.2f s: %.1f MB/s\n", $4, $1 / 1e6, t, $1 / 1e6 / t }'

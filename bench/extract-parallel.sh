#!/bin/sh
# extract-parallel.sh: how `newsgraph extract -j N` scales.  Builds a corpus
# by repeating the example articles and, when ../shared is there, the seed
# and development articles, up to MB megabytes; times `extract -j 1` and
# `extract -j N` (wall time, best of 3, N-Quads to a temporary file) and
# prints MB/s for each and their ratio.  Checks that both wrote the same
# bytes.  Run it on an otherwise idle machine (see `uptime`): the ratio is
# only meaningful when N cores are free.
# Usage: bench/extract-parallel.sh [NEWSGRAPH] [MB] [N]   (defaults: ./newsgraph, 30, 2)
set -eu
NG=${1:-./newsgraph}
MB=${2:-30}
J=${3:-2}
SRC=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${NG_SHARED:-$SRC/../shared}
TMP=$(mktemp -d "${TMPDIR:-/tmp}/ngbench.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
set -- "$SRC"/examples/articles/*.txt
[ -d "$SHARED/corpus" ] && set -- "$@" "$SHARED"/corpus/seeds/*.txt "$SHARED"/corpus/dev/*.txt
mkdir "$TMP/c"
i=0; total=0
while [ "$total" -lt $((MB * 1000000)) ]; do
  for f in "$@"; do
    i=$((i + 1)); cp "$f" "$TMP/c/a$i.txt"
    total=$((total + $(wc -c <"$f")))
  done
done
echo "corpus: $i articles, $(echo "$total" | awk '{ printf "%.1f", $1 / 1e6 }') MB; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# best J: the best wall time of 3 runs of extract -j J, in seconds.
best () {
  b=
  for run in 1 2 3; do
    s=$(date +%s.%N)
    "$NG" extract -j "$1" --format nquads -o "$TMP/out-$1.nq" "$TMP"/c/a*.txt
    e=$(date +%s.%N)
    b=$(echo "$s $e ${b:-1e9}" | awk '{ t = $2 - $1; print (t < $3 ? t : $3) }')
  done
  echo "$b"
}
t1=$(best 1)
tj=$(best "$J")
cmp -s "$TMP/out-1.nq" "$TMP/out-$J.nq" || { echo "extract-parallel: -j $J wrote other bytes than -j 1" >&2; exit 1; }
echo "$total $t1 $tj $J" | awk '{
  printf "-j 1: %.2f s (%.2f MB/s)\n", $2, $1 / 1e6 / $2
  printf "-j %d: %.2f s (%.2f MB/s)\n", $4, $3, $1 / 1e6 / $3
  printf "speed-up: %.2fx\n", $2 / $3 }'

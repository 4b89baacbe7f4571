#!/bin/sh
# extract-speed.sh: end-to-end extraction speed (text in, N-Triples out) on
# one core, over a corpus made by repeating the example articles and, when
# ../shared is there, the seed and development articles.  Prints MB/s.
# Usage: bench/extract-speed.sh [NEWSGRAPH] [MB]   (defaults: ./newsgraph, 20)
# Environment:
#   CALLGRIND=1  run under valgrind's callgrind and print instructions per
#                byte instead of times: the same on a loaded machine (about
#                60 times slower: use a few MB)
#   ONE=1        one long article (the copies concatenated) instead of many
#                articles, to check that time stays linear in an article's length
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
if [ "${ONE:-}" ]; then
  cat "$TMP"/a*.txt >"$TMP/one.txt" && rm "$TMP"/a*.txt && mv "$TMP/one.txt" "$TMP/a1.txt"
  i=1
fi
if [ "${CALLGRIND:-}" ]; then
  valgrind --tool=callgrind --callgrind-out-file="$TMP/cg.out" \
    "$NG" extract --format ntriples "$TMP"/a*.txt >/dev/null 2>"$TMP/cg.log"
  ir=$(sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$TMP/cg.log")
  echo "$total $i $ir" | awk '{ printf "%d articles, %.1f MB: %.0f million instructions, %.0f per byte (callgrind)\n", $2, $1 / 1e6, $3 / 1e6, $3 / $1 }'
  exit 0
fi
# Wall time, and CPU time (user + system) of the run: on a shared machine
# the CPU figure is the one-core speed.
start=$(date +%s.%N)
cpu=$(python3 -c '
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
print(r.ru_utime + r.ru_stime)' "$NG" extract --format ntriples "$TMP"/a*.txt)
end=$(date +%s.%N)
echo "$total $start $end $i $cpu" | awk '{ t = $3 - $2; printf "%d articles, %.1f MB: %.2f s wall (%.1f MB/s), %.2f s CPU (%.1f MB/s on one core)\n", $4, $1 / 1e6, t, $1 / 1e6 / t, $5, $1 / 1e6 / $5 }'

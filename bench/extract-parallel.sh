#!/bin/sh
# extract-parallel.sh: how `newsgraph extract -j N` scales.  Builds a corpus
# by repeating the example articles and, when ../shared is there, the seed
# and development articles, up to MB megabytes; times `extract -j 1` and
# `extract -j N` (wall time, best of 3, N-Quads to a temporary file) and
# prints MB/s for each and their ratio.  Checks that both wrote the same
# bytes.  Run it on an otherwise idle machine (see `uptime`): the ratio is
# only meaningful when N cores are free.
# On a loaded machine compare the CPU times too: -j N should cost little
# more CPU than -j 1 (the merge of the worker stores is the extra work).
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
# Symbolic links named a1.txt, a2.txt...: distinct articles to newsgraph
# (an article's id is its file name), one small process each.
for f in "$@"; do printf '%s\t%s\n' "$(wc -c <"$f")" "$f"; done >"$TMP/sizes"
i=0; total=0
while [ "$total" -lt $((MB * 1000000)) ]; do
  while IFS="$(printf '\t')" read -r size f; do
    i=$((i + 1)); ln -s "$f" "$TMP/c/a$i.txt"
    total=$((total + size))
  done <"$TMP/sizes"
done
echo "corpus: $i articles, $(echo "$total" | awk '{ printf "%.1f", $1 / 1e6 }') MB; $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"

# best J: "WALL CPU" of the run of extract -j J with the best wall time
# out of 3 (CPU: user + system time of all its threads).
best () {
  python3 -c '
import resource, subprocess, sys, time
best = None
for run in range(3):
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    subprocess.run(sys.argv[1:], check=True)
    t = time.monotonic() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
    if best is None or t < best[0]:
        best = (t, cpu)
print("%.3f %.3f" % best)' "$NG" extract -j "$1" --format nquads -o "$TMP/out-$1.nq" "$TMP"/c/a*.txt
}
t1=$(best 1)
tj=$(best "$J")
cmp -s "$TMP/out-1.nq" "$TMP/out-$J.nq" || { echo "extract-parallel: -j $J wrote other bytes than -j 1" >&2; exit 1; }
echo "$total $t1 $tj $J" | awk '{
  printf "-j 1: %.2f s wall (%.2f MB/s), %.2f s CPU\n", $2, $1 / 1e6 / $2, $3
  printf "-j %d: %.2f s wall (%.2f MB/s), %.2f s CPU\n", $6, $4, $1 / 1e6 / $4, $5
  printf "speed-up: %.2fx (wall time of -j 1 / wall time of -j %d)\n", $2 / $4, $6 }'

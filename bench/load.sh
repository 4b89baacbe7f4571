#!/bin/sh
# SPDX-License-Identifier: MIT
# load.sh: the load benchmark.  Times every peer on the same N-Triples file
# in one run and prints a table with ratios:
#
#   rapper -i ntriples -c FILE      raptor2's bare parse (the speed yardstick)
#   serdi -i ntriples FILE          serd: parse and write to /dev/null
#   sordi -i ntriples FILE          sord: load into a model, write it out
#   node oxigraph-load.js FILE      Oxigraph's in-memory store (npm)
#   newsgraph stats FILE            parse + intern + build every index
#
# Wall time and CPU time (user + system) are each the best of $RUNS
# interleaved runs (default 3); peak RSS is the largest seen (/usr/bin/time
# -f %M).  On a busy machine the CPU-time ratio is the steadier figure.  Targets (issue 2): newsgraph stats <= 1.3x
# rapper's time, and peak RSS <= 0.6x sordi's.
#
# Usage: bench/load.sh [FILE.nt]
#   Without FILE, bench/data/lubm.nt is generated with gen-lubm (default size).
# Environment: BUILD (build directory, default ./build beside bench/),
#   NEWSGRAPH, GEN_LUBM, RUNS, SKIP (space-separated peer names to leave out).
set -eu
LC_ALL=C
export LC_ALL

here=$(cd "$(dirname "$0")" && pwd)
BUILD=${BUILD:-$here/../build}
NEWSGRAPH=${NEWSGRAPH:-$BUILD/newsgraph}
GEN_LUBM=${GEN_LUBM:-$BUILD/bench/gen-lubm}
RUNS=${RUNS:-3}
SKIP=${SKIP:-}
TIME=/usr/bin/time

if [ ! -x "$TIME" ]; then
  echo "load.sh: $TIME is missing (apt-get install time)" >&2
  exit 2
fi
if [ ! -x "$NEWSGRAPH" ]; then
  echo "load.sh: $NEWSGRAPH is missing: build first, or set NEWSGRAPH" >&2
  exit 2
fi

file=${1:-}
if [ -z "$file" ]; then
  file=$here/data/lubm.nt
  if [ ! -s "$file" ]; then
    mkdir -p "$here/data"
    echo "load.sh: generating $file" >&2
    "$GEN_LUBM" -o "$file"
  fi
fi
if [ ! -r "$file" ]; then
  echo "load.sh: $file: no such file" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

# The number of triples in the file (duplicates included), by rapper.
n_triples=$(rapper -i ntriples -c "$file" 2>&1 | sed -n 's/.*returned \([0-9]*\) triples.*/\1/p')
n_bytes=$(wc -c < "$file")
n_distinct=$("$NEWSGRAPH" stats "$file" | awk -F'\t' '$1 == "triples" { print $2 }')
if [ -z "$n_triples" ] || [ -z "$n_distinct" ]; then
  echo "load.sh: cannot count the triples of $file" >&2
  exit 1
fi

# Peers in table order: "name|command" (word-split; paths without spaces).
peers="rapper|rapper -q -i ntriples -c $file
serdi|serdi -i ntriples $file
sordi|sordi -i ntriples $file"
if [ -d "$here/node_modules/oxigraph" ]; then
  peers="$peers
oxigraph|node $here/oxigraph-load.js $file"
else
  echo "load.sh: no bench/node_modules/oxigraph (run npm install in bench/), skipping oxigraph" >&2
fi
peers="$peers
newsgraph|$NEWSGRAPH stats $file"

# Runs are interleaved (round 1 of every tool, then round 2, ...) so that a
# change in the machine's load during the benchmark hits every tool alike.
# Each tool's best time and largest RSS go to $tmp/NAME.
r=0
while [ "$r" -lt "$RUNS" ]; do
  r=$((r + 1))
  echo "$peers" | while IFS='|' read -r name cmd; do
    case " $SKIP " in *" $name "*) continue ;; esac
    [ -e "$tmp/$name.failed" ] && continue
    set -- $cmd
    if ! command -v "$1" > /dev/null 2>&1; then
      [ "$r" -eq 1 ] && echo "load.sh: $1 not found, skipping $name" >&2
      continue
    fi
    if ! "$TIME" -f '%e %M %U %S' -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err"; then
      echo "load.sh: $name failed:" >&2
      cat "$tmp/err" >&2
      : > "$tmp/$name.failed"
      continue
    fi
    read -r t m u sy < "$tmp/time"
    c=$(awk -v a="$u" -v b="$sy" 'BEGIN { printf "%.2f", a + b }')
    echo "load.sh: $name run $r: $t s wall, $c s CPU, $m KB" >&2
    if [ -e "$tmp/$name" ]; then
      read -r bt bm bc < "$tmp/$name"
      t=$(awk -v a="$t" -v b="$bt" 'BEGIN { print (a < b) ? a : b }')
      c=$(awk -v a="$c" -v b="$bc" 'BEGIN { print (a < b) ? a : b }')
      [ "$bm" -gt "$m" ] && m=$bm
    fi
    echo "$t $m $c" > "$tmp/$name"
  done
done

: > "$tmp/results"
echo "$peers" | while IFS='|' read -r name cmd; do
  [ -e "$tmp/$name" ] && [ ! -e "$tmp/$name.failed" ] && echo "$name $(cat "$tmp/$name")" >> "$tmp/results"
done

echo
echo "file: $file"
echo "      $n_triples triples ($n_distinct distinct), $n_bytes bytes; best of $RUNS runs"
awk -v n="$n_triples" -v bytes="$n_bytes" '
  { name[NR] = $1; t[NR] = $2; m[NR] = $3; c[NR] = $4
    if ($1 == "rapper") { tr = $2; cr = $4 }
    if ($1 == "sordi") ms = $3 }
  END {
    printf "%-10s %7s %8s %7s %8s %8s %8s %11s %7s %9s\n", "tool", "wall_s", "x_rapper",
           "cpu_s", "x_rapper", "peak_MB", "x_sordi", "triples/s", "MB/s", "B/triple"
    for (i = 1; i <= NR; i++) {
      printf "%-10s %7.2f %8s %7.2f %8s %8.1f %8s %11.0f %7.1f %9.1f\n", name[i], t[i],
             (tr ? sprintf ("%.2f", t[i] / tr) : "-"), c[i],
             (cr ? sprintf ("%.2f", c[i] / cr) : "-"), m[i] / 1024,
             (ms ? sprintf ("%.2f", m[i] / ms) : "-"),
             (t[i] > 0 ? n / t[i] : 0), (t[i] > 0 ? bytes / 1048576 / t[i] : 0), m[i] * 1024 / n
      if (name[i] == "newsgraph") { tn = t[i]; mn = m[i]; cn = c[i] }
    }
    print ""
    if (tn && tr)
      printf "target time   newsgraph/rapper = %.2f wall, %.2f CPU (<= 1.30): %s\n", tn / tr,
             (cr ? cn / cr : 0), (tn / tr <= 1.3 ? "met" : "NOT MET")
    if (mn && ms)
      printf "target memory newsgraph/sordi  = %.2f (<= 0.60): %s\n", mn / ms, (mn / ms <= 0.6 ? "met" : "NOT MET")
  }' "$tmp/results"

#!/bin/sh
# t-replay.sh: runs every fuzz harness on its seeds (tests/fuzz/corpus/NAME)
# and its regression inputs (tests/fuzz/regress/NAME): one TAP line each.
# The harness is the replay driver (replay.c) in a normal build and a
# libFuzzer program with --enable-fuzzing; "-runs=0" makes the latter only
# run the inputs, and the former ignores it.
. "$NG_SRCDIR/tests/cli/lib.sh"
FUZZ=$NG_SRCDIR/tests/fuzz
BIN=${G_TEST_BUILDDIR:?run under make check}/fuzz
for name in rdf query results draw extract; do
  prog=$BIN/fuzz-$name
  if [ ! -x "$prog" ]; then not_ok "fuzz-$name is built"; continue; fi
  n_seed=$(find "$FUZZ/corpus/$name" -type f 2>/dev/null | wc -l)
  n_reg=$(find "$FUZZ/regress/$name" -type f 2>/dev/null | wc -l)
  if [ "$n_seed" -eq 0 ]; then not_ok "fuzz-$name has seeds"; continue; fi
  # libFuzzer writes its crash artifacts to the working directory.
  check "fuzz-$name replays $n_seed seeds and $n_reg regression inputs" \
    sh -c 'cd "$1" && shift && exec "$@"' sh "$TMP" \
    "$prog" -runs=0 "$FUZZ/corpus/$name" "$FUZZ/regress/$name"
done
finish

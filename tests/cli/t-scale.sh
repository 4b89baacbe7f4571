#!/bin/sh
# t-scale.sh: extraction beyond one core and one machine (docs/scale-out.md):
# -j N gives the bytes of -j 1; --split N writes N bulk-loadable N-Quads
# files that hold the whole graph, each article in one file; shards
# extracted apart and joined by `newsgraph link` give the bytes of one
# extract over all the articles.  On the example articles and the link
# test's articles, and on ../shared's seeds and dev corpora when present.
. "$(dirname "$0")/lib.sh"
ls "$NG_SRCDIR"/examples/articles/*.txt "$NG_SRCDIR"/tests/data/link/*.txt >"$TMP/files"
if [ -d "$NG_SHARED/corpus/seeds" ]; then
  ls "$NG_SHARED"/corpus/seeds/*.txt "$NG_SHARED"/corpus/dev/*.txt >>"$TMP/files"
  with_shared=yes
else
  with_shared=
fi
n_files=$(wc -l <"$TMP/files")

# same NAME A B: files A and B are byte-identical.
same () { if cmp -s "$2" "$3"; then ok "$1"; else not_ok "$1"; diff "$2" "$3" | head -10 | sed 's/^/# /'; fi; }

# -j: the same output, the same messages in the same order, the same exit code.
cp "$TMP/files" "$TMP/files-bad"
echo "$TMP/nope.txt" >>"$TMP/files-bad"
printf 'An article with a bad byte \377 in it, said Wang Lei.\n' >"$TMP/bad.txt"
echo "$TMP/bad.txt" >>"$TMP/files-bad"
for j in 1 2 4; do
  set +e
  # shellcheck disable=SC2046
  "$NEWSGRAPH" extract -j $j --links --format nquads $(cat "$TMP/files-bad") >"$TMP/j$j.nq" 2>"$TMP/j$j.err"
  echo $? >"$TMP/j$j.rc"
  set -e
done
[ "$(cat "$TMP/j1.rc")" = 1 ] && ok "-j 1 exits 1 on the bad articles" || not_ok "-j 1 exits 1 on the bad articles"
grep -q 'nope.txt: no such file' "$TMP/j1.err" && grep -q 'bad.txt:1:.*invalid UTF-8' "$TMP/j1.err" \
  && ok "-j 1 names them" || not_ok "-j 1 names them"
for j in 2 4; do
  same "-j $j: the bytes of -j 1 ($n_files articles)" "$TMP/j1.nq" "$TMP/j$j.nq"
  same "-j $j: the messages and --links report of -j 1, in order" "$TMP/j1.err" "$TMP/j$j.err"
  same "-j $j: the exit code of -j 1" "$TMP/j1.rc" "$TMP/j$j.rc"
done
# shellcheck disable=SC2046
check "-j 0 (one thread per core), as Turtle" "$NEWSGRAPH" extract -j 0 $(cat "$TMP/files")
cp "$TMP/out" "$TMP/j0.ttl"
# shellcheck disable=SC2046
check "-j 1 as Turtle" "$NEWSGRAPH" extract $(cat "$TMP/files")
same "-j 0: the bytes of -j 1" "$TMP/out" "$TMP/j0.ttl"
# shellcheck disable=SC2046
check "-j 1 --evidence as TriG" "$NEWSGRAPH" extract --evidence --format trig $(cat "$TMP/files")
cp "$TMP/out" "$TMP/ev1.trig"
# shellcheck disable=SC2046
check "-j 2 --evidence as TriG" "$NEWSGRAPH" extract -j 2 --evidence --format trig $(cat "$TMP/files")
same "-j 2 --evidence: the bytes of -j 1" "$TMP/ev1.trig" "$TMP/out"
# The first "-" reads standard input, the second finds it empty (an error).
expect_exit "-j 3 with standard input twice" 1 sh -c "'$NEWSGRAPH' extract -j 3 --format nquads --lenient - '$TMP/bad.txt' - <'$NG_SRCDIR/examples/articles/lakeside-forum-2024.txt'"
cp "$TMP/out" "$TMP/stdin3.nq"
cp "$TMP/err" "$TMP/stdin3.err"
expect_exit "-j 1 with standard input twice" 1 sh -c "'$NEWSGRAPH' extract --format nquads --lenient - '$TMP/bad.txt' - <'$NG_SRCDIR/examples/articles/lakeside-forum-2024.txt'"
same "standard input: -j 3 gives the messages of -j 1" "$TMP/err" "$TMP/stdin3.err"
same "standard input: -j 3 as -j 1" "$TMP/out" "$TMP/stdin3.nq"

# The unsplit graph of all the articles.
# shellcheck disable=SC2046
check "extract --format nquads" "$NEWSGRAPH" extract --format nquads $(cat "$TMP/files")
cp "$TMP/out" "$TMP/all.nq"
grep -q '_:' "$TMP/all.nq" && not_ok "no blank nodes" || ok "no blank nodes"
grep -q 'id/.well-known/genid/m-' "$TMP/all.nq" && ok "memberships are skolem IRIs" || not_ok "memberships are skolem IRIs"

# --split
# shellcheck disable=SC2046
check "--split 4" "$NEWSGRAPH" extract -j 2 --split 4 --output "$TMP/split" $(cat "$TMP/files")
n=$(ls "$TMP/split" | grep -c '^part-000[1-4]\.nq$')
[ "$n" = 4 ] && [ "$(ls -A "$TMP/split" | wc -l)" = 4 ] && ok "4 files part-0001.nq..part-0004.nq, nothing else" \
  || { not_ok "4 files"; ls -A "$TMP/split" | sed 's/^/# /'; }
cat "$TMP/split"/*.nq | sort >"$TMP/union.sorted"
sort "$TMP/all.nq" >"$TMP/all.sorted"
same "the union of the files is the unsplit output" "$TMP/all.sorted" "$TMP/union.sorted"
# Every graph in exactly one file, and every article has its graph.
for f in "$TMP/split"/*.nq; do awk '{ print $NF == "." ? $(NF-1) : "" }' "$f" | sort -u; done | sort | uniq -d >"$TMP/dup"
[ ! -s "$TMP/dup" ] && ok "each article's graph wholly in one file" || { not_ok "each article's graph in one file"; head "$TMP/dup" | sed 's/^/# /'; }
n_graphs=$(awk '{ print $(NF-1) }' "$TMP/all.nq" | sort -u | wc -l)
[ "$n_graphs" = "$n_files" ] && ok "one graph per article ($n_graphs)" || not_ok "one graph per article ($n_graphs, $n_files files)"
cat "$TMP/split"/*.nq | grep -c '_:' >"$TMP/n_blank" || true
[ "$(cat "$TMP/n_blank")" = 0 ] && ok "no blank nodes in the files" || not_ok "no blank nodes in the files"
awk 'NF < 4 || $NF != "." || substr($0, 1, 1) != "<"' "$TMP/split"/*.nq >"$TMP/odd"
[ ! -s "$TMP/odd" ] && ok "one statement a line, subjects absolute IRIs" || { not_ok "one statement a line"; head -3 "$TMP/odd" | sed 's/^/# /'; }
if command -v python3 >/dev/null; then
  if python3 -c 'import sys, unicodedata
for f in sys.argv[1:]:
    t = open(f, encoding="utf-8").read()
    assert unicodedata.normalize("NFC", t) == t, f' "$TMP/split"/*.nq; then
    ok "valid UTF-8 in NFC"; else not_ok "valid UTF-8 in NFC"; fi
  # An article in NFD (e + U+0301): its names and sentences still go out in NFC.
  sed 's/Chen Meiling, secretary-general of the Green Valley Foundation/Chen Meiling, secretary-general of the Cafe\xcc\x81 Lumie\xcc\x80re Foundation/' \
    "$NG_SRCDIR/examples/articles/lakeside-forum-2024.txt" >"$TMP/nfd.txt"
  "$NEWSGRAPH" extract --evidence --format nquads "$TMP/nfd.txt" >"$TMP/nfd.nq"
  if grep -q 'Lumi' "$TMP/nfd.nq" && python3 -c 'import sys, unicodedata
t = open(sys.argv[1], encoding="utf-8").read()
assert unicodedata.normalize("NFC", t) == t' "$TMP/nfd.nq"; then
    ok "an article in NFD gives NFC"; else not_ok "an article in NFD gives NFC"; fi
else
  skip "valid UTF-8 in NFC" "no python3"
  skip "an article in NFD gives NFC" "no python3"
fi
for tool in rapper serdi; do
  if command -v $tool >/dev/null; then
    okk=yes
    for f in "$TMP/split"/*.nq; do
      if [ $tool = rapper ]; then rapper -q -i nquads -c "$f" 2>"$TMP/err" || okk=; else serdi -i nquads "$f" >/dev/null 2>"$TMP/err" || okk=; fi
    done
    [ -n "$okk" ] && ok "$tool reads every file" || { not_ok "$tool reads every file"; sed 's/^/# /' "$TMP/err" | head -5; }
  else
    skip "$tool reads every file" "$tool is not installed"
  fi
done
# shellcheck disable=SC2046
check "--split 4 again with -j 1" "$NEWSGRAPH" extract --split 4 --output "$TMP/split1" $(cat "$TMP/files")
for k in 1 2 3 4; do cmp -s "$TMP/split/part-000$k.nq" "$TMP/split1/part-000$k.nq" || break; done
[ "$k" = 4 ] && cmp -s "$TMP/split/part-0004.nq" "$TMP/split1/part-0004.nq" && ok "the same files whatever -j" || not_ok "the same files whatever -j"
# A second run with fewer parts, into the same directory: the parts of the
# first that it did not replace are gone, other files stay.
cp -r "$TMP/split" "$TMP/resplit"
echo keep >"$TMP/resplit/notes.txt"
echo keep >"$TMP/resplit/part-7.nq"
# shellcheck disable=SC2046
check "--split 2 over --split 4" "$NEWSGRAPH" extract --split 2 --output "$TMP/resplit" $(cat "$TMP/files")
[ "$(LC_ALL=C ls "$TMP/resplit" | tr '\n' ' ')" = "notes.txt part-0001.nq part-0002.nq part-7.nq " ] \
  && ok "--split 2 over --split 4: part-0003/4 removed, other files kept" \
  || { not_ok "--split 2 over --split 4: stale parts"; ls -A "$TMP/resplit" | sed 's/^/# /'; }
cat "$TMP/resplit"/part-000?.nq | sort | cmp -s - "$TMP/all.sorted" && ok "--split 2 over --split 4: the whole graph" \
  || not_ok "--split 2 over --split 4: the whole graph"
# shellcheck disable=SC2046
check "--split 2 --gzip over plain parts" "$NEWSGRAPH" extract --split 2 --gzip --output "$TMP/resplit" $(cat "$TMP/files")
[ "$(LC_ALL=C ls "$TMP/resplit" | tr '\n' ' ')" = "notes.txt part-0001.nq.gz part-0002.nq.gz part-7.nq " ] \
  && ok "--gzip over plain parts: the .nq parts removed" \
  || { not_ok "--gzip over plain parts"; ls -A "$TMP/resplit" | sed 's/^/# /'; }
# shellcheck disable=SC2046
check "--split 3 --gzip" "$NEWSGRAPH" extract --split 3 --gzip -o "$TMP/gz" $(cat "$TMP/files")
[ "$(ls "$TMP/gz" | grep -c '^part-000[1-3]\.nq\.gz$')" = 3 ] && ok "3 files .nq.gz" || not_ok "3 files .nq.gz"
if gzip -t "$TMP/gz"/*.gz && zcat "$TMP/gz"/*.gz | sort | cmp -s - "$TMP/all.sorted"; then
  ok "gzip files hold the whole graph"; else not_ok "gzip files hold the whole graph"; fi
check "link reads the .nq.gz files" "$NEWSGRAPH" link "$TMP/gz"/*.nq.gz
same "link over the gzip files = one extract" "$TMP/all.nq" "$TMP/out"
printf 'not gzip' >"$TMP/bad.nq.gz"
expect_exit "link a .gz that is not gzip" 1 "$NEWSGRAPH" link "$TMP/bad.nq.gz"
expect_err "its message" "bad.nq.gz: cannot decompress"
expect_exit "--split without --output" 2 "$NEWSGRAPH" extract --split 2 "$NG_SRCDIR"/examples/articles/*.txt
expect_exit "--split as Turtle" 2 "$NEWSGRAPH" extract --split 2 --format turtle -o "$TMP/x" "$NG_SRCDIR"/examples/articles/*.txt
expect_exit "--gzip without --split" 2 "$NEWSGRAPH" extract --gzip "$NG_SRCDIR"/examples/articles/*.txt
expect_exit "-j -1" 2 "$NEWSGRAPH" extract -j -1 "$NG_SRCDIR"/examples/articles/*.txt

# The map-link pipeline with 4 shards: the file list cut in 4, each shard
# extracted apart without linking, then linked over the union.
split -n l/4 "$TMP/files" "$TMP/list."
i=0
for l in "$TMP"/list.*; do
  i=$((i + 1))
  # shellcheck disable=SC2046
  "$NEWSGRAPH" extract --no-link --format nquads -o "$TMP/shard$i.nq" $(cat "$l")
done
[ $i = 4 ] && ok "4 shards extracted" || not_ok "4 shards extracted ($i)"
check "link the 4 shards" "$NEWSGRAPH" link "$TMP"/shard1.nq "$TMP"/shard2.nq "$TMP"/shard3.nq "$TMP"/shard4.nq
cp "$TMP/out" "$TMP/linked.nq"
same "4 shards + link = one extract${with_shared:+ (with seeds and dev)}" "$TMP/all.nq" "$TMP/linked.nq"
check "link the shards in another order" "$NEWSGRAPH" link "$TMP"/shard3.nq "$TMP"/shard1.nq "$TMP"/shard4.nq "$TMP"/shard2.nq
same "the shard order does not matter" "$TMP/linked.nq" "$TMP/out"
check "link the split files" "$NEWSGRAPH" link "$TMP/split"/*.nq
same "split files + link = the same graph" "$TMP/linked.nq" "$TMP/out"
check "link the linked union" "$NEWSGRAPH" link "$TMP/linked.nq"
same "link is idempotent" "$TMP/linked.nq" "$TMP/out"
check "link --split 2" "$NEWSGRAPH" link --split 2 -o "$TMP/lsplit" "$TMP"/shard*.nq
cat "$TMP/lsplit"/*.nq | sort | cmp -s - "$TMP/all.sorted" && ok "link --split: the whole graph" || not_ok "link --split: the whole graph"
[ -n "$with_shared" ] || skip "the seeds and dev corpora" "$NG_SHARED/corpus is absent"
finish

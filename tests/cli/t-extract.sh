#!/bin/sh
# t-extract.sh: `newsgraph extract` from the command line: formats, named
# graphs, evidence, --links, determinism, and every kind of bad input.
. "$(dirname "$0")/lib.sh"
EX="$NG_SRCDIR/examples/articles"
DATA="$NG_SRCDIR/tests/data/extract"

check "extract --help" "$NEWSGRAPH" extract --help
grep -q -- "--evidence" "$TMP/out" && ok "help names --evidence" || not_ok "help names --evidence"

expect_exit "examples as turtle" 0 "$NEWSGRAPH" extract "$EX/lakeside-forum-2024.txt"
grep -q "schema:NewsArticle" "$TMP/out" && ok "turtle has the article" || not_ok "turtle has the article"

expect_exit "examples as ntriples" 0 "$NEWSGRAPH" extract --format ntriples "$EX"/*.txt
cp "$TMP/out" "$TMP/all.nt"
grep -q '<https://schema.org/identifier> "harbor-charity-summit-2023.txt"' "$TMP/all.nt" \
  && ok "identifier is the base name" || not_ok "identifier is the base name"
grep -q '<https://w3id.org/newsgraph/id/person/chen-meiling--green-valley-foundation>' "$TMP/all.nt" \
  && ok "person IRI with the organization of the post" || not_ok "person IRI"
"$NEWSGRAPH" convert -i nt -o nt "$TMP/all.nt" >/dev/null 2>&1 && ok "output parses as N-Triples" \
  || not_ok "output parses as N-Triples"

# Shuffled inputs: the same bytes.
"$NEWSGRAPH" extract --format ntriples "$EX/xiangshan-salon-2024.txt" "$EX/harbor-charity-summit-2023.txt" \
  "$EX/lakeside-forum-2024.txt" >"$TMP/shuffled.nt"
cmp -s "$TMP/all.nt" "$TMP/shuffled.nt" && ok "shuffled inputs give the same bytes" \
  || not_ok "shuffled inputs give the same bytes"
"$NEWSGRAPH" extract --format ntriples "$EX/lakeside-forum-2024.txt" >"$TMP/one.nt"
grep '/event/2024-lakeside-digital-literacy-forum>' "$TMP/one.nt" | grep -q organizer \
  && grep -q '/event/2024-lakeside-digital-literacy-forum>' "$TMP/all.nt" \
  && ok "the same event IRI alone and with other files" || not_ok "event IRI stable"

# N-Quads: each article's facts in its own graph.
expect_exit "nquads" 0 "$NEWSGRAPH" extract --format nquads "$EX"/*.txt
grep -q '<https://w3id.org/newsgraph/id/article/lakeside-forum-2024-txt> \.$' "$TMP/out" \
  && ok "facts in the article's named graph" || not_ok "facts in the article's named graph"

# Evidence.
expect_exit "evidence" 0 "$NEWSGRAPH" extract --format ntriples --evidence "$EX/lakeside-forum-2024.txt"
grep -q 'https://w3id.org/newsgraph/ns#sentence' "$TMP/out" && ok "evidence has the sentence" \
  || not_ok "evidence has the sentence"
grep -q 'http://www.w3.org/ns/prov#wasDerivedFrom> <https://w3id.org/newsgraph/id/article/lakeside' "$TMP/out" \
  && ok "evidence derived from the article" || not_ok "evidence derived from the article"
grep -q 'https://w3id.org/newsgraph/ns#evidence>' "$TMP/out" && ok "memberships have evidence" \
  || not_ok "memberships have evidence"

# --links: which mentions of which articles share an IRI, and why.
"$NEWSGRAPH" extract --links "$EX"/*.txt >/dev/null 2>"$TMP/links"
grep -q "place/zhejiang>" "$TMP/links" && grep -q "rule: place" "$TMP/links" && grep -q "浙江" "$TMP/links" \
  && ok "--links explains a merge across articles and languages" || not_ok "--links report"

# Standard input.
"$NEWSGRAPH" extract --format ntriples - <"$EX/lakeside-forum-2024.txt" >"$TMP/stdin.nt"
grep -q '"stdin"' "$TMP/stdin.nt" && ok "stdin article" || not_ok "stdin article"

# Output file, atomically.
expect_exit "--output" 0 "$NEWSGRAPH" extract --output "$TMP/o.ttl" "$EX/lakeside-forum-2024.txt"
[ -s "$TMP/o.ttl" ] && ok "output file written" || not_ok "output file written"

# Bad input: a message, the other files still extracted, exit 1.
: >"$TMP/empty.txt"
expect_exit "empty file" 1 "$NEWSGRAPH" extract --format ntriples "$TMP/empty.txt" "$EX/lakeside-forum-2024.txt"
expect_err "empty file message" "empty.txt: empty file"
grep -q "lakeside-forum-2024.txt" "$TMP/out" && ok "other file still extracted" || not_ok "other file still extracted"

head -c 3000 /dev/urandom >"$TMP/binary.txt" 2>/dev/null; printf '\000' >>"$TMP/binary.txt"
expect_exit "binary file" 1 "$NEWSGRAPH" extract "$TMP/binary.txt"
expect_err "binary file message" "binary.txt: (binary file|[0-9]+:[0-9]+: invalid UTF-8)"

printf 'The Lake Forum was held in Hangzhou.\nIt was caf\351 time.\n' >"$TMP/latin1.txt"
expect_exit "invalid UTF-8" 1 "$NEWSGRAPH" extract "$TMP/latin1.txt"
expect_err "invalid UTF-8 names line, column and byte" "latin1.txt:2:11: invalid UTF-8 at byte 47"
expect_exit "invalid UTF-8 with --lenient" 0 "$NEWSGRAPH" extract --lenient "$TMP/latin1.txt"
expect_err "--lenient warns" "warning: .*latin1.txt: replaced 1 invalid"

mkdir "$TMP/dir"
expect_exit "a directory" 1 "$NEWSGRAPH" extract "$TMP/dir"
expect_err "directory message" "dir: is a directory"
expect_exit "a missing file" 1 "$NEWSGRAPH" extract "$TMP/nope.txt"
expect_err "missing file message" "nope.txt: no such file"

# CRLF and a BOM give the same facts as LF.
printf '\357\273\277' >"$TMP/crlf.txt"
sed 's/$/\r/' "$EX/lakeside-forum-2024.txt" >>"$TMP/crlf.txt"
cp "$EX/lakeside-forum-2024.txt" "$TMP/lf.txt"
"$NEWSGRAPH" extract --format ntriples "$TMP/crlf.txt" | sed 's/crlf/X/g' >"$TMP/crlf.nt"
"$NEWSGRAPH" extract --format ntriples "$TMP/lf.txt" | sed 's/lf/X/g' >"$TMP/lf.nt"
cmp -s "$TMP/crlf.nt" "$TMP/lf.nt" && ok "CRLF and BOM: same facts" || not_ok "CRLF and BOM: same facts"

# Two languages in one file.
expect_exit "mixed languages" 0 "$NEWSGRAPH" extract --format ntriples "$DATA/mixed.txt"
grep -q '"Chen Meiling"@en' "$TMP/out" && grep -q '"陈美玲"@zh' "$TMP/out" \
  && ok "both halves of a bilingual article" || not_ok "both halves of a bilingual article"

# An article with no entities.
printf 'nothing to see here, only lower-case words and no names at all.\n' >"$TMP/none.txt"
expect_exit "no entities" 0 "$NEWSGRAPH" extract --format ntriples "$TMP/none.txt"
grep -q "NewsArticle" "$TMP/out" && ok "article node without entities" || not_ok "article node without entities"

# Usage errors.
expect_exit "unknown format" 2 "$NEWSGRAPH" extract --format bogus "$TMP/none.txt"
expect_exit "no inputs" 2 "$NEWSGRAPH" extract
expect_exit "unknown option" 2 "$NEWSGRAPH" extract --bogus "$TMP/none.txt"

# A 50 MB article: read, not crashed on, reported.
if [ "${NG_SKIP_HUGE:-}" = "" ]; then
  yes "The Lake Forum was held in Hangzhou on May 2, 2024, and Chen Meiling, secretary-general of the Green Valley Foundation, spoke there." \
    | head -c 50000000 >"$TMP/huge.txt"
  expect_exit "a 50 MB article" 0 "$NEWSGRAPH" extract --format ntriples "$TMP/huge.txt"
  grep -q "green-valley-foundation" "$TMP/out" && ok "50 MB article extracted" || not_ok "50 MB article extracted"
  rm -f "$TMP/huge.txt"
else skip "a 50 MB article" "NG_SKIP_HUGE set"; fi
finish

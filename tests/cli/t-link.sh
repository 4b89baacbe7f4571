#!/bin/sh
# t-link.sh: the cross-article link pass (src/extract/link.c) on invented
# articles in English and Chinese (tests/data/link/README.md): which person
# IRIs merge, which must not, and that `newsgraph link` over shards gives
# what one `newsgraph extract` gives.
. "$(dirname "$0")/lib.sh"
L=$NG_SRCDIR/tests/data/link

# people FILE: the person IRIs (slugs) in an RDF file, sorted.
people () { grep -o 'id/person/[^>]*' "$1" | sed 's|id/person/||' | sort -u | tr '\n' ' '; }
# is NAME GOT WANT
is () { if [ "$2" = "$3" ]; then ok "$1"; else not_ok "$1"; echo "# got:  $2"; echo "# want: $3"; fi; }

check "extract without the link pass" "$NEWSGRAPH" extract --no-link --format nquads \
  "$L/zh-post.txt" "$L/en-speech.txt" "$L/en-interview.txt"
cp "$TMP/out" "$TMP/nolink.nq"
is "--no-link keeps the per-article IRIs" "$(people "$TMP/nolink.nq")" \
  "gao-ming--2024-harbor-reading-forum song-yulan--2024-harbor-reading-forum song-yulan--in-en-interview-txt song-yulan--minghu-foundation "

check "extract links" "$NEWSGRAPH" extract --links --format nquads \
  "$L/zh-post.txt" "$L/en-speech.txt" "$L/en-interview.txt"
cp "$TMP/out" "$TMP/linked.nq"
is "an event-scoped and an article-scoped person merge into the one with a post (Chinese article)" \
  "$(people "$TMP/linked.nq")" "gao-ming--2024-harbor-reading-forum song-yulan--minghu-foundation "
grep -q 'rule: link: event-scoped person; the only other one' "$TMP/err" \
  && grep -q 'rule: link: article-scoped person' "$TMP/err" \
  && grep -q '^  zh-post.txt: "宋玉兰"' "$TMP/err" && grep -q '^  en-interview.txt: "Song Yulan"' "$TMP/err" \
  && ok "--links explains both merges, with the names in each article" || {
    not_ok "--links explains both merges"; sed 's/^/# /' "$TMP/err"; }
grep -q '<https://w3id.org/newsgraph/id/person/song-yulan--minghu-foundation> <https://schema.org/name> "宋玉兰"@zh <https://w3id.org/newsgraph/id/article/zh-post-txt>' "$TMP/linked.nq" \
  && grep -q '<https://w3id.org/newsgraph/id/person/song-yulan--minghu-foundation> <https://schema.org/name> "Song Yulan"@en <https://w3id.org/newsgraph/id/article/en-interview-txt>' "$TMP/linked.nq" \
  && grep -q '<https://w3id.org/newsgraph/id/event/2024-harbor-reading-forum> <https://schema.org/performer> <https://w3id.org/newsgraph/id/person/song-yulan--minghu-foundation> <https://w3id.org/newsgraph/id/article/en-speech-txt>' "$TMP/linked.nq" \
  && ok "the merged person keeps every name and fact, in each article's graph" \
  || not_ok "the merged person keeps every name and fact"
[ "$(wc -l <"$TMP/linked.nq")" -le "$(wc -l <"$TMP/nolink.nq")" ] && ok "merging adds no statement" \
  || not_ok "merging adds no statement"

# The negative case: a second organization for the same name key.
check "extract with a second organization" "$NEWSGRAPH" extract --format nquads \
  "$L/zh-post.txt" "$L/en-speech.txt" "$L/en-interview.txt" "$L/en-other-post.txt"
is "two organizations for one name key: no merge at all" "$(people "$TMP/out")" \
  "gao-ming--2024-harbor-reading-forum song-yulan--2024-harbor-reading-forum song-yulan--in-en-interview-txt song-yulan--minghu-foundation song-yulan--pine-hill-institute-of-physics "

# Rule b with the tie to the event, then the last candidate.
check "extract tied" "$NEWSGRAPH" extract --links --format nquads \
  "$L/en-tied-post.txt" "$L/en-speech.txt" "$L/en-other-event.txt"
is "an event-scoped person merges into the one with a post who spoke at that event" \
  "$(people "$TMP/out" | tr ' ' '\n' | grep gao | tr '\n' ' ')" "gao-ming--ningbo-library-society "
grep -q 'tied to that event (<https://w3id.org/newsgraph/id/person/gao-ming--2024-harbor-reading-forum>)' "$TMP/err" \
  && ok "--links names the tie" || { not_ok "--links names the tie"; sed 's/^/# /' "$TMP/err"; }

# The same through shards: each article extracted apart, then `link`.
mkdir "$TMP/shards"
for f in "$L"/*.txt; do
  "$NEWSGRAPH" extract --no-link --format nquads "$f" >"$TMP/shards/$(basename "$f" .txt).nq"
done
check "extract all at once" "$NEWSGRAPH" extract --format nquads "$L"/*.txt
cp "$TMP/out" "$TMP/single.nq"
check "link the one-article shards" "$NEWSGRAPH" link "$TMP"/shards/*.nq
cmp -s "$TMP/out" "$TMP/single.nq" && ok "link over shards = one extract" || not_ok "link over shards = one extract"
cp "$TMP/out" "$TMP/union.nq"
check "link again" "$NEWSGRAPH" link "$TMP/union.nq"
cmp -s "$TMP/out" "$TMP/union.nq" && ok "link is idempotent" || not_ok "link is idempotent"
check "link --links on linked data" "$NEWSGRAPH" link --links "$TMP/union.nq"
[ ! -s "$TMP/err" ] && ok "nothing left to merge" || not_ok "nothing left to merge"

# query and draw read articles as extract does: linked.
q='PREFIX schema: <https://schema.org/> SELECT DISTINCT ?p WHERE { ?p a schema:Person } ORDER BY ?p'
check "query over the articles" "$NEWSGRAPH" query -r tsv -e "$q" "$L/zh-post.txt" "$L/en-speech.txt" "$L/en-interview.txt"
grep -c 'person/song-yulan' "$TMP/out" >"$TMP/n" || true
[ "$(cat "$TMP/n")" = 1 ] && ok "query over articles sees the linked person" || { not_ok "query over articles sees the linked person"; sed 's/^/# /' "$TMP/out"; }

check "link as Turtle" "$NEWSGRAPH" link --format turtle "$TMP/union.nq"
grep -q 'person:gao-ming--ningbo-library-society' "$TMP/out" && ok "--format turtle" || not_ok "--format turtle"
expect_exit "link without shards" 2 "$NEWSGRAPH" link
expect_exit "link a missing shard" 1 "$NEWSGRAPH" link "$TMP/nope.nq"
expect_err "its message" "nope.nq"
expect_exit "link a bad shard" 1 sh -c "printf '<a> <b> .\n' >'$TMP/bad.nq'; '$NEWSGRAPH' link '$TMP/bad.nq'"
expect_exit "link --format rdfxml" 2 "$NEWSGRAPH" link --format rdfxml "$TMP/union.nq"
finish

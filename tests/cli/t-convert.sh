#!/bin/sh
# t-convert.sh: `newsgraph convert` and `stats` on small graphs.
. "$(dirname "$0")/lib.sh"

cat >"$TMP/a.ttl" <<'TTL'
@prefix ex: <http://example.org/> .
@prefix schema: <https://schema.org/> .
ex:forum a schema:Event ; schema:name "Forum"@en, "论坛"@zh ; schema:location ex:wuzhen .
ex:wuzhen a schema:Place ; schema:name "Wuzhen"@en .
TTL
printf '<http://example.org/forum> <https://schema.org/organizer> <http://example.org/cac> <http://example.org/g1> .\n' >"$TMP/b.nq"

check "convert turtle to ntriples" "$NEWSGRAPH" convert -o ntriples "$TMP/a.ttl"
if [ "$(wc -l <"$TMP/out")" -eq 6 ] && grep -q '"论坛"@zh' "$TMP/out"; then
  ok "six triples, UTF-8 kept"; else not_ok "six triples, UTF-8 kept"; fi

check "merge turtle and nquads into nquads" "$NEWSGRAPH" convert -o nquads "$TMP/a.ttl" "$TMP/b.nq"
if grep -q '<http://example.org/g1> \.$' "$TMP/out"; then ok "named graph kept"; else not_ok "named graph kept"; fi

check "stdin with -i" sh -c "cat '$TMP/a.ttl' | '$NEWSGRAPH' convert -i turtle -o nt -"
[ "$(wc -l <"$TMP/out")" -eq 6 ] && ok "stdin read" || not_ok "stdin read"

check "output file by extension" "$NEWSGRAPH" convert --output "$TMP/out.nt" "$TMP/a.ttl"
[ -s "$TMP/out.nt" ] && head -c 1 "$TMP/out.nt" | grep -q '<' && ok "written as ntriples" || not_ok "written as ntriples"

"$NEWSGRAPH" convert -o turtle "$TMP/a.ttl" >"$TMP/one.ttl"
"$NEWSGRAPH" convert -o turtle "$TMP/one.ttl" >"$TMP/two.ttl"
cmp -s "$TMP/one.ttl" "$TMP/two.ttl" && ok "turtle round trip is a fixed point" || not_ok "turtle round trip is a fixed point"
grep -q '^@prefix schema: <https://schema.org/> \.$' "$TMP/one.ttl" && ok "prefixes kept" || not_ok "prefixes kept"

# Round trip through the peers, when present.
if command -v rapper >/dev/null 2>&1; then
  "$NEWSGRAPH" convert -o ntriples "$TMP/a.ttl" | sort >"$TMP/ours.nt"
  rapper -q -i turtle -o ntriples "$TMP/one.ttl" 2>/dev/null | "$NEWSGRAPH" convert -i nt -o nt - | sort >"$TMP/rapper.nt"
  cmp -s "$TMP/ours.nt" "$TMP/rapper.nt" && ok "rapper reads our turtle back" || not_ok "rapper reads our turtle back"
else skip "rapper reads our turtle back" "rapper not installed"; fi
if command -v serdi >/dev/null 2>&1; then
  serdi -i turtle -o ntriples "$TMP/one.ttl" 2>/dev/null | "$NEWSGRAPH" convert -i nt -o nt - | sort >"$TMP/serd.nt"
  cmp -s "$TMP/ours.nt" "$TMP/serd.nt" && ok "serdi reads our turtle back" || not_ok "serdi reads our turtle back"
  "$NEWSGRAPH" convert -o nt "$TMP/a.ttl" | serdi -i ntriples -o ntriples - >/dev/null 2>&1 \
    && ok "serdi reads our ntriples" || not_ok "serdi reads our ntriples"
else skip "serdi round trip" "serdi not installed"; skip "serdi ntriples" "serdi not installed"; fi

# Round trip of richer graphs (tests/data/rdfio): newsgraph writes Turtle
# and N-Triples, rapper and serdi read them back into N-Triples, and that
# must be isomorphic to what newsgraph read (run-rdf-tests --compare reads
# the peers' N-Triples with its own reader, not raptor2).
COMPARE=${G_TEST_BUILDDIR:-}/conformance/run-rdf-tests
DATA=$NG_SRCDIR/tests/data/rdfio
for g in blank-nodes literals news; do
  for fmt in turtle ntriples; do
    ext=ttl; [ "$fmt" = ntriples ] && ext=nt
    out="$TMP/$g.ours.$ext"
    if ! "$NEWSGRAPH" convert -o "$fmt" --output "$out" "$DATA/$g.ttl" 2>"$TMP/err"; then
      not_ok "$g: newsgraph writes $fmt"; sed 's/^/# /' "$TMP/err"; continue; fi
    for peer in rapper serdi; do
      name="$g: $peer reads our $fmt back"
      if ! command -v "$peer" >/dev/null 2>&1; then skip "$name" "$peer not installed"; continue; fi
      if [ ! -x "$COMPARE" ]; then skip "$name" "no run-rdf-tests (run under make check)"; continue; fi
      case $peer in
        rapper) rapper -q -i "$fmt" -o ntriples "$out" >"$TMP/peer.nt" 2>"$TMP/err" ;;
        serdi) serdi -i "$fmt" -o ntriples "$out" >"$TMP/peer.nt" 2>"$TMP/err" ;;
      esac || { not_ok "$name"; sed 's/^/# /' "$TMP/err"; continue; }
      if "$COMPARE" --compare "$DATA/$g.ttl" "$TMP/peer.nt" 2>"$TMP/err"; then ok "$name"; else
        not_ok "$name"; sed 's/^/# /' "$TMP/err"; fi
    done
  done
done
# The comparison itself must be able to fail: drop one triple.
if [ -x "$COMPARE" ]; then
  "$NEWSGRAPH" convert -o nt "$DATA/literals.ttl" | sed 1d >"$TMP/short.nt"
  expect_exit "compare notices a missing triple" 1 "$COMPARE" --compare "$DATA/literals.ttl" "$TMP/short.nt"
else skip "compare notices a missing triple" "no run-rdf-tests"; fi
grep -q '"部长们就粮食走廊达成一致"@zh-hans' "$TMP/literals.ours.nt" \
  && ok "N-Triples keeps Chinese as UTF-8, tags lower-cased" || not_ok "N-Triples keeps Chinese as UTF-8, tags lower-cased"

check "stats" "$NEWSGRAPH" stats "$TMP/a.ttl" "$TMP/b.nq"
grep -q '^triples	7$' "$TMP/out" && grep -q '^graphs	2$' "$TMP/out" \
  && grep -q '^class	<https://schema.org/Event>	1$' "$TMP/out" && ok "stats counts" || not_ok "stats counts"

check "help" "$NEWSGRAPH" --help
grep -q convert "$TMP/out" && ok "help lists commands" || not_ok "help lists commands"
check "convert --help" "$NEWSGRAPH" convert --help
check "version" "$NEWSGRAPH" --version
finish

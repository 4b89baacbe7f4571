#!/bin/sh
# t-draw-gexf.sh: GEXF 1.3 valid against the GEXF 1.3 RELAX NG grammar
# (shipped in tests/viz/) and read by networkx to the expected counts.
. "$(dirname "$0")/lib.sh"
D=$NG_SRCDIR/tests/data/viz
RNG=$NG_SRCDIR/tests/viz/gexf.rng

for spec in en:7:8 zh:4:4 tricky:3:2 unnamed:2:1; do
  f=${spec%%:*}; rest=${spec#*:}; nn=${rest%%:*}; ne=${rest#*:}
  check "gexf of $f.ttl" "$NEWSGRAPH" draw -f gexf -o "$TMP/$f.gexf" "$D/$f.ttl"
  if command -v xmllint >/dev/null 2>&1; then
    if xmllint --noout --nonet --relaxng "$RNG" "$TMP/$f.gexf" 2>"$TMP/x.err"; then
      ok "$f.gexf valid against the GEXF 1.3 grammar"
    else not_ok "$f.gexf valid against the GEXF 1.3 grammar"; sed 's/^/# /' "$TMP/x.err" | head -5; fi
  else skip "$f.gexf valid against the GEXF 1.3 grammar" "xmllint not installed (Debian: libxml2-utils)"; fi
  if command -v xmllint >/dev/null 2>&1; then
    got=$(xmllint --xpath 'concat(count(//*[local-name()="node"]), " ", count(//*[local-name()="edge"]))' "$TMP/$f.gexf" 2>/dev/null || true)
    [ "$got" = "$nn $ne" ] && ok "$f.gexf holds $nn nodes, $ne edges (XPath)" || not_ok "$f.gexf holds $nn nodes, $ne edges (XPath: '$got')"
  else skip "$f.gexf counts (XPath)" "xmllint not installed"; fi
  if python3 -c 'import networkx' 2>/dev/null; then
    set +e; got=$(python3 "$NG_SRCDIR/tests/viz/count.py" gexf "$TMP/$f.gexf" 2>"$TMP/p.err"); rc=$?; set -e
    if [ "$rc" = 77 ]; then skip "networkx reads $f.gexf" "$(cat "$TMP/p.err") (needs networkx 3)"
    elif [ "$got" = "$nn $ne" ]; then ok "networkx reads $f.gexf: $nn nodes, $ne edges"
    else not_ok "networkx reads $f.gexf: $nn nodes, $ne edges (got '$got')"; sed 's/^/# /' "$TMP/p.err" | tail -3; fi
  else skip "networkx reads $f.gexf" "python3-networkx not installed"; fi
done
# The grammar bites: another version, or an undeclared element, fails.
if command -v xmllint >/dev/null 2>&1; then
  sed 's/version="1.3"/version="1.2"/' "$TMP/en.gexf" >"$TMP/v12.gexf"
  sed 's|<attvalues>|<attvalues><bogus/>|' "$TMP/en.gexf" >"$TMP/bogus.gexf"
  for b in v12 bogus; do
    if xmllint --noout --nonet --relaxng "$RNG" "$TMP/$b.gexf" 2>/dev/null; then
      not_ok "the grammar rejects $b.gexf"; else ok "the grammar rejects $b.gexf"; fi
  done
else skip "the grammar rejects bad files" "xmllint not installed"; fi
finish

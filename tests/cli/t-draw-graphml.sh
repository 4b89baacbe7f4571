#!/bin/sh
# t-draw-graphml.sh: GraphML valid against the GraphML XSD (shipped in
# tests/viz/, no network) and read by networkx to the expected counts.
. "$(dirname "$0")/lib.sh"
D=$NG_SRCDIR/tests/data/viz
XSD=$NG_SRCDIR/tests/viz/graphml.xsd

for spec in en:7:8 zh:4:4 tricky:3:2 unnamed:2:1; do
  f=${spec%%:*}; rest=${spec#*:}; nn=${rest%%:*}; ne=${rest#*:}
  check "graphml of $f.ttl" "$NEWSGRAPH" draw -f graphml -o "$TMP/$f.graphml" "$D/$f.ttl"
  if command -v xmllint >/dev/null 2>&1; then
    if xmllint --noout --nonet --schema "$XSD" "$TMP/$f.graphml" 2>"$TMP/x.err"; then
      ok "$f.graphml valid against the GraphML XSD"
    else not_ok "$f.graphml valid against the GraphML XSD"; sed 's/^/# /' "$TMP/x.err" | head -5; fi
  else skip "$f.graphml valid against the GraphML XSD" "xmllint not installed (Debian: libxml2-utils)"; fi
  if python3 -c 'import networkx' 2>/dev/null; then
    got=$(python3 "$NG_SRCDIR/tests/viz/count.py" graphml "$TMP/$f.graphml" 2>"$TMP/p.err" || true)
    [ "$got" = "$nn $ne" ] && ok "networkx reads $f.graphml: $nn nodes, $ne edges" \
      || { not_ok "networkx reads $f.graphml: $nn nodes, $ne edges (got '$got')"; sed 's/^/# /' "$TMP/p.err" | tail -3; }
  else skip "networkx reads $f.graphml" "python3-networkx not installed"; fi
done
# The schema bites: a document without the required edgedefault fails.
if command -v xmllint >/dev/null 2>&1; then
  sed 's/ edgedefault="directed"//' "$TMP/en.graphml" >"$TMP/broken.graphml"
  if xmllint --noout --nonet --schema "$XSD" "$TMP/broken.graphml" 2>/dev/null; then
    not_ok "the XSD rejects a graph without edgedefault"; else ok "the XSD rejects a graph without edgedefault"; fi
else skip "the XSD rejects a graph without edgedefault" "xmllint not installed"; fi
if python3 -c 'import networkx' 2>/dev/null; then
  python3 - "$TMP/en.graphml" >"$TMP/attrs" <<'PY'
import sys, networkx as nx
g = nx.read_graphml(sys.argv[1])
n = [d for _, d in g.nodes(data=True) if d["iri"].endswith("/person/li-wei")][0]
print(n["label"], n["kind"], n["types"], sep="|")
e = [d for u, v, d in g.edges(data=True) if d["property"] == "org:Membership" and g.nodes[u]["label"] == "Li Wei"][0]
print(e["label"], e["evidence"], sep="|")
PY
  grep -q '^Li Wei|Person|schema:Person$' "$TMP/attrs" && grep -q '^vice president|Li Wei, vice president' "$TMP/attrs" \
    && ok "typed keys: label, kind, types, edge label, evidence" || { not_ok "typed keys"; sed 's/^/# /' "$TMP/attrs"; }
else skip "typed keys" "python3-networkx not installed"; fi
finish

#!/bin/sh
# t-draw.sh: `newsgraph draw`: options, selection, bad input, atomic and
# deterministic output.  The formats' consumers are in t-draw-*.sh.
. "$(dirname "$0")/lib.sh"
D=$NG_SRCDIR/tests/data/viz

check "draw --help" "$NEWSGRAPH" draw --help
grep -q -- "--focus" "$TMP/out" && grep -q -- "--max-nodes" "$TMP/out" && ok "help lists the selection" || not_ok "help lists the selection"
check "listed in newsgraph --help" "$NEWSGRAPH" --help
grep -q "draw" "$TMP/out" && ok "draw in the command list" || not_ok "draw in the command list"

check "default format is dot" "$NEWSGRAPH" draw "$D/en.ttl"
head -1 "$TMP/out" | grep -q '^digraph ' && ok "dot on stdout" || not_ok "dot on stdout"

for pair in graphml:graphml gexf:gexf cyjs:cyjs html:html gv:dot json:cyjs; do
  ext=${pair%%:*}; want=${pair#*:}
  check "--output x.$ext" "$NEWSGRAPH" draw --output "$TMP/x.$ext" "$D/en.ttl"
  case $want in
    dot) pat='^digraph' ;; graphml) pat='<graphml' ;; gexf) pat='<gexf' ;;
    cyjs) pat='"elements"' ;; html) pat='<!DOCTYPE html>' ;;
  esac
  grep -q "$pat" "$TMP/x.$ext" && ok "x.$ext is $want" || not_ok "x.$ext is $want"
done
check "--format wins over the extension" "$NEWSGRAPH" draw -f cyjs -o "$TMP/y.dot" "$D/en.ttl"
grep -q '"elements"' "$TMP/y.dot" && ok "cyjs written to y.dot" || not_ok "cyjs written to y.dot"
check "unknown extension falls back to dot" "$NEWSGRAPH" draw -o "$TMP/z.txt" "$D/en.ttl"
head -1 "$TMP/z.txt" | grep -q '^digraph' && ok "z.txt is dot" || not_ok "z.txt is dot"

check "stdin" sh -c "'$NEWSGRAPH' draw -i turtle -f cyjs - <'$D/zh.ttl'"
grep -q '王芳' "$TMP/out" && ok "read from stdin" || not_ok "read from stdin"

# Selection.
check "--focus by name" "$NEWSGRAPH" draw -f cyjs --focus "Li Wei" "$D/en.ttl"
[ "$(grep -c '"id": "n' "$TMP/out")" = 3 ] && ok "focus keeps 3 nodes" || not_ok "focus keeps 3 nodes"
check "--focus --depth 2" "$NEWSGRAPH" draw -f cyjs --focus 李伟 --depth 2 "$D/en.ttl"
[ "$(grep -c '"id": "n' "$TMP/out")" = 7 ] && ok "depth 2 keeps 7 nodes" || not_ok "depth 2 keeps 7 nodes"
check "--types" "$NEWSGRAPH" draw -f cyjs --types Person,Place "$D/en.ttl"
[ "$(grep -c '"id": "n' "$TMP/out")" = 3 ] && ! grep -q '"kind": "Event"' "$TMP/out" \
  && ok "types keep people and places" || not_ok "types keep people and places"
check "--lang zh" "$NEWSGRAPH" draw --lang zh "$D/en.ttl"
grep -q '港湾人工智能治理峰会' "$TMP/out" && grep -q '副会长' "$TMP/out" && ok "Chinese labels" || not_ok "Chinese labels"

# Bad input and usage.
expect_exit "focus matching nothing" 1 "$NEWSGRAPH" draw --focus "Nobody Here" "$D/en.ttl"
expect_err "focus message" "no entity matches --focus 'Nobody Here'"
expect_exit "beyond --max-nodes" 1 "$NEWSGRAPH" draw --max-nodes 3 "$D/en.ttl"
expect_err "max-nodes message says how to narrow" "7 entities, more than --max-nodes 3; narrow it with --focus"
check "--max-nodes 0 is no limit" "$NEWSGRAPH" draw --max-nodes 0 "$D/en.ttl"
expect_exit "empty graph" 1 "$NEWSGRAPH" draw "$D/empty.ttl"
expect_err "empty message" "^newsgraph: error: nothing to draw: the input holds no triples"
expect_exit "no entities" 1 "$NEWSGRAPH" draw "$D/ontology-only.ttl"
expect_err "no entities message" "nothing to draw: the input holds no entities"
expect_exit "unnamed entities are drawn" 0 "$NEWSGRAPH" draw "$D/unnamed.ttl"
expect_err "unnamed warning" "warning: no entity has a schema:name"
expect_exit "unknown format" 2 "$NEWSGRAPH" draw -f svg "$D/en.ttl"
expect_err "unknown format message" "unknown format 'svg' \(dot, graphml, gexf, cyjs, html\)"
expect_exit "unknown type" 2 "$NEWSGRAPH" draw --types Planet "$D/en.ttl"
expect_err "unknown type message" "unknown type 'Planet'"
expect_exit "unknown language" 2 "$NEWSGRAPH" draw --lang fr "$D/en.ttl"
expect_exit "--depth without --focus" 2 "$NEWSGRAPH" draw --depth 3 "$D/en.ttl"
expect_exit "--depth 0" 2 "$NEWSGRAPH" draw --focus "Li Wei" --depth 0 "$D/en.ttl"
expect_exit "negative --max-nodes" 2 "$NEWSGRAPH" draw --max-nodes -1 "$D/en.ttl"
expect_exit "no input" 2 "$NEWSGRAPH" draw
expect_exit "unknown option" 2 "$NEWSGRAPH" draw --bogus "$D/en.ttl"
expect_exit "missing file" 1 "$NEWSGRAPH" draw "$TMP/none.ttl"
printf '<a> <b> .\n' >"$TMP/bad.nt"
expect_exit "malformed RDF" 1 "$NEWSGRAPH" draw "$TMP/bad.nt"
expect_err "error names the file" "bad.nt:1"
# --query: draw what a CONSTRUCT builds, named and typed from the data.
cat >"$TMP/organizers.rq" <<'RQ'
PREFIX schema: <https://schema.org/>
CONSTRUCT { ?event schema:organizer ?org } WHERE { ?event schema:organizer ?org }
RQ
check "--query CONSTRUCT" "$NEWSGRAPH" draw -f cyjs --query "$TMP/organizers.rq" "$D/en.ttl"
[ "$(grep -c '"id": "n' "$TMP/out")" = 3 ] && [ "$(grep -c '"id": "e' "$TMP/out")" = 2 ] \
  && ok "query result: 3 nodes, 2 edges" || not_ok "query result: 3 nodes, 2 edges"
grep -q '"label": "Harbour AI Governance Summit", "kind": "Event"' "$TMP/out" \
  && ok "query result named and typed from the data" || not_ok "query result named and typed from the data"
check "--query with --lang zh --types" "$NEWSGRAPH" draw -f cyjs --lang zh --types Organization --query "$TMP/organizers.rq" "$D/en.ttl"
[ "$(grep -c '"id": "n' "$TMP/out")" = 2 ] && grep -q '宁波市经济和信息化局' "$TMP/out" \
  && ok "selection options apply to the query result" || not_ok "selection options apply to the query result"
printf 'SELECT * WHERE { ?s ?p ?o }\n' >"$TMP/select.rq"
expect_exit "--query SELECT" 1 "$NEWSGRAPH" draw --query "$TMP/select.rq" "$D/en.ttl"
expect_err "SELECT message" "select.rq: --query needs a CONSTRUCT or DESCRIBE query"
printf 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p \n' >"$TMP/broken.rq"
expect_exit "--query syntax error" 1 "$NEWSGRAPH" draw --query "$TMP/broken.rq" "$D/en.ttl"
expect_err "syntax error names the query file" "broken.rq:[0-9]+:[0-9]+"
printf 'CONSTRUCT { ?s ?p ?o } WHERE { ?s <http://example.org/none> ?o }\n' >"$TMP/none.rq"
expect_exit "--query building nothing" 1 "$NEWSGRAPH" draw --query "$TMP/none.rq" "$D/en.ttl"
expect_err "empty result message" "nothing to draw: the query .*none.rq builds no triples"
expect_exit "--query file missing" 1 "$NEWSGRAPH" draw --query "$TMP/missing.rq" "$D/en.ttl"

# Atomic output: a failure leaves an existing file alone and creates none.
echo "old content" >"$TMP/keep.dot"
expect_exit "failing draw" 1 "$NEWSGRAPH" draw -o "$TMP/keep.dot" --focus Nobody "$D/en.ttl"
[ "$(cat "$TMP/keep.dot")" = "old content" ] && ok "existing output untouched" || not_ok "existing output untouched"
expect_exit "failing draw, new file" 1 "$NEWSGRAPH" draw -o "$TMP/new.dot" "$D/empty.ttl"
[ ! -e "$TMP/new.dot" ] && [ -z "$(ls "$TMP" | grep '^new\.dot.')" ] && ok "no file, no temporary left" || not_ok "no file, no temporary left"
if [ -w /dev/full ]; then
  set +e; "$NEWSGRAPH" draw -f html "$D/en.ttl" >/dev/full 2>"$TMP/err"; rc=$?; set -e
  [ "$rc" = 1 ] && grep -q "write error" "$TMP/err" && ok "/dev/full reported" || not_ok "/dev/full reported (exit $rc)"
else skip "/dev/full reported" "no /dev/full"; fi

# The documented command that redraws the examples.
if command -v dot >/dev/null 2>&1; then
  mkdir -p "$TMP/ex"
  check "examples/draw.sh" sh "$NG_SRCDIR/examples/draw.sh" "$NEWSGRAPH" "$TMP/ex"
  grep -q '<svg' "$TMP/ex/forum.svg" && grep -q 'Chen Meiling' "$TMP/ex/forum.svg" \
    && grep -q '陈美玲' "$TMP/ex/forum.zh.svg" && grep -q 'data-ready' "$TMP/ex/forum.html" \
    && ok "examples drawn as SVG and HTML" || not_ok "examples drawn as SVG and HTML"
else skip "examples/draw.sh" "Graphviz (dot) not installed"; fi

# Deterministic: same bytes whatever the run or the input order.
for f in dot graphml gexf cyjs html; do
  "$NEWSGRAPH" draw -f $f "$D/en.ttl" "$D/zh.ttl" >"$TMP/a.$f"
  "$NEWSGRAPH" draw -f $f "$D/zh.ttl" "$D/en.ttl" >"$TMP/b.$f"
  cmp -s "$TMP/a.$f" "$TMP/b.$f" && ok "$f independent of input order" || not_ok "$f independent of input order"
done
finish

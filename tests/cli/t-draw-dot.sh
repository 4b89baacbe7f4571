#!/bin/sh
# t-draw-dot.sh: DOT drawings rendered by Graphviz (`dot -Tsvg`) with no
# warning, Chinese text and awkward labels included.
. "$(dirname "$0")/lib.sh"
D=$NG_SRCDIR/tests/data/viz

if ! command -v dot >/dev/null 2>&1; then
  skip "dot renders the drawings" "Graphviz (dot) not installed (Debian: graphviz)"
  finish; exit 0
fi
for f in en zh tricky unnamed; do
  for lang in en zh; do
    "$NEWSGRAPH" draw --lang $lang "$D/$f.ttl" >"$TMP/$f.dot" 2>/dev/null
    if dot -Tsvg "$TMP/$f.dot" >"$TMP/$f.svg" 2>"$TMP/dot.err" && [ ! -s "$TMP/dot.err" ]; then
      ok "dot -Tsvg $f.ttl --lang $lang: no warning"
    else
      not_ok "dot -Tsvg $f.ttl --lang $lang: no warning"; sed 's/^/# /' "$TMP/dot.err" | head -5
    fi
  done
done
# What Graphviz drew: the labels as written (SVG escapes XML itself).
"$NEWSGRAPH" draw --lang zh "$D/en.ttl" | dot -Tsvg >"$TMP/zh.svg"
grep -q '港湾人工智能治理峰会' "$TMP/zh.svg" && ok "Chinese label in the SVG" || not_ok "Chinese label in the SVG"
grep -q '副会长' "$TMP/zh.svg" && ok "membership role as edge label" || not_ok "membership role as edge label"
"$NEWSGRAPH" draw "$D/tricky.ttl" | dot -Tsvg >"$TMP/t.svg"
grep -q 'The &quot;Quoted&quot; Co. \\ Backslash\\n Ltd.' "$TMP/t.svg" && ok "quotes and backslashes survive" || not_ok "quotes and backslashes survive"
grep -q '“引号”与\\反斜杠 换行论坛' "$TMP/t.svg" && ok "newline became a space" || not_ok "newline became a space"
grep -q '&lt;/script&gt;' "$TMP/t.svg" && ok "markup is text" || not_ok "markup is text"
# Node and edge counts as Graphviz sees them (legend nodes excluded).
n=$(grep -c 'class="node"' "$TMP/zh.svg"); e=$(grep -c 'class="edge"' "$TMP/zh.svg")
# 7 entities + 4 legend nodes; 8 relations (the legend's links are invisible).
[ "$n" = 11 ] && [ "$e" = 8 ] && ok "7+4 nodes, 8 edges drawn" || not_ok "7+4 nodes, 8 edges drawn (got $n, $e)"
finish

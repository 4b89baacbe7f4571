#!/bin/sh
# t-articles.sh: `query` and `draw` extract *.txt inputs on the fly, the
# same way `extract` does.
. "$(dirname "$0")/lib.sh"
ex="$NG_SRCDIR/examples/articles"

check "extract the examples" "$NEWSGRAPH" extract --format ntriples "$ex"/*.txt
sort "$TMP/out" >"$TMP/extracted.nt"

q='PREFIX schema: <https://schema.org/> SELECT DISTINCT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n'
check "query over articles" "$NEWSGRAPH" query -r tsv -e "$q" "$ex"/*.txt
cp "$TMP/out" "$TMP/from-articles.tsv"
check "query over their extraction" "$NEWSGRAPH" query -r tsv -e "$q" "$TMP/extracted.nt"
cmp -s "$TMP/out" "$TMP/from-articles.tsv" && ok "same answers" || not_ok "same answers"
[ "$(wc -l <"$TMP/out")" -gt 3 ] && ok "people found" || not_ok "people found"

check "draw articles" "$NEWSGRAPH" draw -f dot "$ex"/*.txt
cp "$TMP/out" "$TMP/a.dot"
check "draw their extraction" "$NEWSGRAPH" draw -f dot "$TMP/extracted.nt"
cmp -s "$TMP/out" "$TMP/a.dot" && ok "same drawing" || not_ok "same drawing"

expect_exit "a missing article" 1 "$NEWSGRAPH" query -e 'ASK {}' "$TMP/nope.txt"
expect_err "its message" "nope.txt: no such file"
finish

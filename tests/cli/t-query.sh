#!/bin/sh
# t-query.sh: `newsgraph query`: inputs, result formats, exit codes, messages.
. "$(dirname "$0")/lib.sh"

cat >"$TMP/d.ttl" <<'TTL'
@prefix : <http://example.org/> .
:wang :name "王芳"@zh ; :spokeAt :forum .
:lee :name "Lee, \"Jr\"" ; :spokeAt :forum .
:forum :name "Wuzhen Forum" .
TTL
Q='PREFIX : <http://example.org/> SELECT ?p ?n { ?p :spokeAt :forum ; :name ?n } ORDER BY ?n'

check "select -e, table by default" "$NEWSGRAPH" query -e "$Q" "$TMP/d.ttl"
if grep -q '^:lee ' "$TMP/out" && grep -q '"王芳"@zh' "$TMP/out" && grep -q '^(2 rows)$' "$TMP/out"; then
  ok "table uses prefixed names and counts rows"; else not_ok "table uses prefixed names and counts rows"; fi

check "tsv" "$NEWSGRAPH" query -r tsv -e "$Q" "$TMP/d.ttl"
printf '?p\t?n\n<http://example.org/lee>\t"Lee, \\"Jr\\""\n<http://example.org/wang>\t"王芳"@zh\n' >"$TMP/want"
if cmp -s "$TMP/out" "$TMP/want"; then ok "tsv content"; else not_ok "tsv content"; diff "$TMP/want" "$TMP/out" | sed 's/^/# /'; fi

check "csv" "$NEWSGRAPH" query -r csv -e "$Q" "$TMP/d.ttl"
printf 'p,n\r\nhttp://example.org/lee,"Lee, ""Jr"""\r\nhttp://example.org/wang,王芳\r\n' >"$TMP/want"
if cmp -s "$TMP/out" "$TMP/want"; then ok "csv content"; else not_ok "csv content"; fi

check "json" "$NEWSGRAPH" query -r json -e "$Q" "$TMP/d.ttl"
if python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); b=d["results"]["bindings"]; assert d["head"]["vars"]==["p","n"]; assert b[1]["n"]=={"type":"literal","value":"王芳","xml:lang":"zh"}' "$TMP/out" 2>"$TMP/err"; then
  ok "json is valid SPARQL results JSON"; else not_ok "json is valid SPARQL results JSON"; fi

check "xml" "$NEWSGRAPH" query -r xml -e "$Q" "$TMP/d.ttl"
if python3 -c 'import xml.dom.minidom,sys; d=xml.dom.minidom.parse(sys.argv[1]); assert len(d.getElementsByTagName("result"))==2' "$TMP/out" 2>"$TMP/err"; then
  ok "xml is well-formed with two results"; else not_ok "xml is well-formed with two results"; fi

printf '%s\n' "$Q" >"$TMP/q.rq"
check "query from a file" "$NEWSGRAPH" query -q "$TMP/q.rq" -r tsv "$TMP/d.ttl"
check "query from standard input" sh -c "\"$NEWSGRAPH\" query -q - -r tsv \"$TMP/d.ttl\" <\"$TMP/q.rq\""
if [ "$(wc -l <"$TMP/out")" = 3 ]; then ok "stdin query answered"; else not_ok "stdin query answered"; fi

expect_exit "ASK false exits 0" 0 "$NEWSGRAPH" query -e 'ASK { <http://example.org/x> ?p ?o }' "$TMP/d.ttl"
if [ "$(cat "$TMP/out")" = false ]; then ok "ASK prints false"; else not_ok "ASK prints false"; fi
expect_exit "ASK true exits 0" 0 "$NEWSGRAPH" query -e 'ASK { ?s ?p ?o }' "$TMP/d.ttl"
if [ "$(cat "$TMP/out")" = true ]; then ok "ASK prints true"; else not_ok "ASK prints true"; fi

expect_exit "CONSTRUCT as N-Triples" 0 "$NEWSGRAPH" query -r ntriples -e 'CONSTRUCT { ?f <http://example.org/speaker> ?p } WHERE { ?p <http://example.org/spokeAt> ?f }' "$TMP/d.ttl"
if [ "$(wc -l <"$TMP/out")" = 2 ]; then ok "CONSTRUCT gives two triples"; else not_ok "CONSTRUCT gives two triples"; fi

printf 'SELECT ?x\nWHERE { ?x ?p }\n' >"$TMP/bad.rq"
expect_exit "syntax error exits 1" 1 "$NEWSGRAPH" query -q "$TMP/bad.rq" "$TMP/d.ttl"
expect_err "syntax error names file, line and column" "^$TMP/bad.rq:2:15: error: expected a variable or a term near '}'\$"
expect_exit "unsupported feature exits 1" 1 "$NEWSGRAPH" query -e 'SELECT * { SERVICE <x> { ?s ?p ?o } }' "$TMP/d.ttl"
expect_err "unsupported feature message" "^newsgraph: error: not supported: SERVICE$"
expect_exit "no query is a usage error" 2 "$NEWSGRAPH" query "$TMP/d.ttl"
expect_exit "both -e and -q is a usage error" 2 "$NEWSGRAPH" query -e 'ASK {}' -q "$TMP/q.rq"
expect_exit "unknown result format" 2 "$NEWSGRAPH" query -r yaml -e 'ASK {}'
expect_exit "unknown option" 2 "$NEWSGRAPH" query --frobnicate -e 'ASK {}'
expect_exit "missing data file" 1 "$NEWSGRAPH" query -e 'ASK {}' "$TMP/none.ttl"
expect_exit "--help" 0 "$NEWSGRAPH" query --help
expect_exit "--explain" 0 "$NEWSGRAPH" query --explain -e "$Q" "$TMP/d.ttl"
if grep -q 'actual' "$TMP/out" && grep -q '^2 results$' "$TMP/out"; then ok "explain shows actual rows"; else not_ok "explain shows actual rows"; fi
expect_exit "output file" 0 "$NEWSGRAPH" query -o "$TMP/res.tsv" -r tsv -e "$Q" "$TMP/d.ttl"
if [ -s "$TMP/res.tsv" ]; then ok "output file written"; else not_ok "output file written"; fi
# Integer arithmetic out of 64 bits is an error (the value is unbound),
# never a wrapped number (fuzz finding 7, tests/fuzz/README.md).
printf '<http://a/s> <http://a/p> 9223372036854775807, 1 .\n' >"$TMP/big.ttl"
check "integer overflow" "$NEWSGRAPH" query -r tsv -e 'SELECT ?a ?b ?c ?d ?e ?f ?g { BIND(9223372036854775807 + 1 AS ?a) BIND(-9223372036854775807 - 2 AS ?b) BIND(4611686018427387904 * 2 AS ?c) BIND(9223372036854775806 + 1 AS ?d) BIND(ABS(-9223372036854775807 - 1) AS ?e) BIND(99999999999999999999 + 0 AS ?f) BIND(-(-9223372036854775807 - 1) AS ?g) }' "$TMP/big.ttl"
printf '?a\t?b\t?c\t?d\t?e\t?f\t?g\n\t\t\t9223372036854775807\t\t\t\n' >"$TMP/want"
if cmp -s "$TMP/out" "$TMP/want"; then ok "overflowing results are unbound, the largest integer is kept"; else not_ok "overflowing results are unbound, the largest integer is kept"; diff "$TMP/want" "$TMP/out" | sed 's/^/# /'; fi
check "integer SUM overflow" "$NEWSGRAPH" query -r tsv -e 'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> SELECT (SUM(?o) AS ?s) (xsd:integer(1e300) AS ?i) { ?x ?p ?o }' "$TMP/big.ttl"
printf '?s\t?i\n\t\n' >"$TMP/want"
if cmp -s "$TMP/out" "$TMP/want"; then ok "an overflowing SUM and an out-of-range cast are unbound"; else not_ok "an overflowing SUM and an out-of-range cast are unbound"; diff "$TMP/want" "$TMP/out" | sed 's/^/# /'; fi
if [ -w /dev/full ]; then
  expect_exit "write error is reported" 1 sh -c "\"$NEWSGRAPH\" query -r tsv -e '$Q' \"$TMP/d.ttl\" >/dev/full"
fi
finish

#!/bin/sh
# t-endpoint.sh: `newsgraph query --endpoint` against a fake SPARQL endpoint
# (tests/integration/fake-endpoint.py on a loopback port): the result
# formats, and HTTP errors, bad answers, refused connections and timeouts.
. "$(dirname "$0")/../cli/lib.sh"
# Loopback servers only: no HTTP proxy of the environment in between.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
if ! command -v python3 >/dev/null 2>&1; then
  echo "1..0 # SKIP python3 not installed"; exit 0
fi
python3 "$NG_SRCDIR/tests/integration/fake-endpoint.py" "$TMP/port" &
FPID=$!
trap 'kill $FPID 2>/dev/null || true; wait $FPID 2>/dev/null || true; rm -rf "$TMP"' EXIT
i=0
while [ ! -s "$TMP/port" ] && [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done
[ -s "$TMP/port" ] || { echo "Bail out! the fake endpoint did not start"; exit 1; }
URL=http://127.0.0.1:$(cat "$TMP/port")
Q='SELECT ?s ?name ?n WHERE { ?s ?p ?name }'

check "--endpoint -r json" "$NEWSGRAPH" query --endpoint "$URL/ok" -r json -e "$Q"
if grep -q '"xml:lang": "zh"' "$TMP/out" && grep -q '"datatype": "http://www.w3.org/2001/XMLSchema#integer"' "$TMP/out" \
   && grep -q '"type": "bnode", "value": "b1001"' "$TMP/out"; then ok "json: lang, typed-literal as datatype, bnode"
else not_ok "json: lang, typed-literal as datatype, bnode"; sed 's/^/# /' "$TMP/out"; fi
check "--endpoint -r csv" "$NEWSGRAPH" query --endpoint "$URL/ok" -r csv -e "$Q"
printf 's,name,n\r\nhttps://w3id.org/newsgraph/id/person/li-wenjie,李文杰,3\r\n_:b1001,"a ""quoted"", name",\r\n' >"$TMP/want"
if cmp -s "$TMP/want" "$TMP/out"; then ok "csv as the in-memory writer"; else not_ok "csv"; sed 's/^/# /' "$TMP/out"; fi
check "--endpoint table" "$NEWSGRAPH" query --endpoint "$URL/ok" -e "$Q"
if grep -q '(2 rows)' "$TMP/out"; then ok "table: 2 rows"; else not_ok "table: 2 rows"; sed 's/^/# /' "$TMP/out"; fi
check "--endpoint -r tsv" "$NEWSGRAPH" query --endpoint "$URL/ok" -r tsv -e "$Q"
if grep -q '"李文杰"@zh	3$' "$TMP/out"; then ok "tsv: short integer form"; else not_ok "tsv"; sed 's/^/# /' "$TMP/out"; fi
check "--endpoint ASK" "$NEWSGRAPH" query --endpoint "$URL/ask" -e 'ASK { ?s ?p ?o }'
if [ "$(cat "$TMP/out")" = true ]; then ok "ASK: true"; else not_ok "ASK: $(cat "$TMP/out")"; fi
check "--endpoint ASK, Virtuoso's form" "$NEWSGRAPH" query --endpoint "$URL/ask0" -r json -e 'ASK { ?s ?p ?o }'
if grep -q '"boolean": false' "$TMP/out"; then ok "ASK: __ASK_RETVAL 0 is false"; else not_ok "ASK: __ASK_RETVAL 0"; sed 's/^/# /' "$TMP/out"; fi
check "--endpoint -o FILE" "$NEWSGRAPH" query --endpoint "$URL/ok" -r xml -o "$TMP/r.xml" -e "$Q"
if grep -q '<literal xml:lang="zh">李文杰</literal>' "$TMP/r.xml"; then ok "xml file written"; else not_ok "xml file written"; fi

# The query goes as is, even beyond the local engine's subset.
QX='SELECT (GROUP_CONCAT(?x; separator="&") AS ?q) WHERE { VALUES ?x { "a+b" "ü" } } # &=%'
check "a query text is sent unchanged" "$NEWSGRAPH" query --endpoint "$URL/echo" -r tsv -e "$QX"
if [ "$(sed -n 2p "$TMP/out")" = "\"$(printf '%s' "$QX" | sed 's/"/\\"/g')\"" ]; then ok "the endpoint received the query byte for byte"
else not_ok "the endpoint received the query byte for byte"; sed 's/^/# /' "$TMP/out"; fi

expect_exit "HTTP 500 exits 1" 1 "$NEWSGRAPH" query --endpoint "$URL/error" -e "$Q"
expect_err "HTTP 500: status and reason" 'HTTP 500 Internal Server Error'
expect_err "HTTP 500: the server's message" 'SP030: SPARQL compiler, line 1'
expect_exit "HTTP 404 exits 1" 1 "$NEWSGRAPH" query --endpoint "$URL/nowhere" -e "$Q"
expect_err "HTTP 404 shown" 'HTTP 404'
expect_exit "bad JSON exits 1" 1 "$NEWSGRAPH" query --endpoint "$URL/badjson" -e "$Q"
expect_err "bad JSON shown" 'not SPARQL JSON results'
expect_exit "an HTML answer exits 1" 1 "$NEWSGRAPH" query --endpoint "$URL/html" -e "$Q"
expect_err "an HTML answer shown with its type" 'text/html.*not application/sparql-results\+json'
expect_exit "--timeout 1 against a slow endpoint exits 1" 1 \
  "$NEWSGRAPH" query --endpoint "$URL/slow" --timeout 1 -e "$Q"
expect_err "timeout shown" 'no answer within 1 s'

# A port nobody listens on: bind one, close it, use it.
DEAD=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
expect_exit "connection refused exits 1" 1 "$NEWSGRAPH" query --endpoint "http://127.0.0.1:$DEAD/sparql" -e "$Q"
expect_err "connection refused shown" 'cannot connect: .*(refused|Could not connect)'
expect_exit "a non-HTTP URL exits 1" 1 "$NEWSGRAPH" query --endpoint "ftp://example.org/sparql" -e "$Q"
expect_err "a non-HTTP URL shown" 'not an http\(s\) URL'
expect_exit "--endpoint with DATA files is a usage error" 2 \
  "$NEWSGRAPH" query --endpoint "$URL/ok" -e "$Q" "$NG_SRCDIR/examples/forum.ttl"
expect_exit "a negative --timeout is a usage error" 2 \
  "$NEWSGRAPH" query --endpoint "$URL/ok" --timeout -1 -e "$Q"
finish

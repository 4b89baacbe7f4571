#!/bin/sh
# t-limits.sh: hostile queries end with a clear error (exit 1, a message),
# never a crash (issue 8: limits instead of exhaustion): nesting depth
# (src/query/parser.c MAX_DEPTH), --timeout, --max-memory and
# --max-path-depth of local evaluation (src/query/exec.c).
. "$NG_SRCDIR/tests/cli/lib.sh"
printf '<http://a/s> <http://a/p> "1" .\n' >"$TMP/one.nt"

# deep NAME TODO-REASON PREFIX ATOM SUFFIX-FOR-OPEN OPEN CLOSE N
deep () {
  name=$1 todo=$2 head=$3 open=$4 atom=$5 close=$6 tail=$7 n=$8
  awk -v n="$n" -v h="$head" -v o="$open" -v a="$atom" -v c="$close" -v t="$tail" \
    'BEGIN { s = h; for (i = 0; i < n; i++) s = s o; s = s a; for (i = 0; i < n; i++) s = s c; print s t }' \
    </dev/null >"$TMP/q.rq"
  set +e; "$NEWSGRAPH" query -q "$TMP/q.rq" "$TMP/one.nt" >"$TMP/out" 2>"$TMP/err"; got=$?; set -e
  n_test=$((n_test + 1))
  if [ "$got" = 1 ] && grep -q 'error' "$TMP/err"; then
    echo "ok $n_test - $name: refused with a clear error${todo:+ # TODO $todo}"
  elif [ "$got" = 0 ]; then
    # Answering is fine as long as nothing crashed.
    echo "ok $n_test - $name: answered${todo:+ # TODO $todo}"
  elif [ -n "$todo" ]; then
    echo "not ok $n_test - $name (exit $got) # TODO $todo"
  else
    n_fail=$((n_fail + 1)); echo "not ok $n_test - $name (exit $got)"; sed 's/^/# /' "$TMP/err" | head -5
  fi
}
NEST="" # src/query refuses more than MAX_DEPTH levels (parser.c)
# Moderate depths must work today.
deep "1000 nested groups" "" 'SELECT * WHERE ' '{' '?s ?p ?o' '}' '' 1000
deep "1000 nested parentheses" "" 'SELECT * WHERE { ?s ?p ?o FILTER (' '(' '1' ')' ') }' 1000
# Hostile depths: a clear error is wanted.
deep "100000 nested groups" "$NEST" 'SELECT * WHERE ' '{' '?s ?p ?o' '}' '' 100000
deep "100000 nested parentheses" "$NEST" 'SELECT * WHERE { ?s ?p ?o FILTER (' '(' '1' ')' ') }' 100000
deep "100000 negations" "$NEST" 'SELECT * WHERE { ?s ?p ?o FILTER (' '!' 'true' '' ') }' 100000
deep "100000 nested path groups" "$NEST" 'SELECT * WHERE { ?s ' '(' '<http://a/p>' ')' ' ?o }' 100000

# Resource limits of local evaluation: exit 1 and a message naming the
# limit and the option that raises it, never a crash or exhaustion.
awk 'BEGIN { for (i = 0; i < 3000; i++) printf "<http://a/n%d> <http://a/next> <http://a/n%d> .\n", i, i + 1 }' \
  </dev/null >"$TMP/chain.nt"
# limit NAME WANT-IN-MESSAGE ARGS...: exit 1 and the message.  (Streaming
# formats may have written some rows before the limit: the exit status and
# the message say they are incomplete.)
limit () {
  l_name=$1 l_want=$2; shift 2
  expect_exit "$l_name: exit 1" 1 "$NEWSGRAPH" query "$@"
  if grep -q -- "$l_want.*(0: no limit)" "$TMP/err"; then ok "$l_name: the message names $l_want"
  else not_ok "$l_name: the message names $l_want"; sed 's/^/# /' "$TMP/err"; fi
}
# 3000^3 rows: far more than a second's work, whatever the machine.
limit "--timeout" "--timeout" --timeout 0.2 -e 'SELECT (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }' "$TMP/chain.nt"
if [ "$(cat "$TMP/out")" = "" ]; then ok "--timeout: nothing on standard output"; else not_ok "--timeout: nothing on standard output"; fi
limit "--timeout with ORDER BY" "--timeout" --timeout 0.2 -r tsv -e 'SELECT ?a ?c { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f } ORDER BY ?a' "$TMP/chain.nt"
limit "--max-memory with DISTINCT" "--max-memory" --max-memory 1 -r tsv -e 'SELECT DISTINCT ?a ?c { ?a ?p ?b . ?c ?q ?d }' "$TMP/chain.nt"
limit "--max-memory with ORDER BY" "--max-memory" --max-memory 1 -r json -e 'SELECT ?a ?c { ?a ?p ?b . ?c ?q ?d } ORDER BY ?c' "$TMP/chain.nt"
if ! grep -q '^}' "$TMP/out"; then ok "--max-memory: no closing brace, the JSON does not look whole"; else not_ok "--max-memory: no closing brace, the JSON does not look whole"; fi
limit "--max-memory with GROUP BY" "--max-memory" --max-memory 1 -e 'SELECT ?a ?c (COUNT(*) AS ?n) { ?a ?p ?b . ?c ?q ?d } GROUP BY ?a ?c' "$TMP/chain.nt"
limit "--max-memory with a path" "--max-memory" --max-memory 5 -e 'SELECT (COUNT(*) AS ?n) { ?s <http://a/next>* ?o }' "$TMP/chain.nt"
limit "--max-path-depth" "--max-path-depth" --max-path-depth 100 -e 'ASK { <http://a/n0> <http://a/next>+ <http://a/n3000> }' "$TMP/chain.nt"
limit "--max-path-depth with CONSTRUCT" "--max-path-depth" --max-path-depth 100 -e 'CONSTRUCT { <http://a/n0> <http://a/reaches> ?o } WHERE { <http://a/n0> <http://a/next>* ?o }' "$TMP/chain.nt"
# Within the limits, the same queries answer.
expect_exit "a path within --max-path-depth" 0 "$NEWSGRAPH" query --max-path-depth 3000 -r tsv -e 'SELECT (COUNT(*) AS ?n) { <http://a/n0> <http://a/next>* ?o }' "$TMP/chain.nt"
if [ "$(tail -n 1 "$TMP/out")" = 3001 ]; then ok "the path reaches 3001 nodes"; else not_ok "the path reaches 3001 nodes"; fi
expect_exit "DISTINCT within --max-memory" 0 "$NEWSGRAPH" query --max-memory 64 -r tsv -e 'SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a ?p ?b . ?c ?q ?d FILTER (?c = <http://a/n7>) }' "$TMP/chain.nt"
expect_exit "--timeout with a quick query" 0 "$NEWSGRAPH" query --timeout 60 -e 'ASK { ?s ?p ?o }' "$TMP/chain.nt"
expect_exit "--timeout 0 is no limit" 0 "$NEWSGRAPH" query --timeout 0 -e 'ASK { ?s ?p ?o }' "$TMP/chain.nt"
expect_exit "a negative --timeout is a usage error" 2 "$NEWSGRAPH" query --timeout -3 -e 'ASK {}'
expect_exit "a negative --max-memory is a usage error" 2 "$NEWSGRAPH" query --max-memory -3 -e 'ASK {}'
# DESCRIBE of a long blank-node chain (an RDF list) is iterative, not recursive.
awk 'BEGIN { printf "<http://a/l> <http://a/list> _:b0 .\n"; for (i = 0; i < 200000; i++) printf "_:b%d <http://a/rest> _:b%d .\n", i, i + 1 }' </dev/null >"$TMP/list.nt"
expect_exit "DESCRIBE of a 200000-node blank chain" 0 "$NEWSGRAPH" query -r ntriples -e 'DESCRIBE <http://a/l>' "$TMP/list.nt"
if [ "$(wc -l <"$TMP/out")" = 200001 ]; then ok "DESCRIBE follows the whole chain"; else not_ok "DESCRIBE follows the whole chain"; fi
# Articles: a file or a line over the limits is refused with an error that
# names the limit; the other files are still extracted (exit 1).
if "$NEWSGRAPH" --help | grep -q '^ *extract '; then
  printf 'Harbor Forum held in Ningbo\n\nThe Harbor Forum was held in Ningbo on Tuesday.\n' >"$TMP/ok.txt"
  { printf 'Headline\r\n\r\n'; head -c 2200000 /dev/zero | tr '\0' 'x'; printf '\r\n'; } >"$TMP/longline.txt"
  expect_exit "a line over --max-line-length" 1 "$NEWSGRAPH" extract -f ntriples --max-line-length 2 "$TMP/longline.txt" "$TMP/ok.txt"
  expect_err "the message names the file, line and option" "longline.txt:3: a line is longer than the limit of 2 MB; raise it with --max-line-length"
  if grep -q 'ok-txt' "$TMP/out"; then ok "the other article is still extracted"; else not_ok "the other article is still extracted"; fi
  expect_exit "a file over --max-article-size" 1 "$NEWSGRAPH" extract --max-article-size 2 "$TMP/longline.txt"
  expect_err "the message names the option" "longline.txt: the article is larger than the limit of 2 MB; raise it with --max-article-size"
  expect_exit "standard input over --max-article-size" 1 sh -c "\"$NEWSGRAPH\" extract --max-article-size 2 - <\"$TMP/longline.txt\""
  expect_exit "within the limits (defaults)" 0 "$NEWSGRAPH" extract "$TMP/longline.txt"
  expect_exit "0 is no limit" 0 "$NEWSGRAPH" extract --max-article-size 0 --max-line-length 0 "$TMP/longline.txt"
  expect_exit "a negative limit is a usage error" 2 "$NEWSGRAPH" extract --max-line-length -1 "$TMP/ok.txt"
else
  skip "article limits" "newsgraph has no extract command"
fi
finish

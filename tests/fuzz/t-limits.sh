#!/bin/sh
# t-limits.sh: hostile queries end with a clear error (exit 1, a message),
# never a crash (issue 8: limits instead of exhaustion).  The query engine
# has no nesting-depth limit yet: 100 000 nested groups, parentheses,
# negations or path groups overflow the stack (SIGSEGV).  Those lines are
# TODO (XFAIL) until src/query refuses them; a crash is never accepted as
# a pass, and a clear error will show as XPASS, the cue to drop the TODO.
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

# Options for resource limits the issue asks for: their absence is a TODO.
"$NEWSGRAPH" query --help >"$TMP/help" 2>&1 || true
for opt in --timeout --max-memory; do
  n_test=$((n_test + 1))
  # (--timeout of --endpoint, for remote queries, does not count.)
  if grep -- "$opt" "$TMP/help" | grep -vq 'With --endpoint'; then echo "ok $n_test - query has $opt # TODO add a test of $opt"
  else echo "not ok $n_test - query has $opt # TODO not implemented in newsgraph query yet"; fi
done
finish

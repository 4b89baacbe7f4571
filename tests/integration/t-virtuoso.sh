#!/bin/sh
# t-virtuoso.sh: a real Virtuoso in the tests.  Starts its own Virtuoso on
# free loopback ports in a temporary directory, bulk-loads N-Quads
# (ld_dir + rdf_loader_run), checks the loader's error list, runs the
# example queries through Virtuoso's SPARQL endpoint and through
# `newsgraph query` (in memory, and with --endpoint), compares the answers
# as multisets of solutions, and stops the server.  Skips when Virtuoso
# (Debian: virtuoso-opensource) is not installed.
. "$(dirname "$0")/../cli/lib.sh"
# Loopback servers only: no HTTP proxy of the environment in between.
unset http_proxy https_proxy HTTP_PROXY HTTPS_PROXY all_proxy ALL_PROXY no_proxy NO_PROXY
HERE=$NG_SRCDIR/tests/integration
PY="python3 $HERE/sparql-json.py"

if ! command -v virtuoso-t >/dev/null 2>&1 || ! command -v isql-vt >/dev/null 2>&1; then
  echo "1..0 # SKIP virtuoso-t or isql-vt not installed (Debian package virtuoso-opensource)"
  exit 0
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "1..0 # SKIP python3 not installed"
  exit 0
fi

# Two free loopback ports (SQL, HTTP).
set -- $(python3 -c '
import socket
ss = [socket.socket() for _ in range(2)]
for s in ss: s.bind(("127.0.0.1", 0))
print(*[s.getsockname()[1] for s in ss])')
P1=$1 P2=$2
V=$TMP/virtuoso DATA=$TMP/data BROKEN=$TMP/broken
mkdir -p "$V" "$DATA" "$BROKEN"
cat >"$V/virtuoso.ini" <<INI
[Database]
DatabaseFile=$V/virtuoso.db
ErrorLogFile=$V/virtuoso.log
LockFile=$V/virtuoso.lck
TransactionFile=$V/virtuoso.trx
xa_persistent_file=$V/virtuoso.pxa
ErrorLogLevel=7
FileExtend=200
MaxCheckpointRemap=2000
Striping=0
TempStorage=TempDatabase

[TempDatabase]
DatabaseFile=$V/virtuoso-temp.db
TransactionFile=$V/virtuoso-temp.trx
MaxCheckpointRemap=2000
Striping=0

[Parameters]
ServerPort=127.0.0.1:$P1
DisableUnixSocket=1
ServerThreads=10
CheckpointInterval=0
NumberOfBuffers=10000
MaxDirtyBuffers=6000
DirsAllowed=., $DATA, $BROKEN

[HTTPServer]
ServerPort=127.0.0.1:$P2
ServerRoot=/var/lib/virtuoso-opensource-7/vsp
ServerThreads=4
MaxKeepAlives=4
EnabledDavVSP=0

[SPARQL]
ResultSetMaxRows=100000
MaxQueryExecutionTime=120
INI

VPID=
stop_virtuoso () {
  if [ -n "$VPID" ]; then
    kill "$VPID" 2>/dev/null || true
    wait "$VPID" 2>/dev/null || true
    VPID=
  fi
}
trap 'stop_virtuoso; rm -rf "$TMP"' EXIT
trap 'exit 1' INT TERM HUP

(cd "$V" && exec virtuoso-t -f -c virtuoso.ini) >"$V/stdout.log" 2>&1 &
VPID=$!

sql () { isql-vt "$P1" dba dba exec="$1" 2>&1; }

# Start-up takes from seconds to minutes on a loaded machine.
up=no
i=0
while [ $i -lt 300 ]; do
  if ! kill -0 "$VPID" 2>/dev/null; then break; fi
  if sql "select 1;" | grep -q '1 Rows'; then up=yes; break; fi
  sleep 1; i=$((i + 1))
done
if [ "$up" = yes ]; then ok "virtuoso started on 127.0.0.1:$P1 (SQL), :$P2 (HTTP) in ${i}s"; else
  not_ok "virtuoso started"; tail -20 "$V/virtuoso.log" "$V/stdout.log" 2>/dev/null | sed 's/^/# /'
  finish; exit 1
fi

# The data: the invented articles of tests/data/integration, the seeds'
# extraction when ../shared is present, else the example articles'.
check "articles.trig to N-Quads" \
  "$NEWSGRAPH" convert -o nquads "$NG_SRCDIR/tests/data/integration/articles.trig"
cp "$TMP/out" "$DATA/articles.nq"
if "$NEWSGRAPH" extract --help >/dev/null 2>&1 && [ -d "$NG_SHARED/corpus/seeds" ]; then
  check "extract the seeds as N-Quads" \
    "$NEWSGRAPH" extract --format nquads "$NG_SHARED"/corpus/seeds/*.txt
  cp "$TMP/out" "$DATA/seeds.nq"
else
  # Without ../shared: the example articles (they name hosts, speakers and posts).
  check "extract the example articles as N-Quads (no \$NG_SHARED)" \
    "$NEWSGRAPH" extract --format nquads "$NG_SRCDIR"/examples/articles/*.txt
  cp "$TMP/out" "$DATA/examples.nq"
fi

# loader_errors DIR: "FILE: ERROR" for each file of DIR the loader failed on
# (rdf_loader_run itself reports success either way).
loader_errors () {
  sql "select concat('LLERR|', ll_file, '|', ll_error) from DB.DBA.load_list
       where ll_file like '$1/%' and ll_error is not null;" | sed -n 's/^LLERR|//p'
}
# loader_done DIR: how many files of DIR the loader has finished (state 2).
loader_done () {
  sql "select concat('LLDONE|', cast(count(*) as varchar)) from DB.DBA.load_list
       where ll_file like '$1/%' and ll_state = 2;" | sed -n 's/^LLDONE|//p'
}

sql "ld_dir('$DATA', '*.nq', 'urn:x-default'); rdf_loader_run(); checkpoint;" >"$TMP/load.log"
n_files=$(ls "$DATA"/*.nq | wc -l)
if [ "$(loader_done "$DATA")" = "$n_files" ]; then ok "bulk load: $n_files files done"; else
  not_ok "bulk load: $(loader_done "$DATA") of $n_files files done"; sed 's/^/# /' "$TMP/load.log"; fi
loader_errors "$DATA" >"$TMP/errors"
if [ ! -s "$TMP/errors" ]; then ok "bulk load: no file in DB.DBA.load_list.ll_error"; else
  not_ok "bulk load: files with errors"; sed 's/^/# /' "$TMP/errors"; fi

ENDPOINT=http://127.0.0.1:$P2/sparql
for q in "$NG_SRCDIR"/examples/queries/*.rq; do
  qn=$(basename "$q" .rq)
  if $PY fetch "$ENDPOINT" "$q" >"$TMP/$qn.virtuoso.json" 2>"$TMP/err"; then
    ok "$qn: Virtuoso answers"; else not_ok "$qn: Virtuoso answers"; sed 's/^/# /' "$TMP/err"; fi
  check "$qn: newsgraph query (in memory)" "$NEWSGRAPH" query -r json -q "$q" "$DATA"/*.nq
  cp "$TMP/out" "$TMP/$qn.local.json"
  n=$($PY count "$TMP/$qn.local.json" 2>/dev/null || echo 0)
  if [ "$n" -gt 0 ]; then ok "$qn: $n solutions"; else not_ok "$qn: no solutions"; fi
  if $PY compare "$TMP/$qn.virtuoso.json" "$TMP/$qn.local.json" >"$TMP/diff" 2>&1; then
    ok "$qn: Virtuoso and newsgraph agree"; else
    not_ok "$qn: Virtuoso and newsgraph agree"; sed 's/^/# /' "$TMP/diff"; fi
  check "$qn: newsgraph query --endpoint" \
    "$NEWSGRAPH" query --endpoint "$ENDPOINT" --timeout 120 -r json -q "$q"
  cp "$TMP/out" "$TMP/$qn.remote.json"
  if $PY compare "$TMP/$qn.virtuoso.json" "$TMP/$qn.remote.json" >"$TMP/diff" 2>&1; then
    ok "$qn: --endpoint gives Virtuoso's answer"; else
    not_ok "$qn: --endpoint gives Virtuoso's answer"; sed 's/^/# /' "$TMP/diff"; fi
done

# The other result forms through --endpoint.
Q='PREFIX schema: <https://schema.org/> SELECT DISTINCT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name'
for f in table tsv csv xml; do
  check "--endpoint -r $f" "$NEWSGRAPH" query --endpoint "$ENDPOINT" -r $f -e "$Q"
  cp "$TMP/out" "$TMP/remote.$f"
  "$NEWSGRAPH" query -r $f -e "$Q" "$DATA"/*.nq >"$TMP/local.$f"
  # Same rows as in memory (sorted: Virtuoso's collation may differ).
  if [ "$(sort "$TMP/remote.$f")" = "$(sort "$TMP/local.$f")" ]; then ok "--endpoint -r $f as in memory"
  else not_ok "--endpoint -r $f as in memory"; diff "$TMP/local.$f" "$TMP/remote.$f" | head | sed 's/^/# /'; fi
done
check "--endpoint ASK" "$NEWSGRAPH" query --endpoint "$ENDPOINT" \
  -e 'PREFIX schema: <https://schema.org/> ASK { ?e a schema:Event }'
if [ "$(cat "$TMP/out")" = true ]; then ok "ASK answers true"; else not_ok "ASK answers true: $(cat "$TMP/out")"; fi
check "--endpoint CONSTRUCT as N-Triples" "$NEWSGRAPH" query --endpoint "$ENDPOINT" -r ntriples \
  -e 'PREFIX schema: <https://schema.org/> CONSTRUCT { ?e schema:location ?p } WHERE { ?e schema:location ?p }'
sort "$TMP/out" >"$TMP/construct.remote"
"$NEWSGRAPH" query -r ntriples \
  -e 'PREFIX schema: <https://schema.org/> CONSTRUCT { ?e schema:location ?p } WHERE { ?e schema:location ?p }' \
  "$DATA"/*.nq | sort >"$TMP/construct.local"
if [ -s "$TMP/construct.local" ] && cmp -s "$TMP/construct.local" "$TMP/construct.remote"; then
  ok "CONSTRUCT: same triples as in memory"; else
  not_ok "CONSTRUCT: same triples as in memory"; diff "$TMP/construct.local" "$TMP/construct.remote" | head | sed 's/^/# /'; fi
expect_exit "--endpoint: a query Virtuoso rejects exits 1" 1 \
  "$NEWSGRAPH" query --endpoint "$ENDPOINT" -e 'SELECT ?x WHERE { ?x <urn:p> }'
expect_err "--endpoint: the HTTP status and Virtuoso's message" 'HTTP [45][0-9][0-9]'

# A broken file IS reported by the error check (loaded last: a partly
# loaded file must not disturb the comparisons above).
printf '<urn:a> <urn:b> <urn:c> <urn:g> .\n<urn:a> <urn:b> "unterminated <urn:g> .\n' >"$BROKEN/broken.nq"
sql "ld_dir('$BROKEN', '*.nq', 'urn:x-broken'); rdf_loader_run(); checkpoint;" >"$TMP/load2.log"
loader_errors "$BROKEN" >"$TMP/errors"
if grep -q 'broken.nq' "$TMP/errors"; then ok "a broken file is reported by the ll_error check"
else not_ok "a broken file is reported by the ll_error check"; sed 's/^/# /' "$TMP/load2.log"; fi

stop_virtuoso
finish

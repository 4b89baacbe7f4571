#!/bin/sh
# t-determinism.sh: every subcommand twice on the same input gives the same
# bytes, and the same bytes again when the input order is shuffled where it
# must not matter (files on the command line, statement order inside a
# file).  Runs extract as well when the binary has it.
. "$(dirname "$0")/lib.sh"
R=$NG_SRCDIR/tests/data/rdfio
V=$NG_SRCDIR/tests/data/viz
A=$R/news.ttl B=$V/en.ttl C=$V/zh.ttl

# same NAME FILE1 FILE2: a TAP line saying whether the files are identical.
same () {
  if cmp -s "$2" "$3"; then ok "$1"; else
    not_ok "$1"; cmp "$2" "$3" 2>&1 | sed 's/^/# /'; diff "$2" "$3" 2>&1 | head -10 | sed 's/^/# /'; fi
}

# twice NAME CMD...: runs CMD twice (stdout to files) and compares.
n_run=0
twice () {
  name=$1; shift
  n_run=$((n_run + 1))
  if "$@" >"$TMP/r$n_run.1" 2>"$TMP/err" && "$@" >"$TMP/r$n_run.2" 2>>"$TMP/err"; then
    same "$name: twice the same bytes" "$TMP/r$n_run.1" "$TMP/r$n_run.2"
  else
    not_ok "$name runs"; sed 's/^/# /' "$TMP/err" | head -10
  fi
}

# orders NAME CMD -- FILES...: CMD FILES and CMD with FILES reversed give the same bytes.
orders () {
  name=$1; shift
  n_run=$((n_run + 1))
  cmd=""
  while [ "$1" != "--" ]; do cmd="$cmd '$1'"; shift; done
  shift
  fwd="" rev=""
  for arg in "$@"; do fwd="$fwd '$arg'"; rev="'$arg' $rev"; done
  if sh -c "$cmd $fwd" >"$TMP/o$n_run.1" 2>"$TMP/err" && sh -c "$cmd $rev" >"$TMP/o$n_run.2" 2>>"$TMP/err"; then
    same "$name: file order does not matter" "$TMP/o$n_run.1" "$TMP/o$n_run.2"
  else
    not_ok "$name runs in both orders"; sed 's/^/# /' "$TMP/err" | head -10
  fi
}

# A deterministic shuffle of the lines of a file (no shuf --random-source
# dependence on the coreutils version): sort by a hash of each line.
shuffle () {
  awk '{ h = 0; for (i = 1; i <= length($0); i++) h = (h * 31 + index(" !\"#$%&'"'"'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~", substr($0, i, 1)) + 7) % 1000003; printf "%07d\t%s\n", h, $0 }' "$1" |
    sort | cut -f2-
}

# The inputs as N-Triples, and the same statements in another order.
"$NEWSGRAPH" convert -o ntriples "$A" "$B" "$C" >"$TMP/all.nt"
shuffle "$TMP/all.nt" >"$TMP/shuf.nt"
if ! cmp -s "$TMP/all.nt" "$TMP/shuf.nt" && [ "$(sort "$TMP/all.nt" | cksum)" = "$(sort "$TMP/shuf.nt" | cksum)" ]; then
  ok "the shuffled copy holds the same lines in another order"
else
  not_ok "the shuffled copy holds the same lines in another order"
fi
# Three N-Triples files without blank nodes, and the Turtle files
# themselves, which hold blank nodes (their scope is named by the file's
# statements, not its position: rdfio/load.c) and bind the prefix ng: to
# two IRIs (the IRI first in byte order wins: ng_store_add_prefix).
grep -v '_:' "$TMP/all.nt" >"$TMP/noblank.nt"
n=$(wc -l <"$TMP/noblank.nt")
head -n $((n / 3)) "$TMP/noblank.nt" >"$TMP/p1.nt"
sed -n "$((n / 3 + 1)),$((2 * n / 3))p" "$TMP/noblank.nt" >"$TMP/p2.nt"
tail -n +$((2 * n / 3 + 1)) "$TMP/noblank.nt" >"$TMP/p3.nt"
P1=$TMP/p1.nt P2=$TMP/p2.nt P3=$TMP/p3.nt

# ---- convert ----------------------------------------------------------
for fmt in turtle ntriples nquads trig; do
  twice "convert -o $fmt" "$NEWSGRAPH" convert -o $fmt "$A" "$B" "$C"
  orders "convert -o $fmt" "$NEWSGRAPH" convert -o $fmt -- "$P1" "$P2" "$P3"
  orders "convert -o $fmt (Turtle files)" "$NEWSGRAPH" convert -o $fmt -- "$A" "$B" "$C"
  "$NEWSGRAPH" convert -o $fmt "$TMP/all.nt" >"$TMP/c1" 2>/dev/null || true
  "$NEWSGRAPH" convert -o $fmt "$TMP/shuf.nt" >"$TMP/c2" 2>/dev/null || true
  [ -s "$TMP/c1" ] && same "convert -o $fmt: statement order does not matter" "$TMP/c1" "$TMP/c2" ||
    not_ok "convert -o $fmt of the N-Triples copy"
done

# Blank nodes are scoped by the statements of their file: a file given
# twice still gives two copies of its blank nodes.
n1=$("$NEWSGRAPH" convert -o ntriples "$C" | grep -c '_:')
n2=$("$NEWSGRAPH" convert -o ntriples "$C" "$C" | grep -c '_:')
if [ "$n1" -gt 0 ] && [ "$n2" = $((2 * n1)) ]; then ok "a file given twice keeps its blank nodes apart"
else not_ok "a file given twice keeps its blank nodes apart ($n1, $n2)"; fi

# ---- stats --------------------------------------------------------------
twice "stats -m" "$NEWSGRAPH" stats -m "$A" "$B" "$C"
orders "stats" "$NEWSGRAPH" stats -- "$P1" "$P2" "$P3"
orders "stats (Turtle files)" "$NEWSGRAPH" stats -- "$A" "$B" "$C"
"$NEWSGRAPH" stats "$TMP/all.nt" >"$TMP/s1"; "$NEWSGRAPH" stats "$TMP/shuf.nt" >"$TMP/s2"
same "stats: statement order does not matter" "$TMP/s1" "$TMP/s2"

# ---- query --------------------------------------------------------------
Q_SEL='SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o'
Q_AGG='SELECT ?t (COUNT(?s) AS ?n) (SAMPLE(?t) AS ?x) WHERE { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n) ?t'
Q_CON='CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }'
Q_DESC='DESCRIBE ?s WHERE { ?s a ?t } '
for r in table tsv csv json xml; do
  twice "query -r $r (no ORDER BY)" "$NEWSGRAPH" query -r $r -e 'SELECT * WHERE { ?s ?p ?o OPTIONAL { ?s ?q ?z } }' "$A" "$B" "$C"
  twice "query -r $r" "$NEWSGRAPH" query -r $r -e "$Q_SEL" "$A" "$B" "$C"
  orders "query -r $r ORDER BY" "$NEWSGRAPH" query -r $r -e "$Q_SEL" -- "$P1" "$P2" "$P3"
  orders "query -r $r ORDER BY (Turtle files)" "$NEWSGRAPH" query -r $r -e "$Q_SEL" -- "$A" "$B" "$C"
  orders "query -r $r GROUP BY" "$NEWSGRAPH" query -r $r -e "$Q_AGG" -- "$P1" "$P2" "$P3"
  orders "query -r $r GROUP BY (Turtle files)" "$NEWSGRAPH" query -r $r -e "$Q_AGG" -- "$A" "$B" "$C"
  "$NEWSGRAPH" query -r $r -e "$Q_SEL" "$TMP/all.nt" >"$TMP/q1"
  "$NEWSGRAPH" query -r $r -e "$Q_SEL" "$TMP/shuf.nt" >"$TMP/q2"
  same "query -r $r: statement order does not matter" "$TMP/q1" "$TMP/q2"
done
for r in turtle ntriples nquads trig; do
  twice "query CONSTRUCT -r $r" "$NEWSGRAPH" query -r $r -e "$Q_CON" "$A" "$B" "$C"
  orders "query CONSTRUCT -r $r" "$NEWSGRAPH" query -r $r -e "$Q_CON" -- "$P1" "$P2" "$P3"
  orders "query CONSTRUCT -r $r (Turtle files)" "$NEWSGRAPH" query -r $r -e "$Q_CON" -- "$A" "$B" "$C"
  orders "query DESCRIBE -r $r" "$NEWSGRAPH" query -r $r -e "$Q_DESC" -- "$P1" "$P2" "$P3"
  orders "query DESCRIBE -r $r (Turtle files)" "$NEWSGRAPH" query -r $r -e "$Q_DESC" -- "$A" "$B" "$C"
done
twice "query ASK" "$NEWSGRAPH" query -e 'ASK { ?s ?p ?o }' "$A"
twice "query --explain" "$NEWSGRAPH" query --explain -e "$Q_AGG" "$A" "$B" "$C"

# ---- draw ---------------------------------------------------------------
for f in dot graphml gexf cyjs html; do
  twice "draw -f $f" "$NEWSGRAPH" draw -f $f "$B" "$C"
  orders "draw -f $f" "$NEWSGRAPH" draw -f $f -- "$P1" "$P2" "$P3"
  orders "draw -f $f (Turtle files)" "$NEWSGRAPH" draw -f $f -- "$A" "$B" "$C"
  "$NEWSGRAPH" draw -f $f "$TMP/all.nt" >"$TMP/d1"
  "$NEWSGRAPH" draw -f $f "$TMP/shuf.nt" >"$TMP/d2"
  same "draw -f $f: statement order does not matter" "$TMP/d1" "$TMP/d2"
  twice "draw -f $f --lang zh --focus" "$NEWSGRAPH" draw -f $f --lang zh -d 2 --focus 王芳 "$C"
done

# ---- extract (when built in) -------------------------------------------
if "$NEWSGRAPH" --help | grep -q '^ *extract '; then
  cat >"$TMP/a1.txt" <<'ART'
Harbour Bank names new chief executive

LAGOS, March 3 (Newswire) - Harbour Bank said on Tuesday that Ngozi Adeyemi
will become its chief executive in April. Adeyemi, 48, was previously chief
financial officer of Delta Telecom. The bank's chairman, Peter Okafor, said
the board had chosen her unanimously at a meeting in Abuja.
ART
  cat >"$TMP/a2.txt" <<'ART'
深圳发展银行任命新行长

新华社深圳3月5日电 深圳发展银行5日宣布，王芳将出任该行行长。王芳此前担任
招商证券副总裁。该行董事长李建国表示，董事会在北京举行的会议上一致通过了
这项任命。
ART
  cat >"$TMP/a3.txt" <<'ART'
Delta Telecom shares fall after finance chief leaves

Shares of Delta Telecom fell 3 percent on Wednesday after the company said
its chief financial officer, Ngozi Adeyemi, would leave for Harbour Bank.
ART
  for fmt in turtle ntriples nquads trig; do
    twice "extract -f $fmt" "$NEWSGRAPH" extract -f $fmt --evidence "$TMP/a1.txt" "$TMP/a2.txt" "$TMP/a3.txt"
  done
  orders "extract -f nquads" "$NEWSGRAPH" extract -f nquads -- "$TMP/a1.txt" "$TMP/a2.txt" "$TMP/a3.txt"
else
  skip "extract twice" "newsgraph has no extract command yet"
fi
finish

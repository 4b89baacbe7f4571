#!/bin/sh
# t-bad-input.sh: bad input gets a clear message and exit 1; usage errors 2;
# a failed run leaves no output file behind.
. "$(dirname "$0")/lib.sh"

expect_exit "missing file" 1 "$NEWSGRAPH" convert "$TMP/nope.ttl"
expect_err "missing file message" "nope.ttl: no such file"

: >"$TMP/empty.nt"
expect_exit "empty file is an empty graph" 0 "$NEWSGRAPH" convert -o nt "$TMP/empty.nt"
[ ! -s "$TMP/out" ] && ok "empty output" || not_ok "empty output"

head -c 4096 /dev/urandom >"$TMP/binary.nt" 2>/dev/null || printf '\000\001\002\377' >"$TMP/binary.nt"
expect_exit "binary file" 1 "$NEWSGRAPH" convert "$TMP/binary.nt"
expect_err "binary file message has file:line:col" "binary.nt:[0-9]+:[0-9]+: error:"

printf '<http://e/s> <http://e/p> "caf\351" .\n' >"$TMP/latin1.nt"
expect_exit "invalid UTF-8 in a literal" 1 "$NEWSGRAPH" convert "$TMP/latin1.nt"

printf '<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> "trunc' >"$TMP/trunc.nt"
expect_exit "truncated file" 1 "$NEWSGRAPH" convert --output "$TMP/result.ttl" "$TMP/trunc.nt"
expect_err "truncated file points at line 2" "trunc.nt:2:[0-9]+: error:"
[ ! -e "$TMP/result.ttl" ] && ok "no output file left behind" || not_ok "no output file left behind"
ls -a "$TMP" | grep -q '^\.result' && not_ok "no temporary file left behind" || ok "no temporary file left behind"

# What raptor2 2.0.15 lets through or corrupts (see src/rdfio/load.c).
printf '<http://e/s> <http://e/p> "x\\ud800y" .\n' >"$TMP/surrogate.nt"
expect_exit "lone surrogate escape in a literal" 1 "$NEWSGRAPH" convert "$TMP/surrogate.nt"
expect_err "lone surrogate message" "surrogate.nt:1:[0-9]+: error: .*lone surrogate in a literal"
printf '@prefix e: <http://e/> .\ne:s e:p <http://e/\\uDFFF> .\n' >"$TMP/surrogate-iri.ttl"
expect_exit "lone surrogate escape in a Turtle IRI" 1 "$NEWSGRAPH" convert "$TMP/surrogate-iri.ttl"
expect_err "lone surrogate IRI message" "surrogate-iri.ttl:2:[0-9]+: error: .*in an IRI"
printf '<http://e/s> <http://e/p> "x\355\240\200y" .\n' >"$TMP/raw-surrogate.nt"
expect_exit "raw surrogate bytes in a literal" 1 "$NEWSGRAPH" convert "$TMP/raw-surrogate.nt"
printf '_::a <http://e/p> <http://e/o> .\n' >"$TMP/colon-label.nt"
expect_exit "blank node label with a colon" 1 "$NEWSGRAPH" convert "$TMP/colon-label.nt"
expect_err "blank node label message" "colon-label.nt:1:[0-9]+: error: invalid blank node label"
printf '<http://e/s> <http://e/p> <http://e/a\\u0000b> .\n' >"$TMP/nul-iri.nt"
expect_exit "NUL in an IRI" 1 "$NEWSGRAPH" convert "$TMP/nul-iri.nt"
expect_err "NUL in an IRI message" "a NUL character in an IRI"
printf '<http://e/s> <http://e/p> "a\\u0000b", "c\\U00000000d", "raw\000nul", "kept\\\\u0000" .\n' >"$TMP/nul.ttl"
check "NUL characters in literals load" "$NEWSGRAPH" convert -o nt "$TMP/nul.ttl"
grep -c 'u0000' "$TMP/out" | grep -qx 4 && grep -q '"kept\\\\u0000"' "$TMP/out" \
  && ok "NULs kept, escaped backslash left alone" || not_ok "NULs kept, escaped backslash left alone"
# A \u0000 escape cut by the loader's 1 MiB chunk boundary.
awk 'BEGIN { head = "<http://e/s> <http://e/p> \""; pad = 1048576 - 3 - length(head);
             printf "%s", head; for (i = 0; i < pad; i++) printf "x"; printf "\\u0000y\" .\n" }' >"$TMP/split.nt"
check "NUL escape across a chunk boundary" "$NEWSGRAPH" convert -o nt "$TMP/split.nt"
grep -q 'x\\u0000y" \.$' "$TMP/out" && ok "split escape decoded" || not_ok "split escape decoded"

# Line ends across the loader's 1 MiB chunks: CRLF, CR only, a 3 MB line
# between short ones (the loader hands raptor2 whole lines, see load.c).
awk 'BEGIN { for (i = 0; i < 30000; i++) printf "<http://e/s%d> <http://e/p> \"%d\" .\r\n", i, i }' >"$TMP/crlf.nt"
check "CRLF file of several chunks" "$NEWSGRAPH" stats "$TMP/crlf.nt"
grep -q '^triples	30000$' "$TMP/out" && ok "CRLF triples counted" || not_ok "CRLF triples counted"
tr '\n' '\r' <"$TMP/crlf.nt" | tr -s '\r' >"$TMP/cr.nt"
check "CR-only file" "$NEWSGRAPH" stats "$TMP/cr.nt"
grep -q '^triples	30000$' "$TMP/out" && ok "CR-only triples counted" || not_ok "CR-only triples counted"
{ printf '<http://e/a> <http://e/p> "short" .\n<http://e/b> <http://e/p> "'
  head -c 3000000 /dev/zero | tr '\0' 'y'; printf '" .\n<http://e/c> <http://e/p> "short" .\n'; } >"$TMP/long.nt"
check "a 3 MB line between short ones" "$NEWSGRAPH" stats "$TMP/long.nt"
grep -q '^triples	3$' "$TMP/out" && ok "long line counted" || not_ok "long line counted"

printf '<http://e/a<b> <http://e/p> <http://e/o> .\n' >"$TMP/lt-iri.nt"
expect_exit "an IRI with '<' (raptor lets it through)" 1 "$NEWSGRAPH" convert "$TMP/lt-iri.nt"
expect_err "its message" "lt-iri.nt:1:[0-9]+: error: a character IRIs cannot contain"
printf '<http://e/a> <http://e/p> "x"^^<http://e/d t> .\n' >"$TMP/sp-dt.nt"
expect_exit "a datatype IRI with a space" 1 "$NEWSGRAPH" convert "$TMP/sp-dt.nt"

mkdir "$TMP/dir"
expect_exit "a directory" 1 "$NEWSGRAPH" convert "$TMP/dir"
expect_err "directory message" "is a directory"

expect_exit "unknown input format" 2 "$NEWSGRAPH" convert -i bogus "$TMP/empty.nt"
expect_err "unknown format named" "unknown input format 'bogus'"
expect_exit "unknown output format" 2 "$NEWSGRAPH" convert -o bogus "$TMP/empty.nt"
expect_exit "unknown option" 2 "$NEWSGRAPH" convert --bogus "$TMP/empty.nt"
expect_exit "no inputs" 2 "$NEWSGRAPH" convert
expect_exit "unknown command" 2 "$NEWSGRAPH" frobnicate
expect_exit "no command" 2 "$NEWSGRAPH"
if [ -w /dev/full ]; then
  expect_exit "write error on stdout" 1 sh -c "printf '<http://e/s> <http://e/p> <http://e/o> .\\n' | '$NEWSGRAPH' convert -i nt -o nt - >/dev/full"
else skip "write error on stdout" "no /dev/full"; fi

# One line of 200 MB: a literal that long loads and is counted.
if [ "${NG_SKIP_HUGE:-}" = "" ]; then
  { printf '<http://e/s> <http://e/p> "'; head -c 200000000 /dev/zero | tr '\0' 'x'; printf '" .\n'; } >"$TMP/huge.nt"
  expect_exit "a single 200 MB line" 0 "$NEWSGRAPH" stats "$TMP/huge.nt"
  grep -q '^triples	1$' "$TMP/out" && ok "200 MB literal counted" || not_ok "200 MB literal counted"
  rm -f "$TMP/huge.nt"
else skip "a single 200 MB line" "NG_SKIP_HUGE set"; fi
finish

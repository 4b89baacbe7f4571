#!/bin/sh
# t-extract-ontology.sh: ontology/newsgraph.ttl parses, and every class and
# property the extractor states is declared there or belongs to a reused
# vocabulary (schema.org, W3C ORG, RDF, RDFS, PROV-O).
. "$(dirname "$0")/lib.sh"
ONTO="$NG_SRCDIR/ontology/newsgraph.ttl"
expect_exit "the ontology parses" 0 "$NEWSGRAPH" convert -o nt "$ONTO"
cp "$TMP/out" "$TMP/onto.nt"
grep -q '<https://w3id.org/newsgraph/ns#Evidence> <http://www.w3.org/2000/01/rdf-schema#label> "证据"@zh' "$TMP/onto.nt" \
  && ok "terms have Chinese labels" || not_ok "terms have Chinese labels"
INPUTS="$NG_SRCDIR/examples/articles/*.txt $NG_SRCDIR/tests/data/extract/mixed.txt"
[ -d "$NG_SHARED/corpus/seeds" ] && INPUTS="$INPUTS $NG_SHARED/corpus/seeds/*.txt $NG_SHARED/corpus/dev/*.txt"
# shellcheck disable=SC2086
"$NEWSGRAPH" extract --format ntriples --evidence $INPUTS >"$TMP/all.nt"
awk '{ print $2 } $2 == "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" { print $3 }' "$TMP/all.nt" \
  | sort -u >"$TMP/terms"
bad=0
while read -r term; do
  case "$term" in
    "<https://schema.org/"*|"<http://www.w3.org/ns/org#"*|"<http://www.w3.org/1999/02/22-rdf-syntax-ns#"*|\
    "<http://www.w3.org/2000/01/rdf-schema#"*|"<http://www.w3.org/ns/prov#"*) ;;
    *) grep -q "^$term <http://www.w3.org/1999/02/22-rdf-syntax-ns#type>" "$TMP/onto.nt" \
         || { echo "# undeclared: $term"; bad=1; } ;;
  esac
done <"$TMP/terms"
[ "$bad" = 0 ] && ok "every emitted term is declared or reused" || not_ok "every emitted term is declared or reused"
grep -q "<https://w3id.org/newsgraph/ns#sentence>" "$TMP/terms" && ok "evidence terms were emitted" \
  || not_ok "evidence terms were emitted"
finish

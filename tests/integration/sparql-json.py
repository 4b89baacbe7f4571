#!/usr/bin/env python3
"""sparql-json.py: helpers of the integration tests (no third-party modules).

  sparql-json.py fetch URL QUERYFILE      POSTs the query (SPARQL 1.1
      Protocol), prints the application/sparql-results+json answer.
  sparql-json.py compare A.json B.json    compares two SPARQL JSON result
      documents as multisets of solutions; exit 0 when equal, 1 with the
      differences on stdout.  Literal forms are normalized first: SPARQL
      1.0's "typed-literal" is a literal, xsd:string is a plain literal,
      language tags are lower-case, and blank nodes compare equal to each
      other (their labels are local to each answer).
  sparql-json.py count A.json             prints the number of solutions.
"""
import collections
import json
import sys
import urllib.parse
import urllib.request

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


def fetch(url, path):
    with open(path, encoding="utf-8") as f:
        query = f.read()
    data = urllib.parse.urlencode({"query": query}).encode()
    req = urllib.request.Request(url, data=data, headers={
        "Accept": "application/sparql-results+json",
        "Content-Type": "application/x-www-form-urlencoded"})
    with urllib.request.urlopen(req, timeout=120) as r:
        sys.stdout.write(r.read().decode("utf-8"))


def term(t):
    kind = t.get("type")
    if kind == "bnode":
        return ("bnode",)
    if kind == "uri":
        return ("uri", t["value"])
    lang = (t.get("xml:lang") or "").lower()
    dt = t.get("datatype") or ""
    if lang or dt in (XSD_STRING, RDF_LANGSTRING):
        dt = ""
    return ("literal", t["value"], lang, dt)


def solutions(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if "boolean" in doc:
        return collections.Counter([("boolean", doc["boolean"])])
    rows = collections.Counter()
    for b in doc["results"]["bindings"]:
        rows[tuple(sorted((k, term(v)) for k, v in b.items()))] += 1
    return rows


def compare(a, b):
    ra, rb = solutions(a), solutions(b)
    if ra == rb:
        return 0
    only_a, only_b = ra - rb, rb - ra
    print("%d solutions only in %s, %d only in %s" %
          (sum(only_a.values()), a, sum(only_b.values()), b))
    for name, rows in ((a, only_a), (b, only_b)):
        for row in list(rows)[:5]:
            print("only in %s: %s" % (name, dict(row)))
    return 1


def main(argv):
    if len(argv) == 4 and argv[1] == "fetch":
        fetch(argv[2], argv[3])
        return 0
    if len(argv) == 4 and argv[1] == "compare":
        return compare(argv[2], argv[3])
    if len(argv) == 3 and argv[1] == "count":
        print(sum(solutions(argv[2]).values()))
        return 0
    sys.stderr.write(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
# run-sparql-tests.py: the W3C SPARQL query tests against `newsgraph query`.
#
# Reads the manifests of the sparql10 folders and of the SPARQL 1.1 result
# format folders under $NG_SHARED/rdf-tests/sparql, runs each evaluation
# test with the dataset it names (qt:data as the default graph, qt:graphData
# as named graphs, with --standard-dataset), and compares the results:
# solutions as multisets (in order when the query says ORDER BY), blank
# nodes up to a consistent renaming, graphs by isomorphism, and the CSV and
# TSV formats as text.  A test whose query newsgraph refuses with
# "not supported: FEATURE" is reported as skipped with that feature.  The
# manifests, Turtle result sets and RDF/XML graphs are read through
# `newsgraph convert` to N-Triples, so this needs nothing beyond python3.
#
# Output is TAP; the last line before the plan is a summary:
#   # W3C SPARQL: N passed, N skipped, N failed (of N)
# Usage: run-sparql-tests.py [-v] [SUBSTRING...]  (only tests whose name or
# folder contains one of the substrings)
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

NEWSGRAPH = os.environ.get("NEWSGRAPH", "newsgraph")
SHARED = os.environ.get("NG_SHARED", os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared"))
SUITE = os.path.join(SHARED, "rdf-tests", "sparql")
VERBOSE = "-v" in sys.argv
FILTERS = [a for a in sys.argv[1:] if a != "-v"]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
DAWGT = "http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#"
RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
XSD = "http://www.w3.org/2001/XMLSchema#"

# Tests whose expected results depend on something other than the query
# and its data; listed with the reason.
KNOWN_SKIPS = {}

# ---- N-Triples ---------------------------------------------------------

TERM = re.compile(r'<([^>]*)>|_:(\S+)|"((?:[^"\\]|\\.)*)"(?:@([A-Za-z0-9-]+)|\^\^<([^>]*)>)?')


def unescape(s):
    def rep(m):
        c = m.group(1)
        if c[0] in "uU":
            return chr(int(c[1:], 16))
        return {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}[c]
    return re.sub(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", rep, s)


def term_of(m):
    if m.group(1) is not None:
        return ("uri", unescape(m.group(1)))
    if m.group(2) is not None:
        return ("bnode", m.group(2))
    lex = unescape(m.group(3))
    lang = m.group(4).lower() if m.group(4) else None
    dt = m.group(5)
    if dt == XSD + "string":
        dt = None
    return ("literal", lex, lang, dt)


def parse_nt(text):
    triples = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        terms = []
        pos = 0
        while len(terms) < 3:
            m = TERM.search(line, pos)
            if not m:
                break
            terms.append(term_of(m))
            pos = m.end()
        if len(terms) == 3:
            triples.append(tuple(terms))
    return triples


def to_nt(path, base=None):
    cmd = [NEWSGRAPH, "convert", "-o", "ntriples", path]
    if base:
        cmd[2:2] = ["--base", base]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError("cannot read %s: %s" % (path, r.stderr.strip()))
    return parse_nt(r.stdout)


class Graph:
    def __init__(self, triples):
        self.triples = triples
        self.by_sp = {}
        for s, p, o in triples:
            self.by_sp.setdefault((s, p), []).append(o)

    def objects(self, s, p):
        return self.by_sp.get((s, ("uri", p)), [])

    def value(self, s, p):
        v = self.objects(s, p)
        return v[0] if v else None

    def subjects(self, p, o):
        return [s for (s, pp, oo) in self.triples if pp == ("uri", p) and oo == o]

    def items(self, head):
        out = []
        while head and head != ("uri", RDF + "nil"):
            out.append(self.value(head, RDF + "first"))
            head = self.value(head, RDF + "rest")
        return out


def file_iri(path):
    return "file://" + os.path.abspath(path)


def path_of(term):
    assert term[0] == "uri" and term[1].startswith("file://"), term
    return term[1][len("file://"):]

# ---- result sets -------------------------------------------------------


def read_srx(path):
    ns = "{http://www.w3.org/2005/sparql-results#}"
    root = ET.parse(path).getroot()
    b = root.find(ns + "boolean")
    if b is not None:
        return {"boolean": b.text.strip() == "true"}
    names = [v.get("name") for v in root.find(ns + "head").findall(ns + "variable")]
    rows = []
    for r in root.find(ns + "results").findall(ns + "result"):
        row = {}
        for bd in r.findall(ns + "binding"):
            el = list(bd)[0]
            tag = el.tag[len(ns):]
            if tag == "uri":
                row[bd.get("name")] = ("uri", el.text or "")
            elif tag == "bnode":
                row[bd.get("name")] = ("bnode", el.text or "")
            else:
                lang = el.get("{http://www.w3.org/XML/1998/namespace}lang")
                dt = el.get("datatype")
                if dt == XSD + "string":
                    dt = None
                row[bd.get("name")] = ("literal", el.text or "", lang.lower() if lang else None, dt)
        rows.append(row)
    return {"vars": names, "rows": rows}


def json_term(t):
    if t["type"] == "uri":
        return ("uri", t["value"])
    if t["type"] == "bnode":
        return ("bnode", t["value"])
    dt = t.get("datatype")
    if dt == XSD + "string":
        dt = None
    lang = t.get("xml:lang")
    return ("literal", t["value"], lang.lower() if lang else None, dt)


def read_srj_text(text):
    d = json.loads(text)
    if "boolean" in d:
        return {"boolean": d["boolean"]}
    rows = [{k: json_term(v) for k, v in b.items()} for b in d["results"]["bindings"]]
    return {"vars": d["head"].get("vars", []), "rows": rows}


def read_rs_graph(path):
    """A result set in the DAWG result-set vocabulary (Turtle or RDF/XML)."""
    g = Graph(to_nt(path))
    sets = [s for (s, p, o) in g.triples if p == ("uri", RDF + "type") and o == ("uri", RS + "ResultSet")]
    if not sets:
        return None
    rs = sets[0]
    b = g.value(rs, RS + "boolean")
    if b is not None:
        return {"boolean": b[1] == "true"}
    names = [v[1] for v in g.objects(rs, RS + "resultVariable")]
    rows = []
    indexed = False
    for sol in g.objects(rs, RS + "solution"):
        row = {}
        for bd in g.objects(sol, RS + "binding"):
            row[g.value(bd, RS + "variable")[1]] = g.value(bd, RS + "value")
        idx = g.value(sol, RS + "index")
        if idx is not None:
            indexed = True
        rows.append((int(idx[1]) if idx else 0, row))
    rows.sort(key=lambda r: r[0])
    return {"vars": names, "rows": [r for _, r in rows], "indexed": indexed}

def tsv_cell(c):
    if c == "":
        return None
    m = TERM.match(c)
    if m and m.end() == len(c):
        return term_of(m)
    if re.match(r"^[+-]?[0-9]+$", c):
        return ("literal", c, None, XSD + "integer")
    if re.match(r"^[+-]?[0-9]*\.[0-9]+$", c):
        return ("literal", c, None, XSD + "decimal")
    if re.match(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)[eE][+-]?[0-9]+$", c):
        return ("literal", c, None, XSD + "double")
    if c in ("true", "false"):
        return ("literal", c, None, XSD + "boolean")
    return ("literal", c, None, "?")


def read_text_results(text, fmt):
    """CSV or TSV results as (header, rows of terms).  CSV cells are plain
    strings (the format loses the term kinds), "_:x" a blank node."""
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    rows = []
    if fmt == "csv":
        import csv
        recs = list(csv.reader(lines))
        head = recs[0]
        for rec in recs[1:]:
            row = {}
            for k, v in zip(head, rec):
                if v == "":
                    continue
                row[k] = ("bnode", v[2:]) if v.startswith("_:") else ("literal", v, None, None)
            rows.append(row)
        return head, rows
    head = lines[0].split("\t")
    for line in lines[1:]:
        row = {}
        for k, v in zip(head, line.split("\t")):
            t = tsv_cell(v)
            if t is not None:
                row[k] = t
        rows.append(row)
    return head, rows

# ---- comparison ---------------------------------------------------------


NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short",
                               "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
                               "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort",
                               "unsignedByte")}


def canon(t):
    """A comparable form of a term: numbers of one datatype compare by
    value ("6" and "6.0" as xsd:decimal are the same number), and the
    missing parts of a term are "" rather than None."""
    if t[0] != "literal":
        return t
    lex, lang, dt = t[1], t[2] or "", t[3] or ""
    if dt in NUMERIC:
        try:
            return ("literal", repr(float(lex)), "", dt)
        except ValueError:
            pass
    return ("literal", lex, lang, dt)


def has_bnode(row):
    return any(v[0] == "bnode" for v in row.values())


def bnode_free_key(row):
    return tuple(sorted((k, canon(v) if v[0] != "bnode" else ("bnode",)) for k, v in row.items()))


def match_rows(exp, got, ordered):
    if len(exp) != len(got):
        return False
    if ordered:
        m = {}
        back = {}
        for e, g in zip(exp, got):
            if not row_match(e, g, m, back):
                return False
        return True
    if not any(has_bnode(r) for r in exp + got):
        return sorted(bnode_free_key(r) for r in exp) == sorted(bnode_free_key(r) for r in got)
    if sorted(bnode_free_key(r) for r in exp) != sorted(bnode_free_key(r) for r in got):
        return False
    return search(exp, got, 0, [False] * len(got), {}, {})


def row_match(e, g, m, back):
    if set(e) != set(g):
        return False
    added = []
    for k, v in e.items():
        w = g[k]
        if v[0] == "bnode" and w[0] == "bnode":
            if v[1] in m:
                if m[v[1]] != w[1]:
                    undo(added, m, back)
                    return False
            elif w[1] in back:
                undo(added, m, back)
                return False
            else:
                m[v[1]] = w[1]
                back[w[1]] = v[1]
                added.append(v[1])
        elif canon(v) != canon(w):
            undo(added, m, back)
            return False
    return added if added else True


def undo(added, m, back):
    for a in added:
        del back[m[a]]
        del m[a]


def search(exp, got, i, used, m, back):
    if i == len(exp):
        return True
    for j, g in enumerate(got):
        if used[j]:
            continue
        r = row_match(exp[i], g, m, back)
        if r is False:
            continue
        used[j] = True
        if search(exp, got, i + 1, used, m, back):
            return True
        used[j] = False
        if r is not True:
            undo(r, m, back)
    return False


def graph_iso(a, b):
    """Isomorphism of two small graphs (lists of triples)."""
    a, b = list(set(a)), list(set(b))
    if len(a) != len(b):
        return False
    def key(t):
        return tuple(canon(x) if x[0] != "bnode" else ("bnode",) for x in t)
    if sorted(map(key, a)) != sorted(map(key, b)):
        return False
    ra = [dict(zip("spo", t)) for t in a]
    rb = [dict(zip("spo", t)) for t in b]
    return search(ra, rb, 0, [False] * len(rb), {}, {})

# ---- running ------------------------------------------------------------


def run_newsgraph(query, data, graph_data, fmt):
    cmd = [NEWSGRAPH, "query", "--standard-dataset", "-q", query, "-r", fmt]
    for g in graph_data:
        cmd += ["-n", g]
    cmd += data
    return subprocess.run(cmd, capture_output=True)


def unsupported(stderr):
    m = re.search(r"not supported: (.*)", stderr)
    return m.group(1).strip() if m else None


def load_manifests():
    tops = []
    s10 = os.path.join(SUITE, "sparql10")
    for d in sorted(os.listdir(s10)):
        m = os.path.join(s10, d, "manifest.ttl")
        if os.path.exists(m):
            tops.append(m)
    for d in ("csv-tsv-res", "json-res"):
        m = os.path.join(SUITE, "sparql11", d, "manifest.ttl")
        if os.path.exists(m):
            tops.append(m)
    return tops


def tests_of(manifest):
    g = Graph(to_nt(manifest, file_iri(manifest)))
    me = ("uri", file_iri(manifest))
    entries = g.items(g.value(me, MF + "entries"))
    for e in entries:
        types = [t[1] for t in g.objects(e, RDF + "type")]
        name = g.value(e, MF + "name")
        action = g.value(e, MF + "action")
        result = g.value(e, MF + "result")
        approval = g.value(e, DAWGT + "approval")
        t = {
            "id": e[1].split("#")[-1] if e[0] == "uri" else str(e),
            "name": name[1] if name else "",
            "types": types,
            "folder": os.path.basename(os.path.dirname(manifest)),
            "approval": approval[1].split("#")[-1] if approval else None,
            "result": path_of(result) if result else None,
        }
        if action and action[0] != "literal":
            q = g.value(action, QT + "query")
            t["query"] = path_of(q) if q else None
            t["data"] = [path_of(d) for d in g.objects(action, QT + "data")]
            t["graph_data"] = [path_of(d) for d in g.objects(action, QT + "graphData")]
        yield t


def query_form(text):
    t = re.sub(r"#[^\n]*", "", text)
    t = re.sub(r"(?is)^\s*((BASE|PREFIX)\s+[^<]*<[^>]*>\s*)*", "", t)
    m = re.match(r"(?i)\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)", t)
    return m.group(1).upper() if m else "SELECT"


def run_test(t):
    """Returns ("ok"|"skip"|"fail", detail)."""
    if t["id"] in KNOWN_SKIPS:
        return "skip", KNOWN_SKIPS[t["id"]]
    if t["approval"] in ("Withdrawn", "NotApproved", "Proposed"):
        return "skip", "test is %s" % t["approval"]
    qtext = open(t["query"], encoding="utf-8").read()
    form = query_form(qtext)
    res = t["result"]
    ext = os.path.splitext(res)[1] if res else ""
    if MF + "CSVResultFormatTest" in t["types"] or ext in (".csv", ".tsv"):
        fmt = "csv" if ext == ".csv" else "tsv"
        r = run_newsgraph(t["query"], t["data"], t["graph_data"], fmt)
        err = r.stderr.decode("utf-8", "replace")
        if r.returncode != 0:
            f = unsupported(err)
            return ("skip", "not supported: " + f) if f else ("fail", err.strip())
        got = r.stdout.decode("utf-8")
        exp = open(res, encoding="utf-8").read()
        ge, gg = read_text_results(exp, fmt), read_text_results(got, fmt)
        if ge[0] == gg[0] and match_rows(ge[1], gg[1], False):
            return "ok", ""
        return "fail", "expected:\n%s\ngot:\n%s" % (exp, got)
    if form in ("CONSTRUCT", "DESCRIBE"):
        r = run_newsgraph(t["query"], t["data"], t["graph_data"], "ntriples")
        err = r.stderr.decode("utf-8", "replace")
        if r.returncode != 0:
            f = unsupported(err)
            return ("skip", "not supported: " + f) if f else ("fail", err.strip())
        got = parse_nt(r.stdout.decode("utf-8"))
        exp = to_nt(res)
        if graph_iso(exp, got):
            return "ok", ""
        return "fail", "expected:\n%s\ngot:\n%s" % ("\n".join(map(str, sorted(exp))), "\n".join(map(str, sorted(got))))
    r = run_newsgraph(t["query"], t["data"], t["graph_data"], "json")
    err = r.stderr.decode("utf-8", "replace")
    if r.returncode != 0:
        f = unsupported(err)
        return ("skip", "not supported: " + f) if f else ("fail", err.strip())
    got = read_srj_text(r.stdout.decode("utf-8"))
    if ext == ".srx":
        exp = read_srx(res)
    elif ext == ".srj":
        exp = read_srj_text(open(res, encoding="utf-8").read())
    else:
        exp = read_rs_graph(res)
        if exp is None:
            return "skip", "expected result is a graph, not a result set"
    if "boolean" in exp or "boolean" in got:
        if exp.get("boolean") == got.get("boolean"):
            return "ok", ""
        return "fail", "expected %s, got %s" % (exp.get("boolean"), got.get("boolean"))
    ordered = re.search(r"(?i)ORDER\s+BY", qtext) is not None and (ext != ".ttl" or exp.get("indexed"))
    if match_rows(exp["rows"], got["rows"], ordered):
        return "ok", ""
    fmt_rows = lambda rows: "\n".join("  " + str(sorted(r.items())) for r in rows)
    return "fail", "expected:\n%s\ngot:\n%s" % (fmt_rows(exp["rows"]), fmt_rows(got["rows"]))


def main():
    if not os.path.isdir(SUITE):
        print("1..0 # SKIP W3C SPARQL tests not found at %s" % SUITE)
        return 0
    n = passed = skipped = failed = 0
    skip_reasons = {}
    for m in load_manifests():
        for t in tests_of(m):
            label = "%s/%s" % (t["folder"], t["id"])
            if FILTERS and not any(f in label or f in t["name"] for f in FILTERS):
                continue
            n += 1
            try:
                status, detail = run_test(t)
            except Exception as ex:  # a broken expected file is a failure to look at
                status, detail = "fail", "runner: %r" % (ex,)
            if status == "ok":
                passed += 1
                print("ok %d - %s" % (n, label))
            elif status == "skip":
                skipped += 1
                skip_reasons[detail] = skip_reasons.get(detail, 0) + 1
                print("ok %d - %s # SKIP %s" % (n, label, detail))
            else:
                failed += 1
                print("not ok %d - %s (%s)" % (n, label, t["name"]))
                if VERBOSE:
                    for line in detail.splitlines()[:40]:
                        print("#   " + line)
    for reason, c in sorted(skip_reasons.items(), key=lambda x: -x[1]):
        print("# skipped %d: %s" % (c, reason))
    print("# W3C SPARQL: %d passed, %d skipped, %d failed (of %d)" % (passed, skipped, failed, n))
    print("1..%d" % n)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

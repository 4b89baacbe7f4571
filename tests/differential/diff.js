#!/usr/bin/env node
// diff.js: differential testing of `newsgraph query` against Oxigraph.
//
// Generates random small graphs (N-Quads over a few named graphs) and
// random queries in newsgraph's SPARQL subset, runs each query in both
// engines (Oxigraph with use_default_graph_as_union, the semantics
// newsgraph has by default) and compares the solutions as multisets,
// numbers by value.  Prints TAP, one line per case; a disagreement prints
// the data, the query and both answers so that it can be kept as a case in
// tests/data/query/.
//
// Known and documented differences, which the generator avoids:
// - Oxigraph's union default graph repeats a triple once per named graph
//   that holds it; newsgraph counts it once (the RDF merge of the graphs).
//   The generated graphs never put one triple in two graphs.
// - Oxigraph evaluates a path alternative (p|q) as a set: a pair linked by
//   both p and q is one solution, where SPARQL 1.1 (18.4) defines alt as a
//   Union and so gives two; newsgraph follows the specification.  Queries
//   with a path alternative are compared as sets.
// - Oxigraph 0.5.11 returns no row for an aggregate without GROUP BY over
//   a pattern that a FILTER empties (SELECT (COUNT(*) AS ?n) { ?s ?p ?o
//   FILTER (false) }); SPARQL (18.5) and newsgraph give one row, 0.  Such
//   cases are reported as skipped.
// - A zero-length path (p*, p?) from a constant that is not a node of the
//   graph: SPARQL 1.1 (18.4) matches the constant itself, Oxigraph 0.5.11
//   matches nothing.  Generated zero-length paths have variable ends.
// - ORDER BY between literals of different types is partly left to the
//   implementation by SPARQL: queries order by IRIs only.
//
// Usage: node diff.js [--cases N] [--seed S] [--newsgraph PATH] [-v]
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

let oxigraph;
try {
  oxigraph = require("oxigraph");
} catch (e) {
  console.log("1..0 # SKIP the npm package oxigraph is not installed (cd tests/differential && npm ci)");
  process.exit(0);
}

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const N = parseInt(opt("--cases", process.env.NG_DIFF_CASES || "300"), 10);
let seed = parseInt(opt("--seed", process.env.NG_DIFF_SEED || "20261123"), 10);
const NEWSGRAPH = opt("--newsgraph", process.env.NEWSGRAPH || "newsgraph");
const VERBOSE = args.includes("-v");

// A small deterministic PRNG (mulberry32), so that a failing seed replays.
function rand() {
  seed |= 0;
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (a) => a[Math.floor(rand() * a.length)];
const chance = (p) => rand() < p;
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const EX = "http://example.org/";
const XSD = "http://www.w3.org/2001/XMLSchema#";
const NODES = ["a", "b", "c", "d", "e", "f", "g", "h"].map((n) => `<${EX}${n}>`);
const PREDS = ["p", "q", "r", "knows"].map((n) => `<${EX}${n}>`);
const LITS = [
  '"1"^^<' + XSD + 'integer>', '"2"^^<' + XSD + 'integer>', '"7"^^<' + XSD + 'integer>',
  '"42"^^<' + XSD + 'integer>', '"-3"^^<' + XSD + 'integer>',
  '"Wuzhen"', '"wuzhen forum"', '"Li Wei"@en', '"李伟"@zh', '"forum"@en', '"2024-05-01"^^<' + XSD + 'date>',
];
const GRAPHS = [null, `<${EX}g1>`, `<${EX}g2>`, `<${EX}g3>`];

function randomGraph() {
  const n = int(5, 30);
  const seen = new Set();
  const lines = [];
  for (let i = 0; i < n; i++) {
    const s = pick(NODES), p = pick(PREDS);
    const o = chance(0.55) ? pick(NODES) : pick(LITS);
    const key = `${s} ${p} ${o}`;
    if (seen.has(key)) continue; // one triple in one graph only
    seen.add(key);
    const g = pick(GRAPHS);
    lines.push(g ? `${key} ${g} .` : `${key} .`);
  }
  return lines.join("\n") + "\n";
}

const VARS = ["?a", "?b", "?c", "?d"];

function term(kind) {
  if (kind === "s") return chance(0.75) ? pick(VARS) : pick(NODES);
  if (kind === "p") return chance(0.1) ? "?p" : pick(PREDS);
  return chance(0.6) ? pick(VARS) : chance(0.5) ? pick(NODES) : pick(LITS.slice(0, 8));
}

let noAlt = false; // aggregates count duplicates: no (p|q) there (see above)

function ppath() {
  const p = pick(PREDS);
  switch (int(0, 7)) {
    case 0: return `${p}+`;
    case 1: return `${p}*`;
    case 2: return `${p}/${pick(PREDS)}`;
    case 3: return `^${p}`;
    case 4: return noAlt ? `${p}` : `(${p}|${pick(PREDS)})`;
    case 5: return `${p}?`;
    case 6: return `!${p}`;
    default: return `(${p}/${pick(PREDS)})+`;
  }
}

function triple(usePaths) {
  const p = usePaths && chance(0.25) ? ppath() : term("p");
  // A zero-length path from a constant absent from the graph: SPARQL
  // (18.4) matches the constant itself, Oxigraph does not; keep the ends
  // variables there.
  const zero = /[*?]$/.test(p);
  const s = zero ? pick(VARS) : term("s");
  const o = zero ? pick(VARS) : term("o");
  return `${s} ${p} ${o} .`;
}

function bgp(n, usePaths) {
  const t = [];
  // Chain the patterns through shared variables most of the time.
  let prev = pick(VARS);
  for (let i = 0; i < n; i++) {
    if (chance(0.7)) {
      const next = pick(VARS);
      const p = usePaths && chance(0.2) ? ppath() : pick(PREDS);
      t.push(chance(0.5) ? `${prev} ${p} ${next} .` : `${next} ${p} ${prev} .`);
      prev = next;
    } else {
      t.push(triple(usePaths));
    }
  }
  return t.join(" ");
}

function filterExpr() {
  const v = pick(VARS);
  switch (int(0, 11)) {
    case 0: return `FILTER (${v} > ${int(0, 10)})`;
    case 1: return `FILTER (isIRI(${v}))`;
    case 2: return `FILTER (isLiteral(${v}) && ${v} != "Wuzhen")`;
    case 3: return `FILTER (lang(${v}) = "en")`;
    case 4: return `FILTER (regex(str(${v}), "${pick(["wu", "^L", "forum", "a$", "e"])}", "i"))`;
    case 5: return `FILTER (!bound(${v}))`;
    case 6: return `FILTER (${v} = ${pick(NODES)} || ${pick(VARS)} = ${pick(LITS.slice(0, 4))})`;
    case 7: return `FILTER (contains(str(${v}), "${pick(["a", "e", "/d", "4"])}"))`;
    case 8: return `FILTER (strlen(str(${v})) > ${int(3, 22)})`;
    case 9: return `FILTER (${v} IN (${pick(NODES)}, ${pick(NODES)}, ${pick(LITS.slice(0, 4))}))`;
    case 10: return `FILTER (datatype(${v}) = <${XSD}integer>)`;
    default: return `FILTER (sameTerm(${v}, ${pick(VARS)}))`;
  }
}

function group(depth) {
  const parts = [bgp(int(1, 3), depth < 2)];
  const n = int(0, 2);
  for (let i = 0; i < n; i++) {
    switch (int(0, 7)) {
      case 0: parts.push(`OPTIONAL { ${bgp(int(1, 2), false)} ${chance(0.3) ? filterExpr() : ""} }`); break;
      case 1: parts.push(`{ ${bgp(int(1, 2), false)} } UNION { ${bgp(int(1, 2), false)} }`); break;
      case 2: parts.push(`MINUS { ${bgp(1, false)} }`); break;
      case 3: parts.push(filterExpr()); break;
      case 4: parts.push(`BIND (${pick(["str(?a)", "?b", "strlen(str(?c))", "ucase(str(?d))", "isIRI(?a)", "1 + 2"])} AS ?z${i})`); break;
      case 5: parts.push(`VALUES ${pick(VARS)} { ${pick(NODES)} ${pick(NODES)} ${pick(LITS.slice(0, 6))} }`); break;
      case 6: parts.push(`GRAPH ${chance(0.7) ? "?g" : pick(GRAPHS.slice(1))} { ${bgp(int(1, 2), false)} }`); break;
      default:
        if (depth < 1) parts.push(`{ ${group(depth + 1)} }`);
    }
  }
  return parts.join(" ");
}

function randomQuery() {
  const kind = int(0, 9);
  noAlt = kind === 1 || kind === 3;
  const where = group(0);
  if (kind === 0) return `ASK { ${where} }`;
  if (kind === 1) {
    const g = pick(VARS);
    const agg = pick([`(COUNT(*) AS ?n)`, `(COUNT(DISTINCT ?b) AS ?n)`, `(SAMPLE(1) AS ?n)`,
                      `(MAX(?c) AS ?n)`, `(MIN(?b) AS ?n)`, `(COUNT(?c) AS ?n)`]);
    return `SELECT ${g} ${agg} WHERE { ${where} } GROUP BY ${g}`;
  }
  if (kind === 2) {
    // A total order over IRIs only: a subject position binds ?s.
    return `SELECT DISTINCT ?s ?o WHERE { ?s ${pick(PREDS)} ?o . FILTER (isIRI(?o)) ${where} } ORDER BY ?s DESC(?o) LIMIT ${int(1, 4)} OFFSET ${int(0, 2)}`;
  }
  if (kind === 3) return `SELECT (COUNT(*) AS ?n) WHERE { ${where} }`;
  return `SELECT ${chance(0.3) ? "DISTINCT " : ""}* WHERE { ${where} }`;
}

// ---- comparison --------------------------------------------------------

const NUMERIC = new Set(["integer", "decimal", "double", "float"].map((t) => XSD + t));

function canon(t) {
  if (!t) return "";
  if (t.type === "uri") return "<" + t.value + ">";
  if (t.type === "bnode") return "_:";
  if (t.datatype && NUMERIC.has(t.datatype)) return "N" + Number(t.value) + "^^" + t.datatype;
  if (t.datatype === XSD + "string") return '"' + t.value + '"';
  return '"' + t.value + '"' + (t["xml:lang"] ? "@" + t["xml:lang"].toLowerCase() : "") + (t.datatype ? "^^" + t.datatype : "");
}

function rows(res, vars) {
  if (res.boolean !== undefined) return [String(res.boolean)];
  return res.results.bindings.map((b) => vars.map((v) => canon(b[v])).join("\t"));
}

function compare(a, b, vars, ordered, asSets) {
  let ra = rows(a, vars), rb = rows(b, vars);
  if (asSets) {
    ra = [...new Set(ra)];
    rb = [...new Set(rb)];
  }
  if (!ordered) {
    ra.sort();
    rb.sort();
  }
  return JSON.stringify(ra) === JSON.stringify(rb);
}

// ---- run ----------------------------------------------------------------

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "ngdiff-"));
let failed = 0;
for (let i = 1; i <= N; i++) {
  const caseSeed = seed;
  const data = randomGraph();
  const query = randomQuery();
  const file = path.join(tmp, "d.nq");
  fs.writeFileSync(file, data);
  const store = new oxigraph.Store();
  store.load(data, { format: "application/n-quads" });
  let ox, ng, err = null;
  try {
    ox = JSON.parse(store.query(query, { use_default_graph_as_union: true, results_format: "json" }));
  } catch (e) {
    console.log(`ok ${i} - case ${caseSeed} # SKIP Oxigraph refuses the query: ${e}`);
    continue;
  }
  const r = spawnSync(NEWSGRAPH, ["query", "-r", "json", "-e", query, file], { encoding: "utf-8" });
  if (r.status !== 0) {
    err = r.stderr;
  } else {
    try {
      ng = JSON.parse(r.stdout);
    } catch (e) {
      err = "bad JSON: " + e;
    }
  }
  const vars = ox.head && ox.head.vars ? ox.head.vars.slice().sort() : [];
  const ordered = /ORDER BY/.test(query);
  const asSets = /[^|]\|[^|]/.test(query.replace(/\|\|/g, " "));
  if (!err && ox.results && ox.results.bindings.length === 0 && !/GROUP BY/.test(query)
      && /COUNT\(\*\)/.test(query) && ng.results && ng.results.bindings.length === 1
      && ng.results.bindings[0].n && ng.results.bindings[0].n.value === "0") {
    console.log(`ok ${i} - case ${caseSeed} # SKIP known Oxigraph bug: no row for COUNT over an empty filtered pattern`);
    continue;
  }
  if (!err && compare(ox, ng, vars, ordered, asSets)) {
    console.log(`ok ${i} - case ${caseSeed}`);
    continue;
  }
  failed++;
  console.log(`not ok ${i} - case ${caseSeed} disagrees with Oxigraph`);
  const show = (s) => s.split("\n").map((l) => "#   " + l).join("\n");
  console.log(show("query: " + query));
  if (VERBOSE || failed <= 5) {
    console.log(show("data:\n" + data));
    console.log(show("oxigraph:\n" + (ox.boolean !== undefined ? ox.boolean : rows(ox, vars).sort().join("\n"))));
    console.log(show("newsgraph:\n" + (err ? err : ng.boolean !== undefined ? ng.boolean : rows(ng, vars).sort().join("\n"))));
  }
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`# differential: ${N - failed} agree, ${failed} disagree (of ${N})`);
console.log(`1..${N}`);
process.exit(failed ? 1 : 0);

// SPDX-License-Identifier: MIT
// oxigraph-query.js: times SPARQL queries in Oxigraph's in-memory store, the
// way bench-query times newsgraph: load the data once, then run each query
// RUNS times, results serialized as TSV and written to /dev/null.  Prints
// the load time, then per query its rows, best and median milliseconds.
//
//   node oxigraph-query.js [-r RUNS] DATA.nt QUERY.rq...
//
// The npm package `oxigraph` is taken from bench/node_modules (npm install
// in bench/) or tests/differential/node_modules.
'use strict';
const fs = require('fs');
const path = require('path');

function load_oxigraph () {
  for (const dir of [path.join(__dirname, '..', 'node_modules'),
                     path.join(__dirname, '..', '..', 'tests', 'differential', 'node_modules')]) {
    try {
      return require(path.join(dir, 'oxigraph'));
    } catch (e) { /* next */ }
  }
  console.error('oxigraph-query: the npm package oxigraph is not installed (cd bench && npm install)');
  process.exit(1);
}
const oxigraph = load_oxigraph();

let args = process.argv.slice(2);
let runs = 5;
if (args[0] === '-r') {
  runs = parseInt(args[1], 10);
  args = args.slice(2);
}
if (args.length < 2) {
  console.error('usage: node oxigraph-query.js [-r RUNS] DATA.nt QUERY.rq...');
  process.exit(2);
}
const ms = (t0, t1) => Number(t1 - t0) / 1e6;
const t0 = process.hrtime.bigint();
const store = new oxigraph.Store();
store.load(fs.readFileSync(args[0]), { format: 'application/n-triples', no_transaction: true });
const t1 = process.hrtime.bigint();
console.log(`load\t${store.size} triples\t${ms(t0, t1).toFixed(0)} ms`);
const sink = fs.openSync('/dev/null', 'w');
console.log('query\trows\tbest_ms\tmedian_ms');
for (const file of args.slice(1)) {
  const q = fs.readFileSync(file, 'utf-8');
  const name = path.basename(file, '.rq');
  let rows = 0;
  const times = [];
  for (let r = 0; r < runs; r++) {
    const s = process.hrtime.bigint();
    const out = store.query(q, { results_format: 'tsv' });
    fs.writeSync(sink, out);
    times.push(ms(s, process.hrtime.bigint()));
    rows = out.split('\n').length - 2; // header and the final newline
  }
  times.sort((a, b) => a - b);
  console.log(`${name}\t${rows}\t${times[0].toFixed(3)}\t${times[Math.floor(runs / 2)].toFixed(3)}`);
}

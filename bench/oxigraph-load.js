// SPDX-License-Identifier: MIT
// oxigraph-load.js: loads an N-Triples file into Oxigraph's in-memory store
// (npm package `oxigraph`, installed by `npm install` in bench/) and prints
// the number of quads and the seconds the load took.  A peer for load.sh.
'use strict';
const fs = require('fs');
const path = require('path');
const oxigraph = require(path.join(__dirname, 'node_modules', 'oxigraph'));

const file = process.argv[2];
if (!file) {
  console.error('usage: node oxigraph-load.js FILE.nt');
  process.exit(2);
}
const t0 = process.hrtime.bigint();
const store = new oxigraph.Store();
// Whole file as bytes in one call, in one transaction (the default;
// no_transaction was not faster here and took more memory).
store.load(fs.readFileSync(file), { format: 'application/n-triples' });
const t1 = process.hrtime.bigint();
console.log(`oxigraph\t${store.size}\t${(Number(t1 - t0) / 1e9).toFixed(3)}`);

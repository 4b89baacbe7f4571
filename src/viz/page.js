/* SPDX-License-Identifier: MIT */
/* page.js: the HTML drawing of `newsgraph draw -f html`.  Reads the
 * Cytoscape.js elements from the ng-data script, draws them with the
 * vendored cytoscape.js, and offers search by name, a filter by kind and
 * a panel with the facts and evidence of the clicked node.
 *
 * For tests (headless browsers without input), the URL fragment can drive
 * the page: #search=TEXT, #hide=Kind,Kind, #select=NODE-ID.  The page
 * reports into <body data-*> and the title: nodes, edges, visible nodes,
 * matches, errors, and data-ready="1" once drawn. */
(function () {
  'use strict';
  var body = document.body;
  var errors = 0;
  function countError() { errors++; body.setAttribute('data-errors', String(errors)); }
  window.addEventListener('error', countError);
  body.setAttribute('data-errors', '0');

  var data = JSON.parse(document.getElementById('ng-data').textContent);
  var nodes = data.elements.nodes, edges = data.elements.edges;
  var kinds = ['Person', 'Organization', 'Event', 'Place', 'Other'];
  var shapes = { Person: 'ellipse', Organization: 'round-rectangle', Event: 'hexagon', Place: 'tag', Other: 'rectangle' };
  var colors = {};
  nodes.forEach(function (n) { colors[n.data.kind] = n.data.color; });

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  var cy = cytoscape({
    container: document.getElementById('cy'),
    elements: data.elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'background-color': 'data(color)', 'border-width': 1,
        'border-color': '#555', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'width': 26, 'height': 26, 'text-wrap': 'ellipsis', 'text-max-width': 160 } },
      { selector: 'edge', style: {
        'label': 'data(label)', 'font-size': 9, 'color': '#444', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'width': 1.2, 'line-color': '#999',
        'target-arrow-color': '#999', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: '.faded', style: { 'opacity': 0.15 } },
      { selector: '.match', style: { 'border-width': 4, 'border-color': '#d62828' } },
      { selector: ':selected', style: { 'border-width': 4, 'border-color': '#1d3557' } }
    ].concat(kinds.map(function (k) {
      return { selector: 'node[kind = "' + k + '"]', style: { 'shape': shapes[k] } };
    })),
    /* TUNING: cose (force-directed) is quadratic; past a few hundred
     * nodes a concentric layout by degree stays instant. */
    layout: nodes.length > 600
      ? { name: 'concentric', animate: false, padding: 30, minNodeSpacing: 8,
          concentric: function (n) { return n.degree(); }, levelWidth: function () { return 4; } }
      : { name: nodes.length > 1 ? 'cose' : 'grid', animate: false, nodeDimensionsIncludeLabels: true, padding: 30 }
  });

  /* Legend and kind filter. */
  var legend = document.getElementById('kinds');
  var hidden = {};
  kinds.forEach(function (k) {
    var n = cy.nodes('[kind = "' + k + '"]').length;
    if (!n) return;
    var label = el('label', { 'class': 'kind' });
    var box = el('input', { type: 'checkbox', 'data-kind': k });
    box.checked = true;
    box.addEventListener('change', function () { setHidden(k, !box.checked); });
    label.appendChild(box);
    label.appendChild(el('span', { 'class': 'swatch', style: 'background:' + colors[k] }));
    label.appendChild(document.createTextNode(k + ' (' + n + ')'));
    legend.appendChild(label);
  });
  function setHidden(kind, hide) {
    hidden[kind] = hide;
    cy.nodes('[kind = "' + kind + '"]').style('display', hide ? 'none' : 'element');
    report();
  }

  /* Search by name: matches the label, the other names and the IRI. */
  var search = document.getElementById('search');
  function runSearch(text) {
    var q = text.trim().toLowerCase();
    cy.elements().removeClass('faded match');
    var hits = cy.collection();
    if (q) {
      hits = cy.nodes().filter(function (n) {
        var d = n.data();
        return (d.label + '\n' + d.iri + '\n' + d.facts.join('\n')).toLowerCase().indexOf(q) >= 0;
      });
      cy.elements().not(hits).not(hits.connectedEdges()).addClass('faded');
      hits.addClass('match');
      if (hits.length) cy.animate({ fit: { eles: hits.closedNeighborhood(), padding: 60 } }, { duration: 0 });
    }
    body.setAttribute('data-matches', String(hits.length));
    return hits;
  }
  search.addEventListener('input', function () { runSearch(search.value); });
  search.addEventListener('keydown', function (ev) {
    if (ev.key === 'Enter') { var h = runSearch(search.value); if (h.length) show(h[0]); }
  });

  /* The panel: facts, relations and evidence of a node. */
  var panel = document.getElementById('panel');
  function section(title) { panel.appendChild(el('h3', null, title)); }
  function show(node) {
    var d = node.data();
    panel.textContent = '';
    panel.setAttribute('data-node', d.id);
    panel.appendChild(el('h2', null, d.label));
    panel.appendChild(el('div', { 'class': 'kind-line' }, d.kind + (d.types ? ' \u2014 ' + d.types : '')));
    panel.appendChild(el('div', { 'class': 'iri' }, d.iri));
    section('Facts');
    var table = el('table', { 'class': 'facts' });
    d.facts.forEach(function (f) {
      var i = f.indexOf(': '), tr = el('tr');
      tr.appendChild(el('td', null, f.slice(0, i)));
      tr.appendChild(el('td', null, f.slice(i + 2)));
      table.appendChild(tr);
    });
    panel.appendChild(d.facts.length ? table : el('div', { 'class': 'empty' }, 'none'));
    section('Relations');
    var ul = el('ul', { 'class': 'relations' });
    node.connectedEdges().forEach(function (e) {
      var out = e.source().id() === d.id;
      var other = out ? e.target() : e.source();
      ul.appendChild(el('li', null, (out ? '\u2192 ' : '\u2190 ') + e.data('label') + ' ' + other.data('label')));
    });
    panel.appendChild(ul.childNodes.length ? ul : el('div', { 'class': 'empty' }, 'none'));
    section('Evidence');
    var ev = d.evidence.slice();
    node.connectedEdges().forEach(function (e) { ev = ev.concat(e.data('evidence')); });
    ev = ev.filter(function (s, i) { return ev.indexOf(s) === i; });
    ev.forEach(function (s) { panel.appendChild(el('blockquote', { 'class': 'evidence' }, s)); });
    if (!ev.length) panel.appendChild(el('div', { 'class': 'empty' }, 'no sentences in the data (extract with --evidence)'));
    cy.nodes().unselect();
    node.select();
  }
  cy.on('tap', 'node', function (ev) { show(ev.target); });

  function report() {
    var visible = cy.nodes().filter(function (n) { return n.style('display') !== 'none'; }).length;
    body.setAttribute('data-nodes', String(cy.nodes().length));
    body.setAttribute('data-edges', String(cy.edges().length));
    body.setAttribute('data-visible', String(visible));
    document.getElementById('status').textContent =
      visible + ' of ' + cy.nodes().length + ' entities, ' + cy.edges().length + ' relations';
    document.title = 'newsgraph: ' + cy.nodes().length + ' nodes, ' + cy.edges().length + ' edges';
  }

  /* Test hooks from the URL fragment. */
  var params = {};
  location.hash.replace(/^#/, '').split('&').forEach(function (kv) {
    var i = kv.indexOf('=');
    if (i > 0) params[decodeURIComponent(kv.slice(0, i))] = decodeURIComponent(kv.slice(i + 1));
  });
  if (params.hide) params.hide.split(',').forEach(function (k) {
    var box = legend.querySelector('input[data-kind="' + k + '"]');
    if (box) box.checked = false;
    setHidden(k, true);
  });
  if (params.search) { search.value = params.search; runSearch(params.search); }
  if (params.select) { var n = cy.getElementById(params.select); if (n.length) n.emit('tap'); }
  report();
  body.setAttribute('data-ready', '1');
})();

/* SPDX-License-Identifier: MIT */
/* graphml.c: the GraphML 1.0 writer (yEd, Gephi, Cytoscape, networkx).
 * Typed <key>s for the node label, kind, rdf:type classes, IRI, colour,
 * facts and evidence, and the edge label, property and evidence.  Valid
 * against the GraphML XSD shipped in tests/viz/. */
#include "config.h"

#include "viz/viz-private.h"

static void
data (GString *buf, const char *key, const char *value)
{
  g_string_append_printf (buf, "      <data key=\"%s\">", key);
  ng_viz_append_xml (buf, value);
  g_string_append (buf, "</data>\n");
}

static gboolean
write_graphml (const NgVizGraph *graph, FILE *out, GError **error)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  g_string_append (
      buf,
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"types\" for=\"node\" attr.name=\"types\" attr.type=\"string\"/>\n"
      "  <key id=\"iri\" for=\"node\" attr.name=\"iri\" attr.type=\"string\"/>\n"
      "  <key id=\"color\" for=\"node\" attr.name=\"color\" attr.type=\"string\"/>\n"
      "  <key id=\"facts\" for=\"node\" attr.name=\"facts\" attr.type=\"string\"/>\n"
      "  <key id=\"evidence\" for=\"node\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
      "  <key id=\"elabel\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"property\" for=\"edge\" attr.name=\"property\" attr.type=\"string\"/>\n"
      "  <key id=\"eevidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"string\"/>\n"
      "  <graph id=\"newsgraph\" edgedefault=\"directed\">\n");
  for (guint i = 0; i < graph->nodes->len; i++) {
    const NgVizNode *n = graph->nodes->pdata[i];
    g_string_append_printf (buf, "    <node id=\"%s\">\n", n->id);
    data (buf, "label", n->label);
    data (buf, "kind", ng_viz_kind_name (n->kind));
    if (*n->types)
      data (buf, "types", n->types);
    data (buf, "iri", n->iri);
    data (buf, "color", ng_viz_kind_color (n->kind));
    if (n->attrs->len) {
      g_autofree char *facts = ng_viz_join_attrs (n->attrs, "\n");
      data (buf, "facts", facts);
    }
    if (n->evidence->len) {
      g_autofree char *ev = ng_viz_join_lines (n->evidence, "\n");
      data (buf, "evidence", ev);
    }
    g_string_append (buf, "    </node>\n");
    if (!ng_viz_flush_full (buf, out, error))
      return FALSE;
  }
  for (guint i = 0; i < graph->edges->len; i++) {
    const NgVizEdge *e = graph->edges->pdata[i];
    const NgVizNode *s = graph->nodes->pdata[e->source], *t = graph->nodes->pdata[e->target];
    g_string_append_printf (buf, "    <edge id=\"e%u\" source=\"%s\" target=\"%s\">\n", i, s->id, t->id);
    data (buf, "elabel", e->label);
    data (buf, "property", e->property);
    if (e->evidence->len) {
      g_autofree char *ev = ng_viz_join_lines (e->evidence, "\n");
      data (buf, "eevidence", ev);
    }
    g_string_append (buf, "    </edge>\n");
    if (!ng_viz_flush_full (buf, out, error))
      return FALSE;
  }
  g_string_append (buf, "  </graph>\n</graphml>\n");
  return ng_viz_flush (buf, out, error);
}

const NgVizWriterClass ng_viz_graphml_writer = {
  "graphml", "graphml", "GraphML 1.0 (yEd, Gephi, Cytoscape, networkx)", write_graphml,
};

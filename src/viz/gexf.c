/* SPDX-License-Identifier: MIT */
/* gexf.c: the GEXF 1.3 writer (Gephi).  Node attributes are declared in
 * <attributes class="node">; colours go in viz:color.  Valid against the
 * GEXF 1.3 RELAX NG grammar shipped in tests/viz/ (no xsi:schemaLocation:
 * that grammar does not allow it). */
#include "config.h"

#include <stdlib.h>

#include "viz/viz-private.h"

static void
attvalue (GString *buf, const char *key, const char *value)
{
  g_string_append_printf (buf, "          <attvalue for=\"%s\" value=\"", key);
  ng_viz_append_xml (buf, value);
  g_string_append (buf, "\"/>\n");
}

static gboolean
write_gexf (const NgVizGraph *graph, FILE *out, GError **error)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  g_string_append_printf (
      buf,
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
      "  <meta>\n"
      "    <creator>newsgraph %s</creator>\n"
      "    <description>Entities and relations drawn from news reports</description>\n"
      "  </meta>\n"
      "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
      "      <attribute id=\"types\" title=\"types\" type=\"string\"/>\n"
      "      <attribute id=\"iri\" title=\"iri\" type=\"string\"/>\n"
      "      <attribute id=\"facts\" title=\"facts\" type=\"string\"/>\n"
      "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"property\" title=\"property\" type=\"string\"/>\n"
      "      <attribute id=\"evidence\" title=\"evidence\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <nodes count=\"%u\">\n",
      PACKAGE_VERSION, graph->nodes->len);
  for (guint i = 0; i < graph->nodes->len; i++) {
    const NgVizNode *n = graph->nodes->pdata[i];
    g_string_append_printf (buf, "      <node id=\"%s\" label=\"", n->id);
    ng_viz_append_xml (buf, n->label);
    g_string_append (buf, "\">\n        <attvalues>\n");
    attvalue (buf, "kind", ng_viz_kind_name (n->kind));
    if (*n->types)
      attvalue (buf, "types", n->types);
    attvalue (buf, "iri", n->iri);
    if (n->attrs->len) {
      g_autofree char *facts = ng_viz_join_attrs (n->attrs, "; ");
      attvalue (buf, "facts", facts);
    }
    if (n->evidence->len) {
      g_autofree char *ev = ng_viz_join_lines (n->evidence, " | ");
      attvalue (buf, "evidence", ev);
    }
    unsigned long rgb = strtoul (ng_viz_kind_color (n->kind) + 1, NULL, 16);
    g_string_append_printf (buf, "        </attvalues>\n"
                                 "        <viz:color r=\"%lu\" g=\"%lu\" b=\"%lu\"/>\n"
                                 "      </node>\n",
                            (rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff);
    if (!ng_viz_flush_full (buf, out, error))
      return FALSE;
  }
  g_string_append_printf (buf, "    </nodes>\n    <edges count=\"%u\">\n", graph->edges->len);
  for (guint i = 0; i < graph->edges->len; i++) {
    const NgVizEdge *e = graph->edges->pdata[i];
    const NgVizNode *s = graph->nodes->pdata[e->source], *t = graph->nodes->pdata[e->target];
    g_string_append_printf (buf, "      <edge id=\"e%u\" source=\"%s\" target=\"%s\" label=\"", i,
                            s->id, t->id);
    ng_viz_append_xml (buf, e->label);
    g_string_append (buf, "\">\n        <attvalues>\n");
    attvalue (buf, "property", e->property);
    if (e->evidence->len) {
      g_autofree char *ev = ng_viz_join_lines (e->evidence, " | ");
      attvalue (buf, "evidence", ev);
    }
    g_string_append (buf, "        </attvalues>\n      </edge>\n");
    if (!ng_viz_flush_full (buf, out, error))
      return FALSE;
  }
  g_string_append (buf, "    </edges>\n  </graph>\n</gexf>\n");
  return ng_viz_flush (buf, out, error);
}

const NgVizWriterClass ng_viz_gexf_writer = {
  "gexf", "gexf", "GEXF 1.3 (Gephi)", write_gexf,
};

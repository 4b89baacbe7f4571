/* SPDX-License-Identifier: MIT */
/* dot.c: the Graphviz DOT writer.  Labels are DOT quoted strings (see
 * ng_viz_append_dot for the escaping); the model has already turned
 * control characters into spaces, so a label never breaks a line.  A
 * legend cluster lists the kinds present. */
#include "config.h"

#include "viz/viz-private.h"

static const char *const kind_shapes[NG_VIZ_N_KINDS] = {
  "ellipse", "box", "hexagon", "house", "note",
};

static gboolean
write_dot (const NgVizGraph *graph, FILE *out, GError **error)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  gboolean present[NG_VIZ_N_KINDS] = { FALSE };
  g_string_append (buf, "digraph newsgraph {\n"
                        "  graph [rankdir=LR, overlap=false, fontname=\"sans-serif\"];\n"
                        "  node [style=\"filled\", fontname=\"sans-serif\", fontsize=11];\n"
                        "  edge [fontname=\"sans-serif\", fontsize=9, color=\"#555555\"];\n");
  for (guint i = 0; i < graph->nodes->len; i++) {
    const NgVizNode *n = graph->nodes->pdata[i];
    present[n->kind] = TRUE;
    g_string_append_printf (buf, "  %s [label=", n->id);
    ng_viz_append_dot (buf, n->label);
    g_string_append_printf (buf, ", shape=%s, fillcolor=\"%s\", tooltip=", kind_shapes[n->kind],
                            ng_viz_kind_color (n->kind));
    g_autofree char *tip = g_strdup_printf ("%s %s", *n->types ? n->types : ng_viz_kind_name (n->kind), n->iri);
    ng_viz_append_dot (buf, tip);
    g_string_append (buf, "];\n");
    if (!ng_viz_flush_full (buf, out, error))
      return FALSE;
  }
  for (guint i = 0; i < graph->edges->len; i++) {
    const NgVizEdge *e = graph->edges->pdata[i];
    const NgVizNode *s = graph->nodes->pdata[e->source], *t = graph->nodes->pdata[e->target];
    g_string_append_printf (buf, "  %s -> %s [label=", s->id, t->id);
    ng_viz_append_dot (buf, e->label);
    g_string_append (buf, ", tooltip=");
    ng_viz_append_dot (buf, e->property);
    g_string_append (buf, "];\n");
    if (!ng_viz_flush_full (buf, out, error))
      return FALSE;
  }
  g_string_append (buf, "  subgraph cluster_legend {\n"
                        "    label=\"Legend\"; fontsize=10; style=\"dashed\"; color=\"#999999\";\n");
  const char *prev = NULL;
  for (int k = 0; k < NG_VIZ_N_KINDS; k++) {
    if (!present[k])
      continue;
    g_string_append_printf (buf, "    legend_%s [label=\"%s\", shape=%s, fillcolor=\"%s\", fontsize=9];\n",
                            ng_viz_kind_name (k), ng_viz_kind_name (k), kind_shapes[k],
                            ng_viz_kind_color (k));
    if (prev)
      g_string_append_printf (buf, "    legend_%s -> legend_%s [style=invis];\n", prev, ng_viz_kind_name (k));
    prev = ng_viz_kind_name (k);
  }
  g_string_append (buf, "  }\n}\n");
  return ng_viz_flush (buf, out, error);
}

const NgVizWriterClass ng_viz_dot_writer = {
  "dot", "dot", "Graphviz DOT (render with dot -Tsvg)", write_dot,
};

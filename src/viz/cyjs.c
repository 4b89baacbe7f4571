/* SPDX-License-Identifier: MIT */
/* cyjs.c: the Cytoscape.js elements JSON writer: the format Cytoscape
 * desktop imports (File > Import > Network from File, .cyjs) and
 * cytoscape.js reads (cy.add / elements).  The HTML writer embeds the
 * same JSON.  Every value is a string or a list of strings, as Cytoscape
 * desktop expects of table columns. */
#include "config.h"

#include "viz/viz-private.h"

static void
field (GString *out, const char *key, const char *value)
{
  g_string_append_printf (out, ", \"%s\": ", key);
  ng_viz_append_json (out, value);
}

static void
list (GString *out, const char *key, const GPtrArray *values)
{
  g_string_append_printf (out, ", \"%s\": [", key);
  for (guint i = 0; i < values->len; i++) {
    if (i)
      g_string_append (out, ", ");
    ng_viz_append_json (out, values->pdata[i]);
  }
  g_string_append_c (out, ']');
}

void
ng_viz_append_cyjs (GString *out, const NgVizGraph *graph)
{
  g_string_append (out, "{\n  \"format_version\": \"1.0\",\n  \"generated_by\": \"newsgraph\",\n"
                        "  \"target_cytoscapejs_version\": \"~3.34\",\n"
                        "  \"data\": {\"name\": \"newsgraph\"");
  if (graph->lang)
    field (out, "lang", graph->lang);
  g_string_append (out, "},\n  \"elements\": {\n    \"nodes\": [");
  for (guint i = 0; i < graph->nodes->len; i++) {
    const NgVizNode *n = graph->nodes->pdata[i];
    g_string_append_printf (out, "%s\n      {\"data\": {\"id\": \"%s\"", i ? "," : "", n->id);
    field (out, "name", n->label);
    field (out, "label", n->label);
    field (out, "kind", ng_viz_kind_name (n->kind));
    field (out, "types", n->types);
    field (out, "iri", n->iri);
    field (out, "color", ng_viz_kind_color (n->kind));
    GPtrArray *facts = g_ptr_array_new_with_free_func (g_free);
    for (guint k = 0; k < n->attrs->len; k++) {
      const NgVizAttr *a = n->attrs->pdata[k];
      g_ptr_array_add (facts, g_strdup_printf ("%s: %s", a->key, a->value));
    }
    list (out, "facts", facts);
    g_ptr_array_unref (facts);
    list (out, "evidence", n->evidence);
    g_string_append (out, "}}");
  }
  g_string_append (out, "\n    ],\n    \"edges\": [");
  for (guint i = 0; i < graph->edges->len; i++) {
    const NgVizEdge *e = graph->edges->pdata[i];
    const NgVizNode *s = graph->nodes->pdata[e->source], *t = graph->nodes->pdata[e->target];
    g_string_append_printf (out, "%s\n      {\"data\": {\"id\": \"e%u\", \"source\": \"%s\", \"target\": \"%s\"",
                            i ? "," : "", i, s->id, t->id);
    field (out, "name", e->label);
    field (out, "label", e->label);
    field (out, "property", e->property);
    list (out, "evidence", e->evidence);
    g_string_append (out, "}}");
  }
  g_string_append (out, "\n    ]\n  }\n}\n");
}

static gboolean
write_cyjs (const NgVizGraph *graph, FILE *out, GError **error)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  ng_viz_append_cyjs (buf, graph);
  return ng_viz_flush (buf, out, error);
}

const NgVizWriterClass ng_viz_cyjs_writer = {
  "cyjs", "cyjs", "Cytoscape.js elements JSON (Cytoscape desktop, cytoscape.js)", write_cyjs,
};

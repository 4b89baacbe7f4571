/* SPDX-License-Identifier: MIT */
/* fuzz-draw.c: the drawing writers of src/viz.  The input is Turtle; when
 * it loads, the graph model is built (preferred language "zh" for odd
 * sizes, "en" for even ones) and written by every writer (DOT, GraphML,
 * GEXF, Cytoscape.js JSON, HTML), each of which must succeed and write
 * valid UTF-8. */
#include "config.h"

#include <stdlib.h>

#include "fuzz.h"
#include "rdfio/rdfio.h"
#include "viz/viz.h"

static const NgVizWriterClass *const writers[] = {
  &ng_viz_dot_writer, &ng_viz_graphml_writer, &ng_viz_gexf_writer,
  &ng_viz_cyjs_writer, &ng_viz_html_writer,
};

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  ng_fuzz_quiet ();
  NgStore *store = ng_store_new ();
  GError *error = NULL;
  if (!ng_rdf_load_data (store, (const char *) data, size, NG_SYNTAX_TURTLE,
                         "http://example.org/", "fuzz.ttl", &error)) {
    g_error_free (error);
    ng_store_free (store);
    return 0;
  }
  NgVizOptions opts = { .lang = (size & 1) ? "zh" : "en" };
  NgVizGraph *graph = ng_viz_graph_new (store, &opts, &error);
  if (!graph) {
    g_assert (error != NULL && error->message != NULL);
    g_error_free (error);
    ng_store_free (store);
    return 0;
  }
  for (gsize i = 0; i < G_N_ELEMENTS (writers); i++) {
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream (&buf, &len);
    g_assert (f != NULL);
    if (!writers[i]->write (graph, f, &error))
      g_error ("%s writer: %s", writers[i]->name, error->message);
    fclose (f);
    if (!g_utf8_validate (buf, (gssize) len, NULL)) {
      fprintf (stderr, "fuzz-draw: the %s writer wrote invalid UTF-8\n", writers[i]->name);
      abort ();
    }
    free (buf);
  }
  ng_viz_graph_free (graph);
  ng_store_free (store);
  return 0;
}

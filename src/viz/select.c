/* SPDX-License-Identifier: MIT */
/* select.c: narrowing a graph model: the neighbourhood of a focus, a set
 * of kinds, and the --max-nodes guard.  Works on the model alone; finding
 * the focus needs the store and is done in graph.c. */
#include "config.h"

#include <string.h>

#include "viz/model-private.h"

gboolean
ng_viz_graph_select (NgVizGraph *graph, const NgVizOptions *opts, const GArray *seeds,
                     GError **error)
{
  guint n = graph->nodes->len;
  g_autofree gboolean *keep = g_new0 (gboolean, n);
  g_autofree gboolean *is_seed = g_new0 (gboolean, n);
  if (seeds) {
    /* Breadth-first over the edges in both directions, depth hops. */
    g_autofree guint *level = g_new (guint, n);
    for (guint i = 0; i < n; i++)
      level[i] = G_MAXUINT;
    GArray *queue = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < seeds->len; i++) {
      guint s = g_array_index (seeds, guint, i);
      level[s] = 0;
      is_seed[s] = TRUE;
      g_array_append_val (queue, s);
    }
    /* Adjacency in both directions, as offsets into one array (CSR). */
    g_autofree guint *start = g_new0 (guint, n + 1);
    for (guint e = 0; e < graph->edges->len; e++) {
      const NgVizEdge *edge = graph->edges->pdata[e];
      start[edge->source + 1]++;
      start[edge->target + 1]++;
    }
    for (guint i = 0; i < n; i++)
      start[i + 1] += start[i];
    g_autofree guint *fill = g_new (guint, n + 1);
    memcpy (fill, start, sizeof (guint) * (n + 1));
    g_autofree guint *adj = g_new (guint, start[n] + 1);
    for (guint e = 0; e < graph->edges->len; e++) {
      const NgVizEdge *edge = graph->edges->pdata[e];
      adj[fill[edge->source]++] = edge->target;
      adj[fill[edge->target]++] = edge->source;
    }
    guint depth = opts->depth ? opts->depth : 1;
    for (guint head = 0; head < queue->len; head++) {
      guint u = g_array_index (queue, guint, head);
      if (level[u] >= depth)
        continue;
      for (guint k = start[u]; k < start[u + 1]; k++) {
        guint v = adj[k];
        if (level[v] == G_MAXUINT) {
          level[v] = level[u] + 1;
          g_array_append_val (queue, v);
        }
      }
    }
    for (guint i = 0; i < n; i++)
      keep[i] = level[i] != G_MAXUINT;
    g_array_unref (queue);
  } else {
    for (guint i = 0; i < n; i++)
      keep[i] = TRUE;
  }
  if (opts->types)
    for (guint i = 0; i < n; i++) {
      const NgVizNode *node = graph->nodes->pdata[i];
      if (!is_seed[i] && !(opts->types & (1u << node->kind)))
        keep[i] = FALSE;
    }
  guint n_kept = 0;
  for (guint i = 0; i < n; i++)
    n_kept += keep[i];
  if (opts->max_nodes && n_kept > opts->max_nodes) {
    g_set_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_TOO_MANY,
                 "the selection has %u entities, more than --max-nodes %u; narrow it with "
                 "--focus NAME --depth 1, --types Person,Organization or --query FILE.rq, "
                 "or raise --max-nodes (0: no limit)",
                 n_kept, opts->max_nodes);
    return FALSE;
  }
  if (n_kept == n)
    return TRUE;
  /* Renumber the kept nodes and remap the edges between them. */
  g_autofree guint *map = g_new (guint, n);
  GPtrArray *nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) ng_viz_node_free);
  for (guint i = 0; i < n; i++) {
    map[i] = G_MAXUINT;
    if (!keep[i])
      continue;
    NgVizNode *node = graph->nodes->pdata[i];
    graph->nodes->pdata[i] = NULL;
    map[i] = nodes->len;
    g_free (node->id);
    node->id = g_strdup_printf ("n%u", nodes->len);
    g_ptr_array_add (nodes, node);
  }
  GPtrArray *edges = g_ptr_array_new_with_free_func ((GDestroyNotify) ng_viz_edge_free);
  for (guint e = 0; e < graph->edges->len; e++) {
    NgVizEdge *edge = graph->edges->pdata[e];
    if (map[edge->source] == G_MAXUINT || map[edge->target] == G_MAXUINT)
      continue;
    edge->source = map[edge->source];
    edge->target = map[edge->target];
    graph->edges->pdata[e] = NULL;
    g_ptr_array_add (edges, edge);
  }
  g_ptr_array_unref (graph->nodes);
  g_ptr_array_unref (graph->edges);
  graph->nodes = nodes;
  graph->edges = edges;
  return TRUE;
}

/* SPDX-License-Identifier: MIT */
/* fuzz-query.c: the query parser, planner and executor.  The input is a
 * query text, run on a small fixed graph (fuzz.h) whatever its form: SELECT
 * rows are pulled up to MAX_ROWS, ASK answered, CONSTRUCT and DESCRIBE
 * graphs built and written as Turtle, and the plan explained.  The parity
 * of the size picks SPARQL's standard dataset or the union default graph.
 * Executing must never add or remove quads of the store. */
#include "config.h"

#include <stdlib.h>

#include "query-common.h"
#include "query/query.h"

#define MAX_ROWS 1000

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  ng_fuzz_quiet ();
  NgStore *store = fixed_store ();
  gsize n_quads = ng_store_size (store);
  GError *error = NULL;
  NgQuery *query = ng_query_parse ((const char *) data, (gssize) size, "fuzz.rq",
                                   "http://example.org/base/", &error);
  if (!query) {
    g_assert (error != NULL && error->message != NULL);
    g_error_free (error);
    return 0;
  }
  /* Small limits on some inputs, so that stopping at a limit is fuzzed
   * too: memory for size % 4 == 2, path depth for size % 4 == 3. */
  NgPlanOptions opts = { .strict_dataset = (size & 1) != 0, .explain = TRUE,
                         .max_memory = (size & 3) == 2 ? 4096 : 0,
                         .max_path_depth = (size & 3) == 3 ? 2 : 0 };
  NgPlan *plan = ng_plan_new (query, store, &opts, &error);
  if (!plan) {
    g_assert (error != NULL && error->message != NULL);
    g_error_free (error);
    ng_query_free (query);
    return 0;
  }
  switch (ng_query_form (query)) {
  case NG_QUERY_SELECT: {
    guint n_cols = ng_plan_n_columns (plan);
    for (guint i = 0; i < n_cols; i++)
      g_assert (ng_plan_column (plan, i) != NULL);
    const NgTermId *row;
    GString *s = g_string_new (NULL);
    for (int n = 0; n < MAX_ROWS && ng_plan_next (plan, &row); n++)
      for (guint i = 0; i < n_cols; i++)
        if (row[i] != NG_TERM_NONE) {
          g_string_truncate (s, 0);
          ng_term_append_ntriples (store, row[i], s);
        }
    g_string_free (s, TRUE);
    break;
  }
  case NG_QUERY_ASK:
    (void) ng_plan_ask (plan);
    break;
  case NG_QUERY_CONSTRUCT:
  case NG_QUERY_DESCRIBE: {
    NgStore *g = ng_plan_graph (plan);
    FILE *sink = ng_fuzz_sink ();
    if (!ng_rdf_write (g, NG_SYNTAX_TURTLE, sink, &error))
      g_error ("ng_rdf_write: %s", error->message);
    fclose (sink);
    ng_store_free (g);
    break;
  }
  }
  if (!ng_plan_check (plan, &error)) {
    g_assert (error != NULL && error->domain == NG_QUERY_ERROR && error->message != NULL);
    g_assert (error->code == NG_QUERY_ERROR_MEMORY || error->code == NG_QUERY_ERROR_PATH);
    g_error_free (error);
    error = NULL;
  }
  GString *explain = g_string_new (NULL);
  ng_plan_explain (plan, explain);
  g_string_free (explain, TRUE);
  ng_plan_free (plan);
  ng_query_free (query);
  if (ng_store_size (store) != n_quads) {
    fprintf (stderr, "fuzz-query: the query changed the store's quads\n");
    abort ();
  }
  return 0;
}

/* SPDX-License-Identifier: MIT */
/* fuzz-results.c: every result writer of src/query (table, TSV, CSV, JSON,
 * XML) on the results of the input query over the fixed graph (fuzz.h).
 * Queries with more than MAX_ROWS solutions are counted but not written,
 * to keep each input fast; CONSTRUCT and DESCRIBE are fuzz-query.c's. */
#include "config.h"

#include <stdlib.h>

#include "query-common.h"
#include "query/query.h"

#define MAX_ROWS 500

static const NgResultsFormat formats[] = {
  NG_RESULTS_TABLE, NG_RESULTS_TSV, NG_RESULTS_CSV, NG_RESULTS_JSON, NG_RESULTS_XML,
};

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  ng_fuzz_quiet ();
  NgStore *store = fixed_store ();
  GError *error = NULL;
  NgQuery *query = ng_query_parse ((const char *) data, (gssize) size, "fuzz.rq", NULL, &error);
  if (!query) {
    g_error_free (error);
    return 0;
  }
  NgQueryForm form = ng_query_form (query);
  if (form != NG_QUERY_SELECT && form != NG_QUERY_ASK) {
    ng_query_free (query);
    return 0;
  }
  NgPlan *plan = ng_plan_new (query, store, NULL, &error);
  if (!plan) {
    g_error_free (error);
    ng_query_free (query);
    return 0;
  }
  int n = 0;
  if (form == NG_QUERY_SELECT) {
    const NgTermId *row;
    while (n <= MAX_ROWS && ng_plan_next (plan, &row))
      n++;
  }
  ng_plan_free (plan);
  if (n > MAX_ROWS) {
    ng_query_free (query);
    return 0;
  }
  for (gsize i = 0; i < G_N_ELEMENTS (formats); i++) {
    /* ng_results_write runs the plan: a fresh one for each writer. */
    plan = ng_plan_new (query, store, NULL, &error);
    g_assert (plan != NULL);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream (&buf, &len);
    g_assert (f != NULL);
    if (!ng_results_write (plan, store, formats[i], ng_query_prefixes (query), f, &error))
      g_error ("ng_results_write: %s", error->message);
    fclose (f);
    /* Every format but the table is UTF-8 text; the table may pad, never cut. */
    if (!g_utf8_validate (buf, (gssize) len, NULL)) {
      fprintf (stderr, "fuzz-results: format %d wrote invalid UTF-8\n", (int) formats[i]);
      abort ();
    }
    free (buf);
    ng_plan_free (plan);
  }
  ng_query_free (query);
  return 0;
}

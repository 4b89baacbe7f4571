/* SPDX-License-Identifier: MIT */
/* bench-query.c: times SPARQL queries on one loaded store.
 *
 * Loads DATA once (any RDF newsgraph reads), builds the indexes, then runs
 * each query file RUNS times: parse, plan, execute and write the results as
 * TSV to /dev/null, exactly what `newsgraph query -r tsv` does after
 * loading.  Prints one line per query: its name, the number of result
 * rows, the best and the median wall time in milliseconds.
 *
 *   bench-query [-r RUNS] DATA QUERY.rq...
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "query/query.h"
#include "rdfio/rdfio.h"

static int
cmp_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

/* Runs one query, results to sink; FALSE on error. */
static gboolean
run (NgStore *store, const char *text, const char *name, FILE *sink)
{
  GError *error = NULL;
  NgQuery *q = ng_query_parse (text, -1, name, NULL, &error);
  NgPlan *plan = q ? ng_plan_new (q, store, NULL, &error) : NULL;
  gboolean ok = plan && ng_results_write (plan, store, NG_RESULTS_TSV, NULL, sink, &error);
  if (error) {
    fprintf (stderr, "bench-query: %s: %s\n", name, error->message);
    g_error_free (error);
  }
  ng_plan_free (plan);
  ng_query_free (q);
  return ok;
}

static long
count_rows (NgStore *store, const char *text)
{
  NgQuery *q = ng_query_parse (text, -1, "count", NULL, NULL);
  NgPlan *plan = q ? ng_plan_new (q, store, NULL, NULL) : NULL;
  long n = 0;
  const NgTermId *row;
  while (plan && ng_plan_next (plan, &row))
    n++;
  ng_plan_free (plan);
  ng_query_free (q);
  return n;
}

int
main (int argc, char **argv)
{
  int runs = 5;
  int i = 1;
  if (argc > 2 && !strcmp (argv[1], "-r")) {
    runs = atoi (argv[2]);
    i = 3;
  }
  if (argc - i < 2 || runs < 1) {
    fprintf (stderr, "usage: bench-query [-r RUNS] DATA QUERY.rq...\n");
    return 2;
  }
  NgStore *store = ng_store_new ();
  GError *error = NULL;
  gint64 t0 = g_get_monotonic_time ();
  if (!ng_rdf_load_file (store, argv[i], NG_SYNTAX_UNKNOWN, NULL, &error)) {
    fprintf (stderr, "bench-query: %s\n", error->message);
    return 1;
  }
  gint64 t1 = g_get_monotonic_time ();
  ng_store_build (store);
  gint64 t2 = g_get_monotonic_time ();
  printf ("load\t%" G_GSIZE_FORMAT " triples\tparse %.0f ms\tindex %.0f ms\n", ng_store_size (store),
          (double) (t1 - t0) / 1000, (double) (t2 - t1) / 1000);
  FILE *sink = fopen ("/dev/null", "w");
  double *times = g_new (double, runs);
  printf ("query\trows\tbest_ms\tmedian_ms\n");
  for (i++; i < argc; i++) {
    g_autofree char *text = NULL;
    if (!g_file_get_contents (argv[i], &text, NULL, &error)) {
      fprintf (stderr, "bench-query: %s\n", error->message);
      return 1;
    }
    g_autofree char *name = g_path_get_basename (argv[i]);
    char *dot = strrchr (name, '.');
    if (dot)
      *dot = '\0';
    long rows = count_rows (store, text);
    for (int r = 0; r < runs; r++) {
      gint64 s = g_get_monotonic_time ();
      if (!run (store, text, name, sink))
        return 1;
      times[r] = (double) (g_get_monotonic_time () - s) / 1000;
    }
    qsort (times, (size_t) runs, sizeof *times, cmp_double);
    printf ("%s\t%ld\t%.3f\t%.3f\n", name, rows, times[0], times[runs / 2]);
    fflush (stdout);
  }
  g_free (times);
  fclose (sink);
  ng_store_free (store);
  return 0;
}

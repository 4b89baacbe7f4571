/* SPDX-License-Identifier: MIT */
/* test-query.c: runs the query cases of tests/data/query/ *.test, one
 * GTest case per block, and a few API checks.
 *
 * The case format (see tests/data/query/README.md):
 *
 *   %%DATA                     Turtle (or TriG) for the cases that follow,
 *   ...                        up to a blank line
 *
 *   # name                     a case: the query, '--', the expected
 *   SELECT ...                 results as TSV (header first); rows are
 *   --                         compared as a multiset unless the query
 *   ?x                         says ORDER BY
 *   <http://example.org/a>
 *
 *   %%FAIL                     a query that must fail: the expected text
 *   SELECT ...                 is the exact error message
 *   --
 *   <query>:1:10: error: ...
 *
 * Options of a case go on its name line: "# name [strict]" runs with
 * SPARQL's standard dataset.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "query/query.h"
#include "rdfio/rdfio.h"

typedef struct {
  char *name;
  char *data;      /**< Turtle/TriG text */
  char *query;
  char *expected;
  gboolean fail;
  gboolean strict;
} Case;

static char *
run_query (const Case *c, GError **error)
{
  NgStore *store = ng_store_new ();
  if (c->data && *c->data
      && !ng_rdf_load_data (store, c->data, strlen (c->data), NG_SYNTAX_TRIG,
                            "http://example.org/base/", "data", error)) {
    ng_store_free (store);
    return NULL;
  }
  NgQuery *q = ng_query_parse (c->query, -1, "<query>", NULL, error);
  if (!q) {
    ng_store_free (store);
    return NULL;
  }
  NgPlanOptions opts = { .strict_dataset = c->strict };
  NgPlan *plan = ng_plan_new (q, store, &opts, error);
  char *buf = NULL;
  size_t len = 0;
  if (plan) {
    FILE *f = open_memstream (&buf, &len);
    NgQueryForm form = ng_query_form (q);
    if (form == NG_QUERY_CONSTRUCT || form == NG_QUERY_DESCRIBE) {
      NgStore *g = ng_plan_graph (plan);
      ng_rdf_write (g, NG_SYNTAX_NTRIPLES, f, error);
      ng_store_free (g);
    } else {
      ng_results_write (plan, store, NG_RESULTS_TSV, NULL, f, error);
    }
    fclose (f);
  }
  ng_plan_free (plan);
  ng_query_free (q);
  ng_store_free (store);
  if (!plan) {
    free (buf);
    return NULL;
  }
  char *r = g_strdup (buf);
  free (buf);
  return r;
}

static int
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* Sorts the lines after the header, unless the query orders them. */
static char *
normalize (const char *text, gboolean keep_order, gboolean has_header)
{
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = g_strv_length (lines);
  while (n > 0 && lines[n - 1][0] == '\0') {
    g_free (lines[n - 1]);
    lines[--n] = NULL;
  }
  guint start = has_header ? 1 : 0;
  if (!keep_order && n > start)
    qsort (lines + start, n - start, sizeof (char *), cmp_str);
  return g_strjoinv ("\n", lines);
}

static void
run_case (gconstpointer data)
{
  const Case *c = data;
  GError *error = NULL;
  char *got = run_query (c, &error);
  if (c->fail) {
    g_assert_null (got);
    g_assert_nonnull (error);
    g_assert_cmpstr (error->message, ==, c->expected);
    g_error_free (error);
    return;
  }
  if (!got)
    g_error ("%s: %s", c->name, error->message);
  gboolean ordered = strstr (c->query, "ORDER BY") != NULL;
  gboolean header = !g_str_has_prefix (c->query, "CONSTRUCT") && !strstr (c->query, "DESCRIBE")
                    && !strstr (c->query, "CONSTRUCT");
  g_autofree char *a = normalize (got, ordered, header);
  g_autofree char *b = normalize (c->expected, ordered, header);
  g_assert_cmpstr (a, ==, b);
  g_free (got);
}

static GPtrArray *all_cases;

static void
add_cases (const char *path)
{
  g_autofree char *text = NULL;
  GError *error = NULL;
  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s", error->message);
  g_autofree char *base = g_path_get_basename (path);
  char *dot = strrchr (base, '.');
  if (dot)
    *dot = '\0';
  g_auto (GStrv) blocks = g_regex_split_simple ("\n\n+", text, 0, 0);
  char *data = g_strdup ("");
  int n = 0;
  for (int i = 0; blocks[i]; i++) {
    char *b = g_strchug (blocks[i]);
    gsize bl = strlen (b);
    while (bl > 0 && b[bl - 1] == '\n')
      b[--bl] = '\0';
    if (!*b)
      continue;
    /* Leading comment lines that are not the case name are skipped. */
    if (g_str_has_prefix (b, "%%DATA")) {
      g_free (data);
      const char *nl = strchr (b, '\n');
      data = g_strdup (nl ? nl + 1 : "");
      continue;
    }
    Case *c = g_new0 (Case, 1);
    c->data = data;
    const char *body = b;
    if (g_str_has_prefix (body, "%%FAIL")) {
      c->fail = TRUE;
      body = strchr (body, '\n');
      body = body ? body + 1 : "";
    }
    g_autofree char *label = NULL;
    if (body[0] == '#') {
      const char *nl = strchr (body, '\n');
      label = g_strstrip (g_strndup (body + 1, nl ? (gsize) (nl - body - 1) : strlen (body + 1)));
      body = nl ? nl + 1 : "";
      if (strstr (label, "[strict]"))
        c->strict = TRUE;
    }
    const char *sep = strstr (body, "\n--\n");
    if (!sep && g_str_has_suffix (body, "\n--"))
      sep = body + strlen (body) - 3;
    if (!sep)
      g_error ("%s: block %d has no '--' line", path, i);
    c->query = g_strndup (body, (gsize) (sep - body));
    c->expected = g_strdup (sep[3] ? sep + 4 : "");
    n++;
    c->name = g_strdup_printf ("/query/%s/%02d%s%s", base, n, label ? "-" : "",
                               label ? label : "");
    for (char *p = c->name; *p; p++)
      if (*p == ' ')
        *p = '_';
    g_ptr_array_add (all_cases, c);
    g_test_add_data_func (c->name, c, run_case);
  }
  /* data strings are shared by the cases: kept until exit */
}

static void
test_free_null (void)
{
  ng_query_free (NULL);
  ng_plan_free (NULL);
}

/* A LIMIT stops the scan: the plan pulls only what it needs. */
static void
test_limit_streams (void)
{
  NgStore *st = ng_store_new ();
  NgTermId p = ng_store_iri (st, "http://example.org/p", -1);
  for (int i = 0; i < 10000; i++) {
    char buf[64];
    g_snprintf (buf, sizeof buf, "http://example.org/s%d", i);
    ng_store_add (st, ng_store_iri (st, buf, -1), p, p, NG_GRAPH_DEFAULT);
  }
  NgQuery *q = ng_query_parse ("SELECT ?s { ?s <http://example.org/p> ?o } LIMIT 3", -1, "t",
                               NULL, NULL);
  NgPlanOptions opts = { .explain = TRUE };
  NgPlan *plan = ng_plan_new (q, st, &opts, NULL);
  const NgTermId *row;
  int n = 0;
  while (ng_plan_next (plan, &row))
    n++;
  g_assert_cmpint (n, ==, 3);
  GString *s = g_string_new (NULL);
  ng_plan_explain (plan, s);
  g_assert_nonnull (strstr (s->str, "actual 3)"));
  g_assert_null (strstr (s->str, "actual 10000"));
  g_string_free (s, TRUE);
  ng_plan_free (plan);
  ng_query_free (q);
  ng_store_free (st);
}

/* The planner starts with the most selective pattern and checks a filter
 * as soon as its variable is bound (plan tests compare the explain text). */
static void
test_plan_order (void)
{
  NgStore *st = ng_store_new ();
  NgTermId type = ng_store_iri (st, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", -1);
  NgTermId person = ng_store_iri (st, "http://example.org/Person", -1);
  NgTermId name = ng_store_iri (st, "http://example.org/name", -1);
  NgTermId age = ng_store_iri (st, "http://example.org/age", -1);
  for (int i = 0; i < 200; i++) {
    char buf[64];
    g_snprintf (buf, sizeof buf, "http://example.org/p%d", i);
    NgTermId s = ng_store_iri (st, buf, -1);
    ng_store_add (st, s, type, person, NG_GRAPH_DEFAULT);
    g_snprintf (buf, sizeof buf, "%d", i % 50);
    ng_store_add (st, s, age, ng_store_literal (st, buf, -1, NULL, "http://www.w3.org/2001/XMLSchema#integer"),
                  NG_GRAPH_DEFAULT);
    if (i == 7)
      ng_store_add (st, s, name, ng_store_literal (st, "Zhang Wei", -1, NULL, NULL), NG_GRAPH_DEFAULT);
  }
  NgQuery *q = ng_query_parse ("PREFIX : <http://example.org/> SELECT ?x WHERE { ?x a :Person ; "
                               ":age ?a ; :name \"Zhang Wei\" FILTER (?a > 3) }",
                               -1, "t", NULL, NULL);
  NgPlanOptions opts = { .explain = TRUE };
  NgPlan *plan = ng_plan_new (q, st, &opts, NULL);
  const NgTermId *row;
  int n = 0;
  while (ng_plan_next (plan, &row))
    n++;
  g_assert_cmpint (n, ==, 1);
  GString *s = g_string_new (NULL);
  ng_plan_explain (plan, s);
  g_assert_cmpstr (s->str, ==,
                   "BGP  (est 1, actual 1)\n"
                   "  scan ?x <http://example.org/name> \"Zhang Wei\"  (fanout 1.0, est 1, actual 1)\n"
                   "  scan ?x <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                   "<http://example.org/Person>  (fanout 1.0, est 1, actual 1)\n"
                   "  scan ?x <http://example.org/age> ?a + 1 filter  (fanout 1.0, est 0, actual 1)\n");
  g_string_free (s, TRUE);
  ng_plan_free (plan);
  ng_query_free (q);
  ng_store_free (st);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  all_cases = g_ptr_array_new ();
  g_test_add_func ("/query/free-null", test_free_null);
  g_test_add_func ("/query/limit-streams", test_limit_streams);
  g_test_add_func ("/query/plan-order", test_plan_order);
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "query", NULL);
  GDir *d = g_dir_open (dir, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  while (d && (name = g_dir_read_name (d)))
    if (g_str_has_suffix (name, ".test"))
      g_ptr_array_add (files, g_build_filename (dir, name, NULL));
  if (d)
    g_dir_close (d);
  g_ptr_array_sort (files, cmp_str);
  for (guint i = 0; i < files->len; i++)
    add_cases (g_ptr_array_index (files, i));
  int rc = g_test_run ();
  g_ptr_array_free (files, TRUE);
  return rc;
}

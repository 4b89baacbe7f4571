/* SPDX-License-Identifier: MIT */
/* cmd-query.c: `newsgraph query`: load RDF, run a SPARQL query, write the
 * results.  The engine is src/query/; this file does options, loading and
 * output only. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "cli/cli.h"
#include "query/query.h"
#include "rdfio/rdfio.h"
#include "remote/remote.h"

/* Copies every triple of src into dst, in graph g (a term of dst). */
static void
copy_into_graph (NgStore *src, NgStore *dst, NgTermId g)
{
  gsize n;
  const NgQuad *q = ng_store_quads (src, &n);
  for (gsize i = 0; i < n; i++) {
    NgTermId t[3] = { q[i].s, q[i].p, q[i].o };
    NgTermId d[3];
    for (int k = 0; k < 3; k++) {
      gsize len;
      const char *v = ng_term_value (src, t[k], &len);
      switch (ng_term_kind (src, t[k])) {
      case NG_TERM_IRI:
        d[k] = ng_store_iri (dst, v, (gssize) len);
        break;
      case NG_TERM_BLANK: {
        /* Blank nodes of a named-graph file are its own. */
        g_autofree char *label = g_strdup_printf ("g%u_%s", g, v);
        d[k] = ng_store_blank (dst, label, -1);
        break;
      }
      default:
        d[k] = ng_store_literal (dst, v, (gssize) len, ng_term_lang (src, t[k]),
                                 ng_term_datatype (src, t[k]));
      }
    }
    ng_store_add (dst, d[0], d[1], d[2], g);
  }
}

/* Loads path into the named graph iri. */
static gboolean
load_named (NgStore *store, const char *path, const char *iri, NgSyntax syntax, GError **error)
{
  NgStore *tmp = ng_store_new ();
  gboolean ok = ng_rdf_load_file (tmp, path, syntax, iri, error);
  if (ok)
    copy_into_graph (tmp, store, ng_store_iri (store, iri, -1));
  ng_store_free (tmp);
  return ok;
}

static char *
file_iri (const char *path)
{
  g_autofree char *abs = g_canonicalize_filename (path, NULL);
  return g_filename_to_uri (abs, NULL, NULL);
}

/* FROM and FROM NAMED IRIs that name no graph of the store but a readable
 * local file (file: IRIs) are loaded into a graph of that name. */
static gboolean
load_dataset (NgStore *store, const NgQuery *query, GError **error)
{
  GArray *graphs = ng_store_graphs (store);
  for (int named = 0; named < 2; named++) {
    const GPtrArray *iris = ng_query_dataset (query, named);
    for (guint i = 0; iris && i < iris->len; i++) {
      const char *iri = g_ptr_array_index (iris, i);
      NgTermId id = ng_store_lookup_iri (store, iri);
      gboolean present = FALSE;
      for (guint k = 0; k < graphs->len && id; k++)
        present |= g_array_index (graphs, NgTermId, k) == id;
      if (present || !g_str_has_prefix (iri, "file:"))
        continue;
      g_autofree char *path = g_filename_from_uri (iri, NULL, NULL);
      if (!path || !g_file_test (path, G_FILE_TEST_IS_REGULAR))
        continue;
      if (!load_named (store, path, iri, NG_SYNTAX_UNKNOWN, error)) {
        g_array_unref (graphs);
        return FALSE;
      }
    }
  }
  g_array_unref (graphs);
  return TRUE;
}

/* --endpoint: sends the query text to a SPARQL endpoint and writes its
 * answer in the format asked (results, or RDF for CONSTRUCT/DESCRIBE). */
static int
query_endpoint (const char *endpoint, guint timeout, const char *text, const char *results,
                const char *output)
{
  GError *error = NULL;
  /* The local parser gives the form and the prefixes (for the table); a
   * query it does not accept may still be fine for the endpoint. */
  NgQuery *local = ng_query_parse (text, -1, "<query>", NULL, NULL);
  NgQueryForm form;
  if (local)
    form = ng_query_form (local);
  else if (!ng_remote_guess_form (text, &form)) {
    ng_cli_error ("the query has no SELECT, ASK, CONSTRUCT or DESCRIBE");
    return NG_EXIT_INPUT;
  }
  gboolean graph_form = form == NG_QUERY_CONSTRUCT || form == NG_QUERY_DESCRIBE;
  NgResultsFormat rf = NG_RESULTS_TABLE;
  NgSyntax gsyn = NG_SYNTAX_TURTLE;
  if (results
      && !(graph_form ? (gsyn = ng_syntax_from_name (results)) != NG_SYNTAX_UNKNOWN
                            && gsyn != NG_SYNTAX_RDFXML
                      : ng_results_format_from_name (results, &rf))) {
    ng_query_free (local);
    return ng_cli_usage_error ("query", "unknown result format '%s'", results);
  }
  int rc = NG_EXIT_INPUT;
  NgRemoteResult *r = ng_remote_query (endpoint, text, form, timeout, &error);
  NgOutput *o = r ? ng_output_open (output, &error) : NULL;
  if (o) {
    FILE *f = ng_output_file (o);
    gboolean ok;
    if (graph_form)
      ok = ng_rdf_write (r->store, gsyn, f, &error);
    else
      ok = ng_results_write_rows (
          r->store, r->columns ? (const char *const *) r->columns->pdata : NULL,
          r->columns ? r->columns->len : 0, r->rows ? (const NgTermId *) r->rows->data : NULL,
          r->rows && r->columns && r->columns->len ? r->rows->len / r->columns->len : 0,
          form == NG_QUERY_ASK ? &r->boolean : NULL, rf, local ? ng_query_prefixes (local) : NULL,
          f, &error);
    if (!ok)
      ng_output_abort (o);
    else if (ng_output_commit (o, &error))
      rc = NG_EXIT_OK;
  }
  if (error) {
    ng_cli_error ("%s", error->message);
    g_error_free (error);
  }
  ng_remote_result_free (r);
  ng_query_free (local);
  return rc;
}

int
ng_cmd_query (int argc, char **argv)
{
  g_autofree char *expr = NULL, *qfile = NULL, *results = NULL, *in_fmt = NULL, *base = NULL,
                  *output = NULL, *endpoint = NULL;
  g_auto (GStrv) named = NULL;
  double timeout = NAN; /* not given: 300 s with --endpoint, no limit locally */
  int max_memory = 2048, max_path_depth = 0;
  gboolean explain = FALSE, standard = FALSE;
  GOptionEntry entries[] = {
    { "expression", 'e', 0, G_OPTION_ARG_STRING, &expr, "The query text", "QUERY" },
    { "query", 'q', 0, G_OPTION_ARG_FILENAME, &qfile, "Read the query from FILE ('-': standard input)",
      "FILE" },
    { "results", 'r', 0, G_OPTION_ARG_STRING, &results,
      "Result format: table (default), tsv, csv, json, xml; for CONSTRUCT and DESCRIBE: "
      "turtle (default), ntriples, nquads, trig",
      "FMT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (default: standard output)",
      "FILE" },
    { "explain", 0, 0, G_OPTION_ARG_NONE, &explain,
      "Run the query and print its plan with estimated and actual rows instead of the results",
      NULL },
    { "input-format", 'i', 0, G_OPTION_ARG_STRING, &in_fmt,
      "Syntax of the data files (default: by extension, else guessed)", "FMT" },
    { "base", 0, 0, G_OPTION_ARG_STRING, &base, "Base IRI for the data files", "IRI" },
    { "named-graph", 'n', 0, G_OPTION_ARG_FILENAME_ARRAY, &named,
      "Load FILE into a named graph called by its file: IRI (repeatable)", "FILE" },
    { "endpoint", 0, 0, G_OPTION_ARG_STRING, &endpoint,
      "Send the query to this SPARQL endpoint (SPARQL 1.1 Protocol) instead of loading DATA",
      "URL" },
    { "timeout", 0, 0, G_OPTION_ARG_DOUBLE, &timeout,
      "Give up evaluating the query after SECONDS (default: no limit; 0: none); "
      "with --endpoint: after SECONDS without an answer (default 300)",
      "SECONDS" },
    { "max-memory", 0, 0, G_OPTION_ARG_INT, &max_memory,
      "Give up when the intermediate results of DISTINCT, ORDER BY, GROUP BY, joins and "
      "property paths need more than MB megabytes (default 2048; 0: no limit)",
      "MB" },
    { "max-path-depth", 0, 0, G_OPTION_ARG_INT, &max_path_depth,
      "Give up when a * or + property path goes more than N steps from its start "
      "(default: no limit)",
      "N" },
    { "standard-dataset", 0, 0, G_OPTION_ARG_NONE, &standard,
      "The default graph is only the triples outside named graphs (SPARQL's standard "
      "dataset), not the union of all graphs",
      NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("[DATA...]");
  g_option_context_set_summary (
      ctx, "Loads RDF files (any syntax newsgraph reads; '-' is standard input; articles, *.txt, are "
           "extracted on the fly) and answers a "
           "SPARQL query over them.\n\nThe default graph is the union of all graphs in the data "
           "(each extracted article is its own named graph); GRAPH ?g ranges over the named "
           "graphs.  SELECT and ASK print results, CONSTRUCT and DESCRIBE print RDF.  ASK "
           "prints true or false and exits 0 either way.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!ng_cli_parse (ctx, "query", &argc, &argv))
    return NG_EXIT_USAGE;
  if (!expr == !qfile)
    return ng_cli_usage_error ("query", "give the query with exactly one of -e and -q");
  NgSyntax in = NG_SYNTAX_UNKNOWN;
  if (in_fmt && !(in = ng_syntax_from_name (in_fmt)))
    return ng_cli_usage_error ("query", "unknown input format '%s' (%s)", in_fmt,
                               ng_syntax_names ());

  if (endpoint && (argc > 1 || named || explain || standard || in_fmt || base))
    return ng_cli_usage_error ("query", "--endpoint takes no DATA files and none of -n, "
                                        "--explain, --standard-dataset, -i, --base");
  if (timeout < 0)
    return ng_cli_usage_error ("query", "--timeout must be 0 or more seconds");
  if (max_memory < 0 || max_path_depth < 0)
    return ng_cli_usage_error ("query", "--max-memory and --max-path-depth must be 0 or more");

  /* The query. */
  g_autofree char *text = NULL, *qbase = NULL;
  gsize len = 0;
  const char *qname = "<query>";
  GError *error = NULL;
  if (expr) {
    text = g_strdup (expr);
    len = strlen (text);
  } else if (!strcmp (qfile, "-")) {
    GString *s = g_string_new (NULL);
    char buf[65536];
    size_t n;
    while ((n = fread (buf, 1, sizeof buf, stdin)) > 0)
      g_string_append_len (s, buf, (gssize) n);
    len = s->len;
    text = g_string_free (s, FALSE);
    qname = "<stdin>";
  } else {
    if (!g_file_get_contents (qfile, &text, &len, &error)) {
      ng_cli_error ("%s", error->message);
      g_error_free (error);
      return NG_EXIT_INPUT;
    }
    qname = qfile;
    qbase = file_iri (qfile);
  }
  if (endpoint)
    return query_endpoint (endpoint, isnan (timeout) ? 300 : (guint) ceil (timeout), text,
                           results, output);
  NgQuery *query = ng_query_parse (text, (gssize) len, qname, qbase, &error);
  if (!query) {
    if (g_error_matches (error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX))
      fprintf (stderr, "%s\n", error->message); /* "FILE:LINE:COL: error: ..." */
    else
      ng_cli_error ("%s", error->message);
    g_error_free (error);
    return NG_EXIT_INPUT;
  }
  NgQueryForm form = ng_query_form (query);
  gboolean graph_form = form == NG_QUERY_CONSTRUCT || form == NG_QUERY_DESCRIBE;
  NgResultsFormat rf = NG_RESULTS_TABLE;
  NgSyntax gsyn = NG_SYNTAX_TURTLE;
  if (results) {
    gboolean ok = graph_form ? (gsyn = ng_syntax_from_name (results)) != NG_SYNTAX_UNKNOWN
                                   && gsyn != NG_SYNTAX_RDFXML
                             : ng_results_format_from_name (results, &rf);
    if (!ok) {
      ng_query_free (query);
      return ng_cli_usage_error ("query", "unknown result format '%s' (%s)", results,
                                 graph_form ? "turtle, ntriples, nquads, trig"
                                            : "table, tsv, csv, json, xml");
    }
  }

  /* The data. */
  NgStore *store = ng_store_new ();
  /* Articles (*.txt) among the data are extracted on the fly. */
  int rc = ng_cli_load_rdf (store, argv + 1, argc - 1, in, base);
  gboolean reported = rc != NG_EXIT_OK; /* ng_cli_load_rdf printed why */
  for (int i = 0; named && named[i] && rc == NG_EXIT_OK; i++) {
    g_autofree char *iri = file_iri (named[i]);
    if (!load_named (store, named[i], iri, in, &error))
      rc = NG_EXIT_INPUT;
  }
  if (rc == NG_EXIT_OK && !load_dataset (store, query, &error))
    rc = NG_EXIT_INPUT;

  NgPlan *plan = NULL;
  if (rc == NG_EXIT_OK) {
    NgPlanOptions opts = { .strict_dataset = standard,
                           .explain = explain,
                           .timeout = isnan (timeout) ? 0 : timeout,
                           .max_memory = (gsize) max_memory << 20,
                           .max_path_depth = (guint) max_path_depth };
    plan = ng_plan_new (query, store, &opts, &error);
    if (!plan)
      rc = NG_EXIT_INPUT;
  }
  NgOutput *o = NULL;
  if (rc == NG_EXIT_OK && !(o = ng_output_open (output, &error)))
    rc = NG_EXIT_INPUT;
  if (rc == NG_EXIT_OK) {
    FILE *f = ng_output_file (o);
    gboolean ok = TRUE;
    if (explain) {
      guint64 n = 0;
      if (graph_form) {
        NgStore *g = ng_plan_graph (plan);
        n = ng_store_size (g);
        ng_store_free (g);
      } else if (form == NG_QUERY_ASK) {
        n = ng_plan_ask (plan);
      } else {
        const NgTermId *row;
        while (ng_plan_next (plan, &row))
          n++;
      }
      GString *s = g_string_new (NULL);
      ng_plan_explain (plan, s);
      g_string_append_printf (s, "%" G_GUINT64_FORMAT " result%s\n", n, n == 1 ? "" : "s");
      ok = fputs (s->str, f) >= 0;
      g_string_free (s, TRUE);
    } else if (graph_form) {
      NgStore *g = ng_plan_graph (plan);
      ok = ng_rdf_write (g, gsyn, f, &error);
      ng_store_free (g);
    } else {
      ok = ng_results_write (plan, store, rf, ng_query_prefixes (query), f, &error);
    }
    /* A limit reached: the results are incomplete (the result writers
     * check it too, and write nothing more). */
    if (ok && !ng_plan_check (plan, &error))
      ok = FALSE;
    if (error && error->domain == NG_QUERY_ERROR
        && (error->code == NG_QUERY_ERROR_TIMEOUT || error->code == NG_QUERY_ERROR_MEMORY
            || error->code == NG_QUERY_ERROR_PATH)) {
      const char *opt = error->code == NG_QUERY_ERROR_TIMEOUT  ? "--timeout SECONDS"
                        : error->code == NG_QUERY_ERROR_MEMORY ? "--max-memory MB"
                                                               : "--max-path-depth N";
      char *msg = g_strdup_printf ("%s; raise it with %s (0: no limit)", error->message, opt);
      g_free (error->message);
      error->message = msg;
    }
    if (!ok) {
      ng_output_abort (o);
      rc = NG_EXIT_INPUT;
    } else if (!ng_output_commit (o, &error)) {
      rc = NG_EXIT_INPUT;
    }
  }
  if (error) {
    ng_cli_error ("%s", error->message);
    g_error_free (error);
  } else if (rc != NG_EXIT_OK && !reported) {
    ng_cli_error ("write error");
  }
  ng_plan_free (plan);
  ng_store_free (store);
  ng_query_free (query);
  return rc;
}

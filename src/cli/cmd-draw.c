/* SPDX-License-Identifier: MIT */
/* cmd-draw.c: `newsgraph draw`: load RDF, build the graph model (viz/),
 * select, and write one drawing format. */
#include "config.h"

#include <string.h>

#include "cli/cli.h"
#include "query/query.h"
#include "rdfio/rdfio.h"
#include "viz/viz.h"

int
ng_cmd_draw (int argc, char **argv)
{
  g_autofree char *format = NULL, *output = NULL, *lang = NULL, *focus = NULL, *query = NULL;
  g_autofree char *types = NULL, *in_fmt = NULL, *base = NULL;
  int depth = 1, max_nodes = 5000;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Output format: dot, graphml, gexf, cyjs or html (default: by --output's extension, "
      "else dot)", "FMT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE (written under a temporary name, renamed when complete; default: "
      "standard output)", "FILE" },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang,
      "Label language when names exist in several: zh or en (default: en first)", "LANG" },
    { "focus", 0, 0, G_OPTION_ARG_STRING, &focus,
      "Draw only the neighbourhood of the entities named (IRI, prefixed name or name)", "ENTITY" },
    { "depth", 'd', 0, G_OPTION_ARG_INT, &depth,
      "With --focus: how many relations away to go (1 or more, default 1)", "N" },
    { "types", 't', 0, G_OPTION_ARG_STRING, &types,
      "Keep only entities of these kinds: Person, Organization, Event, Place, Other "
      "(comma-separated)", "LIST" },
    { "max-nodes", 'm', 0, G_OPTION_ARG_INT, &max_nodes,
      "Refuse to draw more entities than N (default 5000; 0: no limit)", "N" },
    { "query", 'q', 0, G_OPTION_ARG_FILENAME, &query,
      "Draw only the triples a SPARQL CONSTRUCT (or DESCRIBE) query in FILE builds from the "
      "data; names and types come from the data", "FILE.rq" },
    { "input-format", 'i', 0, G_OPTION_ARG_STRING, &in_fmt,
      "Syntax of the inputs (default: by extension, else guessed)", "FMT" },
    { "base", 0, 0, G_OPTION_ARG_STRING, &base, "Base IRI for relative IRIs in the inputs", "IRI" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("DATA...");
  g_option_context_set_summary (
      ctx, "Draws the entities and relations of RDF files (as written by newsgraph extract) for "
           "Graphviz (dot), yEd and Gephi (graphml, gexf), Cytoscape (cyjs) or a web browser "
           "(html: one self-contained page with search, a type filter and a facts panel).\n\n"
           "Nodes are entities labelled by schema:name and styled by type; literals are node "
           "facts; each org:Membership is one edge person -[role]-> organization; edge labels "
           "come from rdfs:label in the data, else built-in labels, else prefixed names.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!ng_cli_parse (ctx, "draw", &argc, &argv))
    return NG_EXIT_USAGE;
  if (argc < 2)
    return ng_cli_usage_error ("draw", "no input files");

  const NgVizWriterClass *writer = NULL;
  if (format) {
    if (!(writer = ng_viz_writer_by_name (format)))
      return ng_cli_usage_error ("draw", "unknown format '%s' (%s)", format, ng_viz_writer_names ());
  } else if (output && strcmp (output, "-") != 0) {
    writer = ng_viz_writer_by_filename (output);
    if (!writer)
      writer = &ng_viz_dot_writer;
  } else
    writer = &ng_viz_dot_writer;
  if (lang && strcmp (lang, "zh") != 0 && strcmp (lang, "en") != 0)
    return ng_cli_usage_error ("draw", "unknown language '%s' (zh or en)", lang);
  if (depth < 1)
    return ng_cli_usage_error ("draw", "--depth takes a number >= 1");
  if (max_nodes < 0)
    return ng_cli_usage_error ("draw", "--max-nodes takes a number >= 0 (0: no limit)");
  if (depth != 1 && !focus)
    return ng_cli_usage_error ("draw", "--depth needs --focus");
  NgVizOptions opts = { 0 };
  opts.lang = lang;
  opts.focus = focus;
  opts.depth = (guint) depth;
  opts.max_nodes = (guint) max_nodes;
  if (types) {
    GError *error = NULL;
    if (!ng_viz_parse_types (types, &opts.types, &error)) {
      int rc = ng_cli_usage_error ("draw", "%s", error->message);
      g_error_free (error);
      return rc;
    }
  }
  NgSyntax in = NG_SYNTAX_UNKNOWN;
  if (in_fmt && !(in = ng_syntax_from_name (in_fmt)))
    return ng_cli_usage_error ("draw", "unknown input format '%s' (%s)", in_fmt, ng_syntax_names ());

  /* Parse the query before loading anything, so a typo fails fast. */
  NgQuery *q = NULL;
  if (query) {
    GError *error = NULL;
    g_autofree char *text = NULL;
    gsize len = 0;
    if (!g_file_get_contents (query, &text, &len, &error)) {
      ng_cli_error ("%s", error->message);
      g_error_free (error);
      return NG_EXIT_INPUT;
    }
    if (!(q = ng_query_parse (text, (gssize) len, query, base, &error))) {
      ng_cli_error ("%s", error->message);
      g_error_free (error);
      return NG_EXIT_INPUT;
    }
    NgQueryForm form = ng_query_form (q);
    if (form != NG_QUERY_CONSTRUCT && form != NG_QUERY_DESCRIBE) {
      ng_cli_error ("%s: --query needs a CONSTRUCT or DESCRIBE query, which builds the graph to "
                    "draw (this one is %s)", query, form == NG_QUERY_SELECT ? "a SELECT" : "an ASK");
      ng_query_free (q);
      return NG_EXIT_INPUT;
    }
  }

  NgStore *store = ng_store_new ();
  int rc = ng_cli_load_rdf (store, argv + 1, argc - 1, in, base);
  GError *error = NULL;
  NgStore *drawn = store;
  if (rc == NG_EXIT_OK && q) {
    /* Draw the constructed triples, named and typed from the data. */
    NgPlan *plan = ng_plan_new (q, store, NULL, &error);
    if (!plan) {
      ng_cli_error ("%s", error->message);
      g_clear_error (&error);
      rc = NG_EXIT_INPUT;
    } else {
      drawn = ng_plan_graph (plan);
      ng_plan_free (plan);
      if (ng_store_size (drawn) == 0) {
        ng_cli_error ("nothing to draw: the query %s builds no triples from the data", query);
        rc = NG_EXIT_INPUT;
      } else
        ng_viz_store_enrich (drawn, store);
    }
  }
  ng_query_free (q);
  NgVizGraph *graph = NULL;
  if (rc == NG_EXIT_OK && !(graph = ng_viz_graph_new (drawn, &opts, &error))) {
    ng_cli_error ("%s", error->message);
    g_clear_error (&error);
    rc = NG_EXIT_INPUT;
  }
  if (rc != NG_EXIT_OK) {
    if (drawn != store)
      ng_store_free (drawn);
    ng_store_free (store);
    return rc;
  }
  if (!graph->has_names)
    ng_cli_warning ("no entity has a schema:name or rdfs:label; labels are shortened IRIs");
  NgOutput *out = ng_output_open (output, &error);
  if (!out) {
    ng_cli_error ("%s", error->message);
    g_error_free (error);
    rc = NG_EXIT_INPUT;
  } else if (!writer->write (graph, ng_output_file (out), &error)) {
    ng_cli_error ("%s", error->message);
    g_error_free (error);
    ng_output_abort (out);
    rc = NG_EXIT_INPUT;
  } else if (!ng_output_commit (out, &error)) {
    ng_cli_error ("%s", error->message);
    g_error_free (error);
    rc = NG_EXIT_INPUT;
  }
  ng_viz_graph_free (graph);
  if (drawn != store)
    ng_store_free (drawn);
  ng_store_free (store);
  return rc;
}

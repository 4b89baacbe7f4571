/* SPDX-License-Identifier: MIT */
/* cmd-convert.c: `newsgraph convert`: merge RDF inputs, write one syntax. */
#include "config.h"

#include "cli/cli.h"
#include "rdfio/rdfio.h"

int
ng_cmd_convert (int argc, char **argv)
{
  g_autofree char *in_fmt = NULL, *out_fmt = NULL, *output = NULL, *base = NULL;
  GOptionEntry entries[] = {
    { "input-format", 'i', 0, G_OPTION_ARG_STRING, &in_fmt,
      "Syntax of the inputs (default: by extension, else guessed)", "FMT" },
    { "output-format", 'o', 0, G_OPTION_ARG_STRING, &out_fmt,
      "Syntax to write: turtle, ntriples, nquads, trig (default: by --output's extension, else turtle)",
      "FMT" },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, "Write to FILE (default: standard output)",
      "FILE" },
    { "base", 0, 0, G_OPTION_ARG_STRING, &base, "Base IRI for relative IRIs in the inputs", "IRI" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE...");
  g_option_context_set_summary (ctx, "Merges RDF files (any syntax raptor2 reads; '-' is standard "
                                     "input) into one graph and writes it.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!ng_cli_parse (ctx, "convert", &argc, &argv))
    return NG_EXIT_USAGE;
  if (argc < 2)
    return ng_cli_usage_error ("convert", "no input files");

  NgSyntax in = NG_SYNTAX_UNKNOWN;
  if (in_fmt && !(in = ng_syntax_from_name (in_fmt)))
    return ng_cli_usage_error ("convert", "unknown input format '%s' (%s)", in_fmt,
                               ng_syntax_names ());
  NgSyntax out = out_fmt ? ng_syntax_from_name (out_fmt) : ng_syntax_from_filename (output);
  if (out_fmt && (!out || out == NG_SYNTAX_RDFXML))
    return ng_cli_usage_error ("convert", "unknown output format '%s' (turtle, ntriples, "
                                          "nquads, trig)", out_fmt);
  if (!out || out == NG_SYNTAX_RDFXML)
    out = NG_SYNTAX_TURTLE;

  NgStore *store = ng_store_new ();
  int rc = ng_cli_load_rdf (store, argv + 1, argc - 1, in, base);
  if (rc == NG_EXIT_OK) {
    rc = ng_cli_write_graph (store, out, output, 0, FALSE, 1);
  }
  ng_store_free (store);
  return rc;
}

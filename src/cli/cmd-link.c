/* SPDX-License-Identifier: MIT */
/* cmd-link.c: `newsgraph link`: the cross-article pass over shards.
 * Loads RDF shards (N-Quads from `newsgraph extract --no-link`, or any
 * syntax raptor2 reads) into one store, runs the link pass over the union
 * (extract/link.c) and writes the result, by default as N-Quads that keep
 * every article's graph.  The result equals what one `newsgraph extract`
 * over all the articles writes (docs/scale-out.md). */
#include "config.h"

#include <string.h>

#include "cli/cli.h"
#include "rdfio/rdfio.h"

int
ng_cmd_link (int argc, char **argv)
{
  g_autofree char *in_fmt = NULL, *format = NULL, *output = NULL;
  gboolean links = FALSE, gzip = FALSE;
  gint split = 0;
  GOptionEntry entries[] = {
    { "input-format", 'i', 0, G_OPTION_ARG_STRING, &in_fmt,
      "Syntax of the shards (default: by extension, else guessed)", "FMT" },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Syntax to write: nquads (default), trig, turtle, ntriples", "FMT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE (default: standard output); with --split, the directory DIR", "FILE" },
    { "links", 0, 0, G_OPTION_ARG_NONE, &links,
      "Explain on standard error each merge of the link pass, and why", NULL },
    { "split", 0, 0, G_OPTION_ARG_INT, &split,
      "Write N-Quads into N files DIR/part-0001.nq... (--output DIR), as extract --split does",
      "N" },
    { "gzip", 0, 0, G_OPTION_ARG_NONE, &gzip, "With --split: gzip each file (.nq.gz)", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("SHARD...");
  g_option_context_set_summary (
    ctx, "Links the people that different articles name, over the union of shards extracted "
         "apart (newsgraph extract --no-link; '-' is standard input), and writes the union.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!ng_cli_parse (ctx, "link", &argc, &argv))
    return NG_EXIT_USAGE;
  if (argc < 2)
    return ng_cli_usage_error ("link", "no input files");
  NgSyntax in = NG_SYNTAX_UNKNOWN;
  if (in_fmt && !(in = ng_syntax_from_name (in_fmt)))
    return ng_cli_usage_error ("link", "unknown input format '%s' (%s)", in_fmt,
                               ng_syntax_names ());
  NgSyntax syntax = NG_SYNTAX_NQUADS;
  if (format && (!(syntax = ng_syntax_from_name (format)) || syntax == NG_SYNTAX_RDFXML))
    return ng_cli_usage_error ("link", "unknown format '%s' (nquads, trig, turtle, ntriples)",
                               format);
  if (split < 0)
    return ng_cli_usage_error ("link", "--split needs a number of files, 1 or more");
  if (split && syntax != NG_SYNTAX_NQUADS)
    return ng_cli_usage_error ("link", "--split writes N-Quads only");
  if (split && (!output || !strcmp (output, "-")))
    return ng_cli_usage_error ("link", "--split needs --output DIR");
  if (gzip && !split)
    return ng_cli_usage_error ("link", "--gzip goes with --split");

  NgStore *store = ng_store_new ();
  ng_cli_add_prefixes (store);
  int rc = ng_cli_load_rdf (store, argv + 1, argc - 1, in, NULL);
  if (rc == NG_EXIT_OK) {
    GString *report = links ? g_string_new (NULL) : NULL;
    ng_link_store (store, report);
    if (report) {
      fputs (report->str, stderr);
      g_string_free (report, TRUE);
    }
    rc = ng_cli_write_graph (store, syntax, output, (guint) split, gzip, 1);
  }
  ng_store_free (store);
  return rc;
}

/* SPDX-License-Identifier: MIT */
/* cmd-extract.c: `newsgraph extract`: articles in, one RDF graph out.
 * Reads each file (or standard input), decodes it (text/), extracts its
 * facts (extract/) into one store and writes it.  A bad file is reported
 * and skipped; the others are still extracted and the exit status is 1. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "cli/cli.h"
#include "extract/extract.h"
#include "rdfio/rdfio.h"
#include "text/text.h"

int
ng_cmd_extract (int argc, char **argv)
{
  g_autofree char *format = NULL, *output = NULL;
  gboolean evidence = FALSE, lenient = FALSE, links = FALSE;
  int max_size = (int) (NG_ARTICLE_MAX_BYTES >> 20), max_line = (int) (NG_ARTICLE_MAX_LINE >> 20);
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Syntax to write: turtle (default), ntriples, nquads (one named graph per article), trig",
      "FMT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE (default: standard output)", "FILE" },
    { "evidence", 0, 0, G_OPTION_ARG_NONE, &evidence,
      "Add the sentence and its offsets behind each membership and event relation", NULL },
    { "lenient", 0, 0, G_OPTION_ARG_NONE, &lenient,
      "Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing", NULL },
    { "links", 0, 0, G_OPTION_ARG_NONE, &links,
      "Explain on standard error which mentions of different articles share an IRI, and why",
      NULL },
    { "max-article-size", 0, 0, G_OPTION_ARG_INT, &max_size,
      "Refuse an article larger than MB megabytes (default 256; 0: no limit)", "MB" },
    { "max-line-length", 0, 0, G_OPTION_ARG_INT, &max_line,
      "Refuse an article with a line longer than MB megabytes (default 64; 0: no limit)", "MB" },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE...");
  g_option_context_set_summary (
    ctx, "Extracts people, organizations, events and places and their relations from news "
         "articles (UTF-8 text, English or Chinese; '-' is standard input) into one RDF graph.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!ng_cli_parse (ctx, "extract", &argc, &argv))
    return NG_EXIT_USAGE;
  if (argc < 2)
    return ng_cli_usage_error ("extract", "no input files");
  if (max_size < 0 || max_line < 0)
    return ng_cli_usage_error ("extract", "--max-article-size and --max-line-length must be 0 or more");
  ng_cli_set_article_limits ((gsize) max_size << 20, (gsize) max_line << 20);
  NgSyntax syntax = NG_SYNTAX_TURTLE;
  if (format) {
    syntax = ng_syntax_from_name (format);
    if (!syntax || syntax == NG_SYNTAX_RDFXML)
      return ng_cli_usage_error ("extract", "unknown format '%s' (turtle, ntriples, nquads, trig)",
                                 format);
  }

  NgStore *store = ng_store_new ();
  NgExtractOptions opts = { evidence, links };
  NgExtractor *ex = ng_cli_extractor_new (store, &opts);
  int rc = NG_EXIT_OK;
  for (int i = 1; i < argc; i++)
    if (!ng_cli_extract_file (ex, argv[i], lenient))
      rc = NG_EXIT_INPUT;
  if (links) {
    g_autofree char *report = ng_extractor_links (ex);
    fputs (report, stderr);
  }
  GError *error = NULL;
  NgOutput *o = ng_output_open (output, &error);
  if (o && !ng_rdf_write (store, syntax, ng_output_file (o), &error)) {
    ng_output_abort (o);
    o = NULL;
  }
  if (o && !ng_output_commit (o, &error))
    o = NULL;
  if (error) {
    ng_cli_error ("%s", error->message);
    g_error_free (error);
    rc = NG_EXIT_INPUT;
  }
  ng_extractor_free (ex);
  ng_store_free (store);
  return rc;
}

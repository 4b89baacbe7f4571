/* SPDX-License-Identifier: MIT */
/* cmd-extract.c: `newsgraph extract`: articles in, one RDF graph out.
 * Reads each file (or standard input), decodes it (text/), extracts its
 * facts (extract/) into one store (on -j threads: extract-run.c), runs the
 * cross-article link pass (extract/link.c) unless --no-link, and writes it,
 * into one file or --split into several.  A bad file is reported and
 * skipped; the others are still extracted and the exit status is 1. */
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
  gboolean evidence = FALSE, lenient = FALSE, links = FALSE, no_link = FALSE, gzip = FALSE;
  gint jobs = 1, split = 0;
  int max_size = (int) (NG_ARTICLE_MAX_BYTES >> 20), max_line = (int) (NG_ARTICLE_MAX_LINE >> 20);
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format,
      "Syntax to write: turtle (default; nquads with --split), ntriples, nquads (one named graph "
      "per article), trig",
      "FMT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "Write to FILE (default: standard output); with --split, the directory DIR", "FILE" },
    { "evidence", 0, 0, G_OPTION_ARG_NONE, &evidence,
      "Add the sentence and its offsets behind each membership and event relation", NULL },
    { "lenient", 0, 0, G_OPTION_ARG_NONE, &lenient,
      "Replace invalid UTF-8 with U+FFFD (with a warning) instead of failing", NULL },
    { "links", 0, 0, G_OPTION_ARG_NONE, &links,
      "Explain on standard error which mentions of different articles share an IRI, and why "
      "(the link pass's merges included)",
      NULL },
    { "max-article-size", 0, 0, G_OPTION_ARG_INT, &max_size,
      "Refuse an article larger than MB megabytes (default 256; 0: no limit)", "MB" },
    { "max-line-length", 0, 0, G_OPTION_ARG_INT, &max_line,
      "Refuse an article with a line longer than MB megabytes (default 64; 0: no limit)", "MB" },
    { "jobs", 'j', 0, G_OPTION_ARG_INT, &jobs,
      "Extract with N threads (default 1; 0: one per core); the output is the same", "N" },
    { "no-link", 0, 0, G_OPTION_ARG_NONE, &no_link,
      "Skip the cross-article link pass (for shards that 'newsgraph link' joins later)", NULL },
    { "split", 0, 0, G_OPTION_ARG_INT, &split,
      "Write N-Quads into N files DIR/part-0001.nq... (--output DIR), each article's graph "
      "wholly in one file; the parts of an earlier run that these do not replace are removed",
      "N" },
    { "gzip", 0, 0, G_OPTION_ARG_NONE, &gzip, "With --split: gzip each file (.nq.gz)", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE...");
  g_option_context_set_summary (
    ctx, "Extracts people, organizations, events and places and their relations from news "
         "articles (UTF-8 text, English or Chinese; '-' is standard input) into one RDF graph, "
         "then links the people that different articles name (see --no-link).");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!ng_cli_parse (ctx, "extract", &argc, &argv))
    return NG_EXIT_USAGE;
  if (argc < 2)
    return ng_cli_usage_error ("extract", "no input files");
  if (max_size < 0 || max_line < 0)
    return ng_cli_usage_error ("extract", "--max-article-size and --max-line-length must be 0 or more");
  ng_cli_set_article_limits ((gsize) max_size << 20, (gsize) max_line << 20);
  NgSyntax syntax = split ? NG_SYNTAX_NQUADS : NG_SYNTAX_TURTLE;
  if (format) {
    syntax = ng_syntax_from_name (format);
    if (!syntax || syntax == NG_SYNTAX_RDFXML)
      return ng_cli_usage_error ("extract", "unknown format '%s' (turtle, ntriples, nquads, trig)",
                                 format);
  }
  if (jobs < 0)
    return ng_cli_usage_error ("extract", "-j needs a number of threads, 0 or more");
  if (jobs == 0)
    jobs = (gint) g_get_num_processors ();
  if (split < 0)
    return ng_cli_usage_error ("extract", "--split needs a number of files, 1 or more");
  if (split && syntax != NG_SYNTAX_NQUADS)
    return ng_cli_usage_error ("extract", "--split writes N-Quads only");
  if (split && (!output || !strcmp (output, "-")))
    return ng_cli_usage_error ("extract", "--split needs --output DIR");
  if (gzip && !split)
    return ng_cli_usage_error ("extract", "--gzip goes with --split");

  NgStore *store = ng_store_new ();
  NgExtractOptions opts = { evidence, links };
  g_autofree char *report = NULL;
  int rc = ng_cli_extract_files (store, argv + 1, argc - 1, &opts, lenient, (guint) jobs, no_link,
                                 links ? &report : NULL);
  if (report)
    fputs (report, stderr);
  if (ng_cli_write_graph (store, syntax, output, (guint) split, gzip, (guint) jobs) != NG_EXIT_OK)
    rc = NG_EXIT_INPUT;
  ng_store_free (store);
  return rc;
}

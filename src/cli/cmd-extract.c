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

/* Articles larger than this are refused (a page is some kilobytes; a
 * 50 MB "article" is not news but it is still read and reported). */
#define MAX_ARTICLE (64 * 1024 * 1024)

static gboolean
read_input (const char *path, char **data, gsize *len, GError **error)
{
  if (!strcmp (path, "-")) {
    GString *buf = g_string_new (NULL);
    char chunk[65536];
    size_t n;
    while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0)
      g_string_append_len (buf, chunk, n);
    if (ferror (stdin)) {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_IO, "-: read error");
      g_string_free (buf, TRUE);
      return FALSE;
    }
    *len = buf->len;
    *data = g_string_free (buf, FALSE);
    return TRUE;
  }
  if (g_file_test (path, G_FILE_TEST_IS_DIR)) {
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "%s: is a directory, not an article",
                 path);
    return FALSE;
  }
  GError *e = NULL;
  if (!g_file_get_contents (path, data, len, &e)) {
    g_set_error (error, G_FILE_ERROR, e->code, "%s: %s", path,
                 e->code == G_FILE_ERROR_NOENT ? "no such file" : e->message);
    g_error_free (e);
    return FALSE;
  }
  return TRUE;
}

int
ng_cmd_extract (int argc, char **argv)
{
  g_autofree char *format = NULL, *output = NULL;
  gboolean evidence = FALSE, lenient = FALSE, links = FALSE;
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
  NgSyntax syntax = NG_SYNTAX_TURTLE;
  if (format) {
    syntax = ng_syntax_from_name (format);
    if (!syntax || syntax == NG_SYNTAX_RDFXML)
      return ng_cli_usage_error ("extract", "unknown format '%s' (turtle, ntriples, nquads, trig)",
                                 format);
  }

  NgStore *store = ng_store_new ();
  static const char *const prefixes[][2] = {
    { "schema", "https://schema.org/" },
    { "org", "http://www.w3.org/ns/org#" },
    { "rdfs", "http://www.w3.org/2000/01/rdf-schema#" },
    { "xsd", "http://www.w3.org/2001/XMLSchema#" },
    { "prov", "http://www.w3.org/ns/prov#" },
    { "ng", NG_NS },
    { "person", NG_ID_BASE "person/" },
    { "organization", NG_ID_BASE "org/" },
    { "event", NG_ID_BASE "event/" },
    { "place", NG_ID_BASE "place/" },
    { "article", NG_ID_BASE "article/" },
  };
  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    ng_store_add_prefix (store, prefixes[i][0], prefixes[i][1]);
  NgExtractOptions opts = { evidence, links };
  NgExtractor *ex = ng_extractor_new (store, &opts);
  int rc = NG_EXIT_OK;
  for (int i = 1; i < argc; i++) {
    GError *error = NULL;
    char *data = NULL;
    gsize len = 0;
    const char *name = strcmp (argv[i], "-") ? argv[i] : "-";
    if (!read_input (argv[i], &data, &len, &error)) {
      ng_cli_error ("%s", error->message);
      g_error_free (error);
      rc = NG_EXIT_INPUT;
      continue;
    }
    NgText *t = ng_text_new (data, len, name, lenient, &error);
    g_free (data);
    if (!t) {
      ng_cli_error ("%s", error->message);
      g_error_free (error);
      rc = NG_EXIT_INPUT;
      continue;
    }
    if (t->n_replaced)
      ng_cli_warning ("%s: replaced %u invalid UTF-8 sequence%s with U+FFFD", name,
                      t->n_replaced, t->n_replaced == 1 ? "" : "s");
    g_autofree char *base = strcmp (argv[i], "-") ? g_path_get_basename (argv[i])
                                                  : g_strdup ("stdin");
    ng_extractor_add (ex, base, t);
    ng_text_free (t);
  }
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

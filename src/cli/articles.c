/* SPDX-License-Identifier: MIT */
/* articles.c: reading news articles for the subcommands: `extract` reads
 * nothing else, and `query` and `draw` extract *.txt inputs on the fly
 * (taken over from cmd-extract.c so that the three read articles alike). */
#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "cli/cli.h"
#include "text/text.h"

/* Limits on an article (ng_cli_set_article_limits): reading a file of
 * gigabytes, or segmenting one line of them, would only exhaust memory or
 * time; a clear error says which limit and how to raise it. */
static gsize max_bytes = NG_ARTICLE_MAX_BYTES, max_line = NG_ARTICLE_MAX_LINE;

void
ng_cli_set_article_limits (gsize bytes, gsize line)
{
  max_bytes = bytes;
  max_line = line;
}

static void
too_big (GError **error, const char *path, const char *what, gsize limit, const char *option)
{
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC, /* (GLib has no EFBIG) */
               "%s: %s than the limit of %" G_GSIZE_FORMAT " MB; raise it with %s MB "
               "(0: no limit)", path, what, limit >> 20, option);
}

static gboolean
read_input (const char *path, char **data, gsize *len, GError **error)
{
  if (!strcmp (path, "-")) {
    GString *buf = g_string_new (NULL);
    char chunk[65536];
    size_t n;
    while ((n = fread (chunk, 1, sizeof chunk, stdin)) > 0) {
      g_string_append_len (buf, chunk, n);
      if (max_bytes && buf->len > max_bytes) {
        too_big (error, path, "the article is larger", max_bytes, "--max-article-size");
        g_string_free (buf, TRUE);
        return FALSE;
      }
    }
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
  GStatBuf sb;
  if (max_bytes && g_stat (path, &sb) == 0 && S_ISREG (sb.st_mode)
      && (guint64) sb.st_size > max_bytes) {
    too_big (error, path, "the article is larger", max_bytes, "--max-article-size");
    return FALSE;
  }
  GError *e = NULL;
  if (!g_file_get_contents (path, data, len, &e)) {
    g_set_error (error, G_FILE_ERROR, e->code, "%s: %s", path,
                 e->code == G_FILE_ERROR_NOENT ? "no such file" : e->message);
    g_error_free (e);
    return FALSE;
  }
  /* (A file that grew since the stat, or a device.) */
  if (max_bytes && *len > max_bytes) {
    too_big (error, path, "the article is larger", max_bytes, "--max-article-size");
    g_free (*data);
    return FALSE;
  }
  return TRUE;
}

/* FALSE, with the error, when a line of data is longer than max_line. */
static gboolean
check_lines (const char *path, const char *data, gsize len, GError **error)
{
  if (!max_line || len <= max_line)
    return TRUE;
  const char *p = data, *end = data + len;
  for (guint line = 1; p < end; line++) {
    const char *nl = memchr (p, '\n', (gsize) (end - p));
    const char *stop = nl ? nl : end;
    /* A CR alone also ends a line (text.c turns it into LF). */
    const char *cr = memchr (p, '\r', (gsize) (stop - p));
    if (cr)
      stop = cr, nl = cr;
    if ((gsize) (stop - p) > max_line) {
      g_autofree char *where = g_strdup_printf ("%s:%u", path, line);
      too_big (error, where, "a line is longer", max_line, "--max-line-length");
      return FALSE;
    }
    if (!nl)
      break;
    p = nl + (nl[0] == '\r' && nl + 1 < end && nl[1] == '\n' ? 2 : 1);
  }
  return TRUE;
}

void
ng_cli_add_prefixes (NgStore *store)
{
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
}

NgExtractor *
ng_cli_extractor_new (NgStore *store, const NgExtractOptions *opts)
{
  ng_cli_add_prefixes (store);
  return ng_extractor_new (store, opts);
}

NgText *
ng_cli_read_article (const char *path, const char *data, gsize len, gboolean lenient,
                     GString *msgs)
{
  GError *error = NULL;
  char *owned = NULL;
  if (!data) {
    if (!read_input (path, &owned, &len, &error)) {
      g_string_append_printf (msgs, "newsgraph: error: %s\n", error->message);
      g_error_free (error);
      return NULL;
    }
    data = owned;
  }
  if (!check_lines (path, data, len, &error)) {
    g_string_append_printf (msgs, "newsgraph: error: %s\n", error->message);
    g_error_free (error);
    g_free (owned);
    return NULL;
  }
  NgText *t = ng_text_new (data, len, path, lenient, &error);
  g_free (owned);
  if (!t) {
    g_string_append_printf (msgs, "newsgraph: error: %s\n", error->message);
    g_error_free (error);
    return NULL;
  }
  if (t->n_replaced)
    g_string_append_printf (msgs,
                            "newsgraph: warning: %s: replaced %u invalid UTF-8 sequence%s with "
                            "U+FFFD\n",
                            path, t->n_replaced, t->n_replaced == 1 ? "" : "s");
  return t;
}

char *
ng_cli_article_id (const char *path)
{
  return strcmp (path, "-") ? g_path_get_basename (path) : g_strdup ("stdin");
}

gboolean
ng_cli_read_stdin (char **data, gsize *len, GError **error)
{
  return read_input ("-", data, len, error);
}

gboolean
ng_cli_extract_file (NgExtractor *ex, const char *path, gboolean lenient)
{
  GString *msgs = g_string_new (NULL);
  NgText *t = ng_cli_read_article (path, NULL, 0, lenient, msgs);
  fputs (msgs->str, stderr);
  g_string_free (msgs, TRUE);
  if (!t)
    return FALSE;
  g_autofree char *base = ng_cli_article_id (path);
  ng_extractor_add (ex, base, t);
  ng_text_free (t);
  return TRUE;
}

gboolean
ng_cli_is_article (const char *path)
{
  return g_str_has_suffix (path, ".txt");
}

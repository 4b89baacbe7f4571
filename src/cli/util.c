/* SPDX-License-Identifier: MIT */
/* util.c: messages, option parsing and atomic output files for the CLI. */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "cli/cli.h"
#include "rdfio/rdfio.h"

static void
vmessage (const char *kind, const char *fmt, va_list ap)
{
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  fprintf (stderr, "newsgraph: %s: %s\n", kind, msg);
}

void
ng_cli_error (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vmessage ("error", fmt, ap);
  va_end (ap);
}

void
ng_cli_warning (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  vmessage ("warning", fmt, ap);
  va_end (ap);
}

int
ng_cli_usage_error (const char *name, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  g_autofree char *msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  fprintf (stderr, "newsgraph %s: %s\nTry 'newsgraph %s --help' for more information.\n", name,
           msg, name);
  return NG_EXIT_USAGE;
}

gboolean
ng_cli_parse (GOptionContext *ctx, const char *name, int *argc, char ***argv)
{
  GError *error = NULL;
  if (!g_option_context_parse (ctx, argc, argv, &error)) {
    ng_cli_usage_error (name, "%s", error->message);
    g_error_free (error);
    return FALSE;
  }
  return TRUE;
}

gboolean
ng_cli_show_progress (void)
{
  return isatty (fileno (stderr)) && !g_getenv ("CI");
}

struct NgOutput {
  FILE *fp;
  char *path;     /**< target, or NULL for stdout */
  char *tmp_path; /**< the temporary file beside it */
};

/* gzip: a stdio stream (fopencookie) whose writes go through GIO's zlib
 * compressor into the file, so that the writers need not know. */
static ssize_t
gz_write (void *cookie, const char *buf, size_t size)
{
  gsize done = 0;
  if (!g_output_stream_write_all (cookie, buf, size, &done, NULL, NULL))
    return done ? (ssize_t) done : -1;
  return (ssize_t) size;
}

static int
gz_close (void *cookie)
{
  gboolean ok = g_output_stream_close (cookie, NULL, NULL);
  g_object_unref (cookie);
  return ok ? 0 : EOF;
}

NgOutput *
ng_output_open_gzip (const char *path, gboolean gzip, GError **error)
{
  NgOutput *out = ng_output_open (path, error);
  if (!out || !gzip || !out->path)
    return out;
  /* The temporary file exists and is empty: write the compressed stream
   * into it through GIO, in place of the plain stdio stream. */
  g_autoptr (GFile) file = g_file_new_for_path (out->tmp_path);
  GFileOutputStream *fos = g_file_append_to (file, G_FILE_CREATE_NONE, NULL, error);
  if (!fos) {
    ng_output_abort (out);
    return NULL;
  }
  /* No file info: the gzip header then carries no name and no time, so
   * the same data gives the same bytes. */
  g_autoptr (GZlibCompressor) z = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, -1);
  GOutputStream *os = g_converter_output_stream_new (G_OUTPUT_STREAM (fos), G_CONVERTER (z));
  g_object_unref (fos);
  FILE *fp = fopencookie (os, "w", (cookie_io_functions_t){ NULL, gz_write, NULL, gz_close });
  if (!fp) {
    g_object_unref (os);
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot open a gzip stream",
                 path);
    ng_output_abort (out);
    return NULL;
  }
  fclose (out->fp);
  out->fp = fp;
  return out;
}

NgOutput *
ng_output_open (const char *path, GError **error)
{
  NgOutput *out = g_new0 (NgOutput, 1);
  if (!path || !strcmp (path, "-")) {
    out->fp = stdout;
    return out;
  }
  if (g_file_test (path, G_FILE_TEST_IS_DIR)) {
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "%s: is a directory", path);
    g_free (out);
    return NULL;
  }
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  out->tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  int fd = g_mkstemp (out->tmp_path);
  if (fd < 0) {
    int e = errno;
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: cannot create: %s",
                 path, g_strerror (e));
    g_free (out->tmp_path);
    g_free (out);
    return NULL;
  }
  fchmod (fd, 0644);
  out->fp = fdopen (fd, "wb");
  out->path = g_strdup (path);
  return out;
}

FILE *
ng_output_file (NgOutput *out)
{
  return out->fp;
}

gboolean
ng_output_commit (NgOutput *out, GError **error)
{
  gboolean ok = TRUE;
  const char *what = out->path ? out->path : "standard output";
  if (fflush (out->fp) != 0 || ferror (out->fp)) {
    int e = errno ? errno : EIO;
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: write error: %s", what,
                 g_strerror (e));
    ok = FALSE;
  }
  if (out->path) {
    if (fclose (out->fp) != 0 && ok) {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: write error: %s",
                   what, g_strerror (e));
      ok = FALSE;
    }
    if (ok && g_rename (out->tmp_path, out->path) != 0) {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: cannot rename: %s",
                   what, g_strerror (e));
      ok = FALSE;
    }
    if (!ok)
      g_unlink (out->tmp_path);
  }
  g_free (out->path);
  g_free (out->tmp_path);
  g_free (out);
  return ok;
}

void
ng_output_abort (NgOutput *out)
{
  if (!out)
    return;
  if (out->path) {
    fclose (out->fp);
    g_unlink (out->tmp_path);
  }
  g_free (out->path);
  g_free (out->tmp_path);
  g_free (out);
}

/* A gzip-compressed RDF file (FILE.nq.gz, as extract --split --gzip
 * writes): decompressed into memory with GIO's zlib, then parsed; the
 * syntax is named by the extension before ".gz". */
static gboolean
load_gzip (NgStore *store, const char *path, NgSyntax syntax, const char *base, GError **error)
{
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GError *e = NULL;
  GFileInputStream *fis = g_file_read (file, NULL, &e);
  if (!fis) {
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: %s", path,
                 e->code == G_IO_ERROR_NOT_FOUND ? "no such file" : e->message);
    g_error_free (e);
    return FALSE;
  }
  g_autoptr (GZlibDecompressor) z = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
  GInputStream *in = g_converter_input_stream_new (G_INPUT_STREAM (fis), G_CONVERTER (z));
  g_object_unref (fis);
  GByteArray *data = g_byte_array_new ();
  guint8 buf[65536];
  gssize got;
  while ((got = g_input_stream_read (in, buf, sizeof buf, NULL, &e)) > 0)
    g_byte_array_append (data, buf, (guint) got);
  g_object_unref (in);
  gboolean ok = got == 0;
  if (!ok) {
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot decompress: %s", path,
                 e->message);
    g_error_free (e);
  } else {
    g_autofree char *name = g_strndup (path, strlen (path) - 3);
    if (!syntax)
      syntax = ng_syntax_from_filename (name);
    g_autofree char *uri = base ? NULL : g_filename_to_uri (path, NULL, NULL);
    ok = ng_rdf_load_data (store, (const char *) data->data, data->len, syntax,
                           base ? base : uri, path, error);
  }
  g_byte_array_unref (data);
  return ok;
}

int
ng_cli_load_rdf (NgStore *store, char **files, int n, int syntax, const char *base)
{
  int rc = NG_EXIT_OK;
  NgExtractor *ex = NULL;
  for (int i = 0; i < n; i++) {
    GError *error = NULL;
    if (ng_cli_is_article (files[i])) {
      if (!ex)
        ex = ng_cli_extractor_new (store, &(NgExtractOptions){ 0 });
      if (!ng_cli_extract_file (ex, files[i], FALSE))
        rc = NG_EXIT_INPUT;
      continue;
    }
    if (ng_cli_show_progress ())
      fprintf (stderr, "loading %s...\r", files[i]);
    gboolean gz = g_str_has_suffix (files[i], ".gz") && strcmp (files[i], "-");
    if (gz ? !load_gzip (store, files[i], (NgSyntax) syntax, base, &error)
           : !ng_rdf_load_file (store, files[i], (NgSyntax) syntax, base, &error)) {
      ng_cli_error ("%s", error->message);
      g_error_free (error);
      rc = NG_EXIT_INPUT;
    }
  }
  /* Articles read here give what `newsgraph extract` writes for them: the
   * link pass runs over everything loaded (it is idempotent, so RDF that
   * was linked already is left as it was). */
  if (ex)
    ng_link_store (store, NULL);
  ng_extractor_free (ex);
  if (ng_cli_show_progress ())
    fprintf (stderr, "\033[K");
  return rc;
}

int
ng_cli_write_graph (NgStore *store, NgSyntax syntax, const char *output, guint split,
                    gboolean gzip, guint n_threads)
{
  GError *error = NULL;
  if (split) {
    ng_cli_write_split (store, output, split, gzip, n_threads, &error);
  } else {
    NgOutput *o = ng_output_open (output, &error);
    if (o && !ng_rdf_write_threads (store, syntax, ng_output_file (o), n_threads, &error)) {
      ng_output_abort (o);
      o = NULL;
    }
    if (o && !ng_output_commit (o, &error))
      o = NULL;
  }
  if (!error)
    return NG_EXIT_OK;
  ng_cli_error ("%s", error->message);
  g_error_free (error);
  return NG_EXIT_INPUT;
}

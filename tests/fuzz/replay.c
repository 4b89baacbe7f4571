/* SPDX-License-Identifier: MIT */
/* replay.c: a main() for the fuzz harnesses when libFuzzer is not used.
 * Calls LLVMFuzzerTestOneInput once on every regular file of the
 * directories (or files) given, in sorted order.  Arguments starting with
 * '-' are ignored, so the same command line works with a libFuzzer build
 * ("-runs=0 DIR...").  A missing directory is skipped (git keeps no empty
 * ones).  Exits 0 when every input ran; a crash is a crash.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static int
compare (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static guint
run_file (const char *path)
{
  gchar *data = NULL;
  gsize len = 0;
  GError *error = NULL;
  if (!g_file_get_contents (path, &data, &len, &error)) {
    fprintf (stderr, "replay: %s\n", error->message);
    g_error_free (error);
    exit (1);
  }
  fprintf (stderr, "replay: %s (%" G_GSIZE_FORMAT " bytes)\n", path, len);
  /* A copy of exactly len bytes, so ASan sees reads past the end. */
  uint8_t *copy = g_malloc (len ? len : 1);
  memcpy (copy, data, len);
  LLVMFuzzerTestOneInput (copy, len);
  g_free (copy);
  g_free (data);
  return 1;
}

int
main (int argc, char **argv)
{
  guint n = 0;
  for (int i = 1; i < argc; i++) {
    if (argv[i][0] == '-')
      continue;
    if (g_file_test (argv[i], G_FILE_TEST_IS_REGULAR)) {
      n += run_file (argv[i]);
      continue;
    }
    GDir *dir = g_dir_open (argv[i], 0, NULL);
    if (!dir)
      continue;
    GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
    const char *name;
    while ((name = g_dir_read_name (dir)))
      g_ptr_array_add (paths, g_build_filename (argv[i], name, NULL));
    g_dir_close (dir);
    g_ptr_array_sort (paths, compare);
    for (guint k = 0; k < paths->len; k++)
      if (g_file_test (paths->pdata[k], G_FILE_TEST_IS_REGULAR))
        n += run_file (paths->pdata[k]);
    g_ptr_array_unref (paths);
  }
  fprintf (stderr, "replay: %u inputs\n", n);
  return 0;
}

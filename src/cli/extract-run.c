/* SPDX-License-Identifier: MIT */
/* extract-run.c: extracting many articles on several cores, and writing
 * the result split into files, for `newsgraph extract` (-j, --split) and
 * `newsgraph link` (--split).
 *
 * Threads: each worker has its own NgExtractor and NgStore and takes the
 * next article from a shared atomic counter, so a slow article never holds
 * the others up.  Everything the pipeline shares between articles is
 * read-only once built (the lexicons, lingua's tables: loaded under g_once,
 * and built here before the workers start).  The first worker writes into
 * the caller's store; when all are done, the main thread merges the other
 * workers' stores into it (ng_store_merge) and prints the
 * messages each article produced, in input order.  The writers sort by the
 * terms' text, not by ids or insertion order, so the bytes written do not
 * depend on which worker read which article: -j N gives the bytes of -j 1.
 *
 * Then the link pass (extract/link.c) runs over the whole store, exactly as
 * `newsgraph link` runs it over the union of shards extracted apart.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "cli/cli.h"
#include "lingua/lingua.h"
#include "rdfio/rdfio.h"

typedef struct {
  const char *path; /**< as given ("-": standard input) */
  char *data;       /**< standard input, read before the workers start, or NULL */
  gsize len;        /**< bytes of data */
  GString *msgs;    /**< what reading it printed (error, warning lines) */
  gboolean skip;    /**< standard input could not be read: nothing to do */
  gboolean ok;      /**< read and extracted */
} Job;

typedef struct {
  Job *jobs;
  guint n_jobs;
  gint next; /**< the next job to take (atomic) */
  gboolean lenient;
} Run;

typedef struct {
  Run *run;
  NgStore *store;  /**< this worker's facts */
  NgExtractor *ex; /**< over store */
  GThread *thread;
} Worker;

static void
run_job (NgExtractor *ex, Job *job, gboolean lenient)
{
  if (job->skip)
    return;
  NgText *t = ng_cli_read_article (job->path, job->data, job->len, lenient, job->msgs);
  g_clear_pointer (&job->data, g_free);
  if (!t)
    return;
  g_autofree char *id = ng_cli_article_id (job->path);
  ng_extractor_add (ex, id, t);
  ng_text_free (t);
  job->ok = TRUE;
}

static gpointer
worker_main (gpointer data)
{
  Worker *w = data;
  Run *run = w->run;
  for (;;) {
    guint i = (guint) g_atomic_int_add (&run->next, 1);
    if (i >= run->n_jobs)
      break;
    run_job (w->ex, &run->jobs[i], run->lenient);
  }
  return NULL;
}

int
ng_cli_extract_files (NgStore *store, char **paths, int n, const NgExtractOptions *opts,
                      gboolean lenient, guint n_threads, gboolean no_link, char **links)
{
  int rc = NG_EXIT_OK;
  if (n_threads > (guint) n)
    n_threads = n > 0 ? (guint) n : 1;
  Run run = { g_new0 (Job, n), (guint) n, 0, lenient };
  gboolean stdin_read = FALSE;
  for (int i = 0; i < n; i++) {
    Job *job = &run.jobs[i];
    job->path = paths[i];
    job->msgs = g_string_new (NULL);
    /* Standard input is read here, once, by the first "-" (a later "-"
     * gets it empty, as when reading in order), so that no worker thread
     * races another for it. */
    if (n_threads > 1 && !strcmp (paths[i], "-")) {
      GError *error = NULL;
      if (stdin_read)
        job->data = g_strdup ("");
      else if (!ng_cli_read_stdin (&job->data, &job->len, &error)) {
        job->data = NULL;
        g_string_append_printf (job->msgs, "newsgraph: error: %s\n", error->message);
        g_error_free (error);
        job->skip = TRUE;
      }
      stdin_read = TRUE;
    }
  }
  NgExtractor *ex = ng_cli_extractor_new (store, opts);
  if (n_threads <= 1) {
    /* In this thread, straight into the store, messages as they come. */
    for (guint i = 0; i < run.n_jobs; i++) {
      Job *job = &run.jobs[i];
      run_job (ex, job, lenient);
      fputs (job->msgs->str, stderr);
    }
  } else {
    /* The shared tables, loaded here: the workers only read them (the
     * lexicons are loaded by ng_extractor_new, in this thread too). */
    ng_lingua_init ();
    Worker *w = g_new0 (Worker, n_threads);
    /* Worker 0 extracts straight into the caller's store: only the others'
     * stores are merged afterwards (the merge is serial work). */
    for (guint k = 0; k < n_threads; k++) {
      w[k].run = &run;
      w[k].store = k ? ng_store_new () : store;
      w[k].ex = k ? ng_extractor_new (w[k].store, opts) : ex;
    }
    for (guint k = 0; k < n_threads; k++)
      w[k].thread = g_thread_new ("extract", worker_main, &w[k]);
    for (guint k = 0; k < n_threads; k++) {
      g_thread_join (w[k].thread);
      if (!k)
        continue;
      ng_store_merge (store, w[k].store);
      ng_extractor_absorb_links (ex, w[k].ex);
      ng_extractor_free (w[k].ex);
      ng_store_free (w[k].store);
    }
    g_free (w);
    for (guint i = 0; i < run.n_jobs; i++)
      fputs (run.jobs[i].msgs->str, stderr);
  }
  for (guint i = 0; i < run.n_jobs; i++) {
    if (!run.jobs[i].ok)
      rc = NG_EXIT_INPUT;
    g_string_free (run.jobs[i].msgs, TRUE);
    g_free (run.jobs[i].data);
  }
  g_free (run.jobs);
  GString *report = links ? g_string_new (NULL) : NULL;
  if (links) {
    g_autofree char *r = ng_extractor_links (ex);
    g_string_append (report, r);
  }
  ng_extractor_free (ex);
  if (!no_link)
    ng_link_store (store, report);
  if (links)
    *links = g_string_free (report, FALSE);
  return rc;
}

/* FNV-1a: a fixed hash (GLib's g_str_hash is not promised to stay). */
static guint64
hash_iri (const char *s)
{
  guint64 h = 0xcbf29ce484222325ull;
  for (; *s; s++)
    h = (h ^ (guchar) *s) * 0x100000001b3ull;
  return h;
}

gboolean
ng_cli_write_split (NgStore *store, const char *dir, guint n, gboolean gzip, GError **error)
{
  g_return_val_if_fail (n > 0, FALSE);
  if (g_mkdir_with_parents (dir, 0755) != 0) {
    int e = errno;
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: cannot create: %s", dir,
                 g_strerror (e));
    return FALSE;
  }
  guint32 n_terms = ng_store_n_terms (store);
  guint32 *part = g_new0 (guint32, n_terms + 1);
  GArray *graphs = ng_store_graphs (store);
  for (guint i = 0; i < graphs->len; i++) {
    NgTermId g = g_array_index (graphs, NgTermId, i);
    if (g != NG_GRAPH_DEFAULT)
      part[g] = (guint32) (hash_iri (ng_term_value (store, g, NULL)) % n);
  }
  g_array_unref (graphs);
  NgOutput **outs = g_new0 (NgOutput *, n);
  FILE **files = g_new0 (FILE *, n);
  gboolean ok = TRUE;
  for (guint k = 0; k < n && ok; k++) {
    g_autofree char *path =
      g_strdup_printf ("%s/part-%04u.nq%s", dir, k + 1, gzip ? ".gz" : "");
    outs[k] = ng_output_open_gzip (path, gzip, error);
    ok = outs[k] != NULL;
    if (ok)
      files[k] = ng_output_file (outs[k]);
  }
  ok = ok && ng_rdf_write_nquads_split (store, files, n, part, error);
  /* All written: now rename them all (a failed write renames none). */
  for (guint k = 0; k < n; k++) {
    if (!outs[k])
      continue;
    if (ok)
      ok = ng_output_commit (outs[k], error);
    else
      ng_output_abort (outs[k]);
  }
  g_free (files);
  g_free (outs);
  g_free (part);
  return ok;
}

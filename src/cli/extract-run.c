/* SPDX-License-Identifier: MIT */
/* extract-run.c: extracting many articles on several cores, and writing
 * the result split into files, for `newsgraph extract` (-j, --split) and
 * `newsgraph link` (--split).
 *
 * Threads: each worker takes the next article from a shared atomic
 * counter, so a slow article never holds the others up, and extracts it
 * into a store of its own, a batch of articles at a time.  What the
 * pipeline shares between articles is read-only once built (the lexicons
 * and lingua's tables: loaded under g_once, and here before the workers
 * start).  The main thread merges each batch into the caller's store
 * (ng_store_merge) as it comes, while the workers go on, and when all are
 * done prints the messages each article produced, in input order.  The
 * writers sort by the terms' text, not by ids or insertion order, so the
 * bytes written do not depend on which worker read which article or in
 * which order the batches were merged: -j N gives the bytes of -j 1.
 *
 * Then the link pass (extract/link.c) runs over the whole store, exactly as
 * `newsgraph link` runs it over the union of shards extracted apart.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>

#include <glib/gstdio.h>

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
  guint batch;     /**< articles per batch */
  const NgExtractOptions *opts;
  /* The batches done, from the workers to the main thread.  A POSIX mutex
   * and condition rather than GAsyncQueue: GLib's are built on futexes,
   * which ThreadSanitizer and helgrind cannot see, and a checker that
   * reports races it cannot rule out is one nobody runs. */
  pthread_mutex_t lock;
  pthread_cond_t cond;
  GQueue done; /**< Batch *, under lock */
} Run;

/* A few articles' facts, extracted by one worker into a store of their
 * own and handed to the main thread, which merges them into the final
 * store while the workers go on: the merge overlaps the extraction instead
 * of following it.  A batch with no store marks the end of a worker. */
typedef struct {
  NgStore *store;  /**< the batch's facts, or NULL: a worker is done */
  NgExtractor *ex; /**< over store (its --links notes) */
} Batch;

/* TUNING: articles per batch: about BATCHES_PER_WORKER batches per
 * worker, within the bounds.  Each batch's store holds again the terms its
 * articles share with other batches' (predicates, classes, places), and
 * each merge looks them up again: fewer, larger batches cost less (3% less
 * CPU and wall time at -j 2 on 20 MB than 16 articles a batch).  What
 * bounds them is the merge of the last batches after the workers are
 * done: a few milliseconds. */
#define BATCHES_PER_WORKER 8
#define BATCH_MIN 16
#define BATCH_MAX 1024

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

static void
hand_over (Run *run, Batch *b)
{
  pthread_mutex_lock (&run->lock);
  g_queue_push_tail (&run->done, b);
  pthread_cond_signal (&run->cond);
  pthread_mutex_unlock (&run->lock);
}

static Batch *
take (Run *run)
{
  pthread_mutex_lock (&run->lock);
  while (g_queue_is_empty (&run->done))
    pthread_cond_wait (&run->cond, &run->lock);
  Batch *b = g_queue_pop_head (&run->done);
  pthread_mutex_unlock (&run->lock);
  return b;
}

static gpointer
worker_main (gpointer data)
{
  Run *run = data;
  Batch *b = NULL;
  guint n = 0;
  for (;;) {
    guint i = (guint) g_atomic_int_add (&run->next, 1);
    if (i >= run->n_jobs)
      break;
    if (!b) {
      b = g_new0 (Batch, 1);
      b->store = ng_store_new ();
      b->ex = ng_extractor_new (b->store, run->opts);
    }
    run_job (b->ex, &run->jobs[i], run->lenient);
    if (++n == run->batch) {
      hand_over (run, b);
      b = NULL;
      n = 0;
    }
  }
  if (b)
    hand_over (run, b);
  hand_over (run, g_new0 (Batch, 1));
  return NULL;
}

int
ng_cli_extract_files (NgStore *store, char **paths, int n, const NgExtractOptions *opts,
                      gboolean lenient, guint n_threads, gboolean no_link, char **links)
{
  int rc = NG_EXIT_OK;
  if (n_threads > (guint) n)
    n_threads = n > 0 ? (guint) n : 1;
  Run run = { .jobs = g_new0 (Job, n), .n_jobs = (guint) n, .lenient = lenient };
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
    run.opts = opts;
    run.batch = CLAMP (run.n_jobs / (n_threads * BATCHES_PER_WORKER), BATCH_MIN, BATCH_MAX);
    pthread_mutex_init (&run.lock, NULL);
    pthread_cond_init (&run.cond, NULL);
    g_queue_init (&run.done);
    GThread **threads = g_new (GThread *, n_threads);
    for (guint k = 0; k < n_threads; k++)
      threads[k] = g_thread_new ("extract", worker_main, &run);
    for (guint n_done = 0; n_done < n_threads;) {
      Batch *b = take (&run);
      if (b->store) {
        ng_store_merge (store, b->store);
        ng_extractor_absorb_links (ex, b->ex);
        ng_extractor_free (b->ex);
        ng_store_free (b->store);
      } else {
        n_done++;
      }
      g_free (b);
    }
    for (guint k = 0; k < n_threads; k++)
      g_thread_join (threads[k]);
    g_free (threads);
    pthread_cond_destroy (&run.cond);
    pthread_mutex_destroy (&run.lock);
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

/* Whether name is a part file this run did not write: part-NNNN.nq or
 * .nq.gz (four digits or more) beyond n, or of the other compression. */
static gboolean
stale_part (const char *name, guint n, gboolean gzip)
{
  if (!g_str_has_prefix (name, "part-"))
    return FALSE;
  const char *d = name + 5, *e = d;
  while (g_ascii_isdigit (*e))
    e++;
  gboolean gz = !strcmp (e, ".nq.gz");
  if (e - d < 4 || (!gz && strcmp (e, ".nq")))
    return FALSE;
  guint64 k = g_ascii_strtoull (d, NULL, 10);
  return gz != gzip || k < 1 || k > n;
}

/* Removes the parts an earlier run left in dir that this one did not
 * replace, so that dir holds this graph and nothing else (a loader takes
 * every file of it). */
static gboolean
remove_stale_parts (const char *dir, guint n, gboolean gzip, GError **error)
{
  GDir *d = g_dir_open (dir, 0, error);
  if (!d)
    return FALSE;
  gboolean ok = TRUE;
  for (const char *name; ok && (name = g_dir_read_name (d));) {
    if (!stale_part (name, n, gzip))
      continue;
    g_autofree char *path = g_build_filename (dir, name, NULL);
    if (g_unlink (path) != 0 && errno != ENOENT) {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e),
                   "%s: cannot remove a part of an earlier run: %s", path, g_strerror (e));
      ok = FALSE;
    }
  }
  g_dir_close (d);
  return ok;
}

gboolean
ng_cli_write_split (NgStore *store, const char *dir, guint n, gboolean gzip, guint n_threads,
                    GError **error)
{
  g_return_val_if_fail (n > 0, FALSE);
  if (g_mkdir_with_parents (dir, 0755) != 0) {
    int e = errno;
    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s: cannot create: %s", dir,
                 g_strerror (e));
    return FALSE;
  }
  guint32 n_terms = ng_store_n_terms (store);
  /* part[g]: the file of graph g, or G_MAXUINT32 for a term that names
   * no graph.  One pass over the quads as held, without building the
   * store's indexes (the writer sorts for itself). */
  guint32 *part = g_new (guint32, n_terms + 1);
  memset (part, 0xff, (n_terms + 1) * sizeof *part);
  gsize n_quads;
  const NgQuad *q = ng_store_quads_unsorted (store, &n_quads);
  for (gsize i = 0; i < n_quads; i++) {
    NgTermId g = q[i].g;
    if (part[g] == G_MAXUINT32)
      part[g] = g == NG_GRAPH_DEFAULT ? 0 : (guint32) (hash_iri (ng_term_value (store, g, NULL)) % n);
  }
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
  ok = ok && ng_rdf_write_nquads_split (store, files, n, part, n_threads, error);
  /* All written: now rename them all (a failed write renames none). */
  for (guint k = 0; k < n; k++) {
    if (!outs[k])
      continue;
    if (ok)
      ok = ng_output_commit (outs[k], error);
    else
      ng_output_abort (outs[k]);
  }
  ok = ok && remove_stale_parts (dir, n, gzip, error);
  g_free (files);
  g_free (outs);
  g_free (part);
  return ok;
}

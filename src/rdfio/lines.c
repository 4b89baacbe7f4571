/* SPDX-License-Identifier: MIT */
/* lines.c: the N-Triples and N-Quads writers, on one thread or several.
 *
 * Once the statements are sorted (sorted.c), writing a line is copying the
 * N-Triples forms of its terms.  So every term's form is made first, the
 * ids split between the threads; then the sorted statements are cut into
 * chunks of CHUNK_QUADS lines, which the threads format into buffers of
 * their own while the calling thread writes the finished buffers out, in
 * chunk order.  A chunk's text depends only on its statements, so the
 * bytes do not depend on the number of threads.
 *
 * Blank nodes are numbered in order of first appearance in the whole
 * output, which no chunk knows alone: when the store holds any, one pass
 * in output order numbers them before the chunks are formatted.
 *
 * A POSIX mutex and condition rather than GLib's, as in cli/extract-run.c:
 * ThreadSanitizer and helgrind see them.
 */
#include "config.h"

#include <errno.h>
#include <pthread.h>
#include <string.h>

#include "rdfio/sorted.h"

/* TUNING: lines per chunk (about 800 kB of extract's output), and chunks
 * formatted ahead of the writing, per thread: the window bounds the memory
 * the buffers take, whatever the size of the output. */
#define CHUNK_QUADS 4096
#define AHEAD_PER_THREAD 4

typedef struct {
  guint out; /**< index of the output file */
  gsize len; /**< bytes of consecutive lines for it */
} Run;

typedef struct {
  GString *text;  /**< the chunk's lines, or NULL once written */
  GArray *runs;   /**< Run, in order: which bytes go to which output */
  gboolean done;  /**< text is complete (under Lines.lock) */
} Chunk;

typedef struct {
  const Sorted *st;
  gboolean quads;       /**< N-Quads (else N-Triples: no graph written) */
  const guint32 *part;  /**< output of each graph by id, or NULL: one output */
  guint n_threads;
  const char **form;    /**< form[id]: the term's N-Triples form */
  guint32 *form_len;    /**< its length in bytes */
  GString **form_text;  /**< the forms made by each thread; the blanks' last */
  gint any_blank;       /**< some term is a blank node (atomic) */
  Chunk *chunks;
  gsize n_chunks;
  pthread_mutex_t lock;
  pthread_cond_t cond;
  gsize next;           /**< the next chunk to format (under lock) */
  gsize limit;          /**< chunks below this may be formatted (under lock) */
} Lines;

/* ---- the terms' forms ---------------------------------------------------- */

typedef struct {
  Lines *ln;
  guint k;
} FormsPart;

/* The forms of thread k's share of the ids; a blank node's is left NULL. */
static gpointer
make_forms (gpointer data)
{
  Lines *ln = ((FormsPart *) data)->ln;
  guint k = ((FormsPart *) data)->k;
  const NgStore *store = ln->st->store;
  guint64 n_terms = ng_store_n_terms (ln->st->store);
  NgTermId lo = (NgTermId) (n_terms * k / ln->n_threads) + 1;
  NgTermId hi = (NgTermId) (n_terms * (k + 1) / ln->n_threads) + 1;
  GString *text = g_string_new (NULL);
  /* Offsets first: the text moves while it grows. */
  gsize *at = g_new (gsize, hi - lo + 1);
  gboolean blank = FALSE;
  for (NgTermId id = lo; id < hi; id++) {
    if (ng_term_kind (store, id) == NG_TERM_BLANK) {
      at[id - lo] = G_MAXSIZE;
      blank = TRUE;
      continue;
    }
    at[id - lo] = text->len;
    ng_term_append_ntriples (store, id, text);
    ln->form_len[id] = (guint32) (text->len - at[id - lo]);
  }
  for (NgTermId id = lo; id < hi; id++)
    ln->form[id] = at[id - lo] == G_MAXSIZE ? NULL : text->str + at[id - lo];
  g_free (at);
  ln->form_text[k] = text;
  if (blank)
    g_atomic_int_set (&ln->any_blank, TRUE);
  return NULL;
}

/* Blank nodes as _:b0, _:b1, ... in order of first appearance (s, p, o,
 * then the graph where one is written), over the whole output. */
static void
number_blanks (Lines *ln)
{
  const Sorted *st = ln->st;
  GArray *order = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  for (gsize i = 0; i < st->n; i++) {
    const NgQuad *q = &st->quads[i];
    NgTermId f[4] = { q->s, q->p, q->o, ln->quads && q->g != NG_GRAPH_DEFAULT ? q->g : 0 };
    for (int k = 0; k < 4; k++)
      if (f[k] && !ln->form[f[k]]) {
        ln->form[f[k]] = ""; /* numbered: text below */
        g_array_append_val (order, f[k]);
      }
  }
  GString *text = g_string_new (NULL);
  gsize *at = g_new (gsize, order->len + 1);
  for (guint i = 0; i < order->len; i++) {
    at[i] = text->len;
    g_string_append_printf (text, "_:b%u", i);
    ln->form_len[g_array_index (order, NgTermId, i)] = (guint32) (text->len - at[i]);
  }
  for (guint i = 0; i < order->len; i++)
    ln->form[g_array_index (order, NgTermId, i)] = text->str + at[i];
  ln->form_text[ln->n_threads] = text;
  g_free (at);
  g_array_unref (order);
}

/* ---- the chunks ------------------------------------------------------------ */

static inline void
append_form (const Lines *ln, NgTermId id, GString *out)
{
  g_string_append_len (out, ln->form[id], ln->form_len[id]);
}

static void
format_chunk (Lines *ln, gsize c)
{
  const Sorted *st = ln->st;
  gsize lo = c * CHUNK_QUADS, hi = MIN (lo + CHUNK_QUADS, st->n);
  GString *t = g_string_sized_new (CHUNK_QUADS * 128);
  GArray *runs = g_array_new (FALSE, FALSE, sizeof (Run));
  Run run = { 0, 0 };
  gsize start = 0;
  for (gsize i = lo; i < hi; i++) {
    const NgQuad *q = &st->quads[i];
    guint out = ln->part && q->g != NG_GRAPH_DEFAULT ? ln->part[q->g] : 0;
    if (i > lo && out != run.out) {
      run.len = t->len - start;
      g_array_append_val (runs, run);
      start = t->len;
    }
    run.out = out;
    append_form (ln, q->s, t);
    g_string_append_c (t, ' ');
    append_form (ln, q->p, t);
    g_string_append_c (t, ' ');
    append_form (ln, q->o, t);
    if (ln->quads && q->g != NG_GRAPH_DEFAULT) {
      g_string_append_c (t, ' ');
      append_form (ln, q->g, t);
    }
    g_string_append_len (t, " .\n", 3);
  }
  if (hi > lo) {
    run.len = t->len - start;
    g_array_append_val (runs, run);
  }
  ln->chunks[c].text = t;
  ln->chunks[c].runs = runs;
}

/* Formats the next chunk allowed, if any: FALSE when there is none now.
 * Called and returns with the lock held. */
static gboolean
format_next (Lines *ln)
{
  if (ln->next >= ln->n_chunks || ln->next >= ln->limit)
    return FALSE;
  gsize c = ln->next++;
  pthread_mutex_unlock (&ln->lock);
  format_chunk (ln, c);
  pthread_mutex_lock (&ln->lock);
  ln->chunks[c].done = TRUE;
  pthread_cond_broadcast (&ln->cond);
  return TRUE;
}

static gpointer
formatter_main (gpointer data)
{
  Lines *ln = data;
  pthread_mutex_lock (&ln->lock);
  while (ln->next < ln->n_chunks)
    if (!format_next (ln))
      pthread_cond_wait (&ln->cond, &ln->lock);
  pthread_mutex_unlock (&ln->lock);
  return NULL;
}

static gboolean
write_chunk (Chunk *ch, FILE *const *outs)
{
  gboolean ok = TRUE;
  const char *p = ch->text->str;
  for (guint i = 0; i < ch->runs->len && ok; i++) {
    const Run *r = &g_array_index (ch->runs, Run, i);
    ok = fwrite (p, 1, r->len, outs[r->out]) == r->len;
    p += r->len;
  }
  g_string_free (ch->text, TRUE);
  ch->text = NULL;
  return ok;
}

/* In this thread: the chunks in order, each written once formatted (here
 * or by a formatter), the window moved on after each. */
static gboolean
write_chunks (Lines *ln, FILE *const *outs)
{
  gsize window = (gsize) AHEAD_PER_THREAD * ln->n_threads;
  gboolean ok = TRUE;
  for (gsize c = 0; c < ln->n_chunks && ok; c++) {
    pthread_mutex_lock (&ln->lock);
    while (!ln->chunks[c].done)
      if (!format_next (ln))
        pthread_cond_wait (&ln->cond, &ln->lock);
    pthread_mutex_unlock (&ln->lock);
    ok = write_chunk (&ln->chunks[c], outs);
    pthread_mutex_lock (&ln->lock);
    ln->limit = ok ? c + 1 + window : 0;
    if (!ok)
      ln->next = ln->n_chunks; /* the formatters stop */
    pthread_cond_broadcast (&ln->cond);
    pthread_mutex_unlock (&ln->lock);
  }
  return ok;
}

/* ---- the whole ------------------------------------------------------------- */

gboolean
ng_write_lines (NgStore *store, gboolean quads, FILE *const *outs, guint n_out,
                const guint32 *part, guint n_threads)
{
  Sorted st;
  ng_sorted_init (&st, store, FALSE, FALSE, !quads);
  guint32 n_terms = ng_store_n_terms (store);
  if (n_threads < 1)
    n_threads = 1;
  if (n_threads > n_terms / 1024 + 1) /* TUNING: a thread's least share */
    n_threads = n_terms / 1024 + 1;
  Lines ln = {
    .st = &st,
    .quads = quads,
    .part = n_out > 1 ? part : NULL,
    .n_threads = n_threads,
    .form = g_new0 (const char *, (gsize) n_terms + 1),
    .form_len = g_new0 (guint32, (gsize) n_terms + 1),
    .form_text = g_new0 (GString *, n_threads + 1),
    .n_chunks = (st.n + CHUNK_QUADS - 1) / CHUNK_QUADS,
  };
  ln.chunks = g_new0 (Chunk, ln.n_chunks ? ln.n_chunks : 1);
  ln.limit = (gsize) AHEAD_PER_THREAD * n_threads;
  pthread_mutex_init (&ln.lock, NULL);
  pthread_cond_init (&ln.cond, NULL);

  GThread **threads = g_new0 (GThread *, n_threads);
  FormsPart *parts = g_new (FormsPart, n_threads);
  for (guint k = 0; k < n_threads; k++) {
    parts[k] = (FormsPart){ &ln, k };
    if (k)
      threads[k] = g_thread_new ("forms", make_forms, &parts[k]);
  }
  make_forms (&parts[0]);
  for (guint k = 1; k < n_threads; k++)
    g_thread_join (threads[k]);
  if (g_atomic_int_get (&ln.any_blank))
    number_blanks (&ln);

  for (guint k = 1; k < n_threads; k++)
    threads[k] = g_thread_new ("format", formatter_main, &ln);
  gboolean ok = write_chunks (&ln, outs);
  for (guint k = 1; k < n_threads; k++)
    g_thread_join (threads[k]);

  for (gsize c = 0; c < ln.n_chunks; c++) {
    if (ln.chunks[c].text)
      g_string_free (ln.chunks[c].text, TRUE);
    if (ln.chunks[c].runs)
      g_array_unref (ln.chunks[c].runs);
  }
  for (guint k = 0; k <= n_threads; k++)
    if (ln.form_text[k])
      g_string_free (ln.form_text[k], TRUE);
  g_free (parts);
  g_free (threads);
  g_free (ln.chunks);
  g_free (ln.form_text);
  g_free (ln.form_len);
  g_free (ln.form);
  pthread_cond_destroy (&ln.cond);
  pthread_mutex_destroy (&ln.lock);
  ng_sorted_clear (&st);
  return ok;
}

gboolean
ng_rdf_write_nquads_split (NgStore *store, FILE *const *outs, guint n_out, const guint32 *part,
                           guint n_threads, GError **error)
{
  g_return_val_if_fail (store && outs && n_out > 0, FALSE);
  gboolean ok = ng_write_lines (store, TRUE, outs, n_out, part, n_threads);
  for (guint k = 0; k < n_out; k++)
    ok = ok && fflush (outs[k]) == 0 && !ferror (outs[k]);
  if (!ok) {
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_WRITE, "write error: %s",
                 g_strerror (errno ? errno : EIO));
    return FALSE;
  }
  return TRUE;
}

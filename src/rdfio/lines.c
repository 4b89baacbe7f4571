/* SPDX-License-Identifier: MIT */
/* lines.c: the N-Triples and N-Quads writers.
 *
 * The order is sorted.c's (by the terms' ranks), and writing a line is
 * copying the N-Triples forms of its terms.  The steps:
 *
 *   1. every term's form, made by the other threads (the ids split
 *      between them) while this one does 2; alone, it makes them first;
 *   2. the terms ranked (ng_sorted_rank) and the quads grouped by their
 *      subject's rank, one counting sort;
 *   3. the groups cut into chunks of about CHUNK_QUADS lines, each sorted
 *      by the other fields' ranks, rid of repeats, formatted into one
 *      buffer and written.
 *
 * Step 3 stays on one thread.  Formatting chunks on several threads while
 * this one wrote was tried: on the 2-core machine of bench/, where
 * copying bytes is what limits, the threads slowed one another and step 3
 * took 0.085 s instead of 0.06 s for 135 MB (extract -j 2, 20 MB of
 * articles).  Step 1 overlapping step 2 does pay: 0.02 s there.
 *
 * Blank nodes are numbered in order of first appearance over the whole
 * output, which no chunk knows ahead: when the store holds any, every
 * chunk is sorted first and one pass numbers them.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "rdfio/sorted.h"

/* TUNING: lines per chunk (about 800 kB of extract's output): large
 * writes, a buffer that stays in the caches' reach. */
#define CHUNK_QUADS 4096

typedef struct {
  guint out; /**< index of the output file */
  gsize len; /**< bytes of consecutive lines for it */
} Run;

typedef struct {
  gsize lo, hi;    /**< its quads: Lines.q[lo, hi), whole subjects */
  gsize n;         /**< once sorted: how many are distinct, from lo */
  gboolean sorted; /**< q[lo, lo + n) are sorted and distinct */
} Chunk;

typedef struct {
  const NgStore *store;
  gboolean quads;      /**< N-Quads (else N-Triples: every quad in the default graph) */
  const guint32 *part; /**< output of each graph by id, or NULL: one output */
  guint n_threads;
  guint32 *rank;       /**< rank[id] (ng_sorted_rank) */
  NgTermId *by_rank;   /**< by_rank[rank] */
  NgQuad *q;           /**< the store's quads grouped by subject rank, then
                        *   each chunk's sorted in place */
  const char **form;   /**< form[id]: the term's N-Triples form */
  guint32 *form_len;   /**< its length in bytes */
  GString **form_text; /**< the forms made by each thread; the blanks' last */
  gint any_blank;      /**< some term is a blank node (atomic) */
  Chunk *chunks;
  gsize n_chunks;
} Lines;

/* ---- 1. the terms' forms --------------------------------------------------- */

typedef struct {
  Lines *ln;
  guint k, of; /**< share k of the ids, of that many */
} FormsShare;

/* The forms of a share of the ids; a blank node's is left NULL. */
static gpointer
make_forms (gpointer data)
{
  const FormsShare *share = data;
  Lines *ln = share->ln;
  guint64 n_terms = ng_store_n_terms (ln->store);
  NgTermId lo = (NgTermId) (n_terms * share->k / share->of) + 1;
  NgTermId hi = (NgTermId) (n_terms * (share->k + 1) / share->of) + 1;
  GString *text = g_string_new (NULL);
  /* Offsets first: the text moves while it grows. */
  gsize *at = g_new (gsize, hi - lo + 1);
  gboolean blank = FALSE;
  for (NgTermId id = lo; id < hi; id++) {
    if (ng_term_kind (ln->store, id) == NG_TERM_BLANK) {
      at[id - lo] = G_MAXSIZE;
      blank = TRUE;
      continue;
    }
    at[id - lo] = text->len;
    ng_term_append_ntriples (ln->store, id, text);
    ln->form_len[id] = (guint32) (text->len - at[id - lo]);
  }
  for (NgTermId id = lo; id < hi; id++)
    ln->form[id] = at[id - lo] == G_MAXSIZE ? NULL : text->str + at[id - lo];
  g_free (at);
  ln->form_text[share->k] = text;
  if (blank)
    g_atomic_int_set (&ln->any_blank, TRUE);
  return NULL;
}

/* ---- 2. grouped by subject, cut into chunks ------------------------------ */

static void
group_by_subject (Lines *ln)
{
  gsize n;
  const NgQuad *q = ng_store_quads_unsorted (ln->store, &n);
  guint32 n_ranks = ng_store_n_terms (ln->store) + 1;
  const guint32 *rank = ln->rank;
  gsize *end = g_new0 (gsize, (gsize) n_ranks + 1);
  for (gsize i = 0; i < n; i++)
    end[rank[q[i].s] + 1]++;
  for (guint32 r = 1; r <= n_ranks; r++)
    end[r] += end[r - 1];
  ln->q = g_new (NgQuad, n ? n : 1);
  for (gsize i = 0; i < n; i++)
    ln->q[end[rank[q[i].s]]++] = q[i];
  /* Now end[r] is where the quads of subject rank r end. */
  GArray *chunks = g_array_new (FALSE, TRUE, sizeof (Chunk));
  gsize lo = 0;
  for (guint32 r = 0; r < n_ranks && lo < n; r++)
    if (end[r] - lo >= CHUNK_QUADS || end[r] == n) {
      Chunk c = { .lo = lo, .hi = end[r] };
      g_array_append_val (chunks, c);
      lo = end[r];
    }
  g_free (end);
  ln->n_chunks = chunks->len;
  ln->chunks = (Chunk *) g_array_free (chunks, FALSE);
}

/* Sorts a chunk's quads in place by the ranks of (s, p, o, g) and drops
 * the repeats. */
static void
sort_chunk (Lines *ln, Chunk *ch)
{
  gsize n = ch->hi - ch->lo;
  NgQuad *q = ln->q + ch->lo;
  const guint32 *rank = ln->rank;
  const NgTermId *by_rank = ln->by_rank;
  NgQuad *key = g_new (NgQuad, n ? n : 1);
  for (gsize i = 0; i < n; i++)
    key[i] = (NgQuad){ rank[q[i].s], rank[q[i].p], rank[q[i].o], ln->quads ? rank[q[i].g] : 0 };
  ng_quads_sort_runs (key, n);
  gsize w = 0;
  for (gsize i = 0; i < n; i++) {
    if (i && !memcmp (&key[i], &key[i - 1], sizeof *key))
      continue;
    NgTermId g = ln->quads ? by_rank[key[i].g] : NG_GRAPH_DEFAULT;
    q[w++] = (NgQuad){ by_rank[key[i].s], by_rank[key[i].p], by_rank[key[i].o], g };
  }
  g_free (key);
  ch->n = w;
  ch->sorted = TRUE;
}

/* Blank nodes as _:b0, _:b1, ... in order of first appearance (s, p, o,
 * then the graph where one is written) over the whole output: every chunk
 * sorted first. */
static void
number_blanks (Lines *ln)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  for (gsize c = 0; c < ln->n_chunks; c++) {
    Chunk *ch = &ln->chunks[c];
    sort_chunk (ln, ch);
    for (gsize i = ch->lo; i < ch->lo + ch->n; i++) {
      const NgQuad *q = &ln->q[i];
      NgTermId f[4] = { q->s, q->p, q->o, ln->quads && q->g != NG_GRAPH_DEFAULT ? q->g : 0 };
      for (int k = 0; k < 4; k++)
        if (f[k] && !ln->form[f[k]]) {
          ln->form[f[k]] = ""; /* numbered: the text comes below */
          g_array_append_val (order, f[k]);
        }
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

/* ---- 3. the chunks, formatted and written -------------------------------- */

static inline char *
put_form (const Lines *ln, NgTermId id, char *d)
{
  memcpy (d, ln->form[id], ln->form_len[id]);
  return d + ln->form_len[id];
}

/* Formats chunk c into t (emptied first) and writes it: the lines of
 * consecutive quads of one output in one write. */
static gboolean
write_chunk (Lines *ln, gsize c, GString *t, FILE *const *outs)
{
  Chunk *ch = &ln->chunks[c];
  if (!ch->sorted)
    sort_chunk (ln, ch);
  g_string_truncate (t, 0);
  gboolean ok = TRUE;
  guint out = 0;
  for (gsize i = ch->lo; i < ch->lo + ch->n && ok; i++) {
    const NgQuad *q = &ln->q[i];
    guint k = ln->part && q->g != NG_GRAPH_DEFAULT ? ln->part[q->g] : 0;
    if (k != out) {
      ok = fwrite (t->str, 1, t->len, outs[out]) == t->len;
      g_string_truncate (t, 0);
      out = k;
    }
    /* The line's length first (two spaces, " .\n", and a space before a
     * graph), then plain copies: g_string_append_len per piece was a third
     * of the formatting. */
    gboolean named = ln->quads && q->g != NG_GRAPH_DEFAULT;
    gsize at = t->len;
    g_string_set_size (t, at + ln->form_len[q->s] + ln->form_len[q->p] + ln->form_len[q->o] + 5
                            + (named ? 1 + ln->form_len[q->g] : 0));
    char *d = put_form (ln, q->s, t->str + at);
    *d++ = ' ';
    d = put_form (ln, q->p, d);
    *d++ = ' ';
    d = put_form (ln, q->o, d);
    if (named) {
      *d++ = ' ';
      d = put_form (ln, q->g, d);
    }
    memcpy (d, " .\n", 3); /* d + 3 is the end set above */
  }
  return ok && fwrite (t->str, 1, t->len, outs[out]) == t->len;
}

/* ---- the whole ------------------------------------------------------------- */

gboolean
ng_write_lines (NgStore *store, gboolean quads, FILE *const *outs, guint n_out,
                const guint32 *part, guint n_threads)
{
  guint32 n_terms = ng_store_n_terms (store);
  n_threads = CLAMP (n_threads, 1, n_terms / 1024 + 1); /* TUNING: a thread's least share */
  Lines ln = {
    .store = store,
    .quads = quads,
    .part = n_out > 1 ? part : NULL,
    .n_threads = n_threads,
    .form = g_new0 (const char *, (gsize) n_terms + 1),
    .form_len = g_new0 (guint32, (gsize) n_terms + 1),
    .form_text = g_new0 (GString *, n_threads + 1),
  };
  GThread **threads = g_new0 (GThread *, n_threads);

  /* 1 and 2: the other threads make the forms while this one ranks and
   * groups (alone, it makes them first). */
  guint n_makers = n_threads > 1 ? n_threads - 1 : 1;
  FormsShare *shares = g_new (FormsShare, n_makers);
  for (guint k = 0; k < n_makers; k++) {
    shares[k] = (FormsShare){ &ln, k, n_makers };
    if (n_threads > 1)
      threads[k + 1] = g_thread_new ("forms", make_forms, &shares[k]);
    else
      make_forms (&shares[k]);
  }
  ng_sorted_rank (store, &ln.rank, &ln.by_rank);
  group_by_subject (&ln);
  for (guint k = 1; k < n_threads; k++)
    g_thread_join (threads[k]);
  if (g_atomic_int_get (&ln.any_blank))
    number_blanks (&ln);

  /* 3. */
  GString *t = g_string_sized_new (CHUNK_QUADS * 256);
  gboolean ok = TRUE;
  for (gsize c = 0; c < ln.n_chunks && ok; c++)
    ok = write_chunk (&ln, c, t, outs);
  g_string_free (t, TRUE);

  for (guint k = 0; k <= n_threads; k++)
    if (ln.form_text[k])
      g_string_free (ln.form_text[k], TRUE);
  g_free (shares);
  g_free (threads);
  g_free (ln.chunks);
  g_free (ln.q);
  g_free (ln.rank);
  g_free (ln.by_rank);
  g_free (ln.form_text);
  g_free (ln.form_len);
  g_free (ln.form);
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

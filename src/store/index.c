/* SPDX-License-Identifier: MIT */
/* index.c: bulk sorting and indexing of the quads.
 *
 * Ids are dense small integers (below the number of terms), so every sort
 * here is a counting sort on one whole field, which is stable and linear:
 * a count per id, prefix sums, one scatter pass.  The orders are derived
 * from one another, because a stable sort keeps the order it starts from
 * among equal keys:
 *
 *   canonical (s, p, o, g): sort positions by s, move the quads there, then
 *                           sort each subject's run by (p, o, g) in place
 *   SPOG --stable by o--> OSPG --stable by p--> POSG,   SPOG --by g--> GSPO
 *
 * Memory is the constraint that shaped this file (the store must stay under
 * 0.6x sord's peak on big loads).  Only arrays of 4-byte positions are
 * sorted, never copies of 16-byte quads: the canonical order is computed as
 * a permutation and then applied to quads[] in place by following its
 * cycles.  The position array used for that becomes the OSPG index
 * afterwards, so the peak during a build is the final size plus one count
 * per term.  The graph-first order is built only when more than
 * one graph is in use.
 */
#include "config.h"

#include <string.h>

#include "store/store-private.h"

static inline guint32
field (const NgQuad *q, int f)
{
  return ((const guint32 *) q)[f];
}

/* out = the positions in (NULL: 0..n-1), stably sorted by field f of the
 * quads they point at.  count has room for max + 2 entries. */
static void
counting_sort (const NgQuad *quads, gsize n, const guint32 *in, guint32 *out, int f,
               guint32 max, guint32 *count)
{
  memset (count, 0, ((gsize) max + 2) * sizeof *count);
  /* The histogram does not depend on the order: read quads[] sequentially. */
  for (gsize i = 0; i < n; i++)
    count[field (&quads[i], f) + 1]++;
  for (gsize k = 1; k <= (gsize) max + 1; k++)
    count[k] += count[k - 1];
  if (in) {
    for (gsize i = 0; i < n; i++)
      out[count[field (&quads[in[i]], f)]++] = in[i];
  } else {
    for (gsize i = 0; i < n; i++)
      out[count[field (&quads[i], f)]++] = (guint32) i;
  }
}

static inline int
cmp_pog (const NgQuad *x, const NgQuad *y)
{
  if (x->p != y->p)
    return x->p < y->p ? -1 : 1;
  if (x->o != y->o)
    return x->o < y->o ? -1 : 1;
  if (x->g != y->g)
    return x->g < y->g ? -1 : 1;
  return 0;
}

/* TUNING: runs this long are sorted by insertion, longer ones merged. */
#define INSERTION_RUN 16

static void
insertion_sort (NgQuad *r, gsize n)
{
  for (gsize i = 1; i < n; i++) {
    NgQuad x = r[i];
    gsize j = i;
    for (; j > 0 && cmp_pog (&r[j - 1], &x) > 0; j--)
      r[j] = r[j - 1];
    r[j] = x;
  }
}

/* Sorts quads of one subject by (p, o, g): insertion sort of short
 * blocks, then bottom-up merges through tmp (room for n).  Stable and
 * O(n log n) whatever the keys, with the comparison inlined (qsort's
 * calls through a pointer were most of the cost of long runs). */
static void
sort_run (NgQuad *r, gsize n, NgQuad *tmp)
{
  for (gsize i = 0; i < n; i += INSERTION_RUN)
    insertion_sort (r + i, MIN (INSERTION_RUN, n - i));
  NgQuad *from = r, *to = tmp;
  for (gsize w = INSERTION_RUN; w < n; w *= 2) {
    for (gsize lo = 0; lo < n; lo += 2 * w) {
      gsize i = lo, mid = MIN (lo + w, n), j = mid, hi = MIN (lo + 2 * w, n), k = lo;
      while (i < mid && j < hi)
        to[k++] = cmp_pog (&from[j], &from[i]) < 0 ? from[j++] : from[i++];
      while (i < mid)
        to[k++] = from[i++];
      while (j < hi)
        to[k++] = from[j++];
    }
    NgQuad *t = from;
    from = to;
    to = t;
  }
  if (from != r)
    memcpy (r, from, n * sizeof *r);
}

/* Moves quads[perm[k]] to position k for every k, in place; destroys perm. */
static void
apply_permutation (NgQuad *quads, guint32 *perm, gsize n)
{
  for (gsize i = 0; i < n; i++) {
    if (perm[i] == i)
      continue;
    NgQuad held = quads[i];
    gsize j = i;
    for (;;) {
      gsize k = perm[j];
      perm[j] = (guint32) j; /* done */
      if (k == i) {
        quads[j] = held;
        break;
      }
      quads[j] = quads[k];
      j = k;
    }
  }
}

void
ng_quads_sort (NgQuad *quads, gsize n, guint32 max, guint32 *positions, guint32 *count)
{
  if (n < 2)
    return;
  guint32 *pos = positions ? positions : g_new (guint32, n);
  guint32 *cnt = count ? count : g_new (guint32, (gsize) max + 2);
  /* Group by subject with one counting sort, then sort each subject's
   * (usually few) quads in place: cheaper than three more passes. */
  counting_sort (quads, n, NULL, pos, 0, max, cnt);
  apply_permutation (quads, pos, n);
  if (!positions)
    g_free (pos);
  if (!count)
    g_free (cnt);
  ng_quads_sort_runs (quads, n);
}

void
ng_quads_sort_runs (NgQuad *quads, gsize n)
{
  NgQuad *tmp = NULL;
  gsize cap = 0;
  for (gsize i = 0, j; i < n; i = j) {
    for (j = i + 1; j < n && quads[j].s == quads[i].s; j++)
      ;
    if (j - i <= INSERTION_RUN) {
      insertion_sort (quads + i, j - i);
      continue;
    }
    if (j - i > cap) {
      cap = MAX (j - i, 2 * cap);
      tmp = g_renew (NgQuad, tmp, cap);
    }
    sort_run (quads + i, j - i, tmp);
  }
  g_free (tmp);
}

void
ng_index_clear (NgStore *store)
{
  for (int i = 0; i < NG_N_ORDERS; i++)
    g_clear_pointer (&store->perm[i], g_free);
}

void
ng_index_build (NgStore *store)
{
  ng_index_clear (store);
  gsize n = store->n_quads;
  if (n > G_MAXUINT32 - 1)
    g_error ("newsgraph: more than 2^32 quads");
  guint32 max = store->dict.n_terms;
  NgQuad *q = store->quads;
  guint32 *count = g_new (guint32, (gsize) max + 2);
  guint32 *a = g_new (guint32, n ? n : 1), *b;

  gboolean multi_graph = FALSE;
  for (gsize i = 1; i < n && !multi_graph; i++)
    multi_graph = q[i].g != q[0].g;

  if (n > 1) {
    ng_quads_sort (q, n, max, a, count);
    gsize w = 1;
    for (gsize r = 1; r < n; r++)
      if (memcmp (&q[r], &q[w - 1], sizeof (NgQuad)) != 0)
        q[w++] = q[r];
    n = store->n_quads = w;
    /* Give back the tail of the quad array and of the position arrays. */
    store->quads = q = g_renew (NgQuad, q, n);
    store->cap_quads = n;
    a = g_renew (guint32, a, n);
  }
  b = g_new (guint32, n ? n : 1);
  store->multi_graph = multi_graph;

  counting_sort (q, n, NULL, a, 2, max, count);
  counting_sort (q, n, a, b, 1, max, count);
  store->perm[NG_ORDER_OSPG] = a;
  store->perm[NG_ORDER_POSG] = b;
  if (multi_graph) {
    store->perm[NG_ORDER_GSPO] = g_new (guint32, n);
    counting_sort (q, n, NULL, store->perm[NG_ORDER_GSPO], 3, max, count);
  }
  g_free (count);
}

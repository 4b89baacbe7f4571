/* SPDX-License-Identifier: MIT */
/* index.c: bulk sorting and indexing of the quads.
 *
 * Ids are dense small integers, so least-significant-digit radix sorts beat
 * comparison sorts by a wide margin: the canonical (s, p, o, g) order takes
 * two or three linear passes per field.  The other orders are derived from
 * it with stable sorts on a single field each, because a stable sort keeps
 * the order it starts from among equal keys:
 *
 *   SPOG --stable by o--> OSPG --stable by p--> POSG,   SPOG --by g--> GSPO
 *
 * Each derived order is a permutation of positions in quads[] (4 bytes a
 * quad, rather than 16 for a copy).  The graph-first order is built only
 * when more than one graph is in use.
 */
#include "config.h"

#include <string.h>

#include "store/store-private.h"

#define DIGIT_BITS 11 /* TUNING: 2048 buckets stay in L1/L2 */
#define DIGIT_SIZE (1u << DIGIT_BITS)

static int
n_digits (guint32 max)
{
  int bits = 0;
  while (bits < 32 && (max >> bits))
    bits++;
  return (bits + DIGIT_BITS - 1) / DIGIT_BITS;
}

/* Stable LSD sort of quads on one field. */
static void
sort_quads_field (NgQuad **a, NgQuad **tmp, gsize n, int f, guint32 max)
{
  int digits = n_digits (max);
  gsize *count = g_new (gsize, DIGIT_SIZE);
  for (int d = 0; d < digits; d++) {
    int shift = d * DIGIT_BITS;
    memset (count, 0, DIGIT_SIZE * sizeof *count);
    const NgQuad *src = *a;
    for (gsize i = 0; i < n; i++)
      count[(((const guint32 *) &src[i])[f] >> shift) & (DIGIT_SIZE - 1)]++;
    if (count[(((const guint32 *) &src[0])[f] >> shift) & (DIGIT_SIZE - 1)] == n)
      continue; /* every key shares this digit */
    gsize sum = 0;
    for (guint32 b = 0; b < DIGIT_SIZE; b++) {
      gsize c = count[b];
      count[b] = sum;
      sum += c;
    }
    NgQuad *dst = *tmp;
    for (gsize i = 0; i < n; i++)
      dst[count[(((const guint32 *) &src[i])[f] >> shift) & (DIGIT_SIZE - 1)]++] = src[i];
    *tmp = *a;
    *a = dst;
  }
  g_free (count);
}

/* Stable LSD sort of (key << 32 | payload) words on the key alone. */
static void
sort_pairs (guint64 **a, guint64 **tmp, gsize n, guint32 max)
{
  int digits = n_digits (max);
  gsize *count = g_new (gsize, DIGIT_SIZE);
  for (int d = 0; d < digits; d++) {
    int shift = 32 + d * DIGIT_BITS;
    memset (count, 0, DIGIT_SIZE * sizeof *count);
    const guint64 *src = *a;
    for (gsize i = 0; i < n; i++)
      count[(src[i] >> shift) & (DIGIT_SIZE - 1)]++;
    if (count[(src[0] >> shift) & (DIGIT_SIZE - 1)] == n)
      continue;
    gsize sum = 0;
    for (guint32 b = 0; b < DIGIT_SIZE; b++) {
      gsize c = count[b];
      count[b] = sum;
      sum += c;
    }
    guint64 *dst = *tmp;
    for (gsize i = 0; i < n; i++)
      dst[count[(src[i] >> shift) & (DIGIT_SIZE - 1)]++] = src[i];
    *tmp = *a;
    *a = dst;
  }
  g_free (count);
}

/* A permutation of quads[] stably sorted on field f, starting from the order
 * `from` (NULL: the canonical order). */
static guint32 *
derive_order (const NgStore *store, const guint32 *from, int f, guint32 max,
              guint64 *pairs, guint64 *tmp)
{
  gsize n = store->n_quads;
  for (gsize r = 0; r < n; r++) {
    guint32 idx = from ? from[r] : (guint32) r;
    pairs[r] = (guint64) ((const guint32 *) &store->quads[idx])[f] << 32 | idx;
  }
  guint64 *a = pairs, *t = tmp;
  sort_pairs (&a, &t, n, max);
  guint32 *perm = g_new (guint32, n ? n : 1);
  for (gsize r = 0; r < n; r++)
    perm[r] = (guint32) a[r];
  return perm;
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
  if (n > G_MAXUINT32)
    g_error ("newsgraph: more than 2^32 quads");
  guint32 max = store->dict.n_terms;
  if (n > 1) {
    NgQuad *tmp = g_new (NgQuad, n), *a = store->quads, *t = tmp;
    /* Least significant field first: g, o, p, then s. */
    sort_quads_field (&a, &t, n, 3, max);
    sort_quads_field (&a, &t, n, 2, max);
    sort_quads_field (&a, &t, n, 1, max);
    sort_quads_field (&a, &t, n, 0, max);
    if (a != store->quads) {
      memcpy (store->quads, a, n * sizeof *a);
      t = a;
    }
    g_free (t);
    /* Deduplicate. */
    gsize w = 1;
    for (gsize r = 1; r < n; r++)
      if (memcmp (&store->quads[r], &store->quads[w - 1], sizeof (NgQuad)) != 0)
        store->quads[w++] = store->quads[r];
    n = store->n_quads = w;
  }
  store->multi_graph = FALSE;
  for (gsize i = 1; i < n && !store->multi_graph; i++)
    store->multi_graph = store->quads[i].g != store->quads[0].g;

  guint64 *pairs = g_new (guint64, n ? n : 1), *tmp = g_new (guint64, n ? n : 1);
  store->perm[NG_ORDER_OSPG] = derive_order (store, NULL, 2, max, pairs, tmp);
  store->perm[NG_ORDER_POSG] = derive_order (store, store->perm[NG_ORDER_OSPG], 1, max, pairs, tmp);
  if (store->multi_graph)
    store->perm[NG_ORDER_GSPO] = derive_order (store, NULL, 3, max, pairs, tmp);
  g_free (pairs);
  g_free (tmp);
}

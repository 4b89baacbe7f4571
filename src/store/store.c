/* SPDX-License-Identifier: MIT */
/* store.c: quads in, pattern scans and counts out.
 *
 * Adding appends to an unsorted array; the first read after adding sorts,
 * deduplicates and indexes everything in bulk (index.c), which is much
 * cheaper than keeping trees balanced during a load.  Scans pick the index
 * whose order turns the bound positions into a prefix, find the prefix's
 * range with two binary searches, and check any bound position the prefix
 * could not cover (only the graph, in some shapes) as they go.
 */
#include "config.h"

#include <string.h>

#include "store/store-private.h"

G_STATIC_ASSERT (sizeof (NgQuad) == 4 * sizeof (guint32));

/* Position of each quad field, in index order. */
static const int order_fields[NG_N_ORDERS][4] = {
  [NG_ORDER_SPOG] = { 0, 1, 2, 3 },
  [NG_ORDER_POSG] = { 1, 2, 0, 3 },
  [NG_ORDER_OSPG] = { 2, 0, 1, 3 },
  [NG_ORDER_GSPO] = { 3, 0, 1, 2 },
};

static inline guint32
field (const NgQuad *q, int i)
{
  return ((const guint32 *) q)[i];
}

NgStore *
ng_store_new (void)
{
  NgStore *store = g_new0 (NgStore, 1);
  ng_dict_init (&store->dict);
  store->prefixes = g_ptr_array_new_with_free_func (g_free);
  store->built = TRUE;
  return store;
}

void
ng_store_free (NgStore *store)
{
  if (!store)
    return;
  ng_dict_clear (&store->dict);
  ng_index_clear (store);
  g_free (store->quads);
  g_ptr_array_unref (store->prefixes);
  g_free (store);
}

void
ng_store_add (NgStore *store, NgTermId s, NgTermId p, NgTermId o, NgTermId g)
{
  g_return_if_fail (store && s && p && o);
  if (store->n_quads == store->cap_quads) {
    store->cap_quads = store->cap_quads ? store->cap_quads * 2 : 4096;
    store->quads = g_renew (NgQuad, store->quads, store->cap_quads);
  }
  store->quads[store->n_quads++] = (NgQuad){ s, p, o, g ? g : NG_GRAPH_DEFAULT };
  store->built = FALSE;
}

gsize
ng_store_n_added (const NgStore *store)
{
  return store->n_quads;
}

void
ng_store_truncate (NgStore *store, gsize n)
{
  /* Only the unbuilt tail can be dropped: built quads are sorted and may
   * interleave with it after the next build. */
  g_return_if_fail (n >= store->n_built || store->built);
  if (n < store->n_quads) {
    store->n_quads = n;
    store->built = (n == store->n_built);
  }
}

void
ng_store_merge (NgStore *dst, const NgStore *src)
{
  g_return_if_fail (dst && src && dst != src);
  /* Terms are copied on first use only: map[id] is the id in dst, or 0. */
  NgTermId *map = g_new0 (NgTermId, src->dict.n_terms + 1);
  map[NG_GRAPH_DEFAULT] = NG_GRAPH_DEFAULT;
  for (gsize i = 0; i < src->n_quads; i++) {
    NgQuad q = src->quads[i];
    guint32 *f = (guint32 *) &q;
    for (int k = 0; k < 4; k++) {
      if (!map[f[k]])
        map[f[k]] = ng_dict_copy_term (&dst->dict, &src->dict, f[k]);
      f[k] = map[f[k]];
    }
    ng_store_add (dst, q.s, q.p, q.o, q.g);
  }
  g_free (map);
  for (guint i = 0; i + 1 < src->prefixes->len; i += 2)
    ng_store_add_prefix (dst, src->prefixes->pdata[i], src->prefixes->pdata[i + 1]);
}

void
ng_store_map_terms (NgStore *store, const NgTermId *map, guint32 n_map)
{
  g_return_if_fail (store && (map || !n_map));
  gboolean changed = FALSE;
  for (gsize i = 0; i < store->n_quads; i++) {
    guint32 *f = (guint32 *) &store->quads[i];
    for (int k = 0; k < 4; k++)
      if (f[k] < n_map && map[f[k]] && map[f[k]] != f[k]) {
        f[k] = map[f[k]];
        changed = TRUE;
      }
  }
  if (changed) {
    /* The sorted order is gone: everything is indexed again. */
    store->built = FALSE;
    store->n_built = 0;
  }
}

void
ng_store_build (NgStore *store)
{
  if (store->built)
    return;
  ng_index_build (store);
  store->n_built = store->n_quads;
  store->built = TRUE;
}

gsize
ng_store_size (NgStore *store)
{
  ng_store_build (store);
  return store->n_quads;
}

gsize
ng_store_index_bytes (const NgStore *store)
{
  gsize n = store->cap_quads * sizeof (NgQuad);
  for (int i = 0; i < NG_N_ORDERS; i++)
    if (store->perm[i])
      n += store->n_quads * sizeof (guint32);
  return n;
}

const NgQuad *
ng_store_quads (NgStore *store, gsize *n)
{
  ng_store_build (store);
  *n = store->n_quads;
  return store->quads;
}

const NgQuad *
ng_store_quads_unsorted (const NgStore *store, gsize *n)
{
  *n = store->n_quads;
  return store->quads;
}

static inline const NgQuad *
at (const NgStore *store, const guint32 *perm, gsize i)
{
  return &store->quads[perm ? perm[i] : i];
}

/* Compares the first n fields of q, in the order's field order, with key. */
static inline int
cmp_prefix (const NgQuad *q, const int *fields, const guint32 *key, int n)
{
  for (int k = 0; k < n; k++) {
    guint32 a = field (q, fields[k]);
    if (a != key[k])
      return a < key[k] ? -1 : 1;
  }
  return 0;
}

static gsize
bound_lower (const NgStore *store, const guint32 *perm, const int *fields,
             const guint32 *key, int n, gboolean upper)
{
  gsize lo = 0, hi = store->n_quads;
  while (lo < hi) {
    gsize mid = lo + (hi - lo) / 2;
    int c = cmp_prefix (at (store, perm, mid), fields, key, n);
    if (c < 0 || (upper && c == 0))
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Chooses the index and prefix length for a pattern: the longest prefix of
 * bound positions any order offers.  Ties go to the canonical order. */
static NgOrder
best_order (const NgStore *store, const NgQuad *pat, int *prefix)
{
  static const NgOrder candidates[] = { NG_ORDER_SPOG, NG_ORDER_POSG, NG_ORDER_OSPG, NG_ORDER_GSPO };
  NgOrder best = NG_ORDER_SPOG;
  int best_n = -1;
  for (gsize c = 0; c < G_N_ELEMENTS (candidates); c++) {
    NgOrder o = candidates[c];
    if (o != NG_ORDER_SPOG && !store->perm[o])
      continue;
    int n = 0;
    while (n < 4 && field (pat, order_fields[o][n]) != NG_TERM_NONE)
      n++;
    if (n > best_n) {
      best_n = n;
      best = o;
    }
  }
  *prefix = best_n;
  return best;
}

void
ng_store_match (NgStore *store, NgStoreIter *it, NgTermId s, NgTermId p, NgTermId o,
                NgTermId g)
{
  ng_store_build (store);
  memset (it, 0, sizeof *it);
  it->store = store;
  /* With one graph in use there is no graph-first order: a bound graph
   * either matches every quad or none. */
  if (g && !store->multi_graph) {
    if (store->n_quads == 0 || store->quads[0].g != g) {
      it->perm = NULL;
      it->pos = it->end = 0;
      return;
    }
    g = NG_TERM_NONE;
  }
  it->pat = (NgQuad){ s, p, o, g };
  int n;
  NgOrder order = best_order (store, &it->pat, &n);
  const int *fields = order_fields[order];
  guint32 key[4] = { 0 };
  for (int k = 0; k < n; k++)
    key[k] = field (&it->pat, fields[k]);
  it->perm = store->perm[order];
  it->pos = n ? bound_lower (store, it->perm, fields, key, n, FALSE) : 0;
  it->end = n ? bound_lower (store, it->perm, fields, key, n, TRUE) : store->n_quads;
  /* Positions the prefix covers need no check while scanning. */
  for (int k = 0; k < n; k++)
    ((guint32 *) &it->pat)[fields[k]] = NG_TERM_NONE;
}

gboolean
ng_store_iter_next (NgStoreIter *it, NgQuad *q)
{
  const NgQuad *pat = &it->pat;
  while (it->pos < it->end) {
    const NgQuad *c = at (it->store, it->perm, it->pos++);
    if ((pat->s && c->s != pat->s) || (pat->p && c->p != pat->p)
        || (pat->o && c->o != pat->o) || (pat->g && c->g != pat->g))
      continue;
    *q = *c;
    return TRUE;
  }
  return FALSE;
}

gsize
ng_store_count (NgStore *store, NgTermId s, NgTermId p, NgTermId o, NgTermId g)
{
  NgStoreIter it;
  ng_store_match (store, &it, s, p, o, g);
  if (!it.pat.s && !it.pat.p && !it.pat.o && !it.pat.g)
    return it.end - it.pos;
  gsize n = 0;
  NgQuad q;
  while (ng_store_iter_next (&it, &q))
    n++;
  return n;
}

GArray *
ng_store_graphs (NgStore *store)
{
  ng_store_build (store);
  GArray *out = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  if (store->perm[NG_ORDER_GSPO]) {
    const guint32 *perm = store->perm[NG_ORDER_GSPO];
    for (gsize i = 0; i < store->n_quads; i++) {
      NgTermId g = store->quads[perm[i]].g;
      if (out->len == 0 || g_array_index (out, NgTermId, out->len - 1) != g)
        g_array_append_val (out, g);
    }
  } else if (store->n_quads) {
    g_array_append_val (out, store->quads[0].g);
  }
  return out;
}

void
ng_store_add_prefix (NgStore *store, const char *prefix, const char *iri)
{
  g_return_if_fail (store && prefix && iri);
  for (guint i = 0; i < store->prefixes->len; i += 2)
    if (strcmp (g_ptr_array_index (store->prefixes, i), prefix) == 0) {
      char **bound = (char **) &g_ptr_array_index (store->prefixes, i + 1);
      if (strcmp (iri, *bound) < 0) {
        g_free (*bound);
        *bound = g_strdup (iri);
      }
      return;
    }
  g_ptr_array_add (store->prefixes, g_strdup (prefix));
  g_ptr_array_add (store->prefixes, g_strdup (iri));
}

const GPtrArray *
ng_store_prefixes (const NgStore *store)
{
  return store->prefixes;
}

/* SPDX-License-Identifier: MIT */
/* sorted.c: the statements of a store in output order, for the writers
 * (lines.c: N-Triples and N-Quads; save.c: Turtle and TriG).
 *
 * Sorting by the id-independent term order (ng_term_compare) makes the bytes
 * written depend only on the graph, never on the order it was loaded in.
 * Blank nodes are renamed b0, b1, ... in order of first appearance in the
 * sorted output, so document-scoped labels (bHASH_x) do not leak out.
 */
#include "config.h"

#include <string.h>

#include "rdfio/sorted.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

static int
cmp_ids (gconstpointer a, gconstpointer b, gpointer store)
{
  return ng_term_compare (store, *(const NgTermId *) a, *(const NgTermId *) b);
}

void
ng_sorted_rank (const NgStore *store, guint32 **rank_out, NgTermId **by_rank_out)
{
  guint32 n_terms = ng_store_n_terms (store);
  NgTermId *ids = g_new (NgTermId, n_terms);
  for (guint32 i = 0; i < n_terms; i++)
    ids[i] = i + 1;
  g_qsort_with_data (ids, (gint) n_terms, sizeof *ids, cmp_ids, (gpointer) store);
  guint32 *rank = g_new0 (guint32, n_terms + 1);
  NgTermId *by_rank = g_new0 (NgTermId, n_terms + 1);
  /* The default graph sorts first. */
  for (guint32 i = 0, r = 1; i < n_terms; i++) {
    guint32 k = ids[i] == NG_GRAPH_DEFAULT ? 0 : r++;
    rank[ids[i]] = k;
    by_rank[k] = ids[i];
  }
  g_free (ids);
  *rank_out = rank;
  *by_rank_out = by_rank;
}

void
ng_sorted_init (Sorted *st, NgStore *store, gboolean graph_first, gboolean type_first,
                gboolean merge_graphs)
{
  memset (st, 0, sizeof *st);
  st->store = store;
  /* The writer sorts for itself: the store's indexes are not needed. */
  gsize n;
  const NgQuad *q = ng_store_quads_unsorted (store, &n);
  guint32 n_terms = ng_store_n_terms (store);
  NgTermId *by_rank;
  ng_sorted_rank (store, &st->rank, &by_rank);
  st->rdf_type = ng_store_lookup_iri (store, RDF_TYPE);
  /* Each quad as its fields' ranks, in output order, so that the store's
   * numeric sort gives the output order; rdf:type, first among predicates
   * with type_first, is 0 and the other predicates their rank + 1. */
  NgTermId first_p = type_first ? st->rdf_type : NG_TERM_NONE;
  const guint32 *rank = st->rank;
  st->quads = g_new (NgQuad, n ? n : 1);
  for (gsize i = 0; i < n; i++) {
    guint32 s = rank[q[i].s], p = q[i].p == first_p ? 0 : rank[q[i].p] + 1;
    guint32 o = rank[q[i].o], g = merge_graphs ? 0 : rank[q[i].g];
    st->quads[i] = graph_first ? (NgQuad){ g, s, p, o } : (NgQuad){ s, p, o, g };
  }
  ng_quads_sort (st->quads, n, n_terms + 1, NULL, NULL);
  /* Back to term ids, dropping repeats (the store's, or merging graphs'). */
  gsize w = 0;
  NgQuad prev = { 0 };
  for (gsize i = 0; i < n; i++) {
    NgQuad k = st->quads[i];
    if (i && !memcmp (&k, &prev, sizeof k))
      continue;
    prev = k;
    if (graph_first)
      k = (NgQuad){ k.p, k.o, k.g, k.s };
    NgTermId p = k.p == 0 && first_p ? first_p : by_rank[k.p - 1];
    NgTermId g = merge_graphs ? NG_GRAPH_DEFAULT : by_rank[k.g];
    st->quads[w++] = (NgQuad){ by_rank[k.s], p, by_rank[k.o], g };
  }
  g_free (by_rank);
  st->n = w;
  st->blanks = g_hash_table_new (NULL, NULL);
  st->text = g_string_new (NULL);
  st->text_at = g_new0 (gsize, n_terms + 1);
  st->text_len = g_new0 (gsize, n_terms + 1);
}

void
ng_sorted_clear (Sorted *st)
{
  g_free (st->rank);
  g_free (st->quads);
  g_hash_table_unref (st->blanks);
  g_string_free (st->text, TRUE);
  g_free (st->text_at);
  g_free (st->text_len);
}

void
ng_sorted_append_term (Sorted *st, NgTermId id, GString *out)
{
  if (ng_term_kind (st->store, id) == NG_TERM_BLANK) {
    guint n = GPOINTER_TO_UINT (g_hash_table_lookup (st->blanks, GUINT_TO_POINTER (id)));
    if (!n) {
      n = g_hash_table_size (st->blanks) + 1;
      g_hash_table_insert (st->blanks, GUINT_TO_POINTER (id), GUINT_TO_POINTER (n));
    }
    g_string_append_printf (out, "_:b%u", n - 1);
    return;
  }
  /* Each term's escaped form is made once and copied after that: a line
   * repeats its graph, predicates repeat, and escaping is the writer's main
   * cost. */
  gsize at = st->text_at[id];
  if (!at) {
    at = st->text->len + 1;
    ng_term_append_ntriples (st->store, id, st->text);
    st->text_at[id] = at;
    st->text_len[id] = st->text->len - (at - 1);
  }
  g_string_append_len (out, st->text->str + at - 1, st->text_len[id]);
}


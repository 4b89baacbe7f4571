/* SPDX-License-Identifier: MIT */
/* sorted.h: the statements of a store in output order; shared by the
 * writers (lines.c, save.c) only. */
#ifndef NG_RDFIO_SORTED_H
#define NG_RDFIO_SORTED_H

#include "rdfio/rdfio.h"

G_BEGIN_DECLS

/* The statements sorted for writing, and the terms' written forms. */
typedef struct {
  NgStore *store;
  guint32 *rank;      /**< rank[id]: position of the term in ng_term_compare order */
  NgQuad *quads;      /**< the store's quads, distinct, in output order */
  gsize n;            /**< how many */
  GHashTable *blanks; /**< blank id -> output number + 1 */
  NgTermId rdf_type;  /**< rdf:type, or NG_TERM_NONE when the store lacks it */
  GString *text;      /**< N-Triples forms of the terms written so far */
  gsize *text_at;     /**< text_at[id]: 1 + offset of the term's form in text, or 0 */
  gsize *text_len;    /**< text_len[id]: its length */
} Sorted;

/* The terms' ranks in ng_term_compare order, the default graph first:
 * *rank[id] is the rank of term id and *by_rank[r] the term of rank r,
 * both n_terms + 1 long (caller frees with g_free). */
void ng_sorted_rank (const NgStore *store, guint32 **rank, NgTermId **by_rank);
/* Sorts store's quads by (s, p, o, g) term order, or (g, s, p, o) with
 * graph_first; rdf:type first among predicates with type_first; every
 * quad in the default graph with merge_graphs.  The store is only read. */
void ng_sorted_init (Sorted *st, NgStore *store, gboolean graph_first, gboolean type_first,
                     gboolean merge_graphs);
void ng_sorted_clear (Sorted *st);
/* Appends the N-Triples form of a term, blank nodes numbered in order of
 * first appearance (so: called in output order). */
void ng_sorted_append_term (Sorted *st, NgTermId id, GString *out);

/* lines.c: N-Triples (quads FALSE) or N-Quads into n_out files, the lines
 * of graph g into outs[part[g]] (the default graph's into outs[0]), each
 * file in the order of the single file; sorting and formatting on up to
 * n_threads threads.  FALSE on a write error (see errno). */
gboolean ng_write_lines (NgStore *store, gboolean quads, FILE *const *outs, guint n_out,
                         const guint32 *part, guint n_threads);

G_END_DECLS

#endif /* NG_RDFIO_SORTED_H */

/* SPDX-License-Identifier: MIT */
/* store-private.h: the store's insides, shared by term.c, store.c and
 * index.c only.
 *
 * The dictionary keeps each term as one record in an arena of blocks that
 * never move, so the pointers handed out stay valid for the store's life:
 *
 *   IRI, blank:  kind(1) value... NUL
 *   literal:     kind(1) lex_len(4, native order) lex... NUL tag(1) extra... NUL
 *
 * where tag is '\0' (plain), '@' (extra = language) or '^' (extra =
 * datatype IRI).  The record bytes are also the hash key, so interning is
 * one hash and one memcmp.  The open-addressing table holds each id with
 * its hash, so that most probes never touch a record.
 */
#ifndef NG_STORE_PRIVATE_H
#define NG_STORE_PRIVATE_H

#include "store/store.h"

typedef struct {
  const guint8 *rec; /**< the record in the arena */
  guint32 len;       /**< record length in bytes */
  guint32 hash;      /**< low 32 bits of the record's hash */
} NgTermRec;

typedef struct {
  GPtrArray *blocks;   /**< arena blocks (g_free) */
  guint8 *cur;         /**< free space in the newest block */
  gsize cur_left;      /**< bytes left there */
  gsize arena_bytes;   /**< bytes allocated for blocks */
  NgTermRec *terms;    /**< indexed by id; terms[0] unused */
  guint32 n_terms;     /**< highest id in use */
  guint32 cap_terms;   /**< allocated length of terms */
  guint64 *table;      /**< open addressing: 0 = empty, else hash << 32 | id */
  guint32 table_mask;  /**< table size - 1 (a power of two) */
  GByteArray *scratch; /**< key being looked up */
  guint64 n_fresh;     /**< counter for ng_store_fresh_blank */
} NgDict;

/* The quad indexes.  quads[] is sorted in (s, p, o, g) order and
 * deduplicated; each other order is a permutation of positions in quads[]. */
typedef enum { NG_ORDER_SPOG, NG_ORDER_POSG, NG_ORDER_OSPG, NG_ORDER_GSPO, NG_N_ORDERS } NgOrder;

struct NgStore {
  NgDict dict;          /**< the term dictionary */
  NgQuad *quads;        /**< added quads; sorted once built */
  gsize n_quads;        /**< quads in use */
  gsize cap_quads;      /**< allocated length of quads */
  gsize n_built;        /**< quads[0..n_built) are sorted and indexed */
  gboolean built;       /**< indexes match quads[] */
  guint32 *perm[NG_N_ORDERS]; /**< permutations (perm[SPOG] stays NULL) */
  gboolean multi_graph; /**< more than one graph in use: GSPO is built */
  GPtrArray *prefixes;  /**< flattened (prefix, iri) pairs, g_free */
};

void ng_dict_init (NgDict *dict);
void ng_dict_clear (NgDict *dict);
/* Interns into dst the term id of src (same record bytes, same hash). */
NgTermId ng_dict_copy_term (NgDict *dst, const NgDict *src, NgTermId id);

/* index.c */
void ng_index_build (NgStore *store);
void ng_index_clear (NgStore *store);

#endif /* NG_STORE_PRIVATE_H */

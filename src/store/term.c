/* SPDX-License-Identifier: MIT */
/* term.c: the term dictionary (interning IRIs, blank nodes and literals).
 *
 * See store-private.h for the record layout.  Responsible for memory
 * compactness: a term costs its bytes plus 16 bytes of record and about
 * 6 bytes of table; nothing here knows about quads.
 */
#include "config.h"

#include <string.h>

#include "store/store-private.h"

#define ARENA_BLOCK (1u << 20) /* TUNING: 1 MiB blocks */
#define RESERVED_TERMS 1u      /* id 1 is the default graph */

static guint64
hash_bytes (const guint8 *p, gsize n, guint8 kind)
{
  /* A multiply-xorshift hash over 8-byte words: fast on short keys like IRIs
   * and good enough for an open-addressing table with linear probing. */
  guint64 h = 0x9E3779B97F4A7C15ull ^ ((n + ((gsize) kind << 40)) * 0xFF51AFD7ED558CCDull);
  while (n >= 8) {
    guint64 v;
    memcpy (&v, p, 8);
    h = (h ^ v) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    p += 8;
    n -= 8;
  }
  guint64 v = 0;
  memcpy (&v, p, n);
  h = (h ^ v ^ (guint64) n << 56) * 0x165667B19E3779F9ull;
  h ^= h >> 32;
  h *= 0x9E3779B97F4A7C15ull;
  h ^= h >> 29;
  return h;
}

static guint8 *
arena_alloc (NgDict *d, gsize n)
{
  if (n > d->cur_left) {
    gsize size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
    d->cur = g_malloc (size);
    d->cur_left = size;
    d->arena_bytes += size;
    g_ptr_array_add (d->blocks, d->cur);
  }
  guint8 *p = d->cur;
  d->cur += n;
  d->cur_left -= n;
  return p;
}

static void
table_grow (NgDict *d)
{
  guint32 size = (d->table_mask + 1) * 2;
  guint64 *t = g_new0 (guint64, size);
  for (guint32 id = 1; id <= d->n_terms; id++) {
    guint32 hash = d->terms[id].hash, i = hash & (size - 1);
    while (t[i])
      i = (i + 1) & (size - 1);
    t[i] = (guint64) hash << 32 | id;
  }
  g_free (d->table);
  d->table = t;
  d->table_mask = size - 1;
}

/* Finds the record kind + body[0..n) + (n_zero NULs): its id or 0, and the
 * slot where it is or would go.  The table holds each id with its hash, so
 * a probe reads the term's record only when the whole hash matches. */
static inline NgTermId
dict_find (const NgDict *d, guint32 hash, guint8 kind, const guint8 *body, gsize n,
           gsize n_zero, guint32 *slot)
{
  gsize rec_len = 1 + n + n_zero;
  guint32 i = hash & d->table_mask;
  for (;;) {
    guint64 e = d->table[i];
    if (!e) {
      *slot = i;
      return NG_TERM_NONE;
    }
    if ((guint32) (e >> 32) == hash) {
      const NgTermRec *r = &d->terms[(NgTermId) e];
      /* A stored record's trailing bytes are NULs: the length pins them. */
      if (r->len == rec_len && r->rec[0] == kind && memcmp (r->rec + 1, body, n) == 0) {
        *slot = i;
        return (NgTermId) e;
      }
    }
    i = (i + 1) & d->table_mask;
  }
}

static NgTermId
dict_insert (NgDict *d, guint32 hash, guint32 slot, guint8 kind, const guint8 *body, gsize n,
             gsize n_zero)
{
  gsize rec_len = 1 + n + n_zero;
  if (d->n_terms == G_MAXUINT32 - 1)
    g_error ("newsgraph: more than 2^32 terms");
  if (rec_len > G_MAXUINT32)
    g_error ("newsgraph: a term of 4 GiB or more");
  if (d->n_terms + 1 >= d->cap_terms) {
    d->cap_terms = d->cap_terms * 2;
    d->terms = g_renew (NgTermRec, d->terms, d->cap_terms);
  }
  NgTermId id = ++d->n_terms;
  guint8 *rec = arena_alloc (d, rec_len);
  rec[0] = kind;
  memcpy (rec + 1, body, n);
  memset (rec + 1 + n, 0, n_zero);
  d->terms[id] = (NgTermRec){ rec, (guint32) rec_len, hash };
  d->table[slot] = (guint64) hash << 32 | id;
  /* TUNING: keep the load factor under 0.7 so linear probes stay short. */
  if ((guint64) d->n_terms * 10 > (guint64) (d->table_mask + 1) * 7)
    table_grow (d);
  return id;
}

/* IRIs and blank nodes (record: kind, value, NUL) are hashed and compared
 * where the caller has them, without a copy.  The hash covers the bytes
 * before the NULs only; equal records still have equal hashes. */
static NgTermId
dict_simple (NgDict *d, NgTermKind kind, const char *v, gssize len, gboolean add)
{
  gsize n = len < 0 ? strlen (v) : (gsize) len;
  guint32 hash = (guint32) hash_bytes ((const guint8 *) v, n, (guint8) kind);
  guint32 slot;
  NgTermId id = dict_find (d, hash, (guint8) kind, (const guint8 *) v, n, 1, &slot);
  if (id || !add)
    return id;
  return dict_insert (d, hash, slot, (guint8) kind, (const guint8 *) v, n, 1);
}

NgTermId
ng_dict_copy_term (NgDict *dst, const NgDict *src, NgTermId id)
{
  /* Every record ends in its NULs and both dictionaries hash a record the
   * same way, so the record's body (kind excluded) is the whole key. */
  const NgTermRec *r = &src->terms[id];
  guint32 slot;
  NgTermId found = dict_find (dst, r->hash, r->rec[0], r->rec + 1, r->len - 1, 0, &slot);
  if (found)
    return found;
  return dict_insert (dst, r->hash, slot, r->rec[0], r->rec + 1, r->len - 1, 0);
}

#define XSD_STRING "http://www.w3.org/2001/XMLSchema#string"

/* Literals: the record is kind, lex_len (4 bytes), lex, NUL, tag, extra,
 * NUL.  Hashed in two pieces (lex; tag and extra) and compared piece by
 * piece, so the record is assembled only when the literal is new. */
static NgTermId
dict_literal (NgDict *d, const char *lex, gssize len, const char *lang, const char *datatype,
              gboolean add)
{
  gsize n = len < 0 ? strlen (lex) : (gsize) len;
  const char *extra = "";
  gsize n_extra = 0, n_lowered = 0;
  guint8 tag = 0;
  if (lang && *lang) {
    tag = '@';
    extra = lang;
    n_extra = strlen (lang);
    /* Language tags are stored lower-cased; copy only when needed. */
    for (gsize i = 0; i < n_extra; i++)
      if (g_ascii_isupper (lang[i])) {
        g_byte_array_set_size (d->scratch, (guint) n_extra);
        for (gsize k = 0; k < n_extra; k++)
          d->scratch->data[k] = (guint8) g_ascii_tolower (lang[k]);
        extra = (const char *) d->scratch->data;
        n_lowered = n_extra;
        break;
      }
  } else if (datatype && strcmp (datatype, XSD_STRING) != 0) {
    tag = '^';
    extra = datatype;
    n_extra = strlen (datatype);
  }
  if (n > G_MAXUINT32 - 8 - n_extra)
    g_error ("newsgraph: a literal of 4 GiB or more");
  guint32 n32 = (guint32) n;
  gsize rec_len = 1 + 4 + n + 1 + 1 + n_extra + 1;
  guint32 hash = (guint32) (hash_bytes ((const guint8 *) lex, n, NG_TERM_LITERAL)
                            ^ (hash_bytes ((const guint8 *) extra, n_extra, tag)
                               * 0x9E3779B97F4A7C15ull));
  guint32 i = hash & d->table_mask;
  for (;;) {
    guint64 e = d->table[i];
    if (!e)
      break;
    if ((guint32) (e >> 32) == hash) {
      const NgTermRec *r = &d->terms[(NgTermId) e];
      const guint8 *rec = r->rec;
      if (r->len == rec_len && rec[0] == NG_TERM_LITERAL && memcmp (rec + 1, &n32, 4) == 0
          && memcmp (rec + 5, lex, n) == 0 && rec[5 + n + 1] == tag
          && memcmp (rec + 5 + n + 2, extra, n_extra) == 0)
        return (NgTermId) e;
    }
    i = (i + 1) & d->table_mask;
  }
  if (!add)
    return NG_TERM_NONE;
  /* Assemble the record in the scratch buffer, after the lower-cased tag
   * if there is one (growing the buffer may move it). */
  g_byte_array_set_size (d->scratch, (guint) (n_lowered + rec_len));
  if (n_lowered)
    extra = (const char *) d->scratch->data;
  guint8 *w = d->scratch->data + n_lowered;
  w[0] = NG_TERM_LITERAL;
  memcpy (w + 1, &n32, 4);
  memcpy (w + 5, lex, n);
  w[5 + n] = 0;
  w[5 + n + 1] = tag;
  memcpy (w + 5 + n + 2, extra, n_extra);
  w[rec_len - 1] = 0;
  return dict_insert (d, hash, i, NG_TERM_LITERAL, w + 1, rec_len - 1, 0);
}

void
ng_dict_init (NgDict *d)
{
  memset (d, 0, sizeof *d);
  d->blocks = g_ptr_array_new_with_free_func (g_free);
  d->cap_terms = 1024;
  d->terms = g_new0 (NgTermRec, d->cap_terms);
  d->table_mask = 2047;
  d->table = g_new0 (guint64, d->table_mask + 1);
  d->scratch = g_byte_array_new ();
  /* The reserved default-graph term; it has no string form. */
  dict_simple (d, NG_TERM_DEFAULT_GRAPH, "", 0, TRUE);
  g_assert (d->n_terms == RESERVED_TERMS);
}

void
ng_dict_clear (NgDict *d)
{
  g_ptr_array_unref (d->blocks);
  g_free (d->terms);
  g_free (d->table);
  g_byte_array_unref (d->scratch);
  memset (d, 0, sizeof *d);
}

NgTermId
ng_store_iri (NgStore *store, const char *iri, gssize len)
{
  g_return_val_if_fail (store && iri, NG_TERM_NONE);
  return dict_simple (&store->dict, NG_TERM_IRI, iri, len, TRUE);
}

NgTermId
ng_store_blank (NgStore *store, const char *label, gssize len)
{
  g_return_val_if_fail (store && label, NG_TERM_NONE);
  return dict_simple (&store->dict, NG_TERM_BLANK, label, len, TRUE);
}

/* Removes id's entry from the table: backward-shift deletion, which keeps
 * every later entry of the probe run reachable from its home slot. */
static void
table_remove (NgDict *d, NgTermId id)
{
  guint32 mask = d->table_mask, i = d->terms[id].hash & mask;
  while ((NgTermId) d->table[i] != id)
    i = (i + 1) & mask;
  for (guint32 j = i;;) {
    j = (j + 1) & mask;
    if (!d->table[j])
      break;
    guint32 home = (guint32) (d->table[j] >> 32) & mask;
    /* The entry at j stays when its home lies cyclically in (i, j]. */
    if (i <= j ? (home > i && home <= j) : (home > i || home <= j))
      continue;
    d->table[i] = d->table[j];
    i = j;
  }
  d->table[i] = 0;
}

gboolean
ng_store_rename_blanks (NgStore *store, NgTermId after, const char *from, const char *to)
{
  g_return_val_if_fail (store && from && to && strlen (from) == strlen (to), FALSE);
  NgDict *d = &store->dict;
  gsize n = strlen (from);
  /* A blank record is kind, label, NUL: its label starts at rec + 1. */
#define RENAMED(r) ((r)->rec[0] == NG_TERM_BLANK && (r)->len >= n + 2 \
                    && memcmp ((r)->rec + 1, from, n) == 0)
  for (NgTermId id = after + 1; id <= d->n_terms; id++) {
    const NgTermRec *r = &d->terms[id];
    if (!RENAMED (r))
      continue;
    g_byte_array_set_size (d->scratch, 0);
    g_byte_array_append (d->scratch, (const guint8 *) to, (guint) n);
    g_byte_array_append (d->scratch, r->rec + 1 + n, r->len - 2 - (guint) n);
    if (dict_simple (d, NG_TERM_BLANK, (const char *) d->scratch->data, d->scratch->len, FALSE))
      return FALSE;
  }
  for (NgTermId id = after + 1; id <= d->n_terms; id++) {
    NgTermRec *r = &d->terms[id];
    if (!RENAMED (r))
      continue;
    table_remove (d, id);
    /* The arena never moves and the record keeps its length: rewritten in
     * place, so pointers already handed out see the new label. */
    memcpy ((guint8 *) r->rec + 1, to, n);
    gsize len = r->len - 2;
    r->hash = (guint32) hash_bytes (r->rec + 1, len, NG_TERM_BLANK);
    guint32 slot;
    NgTermId found = dict_find (d, r->hash, NG_TERM_BLANK, r->rec + 1, len, 1, &slot);
    g_assert (found == NG_TERM_NONE || found == id);
    d->table[slot] = (guint64) r->hash << 32 | id;
  }
#undef RENAMED
  return TRUE;
}

NgTermId
ng_store_fresh_blank (NgStore *store)
{
  /* Labels with a '-' cannot come from a loaded document: rdfio prefixes
   * every document label with a scope ("tN_", then "bHASH_"). */
  char buf[32];
  g_snprintf (buf, sizeof buf, "gen-%" G_GUINT64_FORMAT, ++store->dict.n_fresh);
  return ng_store_blank (store, buf, -1);
}

NgTermId
ng_store_literal (NgStore *store, const char *lex, gssize len, const char *lang,
                  const char *datatype)
{
  g_return_val_if_fail (store && lex, NG_TERM_NONE);
  return dict_literal (&store->dict, lex, len, lang, datatype, TRUE);
}

NgTermId
ng_store_lookup_iri (const NgStore *store, const char *iri)
{
  g_return_val_if_fail (store && iri, NG_TERM_NONE);
  return dict_simple ((NgDict *) &store->dict, NG_TERM_IRI, iri, -1, FALSE);
}

NgTermId
ng_store_lookup_literal (const NgStore *store, const char *lex, gssize len,
                         const char *lang, const char *datatype)
{
  g_return_val_if_fail (store && lex, NG_TERM_NONE);
  /* The scratch buffer is a cache, not state: lookups may reuse it. */
  return dict_literal ((NgDict *) &store->dict, lex, len, lang, datatype, FALSE);
}

guint32
ng_term_hash (const NgStore *store, NgTermId id)
{
  g_return_val_if_fail (store && id && id <= store->dict.n_terms, 0);
  return store->dict.terms[id].hash;
}

NgTermKind
ng_term_kind (const NgStore *store, NgTermId id)
{
  if (!store || id == NG_TERM_NONE || id > store->dict.n_terms)
    return 0;
  return (NgTermKind) store->dict.terms[id].rec[0];
}

const char *
ng_term_value (const NgStore *store, NgTermId id, gsize *len)
{
  NgTermKind kind = ng_term_kind (store, id);
  if (!kind) {
    if (len)
      *len = 0;
    return NULL;
  }
  const NgTermRec *r = &store->dict.terms[id];
  if (kind == NG_TERM_LITERAL) {
    guint32 n;
    memcpy (&n, r->rec + 1, 4);
    if (len)
      *len = n;
    return (const char *) r->rec + 5;
  }
  if (len)
    *len = r->len - 2;
  return (const char *) r->rec + 1;
}

static const char *
literal_extra (const NgStore *store, NgTermId id, char want)
{
  if (ng_term_kind (store, id) != NG_TERM_LITERAL)
    return NULL;
  const NgTermRec *r = &store->dict.terms[id];
  guint32 n;
  memcpy (&n, r->rec + 1, 4);
  const guint8 *tag = r->rec + 5 + n + 1;
  return *tag == (guint8) want ? (const char *) tag + 1 : NULL;
}

const char *
ng_term_lang (const NgStore *store, NgTermId id)
{
  return literal_extra (store, id, '@');
}

const char *
ng_term_datatype (const NgStore *store, NgTermId id)
{
  return literal_extra (store, id, '^');
}

guint32
ng_store_n_terms (const NgStore *store)
{
  return store ? store->dict.n_terms : 0;
}

gsize
ng_store_dict_bytes (const NgStore *store)
{
  const NgDict *d = &store->dict;
  return d->arena_bytes + (gsize) d->cap_terms * sizeof (NgTermRec)
         + (gsize) (d->table_mask + 1) * sizeof (guint64);
}

/* SPDX-License-Identifier: MIT */
/* store.h: the term dictionary and the indexed in-memory quad store.
 *
 * Everything else in newsgraph speaks in NgTermId: the dictionary interns
 * each distinct IRI, blank node and literal once and hands out a 32-bit id.
 * The store keeps quads of ids, sorted into several orders after loading so
 * that any pattern (each of subject, predicate, object and graph bound or
 * free) is a range scan, and so that the number of matches of a bound prefix
 * is two binary searches away (the query planner's statistics).
 *
 * Ownership rule for this whole header: the store owns every string it
 * returns; such pointers stay valid until ng_store_free().  Arguments are
 * borrowed and copied when kept.  Depends on GLib only.
 */
#ifndef NG_STORE_H
#define NG_STORE_H

#include <glib.h>

G_BEGIN_DECLS

/** An interned term.  0 (NG_TERM_NONE) is never a term: in patterns it means
 * "any".  NG_GRAPH_DEFAULT is the id of the default graph. */
typedef guint32 NgTermId;
#define NG_TERM_NONE ((NgTermId) 0)
#define NG_GRAPH_DEFAULT ((NgTermId) 1)

typedef enum {
  NG_TERM_IRI = 1,
  NG_TERM_BLANK,
  NG_TERM_LITERAL,
  NG_TERM_DEFAULT_GRAPH  /**< only the reserved id NG_GRAPH_DEFAULT */
} NgTermKind;

/** One statement.  g is NG_GRAPH_DEFAULT for triples of the default graph. */
typedef struct {
  NgTermId s; /**< subject */
  NgTermId p; /**< predicate */
  NgTermId o; /**< object */
  NgTermId g; /**< graph */
} NgQuad;

typedef struct NgStore NgStore;

/* ---- Life cycle ------------------------------------------------------- */

/** A new, empty store.  Free with ng_store_free(). */
NgStore *ng_store_new (void);
/** Frees the store, its dictionary and every string it handed out.  NULL is fine. */
void ng_store_free (NgStore *store);

/* ---- The dictionary --------------------------------------------------- */

/** Interns an IRI of len bytes (-1: NUL-terminated).  Returns its id. */
NgTermId ng_store_iri (NgStore *store, const char *iri, gssize len);
/** Interns a blank node by its (already document-scoped) label. */
NgTermId ng_store_blank (NgStore *store, const char *label, gssize len);
/** Interns a literal.  lang (may be NULL or "") and datatype (an IRI, may be
 * NULL) are exclusive; a lang is stored lower-cased, and xsd:string is
 * stored as "no datatype" (RDF 1.1: they are the same term). */
NgTermId ng_store_literal (NgStore *store, const char *lex, gssize len,
                           const char *lang, const char *datatype);
/** Looks an IRI up without interning it: NG_TERM_NONE when unknown. */
NgTermId ng_store_lookup_iri (const NgStore *store, const char *iri);
/** Looks a literal up without interning it: NG_TERM_NONE when unknown. */
NgTermId ng_store_lookup_literal (const NgStore *store, const char *lex, gssize len,
                                  const char *lang, const char *datatype);
/** A fresh blank node no document can name ("genN"). */
NgTermId ng_store_fresh_blank (NgStore *store);
/** Renames every blank node interned after the id after whose label starts
 * with from: the label then starts with to instead (as long as from).
 * rdfio loads a document under a temporary scope and then renames its
 * blank nodes into a scope named by the document's content.  Returns FALSE,
 * renaming nothing, when a new label is already a term. */
gboolean ng_store_rename_blanks (NgStore *store, NgTermId after, const char *from,
                                 const char *to);

/** The kind of a term; 0 for an id that is not a term. */
NgTermKind ng_term_kind (const NgStore *store, NgTermId id);
/** The IRI, blank label or literal lexical form, NUL-terminated (a literal may
 * also contain NULs: use len).  len may be NULL. */
const char *ng_term_value (const NgStore *store, NgTermId id, gsize *len);
/** A hash of the term's content (not of its id): equal terms have equal
 * hashes in every store and every run. */
guint32 ng_term_hash (const NgStore *store, NgTermId id);
/** A literal's language tag, or NULL. */
const char *ng_term_lang (const NgStore *store, NgTermId id);
/** A literal's datatype IRI, or NULL (a plain or language-tagged literal). */
const char *ng_term_datatype (const NgStore *store, NgTermId id);
/** Number of interned terms (ids run from 1 to this value). */
guint32 ng_store_n_terms (const NgStore *store);
/** Bytes held by the dictionary (strings, tables), for statistics. */
gsize ng_store_dict_bytes (const NgStore *store);

/* ---- Statements ------------------------------------------------------- */

/** Adds a quad.  Cheap: quads are appended and indexed in bulk by the next
 * match, count or ng_store_build(); a duplicate is dropped then. */
void ng_store_add (NgStore *store, NgTermId s, NgTermId p, NgTermId o, NgTermId g);
/** Adds every quad of src to dst, re-interning its terms in dst's
 * dictionary, and src's prefixes (first declaration wins).  For stores
 * filled apart (one per worker thread) and joined before writing.  src is
 * left unchanged; the two may not be the same store. */
void ng_store_merge (NgStore *dst, const NgStore *src);
/** Replaces, in every position of every quad, each term id x < n_map with
 * map[x] when that is not NG_TERM_NONE (the other terms stay).  Duplicates
 * this makes are dropped by the next build.  Terms no quad uses any more
 * stay in the dictionary (so ids and strings stay valid). */
void ng_store_map_terms (NgStore *store, const NgTermId *map, guint32 n_map);
/** Number of quads added so far (before deduplication, when not yet built). */
gsize ng_store_n_added (const NgStore *store);
/** Drops the quads added after the first n (to undo a failed load). */
void ng_store_truncate (NgStore *store, gsize n);
/** Sorts, deduplicates and indexes what was added.  Called implicitly by the
 * reading functions below; call it explicitly to time or pre-build. */
void ng_store_build (NgStore *store);
/** Number of distinct quads. */
gsize ng_store_size (NgStore *store);
/** Bytes held by the quads and their indexes. */
gsize ng_store_index_bytes (const NgStore *store);

/** The quads in canonical (s, p, o, g by id) order: n quads owned by the
 * store, valid until the next ng_store_add. */
const NgQuad *ng_store_quads (NgStore *store, gsize *n);

/** The quads as they are held, without building anything: in canonical
 * order and distinct when built, else in the order added, repeats
 * included.  For one pass over all of them that needs neither order nor
 * distinctness (a writer that sorts for itself, a scan for a few
 * predicates), where building the indexes would cost more than the pass.
 * n quads owned by the store, valid until the next ng_store_add. */
const NgQuad *ng_store_quads_unsorted (const NgStore *store, gsize *n);

/** Sorts n quads by (s, p, o, g), each field compared as a number at most
 * max: the store's own sort, for callers that sort quads under keys of
 * their own (a writer's ranks).  positions (n entries) and count (max + 2)
 * are scratch space, or NULL to allocate it here; positions is left
 * holding 0..n-1. */
void ng_quads_sort (NgQuad *quads, gsize n, guint32 max, guint32 *positions, guint32 *count);
/** Sorts each run of consecutive quads with the same s by (p, o, g), as
 * numbers: the second half of ng_quads_sort, for quads already grouped by
 * subject. */
void ng_quads_sort_runs (NgQuad *quads, gsize n);

/** Exact number of quads matching a pattern (NG_TERM_NONE = any). */
gsize ng_store_count (NgStore *store, NgTermId s, NgTermId p, NgTermId o, NgTermId g);

/** A range scan over one index.  Lives on the caller's stack; valid until
 * the next ng_store_add. */
typedef struct {
  const NgStore *store;   /**< the store scanned */
  const guint32 *perm;    /**< index order, or NULL for the canonical order */
  gsize pos;              /**< next position in the range */
  gsize end;              /**< one past the range */
  NgQuad pat;             /**< the pattern (NONE = any), for residual checks */
} NgStoreIter;

/** Starts a scan of the quads matching a pattern, choosing the index whose
 * order makes the bound positions a prefix (sord's best index). */
void ng_store_match (NgStore *store, NgStoreIter *it,
                     NgTermId s, NgTermId p, NgTermId o, NgTermId g);
/** Next matching quad into *q; FALSE at the end. */
gboolean ng_store_iter_next (NgStoreIter *it, NgQuad *q);

/** Distinct graph ids that hold at least one quad (NG_GRAPH_DEFAULT
 * included when used), sorted; caller frees with g_array_unref. */
GArray *ng_store_graphs (NgStore *store);

/* ---- Text forms ------------------------------------------------------ */

/** Appends the N-Triples form of a term (<iri>, _:label, "lex"@lang,
 * "lex"^^<dt>) to out, escaping as N-Triples requires and keeping other
 * UTF-8 as is.  The default graph appends nothing. */
void ng_term_append_ntriples (const NgStore *store, NgTermId id, GString *out);
/** Appends s as the inside of an N-Triples/Turtle string literal. */
void ng_append_escaped_string (GString *out, const char *s, gsize len);
/** Compares two terms by kind (IRI, blank, literal), then value, then
 * language or datatype: a total order independent of ids, for
 * deterministic output. */
int ng_term_compare (const NgStore *store, NgTermId a, NgTermId b);

/* ---- Namespaces (kept for writers) ------------------------------------ */

/** Records a prefix declared by an input.  When inputs bind one prefix to
 * different IRIs, the IRI first in byte order wins, so that the binding
 * does not depend on the order of the inputs. */
void ng_store_add_prefix (NgStore *store, const char *prefix, const char *iri);
/** Prefixes recorded, in declaration order: a GPtrArray of pairs
 * (prefix, iri) flattened; owned by the store. */
const GPtrArray *ng_store_prefixes (const NgStore *store);

G_END_DECLS

#endif /* NG_STORE_H */

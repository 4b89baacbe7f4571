/* SPDX-License-Identifier: MIT */
/* model-private.h: the state of one model build, shared by model.c (names,
 * kinds, labels), graph.c (entities, edges) and select.c (selection). */
#ifndef NG_VIZ_MODEL_PRIVATE_H
#define NG_VIZ_MODEL_PRIVATE_H

#include "viz/viz-private.h"

typedef struct {
  NgStore *store;          /**< borrowed */
  const char *lang;        /**< preferred label language, or NULL */
  NgTermId rdf_type;       /**< well-known ids (NONE when absent) */
  NgTermId name;           /**< schema:name */
  NgTermId name_http;      /**< http://schema.org/name */
  NgTermId label;          /**< rdfs:label */
  GHashTable *skip;        /**< set of term ids that are never entities */
  GHashTable *entities;    /**< term id -> node index + 1, while building */
  GHashTable *memberships; /**< set of membership term ids */
  GHashTable *evidence;    /**< term id (fact or entity) -> GPtrArray of sentences */
  GHashTable *kind_cache;  /**< class id -> NgVizKind */
  GHashTable *prop_labels; /**< property id -> label (owned) */
} Builder;

void ng_viz_builder_init (Builder *b, NgStore *store, const char *lang);
void ng_viz_builder_clear (Builder *b);
/** schema:name / rdfs:label / short IRI of a term; *named says which. */
char *ng_viz_resource_label (Builder *b, NgTermId t, gboolean *named);
/** The edge label of a property; owned by the builder. */
const char *ng_viz_property_label (Builder *b, NgTermId p);
/** The kind of an entity and its types as a ", "-joined string (caller frees). */
NgVizKind ng_viz_entity_kind (Builder *b, NgTermId t, char **types);
/** The best literal of (s, p) for language want (NULL: English first),
 * or NULL; borrowed from the store.  *len (may be NULL) gets its length
 * (a literal may hold NULs). */
const char *ng_viz_best_literal (NgStore *store, NgTermId s, NgTermId p, const char *want,
                                 gsize *len);
/** TRUE for an IRI or a blank node. */
gboolean ng_viz_is_resource (NgStore *store, NgTermId t);
/** Pass 1 (classify.c): fills b->skip, b->memberships and b->evidence,
 * articles (a set of article ids) and edge_evidence ("s p o" ids ->
 * sentences). */
void ng_viz_classify (Builder *b, GHashTable *articles, GHashTable *edge_evidence);
/** strcmp for g_ptr_array_sort over char*. */
int ng_viz_cmp_strv (gconstpointer a, gconstpointer b);

/** Applies the focus (seeds: node indices, or NULL for no focus), depth,
 * types and max_nodes to a complete graph, in place (select.c).  FALSE with an NG_VIZ_ERROR when it fails. */
gboolean ng_viz_graph_select (NgVizGraph *graph, const NgVizOptions *opts, const GArray *seeds,
                              GError **error);

/** Frees one node or edge (graph.c). */
void ng_viz_node_free (NgVizNode *node);
void ng_viz_edge_free (NgVizEdge *edge);

#endif /* NG_VIZ_MODEL_PRIVATE_H */

/* SPDX-License-Identifier: MIT */
/* viz.h: drawing the graph: a graph model of entities and relations built
 * from the store, a selection on it, and one writer per output format.
 *
 * The model is what a reader of the news wants to see, not the RDF: nodes
 * are entities (people, organizations, events, places, other resources)
 * labelled by schema:name in the chosen language; literals become node
 * attributes instead of nodes; rdf:type becomes the node's kind (style and
 * legend), not an edge; each org:Membership collapses into one edge
 * person -[role]-> organization; news articles and evidence nodes are not
 * drawn but lend their identifiers and sentences to the entities they
 * describe; ontology terms (classes and properties) are not drawn but lend
 * their rdfs:label to the edges.  Edge labels come from a small built-in
 * table for schema.org and W3C ORG terms, overridden by any rdfs:label in
 * the loaded data, else the property's prefixed name.
 *
 * Everything is sorted (nodes by IRI, edges by source, target, label), so
 * the same data gives the same bytes whatever the load order.
 *
 * Ownership rule for this header: an NgVizGraph owns all its nodes, edges
 * and strings; they live until ng_viz_graph_free().  Arguments are
 * borrowed.  Errors are in NG_VIZ_ERROR.  Depends on store/ only.
 */
#ifndef NG_VIZ_H
#define NG_VIZ_H

#include <stdio.h>

#include <glib.h>

#include "store/store.h"

G_BEGIN_DECLS

#define NG_VIZ_ERROR (ng_viz_error_quark ())
GQuark ng_viz_error_quark (void);

typedef enum {
  NG_VIZ_ERROR_EMPTY,     /**< nothing to draw: no entities in the input */
  NG_VIZ_ERROR_NO_MATCH,  /**< --focus matched no entity */
  NG_VIZ_ERROR_TOO_MANY,  /**< the selection exceeds --max-nodes */
  NG_VIZ_ERROR_WRITE,     /**< writing the output failed */
  NG_VIZ_ERROR_ARGUMENT,  /**< a bad selection argument (unknown type name) */
} NgVizError;

/** The kind of an entity, from its rdf:type; decides style and legend. */
typedef enum {
  NG_VIZ_PERSON = 0,
  NG_VIZ_ORGANIZATION,
  NG_VIZ_EVENT,
  NG_VIZ_PLACE,
  NG_VIZ_OTHER,
  NG_VIZ_N_KINDS
} NgVizKind;

/** One literal fact about a node, or one attribute of an edge. */
typedef struct {
  char *key;   /**< the property's label ("startDate", "name@zh") */
  char *value; /**< the literal's lexical form */
} NgVizAttr;

typedef struct {
  char *id;            /**< "n0", "n1"...: the position in the sorted node list */
  char *iri;           /**< the IRI, or "_:label" for a blank node */
  char *label;         /**< the display name (never NULL, may be empty) */
  NgVizKind kind;      /**< style class */
  char *types;         /**< the rdf:type classes as prefixed names, ", "-joined ("" if none) */
  GPtrArray *attrs;    /**< NgVizAttr*, sorted by key then value */
  GPtrArray *evidence; /**< char*: sentences the facts about it came from, sorted */
} NgVizNode;

typedef struct {
  guint source;        /**< index into the graph's nodes */
  guint target;        /**< index into the graph's nodes */
  char *label;         /**< the display label ("organizer", "秘书长") */
  char *property;      /**< the property as a prefixed name, or "org:Membership" */
  GPtrArray *evidence; /**< char*: sentences this relation came from, sorted */
} NgVizEdge;

typedef struct {
  GPtrArray *nodes; /**< NgVizNode*, sorted by IRI */
  GPtrArray *edges; /**< NgVizEdge*, sorted by source, target, label */
  char *lang;       /**< the preferred label language ("en", "zh") or NULL */
  gboolean has_names; /**< TRUE when at least one node has a schema:name */
} NgVizGraph;

/** Options of the model and the selection. */
typedef struct {
  const char *lang;        /**< preferred language for labels, or NULL (any; English first) */
  const char *focus;       /**< an IRI, prefixed name or name to centre on, or NULL */
  guint depth;             /**< with focus: how many hops to include (0 means 1) */
  guint types;             /**< bit set of (1 << NgVizKind) to keep; 0: all */
  guint max_nodes;         /**< 0: no limit */
} NgVizOptions;

/** Builds the graph model of the whole store, then applies the selection
 * in opts (NULL: everything).  Returns NULL with NG_VIZ_ERROR_EMPTY when
 * the store holds no entity, NG_VIZ_ERROR_NO_MATCH when the focus matches
 * none, NG_VIZ_ERROR_TOO_MANY beyond max_nodes (the message says how to
 * narrow the selection).  An empty selection after --types is not an
 * error.  Caller frees with ng_viz_graph_free(). */
NgVizGraph *ng_viz_graph_new (NgStore *store, const NgVizOptions *opts, GError **error);
/** Frees a graph.  NULL is fine. */
void ng_viz_graph_free (NgVizGraph *graph);

/** Copies into sel, from full, what a drawing of sel needs to name and
 * style its IRIs: their literals and rdf:type, the rdfs:subClassOf
 * hierarchy above those types, the rdfs:label of sel's properties, and
 * full's prefixes.  For drawing a selection such as a CONSTRUCT result,
 * whose triples rarely carry names.  Terms cross by value; sel's blank
 * nodes are left alone (they cannot be matched to full's). */
void ng_viz_store_enrich (NgStore *sel, NgStore *full);

/** Parses a comma-separated list of kind names ("Person,Organization",
 * case-insensitive, singular or plural) into a bit set for
 * NgVizOptions.types.  FALSE with NG_VIZ_ERROR_ARGUMENT on an unknown name. */
gboolean ng_viz_parse_types (const char *list, guint *types, GError **error);

/** The name of a kind ("Person", ..., "Other"). */
const char *ng_viz_kind_name (NgVizKind kind);
/** The fill colour of a kind, "#rrggbb", shared by every format. */
const char *ng_viz_kind_color (NgVizKind kind);

/* ---- Writers ----------------------------------------------------------- */

/** A writer: one per format, each in its own file (dot.c, graphml.c...).
 * write() emits the whole graph to out; it returns FALSE only on an I/O
 * error (checked with ferror by the caller as well). */
typedef struct {
  const char *name;      /**< "dot" */
  const char *extension; /**< "dot", without the dot */
  const char *summary;   /**< one line for --help */
  gboolean (*write) (const NgVizGraph *graph, FILE *out, GError **error);
} NgVizWriterClass;

extern const NgVizWriterClass ng_viz_dot_writer;
extern const NgVizWriterClass ng_viz_graphml_writer;
extern const NgVizWriterClass ng_viz_gexf_writer;
extern const NgVizWriterClass ng_viz_cyjs_writer;
extern const NgVizWriterClass ng_viz_html_writer;

/** The writer named name ("dot", "graphml", ..., also "gv", "cyjs" aliases), or NULL. */
const NgVizWriterClass *ng_viz_writer_by_name (const char *name);
/** The writer for a file name's extension (".dot", ".gv", ".graphml",
 * ".gexf", ".cyjs", ".json", ".html", ".htm"), or NULL. */
const NgVizWriterClass *ng_viz_writer_by_filename (const char *path);
/** "dot, graphml, gexf, cyjs, html" for messages. */
const char *ng_viz_writer_names (void);

G_END_DECLS

#endif /* NG_VIZ_H */

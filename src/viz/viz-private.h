/* SPDX-License-Identifier: MIT */
/* viz-private.h: what the files of viz/ share and nobody else needs:
 * well-known IRIs, prefixed names, the built-in edge labels, text cleaning
 * and the escapers of the writers. */
#ifndef NG_VIZ_PRIVATE_H
#define NG_VIZ_PRIVATE_H

#include "viz/viz.h"

#define NG_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NG_RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define NG_OWL "http://www.w3.org/2002/07/owl#"
#define NG_SCHEMA "https://schema.org/"
#define NG_SCHEMA_HTTP "http://schema.org/"
#define NG_ORG "http://www.w3.org/ns/org#"
#define NG_PROV "http://www.w3.org/ns/prov#"
#define NG_NS "https://w3id.org/newsgraph/ns#"

/** The prefixed name of an IRI ("schema:name") from the store's prefixes
 * and a built-in table, or NULL when no prefix fits.  Caller g_free()s. */
char *ng_viz_prefixed (NgStore *store, const char *iri);
/** The IRI of a prefixed name ("schema:name"), by the store's prefixes
 * then the built-in ones, or NULL.  Caller g_free()s. */
char *ng_viz_expand (NgStore *store, const char *name);
/** A short name for any IRI: the prefixed name, else the part after the
 * last '#' or '/', else the IRI.  Caller g_free()s. */
char *ng_viz_short_name (NgStore *store, const char *iri);
/** The built-in label of a well-known property in lang ("en" or "zh";
 * NULL: English), or NULL when the property is not in the table. */
const char *ng_viz_builtin_label (const char *iri, const char *lang);

/** A copy of len bytes of text made safe for every format: invalid UTF-8
 * repaired, C0 and C1 control characters and DEL (newlines and tabs
 * included) replaced by a space.  Caller g_free()s. */
char *ng_viz_clean (const char *s, gssize len);

/** Appends s with XML's five special characters escaped (for text and
 * attribute values alike). */
void ng_viz_append_xml (GString *out, const char *s);
/** Appends s as a JSON string, quotes included; '<', '>', '&', U+2028
 * and U+2029 are escaped too, so the JSON is safe inside an HTML script. */
void ng_viz_append_json (GString *out, const char *s);
/** Appends s as a DOT double-quoted string, quotes included. */
void ng_viz_append_dot (GString *out, const char *s);

/** Facts as "key: value" joined by sep.  Caller g_free()s. */
char *ng_viz_join_attrs (const GPtrArray *attrs, const char *sep);
/** Strings joined by sep.  Caller g_free()s. */
char *ng_viz_join_lines (const GPtrArray *lines, const char *sep);

/** Writes buf to out; FALSE with NG_VIZ_ERROR_WRITE on an I/O error. */
gboolean ng_viz_flush (GString *buf, FILE *out, GError **error);
/* ng_viz_flush once buf holds 64 KiB or more, so that writers stream. */
gboolean ng_viz_flush_full (GString *buf, FILE *out, GError **error);

/** Appends the Cytoscape.js elements JSON of the graph (shared by the
 * cyjs and html writers). */
void ng_viz_append_cyjs (GString *out, const NgVizGraph *graph);

#endif /* NG_VIZ_PRIVATE_H */

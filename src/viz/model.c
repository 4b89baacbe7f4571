/* SPDX-License-Identifier: MIT */
/* model.c: from the store to the graph model of viz.h.
 *
 * Design.  The store holds RDF; a drawing holds entities and relations.
 * The mapping is decided here, once, for every format:
 *
 *   1. Terms that are not entities are set aside first: classes (objects
 *      of rdf:type) and ontology terms (subjects typed as classes or
 *      properties, or described by rdfs:subClassOf and the like), news
 *      articles (schema:NewsArticle; their schema:mentions become a
 *      "source" attribute of the entities they mention), memberships
 *      (org:Membership, or anything with org:member) and their roles,
 *      and evidence nodes (objects of prov:wasDerivedFrom, rdf:Statement
 *      reifications; their sentences go to the facts they support).
 *   2. Every other IRI or blank node that is a subject, or the object of a
 *      drawn subject, is an entity.  Its literals are attributes; its
 *      label is its schema:name (then rdfs:label) in the preferred
 *      language; its kind comes from its rdf:type, following
 *      rdfs:subClassOf in the data when the class itself is not known.
 *   3. Triples between two entities are edges (rdf:type never is), and
 *      each membership is one edge member -> organization labelled by the
 *      role.
 *
 * The selection (focus, depth, types, max-nodes) is in select.c.
 */
#include "config.h"

#include <string.h>

#include "viz/viz-private.h"
#include "viz/model-private.h"

gboolean
ng_viz_is_resource (NgStore *store, NgTermId t)
{
  NgTermKind k = ng_term_kind (store, t);
  return k == NG_TERM_IRI || k == NG_TERM_BLANK;
}

int
ng_viz_cmp_strv (gconstpointer a, gconstpointer b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static NgTermId
iri (NgStore *store, const char *s)
{
  return ng_store_lookup_iri (store, s);
}

/* How much a literal's language suits the preferred one: lower is better. */
static int
lang_rank (const char *lang, const char *want)
{
  if (want && lang && g_ascii_strncasecmp (lang, want, strlen (want)) == 0)
    return 0;
  if (lang && g_ascii_strncasecmp (lang, "en", 2) == 0)
    return 1;
  if (!lang || !*lang)
    return 2;
  if (g_ascii_strncasecmp (lang, "zh", 2) == 0)
    return 3;
  return 4;
}

/* The best literal value of (s, p) for the language: NULL if none.
 * Borrowed from the store. */
const char *
ng_viz_best_literal (NgStore *store, NgTermId s, NgTermId p, const char *want, gsize *len)
{
  if (!s || !p)
    return NULL;
  NgStoreIter it;
  NgQuad q;
  const char *best = NULL;
  gsize best_len = 0;
  int best_rank = 99;
  ng_store_match (store, &it, s, p, 0, 0);
  while (ng_store_iter_next (&it, &q)) {
    if (ng_term_kind (store, q.o) != NG_TERM_LITERAL)
      continue;
    gsize n;
    const char *v = ng_term_value (store, q.o, &n);
    int r = lang_rank (ng_term_lang (store, q.o), want);
    if (r < best_rank || (r == best_rank && strcmp (v, best) < 0))
      best = v, best_len = n, best_rank = r;
  }
  if (len)
    *len = best_len;
  return best;
}

void
ng_viz_builder_init (Builder *b, NgStore *store, const char *lang)
{
  memset (b, 0, sizeof *b);
  b->store = store;
  b->lang = lang;
  b->rdf_type = iri (store, NG_RDF "type");
  b->name = iri (store, NG_SCHEMA "name");
  b->name_http = iri (store, NG_SCHEMA_HTTP "name");
  b->label = iri (store, NG_RDFS "label");
  b->skip = g_hash_table_new (NULL, NULL);
  b->entities = g_hash_table_new (NULL, NULL);
  b->memberships = g_hash_table_new (NULL, NULL);
  b->evidence = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  b->kind_cache = g_hash_table_new (NULL, NULL);
  b->prop_labels = g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

void
ng_viz_builder_clear (Builder *b)
{
  g_hash_table_unref (b->skip);
  g_hash_table_unref (b->entities);
  g_hash_table_unref (b->memberships);
  g_hash_table_unref (b->evidence);
  g_hash_table_unref (b->kind_cache);
  g_hash_table_unref (b->prop_labels);
}

/* The display name of any resource: schema:name, rdfs:label, else a short
 * form of its IRI.  Caller frees. */
char *
ng_viz_resource_label (Builder *b, NgTermId t, gboolean *named)
{
  gsize len = 0;
  const char *v = ng_viz_best_literal (b->store, t, b->name, b->lang, &len);
  if (!v)
    v = ng_viz_best_literal (b->store, t, b->name_http, b->lang, &len);
  if (!v)
    v = ng_viz_best_literal (b->store, t, b->label, b->lang, &len);
  if (named)
    *named = v != NULL;
  if (v)
    return ng_viz_clean (v, (gssize) len);
  const char *value = ng_term_value (b->store, t, NULL);
  if (ng_term_kind (b->store, t) == NG_TERM_BLANK)
    return g_strdup_printf ("_:%s", value);
  g_autofree char *s = ng_viz_short_name (b->store, value);
  return ng_viz_clean (s, -1);
}

/* The label of a property: rdfs:label in the data, the built-in table,
 * else its prefixed name.  Owned by the builder. */
const char *
ng_viz_property_label (Builder *b, NgTermId p)
{
  const char *cached = g_hash_table_lookup (b->prop_labels, GUINT_TO_POINTER (p));
  if (cached)
    return cached;
  const char *iri_s = ng_term_value (b->store, p, NULL);
  gsize len = 0;
  const char *v = ng_viz_best_literal (b->store, p, b->label, b->lang, &len);
  char *label;
  if (v)
    label = ng_viz_clean (v, (gssize) len);
  else if ((v = ng_viz_builtin_label (iri_s, b->lang)))
    label = g_strdup (v);
  else {
    g_autofree char *s = ng_viz_short_name (b->store, iri_s);
    label = ng_viz_clean (s, -1);
  }
  g_hash_table_insert (b->prop_labels, GUINT_TO_POINTER (p), label);
  return label;
}

/* ---- Kinds ---------------------------------------------------------- */

static const struct {
  const char *iri;
  NgVizKind kind;
} known_classes[] = {
  { NG_SCHEMA "Person", NG_VIZ_PERSON },
  { "http://xmlns.com/foaf/0.1/Person", NG_VIZ_PERSON },
  { NG_SCHEMA "Organization", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "GovernmentOrganization", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "Corporation", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "NGO", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "EducationalOrganization", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "CollegeOrUniversity", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "ResearchOrganization", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "NewsMediaOrganization", NG_VIZ_ORGANIZATION },
  { NG_ORG "Organization", NG_VIZ_ORGANIZATION },
  { NG_ORG "FormalOrganization", NG_VIZ_ORGANIZATION },
  { NG_ORG "OrganizationalUnit", NG_VIZ_ORGANIZATION },
  { "http://xmlns.com/foaf/0.1/Organization", NG_VIZ_ORGANIZATION },
  { NG_SCHEMA "Event", NG_VIZ_EVENT },
  { NG_SCHEMA "BusinessEvent", NG_VIZ_EVENT },
  { NG_SCHEMA "EducationEvent", NG_VIZ_EVENT },
  { NG_SCHEMA "SocialEvent", NG_VIZ_EVENT },
  { NG_SCHEMA "ExhibitionEvent", NG_VIZ_EVENT },
  { NG_SCHEMA "Place", NG_VIZ_PLACE },
  { NG_SCHEMA "City", NG_VIZ_PLACE },
  { NG_SCHEMA "Country", NG_VIZ_PLACE },
  { NG_SCHEMA "AdministrativeArea", NG_VIZ_PLACE },
  { NG_SCHEMA "State", NG_VIZ_PLACE },
  { NG_SCHEMA "Landform", NG_VIZ_PLACE },
  { NG_SCHEMA "LandmarksOrHistoricalBuildings", NG_VIZ_PLACE },
  { NG_SCHEMA "CivicStructure", NG_VIZ_PLACE },
  { NG_SCHEMA "EventVenue", NG_VIZ_PLACE },
};

/* The kind of a class, following rdfs:subClassOf in the data (bounded, so
 * a cycle ends). */
static NgVizKind
class_kind (Builder *b, NgTermId cls, int depth)
{
  gpointer hit;
  if (g_hash_table_lookup_extended (b->kind_cache, GUINT_TO_POINTER (cls), NULL, &hit))
    return GPOINTER_TO_UINT (hit);
  NgVizKind kind = NG_VIZ_OTHER;
  const char *s = ng_term_value (b->store, cls, NULL);
  gboolean known = FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (known_classes) && !known; i++)
    if (!strcmp (s, known_classes[i].iri)
        || (g_str_has_prefix (s, NG_SCHEMA_HTTP)
            && !strcmp (s + strlen (NG_SCHEMA_HTTP), known_classes[i].iri + strlen (NG_SCHEMA))))
      kind = known_classes[i].kind, known = TRUE;
  NgTermId sub = iri (b->store, NG_RDFS "subClassOf");
  if (!known && sub && depth < 8) {
    NgStoreIter it;
    NgQuad q;
    ng_store_match (b->store, &it, cls, sub, 0, 0);
    while (ng_store_iter_next (&it, &q) && kind == NG_VIZ_OTHER)
      if (q.o != cls)
        kind = class_kind (b, q.o, depth + 1);
  }
  if (depth == 0 || known)
    g_hash_table_insert (b->kind_cache, GUINT_TO_POINTER (cls), GUINT_TO_POINTER (kind));
  return kind;
}

/* The kind of an entity: the most specific known kind among its types;
 * Person wins over Organization over Event over Place when several. */
NgVizKind
ng_viz_entity_kind (Builder *b, NgTermId t, char **types)
{
  NgVizKind kind = NG_VIZ_OTHER;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  if (b->rdf_type) {
    NgStoreIter it;
    NgQuad q;
    ng_store_match (b->store, &it, t, b->rdf_type, 0, 0);
    while (ng_store_iter_next (&it, &q)) {
      if (ng_term_kind (b->store, q.o) != NG_TERM_IRI)
        continue;
      NgVizKind k = class_kind (b, q.o, 0);
      if (k < kind)
        kind = k;
      g_ptr_array_add (names, ng_viz_short_name (b->store, ng_term_value (b->store, q.o, NULL)));
    }
  }
  g_ptr_array_sort (names, ng_viz_cmp_strv);
  GString *joined = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++) {
    if (i && !strcmp (names->pdata[i], names->pdata[i - 1]))
      continue;
    if (joined->len)
      g_string_append (joined, ", ");
    g_string_append (joined, names->pdata[i]);
  }
  g_ptr_array_unref (names);
  *types = ng_viz_clean (joined->str, -1);
  g_string_free (joined, TRUE);
  return kind;
}

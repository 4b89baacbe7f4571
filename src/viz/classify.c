/* SPDX-License-Identifier: MIT */
/* classify.c: the first pass of the model (see model.c): setting aside the
 * terms that are not entities (classes, properties, ontology terms,
 * memberships, roles, articles, evidence nodes) and gathering the evidence
 * sentences.  Taken out of graph.c, which assembles the nodes and edges,
 * to keep each file to one concern. */
#include "config.h"

#include <string.h>

#include "viz/model-private.h"

/* Types whose instances are ontology terms, not things in the news. */
static const char *const ontology_classes[] = {
  NG_OWL "Class",          NG_RDFS "Class",         NG_RDF "Property",
  NG_OWL "ObjectProperty", NG_OWL "DatatypeProperty", NG_OWL "AnnotationProperty",
  NG_OWL "Ontology",       NG_OWL "TransitiveProperty", NG_OWL "SymmetricProperty",
  NG_OWL "FunctionalProperty", NG_OWL "InverseFunctionalProperty", NG_RDFS "Datatype",
  NG_OWL "Restriction",
};

/* Properties that describe ontology terms: both ends are set aside. */
static const char *const ontology_properties[] = {
  NG_RDFS "subClassOf",  NG_RDFS "subPropertyOf",  NG_RDFS "domain", NG_RDFS "range",
  NG_OWL "inverseOf",    NG_OWL "equivalentClass", NG_OWL "equivalentProperty",
  NG_OWL "imports",
};

static gboolean
in_list (const char *s, const char *const *list, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (!strcmp (s, list[i]))
      return TRUE;
  return FALSE;
}

static void
add_sentence (GHashTable *table, gconstpointer key, const char *sentence, gboolean string_key)
{
  GPtrArray *list = g_hash_table_lookup (table, key);
  if (!list) {
    list = g_ptr_array_new_with_free_func (g_free);
    g_hash_table_insert (table, string_key ? (gpointer) g_strdup (key) : (gpointer) key, list);
  }
  g_ptr_array_add (list, g_strdup (sentence));
}

/* The sentences an evidence node carries: its literals under a property
 * whose local name speaks of text (schema:text, ng:sentence, prov:value,
 * rdf:value, ...), or the node itself when it is a literal. */
static GPtrArray *
evidence_sentences (NgStore *store, NgTermId e)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  if (ng_term_kind (store, e) == NG_TERM_LITERAL) {
    g_ptr_array_add (out, ng_viz_clean (ng_term_value (store, e, NULL), -1));
    return out;
  }
  NgStoreIter it;
  NgQuad q;
  ng_store_match (store, &it, e, 0, 0, 0);
  while (ng_store_iter_next (&it, &q)) {
    if (ng_term_kind (store, q.o) != NG_TERM_LITERAL)
      continue;
    const char *p = ng_term_value (store, q.p, NULL);
    const char *hash = strrchr (p, '#'), *slash = strrchr (p, '/');
    const char *local = hash && (!slash || hash > slash) ? hash + 1 : slash ? slash + 1 : p;
    g_autofree char *lower = g_ascii_strdown (local, -1);
    if (!strstr (lower, "text") && !strstr (lower, "sentence") && !strstr (lower, "quot")
        && strcmp (lower, "value") != 0)
      continue;
    gsize len;
    const char *lex = ng_term_value (store, q.o, &len);
    g_ptr_array_add (out, ng_viz_clean (lex, (gssize) len));
  }
  return out;
}

/* Pass 1: set aside what is not an entity, note memberships, articles
 * and evidence. */
void
ng_viz_classify (Builder *b, GHashTable *articles, GHashTable *edge_evidence)
{
  NgStore *store = b->store;
  NgTermId membership = ng_store_lookup_iri (store, NG_ORG "Membership");
  NgTermId org_member = ng_store_lookup_iri (store, NG_ORG "member");
  NgTermId org_role = ng_store_lookup_iri (store, NG_ORG "role");
  NgTermId derived = ng_store_lookup_iri (store, NG_PROV "wasDerivedFrom");
  NgTermId evidence_p = ng_store_lookup_iri (store, NG_NS "evidence");
  NgTermId statement = ng_store_lookup_iri (store, NG_RDF "Statement");
  NgTermId article = ng_store_lookup_iri (store, NG_SCHEMA "NewsArticle");
  NgTermId article2 = ng_store_lookup_iri (store, NG_SCHEMA "Article");
  NgTermId rdf_subject = ng_store_lookup_iri (store, NG_RDF "subject");
  NgTermId rdf_predicate = ng_store_lookup_iri (store, NG_RDF "predicate");
  NgTermId rdf_object = ng_store_lookup_iri (store, NG_RDF "object");
  GArray *derivations = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  GArray *statements = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  gsize n;
  const NgQuad *quads = ng_store_quads (store, &n);
  for (gsize i = 0; i < n; i++) {
    const NgQuad *q = &quads[i];
    const char *p = ng_term_value (store, q->p, NULL);
    /* A property is never an entity, even when the data describes it. */
    g_hash_table_add (b->skip, GUINT_TO_POINTER (q->p));
    if (q->p == b->rdf_type && q->p) {
      g_hash_table_add (b->skip, GUINT_TO_POINTER (q->o));
      if (ng_term_kind (store, q->o) != NG_TERM_IRI)
        continue;
      if (in_list (ng_term_value (store, q->o, NULL), ontology_classes, G_N_ELEMENTS (ontology_classes)))
        g_hash_table_add (b->skip, GUINT_TO_POINTER (q->s));
      if (q->o == membership && membership)
        g_hash_table_add (b->memberships, GUINT_TO_POINTER (q->s));
      if ((q->o == article && article) || (q->o == article2 && article2))
        g_hash_table_add (articles, GUINT_TO_POINTER (q->s));
      if (q->o == statement && statement)
        g_array_append_val (statements, q->s);
    } else if (in_list (p, ontology_properties, G_N_ELEMENTS (ontology_properties))) {
      g_hash_table_add (b->skip, GUINT_TO_POINTER (q->s));
      g_hash_table_add (b->skip, GUINT_TO_POINTER (q->o));
    } else if (q->p == org_member && org_member) {
      g_hash_table_add (b->memberships, GUINT_TO_POINTER (q->s));
    } else if (q->p == org_role && org_role) {
      g_hash_table_add (b->skip, GUINT_TO_POINTER (q->o));
    } else if ((q->p == derived && derived) || (q->p == evidence_p && evidence_p)) {
      g_hash_table_add (b->skip, GUINT_TO_POINTER (q->o));
      g_array_append_val (derivations, *q);
    }
  }
  GHashTableIter hi;
  gpointer key;
  g_hash_table_iter_init (&hi, b->memberships);
  while (g_hash_table_iter_next (&hi, &key, NULL))
    g_hash_table_add (b->skip, key);
  g_hash_table_iter_init (&hi, articles);
  while (g_hash_table_iter_next (&hi, &key, NULL))
    g_hash_table_add (b->skip, key);
  /* Evidence through prov:wasDerivedFrom: the sentences go to the fact. */
  for (guint i = 0; i < derivations->len; i++) {
    const NgQuad *q = &g_array_index (derivations, NgQuad, i);
    GPtrArray *sentences = evidence_sentences (store, q->o);
    for (guint j = 0; j < sentences->len; j++)
      add_sentence (b->evidence, GUINT_TO_POINTER (q->s), sentences->pdata[j], FALSE);
    g_ptr_array_unref (sentences);
  }
  /* Evidence through reification: to both ends and to the edge. */
  for (guint i = 0; i < statements->len; i++) {
    NgTermId st = g_array_index (statements, NgTermId, i);
    g_hash_table_add (b->skip, GUINT_TO_POINTER (st));
    NgStoreIter it;
    NgQuad q;
    NgTermId s = 0, p = 0, o = 0;
    ng_store_match (store, &it, st, 0, 0, 0);
    while (ng_store_iter_next (&it, &q))
      if (q.p == rdf_subject && rdf_subject)
        s = q.o;
      else if (q.p == rdf_predicate && rdf_predicate)
        p = q.o;
      else if (q.p == rdf_object && rdf_object)
        o = q.o;
    GPtrArray *sentences = evidence_sentences (store, st);
    for (guint j = 0; j < sentences->len; j++) {
      if (s)
        add_sentence (b->evidence, GUINT_TO_POINTER (s), sentences->pdata[j], FALSE);
      if (o && ng_viz_is_resource (store, o))
        add_sentence (b->evidence, GUINT_TO_POINTER (o), sentences->pdata[j], FALSE);
      if (s && p && o) {
        g_autofree char *k = g_strdup_printf ("%u %u %u", s, p, o);
        add_sentence (edge_evidence, k, sentences->pdata[j], TRUE);
      }
    }
    g_ptr_array_unref (sentences);
  }
  g_array_unref (derivations);
  g_array_unref (statements);
}


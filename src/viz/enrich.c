/* SPDX-License-Identifier: MIT */
/* enrich.c: ng_viz_store_enrich: giving a selection of triples (a
 * CONSTRUCT result, say) what the drawing needs to name and style its
 * resources, from the full data they were selected from.  Kept apart from
 * the model because it works on two stores, whose term ids differ: terms
 * cross over by value. */
#include "config.h"

#include <string.h>

#include "viz/viz-private.h"

static NgTermId
copy_term (NgStore *from, NgTermId id, NgStore *to)
{
  gsize len;
  const char *v = ng_term_value (from, id, &len);
  switch (ng_term_kind (from, id)) {
  case NG_TERM_IRI:
    return ng_store_iri (to, v, len);
  case NG_TERM_BLANK: {
    /* A fresh scope, so the copy never merges with sel's own blanks. */
    g_autofree char *label = g_strdup_printf ("enrich%s", v);
    return ng_store_blank (to, label, -1);
  }
  case NG_TERM_LITERAL:
    return ng_store_literal (to, v, len, ng_term_lang (from, id), ng_term_datatype (from, id));
  default:
    return NG_TERM_NONE;
  }
}

void
ng_viz_store_enrich (NgStore *sel, NgStore *full)
{
  g_return_if_fail (sel != NULL && full != NULL);
  NgTermId full_type = ng_store_lookup_iri (full, NG_RDF "type");
  NgTermId full_label = ng_store_lookup_iri (full, NG_RDFS "label");
  NgTermId full_sub = ng_store_lookup_iri (full, NG_RDFS "subClassOf");
  /* The IRIs of sel, as ids of full. */
  GHashTable *resources = g_hash_table_new (NULL, NULL), *predicates = g_hash_table_new (NULL, NULL);
  gsize n;
  const NgQuad *quads = ng_store_quads (sel, &n);
  for (gsize i = 0; i < n; i++) {
    NgTermId ends[2] = { quads[i].s, quads[i].o };
    for (int k = 0; k < 2; k++)
      if (ng_term_kind (sel, ends[k]) == NG_TERM_IRI) {
        NgTermId f = ng_store_lookup_iri (full, ng_term_value (sel, ends[k], NULL));
        if (f)
          g_hash_table_add (resources, GUINT_TO_POINTER (f));
      }
    NgTermId p = ng_store_lookup_iri (full, ng_term_value (sel, quads[i].p, NULL));
    if (p)
      g_hash_table_add (predicates, GUINT_TO_POINTER (p));
  }
  /* Collect first, add after: adding invalidates sel's quads and iterators. */
  GArray *add = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  GHashTable *classes = g_hash_table_new (NULL, NULL);
  GHashTableIter hi;
  gpointer key;
  g_hash_table_iter_init (&hi, resources);
  while (g_hash_table_iter_next (&hi, &key, NULL)) {
    NgStoreIter it;
    NgQuad q;
    ng_store_match (full, &it, GPOINTER_TO_UINT (key), 0, 0, 0);
    while (ng_store_iter_next (&it, &q))
      if (ng_term_kind (full, q.o) == NG_TERM_LITERAL || (q.p == full_type && full_type)) {
        g_array_append_val (add, q);
        if (q.p == full_type)
          g_hash_table_add (classes, GUINT_TO_POINTER (q.o));
      }
  }
  /* The class hierarchy above those types, so kinds resolve. */
  GArray *todo = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  g_hash_table_iter_init (&hi, classes);
  while (g_hash_table_iter_next (&hi, &key, NULL)) {
    NgTermId c = GPOINTER_TO_UINT (key);
    g_array_append_val (todo, c);
  }
  for (guint i = 0; i < todo->len && full_sub; i++) {
    NgStoreIter it;
    NgQuad q;
    ng_store_match (full, &it, g_array_index (todo, NgTermId, i), full_sub, 0, 0);
    while (ng_store_iter_next (&it, &q)) {
      g_array_append_val (add, q);
      if (g_hash_table_add (classes, GUINT_TO_POINTER (q.o)))
        g_array_append_val (todo, q.o);
    }
  }
  /* The labels of the properties used. */
  g_hash_table_iter_init (&hi, predicates);
  while (g_hash_table_iter_next (&hi, &key, NULL) && full_label) {
    NgStoreIter it;
    NgQuad q;
    ng_store_match (full, &it, GPOINTER_TO_UINT (key), full_label, 0, 0);
    while (ng_store_iter_next (&it, &q))
      g_array_append_val (add, q);
  }
  for (guint i = 0; i < add->len; i++) {
    const NgQuad *q = &g_array_index (add, NgQuad, i);
    ng_store_add (sel, copy_term (full, q->s, sel), copy_term (full, q->p, sel),
                  copy_term (full, q->o, sel), NG_GRAPH_DEFAULT);
  }
  const GPtrArray *prefixes = ng_store_prefixes (full);
  for (guint i = 0; prefixes && i + 1 < prefixes->len; i += 2)
    ng_store_add_prefix (sel, prefixes->pdata[i], prefixes->pdata[i + 1]);
  g_array_unref (todo);
  g_array_unref (add);
  g_hash_table_unref (classes);
  g_hash_table_unref (resources);
  g_hash_table_unref (predicates);
}

/* SPDX-License-Identifier: MIT */
/* graph.c: ng_viz_graph_new: the entities, their attributes, the edges
 * between them, and the focus (the design is described atop model.c;
 * classify.c sets aside what is not an entity first). */
#include "config.h"

#include <string.h>

#include "viz/model-private.h"

static GPtrArray *
sorted_unique (GPtrArray *list)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  if (!list)
    return out;
  GPtrArray *copy = g_ptr_array_copy (list, NULL, NULL);
  g_ptr_array_set_free_func (copy, NULL); /* the copy borrows the strings */
  g_ptr_array_sort (copy, ng_viz_cmp_strv);
  for (guint i = 0; i < copy->len; i++)
    if (!i || strcmp (copy->pdata[i], copy->pdata[i - 1]))
      g_ptr_array_add (out, g_strdup (copy->pdata[i]));
  g_ptr_array_unref (copy);
  return out;
}

void
ng_viz_node_free (NgVizNode *node)
{
  if (!node)
    return;
  g_free (node->id);
  g_free (node->iri);
  g_free (node->label);
  g_free (node->types);
  if (node->attrs)
    g_ptr_array_unref (node->attrs);
  if (node->evidence)
    g_ptr_array_unref (node->evidence);
  g_free (node);
}

void
ng_viz_edge_free (NgVizEdge *edge)
{
  if (!edge)
    return;
  g_free (edge->label);
  g_free (edge->property);
  if (edge->evidence)
    g_ptr_array_unref (edge->evidence);
  g_free (edge);
}

static void
attr_free (NgVizAttr *a)
{
  g_free (a->key);
  g_free (a->value);
  g_free (a);
}

static int
cmp_attr (gconstpointer a, gconstpointer b)
{
  const NgVizAttr *x = *(NgVizAttr *const *) a, *y = *(NgVizAttr *const *) b;
  int c = strcmp (x->key, y->key);
  return c ? c : strcmp (x->value, y->value);
}

static int
cmp_edge (gconstpointer a, gconstpointer b)
{
  const NgVizEdge *x = *(NgVizEdge *const *) a, *y = *(NgVizEdge *const *) b;
  if (x->source != y->source)
    return x->source < y->source ? -1 : 1;
  if (x->target != y->target)
    return x->target < y->target ? -1 : 1;
  int c = strcmp (x->label, y->label);
  return c ? c : strcmp (x->property, y->property);
}

static int
cmp_term (gconstpointer a, gconstpointer b, gpointer store)
{
  return ng_term_compare (store, *(const NgTermId *) a, *(const NgTermId *) b);
}

static void
add_attr (GPtrArray *attrs, const char *key, const char *value, gssize len)
{
  NgVizAttr *a = g_new (NgVizAttr, 1);
  a->key = g_strdup (key);
  a->value = ng_viz_clean (value, len);
  g_ptr_array_add (attrs, a);
}

static void
add_entity (Builder *b, GArray *order, NgTermId t)
{
  if (!ng_viz_is_resource (b->store, t) || g_hash_table_contains (b->skip, GUINT_TO_POINTER (t))
      || g_hash_table_contains (b->entities, GUINT_TO_POINTER (t)))
    return;
  g_hash_table_insert (b->entities, GUINT_TO_POINTER (t), GUINT_TO_POINTER (1));
  g_array_append_val (order, t);
}

static NgVizNode *
make_node (Builder *b, NgTermId t, guint index, NgTermId mentions, GHashTable *articles,
           gboolean *named)
{
  NgStore *store = b->store;
  NgVizNode *node = g_new0 (NgVizNode, 1);
  node->id = g_strdup_printf ("n%u", index);
  const char *v = ng_term_value (store, t, NULL);
  node->iri = ng_term_kind (store, t) == NG_TERM_BLANK ? g_strdup_printf ("_:%s", v)
                                                       : ng_viz_clean (v, -1);
  node->label = ng_viz_resource_label (b, t, named);
  node->kind = ng_viz_entity_kind (b, t, &node->types);
  node->attrs = g_ptr_array_new_with_free_func ((GDestroyNotify) attr_free);
  NgStoreIter it;
  NgQuad q;
  ng_store_match (store, &it, t, 0, 0, 0);
  while (ng_store_iter_next (&it, &q)) {
    if (ng_term_kind (store, q.o) != NG_TERM_LITERAL)
      continue;
    const char *lang = ng_term_lang (store, q.o);
    const char *plabel = ng_viz_property_label (b, q.p);
    g_autofree char *k = lang && *lang ? g_strdup_printf ("%s@%s", plabel, lang) : g_strdup (plabel);
    gsize len;
    const char *lex = ng_term_value (store, q.o, &len);
    add_attr (node->attrs, k, lex, (gssize) len);
  }
  if (mentions) {
    NgTermId ident = ng_store_lookup_iri (store, NG_SCHEMA "identifier");
    ng_store_match (store, &it, 0, mentions, t, 0);
    while (ng_store_iter_next (&it, &q)) {
      if (!g_hash_table_contains (articles, GUINT_TO_POINTER (q.s)))
        continue;
      const char *id = ident ? ng_viz_best_literal (store, q.s, ident, NULL, NULL) : NULL;
      g_autofree char *name = id ? g_strdup (id) : ng_viz_resource_label (b, q.s, NULL);
      add_attr (node->attrs, "source", name, -1);
    }
  }
  g_ptr_array_sort (node->attrs, cmp_attr);
  for (guint i = 1; i < node->attrs->len;)
    if (!cmp_attr (&node->attrs->pdata[i], &node->attrs->pdata[i - 1]))
      g_ptr_array_remove_index (node->attrs, i);
    else
      i++;
  node->evidence = sorted_unique (g_hash_table_lookup (b->evidence, GUINT_TO_POINTER (t)));
  return node;
}

static gpointer
copy_string (gconstpointer s, gpointer unused)
{
  return g_strdup (s);
}

static NgVizEdge *
make_edge (guint s, guint o, const char *label, const char *property, GPtrArray *evidence)
{
  NgVizEdge *e = g_new0 (NgVizEdge, 1);
  e->source = s;
  e->target = o;
  e->label = g_strdup (label);
  e->property = g_strdup (property);
  e->evidence = sorted_unique (evidence);
  return e;
}

/* The edges of one membership: member -[role]-> organization. */
static void
membership_edges (Builder *b, NgTermId m, GPtrArray *edges, GPtrArray *nodes)
{
  NgStore *store = b->store;
  NgTermId member = ng_store_lookup_iri (store, NG_ORG "member");
  NgTermId organization = ng_store_lookup_iri (store, NG_ORG "organization");
  NgTermId role = ng_store_lookup_iri (store, NG_ORG "role");
  GArray *who = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *where = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *roles = g_ptr_array_new_with_free_func (g_free);
  NgStoreIter it;
  NgQuad q;
  ng_store_match (store, &it, m, 0, 0, 0);
  while (ng_store_iter_next (&it, &q)) {
    guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (b->entities, GUINT_TO_POINTER (q.o)));
    if (q.p == member && member && idx)
      g_array_append_val (who, idx);
    else if (q.p == organization && organization && idx)
      g_array_append_val (where, idx);
    else if (q.p == role && role)
      g_ptr_array_add (roles, ng_term_kind (store, q.o) == NG_TERM_LITERAL
                                  ? ng_viz_clean (ng_term_value (store, q.o, NULL), -1)
                                  : ng_viz_resource_label (b, q.o, NULL));
  }
  g_ptr_array_sort (roles, ng_viz_cmp_strv);
  GString *label = g_string_new (NULL);
  for (guint i = 0; i < roles->len; i++)
    if (!i || strcmp (roles->pdata[i], roles->pdata[i - 1]))
      g_string_append_printf (label, "%s%s", label->len ? " / " : "", (char *) roles->pdata[i]);
  if (!label->len)
    g_string_append (label, ng_viz_builtin_label (NG_ORG "memberOf", b->lang));
  GPtrArray *ev = g_hash_table_lookup (b->evidence, GUINT_TO_POINTER (m));
  for (guint i = 0; i < who->len; i++)
    for (guint j = 0; j < where->len; j++) {
      guint s = g_array_index (who, guint, i) - 1, o = g_array_index (where, guint, j) - 1;
      g_ptr_array_add (edges, make_edge (s, o, label->str, "org:Membership", ev));
      /* The membership's sentences are about both people and bodies. */
      for (guint k = 0; ev && k < ev->len; k++) {
        g_ptr_array_add (((NgVizNode *) nodes->pdata[s])->evidence, g_strdup (ev->pdata[k]));
        g_ptr_array_add (((NgVizNode *) nodes->pdata[o])->evidence, g_strdup (ev->pdata[k]));
      }
    }
  g_string_free (label, TRUE);
  g_ptr_array_unref (roles);
  g_array_unref (who);
  g_array_unref (where);
}

/* TRUE when the data also states the same link with a sub-property of
 * q's property (ng:host under schema:organizer): the finer edge is drawn
 * and this one left out, so that one fact is one edge. */
static gboolean
has_finer_statement (NgStore *store, const NgQuad *q)
{
  NgTermId sub = ng_store_lookup_iri (store, NG_RDFS "subPropertyOf");
  if (!sub)
    return FALSE;
  NgStoreIter it;
  NgQuad d;
  ng_store_match (store, &it, 0, sub, q->p, 0);
  while (ng_store_iter_next (&it, &d))
    if (d.s != q->p && ng_store_count (store, q->s, d.s, q->o, 0) > 0)
      return TRUE;
  return FALSE;
}

/* Folds a name for matching: NFKC, case folded. */
static char *
fold (const char *s)
{
  g_autofree char *n = g_utf8_normalize (s, -1, G_NORMALIZE_NFKC);
  return n ? g_utf8_casefold (n, -1) : g_strdup ("");
}

/* The nodes a --focus names: by IRI, by prefixed name, by any name or
 * label (folded), else by a part of a name.  Sorted node indices. */
static GArray *
find_focus (Builder *b, NgVizGraph *graph, GArray *order, const char *focus)
{
  NgStore *store = b->store;
  GArray *seeds = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *want = fold (focus);
  g_autofree char *expanded = ng_viz_expand (store, focus);
  NgTermId alt = ng_store_lookup_iri (store, NG_SCHEMA "alternateName");
  NgTermId props[] = { b->name, b->name_http, b->label, alt };
  for (int pass = 0; pass < 2 && seeds->len == 0; pass++)
    for (guint i = 0; i < order->len; i++) {
      NgTermId t = g_array_index (order, NgTermId, i);
      NgVizNode *node = graph->nodes->pdata[i];
      gboolean hit = FALSE;
      if (pass == 0)
        hit = !strcmp (node->iri, focus) || (expanded && !strcmp (node->iri, expanded));
      for (gsize k = 0; k < G_N_ELEMENTS (props) && !hit; k++) {
        if (!props[k])
          continue;
        NgStoreIter it;
        NgQuad q;
        ng_store_match (store, &it, t, props[k], 0, 0);
        while (!hit && ng_store_iter_next (&it, &q)) {
          if (ng_term_kind (store, q.o) != NG_TERM_LITERAL)
            continue;
          g_autofree char *have = fold (ng_term_value (store, q.o, NULL));
          hit = pass == 0 ? !strcmp (have, want) : (*want && strstr (have, want) != NULL);
        }
      }
      if (hit)
        g_array_append_val (seeds, i);
    }
  return seeds;
}

NgVizGraph *
ng_viz_graph_new (NgStore *store, const NgVizOptions *opts, GError **error)
{
  static const NgVizOptions none = { 0 };
  if (!opts)
    opts = &none;
  Builder b;
  ng_viz_builder_init (&b, store, opts->lang);
  GHashTable *articles = g_hash_table_new (NULL, NULL);
  GHashTable *edge_evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                     (GDestroyNotify) g_ptr_array_unref);
  ng_viz_classify (&b, articles, edge_evidence);
  NgTermId mentions = ng_store_lookup_iri (store, NG_SCHEMA "mentions");
  NgTermId member = ng_store_lookup_iri (store, NG_ORG "member");
  NgTermId organization = ng_store_lookup_iri (store, NG_ORG "organization");

  /* Pass 2: the entities. */
  GArray *order = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  gsize n;
  const NgQuad *quads = ng_store_quads (store, &n);
  for (gsize i = 0; i < n; i++) {
    const NgQuad *q = &quads[i];
    gboolean from_membership = g_hash_table_contains (b.memberships, GUINT_TO_POINTER (q->s));
    if (from_membership) {
      if ((q->p == member && member) || (q->p == organization && organization))
        add_entity (&b, order, q->o);
      continue;
    }
    if (g_hash_table_contains (b.skip, GUINT_TO_POINTER (q->s)))
      continue;
    add_entity (&b, order, q->s);
    if (q->p != b.rdf_type && q->p != mentions)
      add_entity (&b, order, q->o);
  }
  g_array_sort_with_data (order, cmp_term, store);

  NgVizGraph *graph = g_new0 (NgVizGraph, 1);
  graph->lang = g_strdup (opts->lang);
  graph->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) ng_viz_node_free);
  graph->edges = g_ptr_array_new_with_free_func ((GDestroyNotify) ng_viz_edge_free);
  for (guint i = 0; i < order->len; i++) {
    NgTermId t = g_array_index (order, NgTermId, i);
    gboolean named = FALSE;
    g_hash_table_insert (b.entities, GUINT_TO_POINTER (t), GUINT_TO_POINTER (i + 1));
    g_ptr_array_add (graph->nodes, make_node (&b, t, i, mentions, articles, &named));
    graph->has_names |= named;
  }

  /* Pass 3: the edges. */
  for (gsize i = 0; i < n; i++) {
    const NgQuad *q = &quads[i];
    if (q->p == b.rdf_type || (q->p == mentions && mentions))
      continue;
    guint s = GPOINTER_TO_UINT (g_hash_table_lookup (b.entities, GUINT_TO_POINTER (q->s)));
    guint o = GPOINTER_TO_UINT (g_hash_table_lookup (b.entities, GUINT_TO_POINTER (q->o)));
    if (!s || !o)
      continue;
    if (has_finer_statement (store, q))
      continue;
    const char *piri = ng_term_value (store, q->p, NULL);
    g_autofree char *prop = ng_viz_prefixed (store, piri);
    g_autofree char *key = g_strdup_printf ("%u %u %u", q->s, q->p, q->o);
    g_ptr_array_add (graph->edges, make_edge (s - 1, o - 1, ng_viz_property_label (&b, q->p),
                                              prop ? prop : piri,
                                              g_hash_table_lookup (edge_evidence, key)));
  }
  GPtrArray *ms = g_ptr_array_new ();
  GHashTableIter hi;
  gpointer key;
  g_hash_table_iter_init (&hi, b.memberships);
  while (g_hash_table_iter_next (&hi, &key, NULL))
    g_ptr_array_add (ms, key);
  for (guint i = 0; i < ms->len; i++)
    membership_edges (&b, GPOINTER_TO_UINT (ms->pdata[i]), graph->edges, graph->nodes);
  g_ptr_array_unref (ms);
  /* Sort, and merge duplicates (the same triple in several graphs). */
  g_ptr_array_sort (graph->edges, cmp_edge);
  for (guint i = 1; i < graph->edges->len;) {
    NgVizEdge *prev = graph->edges->pdata[i - 1], *cur = graph->edges->pdata[i];
    if (!cmp_edge (&graph->edges->pdata[i], &graph->edges->pdata[i - 1])) {
      GPtrArray *merged = g_ptr_array_copy (prev->evidence, copy_string, NULL);
      g_ptr_array_set_free_func (merged, g_free);
      for (guint k = 0; k < cur->evidence->len; k++)
        g_ptr_array_add (merged, g_strdup (cur->evidence->pdata[k]));
      g_ptr_array_unref (prev->evidence);
      prev->evidence = sorted_unique (merged);
      g_ptr_array_unref (merged);
      g_ptr_array_remove_index (graph->edges, i);
    } else
      i++;
  }
  for (guint i = 0; i < graph->nodes->len; i++) {
    NgVizNode *node = graph->nodes->pdata[i];
    GPtrArray *ev = sorted_unique (node->evidence);
    g_ptr_array_unref (node->evidence);
    node->evidence = ev;
  }

  g_hash_table_unref (articles);
  g_hash_table_unref (edge_evidence);

  if (graph->nodes->len == 0) {
    g_set_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_EMPTY, "%s",
                 ng_store_size (store) == 0
                     ? "nothing to draw: the input holds no triples"
                     : "nothing to draw: the input holds no entities (only classes, ontology "
                       "terms, memberships without people, or literals)");
    ng_viz_graph_free (graph);
    g_array_unref (order);
    ng_viz_builder_clear (&b);
    return NULL;
  }
  GArray *seeds = NULL;
  gboolean ok = TRUE;
  if (opts->focus) {
    seeds = find_focus (&b, graph, order, opts->focus);
    if (seeds->len == 0) {
      g_set_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_NO_MATCH,
                   "no entity matches --focus '%s' (give an IRI, a prefixed name such as "
                   "ngid:person/chen-meiling, or a name as written in schema:name)",
                   opts->focus);
      ok = FALSE;
    }
  }
  ok = ok && ng_viz_graph_select (graph, opts, seeds, error);
  if (seeds)
    g_array_unref (seeds);
  g_array_unref (order);
  ng_viz_builder_clear (&b);
  if (!ok) {
    ng_viz_graph_free (graph);
    return NULL;
  }
  return graph;
}

void
ng_viz_graph_free (NgVizGraph *graph)
{
  if (!graph)
    return;
  g_ptr_array_unref (graph->nodes);
  g_ptr_array_unref (graph->edges);
  g_free (graph->lang);
  g_free (graph);
}

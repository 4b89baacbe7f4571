/* SPDX-License-Identifier: MIT */
/* test-viz.c: the graph model of viz/ (entities, labels, memberships,
 * evidence, selection) and the escaping and determinism of the writers. */
#include "config.h"

#include <string.h>

#include "rdfio/rdfio.h"
#include "viz/viz.h"
#include "viz/viz-private.h"

static NgStore *
load (const char *name, ...)
{
  NgStore *store = ng_store_new ();
  va_list ap;
  va_start (ap, name);
  for (const char *n = name; n; n = va_arg (ap, const char *)) {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "viz", n, NULL);
    GError *error = NULL;
    gboolean ok = ng_rdf_load_file (store, path, NG_SYNTAX_UNKNOWN, NULL, &error);
    g_assert_no_error (error);
    g_assert_true (ok);
  }
  va_end (ap);
  return store;
}

static NgStore *
load_text (const char *ttl)
{
  NgStore *store = ng_store_new ();
  GError *error = NULL;
  g_assert_true (ng_rdf_load_data (store, ttl, strlen (ttl), NG_SYNTAX_TURTLE,
                                   "http://example.org/", "test", &error));
  g_assert_no_error (error);
  return store;
}

static const NgVizNode *
node_by_iri (const NgVizGraph *g, const char *iri)
{
  for (guint i = 0; i < g->nodes->len; i++) {
    const NgVizNode *n = g->nodes->pdata[i];
    if (!strcmp (n->iri, iri))
      return n;
  }
  return NULL;
}

static const NgVizEdge *
edge_between (const NgVizGraph *g, const char *from, const char *to, const char *label)
{
  for (guint i = 0; i < g->edges->len; i++) {
    const NgVizEdge *e = g->edges->pdata[i];
    const NgVizNode *s = g->nodes->pdata[e->source], *t = g->nodes->pdata[e->target];
    if (!strcmp (s->iri, from) && !strcmp (t->iri, to) && (!label || !strcmp (e->label, label)))
      return e;
  }
  return NULL;
}

static gboolean
has_attr (const NgVizNode *n, const char *key, const char *value)
{
  for (guint i = 0; i < n->attrs->len; i++) {
    const NgVizAttr *a = n->attrs->pdata[i];
    if (!strcmp (a->key, key) && !strcmp (a->value, value))
      return TRUE;
  }
  return FALSE;
}

static gboolean
has_string (const GPtrArray *list, const char *s)
{
  for (guint i = 0; i < list->len; i++)
    if (!strcmp (list->pdata[i], s))
      return TRUE;
  return FALSE;
}

#define ID "https://w3id.org/newsgraph/id/"

static void
test_model_entities (void)
{
  NgStore *store = load ("en.ttl", NULL);
  GError *error = NULL;
  NgVizGraph *g = ng_viz_graph_new (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g->nodes->len, ==, 7);
  g_assert_cmpuint (g->edges->len, ==, 8);
  g_assert_true (g->has_names);
  /* Ids follow the sorted order. */
  for (guint i = 0; i < g->nodes->len; i++) {
    g_autofree char *id = g_strdup_printf ("n%u", i);
    g_assert_cmpstr (((NgVizNode *) g->nodes->pdata[i])->id, ==, id);
  }
  const NgVizNode *summit = node_by_iri (g, ID "event/harbour-ai-summit");
  g_assert_nonnull (summit);
  g_assert_cmpstr (summit->label, ==, "Harbour AI Governance Summit");
  /* ng:Forum is a schema:Event by rdfs:subClassOf in the data. */
  g_assert_cmpint (summit->kind, ==, NG_VIZ_EVENT);
  g_assert_cmpstr (summit->types, ==, "ng:Forum");
  /* Literals are attributes, not nodes. */
  g_assert_true (has_attr (summit, "start date", "2025-03-18"));
  g_assert_true (has_attr (summit, "source", "001_harbour_summit.txt"));
  g_assert_cmpint (node_by_iri (g, ID "place/ningbo")->kind, ==, NG_VIZ_PLACE);
  g_assert_cmpint (node_by_iri (g, ID "org/ningbo-economy-bureau")->kind, ==, NG_VIZ_ORGANIZATION);
  /* Not entities: classes, properties, roles, memberships, articles, evidence. */
  g_assert_null (node_by_iri (g, "https://w3id.org/newsgraph/ns#Forum"));
  g_assert_null (node_by_iri (g, "https://w3id.org/newsgraph/ns#host"));
  g_assert_null (node_by_iri (g, "https://schema.org/Event"));
  g_assert_null (node_by_iri (g, ID "role/vice-president"));
  g_assert_null (node_by_iri (g, ID "membership/li-wei-cta"));
  g_assert_null (node_by_iri (g, "https://example.org/news/001"));
  for (guint i = 0; i < g->edges->len; i++)
    g_assert_cmpstr (((NgVizEdge *) g->edges->pdata[i])->property, !=, "rdf:type");
  ng_viz_graph_free (g);
  ng_store_free (store);
}

static void
test_model_edges (void)
{
  NgStore *store = load ("en.ttl", NULL);
  NgVizGraph *g = ng_viz_graph_new (store, NULL, NULL);
  g_assert_nonnull (g);
  /* rdfs:label from the data wins; the sub-property replaces its parent. */
  g_assert_nonnull (edge_between (g, ID "event/harbour-ai-summit", ID "org/coastal-tech-association", "hosted by"));
  g_assert_null (edge_between (g, ID "event/harbour-ai-summit", ID "org/coastal-tech-association", "organizer"));
  g_assert_nonnull (edge_between (g, ID "event/harbour-ai-summit", ID "org/ningbo-economy-bureau", "organizer"));
  /* Built-in labels. */
  g_assert_nonnull (edge_between (g, ID "event/harbour-ai-summit", ID "person/li-wei", "speaker"));
  g_assert_nonnull (edge_between (g, ID "event/harbour-ai-summit", ID "event/ningbo-digital-week-2025", "part of"));
  /* Memberships collapse into person -[role]-> organization. */
  const NgVizEdge *m = edge_between (g, ID "person/li-wei", ID "org/coastal-tech-association", NULL);
  g_assert_nonnull (m);
  g_assert_cmpstr (m->label, ==, "vice president");
  g_assert_cmpstr (m->property, ==, "org:Membership");
  g_assert_nonnull (edge_between (g, ID "person/anna-berg", ID "org/ningbo-economy-bureau", "member of"));
  /* Evidence: prov:wasDerivedFrom on the membership, and a reified statement. */
  const char *s1 = "Li Wei, vice president of the Coastal Technology Association, opened the summit.";
  g_assert_true (has_string (m->evidence, s1));
  g_assert_true (has_string (node_by_iri (g, ID "person/li-wei")->evidence, s1));
  const char *s2 = "The summit was held in Ningbo on March 18.";
  const NgVizEdge *loc = edge_between (g, ID "event/harbour-ai-summit", ID "place/ningbo", "location");
  g_assert_nonnull (loc);
  g_assert_true (has_string (loc->evidence, s2));
  g_assert_true (has_string (node_by_iri (g, ID "place/ningbo")->evidence, s2));
  ng_viz_graph_free (g);
  ng_store_free (store);
}

static void
test_model_lang (void)
{
  NgStore *store = load ("en.ttl", NULL);
  NgVizOptions opts = { .lang = "zh" };
  NgVizGraph *g = ng_viz_graph_new (store, &opts, NULL);
  g_assert_cmpstr (node_by_iri (g, ID "event/harbour-ai-summit")->label, ==, "港湾人工智能治理峰会");
  /* No Chinese name: the English one. */
  g_assert_cmpstr (node_by_iri (g, ID "person/anna-berg")->label, ==, "Anna Berg");
  g_assert_nonnull (edge_between (g, ID "event/harbour-ai-summit", ID "org/coastal-tech-association", "主办单位"));
  g_assert_nonnull (edge_between (g, ID "person/li-wei", ID "org/coastal-tech-association", "副会长"));
  g_assert_nonnull (edge_between (g, ID "event/harbour-ai-summit", ID "place/ningbo", "地点"));
  ng_viz_graph_free (g);
  ng_store_free (store);
}

static void
test_select_focus (void)
{
  NgStore *store = load ("en.ttl", NULL);
  const char *focuses[] = { "Li Wei", "李伟", "li wei", ID "person/li-wei", "ngid:person/li-wei", NULL };
  for (const char **f = focuses; *f; f++) {
    NgVizOptions opts = { .focus = *f, .depth = 1 };
    GError *error = NULL;
    NgVizGraph *g = ng_viz_graph_new (store, &opts, &error);
    g_assert_no_error (error);
    /* Li Wei, the summit (speaker) and the association (membership);
     * the summit's host edge joins the two neighbours. */
    g_assert_cmpuint (g->nodes->len, ==, 3);
    g_assert_cmpuint (g->edges->len, ==, 3);
    g_assert_nonnull (node_by_iri (g, ID "org/coastal-tech-association"));
    g_assert_cmpstr (((NgVizNode *) g->nodes->pdata[2])->id, ==, "n2");
    ng_viz_graph_free (g);
  }
  NgVizOptions two = { .focus = "Li Wei", .depth = 2 };
  NgVizGraph *g = ng_viz_graph_new (store, &two, NULL);
  g_assert_cmpuint (g->nodes->len, ==, 7);
  ng_viz_graph_free (g);
  /* A part of a name, when nothing matches whole. */
  NgVizOptions part = { .focus = "Digital Week" };
  g = ng_viz_graph_new (store, &part, NULL);
  g_assert_cmpuint (g->nodes->len, ==, 2);
  ng_viz_graph_free (g);
  NgVizOptions none = { .focus = "Nobody At All" };
  GError *error = NULL;
  g_assert_null (ng_viz_graph_new (store, &none, &error));
  g_assert_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_NO_MATCH);
  g_assert_nonnull (strstr (error->message, "Nobody At All"));
  g_clear_error (&error);
  ng_store_free (store);
}

static void
test_select_types_max (void)
{
  NgStore *store = load ("en.ttl", NULL);
  NgVizOptions opts = { 0 };
  GError *error = NULL;
  g_assert_true (ng_viz_parse_types ("Person, organizations", &opts.types, &error));
  g_assert_no_error (error);
  NgVizGraph *g = ng_viz_graph_new (store, &opts, NULL);
  g_assert_cmpuint (g->nodes->len, ==, 4);
  g_assert_cmpuint (g->edges->len, ==, 2); /* the two memberships */
  ng_viz_graph_free (g);
  g_assert_false (ng_viz_parse_types ("Person,Planet", &opts.types, &error));
  g_assert_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_ARGUMENT);
  g_clear_error (&error);
  NgVizOptions max = { .max_nodes = 3 };
  g_assert_null (ng_viz_graph_new (store, &max, &error));
  g_assert_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_TOO_MANY);
  g_assert_nonnull (strstr (error->message, "--focus"));
  g_assert_nonnull (strstr (error->message, "7 entities"));
  g_clear_error (&error);
  NgVizOptions fits = { .max_nodes = 7 };
  g = ng_viz_graph_new (store, &fits, &error);
  g_assert_no_error (error);
  ng_viz_graph_free (g);
  ng_store_free (store);
}

static void
test_bad_inputs (void)
{
  GError *error = NULL;
  NgStore *store = ng_store_new ();
  g_assert_null (ng_viz_graph_new (store, NULL, &error));
  g_assert_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_EMPTY);
  g_clear_error (&error);
  ng_store_free (store);
  store = load ("ontology-only.ttl", NULL);
  g_assert_null (ng_viz_graph_new (store, NULL, &error));
  g_assert_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_EMPTY);
  g_clear_error (&error);
  ng_store_free (store);
  store = load ("unnamed.ttl", NULL);
  NgVizGraph *g = ng_viz_graph_new (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (g->has_names);
  g_assert_cmpstr (node_by_iri (g, "http://example.org/e/summit")->label, ==, "summit");
  ng_viz_graph_free (g);
  ng_store_free (store);
  /* Control characters never reach a writer. */
  store = load ("tricky.ttl", NULL);
  g = ng_viz_graph_new (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g->nodes->len, ==, 3);
  for (guint i = 0; i < g->nodes->len; i++) {
    const NgVizNode *n = g->nodes->pdata[i];
    for (const char *p = n->label; *p; p++)
      g_assert_cmpint ((unsigned char) *p, >=, 0x20);
    for (guint k = 0; k < n->attrs->len; k++)
      for (const char *p = ((NgVizAttr *) n->attrs->pdata[k])->value; *p; p++)
        g_assert_cmpint ((unsigned char) *p, >=, 0x20);
  }
  ng_viz_graph_free (g);
  ng_store_free (store);
  /* A membership with no person is not drawn, and does not crash. */
  store = load_text ("@prefix org: <http://www.w3.org/ns/org#> .\n"
                     "<m> a org:Membership ; org:organization <o> .\n"
                     "<o> <http://schema.org/name> \"Only Org\" .\n");
  g = ng_viz_graph_new (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g->nodes->len, ==, 1);
  g_assert_cmpuint (g->edges->len, ==, 0);
  ng_viz_graph_free (g);
  ng_store_free (store);
}

static void
test_enrich (void)
{
  NgStore *full = load ("en.ttl", NULL);
  /* What a CONSTRUCT { ?e schema:organizer ?o } might return: no names. */
  NgStore *sel = load_text ("<" ID "event/harbour-ai-summit> <https://schema.org/organizer> <" ID "org/ningbo-economy-bureau> .\n"
                            "<" ID "event/harbour-ai-summit> <https://w3id.org/newsgraph/ns#host> <" ID "org/coastal-tech-association> .\n"
                            "<" ID "event/harbour-ai-summit> <https://schema.org/about> <http://example.org/unknown> .\n");
  ng_viz_store_enrich (sel, full);
  NgVizOptions opts = { .lang = "zh" };
  GError *error = NULL;
  NgVizGraph *g = ng_viz_graph_new (sel, &opts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g->nodes->len, ==, 4);
  g_assert_cmpuint (g->edges->len, ==, 3);
  const NgVizNode *summit = node_by_iri (g, ID "event/harbour-ai-summit");
  g_assert_cmpstr (summit->label, ==, "港湾人工智能治理峰会");
  g_assert_cmpint (summit->kind, ==, NG_VIZ_EVENT); /* via ng:Forum rdfs:subClassOf */
  g_assert_true (has_attr (summit, "开始日期", "2025-03-18"));
  g_assert_cmpint (node_by_iri (g, ID "org/ningbo-economy-bureau")->kind, ==, NG_VIZ_ORGANIZATION);
  g_assert_nonnull (edge_between (g, ID "event/harbour-ai-summit", ID "org/coastal-tech-association", "主办单位"));
  g_assert_cmpint (node_by_iri (g, "http://example.org/unknown")->kind, ==, NG_VIZ_OTHER);
  /* Nothing else of the full graph came along. */
  g_assert_null (node_by_iri (g, ID "person/li-wei"));
  ng_viz_graph_free (g);
  ng_store_free (sel);
  ng_store_free (full);
}

static char *
render (const NgVizWriterClass *w, NgStore *store)
{
  NgVizGraph *g = ng_viz_graph_new (store, NULL, NULL);
  g_assert_nonnull (g);
  FILE *f = tmpfile ();
  g_assert_nonnull (f);
  GError *error = NULL;
  g_assert_true (w->write (g, f, &error));
  g_assert_no_error (error);
  long n = ftell (f);
  rewind (f);
  char *buf = g_malloc0 (n + 1);
  g_assert_cmpint (fread (buf, 1, n, f), ==, n);
  fclose (f);
  ng_viz_graph_free (g);
  return buf;
}

static void
test_deterministic (void)
{
  const NgVizWriterClass *writers[] = { &ng_viz_dot_writer, &ng_viz_graphml_writer,
                                        &ng_viz_gexf_writer, &ng_viz_cyjs_writer };
  NgStore *a = load ("en.ttl", "zh.ttl", NULL), *b = load ("zh.ttl", "en.ttl", NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (writers); i++) {
    g_autofree char *x = render (writers[i], a), *y = render (writers[i], b);
    g_assert_cmpstr (x, ==, y);
    g_assert_nonnull (strstr (x, "王芳"));
  }
  ng_store_free (a);
  ng_store_free (b);
}

static void
test_escapes (void)
{
  GString *s = g_string_new (NULL);
  ng_viz_append_dot (s, "a \"q\" \\ b");
  g_assert_cmpstr (s->str, ==, "\"a \\\"q\\\" \\\\ b\"");
  g_string_truncate (s, 0);
  ng_viz_append_xml (s, "<a href='x'>&\"</a>");
  g_assert_cmpstr (s->str, ==, "&lt;a href=&apos;x&apos;&gt;&amp;&quot;&lt;/a&gt;");
  g_string_truncate (s, 0);
  ng_viz_append_json (s, "</script>\"\\\t\xe2\x80\xa8中");
  g_assert_cmpstr (s->str, ==, "\"\\u003c/script\\u003e\\\"\\\\\\u0009\\u2028中\"");
  g_string_free (s, TRUE);
  g_autofree char *c = ng_viz_clean ("a\nb\tc\x01\x7f" "d\xc2\x85" "e\xff", -1);
  g_assert_cmpstr (c, ==, "a b c  d e\xef\xbf\xbd");
  g_assert_true (g_utf8_validate (c, -1, NULL));
  g_autofree char *z = ng_viz_clean ("nul\0inside", 10);
  g_assert_cmpstr (z, ==, "nul inside");
}

static void
test_names (void)
{
  g_assert_true (ng_viz_writer_by_name ("GraphML") == &ng_viz_graphml_writer);
  g_assert_true (ng_viz_writer_by_filename ("out/x.gexf") == &ng_viz_gexf_writer);
  g_assert_true (ng_viz_writer_by_filename ("x.gv") == &ng_viz_dot_writer);
  g_assert_true (ng_viz_writer_by_filename ("x.htm") == &ng_viz_html_writer);
  g_assert_null (ng_viz_writer_by_filename ("x.svg"));
  g_assert_null (ng_viz_writer_by_filename ("dir.d/x"));
  g_assert_cmpstr (ng_viz_builtin_label ("https://schema.org/performer", "zh"), ==, "发言人");
  g_assert_cmpstr (ng_viz_builtin_label ("http://schema.org/location", NULL), ==, "location");
  g_assert_null (ng_viz_builtin_label ("https://example.org/x", NULL));
  g_autofree char *p = ng_viz_prefixed (NULL, "http://www.w3.org/ns/org#memberOf");
  g_assert_cmpstr (p, ==, "org:memberOf");
  g_autofree char *q = ng_viz_short_name (NULL, "http://example.org/a/b#frag");
  g_assert_cmpstr (q, ==, "frag");
  g_assert_cmpstr (ng_viz_kind_name (NG_VIZ_PLACE), ==, "Place");
  ng_viz_graph_free (NULL);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/viz/model/entities", test_model_entities);
  g_test_add_func ("/viz/model/edges", test_model_edges);
  g_test_add_func ("/viz/model/lang", test_model_lang);
  g_test_add_func ("/viz/select/focus", test_select_focus);
  g_test_add_func ("/viz/select/types-max", test_select_types_max);
  g_test_add_func ("/viz/model/bad-inputs", test_bad_inputs);
  g_test_add_func ("/viz/model/enrich", test_enrich);
  g_test_add_func ("/viz/write/deterministic", test_deterministic);
  g_test_add_func ("/viz/write/escapes", test_escapes);
  g_test_add_func ("/viz/names", test_names);
  return g_test_run ();
}

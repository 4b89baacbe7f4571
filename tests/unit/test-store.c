/* SPDX-License-Identifier: MIT */
/* test-store.c: the dictionary and the quad store, every pattern shape
 * checked against a brute-force scan of random graphs. */
#include "config.h"

#include <string.h>

#include "store/store.h"

static void
test_dict_intern (void)
{
  NgStore *st = ng_store_new ();
  NgTermId a = ng_store_iri (st, "http://example.org/a", -1);
  NgTermId a2 = ng_store_iri (st, "http://example.org/a", -1);
  NgTermId b = ng_store_blank (st, "http://example.org/a", -1);
  NgTermId l = ng_store_literal (st, "http://example.org/a", -1, NULL, NULL);
  NgTermId ls = ng_store_literal (st, "http://example.org/a", -1, NULL,
                                  "http://www.w3.org/2001/XMLSchema#string");
  NgTermId en = ng_store_literal (st, "chat", -1, "EN", NULL);
  NgTermId fr = ng_store_literal (st, "chat", -1, "fr", NULL);
  NgTermId i1 = ng_store_literal (st, "1", -1, NULL, "http://www.w3.org/2001/XMLSchema#integer");
  g_assert_cmpuint (a, ==, a2);
  g_assert_cmpuint (a, !=, b);
  g_assert_cmpuint (a, !=, l);
  g_assert_cmpuint (l, ==, ls); /* RDF 1.1: xsd:string is the plain literal */
  g_assert_cmpuint (en, !=, fr);
  g_assert_cmpstr (ng_term_lang (st, en), ==, "en");
  g_assert_null (ng_term_lang (st, i1));
  g_assert_cmpstr (ng_term_datatype (st, i1), ==, "http://www.w3.org/2001/XMLSchema#integer");
  g_assert_cmpint (ng_term_kind (st, a), ==, NG_TERM_IRI);
  g_assert_cmpint (ng_term_kind (st, b), ==, NG_TERM_BLANK);
  g_assert_cmpint (ng_term_kind (st, l), ==, NG_TERM_LITERAL);
  g_assert_cmpint (ng_term_kind (st, NG_TERM_NONE), ==, 0);
  g_assert_cmpint (ng_term_kind (st, 999999), ==, 0);
  g_assert_cmpuint (ng_store_lookup_iri (st, "http://example.org/a"), ==, a);
  g_assert_cmpuint (ng_store_lookup_iri (st, "http://example.org/zz"), ==, NG_TERM_NONE);
  g_assert_cmpuint (ng_store_lookup_literal (st, "chat", -1, "en", NULL), ==, en);
  ng_store_free (st);
}

static void
test_dict_nul_and_growth (void)
{
  NgStore *st = ng_store_new ();
  NgTermId x = ng_store_literal (st, "a\0b", 3, NULL, NULL);
  NgTermId y = ng_store_literal (st, "a\0c", 3, NULL, NULL);
  g_assert_cmpuint (x, !=, y);
  gsize len;
  const char *v = ng_term_value (st, x, &len);
  g_assert_cmpuint (len, ==, 3);
  g_assert_cmpmem (v, 3, "a\0b", 3);
  /* Enough terms to grow the table and the arena many times. */
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  for (int i = 0; i < 200000; i++) {
    char buf[64];
    g_snprintf (buf, sizeof buf, "http://example.org/term/%d", i);
    NgTermId id = ng_store_iri (st, buf, -1);
    g_array_append_val (ids, id);
  }
  for (int i = 0; i < 200000; i += 997) {
    char buf[64];
    g_snprintf (buf, sizeof buf, "http://example.org/term/%d", i);
    g_assert_cmpuint (ng_store_iri (st, buf, -1), ==, g_array_index (ids, NgTermId, i));
    g_assert_cmpstr (ng_term_value (st, g_array_index (ids, NgTermId, i), NULL), ==, buf);
  }
  g_array_unref (ids);
  ng_store_free (st);
}

static gboolean
matches (const NgQuad *q, const NgQuad *pat)
{
  return (!pat->s || q->s == pat->s) && (!pat->p || q->p == pat->p)
         && (!pat->o || q->o == pat->o) && (!pat->g || q->g == pat->g);
}

static int
cmp_quad (gconstpointer a, gconstpointer b)
{
  return memcmp (a, b, sizeof (NgQuad));
}

/* Every one of the 16 shapes, on random graphs with one and with several
 * graphs, against a scan of the deduplicated input. */
static void
check_random_graph (guint32 seed, int n_graphs)
{
  GRand *rand = g_rand_new_with_seed (seed);
  NgStore *st = ng_store_new ();
  NgTermId terms[40];
  for (int i = 0; i < 40; i++) {
    char buf[32];
    g_snprintf (buf, sizeof buf, "http://e/%d", i);
    terms[i] = ng_store_iri (st, buf, -1);
  }
  GArray *all = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  int n = g_rand_int_range (rand, 0, 3000);
  for (int i = 0; i < n; i++) {
    NgQuad q = { terms[g_rand_int_range (rand, 0, 20)], terms[g_rand_int_range (rand, 20, 26)],
                 terms[g_rand_int_range (rand, 0, 40)],
                 n_graphs == 1 ? NG_GRAPH_DEFAULT
                               : (g_rand_boolean (rand) ? NG_GRAPH_DEFAULT
                                                        : terms[g_rand_int_range (rand, 30, 30 + n_graphs)]) };
    ng_store_add (st, q.s, q.p, q.o, q.g);
    g_array_append_val (all, q);
    if (i == n / 2)
      ng_store_build (st); /* adding after a build must work too */
  }
  g_array_sort (all, cmp_quad);
  GArray *uniq = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  for (guint i = 0; i < all->len; i++)
    if (!uniq->len || cmp_quad (&g_array_index (all, NgQuad, i),
                                &g_array_index (uniq, NgQuad, uniq->len - 1)))
      g_array_append_val (uniq, g_array_index (all, NgQuad, i));
  g_assert_cmpuint (ng_store_size (st), ==, uniq->len);

  for (int trial = 0; trial < 200; trial++) {
    int shape = trial % 16;
    const NgQuad *src = uniq->len && g_rand_boolean (rand)
                          ? &g_array_index (uniq, NgQuad, g_rand_int_range (rand, 0, uniq->len))
                          : &(NgQuad){ terms[g_rand_int_range (rand, 0, 40)],
                                       terms[g_rand_int_range (rand, 0, 40)],
                                       terms[g_rand_int_range (rand, 0, 40)], NG_GRAPH_DEFAULT };
    NgQuad pat = { shape & 1 ? src->s : 0, shape & 2 ? src->p : 0, shape & 4 ? src->o : 0,
                   shape & 8 ? src->g : 0 };
    gsize expect = 0;
    for (guint i = 0; i < uniq->len; i++)
      expect += matches (&g_array_index (uniq, NgQuad, i), &pat);
    g_assert_cmpuint (ng_store_count (st, pat.s, pat.p, pat.o, pat.g), ==, expect);
    NgStoreIter it;
    NgQuad q, prev = { 0 };
    gsize got = 0;
    ng_store_match (st, &it, pat.s, pat.p, pat.o, pat.g);
    while (ng_store_iter_next (&it, &q)) {
      g_assert_true (matches (&q, &pat));
      g_assert_true (got == 0 || cmp_quad (&q, &prev) != 0);
      prev = q;
      got++;
    }
    g_assert_cmpuint (got, ==, expect);
  }
  g_array_unref (all);
  g_array_unref (uniq);
  ng_store_free (st);
  g_rand_free (rand);
}

static void
test_store_random_single_graph (void)
{
  for (guint32 seed = 1; seed <= 20; seed++)
    check_random_graph (seed, 1);
}

static void
test_store_random_named_graphs (void)
{
  for (guint32 seed = 100; seed <= 120; seed++)
    check_random_graph (seed, 4);
}

static void
test_store_truncate (void)
{
  NgStore *st = ng_store_new ();
  NgTermId a = ng_store_iri (st, "http://e/a", -1);
  ng_store_add (st, a, a, a, 0);
  ng_store_build (st);
  gsize mark = ng_store_n_added (st);
  ng_store_add (st, a, a, ng_store_iri (st, "http://e/b", -1), 0);
  ng_store_truncate (st, mark);
  g_assert_cmpuint (ng_store_size (st), ==, 1);
  ng_store_free (st);
}

/* ng_store_merge: the quads of another store, terms re-interned (literals
 * with language and datatype, blank nodes, the default graph). */
static void
test_store_merge (void)
{
  NgStore *a = ng_store_new (), *b = ng_store_new ();
  NgTermId x = ng_store_iri (a, "http://e/x", -1), p = ng_store_iri (a, "http://e/p", -1);
  ng_store_add (a, x, p, ng_store_literal (a, "one", -1, "en", NULL), NG_GRAPH_DEFAULT);
  /* b interns in another order, so its ids differ from a's. */
  NgTermId g = ng_store_iri (b, "http://e/g", -1);
  NgTermId n = ng_store_literal (b, "2", -1, NULL, "http://www.w3.org/2001/XMLSchema#integer");
  NgTermId bp = ng_store_iri (b, "http://e/p", -1), bx = ng_store_iri (b, "http://e/x", -1);
  ng_store_add (b, bx, bp, n, g);
  ng_store_add (b, bx, bp, ng_store_literal (b, "one", -1, "en", NULL), NG_GRAPH_DEFAULT);
  ng_store_add (b, ng_store_blank (b, "k", -1), bp, bx, NG_GRAPH_DEFAULT);
  ng_store_add_prefix (b, "e", "http://e/");
  ng_store_merge (a, b);
  g_assert_cmpuint (ng_store_size (a), ==, 3); /* the shared quad once */
  NgTermId ag = ng_store_lookup_iri (a, "http://e/g");
  NgTermId an = ng_store_lookup_literal (a, "2", -1, NULL, "http://www.w3.org/2001/XMLSchema#integer");
  g_assert_cmpuint (ag, !=, NG_TERM_NONE);
  g_assert_cmpuint (an, !=, NG_TERM_NONE);
  g_assert_cmpuint (ng_store_count (a, x, p, an, ag), ==, 1);
  g_assert_cmpuint (ng_store_count (a, NG_TERM_NONE, p, x, NG_GRAPH_DEFAULT), ==, 1);
  g_assert_cmpuint (ng_store_prefixes (a)->len, ==, 2);
  g_assert_cmpuint (ng_store_size (b), ==, 3); /* b is unchanged */
  ng_store_free (a);
  ng_store_free (b);
}

/* ng_store_map_terms: rewriting ids in every position drops the duplicates
 * it makes and keeps the indexes right. */
static void
test_store_map_terms (void)
{
  NgStore *s = ng_store_new ();
  NgTermId x = ng_store_iri (s, "http://e/x", -1), y = ng_store_iri (s, "http://e/y", -1);
  NgTermId p = ng_store_iri (s, "http://e/p", -1), g = ng_store_iri (s, "http://e/g", -1);
  NgTermId v = ng_store_literal (s, "v", -1, NULL, NULL);
  ng_store_add (s, x, p, v, g);
  ng_store_add (s, y, p, v, g);
  ng_store_add (s, p, p, y, NG_GRAPH_DEFAULT);
  g_assert_cmpuint (ng_store_size (s), ==, 3);
  guint32 n_map = ng_store_n_terms (s) + 1;
  NgTermId *map = g_new0 (NgTermId, n_map);
  map[y] = x;
  ng_store_map_terms (s, map, n_map);
  g_free (map);
  g_assert_cmpuint (ng_store_size (s), ==, 2);
  g_assert_cmpuint (ng_store_count (s, y, NG_TERM_NONE, NG_TERM_NONE, NG_TERM_NONE), ==, 0);
  g_assert_cmpuint (ng_store_count (s, x, p, v, g), ==, 1);
  g_assert_cmpuint (ng_store_count (s, p, p, x, NG_GRAPH_DEFAULT), ==, 1);
  ng_store_free (s);
}

static void
test_free_null (void)
{
  ng_store_free (NULL);
}

/* ng_store_rename_blanks: every renamed label and every other term is
 * found again after the table entries moved (many terms, so that probe runs
 * cross the renamed entries); a collision renames nothing. */
static void
test_rename_blanks (void)
{
  NgStore *st = ng_store_new ();
  enum { N = 5000 };
  NgTermId iri[N], blank[N];
  char buf[64];
  for (int i = 0; i < N; i++) {
    g_snprintf (buf, sizeof buf, "http://x/%d", i);
    iri[i] = ng_store_iri (st, buf, -1);
  }
  NgTermId before = ng_store_n_terms (st);
  for (int i = 0; i < N; i++) {
    g_snprintf (buf, sizeof buf, "tA_%d", i);
    blank[i] = ng_store_blank (st, buf, -1);
  }
  NgTermId other = ng_store_blank (st, "uA_1", -1);
  g_assert_true (ng_store_rename_blanks (st, before, "tA_", "bB_"));
  NgTermId n = ng_store_n_terms (st);
  for (int i = 0; i < N; i++) {
    g_snprintf (buf, sizeof buf, "bB_%d", i);
    g_assert_cmpuint (ng_store_blank (st, buf, -1), ==, blank[i]);
    gsize len;
    g_assert_cmpstr (ng_term_value (st, blank[i], &len), ==, buf);
    g_snprintf (buf, sizeof buf, "http://x/%d", i);
    g_assert_cmpuint (ng_store_lookup_iri (st, buf), ==, iri[i]);
  }
  g_assert_cmpuint (ng_store_n_terms (st), ==, n);
  g_assert_cmpuint (ng_store_blank (st, "uA_1", -1), ==, other);
  /* "tA_0" is gone: interning it makes a new term. */
  g_assert_cmpuint (ng_store_blank (st, "tA_0", -1), ==, n + 1);
  /* A collision: "cC_0" exists, so renaming tA_ to cC_ must fail untouched. */
  NgTermId c0 = ng_store_blank (st, "cC_0", -1);
  g_assert_false (ng_store_rename_blanks (st, before, "tA_", "cC_"));
  g_assert_cmpuint (ng_store_blank (st, "tA_0", -1), ==, n + 1);
  g_assert_cmpuint (ng_store_blank (st, "cC_0", -1), ==, c0);
  ng_store_free (st);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/dict/intern", test_dict_intern);
  g_test_add_func ("/store/dict/nul-and-growth", test_dict_nul_and_growth);
  g_test_add_func ("/store/match/random-single-graph", test_store_random_single_graph);
  g_test_add_func ("/store/match/random-named-graphs", test_store_random_named_graphs);
  g_test_add_func ("/store/truncate", test_store_truncate);
  g_test_add_func ("/store/dict/rename-blanks", test_rename_blanks);
  g_test_add_func ("/store/merge", test_store_merge);
  g_test_add_func ("/store/map-terms", test_store_map_terms);
  g_test_add_func ("/store/free-null", test_free_null);
  return g_test_run ();
}

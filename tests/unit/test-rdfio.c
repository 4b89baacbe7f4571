/* SPDX-License-Identifier: MIT */
/* test-rdfio.c: loading through raptor2 and the deterministic writers. */
#include "config.h"

#include <string.h>

#include "rdfio/rdfio.h"

static char *
write_to_string (NgStore *st, NgSyntax syntax)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream (&buf, &len);
  GError *error = NULL;
  g_assert_true (ng_rdf_write (st, syntax, fp, &error));
  g_assert_no_error (error);
  fclose (fp);
  return buf;
}

static NgStore *
load (const char *data, NgSyntax syntax)
{
  NgStore *st = ng_store_new ();
  GError *error = NULL;
  g_assert_true (ng_rdf_load_data (st, data, strlen (data), syntax, "http://example.org/base/",
                                   "test", &error));
  g_assert_no_error (error);
  return st;
}

static void
test_ntriples_sorted_utf8 (void)
{
  NgStore *st = load ("<http://e/b> <http://e/p> \"\\u4E2D\\u6587\"@zh .\n"
                      "<http://e/a> <http://e/p> \"x\\ny\" .\n",
                      NG_SYNTAX_NTRIPLES);
  g_autofree char *out = write_to_string (st, NG_SYNTAX_NTRIPLES);
  g_assert_cmpstr (out, ==, "<http://e/a> <http://e/p> \"x\\ny\" .\n"
                            "<http://e/b> <http://e/p> \"中文\"@zh .\n");
  ng_store_free (st);
}

static void
test_order_independent (void)
{
  NgStore *a = load ("<http://e/s> <http://e/p> _:x .\n_:x <http://e/q> \"1\" .\n"
                     "<http://e/s> <http://e/p> <http://e/o> .\n",
                     NG_SYNTAX_NTRIPLES);
  NgStore *b = load ("<http://e/s> <http://e/p> <http://e/o> .\n"
                     "_:y <http://e/q> \"1\" .\n<http://e/s> <http://e/p> _:y .\n",
                     NG_SYNTAX_NTRIPLES);
  for (NgSyntax s = NG_SYNTAX_TURTLE; s <= NG_SYNTAX_TRIG; s++) {
    g_autofree char *x = write_to_string (a, s);
    g_autofree char *y = write_to_string (b, s);
    g_assert_cmpstr (x, ==, y);
  }
  ng_store_free (a);
  ng_store_free (b);
}

static void
test_turtle_prefixes (void)
{
  NgStore *st = load ("@prefix ex: <http://example.org/ns#> .\n"
                      "ex:a a ex:Thing ; ex:n 5 ; ex:name \"A\"@en, \"甲\"@zh .\n",
                      NG_SYNTAX_TURTLE);
  g_autofree char *out = write_to_string (st, NG_SYNTAX_TURTLE);
  g_assert_cmpstr (out, ==, "@prefix ex: <http://example.org/ns#> .\n"
                            "\n"
                            "ex:a a ex:Thing ;\n"
                            "    ex:n 5 ;\n"
                            "    ex:name \"A\"@en, \"甲\"@zh .\n");
  /* And it reads back to the same graph. */
  NgStore *back = load (out, NG_SYNTAX_TURTLE);
  g_autofree char *nt1 = write_to_string (st, NG_SYNTAX_NTRIPLES);
  g_autofree char *nt2 = write_to_string (back, NG_SYNTAX_NTRIPLES);
  g_assert_cmpstr (nt1, ==, nt2);
  ng_store_free (back);
  ng_store_free (st);
}

static void
test_blank_scoped_per_document (void)
{
  NgStore *st = ng_store_new ();
  const char *doc = "_:b <http://e/p> <http://e/o> .\n";
  g_assert_true (ng_rdf_load_data (st, doc, strlen (doc), NG_SYNTAX_NTRIPLES, NULL, "a", NULL));
  g_assert_true (ng_rdf_load_data (st, doc, strlen (doc), NG_SYNTAX_NTRIPLES, NULL, "b", NULL));
  g_assert_cmpuint (ng_store_size (st), ==, 2);
  ng_store_free (st);
}

static void
test_nquads_graphs (void)
{
  NgStore *st = load ("<http://e/s> <http://e/p> <http://e/o> <http://e/g1> .\n"
                      "<http://e/s> <http://e/p> <http://e/o> .\n",
                      NG_SYNTAX_NQUADS);
  g_assert_cmpuint (ng_store_size (st), ==, 2);
  g_autofree char *nq = write_to_string (st, NG_SYNTAX_NQUADS);
  g_assert_cmpstr (nq, ==, "<http://e/s> <http://e/p> <http://e/o> .\n"
                           "<http://e/s> <http://e/p> <http://e/o> <http://e/g1> .\n");
  g_autofree char *nt = write_to_string (st, NG_SYNTAX_NTRIPLES);
  g_assert_cmpstr (nt, ==, "<http://e/s> <http://e/p> <http://e/o> .\n");
  ng_store_free (st);
}

static void
test_syntax_error_leaves_nothing (void)
{
  NgStore *st = ng_store_new ();
  const char *bad = "<http://e/s> <http://e/p> <http://e/o> .\n<http://e/s> <http://e/p> .\n";
  GError *error = NULL;
  g_assert_false (ng_rdf_load_data (st, bad, strlen (bad), NG_SYNTAX_NTRIPLES, NULL, "bad.nt",
                                    &error));
  g_assert_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "bad.nt:2:"));
  g_assert_nonnull (strstr (error->message, "error:"));
  g_error_free (error);
  g_assert_cmpuint (ng_store_size (st), ==, 0);
  ng_store_free (st);
}

static void
test_missing_file (void)
{
  NgStore *st = ng_store_new ();
  GError *error = NULL;
  g_assert_false (ng_rdf_load_file (st, "/nonexistent/x.ttl", 0, NULL, &error));
  g_assert_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_OPEN);
  g_assert_cmpstr (error->message, ==, "/nonexistent/x.ttl: no such file");
  g_error_free (error);
  ng_store_free (st);
}

static void
test_syntax_names (void)
{
  g_assert_cmpint (ng_syntax_from_name ("ttl"), ==, NG_SYNTAX_TURTLE);
  g_assert_cmpint (ng_syntax_from_name ("N-Quads"), ==, NG_SYNTAX_NQUADS);
  g_assert_cmpint (ng_syntax_from_name ("bogus"), ==, NG_SYNTAX_UNKNOWN);
  g_assert_cmpint (ng_syntax_from_filename ("a/b.nt"), ==, NG_SYNTAX_NTRIPLES);
  g_assert_cmpint (ng_syntax_from_filename ("a.d/b"), ==, NG_SYNTAX_UNKNOWN);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/rdfio/ntriples/sorted-utf8", test_ntriples_sorted_utf8);
  g_test_add_func ("/rdfio/write/order-independent", test_order_independent);
  g_test_add_func ("/rdfio/turtle/prefixes", test_turtle_prefixes);
  g_test_add_func ("/rdfio/load/blank-scoped", test_blank_scoped_per_document);
  g_test_add_func ("/rdfio/nquads/graphs", test_nquads_graphs);
  g_test_add_func ("/rdfio/load/syntax-error", test_syntax_error_leaves_nothing);
  g_test_add_func ("/rdfio/load/missing-file", test_missing_file);
  g_test_add_func ("/rdfio/syntax-names", test_syntax_names);
  return g_test_run ();
}

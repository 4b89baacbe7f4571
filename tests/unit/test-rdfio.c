/* SPDX-License-Identifier: MIT */
/* test-rdfio.c: loading through raptor2 and the deterministic writers. */
#include "config.h"

#include <string.h>

#include "rdfio/rdfio.h"
#include "rdfio/rdfio-private.h"

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

static char *
write_threads (NgStore *st, NgSyntax syntax, guint n_threads)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream (&buf, &len);
  GError *error = NULL;
  g_assert_true (ng_rdf_write_threads (st, syntax, fp, n_threads, &error));
  g_assert_no_error (error);
  fclose (fp);
  return buf;
}

/* A store of n_subjects subjects with a few statements each, some of them
 * blank nodes and some repeated, in a scrambled order and not yet built:
 * many chunks of the line writer. */
static NgStore *
many_statements (guint n_subjects)
{
  NgStore *st = ng_store_new ();
  NgTermId p = ng_store_iri (st, "http://e/p", -1), q = ng_store_iri (st, "http://e/q", -1);
  for (guint k = 0; k < n_subjects; k++) {
    guint i = (k * 7919u) % n_subjects; /* scrambled, every i once */
    g_autofree char *s = g_strdup_printf ("http://e/s%u", i);
    g_autofree char *b = g_strdup_printf ("x%u", i % 97);
    g_autofree char *v = g_strdup_printf ("v%u \"ü\"\n", i);
    g_autofree char *g = g_strdup_printf ("http://e/g%u", i % 13);
    g_autofree char *bs = g_strdup_printf ("s%u", i);
    NgTermId sid = i % 5 ? ng_store_iri (st, s, -1) : ng_store_blank (st, bs, -1);
    NgTermId gid = i % 3 ? ng_store_iri (st, g, -1) : NG_GRAPH_DEFAULT;
    NgTermId lit = ng_store_literal (st, v, -1, i % 2 ? "en" : NULL, NULL);
    ng_store_add (st, sid, p, lit, gid);
    ng_store_add (st, sid, q, ng_store_blank (st, b, -1), gid);
    ng_store_add (st, sid, p, lit, gid); /* a repeat */
  }
  return st;
}

/* The bytes of N-Triples and N-Quads do not depend on the threads. */
static void
test_lines_threads (void)
{
  NgStore *st = many_statements (20000);
  for (NgSyntax syn = NG_SYNTAX_NTRIPLES; syn <= NG_SYNTAX_NQUADS; syn++) {
    if (syn != NG_SYNTAX_NTRIPLES && syn != NG_SYNTAX_NQUADS)
      continue;
    g_autofree char *one = write_threads (st, syn, 1);
    /* Blank nodes numbered in order of first appearance. */
    g_assert_true (g_str_has_prefix (one, "<http://e/s1> <http://e/p> "));
    g_assert_true (strstr (one, "_:b0 ") < strstr (one, "_:b1 "));
    g_assert_null (strstr (one, "_:x"));
    /* 97 objects and 4000 subjects, each once. */
    g_assert_nonnull (strstr (one, "_:b4096 "));
    g_assert_null (strstr (one, "_:b4097 "));
    for (guint t = 2; t <= 7; t += 5) {
      g_autofree char *many = write_threads (st, syn, t);
      g_assert_cmpstr (one, ==, many);
    }
  }
  /* Repeats dropped: 20000 subjects, two distinct statements each. */
  g_autofree char *nq = write_threads (st, NG_SYNTAX_NQUADS, 3);
  guint lines = 0;
  for (const char *c = nq; *c; c++)
    lines += *c == '\n';
  g_assert_cmpuint (lines, ==, 2 * 20000);
  ng_store_free (st);
}

/* Each split file holds the lines of its graphs in the single file's
 * order, whatever the threads. */
static void
test_lines_split (void)
{
  NgStore *st = many_statements (9000);
  g_autofree char *whole = write_threads (st, NG_SYNTAX_NQUADS, 1);
  guint32 n_terms = ng_store_n_terms (st);
  g_autofree guint32 *part = g_new0 (guint32, n_terms + 1);
  for (guint i = 0; i < 13; i++) {
    g_autofree char *g = g_strdup_printf ("http://e/g%u", i);
    part[ng_store_lookup_iri (st, g)] = i % 3;
  }
  for (guint t = 1; t <= 4; t += 3) {
    char *buf[3] = { NULL };
    size_t len[3];
    FILE *fp[3];
    for (int k = 0; k < 3; k++)
      fp[k] = open_memstream (&buf[k], &len[k]);
    GError *error = NULL;
    g_assert_true (ng_rdf_write_nquads_split (st, fp, 3, part, t, &error));
    g_assert_no_error (error);
    for (int k = 0; k < 3; k++)
      fclose (fp[k]);
    /* Back together: each line of the whole file, from the file of its
     * graph, in order. */
    char **lines = g_strsplit (whole, "\n", -1);
    const char *at[3] = { buf[0], buf[1], buf[2] };
    for (char **l = lines; *l && **l; l++) {
      const char *g = strstr (*l, "<http://e/g");
      g_autofree char *iri = g ? g_strndup (g + 1, strchr (g, '>') - g - 1) : NULL;
      guint32 k = g ? part[ng_store_lookup_iri (st, iri)] : 0;
      g_assert_true (g_str_has_prefix (at[k], *l));
      at[k] += strlen (*l) + 1;
    }
    for (int k = 0; k < 3; k++) {
      g_assert_cmpstr (at[k], ==, "");
      free (buf[k]);
    }
    g_strfreev (lines);
  }
  ng_store_free (st);
}

/* A write error stops every thread and is reported. */
static void
test_lines_write_error (void)
{
  FILE *full = fopen ("/dev/full", "w");
  if (!full) {
    g_test_skip ("no /dev/full");
    return;
  }
  NgStore *st = many_statements (20000);
  GError *error = NULL;
  g_assert_false (ng_rdf_write_threads (st, NG_SYNTAX_NQUADS, full, 3, &error));
  g_assert_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_WRITE);
  g_error_free (error);
  fclose (full);
  ng_store_free (st);
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

/* Filters a document in two pieces split at `at` (0: in one piece). */
static GByteArray *
filter_split (const char *doc, gsize len, gsize at, NgNulFilter *f)
{
  GByteArray *out = g_byte_array_new ();
  gsize n;
  const unsigned char *p;
  ng_nul_filter_init (f);
  if (at) {
    p = ng_nul_filter (f, (const unsigned char *) doc, at, FALSE, &n);
    g_byte_array_append (out, p, (guint) n);
  }
  p = ng_nul_filter (f, (const unsigned char *) doc + at, len - at, TRUE, &n);
  g_byte_array_append (out, p, (guint) n);
  return out;
}

static void
test_nul_filter_any_split (void)
{
  static const char doc[] = "<s> <p> \"a\\u0000b\\U00000000c\0d\\\\u0000e\\t\" .\n";
  gsize len = sizeof doc - 1;
  NgNulFilter f;
  GByteArray *whole = filter_split (doc, len, 0, &f);
  g_assert_true (f.had_nul);
  g_assert_false (f.had_stand_in);
  /* Three NULs hidden; the escaped backslash's "u0000" left alone. */
  g_assert_cmpuint (whole->len, ==, len - 6 - 10 - 1 + 3 * NG_NUL_STAND_IN_LEN);
  g_assert_nonnull (g_strstr_len ((const char *) whole->data, whole->len, "\\\\u0000e"));
  GString *scratch = g_string_new (NULL);
  gsize n = whole->len;
  const char *back = ng_nul_filter_restore (&f, scratch, (const char *) whole->data, &n);
  g_assert_cmpuint (n, ==, whole->len - 3 * (NG_NUL_STAND_IN_LEN - 1));
  g_assert_cmpmem (back + 9, 3, "a\0b", 3);
  ng_nul_filter_clear (&f);
  for (gsize at = 1; at < len; at++) {
    GByteArray *two = filter_split (doc, len, at, &f);
    g_assert_cmpmem (two->data, two->len, whole->data, whole->len);
    ng_nul_filter_clear (&f);
    g_byte_array_unref (two);
  }
  /* Plain input passes through uncopied. */
  ng_nul_filter_init (&f);
  const unsigned char plain[] = "<s> <p> \"plain\" .\n";
  g_assert_true (ng_nul_filter (&f, plain, sizeof plain - 1, FALSE, &n) == plain);
  ng_nul_filter_clear (&f);
  g_string_free (scratch, TRUE);
  g_byte_array_unref (whole);
}

static void
test_guard_checks (void)
{
  g_assert_true (ng_blank_label_valid ("b0", 2));
  g_assert_true (ng_blank_label_valid ("0a.b-c_d", 8));
  g_assert_true (ng_blank_label_valid ("\xE4\xB8\xAD", 3));
  g_assert_false (ng_blank_label_valid (":a", 2));
  g_assert_false (ng_blank_label_valid ("abc:def", 7));
  g_assert_false (ng_blank_label_valid ("-a", 2));
  g_assert_false (ng_blank_label_valid ("", 0));
  g_assert_true (ng_utf8_valid ("a\0b\xE4\xB8\xAD", 6));
  g_assert_false (ng_utf8_valid ("x\xED\xA0\x80", 4)); /* a surrogate */
  g_assert_false (ng_utf8_valid ("caf\xE9", 4));
}

static void
test_load_nul_and_surrogate (void)
{
  NgStore *st = ng_store_new ();
  GError *error = NULL;
  static const char nt[] = "<http://e/s> <http://e/p> \"a\\u0000b\" .\n";
  g_assert_true (ng_rdf_load_data (st, nt, strlen (nt), NG_SYNTAX_NTRIPLES, NULL, "nul", &error));
  g_assert_no_error (error);
  NgTermId lit = ng_store_lookup_literal (st, "a\0b", 3, NULL, NULL);
  g_assert_cmpuint (lit, !=, NG_TERM_NONE);
  g_assert_cmpuint (ng_store_count (st, 0, 0, lit, 0), ==, 1);

  static const char bad[] = "<http://e/s> <http://e/p> \"x\" .\n<http://e/s> <http://e/p> \"\\ud800\" .\n";
  g_assert_false (ng_rdf_load_data (st, bad, strlen (bad), NG_SYNTAX_NTRIPLES, NULL, "bad", &error));
  g_assert_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "bad:2:"));
  g_clear_error (&error);
  g_assert_cmpuint (ng_store_size (st), ==, 1); /* nothing of "bad" kept */

  /* Invalid UTF-8 in a datatype IRI, which raptor's Turtle parser takes. */
  static const char dt[] = "<http://e/s> <http://e/p> \"x\"^^<http://e/d\x9f> .\n";
  g_assert_false (ng_rdf_load_data (st, dt, strlen (dt), NG_SYNTAX_TURTLE, NULL, "dt", &error));
  g_assert_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "invalid UTF-8"));
  g_clear_error (&error);

  static const char label[] = "_:a:b <http://e/p> <http://e/o> .\n";
  g_assert_false (ng_rdf_load_data (st, label, strlen (label), NG_SYNTAX_NTRIPLES, NULL, "l", &error));
  g_assert_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_SYNTAX);
  g_clear_error (&error);
  ng_store_free (st);
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
  g_test_add_func ("/rdfio/lines/threads", test_lines_threads);
  g_test_add_func ("/rdfio/lines/split", test_lines_split);
  g_test_add_func ("/rdfio/lines/write-error", test_lines_write_error);
  g_test_add_func ("/rdfio/load/syntax-error", test_syntax_error_leaves_nothing);
  g_test_add_func ("/rdfio/load/missing-file", test_missing_file);
  g_test_add_func ("/rdfio/syntax-names", test_syntax_names);
  g_test_add_func ("/rdfio/guard/nul-filter-any-split", test_nul_filter_any_split);
  g_test_add_func ("/rdfio/guard/checks", test_guard_checks);
  g_test_add_func ("/rdfio/load/nul-and-surrogate", test_load_nul_and_surrogate);
  return g_test_run ();
}

/* SPDX-License-Identifier: MIT */
/* run-rdf-tests.c: the W3C RDF 1.1 test suites (N-Triples, N-Quads,
 * Turtle, and TriG when present) against newsgraph's loader, as TAP.
 *
 *   run-rdf-tests [DIR]               DIR: the rdf11 folder of rdf-tests
 *                                     (default $NG_SHARED/rdf-tests/rdf/rdf11)
 *   run-rdf-tests --compare A B       exit 0 when the RDF files A and B are
 *                                     isomorphic, 1 when not, 2 on a load error
 *                                     (.nt and .nq files are read by nt-read.c)
 *
 * Each suite's manifest.ttl is itself loaded with newsgraph.  A positive
 * syntax test passes when the file loads, a negative one when loading fails,
 * an evaluation test when the graph is isomorphic to the expected N-Triples
 * (blank nodes matched by iso.c), which nt-read.c reads without raptor2.  Tests listed in known-failures.txt (found
 * through $G_TEST_SRCDIR) are reported as TAP TODO, which automake counts as
 * expected failures; one that starts passing shows up as XPASS and fails the
 * run, so the list cannot go stale.  Without the suites the run is skipped.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "rdfio/rdfio.h"
#include "iso.h"

#define MF "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
#define RDFT "http://www.w3.org/ns/rdftest#"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define TEST_BASE "https://w3c.github.io/rdf-tests/rdf/rdf11/"

typedef enum { T_POSITIVE, T_NEGATIVE, T_EVAL, T_NEGATIVE_EVAL } TestKind;

static const struct {
  const char *suffix; /* after rdft:Test<Syntax> */
  TestKind kind;
} test_types[] = {
  { "PositiveSyntax", T_POSITIVE },
  { "NegativeSyntax", T_NEGATIVE },
  { "Eval", T_EVAL },
  { "NegativeEval", T_NEGATIVE_EVAL },
};

static const struct {
  const char *dir;
  const char *type_prefix; /* rdft:TestTurtle... */
  NgSyntax syntax;
} suites[] = {
  { "rdf-n-triples", "NTriples", NG_SYNTAX_NTRIPLES },
  { "rdf-n-quads", "NQuads", NG_SYNTAX_NQUADS },
  { "rdf-turtle", "Turtle", NG_SYNTAX_TURTLE },
  { "rdf-trig", "Trig", NG_SYNTAX_TRIG },
};

typedef struct {
  char *name;    /* suite/test */
  TestKind kind;
  NgSyntax syntax;
  char *action;  /* local path */
  char *result;  /* local path or NULL */
  char *base;    /* the IRI the suite assumes for the action */
} Test;

static void
test_free (gpointer p)
{
  Test *t = p;
  g_free (t->name);
  g_free (t->action);
  g_free (t->result);
  g_free (t->base);
  g_free (t);
}

/* The object of (s, p, ?) or NONE. */
static NgTermId
object_of (NgStore *st, NgTermId s, NgTermId p)
{
  NgStoreIter it;
  NgQuad q;
  ng_store_match (st, &it, s, p, NG_TERM_NONE, NG_TERM_NONE);
  return ng_store_iter_next (&it, &q) ? q.o : NG_TERM_NONE;
}

static char *
local_path (NgStore *st, NgTermId iri)
{
  const char *v = ng_term_value (st, iri, NULL);
  return v ? g_filename_from_uri (v, NULL, NULL) : NULL;
}

/* Reads one suite's manifest; appends its tests.  FALSE when unreadable. */
static gboolean
read_manifest (const char *root, gsize si, GPtrArray *tests)
{
  g_autofree char *dir = g_build_filename (root, suites[si].dir, NULL);
  g_autofree char *path = g_build_filename (dir, "manifest.ttl", NULL);
  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    return TRUE; /* an optional suite */
  NgStore *st = ng_store_new ();
  g_autoptr (GError) error = NULL;
  if (!ng_rdf_load_file (st, path, NG_SYNTAX_TURTLE, NULL, &error)) {
    printf ("# cannot read %s: %s\n", path, error->message);
    ng_store_free (st);
    return FALSE;
  }
  NgTermId entries = ng_store_lookup_iri (st, MF "entries");
  NgTermId first = ng_store_lookup_iri (st, RDF "first");
  NgTermId rest = ng_store_lookup_iri (st, RDF "rest");
  NgTermId nil = ng_store_lookup_iri (st, RDF "nil");
  NgTermId type = ng_store_lookup_iri (st, RDF "type");
  NgTermId name = ng_store_lookup_iri (st, MF "name");
  NgTermId action = ng_store_lookup_iri (st, MF "action");
  NgTermId result = ng_store_lookup_iri (st, MF "result");
  NgTermId tbase = ng_store_lookup_iri (st, MF "assumedTestBase");
  NgStoreIter it;
  NgQuad q;
  ng_store_match (st, &it, NG_TERM_NONE, entries, NG_TERM_NONE, NG_TERM_NONE);
  if (!entries || !ng_store_iter_next (&it, &q)) {
    printf ("# %s: no mf:entries\n", path);
    ng_store_free (st);
    return FALSE;
  }
  NgTermId base_iri = tbase ? object_of (st, q.s, tbase) : NG_TERM_NONE;
  g_autofree char *base = base_iri ? g_strdup (ng_term_value (st, base_iri, NULL))
                                   : g_strconcat (TEST_BASE, suites[si].dir, "/", NULL);
  gboolean ok = TRUE;
  for (NgTermId l = q.o; l && l != nil; l = object_of (st, l, rest)) {
    NgTermId e = object_of (st, l, first);
    const char *tname = ng_term_value (st, object_of (st, e, name), NULL);
    const char *ttype = ng_term_value (st, object_of (st, e, type), NULL);
    Test *t = g_new0 (Test, 1);
    t->name = g_strdup_printf ("%s/%s", suites[si].dir, tname ? tname : "?");
    t->syntax = suites[si].syntax;
    t->kind = T_POSITIVE;
    gboolean known = FALSE;
    g_autofree char *prefix = g_strconcat (RDFT "Test", suites[si].type_prefix, NULL);
    for (gsize k = 0; ttype && k < G_N_ELEMENTS (test_types); k++)
      if (g_str_has_prefix (ttype, prefix) && !strcmp (ttype + strlen (prefix), test_types[k].suffix)) {
        t->kind = test_types[k].kind;
        known = TRUE;
      }
    t->action = local_path (st, object_of (st, e, action));
    NgTermId r = object_of (st, e, result);
    t->result = r ? local_path (st, r) : NULL;
    if (t->action) {
      g_autofree char *b = g_path_get_basename (t->action);
      t->base = g_strconcat (base, b, NULL);
    }
    if (!known || !t->action || (t->kind == T_EVAL && !t->result)) {
      printf ("# %s: cannot understand the test (type %s)\n", t->name, ttype ? ttype : "none");
      ok = FALSE;
    }
    g_ptr_array_add (tests, t);
  }
  ng_store_free (st);
  return ok;
}

/* known-failures.txt: "suite/name reason..." lines; '#' starts a comment. */
static GHashTable *
read_known_failures (void)
{
  GHashTable *known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *srcdir = g_getenv ("G_TEST_SRCDIR");
  g_autofree char *path = g_build_filename (srcdir ? srcdir : "tests", "conformance",
                                            "known-failures.txt", NULL);
  g_autofree char *text = NULL;
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return known;
  g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
  for (char **l = lines; *l; l++) {
    char *line = g_strstrip (*l);
    if (!*line || *line == '#')
      continue;
    char *sp = line + strcspn (line, " \t");
    char *reason = *sp ? g_strstrip (sp + 1) : sp;
    *sp = '\0';
    g_hash_table_insert (known, g_strdup (line), g_strdup (reason));
  }
  return known;
}

/* Runs a test; FALSE with why filled when it fails. */
static gboolean
run_test (const Test *t, GString *why)
{
  NgStore *st = ng_store_new ();
  g_autoptr (GError) error = NULL;
  gboolean loaded = ng_rdf_load_file (st, t->action, t->syntax, t->base, &error);
  gboolean ok = FALSE;
  switch (t->kind) {
  case T_POSITIVE:
    ok = loaded;
    if (!ok)
      g_string_append (why, error->message);
    break;
  case T_NEGATIVE:
  case T_NEGATIVE_EVAL:
    ok = !loaded;
    if (!ok)
      g_string_append (why, "accepted");
    break;
  case T_EVAL:
    if (!loaded) {
      g_string_append (why, error->message);
      break;
    }
    NgStore *expect = ng_store_new ();
    if (!ng_test_read_nquads (expect, t->result, &error)) {
      g_string_append_printf (why, "expected result: %s", error->message);
    } else {
      ok = ng_test_isomorphic (st, expect, why);
    }
    ng_store_free (expect);
    break;
  }
  ng_store_free (st);
  return ok;
}

/* N-Triples and N-Quads by the independent reader, the rest by the loader. */
static gboolean
load_any (NgStore *st, const char *path, GError **error)
{
  NgSyntax syntax = ng_syntax_from_filename (path);
  if (syntax == NG_SYNTAX_NTRIPLES || syntax == NG_SYNTAX_NQUADS)
    return ng_test_read_nquads (st, path, error);
  return ng_rdf_load_file (st, path, syntax, NULL, error);
}

static int
compare_files (const char *a, const char *b)
{
  NgStore *sa = ng_store_new (), *sb = ng_store_new ();
  g_autoptr (GError) error = NULL;
  int status = 2;
  if (load_any (sa, a, &error) && load_any (sb, b, &error)) {
    GString *why = g_string_new (NULL);
    status = ng_test_isomorphic (sa, sb, why) ? 0 : 1;
    if (status)
      fprintf (stderr, "run-rdf-tests: %s and %s differ: %s\n", a, b, why->str);
    g_string_free (why, TRUE);
  } else {
    fprintf (stderr, "run-rdf-tests: %s\n", error->message);
  }
  ng_store_free (sa);
  ng_store_free (sb);
  return status;
}

int
main (int argc, char **argv)
{
  if (argc == 4 && !strcmp (argv[1], "--compare"))
    return compare_files (argv[2], argv[3]);
  if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
    fprintf (stderr, "usage: run-rdf-tests [RDF11_DIR] | --compare A B\n");
    return 2;
  }
  g_autofree char *root = NULL;
  if (argc == 2) {
    root = g_strdup (argv[1]);
  } else {
    const char *shared = g_getenv ("NG_SHARED");
    root = g_build_filename (shared ? shared : "../shared", "rdf-tests", "rdf", "rdf11", NULL);
  }
  if (!g_file_test (root, G_FILE_TEST_IS_DIR)) {
    printf ("1..0 # SKIP %s not found (set NG_SHARED)\n", root);
    return 0;
  }

  GPtrArray *tests = g_ptr_array_new_with_free_func (test_free);
  gboolean manifests_ok = TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (suites); i++)
    manifests_ok &= read_manifest (root, i, tests);
  GHashTable *known = read_known_failures ();

  printf ("1..%u\n", tests->len + 1);
  printf ("%s 1 - manifests read (%u tests)\n", manifests_ok && tests->len ? "ok" : "not ok",
          tests->len);
  guint n_pass = 0, n_fail = 0, n_known = 0, n_fixed = 0;
  for (guint i = 0; i < tests->len; i++) {
    const Test *t = g_ptr_array_index (tests, i);
    GString *why = g_string_new (NULL);
    gboolean ok = run_test (t, why);
    const char *reason = g_hash_table_lookup (known, t->name);
    if (reason) {
      printf ("%s %u - %s # TODO known failure: %s\n", ok ? "ok" : "not ok", i + 2, t->name, reason);
      if (ok)
        n_fixed++;
      else
        n_known++;
    } else {
      printf ("%s %u - %s\n", ok ? "ok" : "not ok", i + 2, t->name);
      if (!ok) {
        g_strdelimit (why->str, "\n", ' ');
        printf ("# %s\n", why->str);
      }
      if (ok)
        n_pass++;
      else
        n_fail++;
    }
    g_string_free (why, TRUE);
  }
  printf ("# %u tests: %u passed, %u failed, %u known failures, %u known failures now passing\n",
          tests->len, n_pass, n_fail, n_known, n_fixed);
  g_hash_table_unref (known);
  g_ptr_array_unref (tests);
  return 0;
}

/* SPDX-License-Identifier: MIT */
/* fuzz-rdf.c: RDF loading.  The first byte picks the syntax (guessed,
 * Turtle, N-Triples, N-Quads, TriG, RDF/XML), the rest is the document.
 * When it loads, the store is written as Turtle, which must load again
 * (ng_rdf_write's output is always valid Turtle) and hold as many triples
 * as the first store has distinct triples (graph names dropped); and as
 * N-Quads, the same bytes on one thread and on two, which must load again
 * and hold as many quads.  The bytes of a second round trip are not
 * compared: blank nodes are renamed b0, b1... in an order that depends on
 * their labels, so it may relabel them (README.md, known limits). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "rdfio/rdfio.h"

static const NgSyntax syntaxes[] = {
  NG_SYNTAX_UNKNOWN, NG_SYNTAX_TURTLE, NG_SYNTAX_NTRIPLES,
  NG_SYNTAX_NQUADS,  NG_SYNTAX_TRIG,   NG_SYNTAX_RDFXML,
};

/* The store in a syntax, written with n_threads, in a new string of *len
 * bytes. */
static char *
write_as (NgStore *store, NgSyntax syntax, guint n_threads, size_t *len)
{
  char *buf = NULL;
  FILE *f = open_memstream (&buf, len);
  g_assert (f != NULL);
  GError *error = NULL;
  if (!ng_rdf_write_threads (store, syntax, f, n_threads, &error))
    g_error ("ng_rdf_write: %s", error->message);
  fclose (f);
  return buf;
}

/* N-Quads: the same bytes whatever the threads, and as many quads back. */
static void
check_nquads (NgStore *store)
{
  size_t len1, len2;
  char *nq1 = write_as (store, NG_SYNTAX_NQUADS, 1, &len1);
  char *nq2 = write_as (store, NG_SYNTAX_NQUADS, 2, &len2);
  if (len1 != len2 || memcmp (nq1, nq2, len1)) {
    fprintf (stderr, "fuzz-rdf: N-Quads differ with 2 threads\n");
    abort ();
  }
  NgStore *back = ng_store_new ();
  GError *error = NULL;
  if (!ng_rdf_load_data (back, nq1, len1, NG_SYNTAX_NQUADS, NULL, "nquads", &error)) {
    fprintf (stderr, "fuzz-rdf: our N-Quads do not load again: %s\n---\n%.*s\n---\n",
             error->message, (int) MIN (len1, 4000), nq1);
    abort ();
  }
  if (ng_store_size (back) != ng_store_size (store)) {
    fprintf (stderr, "fuzz-rdf: %" G_GSIZE_FORMAT " quads written, %" G_GSIZE_FORMAT
             " read back\n---\n%.*s\n---\n", ng_store_size (store), ng_store_size (back),
             (int) MIN (len1, 4000), nq1);
    abort ();
  }
  ng_store_free (back);
  free (nq1);
  free (nq2);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  ng_fuzz_quiet ();
  if (size < 1)
    return 0;
  NgSyntax syntax = syntaxes[data[0] % G_N_ELEMENTS (syntaxes)];
  NgStore *store = ng_store_new ();
  GError *error = NULL;
  if (!ng_rdf_load_data (store, (const char *) data + 1, size - 1, syntax,
                         "http://example.org/base/", "fuzz", &error)) {
    g_assert (error != NULL && error->message != NULL);
    g_error_free (error);
    ng_store_free (store);
    return 0;
  }
  size_t len1;
  char *ttl1 = write_as (store, NG_SYNTAX_TURTLE, 1, &len1);
  NgStore *again = ng_store_new ();
  if (!ng_rdf_load_data (again, ttl1, len1, NG_SYNTAX_TURTLE, "http://example.org/base/",
                         "rewritten", &error)) {
    fprintf (stderr, "fuzz-rdf: our Turtle does not load again: %s\n---\n%.*s\n---\n",
             error->message, (int) MIN (len1, 4000), ttl1);
    abort ();
  }
  gsize n_triples = ng_fuzz_distinct_triples (store), n_again = ng_store_size (again);
  if (n_again != n_triples) {
    fprintf (stderr, "fuzz-rdf: %" G_GSIZE_FORMAT " triples written, %" G_GSIZE_FORMAT
             " read back\n---\n%.*s\n---\n", n_triples, n_again, (int) MIN (len1, 4000), ttl1);
    abort ();
  }
  free (ttl1);
  ng_store_free (again);
  check_nquads (store);
  ng_store_free (store);
  return 0;
}

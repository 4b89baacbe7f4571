/* SPDX-License-Identifier: MIT */
/* fuzz-rdf.c: RDF loading.  The first byte picks the syntax (guessed,
 * Turtle, N-Triples, N-Quads, TriG, RDF/XML), the rest is the document.
 * When it loads, the store is written as Turtle, which must load again
 * (ng_rdf_write's output is always valid Turtle) and hold as many triples
 * as the first store has distinct triples (graph names dropped).  The
 * bytes are not compared: blank nodes are renamed b0, b1... in an order
 * that depends on their labels, so a second round trip may relabel them
 * (README.md, known limits). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "rdfio/rdfio.h"

static const NgSyntax syntaxes[] = {
  NG_SYNTAX_UNKNOWN, NG_SYNTAX_TURTLE, NG_SYNTAX_NTRIPLES,
  NG_SYNTAX_NQUADS,  NG_SYNTAX_TRIG,   NG_SYNTAX_RDFXML,
};

/* The store as Turtle, in a new string of *len bytes. */
static char *
to_turtle (NgStore *store, size_t *len)
{
  char *buf = NULL;
  FILE *f = open_memstream (&buf, len);
  g_assert (f != NULL);
  GError *error = NULL;
  if (!ng_rdf_write (store, NG_SYNTAX_TURTLE, f, &error))
    g_error ("ng_rdf_write: %s", error->message);
  fclose (f);
  return buf;
}

/* The number of distinct (s, p, o) of the store, whatever their graph. */
static gsize
distinct_triples (NgStore *store)
{
  gsize n;
  const NgQuad *q = ng_store_quads (store, &n);
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = 0; i < n; i++)
    g_hash_table_add (seen, g_strdup_printf ("%u %u %u", (guint) q[i].s, (guint) q[i].p,
                                             (guint) q[i].o));
  gsize count = g_hash_table_size (seen);
  g_hash_table_unref (seen);
  return count;
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
  char *ttl1 = to_turtle (store, &len1);
  NgStore *again = ng_store_new ();
  if (!ng_rdf_load_data (again, ttl1, len1, NG_SYNTAX_TURTLE, "http://example.org/base/",
                         "rewritten", &error)) {
    fprintf (stderr, "fuzz-rdf: our Turtle does not load again: %s\n---\n%.*s\n---\n",
             error->message, (int) MIN (len1, 4000), ttl1);
    abort ();
  }
  gsize n_triples = distinct_triples (store), n_again = ng_store_size (again);
  if (n_again != n_triples) {
    fprintf (stderr, "fuzz-rdf: %" G_GSIZE_FORMAT " triples written, %" G_GSIZE_FORMAT
             " read back\n---\n%.*s\n---\n", n_triples, n_again, (int) MIN (len1, 4000), ttl1);
    abort ();
  }
  free (ttl1);
  ng_store_free (again);
  ng_store_free (store);
  return 0;
}

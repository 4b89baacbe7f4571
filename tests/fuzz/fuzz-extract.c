/* SPDX-License-Identifier: MIT */
/* fuzz-extract.c: article extraction, bytes to graph.  The input is an
 * article (any bytes).  It is decoded twice, strictly and leniently
 * (ng_text_new): the strict decoder must accept it exactly when the lenient
 * one replaced nothing, and then give the same text.  The lenient text is
 * extracted (with evidence nodes for inputs of odd size) into a store, the
 * store is written as N-Triples (even sizes) or N-Quads (odd sizes), which
 * must be valid UTF-8 and load again with as many triples (or quads).
 * Seeds are plain articles, one per file, in corpus/extract/. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "fuzz.h"
#include "rdfio/rdfio.h"
#include "text/text.h"

/* Aborts with a message and the start of the output. */
G_GNUC_NORETURN static void
fail (const char *what, const char *out, size_t len)
{
  fprintf (stderr, "fuzz-extract: %s\n---\n%.*s\n---\n", what, (int) MIN (len, 4000), out);
  abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  ng_fuzz_quiet ();
  GError *error = NULL;
  NgText *lenient = ng_text_new ((const char *) data, size, "fuzz.txt", TRUE, &error);
  NgText *strict = ng_text_new ((const char *) data, size, "fuzz.txt", FALSE, NULL);
  if (!lenient) {
    /* Binary or empty: the strict decoder refuses it as well. */
    g_assert (error != NULL && error->message != NULL);
    g_assert (error->code != NG_TEXT_ERROR_ENCODING);
    g_assert (strict == NULL);
    g_error_free (error);
    return 0;
  }
  if ((strict != NULL) != (lenient->n_replaced == 0)) {
    fprintf (stderr, "fuzz-extract: strict decoding %s, lenient replaced %u sequences\n",
             strict ? "succeeded" : "failed", lenient->n_replaced);
    abort ();
  }
  if (strict && (strict->len != lenient->len || memcmp (strict->text, lenient->text, strict->len)
                 || strict->sentences->len != lenient->sentences->len))
    fail ("strict and lenient decoding differ", strict->text, strict->len);
  ng_text_free (strict);
  if (!g_utf8_validate (lenient->text, (gssize) lenient->len, NULL))
    fail ("the decoded text is not UTF-8", lenient->text, lenient->len);

  NgStore *store = ng_store_new ();
  NgExtractOptions opts = { .evidence = (size & 1) != 0, .links = (size & 2) != 0 };
  NgExtractor *ex = ng_extractor_new (store, &opts);
  ng_extractor_add (ex, "fuzz", lenient);
  if (opts.links)
    g_free (ng_extractor_links (ex));
  ng_extractor_free (ex);
  ng_text_free (lenient);

  NgSyntax syntax = (size & 1) ? NG_SYNTAX_NQUADS : NG_SYNTAX_NTRIPLES;
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_assert (f != NULL);
  if (!ng_rdf_write (store, syntax, f, &error))
    g_error ("ng_rdf_write: %s", error->message);
  fclose (f);
  if (!g_utf8_validate (buf, (gssize) len, NULL))
    fail ("the output is not valid UTF-8", buf, len);

  NgStore *again = ng_store_new ();
  if (!ng_rdf_load_data (again, buf, len, syntax, NULL, "written", &error)) {
    fprintf (stderr, "fuzz-extract: %s\n", error->message);
    fail ("our output does not load again", buf, len);
  }
  gsize want = syntax == NG_SYNTAX_NQUADS ? ng_store_size (store) : ng_fuzz_distinct_triples (store);
  if (ng_store_size (again) != want)
    fail ("the output reloads with another number of statements", buf, len);
  free (buf);
  ng_store_free (again);
  ng_store_free (store);
  return 0;
}

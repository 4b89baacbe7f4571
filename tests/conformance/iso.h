/* SPDX-License-Identifier: MIT */
/* iso.h: RDF graph (dataset) isomorphism and an independent N-Triples
 * reader, for the conformance runner and the round-trip tests.  Test code only: not part of libng. */
#ifndef NG_TEST_ISO_H
#define NG_TEST_ISO_H

#include <glib.h>

#include "store/store.h"

G_BEGIN_DECLS

/** Whether the quads of a and b are the same up to a renaming of blank
 * nodes.  Terms of b are interned into a's dictionary to compare them (a's
 * quads are not touched).  When they differ and why is not NULL, a short
 * reason is appended to it. */
gboolean ng_test_isomorphic (NgStore *a, NgStore *b, GString *why);

/** Reads an N-Triples or N-Quads file into st without raptor2 (nt-read.c),
 * for expected results.  Blank labels are kept as written. */
gboolean ng_test_read_nquads (NgStore *st, const char *path, GError **error);

G_END_DECLS

#endif /* NG_TEST_ISO_H */

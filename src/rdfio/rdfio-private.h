/* SPDX-License-Identifier: MIT */
/* rdfio-private.h: shared by load.c and guard.c only. */
#ifndef NG_RDFIO_PRIVATE_H
#define NG_RDFIO_PRIVATE_H

#include "rdfio/rdfio.h"

G_BEGIN_DECLS

/* U+10FFFD (a private-use character) stands for NUL while raptor parses. */
#define NG_NUL_STAND_IN "\xF4\x8F\xBF\xBD"
#define NG_NUL_STAND_IN_LEN 4

/* The state of ng_nul_filter over one document. */
typedef struct {
  GByteArray *in;        /**< carry + chunk, on the slow path */
  GByteArray *out;       /**< filtered bytes */
  guint8 carry[16];      /**< an escape cut by the end of the last chunk */
  gsize n_carry;         /**< bytes in carry */
  gboolean had_nul;      /**< a NUL was replaced by the stand-in */
  gboolean had_stand_in; /**< the input itself holds U+10FFFD */
} NgNulFilter;

void ng_nul_filter_init (NgNulFilter *f);
void ng_nul_filter_clear (NgNulFilter *f);
/* The bytes to give raptor for the next n bytes of a Turtle, TriG,
 * N-Triples or N-Quads document, NULs replaced; last: nothing follows.
 * Returns data itself or a buffer owned by f, valid until the next call. */
const unsigned char *ng_nul_filter (NgNulFilter *f, const unsigned char *data, gsize n,
                                    gboolean last, gsize *out_n);
/* A literal's lexical form with its NULs back: s itself, or scratch's text
 * (*n updated). */
const char *ng_nul_filter_restore (const NgNulFilter *f, GString *scratch, const char *s,
                                   gsize *n);
/* Whether s holds a NUL the filter hid (for refusing it in an IRI). */
gboolean ng_nul_filter_hidden (const NgNulFilter *f, const char *s, gsize n);

/* Whether a blank node label (without "_:") is a BLANK_NODE_LABEL. */
gboolean ng_blank_label_valid (const char *s, gsize n);
/* Whether s is valid UTF-8 (NULs allowed, surrogates not). */
gboolean ng_utf8_valid (const char *s, gsize n);

G_END_DECLS

#endif /* NG_RDFIO_PRIVATE_H */

/* SPDX-License-Identifier: MIT */
/* term-format.c: terms as N-Triples text, and the id-independent order of
 * terms that every deterministic writer sorts by.  Kept apart from term.c,
 * which is about interning. */
#include "config.h"

#include <string.h>

#include "store/store-private.h"

/* Both writers below copy the runs of bytes that need no escape with one
 * append each: a GString append per byte was most of the writers' time. */

void
ng_append_escaped_string (GString *out, const char *s, gsize len)
{
  gsize run = 0; /* start of the bytes not yet written */
  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar) s[i];
    if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
      continue;
    g_string_append_len (out, s + run, (gssize) (i - run));
    run = i + 1;
    switch (c) {
    case '"': g_string_append (out, "\\\""); break;
    case '\\': g_string_append (out, "\\\\"); break;
    case '\n': g_string_append (out, "\\n"); break;
    case '\r': g_string_append (out, "\\r"); break;
    case '\t': g_string_append (out, "\\t"); break;
    default: g_string_append_printf (out, "\\u%04X", c);
    }
  }
  g_string_append_len (out, s + run, (gssize) (len - run));
}

static void
append_iri (GString *out, const char *iri, gsize len)
{
  g_string_append_c (out, '<');
  gsize run = 0;
  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar) iri[i];
    /* IRIREF excludes these; UCHAR escapes keep the line parseable. */
    if (c > 0x20 && c != '<' && c != '>' && c != '"' && c != '{' && c != '}' && c != '|' &&
        c != '^' && c != '`' && c != '\\')
      continue;
    g_string_append_len (out, iri + run, (gssize) (i - run));
    run = i + 1;
    g_string_append_printf (out, "\\u%04X", c);
  }
  g_string_append_len (out, iri + run, (gssize) (len - run));
  g_string_append_c (out, '>');
}

void
ng_term_append_ntriples (const NgStore *store, NgTermId id, GString *out)
{
  gsize len;
  const char *v = ng_term_value (store, id, &len);
  switch (ng_term_kind (store, id)) {
  case NG_TERM_IRI:
    append_iri (out, v, len);
    break;
  case NG_TERM_BLANK:
    g_string_append (out, "_:");
    g_string_append_len (out, v, (gssize) len);
    break;
  case NG_TERM_LITERAL: {
    g_string_append_c (out, '"');
    ng_append_escaped_string (out, v, len);
    g_string_append_c (out, '"');
    const char *lang = ng_term_lang (store, id);
    const char *dt = ng_term_datatype (store, id);
    if (lang) {
      g_string_append_c (out, '@');
      g_string_append (out, lang);
    } else if (dt) {
      g_string_append (out, "^^");
      append_iri (out, dt, strlen (dt));
    }
    break;
  }
  default:
    break;
  }
}

static int
cmp_bytes (const char *a, gsize na, const char *b, gsize nb)
{
  int c = memcmp (a, b, MIN (na, nb));
  if (c)
    return c;
  return na < nb ? -1 : na > nb;
}

int
ng_term_compare (const NgStore *store, NgTermId a, NgTermId b)
{
  if (a == b)
    return 0;
  NgTermKind ka = ng_term_kind (store, a), kb = ng_term_kind (store, b);
  if (ka != kb)
    return ka < kb ? -1 : 1;
  gsize na, nb;
  const char *va = ng_term_value (store, a, &na), *vb = ng_term_value (store, b, &nb);
  int c = cmp_bytes (va, na, vb, nb);
  if (c || ka != NG_TERM_LITERAL)
    return c;
  const char *la = ng_term_lang (store, a), *lb = ng_term_lang (store, b);
  const char *da = ng_term_datatype (store, a), *db = ng_term_datatype (store, b);
  c = g_strcmp0 (la, lb);
  return c ? c : g_strcmp0 (da, db);
}

/* SPDX-License-Identifier: MIT */
/* variants.c: traditional -> simplified Chinese, character by character
 * (Unihan kSimplifiedVariant, see gen-tables.py).  Character-level mapping
 * is enough for names: it does not handle word-level conversions such as
 * Taiwan usage (網際網路 stays 网际网路, not 互联网). */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

char *
ng_lingua_to_simplified (const char *s)
{
  NG_LINGUA_MAKE_VALID (s);
  if (!s)
    return NULL;
  const NgLinguaTables *t = ng_lingua_tables ();
  GString *out = g_string_sized_new (strlen (s));
  /* Characters without a simplified form are copied as runs of bytes
   * (the same bytes: s is valid UTF-8), ASCII without decoding. */
  const char *run = s;
  for (const char *p = s; *p;) {
    if ((guchar) *p < 0x80) {
      p++;
      continue;
    }
    gunichar c = g_utf8_get_char (p);
    const char *next = g_utf8_next_char (p);
    gpointer m = c >= 0x2e80 ? g_hash_table_lookup (t->t2s, GUINT_TO_POINTER (c)) : NULL;
    if (m) {
      g_string_append_len (out, run, p - run);
      g_string_append_unichar (out, GPOINTER_TO_UINT (m));
      run = next;
    }
    p = next;
  }
  g_string_append (out, run);
  return g_string_free (out, FALSE);
}

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
  for (const char *p = s; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    gpointer m = c >= 0x2e80 ? g_hash_table_lookup (t->t2s, GUINT_TO_POINTER (c)) : NULL;
    g_string_append_unichar (out, m ? GPOINTER_TO_UINT (m) : c);
  }
  return g_string_free (out, FALSE);
}

/* SPDX-License-Identifier: MIT */
/* guard.c: checks and repairs around raptor2, for what it lets through or
 * corrupts (see the list atop load.c).  Split from load.c, which keeps the
 * raptor2 calls and the statement handler; everything here works on bytes
 * and knows nothing of raptor2's types.
 */
#include "config.h"

#include <string.h>

#include "rdfio/rdfio-private.h"

/* BLANK_NODE_LABEL of N-Triples and Turtle, for its ASCII part: a first
 * character of PN_CHARS_U or a digit, then PN_CHARS or '.'.  raptor checks
 * the rest but lets ':' through.  (A label cannot end in '.': load.c drops
 * the statement's final '.', which raptor's N-Triples parser takes into
 * "_:b." when no space precedes it.) */
gboolean
ng_blank_label_valid (const char *s, gsize n)
{
  if (n == 0 || s[0] == '-' || s[0] == '.')
    return FALSE;
  for (gsize i = 0; i < n; i++) {
    guchar c = (guchar) s[i];
    if (c < 0x80 && !g_ascii_isalnum (c) && !strchr ("_-.", c))
      return FALSE;
  }
  /* raptor's Turtle lexer lets a non-UTF-8 byte into a label ("_:ano\xD1"),
   * which then reached every writer (found by tests/fuzz/fuzz-draw). */
  return ng_utf8_valid (s, n);
}

/* g_utf8_validate_len refuses NULs and surrogates; NULs are fine here. */
gboolean
ng_utf8_valid (const char *s, gsize len)
{
  const char *end = s + len;
  while (s < end) {
    const char *nul = memchr (s, 0, (gsize) (end - s));
    gsize n = (gsize) ((nul ? nul : end) - s);
    if (!g_utf8_validate_len (s, n, NULL))
      return FALSE;
    s += n + (nul ? 1 : 0);
  }
  return TRUE;
}

/* ng_nul_filter: raptor2 cuts literals at a NUL character, whether the input
 * holds a raw NUL byte or the escape \u0000 or \U00000000.  The filter
 * replaces each by U+10FFFD (raw UTF-8) on the way in, and
 * ng_nul_filter_restore turns that back into a NUL in literals.  Escapes are
 * paired as the grammar pairs them (a backslash always takes the next
 * character), so "\\u0000" is left alone.  An escape or a stand-in cut by
 * the chunk end is carried over to the next chunk.  Input with no
 * backslash, NUL or 0xF4 byte (the stand-in's first byte), such as most
 * large ASCII files, goes through untouched and uncopied. */

void
ng_nul_filter_init (NgNulFilter *f)
{
  memset (f, 0, sizeof *f);
  f->in = g_byte_array_new ();
  f->out = g_byte_array_new ();
}

void
ng_nul_filter_clear (NgNulFilter *f)
{
  g_byte_array_unref (f->in);
  g_byte_array_unref (f->out);
  memset (f, 0, sizeof *f);
}

const unsigned char *
ng_nul_filter (NgNulFilter *f, const unsigned char *data, gsize n, gboolean last, gsize *out_n)
{
  if (f->n_carry == 0 && !memchr (data, '\\', n) && !memchr (data, 0, n)
      && !memchr (data, 0xF4, n)) {
    *out_n = n;
    return data;
  }
  g_byte_array_set_size (f->in, 0);
  g_byte_array_append (f->in, f->carry, (guint) f->n_carry);
  g_byte_array_append (f->in, data, (guint) n);
  f->n_carry = 0;
  g_byte_array_set_size (f->out, 0);
  const guint8 *b = f->in->data;
  gsize len = f->in->len, i = 0, start = 0;
  while (i < len) {
    guint8 c = b[i];
    gsize skip = 0;
    if (c == 0) {
      skip = 1;
    } else if (c == '\\') {
      if (!last && len - i < 10)
        break; /* carried over */
      if (len - i >= 6 && b[i + 1] == 'u' && memcmp (b + i + 2, "0000", 4) == 0)
        skip = 6;
      else if (len - i >= 10 && b[i + 1] == 'U' && memcmp (b + i + 2, "00000000", 8) == 0)
        skip = 10;
      else {
        if (len - i >= 10 && b[i + 1] == 'U'
            && g_ascii_strncasecmp ((const char *) b + i + 2, "0010FFFD", 8) == 0)
          f->had_stand_in = TRUE;
        i += 2;
        continue;
      }
    } else if (c == 0xF4) {
      if (!last && len - i < NG_NUL_STAND_IN_LEN)
        break; /* carried over */
      if (len - i >= NG_NUL_STAND_IN_LEN && memcmp (b + i, NG_NUL_STAND_IN, NG_NUL_STAND_IN_LEN) == 0)
        f->had_stand_in = TRUE;
    }
    if (!skip) {
      i++;
      continue;
    }
    g_byte_array_append (f->out, b + start, (guint) (i - start));
    g_byte_array_append (f->out, (const guint8 *) NG_NUL_STAND_IN, NG_NUL_STAND_IN_LEN);
    f->had_nul = TRUE;
    i += skip;
    start = i;
  }
  gsize end = MIN (i, len);
  g_byte_array_append (f->out, b + start, (guint) (end - start));
  if (end < len) {
    f->n_carry = len - end;
    memcpy (f->carry, b + end, f->n_carry);
  }
  *out_n = f->out->len;
  return f->out->data;
}

gboolean
ng_nul_filter_hidden (const NgNulFilter *f, const char *s, gsize n)
{
  return f->had_nul && g_strstr_len (s, (gssize) n, NG_NUL_STAND_IN) != NULL;
}

const char *
ng_nul_filter_restore (const NgNulFilter *f, GString *scratch, const char *s, gsize *n)
{
  if (!ng_nul_filter_hidden (f, s, *n))
    return s;
  g_string_truncate (scratch, 0);
  for (gsize i = 0; i < *n;) {
    if (i + NG_NUL_STAND_IN_LEN <= *n && memcmp (s + i, NG_NUL_STAND_IN, NG_NUL_STAND_IN_LEN) == 0) {
      g_string_append_c (scratch, '\0');
      i += NG_NUL_STAND_IN_LEN;
    } else {
      g_string_append_c (scratch, s[i++]);
    }
  }
  *n = scratch->len;
  return scratch->str;
}

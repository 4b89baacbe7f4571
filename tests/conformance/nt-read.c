/* SPDX-License-Identifier: MIT */
/* nt-read.c: a small N-Triples / N-Quads reader that does not use raptor2.
 *
 * The expected results of the evaluation tests are read with this, not with
 * the loader under test: when raptor2 mangles a term the same way in the
 * test and in its expected result (it cuts literals at a NUL), comparing two
 * raptor2 readings would hide the bug.  It trusts its input (the suite's
 * own expected files) and checks only enough to stop on garbage.
 */
#include "config.h"

#include <string.h>

#include "iso.h"

typedef struct {
  const char *p, *end;
  GString *buf;
} Cursor;

static void
skip_ws (Cursor *c)
{
  while (c->p < c->end && (*c->p == ' ' || *c->p == '\t'))
    c->p++;
}

/* Appends the code point of a \u or \U escape at c->p (after the
 * backslash and letter); FALSE when malformed. */
static gboolean
read_uchar (Cursor *c, int digits)
{
  if (c->end - c->p < digits)
    return FALSE;
  gunichar u = 0;
  for (int i = 0; i < digits; i++) {
    int v = g_ascii_xdigit_value (c->p[i]);
    if (v < 0)
      return FALSE;
    u = u * 16 + (gunichar) v;
  }
  c->p += digits;
  char utf8[8];
  g_string_append_len (c->buf, utf8, g_unichar_to_utf8 (u, utf8));
  return TRUE;
}

/* Reads up to the closing delimiter, decoding escapes into c->buf. */
static gboolean
read_escaped (Cursor *c, char close)
{
  g_string_truncate (c->buf, 0);
  while (c->p < c->end && *c->p != close) {
    if (*c->p != '\\') {
      g_string_append_c (c->buf, *c->p++);
      continue;
    }
    if (++c->p >= c->end)
      return FALSE;
    char e = *c->p++;
    switch (e) {
    case 'u': if (!read_uchar (c, 4)) return FALSE; break;
    case 'U': if (!read_uchar (c, 8)) return FALSE; break;
    case 't': g_string_append_c (c->buf, '\t'); break;
    case 'b': g_string_append_c (c->buf, '\b'); break;
    case 'n': g_string_append_c (c->buf, '\n'); break;
    case 'r': g_string_append_c (c->buf, '\r'); break;
    case 'f': g_string_append_c (c->buf, '\f'); break;
    case '"': case '\'': case '\\': g_string_append_c (c->buf, e); break;
    default: return FALSE;
    }
  }
  if (c->p >= c->end)
    return FALSE;
  c->p++; /* the delimiter */
  return TRUE;
}

static NgTermId
read_term (Cursor *c, NgStore *st)
{
  skip_ws (c);
  if (c->p >= c->end)
    return NG_TERM_NONE;
  if (*c->p == '<') {
    c->p++;
    if (!read_escaped (c, '>'))
      return NG_TERM_NONE;
    return ng_store_iri (st, c->buf->str, (gssize) c->buf->len);
  }
  if (*c->p == '_' && c->end - c->p > 2 && c->p[1] == ':') {
    const char *s = c->p += 2;
    while (c->p < c->end && !strchr (" \t<\"", *c->p))
      c->p++;
    if (c->p > s && c->p[-1] == '.') /* "_:b." at the end of a statement */
      c->p--;
    return c->p > s ? ng_store_blank (st, s, c->p - s) : NG_TERM_NONE;
  }
  if (*c->p == '"') {
    c->p++;
    if (!read_escaped (c, '"'))
      return NG_TERM_NONE;
    gsize n = c->buf->len;
    g_autofree char *lex = g_malloc (n + 1); /* may hold NULs */
    memcpy (lex, c->buf->str, n + 1);
    if (c->p < c->end && *c->p == '@') {
      const char *s = ++c->p;
      while (c->p < c->end && (g_ascii_isalnum (*c->p) || *c->p == '-'))
        c->p++;
      g_autofree char *lang = g_strndup (s, c->p - s);
      return ng_store_literal (st, lex, (gssize) n, lang, NULL);
    }
    if (c->end - c->p > 2 && c->p[0] == '^' && c->p[1] == '^' && c->p[2] == '<') {
      c->p += 3;
      if (!read_escaped (c, '>'))
        return NG_TERM_NONE;
      return ng_store_literal (st, lex, (gssize) n, NULL, c->buf->str);
    }
    return ng_store_literal (st, lex, (gssize) n, NULL, NULL);
  }
  return NG_TERM_NONE;
}

gboolean
ng_test_read_nquads (NgStore *st, const char *path, GError **error)
{
  g_autofree char *text = NULL;
  gsize len;
  if (!g_file_get_contents (path, &text, &len, error))
    return FALSE;
  Cursor c = { text, text + len, g_string_new (NULL) };
  guint line = 0;
  gboolean ok = TRUE;
  while (ok && c.p < c.end) {
    line++;
    const char *eol = memchr (c.p, '\n', (gsize) (c.end - c.p));
    Cursor l = { c.p, eol ? eol : c.end, c.buf };
    c.p = eol ? eol + 1 : c.end;
    skip_ws (&l);
    if (l.p < l.end && l.p[l.end - l.p - 1] == '\r')
      l.end--;
    if (l.p >= l.end || *l.p == '#')
      continue;
    NgTermId s = read_term (&l, st), p = read_term (&l, st), o = read_term (&l, st);
    NgTermId g = NG_GRAPH_DEFAULT;
    skip_ws (&l);
    if (l.p < l.end && *l.p != '.')
      g = read_term (&l, st);
    skip_ws (&l);
    if (!s || !p || !o || !g || l.p >= l.end || *l.p != '.') {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "%s:%u: cannot read", path, line);
      ok = FALSE;
    } else {
      ng_store_add (st, s, p, o, g);
    }
  }
  g_string_free (c.buf, TRUE);
  return ok;
}

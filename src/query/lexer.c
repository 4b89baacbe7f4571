/* SPDX-License-Identifier: MIT */
/* lexer.c: SPARQL tokens, one at a time, with line and column.
 *
 * The lexer knows the terminals of the SPARQL 1.1 grammar (section 19.8):
 * IRIs, prefixed names, variables, blank node labels, the four string
 * forms (unescaped here), numbers, language tags and punctuation.  Words
 * (keywords, function names, 'a', true/false) come out as NG_TOK_WORD and
 * the parser compares them case-insensitively.  '<' is an IRI when an IRI
 * can be read there and the less-than operator otherwise, as the grammar's
 * longest-match rule implies.
 */
#include "config.h"

#include <string.h>

#include "query/query-private.h"

void
ng_lexer_init (NgLexer *lx, const char *text, gsize len)
{
  memset (lx, 0, sizeof *lx);
  lx->text = text;
  lx->len = len;
  lx->line = 1;
  lx->col = 1;
  lx->buf = g_string_new (NULL);
}

void
ng_lexer_clear (NgLexer *lx)
{
  g_string_free (lx->buf, TRUE);
}

static inline int
peekc (const NgLexer *lx, gsize k)
{
  return lx->pos + k < lx->len ? (unsigned char) lx->text[lx->pos + k] : -1;
}

static void
advance (NgLexer *lx, gsize n)
{
  while (n-- && lx->pos < lx->len) {
    unsigned char c = lx->text[lx->pos++];
    if (c == '\n') {
      lx->line++;
      lx->col = 1;
    } else if ((c & 0xC0) != 0x80) {
      lx->col++;
    }
  }
}

static gboolean
is_pn_chars_base (int c)
{
  return g_ascii_isalpha (c) || c >= 0x80;
}

static gboolean
is_pn_chars (int c)
{
  return is_pn_chars_base (c) || c == '_' || c == '-' || g_ascii_isdigit (c);
}

/* Appends the code point as UTF-8. */
static void
append_unichar (GString *s, gunichar u)
{
  g_string_append_unichar (s, u);
}

static gboolean
read_hex (NgLexer *lx, int n, gunichar *out)
{
  gunichar u = 0;
  for (int i = 0; i < n; i++) {
    int c = peekc (lx, (gsize) i);
    if (c < 0 || !g_ascii_isxdigit (c))
      return FALSE;
    u = u * 16 + (gunichar) g_ascii_xdigit_value (c);
  }
  advance (lx, (gsize) n);
  *out = u;
  return TRUE;
}

/* IRIREF: '<' ([^<>"{}|^`\]-[#x00-#x20])* '>'.  Returns FALSE (and reads
 * nothing) when no IRI starts here. */
static gboolean
try_iri (NgLexer *lx)
{
  gsize k = 1;
  for (;;) {
    int c = peekc (lx, k);
    if (c == '>')
      break;
    if (c < 0 || c <= 0x20 || strchr ("<\"{}|^`", c))
      return FALSE;
    k++;
  }
  g_string_truncate (lx->buf, 0);
  advance (lx, 1);
  while (peekc (lx, 0) != '>') {
    if (peekc (lx, 0) == '\\' && (peekc (lx, 1) == 'u' || peekc (lx, 1) == 'U')) {
      int n = peekc (lx, 1) == 'u' ? 4 : 8;
      advance (lx, 2);
      gunichar u;
      if (!read_hex (lx, n, &u))
        return FALSE;
      append_unichar (lx->buf, u);
      continue;
    }
    g_string_append_c (lx->buf, lx->text[lx->pos]);
    advance (lx, 1);
  }
  advance (lx, 1);
  return TRUE;
}

/* Reads PN_LOCAL (after the colon) into buf, unescaping \x and keeping %XX. */
static void
read_local (NgLexer *lx)
{
  for (;;) {
    int c = peekc (lx, 0);
    if (c < 0)
      break;
    if (is_pn_chars (c) || c == ':') {
      g_string_append_c (lx->buf, (char) c);
      advance (lx, 1);
    } else if (c == '%' && g_ascii_isxdigit (peekc (lx, 1)) && g_ascii_isxdigit (peekc (lx, 2))) {
      g_string_append_len (lx->buf, lx->text + lx->pos, 3);
      advance (lx, 3);
    } else if (c == '\\' && peekc (lx, 1) > 0 && strchr ("_~.-!$&'()*+,;=/?#@%", peekc (lx, 1))) {
      g_string_append_c (lx->buf, (char) peekc (lx, 1));
      advance (lx, 2);
    } else if (c == '.') {
      /* A dot belongs to the name only when a name character follows. */
      int d = peekc (lx, 1);
      if (d > 0 && (is_pn_chars (d) || d == ':' || d == '%' || d == '\\' || d == '.')) {
        gsize k = 1;
        while (peekc (lx, k) == '.')
          k++;
        d = peekc (lx, k);
        if (!(d > 0 && (is_pn_chars (d) || d == ':' || d == '%' || d == '\\')))
          break;
        g_string_append_c (lx->buf, '.');
        advance (lx, 1);
      } else {
        break;
      }
    } else {
      break;
    }
  }
}

static gboolean
read_string (NgLexer *lx, NgToken *t)
{
  int q = peekc (lx, 0);
  gboolean longq = peekc (lx, 1) == q && peekc (lx, 2) == q;
  advance (lx, longq ? 3 : 1);
  g_string_truncate (lx->buf, 0);
  for (;;) {
    int c = peekc (lx, 0);
    if (c < 0)
      return FALSE;
    if (longq) {
      if (c == q && peekc (lx, 1) == q && peekc (lx, 2) == q) {
        /* """a"""" ends with the last three quotes. */
        while (peekc (lx, 3) == q) {
          g_string_append_c (lx->buf, (char) q);
          advance (lx, 1);
        }
        advance (lx, 3);
        break;
      }
    } else {
      if (c == q) {
        advance (lx, 1);
        break;
      }
      if (c == '\n' || c == '\r')
        return FALSE;
    }
    if (c == '\\') {
      int e = peekc (lx, 1);
      advance (lx, 2);
      gunichar u;
      switch (e) {
      case 't': g_string_append_c (lx->buf, '\t'); break;
      case 'n': g_string_append_c (lx->buf, '\n'); break;
      case 'r': g_string_append_c (lx->buf, '\r'); break;
      case 'b': g_string_append_c (lx->buf, '\b'); break;
      case 'f': g_string_append_c (lx->buf, '\f'); break;
      case '"': g_string_append_c (lx->buf, '"'); break;
      case '\'': g_string_append_c (lx->buf, '\''); break;
      case '\\': g_string_append_c (lx->buf, '\\'); break;
      case 'u':
      case 'U':
        if (!read_hex (lx, e == 'u' ? 4 : 8, &u))
          return FALSE;
        append_unichar (lx->buf, u);
        break;
      default:
        return FALSE;
      }
      continue;
    }
    g_string_append_c (lx->buf, (char) c);
    advance (lx, 1);
  }
  t->kind = NG_TOK_STRING;
  return TRUE;
}

static void
skip_space (NgLexer *lx)
{
  for (;;) {
    int c = peekc (lx, 0);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      advance (lx, 1);
    } else if (c == '#') {
      while (peekc (lx, 0) >= 0 && peekc (lx, 0) != '\n')
        advance (lx, 1);
    } else {
      break;
    }
  }
}

gboolean
ng_lexer_next (NgLexer *lx, NgToken *t)
{
  skip_space (lx);
  memset (t, 0, sizeof *t);
  t->line = lx->line;
  t->col = lx->col;
  t->start = lx->pos;
  g_string_truncate (lx->buf, 0);
  int c = peekc (lx, 0);
  if (c < 0) {
    t->kind = NG_TOK_EOF;
    goto done;
  }
  if (c == '<' && try_iri (lx)) {
    t->kind = NG_TOK_IRI;
    goto done;
  }
  if ((c == '?' || c == '$') && peekc (lx, 1) > 0
      && (is_pn_chars (peekc (lx, 1)))) {
    advance (lx, 1);
    while (peekc (lx, 0) > 0 && (is_pn_chars (peekc (lx, 0)) || peekc (lx, 0) == 0xB7)) {
      g_string_append_c (lx->buf, lx->text[lx->pos]);
      advance (lx, 1);
    }
    t->kind = NG_TOK_VAR;
    goto done;
  }
  if (c == '_' && peekc (lx, 1) == ':') {
    advance (lx, 2);
    read_local (lx);
    if (lx->buf->len == 0)
      return FALSE;
    t->kind = NG_TOK_BLANK;
    goto done;
  }
  if (c == '"' || c == '\'') {
    if (!read_string (lx, t))
      return FALSE;
    goto done;
  }
  if (c == '@' && g_ascii_isalpha (peekc (lx, 1))) {
    advance (lx, 1);
    while (g_ascii_isalnum (peekc (lx, 0)) || peekc (lx, 0) == '-') {
      g_string_append_c (lx->buf, lx->text[lx->pos]);
      advance (lx, 1);
    }
    t->kind = NG_TOK_LANGTAG;
    goto done;
  }
  if (g_ascii_isdigit (c) || (c == '.' && g_ascii_isdigit (peekc (lx, 1)))) {
    t->kind = NG_TOK_INTEGER;
    while (g_ascii_isdigit (peekc (lx, 0))) {
      g_string_append_c (lx->buf, lx->text[lx->pos]);
      advance (lx, 1);
    }
    if (peekc (lx, 0) == '.' && g_ascii_isdigit (peekc (lx, 1))) {
      t->kind = NG_TOK_DECIMAL;
      g_string_append_c (lx->buf, '.');
      advance (lx, 1);
      while (g_ascii_isdigit (peekc (lx, 0))) {
        g_string_append_c (lx->buf, lx->text[lx->pos]);
        advance (lx, 1);
      }
    } else if (peekc (lx, 0) == '.' && (peekc (lx, 1) == 'e' || peekc (lx, 1) == 'E')) {
      g_string_append_c (lx->buf, '.');
      advance (lx, 1);
    }
    int e = peekc (lx, 0);
    if ((e == 'e' || e == 'E')
        && (g_ascii_isdigit (peekc (lx, 1))
            || ((peekc (lx, 1) == '+' || peekc (lx, 1) == '-') && g_ascii_isdigit (peekc (lx, 2))))) {
      t->kind = NG_TOK_DOUBLE;
      g_string_append_c (lx->buf, (char) e);
      advance (lx, 1);
      if (peekc (lx, 0) == '+' || peekc (lx, 0) == '-') {
        g_string_append_c (lx->buf, lx->text[lx->pos]);
        advance (lx, 1);
      }
      while (g_ascii_isdigit (peekc (lx, 0))) {
        g_string_append_c (lx->buf, lx->text[lx->pos]);
        advance (lx, 1);
      }
    }
    goto done;
  }
  if (is_pn_chars_base (c) || c == ':') {
    /* A word, or a prefixed name: PN_PREFIX? ':' PN_LOCAL? */
    gsize k = 0;
    while (peekc (lx, k) > 0 && (is_pn_chars (peekc (lx, k)) || peekc (lx, k) == '.'))
      k++;
    while (k > 0 && peekc (lx, k - 1) == '.')
      k--;
    if (peekc (lx, k) == ':') {
      g_string_append_len (lx->buf, lx->text + lx->pos, (gssize) k);
      advance (lx, k + 1);
      t->prefix = g_strdup (lx->buf->str);
      g_string_truncate (lx->buf, 0);
      read_local (lx);
      t->kind = NG_TOK_PNAME;
      goto done;
    }
    k = 0;
    while (peekc (lx, k) > 0 && (is_pn_chars (peekc (lx, k))))
      k++;
    g_string_append_len (lx->buf, lx->text + lx->pos, (gssize) k);
    advance (lx, k);
    t->kind = NG_TOK_WORD;
    goto done;
  }
  /* Punctuation, longest first. */
  static const char *const puncts[] = { "^^", "&&", "||", "!=", "<=", ">=", "{", "}", "(", ")",
                                        "[", "]", ".", ",", ";", "*", "+", "-", "/", "!", "=",
                                        "<", ">", "^", "|", "?", NULL };
  for (int i = 0; puncts[i]; i++) {
    gsize n = strlen (puncts[i]);
    if (lx->pos + n <= lx->len && memcmp (lx->text + lx->pos, puncts[i], n) == 0) {
      g_string_append (lx->buf, puncts[i]);
      advance (lx, n);
      t->kind = NG_TOK_PUNCT;
      goto done;
    }
  }
  return FALSE;
done:
  t->text = g_strndup (lx->buf->str, lx->buf->len);
  t->len = lx->buf->len;
  t->end = lx->pos;
  return TRUE;
}

void
ng_token_clear (NgToken *t)
{
  g_clear_pointer (&t->text, g_free);
  g_clear_pointer (&t->prefix, g_free);
}

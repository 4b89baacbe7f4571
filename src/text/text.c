/* SPDX-License-Identifier: MIT */
/* text.c: decoding an article: UTF-8 validation, BOM and line ends, the
 * publication date, case folding.  Segmentation is in segment.c. */
#include "config.h"

#include <string.h>

#include <utf8proc.h>

#include "text/text.h"

G_DEFINE_QUARK (ng-text-error-quark, ng_text_error)

gboolean
ng_text_is_han (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

/* The fast path of ng_text_fold_dup.  A string made only of ASCII
 * (without NUL) and CJK unified ideographs U+4E00..U+9FFF folds character
 * by character: each of these is its own NFKC form, folds to itself (ASCII
 * letters to lower case), and none composes with a neighbour (a combining
 * mark, the one thing that could, is neither).  utf8proc_map costs a
 * hundred times more, and the extractor folds every candidate name and
 * lexicon key, nearly all of them English or Chinese words.  Returns NULL
 * when the string needs utf8proc. */
static char *
fold_simple (const char *s, gsize len)
{
  char *r = g_malloc (len + 1);
  for (gsize i = 0; i < len;) {
    guchar c = s[i];
    if (c && c < 0x80) {
      r[i] = c >= 'A' && c <= 'Z' ? c + 32 : c;
      i++;
      continue;
    }
    /* U+4E00..U+9FFF: E4 B8..BF xx, then E5..E9 xx xx. */
    if (i + 3 <= len && c >= 0xE4 && c <= 0xE9 && (guchar) s[i + 1] >= (c == 0xE4 ? 0xB8 : 0x80) &&
        (guchar) s[i + 1] <= 0xBF && (guchar) s[i + 2] >= 0x80 && (guchar) s[i + 2] <= 0xBF) {
      memcpy (r + i, s + i, 3);
      i += 3;
      continue;
    }
    g_free (r);
    return NULL;
  }
  r[len] = 0;
  return r;
}

char *
ng_text_fold_dup (const char *s, gssize len)
{
  if (len < 0)
    len = strlen (s);
  char *simple = fold_simple (s, len);
  if (simple)
    return simple;
  utf8proc_uint8_t *out = NULL;
  utf8proc_ssize_t n =
    utf8proc_map ((const utf8proc_uint8_t *) s, len, &out,
                  UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  if (n < 0) {
    free (out);
    return g_utf8_make_valid (s, len);
  }
  char *r = g_strndup ((const char *) out, n);
  free (out);
  return r;
}

/* Both look for w's last byte with memchr or memrchr (GNU and BSD, see
 * AC_USE_SYSTEM_EXTENSIONS) and compare from there: in Chinese text a last
 * byte is one of 64 continuation bytes, where a first byte is one of a
 * handful of lead bytes. */
const char *
ng_text_find (const char *s, gsize len, const char *w)
{
  gsize n = strlen (w);
  if (!n || n > len)
    return n ? NULL : s;
  for (const char *p = s + n - 1, *end = s + len; p < end; p++) {
    p = memchr (p, w[n - 1], end - p);
    if (!p)
      return NULL;
    if (!memcmp (p - (n - 1), w, n))
      return p - (n - 1);
  }
  return NULL;
}

const char *
ng_text_rfind (const char *s, gsize len, const char *w)
{
  gsize n = strlen (w);
  if (!n || n > len)
    return n ? NULL : s + len;
  /* The last byte of a match lies in [s + n - 1, s + len). */
  for (gsize lim = len - n + 1; lim > 0;) {
    const char *p = memrchr (s + n - 1, w[n - 1], lim);
    if (!p)
      return NULL;
    if (!memcmp (p - (n - 1), w, n))
      return p - (n - 1);
    lim = p - (s + n - 1);
  }
  return NULL;
}

/* Line and column (1-based, columns in characters) of byte offset off. */
static void
line_col (const char *data, gsize off, guint *line, guint *col)
{
  *line = 1;
  *col = 1;
  for (gsize i = 0; i < off; i++) {
    if (data[i] == '\n') {
      (*line)++;
      *col = 1;
    } else if (((guchar) data[i] & 0xC0) != 0x80) {
      (*col)++;
    }
  }
}

static gboolean
decode (const char *data, gsize len, const char *name, gboolean lenient, GString *out,
        guint *n_replaced, GError **error)
{
  gsize i = 0;
  if (len >= 3 && !memcmp (data, "\xEF\xBB\xBF", 3))
    i = 3;
  if (memchr (data, '\0', len)) {
    gsize off = (const char *) memchr (data, '\0', len) - data;
    g_set_error (error, NG_TEXT_ERROR, NG_TEXT_ERROR_BINARY,
                 "%s: binary file (NUL byte at byte %" G_GSIZE_FORMAT "), not an article", name,
                 off);
    return FALSE;
  }
  while (i < len) {
    const char *end = NULL;
    if (g_utf8_validate (data + i, len - i, &end)) {
      end = data + len;
    }
    gsize good = end - (data + i);
    /* Copy the valid run, turning CRLF and lone CR into LF. */
    for (gsize k = 0; k < good; k++) {
      char c = data[i + k];
      if (c == '\r') {
        g_string_append_c (out, '\n');
        if (k + 1 < good && data[i + k + 1] == '\n')
          k++;
      } else {
        g_string_append_c (out, c);
      }
    }
    i += good;
    if (i >= len)
      break;
    if (!lenient) {
      guint line, col;
      line_col (data, i, &line, &col);
      g_set_error (error, NG_TEXT_ERROR, NG_TEXT_ERROR_ENCODING,
                   "%s:%u:%u: invalid UTF-8 at byte %" G_GSIZE_FORMAT
                   " (use --lenient to replace invalid bytes)", name, line, col, i);
      return FALSE;
    }
    g_string_append (out, "\xEF\xBF\xBD");
    (*n_replaced)++;
    i++;
    while (i < len && ((guchar) data[i] & 0xC0) == 0x80)
      i++;
  }
  return TRUE;
}

/* segment.c */
void ng_text_segment (NgText *t);

NgText *
ng_text_new (const char *data, gsize len, const char *name, gboolean lenient, GError **error)
{
  g_return_val_if_fail (data || !len, NULL);
  GString *buf = g_string_sized_new (len + 1);
  guint n_replaced = 0;
  if (!decode (data, len, name, lenient, buf, &n_replaced, error)) {
    g_string_free (buf, TRUE);
    return NULL;
  }
  gboolean blank = TRUE;
  for (gsize i = 0; i < buf->len && blank; i++)
    if (!g_ascii_isspace (buf->str[i]))
      blank = FALSE;
  if (blank) {
    g_set_error (error, NG_TEXT_ERROR, NG_TEXT_ERROR_EMPTY, "%s: empty file, no article text",
                 name);
    g_string_free (buf, TRUE);
    return NULL;
  }
  NgText *t = g_new0 (NgText, 1);
  t->len = buf->len;
  t->text = g_string_free (buf, FALSE);
  t->n_replaced = n_replaced;
  t->sentences = g_array_new (FALSE, FALSE, sizeof (NgSentence));
  ng_text_segment (t);
  return t;
}

void
ng_text_free (NgText *t)
{
  if (!t)
    return;
  g_free (t->text);
  g_array_unref (t->sentences);
  g_free (t);
}

/* ---- dates ----------------------------------------------------------- */

static const char *const months[] = { "jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec" };
static const char *const month_names[] = { "january", "february", "march", "april",
                                           "may", "june", "july", "august",
                                           "september", "october", "november", "december" };

int
ng_text_month (const char *s, gsize len)
{
  if (len && s[len - 1] == '.')
    len--;
  if (len < 3 || len > 9)
    return 0;
  char low[10];
  for (gsize i = 0; i < len; i++)
    low[i] = g_ascii_tolower (s[i]);
  low[len] = 0;
  if (!strchr ("jfmasond", low[0]))
    return 0; /* no month starts so (this runs on every capitalized word) */
  for (int m = 0; m < 12; m++) {
    if (!strcmp (low, month_names[m]) || !strcmp (low, months[m]) ||
        (m == 8 && !strcmp (low, "sept")))
      return m + 1;
  }
  return 0;
}

static int
read_int (const char *s, gsize len, gsize *i, int max_digits)
{
  int v = 0, n = 0;
  while (*i < len && g_ascii_isdigit (s[*i]) && n < max_digits) {
    v = v * 10 + (s[*i] - '0');
    (*i)++;
    n++;
  }
  if (*i < len && g_ascii_isdigit (s[*i]))
    return -1;
  return n ? v : -1;
}

static gboolean
valid (int y, int m, int d)
{
  return y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 0 && d <= 31;
}

gboolean
ng_text_find_date (const char *s, gsize len, int *year, int *month, int *day)
{
  for (gsize i = 0; i < len; i++) {
    if (i > 0 && (g_ascii_isalnum (s[i - 1])))
      continue;
    if (g_ascii_isdigit (s[i])) {
      gsize j = i;
      int a = read_int (s, len, &j, 4);
      if (a < 0)
        continue;
      /* 2025-11-13, 2025/11/13, 2025.11.13 */
      if (a >= 1900 && j < len && (s[j] == '-' || s[j] == '/' || s[j] == '.')) {
        gsize k = j + 1;
        int m = read_int (s, len, &k, 2);
        if (m > 0 && k < len && s[k] == s[j]) {
          k++;
          int d = read_int (s, len, &k, 2);
          if (d > 0 && valid (a, m, d)) {
            *year = a, *month = m, *day = d;
            return TRUE;
          }
        }
      }
      /* 2024年11月21日 */
      if (a >= 1900 && j + 3 <= len && !memcmp (s + j, "年", 3)) {
        gsize k = j + 3;
        int m = read_int (s, len, &k, 2);
        if (m > 0 && k + 3 <= len && !memcmp (s + k, "月", 3)) {
          k += 3;
          int d = read_int (s, len, &k, 2);
          if (valid (a, m, d > 0 ? d : 0)) {
            *year = a, *month = m, *day = d > 0 ? d : 0;
            return TRUE;
          }
        }
      }
      /* 13 November 2025, 28th Aug, 2024 */
      if (a >= 1 && a <= 31 && j + 2 < len &&
          (!strncmp (s + j, "th", 2) || !strncmp (s + j, "st", 2) || !strncmp (s + j, "nd", 2) ||
           !strncmp (s + j, "rd", 2)))
        j += 2;
      if (a >= 1 && a <= 31 && j < len && s[j] == ' ') {
        gsize k = j + 1, w = k;
        while (k < len && g_ascii_isalpha (s[k]))
          k++;
        int m = ng_text_month (s + w, k - w);
        if (m && k + 1 < len && (s[k] == ' ' || s[k] == ',')) {
          while (k < len && (s[k] == ' ' || s[k] == ','))
            k++;
          int y = read_int (s, len, &k, 4);
          if (valid (y, m, a)) {
            *year = y, *month = m, *day = a;
            return TRUE;
          }
        }
      }
      i = j;
    } else if (g_ascii_isalpha (s[i])) {
      /* November 13, 2025 / Nov. 13 2025 / OCT . 14 2021 */
      gsize k = i;
      while (k < len && g_ascii_isalpha (s[k]))
        k++;
      int m = ng_text_month (s + i, k - i);
      if (m) {
        while (k < len && (s[k] == ' ' || s[k] == '.'))
          k++;
        int d = read_int (s, len, &k, 2);
        if (d > 0 && d <= 31) {
          if (k + 1 < len && (!strncmp (s + k, "st", 2) || !strncmp (s + k, "nd", 2) ||
                              !strncmp (s + k, "rd", 2) || !strncmp (s + k, "th", 2)))
            k += 2;
          while (k < len && (s[k] == ' ' || s[k] == ','))
            k++;
          int y = read_int (s, len, &k, 4);
          if (valid (y, m, d)) {
            *year = y, *month = m, *day = d;
            return TRUE;
          }
        }
      }
      i = k;
    }
  }
  return FALSE;
}

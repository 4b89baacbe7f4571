/* SPDX-License-Identifier: MIT */
/* pinyin.c: Hanyu Pinyin of Chinese text and the English form of Chinese
 * personal names.
 *
 * Readings are the customary (first) kMandarin reading of each character,
 * toneless, with ü written "u" (吕 -> "Lu", 女 -> "nu"): English-language
 * news mostly writes "Lu"; keys also accept "Lyu", "Lv" and "Lü" (keys.c).
 * A name's surname comes from data/surnames.txt, which fixes the surname
 * reading of polyphonic characters (单 Shan, 曾 Zeng, 区 Ou) and lists the
 * two-character surnames (欧阳 Ouyang, 尉迟 Yuchi).  The given name's
 * syllables are joined with no hyphen or apostrophe ("Xiujun"). */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

char *
ng_lingua_pinyin (const char *han)
{
  NG_LINGUA_MAKE_VALID (han);
  if (!han)
    return NULL;
  char *norm = g_utf8_normalize (han, -1, G_NORMALIZE_NFKC);
  if (!norm)
    return NULL;
  GString *out = g_string_new (NULL);
  gboolean in_word = FALSE; /* inside a run of ASCII letters/digits */
  gboolean ok = TRUE;
  for (const char *p = norm; *p && ok; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (ng_lingua_is_han (c)) {
      const char *r = ng_lingua_char_reading (c);
      if (!r) {
        ok = FALSE;
        break;
      }
      if (out->len)
        g_string_append_c (out, ' ');
      g_string_append (out, r);
      in_word = FALSE;
    } else if (c < 128 && g_ascii_isalnum (c)) {
      if (!in_word && out->len)
        g_string_append_c (out, ' ');
      g_string_append_c (out, g_ascii_tolower ((char) c));
      in_word = TRUE;
    } else {
      in_word = FALSE;
    }
  }
  g_free (norm);
  if (!ok || out->len == 0) {
    g_string_free (out, TRUE);
    return NULL;
  }
  return g_string_free (out, FALSE);
}

/* The Han characters of s (normalized, simplified), without spaces;
 * NULL if s holds anything but Han characters and spaces. */
static GArray *
han_chars (const char *s)
{
  char *norm = ng_lingua_normalize_zh (s);
  if (!norm)
    return NULL;
  GArray *a = g_array_new (FALSE, FALSE, sizeof (gunichar));
  gboolean ok = TRUE;
  for (const char *p = norm; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (g_unichar_isspace (c))
      continue;
    if (!ng_lingua_is_han (c)) {
      ok = FALSE;
      break;
    }
    g_array_append_val (a, c);
  }
  g_free (norm);
  if (!ok) {
    g_array_free (a, TRUE);
    return NULL;
  }
  return a;
}

static const char *
surname_reading (const gunichar *c, guint n)
{
  char buf[16];
  gint len = 0;
  for (guint i = 0; i < n; i++)
    len += g_unichar_to_utf8 (c[i], buf + len);
  buf[len] = 0;
  return g_hash_table_lookup (ng_lingua_tables ()->surname, buf);
}

gboolean
ng_lingua_is_surname (const char *s)
{
  NG_LINGUA_MAKE_VALID (s);
  if (!s)
    return FALSE;
  GArray *a = han_chars (s);
  if (a) {
    gboolean r = (a->len == 1 || a->len == 2)
                 && surname_reading ((gunichar *) (void *) a->data, a->len) != NULL;
    g_array_free (a, TRUE);
    return r;
  }
  char *plain = ng_lingua_strip_accents (s);
  char *low = g_ascii_strdown (plain, -1);
  gboolean r = g_hash_table_contains (ng_lingua_tables ()->surname_latin, low);
  g_free (low);
  g_free (plain);
  return r;
}

static void
append_capitalized (GString *out, const char *r)
{
  gsize at = out->len;
  g_string_append (out, r);
  out->str[at] = g_ascii_toupper (out->str[at]);
}

char *
ng_lingua_person_name_en (const char *zh_name)
{
  NG_LINGUA_MAKE_VALID (zh_name);
  if (!zh_name)
    return NULL;
  GArray *a = han_chars (zh_name);
  if (!a)
    return NULL;
  const gunichar *c = (const gunichar *) (void *) a->data;
  guint n = a->len;
  char *res = NULL;
  GString *out = g_string_new (NULL);
  const char *sur = NULL, *sur2 = NULL;
  guint n_sur = 0;
  if (n >= 3 && n <= 5 && (sur = surname_reading (c, 2))) {
    n_sur = 2; /* 欧阳娜娜 -> Ouyang Nana */
  } else if (n >= 2 && n <= 4 && (sur = surname_reading (c, 1))) {
    n_sur = 1;
    /* Four characters, both first two surnames: a joined double surname
     * (方彭依梦 -> Fangpeng Yimeng), the modern practice of giving a child
     * both parents' surnames. */
    if (n == 4 && (sur2 = surname_reading (c + 1, 1)))
      n_sur = 2;
  }
  if (!n_sur)
    goto done;
  append_capitalized (out, sur);
  if (sur2)
    g_string_append (out, sur2);
  g_string_append_c (out, ' ');
  gsize given_at = out->len;
  GHashTable *given = ng_lingua_tables ()->given;
  for (guint i = n_sur; i < n; i++) {
    const char *r = g_hash_table_lookup (given, GUINT_TO_POINTER (c[i]));
    if (!r)
      r = ng_lingua_char_reading (c[i]);
    if (!r)
      goto done;
    g_string_append (out, r);
  }
  out->str[given_at] = g_ascii_toupper (out->str[given_at]);
  res = g_strdup (out->str);
done:
  g_string_free (out, TRUE);
  g_array_free (a, TRUE);
  return res;
}

/* SPDX-License-Identifier: MIT */
/* keys.c: matching keys and slugs.
 *
 * Person keys are "surname-given", lowercase ASCII.  Decisions, for names
 * written in Latin letters:
 *  - Accents go (Lü -> lu); "Lyu", "Nyu" and "v" after l/n in a pinyin word
 *    are read as ü and spelled "u", like the readings (pinyin.c).
 *  - The given name's pinyin syllables are joined whatever the writing:
 *    "Xiu-jun", "Xiu Jun" and "Xiujun" all give "xiujun".  Parts that are
 *    not pinyin stay separate ("Ban Ki-moon" -> "ban-ki-moon").
 *  - Order: as written (Chinese names in English news are mostly surname
 *    first), except when (a) exactly one word is in capitals and another
 *    is not, and it is a Chinese surname ("Xiujun WANG", not "John SMITH")
 *    - that word is the surname; or (b) the name is
 *    two words, the second a Chinese surname, the first a pinyin word that
 *    is not a surname ("Xiujun Wang", "Yinuo Li").  "Lei Wang" stays
 *    "lei-wang": both words are surnames, so the order is ambiguous and we
 *    keep the writer's.  "Jack Ma" stays "jack-ma" (Jack is not pinyin).
 *  - A leading courtesy title (Mr, Ms, Dr, Prof ...) is dropped.
 * Han names go through ng_lingua_person_name_en first. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

char *
ng_lingua_slug (const char *name)
{
  NG_LINGUA_MAKE_VALID (name);
  GString *out = g_string_new (NULL);
  if (name)
    ng_lingua_slug_append (out, name);
  return g_string_free (out, FALSE);
}

static gboolean
all_upper (const char *w)
{
  gsize n = 0;
  for (const char *p = w; *p; p++) {
    if (g_ascii_islower (*p))
      return FALSE;
    if (g_ascii_isupper (*p))
      n++;
  }
  return n >= 2;
}

/* Lowercase, letters and digits only; ü spellings folded (see above). */
static char *
fold_word (const char *w)
{
  GString *o = g_string_new (NULL);
  for (const char *p = w; *p; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (o, g_ascii_tolower (*p));
  char *s = o->str;
  if (g_str_has_prefix (s, "lyu") || g_str_has_prefix (s, "nyu"))
    g_string_erase (o, 1, 1);
  s = o->str;
  if (strchr (s, 'v') && ng_lingua_is_pinyin_word (s)) {
    /* In pinyin "v" only follows l or n, for ü. */
    for (char *q = s; *q; q++)
      if (*q == 'v')
        *q = 'u';
  }
  return g_string_free (o, FALSE);
}

static const char *const titles[] = {
  "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "madam", "sir", NULL
};

static gboolean
is_title (const char *w)
{
  char *f = fold_word (w);
  gboolean r = g_strv_contains (titles, f);
  g_free (f);
  return r;
}

/* A word in capitals marks the surname only when it is a Chinese surname
 * ("Xiujun WANG"); "John SMITH" keeps its order, as "John Smith" does. */
static gboolean
caps_is_surname (const char *w)
{
  char *f = fold_word (w);
  gboolean r = ng_lingua_is_surname (f);
  g_free (f);
  return r;
}

/* The key of a Latin-script name; force_sur >= 0 makes that word the
 * surname.  *n_words (if given) gets the number of words, and *ambiguous
 * whether a two-word name could be read in the other order too: both
 * words pinyin, the other one a surname, no capitals deciding. */
static char *
latin_person_key_full (const char *name, gint force_sur, guint *n_words, gboolean *ambiguous)
{
  char *plain = ng_lingua_strip_accents (name);
  /* Words: runs of ASCII letters, digits, hyphens and apostrophes. */
  GPtrArray *w = g_ptr_array_new_with_free_func (g_free);
  GString *cur = g_string_new (NULL);
  for (const char *p = plain;; p++) {
    if (*p && (g_ascii_isalnum (*p) || *p == '-' || *p == '\'')) {
      g_string_append_c (cur, *p);
      continue;
    }
    if (cur->len && strspn (cur->str, "-'") < cur->len)
      g_ptr_array_add (w, g_strdup (cur->str));
    g_string_truncate (cur, 0);
    if (!*p)
      break;
  }
  g_string_free (cur, TRUE);
  g_free (plain);
  while (w->len > 1 && is_title (w->pdata[0]))
    g_ptr_array_remove_index (w, 0);

  char *res = NULL;
  if (w->len == 0)
    goto done;

  /* Pick the surname. */
  guint sur = 0;
  gint n_caps = 0, caps_at = -1;
  for (guint i = 0; i < w->len; i++)
    if (all_upper (w->pdata[i])) {
      n_caps++;
      caps_at = (gint) i;
    }
  if (n_words)
    *n_words = w->len;
  if (ambiguous)
    *ambiguous = FALSE;
  if (force_sur >= 0 && (guint) force_sur < w->len) {
    sur = (guint) force_sur;
  } else if (n_caps == 1 && w->len > 1 && caps_is_surname (w->pdata[caps_at])) {
    sur = (guint) caps_at;
  } else if (w->len == 2) {
    char *a = fold_word (w->pdata[0]), *b = fold_word (w->pdata[1]);
    if (!strchr (w->pdata[0], '-') && ng_lingua_is_pinyin_word (a)
        && !ng_lingua_is_surname (a) && ng_lingua_is_surname (b))
      sur = 1;
    if (ambiguous)
      *ambiguous = ng_lingua_is_pinyin_word (a) && ng_lingua_is_pinyin_word (b)
                   && ng_lingua_is_surname (sur == 0 ? b : a);
    g_free (a);
    g_free (b);
  }

  /* The given name: every other word, split at hyphens. */
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  gboolean all_pinyin = TRUE;
  for (guint i = 0; i < w->len; i++) {
    if (i == sur)
      continue;
    char **hy = g_strsplit (w->pdata[i], "-", -1);
    for (char **h = hy; *h; h++) {
      char *f = fold_word (*h);
      if (!*f) {
        g_free (f);
        continue;
      }
      if (!ng_lingua_is_pinyin_word (f))
        all_pinyin = FALSE;
      g_ptr_array_add (parts, f);
    }
    g_strfreev (hy);
  }
  GString *key = g_string_new (NULL);
  char *fs = fold_word (w->pdata[sur]);
  g_string_append (key, fs);
  g_free (fs);
  for (guint i = 0; i < parts->len; i++) {
    if (!all_pinyin || i == 0)
      g_string_append_c (key, '-');
    g_string_append (key, parts->pdata[i]);
  }
  g_ptr_array_free (parts, TRUE);
  /* A surname alone, or a word in caps only, still makes a key. */
  if (key->len && key->str[0] != '-')
    res = g_string_free (key, FALSE);
  else
    g_string_free (key, TRUE);
done:
  g_ptr_array_free (w, TRUE);
  if (res && !*res)
    g_clear_pointer (&res, g_free);
  return res;
}

static char *
latin_person_key (const char *name)
{
  return latin_person_key_full (name, -1, NULL, NULL);
}

char **
ng_lingua_person_key_variants (const char *name)
{
  NG_LINGUA_MAKE_VALID (name);
  GPtrArray *v = g_ptr_array_new ();
  char *k = ng_lingua_person_key (name);
  if (k) {
    g_ptr_array_add (v, k);
    gboolean amb = FALSE;
    guint n = 0;
    if (!ng_lingua_has_han (name)) {
      char *k0 = latin_person_key_full (name, -1, &n, &amb);
      g_free (k0);
    }
    if (amb && n == 2) {
      /* The other word as the surname. */
      char *k1 = latin_person_key_full (name, 0, NULL, NULL);
      char *k2 = latin_person_key_full (name, 1, NULL, NULL);
      char *alt = strcmp (k1, k) == 0 ? k2 : k1;
      if (strcmp (alt, k) != 0)
        g_ptr_array_add (v, g_strdup (alt));
      g_free (k1);
      g_free (k2);
    }
  }
  g_ptr_array_add (v, NULL);
  return (char **) g_ptr_array_free (v, FALSE);
}

char *
ng_lingua_person_key (const char *name)
{
  NG_LINGUA_MAKE_VALID (name);
  if (!name)
    return NULL;
  if (ng_lingua_has_han (name)) {
    char *en = ng_lingua_person_name_en (name);
    if (en) {
      char *k = latin_person_key (en);
      g_free (en);
      return k;
    }
    /* Not a listed surname: a short all-Han name still reads surname
     * first, one character (初雯雯 -> "chu-wenwen"); anything else is
     * slugged. */
    char *norm = ng_lingua_normalize_zh (name);
    char *k = NULL;
    glong n = norm ? g_utf8_strlen (norm, -1) : 0;
    if (n >= 2 && n <= 3) {
      char *p1 = ng_lingua_pinyin (norm);
      char **syl = p1 ? g_strsplit (p1, " ", -1) : NULL;
      if (syl && g_strv_length (syl) == (guint) n) {
        gboolean han_only = TRUE;
        for (const char *p = norm; *p; p = g_utf8_next_char (p))
          han_only = han_only && ng_lingua_is_han (g_utf8_get_char (p));
        if (han_only) {
          char *given = g_strjoinv ("", syl + 1);
          k = g_strconcat (syl[0], "-", given, NULL);
          g_free (given);
        }
      }
      g_strfreev (syl);
      g_free (p1);
    }
    g_free (norm);
    if (k)
      return k;
    char *slug = ng_lingua_slug (name);
    if (!*slug)
      g_clear_pointer (&slug, g_free);
    return slug;
  }
  return latin_person_key (name);
}

/* SPDX-License-Identifier: MIT */
/* data.c: the compiled-in data of src/lingua/ (GResource) and the character
 * tables made from it: readings (Unihan kMandarin), traditional ->
 * simplified (Unihan kSimplifiedVariant) and surnames.  The tables are
 * built once, under g_once, and are read-only afterwards, so lookups need
 * no lock.  Also the small text helpers the other files share. */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"
#include "src/lingua/lingua-resources.h"

#define RESOURCE_PREFIX "/org/newsgraph/lingua/"

GBytes *
ng_lingua_resource (const char *name)
{
  char *path = g_strconcat (RESOURCE_PREFIX, name, NULL);
  GError *err = NULL;
  GBytes *b = g_resource_lookup_data (ng_lingua_get_resource (), path,
                                      G_RESOURCE_LOOKUP_FLAGS_NONE, &err);
  if (!b)
    g_error ("lingua: missing compiled-in data %s: %s", path, err->message);
  g_free (path);
  return b;
}

void
ng_lingua_foreach_line (const char *name, NgLinguaLineFunc fn, gpointer data)
{
  GBytes *b = ng_lingua_resource (name);
  gsize n;
  const char *text = g_bytes_get_data (b, &n);
  const char *end = text + n;
  for (const char *p = text; p < end;) {
    const char *nl = memchr (p, '\n', (size_t) (end - p));
    const char *eol = nl ? nl : end;
    if (eol > p && *p != '#') {
      char *line = g_strndup (p, (gsize) (eol - p));
      g_strchomp (line);
      if (*line) {
        char **f = g_strsplit (line, "\t", -1);
        fn (f, g_strv_length (f), data);
        g_strfreev (f);
      }
      g_free (line);
    }
    p = eol + 1;
  }
  g_bytes_unref (b);
}

gboolean
ng_lingua_is_han (gunichar c)
{
  return g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN
         && g_unichar_type (c) == G_UNICODE_OTHER_LETTER;
}

static const char *
reading_in (const NgLinguaTables *t, gunichar c)
{
  const char *r = g_hash_table_lookup (t->reading, GUINT_TO_POINTER (c));
  if (!r) {
    gpointer s = g_hash_table_lookup (t->t2s, GUINT_TO_POINTER (c));
    if (s)
      r = g_hash_table_lookup (t->reading, s);
  }
  if (!r)
    return NULL;
  /* ü: we spell it "u" (Lü -> "Lu"), as most English-language news does;
   * keys also accept "Lyu", "Lv" and "Lü" (see keys.c). */
  if (strcmp (r, "lv") == 0)
    return "lu";
  if (strcmp (r, "lve") == 0)
    return "lue";
  if (strcmp (r, "nv") == 0)
    return "nu";
  if (strcmp (r, "nve") == 0)
    return "nue";
  return r;
}

static void
load_pinyin (char **f, guint n, gpointer data)
{
  NgLinguaTables *t = data;
  if (n < 2)
    return;
  const char *reading = g_intern_string (f[0]);
  for (const char *p = f[1]; *p; p = g_utf8_next_char (p))
    g_hash_table_insert (t->reading, GUINT_TO_POINTER (g_utf8_get_char (p)),
                         (gpointer) reading);
  g_hash_table_add (t->syllables, (gpointer) reading);
}

static void
load_t2s (char **f, guint n, gpointer data)
{
  NgLinguaTables *t = data;
  if (n < 2)
    return;
  g_hash_table_insert (t->t2s, GUINT_TO_POINTER (g_utf8_get_char (f[0])),
                       GUINT_TO_POINTER (g_utf8_get_char (f[1])));
}

static void
load_surname (char **f, guint n, gpointer data)
{
  NgLinguaTables *t = data;
  const char *reading = NULL;
  if (n >= 2 && *f[1]) {
    reading = g_intern_string (f[1]);
  } else {
    /* Single character, customary reading. */
    gunichar c = g_utf8_get_char (f[0]);
    reading = reading_in (t, c);
  }
  if (!reading)
    return;
  const char *han = g_intern_string (f[0]);
  if (!g_hash_table_contains (t->surname, han))
    g_hash_table_insert (t->surname, (gpointer) han, (gpointer) reading);
  g_hash_table_add (t->surname_latin, (gpointer) reading);
}

static void
load_given (char **f, guint n, gpointer data)
{
  NgLinguaTables *t = data;
  if (n >= 2 && *f[1])
    g_hash_table_insert (t->given, GUINT_TO_POINTER (g_utf8_get_char (f[0])),
                         (gpointer) g_intern_string (f[1]));
}

static NgLinguaTables tables;

static gpointer
tables_init (gpointer unused)
{
  NgLinguaTables *t = &tables;
  t->reading = g_hash_table_new (g_direct_hash, g_direct_equal);
  t->t2s = g_hash_table_new (g_direct_hash, g_direct_equal);
  t->syllables = g_hash_table_new (g_str_hash, g_str_equal);
  t->surname = g_hash_table_new (g_str_hash, g_str_equal);
  t->surname_latin = g_hash_table_new (g_str_hash, g_str_equal);
  t->given = g_hash_table_new (g_direct_hash, g_direct_equal);
  ng_lingua_foreach_line ("pinyin.txt", load_pinyin, t);
  ng_lingua_foreach_line ("t2s.txt", load_t2s, t);
  ng_lingua_foreach_line ("t2s-extra.txt", load_t2s, t);
  /* Interjection "syllables" (m, n, hm) are not name syllables: without
   * them "xinmin" cannot split wrongly, and a stray "n" is not pinyin. */
  g_hash_table_remove (t->syllables, "m");
  g_hash_table_remove (t->syllables, "n");
  g_hash_table_remove (t->syllables, "hm");
  g_hash_table_remove (t->syllables, "ng");
  ng_lingua_foreach_line ("surnames.txt", load_surname, t);
  ng_lingua_foreach_line ("given-readings.txt", load_given, t);
  return t;
}

const NgLinguaTables *
ng_lingua_tables (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, tables_init, NULL);
}

const char *
ng_lingua_char_reading (gunichar c)
{
  return reading_in (ng_lingua_tables (), c);
}

char *
ng_lingua_normalize_zh (const char *s)
{
  char *nfkc = g_utf8_normalize (s, -1, G_NORMALIZE_NFKC);
  if (!nfkc)
    return NULL;
  char *simp = ng_lingua_to_simplified (nfkc);
  g_free (nfkc);
  return simp;
}

char *
ng_lingua_strip_accents (const char *s)
{
  char *nfkd = g_utf8_normalize (s, -1, G_NORMALIZE_NFKD);
  if (!nfkd)
    return g_strdup ("");
  GString *out = g_string_sized_new (strlen (nfkd));
  for (const char *p = nfkd; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    GUnicodeType ty = g_unichar_type (c);
    if (ty == G_UNICODE_NON_SPACING_MARK || ty == G_UNICODE_SPACING_MARK
        || ty == G_UNICODE_ENCLOSING_MARK)
      continue;
    g_string_append_unichar (out, c);
  }
  g_free (nfkd);
  return g_string_free (out, FALSE);
}

static gboolean
is_syllable (const NgLinguaTables *t, const char *s, gsize n)
{
  char buf[8];
  if (n == 0 || n >= sizeof buf)
    return FALSE;
  memcpy (buf, s, n);
  buf[n] = 0;
  return g_hash_table_contains (t->syllables, buf);
}

gboolean
ng_lingua_is_pinyin_word (const char *word)
{
  const NgLinguaTables *t = ng_lingua_tables ();
  gsize n = strlen (word);
  if (n == 0 || n > 64)
    return FALSE;
  /* ok[i]: word[0..i) splits into syllables. */
  gboolean ok[65] = { TRUE };
  for (gsize i = 1; i <= n; i++) {
    ok[i] = FALSE;
    for (gsize k = 1; k <= 6 && k <= i && !ok[i]; k++)
      ok[i] = ok[i - k] && is_syllable (t, word + i - k, k);
  }
  return ok[n];
}

void
ng_lingua_slug_append (GString *out, const char *s)
{
  char *plain = ng_lingua_strip_accents (s);
  gboolean sep = out->len > 0;
  for (const char *p = plain; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (c < 128 && g_ascii_isalnum (c)) {
      if (sep && out->len)
        g_string_append_c (out, '-');
      g_string_append_c (out, g_ascii_tolower ((char) c));
      sep = FALSE;
    } else if (c == '\'' || c == 0x2019 || c == 0x2018) {
      /* Apostrophes join: People's -> peoples, Xi'an -> xian. */
    } else if (ng_lingua_is_han (c)) {
      const char *r = ng_lingua_char_reading (c);
      if (out->len)
        g_string_append_c (out, '-');
      if (r)
        g_string_append (out, r);
      else
        g_string_append_printf (out, "u%04x", c);
      sep = TRUE;
    } else {
      sep = TRUE;
    }
  }
  g_free (plain);
}

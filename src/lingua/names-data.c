/* SPDX-License-Identifier: MIT */
/* names-data.c: the name data of src/lingua/ - curated organizations
 * (data/orgs.tsv), the bilingual lexicon (data/lexicon.tsv) and places
 * (data/places.tsv) - parsed once under g_once into read-only tables, and
 * the normalizations every lookup shares.  Split from orgnames.c, which
 * composes names from these tables; orgkeys.c and places.c use them too. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

/* Chinese for lookup: NFKC, simplified, without spaces, middle dots,
 * quotation marks and brackets. */
char *
ng_lingua_norm_zh (const char *s)
{
  char *n = ng_lingua_normalize_zh (s);
  if (!n)
    return NULL;
  GString *o = g_string_new (NULL);
  for (const char *p = n; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (g_unichar_isspace (c) || c == 0xb7 || c == 0x2022 || c == 0x2027 || c == 0x30fb
        || c == 0x2e31 || c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201f)
        || (c >= 0x300a && c <= 0x300f) || c == 0x300c)
      continue;
    g_string_append_unichar (o, c);
  }
  g_free (n);
  return g_string_free (o, FALSE);
}

/* English for lookup: accents off, "&" -> "and", lowercase words of
 * letters and digits (apostrophes join), single spaces, no leading "the",
 * no trailing possessive. */
char *
ng_lingua_fold_en (const char *s)
{
  char *plain = ng_lingua_strip_accents (s);
  GString *o = g_string_new (NULL);
  gboolean sep = FALSE;
  for (const char *p = plain; *p; p++) {
    unsigned char c = (unsigned char) *p;
    if (g_ascii_isalnum (c)) {
      if (sep && o->len)
        g_string_append_c (o, ' ');
      g_string_append_c (o, g_ascii_tolower ((char) c));
      sep = FALSE;
    } else if (c == '&') {
      if (o->len)
        g_string_append_c (o, ' ');
      g_string_append (o, "and");
      sep = TRUE;
    } else if (c == '\'' || c == 0xe2) {
      /* ASCII apostrophe, or the lead byte of U+2019 (skip its tail). */
      if (c == 0xe2 && p[1] && p[2])
        p += 2;
    } else {
      sep = TRUE;
    }
  }
  g_free (plain);
  if (g_str_has_prefix (o->str, "the "))
    g_string_erase (o, 0, 4);
  /* "Tencent's" -> "tencent": a possessive ends the name only. */
  if (o->len > 2 && g_str_has_suffix (o->str, "s")) {
    /* Only when the source had an apostrophe right before the final s. */
    gsize n = strlen (s);
    if ((n >= 2 && s[n - 2] == '\'' && s[n - 1] == 's')
        || (n >= 4 && g_str_has_suffix (s, "\xe2\x80\x99s")))
      g_string_truncate (o, o->len - 1);
  }
  return g_string_free (o, FALSE);
}

gboolean
ng_lingua_has_han (const char *s)
{
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (ng_lingua_is_han (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

static Entry *
entry_new (SegKind kind, const char *en, const char *national, const char *owned)
{
  Entry *e = g_new0 (Entry, 1);
  e->kind = kind;
  e->en = g_intern_string (en);
  e->national = national && *national && strcmp (national, "-") != 0
                  ? g_intern_string (national) : NULL;
  e->owned = owned && *owned && strcmp (owned, "-") != 0 ? g_intern_string (owned) : NULL;
  return e;
}

static void
add_seg (NgLinguaOrgs *d, const char *zh, Entry *e)
{
  char *k = ng_lingua_norm_zh (zh);
  if (!k || !*k || g_hash_table_contains (d->segs, k)) {
    g_free (k);
    g_free (e);
    return;
  }
  guint n = (guint) g_utf8_strlen (k, -1);
  if (n > d->max_seg)
    d->max_seg = n;
  g_hash_table_insert (d->segs, k, e);
}

static void
add_known (NgLinguaOrgs *d, const char *zh, int kind, const char *en, gboolean is_alias)
{
  if (!zh || !*zh || g_hash_table_contains (d->known, zh))
    return;
  /* Two-character aliases (北大, 南大, 中大) hide inside ordinary text too
   * often (东南大学, 中大型) to be looked for in running text; they still
   * work as whole names. */
  if (is_alias && g_utf8_strlen (zh, -1) <= 2)
    return;
  KnownName *k = g_new (KnownName, 1);
  k->kind = kind;
  k->en = en;
  k->is_alias = is_alias;
  g_hash_table_insert (d->known, g_strdup (zh), k);
  guint n = (guint) g_utf8_strlen (zh, -1);
  if (n > d->max_known)
    d->max_known = n;
}

static void
load_org (char **f, guint n, gpointer data)
{
  NgLinguaOrgs *d = data;
  if (n < 2 || !*f[0] || !*f[1])
    return;
  const char *en = g_intern_string (f[0]);
  char *zh = ng_lingua_norm_zh (f[1]);
  char *fen = ng_lingua_fold_en (en);
  g_hash_table_insert (d->zh2en, g_strdup (zh), (gpointer) en);
  add_known (d, zh, NG_LINGUA_KNOWN_ORG, en, FALSE);
  g_hash_table_insert (d->en2en, g_strdup (fen), (gpointer) en);
  g_hash_table_insert (d->en2zh, fen, (gpointer) g_intern_string (f[1]));
  g_hash_table_add (d->surface_en, g_strdup (en));
  add_seg (d, zh, entry_new (SEG_ORG, en, NULL, NULL));
  g_free (zh);
  if (n < 3)
    return;
  char **al = g_strsplit (f[2], "|", -1);
  for (char **a = al; *a; a++) {
    if (!**a)
      continue;
    if (ng_lingua_has_han (*a)) {
      char *z = ng_lingua_norm_zh (*a);
      add_known (d, z, NG_LINGUA_KNOWN_ORG, en, TRUE);
      g_hash_table_insert (d->zh2en, z, (gpointer) en);
    } else {
      g_hash_table_insert (d->en2en, ng_lingua_fold_en (*a), (gpointer) en);
      g_hash_table_add (d->surface_en, g_strdup (*a));
    }
  }
  g_strfreev (al);
}

static void
load_lexicon (char **f, guint n, gpointer data)
{
  NgLinguaOrgs *d = data;
  if (n < 2)
    return;
  SegKind k = strstr (f[1], "{}") ? SEG_HEAD : SEG_WORD;
  add_seg (d, f[0], entry_new (k, f[1], n > 2 ? f[2] : NULL, n > 3 ? f[3] : NULL));
}

static void
load_place (char **f, guint n, gpointer data)
{
  NgLinguaOrgs *d = data;
  if (n < 3)
    return;
  const char *en = g_intern_string (f[1]);
  Entry *e = entry_new (SEG_PLACE, en, f[2], NULL);
  char *zh = ng_lingua_norm_zh (f[0]);
  g_hash_table_insert (d->places, g_strdup (zh), e);
  add_seg (d, zh, entry_new (SEG_PLACE, en, f[2], NULL));
  add_known (d, zh, NG_LINGUA_KNOWN_PLACE, en, FALSE);
  g_free (zh);
  g_hash_table_insert (d->place_en, ng_lingua_fold_en (en), (gpointer) en);
  g_hash_table_add (d->surface_en, g_strdup (en));
  if (strcmp (f[2], "country") != 0 && strcmp (f[2], "continent") != 0)
    g_hash_table_add (d->place_local, ng_lingua_fold_en (en));
  if (n < 4)
    return;
  char **al = g_strsplit (f[3], "|", -1);
  for (char **a = al; *a; a++) {
    if (!**a)
      continue;
    if (ng_lingua_has_han (*a)) {
      char *z = ng_lingua_norm_zh (*a);
      add_known (d, z, NG_LINGUA_KNOWN_PLACE, en, TRUE);
      g_hash_table_insert (d->places, z, entry_new (SEG_PLACE, en, f[2], NULL));
    } else {
      g_hash_table_insert (d->place_en, ng_lingua_fold_en (*a), (gpointer) en);
      g_hash_table_add (d->surface_en, g_strdup (*a));
    }
  }
  g_strfreev (al);
}

static NgLinguaOrgs org_data;

static gpointer
org_data_init (gpointer unused)
{
  NgLinguaOrgs *d = &org_data;
  d->zh2en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->en2en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->en2zh = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->segs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->place_en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->surface_en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->place_local = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Curated names first: as segments they win over lexicon words. */
  ng_lingua_foreach_line ("orgs.tsv", load_org, d);
  ng_lingua_foreach_line ("places.tsv", load_place, d);
  ng_lingua_foreach_line ("lexicon.tsv", load_lexicon, d);
  static const char *const suffixes[] = { "省", "市", "县", "区", "自治区", "特别行政区", NULL };
  for (const char *const *s = suffixes; *s; s++)
    add_seg (d, *s, entry_new (SEG_SUFFIX, *s, NULL, NULL));
  return d;
}

const NgLinguaOrgs *
ng_lingua_orgs (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, org_data_init, NULL);
}

void
ng_lingua_init (void)
{
  ng_lingua_tables ();
  ng_lingua_orgs ();
}

char *
ng_lingua_pinyin_word (const char *han)
{
  GString *o = g_string_new (NULL);
  for (const char *p = han; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (ng_lingua_is_han (c)) {
      const char *r = ng_lingua_char_reading (c);
      if (!r) {
        g_string_free (o, TRUE);
        return NULL;
      }
      /* Pinyin's syllable-dividing apostrophe: Xi'an, Tian'anmen. */
      if (o->len && g_ascii_isalpha (o->str[o->len - 1]) && strchr ("aoe", r[0]))
        g_string_append_c (o, '\'');
      g_string_append (o, r);
    } else {
      g_string_append_unichar (o, c);
    }
  }
  if (o->len)
    o->str[0] = g_ascii_toupper (o->str[0]);
  return g_string_free (o, FALSE);
}


const char *
ng_lingua_lookup_en (const NgLinguaOrgs *d, const char *folded)
{
  const char *canon = g_hash_table_lookup (d->en2en, folded);
  if (canon)
    return canon;
  /* A China qualifier in front or behind: "China's Ministry of Civil
   * Affairs", "Ministry of Civil Affairs of China".  Tried only after the
   * whole name, so "Red Cross Society of China" stays itself. */
  static const char *const heads[] = { "chinas ", "chinese ", "china ", NULL };
  static const char *const tails[] = { " of peoples republic of china", " of china", " in china", NULL };
  for (guint i = 0; heads[i]; i++)
    if (g_str_has_prefix (folded, heads[i])
        && (canon = g_hash_table_lookup (d->en2en, folded + strlen (heads[i]))))
      return canon;
  for (guint i = 0; tails[i]; i++)
    if (g_str_has_suffix (folded, tails[i]) && strlen (folded) > strlen (tails[i])) {
      char *t = g_strndup (folded, strlen (folded) - strlen (tails[i]));
      canon = g_hash_table_lookup (d->en2en, t);
      g_free (t);
      if (canon)
        return canon;
    }
  return NULL;
}

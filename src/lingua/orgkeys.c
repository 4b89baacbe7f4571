/* SPDX-License-Identifier: MIT */
/* orgkeys.c: matching keys for organization names (ng_lingua_org_key).
 * Split from orgnames.c: keys are English-side normalizations (aliases to
 * the official name, legal suffixes, synonyms), while orgnames.c
 * translates. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

/* A key for a Chinese name with no English: each run of Han characters is
 * one pinyin word, each run of Latin letters and digits another (艾问iAsk
 * -> "aiwen-iask", 西湖汇 -> "xihuhui"), which is how such names are
 * written in English text. */
static char *
run_key (const char *norm)
{
  GString *o = g_string_new (NULL);
  int last = 0; /* 0 break, 1 Han, 2 Latin */
  for (const char *p = norm; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    const char *r = ng_lingua_is_han (c) ? ng_lingua_char_reading (c) : NULL;
    int cur = r ? 1 : (c < 128 && g_ascii_isalnum (c)) ? 2 : 0;
    if (cur && last != cur && o->len)
      g_string_append_c (o, '-');
    if (cur == 1)
      g_string_append (o, r);
    else if (cur == 2)
      g_string_append_c (o, g_ascii_tolower ((char) c));
    last = cur;
  }
  if (!o->len) {
    g_string_free (o, TRUE);
    return NULL;
  }
  return g_string_free (o, FALSE);
}


static const char *const generic_suffixes[] = {
  "group", "holdings", "holding", "co", "company", "corp", "corporation", "inc",
  "incorporated", "ltd", "limited", "llc", "plc", NULL
};

/* Words dropped anywhere but alone: "Shenzhen Municipal Government" and
 * "Shenzhen Government" name one body. */
static const char *const level_words[] = { "municipal", "provincial", NULL };

/* Word sequences that name one thing in several ways, replaced in keys:
 * the Party's names, and 省人民政府 = 省政府 (the People's Government of
 * a province or city is its government). */
static const struct { const char *from, *to; } key_synonyms[] = {
  { "communist party of china", "cpc" },
  { "chinese communist party", "cpc" },
  { "ccp", "cpc" },
  { "peoples government", "government" },
  { NULL, NULL }
};

/* Formal tails that add nothing to a name ("Ministry of Civil Affairs of
 * the People's Republic of China" is the Ministry of Civil Affairs). */
static const char *const formal_tails[] = {
  " of peoples republic of china", " of prc", NULL
};

static void
replace_words (GString *s, const char *from, const char *to)
{
  gsize n = strlen (from);
  for (gsize at = 0; at + n <= s->len;) {
    char *hit = strstr (s->str + at, from);
    if (!hit)
      break;
    gsize i = (gsize) (hit - s->str);
    gboolean starts = i == 0 || s->str[i - 1] == ' ';
    gboolean ends = s->str[i + n] == 0 || s->str[i + n] == ' ';
    if (starts && ends) {
      g_string_erase (s, (gssize) i, (gssize) n);
      g_string_insert (s, (gssize) i, to);
      at = i + strlen (to);
    } else {
      at = i + 1;
    }
  }
}

static const char *const legal_words[] = {
  "co", "ltd", "limited", "inc", "incorporated", "corporation", "corp", "company",
  "group", "holdings", "holding", "llc", "plc", NULL
};
static const char *const industry_tails[] = {
  " science and technology", " information technology", " network technology",
  " computer systems", " technologies", " technology", " network", " internet",
  " e commerce", " software", " communications", " telecommunications", NULL
};

/* A company's key is its brand: "Beijing ByteDance Technology Co., Ltd."
 * is ByteDance, "Beijing Yihualu Information Technology Co., Ltd." is
 * Yihualu.  When f (folded) ends in a legal form, the legal form, an
 * industry word before it and a leading Chinese place below country level
 * are cut; the rest is the brand, mapped to its curated name when there is
 * one.  Returns the name to key (caller frees) or NULL when f is not a
 * company name of that shape. */
static char *
english_company_core (const NgLinguaOrgs *d, const char *f)
{
  GString *s = g_string_new (f);
  char *res = NULL;
  gboolean legal = FALSE, more = FALSE;
  for (;;) {
    const char *sp = strrchr (s->str, ' ');
    if (!sp || !g_strv_contains (legal_words, sp + 1))
      break;
    g_string_truncate (s, (gsize) (sp - s->str));
    legal = TRUE;
  }
  if (!legal)
    goto done;
  for (guint i = 0; industry_tails[i]; i++)
    if (g_str_has_suffix (s->str, industry_tails[i]) && s->len > strlen (industry_tails[i])) {
      g_string_truncate (s, s->len - strlen (industry_tails[i]));
      more = TRUE;
      break;
    }
  /* A leading place of one or two words ("Beijing", "Hong Kong"). */
  for (int n = 2; n >= 1; n--) {
    const char *p = s->str;
    for (int k = 0; k < n && p; k++) {
      p = strchr (p, ' ');
      if (p)
        p++;
    }
    if (!p || !*p)
      continue;
    char *place = g_strndup (s->str, (gsize) (p - 1 - s->str));
    gboolean is_place = g_hash_table_contains (d->place_local, place);
    g_free (place);
    if (is_place) {
      g_string_erase (s, 0, p - s->str);
      more = TRUE;
      break;
    }
  }
  const char *canon = ng_lingua_lookup_en (d, s->str);
  if (canon)
    res = g_strdup (canon);
  else if (more)
    res = g_strdup (s->str);
done:
  g_string_free (s, TRUE);
  return res;
}

static char *
key_of_english (const char *en)
{
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  char *f = ng_lingua_fold_en (en);
  const char *canon = ng_lingua_lookup_en (d, f);
  char *core = canon ? NULL : english_company_core (d, f);
  if (canon || core) {
    g_free (f);
    f = ng_lingua_fold_en (canon ? canon : core);
    g_free (core);
  }
  GString *fs = g_string_new (f);
  g_free (f);
  for (guint i = 0; key_synonyms[i].from; i++)
    replace_words (fs, key_synonyms[i].from, key_synonyms[i].to);
  /* "the" anywhere: "Standing Committee of the X" = "Standing Committee of X". */
  replace_words (fs, "the", "");
  char **w0 = g_strsplit (fs->str, " ", -1);
  g_string_free (fs, TRUE);
  GString *joined = g_string_new (NULL);
  for (char **x = w0; *x; x++)
    if (**x) {
      if (joined->len)
        g_string_append_c (joined, ' ');
      g_string_append (joined, *x);
    }
  g_strfreev (w0);
  for (guint i = 0; formal_tails[i]; i++)
    if (g_str_has_suffix (joined->str, formal_tails[i])
        && joined->len > strlen (formal_tails[i]))
      g_string_truncate (joined, joined->len - strlen (formal_tails[i]));
  /* 中国X has three English renderings, "China X", "Chinese X" and "X of
   * China" (中国红十字基金会: "Chinese Red Cross Foundation", "Red Cross
   * Foundation of China"); keys use the first. */
  if (g_str_has_prefix (joined->str, "chinese ") && joined->len > 8) {
    g_string_erase (joined, 0, 8);
    g_string_prepend (joined, "china ");
  } else if (g_str_has_suffix (joined->str, " of china") && joined->len > 9
             && !g_str_has_prefix (joined->str, "china ")) {
    g_string_truncate (joined, joined->len - 9);
    g_string_prepend (joined, "china ");
  }
  char **w = g_strsplit (joined->str, " ", -1);
  g_string_free (joined, TRUE);
  guint n = g_strv_length (w);
  while (n > 1 && g_strv_contains (generic_suffixes, w[n - 1])) {
    g_free (w[n - 1]);
    w[--n] = NULL;
  }
  GString *k = g_string_new (NULL);
  for (guint i = 0; i < n; i++) {
    if (n > 1 && g_strv_contains (level_words, w[i]))
      continue;
    if (k->len)
      g_string_append_c (k, '-');
    g_string_append (k, w[i]);
  }
  g_strfreev (w);
  if (!k->len) {
    g_string_free (k, TRUE);
    return NULL;
  }
  return g_string_free (k, FALSE);
}

char *
ng_lingua_org_key (const char *name)
{
  NG_LINGUA_MAKE_VALID (name);
  if (!name)
    return NULL;
  if (ng_lingua_has_han (name)) {
    char *en = ng_lingua_org_name_en (name);
    if (en) {
      char *k = key_of_english (en);
      g_free (en);
      return k;
    }
    char *norm = ng_lingua_norm_zh (name);
    char *k = norm ? run_key (norm) : NULL;
    g_free (norm);
    return k;
  }
  return key_of_english (name);
}


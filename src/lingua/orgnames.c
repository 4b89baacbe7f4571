/* SPDX-License-Identifier: MIT */
/* orgnames.c: English names of Chinese organization names, and back.
 *
 * First the curated official names (data/orgs.tsv, with their aliases);
 * failing that, the English name is COMPOSED from the lexicon of general
 * correspondences (data/lexicon.tsv), the place names (data/places.tsv) and
 * the curated names used as building blocks.  Composition rules:
 *
 *  1. Segment the normalized name (NFKC, simplified, no spaces, dots or
 *     quotes) by greedy longest match over the lexicon, the places and the
 *     curated Chinese names.  Characters that match nothing form runs that
 *     are proper names, rendered in pinyin as one capitalized word (西湖汇
 *     -> "Xihuhui").  A place followed by an administrative suffix (省, 市,
 *     县, 区) becomes its adjective when more follows ("Zhejiang
 *     Provincial", "Nantong Municipal", "Jinhua County").
 *  2. Words accumulate left to right.  A head (a kind of body, with "{}" in
 *     its English) closes a unit, with the words since the last head in
 *     place of "{}": 中国互联网发展基金会 -> "China Internet Development
 *     Foundation"; 民政部 -> "Ministry of Civil Affairs".  When a head's
 *     English begins with its own words ("Ministry of {}", "Department of
 *     {}"), places and named bodies at the front stay in front: 浙江省民政厅
 *     -> "Zhejiang Provincial Department of Civil Affairs".
 *  3. A unit before the head is its owner, written first: 北京大学新闻学院
 *     -> "Peking University School of Journalism"; a head with no words of
 *     its own takes the owner inside: 浙江省人大常委会 -> "Standing Committee
 *     of Zhejiang Provincial People's Congress".
 *  4. A name starting with 国家 uses a head's national form (国家X局 ->
 *     "National X Administration").
 *  5. The result needs at least one head or curated name; a string of
 *     words or unknown characters alone gives NULL.
 * Chinese word order mostly survives into English because most heads are
 * suffixes in both languages. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

typedef enum {
  SEG_WORD,    /* lexicon word: English in place */
  SEG_HEAD,    /* lexicon head: English pattern with {} */
  SEG_ORG,     /* a curated organization (canonical Chinese name) */
  SEG_PLACE,   /* a listed place */
  SEG_SUFFIX,  /* an administrative suffix 省 市 县 区 */
  SEG_UNKNOWN, /* run of unknown characters, as pinyin */
} SegKind;

typedef struct {
  SegKind kind;
  const char *en;       /* word, pattern, org or place English */
  const char *national; /* head: pattern after 国家, or NULL */
  const char *owned;    /* head: pattern after an owner, or NULL */
} Entry;

typedef struct {
  GHashTable *zh2en;   /* normalized Chinese name or alias -> canonical English */
  GHashTable *en2en;   /* folded English name or alias -> canonical English */
  GHashTable *en2zh;   /* folded canonical English -> Chinese name */
  GHashTable *segs;    /* Chinese word -> Entry (lexicon, places, curated names) */
  GHashTable *places;  /* normalized Chinese place -> Entry (kind in national: "province"...) */
  GHashTable *place_en; /* folded English place or alias -> canonical English */
  guint max_seg;       /* longest key of segs, in characters */
} OrgData;

/* Chinese for lookup: NFKC, simplified, without spaces, middle dots,
 * quotation marks and brackets. */
static char *
norm_zh (const char *s)
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
static char *
fold_en (const char *s)
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

static gboolean
is_han_string (const char *s)
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
add_seg (OrgData *d, const char *zh, Entry *e)
{
  char *k = norm_zh (zh);
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
load_org (char **f, guint n, gpointer data)
{
  OrgData *d = data;
  if (n < 2 || !*f[0] || !*f[1])
    return;
  const char *en = g_intern_string (f[0]);
  char *zh = norm_zh (f[1]);
  char *fen = fold_en (en);
  g_hash_table_insert (d->zh2en, g_strdup (zh), (gpointer) en);
  g_hash_table_insert (d->en2en, g_strdup (fen), (gpointer) en);
  g_hash_table_insert (d->en2zh, fen, (gpointer) g_intern_string (f[1]));
  add_seg (d, zh, entry_new (SEG_ORG, en, NULL, NULL));
  g_free (zh);
  if (n < 3)
    return;
  char **al = g_strsplit (f[2], "|", -1);
  for (char **a = al; *a; a++) {
    if (!**a)
      continue;
    if (is_han_string (*a))
      g_hash_table_insert (d->zh2en, norm_zh (*a), (gpointer) en);
    else
      g_hash_table_insert (d->en2en, fold_en (*a), (gpointer) en);
  }
  g_strfreev (al);
}

static void
load_lexicon (char **f, guint n, gpointer data)
{
  OrgData *d = data;
  if (n < 2)
    return;
  SegKind k = strstr (f[1], "{}") ? SEG_HEAD : SEG_WORD;
  add_seg (d, f[0], entry_new (k, f[1], n > 2 ? f[2] : NULL, n > 3 ? f[3] : NULL));
}

static void
load_place (char **f, guint n, gpointer data)
{
  OrgData *d = data;
  if (n < 3)
    return;
  const char *en = g_intern_string (f[1]);
  Entry *e = entry_new (SEG_PLACE, en, f[2], NULL);
  char *zh = norm_zh (f[0]);
  g_hash_table_insert (d->places, g_strdup (zh), e);
  add_seg (d, zh, entry_new (SEG_PLACE, en, f[2], NULL));
  g_free (zh);
  g_hash_table_insert (d->place_en, fold_en (en), (gpointer) en);
  if (n < 4)
    return;
  char **al = g_strsplit (f[3], "|", -1);
  for (char **a = al; *a; a++) {
    if (!**a)
      continue;
    if (is_han_string (*a)) {
      char *z = norm_zh (*a);
      g_hash_table_insert (d->places, z, entry_new (SEG_PLACE, en, f[2], NULL));
    } else {
      g_hash_table_insert (d->place_en, fold_en (*a), (gpointer) en);
    }
  }
  g_strfreev (al);
}

static OrgData org_data;

static gpointer
org_data_init (gpointer unused)
{
  OrgData *d = &org_data;
  d->zh2en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->en2en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->en2zh = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  d->segs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  d->place_en = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* Curated names first: as segments they win over lexicon words. */
  ng_lingua_foreach_line ("orgs.tsv", load_org, d);
  ng_lingua_foreach_line ("places.tsv", load_place, d);
  ng_lingua_foreach_line ("lexicon.tsv", load_lexicon, d);
  static const char *const suffixes[] = { "省", "市", "县", "区", "自治区", "特别行政区", NULL };
  for (const char *const *s = suffixes; *s; s++)
    add_seg (d, *s, entry_new (SEG_SUFFIX, *s, NULL, NULL));
  return d;
}

static const OrgData *
orgs (void)
{
  static GOnce once = G_ONCE_INIT;
  return g_once (&once, org_data_init, NULL);
}

/* ---- composition */

typedef struct {
  SegKind kind;
  const Entry *e; /* NULL for SEG_UNKNOWN */
  char *text;     /* English text of the segment (owned) */
  char *zh;       /* the Chinese it came from (owned) */
} Seg;

static void
seg_clear (gpointer p)
{
  Seg *s = p;
  g_free (s->text);
  g_free (s->zh);
}

static char *
pinyin_word (const char *han)
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

static const char *
suffix_adjective (const char *zh)
{
  if (strcmp (zh, "省") == 0)
    return "Provincial";
  if (strcmp (zh, "市") == 0)
    return "Municipal";
  if (strcmp (zh, "县") == 0)
    return "County";
  if (strcmp (zh, "区") == 0)
    return "District";
  return NULL; /* 自治区, 特别行政区: the bare name */
}

/* Splits norm into segments; FALSE if a character has no reading. */
static gboolean
segment (const OrgData *d, const char *norm, GArray *segs)
{
  glong n = g_utf8_strlen (norm, -1);
  const char **pos = g_new (const char *, n + 1);
  glong i = 0;
  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    pos[i++] = p;
  pos[n] = norm + strlen (norm);
  GString *unknown = g_string_new (NULL);
  gboolean ok = TRUE;
  for (i = 0; i < n && ok;) {
    const Entry *best = NULL;
    glong best_len = 0;
    for (glong len = MIN ((glong) d->max_seg, n - i); len >= 1 && !best; len--) {
      char *k = g_strndup (pos[i], (gsize) (pos[i + len] - pos[i]));
      const Entry *e = g_hash_table_lookup (d->segs, k);
      g_free (k);
      /* A single-character head or suffix does not start a name or cut
       * into an unknown run's middle unless something follows... keep
       * simple: accept it. */
      if (e) {
        best = e;
        best_len = len;
      }
    }
    if (!best) {
      g_string_append_len (unknown, pos[i], pos[i + 1] - pos[i]);
      i++;
      continue;
    }
    if (unknown->len) {
      Seg s = { SEG_UNKNOWN, NULL, pinyin_word (unknown->str), g_strdup (unknown->str) };
      if (!s.text)
        ok = FALSE;
      g_array_append_val (segs, s);
      g_string_truncate (unknown, 0);
    }
    Seg s = { best->kind, best, g_strdup (best->en),
              g_strndup (pos[i], (gsize) (pos[i + best_len] - pos[i])) };
    g_array_append_val (segs, s);
    i += best_len;
  }
  if (ok && unknown->len) {
    Seg s = { SEG_UNKNOWN, NULL, pinyin_word (unknown->str), g_strdup (unknown->str) };
    if (!s.text)
      ok = FALSE;
    g_array_append_val (segs, s);
  }
  g_string_free (unknown, TRUE);
  g_free (pos);
  return ok;
}

static char *
apply (const char *pattern, const char *inside)
{
  const char *at = strstr (pattern, "{}");
  GString *o = g_string_new (NULL);
  g_string_append_len (o, pattern, at - pattern);
  if (inside && *inside)
    g_string_append (o, inside);
  g_string_append (o, at + 2);
  /* Collapse the doubled or edge spaces an empty inside leaves. */
  char *s = g_string_free (o, FALSE);
  char **w = g_strsplit (g_strstrip (s), " ", -1);
  GString *r = g_string_new (NULL);
  for (char **x = w; *x; x++)
    if (**x) {
      if (r->len)
        g_string_append_c (r, ' ');
      g_string_append (r, *x);
    }
  g_strfreev (w);
  g_free (s);
  return g_string_free (r, FALSE);
}

static void
join_to (GString *o, const char *w)
{
  if (!w || !*w)
    return;
  if (o->len)
    g_string_append_c (o, ' ');
  g_string_append (o, w);
}

static char *
compose (const OrgData *d, const char *norm)
{
  GArray *segs = g_array_new (FALSE, TRUE, sizeof (Seg));
  g_array_set_clear_func (segs, seg_clear);
  char *res = NULL;
  if (!segment (d, norm, segs) || segs->len == 0)
    goto done;

  /* Places with a suffix: adjective when more follows. */
  for (guint i = 0; i < segs->len; i++) {
    Seg *s = &g_array_index (segs, Seg, i);
    if (s->kind != SEG_SUFFIX)
      continue;
    Seg *prev = i > 0 ? &g_array_index (segs, Seg, i - 1) : NULL;
    const char *adj = suffix_adjective (s->zh);
    if (prev && (prev->kind == SEG_PLACE || prev->kind == SEG_UNKNOWN)) {
      if (i + 1 < segs->len && adj) {
        char *t = g_strconcat (prev->text, " ", adj, NULL);
        g_free (prev->text);
        prev->text = t;
      }
      prev->kind = SEG_PLACE;
      g_free (s->text);
      s->text = g_strdup ("");
      s->kind = SEG_WORD;
    } else {
      g_free (s->text);
      s->text = g_strdup (adj ? adj : "");
      s->kind = SEG_WORD;
    }
  }

  gboolean national = strcmp (g_array_index (segs, Seg, 0).zh, "国家") == 0;
  gboolean any_structure = FALSE;
  GString *owner = g_string_new (NULL);
  GPtrArray *mods = g_ptr_array_new (); /* Seg*, borrowed */
  for (guint i = 0; i < segs->len; i++) {
    Seg *s = &g_array_index (segs, Seg, i);
    if (s->kind == SEG_ORG)
      any_structure = TRUE;
    if (s->kind != SEG_HEAD) {
      if (strcmp (s->text, "~") != 0)
        g_ptr_array_add (mods, s);
      continue;
    }
    any_structure = TRUE;
    const char *pat = s->e->en;
    if (national && s->e->national)
      pat = s->e->national;
    else if ((owner->len || (mods->len && ((Seg *) mods->pdata[0])->kind == SEG_ORG))
             && s->e->owned)
      pat = s->e->owned;
    gboolean prefix_pat = !g_str_has_prefix (pat, "{}");
    /* Prefix patterns keep leading places and named bodies in front. */
    GString *front = g_string_new (NULL), *inside = g_string_new (NULL);
    guint j = 0;
    if (prefix_pat)
      for (; j < mods->len; j++) {
        Seg *m = mods->pdata[j];
        if (m->kind != SEG_PLACE && m->kind != SEG_ORG && m->kind != SEG_UNKNOWN)
          break;
        join_to (front, m->text);
      }
    for (; j < mods->len; j++)
      join_to (inside, ((Seg *) mods->pdata[j])->text);
    char *unit;
    if (inside->len == 0 && front->len == 0 && owner->len) {
      /* 人大常委会: the head takes the owner inside. */
      unit = apply (pat, owner->str);
      g_string_truncate (owner, 0);
    } else if (inside->len == 0 && front->len && prefix_pat) {
      unit = apply (pat, front->str);
      g_string_truncate (front, 0);
    } else {
      unit = apply (pat, inside->str);
    }
    join_to (owner, front->str);
    join_to (owner, unit);
    g_free (unit);
    g_string_free (front, TRUE);
    g_string_free (inside, TRUE);
    g_ptr_array_set_size (mods, 0);
  }
  for (guint j = 0; j < mods->len; j++)
    join_to (owner, ((Seg *) mods->pdata[j])->text);
  g_ptr_array_free (mods, TRUE);
  if (any_structure && owner->len)
    res = g_string_free (owner, FALSE);
  else
    g_string_free (owner, TRUE);
done:
  g_array_free (segs, TRUE);
  return res;
}

/* Chinese company names are [place][brand][industry][legal form]
 * (北京字节跳动科技有限公司); when the brand is a curated company, the
 * name is that company: the legal entity of the brand, not another body. */
static const char *const legal_forms[] = {
  "股份有限公司", "有限责任公司", "集团有限公司", "控股有限公司", "有限公司",
  "集团公司", "控股", "集团", "公司", NULL
};
static const char *const industries[] = {
  "网络科技", "信息技术", "计算机系统", "科技", "技术", "网络", "信息", "通信",
  "电子商务", "文化传媒", "传媒", "软件", NULL
};

static const char *
strip_suffix_in (char *s, const char *const *list)
{
  for (const char *const *x = list; *x; x++)
    if (g_str_has_suffix (s, *x) && strlen (s) > strlen (*x)) {
      s[strlen (s) - strlen (*x)] = 0;
      return *x;
    }
  return NULL;
}

static const char *
company_core (const OrgData *d, const char *norm)
{
  char *s = g_strdup (norm);
  const char *en = NULL;
  if (!strip_suffix_in (s, legal_forms))
    goto done;
  if ((en = g_hash_table_lookup (d->zh2en, s)))
    goto done;
  strip_suffix_in (s, industries);
  if ((en = g_hash_table_lookup (d->zh2en, s)))
    goto done;
  /* A leading place, with or without 市/省. */
  for (glong n = 4; n >= 2 && !en; n--) {
    if (g_utf8_strlen (s, -1) <= n)
      continue;
    char *end = g_utf8_offset_to_pointer (s, n);
    char *head = g_strndup (s, (gsize) (end - s));
    if (g_hash_table_contains (d->places, head)) {
      if (g_str_has_prefix (end, "市") || g_str_has_prefix (end, "省"))
        end += strlen ("市");
      en = g_hash_table_lookup (d->zh2en, end);
    }
    g_free (head);
  }
done:
  g_free (s);
  return en;
}

char *
ng_lingua_org_name_en (const char *zh_name)
{
  NG_LINGUA_MAKE_VALID (zh_name);
  if (!zh_name || !is_han_string (zh_name))
    return NULL;
  const OrgData *d = orgs ();
  char *norm = norm_zh (zh_name);
  if (!norm)
    return NULL;
  char *res = NULL;
  const char *en = g_hash_table_lookup (d->zh2en, norm);
  if (!en)
    en = company_core (d, norm);
  if (en)
    res = g_strdup (en);
  else
    res = compose (d, norm);
  g_free (norm);
  return res;
}

char *
ng_lingua_org_name_zh (const char *en_name)
{
  NG_LINGUA_MAKE_VALID (en_name);
  if (!en_name)
    return NULL;
  const OrgData *d = orgs ();
  char *f = fold_en (en_name);
  const char *canon = g_hash_table_lookup (d->en2en, f);
  g_free (f);
  if (!canon)
    return NULL;
  char *fc = fold_en (canon);
  const char *zh = g_hash_table_lookup (d->en2zh, fc);
  g_free (fc);
  return zh ? g_strdup (zh) : NULL;
}

/* ---- keys */

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

static char *
key_of_english (const char *en)
{
  const OrgData *d = orgs ();
  char *f = fold_en (en);
  const char *canon = g_hash_table_lookup (d->en2en, f);
  if (canon) {
    g_free (f);
    f = fold_en (canon);
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
  if (is_han_string (name)) {
    char *en = ng_lingua_org_name_en (name);
    if (en) {
      char *k = key_of_english (en);
      g_free (en);
      return k;
    }
    char *norm = norm_zh (name);
    char *k = norm ? run_key (norm) : NULL;
    g_free (norm);
    return k;
  }
  return key_of_english (name);
}

/* ---- places */

/* The ethnic groups most often named in autonomous areas (楚雄彝族自治州
 * -> "Chuxiong Yi Autonomous Prefecture"). */
static const struct { const char *zh, *en; } ethnic_groups[] = {
  { "彝族", "Yi" }, { "藏族", "Tibetan" }, { "回族", "Hui" }, { "苗族", "Miao" },
  { "壮族", "Zhuang" }, { "傣族", "Dai" }, { "白族", "Bai" }, { "哈尼族", "Hani" },
  { "土家族", "Tujia" }, { "蒙古族", "Mongol" }, { "朝鲜族", "Korean" },
  { "布依族", "Bouyei" }, { "侗族", "Dong" }, { "瑶族", "Yao" }, { "黎族", "Li" },
  { "哈萨克", "Kazak" }, { "维吾尔", "Uygur" }, { "羌族", "Qiang" }, { "傈僳族", "Lisu" },
  { "景颇族", "Jingpo" }, { "土家族苗族", "Tujia and Miao" }, { "苗族侗族", "Miao and Dong" },
  { "布依族苗族", "Bouyei and Miao" }, { "哈尼族彝族", "Hani and Yi" }, { NULL, NULL }
};

/* Cuts a trailing ethnic group off stem (in place); its English or NULL. */
static const char *
strip_ethnic (char *stem)
{
  const char *best = NULL;
  gsize best_len = 0;
  for (guint i = 0; ethnic_groups[i].zh; i++) {
    gsize n = strlen (ethnic_groups[i].zh);
    if (n > best_len && g_str_has_suffix (stem, ethnic_groups[i].zh) && strlen (stem) > n) {
      best = ethnic_groups[i].en;
      best_len = n;
    }
  }
  if (best)
    stem[strlen (stem) - best_len] = 0;
  return best;
}

static const char *const place_words[] = {
  "province", "city", "municipality", "county", "district", "prefecture", "town",
  "autonomous", "region", "special", "administrative", "sar", NULL
};

static gboolean
is_ethnic_en (const char *w)
{
  for (guint i = 0; ethnic_groups[i].zh; i++)
    if (g_ascii_strcasecmp (ethnic_groups[i].en, w) == 0)
      return TRUE;
  return FALSE;
}

char *
ng_lingua_place_name_en (const char *zh_name)
{
  NG_LINGUA_MAKE_VALID (zh_name);
  if (!zh_name || !is_han_string (zh_name))
    return NULL;
  const OrgData *d = orgs ();
  char *norm = norm_zh (zh_name);
  if (!norm || !*norm) {
    g_free (norm);
    return NULL;
  }
  static const struct { const char *zh, *en; } suf[] = {
    { "特别行政区", "" }, { "自治区", "" }, { "自治州", "Autonomous Prefecture" },
    { "自治县", "Autonomous County" }, { "省", "Province" }, { "市", "" },
    { "县", "County" }, { "区", "District" }, { "镇", "Town" }, { "乡", "Township" },
    { "村", "Village" }, { NULL, NULL }
  };
  char *res = NULL;
  const Entry *e = g_hash_table_lookup (d->places, norm);
  if (e) {
    res = g_strdup (e->en);
    goto done;
  }
  for (guint i = 0; suf[i].zh; i++) {
    if (!g_str_has_suffix (norm, suf[i].zh))
      continue;
    gsize stem_len = strlen (norm) - strlen (suf[i].zh);
    /* A two-character 镇/村/区 name keeps its suffix as part of the name
     * (乌镇 Wuzhen). */
    if (g_utf8_strlen (norm, (gssize) stem_len) < 2)
      break;
    char *stem = g_strndup (norm, stem_len);
    const char *ethnic = strip_ethnic (stem);
    const Entry *se = g_hash_table_lookup (d->places, stem);
    char *base = se ? g_strdup (se->en) : pinyin_word (stem);
    g_free (stem);
    if (base && ethnic) {
      char *b = g_strconcat (base, " ", ethnic, NULL);
      g_free (base);
      base = b;
    }
    if (base)
      res = *suf[i].en ? g_strconcat (base, " ", suf[i].en, NULL) : g_strdup (base);
    g_free (base);
    goto done;
  }
  res = pinyin_word (norm);
done:
  g_free (norm);
  return res;
}

char *
ng_lingua_place_key (const char *name)
{
  NG_LINGUA_MAKE_VALID (name);
  if (!name)
    return NULL;
  const OrgData *d = orgs ();
  char *en = is_han_string (name) ? ng_lingua_place_name_en (name) : g_strdup (name);
  if (!en)
    return NULL;
  char *f = fold_en (en);
  g_free (en);
  const char *canon = g_hash_table_lookup (d->place_en, f);
  if (canon) {
    g_free (f);
    f = fold_en (canon);
  }
  char **w = g_strsplit (f, " ", -1);
  g_free (f);
  guint n = g_strv_length (w);
  GString *k = g_string_new (NULL);
  for (guint i = 0; i < n; i++) {
    if (n > 1 && g_strv_contains (place_words, w[i]))
      continue;
    /* "Chuxiong Yi Autonomous Prefecture" and "Chuxiong Prefecture". */
    if (i > 0 && i + 1 < n && strcmp (w[i + 1], "autonomous") == 0 && is_ethnic_en (w[i]))
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

/* SPDX-License-Identifier: MIT */
/* orgnames.c: English names of Chinese organization names, and back.
 *
 * First the curated official names (data/orgs.tsv, with their aliases);
 * failing that, the English name is COMPOSED from the lexicon of general
 * correspondences (data/lexicon.tsv), the place names (data/places.tsv) and
 * the curated names used as building blocks.  Composition rules:
 *
 *  0. A company's legal name (北京字节跳动科技有限公司) whose brand, once
 *     the legal form, an industry word and a leading place are cut, is a
 *     curated company, is that company ("ByteDance").
 *  1. Segment the normalized name (NFKC, simplified, no spaces, dots,
 *     quotes or brackets) over the lexicon, the places and the curated
 *     Chinese names, leaving the fewest characters unknown, then using the
 *     fewest segments.  Characters that match nothing form runs that are
 *     proper names, rendered in pinyin as one capitalized word (西湖汇 ->
 *     "Xihuhui").  A place followed by an administrative suffix (省, 市,
 *     县, 区) becomes its adjective when more follows ("Zhejiang
 *     Provincial", "Nantong Municipal", "Jinhua County"); a province
 *     before a city is left out (浙江省杭州市民政局 -> "Hangzhou Municipal
 *     Civil Affairs Bureau"), and 共青团 turns a Party committee head into
 *     the Communist Youth League's.
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

/* Splits norm into segments; FALSE if a character has no reading.  The
 * split minimizes first the characters left unknown, then the number of
 * segments (dynamic programming, not greedy: 网络社会组织 is 网络 +
 * 社会组织, not 网络社会 + 组织); ties go to the longer last segment. */
#define UNKNOWN_COST 1000 /* TUNING: one unknown character outweighs any number of segments */
static gboolean
segment (const NgLinguaOrgs *d, const char *norm, GArray *segs)
{
  glong n = g_utf8_strlen (norm, -1);
  const char **pos = g_new (const char *, n + 1);
  glong i = 0;
  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    pos[i++] = p;
  pos[n] = norm + strlen (norm);
  /* cost[i]: best cost of pos[0..i); from[i]: start of the last segment;
   * entry[i]: its entry, NULL for one unknown character. */
  glong *cost = g_new (glong, n + 1), *from = g_new (glong, n + 1);
  const Entry **entry = g_new0 (const Entry *, n + 1);
  cost[0] = 0;
  for (i = 1; i <= n; i++) {
    cost[i] = cost[i - 1] + UNKNOWN_COST;
    from[i] = i - 1;
    entry[i] = NULL;
    for (glong len = MIN ((glong) d->max_seg, i); len >= 1; len--) {
      char *k = g_strndup (pos[i - len], (gsize) (pos[i] - pos[i - len]));
      const Entry *e = g_hash_table_lookup (d->segs, k);
      g_free (k);
      if (e && cost[i - len] + 1 < cost[i]) {
        cost[i] = cost[i - len] + 1;
        from[i] = i - len;
        entry[i] = e;
      }
    }
  }
  /* Walk back, then emit in order, joining unknown characters into runs. */
  GArray *ends = g_array_new (FALSE, FALSE, sizeof (glong));
  for (i = n; i > 0; i = from[i])
    g_array_prepend_val (ends, i);
  GString *unknown = g_string_new (NULL);
  gboolean ok = TRUE;
  glong start = 0;
  for (guint k = 0; k <= ends->len && ok; k++) {
    glong end = k < ends->len ? g_array_index (ends, glong, k) : -1;
    const Entry *e = end > 0 ? entry[end] : NULL;
    if (end > 0 && !e) {
      g_string_append_len (unknown, pos[start], pos[end] - pos[start]);
      start = end;
      continue;
    }
    if (unknown->len) {
      Seg u = { SEG_UNKNOWN, NULL, ng_lingua_pinyin_word (unknown->str), g_strdup (unknown->str) };
      ok = u.text != NULL;
      g_array_append_val (segs, u);
      g_string_truncate (unknown, 0);
    }
    if (end > 0) {
      Seg s = { e->kind, e, g_strdup (e->en), g_strndup (pos[start], (gsize) (pos[end] - pos[start])) };
      g_array_append_val (segs, s);
      start = end;
    }
  }
  g_string_free (unknown, TRUE);
  g_array_free (ends, TRUE);
  g_free (entry);
  g_free (from);
  g_free (cost);
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
compose (const NgLinguaOrgs *d, const char *norm)
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

  /* A province before a city is left out, as in English ("浙江省杭州市
   * 民政局" -> "Hangzhou Municipal Civil Affairs Bureau"). */
  for (guint i = 0; i < segs->len; i++) {
    Seg *s = &g_array_index (segs, Seg, i);
    if (s->kind != SEG_PLACE)
      continue;
    gboolean province = g_str_has_suffix (s->text, " Provincial")
                        || (s->e && s->e->national
                            && (strcmp (s->e->national, "province") == 0
                                || strcmp (s->e->national, "region") == 0));
    guint j = i + 1;
    while (j < segs->len && !*g_array_index (segs, Seg, j).text)
      j++;
    if (province && j < segs->len && g_array_index (segs, Seg, j).kind == SEG_PLACE) {
      g_free (s->text);
      s->text = g_strdup ("");
      s->kind = SEG_WORD;
    }
  }

  /* The Communist Youth League's committees: 共青团浙江省委 is the
   * League's committee, not the Party's. */
  gboolean league = FALSE;
  for (guint i = 0; i < segs->len; i++) {
    Seg *s = &g_array_index (segs, Seg, i);
    if (strcmp (s->zh, "共青团") == 0) {
      league = TRUE;
      g_free (s->text);
      s->text = g_strdup ("");
    } else if (league && s->kind == SEG_HEAD && g_str_has_prefix (s->text, "CPC ")) {
      char *t = g_strconcat (s->text + 4, " of the Communist Youth League", NULL);
      g_free (s->text);
      s->text = t;
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
    const char *pat = s->text;
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

/* s without parenthesized parts ("阿里巴巴(中国)有限公司" -> "阿里巴巴有限公司"),
 * or with the brackets alone removed when keep_content. */
static char *
strip_parens (const char *s, gboolean keep_content)
{
  GString *o = g_string_new (NULL);
  int depth = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (c == '(' || c == '[' || c == 0x3010) {
      depth++;
      continue;
    }
    if ((c == ')' || c == ']' || c == 0x3011) && depth > 0) {
      depth--;
      continue;
    }
    if (depth == 0 || keep_content)
      g_string_append_unichar (o, c);
  }
  return g_string_free (o, FALSE);
}

static const char *
company_core (const NgLinguaOrgs *d, const char *norm)
{
  char *s = strip_parens (norm, FALSE);
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
  if (!zh_name || !ng_lingua_has_han (zh_name))
    return NULL;
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  char *norm = ng_lingua_norm_zh (zh_name);
  if (!norm)
    return NULL;
  char *res = NULL;
  const char *en = g_hash_table_lookup (d->zh2en, norm);
  if (!en)
    en = company_core (d, norm);
  if (en) {
    res = g_strdup (en);
  } else {
    char *plain = strip_parens (norm, TRUE);
    res = compose (d, plain);
    g_free (plain);
  }
  g_free (norm);
  return res;
}

char *
ng_lingua_org_name_zh (const char *en_name)
{
  NG_LINGUA_MAKE_VALID (en_name);
  if (!en_name)
    return NULL;
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  char *f = ng_lingua_fold_en (en_name);
  const char *canon = ng_lingua_lookup_en (d, f);
  g_free (f);
  if (!canon)
    return NULL;
  char *fc = ng_lingua_fold_en (canon);
  const char *zh = g_hash_table_lookup (d->en2zh, fc);
  g_free (fc);
  return zh ? g_strdup (zh) : NULL;
}


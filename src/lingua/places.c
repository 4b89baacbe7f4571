/* SPDX-License-Identifier: MIT */
/* places.c: English names and matching keys of place names.  Listed
 * places (data/places.tsv) by their usual English names, others in pinyin
 * with the administrative suffix translated. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"


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
  if (!zh_name || !ng_lingua_has_han (zh_name))
    return NULL;
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  char *norm = ng_lingua_norm_zh (zh_name);
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
    char *base = se ? g_strdup (se->en) : ng_lingua_pinyin_word (stem);
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
  res = ng_lingua_pinyin_word (norm);
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
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  char *en = ng_lingua_has_han (name) ? ng_lingua_place_name_en (name) : g_strdup (name);
  if (!en)
    return NULL;
  char *f = ng_lingua_fold_en (en);
  g_free (en);
  const char *canon = g_hash_table_lookup (d->place_en, f);
  if (canon) {
    g_free (f);
    f = ng_lingua_fold_en (canon);
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

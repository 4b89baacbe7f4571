/* SPDX-License-Identifier: MIT */
/* test-lingua.c: pinyin, personal names, traditional -> simplified,
 * organization names and the keys that make one entity of names written
 * in two languages.  Names here are invented or public figures' public
 * names; organizations are national bodies and companies. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"

/* Checks f(in) == want (NULL for "no answer") and frees the result. */
#define CHECK(f, in, want)                                                     \
  do {                                                                         \
    char *got_ = f (in);                                                       \
    g_assert_cmpstr (got_, ==, want);                                          \
    g_free (got_);                                                             \
  } while (0)

static void
assert_same_key (char *(*f) (const char *), const char *a, const char *b)
{
  char *ka = f (a), *kb = f (b);
  if (!ka || !kb || strcmp (ka, kb) != 0)
    g_error ("keys differ: \"%s\" -> %s, \"%s\" -> %s", a, ka ? ka : "(null)",
             b, kb ? kb : "(null)");
  g_free (ka);
  g_free (kb);
}

static void
assert_other_key (char *(*f) (const char *), const char *a, const char *b)
{
  char *ka = f (a), *kb = f (b);
  g_assert_nonnull (ka);
  g_assert_nonnull (kb);
  if (strcmp (ka, kb) == 0)
    g_error ("keys equal: \"%s\" and \"%s\" -> %s", a, b, ka);
  g_free (ka);
  g_free (kb);
}

static void
test_pinyin (void)
{
  CHECK (ng_lingua_pinyin, "王秀军", "wang xiu jun");
  CHECK (ng_lingua_pinyin, "中国互联网", "zhong guo hu lian wang");
  CHECK (ng_lingua_pinyin, "網路", "wang lu"); /* traditional */
  CHECK (ng_lingua_pinyin, "吕", "lu");       /* ü spelled u */
  CHECK (ng_lingua_pinyin, "女", "nu");
  CHECK (ng_lingua_pinyin, "艾问iAsk", "ai wen iask");
  CHECK (ng_lingua_pinyin, "ＡＢＣ", "abc"); /* full-width */
  CHECK (ng_lingua_pinyin, "", NULL);
  CHECK (ng_lingua_pinyin, "!?", NULL);
  CHECK (ng_lingua_pinyin, NULL, NULL);
}

static void
test_person_name (void)
{
  CHECK (ng_lingua_person_name_en, "王秀军", "Wang Xiujun");
  CHECK (ng_lingua_person_name_en, "杨建文", "Yang Jianwen");
  CHECK (ng_lingua_person_name_en, "张丽", "Zhang Li");
  CHECK (ng_lingua_person_name_en, "王 秀 军", "Wang Xiujun");
  CHECK (ng_lingua_person_name_en, "陳然", "Chen Ran"); /* traditional */
  CHECK (ng_lingua_person_name_en, "吕小红", "Lu Xiaohong");
  CHECK (ng_lingua_person_name_en, "王长江", "Wang Changjiang"); /* given-name reading */
  CHECK (ng_lingua_person_name_en, "李晟", "Li Sheng");
  CHECK (ng_lingua_person_name_en, "长孙晟", "Zhangsun Sheng");
  /* Two-character surnames. */
  CHECK (ng_lingua_person_name_en, "欧阳娜娜", "Ouyang Nana");
  CHECK (ng_lingua_person_name_en, "歐陽娜娜", "Ouyang Nana");
  CHECK (ng_lingua_person_name_en, "司马光", "Sima Guang");
  CHECK (ng_lingua_person_name_en, "诸葛亮", "Zhuge Liang");
  CHECK (ng_lingua_person_name_en, "上官婉儿", "Shangguan Waner");
  CHECK (ng_lingua_person_name_en, "尉迟恭", "Yuchi Gong");
  CHECK (ng_lingua_person_name_en, "澹台明", "Tantai Ming");
  CHECK (ng_lingua_person_name_en, "长孙无忌", "Zhangsun Wuji");
  /* Polyphonic surnames take their surname reading. */
  CHECK (ng_lingua_person_name_en, "单田芳", "Shan Tianfang");
  CHECK (ng_lingua_person_name_en, "曾国藩", "Zeng Guofan");
  CHECK (ng_lingua_person_name_en, "解缙", "Xie Jin");
  CHECK (ng_lingua_person_name_en, "仇英", "Qiu Ying");
  CHECK (ng_lingua_person_name_en, "区志明", "Ou Zhiming");
  CHECK (ng_lingua_person_name_en, "朴正", "Piao Zheng");
  CHECK (ng_lingua_person_name_en, "查良镛", "Zha Liangyong");
  CHECK (ng_lingua_person_name_en, "乐嘉", "Yue Jia");
  CHECK (ng_lingua_person_name_en, "覃明", "Qin Ming");
  /* Joined double surname in a four-character name. */
  CHECK (ng_lingua_person_name_en, "方彭依梦", "Fangpeng Yimeng");
  /* Not names. */
  CHECK (ng_lingua_person_name_en, "基金会", NULL);
  CHECK (ng_lingua_person_name_en, "王", NULL);
  CHECK (ng_lingua_person_name_en, "Wang Xiujun", NULL);
  CHECK (ng_lingua_person_name_en, "王秀军说", "Wang Xiujunshuo"); /* plausible shape */
  CHECK (ng_lingua_person_name_en, "王秀军先生来了", NULL);
  CHECK (ng_lingua_person_name_en, NULL, NULL);
}

static void
test_surname (void)
{
  g_assert_true (ng_lingua_is_surname ("王"));
  g_assert_true (ng_lingua_is_surname ("歐陽"));
  g_assert_true (ng_lingua_is_surname ("OUYANG"));
  g_assert_true (ng_lingua_is_surname ("Wang"));
  g_assert_false (ng_lingua_is_surname ("Xiujun"));
  g_assert_false (ng_lingua_is_surname ("基金"));
  g_assert_false (ng_lingua_is_surname (NULL));
}

static void
test_person_key (void)
{
  CHECK (ng_lingua_person_key, "王秀军", "wang-xiujun");
  CHECK (ng_lingua_person_key, "Wang Xiujun", "wang-xiujun");
  CHECK (ng_lingua_person_key, "Wang Xiu-jun", "wang-xiujun");
  CHECK (ng_lingua_person_key, "Wang Xiu Jun", "wang-xiujun");
  CHECK (ng_lingua_person_key, "WANG Xiujun", "wang-xiujun");
  CHECK (ng_lingua_person_key, "Xiujun WANG", "wang-xiujun");
  CHECK (ng_lingua_person_key, "Xiujun Wang", "wang-xiujun");
  CHECK (ng_lingua_person_key, "Mr. Wang Xiujun", "wang-xiujun");
  CHECK (ng_lingua_person_key, "Yinuo Li", "li-yinuo");
  /* Ambiguous order stays as written. */
  CHECK (ng_lingua_person_key, "Lei Wang", "lei-wang");
  CHECK (ng_lingua_person_key, "Wang Lei", "wang-lei");
  /* Not pinyin: as written, parts kept apart. */
  CHECK (ng_lingua_person_key, "Jack Ma", "jack-ma");
  CHECK (ng_lingua_person_key, "Ban Ki-moon", "ban-ki-moon");
  CHECK (ng_lingua_person_key, "Gordon Brown", "gordon-brown");
  /* ü. */
  CHECK (ng_lingua_person_key, "吕伟", "lu-wei");
  CHECK (ng_lingua_person_key, "Lü Wei", "lu-wei");
  CHECK (ng_lingua_person_key, "Lyu Wei", "lu-wei");
  CHECK (ng_lingua_person_key, "Lv Wei", "lu-wei");
  CHECK (ng_lingua_person_key, "欧阳娜娜", "ouyang-nana");
  /* A surname not in the table: still surname first. */
  CHECK (ng_lingua_person_key, "笪小明", "da-xiaoming");
  CHECK (ng_lingua_person_name_en, "笪小明", NULL);
  CHECK (ng_lingua_person_key, "阿不都·热合曼", "a-bu-dou-re-he-man");
  CHECK (ng_lingua_person_key, "Nana Ouyang", "ouyang-nana");
  CHECK (ng_lingua_person_key, "", NULL);
  CHECK (ng_lingua_person_key, "  - ", NULL);
  CHECK (ng_lingua_person_key, NULL, NULL);
  assert_same_key (ng_lingua_person_key, "王秀军", "Wang Xiu-jun");
  assert_same_key (ng_lingua_person_key, "楊建文", "Yang Jianwen");
  assert_other_key (ng_lingua_person_key, "王秀军", "Wang Xiuming");
}

static void
check_variants (const char *name, const char *k0, const char *k1)
{
  char **v = ng_lingua_person_key_variants (name);
  g_assert_nonnull (v);
  g_assert_cmpstr (v[0], ==, k0);
  if (k0)
    g_assert_cmpstr (v[1], ==, k1);
  if (k1)
    g_assert_null (v[2]);
  g_strfreev (v);
}

static void
test_person_key_variants (void)
{
  check_variants ("Lei Wang", "lei-wang", "wang-lei");
  check_variants ("Wang Lei", "wang-lei", "lei-wang");
  check_variants ("Xiujun Wang", "wang-xiujun", NULL); /* xiujun is no surname */
  check_variants ("Wang Xiujun", "wang-xiujun", NULL);
  check_variants ("WANG Lei", "wang-lei", NULL);       /* capitals decide */
  check_variants ("王磊", "wang-lei", NULL);
  check_variants ("Jack Ma", "jack-ma", NULL);
  check_variants ("", NULL, NULL);
  check_variants (NULL, NULL, NULL);
}

static void
test_simplified (void)
{
  CHECK (ng_lingua_to_simplified, "網際網路", "网际网路");
  CHECK (ng_lingua_to_simplified, "慈善週", "慈善周");
  CHECK (ng_lingua_to_simplified, "騰訊基金會", "腾讯基金会");
  CHECK (ng_lingua_to_simplified, "中國宋慶齡基金會", "中国宋庆龄基金会");
  CHECK (ng_lingua_to_simplified, "显著", "显著"); /* 著 is also simplified */
  CHECK (ng_lingua_to_simplified, "Tencent 腾讯", "Tencent 腾讯");
  CHECK (ng_lingua_to_simplified, "", "");
  CHECK (ng_lingua_to_simplified, NULL, NULL);
}

static void
test_slug (void)
{
  CHECK (ng_lingua_slug, "People's Daily Online", "peoples-daily-online");
  CHECK (ng_lingua_slug, "乌镇", "wu-zhen");
  CHECK (ng_lingua_slug, "2025 世界互联网大会", "2025-shi-jie-hu-lian-wang-da-hui");
  CHECK (ng_lingua_slug, "Café  Müller!", "cafe-muller");
  CHECK (ng_lingua_slug, "", "");
  CHECK (ng_lingua_slug, NULL, "");
}

static void
test_org_name (void)
{
  /* Official names and their aliases. */
  CHECK (ng_lingua_org_name_en, "中国互联网发展基金会", "China Internet Development Foundation");
  CHECK (ng_lingua_org_name_en, "民政部", "Ministry of Civil Affairs");
  CHECK (ng_lingua_org_name_en, "中华人民共和国民政部", "Ministry of Civil Affairs");
  CHECK (ng_lingua_org_name_en, "中央网信办", "Cyberspace Administration of China");
  CHECK (ng_lingua_org_name_en, "国家互联网信息办公室", "Cyberspace Administration of China");
  CHECK (ng_lingua_org_name_en, "全国政协", "National Committee of the Chinese People's Political Consultative Conference");
  CHECK (ng_lingua_org_name_en, "騰訊基金會", "Tencent Charity Foundation");
  CHECK (ng_lingua_org_name_en, "中新社", "China News Service");
  CHECK (ng_lingua_org_name_en, " 人民日报 ", "People's Daily");
  CHECK (ng_lingua_org_name_en, "比爾及梅琳達·蓋茨基金會", "Bill & Melinda Gates Foundation");
  /* A company's legal name is the company. */
  CHECK (ng_lingua_org_name_en, "北京字节跳动科技有限公司", "ByteDance");
  CHECK (ng_lingua_org_name_en, "小米科技有限责任公司", "Xiaomi");
  CHECK (ng_lingua_org_name_en, "腾讯控股有限公司", "Tencent");
  /* Composed. */
  CHECK (ng_lingua_org_name_en, "浙江省民政厅", "Zhejiang Provincial Department of Civil Affairs");
  CHECK (ng_lingua_org_name_en, "杭州市民政局", "Hangzhou Municipal Civil Affairs Bureau");
  CHECK (ng_lingua_org_name_en, "湖北省人民政府", "Hubei Provincial People's Government");
  CHECK (ng_lingua_org_name_en, "浙江省人大常委会",
         "Standing Committee of Zhejiang Provincial People's Congress");
  CHECK (ng_lingua_org_name_en, "北京大学新闻与传播学院",
         "Peking University School of Journalism and Communication");
  CHECK (ng_lingua_org_name_en, "浙江大学医学院", "Zhejiang University School of Medicine");
  CHECK (ng_lingua_org_name_en, "国家海洋局", "National Ocean Administration");
  CHECK (ng_lingua_org_name_en, "中国青年志愿者协会", "China Youth Volunteers Association");
  CHECK (ng_lingua_org_name_en, "“西湖汇”网络公益联盟", "Xihuhui Network Public Welfare Alliance");
  CHECK (ng_lingua_org_name_en, "中共湖北省委", "CPC Hubei Provincial Committee");
  CHECK (ng_lingua_org_name_en, "南通市政协", "CPPCC Nantong Municipal Committee");
  CHECK (ng_lingua_org_name_en, "北京字节跳动公益基金会", "Beijing ByteDance Charity Foundation");
  CHECK (ng_lingua_org_name_en, "荆楚网", "Jingchu Net");
  CHECK (ng_lingua_org_name_en, "浙江省杭州市民政局", "Hangzhou Municipal Civil Affairs Bureau");
  CHECK (ng_lingua_org_name_en, "上海市第一人民医院", "Shanghai Municipal First People's Hospital");
  CHECK (ng_lingua_org_name_en, "共青团浙江省委",
         "Zhejiang Provincial Committee of the Communist Youth League");
  CHECK (ng_lingua_org_name_en, "阿里巴巴（中国）有限公司", "Alibaba Group");
  CHECK (ng_lingua_org_name_en, "香港特區政府衛生署", "Hong Kong SAR Government Department of Health");
  /* Not organizations, or nothing known. */
  CHECK (ng_lingua_org_name_en, "互联网", NULL);
  CHECK (ng_lingua_org_name_en, "王秀军", NULL);
  CHECK (ng_lingua_org_name_en, "Tencent", NULL);
  CHECK (ng_lingua_org_name_en, "", NULL);
  CHECK (ng_lingua_org_name_en, NULL, NULL);
}

static void
test_org_name_zh (void)
{
  CHECK (ng_lingua_org_name_zh, "Ministry of Civil Affairs", "民政部");
  CHECK (ng_lingua_org_name_zh, "the ministry of civil affairs", "民政部");
  CHECK (ng_lingua_org_name_zh, "CAC", "国家互联网信息办公室");
  CHECK (ng_lingua_org_name_zh, "Tencent Group", "腾讯");
  CHECK (ng_lingua_org_name_zh, "People\xe2\x80\x99s Daily", "人民日报");
  CHECK (ng_lingua_org_name_zh, "Acme Widgets", NULL);
  CHECK (ng_lingua_org_name_zh, NULL, NULL);
}

static void
test_org_key (void)
{
  CHECK (ng_lingua_org_key, "Tencent", "tencent");
  CHECK (ng_lingua_org_key, "Tencent Group", "tencent");
  CHECK (ng_lingua_org_key, "Tencent Holdings Ltd.", "tencent");
  CHECK (ng_lingua_org_key, "腾讯", "tencent");
  CHECK (ng_lingua_org_key, "Tencent Charity Foundation", "tencent-charity-foundation");
  CHECK (ng_lingua_org_key, "The People's Daily", "peoples-daily");
  CHECK (ng_lingua_org_key, "Group", "group");
  CHECK (ng_lingua_org_key, "Cyberspace Administration of China", "china-cyberspace-administration");
  CHECK (ng_lingua_org_key, "of China", "of-china");
  /* Unknown Chinese names: one pinyin word per run, as English writes them. */
  CHECK (ng_lingua_org_key, "西湖汇", "xihuhui");
  CHECK (ng_lingua_org_key, "艾问iAsk", "aiwen-iask");
  CHECK (ng_lingua_org_key, "", NULL);
  CHECK (ng_lingua_org_key, NULL, NULL);
  assert_same_key (ng_lingua_org_key, "中国互联网发展基金会", "China Internet Development Foundation");
  assert_same_key (ng_lingua_org_key, "民政部", "Ministry of Civil Affairs");
  assert_same_key (ng_lingua_org_key, "民政部", "the Ministry of Civil Affairs");
  assert_same_key (ng_lingua_org_key, "中央网信办", "Office of the Central Cyberspace Affairs Commission");
  assert_same_key (ng_lingua_org_key, "Xiaomi Corporation", "小米");
  assert_same_key (ng_lingua_org_key, "Tencent Foundation", "騰訊基金會");
  assert_same_key (ng_lingua_org_key, "Bill & Melinda Gates Foundation", "Bill and Melinda Gates Foundation");
  assert_same_key (ng_lingua_org_key, "Shenzhen Municipal Civil Affairs Bureau", "Shenzhen Civil Affairs Bureau");
  assert_same_key (ng_lingua_org_key, "湖北省人民政府", "Hubei Provincial Government");
  assert_same_key (ng_lingua_org_key, "Publicity Department of the Communist Party of China Central Committee",
                   "Publicity Department of the CPC Central Committee");
  assert_same_key (ng_lingua_org_key, "中共湖北省委", "CPC Hubei Provincial Committee");
  assert_same_key (ng_lingua_org_key, "深圳市民政局", "Shenzhen Civil Affairs Bureau");
  assert_other_key (ng_lingua_org_key, "Tencent", "Tencent Charity Foundation");
  assert_other_key (ng_lingua_org_key, "腾讯", "腾讯基金会");
  assert_other_key (ng_lingua_org_key, "Peking University", "Peking University School of Journalism and Communication");
  assert_other_key (ng_lingua_org_key, "中国红十字会", "中国红十字基金会");
  assert_other_key (ng_lingua_org_key, "国家网信办", "湖北省委网信办");
}

static void
test_place (void)
{
  CHECK (ng_lingua_place_name_en, "浙江省", "Zhejiang Province");
  CHECK (ng_lingua_place_name_en, "浙江", "Zhejiang");
  CHECK (ng_lingua_place_name_en, "杭州市", "Hangzhou");
  CHECK (ng_lingua_place_name_en, "重庆", "Chongqing");
  CHECK (ng_lingua_place_name_en, "厦门市", "Xiamen");
  CHECK (ng_lingua_place_name_en, "乌镇", "Wuzhen");
  CHECK (ng_lingua_place_name_en, "横店镇", "Hengdian Town");
  CHECK (ng_lingua_place_name_en, "香港特别行政区", "Hong Kong");
  CHECK (ng_lingua_place_name_en, "Zhejiang", NULL);
  CHECK (ng_lingua_place_key, "浙江省", "zhejiang");
  CHECK (ng_lingua_place_key, "Zhejiang Province", "zhejiang");
  CHECK (ng_lingua_place_key, "Macau", "macao");
  CHECK (ng_lingua_place_key, "澳門", "macao");
  CHECK (ng_lingua_place_key, "the United States", "united-states");
  CHECK (ng_lingua_place_key, "U.S.", "united-states");
  CHECK (ng_lingua_place_key, "美国", "united-states");
  CHECK (ng_lingua_place_key, "Hong Kong SAR", "hong-kong");
  CHECK (ng_lingua_place_name_en, "西安", "Xi'an");
  CHECK (ng_lingua_place_name_en, "天安门", "Tian'anmen"); /* not listed: pinyin */
  CHECK (ng_lingua_place_name_en, "楚雄彝族自治州", "Chuxiong Yi Autonomous Prefecture");
  CHECK (ng_lingua_place_name_en, "亞洲", "Asia");
  CHECK (ng_lingua_place_key, "Chuxiong Yi Autonomous Prefecture", "chuxiong");
  CHECK (ng_lingua_place_key, "楚雄彝族自治州", "chuxiong");
  CHECK (ng_lingua_place_key, "Greater Bay Area", "guangdong-hong-kong-macao-greater-bay-area");
  CHECK (ng_lingua_place_key, "", NULL);
  CHECK (ng_lingua_place_key, NULL, NULL);
}

static void
test_find_known (void)
{
  const char *text = "北京大学与騰訊基金會在浙江省乌镇联合举办论坛，网基会和小米参加。";
  GArray *a = ng_lingua_find_known (text);
  g_assert_cmpuint (a->len, ==, 5); /* 乌镇 is not listed */
  const NgLinguaKnown *m = &g_array_index (a, NgLinguaKnown, 0);
  g_assert_cmpstr (m->en, ==, "Peking University");
  g_assert_cmpint (m->kind, ==, NG_LINGUA_KNOWN_ORG);
  g_assert_cmpuint (m->start, ==, 0);
  g_assert_cmpuint (m->end, ==, strlen ("北京大学"));
  m = &g_array_index (a, NgLinguaKnown, 1);
  g_assert_cmpstr (m->en, ==, "Tencent Charity Foundation");
  g_assert_true (m->is_alias);
  g_assert_cmpuint (m->start, ==, strlen ("北京大学与"));
  g_assert_cmpuint (m->end, ==, strlen ("北京大学与騰訊基金會"));
  m = &g_array_index (a, NgLinguaKnown, 2);
  g_assert_cmpstr (m->en, ==, "Zhejiang");
  g_assert_cmpint (m->kind, ==, NG_LINGUA_KNOWN_PLACE);
  m = &g_array_index (a, NgLinguaKnown, 3);
  g_assert_cmpstr (m->en, ==, "China Internet Development Foundation");
  g_assert_true (m->is_alias);
  m = &g_array_index (a, NgLinguaKnown, 4);
  g_assert_cmpstr (m->en, ==, "Xiaomi");
  g_assert_cmpuint (m->n_chars, ==, 2);
  g_array_unref (a);
  a = ng_lingua_find_known ("东南大学");
  g_assert_cmpuint (a->len, ==, 0); /* not 南大 (Nanjing University) */
  g_array_unref (a);
  a = ng_lingua_find_known ("no known names here, who knows");
  g_assert_cmpuint (a->len, ==, 0);
  g_array_unref (a);
  /* English. */
  static const char *const en_text =
    "The Ministry of Civil Affairs and Tencent Holdings said the WHO, not Who, "
    "met Xinhua in Hong Kong and the U.S.; The Paper reported, the paper said. "
    "Baidu\xe2\x80\x99s";
  static const char *const want[][2] = {
    { "Ministry of Civil Affairs", "Ministry of Civil Affairs" },
    { "Tencent Holdings", "Tencent" },
    { "WHO", "World Health Organization" },
    { "Xinhua", "Xinhua News Agency" },
    { "Hong Kong", "Hong Kong" },
    { "U.S.", "United States" },
    { "The Paper", "The Paper" },
    { "Baidu", "Baidu" },
  };
  a = ng_lingua_find_known (en_text);
  for (guint i = 0; i < a->len; i++) {
    m = &g_array_index (a, NgLinguaKnown, i);
    g_test_message ("%u: %.*s -> %s", i, (int) (m->end - m->start), en_text + m->start, m->en);
  }
  g_assert_cmpuint (a->len, ==, G_N_ELEMENTS (want));
  for (guint i = 0; i < a->len; i++) {
    m = &g_array_index (a, NgLinguaKnown, i);
    char *got = g_strndup (en_text + m->start, m->end - m->start);
    g_assert_cmpstr (got, ==, want[i][0]);
    g_assert_cmpstr (m->en, ==, want[i][1]);
    g_free (got);
  }
  g_assert_cmpint (g_array_index (a, NgLinguaKnown, 4).kind, ==, NG_LINGUA_KNOWN_PLACE);
  g_array_unref (a);
  a = ng_lingua_find_known (NULL);
  g_assert_cmpuint (a->len, ==, 0);
  g_array_unref (a);
}

static void
test_org_suffix (void)
{
  g_assert_cmpuint (ng_lingua_org_suffix_len ("中国青年志愿者协会"), ==, strlen ("志愿者协会"));
  g_assert_cmpuint (ng_lingua_org_suffix_len ("中国互联网发展基金会"), ==, strlen ("基金会"));
  g_assert_cmpuint (ng_lingua_org_suffix_len ("騰訊基金會"), ==, strlen ("基金會"));
  g_assert_cmpuint (ng_lingua_org_suffix_len ("民政部"), ==, strlen ("部"));
  g_assert_cmpuint (ng_lingua_org_suffix_len ("王秀军"), ==, 0);
  g_assert_cmpuint (ng_lingua_org_suffix_len (""), ==, 0);
  g_assert_cmpuint (ng_lingua_org_suffix_len (NULL), ==, 0);
}

/* Every function takes any bytes without crashing and answers valid
 * UTF-8 (or NULL): invalid sequences, lone lead bytes at the end, long
 * input, random bytes from a fixed seed. */
static void
check_all (const char *in)
{
  char *(*const fns[]) (const char *) = {
    ng_lingua_to_simplified, ng_lingua_pinyin, ng_lingua_person_name_en,
    ng_lingua_person_key, ng_lingua_org_name_en, ng_lingua_org_name_zh,
    ng_lingua_org_key, ng_lingua_slug, ng_lingua_place_name_en, ng_lingua_place_key,
  };
  for (guint i = 0; i < G_N_ELEMENTS (fns); i++) {
    char *r = fns[i](in);
    if (r)
      g_assert_true (g_utf8_validate (r, -1, NULL));
    g_free (r);
  }
  (void) ng_lingua_is_surname (in);
  GArray *found = ng_lingua_find_known (in);
  for (guint i = 0; i < found->len; i++) {
    const NgLinguaKnown *m = &g_array_index (found, NgLinguaKnown, i);
    g_assert_cmpuint (m->start, <, m->end);
    g_assert_cmpuint (m->end, <=, strlen (in));
  }
  g_array_unref (found);
  g_assert_cmpuint (ng_lingua_org_suffix_len (in), <=, strlen (in));
  char **v = ng_lingua_person_key_variants (in);
  for (char **x = v; *x; x++)
    g_assert_true (g_utf8_validate (*x, -1, NULL));
  g_strfreev (v);
}

static void
test_bad_input (void)
{
  static const char *const bad[] = {
    "\xe7", "\xe7\x8e", "王\xe7", "\xff\xfe王秀军", "Wang \xc3", "--", "'", "\xe2\x80\x99",
    "中国\xf0\x9f\x98\x80基金会", "𠀀𠀁", "·", "王·", "a-b-c-d-e-f-g-h", "省", "市政府",
  };
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    check_all (bad[i]);
  GString *big = g_string_new (NULL);
  for (int i = 0; i < 2000; i++)
    g_string_append (big, i % 3 ? "慈善" : "Wang-");
  check_all (big->str);
  g_string_free (big, TRUE);
  GRand *r = g_rand_new_with_seed (42);
  for (int n = 0; n < 300; n++) {
    char buf[24];
    gint len = g_rand_int_range (r, 0, (gint) sizeof buf);
    for (gint i = 0; i < len; i++)
      buf[i] = (char) g_rand_int_range (r, 1, 256);
    buf[len] = 0;
    check_all (buf);
  }
  g_rand_free (r);
  /* A repaired name still gives a key. */
  CHECK (ng_lingua_slug, "Wang\xffXiujun", "wang-xiujun");
}

static gpointer
thread_fn (gpointer data)
{
  gboolean ok = TRUE;
  for (int i = 0; i < 50; i++) {
    char *a = ng_lingua_person_key ("王秀军"), *b = ng_lingua_org_key ("民政部");
    ok = ok && g_strcmp0 (a, "wang-xiujun") == 0
         && g_strcmp0 (b, "ministry-of-civil-affairs") == 0;
    g_free (a);
    g_free (b);
  }
  return GINT_TO_POINTER (ok);
}

/* First use from several threads at once: the tables are built once. */
static void
test_threads (void)
{
  if (g_test_subprocess ()) {
    GThread *t[4];
    for (int i = 0; i < 4; i++)
      t[i] = g_thread_new ("lingua", thread_fn, NULL);
    for (int i = 0; i < 4; i++)
      g_assert_true (GPOINTER_TO_INT (g_thread_join (t[i])));
    return;
  }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* One case per line of tests/data/lingua/pairs.tsv. */
typedef struct {
  char *kind, *a, *b;
  gboolean same;
} Pair;

static void
test_pair (gconstpointer data)
{
  const Pair *p = data;
  char *(*f) (const char *) = strcmp (p->kind, "person") == 0 ? ng_lingua_person_key
                              : strcmp (p->kind, "org") == 0  ? ng_lingua_org_key
                                                              : ng_lingua_place_key;
  if (p->same)
    assert_same_key (f, p->a, p->b);
  else
    assert_other_key (f, p->a, p->b);
}

static void
pair_free (gpointer data)
{
  Pair *p = data;
  g_free (p->kind);
  g_free (p->a);
  g_free (p->b);
  g_free (p);
}

/* The pairs the registered cases point to, freed after the run. */
static GPtrArray *pairs;

static void
add_pair_tests (void)
{
  pairs = g_ptr_array_new_with_free_func (pair_free);
  char *path = g_test_build_filename (G_TEST_DIST, "data", "lingua", "pairs.tsv", NULL);
  char *text = NULL;
  GError *err = NULL;
  if (!g_file_get_contents (path, &text, NULL, &err))
    g_error ("%s", err->message);
  char **lines = g_strsplit (text, "\n", -1);
  guint n = 0;
  for (char **l = lines; *l; l++) {
    if (!**l || **l == '#')
      continue;
    char **f = g_strsplit (*l, "\t", -1);
    if (g_strv_length (f) != 4 || (strcmp (f[3], "same") && strcmp (f[3], "differ")))
      g_error ("%s: bad line: %s", path, *l);
    Pair *p = g_new (Pair, 1);
    p->kind = g_strdup (f[0]);
    p->a = g_strdup (f[1]);
    p->b = g_strdup (f[2]);
    p->same = strcmp (f[3], "same") == 0;
    g_strfreev (f);
    g_ptr_array_add (pairs, p);
    char *name = g_strdup_printf ("/lingua/pairs/%s/%03u", p->kind, ++n);
    g_test_add_data_func (name, p, test_pair);
    g_free (name);
  }
  g_strfreev (lines);
  g_free (text);
  g_free (path);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lingua/pinyin", test_pinyin);
  g_test_add_func ("/lingua/person/name", test_person_name);
  g_test_add_func ("/lingua/person/surname", test_surname);
  g_test_add_func ("/lingua/person/key", test_person_key);
  g_test_add_func ("/lingua/person/key-variants", test_person_key_variants);
  g_test_add_func ("/lingua/simplified", test_simplified);
  g_test_add_func ("/lingua/slug", test_slug);
  g_test_add_func ("/lingua/org/name-en", test_org_name);
  g_test_add_func ("/lingua/org/name-zh", test_org_name_zh);
  g_test_add_func ("/lingua/org/key", test_org_key);
  g_test_add_func ("/lingua/place", test_place);
  g_test_add_func ("/lingua/find-known", test_find_known);
  g_test_add_func ("/lingua/org/suffix", test_org_suffix);
  g_test_add_func ("/lingua/bad-input", test_bad_input);
  g_test_add_func ("/lingua/threads", test_threads);
  add_pair_tests ();
  int status = g_test_run ();
  g_ptr_array_free (pairs, TRUE);
  return status;
}

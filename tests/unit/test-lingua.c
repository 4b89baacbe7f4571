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
  CHECK (ng_lingua_person_key, "Nana Ouyang", "ouyang-nana");
  CHECK (ng_lingua_person_key, "", NULL);
  CHECK (ng_lingua_person_key, "  - ", NULL);
  CHECK (ng_lingua_person_key, NULL, NULL);
  assert_same_key (ng_lingua_person_key, "王秀军", "Wang Xiu-jun");
  assert_same_key (ng_lingua_person_key, "楊建文", "Yang Jianwen");
  assert_other_key (ng_lingua_person_key, "王秀军", "Wang Xiuming");
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

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/lingua/pinyin", test_pinyin);
  g_test_add_func ("/lingua/person/name", test_person_name);
  g_test_add_func ("/lingua/person/surname", test_surname);
  g_test_add_func ("/lingua/person/key", test_person_key);
  g_test_add_func ("/lingua/simplified", test_simplified);
  g_test_add_func ("/lingua/slug", test_slug);
  return g_test_run ();
}

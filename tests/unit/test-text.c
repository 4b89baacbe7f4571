/* SPDX-License-Identifier: MIT */
/* test-text.c: decoding, furniture, sentences and dates (src/text/). */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "text/text.h"

static void
test_invalid_utf8 (void)
{
  GError *error = NULL;
  const char data[] = "Hello\nca\xE9 world\n";
  NgText *t = ng_text_new (data, sizeof data - 1, "bad.txt", FALSE, &error);
  g_assert_null (t);
  g_assert_error (error, NG_TEXT_ERROR, NG_TEXT_ERROR_ENCODING);
  g_assert_nonnull (strstr (error->message, "bad.txt:2:3: invalid UTF-8 at byte 8"));
  g_clear_error (&error);
  t = ng_text_new (data, sizeof data - 1, "bad.txt", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (t->n_replaced, ==, 1);
  g_assert_nonnull (strstr (t->text, "ca\xEF\xBF\xBD world"));
  ng_text_free (t);
}

static void
test_binary_and_empty (void)
{
  GError *error = NULL;
  const char bin[] = "abc\0def";
  g_assert_null (ng_text_new (bin, 7, "b", FALSE, &error));
  g_assert_error (error, NG_TEXT_ERROR, NG_TEXT_ERROR_BINARY);
  g_clear_error (&error);
  g_assert_null (ng_text_new (" \n\t\r\n", 5, "e", FALSE, &error));
  g_assert_error (error, NG_TEXT_ERROR, NG_TEXT_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_null (ng_text_new ("", 0, "e", FALSE, &error));
  g_assert_error (error, NG_TEXT_ERROR, NG_TEXT_ERROR_EMPTY);
  g_clear_error (&error);
  ng_text_free (NULL);
}

static void
test_bom_crlf (void)
{
  const char a[] = "\xEF\xBB\xBFTitle line\r\nThe forum was held in Beijing on May 3, 2024. "
                   "It ended well.\r\n";
  const char b[] = "Title line\nThe forum was held in Beijing on May 3, 2024. It ended well.\n";
  NgText *ta = ng_text_new (a, sizeof a - 1, "a", FALSE, NULL);
  NgText *tb = ng_text_new (b, sizeof b - 1, "b", FALSE, NULL);
  g_assert_cmpstr (ta->text, ==, tb->text);
  g_assert_cmpuint (ta->sentences->len, ==, tb->sentences->len);
  ng_text_free (ta);
  ng_text_free (tb);
}

static GPtrArray *
split (const char *s)
{
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  ng_text_split_sentences (s, strlen (s), cuts);
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i + 1 < cuts->len; i += 2) {
    gsize a = g_array_index (cuts, gsize, i), b = g_array_index (cuts, gsize, i + 1);
    char *x = g_strndup (s + a, b - a);
    g_ptr_array_add (out, g_strstrip (x));
  }
  g_array_unref (cuts);
  return out;
}

static void
test_sentences_en (void)
{
  GPtrArray *s = split ("On Nov. 8, Dr. Li spoke at Beijing Sun Information Co., Ltd. in Beijing. "
                        "He left. The U.S. team came too.");
  g_assert_cmpuint (s->len, ==, 3);
  g_assert_cmpstr (s->pdata[1], ==, "He left.");
  g_ptr_array_unref (s);
  s = split ("It was held from 26-28 September 2021.The sub-forum opened.");
  g_assert_cmpuint (s->len, ==, 2);
  g_ptr_array_unref (s);
  s = split ("\"Giving is a habit,\" she said. Then he spoke.");
  g_assert_cmpuint (s->len, ==, 2);
  g_ptr_array_unref (s);
}

static void
test_sentences_zh (void)
{
  GPtrArray *s = split ("会议在武汉举行。杨小伟指出，要巩固成果！“很好。”他说。");
  g_assert_cmpuint (s->len, ==, 4);
  g_assert_cmpstr (s->pdata[0], ==, "会议在武汉举行。");
  g_assert_cmpstr (s->pdata[2], ==, "“很好。”");
  g_ptr_array_unref (s);
}

static void
test_furniture (void)
{
  const char *yes[] = { "(Web editor: Hongyu, Liang Jun)", "Copyright Example Review All rights reserved",
                        "(责编:某某)", "分享让更多人看到", "Home» News» Focus»",
                        "Partners:   |   A   |   B", "专题 >> 论坛 >> 正文", "Written by: A B" };
  const char *no[] = { "The forum was hosted by the Example Foundation.",
                       "绿谷基金会秘书长陈美玲致欢迎辞。", "Dialogue Session" };
  for (guint i = 0; i < G_N_ELEMENTS (yes); i++)
    g_assert_true (ng_text_is_furniture_line (yes[i], strlen (yes[i])));
  for (guint i = 0; i < G_N_ELEMENTS (no); i++)
    g_assert_false (ng_text_is_furniture_line (no[i], strlen (no[i])));
  /* A menu block is dropped; the body is kept. */
  const char page[] = "Breaking story headline\nBy A Writer\n"
                      "The Example Forum was held in Hangzhou on June 1, and more than one hundred "
                      "guests came to it from all over the country, from schools, libraries and "
                      "volunteer groups alike.\n"
                      "About Us\nContact Us\nAdvertise\n";
  NgText *t = ng_text_new (page, sizeof page - 1, "p", FALSE, NULL);
  g_assert_cmpuint (t->n_furniture, ==, 3);
  g_assert_true (g_array_index (t->sentences, NgSentence, 0).in_header);
  g_assert_false (g_array_index (t->sentences, NgSentence, t->sentences->len - 1).in_header);
  ng_text_free (t);
}

static void
test_dates (void)
{
  int y, m, d;
  struct {
    const char *s;
    int y, m, d;
  } cases[] = {
    { "People's Daily Online) 13:18, November 13, 2025", 2025, 11, 13 },
    { "OCT . 14 2021", 2021, 10, 14 },
    { "发布时间:2025-05-21 03:04:15", 2025, 5, 21 },
    { "2024年09月11日11:30 | 来源", 2024, 9, 11 },
    { "(APP - Example News - 28th Aug, 2024)", 2024, 8, 28 },
    { "date 2024-08-28 hosts", 2024, 8, 28 },
  };
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
    g_assert_true (ng_text_find_date (cases[i].s, strlen (cases[i].s), &y, &m, &d));
    g_assert_cmpint (y, ==, cases[i].y);
    g_assert_cmpint (m, ==, cases[i].m);
    g_assert_cmpint (d, ==, cases[i].d);
  }
  g_assert_false (ng_text_find_date ("On the morning of August 29, the", 32, &y, &m, &d));
  g_assert_cmpint (ng_text_month ("Nov.", 4), ==, 11);
  g_assert_cmpint (ng_text_month ("Sept", 4), ==, 9);
  g_assert_cmpint (ng_text_month ("Novel", 5), ==, 0);
  /* The article's publication date comes from its dateline. */
  const char page[] = "Title\nBy A Writer  ·  2023-05-29  ·  Source\n"
                      "The Example Summit takes place in Wuhan on May 20, and many guests came "
                      "to it from all over the country to talk.\n";
  NgText *t = ng_text_new (page, sizeof page - 1, "p", FALSE, NULL);
  g_assert_cmpint (t->pub_year, ==, 2023);
  g_assert_cmpint (t->pub_month, ==, 5);
  g_assert_cmpint (t->pub_day, ==, 29);
  ng_text_free (t);
}

static void
test_fold (void)
{
  g_autofree char *a = ng_text_fold_dup ("Ｔｅｎｃｅｎｔ GROUP", -1);
  g_assert_cmpstr (a, ==, "tencent group");
  /* ASCII and CJK ideographs take a fast path; anything else utf8proc. */
  g_autofree char *b = ng_text_fold_dup ("Wang Xiujun 王秀军 CCTV", -1);
  g_assert_cmpstr (b, ==, "wang xiujun 王秀军 cctv");
  g_autofree char *c = ng_text_fold_dup ("Ａ王", -1);
  g_assert_cmpstr (c, ==, "a王");
  g_autofree char *d = ng_text_fold_dup ("Cafe\xCC\x81 E\xCC\x81", -1);
  g_assert_cmpstr (d, ==, "caf\xC3\xA9 \xC3\xA9"); /* composed, then folded */
  g_autofree char *e = ng_text_fold_dup ("ABC", 2);
  g_assert_cmpstr (e, ==, "ab");
  g_assert_true (ng_text_is_han (0x738B));
  g_assert_false (ng_text_is_han ('W'));
}

/* ng_text_find and ng_text_rfind find what g_strstr_len and g_strrstr_len do. */
static void
test_text_find (void)
{
  static const char *const hay[] = { "", "a", "aa", "abcabc", "由A、B和C主办，由D承办",
                                     "said says said", "“西湖汇”论坛" };
  static const char *const needles[] = { "a", "aa", "abc", "c", "由", "、", "承办", "said",
                                         "“", "论坛", "x" };
  for (guint i = 0; i < G_N_ELEMENTS (hay); i++)
    for (gsize len = 0; len <= strlen (hay[i]); len++)
      for (guint j = 0; j < G_N_ELEMENTS (needles); j++)
        for (gsize off = 0; off <= len; off++) {
          const char *h = hay[i] + off;
          g_assert_true (ng_text_find (h, len - off, needles[j]) ==
                         g_strstr_len (h, len - off, needles[j]));
          g_assert_true (ng_text_rfind (h, len - off, needles[j]) ==
                         g_strrstr_len (h, len - off, needles[j]));
        }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/decode/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/text/decode/binary-empty", test_binary_and_empty);
  g_test_add_func ("/text/decode/bom-crlf", test_bom_crlf);
  g_test_add_func ("/text/sentences/en", test_sentences_en);
  g_test_add_func ("/text/sentences/zh", test_sentences_zh);
  g_test_add_func ("/text/furniture", test_furniture);
  g_test_add_func ("/text/dates", test_dates);
  g_test_add_func ("/text/fold", test_fold);
  g_test_add_func ("/text/find", test_text_find);
  return g_test_run ();
}

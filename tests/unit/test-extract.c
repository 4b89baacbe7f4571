/* SPDX-License-Identifier: MIT */
/* test-extract.c: each extraction rule on small sentences written for the
 * test; the expected facts are looked for in the N-Triples output. */
#include "config.h"

#include <stdio.h>
#include <locale.h>
#include <string.h>

#include "extract/extract.h"
#include "rdfio/rdfio.h"

#define ID "https://w3id.org/newsgraph/id/"
#define S "https://schema.org/"

/* Extracts the articles (NULL-terminated pairs id, text) and returns the
 * N-Triples; caller frees. */
static char *
run (const char *id, const char *text, ...)
{
  NgStore *st = ng_store_new ();
  NgExtractor *ex = ng_extractor_new (st, NULL);
  va_list ap;
  va_start (ap, text);
  while (id) {
    GError *error = NULL;
    NgText *t = ng_text_new (text, strlen (text), id, FALSE, &error);
    g_assert_no_error (error);
    ng_extractor_add (ex, id, t);
    ng_text_free (t);
    id = va_arg (ap, const char *);
    if (id)
      text = va_arg (ap, const char *);
  }
  va_end (ap);
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_assert_true (ng_rdf_write (st, NG_SYNTAX_NTRIPLES, f, NULL));
  fclose (f);
  ng_extractor_free (ex);
  ng_store_free (st);
  char *r = g_strndup (buf, len);
  free (buf);
  return r;
}

static void
has (const char *nt, const char *needle)
{
  if (!strstr (nt, needle))
    g_error ("expected %s in:\n%s", needle, nt);
}

static void
lacks (const char *nt, const char *needle)
{
  if (strstr (nt, needle))
    g_error ("did not expect %s in:\n%s", needle, nt);
}

static const char *lead =
  "Example headline for a test\n\n";

static void
test_article_node (void)
{
  g_autofree char *nt = run ("a.txt", "Nothing of note happened on this quiet day at all, said nobody.", NULL);
  has (nt, "<" ID "article/a-txt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" S "NewsArticle>");
  has (nt, "<" S "identifier> \"a.txt\"");
}

static void
test_apposition_position (void)
{
  g_autofree char *text = g_strconcat (
    lead, "Zhou Hanbin, vice president of the Riverstone Charity Foundation and professor of "
          "Lakeview University, said that volunteers matter.\n", NULL);
  g_autofree char *nt = run ("p.txt", text, NULL);
  has (nt, "\"Zhou Hanbin\"@en");
  has (nt, "\"Riverstone Charity Foundation\"@en");
  has (nt, "\"Lakeview University\"@en");
  has (nt, "\"vice president\"@en");
  has (nt, "\"professor\"@en");
  has (nt, "<" ID "person/zhou-hanbin--lakeview-university>");
}

static void
test_title_before_name (void)
{
  g_autofree char *text = g_strconcat (
    lead, "Academician Gao Ping shared his views on rural schools at the meeting. "
          "Gao said the work would go on.\n", NULL);
  g_autofree char *nt = run ("t.txt", text, NULL);
  has (nt, "\"Gao Ping\"@en");
  lacks (nt, "\"Academician Gao Ping\"");
  /* "Gao" refers back to Gao Ping: one person, not two. */
  lacks (nt, "person/gao--");
}

static void
test_organizers_location_date (void)
{
  g_autofree char *text = g_strconcat (
    "Lakeside forum opens\n\nGreen Daily) 09:40, September 13, 2024\n\n",
    "On Sept. 12, the 2024 Lakeside Literacy Forum was held in Hangzhou, east China's Zhejiang "
    "Province. The forum was hosted by the Green Valley Foundation and co-organized by the "
    "Hangzhou Volunteers Association.\n", NULL);
  g_autofree char *nt = run ("f.txt", text, NULL);
  const char *ev = "<" ID "event/2024-lakeside-literacy-forum>";
  g_autofree char *o1 = g_strdup_printf ("%s <" S "organizer> <" ID "org/green-valley-foundation>", ev);
  g_autofree char *o2 = g_strdup_printf ("%s <" S "organizer> <" ID "org/hangzhou-volunteers-association>", ev);
  g_autofree char *l1 = g_strdup_printf ("%s <" S "location> <" ID "place/hangzhou>", ev);
  g_autofree char *l2 = g_strdup_printf ("%s <" S "location> <" ID "place/zhejiang>", ev);
  g_autofree char *l3 = g_strdup_printf ("%s <" S "location> <" ID "place/china>", ev);
  g_autofree char *d = g_strdup_printf ("%s <" S "startDate> \"2024-09-12\"^^<http://www.w3.org/2001/XMLSchema#date>", ev);
  has (nt, o1);
  has (nt, o2);
  has (nt, l1);
  has (nt, l2);
  has (nt, l3);
  has (nt, d);
}

static void
test_part_of_and_sessions (void)
{
  g_autofree char *text = g_strconcat (
    lead, "The 2024 Harbor Summit Digital Charity Forum was held in Qingdao on May 2, 2024. "
          "The forum included two thematic sessions: \"Schools Online\" and \"Open Data\".\n",
    NULL);
  g_autofree char *nt = run ("s.txt", text, NULL);
  has (nt, "<" ID "event/2024-harbor-summit-digital-charity-forum> <" S "superEvent> <" ID
       "event/2024-harbor-summit>");
  has (nt, "<" ID "event/schools-online> <" S "superEvent> <" ID
       "event/2024-harbor-summit-digital-charity-forum>");
  has (nt, "\"Open Data\"@en");
}

static void
test_speakers (void)
{
  g_autofree char *text = g_strconcat (
    lead, "The Third Harbor Charity Summit takes place in Qingdao on April 16, 2023. "
          "Ma Lijuan, chairwoman of the Blue Harbor Foundation, delivered a keynote speech. "
          "\"Giving is a habit,\" said Peter Lindqvist, director of the Nordic Giving Institute.\n",
    NULL);
  g_autofree char *nt = run ("k.txt", text, NULL);
  has (nt, "<" S "performer> <" ID "person/ma-lijuan--blue-harbor-foundation>");
  /* A quote before the name is not placed at the event. */
  lacks (nt, "<" S "performer> <" ID "person/peter-lindqvist");
}

static void
test_possessive_organizer (void)
{
  g_autofree char *text = g_strconcat (
    lead, "Tencent's 99 Giving Day campaign was launched in 2015 to help people give to the causes "
          "they care about, from rural schools to clean rivers.\n", NULL);
  g_autofree char *nt = run ("g.txt", text, NULL);
  has (nt, "<" ID "event/99-giving-day> <" S "organizer> <" ID "org/tencent>");
  has (nt, "<" ID "event/99-giving-day> <" S "startDate> \"2015\"^^<http://www.w3.org/2001/XMLSchema#gYear>");
}

static void
test_org_identity (void)
{
  /* "Tencent" and "Tencent Group" are one; the charity foundation another. */
  g_autofree char *a = g_strconcat (lead, "Tencent Group said the app grew. Tencent said more.\n", NULL);
  g_autofree char *b = g_strconcat (lead, "The Tencent Charity Foundation said it would help.\n", NULL);
  g_autofree char *nt = run ("a.txt", a, "b.txt", b, NULL);
  has (nt, "<" ID "org/tencent>");
  has (nt, "<" ID "org/tencent-charity-foundation>");
  lacks (nt, "org/tencent-group>");
  /* An acronym of the initials. */
  g_autofree char *c = g_strconcat (
    lead, "The Lakeview Volunteer Alliance met on Monday. LVA members said they would meet again.\n",
    NULL);
  g_autofree char *nt2 = run ("c.txt", c, NULL);
  has (nt2, "\"LVA\"@en");
  lacks (nt2, "org/lva>");
}

static void
test_two_wang_leis (void)
{
  /* The same name at different bodies, and with no context at all: apart. */
  g_autofree char *a = g_strconcat (
    lead, "Wang Lei, head of the Qingdao Volunteer Federation, said training matters.\n", NULL);
  g_autofree char *b = g_strconcat (
    lead, "Wang Lei, professor of Lakeview University, said data matters.\n", NULL);
  g_autofree char *c = g_strconcat (lead, "Wang Lei said he liked the film very much.\n", NULL);
  g_autofree char *nt = run ("a.txt", a, "b.txt", b, "c.txt", c, NULL);
  has (nt, "<" ID "person/wang-lei--qingdao-volunteer-federation>");
  has (nt, "<" ID "person/wang-lei--lakeview-university>");
  has (nt, "<" ID "person/wang-lei--in-c-txt>");
  /* The same post at the same body in two articles: one IRI. */
  g_autofree char *d = g_strconcat (
    lead, "Wang Lei, head of the Qingdao Volunteer Federation, opened the day.\n", NULL);
  g_autofree char *nt2 = run ("a.txt", a, "d.txt", d, NULL);
  const char *p = strstr (nt2, "person/wang-lei--");
  g_assert_nonnull (p);
  for (const char *q = p; (q = strstr (q + 1, "person/wang-lei--"));)
    g_assert_true (!strncmp (q, "person/wang-lei--qingdao-volunteer-federation>", 46));
}

static void
test_zh_rules (void)
{
  const char *text =
    "“数字助老”公益沙龙在浙江宁波举行\n\n发布时间:2024-06-03 10:12:00 来源: 江南公益网\n\n"
    "江南公益网宁波6月3日电(记者 周晓燕)6月2日下午,由绿谷基金会主办、宁波青松科技有限公司承办的"
    "“数字助老”公益沙龙在浙江宁波举行。\n"
    "绿谷基金会秘书长陈美玲致欢迎辞。她表示,希望更多志愿者走进社区。\n"
    "宁波青松科技有限公司副总经理许文涛在发言中介绍了公司的经验。\n";
  g_autofree char *nt = run ("z.txt", text, NULL);
  has (nt, "\"陈美玲\"@zh");
  has (nt, "\"许文涛\"@zh");
  has (nt, "\"周晓燕\"@zh");
  has (nt, "\"绿谷基金会\"@zh");
  has (nt, "\"宁波青松科技有限公司\"@zh");
  has (nt, "\"“数字助老”公益沙龙\"@zh");
  has (nt, "\"秘书长\"@zh");
  has (nt, "\"副总经理\"@zh");
  has (nt, "\"记者\"@zh");
  has (nt, "<" S "location> <" ID "place/ningbo>");
  has (nt, "<" S "location> <" ID "place/zhejiang>");
  has (nt, "\"2024-06-02\"^^<http://www.w3.org/2001/XMLSchema#date>");
  /* The bilingual known-organization list names it in both languages. */
  const char *t2 = "标题\n\n新华社北京5月1日电 中华慈善总会副会长刘明在会上发言,腾讯公司代表参加会议。\n";
  g_autofree char *nt2 = run ("y.txt", t2, NULL);
  has (nt2, "<" ID "org/china-charity-federation>");
  has (nt2, "\"China Charity Federation\"@en");
  has (nt2, "<" ID "org/tencent>");
}

static void
test_furniture_ignored (void)
{
  g_autofree char *text = g_strconcat (
    lead, "The Lakeview Volunteer Alliance met on Monday in Ningbo to plan the year ahead of it.\n",
    "(Web editor: Zhang Sanfeng, Li Sisi)\n", NULL);
  g_autofree char *nt = run ("w.txt", text, NULL);
  lacks (nt, "Zhang Sanfeng");
}

static void
test_free_null (void)
{
  ng_extractor_free (NULL);
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/extract/article", test_article_node);
  g_test_add_func ("/extract/en/apposition-position", test_apposition_position);
  g_test_add_func ("/extract/en/title-before-name", test_title_before_name);
  g_test_add_func ("/extract/en/organizer-location-date", test_organizers_location_date);
  g_test_add_func ("/extract/en/part-of-sessions", test_part_of_and_sessions);
  g_test_add_func ("/extract/en/speakers", test_speakers);
  g_test_add_func ("/extract/en/possessive-organizer", test_possessive_organizer);
  g_test_add_func ("/extract/resolve/org-identity", test_org_identity);
  g_test_add_func ("/extract/resolve/two-wang-leis", test_two_wang_leis);
  g_test_add_func ("/extract/zh/rules", test_zh_rules);
  g_test_add_func ("/extract/furniture", test_furniture_ignored);
  g_test_add_func ("/extract/free-null", test_free_null);
  return g_test_run ();
}

/* SPDX-License-Identifier: MIT */
/* mention-zh.c: mentions and relations in Chinese sentences.
 *
 * Chinese has no spaces, so names are found from their ends: an
 * organization ends with a kind word (基金会, 协会, 委员会, 大学, 政府,
 * 省委 ... zh-org-suffixes.txt) and an event with an event word (论坛,
 * 峰会, 沙龙, 大会 ... zh-event-heads.txt); the name runs left from there to
 * a boundary: punctuation (a quoted part “西湖汇” stays in), a function
 * word (由, 在, 的, 和 ...) or a verb (举行, 亮相 ...).  Known
 * organizations and places (orgs.txt, places.txt) are matched as written.
 * Items of "由A、B、C主办" and of "A、B等企业" are organizations whatever
 * their ending; "X网" is an outlet before 讯, 消息, a place or a date.
 * People: a family name and one or two characters after a post (理事长
 * 王秀军), in a byline (记者 郭蔓 邓玉华), in a dateline's parentheses
 * ("电(王祖贤)"), and every later occurrence of a name found so. */
#include "config.h"

#include <string.h>

#include "extract/extract-private.h"
#include "lingua/lingua.h"

static gboolean
has_prefix_at (const char *s, gsize len, gsize i, const char *w)
{
  gsize n = strlen (w);
  return i + n <= len && !memcmp (s + i, w, n);
}

static gboolean
ends_with_at (const char *s, gsize i, gsize lo, const char *w)
{
  gsize n = strlen (w);
  return i >= lo + n && !memcmp (s + i - n, w, n);
}

static gunichar
char_before (const char *s, gsize i, gsize lo)
{
  if (i <= lo)
    return 0;
  return g_utf8_get_char (g_utf8_prev_char (s + i));
}

/* Single characters that end a name going left. */
static const char *const stop_chars =
  "由和与及在的是为对向从将于把被等了并或即也又还都让使给跟同以其该各本此我你他她它们之，。、；："
  "！？（）《》〈〉【】,.;:!?()　 為與對將從讓們該個於";
/* Words that end a name going left (verbs and the like). */
static const char *const stop_words[] = {
  "亮相", "举行", "召开", "参加", "出席", "启动", "迈入", "开启", "举办", "成立", "揭牌",
  "宣布", "发布", "见证", "签署", "邀请", "打造", "带来", "来自", "主办", "承办", "协办",
  "指导", "主辦", "承辦", "表示", "指出", "包括", "通过", "依托", "加入", "代表", "获得",
  "这是", "今年", "当晚", "现场", "活动", "共同", "联合", "一同", "作为", "受邀", "现身",
  "推动", "推動", "首个", "一个", "这个", "發表", "舉行", "啟動", "見證", "簽署", "參加", "有關",
  "成为", "成為", "促进", "促進", "建设", "建設", "本次", "此次", "这次", "该次", "本届",
  "本屆", NULL
};

static gboolean
is_stop_char (gunichar c, gboolean event)
{
  if (c == 0)
    return TRUE;
  if (event && (c == 0x4E0E || c == 0x548C || c == 0x53CA)) /* 与 和 及 inside event names */
    return FALSE;
  if (g_unichar_isspace (c))
    return TRUE;
  char buf[8];
  buf[g_unichar_to_utf8 (c, buf)] = 0;
  return strstr (stop_chars, buf) != NULL;
}

/* Bit (c & 0xFFFF) is set when a stop word ends with character c: most
 * characters end none, and extend_left tries the stop words at every
 * character.  Built once, read-only afterwards. */
static const guint8 *
stop_word_ends (void)
{
  static guint8 bits[8192];
  static gsize ready;
  if (g_once_init_enter (&ready)) {
    for (int k = 0; stop_words[k]; k++) {
      const char *w = stop_words[k];
      gunichar c = g_utf8_get_char (g_utf8_prev_char (w + strlen (w)));
      bits[(c >> 3) & 0x1FFF] |= 1u << (c & 7);
    }
    g_once_init_leave (&ready, 1);
  }
  return bits;
}

void
mentions_zh_prepare (void)
{
  stop_word_ends ();
}

/* Extends a name ending at `end` (absolute) left; returns its start. */
static gsize
extend_left (const char *s, gsize lo, gsize end, gsize min_start, gboolean event)
{
  gsize i = end;
  int n = 0;
  while (i > lo && n < 40) {
    gunichar c = char_before (s, i, lo);
    if (c == 0x201D || c == 0x300D) { /* a quoted part: ” or 」 */
      const char *q = ng_text_rfind (s + lo, i - lo, c == 0x201D ? "\xE2\x80\x9C" : "\xE3\x80\x8C");
      if (!q)
        break;
      i = q - s;
      n++;
      continue;
    }
    if (event && (c == ')' || c == 0xFF09)) {
      /* "(第七届)" belongs to a name; "(记者陈然)" does not. */
      const char *open = ng_text_rfind (s + lo, i - lo, c == ')' ? "(" : "\xEF\xBC\x88");
      if (!open || strncmp (open + (c == ')' ? 1 : 3), "第", 3))
        break;
      i = open - s;
      n++;
      continue;
    }
    if (event && (g_ascii_isdigit (c) || c == '(' || c == 0xFF08)) {
      i = g_utf8_prev_char (s + i) - s;
      n++;
      continue;
    }
    if (c < 0x80 && !(g_ascii_isalpha (c) && event))
      break;
    if (is_stop_char (c, event))
      break;
    gboolean stop = FALSE;
    const guint8 *ends = stop_word_ends ();
    if (ends[(c >> 3) & 0x1FFF] & (1u << (c & 7)))
      for (int k = 0; stop_words[k] && !stop; k++)
        if (ends_with_at (s, i, lo, stop_words[k]))
          stop = TRUE;
    if (stop)
      break;
    if (i <= min_start)
      break;
    i = g_utf8_prev_char (s + i) - s;
    n++;
  }
  /* A date in front is not part of it: "20日，" is cut by the comma, but
   * "11月9日下午" has none. */
  return i;
}

typedef struct {
  gsize s, e;
} Span;

static void cover (GArray *spans, gsize s, gsize e);

static void
cover2 (GArray *a, GArray *b, gsize s, gsize e)
{
  cover (a, s, e);
  cover (b, s, e);
}

static gboolean
covered (GArray *spans, gsize s, gsize e)
{
  for (guint i = 0; i < spans->len; i++) {
    Span *p = &g_array_index (spans, Span, i);
    if (s < p->e && e > p->s)
      return TRUE;
  }
  return FALSE;
}

static void
cover (GArray *spans, gsize s, gsize e)
{
  Span p = { s, e };
  g_array_append_val (spans, p);
}

static guint
n_chars (const char *s, gsize a, gsize b)
{
  return g_utf8_strlen (s + a, b - a);
}

/* The person-name length at i (bytes) given a family name: 2 or 3
 * characters; 0 when no name. */
static const char *const name_after_stops =
  "致表说在等出发主介分通坦带讲指强认提呼和与受首则也从围以做为、，。；：“”（）() 　的兼会院长";

static gsize
name_at (const char *s, gsize len, gsize i)
{
  const Lexicon *lx = lexicon_get ();
  if (i >= len)
    return 0;
  gunichar c = g_utf8_get_char (s + i);
  if (!ng_text_is_han (c))
    return 0;
  gsize a = g_utf8_next_char (s + i) - s;
  char sur[16];
  memcpy (sur, s + i, a - i);
  sur[a - i] = 0;
  gsize after_sur = a;
  /* Two-character family names first. */
  if (a < len) {
    gsize b2 = g_utf8_next_char (s + a) - s;
    char two[16];
    if (b2 - i < sizeof two) {
      memcpy (two, s + i, b2 - i);
      two[b2 - i] = 0;
      if (g_hash_table_contains (lx->surnames, two))
        after_sur = b2;
    }
  }
  if (after_sur == a && !g_hash_table_contains (lx->surnames, sur))
    return 0;
  /* Given name: one or two Han characters. */
  gsize g1 = after_sur;
  if (g1 >= len || !ng_text_is_han (g_utf8_get_char (s + g1)))
    return 0;
  gsize g2 = g_utf8_next_char (s + g1) - s;
  if (g2 < len && ng_text_is_han (g_utf8_get_char (s + g2))) {
    char buf[8];
    gunichar d = g_utf8_get_char (s + g2);
    buf[g_unichar_to_utf8 (d, buf)] = 0;
    if (!strstr (name_after_stops, buf)) {
      gsize g3 = g_utf8_next_char (s + g2) - s;
      return g3 - i;
    }
  }
  return g2 - i;
}

/* Adds a person mention; doc_add_mention records the name in
 * doc->zh_names for the later sentences. */
static void
add_person (Doc *doc, guint sent, gsize s, gsize e, GHashTable *names)
{
  doc_add_mention (doc, ENT_PERSON, s, e, sent, NULL, TRUE);
}

static int
longest_first_cmp (const void *a, const void *b)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  gsize lx = strlen (x), ly = strlen (y);
  if (lx != ly)
    return lx > ly ? -1 : 1;
  return strcmp (x, y);
}

/* Whether s[a, b) is made only of words that describe a kind of
 * organization ("公益", "科技", "一家互联网"): with a suffix after it, such
 * a name names no particular body (zh-generic-words.txt). */
static gboolean
generic_only (const char *s, gsize a, gsize b)
{
  const Lexicon *lx = lexicon_get ();
  while (a < b) {
    gsize best = 0;
    gsize e = a;
    for (int k = 0; k < 5 && e < b; k++) {
      e = g_utf8_next_char (s + e) - s;
      char buf[32];
      if (e - a >= sizeof buf)
        break;
      memcpy (buf, s + a, e - a);
      buf[e - a] = 0;
      if (g_hash_table_contains (lx->zh_generic, buf))
        best = e;
    }
    if (!best)
      return FALSE;
    a = best;
  }
  return TRUE;
}

/* "柏剑老师的公益案例", "王明的发言": a person named as a possessor is
 * talked about, not speaking. */
static gboolean
possessive_person (const char *s, gsize hi, const Mention *m)
{
  gsize e = m->end;
  const Lexicon *lx = lexicon_get ();
  for (guint k = 0; k < lx->zh_honorifics->len; k++)
    if (has_prefix_at (s, hi, e, lx->zh_honorifics->pdata[k])) {
      e += strlen (lx->zh_honorifics->pdata[k]);
      break;
    }
  return has_prefix_at (s, hi, e, "的") && !has_prefix_at (s, hi, e, "的发言") &&
         !has_prefix_at (s, hi, e, "的講話") && !has_prefix_at (s, hi, e, "的讲话");
}

/* Whether a post title (zh-titles.txt) ends at byte i. */
static gboolean
after_title (const char *s, gsize lo, gsize i)
{
  const Lexicon *lx = lexicon_get ();
  for (guint k = 0; k < lx->zh_titles->len; k++)
    if (ends_with_at (s, i, lo, lx->zh_titles->pdata[k]))
      return TRUE;
  return FALSE;
}

typedef struct {
  const char *w; /**< a name of doc->zh_name_list */
  gsize at;      /**< where it occurs */
} NameAt;

/* The order names were searched in: longest first, then strcmp; then by
 * position. */
static gint
cmp_name_at (gconstpointer a, gconstpointer b)
{
  const NameAt *x = a, *y = b;
  if (x->w != y->w) {
    int c = longest_first_cmp (&x->w, &y->w);
    if (c)
      return c;
  }
  return x->at < y->at ? -1 : x->at > y->at;
}

/* Indexes the names found since the last call (per document). */
static void
zh_names_index (Doc *doc)
{
  if (!doc->zh_name_idx) {
    doc->zh_name_idx = g_new0 (CharIndex, 1);
    doc->zh_name_idx->words =
      g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  }
  CharIndex *x = doc->zh_name_idx;
  for (; doc->zh_names_indexed < doc->zh_name_list->len; doc->zh_names_indexed++) {
    char *w = doc->zh_name_list->pdata[doc->zh_names_indexed];
    gunichar c = g_utf8_get_char (w);
    GPtrArray *a = g_hash_table_lookup (x->words, GUINT_TO_POINTER (c));
    if (!a) {
      a = g_ptr_array_new ();
      g_hash_table_insert (x->words, GUINT_TO_POINTER (c), a);
    }
    g_ptr_array_add (a, w);
    x->first[(c >> 3) & 0x1FFF] |= 1u << (c & 7);
  }
}


/* Kinds of venue before "中心": a convention or exhibition centre, a
 * sports centre. */
static const char *const venue_kinds_zh[] = { "会议", "會議", "会展", "會展", "展览", "展覽",
                                              "博览", "博覽", "体育", "體育", NULL };

static gboolean
venue_before (const char *s, gsize at, gsize lo)
{
  for (int k = 0; venue_kinds_zh[k]; k++)
    if (ends_with_at (s, at, lo, venue_kinds_zh[k]))
      return TRUE;
  return FALSE;
}

static const char *const org_cues[] = { "主办", "承办", "协办", "指导", "举办", "主辦", "承辦",
                                        "協辦", "指導", "舉辦", NULL };

void
mentions_zh (Doc *doc, guint sent)
{
  const Lexicon *lx = lexicon_get ();
  const NgSentence *ss = &g_array_index (doc->t->sentences, NgSentence, sent);
  const char *s = doc->t->text;
  gsize lo = ss->start, hi = ss->end;
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (Span));
  /* The same spans without the events': a place named inside an event's
   * name ("杭州网络文化节", "湖北大会") is a place mention too. */
  GArray *nonev = g_array_new (FALSE, FALSE, sizeof (Span));
  guint first_mention = doc->mentions->len;

  /* Items of an organizer list: "由A、B、C共同主办", "A、B等网信企业". */
  for (int k = 0; org_cues[k]; k++) {
    const char *cue = ng_text_find (s + lo, hi - lo, org_cues[k]);
    if (!cue)
      continue;
    const char *by = ng_text_rfind (s + lo, cue - (s + lo), "由");
    if (!by)
      continue;
    gsize a = by - s + 3;
    gsize end = cue - s;
    if (ends_with_at (s, end, lo, "共同"))
      end -= 6;
    /* "由A指导，B、C主办": clauses end with a cue; only those (and the
     * last, which ends at this cue) are lists of organizers. */
    while (a < end) {
      const char *comma = ng_text_find (s + a, end - a, "，");
      gsize ce = comma ? (gsize) (comma - s) : end;
      gsize clause_end = ce;
      gboolean cued = !comma;
      for (int c = 0; org_cues[c] && !cued; c++)
        if (ends_with_at (s, ce, a, org_cues[c])) {
          clause_end = ce - strlen (org_cues[c]);
          cued = TRUE;
        }
      for (gsize b = a; cued && b < clause_end;) {
        const char *sep = ng_text_find (s + b, clause_end - b, "、");
        gsize e = sep ? (gsize) (sep - s) : clause_end;
        if (e > b && !covered (spans, b, e) && n_chars (s, b, e) >= 2 && n_chars (s, b, e) <= 20) {
          cover2 (spans, nonev, b, e);
          doc_add_mention (doc, ENT_ORG, b, e, sent, NULL, TRUE);
        }
        b = sep ? e + 3 : clause_end;
      }
      a = comma ? ce + 3 : end;
    }
  }
  {
    const char *deng = ng_text_find (s + lo, hi - lo, "等");
    if (deng && (has_prefix_at (s, hi, deng - s + 3, "网信企业") ||
                 has_prefix_at (s, hi, deng - s + 3, "企业") ||
                 has_prefix_at (s, hi, deng - s + 3, "互联网企业") ||
                 has_prefix_at (s, hi, deng - s + 3, "机构") ||
                 has_prefix_at (s, hi, deng - s + 3, "平台"))) {
      gsize end = deng - s;
      gsize a = extend_left (s, lo, end, lo, FALSE);
      /* extend_left stops at 、; walk the list backwards. */
      while (TRUE) {
        if (end > a && !covered (spans, a, end) && n_chars (s, a, end) >= 2) {
          cover2 (spans, nonev, a, end);
          doc_add_mention (doc, ENT_ORG, a, end, sent, NULL, TRUE);
        }
        if (a >= lo + 3 && !memcmp (s + a - 3, "、", 3)) {
          end = a - 3;
          a = extend_left (s, lo, end, lo, FALSE);
        } else {
          break;
        }
      }
    }
  }
  /* Known organizations and places, longest first. */
  FOR_EACH_MATCH (lx->zh_orgs_idx, s, lo, hi, w, n, p)
      gsize a = p - s;
      if (covered (spans, a, a + n))
        continue;
      /* "新浪公益": a known name followed by more of a name is another body. */
      cover2 (spans, nonev, a, a + n);
      doc_add_mention (doc, ENT_ORG, a, a + n, sent, NULL, TRUE);
    }
  }
  /* Events by their endings: every candidate, the longest first. */
  {
    GArray *cands = g_array_new (FALSE, FALSE, sizeof (Span));
    GArray *ranks = g_array_new (FALSE, FALSE, sizeof (int));
    FOR_EACH_MATCH (lx->zh_event_idx, s, lo, hi, w, n, p)
        int rank = GPOINTER_TO_INT (g_hash_table_lookup (lx->zh_event_rank, w)) - 1;
        gsize e = p - s + n;
        gsize a = rank == 1 ? (gsize) (p - s) : extend_left (s, lo, p - s, lo, TRUE);
        /* A session keeps only its quoted title: "「青年与公益」专场". */
        if (rank == 1 && (ends_with_at (s, a, lo, "\xE2\x80\x9D") || ends_with_at (s, a, lo, "\xE3\x80\x8D"))) {
          const char *open = g_strrstr_len (s + lo, a - lo, s[a - 1] == '\x9D' ? "\xE2\x80\x9C" : "\xE3\x80\x8C");
          if (open && a - (gsize) (open - s) <= 60)
            a = open - s;
        }
        guint nc = n_chars (s, a, e), hc = g_utf8_strlen (w, -1);
        if (rank != 1 && (nc < hc + 3 || (hc == 1 && nc < 5)))
          continue;
        if (has_prefix_at (s, hi, a, "本") || has_prefix_at (s, hi, a, "该") ||
            has_prefix_at (s, hi, a, "此") || has_prefix_at (s, hi, a, "這"))
          continue;
        if (hc == 1 && a < (gsize) (p - s) && g_ascii_isdigit (s[p - s - 1]))
          continue; /* "9周" */
        if (hc == 1 && after_title (s, lo, p - s))
          continue; /* "副厅长周建平": a title, then the surname 周 */
        if (ss->in_header && rank != 1)
          continue;
        Span sp = { a, e };
        g_array_append_val (cands, sp);
        g_array_append_val (ranks, rank);
      }
    }
    for (;;) {
      int best = -1;
      for (guint k = 0; k < cands->len; k++) {
        Span *c = &g_array_index (cands, Span, k);
        if (c->e == 0 || covered (spans, c->s, c->e))
          continue;
        if (best < 0 || c->e - c->s > g_array_index (cands, Span, best).e - g_array_index (cands, Span, best).s)
          best = k;
      }
      if (best < 0)
        break;
      Span *c = &g_array_index (cands, Span, best);
      cover (spans, c->s, c->e); /* events: not in nonev */
      int m = doc_add_mention (doc, ENT_EVENT, c->s, c->e, sent, NULL, TRUE);
      g_array_index (doc->mentions, Mention, m).rank = g_array_index (ranks, int, best);
      c->e = 0;
    }
    g_array_unref (cands);
    g_array_unref (ranks);
  }
  /* Organizations by their endings. */
  FOR_EACH_MATCH (lx->zh_suffix_idx, s, lo, hi, w, n, p)
      gsize e = p - s + n;
      if (covered (spans, p - s, e))
        continue;
      /* A suffix that goes on as a longer word ("部长", "局面") is none. */
      if (e < hi) {
        gunichar nx = g_utf8_get_char (s + e);
        if ((!strcmp (w, "部") || !strcmp (w, "局") || !strcmp (w, "办") || !strcmp (w, "署")) &&
            (nx == 0x957F || nx == 0x9577 || nx == 0x9762 || nx == 0x5206 || nx == 0x95E8))
          continue;
      }
      /* "举办", "主办", "承办": a verb, not an office ("网信办" is one). */
      if (p > s + lo && !strcmp (w, "办")) {
        gunichar pc = char_before (s, p - s, lo);
        char pb[8];
        pb[g_unichar_to_utf8 (pc ? pc : ' ', pb)] = 0;
        if (pc && strstr ("举舉主承协協创創开開兴興停查督筹籌包代操经經合申联聯", pb))
          continue;
      }
      if (p > s + lo && (!strcmp (w, "部") || !strcmp (w, "局"))) {
        gunichar pc = char_before (s, p - s, lo);
        if (pc) {
          char pb[8];
          pb[g_unichar_to_utf8 (pc, pb)] = 0;
          if (strstr ("东西南北中内外全格布结大时政当", pb))
            continue;
        }
      }
      /* "香港会议展览中心": a venue, not an organization; the place its
       * name begins with (found below) is where an event held there is. */
      if (!strcmp (w, "中心") && venue_before (s, p - s, lo))
        continue;
      gsize a = extend_left (s, lo, p - s, lo, FALSE);
      /* An opening quote without its closing one is not part of the name. */
      if (has_prefix_at (s, hi, a, "“") && !ng_text_find (s + a, e - a, "”"))
        a += 3;
      guint nc = n_chars (s, a, e), hc = g_utf8_strlen (w, -1);
      gboolean admin = !strcmp (w, "政府") || !strcmp (w, "市委") || !strcmp (w, "省委") ||
                       !strcmp (w, "政协") || !strcmp (w, "政協");
      if (nc < hc + (admin ? 1 : 2) || nc > 24)
        continue;
      if (hc == 1 && nc < 3)
        continue;
      /* "宣传部部长": a short department before its own head's title is part of a title. */
      if (hc == 1 && nc <= 3 && a >= lo + 3 && !memcmp (s + a - 3, "、", 3))
        continue;
      /* "…发起的公益基金会", "一家科技公司": a description, not a name
       * ("公益慈善研究院" alone can be an institute's short name). */
      if (covered (spans, a, e) ||
          (generic_only (s, a, p - s) &&
           (char_before (s, a, lo) == 0x7684 /* 的 */ || has_prefix_at (s, hi, a, "一家") ||
            has_prefix_at (s, hi, a, "这家") || has_prefix_at (s, hi, a, "這家") ||
            has_prefix_at (s, hi, a, "首家"))))
        continue;
      cover2 (spans, nonev, a, e);
      doc_add_mention (doc, ENT_ORG, a, e, sent, NULL, TRUE);
    }
  }
  /* Outlets: "荆楚网消息", "公益中国网讯", "中国青年网乌镇11月10日电", "来源: 未来网". */
  for (const char *p = s + lo; p < s + hi;) {
    const char *w = ng_text_find (p, s + hi - p, "网");
    const char *w2 = ng_text_find (p, s + hi - p, "網");
    if (!w || (w2 && w2 < w))
      w = w2;
    if (!w)
      break;
    gsize e = w - s + 3;
    p = s + e;
    if (covered (spans, w - s, e))
      continue;
    gboolean outlet = has_prefix_at (s, hi, e, "讯") || has_prefix_at (s, hi, e, "消息") ||
                      has_prefix_at (s, hi, e, "客户端") || has_prefix_at (s, hi, e, "訊") ||
                      (e < hi && g_ascii_isdigit (s[e]));
    gsize a = extend_left (s, lo, w - s, lo, FALSE);
    for (guint k = 0; !outlet && k < lx->zh_places->len; k++)
      if (has_prefix_at (s, hi, e, lx->zh_places->pdata[k]))
        outlet = TRUE;
    if (!outlet && a >= lo + 3) {
      const char *q = s + a;
      while (q > s + lo && (q[-1] == ' ' || q[-1] == ':'))
        q--;
      if (q - (s + lo) >= 6 && (!memcmp (q - 6, "来源", 6) || !memcmp (q - 6, "來源", 6)))
        outlet = TRUE;
      if (q - (s + lo) >= 3 && (!memcmp (q - 3, "：", 3)) && q - (s + lo) >= 9 &&
          (!memcmp (q - 9, "来源", 6) || !memcmp (q - 9, "來源", 6)))
        outlet = TRUE;
    }
    if (outlet && n_chars (s, a, e) >= 2 && n_chars (s, a, e) <= 8 && !covered (spans, a, e)) {
      cover2 (spans, nonev, a, e);
      doc_add_mention (doc, ENT_ORG, a, e, sent, NULL, TRUE);
    }
  }
  /* Places. */
  FOR_EACH_MATCH (lx->zh_places_idx, s, lo, hi, w, n, p)
      gsize a = p - s;
      if (covered (nonev, a, a + n))
        continue;
      cover2 (spans, nonev, a, a + n);
      doc_add_mention (doc, ENT_PLACE, a, a + n, sent, NULL, TRUE);
    }
  }
  /* People after a post, in bylines and datelines. */
  GHashTable *names = doc->zh_names;
  FOR_EACH_MATCH (lx->zh_titles_idx, s, lo, hi, w, n, p)
      gsize i = p - s + n;
      gboolean byline = !strcmp (w, "记者") || !strcmp (w, "記者") || !strcmp (w, "通讯员") ||
                        !strcmp (w, "通訊員");
      for (;;) {
        while (i < hi && s[i] == ' ')
          i++;
        gsize nl = name_at (s, hi, i);
        if (!nl || covered (spans, i, i + nl))
          break;
        /* In a byline names are separated by spaces; a name runs to one. */
        if (byline) {
          gsize e = i;
          while (e < hi && ng_text_is_han (g_utf8_get_char (s + e)) && e - i < 12)
            e = g_utf8_next_char (s + e) - s;
          if (e - i >= 6 && e - i <= 12 && !covered (spans, i, e))
            nl = e - i;
        }
        cover2 (spans, nonev, i, i + nl);
        add_person (doc, sent, i, i + nl, names);
        if (!byline)
          break;
        i += nl;
        if (i >= hi || s[i] != ' ')
          break;
      }
    }
  }
  /* "电(王祖贤)", "電 (方彭依梦)": the dateline's credit. */
  for (const char *p = ng_text_find (s + lo, hi - lo, "电"); p;
       p = ng_text_find (p + 3, s + hi - (p + 3), "电")) {
    gsize i = p - s + 3;
    while (i < hi && s[i] == ' ')
      i++;
    if (has_prefix_at (s, hi, i, "(") || has_prefix_at (s, hi, i, "（")) {
      i += s[i] == '(' ? 1 : 3;
      gsize e = i;
      while (e < hi && ng_text_is_han (g_utf8_get_char (s + e)))
        e = g_utf8_next_char (s + e) - s;
      if ((has_prefix_at (s, hi, e, ")") || has_prefix_at (s, hi, e, "）")) && name_at (s, hi, i) &&
          n_chars (s, i, e) >= 2 && n_chars (s, i, e) <= 4 && !covered (spans, i, e)) {
        cover2 (spans, nonev, i, e);
        add_person (doc, sent, i, e, names);
      }
    }
  }
  /* "柏剑老师", "李华女士": a name right before a form of address.  The
   * name must start the text or follow a non-Han character or 的, so that
   * "和张老师" is not a person called 和张. */
  for (guint k = 0; k < lx->zh_honorifics->len; k++) {
    const char *w = lx->zh_honorifics->pdata[k];
    gsize n = strlen (w);
    for (const char *p = g_strstr_len (s + lo, hi - lo, w); p;
         p = g_strstr_len (p + n, s + hi - (p + n), w)) {
      gsize end = p - s;
      gsize i = end;
      for (int len = 3; len >= 2; len--) {
        i = end;
        for (int c = 0; c < len && i > lo; c++)
          i = g_utf8_prev_char (s + i) - s;
        gunichar before = char_before (s, i, lo);
        if (before && ng_text_is_han (before) && before != 0x7684 /* 的 */)
          continue;
        if (name_at (s, end, i) == end - i && n_chars (s, i, end) == (guint) len &&
            !covered (spans, i, end)) {
          cover2 (spans, nonev, i, end);
          add_person (doc, sent, i, end, names);
          break;
        }
      }
    }
  }
  /* Every occurrence of a name already found, the longest first (then in
   * strcmp order); a name's occurrences from left to right, each search
   * going on from the end of the last occurrence.  The names are indexed
   * by first character, so that a sentence costs its length rather than
   * the number of names the article has (quadratic in a long article). */
  zh_names_index (doc);
  GArray *occ = g_array_new (FALSE, FALSE, sizeof (NameAt));
  FOR_EACH_MATCH (doc->zh_name_idx, s, lo, hi, w, n, p)
      NameAt o = { w, p - s };
      g_array_append_val (occ, o);
    }
  }
  g_array_sort (occ, cmp_name_at);
  const char *last = NULL;
  gsize from = 0; /* where the search for the name `last` goes on */
  for (guint k = 0; k < occ->len; k++) {
    const NameAt *o = &g_array_index (occ, NameAt, k);
    gsize n = strlen (o->w);
    if (o->w != last)
      last = o->w, from = 0;
    if (o->at < from)
      continue; /* inside the previous occurrence */
    from = o->at + n;
    if (covered (spans, o->at, o->at + n))
      continue;
    cover2 (spans, nonev, o->at, o->at + n);
    add_person (doc, sent, o->at, o->at + n, NULL);
  }
  g_array_unref (occ);
  g_array_unref (spans);
  g_array_unref (nonev);
  /* Sort this sentence's mentions by position. */
  guint n = doc->mentions->len - first_mention;
  if (n < 2)
    return; /* (and with no mention at all, the array's data may be NULL) */
  Mention *base = &g_array_index (doc->mentions, Mention, first_mention);
  for (guint i = 1; i < n; i++)
    for (guint j = i; j > 0 && base[j - 1].start > base[j].start; j--) {
      Mention t = base[j];
      base[j] = base[j - 1];
      base[j - 1] = t;
    }
}

/* ---- relations ------------------------------------------------------- */

static Mention *
MM (Doc *doc, GArray *ms, guint k)
{
  return &g_array_index (doc->mentions, Mention, g_array_index (ms, int, k));
}

static const char *const zh_held[] = { "举行", "召开", "启动", "开幕", "揭幕", "啟動", "舉行",
                                       "亮相", "举办", "揭牌", "开启", NULL };

static gboolean
is_title_text (const char *t)
{
  const Lexicon *lx = lexicon_get ();
  if (!*t || g_utf8_strlen (t, -1) > 16)
    return FALSE;
  for (const char *p = t; *p; p++)
    if (strchr (",.;:()", *p))
      return FALSE;
  if (strstr (t, "，") || strstr (t, "。") || strstr (t, "；") || strstr (t, "："))
    return FALSE;
  for (guint k = 0; k < lx->zh_titles->len; k++)
    if (g_str_has_suffix (t, lx->zh_titles->pdata[k]))
      return TRUE;
  return FALSE;
}

static void
add_title_list (Doc *doc, int person, int org, const char *t, guint sent)
{
  char **parts = g_strsplit_set (t, "", -1);
  g_strfreev (parts);
  /* Split at 、 and 兼. */
  GString *cur = g_string_new (NULL);
  for (const char *p = t;; p = g_utf8_next_char (p)) {
    gboolean end = !*p;
    if (end || !strncmp (p, "、", 3) || !strncmp (p, "兼", 3)) {
      if (cur->len)
        rel_add (doc, REL_POSITION, person, org, NULL, cur->str, sent);
      g_string_truncate (cur, 0);
      if (end)
        break;
      continue;
    }
    g_string_append_len (cur, p, g_utf8_next_char (p) - p);
  }
  g_string_free (cur, TRUE);
}

void
relations_zh (Doc *doc, guint sent, GArray *ms)
{
  const NgSentence *ss = &g_array_index (doc->t->sentences, NgSentence, sent);
  const char *s = doc->t->text;
  gsize lo = ss->start, hi = ss->end;
  /* Positions: ORG TITLE NAME, chained by 、. */
  for (guint k = 0; k < ms->len; k++) {
    Mention *p = MM (doc, ms, k);
    if (p->type != ENT_PERSON)
      continue;
    gsize cur = p->start;
    for (int j = (int) k - 1; j >= 0; j--) {
      Mention *o = MM (doc, ms, j);
      if (o->type != ENT_ORG)
        break;
      if (o->end > cur)
        break;
      g_autofree char *t = g_strndup (s + o->end, cur - o->end);
      g_strstrip (t);
      if (*t && is_title_text (t))
        add_title_list (doc, p->entity, o->entity, t, sent);
      else if (*t)
        break;
      if (o->start >= lo + 3 && !memcmp (s + o->start - 3, "、", 3))
        cur = o->start - 3;
      else
        break;
    }
    /* Bylines: "(记者 X)" goes to the outlet the sentence opens with. */
    if (p->start >= lo + 7) {
      const char *b = ng_text_rfind (s + lo, p->start - lo, "记者");
      if (!b)
        b = ng_text_rfind (s + lo, p->start - lo, "記者");
      if (b && p->start - (b - s) < 40 && ng_text_rfind (s + lo, b - (s + lo), "(")) {
        for (guint j = 0; j < k; j++) {
          Mention *o = MM (doc, ms, j);
          if (o->type == ENT_ORG) {
            rel_add (doc, REL_POSITION, p->entity, o->entity, NULL, "记者", sent);
            break;
          }
        }
      }
    }
  }
  if (ss->in_header)
    return;
  /* The sentence's event: the first event mention, else an anaphor, else
   * the reported event. */
  int ev = -1;
  for (guint k = 0; k < ms->len && ev < 0; k++)
    if (MM (doc, ms, k)->type == ENT_EVENT)
      ev = MM (doc, ms, k)->entity;
  if (ev < 0)
    ev = sentence_event (doc, sent, ms, 0);
  int ev_or_main = ev >= 0 ? ev : doc->main_event;
  /* Organizers. */
  const char *last_cue = NULL;
  for (int k = 0; org_cues[k]; k++) {
    const char *c = ng_text_rfind (s + lo, hi - lo, org_cues[k]);
    if (c && (!last_cue || c > last_cue))
      last_cue = c;
  }
  if (last_cue && ev_or_main >= 0) {
    const char *by = ng_text_find (s + lo, last_cue - (s + lo), "由");
    gsize from = by ? (gsize) (by - s) : lo;
    for (guint k = 0; k < ms->len; k++) {
      Mention *o = MM (doc, ms, k);
      if (o->type == ENT_ORG && o->start >= from && o->end <= (gsize) (last_cue - s)) {
        /* "由A主办、B承办": each organizer's role is the first cue after it. */
        const char *role = NULL;
        const char *first = NULL;
        for (int c = 0; org_cues[c]; c++) {
          const char *at = g_strstr_len (s + o->end, last_cue + 6 - (s + o->end), org_cues[c]);
          if (at && (!first || at < first))
            first = at;
        }
        if (first)
          role = organizer_role (first, 6);
        rel_add_organizer (doc, ev_or_main, o->entity, role, sent);
      }
    }
  }
  /* Location and date: "在X举行". */
  const char *held = NULL;
  for (int k = 0; zh_held[k]; k++) {
    const char *c = ng_text_find (s + lo, hi - lo, zh_held[k]);
    if (c && (!held || c < held))
      held = c;
  }
  if (held && ev_or_main >= 0) {
    const char *at = ng_text_rfind (s + lo, held - (s + lo), "在");
    if (at)
      for (guint k = 0; k < ms->len; k++) {
        Mention *m = MM (doc, ms, k);
        if (m->type == ENT_PLACE && m->start > (gsize) (at - s) && m->end <= (gsize) (held - s))
          rel_add (doc, REL_LOCATION, ev_or_main, m->entity, NULL, NULL, sent);
      }
    char *lit = NULL;
    if (find_date (doc, s + lo, held - (s + lo), &lit))
      rel_add (doc, REL_DATE, ev_or_main, -1, lit, NULL, sent);
    g_free (lit);
  }
  /* Speakers. */
  const Lexicon *lx = lexicon_get ();
  gboolean strong = FALSE, weak = FALSE;
  for (guint k = 0; k < lx->zh_speech->len; k++) {
    const char *w = lx->zh_speech->pdata[k];
    if (ng_text_find (s + lo, hi - lo, w)) {
      const char *st = g_hash_table_lookup (lx->zh_speech_strength, w);
      if (st && !strcmp (st, "strong"))
        strong = TRUE;
      else
        weak = TRUE;
    }
  }
  if ((strong || weak) && ev_or_main >= 0) {
    gboolean first = TRUE;
    for (guint k = 0; k < ms->len; k++) {
      Mention *p = MM (doc, ms, k);
      if (p->type != ENT_PERSON || possessive_person (s, hi, p))
        continue;
      if (strong || first)
        rel_add (doc, REL_SPEAKER, ev_or_main, p->entity, NULL, NULL, sent);
      first = FALSE;
    }
  }
}

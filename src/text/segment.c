/* SPDX-License-Identifier: MIT */
/* segment.c: lines, page furniture, the header zone, sentences and the
 * publication date of an article (text.c decodes it first).
 *
 * Furniture is recognized line by line: credits and copyright lines by
 * their opening words, breadcrumbs and navigation bars by their separators,
 * and blocks of three or more short title-less lines (menus, partner
 * lists).  The header zone is everything before the first line long enough
 * to be body text: headline, byline, dateline and source lines live there,
 * and the extractor reads them with care (no events from headlines, whose
 * injected strings mislead). */
#include "config.h"

#include <string.h>

#include "text/text.h"

void ng_text_segment (NgText *t);

static gboolean
starts_with_ci (const char *s, gsize len, const char *prefix)
{
  gsize n = strlen (prefix);
  return len >= n && !g_ascii_strncasecmp (s, prefix, n);
}

/* Every line is searched for each furniture word: a memcmp per byte and
 * word was a tenth of the extractor's time. */
static gboolean
contains (const char *s, gsize len, const char *needle)
{
  return ng_text_find (s, len, needle) != NULL;
}

/* Opening words of credit, share and copyright lines, after an optional
 * opening parenthesis. */
static const char *const furniture_starts[] = {
  "web editor", "editor:", "editors:", "edited by", "written by", "copyedited by",
  "source:", "print edition", "skip to main content", "comments to", "partners:",
  "search", "subscribe", "share this", "related:", "related news", "read more",
  "责编", "責編", "编辑:", "编辑：", "編輯:", "分享让更多人看到", "分享讓更多人看到",
  "返回顶部", "返回頂部", "小字号", "小字號", "最佳回答", "打印本页", "关闭窗口",
  "扫一扫", "相关新闻", "相關新聞", NULL
};
static const char *const furniture_contains[] = {
  "Copyright", "copyright", "COPYRIGHT", "All rights reserved", "ICP备", "公网安备",
  "版权所有", "版權所有", ">>", "»", NULL
};

gboolean
ng_text_is_furniture_line (const char *line, gsize len)
{
  while (len && g_ascii_isspace (*line))
    line++, len--;
  while (len && g_ascii_isspace (line[len - 1]))
    len--;
  if (!len)
    return FALSE;
  const char *s = line;
  gsize n = len;
  if (*s == '(') {
    s++, n--;
  } else if (n >= 3 && !memcmp (s, "（", 3)) {
    s += 3, n -= 3;
  }
  for (int i = 0; furniture_starts[i]; i++)
    if (starts_with_ci (s, n, furniture_starts[i]))
      return TRUE;
  for (int i = 0; furniture_contains[i]; i++)
    if (contains (line, len, furniture_contains[i]))
      return TRUE;
  /* Menus: several "|" separators, or words spaced by runs of blanks. */
  int bars = 0, gaps = 0;
  for (gsize i = 0; i < len; i++) {
    if (line[i] == '|')
      bars++;
    if (i + 3 < len && line[i] == ' ' && line[i + 1] == ' ' && line[i + 2] == ' ') {
      gaps++;
      while (i < len && line[i] == ' ')
        i++;
    }
  }
  return bars >= 2 || gaps >= 2;
}

/* A short line without sentence punctuation: a menu item candidate. */
static gboolean
is_short_line (const char *line, gsize len)
{
  if (len == 0 || len > 24)
    return FALSE;
  int words = 1;
  for (gsize i = 0; i < len; i++) {
    if (line[i] == ' ')
      words++;
    if (strchr (".,:;!?", line[i]) || g_ascii_isdigit (line[i]))
      return FALSE;
  }
  if (contains (line, len, "。") || contains (line, len, "，"))
    return FALSE;
  return words <= 4;
}

static guint
n_chars (const char *s, gsize len, guint *n_han)
{
  guint n = 0;
  *n_han = 0;
  for (const char *p = s; p < s + len;) {
    /* ASCII without decoding; g_unichar_isspace's ASCII spaces are these. */
    if ((guchar) *p < 0x80) {
      n += !(*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f');
      p++;
      continue;
    }
    gunichar c = g_utf8_get_char (p);
    if (!g_unichar_isspace (c))
      n++;
    if (ng_text_is_han (c))
      (*n_han)++;
    p = g_utf8_next_char (p);
  }
  return n;
}

/* ---- sentences ------------------------------------------------------- */

/* Abbreviations whose period does not end a sentence (lower case). */
static const char *const abbrevs[] = {
  "mr", "mrs", "ms", "dr", "prof", "st", "co", "ltd", "inc", "corp", "no", "vs", "etc",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "gen", "gov", "sen", "rep", "jr", "sr", "u.s", "u.k", "e.g", "i.e", "a.m", "p.m", "dept",
  "approx", "fig", "vol", "mt", "ft", NULL
};

static gboolean
is_abbrev (const char *p, gsize dot)
{
  gsize b = dot;
  while (b > 0 && (g_ascii_isalpha (p[b - 1]) || (p[b - 1] == '.' && b >= 2 &&
                                                  g_ascii_isalpha (p[b - 2]))))
    b--;
  gsize n = dot - b;
  if (n == 0)
    return FALSE;
  if (n == 1 && g_ascii_isupper (p[b]))
    return TRUE; /* an initial: "J. Smith", "U." */
  char w[16];
  if (n >= sizeof w)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    w[i] = g_ascii_tolower (p[b + i]);
  w[n] = 0;
  for (int i = 0; abbrevs[i]; i++)
    if (!strcmp (w, abbrevs[i]))
      return TRUE;
  return FALSE;
}

void
ng_text_split_sentences (const char *p, gsize len, GArray *out)
{
  gsize start = 0;
  gsize i = 0;
  while (i < len) {
    gunichar c = g_utf8_get_char (p + i);
    gsize next = g_utf8_next_char (p + i) - p;
    gboolean cut = FALSE;
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF1B) { /* 。！？； */
      cut = TRUE;
    } else if (c == '!' || c == '?') {
      cut = next >= len || p[next] == ' ' || (guchar) p[next] >= 0x80;
    } else if (c == '.') {
      if (next >= len) {
        cut = TRUE;
      } else if (p[next] == ' ' || p[next] == '"' || (guchar) p[next] >= 0xE2) {
        gsize k = next;
        while (k < len && p[k] == ' ')
          k++;
        /* The next sentence starts with a capital, a digit or a quote. */
        cut = k >= len || g_ascii_isupper (p[k]) || g_ascii_isdigit (p[k]) || p[k] == '"' ||
              (guchar) p[k] >= 0xE2;
        if (cut && is_abbrev (p, i)) {
          /* "Co., Ltd." then a capital is ambiguous; keep company suffixes
           * and titles joined, cut after a month only before a capital
           * that is not a number. */
          cut = FALSE;
        }
      } else if (g_ascii_isupper (p[next]) && i > 0 &&
                 (g_ascii_islower (p[i - 1]) || g_ascii_isdigit (p[i - 1])) &&
                 !is_abbrev (p, i)) {
        cut = TRUE; /* "2021.The" and "enterprises.He": a lost space */
      }
    }
    if (cut) {
      /* Take closing quotes and brackets with the sentence. */
      while (next < len) {
        gunichar d = g_utf8_get_char (p + next);
        if (d == '"' || d == 0x201D || d == 0x2019 || d == ')' || d == 0xFF09 || d == 0x300D)
          next = g_utf8_next_char (p + next) - p;
        else
          break;
      }
      g_array_append_val (out, start);
      g_array_append_val (out, next);
      start = next;
    }
    i = next;
  }
  if (start < len) {
    g_array_append_val (out, start);
    g_array_append_val (out, len);
  }
}

/* ---- the article ----------------------------------------------------- */

typedef struct {
  gsize start, end;   /* without the LF, trimmed */
  gboolean furniture;
  gboolean is_short;
} Line;

void
ng_text_segment (NgText *t)
{
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (Line));
  gsize pos = 0;
  while (pos <= t->len) {
    const char *nl = memchr (t->text + pos, '\n', t->len - pos);
    gsize end = nl ? (gsize) (nl - t->text) : t->len;
    Line l = { pos, end, FALSE, FALSE };
    while (l.start < l.end && g_ascii_isspace (t->text[l.start]))
      l.start++;
    /* Full-width spaces open Chinese paragraphs. */
    while (l.start + 3 <= l.end && !memcmp (t->text + l.start, "\xE3\x80\x80", 3))
      l.start += 3;
    while (l.end > l.start && g_ascii_isspace (t->text[l.end - 1]))
      l.end--;
    if (l.end > l.start) {
      l.furniture = ng_text_is_furniture_line (t->text + l.start, l.end - l.start);
      l.is_short = is_short_line (t->text + l.start, l.end - l.start);
      g_array_append_val (lines, l);
    }
    if (!nl)
      break;
    pos = end + 1;
  }
  /* Blocks of three or more short or furniture lines are menus. */
  for (guint i = 0; i < lines->len;) {
    guint j = i;
    guint n_short = 0;
    while (j < lines->len && (g_array_index (lines, Line, j).is_short ||
                              g_array_index (lines, Line, j).furniture)) {
      n_short += g_array_index (lines, Line, j).is_short;
      j++;
    }
    if (j - i >= 3 && n_short >= 2)
      for (guint k = i; k < j; k++)
        g_array_index (lines, Line, k).furniture = TRUE;
    i = j > i ? j : i + 1;
  }

  guint total = 0, han = 0;
  gboolean in_header = TRUE;
  guint para = 0;
  guint line_no = 1;
  gsize counted = 0;
  GArray *cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (guint i = 0; i < lines->len; i++) {
    Line *l = &g_array_index (lines, Line, i);
    const char *s = t->text + l->start;
    gsize len = l->end - l->start;
    if (l->furniture) {
      t->n_furniture++;
      continue;
    }
    guint nh;
    guint nc = n_chars (s, len, &nh);
    total += nc;
    han += nh;
    gboolean line_zh = nh * 2 > nc;
    /* The body starts with the first long line that holds a sentence end. */
    if (in_header && (nc >= 100 || (line_zh && nc >= 40)) &&
        (!line_zh || contains (s, len, "。") || contains (s, len, "！") ||
         contains (s, len, "？") || contains (s, len, "，") || contains (s, len, ",")))
      in_header = FALSE;
    /* Line numbers counted incrementally from the previous line. */
    for (; counted < l->start; counted++)
      line_no += t->text[counted] == '\n';
    g_array_set_size (cuts, 0);
    if (in_header) {
      gsize a = 0;
      g_array_append_val (cuts, a);
      g_array_append_val (cuts, len);
    } else {
      ng_text_split_sentences (s, len, cuts);
    }
    for (guint k = 0; k + 1 < cuts->len; k += 2) {
      NgSentence sent = { 0 };
      sent.start = l->start + g_array_index (cuts, gsize, k);
      sent.end = l->start + g_array_index (cuts, gsize, k + 1);
      while (sent.start < sent.end && g_ascii_isspace (t->text[sent.start]))
        sent.start++;
      while (sent.end > sent.start && g_ascii_isspace (t->text[sent.end - 1]))
        sent.end--;
      if (sent.end <= sent.start)
        continue;
      guint sh;
      guint sc = n_chars (t->text + sent.start, sent.end - sent.start, &sh);
      sent.is_zh = sh * 3 > sc;
      sent.line = line_no;
      sent.para = para;
      sent.in_header = in_header;
      g_array_append_val (t->sentences, sent);
    }
    para++;
  }
  g_array_unref (cuts);
  t->is_zh = han * 3 > total;

  /* The publication date: the header zone and the first body line, else
   * the last lines (e-paper footers carry it). */
  gboolean found = FALSE;
  guint body_seen = 0;
  for (guint i = 0; i < lines->len && !found && body_seen < 2; i++) {
    Line *l = &g_array_index (lines, Line, i);
    guint nh;
    guint nc = n_chars (t->text + l->start, l->end - l->start, &nh);
    gsize scan = l->end - l->start;
    if (nc >= 100 || (nh * 2 > nc && nc >= 40)) {
      body_seen++;
      if (scan > 200)
        scan = 200; /* a dateline, not the story's own dates */
    }
    found = ng_text_find_date (t->text + l->start, scan, &t->pub_year, &t->pub_month,
                               &t->pub_day);
  }
  for (guint i = lines->len; i > 0 && i + 3 > lines->len && !found; i--) {
    Line *l = &g_array_index (lines, Line, i - 1);
    found = ng_text_find_date (t->text + l->start, l->end - l->start, &t->pub_year,
                               &t->pub_month, &t->pub_day);
  }
  if (!found)
    t->pub_year = t->pub_month = t->pub_day = 0;
  g_array_unref (lines);
}

/* SPDX-License-Identifier: MIT */
/* relation.c: the facts between the entities of one article.
 *
 * First the reported event: among the events that a sentence says were
 * held (held, kicked off, opened, took place, 举行, 启动 ...), the most
 * specific (a session before a forum before a summit); "the forum", "the
 * event", "本次活动" and sentences that name no event stand for it.  Then,
 * sentence by sentence:
 * - organizer: "hosted/organized/sponsored/guided/undertaken by" and their
 *   co- and jointly- forms, "ORG hosted/launched EVENT", "ORG's EVENT",
 *   "由A、B主办/承办/协办/指导";
 * - location: the places after "held in" / "in" that follow the event,
 *   chained through "X, east China's Y Province"; "在X举行";
 * - date: "On Nov. 8", "on the morning of August 29", "from 26-28
 *   September 2021", "on Wednesday", "this past weekend", "11月20日晚",
 *   "9日", resolved against the publication date (or a year in the event's
 *   name); "launched in 2015" gives a year;
 * - part of: an event named inside a longer one's name, and the nearest
 *   earlier event of a larger kind for sessions and sub-forums;
 * - speaker: strong words (speech, keynote, remarks, moderated, 致辞,
 *   发言, 主持) for every person of the sentence, weak ones (said, shared,
 *   表示) for the person the sentence opens with, not for quotes that open
 *   the sentence;
 * - position: appositions ("X, vice president of Y and director of Z,"),
 *   "ORG reporter X", "(Reporter X)" after an outlet, "Y理事长王秀军". */
#include "config.h"

#include <string.h>

#include "extract/extract-private.h"


/* A relation as a key of doc->rel_seen: NULL and "" differ, as for
 * g_strcmp0, and the lengths keep the fields apart. */
static char *
rel_key (RelKind kind, int s, int o, const char *lit, const char *title)
{
  return g_strdup_printf ("%d %d %d %c%zu:%s %c%zu:%s", kind, s, o, lit ? '+' : '-',
                          lit ? strlen (lit) : 0, lit ? lit : "", title ? '+' : '-',
                          title ? strlen (title) : 0, title ? title : "");
}

void
rel_add (Doc *doc, RelKind kind, int s, int o, const char *lit, const char *title, guint sent)
{
  if (s < 0 || (o < 0 && !lit))
    return;
  if (kind != REL_DATE && kind != REL_POSITION && s == o)
    return;
  /* Not twice, and one date per event: the first found wins.  Sets, not
   * a scan of doc->rels, to stay linear in the article's length. */
  if (kind == REL_DATE && g_hash_table_contains (doc->dated, GINT_TO_POINTER (s + 1)))
    return;
  char *key = rel_key (kind, s, o, lit, title);
  if (!g_hash_table_add (doc->rel_seen, key))
    return; /* seen (the set keeps one copy of the key) */
  if (kind == REL_DATE)
    g_hash_table_add (doc->dated, GINT_TO_POINTER (s + 1));
  Rel r = { kind, s, o, g_strdup (lit), g_strdup (title), sent, NULL };
  g_array_append_val (doc->rels, r);
}

void
rel_add_organizer (Doc *doc, int ev, int o, const char *role, guint sent)
{
  rel_add (doc, REL_ORGANIZER, ev, o, NULL, NULL, sent);
  if (!role || ev < 0 || o < 0)
    return;
  /* The relation is the one just added, else an earlier one: look back. */
  for (guint i = doc->rels->len; i-- > 0;) {
    Rel *r = &g_array_index (doc->rels, Rel, i);
    if (r->kind == REL_ORGANIZER && r->s == ev && r->o == o) {
      if (!r->role)
        r->role = role;
      break;
    }
  }
}

const char *
organizer_role (const char *cue, gsize len)
{
  g_autofree char *c = g_ascii_strdown (cue, len);
  /* Co-hosts are hosts ("jointly hosted by", 联合主办); co-organizers are
   * the second rank (co-organized by, 协办). */
  if (strstr (c, "主办") || strstr (c, "主辦") || strstr (c, "host"))
    return "host";
  if (strstr (c, "协办") || strstr (c, "協辦") || strstr (c, "co-"))
    return "coOrganizer";
  if (strstr (c, "承办") || strstr (c, "承辦") || strstr (c, "undertaken"))
    return "undertaker";
  if (strstr (c, "指导") || strstr (c, "指導") || strstr (c, "guided"))
    return "guidedBy";
  return NULL;
}

/* The text between two offsets; "" when they overlap. */
static char *
gap_dup (const char *text, gsize a, gsize b)
{
  return b > a ? g_strndup (text + a, b - a) : g_strdup ("");
}

static const NgSentence *
sentence (Doc *doc, guint i)
{
  return &g_array_index (doc->t->sentences, NgSentence, i);
}

static Mention *
M (Doc *doc, int i)
{
  return &g_array_index (doc->mentions, Mention, i);
}

static Entity *
E (Doc *doc, int i)
{
  return doc->entities->pdata[i];
}

#define LC(c) ((c) >= 'A' && (c) <= 'Z' ? (char) ((c) + 32) : (c))

/* Case-insensitive search for word w in [s, s+len) at word boundaries;
 * returns the offset or -1. */
static gssize
find_word (const char *s, gsize len, const char *w)
{
  gsize n = strlen (w);
  const char w0 = LC (w[0]);
  for (gsize i = 0; i + n <= len; i++) {
    if (LC (s[i]) != w0 || g_ascii_strncasecmp (s + i, w, n))
      continue;
    if (i > 0 && (g_ascii_isalnum (s[i - 1]) || s[i - 1] == '-'))
      continue;
    if (i + n < len && g_ascii_isalnum (s[i + n]))
      continue;
    return i;
  }
  return -1;
}

/* A word list prepared for find_any: by_first[b] has bit k set when
 * words[k] starts with byte b (either case).  Built once per list
 * (g_once_init_enter) and read-only afterwards, so threads may share it. */
typedef struct {
  const char *const *words; /**< NULL-terminated, at most 64 */
  gsize ready;
  int n;
  gsize lens[64];
  guint64 by_first[256];
} WordSet;

#define WORD_SET(list) { (list), 0, 0, { 0 }, { 0 } }

static const WordSet *
word_set (WordSet *ws)
{
  if (g_once_init_enter (&ws->ready)) {
    int n = 0;
    for (; ws->words[n] && n < 64; n++) {
      guint8 c = LC (ws->words[n][0]);
      ws->by_first[c] |= G_GUINT64_CONSTANT (1) << n;
      if (c >= 'a' && c <= 'z')
        ws->by_first[c - 32] |= G_GUINT64_CONSTANT (1) << n; /* both cases */
      ws->lens[n] = strlen (ws->words[n]);
    }
    ws->n = n;
    g_once_init_leave (&ws->ready, 1);
  }
  return ws;
}

/* The first occurrence of any of the words (see find_word); one pass over
 * s, where each position tries only the words that can start there, in
 * list order: this runs several times on every sentence. */
static gssize
find_any (const char *s, gsize len, WordSet *set, gsize *wlen)
{
  const WordSet *ws = word_set (set);
  for (gsize i = 0; i < len; i++) {
    guint64 cand = ws->by_first[(guint8) s[i]];
    if (!cand)
      continue;
    if (i > 0 && (g_ascii_isalnum (s[i - 1]) || s[i - 1] == '-') && (guint8) s[i] < 0x80)
      continue;
    for (; cand; cand &= cand - 1) {
      int k = __builtin_ctzll (cand); /* the lowest candidate left */
      const char *w = ws->words[k];
      gsize m = ws->lens[k];
      if (i + m > len)
        continue;
      gsize q = 1; /* the first byte matched by by_first; the rest as g_ascii_strncasecmp */
      while (q < m && LC (s[i + q]) == LC (w[q]))
        q++;
      if (q < m)
        continue;
      if (i + m < len && g_ascii_isalnum (s[i + m]) && (guint8) w[m - 1] < 0x80)
        continue;
      if (wlen)
        *wlen = m;
      return i;
    }
  }
  return -1;
}

static const char *const held_words[] = {
  "held", "kicked off", "opened", "took place", "takes place", "take place", "launched",
  "was launched", "convened", "kicks off", "opens", "hosted", "host", "hosts", "organized",
  "co-sponsored", "sponsored", "gathered", "举行", "召开", "启动", "开幕", "揭幕", "啟動", "舉行",
  "开启", "亮相", "举办", "舉辦", "成立", NULL
};
static WordSet held_words_set = WORD_SET (held_words);

/* Anaphoric event words in English ("the forum") and Chinese. */
static const char *const event_anaphors[] = {
  "the forum", "the summit", "the conference", "the event", "the sub-forum", "the salon",
  "the session", "the meeting", "the fair", "the campaign", "the roundtable", "the gathering",
  "the ceremony", "the festival", "this forum", "this summit", "this event", "this conference",
  "本次活动", "本次沙龙", "本次峰会", "本次论坛", "本次会议", "本届", "会议", "论坛上",
  "峰会", "活动现场", "活动中", "会上", "论坛", "当日论坛", "論壇", "會議", "峰會", "本次活動",
  "會上", "活動現場", NULL
};
static WordSet event_anaphors_set = WORD_SET (event_anaphors);

static int anaphor_event (Doc *doc, const char *s, gssize p, gsize wl);

/* The event a sentence talks about, before byte offset `before` (absolute)
 * when >0: its last event mention, else an anaphor, else -1. */
int
sentence_event (Doc *doc, guint sent, GArray *ms, gsize before)
{
  int best = -1;
  for (guint k = 0; k < ms->len; k++) {
    Mention *m = M (doc, g_array_index (ms, int, k));
    if (m->type != ENT_EVENT || m->nested)
      continue;
    if (before && m->start >= before)
      break;
    best = m->entity;
  }
  if (best >= 0)
    return best;
  const NgSentence *ss = sentence (doc, sent);
  const char *s = doc->t->text + ss->start;
  gsize len = (before ? before : ss->end) - ss->start;
  gsize wl = 0;
  gssize p = find_any (s, len, &event_anaphors_set, &wl);
  if (p < 0)
    return -1;
  /* The answer depends only on the anaphor's bytes and on the entities,
   * which are fixed by now: remembered per document, since finding it
   * tries every event (quadratic in a long article). */
  char *key = g_strndup (s + p, wl);
  gpointer memo;
  if (g_hash_table_lookup_extended (doc->anaphors, key, NULL, &memo)) {
    g_free (key);
    return GPOINTER_TO_INT (memo);
  }
  int r = anaphor_event (doc, s, p, wl);
  g_hash_table_insert (doc->anaphors, key, GINT_TO_POINTER (r));
  return r;
}

/* The event that the anaphor s[p, p+wl) stands for (see sentence_event). */
static int
anaphor_event (Doc *doc, const char *s, gssize p, gsize wl)
{
  /* "the forum": the last event whose name ends with that word. */
  const char *w = s + p + (g_str_has_prefix (s + p, "the ") ? 4 : 0);
  gsize wn = s + p + wl - w;
  if (!g_str_has_prefix (s + p, "the ") && !g_str_has_prefix (s + p, "this ")) {
    /* "论坛", "論壇上": the last event whose name ends with that word. */
    static const char *const heads[] = { "论坛", "論壇", "峰会", "峰會", "沙龙", "沙龍", "大会",
                                         "大會", NULL };
    for (int h = 0; heads[h]; h++) {
      if (strncmp (s + p, heads[h], strlen (heads[h])) && strncmp (s + p + wl - 6, heads[h], 6) &&
          !ng_text_find (s + p, wl, heads[h]))
        continue;
      int cand = -1;
      for (guint e = 0; e < doc->entities->len; e++) {
        Entity *en = E (doc, e);
        if (en->type == ENT_EVENT && g_str_has_suffix (en->name, heads[h]))
          cand = (cand < 0 || e == (guint) doc->main_event) ? (int) e : cand;
      }
      if (cand >= 0)
        return cand;
    }
    return doc->main_event;
  }
  if (g_str_has_prefix (s + p, "this "))
    w = s + p + 5, wn = wl - 5;
  int cand = -1;
  for (guint e = 0; e < doc->entities->len; e++) {
    Entity *en = E (doc, e);
    if (en->type != ENT_EVENT)
      continue;
    gsize nl = strlen (en->name);
    if (nl >= wn && !g_ascii_strncasecmp (en->name + nl - wn, w, wn) && cand < 0)
      cand = e;
    if (e == (guint) doc->main_event && nl >= wn &&
        !g_ascii_strncasecmp (en->name + nl - wn, w, wn))
      cand = e;
  }
  return cand >= 0 ? cand : doc->main_event;
}

/* ---- dates ----------------------------------------------------------- */

static const char *const weekdays[] = { "monday", "tuesday", "wednesday", "thursday", "friday",
                                        "saturday", "sunday", NULL };

static int
year_for (Doc *doc, int month, int day)
{
  const NgText *t = doc->t;
  if (t->pub_year) {
    if (t->pub_month && month > t->pub_month + 1)
      return t->pub_year - 1;
    return t->pub_year;
  }
  return doc->year_hint;
}

/* Finds a date in s: returns its precision (3 day, 2 month, 1 year, 0
 * none) and the literal. */
int
find_date (Doc *doc, const char *s, gsize len, char **lit)
{
  *lit = NULL;
  int y = 0, m = 0, d = 0;
  for (gsize i = 0; i < len; i++) {
    if (i > 0 && g_ascii_isalnum (s[i - 1]))
      continue;
    if (g_ascii_isalpha (s[i])) {
      gsize k = i;
      while (k < len && g_ascii_isalpha (s[k]))
        k++;
      int mo = ng_text_month (s + i, k - i + (k < len && s[k] == '.' ? 1 : 0));
      if (mo && k - i >= 3) {
        gsize j = k;
        while (j < len && (s[j] == '.' || s[j] == ' '))
          j++;
        int dd = 0;
        while (j < len && g_ascii_isdigit (s[j]) && dd < 100)
          dd = dd * 10 + (s[j++] - '0');
        if (dd >= 1 && dd <= 31) {
          m = mo, d = dd;
          /* "September 18 to 20, 2020": a year after. */
          gsize q = j;
          while (q < len && q < j + 12 && !g_ascii_isdigit (s[q]) && s[q] != '.')
            q++;
          if (q < len && q < j + 12) {
            int yy = 0, nd = 0;
            gsize r = q;
            while (r < len && g_ascii_isdigit (s[r]))
              yy = MIN (yy, 100000) * 10 + (s[r++] - '0'), nd++;
            if (nd != 4) {
              /* "to 20, 2020" */
              while (r < len && r < q + 6 && !g_ascii_isdigit (s[r]))
                r++;
              yy = 0, nd = 0;
              while (r < len && g_ascii_isdigit (s[r]))
                yy = MIN (yy, 100000) * 10 + (s[r++] - '0'), nd++;
            }
            if (nd == 4 && yy > 1900)
              y = yy;
          }
          break;
        }
      }
      for (int w = 0; weekdays[w]; w++)
        if (k - i == strlen (weekdays[w]) && !g_ascii_strncasecmp (s + i, weekdays[w], k - i) &&
            doc->t->pub_day) {
          /* The latest such weekday on or before the publication date. */
          GDate *g = g_date_new_dmy (doc->t->pub_day, doc->t->pub_month, doc->t->pub_year);
          int want = w + 1; /* GDateWeekday: Monday = 1 */
          while ((int) g_date_get_weekday (g) != want)
            g_date_subtract_days (g, 1);
          y = g_date_get_year (g), m = g_date_get_month (g), d = g_date_get_day (g);
          g_date_free (g);
          *lit = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
          return 3;
        }
      i = k;
    } else if (g_ascii_isdigit (s[i])) {
      /* "26-28 September 2021", "the 27th of September", "11月20日", "9日" */
      gsize k = i; /* digit runs saturate (MIN) rather than overflow: fuzz-extract */
      int n = 0;
      while (k < len && g_ascii_isdigit (s[k]))
        n = MIN (n, 100000) * 10 + (s[k++] - '0');
      if (k - i == 4 && k + 3 <= len && !memcmp (s + k, "年", 3)) {
        y = n;
        i = k + 2;
        continue;
      }
      if (k + 3 <= len && !memcmp (s + k, "月", 3) && n >= 1 && n <= 12) {
        gsize j = k + 3;
        int dd = 0;
        while (j < len && g_ascii_isdigit (s[j]))
          dd = MIN (dd, 100000) * 10 + (s[j++] - '0');
        if (dd >= 1 && dd <= 31 && j + 3 <= len && !memcmp (s + j, "日", 3)) {
          /* "6月3日电" is the dateline's, not the event's. */
          if (j + 6 <= len && (!memcmp (s + j + 3, "电", 3) || !memcmp (s + j + 3, "電", 3))) {
            i = j + 5;
            continue;
          }
          m = n, d = dd;
          break;
        }
      }
      if (k + 3 <= len && !memcmp (s + k, "日", 3) && n >= 1 && n <= 31 && doc->t->pub_month &&
          (i < 3 || memcmp (s + i - 3, "月", 3))) {
        m = doc->t->pub_month, d = n;
        break;
      }
      gsize j = k;
      if (j + 2 <= len && (!strncmp (s + j, "th", 2) || !strncmp (s + j, "st", 2) ||
                           !strncmp (s + j, "nd", 2) || !strncmp (s + j, "rd", 2)))
        j += 2;
      if (j < len && s[j] == '-') {
        j++;
        while (j < len && g_ascii_isdigit (s[j]))
          j++;
      }
      if (j + 4 < len && !strncmp (s + j, " of ", 4))
        j += 4;
      while (j < len && s[j] == ' ')
        j++;
      gsize w = j;
      while (j < len && g_ascii_isalpha (s[j]))
        j++;
      int mo = ng_text_month (s + w, j - w);
      if (mo && n >= 1 && n <= 31 && j - w >= 3) {
        m = mo, d = n;
        while (j < len && s[j] == ' ')
          j++;
        int yy = 0, nd = 0;
        while (j < len && g_ascii_isdigit (s[j]))
          yy = MIN (yy, 100000) * 10 + (s[j++] - '0'), nd++;
        if (nd == 4)
          y = yy;
        break;
      }
      i = k;
    }
  }
  if (m && d) {
    if (!y)
      y = year_for (doc, m, d);
    if (!y)
      return 0;
    *lit = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
    return 3;
  }
  if (find_word (s, len, "this past weekend") >= 0 || find_word (s, len, "last weekend") >= 0 ||
      find_word (s, len, "this week") >= 0 || find_word (s, len, "last week") >= 0) {
    if (doc->t->pub_year && doc->t->pub_month) {
      *lit = g_strdup_printf ("%04d-%02d", doc->t->pub_year, doc->t->pub_month);
      return 2;
    }
  }
  return 0;
}

/* "launched in 2015", "in 2015 launched": a year. */
static int
launch_year (const char *s, gsize len)
{
  gssize p = find_word (s, len, "launched");
  if (p < 0)
    return 0;
  for (gssize i = (p > 20 ? p - 20 : 0); i < p + 30 && (gsize) i + 7 < len; i++) {
    if (!strncmp (s + i, "in ", 3) && g_ascii_isdigit (s[i + 3]) && g_ascii_isdigit (s[i + 6]) &&
        (i + 7 >= (gssize) len || !g_ascii_isdigit (s[i + 7]))) {
      int y = atoi (s + i + 3);
      if (y > 1900 && y < 2100)
        return y;
    }
  }
  return 0;
}

/* ---- English rules --------------------------------------------------- */

static const char *const organizer_cues[] = {
  "hosted by", "co-hosted by", "organized by", "organised by", "co-organized by",
  "co-organised by", "sponsored by", "co-sponsored by", "guided by", "undertaken by",
  "held by", "jointly held by", "jointly hosted by", "jointly organized by", "convened by",
  "Co-hosted by", "Co-organized by", "Co-sponsored by", "Hosted by", "Organized by",
  "Sponsored by", "Guided by", NULL
};
static WordSet organizer_cues_set = WORD_SET (organizer_cues);

static const char *const active_host[] = { "host", "hosts", "hosted", "launched", "launches",
                                           "organized", "organizes", "organised", "organises",
                                           "sponsored", "held", "holds", "convened", "convenes",
                                           NULL };
static WordSet active_host_set = WORD_SET (active_host);

/* "was held", "will be hosted": a passive verb, whose subject is the event. */
static gboolean
after_be (const char *s, gsize verb)
{
  static const char *const be[] = { "was ", "were ", "be ", "been ", "is ", "are ", "being ",
                                    NULL };
  for (int i = 0; be[i]; i++) {
    gsize n = strlen (be[i]);
    if (verb >= n && !g_ascii_strncasecmp (s + verb - n, be[i], n))
      return TRUE;
  }
  return FALSE;
}

/* Text between two byte offsets is only a list separator. */
static gboolean
list_gap (const char *s, gsize a, gsize b)
{
  if (b < a)
    return FALSE;
  g_autofree char *g = gap_dup (s, a, b);
  g_strstrip (g);
  return !*g || !strcmp (g, ",") || !strcmp (g, "and") || !strcmp (g, ", and") ||
         !strcmp (g, "、") || !strcmp (g, "和") || !strcmp (g, "及") || !strcmp (g, "与") ||
         !strcmp (g, "and the") || !strcmp (g, ", the") || !strcmp (g, ", and the") ||
         !strcmp (g, "，");
}

static void
organizers_en (Doc *doc, guint sent, GArray *ms)
{
  const NgSentence *ss = sentence (doc, sent);
  const char *text = doc->t->text;
  const char *s = text + ss->start;
  gsize len = ss->end - ss->start;
  for (gsize off = 0; off < len;) {
    gsize wl = 0;
    gssize p = find_any (s + off, len - off, &organizer_cues_set, &wl);
    if (p < 0)
      break;
    gsize cue = ss->start + off + p, cue_end = cue + wl;
    /* The event: before the cue, else after the organizers. */
    int ev = sentence_event (doc, sent, ms, cue);
    GArray *orgs = g_array_new (FALSE, FALSE, sizeof (int));
    gsize last_end = cue_end;
    for (guint k = 0; k < ms->len; k++) {
      Mention *m = M (doc, g_array_index (ms, int, k));
      if (m->start < cue_end || m->nested)
        continue;
      if (m->type == ENT_ORG) {
        g_autofree char *gap = gap_dup (text, last_end, m->start);
        if (strchr (gap, '.') || strchr (gap, ';') || strlen (gap) > 12)
          break;
        g_array_append_val (orgs, m->entity);
        last_end = m->end;
      } else if (m->type == ENT_EVENT && ev < 0 && !m->nested) {
        ev = m->entity;
        break;
      } else if (m->type != ENT_PLACE) {
        break;
      }
    }
    if (ev < 0)
      ev = doc->main_event;
    const char *role = organizer_role (s + off + p, wl);
    for (guint k = 0; k < orgs->len; k++)
      rel_add_organizer (doc, ev, g_array_index (orgs, int, k), role, sent);
    g_array_unref (orgs);
    off += p + wl;
  }
  /* "CAC and PKU jointly host EVENT", "Tencent launched 99 Giving Day". */
  gsize wl = 0;
  gssize p = find_any (s, len, &active_host_set, &wl);
  if (p >= 0 && !g_str_has_prefix (s + p + wl, " by") && !after_be (s, p)) {
    gsize verb = ss->start + p;
    int ev = -1;
    for (guint k = 0; k < ms->len; k++) {
      Mention *m = M (doc, g_array_index (ms, int, k));
      if (m->type == ENT_EVENT && m->start > verb && m->start < verb + wl + 40) {
        ev = m->entity;
        break;
      }
    }
    if (ev >= 0) {
      /* The subject: the organizations right before the verb ("X and Y
       * jointly held"), else the ones the sentence opens with ("Tencent,
       * with its partners, launched"). */
      int near = -1;
      for (guint k = 0; k < ms->len; k++) {
        Mention *m = M (doc, g_array_index (ms, int, k));
        if (m->start >= verb)
          break;
        if (m->nested)
          continue;
        near = -1;
        if (m->type == ENT_ORG && verb - m->end <= 24) {
          g_autofree char *gap = gap_dup (text, m->end, verb);
          if (!strpbrk (gap, ".,;:()\"") && !strstr (gap, "\xE2\x80"))
            near = k;
        }
      }
      if (near >= 0) {
        int k = near;
        rel_add (doc, REL_ORGANIZER, ev, M (doc, g_array_index (ms, int, k))->entity, NULL, NULL,
                 sent);
        for (; k > 0; k--) {
          Mention *a = M (doc, g_array_index (ms, int, k - 1));
          Mention *b = M (doc, g_array_index (ms, int, k));
          if (a->type != ENT_ORG || a->nested || !list_gap (text, a->end, b->start))
            break;
          rel_add (doc, REL_ORGANIZER, ev, a->entity, NULL, NULL, sent);
        }
      } else {
        gsize last_end = ss->start;
        gboolean first = TRUE;
        for (guint k = 0; k < ms->len; k++) {
          Mention *m = M (doc, g_array_index (ms, int, k));
          if (m->start >= verb)
            break;
          if (m->type != ENT_ORG || m->nested)
            continue;
          if (!first && !list_gap (text, last_end, m->start))
            break;
          if (first && m->start - ss->start > 30)
            break;
          rel_add (doc, REL_ORGANIZER, ev, m->entity, NULL, NULL, sent);
          first = FALSE;
          last_end = m->end;
        }
      }
    }
  }
  /* "Tencent's 99 Giving Day". */
  for (guint k = 0; k + 1 < ms->len; k++) {
    Mention *a = M (doc, g_array_index (ms, int, k)), *b = M (doc, g_array_index (ms, int, k + 1));
    if (a->type == ENT_ORG && b->type == ENT_EVENT && b->start > a->end &&
        b->start - a->end <= 5 &&
        (!strncmp (text + a->end, "'s ", 3) || !strncmp (text + a->end, "\xE2\x80\x99s ", 5)))
      rel_add (doc, REL_ORGANIZER, b->entity, a->entity, NULL, NULL, sent);
  }
}

/* The place of the dateline ("SHENZHEN, Sept. 6 (Xinhua) --"): a place
 * mention that opens one of the first body sentences and is followed by a
 * comma; -1 when there is none. */
static int
dateline_place (Doc *doc)
{
  const char *text = doc->t->text;
  guint body = 0;
  for (guint i = 0; i < doc->mentions->len; i++) {
    Mention *m = M (doc, i);
    const NgSentence *ss = sentence (doc, m->sent);
    if (ss->in_header)
      continue;
    if (m->sent > body + 3 && body)
      break;
    if (!body)
      body = m->sent;
    if (m->type == ENT_PLACE && m->start == ss->start && text[m->end] == ',')
      return m->entity;
  }
  return -1;
}

/* "held at" too: what follows is a place only when a venue's name begins
 * with one ("held at the Beijing National Convention Center"). */
static const char *const place_cues[] = { "held in", "took place in", "takes place in",
                                          "opened in", "kicked off in", "convened in",
                                          "be held in", "launched in", "gathered in",
                                          "met in", "held at", "took place at",
                                          "opened at", "kicked off at", "convened at", NULL };
static WordSet place_cues_set = WORD_SET (place_cues);

void
relations_prepare (void)
{
  WordSet *sets[] = { &held_words_set, &event_anaphors_set, &organizer_cues_set,
                      &active_host_set, &place_cues_set };
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    word_set (sets[i]);
}

/* The places from mention index k on, chained by short gaps. */
static void
place_chain (Doc *doc, GArray *ms, guint k, int ev, guint sent)
{
  const char *text = doc->t->text;
  gsize last_end = 0;
  for (; k < ms->len; k++) {
    Mention *m = M (doc, g_array_index (ms, int, k));
    if (m->nested)
      continue;
    if (m->type != ENT_PLACE)
      break;
    if (last_end) {
      g_autofree char *gap = gap_dup (text, last_end, m->start);
      if (strlen (gap) > 30 || strstr (gap, " on ") || strstr (gap, " from ") ||
          strstr (gap, " and ") || strchr (gap, '.'))
        break;
    }
    rel_add (doc, REL_LOCATION, ev, m->entity, NULL, NULL, sent);
    last_end = m->end;
  }
}

static void
where_when_en (Doc *doc, guint sent, GArray *ms)
{
  const NgSentence *ss = sentence (doc, sent);
  const char *text = doc->t->text;
  const char *s = text + ss->start;
  gsize len = ss->end - ss->start;
  /* "held a press briefing": the object is the event held. */
  int held_obj = -1;
  gssize hp = find_word (s, len, "held a");
  if (hp >= 0)
    for (guint k = 0; k < ms->len; k++) {
      Mention *m = M (doc, g_array_index (ms, int, k));
      if (m->type == ENT_EVENT && m->start >= ss->start + hp && m->start <= ss->start + hp + 12)
        held_obj = m->entity;
    }
  gsize wl = 0;
  gssize p = find_any (s, len, &place_cues_set, &wl);
  if (p >= 0) {
    int ev = held_obj >= 0 ? held_obj : sentence_event (doc, sent, ms, ss->start + p);
    if (ev < 0) {
      for (guint k = 0; k < ms->len; k++)
        if (M (doc, g_array_index (ms, int, k))->type == ENT_EVENT &&
            !M (doc, g_array_index (ms, int, k))->nested) {
          ev = M (doc, g_array_index (ms, int, k))->entity;
          break;
        }
    }
    if (ev < 0)
      ev = doc->main_event;
    for (guint k = 0; k < ms->len; k++) {
      Mention *m = M (doc, g_array_index (ms, int, k));
      if (m->start >= ss->start + p + wl && m->type == ENT_PLACE) {
        place_chain (doc, ms, k, ev, sent);
        break;
      }
      if (m->start >= ss->start + p + wl && m->type != ENT_PLACE && !m->nested)
        break;
    }
  }
  /* "opened on Wednesday in Chengdu": a held word, then "in" and places. */
  if (p < 0) {
    gsize hw = 0;
    gssize hp2 = find_any (s, len, &held_words_set, &hw);
    if (hp2 >= 0) {
      int ev = held_obj >= 0 ? held_obj : sentence_event (doc, sent, ms, ss->start + hp2);
      if (ev < 0)
        ev = doc->main_event;
      /* "SHENZHEN, Sept. 6 (Xinhua) -- The summit opened here Friday". */
      if (ev >= 0 && !strncmp (s + hp2 + hw, " here", 5) && !g_ascii_isalpha (s[hp2 + hw + 5])) {
        int place = dateline_place (doc);
        if (place >= 0)
          rel_add (doc, REL_LOCATION, ev, place, NULL, NULL, sent);
      }
      for (guint k = 0; k < ms->len && ev >= 0; k++) {
        Mention *m = M (doc, g_array_index (ms, int, k));
        if (m->start < ss->start + hp2 + hw || m->nested)
          continue;
        if (m->type != ENT_PLACE || m->start - (ss->start + hp2) > 40)
          break;
        g_autofree char *gap = gap_dup (text, ss->start + hp2 + hw, m->start);
        if (strstr (gap, " in ") && !strchr (gap, ','))
          place_chain (doc, ms, k, ev, sent);
        break;
      }
    }
  }
  /* "the Eighth Internet Good Summit in Wuhan, capital of Hubei Province". */
  for (guint k = 0; k + 1 < ms->len; k++) {
    Mention *m = M (doc, g_array_index (ms, int, k));
    if (m->type != ENT_EVENT || m->nested)
      continue;
    Mention *n = M (doc, g_array_index (ms, int, k + 1));
    if (n->type == ENT_PLACE && n->start > m->end && n->start - m->end <= 4 &&
        !strncmp (text + m->end, " in ", 4))
      place_chain (doc, ms, k + 1, m->entity, sent);
  }
  /* Dates. */
  gsize hl = 0;
  gssize held = find_any (s, len, &held_words_set, &hl);
  int ev = -1;
  if (held >= 0)
    ev = held_obj >= 0 ? held_obj : sentence_event (doc, sent, ms, ss->start + held);
  if (ev < 0 && held >= 0)
    for (guint k = 0; k < ms->len; k++)
      if (M (doc, g_array_index (ms, int, k))->type == ENT_EVENT &&
          !M (doc, g_array_index (ms, int, k))->nested) {
        ev = M (doc, g_array_index (ms, int, k))->entity;
        break;
      }
  if (ev < 0) {
    /* An event followed by "on May 20" or "in X, ..., on May 20". */
    for (guint k = 0; k < ms->len && ev < 0; k++) {
      Mention *m = M (doc, g_array_index (ms, int, k));
      if (m->type == ENT_EVENT && !m->nested && (!strncmp (text + m->end, " on ", 4) ||
                                   !strncmp (text + m->end, " in ", 4)))
        ev = m->entity;
    }
    if (ev < 0)
      return;
  }
  char *lit = NULL;
  if (find_date (doc, s, len, &lit))
    rel_add (doc, REL_DATE, ev, -1, lit, NULL, sent);
  g_free (lit);
  int y = launch_year (s, len);
  if (y) {
    g_autofree char *yl = g_strdup_printf ("%04d", y);
    rel_add (doc, REL_DATE, ev, -1, yl, NULL, sent);
  }
}

/* ---- part of (sentences) ---------------------------------------------- */

/* "The forum is part of the 2025 Charity Week", "as part of EVENT": the
 * sentence's event (or the reported one) belongs to the event after "part
 * of". */
static void
part_of_en (Doc *doc, guint sent, GArray *ms)
{
  const NgSentence *ss = sentence (doc, sent);
  const char *s = doc->t->text + ss->start;
  gssize p = find_word (s, ss->end - ss->start, "part of");
  if (p < 0)
    return;
  gsize cue = ss->start + p + 7;
  int whole = -1;
  for (guint k = 0; k < ms->len && whole < 0; k++) {
    Mention *m = M (doc, g_array_index (ms, int, k));
    if (m->type == ENT_EVENT && !m->nested && m->start >= cue && m->start <= cue + 6)
      whole = m->entity;
  }
  if (whole < 0)
    return;
  int part = sentence_event (doc, sent, ms, ss->start + p);
  if (part < 0)
    part = doc->main_event;
  if (part >= 0 && part != whole)
    rel_add (doc, REL_SUPER, part, whole, NULL, NULL, sent);
}

/* ---- speakers -------------------------------------------------------- */

/* Events that are periods or campaigns rather than gatherings, by the
 * last word of their name: nobody speaks *at* a giving day or a campaign
 * unless the sentence says so ("at the ..."), so a quote in a report about
 * one is not a speech at it. */
static const char *const non_gatherings[] = { "day", "week", "month", "year", "campaign",
                                              "initiative", "program", "programme", "project",
                                              "games", "olympics", NULL };

static gboolean
is_non_gathering (const Entity *e)
{
  const char *w = strrchr (e->name, ' ');
  w = w ? w + 1 : e->name;
  for (int i = 0; non_gatherings[i]; i++)
    if (!g_ascii_strcasecmp (w, non_gatherings[i]))
      return TRUE;
  return FALSE;
}

/* Press events: where people introduce another event to reporters. */
static gboolean
is_press_event (const Entity *e)
{
  return strstr (e->name, "press ") || strstr (e->name, "Press ") ||
         strstr (e->name, "news conference") || strstr (e->name, "News Conference") ||
         strstr (e->name, "briefing") || strstr (e->name, "Briefing") ||
         strstr (e->name, "发布会") || strstr (e->name, "發佈會") || strstr (e->name, "通气会");
}

/* Whether the text just before `at` (absolute) ends with `at` or `at the`
 * (or "at a"): the event that follows is where things happen. */
static gboolean
preceded_by_at (const char *text, gsize lo, gsize at)
{
  static const char *const cues[] = { "at the ", "at a ", "at an ", "at ", "At the ", "At a ",
                                      "At ", NULL };
  for (int i = 0; cues[i]; i++) {
    gsize n = strlen (cues[i]);
    if (at >= lo + n && !memcmp (text + at - n, cues[i], n) &&
        (at - n == lo || !g_ascii_isalpha (text[at - n - 1])))
      return TRUE;
  }
  return FALSE;
}

/* Whether the person mention is a byline or credit ("(Reporter Liu Ying)",
 * "Photo by ..."): a journalist, not a speaker. */
static gboolean
is_credit (const char *text, gsize lo, const Mention *m)
{
  static const char *const cues[] = { "reporter ", "Reporter ", "correspondent ",
                                      "Correspondent ", "photo by ", "Photo by ", "Editor ",
                                      "editor ", "written by ", "Written by ", NULL };
  for (int i = 0; cues[i]; i++) {
    gsize n = strlen (cues[i]);
    if (m->start >= lo + n && !memcmp (text + m->start - n, cues[i], n))
      return TRUE;
  }
  return FALSE;
}

/* The press event of the article named in sentence `sent` or before, -1. */
static int
press_event_before (Doc *doc, guint sent)
{
  int best = -1;
  for (guint i = 0; i < doc->mentions->len; i++) {
    Mention *m = M (doc, i);
    if (m->sent > sent)
      break;
    if (m->type == ENT_EVENT && m->entity >= 0 && is_press_event (E (doc, m->entity)))
      best = m->entity;
  }
  return best;
}

static void
speakers_en (Doc *doc, guint sent, GArray *ms)
{
  const NgSentence *ss = sentence (doc, sent);
  const char *text = doc->t->text;
  const char *s = text + ss->start;
  gsize len = ss->end - ss->start;
  gboolean strong = FALSE, weak = FALSE;
  gsize first_verb = len, any_verb = len;
  for (gsize i = 0; i < len;) {
    while (i < len && !g_ascii_isalpha (s[i]))
      i++;
    gsize j = i;
    while (j < len && (g_ascii_isalpha (s[j]) || s[j] == '-'))
      j++;
    if (j > i) {
      const char *st = speech_strength (s + i, j - i);
      if (st && i < any_verb)
        any_verb = i;
      if (st && !strcmp (st, "strong"))
        strong = TRUE;
      if (st && !strcmp (st, "weak")) {
        weak = TRUE;
        if (i < first_verb)
          first_verb = i;
      }
    }
    i = j;
  }
  if (!strong && !weak)
    return;
  gboolean at_event = find_word (s, len, "at the") >= 0 && sentence_event (doc, sent, ms, 0) >= 0;
  /* The event spoken at: the first one the sentence names. */
  int ev = -1;
  const Mention *evm = NULL;
  for (guint k = 0; k < ms->len && ev < 0; k++)
    if (M (doc, g_array_index (ms, int, k))->type == ENT_EVENT &&
        !M (doc, g_array_index (ms, int, k))->nested) {
      evm = M (doc, g_array_index (ms, int, k));
      ev = evm->entity;
    }
  /* "X introduced the fair" after a press conference was held: the fair is
   * what was spoken about, the press conference where. */
  if (evm && evm->start - ss->start > any_verb && !preceded_by_at (text, ss->start, evm->start) &&
      !is_press_event (E (doc, ev))) {
    int press = press_event_before (doc, sent);
    if (press >= 0)
      ev = press, evm = NULL;
  }
  if (ev < 0)
    ev = sentence_event (doc, sent, ms, 0);
  if (ev < 0)
    ev = doc->main_event;
  if (ev < 0)
    return;
  if (is_non_gathering (E (doc, ev)) && !(evm && preceded_by_at (text, ss->start, evm->start)))
    return;
  gboolean quote_first = len && (s[0] == '"' || !strncmp (s, "\xE2\x80\x9C", 3));
  gboolean according = find_word (s, len, "according to") >= 0;
  for (guint k = 0; k < ms->len; k++) {
    Mention *m = M (doc, g_array_index (ms, int, k));
    if (m->type != ENT_PERSON || is_credit (text, ss->start, m))
      continue;
    gboolean ok = FALSE;
    if (strong || at_event)
      ok = !according || m->start - ss->start < 20;
    else if (weak && !quote_first && !according) {
      /* Not the speaker of a quote that comes before the name. */
      g_autofree char *before = g_strndup (s, m->start - ss->start);
      ok = m->start - ss->start <= 40 && m->start - ss->start < first_verb &&
           !strstr (before, "\xE2\x80\x9D") && !strchr (before, '"');
    }
    if (ok)
      rel_add (doc, REL_SPEAKER, ev, m->entity, NULL, NULL, sent);
  }
}

/* ---- positions ------------------------------------------------------- */

/* Cleans a title: trims connectors and articles. */
static char *
clean_title (const char *s, gsize len)
{
  g_autofree char *t = g_strndup (s, len);
  g_strstrip (t);
  static const char *const lead[] = { "and ", "the ", "a ", "an ", "also ", "as ", ", ", NULL };
  static const char *const trail[] = { " of the", " of", " at the", " at", " for the", " for",
                                       " with the", "'s", "\xE2\x80\x99s", ",", " and", NULL };
  char *p = t;
  gboolean changed = TRUE;
  while (changed) {
    changed = FALSE;
    for (int i = 0; lead[i]; i++)
      if (!g_ascii_strncasecmp (p, lead[i], strlen (lead[i]))) {
        p += strlen (lead[i]);
        changed = TRUE;
      }
    gsize n = strlen (p);
    for (int i = 0; trail[i]; i++) {
      gsize m = strlen (trail[i]);
      if (n >= m && !g_ascii_strcasecmp (p + n - m, trail[i])) {
        p[n - m] = 0;
        n -= m;
        changed = TRUE;
      }
    }
    g_strstrip (p);
  }
  return g_strdup (p);
}

static gboolean
has_title_word (const char *s, gsize len)
{
  for (gsize i = 0; i < len;) {
    while (i < len && !g_ascii_isalpha (s[i]))
      i++;
    gsize j = i;
    while (j < len && (g_ascii_isalnum (s[j]) || s[j] == '-'))
      j++;
    if (j > i && is_title_word (s + i, j - i) && !(j - i == 5 && !strncmp (s + i, "party", 5)))
      return TRUE;
    i = j;
  }
  return FALSE;
}

static const char *const apposition_stops[] = {
  " said", " says", " who ", " which ", " delivered", " attended", " has ", " is ", " was ",
  " were ", " will ", " believes", " shared", " introduced", " talked", " announced",
  " stated", " added", " noted", " called", " echoed", " delivers", " presided", " spoke",
  " emphasized", " stressed", " pointed", NULL
};

/* Splits text [a,b) into pieces at ", " and " and " (pieces of titles). */
static void
add_titles (GPtrArray *out, const char *s, gsize a, gsize b)
{
  g_autofree char *t = gap_dup (s, a, b);
  char *p = t;
  for (;;) {
    char *c1 = strstr (p, ", ");
    char *c2 = strstr (p, " and ");
    char *c = c1 && (!c2 || c1 < c2) ? c1 : c2;
    if (c)
      *c = 0;
    char *ct = clean_title (p, strlen (p));
    if (*ct && has_title_word (ct, strlen (ct)))
      g_ptr_array_add (out, ct);
    else
      g_free (ct);
    if (!c)
      break;
    p = c + (c == c1 ? 2 : 5);
  }
}

static void
positions_en (Doc *doc, guint sent, GArray *ms)
{
  const NgSentence *ss = sentence (doc, sent);
  const char *text = doc->t->text;
  for (guint k = 0; k < ms->len; k++) {
    Mention *p = M (doc, g_array_index (ms, int, k));
    if (p->type != ENT_PERSON)
      continue;
    /* "Professor Chen Yuhua of Xiamen University": the organization after. */
    if (p->title && k + 1 < ms->len) {
      Mention *o = M (doc, g_array_index (ms, int, k + 1));
      gsize g = o->start - p->end;
      if (o->type == ENT_ORG && o->start > p->end &&
          ((g == 4 && (!strncmp (text + p->end, " of ", 4) || !strncmp (text + p->end, " at ", 4))) ||
           (g == 8 && (!strncmp (text + p->end, " of the ", 8) ||
                       !strncmp (text + p->end, " at the ", 8))))) {
        g_autofree char *t = clean_title (p->title, strlen (p->title));
        rel_add (doc, REL_POSITION, p->entity, o->entity, NULL, t, sent);
        continue;
      }
    }
    /* "(Reporter X)" after an outlet; "ORG reporter X". */
    if (p->title) {
      int org = -1;
      for (guint q = 0; q < k; q++) {
        Mention *o = M (doc, g_array_index (ms, int, q));
        if (o->type == ENT_ORG && !o->nested)
          org = o->entity;
      }
      if (org >= 0) {
        g_autofree char *t = clean_title (p->title, strlen (p->title));
        rel_add (doc, REL_POSITION, p->entity, org, NULL, t, sent);
      }
    }
    if (k > 0) {
      Mention *o = M (doc, g_array_index (ms, int, k - 1));
      if (o->type == ENT_ORG && p->start > o->end && p->start - o->end < 40) {
        gsize a = o->end, b = p->start;
        if (!strncmp (text + a, "'s", 2))
          a += 2;
        else if (!strncmp (text + a, "\xE2\x80\x99s", 4))
          a += 4;
        g_autofree char *gap = gap_dup (text, a, b);
        g_strstrip (gap);
        gboolean all_titles = *gap != 0 && !strchr (gap, ',') && !strchr (gap, '(');
        for (char *w = gap; all_titles && *w;) {
          char *e = strchr (w, ' ');
          gsize n = e ? (gsize) (e - w) : strlen (w);
          all_titles = is_title_word (w, n);
          w = e ? e + 1 : w + n;
        }
        if (all_titles)
          rel_add (doc, REL_POSITION, p->entity, o->entity, NULL, gap, sent);
      }
    }
    /* The apposition after the name. */
    gsize a = p->end;
    if (a >= ss->end || text[a] != ',')
      continue;
    gsize end = ss->end;
    for (int i = 0; apposition_stops[i]; i++) {
      const char *f = ng_text_find (text + a, end - a, apposition_stops[i]);
      if (f && (gsize) (f - text) < end)
        end = f - text;
    }
    const char *semi = memchr (text + a, ';', end - a);
    if (semi)
      end = semi - text;
    const char *paren = memchr (text + a, '(', end - a);
    if (paren && !(paren[1] >= 'A' && paren[1] <= 'Z' && paren[2] >= 'A' && paren[2] <= 'Z'))
      end = paren - text;
    GPtrArray *pending = g_ptr_array_new_with_free_func (g_free);
    gsize cur = a + 1;
    int last_org = -1;
    for (guint q = k + 1; q < ms->len; q++) {
      Mention *o = M (doc, g_array_index (ms, int, q));
      if (o->start >= end)
        break;
      if (o->nested || o->type == ENT_PLACE || o->type == ENT_EVENT)
        continue;
      if (o->type == ENT_PERSON) {
        end = o->start;
        break;
      }
      add_titles (pending, text, cur, o->start);
      for (guint t = 0; t < pending->len; t++)
        rel_add (doc, REL_POSITION, p->entity, o->entity, NULL, pending->pdata[t], sent);
      /* "CPPCC National Committee member": a title after the org. */
      if (!pending->len) {
        gsize b = o->end;
        gsize e2 = b;
        while (e2 < end && text[e2] != ',' && strncmp (text + e2, " and ", 5) &&
               strncmp (text + e2, " of ", 4))
          e2++;
        if (e2 < end && !strncmp (text + e2, " of ", 4)) {
          /* "CCTV news anchor of X": the title is for X. */
        } else if (e2 > b) {
          g_autofree char *t = clean_title (text + b, e2 - b);
          if (*t && has_title_word (t, strlen (t))) {
            rel_add (doc, REL_POSITION, p->entity, o->entity, NULL, t, sent);
            o->end = e2; /* consumed */
          }
        }
      }
      g_ptr_array_set_size (pending, 0);
      cur = o->end;
      last_org = o->entity;
    }
    (void) last_org;
    g_ptr_array_unref (pending);
  }
}

/* ---- the reported event and part-of ---------------------------------- */

static void
find_main_event (Doc *doc)
{
  int best = -1, best_rank = 99;
  guint best_sent = 0;
  guint first = 0; /* the first mention of sentence si: mentions are in sentence order */
  for (guint si = 0; si < doc->t->sentences->len; si++) {
    while (first < doc->mentions->len && M (doc, first)->sent < si)
      first++;
    const NgSentence *ss = sentence (doc, si);
    if (ss->in_header)
      continue;
    const char *s = doc->t->text + ss->start;
    gsize len = ss->end - ss->start;
    if (find_any (s, len, &held_words_set, NULL) < 0)
      continue;
    for (guint mi = first; mi < doc->mentions->len && M (doc, mi)->sent == si; mi++) {
      Mention *m = M (doc, mi);
      if (m->type != ENT_EVENT || m->nested || m->entity < 0)
        continue;
      int r = E (doc, m->entity)->rank;
      if (r < 0)
        r = 2;
      if (best < 0 || (r < best_rank && si < best_sent + 3)) {
        best = m->entity, best_rank = r, best_sent = si;
      }
    }
    if (best >= 0 && si > best_sent + 3)
      break;
  }
  if (best < 0)
    for (guint mi = 0; mi < doc->mentions->len && best < 0; mi++) {
      Mention *m = M (doc, mi);
      if (m->type == ENT_EVENT && m->entity >= 0 && !sentence (doc, m->sent)->in_header)
        best = m->entity;
    }
  doc->main_event = best;
}

typedef struct {
  gsize start; /**< of the event's first mention */
  int e;       /**< the event */
  int max_e;   /**< the largest event of this rank up to here, by start */
} RankedEvent;

static gint
cmp_start (gconstpointer a, gconstpointer b)
{
  const RankedEvent *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start ? 1 : x->e - y->e;
}

static gint
cmp_int (gconstpointer a, gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* Both rules index the events instead of comparing every pair, which was
 * quadratic in the number of events of a long article. */
static void
part_of (Doc *doc)
{
  /* Named inside: "2025 World Internet Conference Wuzhen Summit Internet
   * Public Welfare and Charity Forum" holds the summit's name.  Each event
   * is super of those whose names begin with its name and are 3 bytes or
   * more longer, in entity order. */
  GHashTable *by_name = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                               (GDestroyNotify) g_array_unref);
  for (guint j = 0; j < doc->entities->len; j++) {
    Entity *b = E (doc, j);
    if (b->type != ENT_EVENT)
      continue;
    GArray *js = g_hash_table_lookup (by_name, b->name);
    if (!js) {
      js = g_array_new (FALSE, FALSE, sizeof (int));
      g_hash_table_insert (by_name, b->name, js);
    }
    g_array_append_val (js, j);
  }
  GArray *supers = g_array_new (FALSE, FALSE, sizeof (int));
  for (guint i = 0; i < doc->entities->len; i++) {
    Entity *a = E (doc, i);
    if (a->type != ENT_EVENT)
      continue;
    gsize la = strlen (a->name);
    g_array_set_size (supers, 0);
    /* Every prefix ending at a character boundary (names are UTF-8). */
    for (const char *p = a->name; (gsize) (p - a->name) + 2 < la; p = g_utf8_next_char (p)) {
      g_autofree char *prefix = g_strndup (a->name, p - a->name);
      GArray *js = g_hash_table_lookup (by_name, prefix);
      if (js)
        g_array_append_vals (supers, js->data, js->len);
    }
    g_array_sort (supers, cmp_int);
    for (guint k = 0; k < supers->len; k++)
      rel_add (doc, REL_SUPER, i, g_array_index (supers, int, k), NULL, NULL,
               M (doc, a->first)->sent);
  }
  g_array_unref (supers);
  g_hash_table_unref (by_name);

  /* Sessions and sub-forums: the nearest earlier event of a larger kind:
   * of the events of a larger rank whose first mention does not come
   * after the session's, those of the smallest rank, the last of them.
   * ranked: per rank (ascending), the events by start, with the running
   * largest index. */
  gboolean *has_super = g_new0 (gboolean, doc->entities->len + 1);
  for (guint r = 0; r < doc->rels->len; r++) {
    Rel *rl = &g_array_index (doc->rels, Rel, r);
    if (rl->kind == REL_SUPER)
      has_super[rl->s] = TRUE;
  }
  GArray *ranks = g_array_new (FALSE, FALSE, sizeof (int));
  GHashTable *ranked = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  for (guint j = 0; j < doc->entities->len; j++) {
    Entity *b = E (doc, j);
    if (b->type != ENT_EVENT)
      continue;
    GArray *evs = g_hash_table_lookup (ranked, GINT_TO_POINTER (b->rank));
    if (!evs) {
      evs = g_array_new (FALSE, FALSE, sizeof (RankedEvent));
      g_hash_table_insert (ranked, GINT_TO_POINTER (b->rank), evs);
      g_array_append_val (ranks, b->rank);
    }
    RankedEvent re = { M (doc, b->first)->start, (int) j, 0 };
    g_array_append_val (evs, re);
  }
  g_array_sort (ranks, cmp_int);
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, ranked);
  while (g_hash_table_iter_next (&it, &k, &v)) {
    GArray *evs = v;
    g_array_sort (evs, cmp_start);
    int run = -1;
    for (guint q = 0; q < evs->len; q++) {
      RankedEvent *re = &g_array_index (evs, RankedEvent, q);
      run = MAX (run, re->e);
      re->max_e = run;
    }
  }
  for (guint i = 0; i < doc->entities->len; i++) {
    Entity *a = E (doc, i);
    if (a->type != ENT_EVENT || a->rank <= 0 || a->rank >= 3 || has_super[i])
      continue;
    gsize a_start = M (doc, a->first)->start;
    int best = -1;
    for (guint q = 0; q < ranks->len && best < 0; q++) {
      int r = g_array_index (ranks, int, q);
      if (r <= a->rank || r >= 99)
        continue;
      GArray *evs = g_hash_table_lookup (ranked, GINT_TO_POINTER (r));
      /* The number of events of rank r that start at or before a_start. */
      guint lo = 0, hi = evs->len;
      while (lo < hi) {
        guint mid = (lo + hi) / 2;
        if (g_array_index (evs, RankedEvent, mid).start <= a_start)
          lo = mid + 1;
        else
          hi = mid;
      }
      if (lo)
        best = g_array_index (evs, RankedEvent, lo - 1).max_e;
    }
    if (best >= 0) {
      rel_add (doc, REL_SUPER, i, best, NULL, NULL, M (doc, a->first)->sent);
      has_super[i] = TRUE;
    }
  }
  g_hash_table_unref (ranked);
  g_array_unref (ranks);
  g_free (has_super);
}

/* "2023年世界互联网大会乌镇峰会", "2015(第七届)杭州网络文化节": a Chinese
 * event name that opens with a year dates the event to it. */
static void
zh_name_years (Doc *doc)
{
  for (guint i = 0; i < doc->entities->len; i++) {
    Entity *e = E (doc, i);
    if (e->type != ENT_EVENT || !e->zh)
      continue;
    const char *n = e->name;
    if (!(g_ascii_isdigit (n[0]) && g_ascii_isdigit (n[1]) && g_ascii_isdigit (n[2]) &&
          g_ascii_isdigit (n[3]) && !g_ascii_isdigit (n[4])))
      continue;
    g_autofree char *y = g_strndup (n, 4);
    rel_add (doc, REL_DATE, i, -1, y, NULL, M (doc, e->first)->sent);
  }
}

void
relations (Doc *doc)
{
  find_main_event (doc);
  /* A year in the reported event's name dates it when the page has none. */
  if (!doc->t->pub_year && doc->main_event >= 0) {
    const char *n = E (doc, doc->main_event)->name;
    for (const char *p = n; *p; p++)
      if (g_ascii_isdigit (*p) && (p == n || !g_ascii_isdigit (p[-1]))) {
        int y = atoi (p);
        if (y > 1900 && y < 2100) {
          doc->year_hint = y;
          break;
        }
      }
  }
  GArray *ms = g_array_new (FALSE, FALSE, sizeof (int));
  guint mi = 0;
  for (guint si = 0; si < doc->t->sentences->len; si++) {
    g_array_set_size (ms, 0);
    while (mi < doc->mentions->len && M (doc, mi)->sent < si)
      mi++;
    for (guint k = mi; k < doc->mentions->len && M (doc, k)->sent == si; k++)
      if (M (doc, k)->entity >= 0)
        g_array_append_val (ms, k);
    const NgSentence *ss = sentence (doc, si);
    if (ss->is_zh) {
      relations_zh (doc, si, ms);
      continue;
    }
    positions_en (doc, si, ms);
    if (ss->in_header)
      continue;
    organizers_en (doc, si, ms);
    where_when_en (doc, si, ms);
    speakers_en (doc, si, ms);
    part_of_en (doc, si, ms);
  }
  g_array_unref (ms);
  zh_name_years (doc);
  part_of (doc);
}

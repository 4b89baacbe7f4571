/* SPDX-License-Identifier: MIT */
/* mention-en.c: mentions in English sentences.
 *
 * A sentence is cut into tokens (capitalized words, lower-case words,
 * numbers, possessives, quotes, punctuation).  Runs of capitalized words,
 * with the connectors names use inside ("of", "for", "and", "the", "&",
 * "People's", "(CPC)", "Co., Ltd."), are chunks.  A chunk loses leading
 * function words and dates, gives up leading titles ("Secretary of the
 * Party Committee and Chairman of ..."), is split at an "and" that closes
 * a complete name, and is typed by its head word: the word before its
 * "of"/"for" complement, else its last word (Foundation -> organization,
 * Forum -> event), the gazetteer (places), the known-organization list and
 * acronyms.  What is left of two to four capitalized words is a person
 * when the context says so: a title before it, an apposition with a post
 * after it, a speech verb, a byline, or a Chinese family name in front.
 * Quoted titles of sessions and sub-forums are events. */
#include "config.h"

#include <string.h>

#include "extract/extract-private.h"

typedef enum { TK_CAP, TK_LOW, TK_NUM, TK_POSS, TK_PUNCT, TK_AMP, TK_QOPEN, TK_QCLOSE } TokKind;

typedef struct {
  gsize s, e;
  TokKind k;
} Tok;

typedef struct {
  Doc *doc;
  guint sent;
  const char *text;
  GArray *toks;
} Ctx;

#define T(i) (&g_array_index (c->toks, Tok, (i)))
#define NT ((int) c->toks->len)

static gboolean
tok_is (Ctx *c, int i, const char *w)
{
  if (i < 0 || i >= NT)
    return FALSE;
  Tok *t = T (i);
  gsize n = strlen (w);
  return t->e - t->s == n && !g_ascii_strncasecmp (c->text + t->s, w, n);
}

/* The character at s + i and the offset after it; ASCII without a call,
 * as the tests below (this runs on every character of English text). */
static inline gunichar
char_at (const char *s, gsize i, gsize *next)
{
  if ((guchar) s[i] < 0x80) {
    *next = i + 1;
    return (guchar) s[i];
  }
  *next = g_utf8_next_char (s + i) - s;
  return g_utf8_get_char (s + i);
}

/* g_unichar_isspace; its ASCII spaces are these. */
static inline gboolean
is_space (gunichar c)
{
  return c < 0x80 ? c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                  : g_unichar_isspace (c);
}

/* A letter or digit of a word: alphanumeric, not Han. */
static inline gboolean
is_word_char (gunichar c)
{
  return c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c) && !ng_text_is_han (c);
}

static void
tokenize (Ctx *c, gsize start, gsize end)
{
  const char *s = c->text;
  gsize i = start;
  while (i < end) {
    gsize next;
    gunichar ch = char_at (s, i, &next);
    if (is_space (ch)) {
      i = next;
      continue;
    }
    Tok t = { i, next, TK_PUNCT };
    if (is_word_char (ch)) {
      gsize j = i;
      while (j < end) {
        gsize dn;
        gunichar d = char_at (s, j, &dn);
        if (is_word_char (d)) {
          j = dn;
        } else if ((d == '-' || d == '.') && dn < end && g_ascii_isalnum (s[dn])) {
          j = dn;
        } else if (d == '.' && j - i == 1 + (j >= 2 && s[j - 2] == '.' ? 2 : 0) &&
                   g_ascii_isupper (s[j - 1]) && dn < end && s[dn] != ' ') {
          j = dn;
        } else if ((d == '\'' || d == 0x2019) && dn < end && g_ascii_isalpha (s[dn]) &&
                   !((s[dn] == 's' || s[dn] == 'S') &&
                     (dn + 1 >= end || !g_ascii_isalpha (s[dn + 1])))) {
          j = dn; /* Xi'an, O'Brien; not People's */
        } else {
          break;
        }
      }
      /* "U.S." keeps its final period. */
      if (j < end && s[j] == '.' && j - i >= 3 && s[j - 2] == '.' && g_ascii_isupper (s[j - 1]))
        j++;
      if (j == i)
        j = next;
      t.e = j;
      if (g_ascii_isdigit (s[i]))
        t.k = TK_NUM;
      else if (ch < 0x80 ? g_ascii_isupper (ch) : g_unichar_isupper (ch))
        t.k = TK_CAP;
      else
        t.k = TK_LOW;
      g_array_append_val (c->toks, t);
      i = j;
      continue;
    }
    if ((ch == '\'' || ch == 0x2019) && c->toks->len) {
      Tok *prev = &g_array_index (c->toks, Tok, c->toks->len - 1);
      if (prev->e == i && prev->k != TK_PUNCT) {
        if (next < end && (s[next] == 's' || s[next] == 'S') &&
            (next + 1 >= end || !g_ascii_isalnum (s[next + 1]))) {
          t.e = next + 1;
          t.k = TK_POSS;
          g_array_append_val (c->toks, t);
          i = next + 1;
          continue;
        }
        if (s[i - 1] == 's' && (next >= end || s[next] == ' ')) {
          t.k = TK_POSS; /* Persons' */
          g_array_append_val (c->toks, t);
          i = next;
          continue;
        }
      }
    }
    if (ch == '&')
      t.k = TK_AMP;
    else if (ch == 0x201C || ch == 0x300C)
      t.k = TK_QOPEN;
    else if (ch == 0x201D || ch == 0x300D)
      t.k = TK_QCLOSE;
    else if (ch == '"')
      t.k = (i == start || is_space (g_utf8_get_char (g_utf8_prev_char (s + i))) ||
             s[i - 1] == '(')
              ? TK_QOPEN
              : TK_QCLOSE;
    g_array_append_val (c->toks, t);
    i = next;
  }
}

/* Capitalized words that open sentences and clauses but are no names. */
static const char *const stop_caps[] = {
  "the", "a", "an", "in", "on", "at", "during", "other", "this", "that", "these", "those", "as",
  "for", "with", "by", "from", "since", "after", "before", "when", "while", "lastly", "moreover",
  "hence", "however", "meanwhile", "also", "among", "according", "both", "each", "every",
  "many", "some", "its", "his", "her", "their", "our", "we", "he", "she", "it", "they", "i",
  "you", "photo", "distinguished", "guests", "dear", "last", "next", "there", "here", "what",
  "how", "why", "who", "where", "which", "if", "but", "and", "or", "so", "thanks", "through",
  "to", "of", "under", "over", "into", "about", "all", "more", "most",
  "finally", "then", "today", "yesterday", "tomorrow",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mr", "ms", "mrs", "dr", "via", "per", "not", "no", "yes", "one", "two", "three", "four",
  "five", "six", "seven", "eight", "nine", "ten", "based", "combining", "attract", "cultivate",
  "whether", "upon", "aside", "all",
  "vice", "deputy", "executive", "senior", "chief", "general", "comments", "source",
  "written", "edited", "copyedited", "covid", NULL
};

static gboolean
in_list (const char *const *list, const char *s, gsize len)
{
  if (!len)
    return FALSE; /* no list holds "" */
  /* The first letter first: this runs on every capitalized word. */
#define LOWER(c) ((c) >= 'A' && (c) <= 'Z' ? (char) ((c) + 32) : (c))
  char c0 = LOWER (s[0]);
  for (int i = 0; list[i]; i++)
    if (LOWER (list[i][0]) == c0 && strlen (list[i]) == len &&
        !g_ascii_strncasecmp (list[i], s, len))
      return TRUE;
  return FALSE;
#undef LOWER
}

static gboolean
is_stop_cap (Ctx *c, int i)
{
  Tok *t = T (i);
  return in_list (stop_caps, c->text + t->s, t->e - t->s) ||
         ng_text_month (c->text + t->s, t->e - t->s);
}

/* Plural nouns whose possessive stays inside a name ("People's Daily"). */
static const char *const inner_poss[] = { "people", "persons", "women", "children", "workers",
                                          "farmers", "citizens", "consumers", "men",
                                          "journalists", "writers", "veterans", "youth",
                                          "nations", NULL };

/* Acronyms that are no organization. */
static const char *const not_acronyms[] = {
  "ai", "ceo", "coo", "cto", "cfo", "ngo", "ngos", "rmb", "gdp", "it", "pc", "tv", "vr",
  "ar", "id", "qr", "ok", "usd", "cny", "hk", "am", "pm", "ii", "iii", "iv", "vip", "diy",
  "5g", "6g", "4g", "mr", "dr", "ms", "faq", "pdf", "url", "sars", "covid", "oct", "nov",
  "dec", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", NULL
};

static gboolean
is_acronym (const char *s, gsize len)
{
  if (len < 2 || len > 8)
    return FALSE;
  int upper = 0;
  for (gsize i = 0; i < len; i++) {
    if (g_ascii_isupper (s[i]))
      upper++;
    else if (s[i] != '.' && !g_ascii_isdigit (s[i]))
      return FALSE;
  }
  return upper >= 2 && !in_list (not_acronyms, s, len);
}

static gboolean
known_org (const char *s, gsize len)
{
  g_autofree char *f = fold (s, len);
  return g_hash_table_contains (lexicon_get ()->orgs, f);
}

static gboolean
known_place (const char *s, gsize len)
{
  g_autofree char *f = fold (s, len);
  return g_hash_table_contains (lexicon_get ()->places, f);
}

static const char *const place_kinds[] = { "province", "city", "county", "town", "district",
                                           "prefecture", "region", "village", "municipality",
                                           NULL };

/* Venues: "the Beijing National Convention Center" is a building, not an
 * organization, and the place its name begins with is where an event held
 * there is.  A venue's name ends with one of these kinds (two words, or
 * one after a name). */
static const char *const venue_kinds[][2] = {
  { "Convention", "Center" }, { "Convention", "Centre" }, { "Conference", "Center" },
  { "Conference", "Centre" }, { "Exhibition", "Center" }, { "Exhibition", "Centre" },
  { "Expo", "Center" },       { "Expo", "Centre" },       { "Congress", "Center" },
  { "Congress", "Centre" },   { "Convention", "Hall" },   { "Exhibition", "Hall" },
  { "Great", "Hall" },        { NULL, "Stadium" },        { NULL, "Gymnasium" },
  { NULL, "Auditorium" },     { NULL, "Arena" },
};

/* Byte span of tokens [a,b). */
#define SPAN_S(a) (T (a)->s)
#define SPAN_E(b) (T ((b) - 1)->e)

static gboolean
is_word (Ctx *c, int i)
{
  return i >= 0 && i < NT && (T (i)->k == TK_CAP || T (i)->k == TK_LOW || T (i)->k == TK_NUM);
}

static gboolean
is_title_tok (Ctx *c, int i)
{
  return is_word (c, i) && is_title_word (c->text + T (i)->s, T (i)->e - T (i)->s);
}

/* Does the text after token b-1 make [a,b) a person?  An apposition with
 * a post, a speech verb, or a title word before it. */
static gboolean
person_context (Ctx *c, int a, int b)
{
  /* Title or "By" before. */
  if (a > 0 && T (a - 1)->k == TK_LOW && is_title_tok (c, a - 1))
    return TRUE;
  if (a > 0 && tok_is (c, a - 1, "By") && (a == 1 || T (a - 2)->k == TK_PUNCT))
    return TRUE;
  if (a > 0 && (tok_is (c, a - 1, "said") || tok_is (c, a - 1, "says")))
    return TRUE;
  if (b < NT && T (b)->k == TK_PUNCT && c->text[T (b)->s] == ',') {
    /* An apposition: a post within the next six words, before a comma. */
    for (int k = b + 1; k < NT && k < b + 8; k++) {
      if (T (k)->k == TK_PUNCT)
        break;
      if (is_title_tok (c, k))
        return TRUE;
    }
  }
  int k = b;
  if (k < NT && T (k)->k == TK_POSS)
    return FALSE;
  while (k < NT && (tok_is (c, k, "also") || tok_is (c, k, "then") || tok_is (c, k, "further")))
    k++;
  if (is_word (c, k) && T (k)->k == TK_LOW &&
      speech_strength (c->text + T (k)->s, T (k)->e - T (k)->s))
    return TRUE;
  return FALSE;
}

static gboolean
looks_like_name_token (Ctx *c, int i)
{
  Tok *t = T (i);
  if (t->k != TK_CAP)
    return FALSE;
  gsize n = t->e - t->s;
  const char *s = c->text + t->s;
  if (n < 2 || n > 14)
    return FALSE;
  for (gsize k = 1; k < n; k++)
    if (!g_ascii_islower (s[k]) && s[k] != '-')
      return FALSE;
  return TRUE;
}

static int known_person_like (Doc *doc, const char *s, gsize len);

static gboolean
is_ordinal (const char *s, gsize n)
{
  static const char *const ord[] = { "first", "second", "third", "fourth", "fifth", "sixth",
                                     "seventh", "eighth", "ninth", "tenth", "eleventh",
                                     "twelfth", NULL };
  if (in_list (ord, s, n))
    return TRUE;
  return n >= 3 && g_ascii_isdigit (s[0]) &&
         (!strncmp (s + n - 2, "th", 2) || !strncmp (s + n - 2, "st", 2) ||
          !strncmp (s + n - 2, "nd", 2) || !strncmp (s + n - 2, "rd", 2));
}

/* Adds the mention for chunk [a,b) (already stripped). */
static gboolean
is_venue (Ctx *c, int a, int b)
{
  for (guint k = 0; k < G_N_ELEMENTS (venue_kinds); k++) {
    const char *first = venue_kinds[k][0], *last = venue_kinds[k][1];
    if (b - a >= 2 && tok_is (c, b - 1, last) && (!first || tok_is (c, b - 2, first)))
      return TRUE;
  }
  return FALSE;
}

static void
classify (Ctx *c, int a, int b, gboolean possessor)
{
  if (a >= b)
    return;
  const char *s = c->text + SPAN_S (a);
  gsize len = SPAN_E (b) - SPAN_S (a);
  /* Head: the last word before an of/for complement, else the last word. */
  int head = b - 1;
  for (int i = a + 1; i < b; i++)
    if (tok_is (c, i, "of") || tok_is (c, i, "for")) {
      head = i - 1;
      break;
    }
  while (head > a && !is_word (c, head))
    head--;
  const char *hs = c->text + T (head)->s;
  gsize hl = T (head)->e - T (head)->s;
  const char *ls = c->text + T (b - 1)->s;
  gsize ll = T (b - 1)->e - T (b - 1)->s;

  /* "US$14.5 million", "HK$": a currency, not the place. */
  if (c->text[SPAN_E (b)] == '$')
    return;
  if (known_place (s, len)) {
    doc_add_mention (c->doc, ENT_PLACE, SPAN_S (a), SPAN_E (b), c->sent, NULL, FALSE);
    return;
  }
  if (b - a >= 2 && in_list (place_kinds, ls, ll) && known_place (s, SPAN_E (b - 1) - SPAN_S (a))) {
    doc_add_mention (c->doc, ENT_PLACE, SPAN_S (a), SPAN_E (b), c->sent, NULL, FALSE);
    return;
  }
  if (known_org (s, len)) {
    doc_add_mention (c->doc, ENT_ORG, SPAN_S (a), SPAN_E (b), c->sent, NULL, FALSE);
    return;
  }
  /* "the Shenzhen Convention and Exhibition Center": the words before
   * "and" begin the venue's name. */
  gboolean venue_goes_on = FALSE;
  if (tok_is (c, b, "and")) {
    int e = b + 1;
    while (e < NT && T (e)->k == TK_CAP)
      e++;
    venue_goes_on = is_venue (c, b + 1, e);
  }
  if (venue_goes_on || is_venue (c, a, b)) {
    /* The longest run of its first words that is a known place. */
    for (int k = venue_goes_on ? b : b - 1; k > a; k--)
      if (known_place (s, SPAN_E (k) - SPAN_S (a))) {
        doc_add_mention (c->doc, ENT_PLACE, SPAN_S (a), SPAN_E (k), c->sent, NULL, FALSE);
        break;
      }
    return;
  }
  int rank = event_rank_en (hs, hl);
  gboolean org_head = is_org_head (hs, hl, NULL) || is_org_head (ls, ll, NULL);
  if (rank >= 0 && b - a >= 2 && !(head != b - 1 && is_org_head (hs, hl, NULL))) {
    const NgSentence *ss = &g_array_index (c->doc->t->sentences, NgSentence, c->sent);
    if (ss->in_header)
      return;
    /* "the second Internet Good Summit": a lower-case ordinal belongs. */
    gsize start = SPAN_S (a);
    if (a > 0 && T (a - 1)->k == TK_LOW && is_ordinal (c->text + T (a - 1)->s, T (a - 1)->e - T (a - 1)->s))
      start = T (a - 1)->s;
    int m = doc_add_mention (c->doc, ENT_EVENT, start, SPAN_E (b), c->sent, NULL, FALSE);
    g_array_index (c->doc->mentions, Mention, m).rank = rank;
    /* "2025 World Internet Conference Wuzhen Summit Internet Public Welfare
     * and Charity Forum" names the summit it is part of: its longest
     * prefix that ends with an event word of a larger kind. */
    for (int k = b - 2; k > a; k--) {
      int r = event_rank_en (c->text + T (k)->s, T (k)->e - T (k)->s);
      if (T (k)->k == TK_CAP && r > rank) {
        int pm = doc_add_mention (c->doc, ENT_EVENT, start, T (k)->e, c->sent, NULL, FALSE);
        g_array_index (c->doc->mentions, Mention, pm).rank = r;
        g_array_index (c->doc->mentions, Mention, pm).nested = TRUE;
        break;
      }
    }
    return;
  }
  if (org_head && (b - a >= 2 || T (a)->k == TK_CAP)) {
    if (b - a == 1 && !is_acronym (s, len) && is_org_head (hs, hl, NULL))
      return; /* "Foundation" alone */
    doc_add_mention (c->doc, ENT_ORG, SPAN_S (a), SPAN_E (b), c->sent, NULL, FALSE);
    return;
  }
  if (b - a == 1 && (ng_text_find (s, len, ".com") || ng_text_find (s, len, ".cn"))) {
    doc_add_mention (c->doc, ENT_ORG, SPAN_S (a), SPAN_E (b), c->sent, NULL, FALSE);
    return;
  }
  if (b - a == 1 && is_acronym (s, len)) {
    doc_add_mention (c->doc, ENT_ORG, SPAN_S (a), SPAN_E (b), c->sent, NULL, FALSE);
    return;
  }
  /* People: two to four capitalized words. */
  if (b - a > 4)
    return;
  for (int i = a; i < b; i++)
    if (T (i)->k != TK_CAP || is_title_tok (c, i))
      return;
  gboolean names_ok = TRUE;
  for (int i = a; i < b; i++)
    names_ok = names_ok && looks_like_name_token (c, i);
  gboolean person = FALSE;
  if (b - a >= 2 && b - a <= 3 && names_ok &&
      is_en_surname (c->text + T (a)->s, T (a)->e - T (a)->s))
    person = TRUE;
  if (!person && person_context (c, a, b))
    person = TRUE;
  if (!person && known_person_like (c->doc, s, len) >= 0)
    person = TRUE;
  if (!person && possessor && b - a >= 2 && names_ok)
    person = FALSE;
  if (person)
    doc_add_mention (c->doc, ENT_PERSON, SPAN_S (a), SPAN_E (b), c->sent, NULL, FALSE);
}

/* Is s the name of a person of the document, or one of its first or
 * last words?  0 when it is, -1 when not. */
static int
known_person_like (Doc *doc, const char *s, gsize len)
{
  g_autofree char *k = g_strndup (s, len);
  return g_hash_table_contains (doc->person_words, k) ? 0 : -1;
}

/* Strips leading function words, months and a trailing month. */
static void
strip_chunk (Ctx *c, int *a, int *b)
{
  while (*a < *b && ((T (*a)->k == TK_CAP && is_stop_cap (c, *a)) || T (*a)->k == TK_LOW ||
                     T (*a)->k == TK_PUNCT || T (*a)->k == TK_AMP ||
                     (T (*a)->k == TK_NUM && *a + 1 < *b && T (*a + 1)->k != TK_CAP)))
    (*a)++;
  while (*b > *a && (T (*b - 1)->k == TK_LOW || T (*b - 1)->k == TK_AMP ||
                     (T (*b - 1)->k == TK_PUNCT && c->text[T (*b - 1)->s] != '.')))
    (*b)--;
}

static gboolean
is_complete_name_end (Ctx *c, int i)
{
  if (!is_word (c, i))
    return FALSE;
  const char *w = c->text + T (i)->s;
  gsize n = T (i)->e - T (i)->s;
  if (is_org_head (w, n, NULL) || event_rank_en (w, n) >= 0 || known_place (w, n))
    return TRUE;
  return FALSE;
}

/* Handles chunk [a,b): peels titles, splits at "and", classifies. */
static void
chunk (Ctx *c, int a, int b, gboolean possessor)
{
  strip_chunk (c, &a, &b);
  if (a >= b)
    return;
  /* Leading titles: "Secretary of the Party Committee and Chairman of X",
   * "Academician Zhang Ping", "Vice President of Y". */
  int i = a;
  while (i < b && T (i)->k == TK_CAP && is_title_tok (c, i))
    i++;
  if (i > a) {
    if (i < b && (tok_is (c, i, "of") || tok_is (c, i, "for"))) {
      i++;
      if (tok_is (c, i, "the"))
        i++;
      /* "of the Party Committee": still the title. */
      if (tok_is (c, i, "Party")) {
        while (i < b && T (i)->k == TK_CAP)
          i++;
        if (tok_is (c, i, "and")) {
          chunk (c, i + 1, b, possessor);
          return;
        }
        if (tok_is (c, i, "of") || tok_is (c, i, "for")) {
          i++;
          if (tok_is (c, i, "the"))
            i++;
        }
      }
    } else if (tok_is (c, i, "and")) {
      chunk (c, i + 1, b, possessor);
      return;
    }
    int title_a = a;
    a = i;
    strip_chunk (c, &a, &b);
    if (a >= b)
      return;
    if (i > title_a && !tok_is (c, i - 1, "of") && !tok_is (c, i - 1, "the") && !tok_is (c, i - 1, "for")) {
      /* "Professor Chen Yuhua of Xiamen University": a titled name, then
       * "of" and the organization. */
      for (int k = a + 2; k <= a + 3 && k + 1 < b; k++) {
        if (!tok_is (c, k, "of"))
          continue;
        gboolean name = (is_en_surname (c->text + T (a)->s, T (a)->e - T (a)->s) ||
                         is_en_surname (c->text + T (k - 1)->s, T (k - 1)->e - T (k - 1)->s)) &&
                        looks_like_name_token (c, k - 1);
        if (!name)
          break;
        int m = doc_add_mention (c->doc, ENT_PERSON, T (a)->s, T (k - 1)->e, c->sent, NULL, FALSE);
        Mention *pm = &g_array_index (c->doc->mentions, Mention, m);
        pm->title = g_strndup (c->text + T (title_a)->s, T (i - 1)->e - T (title_a)->s);
        int o = k + 1;
        if (tok_is (c, o, "the"))
          o++;
        classify (c, o, b, possessor);
        return;
      }
      int before = c->doc->mentions->len;
      classify (c, a, b, possessor);
      if ((int) c->doc->mentions->len > before) {
        Mention *pm = &g_array_index (c->doc->mentions, Mention, before);
        if (pm->type == ENT_PERSON && !pm->title)
          pm->title = g_strndup (c->text + T (title_a)->s, T (i - 1)->e - T (title_a)->s);
      }
      return;
    }
  }
  /* "United Nations Secretary General", "Alibaba Foundation Secretary
   * General Yao Yao", "Central Civilization Office Xie Dengke": an
   * organization, then titles or a person's name, in one run. */
  for (int k = a + 1; k < b; k++) {
    if (T (k)->k != TK_CAP)
      continue;
    const char *pw = c->text + T (k - 1)->s;
    gsize pn = T (k - 1)->e - T (k - 1)->s;
    gboolean org_before = is_org_head (pw, pn, NULL) || known_org (c->text + SPAN_S (a), T (k - 1)->e - SPAN_S (a));
    if (!org_before)
      continue;
    if (is_title_tok (c, k)) {
      int t = k;
      while (t < b && is_title_tok (c, t))
        t++;
      classify (c, a, k, FALSE);
      if (t < b) {
        int before = c->doc->mentions->len;
        chunk (c, t, b, possessor);
        if ((int) c->doc->mentions->len > before) {
          Mention *pm = &g_array_index (c->doc->mentions, Mention, before);
          if (pm->type == ENT_PERSON)
            pm->title = g_strndup (c->text + T (k)->s, T (t - 1)->e - T (k)->s);
        }
      }
      return;
    }
    if (b - k >= 2 && b - k <= 3 && is_en_surname (c->text + T (k)->s, T (k)->e - T (k)->s) &&
        looks_like_name_token (c, b - 1) && !is_org_head (c->text + T (b - 1)->s, T (b - 1)->e - T (b - 1)->s, NULL)) {
      classify (c, a, k, FALSE);
      doc_add_mention (c->doc, ENT_PERSON, T (k)->s, T (b - 1)->e, c->sent, NULL, FALSE);
      return;
    }
  }
  /* Split at an "and" that closes a complete name. */
  for (int k = a + 1; k < b - 1; k++) {
    if (!tok_is (c, k, "and"))
      continue;
    gboolean left_done = is_complete_name_end (c, k - 1) ||
                         (k - a <= 3 && is_en_surname (c->text + T (a)->s, T (a)->e - T (a)->s) &&
                          is_en_surname (c->text + T (k + 1)->s, T (k + 1)->e - T (k + 1)->s));
    /* "X of China and Y": a complement that is a place closes a name. */
    gboolean right_title = is_title_tok (c, k + 1);
    gboolean right_the = tok_is (c, k + 1, "the");
    if (left_done || right_title || right_the) {
      classify (c, a, k, FALSE);
      chunk (c, k + 1, b, possessor);
      return;
    }
  }
  classify (c, a, b, possessor);
}

/* Quoted titles that name sessions and sub-forums. */
static int
quoted_events (Ctx *c, int i, gboolean *session_list)
{
  if (T (i)->k != TK_QOPEN)
    return -1;
  int j = i + 1;
  while (j < NT && T (j)->k != TK_QCLOSE && T (j)->k != TK_QOPEN)
    j++;
  if (j >= NT || T (j)->k != TK_QCLOSE || j == i + 1)
    return -1;
  if (T (i + 1)->k != TK_CAP)
    return -1;
  gboolean after_head = j + 1 < NT && T (j + 1)->k == TK_LOW &&
                        event_rank_en (c->text + T (j + 1)->s, T (j + 1)->e - T (j + 1)->s) >= 0;
  if (!after_head && !*session_list)
    return -1;
  gsize s = T (i + 1)->s, e = T (j - 1)->e;
  /* Drop a comma or period left inside the quotes. */
  while (e > s && strchr (",.", c->text[e - 1]))
    e--;
  int m = doc_add_mention (c->doc, ENT_EVENT, s, e, c->sent, NULL, FALSE);
  Mention *mm = &g_array_index (c->doc->mentions, Mention, m);
  if (after_head)
    mm->rank = event_rank_en (c->text + T (j + 1)->s, T (j + 1)->e - T (j + 1)->s);
  else
    mm->rank = 1;
  return j + 1;
}

void
mentions_en (Doc *doc, guint sent)
{
  const NgSentence *ss = &g_array_index (doc->t->sentences, NgSentence, sent);
  Ctx cc = { doc, sent, doc->t->text, g_array_new (FALSE, FALSE, sizeof (Tok)) };
  Ctx *c = &cc;
  tokenize (c, ss->start, ss->end);
  gboolean session_list = FALSE;
  int i = 0;
  while (i < NT) {
    Tok *t = T (i);
    /* "two thematic sessions:" and "a roundtable discussion on" open a
     * list of quoted session titles. */
    gsize tl = t->e - t->s;
    if (tl > 3 && c->text[t->e - 1] == 's')
      tl--; /* "sessions" */
    int low_rank = t->k == TK_LOW ? event_rank_en (c->text + t->s, tl) : -1;
    if (low_rank >= 0 && low_rank <= 2) {
      int k = i + 1;
      if (tok_is (c, k, "discussion") || tok_is (c, k, "dialogue"))
        k++;
      if (k < NT && (tok_is (c, k, ":") || tok_is (c, k, "on")))
        session_list = TRUE;
    }
    if ((tok_is (c, i, "press") || tok_is (c, i, "news")) &&
        (tok_is (c, i + 1, "conference") || tok_is (c, i + 1, "briefing")) &&
        (tok_is (c, i - 1, "a") || tok_is (c, i - 1, "the")) && !ss->in_header) {
      int m = doc_add_mention (doc, ENT_EVENT, t->s, T (i + 1)->e, sent, NULL, FALSE);
      g_array_index (doc->mentions, Mention, m).rank = 0;
      i += 2;
      continue;
    }
    if (t->k == TK_QOPEN) {
      int r = quoted_events (c, i, &session_list);
      if (r > 0) {
        i = r;
        continue;
      }
      i++;
      continue;
    }
    gboolean starts = t->k == TK_CAP ||
                      (t->k == TK_NUM && i + 1 < NT && T (i + 1)->k == TK_CAP);
    if (!starts) {
      i++;
      continue;
    }
    int j = i + 1;
    while (j < NT) {
      Tok *u = T (j);
      if (u->k == TK_CAP || (u->k == TK_NUM && T (j - 1)->k == TK_CAP && j + 1 < NT &&
                             T (j + 1)->k == TK_CAP)) {
        j++;
      } else if (u->k == TK_LOW && (tok_is (c, j, "of") || tok_is (c, j, "for") ||
                                    tok_is (c, j, "and")) &&
                 j + 1 < NT &&
                 (T (j + 1)->k == TK_CAP ||
                  (tok_is (c, j + 1, "the") && j + 2 < NT && T (j + 2)->k == TK_CAP &&
                   !tok_is (c, j, "and")))) {
        j += tok_is (c, j + 1, "the") ? 2 : 1;
      } else if (u->k == TK_AMP && j + 1 < NT && T (j + 1)->k == TK_CAP) {
        j++;
      } else if (u->k == TK_POSS && j + 1 < NT && T (j + 1)->k == TK_CAP &&
                 in_list (inner_poss, c->text + T (j - 1)->s, T (j - 1)->e - T (j - 1)->s)) {
        j++;
      } else if (u->k == TK_PUNCT && c->text[u->s] == '(' && j + 3 < NT &&
                 T (j + 1)->k == TK_CAP && tok_is (c, j + 2, ")") && T (j + 3)->k == TK_CAP &&
                 is_acronym (c->text + T (j + 1)->s, T (j + 1)->e - T (j + 1)->s)) {
        j += 3; /* "Communist Party of China (CPC) Central Committee" */
      } else if (u->k == TK_PUNCT && c->text[u->s] == '.' && j > 0 &&
                 (tok_is (c, j - 1, "Co") || tok_is (c, j - 1, "Ltd") || tok_is (c, j - 1, "Inc") ||
                  tok_is (c, j - 1, "Corp"))) {
        /* "Co., Ltd." */
        if (tok_is (c, j + 1, ",") && tok_is (c, j + 2, "Ltd"))
          j += 2;
        else {
          j++;
          break;
        }
      } else {
        break;
      }
    }
    gboolean possessor = j < NT && T (j)->k == TK_POSS;
    int before = doc->mentions->len;
    chunk (c, i, j, possessor);
    /* "Peking University's School of Journalism": a sub-unit named by
     * its kind belongs to the possessor. */
    if (possessor && (int) doc->mentions->len > before && j + 2 < NT &&
        T (j + 1)->k == TK_CAP && (tok_is (c, j + 2, "of"))) {
      Mention *pm = &g_array_index (doc->mentions, Mention, doc->mentions->len - 1);
      if (pm->type == ENT_ORG && pm->end == T (j - 1)->e) {
        int k = j + 1;
        while (k < NT && (T (k)->k == TK_CAP || ((tok_is (c, k, "of") || tok_is (c, k, "and") ||
                                                  tok_is (c, k, "for")) &&
                                                 k + 1 < NT && T (k + 1)->k == TK_CAP)))
          k++;
        if (is_org_head (c->text + T (j + 1)->s, T (j + 1)->e - T (j + 1)->s, NULL)) {
          doc_add_mention (doc, ENT_ORG, pm->start, T (k - 1)->e, sent, NULL, FALSE);
          i = k;
          continue;
        }
      }
    }
    /* "the School of Law, China University of Mining and Technology". */
    if ((int) doc->mentions->len > before && j + 1 < NT && tok_is (c, j, ",") &&
        T (j + 1)->k == TK_CAP) {
      Mention *pm = &g_array_index (doc->mentions, Mention, doc->mentions->len - 1);
      const char *pn = c->text + pm->start;
      if (pm->type == ENT_ORG && (g_str_has_prefix (pn, "School of") ||
                                  g_str_has_prefix (pn, "College of") ||
                                  g_str_has_prefix (pn, "Faculty of") ||
                                  g_str_has_prefix (pn, "Department of"))) {
        int k = j + 1;
        while (k < NT && (T (k)->k == TK_CAP || ((tok_is (c, k, "of") || tok_is (c, k, "and")) &&
                                                 k + 1 < NT && T (k + 1)->k == TK_CAP)))
          k++;
        const char *ph = c->text + T (k - 1)->s;
        gsize pl = T (k - 1)->e - T (k - 1)->s;
        int h = k - 1;
        for (int q = j + 2; q < k; q++)
          if (tok_is (c, q, "of")) {
            h = q - 1;
            break;
          }
        ph = c->text + T (h)->s;
        pl = T (h)->e - T (h)->s;
        if (pl == 10 && !g_ascii_strncasecmp (ph, "University", 10)) {
          pm->end = T (k - 1)->e;
          g_free (pm->name);
          pm->name = strip_dup (c->text + pm->start, pm->end - pm->start);
          doc_add_mention (doc, ENT_ORG, T (j + 1)->s, T (k - 1)->e, sent, NULL, FALSE);
          g_array_index (doc->mentions, Mention, doc->mentions->len - 1).nested = TRUE;
          i = k;
          continue;
        }
      }
    }
    i = j > i ? j : i + 1;
  }
  g_array_unref (c->toks);
}

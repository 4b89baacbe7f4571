/* SPDX-License-Identifier: MIT */
/* find.c: known names in running Chinese text (a gazetteer scan over the
 * curated organizations and places of names-data.c) and the organization
 * kinds that end a name.  Recognizing which strings are names is the
 * extractor's job; this only offers what the data files know. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

/* ---- English: word sequences that fold to a curated name */

typedef struct {
  gsize start, end; /* bytes */
} Word;

static gboolean
word_char (const char *p)
{
  return g_ascii_isalnum (*p);
}

/* Words: runs of ASCII letters and digits, with '.', '-', '\'' or '&'
 * inside when a letter or digit follows (U.S., JD.com, People's); "&"
 * alone is a word. */
static GArray *
english_words (const char *text)
{
  GArray *w = g_array_new (FALSE, FALSE, sizeof (Word));
  const char *p = text;
  while (*p) {
    if (*p == '&') {
      Word x = { (gsize) (p - text), (gsize) (p - text) + 1 };
      g_array_append_val (w, x);
      p++;
      continue;
    }
    if (!word_char (p)) {
      p++;
      continue;
    }
    const char *s = p;
    while (*p) {
      if (word_char (p)) {
        p++;
      } else if ((*p == '.' || *p == '-' || *p == '\'') && word_char (p + 1)) {
        p += 2;
      } else if (g_str_has_prefix (p, "\xe2\x80\x99") && word_char (p + 3)) {
        p += 4;
      } else {
        break;
      }
    }
    /* A trailing period of an abbreviation ("U.S.") belongs to the word. */
    if (*p == '.' && p - s >= 2 && p[-2] == '.')
      p++;
    Word x = { (gsize) (s - text), (gsize) (p - text) };
    g_array_append_val (w, x);
  }
  return w;
}

static const char *const small_words[] = { "of", "and", "the", "for", "in", "on", "at", "&", NULL };

/* Capitalization makes a name: every word capitalized or a digit, except
 * small words inside. */
static gboolean
looks_like_name (const char *text, const Word *w, guint n)
{
  for (guint i = 0; i < n; i++) {
    char *t = g_strndup (text + w[i].start, w[i].end - w[i].start);
    gboolean ok = g_ascii_isupper (t[0]) || g_ascii_isdigit (t[0])
                  || (i > 0 && i + 1 < n && g_strv_contains (small_words, t));
    g_free (t);
    if (!ok)
      return FALSE;
  }
  return TRUE;
}

#define MAX_NAME_WORDS 16 /* TUNING: longer than any curated English name */

static void
find_english (const NgLinguaOrgs *d, const char *text, GArray *out)
{
  GArray *words = english_words (text);
  const Word *w = (const Word *) (void *) words->data;
  for (guint i = 0; i < words->len;) {
    guint found = 0;
    NgLinguaKnown m = { 0 };
    for (guint n = MIN (MAX_NAME_WORDS, words->len - i); n >= 1 && !found; n--) {
      /* Only spaces between the words. */
      gboolean spaced = TRUE;
      for (guint k = i; k + 1 < i + n && spaced; k++)
        for (gsize b = w[k].end; b < w[k + 1].start && spaced; b++)
          spaced = text[b] == ' ';
      if (!spaced || !looks_like_name (text, w + i, n))
        continue;
      char *surface = g_strndup (text + w[i].start, w[i + n - 1].end - w[i].start);
      /* The name without its possessive ("Foundation's", "Baidu’s"). */
      gsize poss = g_str_has_suffix (surface, "'s") ? 2
                   : g_str_has_suffix (surface, "\xe2\x80\x99s") ? 4 : 0;
      surface[strlen (surface) - poss] = 0;
      /* One word, or a name starting with "The": only as the data writes
       * it ("WHO" but not "Who", "The Paper" but not "The paper"). */
      gboolean strict = n == 1 || g_str_has_prefix (surface, "The ");
      if (!strict || g_hash_table_contains (d->surface_en, surface)) {
        char *f = ng_lingua_fold_en (surface);
        const char *en = g_hash_table_lookup (d->en2en, f);
        NgLinguaKnownKind kind = NG_LINGUA_KNOWN_ORG;
        if (!en) {
          en = g_hash_table_lookup (d->place_en, f);
          kind = NG_LINGUA_KNOWN_PLACE;
        }
        if (en) {
          m.start = w[i].start;
          m.end = w[i + n - 1].end - poss;
          m.kind = kind;
          m.en = en;
          m.is_alias = strcmp (surface, en) != 0;
          m.n_chars = (guint) g_utf8_strlen (surface, -1);
          found = n;
        }
        g_free (f);
      }
      g_free (surface);
    }
    if (found) {
      g_array_append_val (out, m);
      i += found;
    } else {
      i++;
    }
  }
  g_array_free (words, TRUE);
}

static gint
by_start (gconstpointer a, gconstpointer b)
{
  const NgLinguaKnown *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

GArray *
ng_lingua_find_known (const char *text)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (NgLinguaKnown));
  if (!text || !g_utf8_validate (text, -1, NULL))
    return out;
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  /* Character-level simplification keeps one character for one: offsets
   * into the simplified copy map back through char indexes. */
  char *simp = ng_lingua_to_simplified (text);
  glong n = g_utf8_strlen (simp, -1);
  const char **sp = g_new (const char *, n + 1), **op = g_new (const char *, n + 1);
  glong i = 0;
  const char *q = text;
  for (const char *p = simp; *p; p = g_utf8_next_char (p), q = g_utf8_next_char (q)) {
    sp[i] = p;
    op[i++] = q;
  }
  sp[n] = simp + strlen (simp);
  op[n] = text + strlen (text);
  for (i = 0; i < n;) {
    if (!ng_lingua_is_han (g_utf8_get_char (sp[i]))) {
      i++;
      continue;
    }
    glong best = 0;
    const KnownName *k = NULL;
    for (glong len = MIN ((glong) d->max_known, n - i); len >= 2 && !k; len--) {
      char *s = g_strndup (sp[i], (gsize) (sp[i + len] - sp[i]));
      k = g_hash_table_lookup (d->known, s);
      g_free (s);
      if (k)
        best = len;
    }
    if (!k) {
      i++;
      continue;
    }
    NgLinguaKnown m = { (gsize) (op[i] - text), (gsize) (op[i + best] - text),
                        (NgLinguaKnownKind) k->kind, k->en, k->is_alias, (guint) best };
    g_array_append_val (out, m);
    i += best;
  }
  g_free (sp);
  g_free (op);
  g_free (simp);
  find_english (d, text, out);
  g_array_sort (out, by_start);
  /* A Chinese name may run over Latin letters (奇虎360): no overlaps. */
  for (guint k = 1; k < out->len;) {
    if (g_array_index (out, NgLinguaKnown, k).start < g_array_index (out, NgLinguaKnown, k - 1).end)
      g_array_remove_index (out, k);
    else
      k++;
  }
  return out;
}

gsize
ng_lingua_org_suffix_len (const char *zh)
{
  if (!zh || !g_utf8_validate (zh, -1, NULL))
    return 0;
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  char *simp = ng_lingua_to_simplified (zh);
  /* The longest head among the suffixes of up to max_seg characters,
   * counted in characters so that the answer can be measured on zh. */
  guint best_chars = 0;
  const char *p = simp + strlen (simp);
  for (guint k = 1; k <= d->max_seg && p > simp; k++) {
    p = g_utf8_prev_char (p);
    const Entry *e = g_hash_table_lookup (d->segs, p);
    if (e && e->kind == SEG_HEAD)
      best_chars = k;
  }
  g_free (simp);
  const char *q = zh + strlen (zh);
  for (guint k = 0; k < best_chars; k++)
    q = g_utf8_prev_char (q);
  return (gsize) (zh + strlen (zh) - q);
}

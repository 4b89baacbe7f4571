/* SPDX-License-Identifier: MIT */
/* lexicon.c: the extractor's data files (src/extract/data/, compiled
 * in with GResource), loaded once on first use.  Each file says in its
 * header comment what belongs in it. */
#include "config.h"

#include <string.h>

#include <gio/gio.h>

#include "extract/extract-private.h"
#include "lingua/lingua.h"

char *
fold (const char *s, gssize len)
{
  return ng_text_fold_dup (s, len);
}

/* Calls fn for each non-comment line's TAB-separated fields. */
static void
each_line (const char *name, void (*fn) (char **fields, guint n, gpointer data), gpointer data)
{
  g_autofree char *path = g_strconcat (NG_EXTRACT_RESOURCE, name, NULL);
  GBytes *b = g_resources_lookup_data (path, 0, NULL);
  if (!b)
    g_error ("missing compiled-in resource %s", path);
  gsize len;
  const char *s = g_bytes_get_data (b, &len);
  g_autofree char *copy = g_strndup (s, len);
  char **lines = g_strsplit (copy, "\n", -1);
  for (char **l = lines; *l; l++) {
    g_strchomp (*l);
    if (!**l || **l == '#')
      continue;
    char **f = g_strsplit (*l, "\t", -1);
    fn (f, g_strv_length (f), data);
    g_strfreev (f);
  }
  g_strfreev (lines);
  g_bytes_unref (b);
}

static void
add_word (char **f, guint n, gpointer data)
{
  g_hash_table_insert (data, fold (f[0], -1), g_strdup (n > 1 ? f[1] : ""));
}

static void
add_rank (char **f, guint n, gpointer data)
{
  g_hash_table_insert (data, fold (f[0], -1), GINT_TO_POINTER (atoi (n > 1 ? f[1] : "2") + 1));
}

static void
add_plain (char **f, guint n, gpointer data)
{
  g_ptr_array_add (data, g_strdup (f[0]));
}

static Lexicon *lex;

static void
add_place (char **f, guint n, gpointer data)
{
  if (n < 3)
    return;
  Place *p = g_new0 (Place, 1);
  p->slug = g_strdup (f[0]);
  p->kind = g_strdup (f[1]);
  char **en = g_strsplit (f[2], "|", -1);
  p->en = g_strdup (en[0]);
  for (char **e = en; *e; e++)
    if (**e)
      g_hash_table_insert (lex->places, fold (*e, -1), p);
  g_strfreev (en);
  if (n > 3 && *f[3]) {
    char **zh = g_strsplit (f[3], "|", -1);
    p->zh = g_strdup (zh[0]);
    for (char **z = zh; *z; z++)
      if (**z) {
        g_hash_table_insert (lex->places, fold (*z, -1), p);
        g_ptr_array_add (lex->zh_places, g_strdup (*z));
      }
    g_strfreev (zh);
  }
}

static void
add_org (char **f, guint n, gpointer data)
{
  if (n < 2)
    return;
  KnownOrg *o = g_new0 (KnownOrg, 1);
  o->slug = g_strdup (f[0]);
  char **en = g_strsplit (f[1], "|", -1);
  o->en = g_strdup (en[0]);
  for (char **e = en; *e; e++)
    if (**e)
      g_hash_table_insert (lex->orgs, fold (*e, -1), o);
  g_strfreev (en);
  if (n > 2 && *f[2]) {
    char **zh = g_strsplit (f[2], "|", -1);
    o->zh = g_strdup (zh[0]);
    for (char **z = zh; *z; z++)
      if (**z) {
        g_hash_table_insert (lex->orgs, fold (*z, -1), o);
        g_ptr_array_add (lex->zh_orgs, g_strdup (*z));
      }
    g_strfreev (zh);
  }
}

static gint
longest_first (gconstpointer a, gconstpointer b)
{
  const char *x = *(const char *const *) a, *y = *(const char *const *) b;
  gsize lx = strlen (x), ly = strlen (y);
  if (lx != ly)
    return lx > ly ? -1 : 1;
  return strcmp (x, y);
}

static CharIndex *
first_char_index (GPtrArray *words)
{
  CharIndex *x = g_new0 (CharIndex, 1);
  GHashTable *h = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < words->len; i++) {
    gunichar c = g_utf8_get_char (words->pdata[i]);
    GPtrArray *a = g_hash_table_lookup (h, GUINT_TO_POINTER (c));
    if (!a) {
      a = g_ptr_array_new ();
      g_hash_table_insert (h, GUINT_TO_POINTER (c), a);
    }
    g_ptr_array_add (a, words->pdata[i]); /* the list is sorted longest first */
    x->first[(c >> 3) & 0x1FFF] |= 1u << (c & 7);
  }
  x->words = h;
  return x;
}

static WordTable *
word_table (GHashTable *h)
{
  WordTable *t = g_new0 (WordTable, 1);
  t->h = h;
  return t;
}

/* Fills t->shape from the keys, once they are all in. */
static void
word_table_shape (WordTable *t)
{
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, t->h);
  while (g_hash_table_iter_next (&it, &k, NULL)) {
    const char *w = k;
    gsize n = strlen (w);
    if (n && n < 64 && (guchar) w[0] < 0x80)
      t->shape[(guchar) w[0]] |= G_GUINT64_CONSTANT (1) << n;
  }
}

GResource *ng_extract_get_resource (void);
void ng_extract_register_resource (void);

static gpointer
load (gpointer unused)
{
  ng_extract_register_resource ();
  lex = g_new0 (Lexicon, 1);
  lex->org_heads = word_table (g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free));
  lex->event_heads = word_table (g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));
  lex->titles = word_table (g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free));
  lex->speech = word_table (g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free));
  lex->places = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->orgs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lex->en_surnames = word_table (g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free));
  lex->zh_org_suffixes = g_ptr_array_new_with_free_func (g_free);
  lex->zh_titles = g_ptr_array_new_with_free_func (g_free);
  lex->zh_event_heads = g_ptr_array_new_with_free_func (g_free);
  lex->zh_event_rank = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lex->zh_speech = g_ptr_array_new_with_free_func (g_free);
  lex->zh_speech_strength = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lex->zh_places = g_ptr_array_new_with_free_func (g_free);
  lex->zh_orgs = g_ptr_array_new_with_free_func (g_free);
  lex->zh_generic = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lex->zh_honorifics = g_ptr_array_new_with_free_func (g_free);

  each_line ("org-heads.txt", add_word, lex->org_heads->h);
  each_line ("event-heads.txt", add_rank, lex->event_heads->h);
  each_line ("titles.txt", add_word, lex->titles->h);
  each_line ("speech-en.txt", add_word, lex->speech->h);
  each_line ("places.txt", add_place, NULL);
  each_line ("orgs.txt", add_org, NULL);
  each_line ("zh-surnames.txt", add_word, lex->surnames);
  each_line ("en-surnames.txt", add_word, lex->en_surnames->h);
  each_line ("zh-org-suffixes.txt", add_plain, lex->zh_org_suffixes);
  each_line ("zh-titles.txt", add_plain, lex->zh_titles);
  each_line ("zh-event-heads.txt", add_plain, lex->zh_event_heads);
  each_line ("zh-event-heads.txt", add_rank, lex->zh_event_rank);
  each_line ("zh-speech.txt", add_plain, lex->zh_speech);
  each_line ("zh-speech.txt", add_word, lex->zh_speech_strength);
  each_line ("zh-generic-words.txt", add_word, lex->zh_generic);
  each_line ("zh-honorifics.txt", add_plain, lex->zh_honorifics);
  g_ptr_array_sort (lex->zh_org_suffixes, longest_first);
  g_ptr_array_sort (lex->zh_titles, longest_first);
  g_ptr_array_sort (lex->zh_event_heads, longest_first);
  g_ptr_array_sort (lex->zh_speech, longest_first);
  g_ptr_array_sort (lex->zh_places, longest_first);
  g_ptr_array_sort (lex->zh_orgs, longest_first);
  g_ptr_array_sort (lex->zh_honorifics, longest_first);
  word_table_shape (lex->org_heads);
  word_table_shape (lex->event_heads);
  word_table_shape (lex->titles);
  word_table_shape (lex->speech);
  word_table_shape (lex->en_surnames);
  lex->zh_orgs_idx = first_char_index (lex->zh_orgs);
  lex->zh_places_idx = first_char_index (lex->zh_places);
  lex->zh_titles_idx = first_char_index (lex->zh_titles);
  lex->zh_suffix_idx = first_char_index (lex->zh_org_suffixes);
  lex->zh_event_idx = first_char_index (lex->zh_event_heads);
  return lex;
}

const Lexicon *
lexicon_get (void)
{
  static GOnce once = G_ONCE_INIT;
  g_once (&once, load, NULL);
  return once.retval;
}

/* Looks a word up folded, without allocating for short ASCII words. */
static gpointer
lookup_word (const WordTable *t, const char *word, gsize len, gboolean *found)
{
  GHashTable *h = t->h;
  char buf[64];
  gpointer v = NULL;
  *found = FALSE;
  if (len < sizeof buf) {
    gboolean ascii = TRUE;
    for (gsize i = 0; i < len; i++) {
      char c = word[i];
      if ((guchar) c >= 0x80)
        ascii = FALSE;
      buf[i] = c >= 'A' && c <= 'Z' ? c + 32 : c; /* g_ascii_tolower, inline */
    }
    buf[len] = 0;
    if (ascii && len && !((t->shape[(guchar) buf[0]] >> len) & 1))
      return NULL; /* no key of that first byte and length */
    if (ascii) {
      gpointer k;
      *found = g_hash_table_lookup_extended (h, buf, &k, &v);
      return v;
    }
  }
  g_autofree char *f = fold (word, len);
  gpointer k;
  *found = g_hash_table_lookup_extended (h, f, &k, &v);
  return v;
}

int
event_rank_en (const char *word, gsize len)
{
  gboolean found;
  gpointer v = lookup_word (lexicon_get ()->event_heads, word, len, &found);
  return found ? GPOINTER_TO_INT (v) - 1 : -1;
}

gboolean
is_title_word (const char *word, gsize len)
{
  gboolean found;
  lookup_word (lexicon_get ()->titles, word, len, &found);
  return found;
}

gboolean
is_org_head (const char *word, gsize len, gboolean *is_suffix)
{
  gboolean found;
  const char *v = lookup_word (lexicon_get ()->org_heads, word, len, &found);
  if (is_suffix)
    *is_suffix = found && v && !strcmp (v, "suffix");
  return found;
}

gboolean
is_en_surname (const char *word, gsize len)
{
  gboolean found;
  lookup_word (lexicon_get ()->en_surnames, word, len, &found);
  return found;
}

/* "strong", "weak" or NULL. */
const char *
speech_strength (const char *word, gsize len)
{
  gboolean found;
  const char *v = lookup_word (lexicon_get ()->speech, word, len, &found);
  return found ? v : NULL;
}

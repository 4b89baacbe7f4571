/* SPDX-License-Identifier: MIT */
/* coref.c: mentions -> entities within one article.
 *
 * Rules, in the order they are tried for each mention:
 * - the same type and the same matching form (folded, a leading "the"
 *   dropped, Chinese traditional forms simplified) is the same entity;
 * - places: the same gazetteer entry; organizations: the same entry of the
 *   known-organization list ("CAC" and "Cyberspace Administration of
 *   China"), the same core after dropping company suffixes ("Tencent",
 *   "Tencent Group"; "Yihualu" and "Beijing Yihualu Information Technology
 *   Co., Ltd."), an acronym of the initials, or a short form that is the
 *   long one cut before "of" ("Organizing Committee");
 * - events: the same name without a leading ordinal or year ("Internet
 *   Good Summit", "second Internet Good Summit");
 * - people: one word that is the family name (first word of a Chinese
 *   name, last of a Western one) of a person named before refers to the
 *   last such person ("Wang" after "Wang Bo", "Ma" after "Jack Ma"). */
#include "config.h"

#include <string.h>

#include "extract/extract-private.h"
#include "lingua/lingua.h"

const char *
entity_type_name (EntType t)
{
  static const char *const names[] = { "person", "org", "event", "place" };
  return names[t];
}

/* The matching form: folded, simplified, no leading "the", punctuation
 * and spaces squeezed to single spaces. */
static char *
match_form (const char *name)
{
  g_autofree char *simp = ng_lingua_to_simplified (name);
  g_autofree char *f = fold (simp ? simp : name, -1);
  GString *out = g_string_sized_new (strlen (f));
  gboolean space = FALSE;
  for (const char *p = f; *p; p = g_utf8_next_char (p)) {
    gunichar c = utf8_char (p);
    /* ASCII without the Unicode tables (g_unichar_isalnum agrees). */
    if (c < 0x80 ? g_ascii_isalnum (c) : g_unichar_isalnum (c)) {
      if (space && out->len)
        g_string_append_c (out, ' ');
      space = FALSE;
      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p); /* = append_unichar (c) */
    } else if (c == '\'' || c == 0x2019) {
      /* "people's" -> "people" (as the scorer's norm) */
      if (p[1] == 's' && !g_ascii_isalnum (p[2]))
        p++;
    } else {
      space = TRUE;
    }
  }
  if (g_str_has_prefix (out->str, "the "))
    g_string_erase (out, 0, 4);
  return g_string_free (out, FALSE);
}

static const char *const company_words[] = { "group", "co", "ltd", "inc", "corp", "corporation",
                                              "company", "limited", "holdings", "technology",
                                              "technologies", "information", "network",
                                              "science", "beijing", "shanghai", "shenzhen",
                                              "hangzhou", "china", NULL };

static gboolean
is_company_word (const char *w, gsize n)
{
  for (int i = 0; company_words[i]; i++)
    if (strlen (company_words[i]) == n && !strncmp (company_words[i], w, n))
      return TRUE;
  return FALSE;
}

/* The core of a company name: the match form without place words in front
 * and company words behind ("beijing yihualu information technology co
 * ltd" -> "yihualu").  NULL when nothing is dropped or nothing is left. */
static char *
org_core (const char *mf)
{
  char **w = g_strsplit (mf, " ", -1);
  guint n = g_strv_length (w);
  guint a = 0, b = n;
  while (b > a && is_company_word (w[b - 1], strlen (w[b - 1])))
    b--;
  gboolean had_suffix = b < n;
  while (a < b && had_suffix && is_company_word (w[a], strlen (w[a])))
    a++;
  char *r = NULL;
  if (had_suffix && b > a && b - a <= 2) {
    GString *s = g_string_new (NULL);
    for (guint i = a; i < b; i++) {
      if (s->len)
        g_string_append_c (s, ' ');
      g_string_append (s, w[i]);
    }
    r = g_string_free (s, FALSE);
  }
  g_strfreev (w);
  return r;
}

static char *
initials (const char *mf)
{
  GString *s = g_string_new (NULL);
  char **w = g_strsplit (mf, " ", -1);
  for (char **p = w; *p; p++)
    if (**p && strcmp (*p, "of") && strcmp (*p, "the") && strcmp (*p, "and") &&
        strcmp (*p, "for"))
      g_string_append_c (s, **p);
  g_strfreev (w);
  return g_string_free (s, FALSE);
}

/* Leading ordinals and years dropped from an event's match form. */
static const char *
event_core (const char *mf)
{
  static const char *const ord[] = { "first", "second", "third", "fourth", "fifth", "sixth",
                                     "seventh", "eighth", "ninth", "tenth", "eleventh",
                                     "twelfth", NULL };
  const char *p = mf;
  for (;;) {
    const char *sp = strchr (p, ' ');
    if (!sp)
      break;
    gsize n = sp - p;
    gboolean drop = g_ascii_isdigit (*p);
    for (int i = 0; ord[i] && !drop; i++)
      if (strlen (ord[i]) == n && !strncmp (ord[i], p, n))
        drop = TRUE;
    if (!drop)
      break;
    p = sp + 1;
  }
  /* Chinese: "2023年" or "第四届" in front. */
  while (g_ascii_isdigit (*p))
    p++;
  if (g_str_has_prefix (p, "年"))
    p += 3;
  if (g_str_has_prefix (p, "第")) {
    const char *q = strstr (p, "届");
    if (!q)
      q = strstr (p, "屆");
    if (q && q - p <= 12)
      p = q + 3;
  }
  return p;
}

static int
new_entity (Doc *doc, Mention *m, int mi)
{
  Entity *e = g_new0 (Entity, 1);
  e->type = m->type;
  e->name = g_strdup (m->name);
  e->names = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (e->names, g_strdup (m->name));
  e->first = mi;
  e->rank = m->rank;
  e->zh = m->zh;
  g_ptr_array_add (doc->entities, e);
  return doc->entities->len - 1;
}

/* Adds a surface form to e; FALSE when e already has it. */
static gboolean
add_name (Entity *e, const char *name, EntType type)
{
  for (guint i = 0; i < e->names->len; i++)
    if (!strcmp (e->names->pdata[i], name))
      return FALSE;
  g_ptr_array_add (e->names, g_strdup (name));
  /* The fullest form is the name. */
  if (strlen (name) > strlen (e->name) && type != ENT_PLACE) {
    g_free (e->name);
    e->name = g_strdup (name);
  }
  return TRUE;
}

/* ---- the forms of the entities, indexed by rule ------------------------
 *
 * A mention joins the last entity (the largest index) of its type one of
 * whose names' match forms it matches.  Trying every entity made
 * coreference quadratic in the article's length (a long article with many
 * names took minutes), so the forms are indexed instead: each rule below
 * is an equality of keys (the form itself, its gazetteer or known-list
 * entry, its company core, its head before " of ", its initials, its event
 * core, a person's first or last word, a long suffix), and every index maps
 * a key to the largest entity with a form of that key.  The largest entity
 * over the keys a mention looks up is the one the scan found.
 *
 * Organizations: the same form; else, when either form is in the
 * known-organization list, the same entry and nothing else; else the same
 * core after company words ("tencent group", "tencent"), a short form that
 * is the long one cut before " of " (both with a space), or an acronym of
 * the initials.  Chinese mentions also match a form of 12 bytes or more
 * that ends theirs, or that theirs ends (特区政府 / 香港特区政府); events
 * too.  Events: the same form, both "press ...", or the same core (no
 * leading ordinal or year) when the mention's core has a space, differs
 * from its form (English), or is 9 bytes or more (Chinese).  People: the
 * same form, or a one-word English mention that is the first or last word
 * of a form.  Places: the same form or the same gazetteer entry. */

typedef struct {
  const char *form;
  int e;
} FormOf;

typedef struct {
  GPtrArray *owned;        /**< the forms (char *) that keys below point into */
  GHashTable *form[ENT_N]; /**< form -> largest entity + 1, and so for the others */
  GHashTable *suffix[ENT_N]; /**< suffixes of 12 bytes or more of forms of 12 or more,
                              *   once a mention needs them (NULL before) */
  GArray *added[ENT_N];    /**< FormOf: every form added, for building suffix[] */
  GHashTable *place;       /**< Place * of place forms */
  GHashTable *known;       /**< KnownOrg * of organization forms */
  GHashTable *unknown;     /**< organization forms not in the known list */
  GHashTable *core;        /**< org_core of those (owned keys) */
  GHashTable *of_head;     /**< those cut before each " of " (owned keys) */
  GHashTable *initials;    /**< initials of those with a space (owned keys) */
  GHashTable *ev_core;     /**< event_core of event forms */
  GHashTable *first_word;  /**< first word of person forms with a space (owned keys) */
  GHashTable *last_word;   /**< last word of those */
  int press;               /**< the largest event with a form "press ...", or -1 */
} Forms;

static void
forms_init (Forms *f)
{
  f->owned = g_ptr_array_new_with_free_func (g_free);
  for (int t = 0; t < ENT_N; t++) {
    f->form[t] = g_hash_table_new (g_str_hash, g_str_equal);
    f->suffix[t] = NULL;
    f->added[t] = g_array_new (FALSE, FALSE, sizeof (FormOf));
  }
  f->place = g_hash_table_new (NULL, NULL);
  f->known = g_hash_table_new (NULL, NULL);
  f->unknown = g_hash_table_new (g_str_hash, g_str_equal);
  f->core = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->of_head = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->initials = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->ev_core = g_hash_table_new (g_str_hash, g_str_equal);
  f->first_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  f->last_word = g_hash_table_new (g_str_hash, g_str_equal);
  f->press = -1;
}

static void
forms_clear (Forms *f)
{
  for (int t = 0; t < ENT_N; t++) {
    g_hash_table_unref (f->form[t]);
    if (f->suffix[t])
      g_hash_table_unref (f->suffix[t]);
    g_array_unref (f->added[t]);
  }
  g_hash_table_unref (f->place);
  g_hash_table_unref (f->known);
  g_hash_table_unref (f->unknown);
  g_hash_table_unref (f->core);
  g_hash_table_unref (f->of_head);
  g_hash_table_unref (f->initials);
  g_hash_table_unref (f->ev_core);
  g_hash_table_unref (f->first_word);
  g_hash_table_unref (f->last_word);
  g_ptr_array_unref (f->owned); /* after the tables: their keys point into these */
}

/* Records entity e under key.  owned: the table frees its keys, and key is
 * a copy to free when the table keeps its own. */
static void
put (GHashTable *h, gpointer key, int e, gboolean owned)
{
  gpointer old = NULL;
  if (!g_hash_table_lookup_extended (h, key, NULL, &old) || GPOINTER_TO_INT (old) < e + 1)
    g_hash_table_insert (h, key, GINT_TO_POINTER (e + 1)); /* frees key if it was there */
  else if (owned)
    g_free (key);
}

static int
get (GHashTable *h, gconstpointer key)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (h, key)) - 1;
}

static void
put_suffixes (GHashTable *h, const char *form, int e)
{
  gsize n = strlen (form);
  if (n >= 12)
    for (const char *p = form; n - (gsize) (p - form) >= 12; p = g_utf8_next_char (p))
      put (h, (gpointer) p, e, FALSE);
}

/* The suffix index of a type, built on first use: only Chinese mentions
 * use it, and hashing every suffix of every English name costs. */
static GHashTable *
suffixes (Forms *f, EntType type)
{
  if (!f->suffix[type]) {
    f->suffix[type] = g_hash_table_new (g_str_hash, g_str_equal);
    for (guint i = 0; i < f->added[type]->len; i++) {
      FormOf *fo = &g_array_index (f->added[type], FormOf, i);
      put_suffixes (f->suffix[type], fo->form, fo->e);
    }
  }
  return f->suffix[type];
}

/* Adds form (taken) of a name of entity e of the given type. */
static void
forms_add (Forms *f, EntType type, char *form, int e)
{
  const Lexicon *lx = lexicon_get ();
  g_ptr_array_add (f->owned, form);
  put (f->form[type], form, e, FALSE);
  FormOf fo = { form, e };
  g_array_append_val (f->added[type], fo);
  if (f->suffix[type])
    put_suffixes (f->suffix[type], form, e);
  switch (type) {
  case ENT_PLACE: {
    Place *pl = g_hash_table_lookup (lx->places, form);
    if (pl)
      put (f->place, pl, e, FALSE);
    break;
  }
  case ENT_ORG: {
    KnownOrg *k = g_hash_table_lookup (lx->orgs, form);
    if (k) {
      put (f->known, k, e, FALSE);
      break;
    }
    put (f->unknown, form, e, FALSE);
    char *c = org_core (form);
    if (c)
      put (f->core, c, e, TRUE);
    if (strchr (form, ' ')) {
      for (const char *p = strstr (form, " of "); p; p = strstr (p + 1, " of "))
        put (f->of_head, g_strndup (form, p - form), e, TRUE);
      put (f->initials, initials (form), e, TRUE);
    }
    break;
  }
  case ENT_EVENT:
    put (f->ev_core, (gpointer) event_core (form), e, FALSE);
    if (g_str_has_prefix (form, "press "))
      f->press = MAX (f->press, e);
    break;
  case ENT_PERSON: {
    const char *sp = strchr (form, ' ');
    if (sp) {
      put (f->first_word, g_strndup (form, sp - form), e, TRUE);
      put (f->last_word, strrchr (form, ' ') + 1, e, FALSE);
    }
    break;
  }
  default:
    break;
  }
}

/* The largest entity that mention m (match form mf) refers to, or -1. */
static int
forms_find (Forms *f, const Mention *m, const char *mf)
{
  const Lexicon *lx = lexicon_get ();
  EntType type = m->type;
  int best = get (f->form[type], mf);
  gsize n = strlen (mf);
  switch (type) {
  case ENT_PLACE: {
    Place *pl = g_hash_table_lookup (lx->places, mf);
    if (pl)
      best = MAX (best, get (f->place, pl));
    break;
  }
  case ENT_ORG: {
    KnownOrg *k = g_hash_table_lookup (lx->orgs, mf);
    if (k) {
      best = MAX (best, get (f->known, k));
      break;
    }
    g_autofree char *c = org_core (mf);
    if (c) {
      best = MAX (best, get (f->unknown, c));
      best = MAX (best, get (f->core, c));
    }
    best = MAX (best, get (f->core, mf));
    if (strchr (mf, ' ')) {
      best = MAX (best, get (f->of_head, mf));
      for (const char *p = strstr (mf, " of "); p; p = strstr (p + 1, " of ")) {
        g_autofree char *head = g_strndup (mf, p - mf);
        if (strchr (head, ' '))
          best = MAX (best, get (f->unknown, head));
      }
      g_autofree char *ini = initials (mf);
      gsize il = strlen (ini);
      if (il >= 2 && il <= 6 && !strchr (ini, ' '))
        best = MAX (best, get (f->unknown, ini));
    } else if (n >= 2 && n <= 6) {
      best = MAX (best, get (f->initials, mf));
    }
    break;
  }
  case ENT_EVENT: {
    if (g_str_has_prefix (mf, "press "))
      best = MAX (best, f->press);
    const char *cm = event_core (mf);
    if (strchr (cm, ' ') || (!m->zh && *cm && strcmp (cm, mf)) || (m->zh && strlen (cm) >= 9))
      best = MAX (best, get (f->ev_core, cm));
    break;
  }
  case ENT_PERSON:
    if (!strchr (mf, ' ') && !m->zh) {
      best = MAX (best, get (f->first_word, mf));
      best = MAX (best, get (f->last_word, mf));
    }
    break;
  default:
    break;
  }
  /* 特区政府 / 香港特区政府: a long form that ends the other. */
  if ((type == ENT_ORG || type == ENT_EVENT) && m->zh && n >= 12) {
    best = MAX (best, get (suffixes (f, type), mf));
    for (const char *p = mf; n - (gsize) (p - mf) >= 12; p = g_utf8_next_char (p))
      best = MAX (best, get (f->form[type], p));
  }
  return best;
}

void
coref (Doc *doc)
{
  /* exact: "TYPE:form" -> entity + 1, for the common case in one lookup. */
  Forms forms;
  forms_init (&forms);
  GHashTable *exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint mi = 0; mi < doc->mentions->len; mi++) {
    Mention *m = &g_array_index (doc->mentions, Mention, mi);
    char *mf = match_form (m->name);
    if (!*mf) {
      g_free (mf);
      continue;
    }
    static const char *const type_tag[] = { "0:", "1:", "2:", "3:" }; /* ENT_N == 4 */
    G_STATIC_ASSERT (G_N_ELEMENTS (type_tag) == ENT_N);
    g_autofree char *xk = g_strconcat (type_tag[m->type], mf, NULL);
    int found = GPOINTER_TO_INT (g_hash_table_lookup (exact, xk)) - 1;
    if (found < 0)
      found = forms_find (&forms, m, mf);
    gboolean new_form;
    if (found < 0) {
      found = new_entity (doc, m, mi);
      new_form = TRUE;
    } else {
      Entity *e = doc->entities->pdata[found];
      new_form = add_name (e, m->name, m->type);
      if (m->type == ENT_EVENT && m->rank >= 0 && (e->rank < 0 || m->rank < e->rank))
        e->rank = m->rank;
    }
    ((Entity *) doc->entities->pdata[found])->n_mentions++;
    m->entity = found;
    /* A one-word person reference is not a name to match exactly: "Wang"
     * must find the last Wang, not the first. */
    if (!(m->type == ENT_PERSON && !strchr (mf, ' ') && !m->zh))
      g_hash_table_insert (exact, g_steal_pointer (&xk), GINT_TO_POINTER (found + 1));
    if (new_form)
      forms_add (&forms, m->type, mf, found); /* the form of the name just added */
    else
      g_free (mf);
  }
  g_hash_table_unref (exact);
  forms_clear (&forms);
}

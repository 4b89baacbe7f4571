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
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;
  for (const char *p = f; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (g_unichar_isalnum (c)) {
      if (space && out->len)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
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

static void
add_name (Entity *e, const char *name, EntType type)
{
  for (guint i = 0; i < e->names->len; i++)
    if (!strcmp (e->names->pdata[i], name))
      return;
  g_ptr_array_add (e->names, g_strdup (name));
  /* The fullest form is the name. */
  if (strlen (name) > strlen (e->name) && type != ENT_PLACE) {
    g_free (e->name);
    e->name = g_strdup (name);
  }
}

static gboolean
same_org (const char *a, const char *b)
{
  if (!strcmp (a, b))
    return TRUE;
  const Lexicon *lx = lexicon_get ();
  KnownOrg *ka = g_hash_table_lookup (lx->orgs, a), *kb = g_hash_table_lookup (lx->orgs, b);
  if (ka || kb)
    return ka == kb;
  g_autofree char *ca = org_core (a), *cb = org_core (b);
  if ((ca && !strcmp (ca, b)) || (cb && !strcmp (cb, a)) || (ca && cb && !strcmp (ca, cb)))
    return TRUE;
  gsize la = strlen (a), lb = strlen (b);
  /* "organizing committee" / "organizing committee of the china charity fair" */
  if (la < lb && !strncmp (a, b, la) && g_str_has_prefix (b + la, " of ") && strchr (a, ' '))
    return TRUE;
  if (lb < la && !strncmp (a, b, lb) && g_str_has_prefix (a + lb, " of ") && strchr (b, ' '))
    return TRUE;
  /* Acronyms. */
  if (!strchr (a, ' ') && la >= 2 && la <= 6 && strchr (b, ' ')) {
    g_autofree char *ib = initials (b);
    if (!strcmp (ib, a))
      return TRUE;
  }
  if (!strchr (b, ' ') && lb >= 2 && lb <= 6 && strchr (a, ' ')) {
    g_autofree char *ia = initials (a);
    if (!strcmp (ia, b))
      return TRUE;
  }
  return FALSE;
}

static gboolean
same_place (const char *a, const char *b)
{
  if (!strcmp (a, b))
    return TRUE;
  const Lexicon *lx = lexicon_get ();
  Place *pa = g_hash_table_lookup (lx->places, a), *pb = g_hash_table_lookup (lx->places, b);
  return pa && pa == pb;
}

void
coref (Doc *doc)
{
  /* forms[i]: the match forms of entity i's names (parallel to names);
   * exact: "TYPE:form" -> entity + 1, for the common case in one lookup. */
  GPtrArray *forms = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GHashTable *exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint mi = 0; mi < doc->mentions->len; mi++) {
    Mention *m = &g_array_index (doc->mentions, Mention, mi);
    char *mf = match_form (m->name);
    if (!*mf) {
      g_free (mf);
      continue;
    }
    g_autofree char *xk = g_strdup_printf ("%d:%s", m->type, mf);
    int found = GPOINTER_TO_INT (g_hash_table_lookup (exact, xk)) - 1;
    for (guint ei = doc->entities->len; ei > 0 && found < 0; ei--) {
      Entity *e = doc->entities->pdata[ei - 1];
      if (e->type != m->type)
        continue;
      GPtrArray *ef_list = forms->pdata[ei - 1];
      for (guint k = 0; k < e->names->len && found < 0; k++) {
        if (k >= ef_list->len)
          g_ptr_array_add (ef_list, match_form (e->names->pdata[k]));
        const char *ef = ef_list->pdata[k];
        gboolean same = FALSE;
        switch (m->type) {
        case ENT_PLACE:
          same = same_place (mf, ef);
          break;
        case ENT_ORG:
          same = same_org (mf, ef);
          /* 特区政府 / 香港特区政府: a Chinese name that ends another. */
          if (!same && m->zh && strlen (mf) >= 12 && strlen (ef) >= 12)
            same = g_str_has_suffix (mf, ef) || g_str_has_suffix (ef, mf);
          break;
        case ENT_EVENT:
          same = !strcmp (mf, ef) ||
                 (g_str_has_prefix (mf, "press ") && g_str_has_prefix (ef, "press ")) || (strchr (event_core (mf), ' ') &&
                                      !strcmp (event_core (mf), event_core (ef))) ||
                 (!m->zh && *event_core (mf) && !strcmp (event_core (mf), event_core (ef)) &&
                  strcmp (event_core (mf), mf) != 0);
          if (m->zh && !same && strlen (event_core (mf)) >= 9)
            same = !strcmp (event_core (mf), event_core (ef));
          if (m->zh && !same && strlen (mf) >= 12 && strlen (ef) >= 12)
            same = g_str_has_suffix (mf, ef) || g_str_has_suffix (ef, mf);
          break;
        case ENT_PERSON:
          if (!strcmp (mf, ef)) {
            same = TRUE;
          } else if (!strchr (mf, ' ') && !m->zh && strchr (ef, ' ')) {
            const char *sp = strchr (ef, ' ');
            const char *lsp = strrchr (ef, ' ');
            same = ((gsize) (sp - ef) == strlen (mf) && !strncmp (ef, mf, sp - ef)) ||
                   !strcmp (lsp + 1, mf);
          }
          break;
        default:
          break;
        }
        if (same)
          found = ei - 1;
      }
    }
    if (found < 0) {
      found = new_entity (doc, m, mi);
      g_ptr_array_add (forms, g_ptr_array_new_with_free_func (g_free));
    } else {
      Entity *e = doc->entities->pdata[found];
      /* A one-word reference to a person is an alternate name, not the name. */
      if (!(m->type == ENT_PERSON && !strchr (m->name, ' ') && !m->zh))
        add_name (e, m->name, m->type);
      else if (m->type == ENT_PERSON)
        add_name (e, m->name, m->type);
      if (m->type == ENT_EVENT && m->rank >= 0 && (e->rank < 0 || m->rank < e->rank))
        e->rank = m->rank;
    }
    ((Entity *) doc->entities->pdata[found])->n_mentions++;
    m->entity = found;
    /* A one-word person reference is not a name to match exactly: "Wang"
     * must find the last Wang, not the first. */
    if (!(m->type == ENT_PERSON && !strchr (mf, ' ') && !m->zh))
      g_hash_table_insert (exact, g_steal_pointer (&xk), GINT_TO_POINTER (found + 1));
    g_free (mf);
  }
  g_hash_table_unref (exact);
  g_ptr_array_unref (forms);
}

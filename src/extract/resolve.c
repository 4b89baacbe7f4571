/* SPDX-License-Identifier: MIT */
/* resolve.c: one entity, one IRI, across articles and languages.
 *
 * An IRI is computed from the entity itself, never from the other
 * articles of the run, so it is the same whatever the files given or their
 * order.  The slug (the IRI's last segment) is:
 * - place: its gazetteer entry ("wuzhen" for Wuzhen and 乌镇), else the
 *   slug of its name;
 * - organization: its entry in the known-organization list (official
 *   names in both languages and their short forms: "CAC", "中央网信办"),
 *   else ng_lingua_org_key (English name, Chinese ones translated, company
 *   suffixes dropped: "Tencent Group" and "Tencent" meet);
 * - event: the slug of its name (Chinese names in pinyin);
 * - person: ng_lingua_person_key of the name (王秀军 and "Wang Xiujun"
 *   both give wang-xiujun), followed by the context that tells two people
 *   of one name apart: the organization of the person's first post in key
 *   order ("wang-xiujun--china-internet-development-foundation"), else the
 *   event the person spoke at, else the article.  So two "Wang Lei"s of
 *   different bodies, or of different articles with nothing in common,
 *   never share an IRI, and the same person holding the same post does in
 *   every article and language. */
#include "config.h"

#include <string.h>

#include "extract/extract-private.h"
#include "lingua/lingua.h"

gboolean
is_cjk_text (const char *s, gsize len)
{
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p))
    if (ng_text_is_han (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* A slug of any name; Han characters in pinyin when lingua knows them,
 * else as code points, so that a slug is never empty and never shared by
 * two different names. */
char *
slug_of (const char *name)
{
  g_autofree char *simp = ng_lingua_to_simplified (name);
  const char *n = simp ? simp : name;
  if (!is_cjk_text (n, strlen (n))) {
    char *s = ng_lingua_slug (n);
    if (s && *s)
      return s;
    g_free (s);
  } else {
    g_autofree char *py = ng_lingua_pinyin (n);
    if (py) {
      char *s = ng_lingua_slug (py);
      if (s && *s)
        return s;
      g_free (s);
    }
  }
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;
  for (const char *p = n; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (c < 0x80 && g_ascii_isalnum (c)) {
      if (dash && out->len)
        g_string_append_c (out, '-');
      g_string_append_c (out, g_ascii_tolower (c));
      dash = FALSE;
    } else if (ng_text_is_han (c) || (c >= 0x80 && g_unichar_isalnum (c))) {
      if (out->len)
        g_string_append_c (out, '-');
      g_string_append_printf (out, "u%04x", c);
      dash = FALSE;
    } else {
      dash = TRUE;
    }
  }
  return g_string_free (out, FALSE);
}

char *
person_key (const char *name)
{
  char *k = ng_lingua_person_key (name);
  if (k && *k)
    return k;
  g_free (k);
  return slug_of (name);
}

static const char *const suffixes[] = { "-group", "-co-ltd", "-co", "-ltd", "-inc",
                                        "-corporation", "-corp", "-holdings", "-limited",
                                        "-company", NULL };

char *
org_key (const char *name)
{
  g_autofree char *simp = ng_lingua_to_simplified (name);
  g_autofree char *f = fold (simp ? simp : name, -1);
  KnownOrg *o = g_hash_table_lookup (lexicon_get ()->orgs, f);
  if (!o && g_str_has_prefix (f, "the ")) {
    o = g_hash_table_lookup (lexicon_get ()->orgs, f + 4);
  }
  if (o)
    return g_strdup (o->slug);
  char *k = ng_lingua_org_key (name);
  if (!k || !*k || (is_cjk_text (name, strlen (name)) && !strpbrk (k, "abcdefghijklmnopqrstuvwxyz"))) {
    g_free (k);
    k = slug_of (name);
  }
  if (g_str_has_prefix (k, "the-"))
    memmove (k, k + 4, strlen (k + 4) + 1);
  for (gboolean again = TRUE; again;) {
    again = FALSE;
    gsize n = strlen (k);
    for (int i = 0; suffixes[i]; i++) {
      gsize m = strlen (suffixes[i]);
      if (n > m + 2 && !strcmp (k + n - m, suffixes[i])) {
        k[n - m] = 0;
        again = TRUE;
        break;
      }
    }
  }
  return k;
}

static char *
place_key (const char *name)
{
  g_autofree char *simp = ng_lingua_to_simplified (name);
  g_autofree char *f = fold (simp ? simp : name, -1);
  Place *p = g_hash_table_lookup (lexicon_get ()->places, f);
  if (p)
    return g_strdup (p->slug);
  return slug_of (name);
}

void
resolve_keys (Doc *doc, const char *article)
{
  /* Organizations, places and events first: people's keys use them. */
  for (guint i = 0; i < doc->entities->len; i++) {
    Entity *e = doc->entities->pdata[i];
    switch (e->type) {
    case ENT_PLACE:
      e->key = place_key (e->name);
      e->rule = g_strdup ("place: gazetteer entry or name");
      break;
    case ENT_ORG: {
      /* Any name in the known list wins (CAC, 中央网信办). */
      for (guint k = 0; k < e->names->len && !e->key; k++) {
        g_autofree char *f = fold (e->names->pdata[k], -1);
        KnownOrg *o = g_hash_table_lookup (lexicon_get ()->orgs, f);
        if (o) {
          e->key = g_strdup (o->slug);
          e->rule = g_strdup_printf ("org: known organization (\"%s\")",
                                     (char *) e->names->pdata[k]);
        }
      }
      if (!e->key) {
        e->key = org_key (e->name);
        e->rule = g_strdup ("org: name key (company suffixes dropped, Chinese translated)");
      }
      break;
    }
    case ENT_EVENT: {
      /* A name without a capital or a Han character ("press conference")
       * names no particular event: it is scoped to the article. */
      gboolean proper = is_cjk_text (e->name, strlen (e->name));
      for (const char *c = e->name; *c && !proper; c++)
        proper = g_ascii_isupper (*c) || g_ascii_isdigit (*c);
      g_autofree char *sl = slug_of (e->name);
      e->key = proper ? g_strdup (sl) : g_strdup_printf ("%s--in-%s", sl, article);
      e->rule = g_strdup (proper ? "event: name" : "event: generic name + the article");
      break;
    }
    default:
      break;
    }
  }
  /* Each person's context, in one pass over the relations: the first key
   * in strcmp order of the organizations of its posts, else of the events
   * it spoke at. */
  guint ne = doc->entities->len;
  const char **post = g_new0 (const char *, ne + 1), **spoke = g_new0 (const char *, ne + 1);
  for (guint r = 0; r < doc->rels->len; r++) {
    Rel *rl = &g_array_index (doc->rels, Rel, r);
    if (rl->kind == REL_POSITION) {
      const char *ok = ((Entity *) doc->entities->pdata[rl->o])->key;
      if (!post[rl->s] || strcmp (ok, post[rl->s]) < 0)
        post[rl->s] = ok;
    } else if (rl->kind == REL_SPEAKER) {
      const char *ek = ((Entity *) doc->entities->pdata[rl->s])->key;
      if (!spoke[rl->o] || strcmp (ek, spoke[rl->o]) < 0)
        spoke[rl->o] = ek;
    }
  }
  for (guint i = 0; i < doc->entities->len; i++) {
    Entity *e = doc->entities->pdata[i];
    if (e->type != ENT_PERSON)
      continue;
    g_autofree char *pk = person_key (e->name);
    const char *ctx = post[i] ? post[i] : spoke[i];
    const char *why = post[i] ? "the organization of a post" : "the event spoken at";
    if (ctx) {
      e->key = g_strdup_printf ("%s--%s", pk, ctx);
      e->rule = g_strdup_printf ("person: name key + %s", why);
    } else {
      e->key = g_strdup_printf ("%s--in-%s", pk, article);
      e->rule = g_strdup ("person: name key + the article (no context to share)");
    }
  }
  g_free (post);
  g_free (spoke);
}

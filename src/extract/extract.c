/* SPDX-License-Identifier: MIT */
/* extract.c: the pipeline for one article (mentions, coreference,
 * relations, keys) and the RDF it states into the store: the contract's
 * terms (../shared/OUTPUT-CONTRACT.md), each article's facts in its own
 * named graph, optional evidence, and the --links report. */
#include "config.h"

#include <string.h>

#include "extract/extract-private.h"
#include "lingua/lingua.h"

#define SCHEMA "https://schema.org/"
#define ORG "http://www.w3.org/ns/org#"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define RDFS "http://www.w3.org/2000/01/rdf-schema#"
#define XSD "http://www.w3.org/2001/XMLSchema#"
#define PROV "http://www.w3.org/ns/prov#"

struct NgExtractor {
  NgStore *store;
  NgExtractOptions opts;
  GHashTable *links; /**< IRI -> GString of "article: name" lines */
  GHashTable *link_rule; /**< IRI -> rule */
  GHashTable *link_articles; /**< IRI -> GHashTable set of article ids */
  NgTermId p_type, p_name, p_alt, p_mentions, p_ident;
};

char *
strip_dup (const char *s, gsize len)
{
  GString *out = g_string_sized_new (len);
  gboolean space = FALSE;
  for (const char *p = s; p < s + len; p = g_utf8_next_char (p)) {
    gunichar c = utf8_char (p);
    /* ASCII spaces of g_unichar_isspace are these; bytes copied as they
     * are (valid UTF-8 re-encodes to itself). */
    if (c < 0x80 ? c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
                 : g_unichar_isspace (c)) {
      space = TRUE;
      continue;
    }
    if (space && out->len)
      g_string_append_c (out, ' ');
    space = FALSE;
    g_string_append_len (out, p, g_utf8_next_char (p) - p);
  }
  return g_string_free (out, FALSE);
}

int
doc_add_mention (Doc *doc, EntType type, gsize start, gsize end, guint sent, const char *name,
                 gboolean zh)
{
  Mention m = { 0 };
  m.type = type;
  m.start = start;
  m.end = end;
  m.sent = sent;
  m.name = name ? g_strdup (name) : strip_dup (doc->t->text + start, end - start);
  m.entity = -1;
  m.zh = zh;
  m.rank = -1;
  g_array_append_val (doc->mentions, m);
  if (type == ENT_PERSON && !zh) {
    const char *n = m.name;
    g_hash_table_add (doc->person_words, g_strdup (n));
    const char *sp = strchr (n, ' '), *lsp = strrchr (n, ' ');
    if (sp) {
      g_hash_table_add (doc->person_words, g_strndup (n, sp - n));
      g_hash_table_add (doc->person_words, g_strdup (lsp + 1));
    }
  } else if (type == ENT_PERSON) {
    /* (g_hash_table_add would replace and free an equal key.) */
    if (!g_hash_table_contains (doc->zh_names, m.name)) {
      char *n = g_strdup (m.name);
      g_hash_table_add (doc->zh_names, n);
      g_ptr_array_add (doc->zh_name_list, n);
    }
  }
  return doc->mentions->len - 1;
}

NgExtractor *
ng_extractor_new (NgStore *store, const NgExtractOptions *opts)
{
  NgExtractor *ex = g_new0 (NgExtractor, 1);
  ex->store = store;
  if (opts)
    ex->opts = *opts;
  ex->links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ex->link_rule = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  ex->link_articles =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_hash_table_unref);
  ex->p_type = ng_store_iri (store, RDF "type", -1);
  ex->p_name = ng_store_iri (store, SCHEMA "name", -1);
  ex->p_alt = ng_store_iri (store, SCHEMA "alternateName", -1);
  ex->p_mentions = ng_store_iri (store, SCHEMA "mentions", -1);
  ex->p_ident = ng_store_iri (store, SCHEMA "identifier", -1);
  /* What the pipeline builds on first use, built here: an extractor is
   * made in the calling thread before any worker starts (cli/extract-run.c),
   * so workers only read it.  g_once guards it all the same, but GLib's
   * g_once_init_leave is out of ThreadSanitizer's sight, which then reports
   * a build in a worker as a race. */
  lexicon_get ();
  relations_prepare ();
  mentions_zh_prepare ();
  return ex;
}

static void
free_gstring (gpointer p)
{
  g_string_free (p, TRUE);
}

void
ng_extractor_free (NgExtractor *ex)
{
  if (!ex)
    return;
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, ex->links);
  while (g_hash_table_iter_next (&it, &k, &v))
    free_gstring (v);
  g_hash_table_unref (ex->links);
  g_hash_table_unref (ex->link_rule);
  g_hash_table_unref (ex->link_articles);
  g_free (ex);
}

static void
doc_clear (Doc *doc)
{
  for (guint i = 0; i < doc->mentions->len; i++) {
    Mention *m = &g_array_index (doc->mentions, Mention, i);
    g_free (m->name);
    g_free (m->title);
  }
  g_array_unref (doc->mentions);
  for (guint i = 0; i < doc->entities->len; i++) {
    Entity *e = doc->entities->pdata[i];
    g_free (e->name);
    g_ptr_array_unref (e->names);
    g_free (e->key);
    g_free (e->rule);
    g_free (e);
  }
  g_ptr_array_unref (doc->entities);
  for (guint i = 0; i < doc->rels->len; i++) {
    Rel *r = &g_array_index (doc->rels, Rel, i);
    g_free (r->lit);
    g_free (r->title);
  }
  g_array_unref (doc->rels);
  g_hash_table_unref (doc->person_words);
  g_ptr_array_unref (doc->zh_name_list); /* before zh_names, which owns the strings */
  g_hash_table_unref (doc->zh_names);
  if (doc->zh_name_idx) {
    g_hash_table_unref (doc->zh_name_idx->words);
    g_free (doc->zh_name_idx);
  }
  g_hash_table_unref (doc->rel_seen);
  g_hash_table_unref (doc->dated);
  g_hash_table_unref (doc->anaphors);
}

/* ---- RDF --------------------------------------------------------------- */

typedef struct {
  NgExtractor *ex;
  Doc *doc;
  NgTermId g;        /**< the article's graph */
  NgTermId article;
  const char *aslug;
  guint n_blank;
} Emit;

static void
add (Emit *em, NgTermId s, NgTermId p, NgTermId o)
{
  ng_store_add (em->ex->store, s, p, o, em->g);
}

static NgTermId
iri (Emit *em, const char *s)
{
  return ng_store_iri (em->ex->store, s, -1);
}

/* Literals go out in NFC whatever the article's normalization: bulk
 * loaders expect it (docs/scale-out.md), and one name must be one term. */
static NgTermId
lit (Emit *em, const char *s, const char *lang)
{
  const char *p = s;
  while (*p && (guchar) *p < 0x80)
    p++;
  g_autofree char *nfc = *p ? g_utf8_normalize (s, -1, G_NORMALIZE_NFC) : NULL;
  return ng_store_literal (em->ex->store, nfc ? nfc : s, -1, lang, NULL);
}

/* A node without a natural name (membership, role, evidence): a skolem
 * IRI rather than a blank node, named after the article and a counter
 * that restarts with each article, so that it is the same in every run and
 * shard.  Blank nodes would be renamed by every loader and writer, and two
 * shards' or a reloaded shard's labels could not be told apart from a
 * single run's (docs/scale-out.md). */
static NgTermId
blank (Emit *em, const char *kind)
{
  g_autofree char *iri = g_strdup_printf (NG_GENID_BASE "%s-%s-%u", kind, em->aslug,
                                          ++em->n_blank);
  return ng_store_iri (em->ex->store, iri, -1);
}

static const char *
lang_of (const char *s)
{
  return is_cjk_text (s, strlen (s)) ? "zh" : "en";
}

static char *
entity_iri (const Entity *e)
{
  return g_strdup_printf (NG_ID_BASE "%s/%s", entity_type_name (e->type), e->key);
}

/* The English (or Chinese) counterpart of a name, when known. */
static char *
other_language_name (const Entity *e)
{
  gboolean zh = is_cjk_text (e->name, strlen (e->name));
  const Lexicon *lx = lexicon_get ();
  g_autofree char *simp = ng_lingua_to_simplified (e->name);
  g_autofree char *f = fold (simp ? simp : e->name, -1);
  switch (e->type) {
  case ENT_PLACE: {
    Place *p = g_hash_table_lookup (lx->places, f);
    return p ? g_strdup (zh ? p->en : p->zh) : NULL;
  }
  case ENT_ORG: {
    KnownOrg *o = NULL;
    for (guint k = 0; k < e->names->len && !o; k++) {
      g_autofree char *fk = fold (e->names->pdata[k], -1);
      o = g_hash_table_lookup (lx->orgs, fk);
    }
    if (o)
      return g_strdup (zh ? o->en : o->zh);
    return zh ? ng_lingua_org_name_en (e->name) : ng_lingua_org_name_zh (e->name);
  }
  case ENT_PERSON:
    return zh ? ng_lingua_person_name_en (e->name) : NULL;
  default:
    return NULL;
  }
}

/* An event's kind (an ng: sub-class of schema:Event, ontology/newsgraph.ttl)
 * from the head word its name ends with, or NULL. */
static const char *
event_kind (const Entity *e)
{
  static const struct {
    const char *head, *kind;
  } heads[] = {
    { "summit", "Summit" },        { "峰会", "Summit" },         { "峰會", "Summit" },
    { "conference", "Conference" }, { "congress", "Conference" }, { "convention", "Conference" },
    { "大会", "Conference" },       { "大會", "Conference" },     { "forum", "Forum" },
    { "sub-forum", "Forum" },       { "subforum", "Forum" },      { "论坛", "Forum" },
    { "論壇", "Forum" },            { "salon", "Salon" },         { "沙龙", "Salon" },
    { "沙龍", "Salon" },            { "session", "Session" },     { "roundtable", "Session" },
    { "dialogue", "Session" },      { "panel", "Session" },       { "专场", "Session" },
    { "圆桌对话", "Session" },      { "圆桌", "Session" },        { "對話", "Session" },
    { "对话", "Session" },          { "campaign", "Campaign" },   { "day", "Campaign" },
    { "week", "Campaign" },         { "行动", "Campaign" },       { "行動", "Campaign" },
  };
  g_autofree char *name = g_ascii_strdown (e->name, -1);
  /* A trailing quote or bracket is not the head: "…论坛”" */
  g_strchomp (name);
  /* "press conference", "news conference": not a conference of the field. */
  if (g_str_has_suffix (name, "press conference") || g_str_has_suffix (name, "news conference"))
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (heads); i++) {
    const char *h = heads[i].head;
    gsize nl = strlen (name), hl = strlen (h);
    if (nl < hl || strcmp (name + nl - hl, h))
      continue;
    /* English heads are whole words ("Holiday" is no "Day"). */
    if (g_ascii_isalpha (h[0]) && nl > hl && g_ascii_isalpha (name[nl - hl - 1]))
      continue;
    return heads[i].kind;
  }
  return NULL;
}

static const char *const type_iris[] = { SCHEMA "Person", SCHEMA "Organization", SCHEMA "Event",
                                         SCHEMA "Place" };

static void
evidence (Emit *em, NgTermId s, NgTermId p, NgTermId o, guint sent)
{
  if (!em->ex->opts.evidence)
    return;
  const NgSentence *ss = &g_array_index (em->doc->t->sentences, NgSentence, sent);
  const char *text = em->doc->t->text;
  NgTermId ev = blank (em, "ev");
  add (em, ev, em->ex->p_type, iri (em, NG_NS "Evidence"));
  if (p) {
    add (em, ev, em->ex->p_type, iri (em, RDF "Statement"));
    add (em, ev, iri (em, RDF "subject"), s);
    add (em, ev, iri (em, RDF "predicate"), p);
    add (em, ev, iri (em, RDF "object"), o);
  } else {
    add (em, s, iri (em, NG_NS "evidence"), ev);
  }
  add (em, ev, iri (em, PROV "wasDerivedFrom"), em->article);
  g_autofree char *st = g_strndup (text + ss->start, ss->end - ss->start);
  add (em, ev, iri (em, NG_NS "sentence"), lit (em, st, NULL));
  /* Offsets in characters of the decoded article text. */
  glong cs = g_utf8_pointer_to_offset (text, text + ss->start);
  glong ce = cs + g_utf8_pointer_to_offset (text + ss->start, text + ss->end);
  g_autofree char *a = g_strdup_printf ("%ld", cs);
  g_autofree char *b = g_strdup_printf ("%ld", ce);
  add (em, ev, iri (em, NG_NS "charStart"),
       ng_store_literal (em->ex->store, a, -1, NULL, XSD "integer"));
  add (em, ev, iri (em, NG_NS "charEnd"),
       ng_store_literal (em->ex->store, b, -1, NULL, XSD "integer"));
}

static void
note_link (NgExtractor *ex, const char *eiri, const char *article, const Entity *e)
{
  if (!ex->opts.links)
    return;
  GString *s = g_hash_table_lookup (ex->links, eiri);
  if (!s) {
    s = g_string_new (NULL);
    g_hash_table_insert (ex->links, g_strdup (eiri), s);
    g_hash_table_insert (ex->link_rule, g_strdup (eiri), g_strdup (e->rule));
    g_hash_table_insert (ex->link_articles, g_strdup (eiri),
                         g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));
  }
  /* The smallest rule, not the first: the report must not depend on the
   * order of the articles (or on which worker thread saw one first). */
  const char *rule = g_hash_table_lookup (ex->link_rule, eiri);
  if (g_strcmp0 (e->rule, rule) < 0)
    g_hash_table_insert (ex->link_rule, g_strdup (eiri), g_strdup (e->rule));
  g_hash_table_add (g_hash_table_lookup (ex->link_articles, eiri), g_strdup (article));
  for (guint k = 0; k < e->names->len; k++)
    g_string_append_printf (s, "  %s: \"%s\"\n", article, (char *) e->names->pdata[k]);
}

static void
emit (NgExtractor *ex, Doc *doc, const char *id, const char *aslug)
{
  g_autofree char *airi = g_strdup_printf (NG_ID_BASE "article/%s", aslug);
  Emit em = { ex, doc, 0, 0, aslug, 0 };
  em.article = iri (&em, airi);
  em.g = em.article;
  add (&em, em.article, ex->p_type, iri (&em, SCHEMA "NewsArticle"));
  add (&em, em.article, ex->p_ident, lit (&em, id, NULL));
  if (doc->t->pub_year && doc->t->pub_month && doc->t->pub_day) {
    g_autofree char *d = g_strdup_printf ("%04d-%02d-%02d", doc->t->pub_year, doc->t->pub_month,
                                          doc->t->pub_day);
    add (&em, em.article, iri (&em, SCHEMA "datePublished"),
         ng_store_literal (ex->store, d, -1, NULL, XSD "date"));
  }
  add (&em, em.article, iri (&em, SCHEMA "inLanguage"), lit (&em, doc->t->is_zh ? "zh" : "en", NULL));
  NgTermId *eid = g_new0 (NgTermId, doc->entities->len + 1);
  for (guint i = 0; i < doc->entities->len; i++) {
    Entity *e = doc->entities->pdata[i];
    g_autofree char *eiri = entity_iri (e);
    NgTermId x = eid[i] = iri (&em, eiri);
    add (&em, em.article, ex->p_mentions, x);
    add (&em, x, ex->p_type, iri (&em, type_iris[e->type]));
    const char *kind = e->type == ENT_EVENT ? event_kind (e) : NULL;
    if (kind) {
      g_autofree char *k = g_strconcat (NG_NS, kind, NULL);
      add (&em, x, ex->p_type, iri (&em, k));
    }
    add (&em, x, ex->p_name, lit (&em, e->name, lang_of (e->name)));
    for (guint k = 0; k < e->names->len; k++)
      if (strcmp (e->names->pdata[k], e->name))
        add (&em, x, ex->p_alt, lit (&em, e->names->pdata[k], lang_of (e->names->pdata[k])));
    g_autofree char *other = other_language_name (e);
    if (other && *other && strcmp (other, e->name))
      add (&em, x, ex->p_name, lit (&em, other, lang_of (other)));
    note_link (ex, eiri, id, e);
  }
  static const char *const rel_iris[] = { SCHEMA "organizer", SCHEMA "location",
                                          SCHEMA "startDate", SCHEMA "superEvent",
                                          SCHEMA "performer" };
  for (guint r = 0; r < doc->rels->len; r++) {
    Rel *rl = &g_array_index (doc->rels, Rel, r);
    if (rl->kind == REL_POSITION) {
      NgTermId m = blank (&em, "m");
      add (&em, m, ex->p_type, iri (&em, ORG "Membership"));
      add (&em, m, iri (&em, ORG "member"), eid[rl->s]);
      add (&em, m, iri (&em, ORG "organization"), eid[rl->o]);
      if (rl->title && *rl->title) {
        NgTermId role = blank (&em, "r");
        add (&em, m, iri (&em, ORG "role"), role);
        add (&em, role, ex->p_type, iri (&em, ORG "Role"));
        add (&em, role, iri (&em, RDFS "label"), lit (&em, rl->title, lang_of (rl->title)));
      }
      evidence (&em, m, 0, 0, rl->sent);
      continue;
    }
    NgTermId p = iri (&em, rel_iris[rl->kind]);
    NgTermId o;
    if (rl->kind == REL_DATE) {
      gsize n = strlen (rl->lit);
      const char *dt = n == 10 ? XSD "date" : n == 7 ? XSD "gYearMonth" : XSD "gYear";
      o = ng_store_literal (ex->store, rl->lit, -1, NULL, dt);
    } else {
      o = eid[rl->o];
    }
    add (&em, eid[rl->s], p, o);
    evidence (&em, eid[rl->s], p, o, rl->sent);
    if (rl->kind == REL_ORGANIZER && rl->role) {
      /* The finer sub-property as well (ng:host ⊑ schema:organizer), so that
       * stores without RDFS inference still answer schema:organizer. */
      g_autofree char *fine = g_strconcat (NG_NS, rl->role, NULL);
      add (&em, eid[rl->s], iri (&em, fine), o);
    }
  }
  g_free (eid);
}

guint
ng_extractor_add (NgExtractor *ex, const char *id, const NgText *text)
{
  Doc doc = { 0 };
  doc.t = text;
  doc.mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  doc.entities = g_ptr_array_new ();
  doc.rels = g_array_new (FALSE, FALSE, sizeof (Rel));
  doc.main_event = -1;
  doc.person_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc.zh_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc.zh_name_list = g_ptr_array_new ();
  doc.rel_seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc.dated = g_hash_table_new (NULL, NULL);
  doc.anaphors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint s = 0; s < text->sentences->len; s++) {
    const NgSentence *ss = &g_array_index (text->sentences, NgSentence, s);
    if (ss->is_zh)
      mentions_zh (&doc, s);
    else
      mentions_en (&doc, s);
  }
  coref (&doc);
  relations (&doc);
  g_autofree char *aslug = slug_of (id);
  resolve_keys (&doc, aslug);
  emit (ex, &doc, id, aslug);
  guint n = doc.entities->len;
  doc_clear (&doc);
  return n;
}

void
ng_extractor_absorb_links (NgExtractor *ex, NgExtractor *from)
{
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, from->links);
  while (g_hash_table_iter_next (&it, &k, &v)) {
    GString *lines = v, *s = g_hash_table_lookup (ex->links, k);
    const char *rule = g_hash_table_lookup (from->link_rule, k);
    GHashTable *arts = g_hash_table_lookup (from->link_articles, k);
    if (!s) {
      g_hash_table_insert (ex->links, g_strdup (k), g_string_new_len (lines->str, lines->len));
      g_hash_table_insert (ex->link_rule, g_strdup (k), g_strdup (rule));
      g_hash_table_insert (ex->link_articles, g_strdup (k),
                           g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL));
    } else {
      g_string_append_len (s, lines->str, lines->len);
      if (g_strcmp0 (rule, g_hash_table_lookup (ex->link_rule, k)) < 0)
        g_hash_table_insert (ex->link_rule, g_strdup (k), g_strdup (rule));
    }
    GHashTable *into = g_hash_table_lookup (ex->link_articles, k);
    GHashTableIter ai;
    gpointer a;
    g_hash_table_iter_init (&ai, arts);
    while (g_hash_table_iter_next (&ai, &a, NULL))
      g_hash_table_add (into, g_strdup (a));
  }
}

static gint
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

char *
ng_extractor_links (NgExtractor *ex)
{
  GString *out = g_string_new (NULL);
  GPtrArray *keys = g_ptr_array_new ();
  GHashTableIter it;
  gpointer k, v;
  g_hash_table_iter_init (&it, ex->links);
  while (g_hash_table_iter_next (&it, &k, &v))
    g_ptr_array_add (keys, k);
  g_ptr_array_sort (keys, cmp_str);
  for (guint i = 0; i < keys->len; i++) {
    const char *key = keys->pdata[i];
    GHashTable *arts = g_hash_table_lookup (ex->link_articles, key);
    GString *s = g_hash_table_lookup (ex->links, key);
    if (g_hash_table_size (arts) < 2)
      continue;
    /* Sort the mention lines for a deterministic report. */
    char **lines = g_strsplit (s->str, "\n", -1);
    guint n = g_strv_length (lines);
    qsort (lines, n, sizeof (char *), (int (*) (const void *, const void *)) cmp_str);
    g_string_append_printf (out, "<%s>\n  rule: %s\n", key,
                            (char *) g_hash_table_lookup (ex->link_rule, key));
    const char *prev = NULL;
    for (guint j = 0; j < n; j++)
      if (*lines[j] && (!prev || strcmp (prev, lines[j]))) {
        g_string_append_printf (out, "%s\n", lines[j]);
        prev = lines[j];
      }
    g_strfreev (lines);
  }
  g_ptr_array_unref (keys);
  return g_string_free (out, FALSE);
}

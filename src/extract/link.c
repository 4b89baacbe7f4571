/* SPDX-License-Identifier: MIT */
/* link.c: the cross-article link pass, over a whole store.
 *
 * resolve.c gives a person an IRI from what one article says: the name key
 * followed by a context, "--ORG" (the organization of a post), "--EVENT"
 * (the event spoken at) or "--in-ARTICLE" (nothing to share).  Only the
 * union of all articles can tell that the "Wang Xiujun" who merely spoke in
 * one article is the Wang Xiujun of a foundation in another.  This pass
 * sees the union (one run's store, or the shards loaded by `newsgraph
 * link`) and merges, for each name key K:
 *
 *   (a) an article-scoped person K--in-A into the one other person IRI of
 *       key K whose context is not an article, when there is exactly one;
 *   (b) an event-scoped person K--EVENT into the org-scoped K--ORG when
 *       that is the only org-scoped IRI of key K and it is linked to the
 *       same event by some statement of the union (spoke there, say), or
 *       when it is the only other person of key K with a context at all.
 *
 * Both rules are conservative: a second candidate (two organizations for
 * the same name key: two people, or one person whom nothing ties together)
 * means no merge.  Zero false merges matters more than recall.
 *
 * The decisions of one round are all taken on the same statements, then
 * applied at once; rounds repeat until nothing changes (a merge can leave
 * one candidate where there were two).  So the result is a function of
 * the set of statements alone, whatever their order or the shards they
 * came in, and running the pass again changes nothing.
 *
 * Contexts are recognised by what the union holds, not by the shape of the
 * slug: --ORG is an org-scoped person when <org/ORG> is an Organization,
 * --EVENT when <event/EVENT> is an Event, --in-A when <article/A> is a
 * NewsArticle.  A person IRI of any other shape is left alone.
 */
#include "config.h"

#include <string.h>

#include "extract/extract.h"

#define SCHEMA "https://schema.org/"
#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define PERSON_BASE NG_ID_BASE "person/"

typedef enum { CTX_OTHER, CTX_ARTICLE, CTX_EVENT, CTX_ORG } CtxKind;

typedef struct {
  NgTermId id;     /**< the person's IRI */
  const char *iri; /**< its text, owned by the store */
  char *key;       /**< the name key (before "--") */
  CtxKind kind;    /**< what the context after "--" names */
  NgTermId ctx;    /**< the event's IRI for CTX_EVENT, else 0 */
} Person;

/* What a term is an instance of, as bits of Link.cls. */
enum { IS_PERSON = 1, IS_ORG = 2, IS_EVENT = 4, IS_ARTICLE = 8 };

typedef struct {
  NgStore *store;
  NgTermId type, person, org, event, article, mentions, name, alt, ident;
  /* Taken afresh each round, by linear scans over the quads as held: the
   * store's indexes would cost more to build than the pass costs. */
  guint8 *is;        /**< is[id]: IS_* bits from the rdf:type statements */
  guint32 n_is;      /**< length of is */
  GHashTable *ties;  /**< pair_key (a, b) -> a statement ties a and b, for
                      *   the pairs a decision asks about */
} Link;

typedef struct {
  Person *from, *to;
  const char *rule;
} Merge;

/* One pass: the IS_* bits of every term. */
static void
take_types (Link *l)
{
  l->n_is = ng_store_n_terms (l->store) + 1;
  l->is = g_new0 (guint8, l->n_is);
  const NgTermId cls[] = { l->person, l->org, l->event, l->article };
  const guint8 bit[] = { IS_PERSON, IS_ORG, IS_EVENT, IS_ARTICLE };
  gsize n;
  const NgQuad *q = ng_store_quads_unsorted (l->store, &n);
  for (gsize i = 0; i < n; i++) {
    if (q[i].p != l->type)
      continue;
    for (int k = 0; k < 4; k++)
      if (cls[k] && q[i].o == cls[k])
        l->is[q[i].s] |= bit[k];
  }
}

/* The IRI base + rest when the store holds it as an instance of what the
 * bit says. */
static NgTermId
instance (Link *l, const char *base, const char *rest, guint8 bit)
{
  g_autofree char *s = g_strconcat (base, rest, NULL);
  NgTermId id = ng_store_lookup_iri (l->store, s);
  return id && id < l->n_is && (l->is[id] & bit) ? id : NG_TERM_NONE;
}

static void
classify (Link *l, Person *p, const char *ctx)
{
  NgTermId id;
  if (instance (l, NG_ID_BASE "org/", ctx, IS_ORG))
    p->kind = CTX_ORG;
  else if ((id = instance (l, NG_ID_BASE "event/", ctx, IS_EVENT)))
    p->kind = CTX_EVENT, p->ctx = id;
  else if (g_str_has_prefix (ctx, "in-") && instance (l, NG_ID_BASE "article/", ctx + 3, IS_ARTICLE))
    p->kind = CTX_ARTICLE;
  else
    p->kind = CTX_OTHER;
}

static gint
cmp_person (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(Person *const *) a)->iri, (*(Person *const *) b)->iri);
}

static void
person_free (gpointer p)
{
  g_free (((Person *) p)->key);
  g_free (p);
}

/* Every person IRI of the form PERSON_BASE KEY--CONTEXT, sorted by IRI. */
static GPtrArray *
collect_people (Link *l)
{
  GPtrArray *people = g_ptr_array_new_with_free_func (person_free);
  for (NgTermId id = 1; id < l->n_is; id++) {
    if (!(l->is[id] & IS_PERSON) || ng_term_kind (l->store, id) != NG_TERM_IRI)
      continue;
    const char *iri = ng_term_value (l->store, id, NULL);
    if (!g_str_has_prefix (iri, PERSON_BASE))
      continue;
    const char *slug = iri + strlen (PERSON_BASE);
    const char *sep = strstr (slug, "--");
    if (!sep || sep == slug || !sep[2])
      continue;
    Person *p = g_new0 (Person, 1);
    p->id = id;
    p->iri = iri;
    p->key = g_strndup (slug, sep - slug);
    classify (l, p, sep + 2);
    g_ptr_array_add (people, p);
  }
  g_ptr_array_sort (people, cmp_person);
  return people;
}

/* The key of an unordered pair of terms. */
static inline guint64
pair (NgTermId a, NgTermId b)
{
  return a < b ? (guint64) a << 32 | b : (guint64) b << 32 | a;
}

static gpointer
pair_key (NgTermId a, NgTermId b)
{
  guint64 k = pair (a, b);
  return g_memdup2 (&k, sizeof k);
}

/* Whether some statement has a as subject and b as object or the reverse;
 * only for a pair asked for (ask_tie) before find_ties. */
static gboolean
tied (Link *l, NgTermId a, NgTermId b)
{
  guint64 k = pair (a, b);
  return GPOINTER_TO_INT (g_hash_table_lookup (l->ties, &k));
}

static void
ask_tie (Link *l, NgTermId a, NgTermId b)
{
  /* Asked twice, the table keeps one key (and frees the other). */
  g_hash_table_insert (l->ties, pair_key (a, b), GINT_TO_POINTER (FALSE));
}

/* One pass over the quads answers every pair asked for. */
static void
find_ties (Link *l)
{
  if (!g_hash_table_size (l->ties))
    return;
  guint8 *asked = g_new0 (guint8, l->n_is);
  GHashTableIter it;
  gpointer k;
  g_hash_table_iter_init (&it, l->ties);
  while (g_hash_table_iter_next (&it, &k, NULL)) {
    guint64 v = *(guint64 *) k;
    asked[v >> 32] = asked[v & 0xffffffffu] = 1;
  }
  gsize n;
  const NgQuad *q = ng_store_quads_unsorted (l->store, &n);
  for (gsize i = 0; i < n; i++) {
    NgTermId s = q[i].s, o = q[i].o;
    if (s < l->n_is && o < l->n_is && asked[s] && asked[o]) {
      guint64 v = pair (s, o);
      if (g_hash_table_contains (l->ties, &v) && !tied (l, s, o))
        g_hash_table_replace (l->ties, pair_key (s, o), GINT_TO_POINTER (TRUE));
    }
  }
  g_free (asked);
}

typedef struct {
  Person *org, *other; /**< the last org-scoped person, the last not article-scoped */
  guint n_org, n_other;
} GroupCounts;

static GroupCounts
count_group (GPtrArray *group)
{
  GroupCounts c = { 0 };
  for (guint i = 0; i < group->len; i++) {
    Person *p = group->pdata[i];
    if (p->kind == CTX_ORG)
      c.n_org++, c.org = p;
    if (p->kind != CTX_ARTICLE)
      c.n_other++, c.other = p;
  }
  return c;
}

/* The pairs decide will ask tied about, for the people of one name key. */
static void
ask_ties (Link *l, GPtrArray *group)
{
  GroupCounts c = count_group (group);
  if (c.n_org != 1)
    return;
  for (guint i = 0; i < group->len; i++) {
    Person *p = group->pdata[i];
    if (p->kind == CTX_EVENT)
      ask_tie (l, c.org->id, p->ctx);
  }
}

/* The decisions for the people of one name key (sorted by IRI). */
static void
decide (Link *l, GPtrArray *group, GArray *merges)
{
  GroupCounts c = count_group (group);
  /* (b).  Org-scoped people never move, so a target is final. */
  for (guint i = 0; i < group->len; i++) {
    Person *p = group->pdata[i];
    if (p->kind != CTX_EVENT || c.n_org != 1)
      continue;
    const char *rule = NULL;
    if (tied (l, c.org->id, p->ctx))
      rule = "link: event-scoped person; the only one of this name with a post, and tied to "
             "that event";
    else if (c.n_other == 2)
      rule = "link: event-scoped person; the only other one of this name with a context";
    if (rule) {
      Merge m = { p, c.org, rule };
      g_array_append_val (merges, m);
    }
  }
  /* (a).  With one candidate, that candidate is not merged this round
   * (it has no rival), so it is a final target too. */
  if (c.n_other != 1)
    return;
  for (guint i = 0; i < group->len; i++) {
    Person *p = group->pdata[i];
    if (p->kind != CTX_ARTICLE)
      continue;
    Merge m = { p, c.other, "link: article-scoped person; the only one of this name with a context" };
    g_array_append_val (merges, m);
  }
}

static gint
cmp_str (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/* Appends "  ARTICLE-ID: "NAME"" for each name x has in each article
 * graph that mentions it. */
static void
mention_lines (Link *l, NgTermId x, GPtrArray *lines)
{
  NgStoreIter it;
  NgQuad q;
  if (!l->mentions)
    return;
  GArray *graphs = g_array_new (FALSE, FALSE, sizeof (NgQuad));
  ng_store_match (l->store, &it, NG_TERM_NONE, l->mentions, x, NG_TERM_NONE);
  while (ng_store_iter_next (&it, &q))
    g_array_append_val (graphs, q);
  for (guint i = 0; i < graphs->len; i++) {
    NgQuad m = g_array_index (graphs, NgQuad, i);
    const char *art = NULL;
    if (l->ident) {
      ng_store_match (l->store, &it, m.s, l->ident, NG_TERM_NONE, m.g);
      if (ng_store_iter_next (&it, &q))
        art = ng_term_value (l->store, q.o, NULL);
    }
    if (!art)
      art = ng_term_value (l->store, m.s, NULL);
    NgTermId props[] = { l->name, l->alt };
    for (int k = 0; k < 2; k++) {
      if (!props[k])
        continue;
      ng_store_match (l->store, &it, x, props[k], NG_TERM_NONE, m.g);
      while (ng_store_iter_next (&it, &q))
        g_ptr_array_add (lines,
                         g_strdup_printf ("  %s: \"%s\"", art, ng_term_value (l->store, q.o, NULL)));
    }
  }
  g_array_unref (graphs);
}

static void
report_merge (Link *l, const Merge *m, GString *report)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  mention_lines (l, m->from->id, lines);
  mention_lines (l, m->to->id, lines);
  g_ptr_array_sort (lines, cmp_str);
  g_string_append_printf (report, "<%s>\n  rule: %s (<%s>)\n", m->to->iri, m->rule,
                          m->from->iri);
  for (guint i = 0; i < lines->len; i++)
    if (!i || strcmp (lines->pdata[i], lines->pdata[i - 1]))
      g_string_append_printf (report, "%s\n", (char *) lines->pdata[i]);
  g_ptr_array_unref (lines);
}

static gint
cmp_merge (gconstpointer a, gconstpointer b)
{
  const Merge *x = a, *y = b;
  int c = strcmp (x->to->iri, y->to->iri);
  return c ? c : strcmp (x->from->iri, y->from->iri);
}

/* One round: decides on the store as it is, then rewrites.  Returns the
 * number of IRIs merged away. */
static guint
round_once (Link *l, GString *report)
{
  take_types (l);
  l->ties = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  GPtrArray *people = collect_people (l);
  GHashTable *by_key = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *keys = g_ptr_array_new ();
  for (guint i = 0; i < people->len; i++) {
    Person *p = people->pdata[i];
    GPtrArray *group = g_hash_table_lookup (by_key, p->key);
    if (!group) {
      group = g_ptr_array_new ();
      g_hash_table_insert (by_key, p->key, group);
      g_ptr_array_add (keys, p->key);
    }
    g_ptr_array_add (group, p);
  }
  for (guint i = 0; i < keys->len; i++) {
    GPtrArray *group = g_hash_table_lookup (by_key, keys->pdata[i]);
    if (group->len > 1)
      ask_ties (l, group);
  }
  find_ties (l);
  GArray *merges = g_array_new (FALSE, FALSE, sizeof (Merge));
  for (guint i = 0; i < keys->len; i++) {
    GPtrArray *group = g_hash_table_lookup (by_key, keys->pdata[i]);
    if (group->len > 1)
      decide (l, group, merges);
  }
  guint n = merges->len;
  if (n) {
    g_array_sort (merges, cmp_merge);
    if (report)
      for (guint i = 0; i < n; i++)
        report_merge (l, &g_array_index (merges, Merge, i), report);
    guint32 n_map = ng_store_n_terms (l->store) + 1;
    NgTermId *map = g_new0 (NgTermId, n_map);
    for (guint i = 0; i < n; i++) {
      const Merge *m = &g_array_index (merges, Merge, i);
      map[m->from->id] = m->to->id;
    }
    ng_store_map_terms (l->store, map, n_map);
    g_free (map);
  }
  g_array_unref (merges);
  g_ptr_array_unref (keys);
  g_hash_table_unref (by_key);
  g_ptr_array_unref (people);
  g_clear_pointer (&l->ties, g_hash_table_unref);
  g_clear_pointer (&l->is, g_free);
  return n;
}

guint
ng_link_store (NgStore *store, GString *report)
{
  g_return_val_if_fail (store, 0);
  Link l = { .store = store };
  /* Nothing to link when the store holds no person at all; look the terms
   * up without interning them, so the store is left exactly as it was. */
  l.type = ng_store_lookup_iri (store, RDF_TYPE);
  l.person = ng_store_lookup_iri (store, SCHEMA "Person");
  if (!l.type || !l.person)
    return 0;
  l.org = ng_store_lookup_iri (store, SCHEMA "Organization");
  l.event = ng_store_lookup_iri (store, SCHEMA "Event");
  l.article = ng_store_lookup_iri (store, SCHEMA "NewsArticle");
  l.mentions = ng_store_lookup_iri (store, SCHEMA "mentions");
  l.name = ng_store_lookup_iri (store, SCHEMA "name");
  l.alt = ng_store_lookup_iri (store, SCHEMA "alternateName");
  l.ident = ng_store_lookup_iri (store, SCHEMA "identifier");
  guint total = 0;
  for (guint n; (n = round_once (&l, report));)
    total += n;
  return total;
}

/* SPDX-License-Identifier: MIT */
/* iso.c: graph isomorphism by colour refinement plus backtracking.
 *
 * Ground terms of both graphs get ids in one dictionary, so they compare
 * by id.  Each blank node starts with the same colour; a refinement round
 * gives it a new colour hashed from its old one and the multiset (a sum of
 * hashes) of the statements it occurs in, each seen from its position, with
 * ground terms by id and other blank nodes by colour.  Rounds go on until
 * the number of colours stops growing.  Equal graphs then have equal colour
 * multisets; when every colour names one node the bijection is forced and is
 * checked statement by statement, so a hash collision can only make two
 * isomorphic graphs look different, never the reverse.  Otherwise one node
 * of the smallest ambiguous class is paired in turn with each candidate
 * (both given a fresh colour) and the search recurses: exponential at worst,
 * fine for test-suite graphs.
 */
#include "config.h"

#include <string.h>

#include "iso.h"

/* A term: ground (id << 1) or blank (index << 1 | 1). */
typedef guint64 Term;

typedef struct {
  Term t[4];
} Stmt;

typedef struct {
  Stmt *st;
  gsize n;
  guint n_blank;
  guint64 *color;
} IsoGraph;

static inline guint64
mix (guint64 x)
{
  x ^= x >> 31;
  x *= 0x7FB5D329728EA185ull;
  x ^= x >> 27;
  x *= 0x81DADEF4BC2DD44Dull;
  x ^= x >> 33;
  return x;
}

static void *
dup_bytes (const void *p, gsize n)
{
  void *d = g_malloc (n ? n : 1);
  memcpy (d, p, n);
  return d;
}

static inline gboolean
is_blank (Term t)
{
  return t & 1;
}

static NgTermId
translate (NgStore *a, NgStore *b, NgTermId id)
{
  gsize len;
  const char *v = ng_term_value (b, id, &len);
  switch (ng_term_kind (b, id)) {
  case NG_TERM_IRI:
    return ng_store_iri (a, v, (gssize) len);
  case NG_TERM_LITERAL:
    return ng_store_literal (a, v, (gssize) len, ng_term_lang (b, id), ng_term_datatype (b, id));
  default:
    return id; /* the default graph has the same reserved id everywhere */
  }
}

/* The quads of src as statements over a's ids. */
static void
graph_init (IsoGraph *g, NgStore *a, NgStore *src)
{
  gsize n;
  const NgQuad *q = ng_store_quads (src, &n);
  GHashTable *blanks = g_hash_table_new (NULL, NULL);
  GHashTable *ground = g_hash_table_new (NULL, NULL);
  g->n = n;
  g->st = g_new (Stmt, n ? n : 1);
  g->n_blank = 0;
  for (gsize i = 0; i < n; i++) {
    const NgTermId ids[4] = { q[i].s, q[i].p, q[i].o, q[i].g };
    for (int k = 0; k < 4; k++) {
      NgTermId id = ids[k];
      gpointer key = GUINT_TO_POINTER (id), v;
      if (ng_term_kind (src, id) == NG_TERM_BLANK) {
        if (!g_hash_table_lookup_extended (blanks, key, NULL, &v)) {
          v = GUINT_TO_POINTER (g->n_blank++);
          g_hash_table_insert (blanks, key, v);
        }
        g->st[i].t[k] = (Term) GPOINTER_TO_UINT (v) << 1 | 1;
      } else {
        NgTermId t = id;
        if (src != a) {
          if (!(v = g_hash_table_lookup (ground, key))) {
            v = GUINT_TO_POINTER (translate (a, src, id));
            g_hash_table_insert (ground, key, v);
          }
          t = GPOINTER_TO_UINT (v);
        }
        g->st[i].t[k] = (Term) t << 1;
      }
    }
  }
  g->color = g_new0 (guint64, g->n_blank ? g->n_blank : 1);
  g_hash_table_unref (blanks);
  g_hash_table_unref (ground);
}

static void
graph_clear (IsoGraph *g)
{
  g_free (g->st);
  g_free (g->color);
}

static inline guint64
sig (const IsoGraph *g, Term t)
{
  return is_blank (t) ? g->color[t >> 1] : mix (t + 0x51ED2701u);
}

static void
refine_once (IsoGraph *g, guint64 *acc)
{
  memset (acc, 0, g->n_blank * sizeof *acc);
  for (gsize i = 0; i < g->n; i++) {
    const Term *t = g->st[i].t;
    for (int k = 0; k < 4; k++) {
      if (!is_blank (t[k]))
        continue;
      guint64 h = mix ((guint64) k + 1);
      for (int j = 0; j < 4; j++)
        if (j != k)
          h = mix (h ^ (sig (g, t[j]) + (guint64) j));
      acc[t[k] >> 1] += h;
    }
  }
  for (guint b = 0; b < g->n_blank; b++)
    acc[b] = mix (g->color[b] ^ mix (acc[b] + 0x9E37u));
  memcpy (g->color, acc, g->n_blank * sizeof *acc);
}

static int
cmp_u64 (gconstpointer a, gconstpointer b)
{
  guint64 x = *(const guint64 *) a, y = *(const guint64 *) b;
  return x < y ? -1 : x > y;
}

static guint
n_colors (const IsoGraph *g, guint64 *tmp)
{
  if (!g->n_blank)
    return 0;
  memcpy (tmp, g->color, g->n_blank * sizeof *tmp);
  qsort (tmp, g->n_blank, sizeof *tmp, cmp_u64);
  guint n = 1;
  for (guint i = 1; i < g->n_blank; i++)
    n += tmp[i] != tmp[i - 1];
  return n;
}

static void
refine (IsoGraph *a, IsoGraph *b, guint64 *tmp)
{
  guint na = n_colors (a, tmp), nb = n_colors (b, tmp);
  for (;;) {
    refine_once (a, tmp);
    refine_once (b, tmp);
    guint na2 = n_colors (a, tmp), nb2 = n_colors (b, tmp);
    if (na2 == na && nb2 == nb)
      return;
    na = na2;
    nb = nb2;
  }
}

static int
cmp_stmt (gconstpointer x, gconstpointer y)
{
  return memcmp (x, y, sizeof (Stmt));
}

/* With every colour naming one node in each graph: map and compare. */
static gboolean
check_bijection (const IsoGraph *a, const IsoGraph *b)
{
  GHashTable *by_color = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < b->n_blank; i++)
    g_hash_table_insert (by_color, &b->color[i], GUINT_TO_POINTER (i + 1));
  Stmt *mapped = g_new (Stmt, a->n ? a->n : 1), *other = dup_bytes (b->st, b->n * sizeof (Stmt));
  gboolean ok = TRUE;
  for (gsize i = 0; i < a->n && ok; i++)
    for (int k = 0; k < 4; k++) {
      Term t = a->st[i].t[k];
      if (is_blank (t)) {
        guint j = GPOINTER_TO_UINT (g_hash_table_lookup (by_color, &a->color[t >> 1]));
        if (!j) {
          ok = FALSE;
          break;
        }
        t = (Term) (j - 1) << 1 | 1;
      }
      mapped[i].t[k] = t;
    }
  if (ok) {
    qsort (mapped, a->n, sizeof (Stmt), cmp_stmt);
    qsort (other, b->n, sizeof (Stmt), cmp_stmt);
    ok = memcmp (mapped, other, a->n * sizeof (Stmt)) == 0;
  }
  g_free (mapped);
  g_free (other);
  g_hash_table_unref (by_color);
  return ok;
}

static gboolean
search (IsoGraph *a, IsoGraph *b, guint depth, guint64 *tmp)
{
  refine (a, b, tmp);
  guint64 *ca = dup_bytes (a->color, a->n_blank * sizeof *ca);
  guint64 *cb = dup_bytes (b->color, b->n_blank * sizeof *cb);
  qsort (ca, a->n_blank, sizeof *ca, cmp_u64);
  qsort (cb, b->n_blank, sizeof *cb, cmp_u64);
  gboolean same = memcmp (ca, cb, a->n_blank * sizeof *ca) == 0;
  /* The smallest class of more than one node. */
  guint64 pick = 0;
  guint best = G_MAXUINT;
  for (guint i = 0; same && i < a->n_blank;) {
    guint j = i;
    while (j < a->n_blank && ca[j] == ca[i])
      j++;
    if (j - i > 1 && j - i < best) {
      best = j - i;
      pick = ca[i];
    }
    i = j;
  }
  g_free (ca);
  g_free (cb);
  if (!same)
    return FALSE;
  if (best == G_MAXUINT)
    return check_bijection (a, b);

  guint b1 = 0;
  while (a->color[b1] != pick)
    b1++;
  guint64 *save_a = dup_bytes (a->color, a->n_blank * sizeof *save_a);
  guint64 *save_b = dup_bytes (b->color, b->n_blank * sizeof *save_b);
  gboolean found = FALSE;
  for (guint b2 = 0; b2 < b->n_blank && !found; b2++) {
    if (save_b[b2] != pick)
      continue;
    guint64 fresh = mix (pick ^ mix (0xC0FFEEull + depth));
    a->color[b1] = fresh;
    b->color[b2] = fresh;
    found = search (a, b, depth + 1, tmp);
    memcpy (a->color, save_a, a->n_blank * sizeof *save_a);
    memcpy (b->color, save_b, b->n_blank * sizeof *save_b);
  }
  g_free (save_a);
  g_free (save_b);
  return found;
}

gboolean
ng_test_isomorphic (NgStore *a, NgStore *b, GString *why)
{
  IsoGraph ga, gb;
  graph_init (&ga, a, a);
  graph_init (&gb, a, b);
  gboolean ok = FALSE;
  if (ga.n != gb.n) {
    if (why)
      g_string_append_printf (why, "%" G_GSIZE_FORMAT " statements against %" G_GSIZE_FORMAT,
                              ga.n, gb.n);
  } else if (ga.n_blank != gb.n_blank) {
    if (why)
      g_string_append_printf (why, "%u blank nodes against %u", ga.n_blank, gb.n_blank);
  } else {
    guint64 *tmp = g_new (guint64, ga.n_blank + 1);
    ok = search (&ga, &gb, 0, tmp);
    g_free (tmp);
    if (!ok && why)
      g_string_append (why, "the statements differ");
  }
  graph_clear (&ga);
  graph_clear (&gb);
  return ok;
}

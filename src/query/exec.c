/* SPDX-License-Identifier: MIT */
/* exec.c: runs a plan with pull iterators.
 *
 * ng_exec_open (op, parent) starts op over a parent row; each
 * ng_exec_next (op, row) writes the next solution (a full-width row that
 * extends the parent) and returns FALSE at the end.  An operator's state
 * lives in op->st from one open to the next open and dies with the plan;
 * an operator is never open twice at once, since each appears once in the
 * tree.  Nothing is materialized except what HASH (its input), MINUS (its
 * right side), GROUP, ORDER and DISTINCT need, so a LIMIT stops the scans
 * early.
 *
 * A BGP runs as nested index scans, one level per pattern in the planned
 * order, with a stack of store iterators: no intermediate rows at all.
 * The default graph (by default the union of all graphs) and GRAPH ?g are
 * handled here, in ds_match and ds_next.
 */
#include "config.h"

#include <string.h>

#include "query/query-private.h"

/* ---- limits ---------------------------------------------------------- */

/* Limits stop the evaluation rather than fail it in place: every iterator
 * then ends (ng_exec_next returns FALSE), the operators above it finish
 * with what they have, and the caller learns from ng_plan_check that the
 * results are incomplete.  The clock is read every 1024 steps (a step: a
 * row asked of an operator, an index entry scanned, a node of a path), a
 * few nanoseconds per step. */
static void
stop (NgExec *x, NgQueryError code)
{
  if (!x->stopped) {
    x->stopped = TRUE;
    x->stop_code = code;
  }
}

void
ng_exec_timeout_check (NgExec *x)
{
  if (x->deadline && g_get_monotonic_time () > x->deadline)
    stop (x, NG_QUERY_ERROR_TIMEOUT);
}

gboolean
ng_exec_account (NgExec *x, gsize *held, gssize delta)
{
  x->bytes += (gsize) delta;
  if (held)
    *held += (gsize) delta;
  if (x->max_bytes && delta > 0 && x->bytes > x->max_bytes)
    stop (x, NG_QUERY_ERROR_MEMORY);
  return !x->stopped;
}

/* Releases an operator's whole share. */
static void
release (NgExec *x, gsize *held)
{
  x->bytes -= *held;
  *held = 0;
}

/* A path's pairs so far: over the memory limit stops (the pairs of a path
 * are held until its BGP level moves on). */
static gboolean
path_fits (NgExec *x, const GArray *out)
{
  if (x->max_bytes && x->bytes + (gsize) out->len * sizeof (NgTermId) * 2 > x->max_bytes)
    stop (x, NG_QUERY_ERROR_MEMORY);
  return ng_exec_tick (x);
}

/* ---- the dataset ---------------------------------------------------- */

typedef enum {
  G_CONST,     /**< one graph */
  G_DEFAULT,   /**< the default graph of the dataset */
  G_NAMED,     /**< any named graph (an unbound GRAPH variable) */
} GMode;

typedef struct {
  NgStoreIter it;
  GMode mode;
  gboolean dedup;      /**< skip repeats of (s, p, o) from several graphs */
  gboolean filter_set; /**< check g against the default graphs */
  NgQuad last;
  gboolean have_last;
} DsIter;

static gboolean
in_default (const NgExec *x, NgTermId g)
{
  for (guint i = 0; i < x->default_graphs->len; i++)
    if (g_array_index (x->default_graphs, NgTermId, i) == g)
      return TRUE;
  return FALSE;
}

static gboolean
named_ok (const NgExec *x, NgTermId g)
{
  if (g == NG_GRAPH_DEFAULT)
    return FALSE;
  return !x->named || g_hash_table_contains (x->named, GUINT_TO_POINTER (g));
}

static void
ds_match (NgExec *x, DsIter *d, NgTermId s, NgTermId p, NgTermId o, NgTermId g, GMode mode)
{
  d->mode = mode;
  d->dedup = FALSE;
  d->filter_set = FALSE;
  d->have_last = FALSE;
  if (mode == G_CONST) {
    ng_store_match (x->store, &d->it, s, p, o, g);
    return;
  }
  if (mode == G_DEFAULT && !x->union_default) {
    if (x->default_graphs->len == 1) {
      ng_store_match (x->store, &d->it, s, p, o, g_array_index (x->default_graphs, NgTermId, 0));
      return;
    }
    if (x->default_graphs->len == 0) {
      ng_store_match (x->store, &d->it, s, p, o, NG_GRAPH_DEFAULT);
      d->it.pos = d->it.end;
      return;
    }
    d->filter_set = TRUE;
  }
  d->dedup = mode == G_DEFAULT;
  ng_store_match (x->store, &d->it, s, p, o, NG_TERM_NONE);
}

static inline gboolean
ds_next (NgExec *x, DsIter *d, NgQuad *q)
{
  while (ng_store_iter_next (&d->it, q)) {
    if (d->mode == G_NAMED && !named_ok (x, q->g))
      continue;
    if (d->filter_set && !in_default (x, q->g))
      continue;
    if (d->dedup) {
      /* Every index keeps g last, so repeats of one triple are adjacent. */
      if (d->have_last && q->s == d->last.s && q->p == d->last.p && q->o == d->last.o)
        continue;
      d->last = *q;
      d->have_last = TRUE;
    }
    return TRUE;
  }
  return FALSE;
}

/* The graph mode and id of a pattern's graph slot under row. */
static GMode
graph_of (const NgSlot *g, const NgTermId *row, NgTermId *id)
{
  *id = NG_TERM_NONE;
  if (g->var == NG_SLOT_DEFAULT)
    return G_DEFAULT;
  if (g->var == NG_SLOT_CONST) {
    *id = g->id;
    return G_CONST;
  }
  if (row[g->var]) {
    *id = row[g->var];
    return G_CONST;
  }
  return G_NAMED;
}

/* ---- property paths ------------------------------------------------- */

typedef struct {
  NgTermId s, o;
} Pair;

static void eval_path (NgExec *x, const NgPath *p, NgTermId s, NgTermId o, NgTermId g, GMode gm,
                       GArray *out);

static void
all_nodes (NgExec *x, NgTermId g, GMode gm, GArray *nodes)
{
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  DsIter d;
  NgQuad q;
  ds_match (x, &d, 0, 0, 0, g, gm);
  while (ds_next (x, &d, &q) && ng_exec_tick (x)) {
    if (g_hash_table_add (seen, GUINT_TO_POINTER (q.s)))
      g_array_append_val (nodes, q.s);
    if (g_hash_table_add (seen, GUINT_TO_POINTER (q.o)))
      g_array_append_val (nodes, q.o);
  }
  g_hash_table_unref (seen);
}

/* Nodes reachable from start over one or more (or zero or more) steps of
 * p, each once, in BFS order. */
static void
closure (NgExec *x, const NgPath *p, NgTermId start, gboolean zero, NgTermId g, GMode gm,
         GArray *reached)
{
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  GArray *frontier = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  GArray *step = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_array_append_val (frontier, start);
  if (zero) {
    g_hash_table_add (seen, GUINT_TO_POINTER (start));
    g_array_append_val (reached, start);
  }
  /* Expanding frontier[..level_end) reaches nodes depth steps away. */
  guint depth = 1, level_end = frontier->len;
  for (guint i = 0; i < frontier->len && !x->stopped; i++) {
    if (i == level_end) {
      depth++;
      level_end = frontier->len;
    }
    /* The seen set and the frontier cost about 24 bytes a node. */
    if (x->max_bytes && x->bytes + (gsize) frontier->len * 24 > x->max_bytes)
      stop (x, NG_QUERY_ERROR_MEMORY);
    if (!path_fits (x, reached))
      break;
    NgTermId n = g_array_index (frontier, NgTermId, i);
    g_array_set_size (step, 0);
    eval_path (x, p, n, NG_TERM_NONE, g, gm, step);
    for (guint k = 0; k < step->len; k++) {
      NgTermId m = g_array_index (step, Pair, k).o;
      if (g_hash_table_add (seen, GUINT_TO_POINTER (m))) {
        /* A new node beyond the depth limit: the path goes deeper. */
        if (x->max_path_depth && depth > x->max_path_depth) {
          stop (x, NG_QUERY_ERROR_PATH);
          break;
        }
        g_array_append_val (reached, m);
        g_array_append_val (frontier, m);
      }
    }
  }
  g_array_unref (step);
  g_array_unref (frontier);
  g_hash_table_unref (seen);
}

static NgPath inverse_of_tmp;

static void
eval_path (NgExec *x, const NgPath *p, NgTermId s, NgTermId o, NgTermId g, GMode gm, GArray *out)
{
  switch (p->kind) {
  case NG_PATH_LINK: {
    DsIter d;
    NgQuad q;
    ds_match (x, &d, s, p->id, o, g, gm);
    while (ds_next (x, &d, &q) && ng_exec_tick (x)) {
      Pair pr = { q.s, q.o };
      g_array_append_val (out, pr);
    }
    return;
  }
  case NG_PATH_INV: {
    guint start = out->len;
    eval_path (x, p->a, o, s, g, gm, out);
    for (guint i = start; i < out->len; i++) {
      Pair *pr = &g_array_index (out, Pair, i);
      NgTermId t = pr->s;
      pr->s = pr->o;
      pr->o = t;
    }
    return;
  }
  case NG_PATH_SEQ: {
    GArray *mid = g_array_new (FALSE, FALSE, sizeof (Pair));
    GArray *tail = g_array_new (FALSE, FALSE, sizeof (Pair));
    if (s || !o) {
      eval_path (x, p->a, s, NG_TERM_NONE, g, gm, mid);
      for (guint i = 0; i < mid->len && path_fits (x, out); i++) {
        Pair m = g_array_index (mid, Pair, i);
        g_array_set_size (tail, 0);
        eval_path (x, p->b, m.o, o, g, gm, tail);
        for (guint k = 0; k < tail->len; k++) {
          Pair r = { m.s, g_array_index (tail, Pair, k).o };
          g_array_append_val (out, r);
        }
      }
    } else {
      /* Only the end is bound: walk backwards. */
      eval_path (x, p->b, NG_TERM_NONE, o, g, gm, mid);
      for (guint i = 0; i < mid->len && path_fits (x, out); i++) {
        Pair m = g_array_index (mid, Pair, i);
        g_array_set_size (tail, 0);
        eval_path (x, p->a, NG_TERM_NONE, m.s, g, gm, tail);
        for (guint k = 0; k < tail->len; k++) {
          Pair r = { g_array_index (tail, Pair, k).s, m.o };
          g_array_append_val (out, r);
        }
      }
    }
    g_array_unref (mid);
    g_array_unref (tail);
    return;
  }
  case NG_PATH_ALT:
    eval_path (x, p->a, s, o, g, gm, out);
    eval_path (x, p->b, s, o, g, gm, out);
    return;
  case NG_PATH_STAR:
  case NG_PATH_PLUS:
  case NG_PATH_OPT: {
    gboolean zero = p->kind != NG_PATH_PLUS;
    GArray *starts = g_array_new (FALSE, FALSE, sizeof (NgTermId));
    gboolean backwards = !s && o;
    if (s)
      g_array_append_val (starts, s);
    else if (o)
      g_array_append_val (starts, o);
    else
      all_nodes (x, g, gm, starts);
    /* Walking backwards from o is walking ^path forwards. */
    NgPath inv = inverse_of_tmp;
    inv.kind = NG_PATH_INV;
    inv.a = (NgPath *) p->a;
    const NgPath *step = backwards ? &inv : p->a;
    GArray *reached = g_array_new (FALSE, FALSE, sizeof (NgTermId));
    GArray *one = g_array_new (FALSE, FALSE, sizeof (Pair));
    for (guint i = 0; i < starts->len && path_fits (x, out); i++) {
      NgTermId st = g_array_index (starts, NgTermId, i);
      g_array_set_size (reached, 0);
      if (p->kind == NG_PATH_OPT) {
        GHashTable *seen = g_hash_table_new (NULL, NULL);
        g_hash_table_add (seen, GUINT_TO_POINTER (st));
        g_array_append_val (reached, st);
        g_array_set_size (one, 0);
        eval_path (x, step, st, NG_TERM_NONE, g, gm, one);
        for (guint k = 0; k < one->len; k++) {
          NgTermId m = g_array_index (one, Pair, k).o;
          if (g_hash_table_add (seen, GUINT_TO_POINTER (m)))
            g_array_append_val (reached, m);
        }
        g_hash_table_unref (seen);
      } else {
        closure (x, step, st, zero, g, gm, reached);
      }
      for (guint k = 0; k < reached->len; k++) {
        NgTermId m = g_array_index (reached, NgTermId, k);
        if (s && o && m != o)
          continue;
        Pair r = backwards ? (Pair){ m, st } : (Pair){ st, m };
        g_array_append_val (out, r);
      }
    }
    g_array_unref (one);
    g_array_unref (reached);
    g_array_unref (starts);
    return;
  }
  case NG_PATH_NEG: {
    gboolean has_fwd = FALSE, has_inv = FALSE;
    for (guint i = 0; i < p->neg->len; i++) {
      const NgPath *e = g_ptr_array_index (p->neg, i);
      if (e->kind == NG_PATH_INV)
        has_inv = TRUE;
      else
        has_fwd = TRUE;
    }
    for (int dir = 0; dir < 2; dir++) {
      if ((dir == 0 && !has_fwd) || (dir == 1 && !has_inv))
        continue;
      DsIter d;
      NgQuad q;
      if (dir == 0)
        ds_match (x, &d, s, 0, o, g, gm);
      else
        ds_match (x, &d, o, 0, s, g, gm);
      while (ds_next (x, &d, &q) && ng_exec_tick (x)) {
        gboolean excluded = FALSE;
        for (guint i = 0; i < p->neg->len && !excluded; i++) {
          const NgPath *e = g_ptr_array_index (p->neg, i);
          if (dir == 0 && e->kind == NG_PATH_LINK && e->id == q.p)
            excluded = TRUE;
          if (dir == 1 && e->kind == NG_PATH_INV && e->a->id == q.p)
            excluded = TRUE;
        }
        if (excluded)
          continue;
        Pair r = dir == 0 ? (Pair){ q.s, q.o } : (Pair){ q.o, q.s };
        g_array_append_val (out, r);
      }
    }
    return;
  }
  }
}

void
ng_exec_path (NgExec *x, const NgPath *path, NgTermId s, NgTermId o, NgTermId g, GArray *out)
{
  eval_path (x, path, s, o, g, g ? G_CONST : G_DEFAULT, out);
}

/* ---- rows ----------------------------------------------------------- */

static gboolean
compatible (int n, const NgTermId *a, const NgTermId *b)
{
  for (int v = 0; v < n; v++)
    if (a[v] && b[v] && a[v] != b[v])
      return FALSE;
  return TRUE;
}

static void
merge (int n, NgTermId *out, const NgTermId *parent, const NgTermId *b)
{
  for (int v = 0; v < n; v++)
    out[v] = parent[v] ? parent[v] : b[v];
}

static gboolean
filters_pass (NgExec *x, const GPtrArray *exprs, const NgTermId *row)
{
  gboolean ok = TRUE;
  for (guint i = 0; exprs && i < exprs->len && ok; i++)
    ok = ng_expr_test (x, g_ptr_array_index (exprs, i), row);
  ng_exec_collect (x);
  return ok;
}

/* ---- BGP ------------------------------------------------------------ */

typedef struct {
  DsIter d;            /**< triple pattern scan */
  GArray *pairs;       /**< path pattern: its matches */
  guint pair_pos;
  int bind[4];         /**< variables this level binds (-1: none), by slot */
  gboolean g_named;    /**< the graph variable is bound here: check named */
  gsize acct;          /**< bytes of pairs accounted (ng_exec_account) */
} Level;

typedef struct {
  NgTermId *row;
  Level *lv;
  int depth;
  gboolean unit_done;
} BgpState;

static gboolean is_node (NgExec *x, NgTermId n, NgTermId g, GMode gm);

static void
bgp_init_level (NgExec *x, NgOp *op, BgpState *st, int k)
{
  NgPattern *p = &g_array_index (op->pats, NgPattern, k);
  Level *l = &st->lv[k];
  NgTermId *row = st->row;
  const NgSlot *sl[4] = { &p->s, &p->p, &p->o, &p->g };
  NgTermId c[4] = { 0, 0, 0, 0 };
  for (int f = 0; f < 3; f++) {
    l->bind[f] = -1;
    if (sl[f]->var == NG_SLOT_CONST)
      c[f] = sl[f]->id;
    else if (row[sl[f]->var])
      c[f] = row[sl[f]->var];
    else
      l->bind[f] = sl[f]->var;
  }
  NgTermId g;
  GMode gm = graph_of (&p->g, row, &g);
  l->bind[3] = gm == G_NAMED ? p->g.var : -1;
  if (gm == G_CONST && p->g.var >= 0 && !named_ok (x, g)) {
    /* GRAPH ?g bound to the default graph or a graph outside FROM NAMED. */
    l->pairs = NULL;
    ds_match (x, &l->d, 0, 0, 0, NG_GRAPH_DEFAULT, G_CONST);
    l->d.it.pos = l->d.it.end;
    return;
  }
  if (gm == G_CONST && p->g.var == NG_SLOT_CONST && !named_ok (x, g)) {
    ds_match (x, &l->d, 0, 0, 0, NG_GRAPH_DEFAULT, G_CONST);
    l->d.it.pos = l->d.it.end;
    return;
  }
  if (p->path) {
    if (!l->pairs)
      l->pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
    g_array_set_size (l->pairs, 0);
    release (x, &l->acct);
    l->pair_pos = 0;
    /* An end bound by a variable (not written as a constant) must be a
     * node of the graph: evaluating the path on its own and joining would
     * only ever pair graph nodes, while a zero-length step from a bound
     * term would match any term (W3C 18.4; found by the differential
     * tests with VALUES before p*). */
    GMode pm = gm == G_NAMED ? G_DEFAULT : gm;
    if ((p->s.var >= 0 && c[0] && !is_node (x, c[0], g, pm))
        || (p->o.var >= 0 && c[2] && !is_node (x, c[2], g, pm)))
      return;
    eval_path (x, p->path, c[0], c[2], g, gm == G_NAMED ? G_DEFAULT : gm, l->pairs);
    ng_exec_account (x, &l->acct, (gssize) (l->pairs->len * sizeof (Pair)));
    l->bind[1] = -1;
    return;
  }
  ds_match (x, &l->d, c[0], c[1], c[2], g, gm);
}

static gboolean
is_node (NgExec *x, NgTermId n, NgTermId g, GMode gm)
{
  DsIter d;
  NgQuad q;
  ds_match (x, &d, n, 0, 0, g, gm);
  if (ds_next (x, &d, &q))
    return TRUE;
  ds_match (x, &d, 0, 0, n, g, gm);
  return ds_next (x, &d, &q);
}

static void
bgp_unbind (BgpState *st, int k)
{
  for (int f = 0; f < 4; f++)
    if (st->lv[k].bind[f] >= 0)
      st->row[st->lv[k].bind[f]] = NG_TERM_NONE;
}

/* Next match of level k into st->row; FALSE when exhausted. */
static gboolean
bgp_advance (NgExec *x, NgOp *op, BgpState *st, int k)
{
  NgPattern *p = &g_array_index (op->pats, NgPattern, k);
  Level *l = &st->lv[k];
  NgTermId *row = st->row;
  for (;;) {
    bgp_unbind (st, k);
    if (!ng_exec_tick (x))
      return FALSE;
    NgTermId v[4];
    if (p->path) {
      if (l->pair_pos >= l->pairs->len)
        return FALSE;
      Pair pr = g_array_index (l->pairs, Pair, l->pair_pos++);
      v[0] = pr.s;
      v[2] = pr.o;
      v[1] = v[3] = 0;
    } else {
      NgQuad q;
      if (!ds_next (x, &l->d, &q))
        return FALSE;
      v[0] = q.s;
      v[1] = q.p;
      v[2] = q.o;
      v[3] = q.g;
    }
    gboolean ok = TRUE;
    for (int f = 0; f < 4 && ok; f++) {
      int var = l->bind[f];
      if (var < 0)
        continue;
      if (row[var] && row[var] != v[f])
        ok = FALSE; /* the same variable twice in the pattern */
      else
        row[var] = v[f];
    }
    if (!ok)
      continue;
    if (p->filters && !filters_pass (x, p->filters, row))
      continue;
    if (x->explain)
      p->actual++;
    return TRUE;
  }
}

static void
bgp_open (NgExec *x, NgOp *op, const NgTermId *parent)
{
  BgpState *st = op->st;
  guint n = op->pats->len;
  if (!st) {
    st = op->st = g_new0 (BgpState, 1);
    st->row = g_new0 (NgTermId, x->n_vars + 1);
    st->lv = g_new0 (Level, n + 1);
  }
  memcpy (st->row, parent, sizeof (NgTermId) * (gsize) x->n_vars);
  st->unit_done = FALSE;
  st->depth = 0;
  for (guint k = 0; k < n; k++)
    for (int f = 0; f < 4; f++)
      st->lv[k].bind[f] = -1;
  if (n)
    bgp_init_level (x, op, st, 0);
}

static gboolean
bgp_next (NgExec *x, NgOp *op, NgTermId *out)
{
  BgpState *st = op->st;
  int n = (int) op->pats->len;
  if (n == 0) {
    if (st->unit_done)
      return FALSE;
    st->unit_done = TRUE;
    if (op->exprs && !filters_pass (x, op->exprs, st->row))
      return FALSE;
    memcpy (out, st->row, sizeof (NgTermId) * (gsize) x->n_vars);
    return TRUE;
  }
  while (st->depth >= 0) {
    int k = st->depth;
    if (bgp_advance (x, op, st, k)) {
      if (k == n - 1) {
        memcpy (out, st->row, sizeof (NgTermId) * (gsize) x->n_vars);
        return TRUE;
      }
      st->depth++;
      bgp_init_level (x, op, st, st->depth);
    } else {
      st->depth--;
    }
  }
  return FALSE;
}

static void
bgp_free (NgOp *op)
{
  BgpState *st = op->st;
  for (guint k = 0; k < op->pats->len; k++)
    if (st->lv[k].pairs)
      g_array_unref (st->lv[k].pairs);
  g_free (st->lv);
  g_free (st->row);
  g_free (st);
}

/* ---- the other operators -------------------------------------------- */

typedef struct {
  NgTermId *parent;    /**< copy of the parent row */
  NgTermId *left;      /**< JOIN/LEFTJOIN: the current left row */
  gboolean have_left, matched, done;
  guint pos;           /**< VALUES, GROUP, ORDER, HASH: next row; GRAPH: next graph */
  GArray *rows;        /**< materialized rows (n_vars each) */
  gboolean built;      /**< HASH, MINUS: rows computed (once per plan) */
  GHashTable *index;   /**< HASH: key hash -> GArray of row numbers */
  GArray *key;         /**< HASH: key variables */
  GArray *bucket;      /**< HASH: the rows to try for this parent */
  GHashTable *seen;    /**< DISTINCT */
  gint64 skipped, emitted; /**< SLICE */
  GArray *graphs;      /**< GRAPH: graphs to iterate */
  gboolean inner_open; /**< GRAPH */
  gboolean iterate;    /**< GRAPH */
  gsize acct;          /**< bytes of intermediate results held (ng_exec_account) */
} OpState;

static OpState *
state (NgExec *x, NgOp *op)
{
  if (!op->st) {
    OpState *st = g_new0 (OpState, 1);
    st->parent = g_new0 (NgTermId, x->n_vars + 1);
    st->left = g_new0 (NgTermId, x->n_vars + 1);
    op->st = st;
  }
  return op->st;
}

static void
materialize (NgExec *x, NgOp *op, const NgTermId *parent, GArray *rows, gsize *held)
{
  NgTermId *row = g_new0 (NgTermId, x->n_vars + 1);
  ng_exec_open (x, op, parent);
  gssize rowbytes = (gssize) (sizeof (NgTermId) * (gsize) x->n_vars);
  while (ng_exec_next (x, op, row) && ng_exec_account (x, held, rowbytes))
    g_array_append_vals (rows, row, (guint) x->n_vars);
  g_free (row);
}

static guint
key_hash (const GArray *key, const NgTermId *row)
{
  guint h = 5381;
  for (guint i = 0; i < key->len; i++)
    h = h * 33 + row[g_array_index (key, int, i)];
  return h;
}

static void
hash_build (NgExec *x, NgOp *op, OpState *st, const NgTermId *parent)
{
  int n = x->n_vars;
  st->rows = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  g_autofree NgTermId *none = g_new0 (NgTermId, n + 1);
  materialize (x, op->a, none, st->rows, &st->acct);
  st->key = g_array_new (FALSE, FALSE, sizeof (int));
  for (int v = 0; v < n; v++)
    if (op->a->certain[v] && parent[v])
      g_array_append_val (st->key, v);
  st->index = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  guint nrows = n ? st->rows->len / (guint) n : 0;
  for (guint r = 0; r < nrows; r++) {
    const NgTermId *row = &g_array_index (st->rows, NgTermId, r * (guint) n);
    guint h = key_hash (st->key, row);
    GArray *b = g_hash_table_lookup (st->index, GUINT_TO_POINTER (h));
    if (!b) {
      b = g_array_new (FALSE, FALSE, sizeof (guint));
      g_hash_table_insert (st->index, GUINT_TO_POINTER (h), b);
    }
    g_array_append_val (b, r);
  }
  /* The index: a row number per row, a bucket per key. */
  ng_exec_account (x, &st->acct, (gssize) (nrows * (sizeof (guint) + 8)
                                           + g_hash_table_size (st->index) * 48));
  st->built = TRUE;
}

static void
graph_open (NgExec *x, NgOp *op, OpState *st)
{
  st->iterate = op->graph.var >= 0 && !op->a->certain[op->graph.var];
  if (!st->iterate) {
    if (op->graph.var == NG_SLOT_CONST && !named_ok (x, op->graph.id)) {
      st->done = TRUE;
      return;
    }
    st->done = FALSE;
    ng_exec_open (x, op->a, st->parent);
    return;
  }
  if (!st->graphs)
    st->graphs = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  g_array_set_size (st->graphs, 0);
  NgTermId bound = st->parent[op->graph.var];
  if (bound) {
    if (named_ok (x, bound))
      g_array_append_val (st->graphs, bound);
  } else {
    g_array_append_vals (st->graphs, x->named_list->data, x->named_list->len);
  }
  st->pos = 0;
  st->inner_open = FALSE;
}

static void group_open (NgExec *x, NgOp *op, OpState *st);
static void order_open (NgExec *x, NgOp *op, OpState *st);

void
ng_exec_open (NgExec *x, NgOp *op, const NgTermId *parent)
{
  if (x->explain)
    op->n_opens++;
  if (op->kind == NG_OP_BGP) {
    bgp_open (x, op, parent);
    return;
  }
  OpState *st = state (x, op);
  memcpy (st->parent, parent, sizeof (NgTermId) * (gsize) x->n_vars);
  st->have_left = st->matched = st->done = FALSE;
  st->pos = 0;
  switch (op->kind) {
  case NG_OP_UNIT:
  case NG_OP_EMPTY:
  case NG_OP_VALUES:
    break;
  case NG_OP_JOIN:
  case NG_OP_LEFTJOIN:
  case NG_OP_FILTER:
  case NG_OP_EXTEND:
    ng_exec_open (x, op->a, parent);
    break;
  case NG_OP_UNION:
    ng_exec_open (x, op->a, parent);
    break;
  case NG_OP_MINUS:
    if (!st->built) {
      st->rows = g_array_new (FALSE, FALSE, sizeof (NgTermId));
      g_autofree NgTermId *none = g_new0 (NgTermId, x->n_vars + 1);
      materialize (x, op->b, none, st->rows, &st->acct);
      st->built = TRUE;
    }
    ng_exec_open (x, op->a, parent);
    break;
  case NG_OP_GRAPH:
    graph_open (x, op, st);
    break;
  case NG_OP_GROUP:
    group_open (x, op, st);
    break;
  case NG_OP_ORDER:
    order_open (x, op, st);
    break;
  case NG_OP_DISTINCT:
    release (x, &st->acct);
    if (st->seen)
      g_hash_table_remove_all (st->seen);
    else
      st->seen = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                        (GDestroyNotify) g_bytes_unref, NULL);
    ng_exec_open (x, op->a, parent);
    break;
  case NG_OP_SLICE:
    st->skipped = st->emitted = 0;
    ng_exec_open (x, op->a, parent);
    break;
  case NG_OP_HASH: {
    if (!st->built)
      hash_build (x, op, st, parent);
    if (!st->bucket)
      st->bucket = g_array_new (FALSE, FALSE, sizeof (guint));
    g_array_set_size (st->bucket, 0);
    gboolean keyed = TRUE;
    for (guint i = 0; i < st->key->len; i++)
      if (!parent[g_array_index (st->key, int, i)])
        keyed = FALSE;
    if (keyed) {
      GArray *b = g_hash_table_lookup (st->index, GUINT_TO_POINTER (key_hash (st->key, parent)));
      if (b)
        g_array_append_vals (st->bucket, b->data, b->len);
    } else {
      guint nrows = x->n_vars ? st->rows->len / (guint) x->n_vars : 0;
      for (guint r = 0; r < nrows; r++)
        g_array_append_val (st->bucket, r);
    }
    break;
  }
  case NG_OP_BGP:
    break;
  }
}

static gboolean
minus_excludes (NgExec *x, OpState *st, const NgTermId *row)
{
  int n = x->n_vars;
  guint nrows = n ? st->rows->len / (guint) n : 0;
  for (guint r = 0; r < nrows && ng_exec_tick (x); r++) {
    const NgTermId *b = &g_array_index (st->rows, NgTermId, r * (guint) n);
    gboolean shared = FALSE, ok = TRUE;
    for (int v = 0; v < n && ok; v++) {
      if (row[v] && b[v]) {
        shared = TRUE;
        if (row[v] != b[v])
          ok = FALSE;
      }
    }
    if (ok && shared)
      return TRUE;
  }
  return FALSE;
}

static gboolean
exec_next (NgExec *x, NgOp *op, NgTermId *out)
{
  int n = x->n_vars;
  gsize rowbytes = sizeof (NgTermId) * (gsize) n;
  if (op->kind == NG_OP_BGP)
    return bgp_next (x, op, out);
  OpState *st = op->st;
  switch (op->kind) {
  case NG_OP_UNIT:
    if (st->done)
      return FALSE;
    st->done = TRUE;
    memcpy (out, st->parent, rowbytes);
    return TRUE;
  case NG_OP_EMPTY:
    return FALSE;
  case NG_OP_VALUES: {
    guint nc = op->cols->len;
    guint nrows = nc ? op->rows->len / nc : 1;
    while (st->pos < nrows) {
      guint r = st->pos++;
      memcpy (out, st->parent, rowbytes);
      gboolean ok = TRUE;
      for (guint c = 0; c < nc && ok; c++) {
        int v = g_array_index (op->cols, int, c);
        NgTermId id = g_array_index (op->rows, NgTermId, r * nc + c);
        if (!id)
          continue;
        if (out[v] && out[v] != id)
          ok = FALSE;
        out[v] = id;
      }
      if (ok)
        return TRUE;
    }
    return FALSE;
  }
  case NG_OP_JOIN:
    for (;;) {
      if (!st->have_left) {
        if (!ng_exec_next (x, op->a, st->left))
          return FALSE;
        ng_exec_open (x, op->b, st->left);
        st->have_left = TRUE;
      }
      if (ng_exec_next (x, op->b, out))
        return TRUE;
      st->have_left = FALSE;
    }
  case NG_OP_LEFTJOIN:
    for (;;) {
      if (!st->have_left) {
        if (!ng_exec_next (x, op->a, st->left))
          return FALSE;
        ng_exec_open (x, op->b, st->left);
        st->have_left = TRUE;
        st->matched = FALSE;
      }
      while (ng_exec_next (x, op->b, out)) {
        if (op->expr) {
          gboolean ok = ng_expr_test (x, op->expr, out);
          ng_exec_collect (x);
          if (!ok)
            continue;
        }
        st->matched = TRUE;
        return TRUE;
      }
      st->have_left = FALSE;
      if (!st->matched) {
        memcpy (out, st->left, rowbytes);
        return TRUE;
      }
    }
  case NG_OP_UNION:
    if (!st->have_left) {
      if (ng_exec_next (x, op->a, out))
        return TRUE;
      st->have_left = TRUE; /* now on the right branch */
      ng_exec_open (x, op->b, st->parent);
    }
    return ng_exec_next (x, op->b, out);
  case NG_OP_MINUS:
    while (ng_exec_next (x, op->a, out))
      if (!minus_excludes (x, st, out))
        return TRUE;
    return FALSE;
  case NG_OP_FILTER:
    while (ng_exec_next (x, op->a, out))
      if (filters_pass (x, op->exprs, out))
        return TRUE;
    return FALSE;
  case NG_OP_EXTEND:
    if (!ng_exec_next (x, op->a, out))
      return FALSE;
    {
      NgValue v = ng_expr_eval (x, op->expr, out);
      out[op->var] = ng_value_intern (x, &v);
      ng_exec_collect (x);
    }
    return TRUE;
  case NG_OP_GRAPH:
    if (!st->iterate)
      return !st->done && ng_exec_next (x, op->a, out);
    for (;;) {
      if (!st->inner_open) {
        if (st->pos >= st->graphs->len)
          return FALSE;
        memcpy (st->left, st->parent, rowbytes);
        st->left[op->graph.var] = g_array_index (st->graphs, NgTermId, st->pos++);
        ng_exec_open (x, op->a, st->left);
        st->inner_open = TRUE;
      }
      if (ng_exec_next (x, op->a, out))
        return TRUE;
      st->inner_open = FALSE;
    }
  case NG_OP_GROUP:
  case NG_OP_ORDER: {
    guint nrows = n ? st->rows->len / (guint) n : 0;
    if (st->pos >= nrows)
      return FALSE;
    memcpy (out, &g_array_index (st->rows, NgTermId, st->pos * (guint) n), rowbytes);
    st->pos++;
    return TRUE;
  }
  case NG_OP_DISTINCT:
    while (ng_exec_next (x, op->a, out)) {
      guint nc = op->cols->len;
      NgTermId *key = g_new (NgTermId, nc + 1);
      for (guint c = 0; c < nc; c++)
        key[c] = out[g_array_index (op->cols, int, c)];
      GBytes *b = g_bytes_new_take (key, sizeof (NgTermId) * nc);
      if (g_hash_table_add (st->seen, b)) {
        /* The key, its GBytes and the table's entry. */
        if (!ng_exec_account (x, &st->acct, (gssize) (sizeof (NgTermId) * nc + 64)))
          return FALSE;
        return TRUE;
      }
    }
    return FALSE;
  case NG_OP_SLICE:
    while (st->skipped < op->offset) {
      if (!ng_exec_next (x, op->a, out))
        return FALSE;
      st->skipped++;
    }
    if (op->limit >= 0 && st->emitted >= op->limit)
      return FALSE;
    if (!ng_exec_next (x, op->a, out))
      return FALSE;
    st->emitted++;
    return TRUE;
  case NG_OP_HASH:
    while (st->pos < st->bucket->len) {
      guint r = g_array_index (st->bucket, guint, st->pos++);
      const NgTermId *b = &g_array_index (st->rows, NgTermId, r * (guint) n);
      if (compatible (n, st->parent, b)) {
        merge (n, out, st->parent, b);
        return TRUE;
      }
    }
    return FALSE;
  case NG_OP_BGP:
    break;
  }
  return FALSE;
}

gboolean
ng_exec_next (NgExec *x, NgOp *op, NgTermId *row)
{
  if (!ng_exec_tick (x))
    return FALSE;
  gboolean r = exec_next (x, op, row);
  if (r && x->explain)
    op->actual++;
  return r;
}

void
ng_exec_free_state (NgOp *op)
{
  if (!op->st)
    return;
  if (op->kind == NG_OP_BGP) {
    bgp_free (op);
    op->st = NULL;
    return;
  }
  OpState *st = op->st;
  g_free (st->parent);
  g_free (st->left);
  if (st->rows)
    g_array_unref (st->rows);
  if (st->index)
    g_hash_table_unref (st->index);
  if (st->key)
    g_array_unref (st->key);
  if (st->bucket)
    g_array_unref (st->bucket);
  if (st->seen)
    g_hash_table_unref (st->seen);
  if (st->graphs)
    g_array_unref (st->graphs);
  g_free (st);
  op->st = NULL;
}

/* ---- GROUP and ORDER ------------------------------------------------ */

typedef struct {
  NgTermId *key;
  NgAggState **aggs;
} Group;

static guint
group_hash (gconstpointer k)
{
  return g_bytes_hash (k);
}

static void
group_open (NgExec *x, NgOp *op, OpState *st)
{
  int n = x->n_vars;
  if (st->rows)
    g_array_unref (st->rows);
  release (x, &st->acct);
  st->rows = g_array_new (FALSE, TRUE, sizeof (NgTermId));
  guint nk = op->exprs->len, na = op->aggs->len;
  GHashTable *groups = g_hash_table_new_full (group_hash, g_bytes_equal,
                                              (GDestroyNotify) g_bytes_unref, NULL);
  GPtrArray *list = g_ptr_array_new ();
  NgTermId *row = g_new0 (NgTermId, n + 1);
  ng_exec_open (x, op->a, st->parent);
  while (ng_exec_next (x, op->a, row)) {
    NgTermId *key = g_new0 (NgTermId, nk + 1);
    for (guint k = 0; k < nk; k++) {
      NgValue v = ng_expr_eval (x, g_ptr_array_index (op->exprs, k), row);
      key[k] = ng_value_intern (x, &v);
    }
    ng_exec_collect (x);
    GBytes *kb = g_bytes_new_take (key, sizeof (NgTermId) * nk);
    Group *g = g_hash_table_lookup (groups, kb);
    if (!g) {
      g = g_new0 (Group, 1);
      g->key = g_memdup2 (key, sizeof (NgTermId) * (nk + 1));
      g->aggs = g_new0 (NgAggState *, na + 1);
      for (guint a = 0; a < na; a++)
        g->aggs[a] = ng_agg_new (g_ptr_array_index (op->aggs, a));
      g_hash_table_insert (groups, g_bytes_ref (kb), g);
      g_ptr_array_add (list, g);
      /* The key twice, the aggregates' states, the entry; and a result row. */
      ng_exec_account (x, &st->acct, (gssize) (sizeof (NgTermId) * (2 * nk + (gsize) n)
                                               + na * 96 + 96));
    }
    if (x->stopped) {
      g_bytes_unref (kb);
      break;
    }
    g_bytes_unref (kb);
    for (guint a = 0; a < na; a++)
      ng_agg_add (x, g->aggs[a], g_ptr_array_index (op->aggs, a), row);
    ng_exec_collect (x);
  }
  if (list->len == 0 && nk == 0) {
    /* Aggregates over no rows: one group. */
    Group *g = g_new0 (Group, 1);
    g->key = g_new0 (NgTermId, 1);
    g->aggs = g_new0 (NgAggState *, na + 1);
    for (guint a = 0; a < na; a++)
      g->aggs[a] = ng_agg_new (g_ptr_array_index (op->aggs, a));
    g_ptr_array_add (list, g);
  }
  for (guint i = 0; i < list->len; i++) {
    Group *g = g_ptr_array_index (list, i);
    memset (row, 0, sizeof (NgTermId) * (gsize) n);
    for (guint k = 0; k < nk; k++)
      row[g_array_index (op->cols, int, k)] = g->key[k];
    for (guint a = 0; a < na; a++) {
      const NgExpr *agg = g_ptr_array_index (op->aggs, a);
      row[agg->var] = ng_agg_finish (x, g->aggs[a], agg);
      ng_agg_free (g->aggs[a]);
    }
    g_array_append_vals (st->rows, row, (guint) n);
    g_free (g->aggs);
    g_free (g->key);
    g_free (g);
  }
  g_ptr_array_free (list, TRUE);
  g_hash_table_unref (groups);
  g_free (row);
  st->pos = 0;
}

typedef struct {
  NgExec *x;
  guint n_keys;
  const GArray *order;
  const NgTermId *keys; /**< n_keys per row */
} SortCtx;

static int
cmp_rows (gconstpointer a, gconstpointer b, gpointer data)
{
  const SortCtx *c = data;
  guint ra = *(const guint *) a, rb = *(const guint *) b;
  for (guint k = 0; k < c->n_keys; k++) {
    int r = ng_order_compare (c->x, c->keys[ra * c->n_keys + k], c->keys[rb * c->n_keys + k]);
    if (r)
      return g_array_index (c->order, NgOrderKey, k).desc ? -r : r;
  }
  return ra < rb ? -1 : ra > rb;
}

static void
order_open (NgExec *x, NgOp *op, OpState *st)
{
  int n = x->n_vars;
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  release (x, &st->acct);
  gsize tmp = 0;
  materialize (x, op->a, st->parent, rows, &tmp);
  guint nrows = n ? rows->len / (guint) n : 0;
  guint nk = op->order->len;
  /* The keys, the index and the sorted copy of the rows. */
  if (!ng_exec_account (x, &tmp, (gssize) ((gsize) nrows * (sizeof (NgTermId) * nk + sizeof (guint))
                                           + rows->len * sizeof (NgTermId))))
    nrows = 0;
  NgTermId *keys = g_new0 (NgTermId, (gsize) nrows * nk + 1);
  for (guint r = 0; r < nrows; r++) {
    const NgTermId *row = &g_array_index (rows, NgTermId, r * (guint) n);
    for (guint k = 0; k < nk; k++) {
      const NgOrderKey *ok = &g_array_index (op->order, NgOrderKey, k);
      NgValue v = ng_expr_eval (x, ok->expr, row);
      keys[r * nk + k] = ng_value_intern (x, &v);
    }
    ng_exec_collect (x);
  }
  guint *idx = g_new (guint, nrows + 1);
  for (guint r = 0; r < nrows; r++)
    idx[r] = r;
  SortCtx c = { x, nk, op->order, keys };
  g_qsort_with_data (idx, (gint) nrows, sizeof (guint), cmp_rows, &c);
  if (st->rows)
    g_array_unref (st->rows);
  st->rows = g_array_sized_new (FALSE, FALSE, sizeof (NgTermId), rows->len);
  for (guint r = 0; r < nrows; r++)
    g_array_append_vals (st->rows, &g_array_index (rows, NgTermId, idx[r] * (guint) n),
                         (guint) n);
  g_free (idx);
  g_free (keys);
  g_array_unref (rows);
  release (x, &tmp);
  ng_exec_account (x, &st->acct, (gssize) (st->rows->len * sizeof (NgTermId)));
  st->pos = 0;
}

/* ---- the plan's entry points ---------------------------------------- */

/* Starts the clock of the timeout. */
static void
start_clock (NgExec *x)
{
  if (x->timeout > 0)
    x->deadline = g_get_monotonic_time () + (gint64) (x->timeout * G_USEC_PER_SEC);
}

gboolean
ng_plan_check (const NgPlan *plan, GError **error)
{
  const NgExec *x = &plan->x;
  if (!x->stopped)
    return TRUE;
  switch (x->stop_code) {
  case NG_QUERY_ERROR_TIMEOUT:
    g_set_error (error, NG_QUERY_ERROR, x->stop_code,
                 "the query ran longer than its time limit (%g s)", x->timeout);
    break;
  case NG_QUERY_ERROR_MEMORY:
    g_set_error (error, NG_QUERY_ERROR, x->stop_code,
                 "the intermediate results (DISTINCT, ORDER BY, GROUP BY, joins, property "
                 "paths) need more than their memory limit (%" G_GSIZE_FORMAT " MB)",
                 x->max_bytes >> 20);
    break;
  default:
    g_set_error (error, NG_QUERY_ERROR, x->stop_code,
                 "a property path went deeper than its limit (%u steps)", x->max_path_depth);
  }
  return FALSE;
}

gboolean
ng_plan_next (NgPlan *plan, const NgTermId **row)
{
  if (!plan->opened) {
    g_autofree NgTermId *none = g_new0 (NgTermId, plan->x.n_vars + 1);
    start_clock (&plan->x);
    ng_exec_open (&plan->x, plan->root, none);
    plan->opened = TRUE;
  }
  if (!ng_exec_next (&plan->x, plan->root, plan->row))
    return FALSE;
  for (guint i = 0; i < plan->columns->len; i++)
    plan->out[i] = plan->row[g_array_index (plan->columns, int, i)];
  *row = plan->out;
  return TRUE;
}

gboolean
ng_plan_ask (NgPlan *plan)
{
  const NgTermId *row;
  return ng_plan_next (plan, &row);
}

static NgTermId
copy_term (NgStore *from, NgTermId id, NgStore *to)
{
  gsize len;
  const char *v = ng_term_value (from, id, &len);
  switch (ng_term_kind (from, id)) {
  case NG_TERM_IRI:
    return ng_store_iri (to, v, (gssize) len);
  case NG_TERM_BLANK:
    return ng_store_blank (to, v, (gssize) len);
  case NG_TERM_LITERAL:
    return ng_store_literal (to, v, (gssize) len, ng_term_lang (from, id),
                             ng_term_datatype (from, id));
  default:
    return NG_TERM_NONE;
  }
}

static NgTermId
template_term (NgPlan *plan, const NgAstSlot *s, NgStore *out, GHashTable *blanks)
{
  if (s->var >= 0)
    return plan->row[s->var] ? copy_term (plan->store, plan->row[s->var], out) : NG_TERM_NONE;
  if (s->term.kind == NG_TERM_BLANK) {
    gpointer id = g_hash_table_lookup (blanks, s->term.value);
    if (!id) {
      id = GUINT_TO_POINTER (ng_store_fresh_blank (out));
      g_hash_table_insert (blanks, s->term.value, id);
    }
    return GPOINTER_TO_UINT (id);
  }
  switch (s->term.kind) {
  case NG_TERM_IRI:
    return ng_store_iri (out, s->term.value, (gssize) s->term.len);
  case NG_TERM_LITERAL:
    return ng_store_literal (out, s->term.value, (gssize) s->term.len, s->term.lang,
                             s->term.datatype);
  default:
    return NG_TERM_NONE;
  }
}

/* Adds the concise bounded description of r to out: its triples, and
 * those of the blank nodes they reach.  A work list, not recursion: a chain
 * of a million blank nodes (an RDF list) must not overflow the stack. */
static void
describe (NgPlan *plan, NgTermId r, NgStore *out, GHashTable *done)
{
  if (!g_hash_table_add (done, GUINT_TO_POINTER (r)))
    return;
  GArray *todo = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  g_array_append_val (todo, r);
  for (guint i = 0; i < todo->len && ng_exec_tick (&plan->x); i++) {
    DsIter d;
    NgQuad q;
    ds_match (&plan->x, &d, g_array_index (todo, NgTermId, i), 0, 0, 0, G_DEFAULT);
    while (ds_next (&plan->x, &d, &q) && ng_exec_tick (&plan->x)) {
      ng_store_add (out, copy_term (plan->store, q.s, out), copy_term (plan->store, q.p, out),
                    copy_term (plan->store, q.o, out), NG_GRAPH_DEFAULT);
      if (ng_term_kind (plan->store, q.o) == NG_TERM_BLANK
          && g_hash_table_add (done, GUINT_TO_POINTER (q.o)))
        g_array_append_val (todo, q.o);
    }
  }
  g_array_unref (todo);
}

NgStore *
ng_plan_graph (NgPlan *plan)
{
  NgStore *out = ng_store_new ();
  const NgQuery *q = plan->q;
  for (guint i = 0; i + 1 < q->prefixes->len; i += 2)
    ng_store_add_prefix (out, g_ptr_array_index (q->prefixes, i),
                         g_ptr_array_index (q->prefixes, i + 1));
  const GPtrArray *dp = ng_store_prefixes (plan->store);
  for (guint i = 0; i + 1 < dp->len; i += 2)
    ng_store_add_prefix (out, g_ptr_array_index (dp, i), g_ptr_array_index (dp, i + 1));
  g_autofree NgTermId *none = g_new0 (NgTermId, plan->x.n_vars + 1);
  start_clock (&plan->x);
  ng_exec_open (&plan->x, plan->root, none);
  plan->opened = TRUE;
  GHashTable *blanks = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *done = g_hash_table_new (NULL, NULL);
  if (q->form == NG_QUERY_DESCRIBE) {
    /* Constant IRIs are described once, whatever the solutions. */
    for (guint k = 0; k < q->template->len; k++) {
      const NgAstSlot *s = &g_array_index (q->template, NgAstSlot, k);
      if (s->var < 0)
        describe (plan, ng_algebra_term_id (plan, &s->term), out, done);
    }
  }
  while (ng_exec_next (&plan->x, plan->root, plan->row)) {
    if (q->form == NG_QUERY_DESCRIBE) {
      for (guint k = 0; k < q->template->len; k++) {
        const NgAstSlot *s = &g_array_index (q->template, NgAstSlot, k);
        if (s->var >= 0 && plan->row[s->var])
          describe (plan, plan->row[s->var], out, done);
      }
      if (q->select_star)
        for (int v = 0; v < plan->x.n_vars; v++)
          if (ng_query_var_visible (q, v) && plan->row[v])
            describe (plan, plan->row[v], out, done);
      continue;
    }
    g_hash_table_remove_all (blanks);
    for (guint k = 0; k < q->template->len; k++) {
      const NgAstTriple *t = &g_array_index (q->template, NgAstTriple, k);
      NgTermId s = template_term (plan, &t->s, out, blanks);
      NgTermId p = template_term (plan, &t->p, out, blanks);
      NgTermId o = template_term (plan, &t->o, out, blanks);
      if (!s || !p || !o || ng_term_kind (out, s) == NG_TERM_LITERAL
          || ng_term_kind (out, p) != NG_TERM_IRI)
        continue;
      ng_store_add (out, s, p, o, NG_GRAPH_DEFAULT);
    }
  }
  g_hash_table_unref (blanks);
  g_hash_table_unref (done);
  ng_store_build (out);
  return out;
}

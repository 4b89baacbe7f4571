/* SPDX-License-Identifier: MIT */
/* plan.c: turns the algebra into a plan that runs well.
 *
 * The planner makes three decisions, in this order; each is described with
 * the worked examples that motivated it, the way SQLite's where.c is.
 *
 * 1. Substitution (bind joins) or hash joins.  Every operator is opened
 *    with a parent row and yields extensions of it (query-private.h).  For
 *    Join(A, B) that means B runs once per row of A with A's values as
 *    constants: an index nested-loop join, the fastest plan when A is
 *    small.  It is also what the semantics say, except when B contains
 *    something that looks at a variable A binds and B does not:
 *
 *      { ?x :p ?v  OPTIONAL { ?x :q ?w  FILTER (?v > 1) } }
 *
 *    Here the FILTER belongs to the OPTIONAL and sees ?v (LeftJoin's
 *    condition is evaluated on the merged row), fine.  But in
 *
 *      { ?x :p ?v  { ?x :q ?w  FILTER (?v > 1) } }
 *
 *    the inner group is evaluated on its own, where ?v is unbound, so the
 *    filter is an error and the group empty.  Substituting ?v would give
 *    rows.  The rule (place() below): a FILTER, BIND or OPTIONAL inside B
 *    may only mention a variable of the parent if B's part before it binds
 *    that variable in every solution ("certain"); then the parent's value
 *    and B's own must agree anyway.  Otherwise the planner puts a HASH
 *    operator over B, which evaluates B once, on its own, and joins each
 *    parent row with B's rows through a hash table on the variables both
 *    sides always bind.  MINUS's right side is always evaluated on its own.
 *
 * 2. The order of a basic graph pattern.  The store counts the matches of
 *    any pattern of constants exactly (two binary searches).  For a pattern
 *    whose variables are partly bound by earlier patterns, the planner
 *    estimates the matches per input row ("fanout") by sampling: it reads
 *    SAMPLES quads spread over the range of the constant part, and counts
 *    exactly the matches with each sample's values at the bound positions.
 *    The order is greedy: start with the fewest matches, then always take,
 *    among the patterns sharing a variable with those already placed, the
 *    one with the smallest fanout.  Example (LUBM query 2 without
 *    inference, 1M triples):
 *
 *      ?x a :GraduateStudent   (~23,000)   ?y a :University        (~1,000)
 *      ?z a :Department        (~200)      ?x :memberOf ?z         (~100,000)
 *      ?z :subOrganizationOf ?y            ?x :undergraduateDegreeFrom ?y
 *
 *    starts with the departments (200), then subOrganizationOf (fanout 1
 *    with ?z bound), ?y a University (1 with ?y bound), memberOf (~500
 *    per department), ?x a GraduateStudent (~0.2 with ?x bound) and
 *    undergraduateDegreeFrom (<1 with both bound).  A pattern that shares
 *    no variable is taken only when nothing else is left (a product).
 *
 * 3. Filter placement.  A FILTER over a BGP (or over the left side of a
 *    join) whose variables the BGP always binds moves into the BGP and is
 *    checked at the first level where its variables are all bound, so that
 *    FILTER (?age > 60) prunes before the next index lookups, not after.
 *
 * Estimated rows are kept per operator and per BGP level for --explain,
 * next to the actual counts exec.c keeps when explaining.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "query/query-private.h"

#define SAMPLES 8          /* TUNING: quads sampled per fanout estimate */
#define PATH_FANOUT 8.0    /* TUNING: guessed matches of a path with one end bound */
#define PATH_OPEN 1000.0   /* TUNING: guessed matches of a path with no end bound */

/* ---- variable sets -------------------------------------------------- */

static guint8 *
vs_new (const NgPlan *plan)
{
  return g_new0 (guint8, plan->x.n_vars + 1);
}

static void
expr_vars (const NgExpr *e, guint8 *vs)
{
  if (!e)
    return;
  if (e->op == NG_EX_VAR || e->op == NG_EX_AGG)
    vs[e->var] = 1;
  if (e->op == NG_EX_AGG)
    return;
  for (int i = 0; i < e->n_args; i++)
    expr_vars (e->args[i], vs);
}

static void
slot_var (const NgSlot *s, guint8 *vs)
{
  if (s->var >= 0)
    vs[s->var] = 1;
}

/* Fills op->maybe and op->certain, bottom up. */
static void
compute_vars (NgPlan *plan, NgOp *op)
{
  int n = plan->x.n_vars;
  if (op->a)
    compute_vars (plan, op->a);
  if (op->b)
    compute_vars (plan, op->b);
  g_free (op->maybe);
  g_free (op->certain);
  op->maybe = vs_new (plan);
  op->certain = vs_new (plan);
  switch (op->kind) {
  case NG_OP_UNIT:
  case NG_OP_EMPTY:
    break;
  case NG_OP_BGP:
    for (guint i = 0; i < op->pats->len; i++) {
      const NgPattern *p = &g_array_index (op->pats, NgPattern, i);
      slot_var (&p->s, op->maybe);
      slot_var (&p->p, op->maybe);
      slot_var (&p->o, op->maybe);
      if (!p->path) /* a path pattern does not bind GRAPH's variable */
        slot_var (&p->g, op->maybe);
    }
    memcpy (op->certain, op->maybe, (gsize) n);
    break;
  case NG_OP_JOIN:
    for (int v = 0; v < n; v++) {
      op->maybe[v] = op->a->maybe[v] | op->b->maybe[v];
      op->certain[v] = op->a->certain[v] | op->b->certain[v];
    }
    break;
  case NG_OP_LEFTJOIN:
    for (int v = 0; v < n; v++) {
      op->maybe[v] = op->a->maybe[v] | op->b->maybe[v];
      op->certain[v] = op->a->certain[v];
    }
    break;
  case NG_OP_UNION:
    for (int v = 0; v < n; v++) {
      op->maybe[v] = op->a->maybe[v] | op->b->maybe[v];
      op->certain[v] = op->a->certain[v] & op->b->certain[v];
    }
    break;
  case NG_OP_MINUS:
  case NG_OP_FILTER:
  case NG_OP_ORDER:
  case NG_OP_DISTINCT:
  case NG_OP_SLICE:
  case NG_OP_HASH:
    memcpy (op->maybe, op->a->maybe, (gsize) n);
    memcpy (op->certain, op->a->certain, (gsize) n);
    break;
  case NG_OP_EXTEND:
    memcpy (op->maybe, op->a->maybe, (gsize) n);
    memcpy (op->certain, op->a->certain, (gsize) n);
    op->maybe[op->var] = 1;
    break;
  case NG_OP_GRAPH:
    memcpy (op->maybe, op->a->maybe, (gsize) n);
    memcpy (op->certain, op->a->certain, (gsize) n);
    slot_var (&op->graph, op->maybe);
    slot_var (&op->graph, op->certain);
    break;
  case NG_OP_VALUES: {
    guint nc = op->cols->len;
    for (guint c = 0; c < nc; c++) {
      int v = g_array_index (op->cols, int, c);
      gboolean all = TRUE, any = FALSE;
      for (guint r = 0; r < op->rows->len / (nc ? nc : 1); r++) {
        gboolean b = g_array_index (op->rows, NgTermId, r * nc + c) != NG_TERM_NONE;
        all &= b;
        any |= b;
      }
      op->maybe[v] = any;
      op->certain[v] = all && op->rows->len > 0;
    }
    break;
  }
  case NG_OP_GROUP:
    for (guint i = 0; i < op->cols->len; i++)
      op->maybe[g_array_index (op->cols, int, i)] = 1;
    for (guint i = 0; i < op->aggs->len; i++)
      op->maybe[((NgExpr *) g_ptr_array_index (op->aggs, i))->var] = 1;
    break;
  }
}

/* TRUE when every variable of need that is in parent is in have. */
static gboolean
covered (const NgPlan *plan, const guint8 *need, const guint8 *parent, const guint8 *have)
{
  for (int v = 0; v < plan->x.n_vars; v++)
    if (need[v] && parent[v] && !have[v])
      return FALSE;
  return TRUE;
}

/* ---- 1. substitution or hash ---------------------------------------- */

static gboolean
local_ok (NgPlan *plan, NgOp *op, const guint8 *pm)
{
  g_autofree guint8 *vs = vs_new (plan);
  switch (op->kind) {
  case NG_OP_FILTER:
    for (guint i = 0; i < op->exprs->len; i++)
      expr_vars (g_ptr_array_index (op->exprs, i), vs);
    return covered (plan, vs, pm, op->a->certain);
  case NG_OP_LEFTJOIN: {
    memcpy (vs, op->b->maybe, (gsize) plan->x.n_vars);
    if (!covered (plan, vs, pm, op->a->certain))
      return FALSE;
    memset (vs, 0, (gsize) plan->x.n_vars);
    expr_vars (op->expr, vs);
    g_autofree guint8 *both = vs_new (plan);
    for (int v = 0; v < plan->x.n_vars; v++)
      both[v] = op->a->certain[v] | op->b->certain[v];
    return covered (plan, vs, pm, both);
  }
  case NG_OP_EXTEND:
    if (pm[op->var])
      return FALSE;
    expr_vars (op->expr, vs);
    return covered (plan, vs, pm, op->a->certain);
  case NG_OP_GROUP:
  case NG_OP_ORDER:
  case NG_OP_DISTINCT:
  case NG_OP_SLICE:
    for (int v = 0; v < plan->x.n_vars; v++)
      if (pm[v])
        return FALSE;
    return TRUE;
  default:
    return TRUE;
  }
}

static NgOp *place (NgPlan *plan, NgOp *op, const guint8 *pm, const guint8 *pc);

static NgOp *
wrap_hash (NgPlan *plan, NgOp *op, const char *why)
{
  NgOp *h = ng_algebra_new_op (plan, NG_OP_HASH);
  h->a = op;
  h->note = g_strdup (why);
  g_autofree guint8 *none = vs_new (plan);
  h->a = place (plan, op, none, none);
  h->maybe = g_memdup2 (op->maybe, (gsize) plan->x.n_vars + 1);
  h->certain = g_memdup2 (op->certain, (gsize) plan->x.n_vars + 1);
  h->est = op->est;
  return h;
}

static void order_bgp (NgPlan *plan, NgOp *op, const guint8 *pc);
static void push_filters (NgPlan *plan, NgOp *op, const guint8 *pc);

/* Places op under a parent that may bind pm and always binds pc: wraps it
 * in HASH when substitution would change its meaning, orders BGPs, and
 * recurses with what each child's parent binds. */
static NgOp *
place (NgPlan *plan, NgOp *op, const guint8 *pm, const guint8 *pc)
{
  if (!local_ok (plan, op, pm))
    return wrap_hash (plan, op, "evaluated on its own: it reads a variable the outer pattern binds");
  int n = plan->x.n_vars;
  g_autofree guint8 *bm = vs_new (plan);
  g_autofree guint8 *bc = vs_new (plan);
  switch (op->kind) {
  case NG_OP_BGP:
    order_bgp (plan, op, pc);
    break;
  case NG_OP_JOIN:
  case NG_OP_LEFTJOIN:
    op->a = place (plan, op->a, pm, pc);
    for (int v = 0; v < n; v++) {
      bm[v] = pm[v] | op->a->maybe[v];
      bc[v] = pc[v] | op->a->certain[v];
    }
    op->b = place (plan, op->b, bm, bc);
    op->est = op->a->est * MAX (op->b->est, op->kind == NG_OP_LEFTJOIN ? 1.0 : 0.0);
    break;
  case NG_OP_UNION:
    op->a = place (plan, op->a, pm, pc);
    op->b = place (plan, op->b, pm, pc);
    op->est = op->a->est + op->b->est;
    break;
  case NG_OP_MINUS:
    op->a = place (plan, op->a, pm, pc);
    op->b = place (plan, op->b, bm, bc); /* evaluated on its own */
    op->est = op->a->est;
    break;
  case NG_OP_FILTER:
    push_filters (plan, op, pc);
    op->a = place (plan, op->a, pm, pc);
    if (op->exprs->len == 0)
      return op->a; /* every condition moved into a BGP */
    op->est = op->a->est * (op->exprs->len ? 0.5 : 1.0); /* TUNING: filter selectivity */
    break;
  case NG_OP_GRAPH:
    for (int v = 0; v < n; v++) {
      bm[v] = pm[v];
      bc[v] = pc[v];
    }
    if (op->graph.var >= 0 && !op->a->certain[op->graph.var]) {
      /* The inner part does not bind ?g itself: iterate the graphs. */
      bm[op->graph.var] = bc[op->graph.var] = 1;
      op->note = g_strdup ("iterates the named graphs");
    }
    op->a = place (plan, op->a, bm, bc);
    op->est = op->a->est;
    break;
  case NG_OP_EXTEND:
  case NG_OP_ORDER:
  case NG_OP_DISTINCT:
  case NG_OP_SLICE:
    op->a = place (plan, op->a, pm, pc);
    op->est = op->a->est;
    if (op->kind == NG_OP_SLICE && op->limit >= 0)
      op->est = MIN (op->est, (double) op->limit);
    break;
  case NG_OP_GROUP:
    op->a = place (plan, op->a, bm, bc);
    op->est = op->cols->len ? MAX (1.0, op->a->est / 10) : 1.0; /* TUNING */
    break;
  case NG_OP_HASH:
    break;
  case NG_OP_VALUES:
    op->est = op->cols->len ? (double) (op->rows->len / op->cols->len) : 1.0;
    break;
  case NG_OP_UNIT:
    op->est = 1;
    break;
  case NG_OP_EMPTY:
    op->est = 0;
    break;
  }
  return op;
}

/* ---- 3. filters ----------------------------------------------------- */

/* Moves the conditions of FILTER op whose variables its input always binds
 * down into the BGP that binds them (through the left side of joins). */
static void
push_filters (NgPlan *plan, NgOp *op, const guint8 *pc)
{
  for (guint i = 0; i < op->exprs->len;) {
    NgExpr *e = g_ptr_array_index (op->exprs, i);
    g_autofree guint8 *vs = vs_new (plan);
    expr_vars (e, vs);
    NgOp *target = op->a;
    for (;;) {
      if (target->kind == NG_OP_JOIN || target->kind == NG_OP_LEFTJOIN) {
        if (covered (plan, vs, vs, target->a->certain)) {
          target = target->a;
          continue;
        }
        if (target->kind == NG_OP_JOIN && covered (plan, vs, vs, target->b->certain)) {
          target = target->b;
          continue;
        }
      }
      break;
    }
    gboolean all = TRUE;
    for (int v = 0; v < plan->x.n_vars; v++)
      if (vs[v] && !target->certain[v] && !pc[v])
        all = FALSE;
    if (target->kind == NG_OP_BGP && all) {
      if (!target->exprs)
        target->exprs = g_ptr_array_new ();
      g_ptr_array_add (target->exprs, e);
      g_ptr_array_remove_index (op->exprs, i);
    } else {
      i++;
    }
  }
}

/* ---- 2. BGP order --------------------------------------------------- */

static NgTermId
graph_const (const NgPlan *plan, const NgSlot *g)
{
  if (g->var == NG_SLOT_CONST)
    return g->id;
  if (g->var == NG_SLOT_DEFAULT && !plan->x.union_default && plan->x.default_graphs->len == 1)
    return g_array_index (plan->x.default_graphs, NgTermId, 0);
  return NG_TERM_NONE;
}

/* Expected matches of pattern p per input row, given the bound variables. */
static double
fanout (NgPlan *plan, const NgPattern *p, const guint8 *bound)
{
  const NgSlot *sl[4] = { &p->s, &p->p, &p->o, &p->g };
  gboolean is_bound[4];
  int n_var_bound = 0;
  for (int k = 0; k < 4; k++) {
    is_bound[k] = sl[k]->var >= 0 && bound[sl[k]->var];
    n_var_bound += is_bound[k];
  }
  if (p->path) {
    gboolean sb = p->s.var < 0 || is_bound[0], ob = p->o.var < 0 || is_bound[2];
    return sb && ob ? 1.0 : sb || ob ? PATH_FANOUT : PATH_OPEN;
  }
  NgTermId c[4];
  for (int k = 0; k < 3; k++)
    c[k] = sl[k]->var == NG_SLOT_CONST ? sl[k]->id : NG_TERM_NONE;
  c[3] = graph_const (plan, &p->g);
  for (int k = 0; k < 3; k++)
    if (sl[k]->var == NG_SLOT_CONST && c[k] == NG_TERM_NONE)
      return 0;
  NgStoreIter it;
  ng_store_match (plan->store, &it, c[0], c[1], c[2], c[3]);
  double c0 = (double) ng_store_count (plan->store, c[0], c[1], c[2], c[3]);
  if (n_var_bound == 0 || c0 == 0)
    return c0;
  gsize span = it.end - it.pos;
  double sum = 0;
  int n = 0;
  for (int s = 0; s < SAMPLES && (gsize) s < span; s++) {
    NgStoreIter j = it;
    j.pos = it.pos + span * (gsize) s / SAMPLES;
    NgQuad q;
    if (!ng_store_iter_next (&j, &q))
      break;
    const NgTermId qv[4] = { q.s, q.p, q.o, q.g };
    NgTermId k[4];
    for (int f = 0; f < 4; f++)
      k[f] = is_bound[f] ? qv[f] : c[f];
    sum += (double) ng_store_count (plan->store, k[0], k[1], k[2], k[3]);
    n++;
  }
  return n ? sum / n : c0;
}

static gboolean
shares_var (const NgPattern *p, const guint8 *bound)
{
  const NgSlot *sl[4] = { &p->s, &p->p, &p->o, &p->g };
  for (int k = 0; k < 4; k++)
    if (sl[k]->var >= 0 && bound[sl[k]->var])
      return TRUE;
  return FALSE;
}

static void
bind_pattern (const NgPattern *p, guint8 *bound)
{
  const NgSlot *sl[4] = { &p->s, &p->p, &p->o, &p->g };
  for (int k = 0; k < 4; k++)
    if (sl[k]->var >= 0)
      bound[sl[k]->var] = 1;
}

static void
order_bgp (NgPlan *plan, NgOp *op, const guint8 *pc)
{
  guint n = op->pats->len;
  g_autofree guint8 *bound = g_memdup2 (pc, (gsize) plan->x.n_vars + 1);
  GArray *out = g_array_sized_new (FALSE, TRUE, sizeof (NgPattern), n);
  g_autofree gboolean *used = g_new0 (gboolean, n ? n : 1);
  gboolean any_bound = FALSE;
  for (int v = 0; v < plan->x.n_vars; v++)
    any_bound |= bound[v];
  double rows = 1;
  for (guint step = 0; step < n; step++) {
    int best = -1;
    double best_f = 0;
    gboolean best_conn = FALSE;
    for (guint i = 0; i < n; i++) {
      if (used[i])
        continue;
      const NgPattern *p = &g_array_index (op->pats, NgPattern, i);
      gboolean conn = shares_var (p, bound);
      double f = fanout (plan, p, bound);
      /* Connected patterns first; among them the smallest fanout. */
      if (best < 0 || (conn && !best_conn) || (conn == best_conn && f < best_f)) {
        best = (int) i;
        best_f = f;
        best_conn = conn;
      }
    }
    used[best] = TRUE;
    NgPattern p = g_array_index (op->pats, NgPattern, best);
    p.fanout = best_f;
    rows *= best_f;
    p.est = rows;
    bind_pattern (&p, bound);
    g_array_append_val (out, p);
  }
  g_array_unref (op->pats);
  op->pats = out;
  op->est = n ? rows : 1;
  (void) any_bound;

  /* Filters: at the first level that binds all their variables. */
  if (op->exprs) {
    for (guint i = 0; i < op->exprs->len; i++) {
      NgExpr *e = g_ptr_array_index (op->exprs, i);
      g_autofree guint8 *vs = vs_new (plan);
      expr_vars (e, vs);
      g_autofree guint8 *b = g_memdup2 (pc, (gsize) plan->x.n_vars + 1);
      guint level = n ? n - 1 : 0;
      for (guint k = 0; k < n; k++) {
        bind_pattern (&g_array_index (op->pats, NgPattern, k), b);
        gboolean all = TRUE;
        for (int v = 0; v < plan->x.n_vars; v++)
          if (vs[v] && !b[v])
            all = FALSE;
        if (all) {
          level = k;
          break;
        }
      }
      if (n == 0) {
        /* An empty BGP cannot hold filters: keep them for exec. */
        continue;
      }
      NgPattern *p = &g_array_index (op->pats, NgPattern, level);
      if (!p->filters)
        p->filters = g_ptr_array_new ();
      g_ptr_array_add (p->filters, e);
      p->est *= 0.5; /* TUNING: filter selectivity */
    }
    if (n > 0)
      g_ptr_array_set_size (op->exprs, 0);
  }
}

/* ---- the plan object ------------------------------------------------ */

static void
extra_expr_free (gpointer data)
{
  NgExpr *e = data;
  g_free (e->args);
  g_free (e);
}

static void
op_free (gpointer data)
{
  NgOp *op = data;
  ng_exec_free_state (op);
  if (op->pats) {
    for (guint i = 0; i < op->pats->len; i++) {
      NgPattern *p = &g_array_index (op->pats, NgPattern, i);
      if (p->filters)
        g_ptr_array_free (p->filters, TRUE);
    }
    g_array_unref (op->pats);
  }
  if (op->exprs)
    g_ptr_array_free (op->exprs, TRUE);
  if (op->cols)
    g_array_unref (op->cols);
  if (op->rows)
    g_array_unref (op->rows);
  if (op->aggs)
    g_ptr_array_free (op->aggs, TRUE);
  g_free (op->maybe);
  g_free (op->certain);
  g_free (op->note);
  g_free (op);
}

gboolean
ng_plan_optimize (NgPlan *plan, GError **error)
{
  (void) error;
  compute_vars (plan, plan->root);
  g_autofree guint8 *none = vs_new (plan);
  plan->root = place (plan, plan->root, none, none);
  compute_vars (plan, plan->root);
  return TRUE;
}

NgPlan *
ng_plan_new (const NgQuery *q, NgStore *store, const NgPlanOptions *options, GError **error)
{
  g_return_val_if_fail (q && store, NULL);
  NgPlan *plan = g_new0 (NgPlan, 1);
  plan->q = q;
  plan->store = store;
  plan->ops = g_ptr_array_new_with_free_func (op_free);
  plan->extra_exprs = g_ptr_array_new_with_free_func (extra_expr_free);
  NgExec *x = &plan->x;
  x->store = store;
  x->q = q;
  x->explain = options && options->explain;
  if (options) {
    x->timeout = options->timeout;
    x->max_bytes = options->max_memory;
    x->max_path_depth = options->max_path_depth;
  }
  x->garbage = g_ptr_array_new_with_free_func (g_free);
  x->regex_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) g_regex_unref);
  ng_store_build (store);

  /* The dataset. */
  x->default_graphs = g_array_new (FALSE, FALSE, sizeof (NgTermId));
  GArray *graphs = ng_store_graphs (store);
  if (q->from->len || q->from_named->len) {
    for (guint i = 0; i < q->from->len; i++) {
      NgTermId g = ng_store_iri (store, g_ptr_array_index (q->from, i), -1);
      g_array_append_val (x->default_graphs, g);
    }
    x->named = g_hash_table_new (NULL, NULL);
    x->named_list = g_array_new (FALSE, FALSE, sizeof (NgTermId));
    for (guint i = 0; i < q->from_named->len; i++) {
      NgTermId g = ng_store_iri (store, g_ptr_array_index (q->from_named, i), -1);
      if (!g_hash_table_contains (x->named, GUINT_TO_POINTER (g))) {
        g_hash_table_add (x->named, GUINT_TO_POINTER (g));
        g_array_append_val (x->named_list, g);
      }
    }
  } else {
    x->union_default = !(options && options->strict_dataset);
    if (!x->union_default) {
      NgTermId d = NG_GRAPH_DEFAULT;
      g_array_append_val (x->default_graphs, d);
    }
    x->named_list = g_array_new (FALSE, FALSE, sizeof (NgTermId));
    for (guint i = 0; i < graphs->len; i++) {
      NgTermId g = g_array_index (graphs, NgTermId, i);
      if (g != NG_GRAPH_DEFAULT)
        g_array_append_val (x->named_list, g);
    }
  }
  g_array_unref (graphs);

  /* Constants of expressions become term ids once. */
  for (guint i = 0; i < q->exprs->len; i++) {
    NgExpr *e = g_ptr_array_index (q->exprs, i);
    if (e->op == NG_EX_CONST)
      e->id = ng_algebra_term_id (plan, &e->term);
  }
  plan->root = ng_algebra_translate (plan, error);
  x->n_vars = (int) q->vars->len; /* after translation: it adds hidden variables */
  if (!plan->root || !ng_plan_optimize (plan, error)) {
    ng_plan_free (plan);
    return NULL;
  }
  plan->row = g_new0 (NgTermId, x->n_vars + 1);
  plan->out = g_new0 (NgTermId, plan->columns->len + 1);
  return plan;
}

void
ng_plan_free (NgPlan *plan)
{
  if (!plan)
    return;
  g_ptr_array_free (plan->ops, TRUE);
  g_ptr_array_free (plan->extra_exprs, TRUE);
  if (plan->columns)
    g_array_unref (plan->columns);
  g_free (plan->row);
  g_free (plan->out);
  g_ptr_array_free (plan->x.garbage, TRUE);
  g_hash_table_unref (plan->x.regex_cache);
  g_array_unref (plan->x.default_graphs);
  if (plan->x.named)
    g_hash_table_unref (plan->x.named);
  if (plan->x.named_list)
    g_array_unref (plan->x.named_list);
  g_free (plan);
}

guint
ng_plan_n_columns (const NgPlan *plan)
{
  return plan->columns->len;
}

const char *
ng_plan_column (const NgPlan *plan, guint i)
{
  return g_ptr_array_index (plan->q->vars, g_array_index (plan->columns, int, i));
}

/* ---- explain -------------------------------------------------------- */

static void
append_slot (const NgPlan *plan, const NgSlot *s, GString *out)
{
  if (s->var >= 0) {
    const char *name = g_ptr_array_index (plan->q->vars, s->var);
    if (name[0] == ' ')
      g_string_append_printf (out, "?%s", name + 1);
    else
      g_string_append_printf (out, "?%s", name);
  } else if (s->var == NG_SLOT_DEFAULT) {
    g_string_append (out, "DEFAULT");
  } else {
    ng_term_append_ntriples (plan->store, s->id, out);
  }
}

static void
append_path (const NgPlan *plan, const NgPath *p, GString *out)
{
  switch (p->kind) {
  case NG_PATH_LINK:
    g_string_append_printf (out, "<%s>", p->iri.value);
    break;
  case NG_PATH_INV:
    g_string_append_c (out, '^');
    append_path (plan, p->a, out);
    break;
  case NG_PATH_SEQ:
  case NG_PATH_ALT:
    g_string_append_c (out, '(');
    append_path (plan, p->a, out);
    g_string_append (out, p->kind == NG_PATH_SEQ ? "/" : "|");
    append_path (plan, p->b, out);
    g_string_append_c (out, ')');
    break;
  case NG_PATH_STAR:
  case NG_PATH_PLUS:
  case NG_PATH_OPT:
    append_path (plan, p->a, out);
    g_string_append (out, p->kind == NG_PATH_STAR ? "*" : p->kind == NG_PATH_PLUS ? "+" : "?");
    break;
  case NG_PATH_NEG:
    g_string_append (out, "!(");
    for (guint i = 0; i < p->neg->len; i++) {
      if (i)
        g_string_append_c (out, '|');
      append_path (plan, g_ptr_array_index (p->neg, i), out);
    }
    g_string_append_c (out, ')');
    break;
  }
}

static const char *const op_names[] = {
  [NG_OP_UNIT] = "UNIT",     [NG_OP_EMPTY] = "EMPTY",       [NG_OP_BGP] = "BGP",
  [NG_OP_JOIN] = "JOIN",     [NG_OP_LEFTJOIN] = "OPTIONAL", [NG_OP_UNION] = "UNION",
  [NG_OP_MINUS] = "MINUS",   [NG_OP_FILTER] = "FILTER",     [NG_OP_EXTEND] = "BIND",
  [NG_OP_GRAPH] = "GRAPH",   [NG_OP_VALUES] = "VALUES",     [NG_OP_GROUP] = "GROUP",
  [NG_OP_ORDER] = "ORDER",   [NG_OP_DISTINCT] = "DISTINCT", [NG_OP_SLICE] = "SLICE",
  [NG_OP_HASH] = "HASH JOIN",
};

static void
rows_note (const NgPlan *plan, GString *out, double est, guint64 actual)
{
  g_string_append_printf (out, "  (est %.0f", est);
  if (plan->x.explain)
    g_string_append_printf (out, ", actual %" G_GUINT64_FORMAT, actual);
  g_string_append (out, ")\n");
}

static void
explain_op (const NgPlan *plan, const NgOp *op, int depth, GString *out)
{
  for (int i = 0; i < depth; i++)
    g_string_append (out, "  ");
  g_string_append (out, op_names[op->kind]);
  if (op->kind == NG_OP_EXTEND)
    g_string_append_printf (out, " ?%s", (const char *) g_ptr_array_index (plan->q->vars, op->var));
  if (op->kind == NG_OP_GRAPH) {
    g_string_append_c (out, ' ');
    append_slot (plan, &op->graph, out);
  }
  if (op->kind == NG_OP_SLICE)
    g_string_append_printf (out, " offset %" G_GINT64_FORMAT " limit %" G_GINT64_FORMAT,
                            op->offset, op->limit);
  if (op->kind == NG_OP_FILTER)
    g_string_append_printf (out, " (%u conditions)", op->exprs->len);
  if (op->note)
    g_string_append_printf (out, " [%s]", op->note);
  rows_note (plan, out, op->est, op->actual);
  if (op->kind == NG_OP_BGP) {
    for (guint i = 0; i < op->pats->len; i++) {
      const NgPattern *p = &g_array_index (op->pats, NgPattern, i);
      for (int k = 0; k <= depth; k++)
        g_string_append (out, "  ");
      g_string_append (out, p->path ? "path " : p->hashed ? "hash " : "scan ");
      append_slot (plan, &p->s, out);
      g_string_append_c (out, ' ');
      if (p->path)
        append_path (plan, p->path, out);
      else
        append_slot (plan, &p->p, out);
      g_string_append_c (out, ' ');
      append_slot (plan, &p->o, out);
      if (p->g.var != NG_SLOT_DEFAULT) {
        g_string_append (out, " graph ");
        append_slot (plan, &p->g, out);
      }
      if (p->filters)
        g_string_append_printf (out, " + %u filter%s", p->filters->len,
                                p->filters->len > 1 ? "s" : "");
      g_string_append_printf (out, "  (fanout %.1f", p->fanout);
      g_string_truncate (out, out->len);
      g_string_append_printf (out, ", est %.0f", p->est);
      if (plan->x.explain)
        g_string_append_printf (out, ", actual %" G_GUINT64_FORMAT, p->actual);
      g_string_append (out, ")\n");
    }
  }
  if (op->a)
    explain_op (plan, op->a, depth + 1, out);
  if (op->b)
    explain_op (plan, op->b, depth + 1, out);
}

void
ng_plan_explain (const NgPlan *plan, GString *out)
{
  explain_op (plan, plan->root, 0, out);
}

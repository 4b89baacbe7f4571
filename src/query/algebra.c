/* SPDX-License-Identifier: MIT */
/* algebra.c: the syntax tree to the SPARQL algebra (SPARQL 1.1, 18.2).
 *
 * A group becomes a left-deep chain of Join, LeftJoin, Minus and Extend in
 * source order with the group's filters on top (18.2.2.6); consecutive
 * triples become one BGP.  Property paths are split here: a plain IRI or
 * ^IRI is a triple pattern, a sequence introduces a hidden variable (both
 * halves stay in the BGP so the planner can order them), and the rest
 * (alternatives, *, +, ?, negated sets) stay path patterns.  GRAPH puts its
 * term into the graph slot of the patterns below it (the active graph is
 * lexical); plan.c decides whether that alone binds ?g.  The solution
 * modifiers follow 18.2.4: Group, Having, select expressions, VALUES,
 * OrderBy, Distinct, Slice.
 *
 * Constants are interned into the store here, so that later stages deal in
 * term ids only.
 */
#include "config.h"

#include <string.h>

#include "query/query-private.h"

NgOp *
ng_algebra_new_op (NgPlan *plan, NgOpKind kind)
{
  NgOp *op = g_new0 (NgOp, 1);
  op->kind = kind;
  op->var = -1;
  op->limit = -1;
  g_ptr_array_add (plan->ops, op);
  return op;
}

NgTermId
ng_algebra_term_id (NgPlan *plan, const NgAstTerm *t)
{
  switch (t->kind) {
  case NG_TERM_IRI:
    return ng_store_iri (plan->store, t->value, (gssize) t->len);
  case NG_TERM_BLANK:
    return ng_store_blank (plan->store, t->value, (gssize) t->len);
  case NG_TERM_LITERAL:
    return ng_store_literal (plan->store, t->value, (gssize) t->len, t->lang, t->datatype);
  default:
    return NG_TERM_NONE;
  }
}

static NgSlot
slot_of (NgPlan *plan, const NgAstSlot *s)
{
  NgSlot r = { NG_SLOT_CONST, NG_TERM_NONE };
  if (s->var >= 0)
    r.var = s->var;
  else
    r.id = ng_algebra_term_id (plan, &s->term);
  return r;
}

static NgOp *
binop (NgPlan *plan, NgOpKind kind, NgOp *a, NgOp *b)
{
  NgOp *op = ng_algebra_new_op (plan, kind);
  op->a = a;
  op->b = b;
  return op;
}

static void
add_pattern (NgOp *bgp, NgSlot s, NgSlot p, NgSlot o, NgPath *path)
{
  NgPattern pat;
  memset (&pat, 0, sizeof pat);
  pat.s = s;
  pat.p = p;
  pat.o = o;
  pat.g.var = NG_SLOT_DEFAULT;
  pat.path = path;
  pat.key_var = -1;
  g_array_append_val (bgp->pats, pat);
}

static void
resolve_path_ids (NgPlan *plan, NgPath *path)
{
  if (!path)
    return;
  if (path->kind == NG_PATH_LINK)
    path->id = ng_algebra_term_id (plan, &path->iri);
  resolve_path_ids (plan, path->a);
  resolve_path_ids (plan, path->b);
  if (path->neg)
    for (guint i = 0; i < path->neg->len; i++)
      resolve_path_ids (plan, g_ptr_array_index (path->neg, i));
}

/* Adds s path o to the BGP, splitting what can be plain triples. */
static void
add_path (NgPlan *plan, NgOp *bgp, NgSlot s, NgPath *path, NgSlot o)
{
  NgQuery *q = (NgQuery *) plan->q;
  switch (path->kind) {
  case NG_PATH_LINK: {
    NgSlot p = { NG_SLOT_CONST, ng_algebra_term_id (plan, &path->iri) };
    add_pattern (bgp, s, p, o, NULL);
    return;
  }
  case NG_PATH_INV:
    add_path (plan, bgp, o, path->a, s);
    return;
  case NG_PATH_SEQ: {
    NgSlot mid = { ng_query_hidden_var (q), 0 };
    add_path (plan, bgp, s, path->a, mid);
    add_path (plan, bgp, mid, path->b, o);
    return;
  }
  default:
    resolve_path_ids (plan, path);
    add_pattern (bgp, s, (NgSlot){ NG_SLOT_CONST, 0 }, o, path);
    return;
  }
}

static NgOp *
bgp_of_triples (NgPlan *plan, NgOp *bgp, const GArray *triples)
{
  if (!bgp) {
    bgp = ng_algebra_new_op (plan, NG_OP_BGP);
    bgp->pats = g_array_new (FALSE, TRUE, sizeof (NgPattern));
  }
  for (guint i = 0; i < triples->len; i++) {
    const NgAstTriple *t = &g_array_index (triples, NgAstTriple, i);
    NgSlot s = slot_of (plan, &t->s), o = slot_of (plan, &t->o);
    if (t->path)
      add_path (plan, bgp, s, t->path, o);
    else
      add_pattern (bgp, s, slot_of (plan, &t->p), o, NULL);
  }
  return bgp;
}

/* Sets the graph slot of every pattern below op (not below a nested
 * GRAPH, which has its own). */
static void
set_graph (NgOp *op, NgSlot g)
{
  if (!op)
    return;
  if (op->kind == NG_OP_BGP) {
    for (guint i = 0; i < op->pats->len; i++) {
      NgPattern *pat = &g_array_index (op->pats, NgPattern, i);
      if (pat->g.var == NG_SLOT_DEFAULT)
        pat->g = g;
    }
    return;
  }
  if (op->kind == NG_OP_GRAPH)
    return;
  set_graph (op->a, g);
  set_graph (op->b, g);
}

static NgOp *values_op (NgPlan *plan, const NgAstValues *v);

static NgOp *
join (NgPlan *plan, NgOp *g, NgOp *x)
{
  if (g->kind == NG_OP_UNIT)
    return x;
  if (x->kind == NG_OP_UNIT)
    return g;
  return binop (plan, NG_OP_JOIN, g, x);
}

static NgOp *
translate_group (NgPlan *plan, const NgGroup *group)
{
  NgOp *g = ng_algebra_new_op (plan, NG_OP_UNIT);
  GPtrArray *filters = NULL;
  for (guint i = 0; i < group->els->len; i++) {
    const NgElement *el = g_ptr_array_index (group->els, i);
    switch (el->kind) {
    case NG_EL_TRIPLES:
      /* Triples after triples (a FILTER between them does not count: it
       * moves to the end of the group) extend the same BGP. */
      if (g->kind == NG_OP_BGP)
        bgp_of_triples (plan, g, el->triples);
      else if (g->kind == NG_OP_JOIN && g->b->kind == NG_OP_BGP)
        bgp_of_triples (plan, g->b, el->triples);
      else
        g = join (plan, g, bgp_of_triples (plan, NULL, el->triples));
      break;
    case NG_EL_GROUP:
      g = join (plan, g, translate_group (plan, el->group));
      break;
    case NG_EL_UNION: {
      NgOp *u = translate_group (plan, g_ptr_array_index (el->kids, 0));
      for (guint k = 1; k < el->kids->len; k++)
        u = binop (plan, NG_OP_UNION, u, translate_group (plan, g_ptr_array_index (el->kids, k)));
      g = join (plan, g, u);
      break;
    }
    case NG_EL_OPTIONAL: {
      NgOp *a = translate_group (plan, el->group);
      NgOp *lj = binop (plan, NG_OP_LEFTJOIN, g, a);
      /* Only the OPTIONAL group's own filters become the condition, not
       * those of a group nested in it (W3C dawg-optional-filter-005). */
      gboolean own_filter = FALSE;
      for (guint k = 0; k < el->group->els->len; k++)
        own_filter |= ((NgElement *) g_ptr_array_index (el->group->els, k))->kind == NG_EL_FILTER;
      if (a->kind == NG_OP_FILTER && own_filter) {
        /* OPTIONAL { P FILTER(F) }: LeftJoin(G, P, F). */
        lj->b = a->a;
        NgExpr *f = g_ptr_array_index (a->exprs, 0);
        for (guint k = 1; k < a->exprs->len; k++) {
          NgExpr *and = g_new0 (NgExpr, 1);
          and->op = NG_EX_AND;
          and->var = -1;
          and->n_args = 2;
          and->args = g_new0 (NgExpr *, 3);
          and->args[0] = f;
          and->args[1] = g_ptr_array_index (a->exprs, k);
          g_ptr_array_add (plan->extra_exprs, and);
          f = and;
        }
        lj->expr = f;
      }
      g = lj;
      break;
    }
    case NG_EL_MINUS:
      g = binop (plan, NG_OP_MINUS, g, translate_group (plan, el->group));
      break;
    case NG_EL_GRAPH: {
      NgOp *inner = translate_group (plan, el->group);
      NgOp *gr = ng_algebra_new_op (plan, NG_OP_GRAPH);
      gr->graph = slot_of (plan, &el->graph);
      set_graph (inner, gr->graph);
      gr->a = inner;
      g = join (plan, g, gr);
      break;
    }
    case NG_EL_FILTER:
      if (!filters)
        filters = g_ptr_array_new ();
      g_ptr_array_add (filters, el->expr);
      break;
    case NG_EL_BIND: {
      NgOp *ex = ng_algebra_new_op (plan, NG_OP_EXTEND);
      ex->a = g;
      ex->var = el->var;
      ex->expr = el->expr;
      g = ex;
      break;
    }
    case NG_EL_VALUES:
      g = join (plan, g, values_op (plan, el->values));
      break;
    }
  }
  if (filters) {
    NgOp *f = ng_algebra_new_op (plan, NG_OP_FILTER);
    f->a = g;
    f->exprs = filters;
    g = f;
  }
  return g;
}

static NgOp *
values_op (NgPlan *plan, const NgAstValues *v)
{
  NgOp *op = ng_algebra_new_op (plan, NG_OP_VALUES);
  op->cols = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_vals (op->cols, v->vars, (guint) v->n_vars);
  op->rows = g_array_new (FALSE, TRUE, sizeof (NgTermId));
  for (guint i = 0; i < v->rows->len; i++) {
    const NgAstSlot *s = &g_array_index (v->rows, NgAstSlot, i);
    NgTermId id = s->term.value ? ng_algebra_term_id (plan, &s->term) : NG_TERM_NONE;
    g_array_append_val (op->rows, id);
  }
  return op;
}

static gboolean
expr_has_agg (const NgExpr *e)
{
  if (!e)
    return FALSE;
  if (e->op == NG_EX_AGG)
    return TRUE;
  for (int i = 0; i < e->n_args; i++)
    if (expr_has_agg (e->args[i]))
      return TRUE;
  return FALSE;
}

NgOp *
ng_algebra_translate (NgPlan *plan, GError **error)
{
  NgQuery *q = (NgQuery *) plan->q;
  (void) error;
  NgOp *g = translate_group (plan, q->where);

  /* Grouping: GROUP BY, or aggregates without it (one group). */
  gboolean has_agg = q->aggs->len > 0;
  for (guint i = 0; i < q->project->len && !has_agg; i++)
    has_agg = expr_has_agg (g_array_index (q->project, NgProjection, i).expr);
  if (q->group_by->len || has_agg) {
    NgOp *gr = ng_algebra_new_op (plan, NG_OP_GROUP);
    gr->a = g;
    gr->exprs = g_ptr_array_new ();
    gr->cols = g_array_new (FALSE, FALSE, sizeof (int));
    for (guint i = 0; i < q->group_by->len; i++) {
      NgExpr *e = g_ptr_array_index (q->group_by, i);
      int var = g_array_index (q->group_as, int, i);
      if (var < 0)
        var = e->op == NG_EX_VAR ? e->var : ng_query_hidden_var (q);
      g_ptr_array_add (gr->exprs, e);
      g_array_append_val (gr->cols, var);
    }
    gr->aggs = g_ptr_array_new ();
    for (guint i = 0; i < q->aggs->len; i++)
      g_ptr_array_add (gr->aggs, g_ptr_array_index (q->aggs, i));
    g = gr;
  }
  if (q->having->len) {
    NgOp *f = ng_algebra_new_op (plan, NG_OP_FILTER);
    f->a = g;
    f->exprs = g_ptr_array_new ();
    for (guint i = 0; i < q->having->len; i++)
      g_ptr_array_add (f->exprs, g_ptr_array_index (q->having, i));
    g = f;
  }
  for (guint i = 0; i < q->project->len; i++) {
    const NgProjection *pr = &g_array_index (q->project, NgProjection, i);
    if (!pr->expr)
      continue;
    NgOp *ex = ng_algebra_new_op (plan, NG_OP_EXTEND);
    ex->a = g;
    ex->var = pr->var;
    ex->expr = pr->expr;
    g = ex;
  }
  if (q->values)
    g = join (plan, g, values_op (plan, q->values));

  /* The output columns. */
  plan->columns = g_array_new (FALSE, FALSE, sizeof (int));
  if (q->form == NG_QUERY_SELECT && !q->select_star) {
    for (guint i = 0; i < q->project->len; i++)
      g_array_append_val (plan->columns, g_array_index (q->project, NgProjection, i).var);
  } else if (q->form == NG_QUERY_SELECT) {
    for (int v = 0; v < (int) q->vars->len; v++)
      if (ng_query_var_visible (q, v))
        g_array_append_val (plan->columns, v);
  }
  if (q->order->len) {
    NgOp *o = ng_algebra_new_op (plan, NG_OP_ORDER);
    o->a = g;
    o->order = q->order;
    g = o;
  }
  if (q->distinct && q->form == NG_QUERY_SELECT) {
    NgOp *d = ng_algebra_new_op (plan, NG_OP_DISTINCT);
    d->a = g;
    d->cols = g_array_copy (plan->columns);
    g = d;
  }
  if (q->limit >= 0 || q->offset > 0) {
    NgOp *s = ng_algebra_new_op (plan, NG_OP_SLICE);
    s->a = g;
    s->limit = q->limit;
    s->offset = q->offset;
    g = s;
  }
  return g;
}

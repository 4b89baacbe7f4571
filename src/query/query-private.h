/* SPDX-License-Identifier: MIT */
/* query-private.h: what the files of src/query/ share: tokens, the
 * algebra operators, the run-time context and expression values.
 *
 * Design.  The algebra (algebra.c) and the physical plan (plan.c) are one
 * tree of NgOp: algebra.c builds the SPARQL algebra of section 18.2 out of
 * the syntax tree, plan.c rewrites that tree in place into something that
 * runs well (orders each BGP, pushes filters into it, decides which joins
 * probe a hash table), and exec.c runs it with pull iterators.  Every
 * operator produces full-width rows: an array of NgTermId indexed by
 * variable, NG_TERM_NONE where unbound.  An operator is opened with a
 * parent row and yields only extensions of that row that are compatible
 * with it (a bind join: the parent's values act as constants), which is
 * only correct when the subtree cannot see the difference: plan.c checks
 * that (see "substitution" there) and otherwise puts a HASH operator in
 * between, which evaluates its child once on its own and joins.
 */
#ifndef NG_QUERY_PRIVATE_H
#define NG_QUERY_PRIVATE_H

#include <glib.h>

#include "query/ast.h"
#include "store/store.h"

G_BEGIN_DECLS

/* ---- lexer.c -------------------------------------------------------- */

typedef enum {
  NG_TOK_EOF, NG_TOK_IRI, NG_TOK_PNAME, NG_TOK_VAR, NG_TOK_BLANK, NG_TOK_STRING,
  NG_TOK_LANGTAG, NG_TOK_INTEGER, NG_TOK_DECIMAL, NG_TOK_DOUBLE, NG_TOK_WORD, NG_TOK_PUNCT,
} NgTokKind;

typedef struct {
  NgTokKind kind;
  char *text;        /**< value: IRI, local name, unescaped string, word (g_free) */
  gsize len;         /**< bytes in text */
  char *prefix;      /**< PNAME: the prefix (g_free) */
  int line, col;     /**< where the token starts (1-based) */
  gsize start, end;  /**< byte offsets in the source */
} NgToken;

typedef struct {
  const char *text;  /**< the source */
  gsize len;         /**< its length */
  gsize pos;         /**< next byte */
  int line, col;     /**< position of pos */
  GString *buf;      /**< scratch */
} NgLexer;

void ng_lexer_init (NgLexer *lx, const char *text, gsize len);
void ng_lexer_clear (NgLexer *lx);
/** Reads the next token into t (cleared first); FALSE on a lexical error. */
gboolean ng_lexer_next (NgLexer *lx, NgToken *t);
void ng_token_clear (NgToken *t);

/* ---- algebra and plan ----------------------------------------------- */

#define NG_SLOT_CONST (-1)   /**< NgSlot.var: the slot is the constant id */
#define NG_SLOT_DEFAULT (-2) /**< NgSlot.var: graph slot of the default graph */

typedef struct {
  int var;         /**< a variable, NG_SLOT_CONST or NG_SLOT_DEFAULT */
  NgTermId id;     /**< the constant */
} NgSlot;

/** One pattern of a BGP: a triple pattern, or a path pattern when path is
 * set (p unused then). */
typedef struct {
  NgSlot s, p, o, g;
  NgPath *path;        /**< property path, or NULL */
  GPtrArray *filters;  /**< NgExpr checked once this pattern matched (plan.c) */
  double est;          /**< estimated rows out of this level, all levels so far */
  double fanout;       /**< estimated matches per input row */
  guint64 actual;      /**< rows out of this level (explain) */
  gboolean hashed;     /**< matched by probing a hash table (plan.c) */
  int key_var;         /**< hashed: the variable probed */
  int key_pos;         /**< hashed: 0 s, 2 o */
} NgPattern;

typedef enum {
  NG_OP_UNIT,      /**< one empty solution */
  NG_OP_EMPTY,     /**< no solution */
  NG_OP_BGP,       /**< pats, filters */
  NG_OP_JOIN,      /**< a, b */
  NG_OP_LEFTJOIN,  /**< a, b, expr (or NULL) */
  NG_OP_UNION,     /**< a, b */
  NG_OP_MINUS,     /**< a, b */
  NG_OP_FILTER,    /**< a, exprs */
  NG_OP_EXTEND,    /**< a, var, expr */
  NG_OP_GRAPH,     /**< a, graph */
  NG_OP_VALUES,    /**< cols, rows */
  NG_OP_GROUP,     /**< a, exprs (keys), keyvars, aggs */
  NG_OP_ORDER,     /**< a, order */
  NG_OP_DISTINCT,  /**< a, cols (the projection) */
  NG_OP_SLICE,     /**< a, limit, offset */
  NG_OP_HASH,      /**< a evaluated once, then joined with each parent row */
} NgOpKind;

typedef struct NgOp NgOp;
struct NgOp {
  NgOpKind kind;
  NgOp *a, *b;         /**< operands */
  GArray *pats;        /**< BGP: NgPattern */
  NgExpr *expr;        /**< LEFTJOIN, EXTEND */
  GPtrArray *exprs;    /**< FILTER conditions; GROUP keys; BGP: filters not yet placed */
  int var;             /**< EXTEND */
  NgSlot graph;        /**< GRAPH */
  GArray *cols;        /**< VALUES, DISTINCT, GROUP keys' variables: int */
  GArray *rows;        /**< VALUES: NgTermId, cols->len per row */
  GPtrArray *aggs;     /**< GROUP: NgExpr AGG */
  GArray *order;       /**< ORDER: NgOrderKey */
  gint64 limit, offset;/**< SLICE (limit -1: none) */
  /* plan.c */
  guint8 *maybe;       /**< variables some solution may bind (n_vars bytes) */
  guint8 *certain;     /**< variables every solution binds */
  double est;          /**< estimated rows per open */
  guint64 actual;      /**< rows produced, summed over opens (explain) */
  guint64 n_opens;     /**< times opened (explain) */
  char *note;          /**< why the planner chose this (g_free) */
  /* exec.c */
  gpointer st;         /**< run-time state, by kind */
};

/** The run-time context of one plan. */
typedef struct {
  NgStore *store;
  const NgQuery *q;
  int n_vars;
  gboolean union_default;   /**< default graph = union of all graphs */
  GArray *default_graphs;   /**< else: its graphs (NgTermId), may be empty */
  GHashTable *named;        /**< named graphs allowed, or NULL: every named graph */
  GArray *named_list;       /**< the named graphs, sorted (GRAPH ?g iteration) */
  GPtrArray *garbage;       /**< strings made while evaluating (g_free) */
  gboolean explain;
  GHashTable *regex_cache;  /**< pattern+flags -> GRegex */
  /* Limits (NgPlanOptions; 0: none) and what they have counted. */
  double timeout;           /**< seconds */
  gint64 deadline;          /**< monotonic µs, set when evaluation starts */
  guint ticks;              /**< steps since the clock was last read */
  gsize max_bytes, bytes;   /**< intermediate results: limit and held now */
  guint max_path_depth;
  gboolean stopped;         /**< a limit was reached: every iterator ends */
  NgQueryError stop_code;   /**< which: _TIMEOUT, _MEMORY or _PATH */
} NgExec;

struct NgPlan {
  const NgQuery *q;
  NgStore *store;
  NgExec x;
  NgOp *root;
  GArray *columns;     /**< int: output variables */
  NgTermId *row;       /**< full-width working row */
  NgTermId *out;       /**< projected row handed out */
  gboolean opened;
  GPtrArray *ops;      /**< every NgOp, for freeing */
  GPtrArray *extra_exprs; /**< NgExpr made by the planner */
};

/* algebra.c */
NgOp *ng_algebra_new_op (NgPlan *plan, NgOpKind kind);
/** Translates the query's WHERE clause and modifiers into the algebra. */
NgOp *ng_algebra_translate (NgPlan *plan, GError **error);
/** Resolves a constant to an id, interning it in the store. */
NgTermId ng_algebra_term_id (NgPlan *plan, const NgAstTerm *t);

/* plan.c */
gboolean ng_plan_optimize (NgPlan *plan, GError **error);

/* exec.c */
void ng_exec_open (NgExec *x, NgOp *op, const NgTermId *parent);
gboolean ng_exec_next (NgExec *x, NgOp *op, NgTermId *row);
void ng_exec_free_state (NgOp *op);
/** Counts one step of evaluation; FALSE once a limit is reached (reads the
 * clock every 1024 steps only). */
static inline gboolean ng_exec_tick (NgExec *x);
void ng_exec_timeout_check (NgExec *x);
static inline gboolean
ng_exec_tick (NgExec *x)
{
  if (G_UNLIKELY ((++x->ticks & 1023) == 0) && x->deadline)
    ng_exec_timeout_check (x);
  return !x->stopped;
}
/** Adds delta bytes (may be negative) to the intermediate results held,
 * and to *held, the operator's share; FALSE once over the limit. */
gboolean ng_exec_account (NgExec *x, gsize *held, gssize delta);
/** Evaluates a property path from s (or any, NG_TERM_NONE) to o (or any)
 * in graph g (a constant, or NG_TERM_NONE for the default graph): pairs
 * (s, o) appended to out. */
void ng_exec_path (NgExec *x, const NgPath *path, NgTermId s, NgTermId o, NgTermId g,
                   GArray *out);

/* expr.c: values */
typedef enum {
  NG_V_ERROR, NG_V_UNBOUND, NG_V_IRI, NG_V_BLANK,
  NG_V_STRING,   /**< simple literal or xsd:string */
  NG_V_LANG,     /**< language-tagged string */
  NG_V_BOOL, NG_V_INT, NG_V_DEC, NG_V_FLOAT, NG_V_DOUBLE,
  NG_V_DATETIME, NG_V_DATE,
  NG_V_OTHER,    /**< a literal of another datatype */
} NgValueKind;

typedef struct {
  NgValueKind kind;
  NgTermId id;         /**< the term, when the value is one already */
  const char *str;     /**< lexical form, IRI or label */
  gsize len;
  const char *lang;    /**< LANG */
  const char *dt;      /**< OTHER, DATE, DATETIME: datatype IRI */
  double d;            /**< numbers (INT too), BOOL as 0/1 */
  gint64 i;            /**< INT */
} NgValue;

NgValue ng_value_of_term (const NgExec *x, NgTermId id);
NgValue ng_expr_eval (NgExec *x, const NgExpr *e, const NgTermId *row);
/** Effective boolean value: 1 true, 0 false, -1 error. */
int ng_value_ebv (const NgValue *v);
/** Filter test: TRUE when the expression's EBV is true. */
gboolean ng_expr_test (NgExec *x, const NgExpr *e, const NgTermId *row);
/** The term for a value, interned in the store; NONE for an error. */
NgTermId ng_value_intern (NgExec *x, const NgValue *v);
/** SPARQL's ORDER BY comparison of two terms (unbound first). */
int ng_order_compare (NgExec *x, NgTermId a, NgTermId b);
/** Frees the strings made while evaluating. */
void ng_exec_collect (NgExec *x);
/** Compares two values with '<' semantics: -1, 0, 1, or 2 when not
 * comparable (an error in a FILTER). */
int ng_value_compare (const NgValue *a, const NgValue *b);
/** Aggregation state helpers (used by exec.c's GROUP). */
typedef struct NgAggState NgAggState;
NgAggState *ng_agg_new (const NgExpr *agg);
void ng_agg_add (NgExec *x, NgAggState *st, const NgExpr *agg, const NgTermId *row);
NgTermId ng_agg_finish (NgExec *x, NgAggState *st, const NgExpr *agg);
void ng_agg_free (NgAggState *st);

/* Variable sets: one byte a variable. */
static inline gboolean
ng_vs_has (const guint8 *vs, int v)
{
  return vs && v >= 0 && vs[v];
}

G_END_DECLS

#endif /* NG_QUERY_PRIVATE_H */

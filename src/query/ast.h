/* SPDX-License-Identifier: MIT */
/* ast.h: the syntax tree the parser builds, shared by lexer.c, parser.c,
 * algebra.c, plan.c, exec.c, expr.c and results.c (private to src/query/).
 *
 * The tree keeps the query as written: a group is the list of its elements
 * in source order (triples, OPTIONAL, UNION, FILTER, BIND, ...).  algebra.c
 * turns it into the SPARQL algebra (query-private.h), which plan.c orders
 * and exec.c runs.  Terms stay strings here: nothing in the parser needs a
 * store.  Variables are small integers into NgQuery.vars; blank nodes and
 * the hidden variables of path sequences are variables whose names start
 * with a space, so that SELECT * never shows them.
 *
 * Everything hangs off the NgQuery and dies with ng_query_free().
 */
#ifndef NG_QUERY_AST_H
#define NG_QUERY_AST_H

#include <glib.h>

#include "query/query.h"

G_BEGIN_DECLS

#define NG_XSD "http://www.w3.org/2001/XMLSchema#"
#define NG_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

/** A constant term as written (after prefix expansion and unescaping). */
typedef struct {
  guint8 kind;     /**< NG_TERM_IRI, NG_TERM_BLANK (CONSTRUCT templates) or NG_TERM_LITERAL */
  char *value;     /**< IRI, label or lexical form (owned by the query) */
  gsize len;       /**< bytes in value (a literal may contain NULs) */
  char *lang;      /**< language tag or NULL */
  char *datatype;  /**< datatype IRI or NULL */
} NgAstTerm;

/** A term or a variable in a pattern. */
typedef struct {
  int var;         /**< variable index, or -1 for a constant */
  NgAstTerm term;  /**< the constant when var < 0 */
} NgAstSlot;

typedef enum {
  NG_PATH_LINK,    /**< an IRI */
  NG_PATH_INV,     /**< ^a */
  NG_PATH_SEQ,     /**< a / b */
  NG_PATH_ALT,     /**< a | b */
  NG_PATH_STAR,    /**< a* */
  NG_PATH_PLUS,    /**< a+ */
  NG_PATH_OPT,     /**< a? */
  NG_PATH_NEG,     /**< !(a|^b) */
} NgPathKind;

typedef struct NgPath NgPath;
struct NgPath {
  NgPathKind kind;
  NgAstTerm iri;   /**< LINK; for NEG the forward set is in kids as LINK/INV */
  NgPath *a, *b;   /**< operands (b only for SEQ, ALT) */
  GPtrArray *neg;  /**< NEG: NgPath LINK or INV(LINK) elements */
  guint32 id;      /**< LINK: the term id, filled by plan.c */
};

typedef struct {
  NgAstSlot s, o;
  NgAstSlot p;     /**< the predicate when path is NULL */
  NgPath *path;    /**< a property path other than a plain IRI, or NULL */
} NgAstTriple;

typedef enum {
  NG_EX_VAR, NG_EX_CONST,
  NG_EX_OR, NG_EX_AND, NG_EX_NOT,
  NG_EX_EQ, NG_EX_NE, NG_EX_LT, NG_EX_GT, NG_EX_LE, NG_EX_GE,
  NG_EX_ADD, NG_EX_SUB, NG_EX_MUL, NG_EX_DIV, NG_EX_NEG, NG_EX_POS,
  NG_EX_IN, NG_EX_NOTIN,
  NG_EX_CALL,      /**< a built-in function: func */
  NG_EX_AGG,       /**< an aggregate: func, distinct, sep */
} NgExprOp;

typedef enum {
  NG_FN_BOUND, NG_FN_ISIRI, NG_FN_ISBLANK, NG_FN_ISLITERAL, NG_FN_ISNUMERIC,
  NG_FN_STR, NG_FN_LANG, NG_FN_LANGMATCHES, NG_FN_DATATYPE, NG_FN_REGEX,
  NG_FN_CONTAINS, NG_FN_STRSTARTS, NG_FN_STRENDS, NG_FN_LCASE, NG_FN_UCASE,
  NG_FN_STRLEN, NG_FN_YEAR, NG_FN_MONTH, NG_FN_DAY, NG_FN_SAMETERM, NG_FN_IF,
  NG_FN_COALESCE, NG_FN_IRI, NG_FN_STRDT, NG_FN_STRLANG, NG_FN_CONCAT,
  NG_FN_SUBSTR, NG_FN_ABS, NG_FN_CEIL, NG_FN_FLOOR, NG_FN_ROUND,
  NG_FN_CAST,      /**< xsd:TYPE(x): the IRI in NgExpr.term */
  /* aggregates */
  NG_AGG_COUNT, NG_AGG_SUM, NG_AGG_MIN, NG_AGG_MAX, NG_AGG_AVG, NG_AGG_SAMPLE,
  NG_AGG_GROUP_CONCAT,
} NgFunc;

typedef struct NgExpr NgExpr;
struct NgExpr {
  NgExprOp op;
  NgFunc func;     /**< CALL, AGG */
  int var;         /**< VAR; AGG: the hidden variable holding its value */
  NgAstTerm term;  /**< CONST; CAST: the target datatype */
  guint32 id;      /**< CONST: term id, filled by plan.c */
  NgExpr **args;   /**< operands (NULL-terminated) */
  int n_args;      /**< number of operands; AGG COUNT(*) has 0 */
  gboolean distinct; /**< AGG DISTINCT */
  char *sep;       /**< GROUP_CONCAT separator (NULL: " ") */
  GRegex *regex;   /**< REGEX with constant pattern and flags, compiled once */
};

typedef enum {
  NG_EL_TRIPLES,   /**< a run of triples (and paths) */
  NG_EL_GROUP,     /**< { ... } */
  NG_EL_OPTIONAL,  /**< OPTIONAL { ... } */
  NG_EL_UNION,     /**< { } UNION { } ...: kids */
  NG_EL_MINUS,     /**< MINUS { ... } */
  NG_EL_GRAPH,     /**< GRAPH term { ... } */
  NG_EL_FILTER,    /**< FILTER expr */
  NG_EL_BIND,      /**< BIND (expr AS ?var) */
  NG_EL_VALUES,    /**< VALUES */
} NgElKind;

typedef struct NgGroup NgGroup;

/** A VALUES block: n_vars columns, rows of slots (var < 0 and term.value
 * NULL for UNDEF). */
typedef struct {
  int n_vars;
  int *vars;
  GArray *rows;    /**< NgAstSlot, n_vars per row */
} NgAstValues;

typedef struct {
  NgElKind kind;
  GArray *triples; /**< TRIPLES: NgAstTriple */
  NgGroup *group;  /**< GROUP, OPTIONAL, MINUS, GRAPH */
  GPtrArray *kids; /**< UNION: NgGroup */
  NgAstSlot graph; /**< GRAPH */
  NgExpr *expr;    /**< FILTER, BIND */
  int var;         /**< BIND */
  NgAstValues *values; /**< VALUES */
  int line, col;   /**< where the element starts */
} NgElement;

struct NgGroup {
  GPtrArray *els;  /**< NgElement, in source order */
};

/** One ORDER BY key. */
typedef struct {
  NgExpr *expr;
  gboolean desc;
} NgOrderKey;

/** A projected column: a variable, or (expr AS var). */
typedef struct {
  int var;
  NgExpr *expr;    /**< or NULL */
} NgProjection;

struct NgQuery {
  NgQueryForm form;
  char *name;          /**< for messages */
  char *base;          /**< BASE, or NULL */
  GPtrArray *prefixes; /**< flattened (prefix, iri) pairs */
  GPtrArray *vars;     /**< variable names (char *), index = variable */
  gboolean select_star;
  gboolean distinct, reduced;
  GArray *project;     /**< NgProjection */
  NgGroup *where;
  GArray *template;    /**< CONSTRUCT: NgAstTriple; DESCRIBE: NgAstSlot */
  GPtrArray *group_by; /**< NgExpr */
  GArray *group_as;    /**< int: variable for each GROUP BY (expr AS ?v), or -1 */
  GPtrArray *having;   /**< NgExpr */
  GArray *order;       /**< NgOrderKey */
  gint64 limit;        /**< -1: none */
  gint64 offset;
  GPtrArray *aggs;     /**< NgExpr AGG in the query, each with its hidden var */
  NgAstValues *values; /**< trailing VALUES, or NULL */
  GPtrArray *from, *from_named; /**< dataset IRIs (char *) */
  GPtrArray *exprs;    /**< every NgExpr, for freeing */
  GPtrArray *paths;    /**< every NgPath, for freeing */
  GPtrArray *groups;   /**< every NgGroup, for freeing */
  GStringChunk *strings; /**< term strings */
  int n_hidden;        /**< counter for hidden variable names */
};

/* parser.c */
int ng_query_var (NgQuery *q, const char *name);
int ng_query_hidden_var (NgQuery *q);
/** TRUE for a variable SELECT * and results show (not a blank node or a
 * hidden helper). */
gboolean ng_query_var_visible (const NgQuery *q, int var);

G_END_DECLS

#endif /* NG_QUERY_AST_H */

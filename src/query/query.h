/* SPDX-License-Identifier: MIT */
/* query.h: a SPARQL 1.1 subset over the in-memory store.
 *
 * The engine runs in four stages, one module each:
 *
 *   ng_query_parse()   lexer.c, parser.c   text -> syntax tree (ast.h)
 *   ng_plan_new()      algebra.c, plan.c   tree -> SPARQL algebra -> ordered plan
 *   ng_plan_next()     exec.c, expr.c      pull one solution at a time
 *   ng_results_write() results.c           the SPARQL result formats
 *
 * Dataset: by default the default graph of a query is the union of every
 * graph in the store (the triples outside any named graph and those of each
 * named graph, a triple present in several graphs counted once), as
 * Oxigraph's default_graph_as_union; GRAPH ?g ranges over the named graphs.
 * The extractor writes each article into its own named graph, so this is
 * what makes `?s ?p ?o` see everything.  NgPlanOptions.strict_dataset
 * gives SPARQL's standard dataset instead (default graph = the triples
 * outside named graphs), and FROM / FROM NAMED name the graphs explicitly.
 *
 * Executing a query may intern new terms (computed values, constants of the
 * query) into the store's dictionary; it never adds or removes quads.
 *
 * Ownership rule for this header: arguments are borrowed; a returned
 * pointer is owned by the object it came from unless its doc says
 * otherwise.  Errors are in NG_QUERY_ERROR.
 */
#ifndef NG_QUERY_H
#define NG_QUERY_H

#include <stdio.h>

#include <glib.h>

#include "store/store.h"

G_BEGIN_DECLS

#define NG_QUERY_ERROR (ng_query_error_quark ())
GQuark ng_query_error_quark (void);

typedef enum {
  NG_QUERY_ERROR_SYNTAX,      /**< "NAME:LINE:COL: error: expected X near 'Y'" */
  NG_QUERY_ERROR_UNSUPPORTED, /**< "not supported: FEATURE" */
  NG_QUERY_ERROR_WRITE,       /**< writing results failed */
  NG_QUERY_ERROR_TIMEOUT,     /**< evaluation ran past NgPlanOptions.timeout */
  NG_QUERY_ERROR_MEMORY,      /**< intermediate results passed NgPlanOptions.max_memory */
  NG_QUERY_ERROR_PATH,        /**< a * or + path went deeper than NgPlanOptions.max_path_depth */
} NgQueryError;

typedef enum {
  NG_QUERY_SELECT,
  NG_QUERY_ASK,
  NG_QUERY_CONSTRUCT,
  NG_QUERY_DESCRIBE,
} NgQueryForm;

typedef struct NgQuery NgQuery;

/** Parses a query of len bytes (-1: NUL-terminated).  name appears in error
 * messages ("q.rq", "<stdin>").  base (may be NULL) resolves relative IRIs
 * unless the query says BASE.  Returns a new query (ng_query_free) or NULL
 * with NG_QUERY_ERROR_SYNTAX or _UNSUPPORTED set. */
NgQuery *ng_query_parse (const char *text, gssize len, const char *name, const char *base,
                         GError **error);
/** Frees a query.  NULL is fine. */
void ng_query_free (NgQuery *query);
/** SELECT, ASK, CONSTRUCT or DESCRIBE. */
NgQueryForm ng_query_form (const NgQuery *query);
/** The FROM (named FALSE) or FROM NAMED IRIs of the query, in order; NULL
 * when there are none.  Owned by the query. */
const GPtrArray *ng_query_dataset (const NgQuery *query, gboolean named);
/** The PREFIX declarations as flattened (prefix, iri) pairs. */
const GPtrArray *ng_query_prefixes (const NgQuery *query);

typedef struct {
  gboolean strict_dataset; /**< default graph = triples outside named graphs */
  gboolean explain;        /**< count actual rows per operator */
  /* Limits (0: none).  When one is reached, evaluation stops: the plan
   * yields no more rows and ng_plan_check tells which limit it was. */
  double timeout;          /**< seconds of evaluation, from the first row asked for */
  gsize max_memory;        /**< bytes held by intermediate results: DISTINCT's seen
                                rows, ORDER BY's and GROUP BY's rows, the sides of
                                hash joins and MINUS, property-path pairs */
  guint max_path_depth;    /**< steps of a * or + path from one start */
} NgPlanOptions;

typedef struct NgPlan NgPlan;

/** Translates a query into an executable plan over store, ready to run.
 * options may be NULL.  The plan borrows query and store: both must outlive
 * it.  Returns NULL with NG_QUERY_ERROR_UNSUPPORTED for a feature outside
 * the subset. */
NgPlan *ng_plan_new (const NgQuery *query, NgStore *store, const NgPlanOptions *options,
                     GError **error);
/** Frees a plan and everything it held for the query.  NULL is fine. */
void ng_plan_free (NgPlan *plan);

/** Number of result columns of a SELECT (0 for other forms). */
guint ng_plan_n_columns (const NgPlan *plan);
/** The name of column i, without '?'. */
const char *ng_plan_column (const NgPlan *plan, guint i);

/** Pulls the next solution of a SELECT: *row points to n_columns term ids
 * (NG_TERM_NONE where unbound), owned by the plan and valid until the next
 * call.  Returns FALSE at the end. */
gboolean ng_plan_next (NgPlan *plan, const NgTermId **row);
/** FALSE, with NG_QUERY_ERROR_TIMEOUT, _MEMORY or _PATH set, when the
 * evaluation stopped at a limit of NgPlanOptions: the rows (or triples, or
 * ASK answer) produced so far are then incomplete.  Check it after the last
 * row. */
gboolean ng_plan_check (const NgPlan *plan, GError **error);
/** Runs an ASK: TRUE when the pattern has a solution. */
gboolean ng_plan_ask (NgPlan *plan);
/** Runs a CONSTRUCT or DESCRIBE: a new store (caller frees) holding the
 * resulting triples in its default graph. */
NgStore *ng_plan_graph (NgPlan *plan);

/** Appends the plan as indented text, one operator a line, with the
 * estimated rows and (after running, with options->explain) the actual
 * rows. */
void ng_plan_explain (const NgPlan *plan, GString *out);

typedef enum {
  NG_RESULTS_TABLE,
  NG_RESULTS_TSV,
  NG_RESULTS_CSV,
  NG_RESULTS_JSON,
  NG_RESULTS_XML,
} NgResultsFormat;

/** The format named name ("table", "tsv", "csv", "json", "xml"); FALSE if
 * unknown. */
gboolean ng_results_format_from_name (const char *name, NgResultsFormat *format);

/** Runs a SELECT or ASK plan and writes its results to out.  prefixes (may
 * be NULL: flattened pairs) abbreviate IRIs in the table format.  Sets
 * NG_QUERY_ERROR_WRITE on an I/O error. */
gboolean ng_results_write (NgPlan *plan, NgStore *store, NgResultsFormat format,
                           const GPtrArray *prefixes, FILE *out, GError **error);

/** Writes results that did not come from a plan (a remote endpoint's), in
 * the same formats as ng_results_write: an ASK's answer when boolean is not
 * NULL, else a SELECT's n_rows rows of n_columns term ids of store
 * (NG_TERM_NONE where unbound), row-major in rows, under the column names
 * columns (without '?'). */
gboolean ng_results_write_rows (NgStore *store, const char *const *columns, guint n_columns,
                                const NgTermId *rows, gsize n_rows, const gboolean *boolean,
                                NgResultsFormat format, const GPtrArray *prefixes, FILE *out,
                                GError **error);

G_END_DECLS

#endif /* NG_QUERY_H */

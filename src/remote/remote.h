/* SPDX-License-Identifier: MIT */
/* remote.h: SPARQL queries against a remote endpoint (SPARQL 1.1 Protocol).
 *
 * The query text is sent as is (HTTP POST, application/x-www-form-urlencoded
 * "query=..."), so the endpoint may use any SPARQL the local engine lacks.
 * SELECT and ASK answers are asked for as application/sparql-results+json
 * and parsed (json-glib) into the terms of an NgStore and rows of term ids,
 * which the query module's writers print (ng_results_write_rows) in the
 * same formats as local results.  CONSTRUCT and DESCRIBE answers are asked
 * for as Turtle or N-Triples and loaded into an NgStore (rdfio).
 *
 * Depends on store, query (NgQueryForm) and rdfio; HTTP by libsoup-3.0.
 * Ownership: arguments are borrowed; a returned NgRemoteResult is the
 * caller's (ng_remote_result_free).  Errors are in NG_REMOTE_ERROR.
 */
#ifndef NG_REMOTE_H
#define NG_REMOTE_H

#include <glib.h>

#include "query/query.h"
#include "store/store.h"

G_BEGIN_DECLS

#define NG_REMOTE_ERROR (ng_remote_error_quark ())
GQuark ng_remote_error_quark (void);

typedef enum {
  NG_REMOTE_ERROR_URL,      /**< the endpoint is not an http(s) URL */
  NG_REMOTE_ERROR_CONNECT,  /**< no connection (refused, unknown host, ...) */
  NG_REMOTE_ERROR_TIMEOUT,  /**< no complete answer within the timeout */
  NG_REMOTE_ERROR_HTTP,     /**< an HTTP status other than 2xx */
  NG_REMOTE_ERROR_RESPONSE, /**< an answer that is not valid results */
} NgRemoteError;

/** The answer of an endpoint. */
typedef struct {
  NgQueryForm form;  /**< as asked */
  NgStore *store;    /**< the terms of rows, or the graph of CONSTRUCT/DESCRIBE */
  GPtrArray *columns; /**< SELECT: the variable names (char *, without '?') */
  GArray *rows;      /**< SELECT: NgTermId, columns->len a row (NG_TERM_NONE unbound) */
  gboolean boolean;  /**< ASK: the answer */
} NgRemoteResult;

/** Frees a result.  NULL is fine. */
void ng_remote_result_free (NgRemoteResult *result);

/** The form of a query, found by its first SELECT, ASK, CONSTRUCT or
 * DESCRIBE keyword (outside comments, IRIs and strings), for queries the
 * local parser does not accept.  FALSE when there is none. */
gboolean ng_remote_guess_form (const char *text, NgQueryForm *form);

/** Parses application/sparql-results+json (SPARQL 1.1, and SPARQL 1.0's
 * "typed-literal") into result (its form must be SELECT or ASK; store,
 * columns and rows are filled).  Sets NG_REMOTE_ERROR_RESPONSE. */
gboolean ng_remote_parse_json (const char *data, gsize len, NgRemoteResult *result,
                               GError **error);

/** Sends query (a complete SPARQL query of the form form) to endpoint and
 * returns its parsed answer, or NULL with an error whose message says what
 * went wrong: for an HTTP error the status, its reason and the first lines
 * of the server's message.  timeout: seconds that each network step
 * (connecting, sending, waiting for the next bytes of the answer) may take,
 * 0 for no limit. */
NgRemoteResult *ng_remote_query (const char *endpoint, const char *query, NgQueryForm form,
                                 guint timeout, GError **error);

G_END_DECLS

#endif /* NG_REMOTE_H */

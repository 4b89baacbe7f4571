/* SPDX-License-Identifier: MIT */
/* query-common.h: the fixed store of fuzz-query.c and fuzz-results.c. */
#ifndef NG_FUZZ_QUERY_COMMON_H
#define NG_FUZZ_QUERY_COMMON_H

#include "fuzz.h"
#include "rdfio/rdfio.h"

/* The store holding ng_fuzz_graph_trig, loaded once and kept (queries
 * intern terms into it but never add quads, which the harnesses check). */
static NgStore *
fixed_store (void)
{
  static NgStore *store;
  if (!store) {
    GError *error = NULL;
    store = ng_store_new ();
    if (!ng_rdf_load_data (store, ng_fuzz_graph_trig, sizeof ng_fuzz_graph_trig - 1,
                           NG_SYNTAX_TRIG, "http://example.org/", "graph", &error))
      g_error ("fixed graph: %s", error->message);
  }
  return store;
}

#endif

/* SPDX-License-Identifier: MIT */
/* fuzz.h: what the harnesses share.  Each fuzz-NAME.c defines the libFuzzer
 * entry point; built with --enable-fuzzing it links with -fsanitize=fuzzer,
 * otherwise with replay.c, which feeds it every file of the directories
 * given (the seeds and the regression inputs), so `make check` replays them.
 */
#ifndef NG_FUZZ_H
#define NG_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <glib.h>

#include "store/store.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Discards GLib's messages (warnings of the code under test would be noise
 * on every input) once per process. */
static inline void
ng_fuzz_quiet (void)
{
  static gboolean done;
  if (!done) {
    g_log_set_writer_func (g_log_writer_default, NULL, NULL);
    g_setenv ("G_MESSAGES_DEBUG", "", TRUE);
    done = TRUE;
  }
}

/* A stream that discards what is written but still goes through stdio, so
 * every byte a writer produces is formatted.  Caller fcloses. */
static inline FILE *
ng_fuzz_sink (void)
{
  FILE *f = fopen ("/dev/null", "w");
  g_assert (f != NULL);
  return f;
}

/* The small fixed graph the query harnesses run on: people, organizations,
 * a membership, literals of several datatypes and languages, a named graph
 * and a blank node, so most operators have something to join on. */
static const char ng_fuzz_graph_trig[] =
  "@prefix ex: <http://example.org/> .\n"
  "@prefix schema: <http://schema.org/> .\n"
  "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
  "@prefix org: <http://www.w3.org/ns/org#> .\n"
  "ex:alice a schema:Person ; schema:name \"Alice Chen\"@en, \"陈爱丽\"@zh ;\n"
  "  schema:age 34 ; schema:knows ex:bob ; schema:worksFor ex:acme .\n"
  "ex:bob a schema:Person ; schema:name \"Bob\" ; schema:age \"41\"^^xsd:integer ;\n"
  "  schema:knows ex:carol .\n"
  "ex:carol a schema:Person ; schema:name \"Carol\"@en ; schema:height 1.68 ;\n"
  "  schema:knows ex:alice .\n"
  "ex:acme a schema:Organization ; schema:name \"ACME Ltd\" ;\n"
  "  schema:foundingDate \"1999-05-01\"^^xsd:date ; schema:employees 12.5e2 .\n"
  "_:m a org:Membership ; org:member ex:bob ; org:organization ex:acme ; org:role \"CEO\" .\n"
  "ex:g1 { ex:summit a schema:Event ; schema:name \"Summit\" ; schema:location ex:paris ;\n"
  "  schema:startDate \"2026-11-20T09:00:00Z\"^^xsd:dateTime ; schema:organizer ex:acme .\n"
  "  ex:paris a schema:Place ; schema:name \"Paris\"@fr, \"巴黎\"@zh ; ex:ok true . }\n";

/* The number of distinct (s, p, o) of the store, whatever their graph: what
 * a triple-only round trip must give back. */
static inline gsize
ng_fuzz_distinct_triples (NgStore *store)
{
  gsize n;
  const NgQuad *q = ng_store_quads (store, &n);
  GHashTable *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (gsize i = 0; i < n; i++)
    g_hash_table_add (seen, g_strdup_printf ("%u %u %u", (guint) q[i].s, (guint) q[i].p,
                                             (guint) q[i].o));
  gsize count = g_hash_table_size (seen);
  g_hash_table_unref (seen);
  return count;
}

#endif /* NG_FUZZ_H */

/* SPDX-License-Identifier: MIT */
/* test-remote.c: the remote module without a network: SPARQL JSON results
 * parsed into terms and rows, written back through the query module's
 * writers, and the form of a query found by its keyword. */
#include "config.h"

#include <string.h>

#include "remote/remote.h"

static const char select_json[]
    = "{ \"head\": { \"vars\": [ \"s\", \"o\" ] }, \"results\": { \"bindings\": ["
      "{ \"s\": { \"type\": \"uri\", \"value\": \"http://example.org/a\" },"
      "  \"o\": { \"type\": \"literal\", \"value\": \"chat\", \"xml:lang\": \"FR\" } },"
      "{ \"s\": { \"type\": \"bnode\", \"value\": \"nodeID://b7\" } },"
      "{ \"o\": { \"type\": \"typed-literal\", \"value\": \"x\","
      "  \"datatype\": \"http://www.w3.org/2001/XMLSchema#string\" } } ] } }";

static void
test_parse_select (void)
{
  NgRemoteResult *r = g_new0 (NgRemoteResult, 1);
  r->form = NG_QUERY_SELECT;
  GError *error = NULL;
  g_assert_true (ng_remote_parse_json (select_json, strlen (select_json), r, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (r->columns->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (r->columns, 1), ==, "o");
  g_assert_cmpuint (r->rows->len, ==, 6);
  NgTermId *ids = (NgTermId *) r->rows->data;
  g_assert_cmpint (ng_term_kind (r->store, ids[0]), ==, NG_TERM_IRI);
  g_assert_cmpstr (ng_term_lang (r->store, ids[1]), ==, "fr");
  g_assert_cmpint (ng_term_kind (r->store, ids[2]), ==, NG_TERM_BLANK);
  g_assert_cmpstr (ng_term_value (r->store, ids[2], NULL), ==, "b7");
  g_assert_cmpuint (ids[3], ==, NG_TERM_NONE);
  g_assert_cmpuint (ids[4], ==, NG_TERM_NONE);
  /* xsd:string is the plain literal */
  g_assert_null (ng_term_datatype (r->store, ids[5]));

  /* Written back as CSV by the query module's writer. */
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);
  g_assert_true (ng_results_write_rows (r->store, (const char *const *) r->columns->pdata, 2,
                                        ids, 3, NULL, NG_RESULTS_CSV, NULL, f, &error));
  fclose (f);
  g_assert_cmpstr (buf, ==, "s,o\r\nhttp://example.org/a,chat\r\n_:b7,\r\n,x\r\n");
  free (buf);
  ng_remote_result_free (r);
}

static void
test_parse_ask (void)
{
  static const char *const answers[][2]
      = { { "{ \"head\": {}, \"boolean\": true }", "1" },
          { "{ \"boolean\": false }", "0" },
          { "{ \"head\": { \"vars\": [\"__ASK_RETVAL\"] }, \"results\": { \"bindings\": [ "
            "{ \"__ASK_RETVAL\": { \"type\": \"typed-literal\", \"value\": \"1\" } } ] } }",
            "1" } };
  for (gsize i = 0; i < G_N_ELEMENTS (answers); i++) {
    NgRemoteResult *r = g_new0 (NgRemoteResult, 1);
    r->form = NG_QUERY_ASK;
    g_assert_true (ng_remote_parse_json (answers[i][0], strlen (answers[i][0]), r, NULL));
    g_assert_cmpint (r->boolean, ==, answers[i][1][0] == '1');
    ng_remote_result_free (r);
  }
  static const char *const bad[] = { "{}", "{ \"boolean\": \"yes\" }", "{ \"head\": [] }" };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++) {
    NgRemoteResult *r = g_new0 (NgRemoteResult, 1);
    r->form = NG_QUERY_ASK;
    g_assert_false (ng_remote_parse_json (bad[i], strlen (bad[i]), r, NULL));
    ng_remote_result_free (r);
  }
}

static void
test_parse_bad (void)
{
  static const char *const bad[] = {
    "", "[1, 2]", "{}", "{ \"head\": 3, \"results\": [] }",
    "{ \"head\": { \"vars\": [\"s\"] } }",
    "{ \"head\": { \"vars\": [3] }, \"results\": { \"bindings\": [] } }",
    "{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"bindings\": [ 4 ] } }",
    "{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"bindings\": [ { \"s\": "
    "{ \"type\": \"uri\" } } ] } }",
    "{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"bindings\": [ { \"s\": "
    "{ \"type\": {}, \"value\": [] } } ] } }",
    "{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"bindings\": [ { \"s\": 3 } ] } }",
    "{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"bindings\": [ { \"s\": "
    "{ \"type\": \"triple\", \"value\": \"x\" } } ] } }",
    "{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"bindi",
  };
  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++) {
    NgRemoteResult *r = g_new0 (NgRemoteResult, 1);
    r->form = NG_QUERY_SELECT;
    GError *error = NULL;
    g_assert_false (ng_remote_parse_json (bad[i], strlen (bad[i]), r, &error));
    g_assert_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_RESPONSE);
    g_error_free (error);
    ng_remote_result_free (r);
  }
}

static void
test_guess_form (void)
{
  NgQueryForm f;
  g_assert_true (ng_remote_guess_form ("PREFIX s: <http://x/select#> # ask\n"
                                       "SeLeCt * { ?s ?p \"construct\" }", &f));
  g_assert_cmpint (f, ==, NG_QUERY_SELECT);
  g_assert_true (ng_remote_guess_form ("BASE <http://x/> construct { } where { }", &f));
  g_assert_cmpint (f, ==, NG_QUERY_CONSTRUCT);
  g_assert_true (ng_remote_guess_form ("ASK{}", &f));
  g_assert_cmpint (f, ==, NG_QUERY_ASK);
  g_assert_true (ng_remote_guess_form ("describe <http://x/>", &f));
  g_assert_cmpint (f, ==, NG_QUERY_DESCRIBE);
  g_assert_false (ng_remote_guess_form ("PREFIX select: <http://x/> # ASK", &f));
}

static void
test_bad_url (void)
{
  GError *error = NULL;
  g_assert_null (ng_remote_query ("file:///etc/passwd", "ASK {}", NG_QUERY_ASK, 1, &error));
  g_assert_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_URL);
  g_error_free (error);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/remote/parse-select", test_parse_select);
  g_test_add_func ("/remote/parse-ask", test_parse_ask);
  g_test_add_func ("/remote/parse-bad", test_parse_bad);
  g_test_add_func ("/remote/guess-form", test_guess_form);
  g_test_add_func ("/remote/bad-url", test_bad_url);
  return g_test_run ();
}

/* SPDX-License-Identifier: MIT */
/* remote.c: the SPARQL 1.1 Protocol client (libsoup-3.0) and the parser
 * of SPARQL JSON results (json-glib).  See remote.h. */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "rdfio/rdfio.h"
#include "remote/remote.h"

G_DEFINE_QUARK (ng-remote-error-quark, ng_remote_error)

#define NG_RDF_LANG_STRING "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
#define MESSAGE_LINES 5 /* lines of a server's error message shown */

void
ng_remote_result_free (NgRemoteResult *r)
{
  if (!r)
    return;
  ng_store_free (r->store);
  if (r->columns)
    g_ptr_array_unref (r->columns);
  if (r->rows)
    g_array_unref (r->rows);
  g_free (r);
}

/* ---- the form of a query -------------------------------------------- */

gboolean
ng_remote_guess_form (const char *text, NgQueryForm *form)
{
  static const struct {
    const char *word;
    NgQueryForm form;
  } words[] = { { "select", NG_QUERY_SELECT },
                { "ask", NG_QUERY_ASK },
                { "construct", NG_QUERY_CONSTRUCT },
                { "describe", NG_QUERY_DESCRIBE } };
  const char *p = text;
  while (*p) {
    if (*p == '#') {
      while (*p && *p != '\n')
        p++;
    } else if (*p == '<') {
      /* An IRI (no spaces inside) or the operator '<'. */
      const char *e = p + 1;
      while (*e && *e != '>' && !g_ascii_isspace (*e))
        e++;
      p = *e == '>' ? e + 1 : p + 1;
    } else if (*p == '"' || *p == '\'') {
      char q = *p++;
      while (*p && *p != q) {
        if (*p == '\\' && p[1])
          p++;
        p++;
      }
      if (*p)
        p++;
    } else if (g_ascii_isalpha (*p)) {
      const char *s = p;
      while (g_ascii_isalnum (*p) || *p == '_' || *p == ':' || *p == '-')
        p++;
      for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
        if ((gsize) (p - s) == strlen (words[i].word)
            && !g_ascii_strncasecmp (s, words[i].word, (gsize) (p - s))) {
          *form = words[i].form;
          return TRUE;
        }
    } else {
      p++;
    }
  }
  return FALSE;
}

/* ---- SPARQL JSON results -------------------------------------------- */

static gboolean
bad (GError **error, const char *what)
{
  g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_RESPONSE,
               "not SPARQL JSON results: %s", what);
  return FALSE;
}

/* json-glib's getters warn on a missing member or one of another type:
 * these return NULL instead. */
static JsonObject *
member_object (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  return n && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
}

static JsonArray *
member_array (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  return n && JSON_NODE_HOLDS_ARRAY (n) ? json_node_get_array (n) : NULL;
}

static const char *
member_string (JsonObject *o, const char *name)
{
  JsonNode *n = json_object_get_member (o, name);
  return n && json_node_get_value_type (n) == G_TYPE_STRING ? json_node_get_string (n) : NULL;
}

/* The term of one binding object: { "type": ..., "value": ..., ... }. */
static NgTermId
json_term (NgStore *st, JsonNode *node, GError **error)
{
  if (!JSON_NODE_HOLDS_OBJECT (node)) {
    bad (error, "a binding is not an object");
    return NG_TERM_NONE;
  }
  JsonObject *o = json_node_get_object (node);
  const char *type = member_string (o, "type");
  JsonNode *vn = json_object_get_member (o, "value");
  if (!type || !vn || json_node_get_value_type (vn) != G_TYPE_STRING) {
    bad (error, "a binding lacks its type or value");
    return NG_TERM_NONE;
  }
  const char *value = json_node_get_string (vn);
  if (!strcmp (type, "uri"))
    return ng_store_iri (st, value, -1);
  if (!strcmp (type, "bnode")) {
    /* Virtuoso names blank nodes "nodeID://b123". */
    if (g_str_has_prefix (value, "nodeID://"))
      value += strlen ("nodeID://");
    return ng_store_blank (st, value, -1);
  }
  if (strcmp (type, "literal") && strcmp (type, "typed-literal")) {
    g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_RESPONSE,
                 "not SPARQL JSON results: unknown term type '%s'", type);
    return NG_TERM_NONE;
  }
  const char *lang = member_string (o, "xml:lang");
  const char *dt = member_string (o, "datatype");
  if (lang && *lang)
    dt = NULL;
  else if (dt && !strcmp (dt, NG_RDF_LANG_STRING))
    dt = NULL;
  return ng_store_literal (st, value, -1, lang && *lang ? lang : NULL, dt);
}

gboolean
ng_remote_parse_json (const char *data, gsize len, NgRemoteResult *r, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  GError *jerr = NULL;
  if (!json_parser_load_from_data (parser, data, (gssize) len, &jerr)) {
    g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_RESPONSE,
                 "not SPARQL JSON results: %s", jerr->message);
    g_error_free (jerr);
    return FALSE;
  }
  JsonNode *root = json_parser_get_root (parser);
  if (!root || !JSON_NODE_HOLDS_OBJECT (root))
    return bad (error, "the document is not an object");
  JsonObject *top = json_node_get_object (root);
  if (!r->store)
    r->store = ng_store_new ();

  if (r->form == NG_QUERY_ASK) {
    JsonNode *b = json_object_get_member (top, "boolean");
    if (b && json_node_get_value_type (b) == G_TYPE_BOOLEAN) {
      r->boolean = json_node_get_boolean (b);
      return TRUE;
    }
    /* Virtuoso 7.2 answers an ASK as a SELECT of one variable
     * __ASK_RETVAL bound to 1 or 0. */
    NgRemoteResult sel = { NG_QUERY_SELECT, r->store, NULL, NULL, FALSE };
    gboolean ok = ng_remote_parse_json (data, len, &sel, NULL);
    ok = ok && sel.columns->len == 1
         && !g_ascii_strcasecmp (g_ptr_array_index (sel.columns, 0), "__ask_retval")
         && sel.rows->len <= 1;
    if (ok) {
      NgTermId v = sel.rows->len ? g_array_index (sel.rows, NgTermId, 0) : NG_TERM_NONE;
      r->boolean = v && strcmp (ng_term_value (r->store, v, NULL), "0") != 0;
    }
    if (sel.columns)
      g_ptr_array_unref (sel.columns);
    if (sel.rows)
      g_array_unref (sel.rows);
    return ok ? TRUE : bad (error, "no \"boolean\" in the answer to an ASK");
  }

  JsonObject *head = member_object (top, "head");
  JsonArray *vars = head ? member_array (head, "vars") : NULL;
  JsonObject *results = member_object (top, "results");
  JsonArray *bindings = results ? member_array (results, "bindings") : NULL;
  if (!vars || !bindings)
    return bad (error, "no \"head\".\"vars\" or \"results\".\"bindings\"");
  if (!r->columns)
    r->columns = g_ptr_array_new_with_free_func (g_free);
  if (!r->rows)
    r->rows = g_array_new (FALSE, TRUE, sizeof (NgTermId));
  guint nc = json_array_get_length (vars);
  for (guint c = 0; c < nc; c++) {
    JsonNode *v = json_array_get_element (vars, c);
    if (json_node_get_value_type (v) != G_TYPE_STRING)
      return bad (error, "a variable name is not a string");
    g_ptr_array_add (r->columns, g_strdup (json_node_get_string (v)));
  }
  guint nr = json_array_get_length (bindings);
  for (guint i = 0; i < nr; i++) {
    JsonNode *rn = json_array_get_element (bindings, i);
    if (!JSON_NODE_HOLDS_OBJECT (rn))
      return bad (error, "a solution is not an object");
    JsonObject *row = json_node_get_object (rn);
    guint base = r->rows->len;
    g_array_set_size (r->rows, base + nc);
    for (guint c = 0; c < nc; c++) {
      JsonNode *t = json_object_get_member (row, g_ptr_array_index (r->columns, c));
      if (!t)
        continue;
      NgTermId id = json_term (r->store, t, error);
      if (!id)
        return FALSE;
      g_array_index (r->rows, NgTermId, base + c) = id;
    }
  }
  return TRUE;
}

/* ---- HTTP ------------------------------------------------------------ */

/* The first lines of a server's message, markup stripped roughly. */
static char *
message_excerpt (GBytes *body)
{
  gsize len;
  const char *data = body ? g_bytes_get_data (body, &len) : NULL;
  if (!data || !len)
    return g_strdup ("(no message)");
  g_autofree char *text = g_utf8_make_valid (data, (gssize) MIN (len, 4096));
  GString *out = g_string_new (NULL);
  int lines = 0;
  gboolean tag = FALSE;
  GString *line = g_string_new (NULL);
  for (const char *p = text;; p++) {
    if (*p == '<')
      tag = TRUE;
    else if (*p == '>' && tag)
      tag = FALSE;
    else if (*p == '\n' || !*p) {
      g_strstrip (line->str);
      if (*line->str) {
        g_string_append_printf (out, "%s  %s", out->len ? "\n" : "", line->str);
        lines++;
      }
      g_string_truncate (line, 0);
      if (!*p || lines >= MESSAGE_LINES)
        break;
    } else if (!tag && *p != '\r')
      g_string_append_c (line, *p);
  }
  g_string_free (line, TRUE);
  if (!out->len)
    g_string_append (out, "  (no message)");
  return g_string_free (out, FALSE);
}

static NgSyntax
syntax_of (const char *content_type)
{
  if (!content_type)
    return NG_SYNTAX_UNKNOWN;
  static const struct {
    const char *type;
    NgSyntax syntax;
  } types[] = { { "text/turtle", NG_SYNTAX_TURTLE },
                { "application/x-turtle", NG_SYNTAX_TURTLE },
                { "application/n-triples", NG_SYNTAX_NTRIPLES },
                { "text/plain", NG_SYNTAX_NTRIPLES },
                { "application/n-quads", NG_SYNTAX_NQUADS },
                { "application/trig", NG_SYNTAX_TRIG },
                { "application/rdf+xml", NG_SYNTAX_RDFXML } };
  for (gsize i = 0; i < G_N_ELEMENTS (types); i++)
    if (!g_ascii_strcasecmp (content_type, types[i].type))
      return types[i].syntax;
  return NG_SYNTAX_UNKNOWN;
}

NgRemoteResult *
ng_remote_query (const char *endpoint, const char *query, NgQueryForm form, guint timeout,
                 GError **error)
{
  GError *err = NULL;
  g_autoptr (GUri) uri = g_uri_parse (endpoint, SOUP_HTTP_URI_FLAGS, &err);
  if (!uri || (g_strcmp0 (g_uri_get_scheme (uri), "http")
               && g_strcmp0 (g_uri_get_scheme (uri), "https"))) {
    g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_URL, "%s: not an http(s) URL%s%s",
                 endpoint, err ? ": " : "", err ? err->message : "");
    g_clear_error (&err);
    return NULL;
  }
  gboolean graph = form == NG_QUERY_CONSTRUCT || form == NG_QUERY_DESCRIBE;
  g_autoptr (SoupSession) session
      = soup_session_new_with_options ("timeout", timeout, "idle-timeout", timeout, NULL);
  soup_session_set_user_agent (session, PACKAGE_NAME "/" PACKAGE_VERSION);
  GHashTable *form_data = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (form_data, (gpointer) "query", (gpointer) query);
  g_autoptr (SoupMessage) msg
      = soup_message_new_from_encoded_form ("POST", endpoint, soup_form_encode_hash (form_data));
  g_hash_table_unref (form_data);
  if (!msg) {
    g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_URL, "%s: not a valid URL", endpoint);
    return NULL;
  }
  soup_message_headers_replace (
      soup_message_get_request_headers (msg), "Accept",
      graph ? "text/turtle, application/n-triples;q=0.9, application/rdf+xml;q=0.5"
            : "application/sparql-results+json, application/json;q=0.9");
  g_autoptr (GBytes) body = soup_session_send_and_read (session, msg, NULL, &err);
  if (!body) {
    int code = g_error_matches (err, G_IO_ERROR, G_IO_ERROR_TIMED_OUT) ? NG_REMOTE_ERROR_TIMEOUT
                                                                      : NG_REMOTE_ERROR_CONNECT;
    if (code == NG_REMOTE_ERROR_TIMEOUT)
      g_set_error (error, NG_REMOTE_ERROR, code, "%s: no answer within %u s (--timeout)",
                   endpoint, timeout);
    else
      g_set_error (error, NG_REMOTE_ERROR, code, "%s: cannot connect: %s", endpoint,
                   err->message);
    g_error_free (err);
    return NULL;
  }
  guint status = soup_message_get_status (msg);
  if (status < 200 || status >= 300) {
    g_autofree char *excerpt = message_excerpt (body);
    g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_HTTP, "%s: HTTP %u %s; the server says:\n%s",
                 endpoint, status, soup_message_get_reason_phrase (msg), excerpt);
    return NULL;
  }
  const char *ctype
      = soup_message_headers_get_content_type (soup_message_get_response_headers (msg), NULL);
  NgRemoteResult *r = g_new0 (NgRemoteResult, 1);
  r->form = form;
  gsize len;
  const char *data = g_bytes_get_data (body, &len);
  gboolean ok;
  if (graph) {
    NgSyntax syn = syntax_of (ctype);
    r->store = ng_store_new ();
    ok = ng_rdf_load_data (r->store, data ? data : "", len, syn, endpoint, endpoint, &err);
    if (!ok) {
      g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_RESPONSE,
                   "%s: bad RDF in the answer (Content-Type %s): %s", endpoint,
                   ctype ? ctype : "none", err->message);
      g_error_free (err);
    }
  } else {
    if (ctype && !strstr (ctype, "json")) {
      g_autofree char *excerpt = message_excerpt (body);
      g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_RESPONSE,
                   "%s: the answer is %s, not application/sparql-results+json:\n%s", endpoint,
                   ctype, excerpt);
      ok = FALSE;
    } else {
      ok = ng_remote_parse_json (data ? data : "", len, r, &err);
      if (!ok) {
        g_set_error (error, NG_REMOTE_ERROR, NG_REMOTE_ERROR_RESPONSE, "%s: %s", endpoint,
                     err->message);
        g_error_free (err);
      }
    }
  }
  if (!ok) {
    ng_remote_result_free (r);
    return NULL;
  }
  return r;
}

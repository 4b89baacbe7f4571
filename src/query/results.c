/* SPDX-License-Identifier: MIT */
/* results.c: SELECT and ASK results in the SPARQL 1.1 result formats
 * (JSON, XML, CSV, TSV) and as an aligned table for a terminal.
 *
 * Every format but the table streams: one solution is pulled, written and
 * forgotten.  The table needs the column widths first, so it keeps the
 * formatted cells.  CONSTRUCT and DESCRIBE results are graphs and go
 * through the RDF writers instead (rdfio), chosen by the CLI.
 */
#include "config.h"

#include <string.h>

#include "query/query-private.h"

gboolean
ng_results_format_from_name (const char *name, NgResultsFormat *format)
{
  static const struct {
    const char *name;
    NgResultsFormat f;
  } names[] = { { "table", NG_RESULTS_TABLE }, { "tsv", NG_RESULTS_TSV },
                { "csv", NG_RESULTS_CSV },     { "json", NG_RESULTS_JSON },
                { "xml", NG_RESULTS_XML },     { "srj", NG_RESULTS_JSON },
                { "srx", NG_RESULTS_XML } };
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (!g_ascii_strcasecmp (name, names[i].name)) {
      *format = names[i].f;
      return TRUE;
    }
  return FALSE;
}

/* ---- escaping ------------------------------------------------------- */

static void
json_string (GString *out, const char *s, gsize len)
{
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len; i++) {
    unsigned char c = (unsigned char) s[i];
    switch (c) {
    case '"': g_string_append (out, "\\\""); break;
    case '\\': g_string_append (out, "\\\\"); break;
    case '\n': g_string_append (out, "\\n"); break;
    case '\r': g_string_append (out, "\\r"); break;
    case '\t': g_string_append (out, "\\t"); break;
    default:
      if (c < 0x20)
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_c (out, (char) c);
    }
  }
  g_string_append_c (out, '"');
}

static void
xml_text (GString *out, const char *s, gsize len)
{
  for (gsize i = 0; i < len; i++) {
    switch (s[i]) {
    case '<': g_string_append (out, "&lt;"); break;
    case '>': g_string_append (out, "&gt;"); break;
    case '&': g_string_append (out, "&amp;"); break;
    case '"': g_string_append (out, "&quot;"); break;
    default: g_string_append_c (out, s[i]);
    }
  }
}

static void
csv_field (GString *out, const char *s, gsize len)
{
  gboolean quote = FALSE;
  for (gsize i = 0; i < len; i++)
    if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
      quote = TRUE;
  if (!quote) {
    g_string_append_len (out, s, (gssize) len);
    return;
  }
  g_string_append_c (out, '"');
  for (gsize i = 0; i < len; i++) {
    if (s[i] == '"')
      g_string_append_c (out, '"');
    g_string_append_c (out, s[i]);
  }
  g_string_append_c (out, '"');
}

/* ---- cells ---------------------------------------------------------- */

static void
json_term (NgStore *st, NgTermId id, GString *out)
{
  gsize len;
  const char *v = ng_term_value (st, id, &len);
  switch (ng_term_kind (st, id)) {
  case NG_TERM_IRI:
    g_string_append (out, "{ \"type\": \"uri\", \"value\": ");
    json_string (out, v, len);
    break;
  case NG_TERM_BLANK:
    g_string_append (out, "{ \"type\": \"bnode\", \"value\": ");
    json_string (out, v, len);
    break;
  default: {
    g_string_append (out, "{ \"type\": \"literal\", \"value\": ");
    json_string (out, v, len);
    const char *lang = ng_term_lang (st, id), *dt = ng_term_datatype (st, id);
    if (lang) {
      g_string_append (out, ", \"xml:lang\": ");
      json_string (out, lang, strlen (lang));
    } else if (dt) {
      g_string_append (out, ", \"datatype\": ");
      json_string (out, dt, strlen (dt));
    }
  }
  }
  g_string_append (out, " }");
}

static void
xml_term (NgStore *st, NgTermId id, GString *out)
{
  gsize len;
  const char *v = ng_term_value (st, id, &len);
  switch (ng_term_kind (st, id)) {
  case NG_TERM_IRI:
    g_string_append (out, "<uri>");
    xml_text (out, v, len);
    g_string_append (out, "</uri>");
    break;
  case NG_TERM_BLANK:
    g_string_append (out, "<bnode>");
    xml_text (out, v, len);
    g_string_append (out, "</bnode>");
    break;
  default: {
    const char *lang = ng_term_lang (st, id), *dt = ng_term_datatype (st, id);
    g_string_append (out, "<literal");
    if (lang) {
      g_string_append (out, " xml:lang=\"");
      xml_text (out, lang, strlen (lang));
      g_string_append_c (out, '"');
    } else if (dt) {
      g_string_append (out, " datatype=\"");
      xml_text (out, dt, strlen (dt));
      g_string_append_c (out, '"');
    }
    g_string_append_c (out, '>');
    xml_text (out, v, len);
    g_string_append (out, "</literal>");
  }
  }
}

static void
csv_term (NgStore *st, NgTermId id, GString *out)
{
  gsize len;
  const char *v = ng_term_value (st, id, &len);
  if (ng_term_kind (st, id) == NG_TERM_BLANK) {
    g_autofree char *b = g_strdup_printf ("_:%s", v);
    csv_field (out, b, strlen (b));
    return;
  }
  csv_field (out, v, len);
}

/* TRUE when v is Turtle's short form of an integer (kind 0), a decimal
 * (1) or a double (2). */
static gboolean
turtle_number (const char *v, int kind)
{
  const char *p = v;
  if (*p == '+' || *p == '-')
    p++;
  gsize int_digits = 0, frac_digits = 0;
  while (g_ascii_isdigit (*p))
    p++, int_digits++;
  if (kind == 0)
    return int_digits > 0 && *p == '\0';
  gboolean dot = *p == '.';
  if (dot) {
    p++;
    while (g_ascii_isdigit (*p))
      p++, frac_digits++;
  }
  if (kind == 1)
    return dot && frac_digits > 0 && *p == '\0';
  if (!(int_digits > 0 || frac_digits > 0) || (*p != 'e' && *p != 'E'))
    return FALSE;
  p++;
  if (*p == '+' || *p == '-')
    p++;
  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;
  return *p == '\0';
}

/* TSV: Turtle's short forms for numbers whose lexical form allows it. */
static void
tsv_term (NgStore *st, NgTermId id, GString *out)
{
  const char *dt = ng_term_datatype (st, id);
  if (dt && g_str_has_prefix (dt, NG_XSD)) {
    static const char *const types[] = { "integer", "decimal", "double" };
    const char *v = ng_term_value (st, id, NULL);
    for (int k = 0; k < 3; k++)
      if (!strcmp (dt + strlen (NG_XSD), types[k]) && turtle_number (v, k)) {
        g_string_append (out, v);
        return;
      }
  }
  ng_term_append_ntriples (st, id, out);
}

/* The longest namespace of prefixes that leaves a valid local name. */
static void
abbreviate (const GPtrArray *const *lists, const char *iri, GString *out)
{
  const char *best_p = NULL;
  gsize best_n = 0;
  for (int l = 0; lists[l]; l++) {
    const GPtrArray *a = lists[l];
    for (guint i = 0; i + 1 < a->len; i += 2) {
      const char *ns = g_ptr_array_index (a, i + 1);
      gsize n = strlen (ns);
      if (n <= best_n || strncmp (iri, ns, n) != 0)
        continue;
      const char *local = iri + n;
      gboolean ok = *local != '.' && *local != '-';
      for (const char *c = local; *c && ok; c++)
        ok = g_ascii_isalnum (*c) || *c == '_' || *c == '-' || (*c == '.' && c[1]);
      if (ok) {
        best_p = g_ptr_array_index (a, i);
        best_n = n;
      }
    }
  }
  if (best_p)
    g_string_append_printf (out, "%s:%s", best_p, iri + best_n);
  else
    g_string_append_printf (out, "<%s>", iri);
}

static void
table_term (NgStore *st, NgTermId id, const GPtrArray *const *lists, GString *out)
{
  if (!id)
    return;
  gsize len;
  const char *v = ng_term_value (st, id, &len);
  switch (ng_term_kind (st, id)) {
  case NG_TERM_IRI:
    abbreviate (lists, v, out);
    return;
  case NG_TERM_BLANK:
    g_string_append_printf (out, "_:%s", v);
    return;
  default:
    break;
  }
  const char *lang = ng_term_lang (st, id), *dt = ng_term_datatype (st, id);
  if (dt && (!strcmp (dt, NG_XSD "integer") || !strcmp (dt, NG_XSD "boolean")
             || !strcmp (dt, NG_XSD "decimal"))) {
    g_string_append_len (out, v, (gssize) len);
    return;
  }
  g_string_append_c (out, '"');
  ng_append_escaped_string (out, v, len);
  g_string_append_c (out, '"');
  if (lang)
    g_string_append_printf (out, "@%s", lang);
  else if (dt) {
    g_string_append (out, "^^");
    abbreviate (lists, dt, out);
  }
}

/* Display width: East Asian wide characters take two columns. */
static gsize
width (const char *s)
{
  gsize w = 0;
  for (const char *p = s; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    w += g_unichar_iswide (c) ? 2 : g_unichar_iszerowidth (c) ? 0 : 1;
  }
  return w;
}

static void
pad (GString *out, gsize n)
{
  while (n--)
    g_string_append_c (out, ' ');
}

static gboolean
flush (GString *buf, FILE *out, GError **error)
{
  if (buf->len && fwrite (buf->str, 1, buf->len, out) != buf->len) {
    g_set_error (error, NG_QUERY_ERROR, NG_QUERY_ERROR_WRITE, "write error: %s",
                 g_strerror (errno));
    return FALSE;
  }
  g_string_truncate (buf, 0);
  return TRUE;
}

#define FLUSH_AT 65536 /* TUNING: bytes buffered between writes */

/* Where the solutions come from: a plan, or rows given by the caller
 * (ng_results_write_rows: results of a remote endpoint). */
typedef struct {
  NgPlan *plan;               /* NULL: the fields below */
  const char *const *columns;
  guint nc;
  const NgTermId *rows;       /* nc ids a row, row-major */
  gsize n_rows, pos;
} Source;

static guint
src_n_columns (const Source *src)
{
  return src->plan ? ng_plan_n_columns (src->plan) : src->nc;
}

static const char *
src_column (const Source *src, guint c)
{
  return src->plan ? ng_plan_column (src->plan, c) : src->columns[c];
}

static gboolean
src_next (Source *src, const NgTermId **row)
{
  if (src->plan)
    return ng_plan_next (src->plan, row);
  if (src->pos >= src->n_rows)
    return FALSE;
  *row = src->rows + src->pos++ * src->nc;
  return TRUE;
}

static gboolean
write_table (Source *src, NgStore *st, const GPtrArray *prefixes, FILE *out, GError **error)
{
  const GPtrArray *lists[3] = { prefixes, ng_store_prefixes (st), NULL };
  if (!prefixes) {
    lists[0] = ng_store_prefixes (st);
    lists[1] = NULL;
  }
  guint nc = src_n_columns (src);
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_free);
  gsize *w = g_new0 (gsize, nc + 1);
  for (guint c = 0; c < nc; c++) {
    char *h = g_strdup_printf ("?%s", src_column (src, c));
    w[c] = width (h);
    g_ptr_array_add (cells, h);
  }
  const NgTermId *row;
  GString *s = g_string_new (NULL);
  guint nrows = 0;
  while (src_next (src, &row)) {
    for (guint c = 0; c < nc; c++) {
      g_string_truncate (s, 0);
      table_term (st, row[c], lists, s);
      w[c] = MAX (w[c], width (s->str));
      g_ptr_array_add (cells, g_strdup (s->str));
    }
    nrows++;
  }
  g_string_truncate (s, 0);
  /* A limit stopped the query: print nothing rather than a partial table. */
  gboolean ok = !src->plan || ng_plan_check (src->plan, error);
  for (guint r = 0; r <= nrows && ok; r++) {
    for (guint c = 0; c < nc; c++) {
      const char *cell = g_ptr_array_index (cells, r * nc + c);
      g_string_append (s, cell);
      if (c + 1 < nc) {
        pad (s, w[c] - width (cell) + 2);
      }
    }
    g_string_append_c (s, '\n');
    if (r == 0) {
      for (guint c = 0; c < nc; c++) {
        for (gsize k = 0; k < w[c]; k++)
          g_string_append_c (s, '-');
        if (c + 1 < nc)
          g_string_append (s, "  ");
      }
      g_string_append_c (s, '\n');
    }
    if (s->len > FLUSH_AT)
      ok = flush (s, out, error);
  }
  if (ok)
    g_string_append_printf (s, "(%u row%s)\n", nrows, nrows == 1 ? "" : "s");
  ok = ok && flush (s, out, error);
  g_string_free (s, TRUE);
  g_free (w);
  g_ptr_array_free (cells, TRUE);
  return ok;
}

static gboolean
write_boolean (gboolean b, NgResultsFormat format, FILE *out, GError **error)
{
  GString *s = g_string_new (NULL);
  gboolean ok = TRUE;
  {
    switch (format) {
    case NG_RESULTS_JSON:
      g_string_append_printf (s, "{ \"head\": {}, \"boolean\": %s }\n", b ? "true" : "false");
      break;
    case NG_RESULTS_XML:
      g_string_append_printf (s, "<?xml version=\"1.0\"?>\n"
                                 "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n"
                                 "  <head/>\n  <boolean>%s</boolean>\n</sparql>\n",
                              b ? "true" : "false");
      break;
    default:
      g_string_append_printf (s, "%s\n", b ? "true" : "false");
    }
    ok = flush (s, out, error);
    g_string_free (s, TRUE);
    return ok;
  }
}

static gboolean
write_rows (Source *src, NgStore *st, NgResultsFormat format, const GPtrArray *prefixes,
            FILE *out, GError **error)
{
  GString *s = g_string_new (NULL);
  gboolean ok = TRUE;
  if (format == NG_RESULTS_TABLE) {
    g_string_free (s, TRUE);
    return write_table (src, st, prefixes, out, error);
  }
  guint nc = src_n_columns (src);
  switch (format) {
  case NG_RESULTS_JSON:
    g_string_append (s, "{ \"head\": { \"vars\": [");
    for (guint c = 0; c < nc; c++) {
      g_string_append (s, c ? ", " : " ");
      json_string (s, src_column (src, c), strlen (src_column (src, c)));
    }
    g_string_append (s, nc ? " ] },\n  \"results\": { \"bindings\": [" : "] },\n  \"results\": { \"bindings\": [");
    break;
  case NG_RESULTS_XML:
    g_string_append (s, "<?xml version=\"1.0\"?>\n"
                        "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>\n");
    for (guint c = 0; c < nc; c++) {
      g_string_append (s, "    <variable name=\"");
      xml_text (s, src_column (src, c), strlen (src_column (src, c)));
      g_string_append (s, "\"/>\n");
    }
    g_string_append (s, "  </head>\n  <results>\n");
    break;
  case NG_RESULTS_CSV:
  case NG_RESULTS_TSV:
    for (guint c = 0; c < nc; c++) {
      if (c)
        g_string_append_c (s, format == NG_RESULTS_CSV ? ',' : '\t');
      g_string_append_printf (s, format == NG_RESULTS_CSV ? "%s" : "?%s", src_column (src, c));
    }
    g_string_append (s, format == NG_RESULTS_CSV ? "\r\n" : "\n");
    break;
  default:
    break;
  }
  const NgTermId *row;
  gboolean first = TRUE;
  while (ok && src_next (src, &row)) {
    switch (format) {
    case NG_RESULTS_JSON: {
      g_string_append (s, first ? "\n    {" : ",\n    {");
      gboolean f = TRUE;
      for (guint c = 0; c < nc; c++) {
        if (!row[c])
          continue;
        g_string_append (s, f ? " " : ", ");
        f = FALSE;
        const char *name = src_column (src, c);
        json_string (s, name, strlen (name));
        g_string_append (s, ": ");
        json_term (st, row[c], s);
      }
      g_string_append (s, f ? "}" : " }");
      break;
    }
    case NG_RESULTS_XML:
      g_string_append (s, "    <result>\n");
      for (guint c = 0; c < nc; c++) {
        if (!row[c])
          continue;
        g_string_append (s, "      <binding name=\"");
        xml_text (s, src_column (src, c), strlen (src_column (src, c)));
        g_string_append (s, "\">");
        xml_term (st, row[c], s);
        g_string_append (s, "</binding>\n");
      }
      g_string_append (s, "    </result>\n");
      break;
    case NG_RESULTS_CSV:
      for (guint c = 0; c < nc; c++) {
        if (c)
          g_string_append_c (s, ',');
        if (row[c])
          csv_term (st, row[c], s);
      }
      g_string_append (s, "\r\n");
      break;
    case NG_RESULTS_TSV:
      for (guint c = 0; c < nc; c++) {
        if (c)
          g_string_append_c (s, '\t');
        if (row[c])
          tsv_term (st, row[c], s);
      }
      g_string_append_c (s, '\n');
      break;
    default:
      break;
    }
    first = FALSE;
    if (s->len > FLUSH_AT)
      ok = flush (s, out, error);
  }
  /* A limit stopped the query: the results are incomplete, and no closing
   * bracket makes the JSON or XML look whole. */
  if (ok && src->plan && !ng_plan_check (src->plan, error)) {
    g_string_free (s, TRUE);
    return FALSE;
  }
  if (format == NG_RESULTS_JSON)
    g_string_append (s, first ? "] }\n}\n" : "\n  ] }\n}\n");
  else if (format == NG_RESULTS_XML)
    g_string_append (s, "  </results>\n</sparql>\n");
  ok = ok && flush (s, out, error);
  g_string_free (s, TRUE);
  return ok;
}

gboolean
ng_results_write (NgPlan *plan, NgStore *st, NgResultsFormat format, const GPtrArray *prefixes,
                  FILE *out, GError **error)
{
  if (ng_query_form (plan->q) == NG_QUERY_ASK) {
    gboolean yes = ng_plan_ask (plan);
    return ng_plan_check (plan, error) && write_boolean (yes, format, out, error);
  }
  Source src = { .plan = plan };
  return write_rows (&src, st, format, prefixes, out, error);
}

gboolean
ng_results_write_rows (NgStore *st, const char *const *columns, guint n_columns,
                       const NgTermId *rows, gsize n_rows, const gboolean *boolean,
                       NgResultsFormat format, const GPtrArray *prefixes, FILE *out,
                       GError **error)
{
  if (boolean)
    return write_boolean (*boolean, format, out, error);
  Source src = { NULL, columns, n_columns, rows, n_rows, 0 };
  return write_rows (&src, st, format, prefixes, out, error);
}

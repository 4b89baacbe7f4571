/* SPDX-License-Identifier: MIT */
/* save.c: deterministic writers for Turtle and TriG, and ng_rdf_write
 * (N-Triples and N-Quads: lines.c).
 *
 * These are written here rather than through raptor2's serializers, which
 * were tried first (2.0.15): its N-Triples and N-Quads writers escape every
 * non-ASCII character as \uXXXX (bulk loaders and people want UTF-8) and
 * stream statements in call order, and its Turtle writer orders predicates
 * and objects by its own internal comparison and cannot write named graphs.
 * The statements come sorted from sorted.c, so the bytes depend only on the
 * graph.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "rdfio/sorted.h"

#define XSD "http://www.w3.org/2001/XMLSchema#"

/* ---- Turtle and TriG ---------------------------------------------------- */

static const char *const well_known[][2] = {
  { "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#" },
  { "rdfs", "http://www.w3.org/2000/01/rdf-schema#" },
  { "xsd", XSD },
  { "owl", "http://www.w3.org/2002/07/owl#" },
  { "schema", "https://schema.org/" },
  { "org", "http://www.w3.org/ns/org#" },
  { "prov", "http://www.w3.org/ns/prov#" },
  { "foaf", "http://xmlns.com/foaf/0.1/" },
  { "dcterms", "http://purl.org/dc/terms/" },
  { "skos", "http://www.w3.org/2004/02/skos/core#" },
  { "ng", "https://w3id.org/newsgraph/ns#" },
};

typedef struct {
  char *prefix;
  char *iri;
  gsize len;
  gboolean used;
} Prefix;

static gboolean
is_pn_local (const char *s)
{
  /* A conservative subset of Turtle's PN_LOCAL: no escapes needed. */
  if (!*s)
    return TRUE;
  if (!(g_ascii_isalnum (*s) || *s == '_'))
    return FALSE;
  for (const char *c = s; *c; c++)
    if (!(g_ascii_isalnum (*c) || *c == '_' || *c == '-' || (*c == '.' && c[1])))
      return FALSE;
  return TRUE;
}

static gboolean
is_pn_prefix (const char *s)
{
  if (*s && !g_ascii_isalpha (*s))
    return FALSE;
  for (const char *c = s; *c; c++)
    if (!(g_ascii_isalnum (*c) || *c == '_' || *c == '-'))
      return FALSE;
  return !*s || s[strlen (s) - 1] != '.';
}

static const Prefix *
find_prefix (GArray *prefixes, const char *iri)
{
  const Prefix *best = NULL;
  for (guint i = 0; i < prefixes->len; i++) {
    const Prefix *p = &g_array_index (prefixes, Prefix, i);
    if (p->len && strncmp (iri, p->iri, p->len) == 0 && is_pn_local (iri + p->len)
        && (!best || p->len > best->len))
      best = p;
  }
  return best;
}

static int
cmp_prefix (gconstpointer a, gconstpointer b)
{
  return strcmp (((const Prefix *) a)->prefix, ((const Prefix *) b)->prefix);
}

static GArray *
collect_prefixes (NgStore *store)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (Prefix));
  const GPtrArray *in = ng_store_prefixes (store);
  for (guint i = 0; i + 1 < in->len; i += 2) {
    const char *pfx = g_ptr_array_index (in, i), *iri = g_ptr_array_index (in, i + 1);
    gboolean dup = FALSE;
    for (guint j = 0; j < out->len && !dup; j++)
      dup = !strcmp (g_array_index (out, Prefix, j).prefix, pfx)
            || !strcmp (g_array_index (out, Prefix, j).iri, iri);
    if (!dup && is_pn_prefix (pfx)) {
      Prefix p = { g_strdup (pfx), g_strdup (iri), strlen (iri), TRUE };
      g_array_append_val (out, p);
    }
  }
  for (gsize i = 0; i < G_N_ELEMENTS (well_known); i++) {
    gboolean dup = FALSE;
    for (guint j = 0; j < out->len && !dup; j++)
      dup = !strcmp (g_array_index (out, Prefix, j).prefix, well_known[i][0])
            || !strcmp (g_array_index (out, Prefix, j).iri, well_known[i][1]);
    if (!dup) {
      Prefix p = { g_strdup (well_known[i][0]), g_strdup (well_known[i][1]),
                   strlen (well_known[i][1]), FALSE };
      g_array_append_val (out, p);
    }
  }
  g_array_sort (out, cmp_prefix);
  return out;
}

static void
free_prefixes (GArray *prefixes)
{
  for (guint i = 0; i < prefixes->len; i++) {
    g_free (g_array_index (prefixes, Prefix, i).prefix);
    g_free (g_array_index (prefixes, Prefix, i).iri);
  }
  g_array_unref (prefixes);
}

static gboolean
matches_shorthand (const char *v, const char *dt)
{
  if (!strcmp (dt, XSD "boolean"))
    return !strcmp (v, "true") || !strcmp (v, "false");
  gboolean is_int = !strcmp (dt, XSD "integer"), is_dec = !strcmp (dt, XSD "decimal");
  if (!is_int && !is_dec)
    return FALSE;
  const char *c = v;
  if (*c == '+' || *c == '-')
    c++;
  gsize digits = 0;
  while (g_ascii_isdigit (*c))
    c++, digits++;
  if (is_int)
    return digits && !*c;
  if (*c++ != '.')
    return FALSE;
  gsize frac = 0;
  while (g_ascii_isdigit (*c))
    c++, frac++;
  return frac && !*c;
}

/* Writes a term in Turtle form; marks prefixes as used when mark_only. */
static void
append_turtle_term (Sorted *st, GArray *prefixes, NgTermId id, GString *out)
{
  gsize len;
  const char *v = ng_term_value (st->store, id, &len);
  switch (ng_term_kind (st->store, id)) {
  case NG_TERM_IRI: {
    const Prefix *p = strlen (v) == len ? find_prefix (prefixes, v) : NULL;
    if (p) {
      ((Prefix *) p)->used = TRUE;
      g_string_append_printf (out, "%s:%s", p->prefix, v + p->len);
    } else {
      ng_term_append_ntriples (st->store, id, out);
    }
    break;
  }
  case NG_TERM_LITERAL: {
    const char *dt = ng_term_datatype (st->store, id);
    if (dt && strlen (v) == len && matches_shorthand (v, dt)) {
      g_string_append (out, v);
      break;
    }
    g_string_append_c (out, '"');
    ng_append_escaped_string (out, v, len);
    g_string_append_c (out, '"');
    const char *lang = ng_term_lang (st->store, id);
    if (lang) {
      g_string_append_printf (out, "@%s", lang);
    } else if (dt) {
      g_string_append (out, "^^");
      const Prefix *p = find_prefix (prefixes, dt);
      if (p) {
        ((Prefix *) p)->used = TRUE;
        g_string_append_printf (out, "%s:%s", p->prefix, dt + p->len);
      } else {
        g_string_append_printf (out, "<%s>", dt);
      }
    }
    break;
  }
  default:
    ng_sorted_append_term (st, id, out);
  }
}

/* The body: subjects grouped, "a" first, then predicates and objects in
 * term order.  Written into body first so that only used prefixes of the
 * well-known set get declared. */
static void
turtle_body (Sorted *st, GArray *prefixes, gboolean trig, GString *body)
{
  NgTermId g = NG_TERM_NONE, s = NG_TERM_NONE, p = NG_TERM_NONE;
  const char *indent = "";
  for (gsize i = 0; i < st->n; i++) {
    const NgQuad *q = &st->quads[i];
    if (trig && (i == 0 || q->g != g)) {
      if (i)
        g_string_append (body, " .\n}\n\n");
      g = q->g;
      if (g != NG_GRAPH_DEFAULT) {
        append_turtle_term (st, prefixes, g, body);
        g_string_append_c (body, ' ');
      }
      g_string_append (body, "{\n");
      indent = "    ";
      s = p = NG_TERM_NONE;
    }
    if (q->s != s) {
      if (s)
        g_string_append (body, " .\n\n");
      g_string_append (body, indent);
      append_turtle_term (st, prefixes, q->s, body);
      g_string_append_c (body, ' ');
      s = q->s;
      p = NG_TERM_NONE;
    } else if (q->p != p) {
      g_string_append_printf (body, " ;\n%s    ", indent);
    } else {
      g_string_append (body, ", ");
    }
    if (q->p != p) {
      if (q->p == st->rdf_type)
        g_string_append_c (body, 'a');
      else
        append_turtle_term (st, prefixes, q->p, body);
      g_string_append_c (body, ' ');
      p = q->p;
    }
    append_turtle_term (st, prefixes, q->o, body);
  }
  if (st->n)
    g_string_append (body, trig ? " .\n}\n" : " .\n");
}

static gboolean
write_turtle (NgStore *store, gboolean trig, FILE *out)
{
  Sorted st;
  ng_sorted_init (&st, store, trig, TRUE, !trig);
  GArray *prefixes = collect_prefixes (store);
  GString *body = g_string_new (NULL);
  turtle_body (&st, prefixes, trig, body);
  GString *head = g_string_new (NULL);
  for (guint i = 0; i < prefixes->len; i++) {
    const Prefix *p = &g_array_index (prefixes, Prefix, i);
    if (p->used)
      g_string_append_printf (head, "@prefix %s: <%s> .\n", p->prefix, p->iri);
  }
  if (head->len && body->len)
    g_string_append_c (head, '\n');
  gboolean ok = fwrite (head->str, 1, head->len, out) == head->len
                && fwrite (body->str, 1, body->len, out) == body->len;
  g_string_free (head, TRUE);
  g_string_free (body, TRUE);
  free_prefixes (prefixes);
  ng_sorted_clear (&st);
  return ok;
}

gboolean
ng_rdf_write (NgStore *store, NgSyntax syntax, FILE *out, GError **error)
{
  return ng_rdf_write_threads (store, syntax, out, 1, error);
}

gboolean
ng_rdf_write_threads (NgStore *store, NgSyntax syntax, FILE *out, guint n_threads,
                      GError **error)
{
  g_return_val_if_fail (store && out, FALSE);
  gboolean ok;
  switch (syntax) {
  case NG_SYNTAX_NTRIPLES: ok = ng_write_lines (store, FALSE, &out, 1, NULL, n_threads); break;
  case NG_SYNTAX_NQUADS: ok = ng_write_lines (store, TRUE, &out, 1, NULL, n_threads); break;
  case NG_SYNTAX_TURTLE: ok = write_turtle (store, FALSE, out); break;
  case NG_SYNTAX_TRIG: ok = write_turtle (store, TRUE, out); break;
  default:
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_FORMAT,
                 "cannot write %s; output formats: turtle, ntriples, nquads, trig",
                 ng_syntax_name (syntax));
    return FALSE;
  }
  if (!ok || fflush (out) != 0 || ferror (out)) {
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_WRITE, "write error: %s",
                 g_strerror (errno ? errno : EIO));
    return FALSE;
  }
  return TRUE;
}

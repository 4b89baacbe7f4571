/* SPDX-License-Identifier: MIT */
/* save.c: deterministic writers for N-Triples, N-Quads, Turtle and TriG.
 *
 * These are written here rather than through raptor2's serializers, which
 * were tried first (2.0.15): its N-Triples and N-Quads writers escape every
 * non-ASCII character as \uXXXX (bulk loaders and people want UTF-8) and
 * stream statements in call order, and its Turtle writer orders predicates
 * and objects by its own internal comparison and cannot write named graphs.
 * Sorting by the id-independent term order (ng_term_compare) makes the bytes
 * depend only on the graph, never on the order it was loaded in.
 *
 * Blank nodes are renamed b0, b1, ... in order of first appearance in the
 * sorted output, so document-scoped labels (bHASH_x) do not leak out.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "rdfio/rdfio.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
#define XSD "http://www.w3.org/2001/XMLSchema#"

typedef struct {
  NgStore *store;
  guint32 *rank;      /**< rank[id]: position of the term in ng_term_compare order */
  NgQuad *quads;      /**< sorted copy */
  gsize n;
  GHashTable *blanks; /**< blank id -> output number + 1 */
  NgTermId rdf_type;
  GString *text;      /**< N-Triples forms of the terms written so far */
  gsize *text_at;     /**< text_at[id]: 1 + offset of the term's form in text, or 0 */
  gsize *text_len;    /**< text_len[id]: its length */
} Sorted;

static int
cmp_ids (gconstpointer a, gconstpointer b, gpointer store)
{
  return ng_term_compare (store, *(const NgTermId *) a, *(const NgTermId *) b);
}

typedef struct {
  const guint32 *rank;
  NgTermId first_p;  /**< a predicate sorted before all others (rdf:type), or 0 */
  gboolean graph_first;
} SortKeys;

static inline guint32
rank_p (const SortKeys *k, NgTermId p)
{
  return p == k->first_p ? 0 : k->rank[p] + 1;
}

/* The key of field f (0 s, 1 p, 2 o, 3 g) of a quad in output order. */
static inline guint32
quad_key (const SortKeys *k, const NgQuad *q, int f)
{
  switch (f) {
  case 0: return k->rank[q->s];
  case 1: return rank_p (k, q->p);
  case 2: return k->rank[q->o];
  default: return k->rank[q->g];
  }
}

/* Sorts quads by (s, p, o, g) ranks, or (g, s, p, o) with graph_first,
 * rdf:type first among predicates when first_p is set, by least significant
 * digit radix sort: one stable counting sort per field, keys below n_keys.  Linear, where a comparison sort of a million quads spends most
 * of the writer's time in calls to the comparison. */
static void
sort_quads (NgQuad *quads, gsize n, const SortKeys *k, guint32 n_keys)
{
  static const int spog[4] = { 0, 1, 2, 3 }, gspo[4] = { 3, 0, 1, 2 };
  const int *order = k->graph_first ? gspo : spog;
  NgQuad *tmp = g_new (NgQuad, n ? n : 1), *from = quads, *to = tmp;
  gsize *count = g_new (gsize, (gsize) n_keys + 1);
  for (int pass = 3; pass >= 0; pass--) {
    int f = order[pass];
    memset (count, 0, ((gsize) n_keys + 1) * sizeof *count);
    for (gsize i = 0; i < n; i++)
      count[quad_key (k, &from[i], f) + 1]++;
    for (guint32 i = 1; i <= n_keys; i++)
      count[i] += count[i - 1];
    for (gsize i = 0; i < n; i++)
      to[count[quad_key (k, &from[i], f)]++] = from[i];
    NgQuad *t = from;
    from = to;
    to = t;
  }
  /* Four passes: the result is back in quads. */
  g_free (count);
  g_free (tmp);
}

static void
sorted_init (Sorted *st, NgStore *store, gboolean graph_first, gboolean type_first,
             gboolean merge_graphs)
{
  memset (st, 0, sizeof *st);
  st->store = store;
  gsize n;
  const NgQuad *q = ng_store_quads (store, &n);
  guint32 n_terms = ng_store_n_terms (store);
  NgTermId *ids = g_new (NgTermId, n_terms);
  for (guint32 i = 0; i < n_terms; i++)
    ids[i] = i + 1;
  g_qsort_with_data (ids, (gint) n_terms, sizeof *ids, cmp_ids, store);
  st->rank = g_new0 (guint32, n_terms + 1);
  /* The default graph sorts first. */
  for (guint32 i = 0, r = 1; i < n_terms; i++)
    st->rank[ids[i]] = ids[i] == NG_GRAPH_DEFAULT ? 0 : r++;
  g_free (ids);
  st->quads = g_new (NgQuad, n ? n : 1);
  if (n)
    memcpy (st->quads, q, n * sizeof *q);
  if (merge_graphs)
    for (gsize i = 0; i < n; i++)
      st->quads[i].g = NG_GRAPH_DEFAULT;
  st->rdf_type = ng_store_lookup_iri (store, RDF_TYPE);
  SortKeys keys = { st->rank, type_first ? st->rdf_type : 0, graph_first };
  sort_quads (st->quads, n, &keys, n_terms + 2);
  /* Drop duplicates that merging graphs made. */
  gsize w = 0;
  for (gsize i = 0; i < n; i++)
    if (w == 0 || memcmp (&st->quads[i], &st->quads[w - 1], sizeof (NgQuad)) != 0)
      st->quads[w++] = st->quads[i];
  st->n = w;
  st->blanks = g_hash_table_new (NULL, NULL);
  st->text = g_string_new (NULL);
  st->text_at = g_new0 (gsize, n_terms + 1);
  st->text_len = g_new0 (gsize, n_terms + 1);
}

static void
sorted_clear (Sorted *st)
{
  g_free (st->rank);
  g_free (st->quads);
  g_hash_table_unref (st->blanks);
  g_string_free (st->text, TRUE);
  g_free (st->text_at);
  g_free (st->text_len);
}

static void
append_term (Sorted *st, NgTermId id, GString *out)
{
  if (ng_term_kind (st->store, id) == NG_TERM_BLANK) {
    guint n = GPOINTER_TO_UINT (g_hash_table_lookup (st->blanks, GUINT_TO_POINTER (id)));
    if (!n) {
      n = g_hash_table_size (st->blanks) + 1;
      g_hash_table_insert (st->blanks, GUINT_TO_POINTER (id), GUINT_TO_POINTER (n));
    }
    g_string_append_printf (out, "_:b%u", n - 1);
    return;
  }
  /* Each term's escaped form is made once and copied after that: a line
   * repeats its graph, predicates repeat, and escaping is the writer's main
   * cost. */
  gsize at = st->text_at[id];
  if (!at) {
    at = st->text->len + 1;
    ng_term_append_ntriples (st->store, id, st->text);
    st->text_at[id] = at;
    st->text_len[id] = st->text->len - (at - 1);
  }
  g_string_append_len (out, st->text->str + at - 1, st->text_len[id]);
}

static gboolean
flush (GString *buf, FILE *out, gboolean force)
{
  if (!force && buf->len < (1u << 16))
    return TRUE;
  gboolean ok = fwrite (buf->str, 1, buf->len, out) == buf->len;
  g_string_truncate (buf, 0);
  return ok;
}

/* N-Triples or N-Quads.  With several outputs, the quads of graph g go to
 * outs[part[g]] (part indexed by term id) and the default graph's to
 * outs[0]: one sort serves all the files, each of which is in the same
 * order as the single file would be. */
static gboolean
write_lines (NgStore *store, gboolean quads, FILE *const *outs, guint n_out, const guint32 *part)
{
  Sorted st;
  sorted_init (&st, store, FALSE, FALSE, !quads);
  GString **bufs = g_new (GString *, n_out);
  for (guint k = 0; k < n_out; k++)
    bufs[k] = g_string_sized_new (n_out > 1 ? 1u << 12 : 1u << 17);
  gboolean ok = TRUE;
  for (gsize i = 0; i < st.n && ok; i++) {
    const NgQuad *q = &st.quads[i];
    guint k = part && q->g != NG_GRAPH_DEFAULT ? part[q->g] : 0;
    GString *buf = bufs[k];
    append_term (&st, q->s, buf);
    g_string_append_c (buf, ' ');
    append_term (&st, q->p, buf);
    g_string_append_c (buf, ' ');
    append_term (&st, q->o, buf);
    if (quads && q->g != NG_GRAPH_DEFAULT) {
      g_string_append_c (buf, ' ');
      append_term (&st, q->g, buf);
    }
    g_string_append (buf, " .\n");
    ok = flush (buf, outs[k], FALSE);
  }
  for (guint k = 0; k < n_out; k++) {
    ok = ok && flush (bufs[k], outs[k], TRUE);
    g_string_free (bufs[k], TRUE);
  }
  g_free (bufs);
  sorted_clear (&st);
  return ok;
}

gboolean
ng_rdf_write_nquads_split (NgStore *store, FILE *const *outs, guint n_out, const guint32 *part,
                           GError **error)
{
  g_return_val_if_fail (store && outs && n_out > 0, FALSE);
  gboolean ok = write_lines (store, TRUE, outs, n_out, part);
  for (guint k = 0; k < n_out; k++)
    ok = ok && fflush (outs[k]) == 0 && !ferror (outs[k]);
  if (!ok) {
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_WRITE, "write error: %s",
                 g_strerror (errno ? errno : EIO));
    return FALSE;
  }
  return TRUE;
}

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
    append_term (st, id, out);
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
  sorted_init (&st, store, trig, TRUE, !trig);
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
  sorted_clear (&st);
  return ok;
}

gboolean
ng_rdf_write (NgStore *store, NgSyntax syntax, FILE *out, GError **error)
{
  g_return_val_if_fail (store && out, FALSE);
  gboolean ok;
  switch (syntax) {
  case NG_SYNTAX_NTRIPLES: ok = write_lines (store, FALSE, &out, 1, NULL); break;
  case NG_SYNTAX_NQUADS: ok = write_lines (store, TRUE, &out, 1, NULL); break;
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

/* SPDX-License-Identifier: MIT */
/* parser.c: recursive descent over the SPARQL 1.1 grammar, building the
 * syntax tree of ast.h.
 *
 * Functions are named after the grammar's productions (section 19.8).  The
 * parser reads one token ahead.  Errors are raised with longjmp-free early
 * returns: every parse_* returns FALSE/NULL once p->error is set, and the
 * first error wins.  Productions outside the subset fail with "not
 * supported: FEATURE" at the point they are recognized, so a query is
 * never run with a part silently ignored.
 */
#include "config.h"

#include <string.h>

#include "query/query-private.h"

G_DEFINE_QUARK (ng-query-error-quark, ng_query_error)

typedef struct {
  NgQuery *q;
  NgLexer lx;
  NgToken tok;       /**< the current token */
  gboolean lex_failed;
  GError *error;
  const char *name;
  const char *text;
  gsize text_len;
  gboolean in_aggregate_ok; /**< aggregates allowed here (SELECT, HAVING, ORDER BY) */
  int depth;                /**< nesting of groups, expressions, paths and nodes */
} Parser;

/* TUNING: deeper nesting is refused rather than overflowing the stack of
 * this recursive-descent parser (and of the evaluator after it); real
 * queries nest a handful of levels. */
#define MAX_DEPTH 2500

/* ---- errors and tokens ---------------------------------------------- */

/* "NAME:LINE:COL: error: expected WHAT near 'TOKEN'", then the line and a
 * caret, as jq's locfile does. */
static void
fail_expected (Parser *p, const char *what)
{
  if (p->error)
    return;
  g_autofree char *near = NULL;
  if (p->tok.kind == NG_TOK_EOF)
    near = g_strdup ("end of input");
  else {
    gsize end = p->tok.end > p->tok.start ? p->tok.end : p->tok.start + 1;
    if (end > p->text_len)
      end = p->text_len;
    g_autofree char *raw = g_strndup (p->text + p->tok.start, end - p->tok.start);
    near = g_strdup_printf ("'%s'", raw);
  }
  /* The offending line. */
  gsize ls = p->tok.start < p->text_len ? p->tok.start : p->text_len;
  while (ls > 0 && p->text[ls - 1] != '\n')
    ls--;
  gsize le = ls;
  while (le < p->text_len && p->text[le] != '\n')
    le++;
  g_autofree char *line = g_strndup (p->text + ls, le - ls);
  GString *caret = g_string_new (NULL);
  for (int i = 1; i < p->tok.col; i++)
    g_string_append_c (caret, ' ');
  g_string_append_c (caret, '^');
  g_set_error (&p->error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX,
               "%s:%d:%d: error: expected %s near %s\n%s\n%s", p->name, p->tok.line,
               p->tok.col, what, near, line, caret->str);
  g_string_free (caret, TRUE);
}

static void
fail_unsupported (Parser *p, const char *feature)
{
  if (!p->error)
    g_set_error (&p->error, NG_QUERY_ERROR, NG_QUERY_ERROR_UNSUPPORTED, "not supported: %s",
                 feature);
}

static NgExpr *parse_UnaryExpression (Parser *p);

static gboolean
enter (Parser *p)
{
  if (++p->depth <= MAX_DEPTH)
    return TRUE;
  if (!p->error)
    g_set_error (&p->error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX,
                 "%s:%d:%d: error: nested more than %d levels deep", p->name, p->tok.line,
                 p->tok.col, MAX_DEPTH);
  return FALSE;
}

static void
next (Parser *p)
{
  ng_token_clear (&p->tok);
  if (!ng_lexer_next (&p->lx, &p->tok)) {
    /* Show the bad character as the token. */
    p->tok.kind = NG_TOK_PUNCT;
    g_free (p->tok.text);
    p->tok.text = g_strdup ("");
    p->tok.end = p->tok.start + 1;
    fail_expected (p, "a valid token");
  }
}

static gboolean
is_punct (const Parser *p, const char *s)
{
  return p->tok.kind == NG_TOK_PUNCT && strcmp (p->tok.text, s) == 0;
}

static gboolean
is_word (const Parser *p, const char *w)
{
  return p->tok.kind == NG_TOK_WORD && g_ascii_strcasecmp (p->tok.text, w) == 0;
}

static gboolean
accept_punct (Parser *p, const char *s)
{
  if (p->error || !is_punct (p, s))
    return FALSE;
  next (p);
  return TRUE;
}

static gboolean
accept_word (Parser *p, const char *w)
{
  if (p->error || !is_word (p, w))
    return FALSE;
  next (p);
  return TRUE;
}

static gboolean
expect_punct (Parser *p, const char *s)
{
  if (accept_punct (p, s))
    return TRUE;
  g_autofree char *what = g_strdup_printf ("'%s'", s);
  fail_expected (p, what);
  return FALSE;
}

static gboolean
expect_word (Parser *p, const char *w)
{
  if (accept_word (p, w))
    return TRUE;
  fail_expected (p, w);
  return FALSE;
}

/* ---- variables and terms -------------------------------------------- */

int
ng_query_var (NgQuery *q, const char *name)
{
  for (guint i = 0; i < q->vars->len; i++)
    if (strcmp (g_ptr_array_index (q->vars, i), name) == 0)
      return (int) i;
  g_ptr_array_add (q->vars, g_strdup (name));
  return (int) q->vars->len - 1;
}

int
ng_query_hidden_var (NgQuery *q)
{
  g_autofree char *name = g_strdup_printf (" h%d", q->n_hidden++);
  return ng_query_var (q, name);
}

gboolean
ng_query_var_visible (const NgQuery *q, int var)
{
  const char *name = g_ptr_array_index (q->vars, var);
  return name[0] != ' ';
}

static char *
keep (Parser *p, const char *s, gsize len)
{
  return g_string_chunk_insert_len (p->q->strings, s, (gssize) len);
}

/* RFC 3986 5.2.4 on the path of an absolute IRI, nothing else: raptor
 * does the same to the data, and the W3C tests expect both to agree. */
static char *
remove_dot_segments (const char *iri)
{
  const char *colon = strchr (iri, ':');
  const char *path = colon + 1;
  if (path[0] == '/' && path[1] == '/') {
    path += 2;
    while (*path && *path != '/' && *path != '?' && *path != '#')
      path++;
  }
  gsize plen = strcspn (path, "?#");
  if (!memchr (path, '.', plen))
    return g_strdup (iri);
  GString *out = g_string_new_len (iri, path - iri);
  gsize start = out->len;
  const char *in = path, *end = path + plen;
  while (in < end) {
    gsize n = (gsize) (end - in);
    if (n >= 3 && !strncmp (in, "../", 3))
      in += 3;
    else if (n >= 2 && !strncmp (in, "./", 2))
      in += 2;
    else if (n >= 3 && !strncmp (in, "/./", 3))
      in += 2;
    else if (n == 2 && !strncmp (in, "/.", 2)) {
      g_string_append_c (out, '/');
      in = end;
    }
    else if ((n >= 4 && !strncmp (in, "/../", 4)) || (n == 3 && !strncmp (in, "/..", 3))) {
      in += 3;
      while (out->len > start && out->str[out->len - 1] != '/')
        g_string_truncate (out, out->len - 1);
      if (out->len > start)
        g_string_truncate (out, out->len - 1);
      if (n == 3) {
        g_string_append_c (out, '/');
        in = end;
      }
    } else if ((n == 1 && *in == '.') || (n == 2 && !strncmp (in, "..", 2)))
      in = end;
    else {
      const char *q = in + 1;
      while (q < end && *q != '/')
        q++;
      g_string_append_len (out, in, q - in);
      in = q;
    }
  }
  g_string_append (out, end);
  return g_string_free (out, FALSE);
}

/* Resolves a relative IRI reference against the base (RFC 3986 5.2). */
static char *
resolve_iri (Parser *p, const char *ref)
{
  const char *base = p->q->base;
  if (g_uri_peek_scheme (ref)) {
    g_autofree char *r = remove_dot_segments (ref);
    return keep (p, r, strlen (r));
  }
  if (!base)
    return keep (p, ref, strlen (ref));
  g_autofree char *r = g_uri_resolve_relative (base, ref, G_URI_FLAGS_NONE, NULL);
  if (!r) {
    /* GLib refuses some bases (no authority): fall back to a plain join. */
    if (ref[0] == '#' || ref[0] == '\0') {
      const char *h = strchr (base, '#');
      gsize n = h ? (gsize) (h - base) : strlen (base);
      g_autofree char *j = g_strdup_printf ("%.*s%s", (int) n, base, ref);
      return keep (p, j, strlen (j));
    }
    const char *slash = strrchr (base, '/');
    gsize n = slash ? (gsize) (slash - base + 1) : strlen (base);
    g_autofree char *j = g_strdup_printf ("%.*s%s", (int) n, base, ref);
    return keep (p, j, strlen (j));
  }
  /* Keep an empty fragment: GLib drops a trailing '#'. */
  gsize rl = strlen (ref);
  if (rl && ref[rl - 1] == '#' && r[strlen (r) - 1] != '#') {
    g_autofree char *j = g_strconcat (r, "#", NULL);
    return keep (p, j, strlen (j));
  }
  return keep (p, r, strlen (r));
}

static const char *
lookup_prefix (Parser *p, const char *prefix)
{
  const GPtrArray *a = p->q->prefixes;
  for (guint i = a->len; i >= 2; i -= 2)
    if (strcmp (g_ptr_array_index (a, i - 2), prefix) == 0)
      return g_ptr_array_index (a, i - 1);
  return NULL;
}

/* iri: IRIREF | PrefixedName.  On success *out is the absolute IRI. */
static gboolean
parse_iri (Parser *p, char **out)
{
  if (p->error)
    return FALSE;
  if (p->tok.kind == NG_TOK_IRI) {
    *out = resolve_iri (p, p->tok.text);
    next (p);
    return TRUE;
  }
  if (p->tok.kind == NG_TOK_PNAME) {
    const char *ns = lookup_prefix (p, p->tok.prefix);
    if (!ns) {
      g_autofree char *what = g_strdup_printf ("a declared prefix ('%s:' is not)", p->tok.prefix);
      fail_expected (p, what);
      return FALSE;
    }
    g_autofree char *iri = g_strconcat (ns, p->tok.text, NULL);
    *out = keep (p, iri, strlen (iri));
    next (p);
    return TRUE;
  }
  fail_expected (p, "an IRI");
  return FALSE;
}

static void
set_iri (NgAstTerm *t, char *iri)
{
  memset (t, 0, sizeof *t);
  t->kind = NG_TERM_IRI;
  t->value = iri;
  t->len = strlen (iri);
}

static void
set_literal (Parser *p, NgAstTerm *t, const char *lex, gsize len, const char *lang, const char *dt)
{
  memset (t, 0, sizeof *t);
  t->kind = NG_TERM_LITERAL;
  t->value = keep (p, lex, len);
  t->len = len;
  if (lang && *lang) {
    g_autofree char *low = g_ascii_strdown (lang, -1);
    t->lang = keep (p, low, strlen (low));
  }
  t->datatype = dt ? keep (p, dt, strlen (dt)) : NULL;
  if (t->datatype && strcmp (t->datatype, NG_XSD "string") == 0)
    t->datatype = NULL;
}

static gboolean
is_number_token (const Parser *p)
{
  return p->tok.kind == NG_TOK_INTEGER || p->tok.kind == NG_TOK_DECIMAL
         || p->tok.kind == NG_TOK_DOUBLE;
}

/* NumericLiteral, with an optional sign already read. */
static void
parse_number (Parser *p, NgAstTerm *t, const char *sign)
{
  const char *dt = p->tok.kind == NG_TOK_INTEGER   ? NG_XSD "integer"
                   : p->tok.kind == NG_TOK_DECIMAL ? NG_XSD "decimal"
                                                   : NG_XSD "double";
  g_autofree char *lex = g_strconcat (sign, p->tok.text, NULL);
  set_literal (p, t, lex, strlen (lex), NULL, dt);
  next (p);
}

/* RDFLiteral: String (LANGTAG | '^^' iri)? */
static gboolean
parse_rdf_literal (Parser *p, NgAstTerm *t)
{
  g_autofree char *lex = g_strndup (p->tok.text, p->tok.len);
  gsize len = p->tok.len;
  next (p);
  if (p->tok.kind == NG_TOK_LANGTAG) {
    g_autofree char *lang = g_strdup (p->tok.text);
    next (p);
    set_literal (p, t, lex, len, lang, NULL);
    return TRUE;
  }
  if (accept_punct (p, "^^")) {
    char *dt;
    if (!parse_iri (p, &dt))
      return FALSE;
    set_literal (p, t, lex, len, NULL, dt);
    return TRUE;
  }
  set_literal (p, t, lex, len, NULL, NULL);
  return !p->error;
}

/* A blank node label becomes a variable " _label" (a blank node in a
 * pattern is a variable that cannot be projected). */
static int
blank_var (Parser *p, const char *label)
{
  g_autofree char *name = g_strdup_printf (" _%s", label);
  return ng_query_var (p->q, name);
}

/* VarOrTerm (no collections or property lists here).  allow_blank_const:
 * in CONSTRUCT templates a blank node stays a blank node. */
static gboolean
parse_var_or_term (Parser *p, NgAstSlot *s, gboolean template)
{
  memset (s, 0, sizeof *s);
  s->var = -1;
  if (p->error)
    return FALSE;
  switch (p->tok.kind) {
  case NG_TOK_VAR:
    s->var = ng_query_var (p->q, p->tok.text);
    next (p);
    return TRUE;
  case NG_TOK_IRI:
  case NG_TOK_PNAME: {
    char *iri;
    if (!parse_iri (p, &iri))
      return FALSE;
    set_iri (&s->term, iri);
    return TRUE;
  }
  case NG_TOK_BLANK:
    if (template) {
      s->term.kind = NG_TERM_BLANK;
      s->term.value = keep (p, p->tok.text, p->tok.len);
      s->term.len = p->tok.len;
    } else {
      s->var = blank_var (p, p->tok.text);
    }
    next (p);
    return TRUE;
  case NG_TOK_STRING:
    return parse_rdf_literal (p, &s->term);
  case NG_TOK_INTEGER:
  case NG_TOK_DECIMAL:
  case NG_TOK_DOUBLE:
    parse_number (p, &s->term, "");
    return TRUE;
  case NG_TOK_PUNCT:
    if ((is_punct (p, "+") || is_punct (p, "-"))) {
      g_autofree char *sign = g_strdup (p->tok.text);
      next (p);
      if (!is_number_token (p)) {
        fail_expected (p, "a number");
        return FALSE;
      }
      parse_number (p, &s->term, sign);
      return TRUE;
    }
    break;
  case NG_TOK_WORD:
    if (is_word (p, "true") || is_word (p, "false")) {
      set_literal (p, &s->term, is_word (p, "true") ? "true" : "false",
                   is_word (p, "true") ? 4 : 5, NULL, NG_XSD "boolean");
      next (p);
      return TRUE;
    }
    break;
  default:
    break;
  }
  fail_expected (p, "a variable or a term");
  return FALSE;
}

/* ---- expressions ---------------------------------------------------- */

static NgExpr *parse_Expression (Parser *p);

static NgExpr *
new_expr (Parser *p, NgExprOp op, int n_args)
{
  NgExpr *e = g_new0 (NgExpr, 1);
  e->op = op;
  e->var = -1;
  e->n_args = n_args;
  e->args = g_new0 (NgExpr *, n_args + 1);
  g_ptr_array_add (p->q->exprs, e);
  return e;
}

static NgExpr *
binary (Parser *p, NgExprOp op, NgExpr *a, NgExpr *b)
{
  if (!a || !b)
    return NULL;
  NgExpr *e = new_expr (p, op, 2);
  e->args[0] = a;
  e->args[1] = b;
  return e;
}

static const struct {
  const char *name;
  NgFunc func;
  int min, max;
} builtins[] = {
  { "BOUND", NG_FN_BOUND, 1, 1 },         { "isIRI", NG_FN_ISIRI, 1, 1 },
  { "isURI", NG_FN_ISIRI, 1, 1 },         { "isBLANK", NG_FN_ISBLANK, 1, 1 },
  { "isLITERAL", NG_FN_ISLITERAL, 1, 1 }, { "isNUMERIC", NG_FN_ISNUMERIC, 1, 1 },
  { "STR", NG_FN_STR, 1, 1 },             { "LANG", NG_FN_LANG, 1, 1 },
  { "LANGMATCHES", NG_FN_LANGMATCHES, 2, 2 }, { "DATATYPE", NG_FN_DATATYPE, 1, 1 },
  { "REGEX", NG_FN_REGEX, 2, 3 },         { "CONTAINS", NG_FN_CONTAINS, 2, 2 },
  { "STRSTARTS", NG_FN_STRSTARTS, 2, 2 }, { "STRENDS", NG_FN_STRENDS, 2, 2 },
  { "LCASE", NG_FN_LCASE, 1, 1 },         { "UCASE", NG_FN_UCASE, 1, 1 },
  { "STRLEN", NG_FN_STRLEN, 1, 1 },       { "YEAR", NG_FN_YEAR, 1, 1 },
  { "MONTH", NG_FN_MONTH, 1, 1 },         { "DAY", NG_FN_DAY, 1, 1 },
  { "sameTerm", NG_FN_SAMETERM, 2, 2 },   { "IF", NG_FN_IF, 3, 3 },
  { "COALESCE", NG_FN_COALESCE, 0, 64 },  { "IRI", NG_FN_IRI, 1, 1 },
  { "URI", NG_FN_IRI, 1, 1 },             { "STRDT", NG_FN_STRDT, 2, 2 },
  { "STRLANG", NG_FN_STRLANG, 2, 2 },     { "CONCAT", NG_FN_CONCAT, 0, 64 },
  { "SUBSTR", NG_FN_SUBSTR, 2, 3 },       { "ABS", NG_FN_ABS, 1, 1 },
  { "CEIL", NG_FN_CEIL, 1, 1 },           { "FLOOR", NG_FN_FLOOR, 1, 1 },
  { "ROUND", NG_FN_ROUND, 1, 1 },
};

static const struct {
  const char *name;
  NgFunc func;
} aggregates[] = {
  { "COUNT", NG_AGG_COUNT }, { "SUM", NG_AGG_SUM },       { "MIN", NG_AGG_MIN },
  { "MAX", NG_AGG_MAX },     { "AVG", NG_AGG_AVG },       { "SAMPLE", NG_AGG_SAMPLE },
  { "GROUP_CONCAT", NG_AGG_GROUP_CONCAT },
};

/* Words that name SPARQL 1.1 built-ins we do not implement. */
static const char *const unsupported_builtins[] = {
  "REPLACE", "ENCODE_FOR_URI", "STRBEFORE", "STRAFTER", "NOW", "RAND", "UUID", "STRUUID",
  "MD5", "SHA1", "SHA256", "SHA384", "SHA512", "HOURS", "MINUTES", "SECONDS", "TIMEZONE",
  "TZ", "BNODE", "EXISTS", "NOT", NULL,
};

/* ArgList: NIL | '(' Expression (',' Expression)* ')' */
static GPtrArray *
parse_ArgList (Parser *p)
{
  if (!expect_punct (p, "("))
    return NULL;
  GPtrArray *args = g_ptr_array_new ();
  if (accept_punct (p, ")"))
    return args;
  do {
    NgExpr *e = parse_Expression (p);
    if (!e) {
      g_ptr_array_free (args, TRUE);
      return NULL;
    }
    g_ptr_array_add (args, e);
  } while (accept_punct (p, ","));
  if (!expect_punct (p, ")")) {
    g_ptr_array_free (args, TRUE);
    return NULL;
  }
  return args;
}

static NgExpr *
make_call (Parser *p, NgFunc func, GPtrArray *args)
{
  NgExpr *e = new_expr (p, NG_EX_CALL, (int) args->len);
  e->func = func;
  for (guint i = 0; i < args->len; i++)
    e->args[i] = g_ptr_array_index (args, i);
  g_ptr_array_free (args, TRUE);
  return e;
}

/* Aggregate: COUNT '(' DISTINCT? ('*' | Expression) ')' | ... */
static NgExpr *
parse_Aggregate (Parser *p, NgFunc func)
{
  if (!p->in_aggregate_ok) {
    fail_expected (p, "no aggregate here");
    return NULL;
  }
  next (p);
  if (!expect_punct (p, "("))
    return NULL;
  gboolean distinct = accept_word (p, "DISTINCT");
  NgExpr *arg = NULL;
  char *sep = NULL;
  if (func == NG_AGG_COUNT && accept_punct (p, "*")) {
    arg = NULL;
  } else {
    p->in_aggregate_ok = FALSE;
    arg = parse_Expression (p);
    p->in_aggregate_ok = TRUE;
    if (!arg)
      return NULL;
  }
  if (func == NG_AGG_GROUP_CONCAT && accept_punct (p, ";")) {
    if (!expect_word (p, "SEPARATOR") || !expect_punct (p, "="))
      return NULL;
    if (p->tok.kind != NG_TOK_STRING) {
      fail_expected (p, "a string");
      return NULL;
    }
    sep = keep (p, p->tok.text, p->tok.len);
    next (p);
  }
  if (!expect_punct (p, ")"))
    return NULL;
  NgExpr *e = new_expr (p, NG_EX_AGG, arg ? 1 : 0);
  e->func = func;
  e->args[0] = arg;
  e->distinct = distinct;
  e->sep = sep;
  e->var = ng_query_hidden_var (p->q);
  g_ptr_array_add (p->q->aggs, e);
  return e;
}

/* BuiltInCall, iriOrFunction (casts only) and aggregates. */
static NgExpr *
parse_call (Parser *p)
{
  for (gsize i = 0; i < G_N_ELEMENTS (aggregates); i++)
    if (is_word (p, aggregates[i].name))
      return parse_Aggregate (p, aggregates[i].func);
  for (gsize i = 0; i < G_N_ELEMENTS (builtins); i++) {
    if (!is_word (p, builtins[i].name))
      continue;
    NgFunc f = builtins[i].func;
    int min = builtins[i].min, max = builtins[i].max;
    next (p);
    if (f == NG_FN_BOUND) {
      if (!expect_punct (p, "("))
        return NULL;
      if (p->tok.kind != NG_TOK_VAR) {
        fail_expected (p, "a variable");
        return NULL;
      }
      NgExpr *v = new_expr (p, NG_EX_VAR, 0);
      v->var = ng_query_var (p->q, p->tok.text);
      next (p);
      if (!expect_punct (p, ")"))
        return NULL;
      NgExpr *e = new_expr (p, NG_EX_CALL, 1);
      e->func = f;
      e->args[0] = v;
      return e;
    }
    GPtrArray *args = parse_ArgList (p);
    if (!args)
      return NULL;
    if ((int) args->len < min || (int) args->len > max) {
      g_ptr_array_free (args, TRUE);
      g_autofree char *what = g_strdup_printf ("%d to %d arguments for %s", min, max,
                                               builtins[i].name);
      fail_expected (p, what);
      return NULL;
    }
    return make_call (p, f, args);
  }
  for (int i = 0; unsupported_builtins[i]; i++)
    if (is_word (p, unsupported_builtins[i])) {
      g_autofree char *up = g_ascii_strup (p->tok.text, -1);
      if (!strcmp (up, "NOT"))
        fail_unsupported (p, "NOT EXISTS");
      else
        fail_unsupported (p, up);
      return NULL;
    }
  fail_expected (p, "an expression");
  return NULL;
}

static NgExpr *
const_expr (Parser *p, const NgAstTerm *t)
{
  NgExpr *e = new_expr (p, NG_EX_CONST, 0);
  e->term = *t;
  return e;
}

/* PrimaryExpression */
static NgExpr *
parse_PrimaryExpression (Parser *p)
{
  if (p->error)
    return NULL;
  if (accept_punct (p, "(")) {
    NgExpr *e = parse_Expression (p);
    if (!e || !expect_punct (p, ")"))
      return NULL;
    return e;
  }
  NgAstTerm t;
  switch (p->tok.kind) {
  case NG_TOK_VAR: {
    NgExpr *e = new_expr (p, NG_EX_VAR, 0);
    e->var = ng_query_var (p->q, p->tok.text);
    next (p);
    return e;
  }
  case NG_TOK_STRING:
    if (!parse_rdf_literal (p, &t))
      return NULL;
    return const_expr (p, &t);
  case NG_TOK_INTEGER:
  case NG_TOK_DECIMAL:
  case NG_TOK_DOUBLE:
    parse_number (p, &t, "");
    return const_expr (p, &t);
  case NG_TOK_IRI:
  case NG_TOK_PNAME: {
    char *iri;
    if (!parse_iri (p, &iri))
      return NULL;
    if (is_punct (p, "(")) {
      /* A function call: only the XSD casts are known. */
      static const char *const casts[] = { "integer", "decimal", "double", "float",
                                           "string", "boolean", "dateTime", "date", NULL };
      for (int i = 0; casts[i]; i++)
        if (g_str_has_prefix (iri, NG_XSD) && strcmp (iri + strlen (NG_XSD), casts[i]) == 0) {
          GPtrArray *args = parse_ArgList (p);
          if (!args)
            return NULL;
          if (args->len != 1) {
            g_ptr_array_free (args, TRUE);
            fail_expected (p, "one argument for a cast");
            return NULL;
          }
          NgExpr *e = make_call (p, NG_FN_CAST, args);
          set_iri (&e->term, iri);
          return e;
        }
      g_autofree char *what = g_strdup_printf ("function <%s>", iri);
      fail_unsupported (p, what);
      return NULL;
    }
    set_iri (&t, iri);
    return const_expr (p, &t);
  }
  case NG_TOK_WORD:
    if (is_word (p, "true") || is_word (p, "false")) {
      gboolean b = is_word (p, "true");
      set_literal (p, &t, b ? "true" : "false", b ? 4 : 5, NULL, NG_XSD "boolean");
      next (p);
      return const_expr (p, &t);
    }
    return parse_call (p);
  default:
    break;
  }
  fail_expected (p, "an expression");
  return NULL;
}

static NgExpr *
parse_UnaryExpression_nested (Parser *p)
{
  NgExprOp op;
  if (accept_punct (p, "!"))
    op = NG_EX_NOT;
  else if (accept_punct (p, "-"))
    op = NG_EX_NEG;
  else if (accept_punct (p, "+"))
    op = NG_EX_POS;
  else
    return parse_PrimaryExpression (p);
  NgExpr *a = parse_UnaryExpression (p);
  if (!a)
    return NULL;
  NgExpr *e = new_expr (p, op, 1);
  e->args[0] = a;
  return e;
}

/* parse_UnaryExpression, one level deeper (see MAX_DEPTH). */
static NgExpr *
parse_UnaryExpression (Parser *p)
{
  Parser *dp = p;
  NgExpr * r = enter (dp) ? parse_UnaryExpression_nested (p) : NULL;
  dp->depth--;
  return r;
}

static NgExpr *
parse_MultiplicativeExpression (Parser *p)
{
  NgExpr *e = parse_UnaryExpression (p);
  while (e && !p->error) {
    if (accept_punct (p, "*"))
      e = binary (p, NG_EX_MUL, e, parse_UnaryExpression (p));
    else if (accept_punct (p, "/"))
      e = binary (p, NG_EX_DIV, e, parse_UnaryExpression (p));
    else
      break;
  }
  return e;
}

static NgExpr *
parse_AdditiveExpression (Parser *p)
{
  NgExpr *e = parse_MultiplicativeExpression (p);
  while (e && !p->error) {
    if (accept_punct (p, "+"))
      e = binary (p, NG_EX_ADD, e, parse_MultiplicativeExpression (p));
    else if (accept_punct (p, "-"))
      e = binary (p, NG_EX_SUB, e, parse_MultiplicativeExpression (p));
    else
      break;
  }
  return e;
}

static NgExpr *
parse_RelationalExpression (Parser *p)
{
  NgExpr *e = parse_AdditiveExpression (p);
  if (!e)
    return NULL;
  static const struct {
    const char *s;
    NgExprOp op;
  } ops[] = { { "=", NG_EX_EQ }, { "!=", NG_EX_NE }, { "<", NG_EX_LT },
              { ">", NG_EX_GT }, { "<=", NG_EX_LE }, { ">=", NG_EX_GE } };
  for (gsize i = 0; i < G_N_ELEMENTS (ops); i++)
    if (accept_punct (p, ops[i].s))
      return binary (p, ops[i].op, e, parse_AdditiveExpression (p));
  gboolean neg = FALSE;
  if (is_word (p, "NOT")) {
    next (p);
    if (!is_word (p, "IN")) {
      fail_expected (p, "IN");
      return NULL;
    }
    neg = TRUE;
  }
  if (accept_word (p, "IN")) {
    GPtrArray *args = parse_ArgList (p);
    if (!args)
      return NULL;
    NgExpr *in = new_expr (p, neg ? NG_EX_NOTIN : NG_EX_IN, (int) args->len + 1);
    in->args[0] = e;
    for (guint i = 0; i < args->len; i++)
      in->args[i + 1] = g_ptr_array_index (args, i);
    g_ptr_array_free (args, TRUE);
    return in;
  }
  return e;
}

static NgExpr *
parse_ConditionalAndExpression (Parser *p)
{
  NgExpr *e = parse_RelationalExpression (p);
  while (e && accept_punct (p, "&&"))
    e = binary (p, NG_EX_AND, e, parse_RelationalExpression (p));
  return e;
}

static NgExpr *
parse_Expression_nested (Parser *p)
{
  NgExpr *e = parse_ConditionalAndExpression (p);
  while (e && accept_punct (p, "||"))
    e = binary (p, NG_EX_OR, e, parse_ConditionalAndExpression (p));
  return p->error ? NULL : e;
}

/* parse_Expression, one level deeper (see MAX_DEPTH). */
static NgExpr *
parse_Expression (Parser *p)
{
  Parser *dp = p;
  NgExpr * r = enter (dp) ? parse_Expression_nested (p) : NULL;
  dp->depth--;
  return r;
}

/* Constraint: BrackettedExpression | BuiltInCall | FunctionCall */
static NgExpr *
parse_Constraint (Parser *p)
{
  if (is_punct (p, "("))
    return parse_PrimaryExpression (p);
  if (p->tok.kind == NG_TOK_WORD || p->tok.kind == NG_TOK_IRI || p->tok.kind == NG_TOK_PNAME) {
    if (p->tok.kind == NG_TOK_WORD && (is_word (p, "true") || is_word (p, "false"))) {
      fail_expected (p, "'(' or a function call");
      return NULL;
    }
    if (is_word (p, "EXISTS")) {
      fail_unsupported (p, "EXISTS");
      return NULL;
    }
    return parse_PrimaryExpression (p);
  }
  fail_expected (p, "'(' or a function call");
  return NULL;
}

/* ---- triples and paths ---------------------------------------------- */

static NgPath *parse_Path (Parser *p);

static NgPath *
new_path (Parser *p, NgPathKind kind)
{
  NgPath *path = g_new0 (NgPath, 1);
  path->kind = kind;
  g_ptr_array_add (p->q->paths, path);
  return path;
}

static gboolean
parse_iri_or_a (Parser *p, char **iri)
{
  if (is_word (p, "a") && strcmp (p->tok.text, "a") == 0) {
    next (p);
    *iri = keep (p, NG_RDF "type", strlen (NG_RDF "type"));
    return TRUE;
  }
  return parse_iri (p, iri);
}

/* PathNegatedPropertySet */
static NgPath *
parse_negated (Parser *p)
{
  NgPath *neg = new_path (p, NG_PATH_NEG);
  neg->neg = g_ptr_array_new ();
  gboolean paren = accept_punct (p, "(");
  do {
    if (paren && is_punct (p, ")"))
      break;
    gboolean inv = accept_punct (p, "^");
    char *iri;
    if (!parse_iri_or_a (p, &iri))
      return NULL;
    NgPath *l = new_path (p, NG_PATH_LINK);
    set_iri (&l->iri, iri);
    if (inv) {
      NgPath *i = new_path (p, NG_PATH_INV);
      i->a = l;
      l = i;
    }
    g_ptr_array_add (neg->neg, l);
  } while (paren && accept_punct (p, "|"));
  if (paren && !expect_punct (p, ")"))
    return NULL;
  return neg;
}

/* PathPrimary PathMod? */
static NgPath *
parse_PathElt (Parser *p)
{
  NgPath *prim;
  if (accept_punct (p, "(")) {
    prim = parse_Path (p);
    if (!prim || !expect_punct (p, ")"))
      return NULL;
  } else if (accept_punct (p, "!")) {
    prim = parse_negated (p);
    if (!prim)
      return NULL;
  } else {
    char *iri;
    if (!parse_iri_or_a (p, &iri))
      return NULL;
    prim = new_path (p, NG_PATH_LINK);
    set_iri (&prim->iri, iri);
  }
  NgPathKind mod;
  if (is_punct (p, "*"))
    mod = NG_PATH_STAR;
  else if (is_punct (p, "+"))
    mod = NG_PATH_PLUS;
  else if (is_punct (p, "?"))
    mod = NG_PATH_OPT;
  else if (is_punct (p, "{")) {
    fail_unsupported (p, "path length ranges {n,m}");
    return NULL;
  } else
    return prim;
  next (p);
  NgPath *m = new_path (p, mod);
  m->a = prim;
  return m;
}

static NgPath *
parse_PathEltOrInverse (Parser *p)
{
  if (accept_punct (p, "^")) {
    NgPath *a = parse_PathElt (p);
    if (!a)
      return NULL;
    NgPath *i = new_path (p, NG_PATH_INV);
    i->a = a;
    return i;
  }
  return parse_PathElt (p);
}

static NgPath *
parse_PathSequence (Parser *p)
{
  NgPath *a = parse_PathEltOrInverse (p);
  while (a && accept_punct (p, "/")) {
    NgPath *b = parse_PathEltOrInverse (p);
    if (!b)
      return NULL;
    NgPath *s = new_path (p, NG_PATH_SEQ);
    s->a = a;
    s->b = b;
    a = s;
  }
  return a;
}

static NgPath *
parse_Path_nested (Parser *p)
{
  NgPath *a = parse_PathSequence (p);
  while (a && accept_punct (p, "|")) {
    NgPath *b = parse_PathSequence (p);
    if (!b)
      return NULL;
    NgPath *s = new_path (p, NG_PATH_ALT);
    s->a = a;
    s->b = b;
    a = s;
  }
  return a;
}

/* parse_Path, one level deeper (see MAX_DEPTH). */
static NgPath *
parse_Path (Parser *p)
{
  Parser *dp = p;
  NgPath * r = enter (dp) ? parse_Path_nested (p) : NULL;
  dp->depth--;
  return r;
}

typedef struct {
  Parser *p;
  GArray *out;       /**< NgAstTriple */
  gboolean template; /**< CONSTRUCT template: no paths, blank nodes stay */
} Triples;

static gboolean parse_GraphNode (Triples *tr, NgAstSlot *node);

static void
emit (Triples *tr, const NgAstSlot *s, const NgAstSlot *pred, NgPath *path, const NgAstSlot *o)
{
  NgAstTriple t;
  memset (&t, 0, sizeof t);
  t.s = *s;
  t.o = *o;
  if (pred)
    t.p = *pred;
  else
    t.p.var = -1;
  t.path = path;
  g_array_append_val (tr->out, t);
}

static void
fresh_blank (Triples *tr, NgAstSlot *s)
{
  memset (s, 0, sizeof *s);
  if (tr->template) {
    s->var = -1;
    s->term.kind = NG_TERM_BLANK;
    g_autofree char *label = g_strdup_printf ("b%d", tr->p->q->n_hidden++);
    s->term.value = keep (tr->p, label, strlen (label));
    s->term.len = strlen (label);
  } else {
    s->var = ng_query_hidden_var (tr->p->q);
    /* Hidden variables standing for blank nodes: rename to the blank
     * prefix so they are treated the same. */
  }
}

static gboolean parse_PropertyListNotEmpty (Triples *tr, const NgAstSlot *subject);

static void
iri_slot (Parser *p, NgAstSlot *s, const char *iri)
{
  memset (s, 0, sizeof *s);
  s->var = -1;
  set_iri (&s->term, keep (p, iri, strlen (iri)));
}

/* TriplesNode: Collection | BlankNodePropertyList, as a node. */
static gboolean
parse_TriplesNode_nested (Triples *tr, NgAstSlot *node)
{
  Parser *p = tr->p;
  if (accept_punct (p, "[")) {
    fresh_blank (tr, node);
    if (accept_punct (p, "]"))
      return TRUE;
    if (!parse_PropertyListNotEmpty (tr, node))
      return FALSE;
    return expect_punct (p, "]");
  }
  if (accept_punct (p, "(")) {
    if (accept_punct (p, ")")) {
      iri_slot (p, node, NG_RDF "nil");
      return TRUE;
    }
    NgAstSlot first, rdf_first, rdf_rest, cur;
    iri_slot (p, &rdf_first, NG_RDF "first");
    iri_slot (p, &rdf_rest, NG_RDF "rest");
    fresh_blank (tr, &first);
    cur = first;
    for (;;) {
      NgAstSlot item;
      if (!parse_GraphNode (tr, &item))
        return FALSE;
      emit (tr, &cur, &rdf_first, NULL, &item);
      if (accept_punct (p, ")")) {
        NgAstSlot nil;
        iri_slot (p, &nil, NG_RDF "nil");
        emit (tr, &cur, &rdf_rest, NULL, &nil);
        break;
      }
      if (p->error)
        return FALSE;
      NgAstSlot nx;
      fresh_blank (tr, &nx);
      emit (tr, &cur, &rdf_rest, NULL, &nx);
      cur = nx;
    }
    *node = first;
    return TRUE;
  }
  fail_expected (p, "'[' or '('");
  return FALSE;
}

/* parse_TriplesNode, one level deeper (see MAX_DEPTH). */
static gboolean
parse_TriplesNode (Triples *tr, NgAstSlot *node)
{
  Parser *dp = tr->p;
  gboolean r = enter (dp) ? parse_TriplesNode_nested (tr, node) : FALSE;
  dp->depth--;
  return r;
}

/* GraphNode: VarOrTerm | TriplesNode */
static gboolean
parse_GraphNode (Triples *tr, NgAstSlot *node)
{
  if (is_punct (tr->p, "[") || is_punct (tr->p, "("))
    return parse_TriplesNode (tr, node);
  return parse_var_or_term (tr->p, node, tr->template);
}

/* Verb: a variable, or a path ('a' and an IRI are the simple paths). */
static gboolean
parse_Verb (Triples *tr, NgAstSlot *pred, NgPath **path)
{
  Parser *p = tr->p;
  *path = NULL;
  memset (pred, 0, sizeof *pred);
  pred->var = -1;
  if (p->tok.kind == NG_TOK_VAR) {
    pred->var = ng_query_var (p->q, p->tok.text);
    next (p);
    return TRUE;
  }
  if (tr->template) {
    char *iri;
    if (!parse_iri_or_a (p, &iri))
      return FALSE;
    set_iri (&pred->term, iri);
    return TRUE;
  }
  if (!(p->tok.kind == NG_TOK_IRI || p->tok.kind == NG_TOK_PNAME || is_word (p, "a")
        || is_punct (p, "^") || is_punct (p, "(") || is_punct (p, "!"))) {
    fail_expected (p, "a predicate");
    return FALSE;
  }
  NgPath *pa = parse_Path (p);
  if (!pa)
    return FALSE;
  if (pa->kind == NG_PATH_LINK)
    pred->term = pa->iri;
  else
    *path = pa;
  return TRUE;
}

/* PropertyListPathNotEmpty, after its subject. */
static gboolean
parse_PropertyListNotEmpty (Triples *tr, const NgAstSlot *subject)
{
  Parser *p = tr->p;
  for (;;) {
    NgAstSlot pred;
    NgPath *path;
    if (!parse_Verb (tr, &pred, &path))
      return FALSE;
    do {
      NgAstSlot o;
      if (!parse_GraphNode (tr, &o))
        return FALSE;
      emit (tr, subject, path ? NULL : &pred, path, &o);
    } while (accept_punct (p, ","));
    if (p->error)
      return FALSE;
    if (!accept_punct (p, ";"))
      return TRUE;
    while (accept_punct (p, ";"))
      ;
    /* A trailing ';' is allowed. */
    if (is_punct (p, ".") || is_punct (p, "}") || is_punct (p, "]") || p->tok.kind == NG_TOK_EOF
        || is_word (p, "OPTIONAL") || is_word (p, "FILTER") || is_word (p, "GRAPH")
        || is_word (p, "MINUS") || is_word (p, "BIND") || is_word (p, "VALUES")
        || is_punct (p, "{"))
      return TRUE;
  }
}

/* TriplesSameSubjectPath */
static gboolean
parse_TriplesSameSubject (Triples *tr)
{
  Parser *p = tr->p;
  NgAstSlot s;
  if (is_punct (p, "[") || is_punct (p, "(")) {
    gboolean is_anon_like = TRUE;
    if (!parse_TriplesNode (tr, &s))
      return FALSE;
    /* After [ ... ] or ( ... ) the property list is optional. */
    if (is_punct (p, ".") || is_punct (p, "}"))
      return is_anon_like;
    return parse_PropertyListNotEmpty (tr, &s);
  }
  if (!parse_var_or_term (p, &s, tr->template))
    return FALSE;
  return parse_PropertyListNotEmpty (tr, &s);
}

static gboolean
starts_triples (const Parser *p)
{
  switch (p->tok.kind) {
  case NG_TOK_VAR:
  case NG_TOK_IRI:
  case NG_TOK_PNAME:
  case NG_TOK_BLANK:
  case NG_TOK_STRING:
  case NG_TOK_INTEGER:
  case NG_TOK_DECIMAL:
  case NG_TOK_DOUBLE:
    return TRUE;
  case NG_TOK_WORD:
    return is_word (p, "true") || is_word (p, "false");
  case NG_TOK_PUNCT:
    return is_punct (p, "[") || is_punct (p, "(") || is_punct (p, "+") || is_punct (p, "-");
  default:
    return FALSE;
  }
}

/* TriplesBlock: TriplesSameSubjectPath ('.' TriplesBlock?)? */
static gboolean
parse_TriplesBlock (Triples *tr)
{
  Parser *p = tr->p;
  while (starts_triples (p)) {
    if (!parse_TriplesSameSubject (tr))
      return FALSE;
    if (!accept_punct (p, "."))
      break;
  }
  return !p->error;
}

/* ---- group graph patterns ------------------------------------------- */

static NgGroup *parse_GroupGraphPattern (Parser *p);

static NgGroup *
new_group (Parser *p)
{
  NgGroup *g = g_new0 (NgGroup, 1);
  g->els = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (p->q->groups, g);
  return g;
}

static NgElement *
add_el (Parser *p, NgGroup *g, NgElKind kind)
{
  NgElement *el = g_new0 (NgElement, 1);
  el->kind = kind;
  el->line = p->tok.line;
  el->col = p->tok.col;
  g_ptr_array_add (g->els, el);
  return el;
}

/* DataBlock after VALUES. */
static NgAstValues *
parse_DataBlock (Parser *p)
{
  NgAstValues *v = g_new0 (NgAstValues, 1);
  GArray *vars = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean single = FALSE;
  if (p->tok.kind == NG_TOK_VAR) {
    int var = ng_query_var (p->q, p->tok.text);
    g_array_append_val (vars, var);
    next (p);
    single = TRUE;
  } else if (accept_punct (p, "(")) {
    while (p->tok.kind == NG_TOK_VAR) {
      int var = ng_query_var (p->q, p->tok.text);
      g_array_append_val (vars, var);
      next (p);
    }
    expect_punct (p, ")");
  } else {
    fail_expected (p, "a variable or '('");
  }
  v->n_vars = (int) vars->len;
  v->vars = (int *) g_array_free (vars, FALSE);
  v->rows = g_array_new (FALSE, TRUE, sizeof (NgAstSlot));
  /* Owned by the query: free it with the query's strings. */
  if (p->error || !expect_punct (p, "{"))
    return v;
  while (!p->error && !accept_punct (p, "}")) {
    if (!single && !expect_punct (p, "("))
      return v;
    for (int i = 0; i < v->n_vars || (single && i == 0); i++) {
      NgAstSlot s;
      memset (&s, 0, sizeof s);
      s.var = -1;
      if (accept_word (p, "UNDEF")) {
        /* term.value NULL: UNDEF */
      } else {
        if (p->tok.kind == NG_TOK_VAR || p->tok.kind == NG_TOK_BLANK) {
          fail_expected (p, "a constant or UNDEF");
          return v;
        }
        if (!parse_var_or_term (p, &s, TRUE))
          return v;
      }
      g_array_append_val (v->rows, s);
      if (single)
        break;
    }
    if (!single && !expect_punct (p, ")"))
      return v;
  }
  return v;
}

static void
values_free (gpointer data)
{
  NgAstValues *v = data;
  g_free (v->vars);
  g_array_unref (v->rows);
  g_free (v);
}

/* GroupGraphPatternSub, inside the braces. */
static gboolean
parse_GroupGraphPatternSub (Parser *p, NgGroup *g)
{
  for (;;) {
    if (p->error)
      return FALSE;
    if (starts_triples (p)) {
      NgElement *el = add_el (p, g, NG_EL_TRIPLES);
      el->triples = g_array_new (FALSE, TRUE, sizeof (NgAstTriple));
      Triples tr = { p, el->triples, FALSE };
      if (!parse_TriplesBlock (&tr))
        return FALSE;
      continue;
    }
    if (is_punct (p, "{")) {
      NgElement *el = add_el (p, g, NG_EL_GROUP);
      el->group = parse_GroupGraphPattern (p);
      if (!el->group)
        return FALSE;
      if (is_word (p, "UNION")) {
        el->kind = NG_EL_UNION;
        el->kids = g_ptr_array_new ();
        g_ptr_array_add (el->kids, el->group);
        el->group = NULL;
        while (accept_word (p, "UNION")) {
          NgGroup *k = parse_GroupGraphPattern (p);
          if (!k)
            return FALSE;
          g_ptr_array_add (el->kids, k);
        }
      }
    } else if (is_word (p, "OPTIONAL")) {
      NgElement *el = add_el (p, g, NG_EL_OPTIONAL);
      next (p);
      if (!(el->group = parse_GroupGraphPattern (p)))
        return FALSE;
    } else if (is_word (p, "MINUS")) {
      NgElement *el = add_el (p, g, NG_EL_MINUS);
      next (p);
      if (!(el->group = parse_GroupGraphPattern (p)))
        return FALSE;
    } else if (is_word (p, "GRAPH")) {
      NgElement *el = add_el (p, g, NG_EL_GRAPH);
      next (p);
      if (p->tok.kind == NG_TOK_VAR) {
        el->graph.var = ng_query_var (p->q, p->tok.text);
        next (p);
      } else {
        char *iri;
        el->graph.var = -1;
        if (!parse_iri (p, &iri))
          return FALSE;
        set_iri (&el->graph.term, iri);
      }
      if (!(el->group = parse_GroupGraphPattern (p)))
        return FALSE;
    } else if (is_word (p, "FILTER")) {
      NgElement *el = add_el (p, g, NG_EL_FILTER);
      next (p);
      if (is_word (p, "NOT") || is_word (p, "EXISTS")) {
        fail_unsupported (p, is_word (p, "NOT") ? "NOT EXISTS" : "EXISTS");
        return FALSE;
      }
      if (!(el->expr = parse_Constraint (p)))
        return FALSE;
    } else if (is_word (p, "BIND")) {
      NgElement *el = add_el (p, g, NG_EL_BIND);
      next (p);
      if (!expect_punct (p, "(") || !(el->expr = parse_Expression (p)) || !expect_word (p, "AS"))
        return FALSE;
      if (p->tok.kind != NG_TOK_VAR) {
        fail_expected (p, "a variable");
        return FALSE;
      }
      el->var = ng_query_var (p->q, p->tok.text);
      next (p);
      if (!expect_punct (p, ")"))
        return FALSE;
    } else if (is_word (p, "VALUES")) {
      NgElement *el = add_el (p, g, NG_EL_VALUES);
      next (p);
      el->values = parse_DataBlock (p);
      if (p->error)
        return FALSE;
    } else if (is_word (p, "SERVICE")) {
      fail_unsupported (p, "SERVICE");
      return FALSE;
    } else {
      return TRUE;
    }
    accept_punct (p, ".");
  }
}

static NgGroup *
parse_GroupGraphPattern_nested (Parser *p)
{
  if (!expect_punct (p, "{"))
    return NULL;
  if (is_word (p, "SELECT")) {
    fail_unsupported (p, "subqueries");
    return NULL;
  }
  NgGroup *g = new_group (p);
  if (!parse_GroupGraphPatternSub (p, g))
    return NULL;
  if (!expect_punct (p, "}"))
    return NULL;
  return g;
}

/* parse_GroupGraphPattern, one level deeper (see MAX_DEPTH). */
static NgGroup *
parse_GroupGraphPattern (Parser *p)
{
  Parser *dp = p;
  NgGroup * r = enter (dp) ? parse_GroupGraphPattern_nested (p) : NULL;
  dp->depth--;
  return r;
}

/* ---- the query ------------------------------------------------------ */

static gboolean
parse_Prologue (Parser *p)
{
  for (;;) {
    if (accept_word (p, "BASE")) {
      if (p->tok.kind != NG_TOK_IRI) {
        fail_expected (p, "an IRI");
        return FALSE;
      }
      p->q->base = resolve_iri (p, p->tok.text);
      next (p);
    } else if (accept_word (p, "PREFIX")) {
      if (p->tok.kind != NG_TOK_PNAME || p->tok.len != 0) {
        fail_expected (p, "a prefix name ending in ':'");
        return FALSE;
      }
      char *prefix = keep (p, p->tok.prefix, strlen (p->tok.prefix));
      next (p);
      if (p->tok.kind != NG_TOK_IRI) {
        fail_expected (p, "an IRI");
        return FALSE;
      }
      g_ptr_array_add (p->q->prefixes, prefix);
      g_ptr_array_add (p->q->prefixes, resolve_iri (p, p->tok.text));
      next (p);
    } else {
      return !p->error;
    }
  }
}

static gboolean
parse_DatasetClauses (Parser *p)
{
  while (accept_word (p, "FROM")) {
    gboolean named = accept_word (p, "NAMED");
    char *iri;
    if (!parse_iri (p, &iri))
      return FALSE;
    g_ptr_array_add (named ? p->q->from_named : p->q->from, iri);
  }
  return !p->error;
}

static gboolean
parse_WhereClause (Parser *p)
{
  accept_word (p, "WHERE");
  p->q->where = parse_GroupGraphPattern (p);
  return p->q->where != NULL;
}

static gboolean
parse_SolutionModifier (Parser *p)
{
  NgQuery *q = p->q;
  if (accept_word (p, "GROUP")) {
    if (!expect_word (p, "BY"))
      return FALSE;
    do {
      int as = -1;
      NgExpr *e;
      if (p->tok.kind == NG_TOK_VAR) {
        e = new_expr (p, NG_EX_VAR, 0);
        e->var = ng_query_var (q, p->tok.text);
        next (p);
      } else if (accept_punct (p, "(")) {
        if (!(e = parse_Expression (p)))
          return FALSE;
        if (accept_word (p, "AS")) {
          if (p->tok.kind != NG_TOK_VAR) {
            fail_expected (p, "a variable");
            return FALSE;
          }
          as = ng_query_var (q, p->tok.text);
          next (p);
        }
        if (!expect_punct (p, ")"))
          return FALSE;
      } else {
        if (!(e = parse_Constraint (p)))
          return FALSE;
      }
      g_ptr_array_add (q->group_by, e);
      g_array_append_val (q->group_as, as);
    } while (!p->error
             && (p->tok.kind == NG_TOK_VAR || is_punct (p, "(")
                 || (p->tok.kind == NG_TOK_WORD && !is_word (p, "HAVING") && !is_word (p, "ORDER")
                     && !is_word (p, "LIMIT") && !is_word (p, "OFFSET")
                     && !is_word (p, "VALUES"))));
  }
  p->in_aggregate_ok = TRUE;
  if (accept_word (p, "HAVING")) {
    do {
      NgExpr *e = parse_Constraint (p);
      if (!e)
        return FALSE;
      g_ptr_array_add (q->having, e);
    } while (is_punct (p, "(")
             || (p->tok.kind == NG_TOK_WORD && !is_word (p, "ORDER") && !is_word (p, "LIMIT")
                 && !is_word (p, "OFFSET") && !is_word (p, "VALUES")));
  }
  if (accept_word (p, "ORDER")) {
    if (!expect_word (p, "BY"))
      return FALSE;
    do {
      NgOrderKey k = { NULL, FALSE };
      if (is_word (p, "ASC") || is_word (p, "DESC")) {
        k.desc = is_word (p, "DESC");
        next (p);
        if (!is_punct (p, "(")) {
          fail_expected (p, "'('");
          return FALSE;
        }
        k.expr = parse_PrimaryExpression (p);
      } else if (p->tok.kind == NG_TOK_VAR) {
        k.expr = new_expr (p, NG_EX_VAR, 0);
        k.expr->var = ng_query_var (q, p->tok.text);
        next (p);
      } else {
        k.expr = parse_Constraint (p);
      }
      if (!k.expr)
        return FALSE;
      g_array_append_val (q->order, k);
    } while (!p->error
             && (p->tok.kind == NG_TOK_VAR || is_punct (p, "(")
                 || (p->tok.kind == NG_TOK_WORD && !is_word (p, "LIMIT") && !is_word (p, "OFFSET")
                     && !is_word (p, "VALUES"))
                 || p->tok.kind == NG_TOK_IRI || p->tok.kind == NG_TOK_PNAME));
  }
  p->in_aggregate_ok = FALSE;
  for (int round = 0; round < 2; round++) {
    if (is_word (p, "LIMIT") || is_word (p, "OFFSET")) {
      gboolean limit = is_word (p, "LIMIT");
      next (p);
      if (p->tok.kind != NG_TOK_INTEGER) {
        fail_expected (p, "an integer");
        return FALSE;
      }
      gint64 n = g_ascii_strtoll (p->tok.text, NULL, 10);
      if (limit)
        q->limit = n;
      else
        q->offset = n;
      next (p);
    }
  }
  return !p->error;
}

static gboolean
parse_SelectClause (Parser *p)
{
  NgQuery *q = p->q;
  if (accept_word (p, "DISTINCT"))
    q->distinct = TRUE;
  else if (accept_word (p, "REDUCED"))
    q->reduced = TRUE;
  if (accept_punct (p, "*")) {
    q->select_star = TRUE;
    return TRUE;
  }
  p->in_aggregate_ok = TRUE;
  while (!p->error) {
    NgProjection pr = { -1, NULL };
    if (p->tok.kind == NG_TOK_VAR) {
      pr.var = ng_query_var (q, p->tok.text);
      next (p);
    } else if (accept_punct (p, "(")) {
      if (!(pr.expr = parse_Expression (p)) || !expect_word (p, "AS"))
        return FALSE;
      if (p->tok.kind != NG_TOK_VAR) {
        fail_expected (p, "a variable");
        return FALSE;
      }
      pr.var = ng_query_var (q, p->tok.text);
      next (p);
      if (!expect_punct (p, ")"))
        return FALSE;
    } else {
      break;
    }
    for (guint i = 0; i < q->project->len; i++)
      if (g_array_index (q->project, NgProjection, i).var == pr.var) {
        fail_expected (p, "a variable not already selected");
        return FALSE;
      }
    g_array_append_val (q->project, pr);
  }
  p->in_aggregate_ok = FALSE;
  if (!p->error && q->project->len == 0)
    fail_expected (p, "a variable, '(' or '*'");
  return !p->error;
}

static gboolean
parse_Query (Parser *p)
{
  NgQuery *q = p->q;
  if (!parse_Prologue (p))
    return FALSE;
  if (accept_word (p, "SELECT")) {
    q->form = NG_QUERY_SELECT;
    if (!parse_SelectClause (p) || !parse_DatasetClauses (p) || !parse_WhereClause (p)
        || !parse_SolutionModifier (p))
      return FALSE;
  } else if (accept_word (p, "ASK")) {
    q->form = NG_QUERY_ASK;
    if (!parse_DatasetClauses (p) || !parse_WhereClause (p) || !parse_SolutionModifier (p))
      return FALSE;
  } else if (accept_word (p, "CONSTRUCT")) {
    q->form = NG_QUERY_CONSTRUCT;
    q->template = g_array_new (FALSE, TRUE, sizeof (NgAstTriple));
    if (is_punct (p, "{")) {
      next (p);
      Triples tr = { p, q->template, TRUE };
      if (!parse_TriplesBlock (&tr) || !expect_punct (p, "}"))
        return FALSE;
      if (!parse_DatasetClauses (p) || !parse_WhereClause (p) || !parse_SolutionModifier (p))
        return FALSE;
    } else {
      /* CONSTRUCT WHERE { triples }: the pattern is the template. */
      if (!parse_DatasetClauses (p) || !expect_word (p, "WHERE") || !expect_punct (p, "{"))
        return FALSE;
      Triples tr = { p, q->template, TRUE };
      if (!parse_TriplesBlock (&tr) || !expect_punct (p, "}"))
        return FALSE;
      q->where = new_group (p);
      NgElement *el = add_el (p, q->where, NG_EL_TRIPLES);
      el->triples = g_array_new (FALSE, TRUE, sizeof (NgAstTriple));
      for (guint i = 0; i < q->template->len; i++) {
        NgAstTriple t = g_array_index (q->template, NgAstTriple, i);
        NgAstSlot *sl[3] = { &t.s, &t.p, &t.o };
        for (int k = 0; k < 3; k++)
          if (sl[k]->var < 0 && sl[k]->term.kind == NG_TERM_BLANK)
            sl[k]->var = blank_var (p, sl[k]->term.value);
        g_array_append_val (el->triples, t);
      }
      if (!parse_SolutionModifier (p))
        return FALSE;
    }
  } else if (accept_word (p, "DESCRIBE")) {
    q->form = NG_QUERY_DESCRIBE;
    q->template = g_array_new (FALSE, TRUE, sizeof (NgAstSlot));
    if (accept_punct (p, "*")) {
      q->select_star = TRUE;
    } else {
      do {
        NgAstSlot s;
        if (!(p->tok.kind == NG_TOK_VAR || p->tok.kind == NG_TOK_IRI || p->tok.kind == NG_TOK_PNAME)) {
          if (q->template->len == 0) {
            fail_expected (p, "a variable, an IRI or '*'");
            return FALSE;
          }
          break;
        }
        if (!parse_var_or_term (p, &s, FALSE))
          return FALSE;
        g_array_append_val (q->template, s);
      } while (TRUE);
    }
    if (!parse_DatasetClauses (p))
      return FALSE;
    if (is_word (p, "WHERE") || is_punct (p, "{")) {
      if (!parse_WhereClause (p))
        return FALSE;
    } else {
      q->where = new_group (p);
    }
    if (!parse_SolutionModifier (p))
      return FALSE;
  } else {
    fail_expected (p, "SELECT, ASK, CONSTRUCT or DESCRIBE");
    return FALSE;
  }
  if (accept_word (p, "VALUES")) {
    q->values = parse_DataBlock (p);
    if (p->error)
      return FALSE;
  }
  if (p->tok.kind != NG_TOK_EOF) {
    fail_expected (p, "end of query");
    return FALSE;
  }
  return TRUE;
}

static void
group_free (gpointer data)
{
  NgGroup *g = data;
  for (guint i = 0; i < g->els->len; i++) {
    NgElement *el = g_ptr_array_index (g->els, i);
    if (el->triples)
      g_array_unref (el->triples);
    if (el->kids)
      g_ptr_array_free (el->kids, TRUE);
    if (el->values)
      values_free (el->values);
  }
  g_ptr_array_free (g->els, TRUE);
  g_free (g);
}

static void
expr_free (gpointer data)
{
  NgExpr *e = data;
  if (!e)
    return;
  g_free (e->args);
  if (e->regex)
    g_regex_unref (e->regex);
  g_free (e);
}

static void
path_free (gpointer data)
{
  NgPath *p = data;
  if (p->neg)
    g_ptr_array_free (p->neg, TRUE);
  g_free (p);
}

NgQuery *
ng_query_parse (const char *text, gssize len, const char *name, const char *base, GError **error)
{
  g_return_val_if_fail (text != NULL, NULL);
  if (len < 0)
    len = (gssize) strlen (text);
  /* The query must be UTF-8: invalid bytes would otherwise reach variable
   * names, IRIs and literals, and from there every result format (found
   * by tests/fuzz/fuzz-results). */
  const char *bad;
  if (!g_utf8_validate_len (text, (gsize) len, &bad)) {
    int line = 1, col = 1;
    for (const char *c = text; c < bad; c++, col++)
      if (*c == '\n')
        line++, col = 0;
    g_set_error (error, NG_QUERY_ERROR, NG_QUERY_ERROR_SYNTAX,
                 "%s:%d:%d: error: invalid UTF-8 (or a NUL byte) in the query",
                 name ? name : "<query>", line, col);
    return NULL;
  }
  NgQuery *q = g_new0 (NgQuery, 1);
  q->name = g_strdup (name ? name : "<query>");
  q->strings = g_string_chunk_new (1024);
  q->base = base ? g_string_chunk_insert (q->strings, base) : NULL;
  q->prefixes = g_ptr_array_new ();
  q->vars = g_ptr_array_new_with_free_func (g_free);
  q->project = g_array_new (FALSE, FALSE, sizeof (NgProjection));
  q->group_by = g_ptr_array_new ();
  q->group_as = g_array_new (FALSE, FALSE, sizeof (int));
  q->having = g_ptr_array_new ();
  q->order = g_array_new (FALSE, FALSE, sizeof (NgOrderKey));
  q->aggs = g_ptr_array_new ();
  q->from = g_ptr_array_new ();
  q->from_named = g_ptr_array_new ();
  q->exprs = g_ptr_array_new_with_free_func (expr_free);
  q->paths = g_ptr_array_new_with_free_func (path_free);
  q->groups = g_ptr_array_new_with_free_func (group_free);
  q->limit = -1;
  Parser p;
  memset (&p, 0, sizeof p);
  p.q = q;
  p.name = q->name;
  p.text = text;
  p.text_len = (gsize) len;
  ng_lexer_init (&p.lx, text, (gsize) len);
  next (&p);
  gboolean ok = parse_Query (&p) && !p.error;
  ng_token_clear (&p.tok);
  ng_lexer_clear (&p.lx);
  if (!ok) {
    g_propagate_error (error, p.error);
    ng_query_free (q);
    return NULL;
  }
  return q;
}

void
ng_query_free (NgQuery *q)
{
  if (!q)
    return;
  g_free (q->name);
  g_ptr_array_free (q->prefixes, TRUE);
  g_ptr_array_free (q->vars, TRUE);
  g_array_unref (q->project);
  g_ptr_array_free (q->group_by, TRUE);
  g_array_unref (q->group_as);
  g_ptr_array_free (q->having, TRUE);
  g_array_unref (q->order);
  g_ptr_array_free (q->aggs, TRUE);
  g_ptr_array_free (q->from, TRUE);
  g_ptr_array_free (q->from_named, TRUE);
  if (q->template)
    g_array_unref (q->template);
  if (q->values)
    values_free (q->values);
  g_ptr_array_free (q->exprs, TRUE);
  g_ptr_array_free (q->paths, TRUE);
  g_ptr_array_free (q->groups, TRUE);
  g_string_chunk_free (q->strings);
  g_free (q);
}

NgQueryForm
ng_query_form (const NgQuery *q)
{
  return q->form;
}

const GPtrArray *
ng_query_dataset (const NgQuery *q, gboolean named)
{
  const GPtrArray *a = named ? q->from_named : q->from;
  return a->len ? a : NULL;
}

const GPtrArray *
ng_query_prefixes (const NgQuery *q)
{
  return q->prefixes;
}

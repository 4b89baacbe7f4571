/* SPDX-License-Identifier: MIT */
/* load.c: every syntax raptor2 parses, into the store.
 *
 * raptor2 reports errors through the world's log handler even when the
 * parse call returns 0, so errors are counted there and the first one is
 * kept for the message.  Statements that arrived before a syntax error are
 * dropped again (ng_store_truncate): a failed file leaves nothing behind.
 * Files are opened here, never by raptor, so a missing file is "no such
 * file" and never a URL fetch.
 *
 * raptor2 2.0.15 lets some invalid input through and corrupts some valid
 * input (the W3C suites show it); this file closes those gaps:
 *   - it accepts "\uD800" (a lone surrogate) and raw surrogate bytes, and
 *     hands out the invalid UTF-8 they make: every new IRI and literal is
 *     checked to be UTF-8 (validate_term), which also catches any other
 *     invalid byte raptor might let through;
 *   - it accepts blank-node labels with a colon ("_::a", "_:a:b"): every
 *     label is checked against BLANK_NODE_LABEL (valid_blank_label);
 *   - it cuts a literal at a NUL character, written raw or as "\u0000":
 *     the text syntaxes pass through nul_filter, which replaces each NUL by
 *     U+10FFFD (a private-use character) before raptor sees it, and the
 *     statement handler turns it back into a NUL.  A document that also
 *     holds a real U+10FFFD is refused rather than corrupted;
 *   - it resolves "../x" against a base with an empty path segment
 *     ("http://ab//de//ghi") wrongly: the relative form never reaches us,
 *     so that one stays a known failure (tests/conformance).
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <raptor2.h>

#include "rdfio/rdfio.h"

G_DEFINE_QUARK (ng-rdfio-error-quark, ng_rdfio_error)

#define CHUNK (1u << 20) /* TUNING: fewer parse calls; raptor copies lines anyway */

/* U+10FFFD stands for NUL while raptor parses (see nul_filter). */
#define NUL_STAND_IN "\xF4\x8F\xBF\xBD"
#define NUL_STAND_IN_LEN 4

typedef struct {
  NgStore *store;
  const char *name;   /**< file name for messages */
  char *blank_prefix; /**< "dN_": scopes blank labels to this load */
  GString *blank;     /**< scratch for prefixed labels */
  GString *lex;       /**< scratch for literals with NULs restored */
  raptor_parser *parser; /**< for the locator of statement errors */
  NgTermId n_checked; /**< terms with ids up to this are known valid */
  GString *last_subject; /**< the last subject IRI, and its id: */
  NgTermId last_subject_id; /**< statements often share a subject */
  gboolean had_nul;   /**< nul_filter replaced a NUL */
  gboolean had_stand_in; /**< the input itself holds U+10FFFD */
  int n_errors;
  char *first_error;  /**< "LINE:COL: text" of the first error */
} LoadCtx;

static const struct {
  const char *name;
  const char *raptor;
  const char *ext;
  NgSyntax syntax;
} syntaxes[] = {
  { "turtle", "turtle", "ttl", NG_SYNTAX_TURTLE },
  { "ntriples", "ntriples", "nt", NG_SYNTAX_NTRIPLES },
  { "nquads", "nquads", "nq", NG_SYNTAX_NQUADS },
  { "trig", "trig", "trig", NG_SYNTAX_TRIG },
  { "rdfxml", "rdfxml", "rdf", NG_SYNTAX_RDFXML },
};

static const struct {
  const char *alias;
  NgSyntax syntax;
} aliases[] = {
  { "ttl", NG_SYNTAX_TURTLE }, { "n3", NG_SYNTAX_TURTLE },
  { "nt", NG_SYNTAX_NTRIPLES }, { "n-triples", NG_SYNTAX_NTRIPLES },
  { "nq", NG_SYNTAX_NQUADS }, { "n-quads", NG_SYNTAX_NQUADS },
  { "xml", NG_SYNTAX_RDFXML }, { "rdf", NG_SYNTAX_RDFXML }, { "owl", NG_SYNTAX_RDFXML },
  { "rdf/xml", NG_SYNTAX_RDFXML },
};

NgSyntax
ng_syntax_from_name (const char *name)
{
  if (!name)
    return NG_SYNTAX_UNKNOWN;
  for (gsize i = 0; i < G_N_ELEMENTS (syntaxes); i++)
    if (g_ascii_strcasecmp (name, syntaxes[i].name) == 0)
      return syntaxes[i].syntax;
  for (gsize i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (name, aliases[i].alias) == 0)
      return aliases[i].syntax;
  return NG_SYNTAX_UNKNOWN;
}

NgSyntax
ng_syntax_from_filename (const char *path)
{
  const char *dot = path ? strrchr (path, '.') : NULL;
  if (!dot || strchr (dot, '/'))
    return NG_SYNTAX_UNKNOWN;
  return ng_syntax_from_name (dot + 1);
}

const char *
ng_syntax_name (NgSyntax syntax)
{
  for (gsize i = 0; i < G_N_ELEMENTS (syntaxes); i++)
    if (syntaxes[i].syntax == syntax)
      return syntaxes[i].name;
  return "unknown";
}

const char *
ng_syntax_extension (NgSyntax syntax)
{
  for (gsize i = 0; i < G_N_ELEMENTS (syntaxes); i++)
    if (syntaxes[i].syntax == syntax)
      return syntaxes[i].ext;
  return "";
}

const char *
ng_syntax_names (void)
{
  return "turtle (ttl), ntriples (nt), nquads (nq), trig, rdfxml (xml)";
}

static const char *
raptor_name (NgSyntax syntax)
{
  for (gsize i = 0; i < G_N_ELEMENTS (syntaxes); i++)
    if (syntaxes[i].syntax == syntax)
      return syntaxes[i].raptor;
  return NULL;
}

static void
on_log (void *user, raptor_log_message *msg)
{
  LoadCtx *ctx = user;
  if (msg->level < RAPTOR_LOG_LEVEL_ERROR)
    return;
  if (ctx->n_errors++ == 0) {
    const raptor_locator *loc = msg->locator;
    if (loc && loc->line >= 0 && loc->column >= 0)
      ctx->first_error = g_strdup_printf ("%d:%d: error: %s", loc->line, loc->column, msg->text);
    else if (loc && loc->line >= 0)
      ctx->first_error = g_strdup_printf ("%d:1: error: %s", loc->line, msg->text);
    else
      ctx->first_error = g_strdup_printf ("1:1: error: %s", msg->text);
  }
}

/* An error found in a statement, located where raptor is parsing. */
static void
statement_error (LoadCtx *ctx, const char *text)
{
  raptor_locator *loc = ctx->parser ? raptor_parser_get_locator (ctx->parser) : NULL;
  on_log (ctx, &(raptor_log_message){ .level = RAPTOR_LOG_LEVEL_ERROR, .locator = loc,
                                      .text = text });
}

/* BLANK_NODE_LABEL of N-Triples and Turtle, for its ASCII part: a first
 * character of PN_CHARS_U or a digit, then PN_CHARS or '.'.  raptor checks
 * the rest but lets ':' through.  (A label cannot end in '.': the caller
 * drops the statement's final '.', which raptor's N-Triples parser takes
 * into "_:b." when no space precedes it.) */
static gboolean
valid_blank_label (const unsigned char *s, size_t n)
{
  if (n == 0 || s[0] == '-' || s[0] == '.')
    return FALSE;
  for (size_t i = 0; i < n; i++)
    if (s[i] < 0x80 && !g_ascii_isalnum (s[i]) && !strchr ("_-.", s[i]))
      return FALSE;
  return TRUE;
}

/* Valid UTF-8, NULs allowed (g_utf8_validate stops at a NUL). */
static gboolean
utf8_valid (const char *s, gsize len)
{
  const char *end = s + len;
  while (s < end) {
    const char *nul = memchr (s, 0, (gsize) (end - s));
    gsize n = (gsize) ((nul ? nul : end) - s);
    if (!g_utf8_validate_len (s, n, NULL))
      return FALSE;
    s += n + (nul ? 1 : 0);
  }
  return TRUE;
}

/* Terms are checked once, when first interned: ids grow by one per new
 * term, so ids above n_checked are the new ones.  (Terms interned by an
 * earlier load that failed are not checked again.) */
static gboolean
validate_term (LoadCtx *ctx, NgTermId id)
{
  if (id <= ctx->n_checked)
    return TRUE;
  gsize len;
  const char *v = ng_term_value (ctx->store, id, &len);
  NgTermKind kind = ng_term_kind (ctx->store, id);
  ctx->n_checked = id;
  if (!utf8_valid (v, len)) {
    statement_error (ctx, kind == NG_TERM_IRI ? "invalid UTF-8 or a lone surrogate in an IRI"
                                              : "invalid UTF-8 or a lone surrogate in a literal");
    return FALSE;
  }
  if (kind == NG_TERM_IRI && (memchr (v, 0, len)
                              || (ctx->had_nul && g_strstr_len (v, (gssize) len, NUL_STAND_IN)))) {
    statement_error (ctx, "a NUL character in an IRI");
    return FALSE;
  }
  return TRUE;
}

/* A literal's lexical form with the NULs nul_filter hid put back. */
static const char *
restore_nuls (LoadCtx *ctx, const char *s, size_t *n)
{
  if (!ctx->had_nul || !g_strstr_len (s, (gssize) *n, NUL_STAND_IN))
    return s;
  g_string_truncate (ctx->lex, 0);
  for (size_t i = 0; i < *n;) {
    if (i + NUL_STAND_IN_LEN <= *n && memcmp (s + i, NUL_STAND_IN, NUL_STAND_IN_LEN) == 0) {
      g_string_append_c (ctx->lex, '\0');
      i += NUL_STAND_IN_LEN;
    } else {
      g_string_append_c (ctx->lex, s[i++]);
    }
  }
  *n = ctx->lex->len;
  return ctx->lex->str;
}

static NgTermId
intern_term (LoadCtx *ctx, const raptor_term *t)
{
  switch (t->type) {
  case RAPTOR_TERM_TYPE_URI: {
    size_t len;
    const unsigned char *s = raptor_uri_as_counted_string (t->value.uri, &len);
    NgTermId id = ng_store_iri (ctx->store, (const char *) s, (gssize) len);
    return validate_term (ctx, id) ? id : NG_TERM_NONE;
  }
  case RAPTOR_TERM_TYPE_BLANK: {
    size_t n = t->value.blank.string_len;
    while (n > 0 && t->value.blank.string[n - 1] == '.')
      n--;
    if (!valid_blank_label (t->value.blank.string, n)) {
      statement_error (ctx, "invalid blank node label");
      return NG_TERM_NONE;
    }
    g_string_truncate (ctx->blank, 0);
    g_string_append (ctx->blank, ctx->blank_prefix);
    g_string_append_len (ctx->blank, (const char *) t->value.blank.string, (gssize) n);
    return ng_store_blank (ctx->store, ctx->blank->str, (gssize) ctx->blank->len);
  }
  case RAPTOR_TERM_TYPE_LITERAL: {
    const raptor_term_literal_value *l = &t->value.literal;
    const char *dt = l->datatype ? (const char *) raptor_uri_as_string (l->datatype) : NULL;
    size_t n = l->string_len;
    const char *lex = restore_nuls (ctx, (const char *) l->string, &n);
    NgTermId id = ng_store_literal (ctx->store, lex, (gssize) n, (const char *) l->language, dt);
    return validate_term (ctx, id) ? id : NG_TERM_NONE;
  }
  default:
    return NG_TERM_NONE;
  }
}

/* The subject, reusing the last one's id when it is the same IRI: cheaper
 * than hashing it again, as most files group statements by subject. */
static NgTermId
intern_subject (LoadCtx *ctx, const raptor_term *t)
{
  if (t->type != RAPTOR_TERM_TYPE_URI)
    return intern_term (ctx, t);
  size_t len;
  const unsigned char *s = raptor_uri_as_counted_string (t->value.uri, &len);
  if (ctx->last_subject_id && len == ctx->last_subject->len
      && memcmp (s, ctx->last_subject->str, len) == 0)
    return ctx->last_subject_id;
  NgTermId id = intern_term (ctx, t);
  g_string_truncate (ctx->last_subject, 0);
  g_string_append_len (ctx->last_subject, (const char *) s, (gssize) len);
  ctx->last_subject_id = id;
  return id;
}

static void
on_statement (void *user, raptor_statement *st)
{
  LoadCtx *ctx = user;
  if (ctx->n_errors)
    return;
  NgTermId s = intern_subject (ctx, st->subject);
  NgTermId p = s ? intern_term (ctx, st->predicate) : NG_TERM_NONE;
  NgTermId o = p ? intern_term (ctx, st->object) : NG_TERM_NONE;
  NgTermId g = !o ? NG_TERM_NONE : st->graph ? intern_term (ctx, st->graph) : NG_GRAPH_DEFAULT;
  if (s && p && o && g)
    ng_store_add (ctx->store, s, p, o, g);
  else if (!ctx->n_errors)
    statement_error (ctx, "a term newsgraph cannot store");
}

static void
on_namespace (void *user, raptor_namespace *ns)
{
  LoadCtx *ctx = user;
  const unsigned char *prefix = raptor_namespace_get_prefix (ns);
  raptor_uri *uri = raptor_namespace_get_uri (ns);
  if (uri)
    ng_store_add_prefix (ctx->store, prefix ? (const char *) prefix : "",
                         (const char *) raptor_uri_as_string (uri));
}

/* A reader of the input: either a FILE or a memory buffer. */
typedef struct {
  FILE *fp;
  const char *data;
  gsize len, pos;
} Source;

static gsize
source_read (Source *src, unsigned char *buf, gsize n)
{
  if (src->fp)
    return fread (buf, 1, n, src->fp);
  gsize k = MIN (n, src->len - src->pos);
  memcpy (buf, src->data + src->pos, k);
  src->pos += k;
  return k;
}

/* nul_filter: raptor2 cuts literals at a NUL character, whether the input
 * holds a raw NUL byte or the escape \u0000 or \U00000000.  The filter
 * replaces each by U+10FFFD (raw UTF-8) on the way in, and restore_nuls
 * turns that back into a NUL in literals.  Escapes are paired as the
 * grammar pairs them (a backslash always takes the next character), so
 * "\\u0000" is left alone.  An escape or a stand-in cut by the chunk end is
 * carried over to the next chunk.  Input with no backslash, NUL or 0xF4
 * byte (the stand-in's first byte) goes through untouched and uncopied. */
typedef struct {
  GByteArray *in;     /**< carry + chunk, on the slow path */
  GByteArray *out;    /**< filtered bytes */
  guint8 carry[16];   /**< an escape cut by the end of the last chunk */
  gsize n_carry;
} NulFilter;

static const unsigned char *
nul_filter (NulFilter *f, LoadCtx *ctx, const unsigned char *data, gsize n, gboolean last,
            gsize *out_n)
{
  if (f->n_carry == 0 && !memchr (data, '\\', n) && !memchr (data, 0, n) && !memchr (data, 0xF4, n)) {
    *out_n = n;
    return data;
  }
  g_byte_array_set_size (f->in, 0);
  g_byte_array_append (f->in, f->carry, (guint) f->n_carry);
  g_byte_array_append (f->in, data, (guint) n);
  f->n_carry = 0;
  g_byte_array_set_size (f->out, 0);
  const guint8 *b = f->in->data;
  gsize len = f->in->len, i = 0, start = 0;
  while (i < len) {
    guint8 c = b[i];
    gsize skip = 0;
    if (c == 0) {
      skip = 1;
    } else if (c == '\\') {
      if (!last && len - i < 10)
        break; /* carried over */
      if (len - i >= 6 && b[i + 1] == 'u' && memcmp (b + i + 2, "0000", 4) == 0)
        skip = 6;
      else if (len - i >= 10 && b[i + 1] == 'U' && memcmp (b + i + 2, "00000000", 8) == 0)
        skip = 10;
      else {
        if (len - i >= 10 && b[i + 1] == 'U'
            && g_ascii_strncasecmp ((const char *) b + i + 2, "0010FFFD", 8) == 0)
          ctx->had_stand_in = TRUE;
        i += 2;
        continue;
      }
    } else if (c == 0xF4) {
      if (!last && len - i < NUL_STAND_IN_LEN)
        break; /* carried over */
      if (len - i >= NUL_STAND_IN_LEN && memcmp (b + i, NUL_STAND_IN, NUL_STAND_IN_LEN) == 0)
        ctx->had_stand_in = TRUE;
    }
    if (!skip) {
      i++;
      continue;
    }
    g_byte_array_append (f->out, b + start, (guint) (i - start));
    g_byte_array_append (f->out, (const guint8 *) NUL_STAND_IN, NUL_STAND_IN_LEN);
    ctx->had_nul = TRUE;
    i += skip;
    start = i;
  }
  gsize end = MIN (i, len);
  g_byte_array_append (f->out, b + start, (guint) (end - start));
  if (end < len) {
    f->n_carry = len - end;
    memcpy (f->carry, b + end, f->n_carry);
  }
  *out_n = f->out->len;
  return f->out->data;
}

static gboolean
is_text_syntax (const char *pname)
{
  return !strcmp (pname, "turtle") || !strcmp (pname, "ntriples") || !strcmp (pname, "nquads")
         || !strcmp (pname, "trig");
}

static guint load_counter;

static gboolean
load_source (NgStore *store, Source *src, NgSyntax syntax, const char *base,
             const char *name, GError **error)
{
  unsigned char *buf = g_malloc (CHUNK);
  gsize n = source_read (src, buf, CHUNK);
  gboolean ok = FALSE;
  raptor_world *world = raptor_new_world ();
  LoadCtx ctx = { .store = store, .name = name, .blank = g_string_new (NULL),
                  .lex = g_string_new (NULL), .n_checked = ng_store_n_terms (store),
                  .last_subject = g_string_new (NULL) };
  NulFilter filter = { g_byte_array_new (), g_byte_array_new (), { 0 }, 0 };
  ctx.blank_prefix = g_strdup_printf ("d%u_", ++load_counter);
  raptor_world_set_log_handler (world, &ctx, on_log);
  /* raptor interns URIs in an AVL tree shared by the world, so that equal
   * URIs share one object.  We intern terms ourselves and free raptor's
   * statements right away: its tree would only cost a search per IRI. */
  raptor_world_set_flag (world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
  raptor_world_open (world);

  const char *pname = raptor_name (syntax);
  if (!pname) {
    pname = raptor_world_guess_parser_name (world, NULL, NULL, buf, n, (const unsigned char *) name);
    if (!pname || !strcmp (pname, "guess")) {
      g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_FORMAT,
                   "%s: cannot tell the RDF syntax; name it with -i (%s)", name, ng_syntax_names ());
      goto out;
    }
  }
  gboolean filter_nuls = is_text_syntax (pname);
  raptor_parser *parser = raptor_new_parser (world, pname);
  ctx.parser = parser;
  raptor_parser_set_statement_handler (parser, &ctx, on_statement);
  raptor_parser_set_namespace_handler (parser, &ctx, on_namespace);
  raptor_uri *base_uri = raptor_new_uri (world, (const unsigned char *) base);
  gsize start = ng_store_n_added (store);
  if (raptor_parser_parse_start (parser, base_uri) == 0) {
    gboolean more = TRUE;
    while (more && !ctx.n_errors) {
      more = n == CHUNK;
      gsize fn = n;
      const unsigned char *fbuf = filter_nuls ? nul_filter (&filter, &ctx, buf, n, !more, &fn) : buf;
      if (raptor_parser_parse_chunk (parser, fbuf, fn, !more) != 0 && !ctx.n_errors)
        on_log (&ctx, &(raptor_log_message){ .level = RAPTOR_LOG_LEVEL_ERROR,
                                             .text = "parse failed" });
      if (more)
        n = source_read (src, buf, CHUNK);
    }
  } else {
    ctx.n_errors++;
  }
  if (!ctx.n_errors && ctx.had_nul && ctx.had_stand_in)
    on_log (&ctx, &(raptor_log_message){ .level = RAPTOR_LOG_LEVEL_ERROR,
                                         .text = "both a NUL character and U+10FFFD: "
                                                 "newsgraph cannot load that document" });
  if (src->fp && ferror (src->fp)) {
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_OPEN, "%s: read error: %s", name,
                 g_strerror (errno));
    ng_store_truncate (store, start);
  } else if (ctx.n_errors) {
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_SYNTAX, "%s:%s", name,
                 ctx.first_error ? ctx.first_error : "1:1: error: cannot parse");
    ng_store_truncate (store, start);
  } else {
    ok = TRUE;
  }
  raptor_free_uri (base_uri);
  raptor_free_parser (parser);
out:
  raptor_free_world (world);
  g_free (ctx.blank_prefix);
  g_free (ctx.first_error);
  g_string_free (ctx.blank, TRUE);
  g_string_free (ctx.lex, TRUE);
  g_string_free (ctx.last_subject, TRUE);
  g_byte_array_unref (filter.in);
  g_byte_array_unref (filter.out);
  g_free (buf);
  return ok;
}

static char *
default_base (const char *path)
{
  if (!strcmp (path, "-"))
    return g_strdup ("file:///dev/stdin");
  g_autofree char *abs = g_canonicalize_filename (path, NULL);
  char *uri = g_filename_to_uri (abs, NULL, NULL);
  return uri ? uri : g_strdup ("file:///");
}

gboolean
ng_rdf_load_file (NgStore *store, const char *path, NgSyntax syntax, const char *base,
                  GError **error)
{
  g_return_val_if_fail (store && path, FALSE);
  gboolean is_stdin = !strcmp (path, "-");
  if (!is_stdin && g_file_test (path, G_FILE_TEST_IS_DIR)) {
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_OPEN, "%s: is a directory", path);
    return FALSE;
  }
  FILE *fp = is_stdin ? stdin : fopen (path, "rb");
  if (!fp) {
    int e = errno;
    g_set_error (error, NG_RDFIO_ERROR, NG_RDFIO_ERROR_OPEN, "%s: %s", path,
                 e == ENOENT ? "no such file" : g_strerror (e));
    return FALSE;
  }
  if (syntax == NG_SYNTAX_UNKNOWN && !is_stdin)
    syntax = ng_syntax_from_filename (path);
  g_autofree char *dbase = base ? NULL : default_base (path);
  Source src = { .fp = fp };
  gboolean ok = load_source (store, &src, syntax, base ? base : dbase,
                             is_stdin ? "<stdin>" : path, error);
  if (!is_stdin)
    fclose (fp);
  return ok;
}

gboolean
ng_rdf_load_data (NgStore *store, const char *data, gsize len, NgSyntax syntax,
                  const char *base, const char *name, GError **error)
{
  g_return_val_if_fail (store && (data || !len), FALSE);
  Source src = { .data = data ? data : "", .len = len };
  return load_source (store, &src, syntax, base ? base : "file:///data", name ? name : "<data>",
                      error);
}

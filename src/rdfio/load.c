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
 * input (the W3C suites show it); this file and guard.c close those gaps:
 *   - it accepts "\uD800" (a lone surrogate) and raw surrogate bytes, and
 *     hands out the invalid UTF-8 they make: every new IRI and literal is
 *     checked to be UTF-8 (validate_term, ng_utf8_valid), which also catches any other
 *     invalid byte raptor might let through;
 *   - it accepts blank-node labels with a colon ("_::a", "_:a:b"): every
 *     label is checked against BLANK_NODE_LABEL (ng_blank_label_valid);
 *   - it cuts a literal at a NUL character, written raw or as "\u0000":
 *     the text syntaxes pass through ng_nul_filter, which replaces each NUL by
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

#include "rdfio/rdfio-private.h"

G_DEFINE_QUARK (ng-rdfio-error-quark, ng_rdfio_error)

#define CHUNK (1u << 20) /* TUNING: fewer parse calls; raptor copies lines anyway */

typedef struct {
  NgStore *store;
  const char *name;   /**< file name for messages */
  char *blank_prefix; /**< "tN_" (N: 16 hex digits): scopes blank labels to this load */
  GString *blank;     /**< scratch for prefixed labels */
  GString *lex;       /**< scratch for literals with NULs restored */
  NgNulFilter filter; /**< NULs hidden from raptor (guard.c) */
  raptor_parser *parser; /**< for the locator of statement errors */
  NgTermId n_checked; /**< terms with ids up to this are known valid */
  guint64 content;    /**< sum of the statements' hashes (statement_hash) */
  gboolean had_blank; /**< a blank node was interned */
  GString *last_subject; /**< the last subject IRI, and its id: */
  NgTermId last_subject_id; /**< statements often share a subject */
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

static gboolean
iri_chars_ok (const char *iri, gsize len)
{
  for (gsize i = 0; i < len; i++) {
    guchar c = (guchar) iri[i];
    if (c <= 0x20 || strchr ("<>\"{}|^`\\", c))
      return FALSE;
  }
  return TRUE;
}

/* LANGTAG of Turtle and N-Triples: [a-zA-Z]+ ('-' [a-zA-Z0-9]+)*.  raptor's
 * RDF/XML parser takes any xml:lang ("xml:lang=\":n\"", found by
 * fuzz-rdf), which no other syntax could write back. */
static gboolean
lang_ok (const char *tag)
{
  gsize i = 0;
  while (g_ascii_isalpha (tag[i]))
    i++;
  if (i == 0)
    return FALSE;
  while (tag[i] == '-') {
    gsize start = ++i;
    while (g_ascii_isalnum (tag[i]))
      i++;
    if (i == start)
      return FALSE;
  }
  return tag[i] == '\0';
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
  if (!ng_utf8_valid (v, len)) {
    statement_error (ctx, kind == NG_TERM_IRI ? "invalid UTF-8 or a lone surrogate in an IRI"
                                              : "invalid UTF-8 or a lone surrogate in a literal");
    return FALSE;
  }
  if (kind == NG_TERM_IRI && (memchr (v, 0, len)
                              || ng_nul_filter_hidden (&ctx->filter, v, len))) {
    statement_error (ctx, "a NUL character in an IRI");
    return FALSE;
  }
  /* raptor's N-Triples parser lets through characters that IRIREF
   * excludes (found by fuzz-rdf): such an IRI could not be written back. */
  const char *iri = kind == NG_TERM_IRI ? v : ng_term_datatype (ctx->store, id);
  /* A NUL in a literal's datatype IRI reaches us as the filter's stand-in
   * (only the lexical form is restored): refused like one in any IRI, not
   * kept as U+10FFFD, which would not load again (found by fuzz-rdf). */
  if (kind == NG_TERM_LITERAL && iri && ng_nul_filter_hidden (&ctx->filter, iri, strlen (iri))) {
    statement_error (ctx, "a NUL character in an IRI");
    return FALSE;
  }
  /* raptor's Turtle parser lets invalid UTF-8 through in a datatype IRI,
   * which N-Triples and N-Quads then refuse (found by fuzz-rdf). */
  if (kind == NG_TERM_LITERAL && iri && !ng_utf8_valid (iri, strlen (iri))) {
    statement_error (ctx, "invalid UTF-8 or a lone surrogate in an IRI");
    return FALSE;
  }
  const char *lang = kind == NG_TERM_LITERAL ? ng_term_lang (ctx->store, id) : NULL;
  if (lang && *lang && !lang_ok (lang)) {
    statement_error (ctx, "an invalid language tag");
    return FALSE;
  }
  if (iri && !iri_chars_ok (iri, kind == NG_TERM_IRI ? len : strlen (iri))) {
    statement_error (ctx, "a character IRIs cannot contain (space, control, or one of <>\"{}|^`\\)");
    return FALSE;
  }
  return TRUE;
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
    if (!ng_blank_label_valid ((const char *) t->value.blank.string, n)) {
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
    const char *lex = ng_nul_filter_restore (&ctx->filter, ctx->lex, (const char *) l->string, &n);
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

/* A hash of a term's content: the store's, except for this load's blank
 * nodes, hashed by their label in the document (without the scope). */
static guint64
term_hash (LoadCtx *ctx, NgTermId id)
{
  if (ng_term_kind (ctx->store, id) != NG_TERM_BLANK)
    return ng_term_hash (ctx->store, id);
  gsize len, n = strlen (ctx->blank_prefix);
  const char *v = ng_term_value (ctx->store, id, &len);
  if (len < n || memcmp (v, ctx->blank_prefix, n))
    return ng_term_hash (ctx->store, id);
  ctx->had_blank = TRUE;
  guint64 h = 0xCBF29CE484222325ull;
  for (gsize i = n; i < len; i++)
    h = (h ^ (guchar) v[i]) * 0x100000001B3ull;
  return h ^ 0x5bd1e995ull;
}

/* A hash of a statement's content.  The document's content hash is the sum
 * of its statements' hashes: it does not depend on their order, nor on the
 * other documents loaded before, so it can name the scope of the
 * document's blank nodes (load_source). */
static guint64
statement_hash (LoadCtx *ctx, NgTermId s, NgTermId p, NgTermId o, NgTermId g)
{
  guint64 h = 0x9E3779B97F4A7C15ull;
  NgTermId t[4] = { s, p, o, g };
  for (int i = 0; i < 4; i++) {
    h = (h ^ term_hash (ctx, t[i])) * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
  }
  h *= 0xFF51AFD7ED558CCDull;
  return h ^ (h >> 33);
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
  if (s && p && o && g) {
    ng_store_add (ctx->store, s, p, o, g);
    ctx->content += statement_hash (ctx, s, p, o, g);
  }
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

static gboolean
is_text_syntax (const char *pname)
{
  return !strcmp (pname, "turtle") || !strcmp (pname, "ntriples") || !strcmp (pname, "nquads")
         || !strcmp (pname, "trig");
}

static guint64 load_counter;

/* Appends up to CHUNK bytes of the source to pend; FALSE at the end. */
static gboolean
read_more (Source *src, GByteArray *pend)
{
  guint old = pend->len;
  g_byte_array_set_size (pend, old + CHUNK);
  gsize n = source_read (src, pend->data + old, CHUNK);
  g_byte_array_set_size (pend, old + (guint) n);
  return n == CHUNK;
}

/* Hands raptor the whole source, pend holding what was read so far.
 *
 * By lines (N-Triples, N-Quads), because of two traits of raptor2 2.0.15's
 * line reader.  It rescans the unfinished line it holds from its start
 * whenever a chunk arrives, so a long line fed in fixed chunks costs
 * quadratic time (a 200 MB line took minutes).  And when a chunk ends
 * exactly at an end of line, it keeps everything it has consumed and copies
 * it into every later buffer until a chunk ends mid-line.  So each chunk
 * ends after the content of a line, before its end-of-line bytes: no line
 * is cut, and raptor always holds a little unfinished line.  scanned marks
 * how much of pend is known to hold no end of line, so that a long line
 * costs us linear time too. */
static void
feed (LoadCtx *ctx, raptor_parser *parser, Source *src, GByteArray *pend, gboolean more,
      gboolean by_lines, gboolean filter_nuls)
{
  gsize scanned = 0;
  for (;;) {
    gsize cut = pend->len;
    if (more && by_lines) {
      gsize i = pend->len;
      while (i > scanned && pend->data[i - 1] != '\n')
        i--;
      gboolean found = i > scanned;
      /* Back over the run of line ends to the last line's content. */
      while (found && i > 0 && (pend->data[i - 1] == '\n' || pend->data[i - 1] == '\r'))
        i--;
      cut = found ? i : 0;
      scanned = cut ? 0 : pend->len;
    }
    if (cut || !more) {
      gboolean last = !more && cut == pend->len;
      gsize fn = cut;
      const unsigned char *fbuf = filter_nuls ? ng_nul_filter (&ctx->filter, pend->data, cut, last, &fn)
                                              : pend->data;
      if (raptor_parser_parse_chunk (parser, fbuf, fn, last) != 0 && !ctx->n_errors)
        on_log (ctx, &(raptor_log_message){ .level = RAPTOR_LOG_LEVEL_ERROR,
                                            .text = "parse failed" });
      g_byte_array_remove_range (pend, 0, (guint) cut);
    }
    if (!more || ctx->n_errors)
      return;
    more = read_more (src, pend);
  }
}

static gboolean
load_source (NgStore *store, Source *src, NgSyntax syntax, const char *base,
             const char *name, GError **error)
{
  GByteArray *pend = g_byte_array_new ();
  gboolean more = read_more (src, pend);
  gboolean ok = FALSE;
  raptor_world *world = raptor_new_world ();
  LoadCtx ctx = { .store = store, .name = name, .blank = g_string_new (NULL),
                  .lex = g_string_new (NULL), .n_checked = ng_store_n_terms (store),
                  .last_subject = g_string_new (NULL) };
  ng_nul_filter_init (&ctx.filter);
  /* Blank labels get this load's temporary scope, then (renamed once it
   * loaded) one named by the document's statements: the same statements
   * give the same labels whatever other documents are loaded, in whatever
   * order, and whatever the order of the statements, so that sorted output
   * does not depend on those orders (tests/cli/t-determinism.sh). */
  ctx.blank_prefix = g_strdup_printf ("t%016" G_GINT64_MODIFIER "x_", (guint64) ++load_counter);
  NgTermId first_term = ng_store_n_terms (store);
  raptor_world_set_log_handler (world, &ctx, on_log);
  /* raptor interns URIs in an AVL tree shared by the world, so that equal
   * URIs share one object.  We intern terms ourselves and free raptor's
   * statements right away: its tree would only cost a search per IRI. */
  raptor_world_set_flag (world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
  raptor_world_open (world);

  const char *pname = raptor_name (syntax);
  if (!pname) {
    pname = raptor_world_guess_parser_name (world, NULL, NULL, pend->data, pend->len,
                                            (const unsigned char *) name);
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
    feed (&ctx, parser, src, pend, more, !strcmp (pname, "ntriples") || !strcmp (pname, "nquads"),
          filter_nuls);
  } else {
    ctx.n_errors++;
  }
  if (!ctx.n_errors && ctx.filter.had_nul && ctx.filter.had_stand_in)
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
    /* The k-th variant when the same statements were already loaded: the
     * blank nodes of each copy stay distinct. */
    for (guint64 k = 0; ctx.had_blank; k++) {
      char scope[20];
      guint64 h = (ctx.content ^ k * 0x9E3779B97F4A7C15ull) * 0xFF51AFD7ED558CCDull;
      g_snprintf (scope, sizeof scope, "b%016" G_GINT64_MODIFIER "x_", h ^ (h >> 33));
      if (ng_store_rename_blanks (store, first_term, ctx.blank_prefix, scope))
        break;
    }
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
  ng_nul_filter_clear (&ctx.filter);
  g_byte_array_unref (pend);
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

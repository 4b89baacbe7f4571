/* SPDX-License-Identifier: MIT */
/* cli.h: what the subcommands share: exit codes, messages, option parsing,
 * output files written under a temporary name and renamed on success.
 *
 * Each subcommand is one cmd-NAME.c file with an entry point
 * `int ng_cmd_NAME (int argc, char **argv)` returning an exit code; the
 * table in main.c lists them.  Arguments are borrowed.
 */
#ifndef NG_CLI_H
#define NG_CLI_H

#include <stdio.h>

#include <glib.h>

#include "extract/extract.h"
#include "rdfio/rdfio.h"
#include "store/store.h"
#include "text/text.h"

G_BEGIN_DECLS

/** Exit codes, fixed by the developers' brief. */
enum {
  NG_EXIT_OK = 0,    /**< success, an empty result included */
  NG_EXIT_INPUT = 1, /**< bad input or query, failed I/O */
  NG_EXIT_USAGE = 2, /**< unknown option, missing argument */
};

typedef int (*NgCommandFunc) (int argc, char **argv);

typedef struct {
  const char *name;    /**< "convert" */
  const char *summary; /**< one line for `newsgraph --help` */
  NgCommandFunc run;   /**< the entry point */
} NgCommand;

/* The subcommands (cmd-NAME.c each). */
int ng_cmd_convert (int argc, char **argv);
int ng_cmd_stats (int argc, char **argv);
int ng_cmd_extract (int argc, char **argv);
int ng_cmd_query (int argc, char **argv);
int ng_cmd_draw (int argc, char **argv);
int ng_cmd_link (int argc, char **argv);

/** The command table (ends with a NULL name). */
extern const NgCommand ng_commands[];

/** Prints "newsgraph: error: MESSAGE" to stderr. */
void ng_cli_error (const char *fmt, ...) G_GNUC_PRINTF (1, 2);
/** Prints "newsgraph: warning: MESSAGE" to stderr. */
void ng_cli_warning (const char *fmt, ...) G_GNUC_PRINTF (1, 2);

/** Parses options with GOption for subcommand `name`.  On an option error
 * prints the message and a hint to stderr and returns FALSE (exit with
 * NG_EXIT_USAGE).  --help is handled by GOption (stdout, exit 0). */
gboolean ng_cli_parse (GOptionContext *ctx, const char *name, int *argc, char ***argv);

/** Prints a usage error for `name` ("newsgraph NAME: MESSAGE; see
 * 'newsgraph NAME --help'") and returns NG_EXIT_USAGE. */
int ng_cli_usage_error (const char *name, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

/** An output file being written: a temporary file beside the target that
 * ng_output_commit renames into place, or standard output for "-"/NULL. */
typedef struct NgOutput NgOutput;

/** Opens an output for path ("-" or NULL: standard output).  Caller ends it
 * with ng_output_commit or ng_output_abort. */
NgOutput *ng_output_open (const char *path, GError **error);
/** The stream to write to; owned by the output. */
FILE *ng_output_file (NgOutput *out);
/** Flushes, checks for write errors and renames into place; frees out. */
gboolean ng_output_commit (NgOutput *out, GError **error);
/** Discards what was written (removes the temporary file); frees out.  NULL is fine. */
void ng_output_abort (NgOutput *out);

/** Loads each RDF file of files[0..n) into store (syntax UNKNOWN: by
 * extension, else guessed); articles (*.txt) are extracted on the fly, and
 * then the link pass runs over the whole store, as `newsgraph extract` does.
 * Reports each failure as an error and going on with the others.  Returns
 * NG_EXIT_OK, or NG_EXIT_INPUT if any failed (a failed file leaves nothing
 * in the store). */
int ng_cli_load_rdf (NgStore *store, char **files, int n, int syntax, const char *base);

/** Records the prefixes of the extractor's vocabularies and ids (person:,
 * org:, ...) in store, for the Turtle and TriG writers. */
void ng_cli_add_prefixes (NgStore *store);
/** A new extractor over store, with the id prefixes (person:, org:, ...)
 * recorded for the writers.  Free with ng_extractor_free. */
NgExtractor *ng_cli_extractor_new (NgStore *store, const NgExtractOptions *opts);
/** Reads one article (a path, or "-" for standard input), decodes it and
 * adds its facts to ex.  A failure is reported as an error; returns FALSE. */
gboolean ng_cli_extract_file (NgExtractor *ex, const char *path, gboolean lenient);
/** Limits on the articles ng_cli_extract_file reads, in bytes (0: none):
 * a larger file, or a longer line, is refused with an error naming the
 * limit.  Defaults: NG_ARTICLE_MAX_BYTES and NG_ARTICLE_MAX_LINE. */
void ng_cli_set_article_limits (gsize max_bytes, gsize max_line);
#define NG_ARTICLE_MAX_BYTES ((gsize) 256 << 20) /* generous: news articles are kilobytes */
#define NG_ARTICLE_MAX_LINE ((gsize) 64 << 20)
/** Reads and decodes one article: from data[0..len) when data is not NULL
 * (standard input read beforehand), else from path ("-": standard input).
 * Appends the messages it would print (an error, or the --lenient warning)
 * to msgs, whole "newsgraph: ...\n" lines, so that worker threads can hand
 * them to the main thread to print in input order.  Returns the text
 * (free with ng_text_free), or NULL after an error. */
NgText *ng_cli_read_article (const char *path, const char *data, gsize len, gboolean lenient,
                             GString *msgs);
/** The identifier of the article at path (its base name; "stdin" for "-").
 * Caller frees with g_free. */
char *ng_cli_article_id (const char *path);
/** Reads all of standard input (caller frees *data with g_free). */
gboolean ng_cli_read_stdin (char **data, gsize *len, GError **error);

/** Extracts the articles paths[0..n) into store with n_threads worker
 * threads (1: in the calling thread), then runs the link pass over the
 * whole store unless no_link.  Messages are printed in input order and
 * the store's content is the same whatever n_threads.  When links is not
 * NULL, *links receives the --links report (caller frees with g_free).
 * Returns NG_EXIT_OK, or NG_EXIT_INPUT if any article failed. */
int ng_cli_extract_files (NgStore *store, char **paths, int n, const NgExtractOptions *opts,
                          gboolean lenient, guint n_threads, gboolean no_link, char **links);

/** Writes store to output (NULL or "-": standard output) in syntax, through
 * a temporary file renamed at the end, or, when split > 0, as split N-Quads
 * files into the directory output (ng_cli_write_split).  Prints the error,
 * if any.  N-Triples and N-Quads are written with up to n_threads threads
 * (ng_rdf_write_threads; the bytes do not depend on it).  Returns NG_EXIT_OK or NG_EXIT_INPUT. */
int ng_cli_write_graph (NgStore *store, NgSyntax syntax, const char *output, guint split,
                        gboolean gzip, guint n_threads);

/** Writes store as N-Quads into n files dir/part-0001.nq ... (".nq.gz",
 * gzip-compressed, with gzip): each named graph wholly in one file, the
 * file chosen by a hash of the graph's IRI (so an article always goes to
 * the same part for a given n, whatever the other articles); the default
 * graph's triples in the first file.  Creates dir if needed.  Every file
 * is written under a temporary name and all are renamed at the end; then
 * the part files of an earlier run that these did not replace are removed
 * (part-0009.nq after a larger N, part-0001.nq.gz without gzip).
 * With up to n_threads threads (ng_rdf_write_threads). */
gboolean ng_cli_write_split (NgStore *store, const char *dir, guint n, gboolean gzip,
                             guint n_threads, GError **error);

/** Opens an output as ng_output_open does, gzip-compressing what is
 * written when gzip is TRUE (a file only, not standard output). */
NgOutput *ng_output_open_gzip (const char *path, gboolean gzip, GError **error);

/** TRUE for a file name that names an article (*.txt) rather than RDF. */
gboolean ng_cli_is_article (const char *path);

/** TRUE when progress messages should be shown (stderr is a terminal). */
gboolean ng_cli_show_progress (void);

G_END_DECLS

#endif /* NG_CLI_H */

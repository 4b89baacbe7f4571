/* SPDX-License-Identifier: MIT */
/* rdfio.h: RDF syntaxes in and out of an NgStore.
 *
 * The only part of newsgraph that includes <raptor2.h>.  Reading goes
 * through raptor2 for every syntax it parses; writing N-Triples, N-Quads
 * and Turtle is done here (see save.c for why raptor's serializers are not
 * used for those).  Every writer is deterministic: the same graph gives the
 * same bytes whatever the order it was loaded in.
 *
 * Arguments are borrowed.  Errors are in NG_RDFIO_ERROR.
 */
#ifndef NG_RDFIO_H
#define NG_RDFIO_H

#include <stdio.h>

#include <glib.h>

#include "store/store.h"

G_BEGIN_DECLS

#define NG_RDFIO_ERROR (ng_rdfio_error_quark ())
GQuark ng_rdfio_error_quark (void);

typedef enum {
  NG_RDFIO_ERROR_OPEN,    /**< the file cannot be opened or read */
  NG_RDFIO_ERROR_SYNTAX,  /**< the data is not valid in its syntax */
  NG_RDFIO_ERROR_FORMAT,  /**< unknown or unguessable syntax name */
  NG_RDFIO_ERROR_WRITE,   /**< writing failed */
} NgRdfioError;

typedef enum {
  NG_SYNTAX_UNKNOWN = 0,
  NG_SYNTAX_TURTLE,
  NG_SYNTAX_NTRIPLES,
  NG_SYNTAX_NQUADS,
  NG_SYNTAX_TRIG,
  NG_SYNTAX_RDFXML,
} NgSyntax;

/** The syntax named by a format name or common alias ("turtle", "ttl",
 * "ntriples", "nt", "nquads", "nq", "trig", "rdfxml", "xml"), or UNKNOWN. */
NgSyntax ng_syntax_from_name (const char *name);
/** The syntax suggested by a file name's extension, or UNKNOWN. */
NgSyntax ng_syntax_from_filename (const char *path);
/** The canonical name of a syntax ("turtle", ...). */
const char *ng_syntax_name (NgSyntax syntax);
/** The usual file extension of a syntax, without the dot. */
const char *ng_syntax_extension (NgSyntax syntax);
/** A comma-separated list of the names ng_syntax_from_name accepts. */
const char *ng_syntax_names (void);

/** Loads a file ("-" is standard input) into the store.  syntax UNKNOWN:
 * chosen by extension, else guessed from the content.  base may be NULL
 * (the file's own file: IRI).  Blank-node labels are scoped to this load.
 * On failure nothing of this file is left in the store and error holds
 * "FILE:LINE:COL: message" (NG_RDFIO_ERROR_OPEN, _SYNTAX or _FORMAT). */
gboolean ng_rdf_load_file (NgStore *store, const char *path, NgSyntax syntax,
                           const char *base, GError **error);

/** Loads len bytes of data; name is used in error messages. */
gboolean ng_rdf_load_data (NgStore *store, const char *data, gsize len, NgSyntax syntax,
                           const char *base, const char *name, GError **error);

/** Writes the whole store to out in a syntax (Turtle, N-Triples, N-Quads or
 * TriG).  Triples of named graphs go into the default graph for the
 * triple-only syntaxes.  Sets NG_RDFIO_ERROR_WRITE on an I/O error. */
gboolean ng_rdf_write (NgStore *store, NgSyntax syntax, FILE *out, GError **error);
/** ng_rdf_write with up to n_threads threads: for N-Triples and N-Quads,
 * the others make the terms' written forms while this one sorts (the
 * other syntaxes use one).  The bytes written do not depend on n_threads. */
gboolean ng_rdf_write_threads (NgStore *store, NgSyntax syntax, FILE *out, guint n_threads,
                               GError **error);

/** Writes the store as N-Quads into n_out files at once: the quads of
 * named graph g into outs[part[g]] (part is indexed by term id, up to
 * ng_store_n_terms; each value below n_out), the default graph's into
 * outs[0].  Each file holds its lines in the order the single N-Quads
 * file has them.  Blank nodes are numbered over all the files together.
 * With up to n_threads threads, as ng_rdf_write_threads.
 * Sets NG_RDFIO_ERROR_WRITE on an I/O error. */
gboolean ng_rdf_write_nquads_split (NgStore *store, FILE *const *outs, guint n_out,
                                    const guint32 *part, guint n_threads, GError **error);

G_END_DECLS

#endif /* NG_RDFIO_H */

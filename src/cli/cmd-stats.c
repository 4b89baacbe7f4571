/* SPDX-License-Identifier: MIT */
/* cmd-stats.c: `newsgraph stats`: load, index and count. */
#include "config.h"

#include <string.h>

#include "cli/cli.h"
#include "rdfio/rdfio.h"

#define RDF_TYPE "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

/* Distinct values of one field, counted along the index that sorts by it. */
static gsize
distinct (NgStore *store, int field)
{
  NgStoreIter it;
  NgQuad q;
  gsize n = 0;
  NgTermId last = NG_TERM_NONE;
  /* A scan of everything walks the canonical order (sorted by subject);
   * for other fields bind nothing and sort the values instead. */
  if (field == 0) {
    ng_store_match (store, &it, 0, 0, 0, 0);
    while (ng_store_iter_next (&it, &q))
      if (q.s != last)
        n++, last = q.s;
    return n;
  }
  GHashTable *seen = g_hash_table_new (NULL, NULL);
  ng_store_match (store, &it, 0, 0, 0, 0);
  while (ng_store_iter_next (&it, &q))
    g_hash_table_add (seen, GUINT_TO_POINTER (field == 1 ? q.p : q.o));
  n = g_hash_table_size (seen);
  g_hash_table_unref (seen);
  return n;
}

typedef struct {
  NgTermId cls;
  gsize n;
} ClassCount;

static int
cmp_class (gconstpointer a, gconstpointer b, gpointer store)
{
  const ClassCount *x = a, *y = b;
  if (x->n != y->n)
    return x->n > y->n ? -1 : 1;
  return ng_term_compare (store, x->cls, y->cls);
}

int
ng_cmd_stats (int argc, char **argv)
{
  g_autofree char *in_fmt = NULL, *base = NULL;
  gboolean memory = FALSE;
  GOptionEntry entries[] = {
    { "input-format", 'i', 0, G_OPTION_ARG_STRING, &in_fmt,
      "Syntax of the inputs (default: by extension, else guessed)", "FMT" },
    { "base", 0, 0, G_OPTION_ARG_STRING, &base, "Base IRI for relative IRIs in the inputs", "IRI" },
    { "memory", 'm', 0, G_OPTION_ARG_NONE, &memory,
      "Also print the bytes held by the dictionary and the indexes", NULL },
    { NULL },
  };
  g_autoptr (GOptionContext) ctx = g_option_context_new ("FILE...");
  g_option_context_set_summary (ctx, "Loads and indexes RDF files, then prints the number of "
                                     "triples, subjects, predicates, objects and graphs, and "
                                     "the instances of each class.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if (!ng_cli_parse (ctx, "stats", &argc, &argv))
    return NG_EXIT_USAGE;
  if (argc < 2)
    return ng_cli_usage_error ("stats", "no input files");
  NgSyntax in = NG_SYNTAX_UNKNOWN;
  if (in_fmt && !(in = ng_syntax_from_name (in_fmt)))
    return ng_cli_usage_error ("stats", "unknown input format '%s' (%s)", in_fmt,
                               ng_syntax_names ());

  NgStore *store = ng_store_new ();
  int rc = ng_cli_load_rdf (store, argv + 1, argc - 1, in, base);
  if (rc != NG_EXIT_OK) {
    ng_store_free (store);
    return rc;
  }
  gsize n = ng_store_size (store);
  GArray *graphs = ng_store_graphs (store);
  printf ("triples\t%" G_GSIZE_FORMAT "\n", n);
  printf ("subjects\t%" G_GSIZE_FORMAT "\n", distinct (store, 0));
  printf ("predicates\t%" G_GSIZE_FORMAT "\n", distinct (store, 1));
  printf ("objects\t%" G_GSIZE_FORMAT "\n", distinct (store, 2));
  printf ("graphs\t%u\n", graphs->len);
  g_array_unref (graphs);

  NgTermId type = ng_store_lookup_iri (store, RDF_TYPE);
  GArray *classes = g_array_new (FALSE, FALSE, sizeof (ClassCount));
  if (type) {
    NgStoreIter it;
    NgQuad q;
    GHashTable *seen = g_hash_table_new (NULL, NULL); /* class -> index + 1 */
    ng_store_match (store, &it, 0, type, 0, 0);
    while (ng_store_iter_next (&it, &q)) {
      guint idx = GPOINTER_TO_UINT (g_hash_table_lookup (seen, GUINT_TO_POINTER (q.o)));
      if (!idx) {
        ClassCount c = { q.o, 0 };
        g_array_append_val (classes, c);
        idx = classes->len;
        g_hash_table_insert (seen, GUINT_TO_POINTER (q.o), GUINT_TO_POINTER (idx));
      }
      g_array_index (classes, ClassCount, idx - 1).n++;
    }
    g_hash_table_unref (seen);
  }
  g_array_sort_with_data (classes, cmp_class, store);
  GString *buf = g_string_new (NULL);
  for (guint i = 0; i < classes->len; i++) {
    const ClassCount *c = &g_array_index (classes, ClassCount, i);
    g_string_truncate (buf, 0);
    ng_term_append_ntriples (store, c->cls, buf);
    printf ("class\t%s\t%" G_GSIZE_FORMAT "\n", buf->str, c->n);
  }
  g_string_free (buf, TRUE);
  g_array_unref (classes);
  if (memory) {
    gsize dict = ng_store_dict_bytes (store), index = ng_store_index_bytes (store);
    printf ("terms\t%u\n", ng_store_n_terms (store) - 1);
    printf ("dictionary_bytes\t%" G_GSIZE_FORMAT "\n", dict);
    printf ("index_bytes\t%" G_GSIZE_FORMAT "\n", index);
    printf ("bytes_per_triple\t%.1f\n", n ? (double) (dict + index) / (double) n : 0.0);
  }
  ng_store_free (store);
  return rc;
}

/* SPDX-License-Identifier: MIT */
/* main.c: the `newsgraph` command: picks a subcommand and reports a failed
 * write to standard output.  Everything else lives in cmd-*.c. */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>
#if defined(HAVE_MALLOC_H) && defined(HAVE_MALLOPT)
#include <malloc.h>
#endif

#include "cli/cli.h"

const NgCommand ng_commands[] = {
  { "convert", "merge RDF files and write them in one syntax", ng_cmd_convert },
  { "stats", "count triples, subjects, predicates, graphs and class instances", ng_cmd_stats },
  { "extract", "extract entities and relations from news articles into RDF", ng_cmd_extract },
  { "link", "link the people of different articles over shards extracted apart", ng_cmd_link },
  { "query", "answer a SPARQL query over RDF files", ng_cmd_query },
  { "draw", "draw the graph for Graphviz, yEd, Gephi, Cytoscape or a web browser", ng_cmd_draw },
  { NULL, NULL, NULL },
};

static void
usage (FILE *out)
{
  fprintf (out, "Usage: newsgraph COMMAND [OPTION...] [FILE...]\n\n"
                "Turns news reports into an RDF knowledge graph, queries it and draws it.\n\n"
                "Commands:\n");
  for (const NgCommand *c = ng_commands; c->name; c++)
    fprintf (out, "  %-10s %s\n", c->name, c->summary);
  fprintf (out, "\nOptions:\n"
                "  -h, --help     show this help and exit\n"
                "  --version      show the version and exit\n\n"
                "'newsgraph COMMAND --help' describes a command.  A FILE of '-' is standard\n"
                "input (or output).  Exit status: 0 success, 1 bad input, 2 usage error.\n");
}

/* newsgraph allocates and frees many blocks of 128 kB to a few MB: the
 * arenas of the stores -j's workers fill and the main thread merges, the
 * writers' buffers and sort arrays.  glibc maps each such block afresh and
 * unmaps it when freed, so every reuse pays page faults (and, with worker
 * threads, the unmapping interrupts the other cores).  Kept in the heap,
 * freed memory is reused: extract -j 2 of 20 MB takes 3% less time
 * (bench/extract-parallel.sh).  The cost: loading bench/load.sh's 1.1
 * million triples peaks at 72 MB instead of 70 (sordi: 132 MB). */
static void
tune_allocator (void)
{
#if defined(HAVE_MALLOC_H) && defined(HAVE_MALLOPT)
  mallopt (M_MMAP_THRESHOLD, 16 << 20);
  mallopt (M_TRIM_THRESHOLD, 256 << 20);
#endif
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  tune_allocator ();
  if (argc < 2) {
    usage (stderr);
    return NG_EXIT_USAGE;
  }
  const char *name = argv[1];
  if (!strcmp (name, "-h") || !strcmp (name, "--help") || !strcmp (name, "help")) {
    if (argc > 2 && strcmp (name, "help") == 0) {
      name = argv[2];
      char *help_argv[] = { argv[0], (char *) "--help", NULL };
      for (const NgCommand *c = ng_commands; c->name; c++)
        if (!strcmp (c->name, name)) {
          g_set_prgname (g_strdup_printf ("newsgraph %s", c->name));
          return c->run (2, help_argv);
        }
      fprintf (stderr, "newsgraph: unknown command '%s'\n", name);
      return NG_EXIT_USAGE;
    }
    usage (stdout);
    return NG_EXIT_OK;
  }
  if (!strcmp (name, "--version") || !strcmp (name, "-V")) {
    printf ("newsgraph %s\n", PACKAGE_VERSION);
    return NG_EXIT_OK;
  }
  const NgCommand *cmd = NULL;
  for (const NgCommand *c = ng_commands; c->name && !cmd; c++)
    if (!strcmp (c->name, name))
      cmd = c;
  if (!cmd) {
    fprintf (stderr, "newsgraph: unknown command '%s'\nTry 'newsgraph --help'.\n", name);
    return NG_EXIT_USAGE;
  }
  g_autofree char *prgname = g_strdup_printf ("newsgraph %s", cmd->name);
  g_set_prgname (prgname);
  argv[1] = argv[0];
  int rc = cmd->run (argc - 1, argv + 1);
  /* A full disk or closed pipe on stdout must not pass as success. */
  if (fflush (stdout) != 0 || ferror (stdout) || fclose (stdout) != 0) {
    ng_cli_error ("write error on standard output");
    return rc ? rc : NG_EXIT_INPUT;
  }
  return rc;
}

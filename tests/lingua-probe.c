/* SPDX-License-Identifier: MIT */
/* lingua-probe: reads "KIND<TAB>NAME" lines (KIND person, org or place) on
 * stdin and prints "KIND<TAB>NAME<TAB>KEY<TAB>ENGLISH" for each, "-" when
 * there is no answer.  A tool for tests/lingua-gold.py and for looking at
 * what src/lingua makes of names; not a test by itself. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lingua/lingua.h"

int
main (void)
{
  char line[4096];
  while (fgets (line, sizeof line, stdin)) {
    line[strcspn (line, "\r\n")] = 0;
    char *tab = strchr (line, '\t');
    if (!tab)
      continue;
    *tab = 0;
    const char *kind = line, *name = tab + 1;
    char *key = NULL, *en = NULL;
    if (strcmp (kind, "person") == 0) {
      key = ng_lingua_person_key (name);
      en = ng_lingua_person_name_en (name);
    } else if (strcmp (kind, "org") == 0) {
      key = ng_lingua_org_key (name);
      en = ng_lingua_org_name_en (name);
    } else if (strcmp (kind, "place") == 0) {
      key = ng_lingua_place_key (name);
      en = ng_lingua_place_name_en (name);
    }
    printf ("%s\t%s\t%s\t%s\n", kind, name, key ? key : "-", en ? en : "-");
    g_free (key);
    g_free (en);
  }
  return 0;
}

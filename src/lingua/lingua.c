/* SPDX-License-Identifier: MIT */
/* lingua.c: placeholder implementations until the data-backed ones land:
 * they answer only what needs no data. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"

char *
ng_lingua_to_simplified (const char *s)
{
  return s ? g_strdup (s) : NULL;
}

char *
ng_lingua_pinyin (const char *han)
{
  return NULL;
}

char *
ng_lingua_person_name_en (const char *zh_name)
{
  return NULL;
}

char *
ng_lingua_slug (const char *name)
{
  GString *out = g_string_new (NULL);
  gboolean dash = FALSE;
  for (const char *c = name; c && *c; c++) {
    if (g_ascii_isalnum (*c)) {
      if (dash && out->len)
        g_string_append_c (out, '-');
      g_string_append_c (out, g_ascii_tolower (*c));
      dash = FALSE;
    } else {
      dash = TRUE;
    }
  }
  return g_string_free (out, FALSE);
}

char *
ng_lingua_person_key (const char *name)
{
  char *slug = ng_lingua_slug (name);
  if (!*slug)
    g_clear_pointer (&slug, g_free);
  return slug;
}

char *
ng_lingua_org_name_en (const char *zh_name)
{
  return NULL;
}

char *
ng_lingua_org_name_zh (const char *en_name)
{
  return NULL;
}

char *
ng_lingua_org_key (const char *name)
{
  return ng_lingua_person_key (name);
}

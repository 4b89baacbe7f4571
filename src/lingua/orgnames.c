/* SPDX-License-Identifier: MIT */
/* orgnames.c: bilingual organization names (placeholder until the curated
 * file lands). */
#include "config.h"

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

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
  if (!name)
    return NULL;
  char *slug = ng_lingua_slug (name);
  if (!*slug)
    g_clear_pointer (&slug, g_free);
  return slug;
}

/* SPDX-License-Identifier: MIT */
/* find.c: known names in running Chinese text (a gazetteer scan over the
 * curated organizations and places of names-data.c) and the organization
 * kinds that end a name.  Recognizing which strings are names is the
 * extractor's job; this only offers what the data files know. */
#include "config.h"

#include <string.h>

#include "lingua/lingua.h"
#include "lingua/lingua-private.h"

GArray *
ng_lingua_find_known (const char *text)
{
  GArray *out = g_array_new (FALSE, TRUE, sizeof (NgLinguaKnown));
  if (!text || !g_utf8_validate (text, -1, NULL))
    return out;
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  /* Character-level simplification keeps one character for one: offsets
   * into the simplified copy map back through char indexes. */
  char *simp = ng_lingua_to_simplified (text);
  glong n = g_utf8_strlen (simp, -1);
  const char **sp = g_new (const char *, n + 1), **op = g_new (const char *, n + 1);
  glong i = 0;
  const char *q = text;
  for (const char *p = simp; *p; p = g_utf8_next_char (p), q = g_utf8_next_char (q)) {
    sp[i] = p;
    op[i++] = q;
  }
  sp[n] = simp + strlen (simp);
  op[n] = text + strlen (text);
  for (i = 0; i < n;) {
    if (!ng_lingua_is_han (g_utf8_get_char (sp[i]))) {
      i++;
      continue;
    }
    glong best = 0;
    const KnownName *k = NULL;
    for (glong len = MIN ((glong) d->max_known, n - i); len >= 2 && !k; len--) {
      char *s = g_strndup (sp[i], (gsize) (sp[i + len] - sp[i]));
      k = g_hash_table_lookup (d->known, s);
      g_free (s);
      if (k)
        best = len;
    }
    if (!k) {
      i++;
      continue;
    }
    NgLinguaKnown m = { (gsize) (op[i] - text), (gsize) (op[i + best] - text),
                        (NgLinguaKnownKind) k->kind, k->en, k->is_alias, (guint) best };
    g_array_append_val (out, m);
    i += best;
  }
  g_free (sp);
  g_free (op);
  g_free (simp);
  return out;
}

gsize
ng_lingua_org_suffix_len (const char *zh)
{
  if (!zh || !g_utf8_validate (zh, -1, NULL))
    return 0;
  const NgLinguaOrgs *d = ng_lingua_orgs ();
  char *simp = ng_lingua_to_simplified (zh);
  /* The longest head among the suffixes of up to max_seg characters,
   * counted in characters so that the answer can be measured on zh. */
  guint best_chars = 0;
  const char *p = simp + strlen (simp);
  for (guint k = 1; k <= d->max_seg && p > simp; k++) {
    p = g_utf8_prev_char (p);
    const Entry *e = g_hash_table_lookup (d->segs, p);
    if (e && e->kind == SEG_HEAD)
      best_chars = k;
  }
  g_free (simp);
  const char *q = zh + strlen (zh);
  for (guint k = 0; k < best_chars; k++)
    q = g_utf8_prev_char (q);
  return (gsize) (zh + strlen (zh) - q);
}

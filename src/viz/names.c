/* SPDX-License-Identifier: MIT */
/* names.c: how things are called in a drawing: prefixed names, the
 * built-in labels of common schema.org and W3C ORG properties, the kinds'
 * names and colours, the writer table, and the text cleaning and escaping
 * that every writer relies on.  The graph model itself is in model.c. */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "viz/viz-private.h"

G_DEFINE_QUARK (ng-viz-error-quark, ng_viz_error)

/* Prefixes used when the data declares none for a namespace.  The data's
 * own prefixes are tried first. */
static const struct {
  const char *prefix, *ns;
} builtin_prefixes[] = {
  { "schema", NG_SCHEMA },  { "schema", NG_SCHEMA_HTTP }, { "org", NG_ORG },
  { "rdf", NG_RDF },        { "rdfs", NG_RDFS },          { "owl", NG_OWL },
  { "prov", NG_PROV },      { "ng", NG_NS },              { "xsd", "http://www.w3.org/2001/XMLSchema#" },
  { "skos", "http://www.w3.org/2004/02/skos/core#" },     { "foaf", "http://xmlns.com/foaf/0.1/" },
  { "dcterms", "http://purl.org/dc/terms/" },             { "ngid", "https://w3id.org/newsgraph/id/" },
};

/* A local part we are willing to print after "prefix:". */
static gboolean
is_local_name (const char *s)
{
  if (!*s)
    return FALSE;
  for (const char *p = s; *p; p++)
    if (!(g_ascii_isalnum (*p) || *p == '_' || *p == '-' || *p == '.' || *p == '/'
          || (unsigned char) *p >= 0x80))
      return FALSE;
  return TRUE;
}

char *
ng_viz_prefixed (NgStore *store, const char *iri)
{
  const GPtrArray *decl = store ? ng_store_prefixes (store) : NULL;
  const char *best_prefix = NULL;
  gsize best_len = 0;
  for (guint i = 0; decl && i + 1 < decl->len; i += 2) {
    const char *prefix = decl->pdata[i], *ns = decl->pdata[i + 1];
    gsize n = strlen (ns);
    if (n > best_len && strncmp (iri, ns, n) == 0 && is_local_name (iri + n))
      best_prefix = prefix, best_len = n;
  }
  for (gsize i = 0; i < G_N_ELEMENTS (builtin_prefixes); i++) {
    gsize n = strlen (builtin_prefixes[i].ns);
    if (n > best_len && strncmp (iri, builtin_prefixes[i].ns, n) == 0 && is_local_name (iri + n))
      best_prefix = builtin_prefixes[i].prefix, best_len = n;
  }
  if (!best_prefix)
    return NULL;
  return g_strdup_printf ("%s:%s", best_prefix, iri + best_len);
}

char *
ng_viz_expand (NgStore *store, const char *name)
{
  const char *colon = strchr (name, ':');
  if (!colon || colon == name)
    return NULL;
  gsize n = colon - name;
  const GPtrArray *decl = store ? ng_store_prefixes (store) : NULL;
  for (guint i = 0; decl && i + 1 < decl->len; i += 2)
    if (strlen (decl->pdata[i]) == n && !strncmp (decl->pdata[i], name, n))
      return g_strconcat (decl->pdata[i + 1], colon + 1, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (builtin_prefixes); i++)
    if (strlen (builtin_prefixes[i].prefix) == n && !strncmp (builtin_prefixes[i].prefix, name, n))
      return g_strconcat (builtin_prefixes[i].ns, colon + 1, NULL);
  return NULL;
}

char *
ng_viz_short_name (NgStore *store, const char *iri)
{
  char *p = ng_viz_prefixed (store, iri);
  if (p)
    return p;
  const char *hash = strrchr (iri, '#'), *slash = strrchr (iri, '/');
  const char *cut = hash && (!slash || hash > slash) ? hash : slash;
  if (cut && cut[1])
    return g_strdup (cut + 1);
  return g_strdup (iri);
}

/* Labels of the properties the extractor states (OUTPUT-CONTRACT.md) and
 * a few neighbours.  An rdfs:label in the data wins over these. */
static const struct {
  const char *local, *en, *zh;
} builtin_labels[] = {
  { "organizer", "organizer", "主办" },
  { "location", "location", "地点" },
  { "startDate", "start date", "开始日期" },
  { "endDate", "end date", "结束日期" },
  { "performer", "speaker", "发言人" },
  { "superEvent", "part of", "隶属活动" },
  { "subEvent", "sub-event", "分活动" },
  { "memberOf", "member of", "成员" },
  { "member", "member", "成员" },
  { "worksFor", "works for", "任职于" },
  { "affiliation", "affiliation", "隶属" },
  { "parentOrganization", "parent organization", "上级机构" },
  { "subOrganization", "sub-organization", "下属机构" },
  { "sponsor", "sponsor", "赞助" },
  { "funder", "funder", "资助" },
  { "attendee", "attendee", "参会者" },
  { "containedInPlace", "in", "位于" },
  { "address", "address", "地址" },
  { "mentions", "mentions", "提及" },
  { "name", "name", "名称" },
  { "alternateName", "alternate name", "别名" },
  { "jobTitle", "job title", "职务" },
  { "description", "description", "描述" },
  { "identifier", "identifier", "标识" },
};

static const struct {
  const char *local, *en, *zh;
} builtin_org_labels[] = {
  { "memberOf", "member of", "成员" },
  { "hasMember", "has member", "成员" },
  { "headOf", "head of", "负责人" },
  { "subOrganizationOf", "part of", "隶属" },
  { "hasSubOrganization", "has unit", "下属机构" },
  { "unitOf", "unit of", "下属单位" },
  { "role", "role", "职务" },
  { "member", "member", "成员" },
  { "organization", "organization", "机构" },
};

const char *
ng_viz_builtin_label (const char *iri, const char *lang)
{
  gboolean zh = lang && g_ascii_strncasecmp (lang, "zh", 2) == 0;
  const char *local = NULL;
  if (g_str_has_prefix (iri, NG_SCHEMA))
    local = iri + strlen (NG_SCHEMA);
  else if (g_str_has_prefix (iri, NG_SCHEMA_HTTP))
    local = iri + strlen (NG_SCHEMA_HTTP);
  if (local) {
    for (gsize i = 0; i < G_N_ELEMENTS (builtin_labels); i++)
      if (!strcmp (local, builtin_labels[i].local))
        return zh ? builtin_labels[i].zh : builtin_labels[i].en;
    return NULL;
  }
  if (g_str_has_prefix (iri, NG_ORG)) {
    local = iri + strlen (NG_ORG);
    for (gsize i = 0; i < G_N_ELEMENTS (builtin_org_labels); i++)
      if (!strcmp (local, builtin_org_labels[i].local))
        return zh ? builtin_org_labels[i].zh : builtin_org_labels[i].en;
  }
  return NULL;
}

static const char *const kind_names[NG_VIZ_N_KINDS] = {
  "Person", "Organization", "Event", "Place", "Other",
};
/* Colour-blind-safe fills (Okabe-Ito), light enough for black text. */
static const char *const kind_colors[NG_VIZ_N_KINDS] = {
  "#8ecae6", "#f4a261", "#b5e48c", "#e9c46a", "#d9d9d9",
};

const char *
ng_viz_kind_name (NgVizKind kind)
{
  g_return_val_if_fail (kind < NG_VIZ_N_KINDS, "Other");
  return kind_names[kind];
}

const char *
ng_viz_kind_color (NgVizKind kind)
{
  g_return_val_if_fail (kind < NG_VIZ_N_KINDS, "#d9d9d9");
  return kind_colors[kind];
}

gboolean
ng_viz_parse_types (const char *list, guint *types, GError **error)
{
  g_auto (GStrv) parts = g_strsplit (list, ",", -1);
  guint set = 0;
  for (char **p = parts; *p; p++) {
    g_autofree char *name = g_strstrip (g_strdup (*p));
    gsize n = strlen (name);
    if (!n)
      continue;
    int found = -1;
    for (int k = 0; k < NG_VIZ_N_KINDS && found < 0; k++)
      if (!g_ascii_strcasecmp (name, kind_names[k])
          || (n > 1 && (gsize) strlen (kind_names[k]) == n - 1
              && !g_ascii_strncasecmp (name, kind_names[k], n - 1) && (name[n - 1] | 0x20) == 's'))
        found = k;
    if (found < 0 && !g_ascii_strcasecmp (name, "people"))
      found = NG_VIZ_PERSON;
    if (found < 0 && (!g_ascii_strcasecmp (name, "org") || !g_ascii_strcasecmp (name, "orgs")))
      found = NG_VIZ_ORGANIZATION;
    if (found < 0) {
      g_set_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_ARGUMENT,
                   "unknown type '%s' (known: Person, Organization, Event, Place, Other)", name);
      return FALSE;
    }
    set |= 1u << found;
  }
  *types = set;
  return TRUE;
}

char *
ng_viz_clean (const char *s, gssize len)
{
  char *valid;
  if (len >= 0) {
    /* A literal may hold NULs: they become spaces like other controls. */
    char *copy = g_malloc (len + 1);
    for (gssize i = 0; i < len; i++)
      copy[i] = s[i] ? s[i] : ' ';
    copy[len] = '\0';
    valid = g_utf8_make_valid (copy, len);
    g_free (copy);
  } else
    valid = g_utf8_make_valid (s, -1);
  GString *out = g_string_sized_new (strlen (valid));
  for (const char *p = valid; *p; p = g_utf8_next_char (p)) {
    gunichar c = g_utf8_get_char (p);
    if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0xfffe || c == 0xffff)
      g_string_append_c (out, ' ');
    else
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
  }
  g_free (valid);
  return g_string_free (out, FALSE);
}

void
ng_viz_append_xml (GString *out, const char *s)
{
  for (; *s; s++)
    switch (*s) {
    case '&': g_string_append (out, "&amp;"); break;
    case '<': g_string_append (out, "&lt;"); break;
    case '>': g_string_append (out, "&gt;"); break;
    case '"': g_string_append (out, "&quot;"); break;
    case '\'': g_string_append (out, "&apos;"); break;
    default: g_string_append_c (out, *s);
    }
}

void
ng_viz_append_json (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++) {
    unsigned char c = (unsigned char) *p;
    if (c == '"' || c == '\\')
      g_string_append_c (out, '\\'), g_string_append_c (out, c);
    else if (c < 0x20 || c == '<' || c == '>' || c == '&')
      g_string_append_printf (out, "\\u%04x", c);
    else if (c == 0xe2 && (unsigned char) p[1] == 0x80
             && ((unsigned char) p[2] == 0xa8 || (unsigned char) p[2] == 0xa9))
      g_string_append_printf (out, "\\u%04x", 0x2000 + ((unsigned char) p[2] - 0x80)), p += 2;
    else
      g_string_append_c (out, c);
  }
  g_string_append_c (out, '"');
}

void
ng_viz_append_dot (GString *out, const char *s)
{
  /* In a DOT quoted string only '"' needs escaping, but Graphviz also
   * interprets backslash escapes (\n, \l, \N...) in labels, so a literal
   * backslash is doubled. */
  g_string_append_c (out, '"');
  for (const char *p = s; *p; p++) {
    if (*p == '"' || *p == '\\')
      g_string_append_c (out, '\\');
    g_string_append_c (out, *p);
  }
  g_string_append_c (out, '"');
}

gboolean
ng_viz_flush (GString *buf, FILE *out, GError **error)
{
  if (buf->len && fwrite (buf->str, 1, buf->len, out) != buf->len) {
    g_set_error (error, NG_VIZ_ERROR, NG_VIZ_ERROR_WRITE, "write error: %s", g_strerror (errno));
    return FALSE;
  }
  g_string_truncate (buf, 0);
  return TRUE;
}

gboolean
ng_viz_flush_full (GString *buf, FILE *out, GError **error)
{
  return buf->len < 65536 || ng_viz_flush (buf, out, error);
}

static const struct {
  const char *alias;
  const NgVizWriterClass *cls;
} writers[] = {
  { "dot", &ng_viz_dot_writer },         { "gv", &ng_viz_dot_writer },
  { "graphml", &ng_viz_graphml_writer }, { "gexf", &ng_viz_gexf_writer },
  { "cyjs", &ng_viz_cyjs_writer },       { "json", &ng_viz_cyjs_writer },
  { "html", &ng_viz_html_writer },       { "htm", &ng_viz_html_writer },
};

const NgVizWriterClass *
ng_viz_writer_by_name (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (writers); i++)
    if (!g_ascii_strcasecmp (name, writers[i].alias))
      return writers[i].cls;
  return NULL;
}

const NgVizWriterClass *
ng_viz_writer_by_filename (const char *path)
{
  const char *dot = strrchr (path, '.');
  if (!dot || strchr (dot, '/'))
    return NULL;
  return ng_viz_writer_by_name (dot + 1);
}

const char *
ng_viz_writer_names (void)
{
  return "dot, graphml, gexf, cyjs, html";
}

char *
ng_viz_join_attrs (const GPtrArray *attrs, const char *sep)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < attrs->len; i++) {
    const NgVizAttr *a = attrs->pdata[i];
    g_string_append_printf (s, "%s%s: %s", i ? sep : "", a->key, a->value);
  }
  return g_string_free (s, FALSE);
}

char *
ng_viz_join_lines (const GPtrArray *lines, const char *sep)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (s, "%s%s", i ? sep : "", (const char *) lines->pdata[i]);
  return g_string_free (s, FALSE);
}

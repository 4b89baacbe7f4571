/* SPDX-License-Identifier: MIT */
/* html.c: the HTML writer: one self-contained page that works offline,
 * with the vendored cytoscape.js (src/viz/vendor/, MIT), our page.js and
 * page.css, and the graph as Cytoscape.js elements JSON, all inline.
 *
 * The three files are compiled into the program with GResource.  The
 * generated C file is included here rather than listed as a source, so
 * that the area keeps to the shared Makefile variables (see
 * src/viz/local.mk). */
#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "viz/viz-private.h"

GResource *ng_viz_get_resource (void);
#include "src/viz/viz-resources.c"

/* Appends a compiled-in file; a "</script" inside it could end the
 * element early, so it is split (none of ours has one). */
static gboolean
append_resource (GString *out, const char *name, GError **error)
{
  g_autofree char *path = g_strdup_printf ("/org/newsgraph/viz/%s", name);
  GBytes *bytes = g_resource_lookup_data (ng_viz_get_resource (), path, 0, error);
  if (!bytes)
    return FALSE;
  gsize n;
  const char *p = g_bytes_get_data (bytes, &n);
  for (gsize i = 0; i < n; i++) {
    if (p[i] == '<' && i + 2 < n && p[i + 1] == '/' && g_ascii_tolower (p[i + 2]) == 's') {
      g_string_append (out, "<\\/");
      i++;
    } else
      g_string_append_c (out, p[i]);
  }
  g_bytes_unref (bytes);
  return TRUE;
}

static gboolean
write_html (const NgVizGraph *graph, FILE *out, GError **error)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  gboolean zh = graph->lang && g_str_has_prefix (graph->lang, "zh");
  g_string_append_printf (buf,
                          "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"generator\" content=\"newsgraph %s\">\n"
                          "<title>newsgraph</title>\n<style>\n",
                          zh ? "zh" : "en", PACKAGE_VERSION);
  if (!append_resource (buf, "page.css", error))
    return FALSE;
  const char *search = zh ? "按名称搜索" : "Search by name";
  g_string_append_printf (buf,
                          "</style>\n</head>\n<body>\n<header>\n<h1>newsgraph</h1>\n"
                          "<input id=\"search\" type=\"search\" placeholder=\"%s\" "
                          "aria-label=\"%s\">\n<span id=\"kinds\"></span>\n"
                          "<span id=\"status\"></span>\n</header>\n<main>\n<div id=\"cy\"></div>\n"
                          "<aside id=\"panel\"><p class=\"empty\">%s</p></aside>\n</main>\n<script>\n",
                          search, search,
                          zh ? "点击节点，查看其事实及出处句子。"
                             : "Click a node to see its facts and the sentences they came from.");
  if (!append_resource (buf, "vendor/cytoscape.min.js", error))
    return FALSE;
  g_string_append (buf, "\n</script>\n<script id=\"ng-data\" type=\"application/json\">\n");
  ng_viz_append_cyjs (buf, graph);
  g_string_append (buf, "</script>\n<script>\n");
  if (!append_resource (buf, "page.js", error))
    return FALSE;
  g_string_append (buf, "</script>\n</body>\n</html>\n");
  return ng_viz_flush (buf, out, error);
}

const NgVizWriterClass ng_viz_html_writer = {
  "html", "html", "one self-contained HTML page (cytoscape.js, works offline)", write_html,
};

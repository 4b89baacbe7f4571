## viz: sources of this area go into src/libng.a
src_libng_a_SOURCES += \
	src/viz/viz.h \
	src/viz/viz-private.h \
	src/viz/model-private.h \
	src/viz/names.c \
	src/viz/model.c \
	src/viz/classify.c \
	src/viz/graph.c \
	src/viz/select.c \
	src/viz/enrich.c \
	src/viz/dot.c \
	src/viz/graphml.c \
	src/viz/gexf.c \
	src/viz/cyjs.c \
	src/viz/html.c

## The subcommand lives in cli/ but is listed here, with its area.
src_libng_a_SOURCES += src/cli/cmd-draw.c

## The browser side of the HTML writer, compiled in with GResource.  The
## generated C file is #included by html.c (so no nodist_ variable is
## needed in the shared Makefile.am).
VIZ_RESOURCES = \
	src/viz/vendor/cytoscape.min.js \
	src/viz/page.js \
	src/viz/page.css
src/viz/viz-resources.c: $(srcdir)/src/viz/viz.gresource.xml $(VIZ_RESOURCES:%=$(srcdir)/%)
	$(AM_V_GEN)$(MKDIR_P) src/viz && \
	$(GLIB_COMPILE_RESOURCES) --target=$@ --sourcedir=$(srcdir)/src/viz \
		--generate-source --c-name ng_viz $(srcdir)/src/viz/viz.gresource.xml
BUILT_SOURCES += src/viz/viz-resources.c
CLEANFILES += src/viz/viz-resources.c
EXTRA_DIST += \
	src/viz/viz.gresource.xml \
	$(VIZ_RESOURCES) \
	src/viz/vendor/LICENSE.cytoscape \
	src/viz/vendor/README.md \
	src/viz/vendor/update.sh

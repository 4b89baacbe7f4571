## tests of the viz area: the graph model (GTest) and `newsgraph draw`
## checked by real consumers (Graphviz, xmllint, networkx, Chromium).
check_PROGRAMS += tests/unit/test-viz
tests_unit_test_viz_LDADD = $(NG_LIBS)
TESTS += tests/unit/test-viz

VIZ_CLI_TESTS = \
	tests/cli/t-draw.sh \
	tests/cli/t-draw-dot.sh \
	tests/cli/t-draw-graphml.sh \
	tests/cli/t-draw-gexf.sh \
	tests/cli/t-draw-cyjs.sh \
	tests/cli/t-draw-html.sh
TESTS += $(VIZ_CLI_TESTS)
EXTRA_DIST += \
	$(VIZ_CLI_TESTS) \
	tests/data/viz/README.md \
	tests/data/viz/en.ttl \
	tests/data/viz/zh.ttl \
	tests/data/viz/tricky.ttl \
	tests/data/viz/unnamed.ttl \
	tests/data/viz/ontology-only.ttl \
	tests/data/viz/empty.ttl \
	tests/viz/README.md \
	tests/viz/graphml.xsd \
	tests/viz/graphml-structure.xsd \
	tests/viz/xlink.xsd \
	tests/viz/gexf.rng \
	tests/viz/dynamics.rng \
	tests/viz/viz.rng \
	tests/viz/count.py \
	examples/draw.sh \
	examples/forum.ttl \
	examples/forum.svg \
	examples/forum.zh.svg \
	docs/drawing.md
CLEANFILES += tests/cli/t-draw-html.png

## tests of the conformance area: the W3C RDF suites (skipped without
## $NG_SHARED/rdf-tests) and the isomorphism check the round trips use
check_PROGRAMS += tests/conformance/run-rdf-tests
tests_conformance_run_rdf_tests_SOURCES = \
	tests/conformance/run-rdf-tests.c \
	tests/conformance/iso.c \
	tests/conformance/iso.h \
	tests/conformance/nt-read.c
tests_conformance_run_rdf_tests_LDADD = $(NG_LIBS)
TESTS += tests/conformance/run-rdf-tests
EXTRA_DIST += tests/conformance/known-failures.txt
EXTRA_DIST += \
	tests/data/rdfio/README.md \
	tests/data/rdfio/blank-nodes.ttl \
	tests/data/rdfio/literals.ttl \
	tests/data/rdfio/news.ttl

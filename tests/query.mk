## tests of the query area
check_PROGRAMS += tests/unit/test-query
tests_unit_test_query_LDADD = $(NG_LIBS)
TESTS += tests/unit/test-query

QUERY_DATA_FILES = \
	tests/data/query/README.md \
	tests/data/query/basic.test \
	tests/data/query/optional-union.test \
	tests/data/query/modifiers.test \
	tests/data/query/paths.test \
	tests/data/query/graphs.test \
	tests/data/query/errors.test
EXTRA_DIST += $(QUERY_DATA_FILES)

QUERY_CLI_TESTS = tests/cli/t-query.sh
TESTS += $(QUERY_CLI_TESTS)
EXTRA_DIST += $(QUERY_CLI_TESTS)

## The W3C SPARQL query tests (sparql10 and the 1.1 result formats); skips
## when $NG_SHARED/rdf-tests is absent.
TESTS += tests/conformance/run-sparql-tests.py
EXTRA_DIST += tests/conformance/run-sparql-tests.py

## Differential tests against Oxigraph (npm package, see
## tests/differential/README.md): a few hundred cases in make check,
## thousands in make check-long.
DIFF_FILES = tests/differential/run.sh tests/differential/diff.js \
	tests/differential/package.json tests/differential/package-lock.json \
	tests/differential/README.md
TESTS += tests/differential/run.sh
EXTRA_DIST += $(DIFF_FILES)

check-long: check-long-query
check-long-query: all
	NEWSGRAPH='$(abs_top_builddir)/newsgraph' NG_DIFF_CASES=5000 \
	  $(SHELL) $(srcdir)/tests/differential/run.sh >check-long-query.log; \
	  rc=$$?; grep -v '^ok' check-long-query.log; exit $$rc
.PHONY: check-long check-long-query

## The query benchmark's harness (bench/query/README.md); built, never run
## by make check.
noinst_PROGRAMS += bench/query/bench-query
bench_query_bench_query_LDADD = $(NG_LIBS)
EXTRA_DIST += bench/query/README.md bench/query/run.sh bench/query/oxigraph-query.js \
	bench/query/queries/q1.rq bench/query/queries/q2.rq bench/query/queries/q3.rq \
	bench/query/queries/q4.rq bench/query/queries/q7.rq bench/query/queries/q8.rq \
	bench/query/queries/q9.rq bench/query/queries/q14.rq

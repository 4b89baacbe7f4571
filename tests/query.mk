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

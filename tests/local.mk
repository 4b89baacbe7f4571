## tests: unit tests (GTest), CLI scripts (TAP), conformance runners
UNIT_LDADD = $(NG_LIBS)

check_PROGRAMS += tests/unit/test-store tests/unit/test-rdfio
tests_unit_test_store_LDADD = $(UNIT_LDADD)
tests_unit_test_rdfio_LDADD = $(UNIT_LDADD)
TESTS += tests/unit/test-store tests/unit/test-rdfio

CLI_TESTS = \
	tests/cli/t-convert.sh \
	tests/cli/t-bad-input.sh \
	tests/cli/t-articles.sh
TESTS += $(CLI_TESTS)
EXTRA_DIST += $(CLI_TESTS) tests/cli/lib.sh

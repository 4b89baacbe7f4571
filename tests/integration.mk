## integration: newsgraph against a real graph database (Virtuoso), and
## `query --endpoint` against a fake endpoint.  The Virtuoso test skips when
## virtuoso-t is not installed.
INTEGRATION_TESTS = \
	tests/integration/t-virtuoso.sh \
	tests/integration/t-endpoint.sh
TESTS += $(INTEGRATION_TESTS)
EXTRA_DIST += $(INTEGRATION_TESTS) \
	tests/integration/sparql-json.py \
	tests/integration/fake-endpoint.py \
	tests/data/integration/articles.trig \
	examples/queries/people-positions.rq \
	examples/queries/events.rq \
	examples/queries/speakers.rq \
	examples/queries/articles.rq \
	examples/queries/hosts.rq \
	docs/scale-out.md

## the remote module without a network
check_PROGRAMS += tests/unit/test-remote
tests_unit_test_remote_LDADD = $(NG_LIBS)
TESTS += tests/unit/test-remote

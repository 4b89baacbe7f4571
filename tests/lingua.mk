## tests of the lingua area
check_PROGRAMS += tests/unit/test-lingua
tests_unit_test_lingua_LDADD = $(NG_LIBS)
TESTS += tests/unit/test-lingua
# A probe for tests/lingua-gold.py (built by make check, not a test).
check_PROGRAMS += tests/lingua-probe
tests_lingua_probe_LDADD = $(NG_LIBS)
EXTRA_DIST += tests/lingua-gold.py
EXTRA_DIST += tests/data/lingua/README.md tests/data/lingua/pairs.tsv

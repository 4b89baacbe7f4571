## tests of the lingua area
check_PROGRAMS += tests/unit/test-lingua
tests_unit_test_lingua_LDADD = $(NG_LIBS)
TESTS += tests/unit/test-lingua

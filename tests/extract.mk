## tests of the extract area: unit tests of text/ and extract/, the CLI,
## the ontology check and the scorer run on ../shared (skipped without it)
check_PROGRAMS += tests/unit/test-text tests/unit/test-extract
tests_unit_test_text_LDADD = $(NG_LIBS)
tests_unit_test_extract_LDADD = $(NG_LIBS)
TESTS += tests/unit/test-text tests/unit/test-extract

EXTRACT_CLI_TESTS = \
	tests/cli/t-extract.sh \
	tests/cli/t-extract-ontology.sh \
	tests/cli/t-extract-score.sh \
	tests/cli/t-extract-heldout.sh \
	tests/cli/t-link.sh \
	tests/cli/t-scale.sh
TESTS += $(EXTRACT_CLI_TESTS)
EXTRA_DIST += $(EXTRACT_CLI_TESTS) \
	tests/data/extract/README.md \
	tests/data/extract/mixed.txt \
	tests/data/extract/heldout-en.txt \
	tests/data/extract/heldout-zh.txt \
	tests/data/extract/heldout-en2.txt \
	tests/data/extract/heldout-zh2.txt \
	tests/data/extract/heldout-venue-en.txt \
	tests/data/extract/heldout-venue-zh.txt \
	tests/data/link/README.md \
	tests/data/link/en-interview.txt \
	tests/data/link/en-other-event.txt \
	tests/data/link/en-other-post.txt \
	tests/data/link/en-speech.txt \
	tests/data/link/en-tied-post.txt \
	tests/data/link/zh-post.txt \
	bench/extract-speed.sh \
	bench/gen-names.py

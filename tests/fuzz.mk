## Fuzz harnesses (issue 8).  tests/fuzz/fuzz-NAME.c each define
## LLVMFuzzerTestOneInput.  With --enable-fuzzing (CC=clang) they are
## libFuzzer programs and all of newsgraph is built with the fuzzer's
## coverage and ASan+UBSan (see tests/fuzz/README.md for how to run them);
## otherwise each is linked with tests/fuzz/replay.c, and `make check`
## replays every seed (tests/fuzz/corpus/NAME/) and every regression input
## (tests/fuzz/regress/NAME/) through it.

FUZZ_HARNESSES = \
	tests/fuzz/fuzz-rdf \
	tests/fuzz/fuzz-query \
	tests/fuzz/fuzz-results \
	tests/fuzz/fuzz-draw \
	tests/fuzz/fuzz-extract

tests_fuzz_fuzz_rdf_SOURCES = tests/fuzz/fuzz-rdf.c tests/fuzz/fuzz.h
tests_fuzz_fuzz_query_SOURCES = tests/fuzz/fuzz-query.c tests/fuzz/fuzz.h tests/fuzz/query-common.h
tests_fuzz_fuzz_results_SOURCES = tests/fuzz/fuzz-results.c tests/fuzz/fuzz.h tests/fuzz/query-common.h
tests_fuzz_fuzz_draw_SOURCES = tests/fuzz/fuzz-draw.c tests/fuzz/fuzz.h
tests_fuzz_fuzz_extract_SOURCES = tests/fuzz/fuzz-extract.c tests/fuzz/fuzz.h
tests_fuzz_fuzz_rdf_LDADD = $(NG_LIBS)
tests_fuzz_fuzz_query_LDADD = $(NG_LIBS)
tests_fuzz_fuzz_results_LDADD = $(NG_LIBS)
tests_fuzz_fuzz_draw_LDADD = $(NG_LIBS)
tests_fuzz_fuzz_extract_LDADD = $(NG_LIBS)

if ENABLE_FUZZING
## Everything, the library included, gets the fuzzer's instrumentation;
## only the harnesses link libFuzzer's main().
NG_FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
AM_CFLAGS += -fsanitize=fuzzer-no-link $(NG_FUZZ_SAN)
AM_LDFLAGS += $(NG_FUZZ_SAN)
NG_FUZZ_LINK = $(AM_LDFLAGS) -fsanitize=fuzzer
noinst_PROGRAMS += $(FUZZ_HARNESSES)
check_PROGRAMS += $(FUZZ_HARNESSES)
else
NG_FUZZ_LINK = $(AM_LDFLAGS)
check_PROGRAMS += $(FUZZ_HARNESSES)
tests_fuzz_fuzz_rdf_SOURCES += tests/fuzz/replay.c
tests_fuzz_fuzz_query_SOURCES += tests/fuzz/replay.c
tests_fuzz_fuzz_results_SOURCES += tests/fuzz/replay.c
tests_fuzz_fuzz_draw_SOURCES += tests/fuzz/replay.c
tests_fuzz_fuzz_extract_SOURCES += tests/fuzz/replay.c
endif
tests_fuzz_fuzz_rdf_LDFLAGS = $(NG_FUZZ_LINK)
tests_fuzz_fuzz_query_LDFLAGS = $(NG_FUZZ_LINK)
tests_fuzz_fuzz_results_LDFLAGS = $(NG_FUZZ_LINK)
tests_fuzz_fuzz_draw_LDFLAGS = $(NG_FUZZ_LINK)
tests_fuzz_fuzz_extract_LDFLAGS = $(NG_FUZZ_LINK)

TESTS += tests/fuzz/t-replay.sh tests/fuzz/t-limits.sh
EXTRA_DIST += tests/fuzz/t-replay.sh tests/fuzz/t-limits.sh tests/fuzz/README.md tests/fuzz/replay.c \
	tests/fuzz/corpus tests/fuzz/regress tests/fuzz/lsan.supp

## Determinism of every subcommand (issue 8).
TESTS += tests/cli/t-determinism.sh
EXTRA_DIST += tests/cli/t-determinism.sh

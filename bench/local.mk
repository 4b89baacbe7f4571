## benchmark generators and scripts (see bench/README.md)
## gen-lubm is a plain C program with no dependency; it is built with the
## rest so that -Werror sees it, and never installed.
noinst_PROGRAMS += bench/gen-lubm
bench_gen_lubm_SOURCES = bench/gen-lubm.c
bench_gen_lubm_LDADD =
EXTRA_DIST += bench/README.md bench/load.sh bench/oxigraph-load.js bench/extract-parallel.sh \
	bench/package.json bench/package-lock.json

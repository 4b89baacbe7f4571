## query: the SPARQL subset (parse -> algebra -> plan -> execute -> results)
src_libng_a_SOURCES += \
	src/query/query.h \
	src/query/query-private.h \
	src/query/ast.h \
	src/query/lexer.c \
	src/query/parser.c \
	src/query/algebra.c \
	src/query/plan.c \
	src/query/exec.c \
	src/query/expr.c \
	src/query/results.c
## The `query` subcommand lives in src/cli/ but is listed here so that the
## query area owns its build lines (src/cli/local.mk is the lead's).
src_libng_a_SOURCES += src/cli/cmd-query.c

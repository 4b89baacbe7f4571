## cli: option parsing, dispatch, exit codes.  main.c is the program; the
## subcommands are in the library so that tests link the same code.
src_libng_a_SOURCES += \
	src/cli/cli.h \
	src/cli/util.c \
	src/cli/articles.c \
	src/cli/extract-run.c \
	src/cli/cmd-link.c \
	src/cli/cmd-convert.c \
	src/cli/cmd-stats.c

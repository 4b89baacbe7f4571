## extract: mentions, relations, coreference, IRIs, RDF; lexicons compiled in
extract_data_files = \
	src/extract/data/org-heads.txt \
	src/extract/data/event-heads.txt \
	src/extract/data/titles.txt \
	src/extract/data/speech-en.txt \
	src/extract/data/places.txt \
	src/extract/data/orgs.txt \
	src/extract/data/en-surnames.txt \
	src/extract/data/zh-surnames.txt \
	src/extract/data/zh-org-suffixes.txt \
	src/extract/data/zh-titles.txt \
	src/extract/data/zh-event-heads.txt \
	src/extract/data/zh-speech.txt \
	src/extract/data/zh-generic-words.txt \
	src/extract/data/zh-honorifics.txt
src_libng_a_SOURCES += \
	src/extract/extract.h \
	src/extract/extract-private.h \
	src/extract/lexicon.c \
	src/extract/mention-en.c \
	src/extract/mention-zh.c \
	src/extract/coref.c \
	src/extract/relation.c \
	src/extract/resolve.c \
	src/extract/link.c \
	src/extract/extract.c
nodist_src_libng_a_SOURCES = src/extract/extract-resources.c
BUILT_SOURCES += src/extract/extract-resources.c
CLEANFILES += src/extract/extract-resources.c
EXTRA_DIST += $(extract_data_files) src/extract/data/extract.gresource.xml
src/extract/extract-resources.c: $(srcdir)/src/extract/data/extract.gresource.xml $(extract_data_files:%=$(srcdir)/%)
	$(AM_V_GEN)$(MKDIR_P) src/extract && \
	$(GLIB_COMPILE_RESOURCES) --target=$@ --sourcedir=$(srcdir)/src/extract/data --generate-source --manual-register --c-name ng_extract $<
## the `newsgraph extract` command (listed here, with its area)
src_libng_a_SOURCES += src/cli/cmd-extract.c

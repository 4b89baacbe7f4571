## lingua: cross-language resources (pinyin, simplified/traditional, bilingual names)
## The data files under src/lingua/data/ are compiled in with GResource.
## pinyin.txt and t2s.txt are generated from Unihan by src/lingua/gen-tables.py
## and committed (the build needs no network and no unicode-data).
lingua_data_files = \
	src/lingua/data/pinyin.txt \
	src/lingua/data/t2s.txt \
	src/lingua/data/t2s-extra.txt \
	src/lingua/data/surnames.txt \
	src/lingua/data/given-readings.txt \
	src/lingua/data/orgs.tsv \
	src/lingua/data/lexicon.tsv \
	src/lingua/data/places.tsv

src_libng_a_SOURCES += \
	src/lingua/lingua.h \
	src/lingua/lingua-private.h \
	src/lingua/data.c \
	src/lingua/variants.c \
	src/lingua/pinyin.c \
	src/lingua/keys.c \
	src/lingua/names-data.c \
	src/lingua/orgnames.c \
	src/lingua/orgkeys.c \
	src/lingua/places.c \
	src/lingua/find.c
## The generated C file is #included by data.c, so no nodist_ variable is
## needed (as src/viz does).
BUILT_SOURCES += src/lingua/lingua-resources.c
CLEANFILES += src/lingua/lingua-resources.c
EXTRA_DIST += \
	src/lingua/lingua.gresource.xml \
	src/lingua/gen-tables.py \
	src/lingua/data/README.md \
	src/lingua/data/UNICODE-LICENSE \
	$(lingua_data_files)

src/lingua/lingua-resources.c: $(srcdir)/src/lingua/lingua.gresource.xml $(lingua_data_files:%=$(srcdir)/%)
	$(AM_V_GEN)$(MKDIR_P) src/lingua && \
	$(GLIB_COMPILE_RESOURCES) --target=$@ --sourcedir=$(srcdir)/src/lingua/data \
	  --generate-source --c-name ng_lingua --internal $(srcdir)/src/lingua/lingua.gresource.xml

## rdfio: the only place that includes <raptor2.h>
src_libng_a_SOURCES += \
	src/rdfio/rdfio.h \
	src/rdfio/rdfio-private.h \
	src/rdfio/load.c \
	src/rdfio/guard.c \
	src/rdfio/sorted.h \
	src/rdfio/sorted.c \
	src/rdfio/lines.c \
	src/rdfio/save.c

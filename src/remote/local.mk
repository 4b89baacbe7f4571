## remote: SPARQL queries against an endpoint (SPARQL 1.1 Protocol over
## libsoup-3.0, JSON results by json-glib); remote -> store, query, rdfio
src_libng_a_SOURCES += \
	src/remote/remote.h \
	src/remote/remote.c
AM_CFLAGS += $(SOUP_CFLAGS)
NG_LIBS += $(SOUP_LIBS)

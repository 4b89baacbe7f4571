## store: the term dictionary and the quad indexes (GLib only)
src_libng_a_SOURCES += \
	src/store/store.h \
	src/store/store-private.h \
	src/store/term.c \
	src/store/store.c \
	src/store/index.c \
	src/store/term-format.c

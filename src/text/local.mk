## text: UTF-8, BOM and line ends, furniture, sentences, dates; the only
## place that includes <utf8proc.h>
src_libng_a_SOURCES += \
	src/text/text.h \
	src/text/text.c \
	src/text/segment.c

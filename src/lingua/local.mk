## lingua: cross-language resources (pinyin, simplified/traditional, bilingual names)
src_libng_a_SOURCES += \
	src/lingua/lingua.h \
	src/lingua/lingua.c

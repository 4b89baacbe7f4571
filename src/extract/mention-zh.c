/* SPDX-License-Identifier: MIT */
/* mention-zh.c: mentions in Chinese sentences (placeholder). */
#include "config.h"

#include <string.h>

#include "extract/extract-private.h"

void
mentions_zh (Doc *doc, guint sent)
{
}

void
relations_zh (Doc *doc, guint sent, GArray *ms)
{
}

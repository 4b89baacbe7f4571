/* SPDX-License-Identifier: MIT */
/* lingua-private.h: what the files of src/lingua/ share: the compiled-in
 * data (GResource, parsed lazily once) and small text helpers.  Not for
 * use outside src/lingua/. */
#ifndef NG_LINGUA_PRIVATE_H
#define NG_LINGUA_PRIVATE_H

#include <glib.h>

/* The character tables, parsed on first use and then read-only.  Every
 * string in them lives as long as the process. */
typedef struct {
  GHashTable *reading;       /**< code point -> toneless reading ("wang", "lv") */
  GHashTable *t2s;           /**< traditional code point -> simplified code point */
  GHashTable *syllables;     /**< set of valid toneless syllables (Latin side) */
  GHashTable *surname;       /**< Han surname (simplified) -> reading ("ouyang") */
  GHashTable *surname_latin; /**< set of surname readings ("wang", "ouyang") */
  GHashTable *given;         /**< code point -> reading in given names (长 -> "chang") */
} NgLinguaTables;

/* The tables; never NULL (aborts if the compiled-in data is broken). */
const NgLinguaTables *ng_lingua_tables (void);

/* The bytes of a compiled-in data file (a name under data/); the caller
 * unrefs.  Aborts if the file is missing (a build error). */
GBytes *ng_lingua_resource (const char *name);

/* Calls fn for each non-empty, non-comment line of a data file, split at
 * tabs into a NULL-terminated vector (borrowed for the call). */
typedef void (*NgLinguaLineFunc) (char **fields, guint n_fields, gpointer data);
void ng_lingua_foreach_line (const char *name, NgLinguaLineFunc fn, gpointer data);

/* TRUE for a CJK ideograph (Han script, letter). */
gboolean ng_lingua_is_han (gunichar c);

/* The toneless reading of a character with ü written "u" ("lü" -> "lu"),
 * or NULL; owned by the tables. */
const char *ng_lingua_char_reading (gunichar c);

/* NFKC, then traditional -> simplified; caller frees. */
char *ng_lingua_normalize_zh (const char *s);

/* NFKD with combining marks removed, so Latin letters lose their accents
 * ("Lü" -> "Lu", "é" -> "e"); caller frees. */
char *ng_lingua_strip_accents (const char *s);

/* TRUE when word (lowercase ASCII) splits into pinyin syllables; accepts
 * "v" for ü after l and n ("lv", "nve"). */
gboolean ng_lingua_is_pinyin_word (const char *word);

/* Appends the hyphen-separated slug of s to out (ASCII letters and digits
 * lowercased, Han characters as pinyin syllables, other runs as one
 * hyphen); apostrophes join ("People's" -> "peoples"). */
void ng_lingua_slug_append (GString *out, const char *s);

/* ---- name data (names-data.c) */

typedef enum {
  SEG_WORD,    /* lexicon word: English in place */
  SEG_HEAD,    /* lexicon head: English pattern with {} */
  SEG_ORG,     /* a curated organization (canonical Chinese name) */
  SEG_PLACE,   /* a listed place */
  SEG_SUFFIX,  /* an administrative suffix 省 市 县 区 */
  SEG_UNKNOWN, /* run of unknown characters, as pinyin */
} SegKind;

typedef struct {
  SegKind kind;
  const char *en;       /* word, pattern, org or place English */
  const char *national; /* head: pattern after 国家, or NULL */
  const char *owned;    /* head: pattern after an owner, or NULL */
} Entry;

typedef struct {
  GHashTable *zh2en;   /* normalized Chinese name or alias -> canonical English */
  GHashTable *en2en;   /* folded English name or alias -> canonical English */
  GHashTable *en2zh;   /* folded canonical English -> Chinese name */
  GHashTable *segs;    /* Chinese word -> Entry (lexicon, places, curated names) */
  GHashTable *places;  /* normalized Chinese place -> Entry (kind in national: "province"...) */
  GHashTable *place_en; /* folded English place or alias -> canonical English */
  GHashTable *place_local; /* folded English names of places below country level */
  guint max_seg;       /* longest key of segs, in characters */
  GHashTable *known;   /* Chinese name or alias -> KnownName, for ng_lingua_find_known */
  GHashTable *surface_en; /* English names and aliases exactly as written in the data */
  guint max_known;     /* longest key of known, in characters */
} NgLinguaOrgs;


/* What ng_lingua_find_known reports for a Chinese surface form. */
typedef struct {
  int kind;          /* NgLinguaKnownKind */
  const char *en;    /* canonical English, interned */
  gboolean is_alias; /* an alias (abbreviation, second name), not the official name */
} KnownName;

/* The name tables; never NULL. */
const NgLinguaOrgs *ng_lingua_orgs (void);

/* Chinese for lookup: NFKC, simplified, without spaces, middle dots,
 * quotation marks and brackets; caller frees; NULL on failure. */
char *ng_lingua_norm_zh (const char *s);

/* English for lookup: accents off, "&" -> "and", lowercase words of
 * letters and digits (apostrophes join), single spaces, no leading "the",
 * no trailing possessive; caller frees. */
char *ng_lingua_fold_en (const char *s);

/* The canonical English name of a folded English name or alias, also
 * with a China qualifier ("China's X", "X of China") around a curated
 * name; NULL when not curated. */
const char *ng_lingua_lookup_en (const NgLinguaOrgs *d, const char *folded);

/* TRUE when s holds a Han character. */
gboolean ng_lingua_has_han (const char *s);

/* Han text as one capitalized pinyin word with syllable apostrophes
 * ("西安" -> "Xi'an"); other characters copied; NULL if a Han character has
 * no reading; caller frees. */
char *ng_lingua_pinyin_word (const char *han);

/* Public entry points accept any bytes: invalid UTF-8 is repaired (bad
 * sequences become U+FFFD) into a temporary that lives to the end of the
 * calling function, so no loop can step over the terminating NUL. */
#define NG_LINGUA_MAKE_VALID(s)                                                \
  g_autofree char *s##_valid_ = NULL;                                          \
  if ((s) && !g_utf8_validate ((s), -1, NULL))                                 \
    (s) = s##_valid_ = g_utf8_make_valid ((s), -1)

#endif /* NG_LINGUA_PRIVATE_H */

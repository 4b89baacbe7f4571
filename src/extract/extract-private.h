/* SPDX-License-Identifier: MIT */
/* extract-private.h: what the files of extract/ share.
 *
 * The design in one paragraph.  A Doc holds one article while it is being
 * read.  mention-en.c and mention-zh.c fill doc->mentions sentence by
 * sentence (a Mention is a typed byte range with a cleaned name);
 * coref.c groups mentions into doc->entities (one per real thing in the
 * article: "Academician Zhang Ping" and "Zhang Ping", "Guo" after "Guo
 * Kaitian", "Tencent" and "Tencent Group"); relation.c finds the facts
 * between entities (Rel), sentence by sentence, with "the forum" standing
 * for the article's reported event; resolve.c gives each entity its key
 * (the IRI slug) and emit.c states everything in RDF.  Lexicons (data/,
 * compiled in with GResource) are loaded once by lexicon.c.
 */
#ifndef NG_EXTRACT_PRIVATE_H
#define NG_EXTRACT_PRIVATE_H

#include "extract/extract.h"

typedef enum { ENT_PERSON, ENT_ORG, ENT_EVENT, ENT_PLACE, ENT_N } EntType;

typedef enum {
  REL_ORGANIZER,
  REL_LOCATION,
  REL_DATE,
  REL_SUPER,
  REL_SPEAKER,
  REL_POSITION,
  REL_N
} RelKind;

typedef struct {
  EntType type;
  gsize start, end; /**< bytes of the text */
  guint sent;       /**< sentence index */
  char *name;       /**< cleaned surface form (owned) */
  int entity;       /**< index in doc->entities, -1 before coref */
  gboolean zh;      /**< from Chinese text */
  gboolean nested;  /**< inside a longer mention (a parent named inside) */
  int rank;         /**< events: the kind's rank (event-heads.txt); -1 unknown */
  char *title;      /**< a title that came with the mention ("Academician"), or NULL */
} Mention;

typedef struct {
  EntType type;
  char *name;       /**< the fullest name the article uses */
  GPtrArray *names; /**< every distinct surface form (char *) */
  char *key;        /**< IRI slug after resolve */
  char *rule;       /**< how the key was made (for --links) */
  int first;        /**< first mention index */
  int rank;         /**< events */
  int n_mentions;
  gboolean zh;      /**< named in Chinese */
  gboolean is_subunit;
} Entity;

typedef struct {
  RelKind kind;
  int s;           /**< subject entity */
  int o;           /**< object entity, or -1 for a date */
  char *lit;       /**< the date literal ("2025-11-08"), owned */
  char *title;     /**< position title, owned */
  guint sent;      /**< sentence it comes from */
  const char *role; /**< organizers: the finer property's local name in ng: ("host",
                     * "coOrganizer", "undertaker", "guidedBy"), static; NULL when
                     * the text says no more than "organized" */
} Rel;

/** The words of a list by their first character. */
typedef struct {
  GHashTable *words; /**< gunichar -> GPtrArray of the words starting with it, longest first */
  /** Bit (c & 0xFFFF) is set when a word starts with c: a quick no for
   * most characters, before the hash lookup (every character of every
   * Chinese sentence is tried against five indexes). */
  guint8 first[8192];
} CharIndex;

typedef struct {
  const NgText *t;
  GArray *mentions;  /**< Mention */
  GPtrArray *entities; /**< Entity * */
  GArray *rels;      /**< Rel */
  int main_event;    /**< entity index of the reported event, -1 none */
  int year_hint;     /**< a year from an event name, when no publication date */
  GHashTable *person_words; /**< English person names and their first and last words */
  GHashTable *zh_names;     /**< Chinese person names found so far */
  /* Indexes that keep the rules linear in the length of an article: */
  GPtrArray *zh_name_list;  /**< the keys of zh_names in the order found */
  CharIndex *zh_name_idx;   /**< the first zh_names_indexed of them by first character */
  guint zh_names_indexed;
  GHashTable *rel_seen;     /**< rel_add's key of every Rel */
  GHashTable *dated;        /**< entity + 1 of every event with a date */
  GHashTable *anaphors;     /**< an anaphor's bytes -> its event (sentence_event) */
} Doc;

/* lexicon.c */

/** A table of English words (lexicon.c's lookup_word). */
typedef struct {
  GHashTable *h; /**< folded word -> value */
  /** Bit n of shape[b] is set when a key of n < 64 bytes starts with the
   * ASCII byte b: most words of a text fail this before any hashing. */
  guint64 shape[128];
} WordTable;

typedef struct {
  WordTable *org_heads;    /**< folded word -> "suffix" or "" */
  WordTable *event_heads;  /**< folded word -> GINT rank + 1 */
  WordTable *titles;       /**< folded word */
  WordTable *speech;       /**< folded word -> "strong"/"weak" */
  GHashTable *places;      /**< folded name -> Place * */
  GHashTable *orgs;        /**< folded name -> KnownOrg * */
  GHashTable *surnames;    /**< han -> "" */
  WordTable *en_surnames;  /**< folded pinyin family name -> "" */
  GPtrArray *zh_org_suffixes; /**< char *, longest first */
  GPtrArray *zh_titles;       /**< char *, longest first */
  GPtrArray *zh_event_heads;  /**< char *, longest first */
  GHashTable *zh_event_rank;  /**< word -> GINT rank + 1 */
  GPtrArray *zh_speech;       /**< char *, longest first */
  GHashTable *zh_speech_strength; /**< word -> "strong"/"weak" */
  GPtrArray *zh_places;       /**< Chinese place names, longest first */
  GPtrArray *zh_orgs;         /**< Chinese known-org names, longest first */
  GHashTable *zh_generic;     /**< words that describe a kind of organization -> "" */
  GPtrArray *zh_honorifics;   /**< forms of address after a name (老师), longest first */
  /* First-character indexes of the lists above, for one pass over a
   * sentence instead of one search per word. */
  CharIndex *zh_orgs_idx, *zh_places_idx, *zh_titles_idx, *zh_suffix_idx, *zh_event_idx;
} Lexicon;

/* g_utf8_get_char of valid UTF-8, inline for one to three bytes (all of
 * Chinese text): the Chinese rules decode every character several times. */
static inline gunichar
utf8_char (const char *p)
{
  guchar b = p[0];
  if (b < 0x80)
    return b;
  if (b < 0xE0)
    return ((gunichar) (b & 0x1F) << 6) | (p[1] & 0x3F);
  if (b < 0xF0)
    return ((gunichar) (b & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return g_utf8_get_char (p);
}

/* Iterates over every (position p, word w of n bytes) where a word of a
 * first-character index occurs in s[lo, hi); `continue` goes on to the
 * next candidate. */
#define FOR_EACH_MATCH(idx, s, lo, hi, w, n, p)                                        \
  for (const char *p = (s) + (lo); p < (s) + (hi); p = g_utf8_next_char (p)) {          \
    gunichar c_ = utf8_char (p);                                                        \
    if (!((idx)->first[(c_ >> 3) & 0x1FFF] & (1u << (c_ & 7))))                         \
      continue;                                                                         \
    GPtrArray *cands_ = g_hash_table_lookup ((idx)->words, GUINT_TO_POINTER (c_));      \
    if (!cands_)                                                                        \
      continue;                                                                         \
    for (guint ci_ = 0; ci_ < cands_->len; ci_++) {                                     \
      const char *w = cands_->pdata[ci_];                                               \
      gsize n = strlen (w);                                                             \
      if (p + n > (s) + (hi) || memcmp (p, w, n))                                       \
        continue;
#define END_MATCH \
  }               \
  }

typedef struct {
  char *slug;
  char *kind;
  char *en;  /**< canonical English */
  char *zh;  /**< first Chinese name or NULL */
} Place;

typedef struct {
  char *slug;
  char *en;
  char *zh;
} KnownOrg;

const Lexicon *lexicon_get (void);
/** Folded (lowercase ASCII / NFKC casefold) copy. */
char *fold (const char *s, gssize len);
int event_rank_en (const char *word, gsize len);
gboolean is_title_word (const char *word, gsize len);
gboolean is_org_head (const char *word, gsize len, gboolean *is_suffix);
gboolean is_en_surname (const char *word, gsize len);
const char *speech_strength (const char *word, gsize len);

/* mention-en.c, mention-zh.c */
void mentions_en (Doc *doc, guint sent);
void mentions_zh (Doc *doc, guint sent);
/* Builds mention-zh.c's tables now (they are built on first use
 * otherwise): see ng_extractor_new. */
void mentions_zh_prepare (void);
void relations_zh (Doc *doc, guint sent, GArray *ms);
int sentence_event (Doc *doc, guint sent, GArray *ms, gsize before);
int find_date (Doc *doc, const char *s, gsize len, char **lit);
int doc_add_mention (Doc *doc, EntType type, gsize start, gsize end, guint sent,
                     const char *name, gboolean zh);

/* coref.c */
void coref (Doc *doc);
const char *entity_type_name (EntType t);

/* relation.c */
void relations (Doc *doc);
/* Builds relation.c's word sets now (on first use otherwise). */
void relations_prepare (void);
void rel_add (Doc *doc, RelKind kind, int s, int o, const char *lit, const char *title,
              guint sent);
/* Adds organizer o of event ev with its role (see Rel.role; may be NULL);
 * a role found later fills in an organizer found without one. */
void rel_add_organizer (Doc *doc, int ev, int o, const char *role, guint sent);
/* The role a Chinese or English organizer cue states ("承办", "co-organized
 * by"), or NULL. */
const char *organizer_role (const char *cue, gsize len);

/* resolve.c */
void resolve_keys (Doc *doc, const char *article);
char *slug_of (const char *name);
char *person_key (const char *name);
char *org_key (const char *name);

/* helpers shared by the rules (util in mention-en.c) */
gboolean is_cjk_text (const char *s, gsize len);
char *strip_dup (const char *s, gsize len);

#endif /* NG_EXTRACT_PRIVATE_H */

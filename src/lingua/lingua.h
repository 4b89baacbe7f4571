/* SPDX-License-Identifier: MIT */
/* lingua.h: cross-language knowledge for entity resolution.
 *
 * Hanyu Pinyin of Chinese personal names (from the Unicode Han database),
 * traditional -> simplified Chinese, bilingual names of organizations
 * (a curated data file of official names plus a lexicon of general
 * correspondences such as 基金会 <-> Foundation) and of places, and
 * matching keys that agree across languages.  The extractor uses these
 * to give one real entity one IRI whatever the language of the article.
 * Keys are for matching; they are stable across runs and releases of the
 * same data, but not meant for display.
 *
 * Unless its doc says otherwise, a function returns a newly allocated
 * string the caller frees with g_free, or NULL when it has no answer.
 * Arguments are borrowed UTF-8 (NULL gives NULL; invalid UTF-8 is
 * repaired, never a crash).  All functions are safe to call from several
 * threads.  Depends on GLib and GIO only; the data (src/lingua/data/) is
 * compiled in with GResource and parsed lazily, once, on first use.
 */
#ifndef NG_LINGUA_H
#define NG_LINGUA_H

#include <glib.h>

G_BEGIN_DECLS

/** Simplified Chinese for a traditional (or mixed) string; other
 * characters are copied unchanged. */
char *ng_lingua_to_simplified (const char *s);

/** Toneless pinyin syllables of a Han string, space-separated, lowercase
 * ("王秀军" -> "wang xiu jun"); NULL if a Han character is unknown.  Each
 * character takes its customary (first kMandarin) reading; ü is written
 * "u" (吕 -> "lu").  Runs of Latin letters and digits are kept as
 * lowercase words ("艾问iAsk" -> "ai wen iask"); other characters are
 * dropped.  NULL also when nothing is left. */
char *ng_lingua_pinyin (const char *han);

/** The English form of a Chinese personal name, surname first, given name
 * joined ("王秀军" -> "Wang Xiujun", "欧阳娜娜" -> "Ouyang Nana"), using the
 * surname table for two-character surnames and surname readings
 * (单 -> Shan).  Traditional characters and spaces are accepted; a
 * four-character name whose first two characters are both surnames gets a
 * joined double surname (方彭依梦 -> "Fangpeng Yimeng").  NULL if the
 * string is not a plausible Han name: 2-4 Han characters (3-5 with a
 * two-character surname) starting with a listed surname. */
char *ng_lingua_person_name_en (const char *zh_name);

/** A matching key for a person's name in either language: lowercase ASCII,
 * surname first, hyphen-separated ("wang-xiujun" for "王秀军", "Wang Xiujun",
 * "Wang Xiu-jun", "Wang Xiu Jun", "WANG Xiujun").  NULL when no key can be
 * made.  Latin names keep their written order, except that a single word
 * in capitals that is a Chinese surname is the surname ("Xiujun WANG";
 * "John SMITH" stays "john-smith") and a two-word name whose
 * second word is a surname and whose first is pinyin but not a surname is
 * read given-name-first ("Xiujun Wang", "Yinuo Li"); "Lei Wang" stays
 * "lei-wang" (both are surnames: ambiguous).  Non-pinyin names are slugged
 * as written ("Jack Ma" -> "jack-ma", "Ban Ki-moon" -> "ban-ki-moon").
 * Accents go and Lyu/Lv/Lü are "lu".  A leading Mr/Ms/Dr/Prof is dropped.
 * A Han name outside the surname table still reads its first character
 * as the surname when it has 2-3 characters. */
char *ng_lingua_person_key (const char *name);

/** The keys a person's name may have, most likely first: element 0 is
 * ng_lingua_person_key (name); a second element is the other reading
 * when a two-word Latin name is ambiguous in order ("Lei Wang" ->
 * {"lei-wang", "wang-lei"}: both words are surnames and pinyin), for the
 * caller to decide by context (same organization, same post).  A
 * NULL-terminated array the caller frees with g_strfreev; empty (not
 * NULL) when there is no key. */
char **ng_lingua_person_key_variants (const char *name);

/** The official or composed English name of a Chinese organization name
 * ("中国互联网发展基金会" -> "China Internet Development Foundation",
 * "民政部" -> "Ministry of Civil Affairs"); NULL when unknown.  Looks up
 * the curated names and aliases (中央网信办 -> "Cyberspace Administration
 * of China"), then a company's legal name reduced to its brand
 * (北京字节跳动科技有限公司 -> "ByteDance"), then composes from the
 * bilingual lexicon (浙江省民政厅 -> "Zhejiang Provincial Department of
 * Civil Affairs"; rules in orgnames.c).  Input is normalized: full-width
 * forms, traditional characters, spaces, middle dots and quotes. */
char *ng_lingua_org_name_en (const char *zh_name);

/** The official Chinese name of an English organization name, from the
 * curated data file, matching the official name or an English alias
 * regardless of case, accents, punctuation, "&"/"and", a leading "the" or
 * a trailing possessive ("the ministry of civil affairs" -> "民政部",
 * "CAC" -> "国家互联网信息办公室"); NULL when unknown. */
char *ng_lingua_org_name_zh (const char *en_name);

/** A matching key for an organization name in either language: the English
 * name (translated when Chinese), lowercased, slugged, with a leading "the"
 * and generic company suffixes (Group, Co., Ltd., Inc., Corporation, Holdings)
 * dropped ("Tencent Group" and "Tencent" -> "tencent", but "Tencent Charity
 * Foundation" -> "tencent-charity-foundation").  NULL when none.  English
 * aliases in the curated file map to the official name first ("CAC",
 * "Office of the Central Cyberspace Affairs Commission" ->
 * "cyberspace-administration-of-china"); "&" is "and"; the level words
 * "Municipal" and "Provincial" are dropped ("Shenzhen Municipal Civil
 * Affairs Bureau" = "Shenzhen Civil Affairs Bureau"); a company name ending
 * in a legal form is keyed by its brand, without a leading Chinese city or
 * province and a trailing industry word ("Beijing ByteDance Technology Co.,
 * Ltd." -> "bytedance"); "Chinese X" and "X
 * of China" are keyed as "China X" ("Cyberspace Administration of China"
 * -> "china-cyberspace-administration"), so a key is for matching, not
 * for display.  A Chinese name with
 * no English gives one pinyin word per run ("西湖汇" -> "xihuhui"). */
char *ng_lingua_org_key (const char *name);

/** A URL-safe slug of any name: lowercase ASCII letters, digits and
 * hyphens; Han characters become pinyin, one syllable per part ("乌镇" ->
 * "wu-zhen"); accents go; apostrophes join ("People's" -> "peoples").
 * Never NULL (may be ""). */
char *ng_lingua_slug (const char *name);

/** The English name of a Chinese place name: listed provinces, cities and
 * countries by their usual English name ("浙江省" -> "Zhejiang Province",
 * "浙江" -> "Zhejiang", "杭州市" -> "Hangzhou", "香港" -> "Hong Kong"),
 * others in pinyin with the administrative suffix translated ("乌镇" ->
 * "Wuzhen", "横店镇" -> "Hengdian Town").  NULL when name holds no Han
 * character or a character has no reading. */
char *ng_lingua_place_name_en (const char *zh_name);

/** A matching key for a place name in either language: the English name
 * (translated when Chinese; aliases such as "Macau" and "Tibet" mapped to
 * the listed name) slugged, without administrative words (Province, City,
 * Municipality, County, District, Autonomous Region, SAR): "浙江省",
 * "Zhejiang" and "Zhejiang Province" -> "zhejiang".  NULL when none. */
char *ng_lingua_place_key (const char *name);

/** TRUE when name is a Chinese surname: one or two Han characters from the
 * surname table ("王", "欧阳", traditional forms accepted), or its toneless
 * pinyin in Latin letters, any case ("Wang", "OUYANG").  NULL gives FALSE. */
gboolean ng_lingua_is_surname (const char *name);

/** What ng_lingua_find_known found. */
typedef enum {
  NG_LINGUA_KNOWN_ORG = 1,   /**< a curated organization name or alias */
  NG_LINGUA_KNOWN_PLACE = 2, /**< a listed place */
} NgLinguaKnownKind;

/** One name found in a text. */
typedef struct {
  gsize start;            /**< byte offset in the text */
  gsize end;              /**< byte offset just past the name */
  NgLinguaKnownKind kind; /**< organization or place */
  const char *en;         /**< canonical English name; static, never freed */
  gboolean is_alias;      /**< matched an alias (网信办-like abbreviation or
                               second name), not the official name */
  guint n_chars;          /**< length in characters: two-character matches
                               (小米, 联想, 北大) are also ordinary words and
                               need the caller's judgement */
} NgLinguaKnown;

/** Finds the curated organizations (orgs.tsv, names and aliases) and
 * listed places (places.tsv) in text, leftmost longest first and without
 * overlaps ("北京大学" is Peking University, not Beijing), in order of
 * position.  Chinese: traditional characters match their simplified forms;
 * two-character aliases (北大, 南大) are not looked for (东南大学 holds 南大).
 * English: capitalized word sequences (small words such as "of" inside)
 * that fold to a curated name ("the Ministry of Civil Affairs" matches
 * from "Ministry"); a single word, or a name starting with "The", only as
 * the data writes it ("WHO" but not "Who").  Offsets refer to text as
 * given.  Returns a GArray of NgLinguaKnown the caller frees with
 * g_array_unref; empty, never NULL (also for invalid UTF-8). */
GArray *ng_lingua_find_known (const char *text);

/** The byte length of the longest organization kind (a lexicon head such as
 * 基金会, 协会, 委员会, 部, 局) that ends zh, or 0: lets a Chinese
 * recognizer see that "中国青年志愿者协会" ends like an organization
 * (returns the length of "协会"). */
gsize ng_lingua_org_suffix_len (const char *zh);

/** Loads every table lingua reads (otherwise loaded on first use, under
 * g_once).  Call it before starting threads that use lingua, so that they
 * only ever read the tables (and thread checkers see why that is safe). */
void ng_lingua_init (void);

G_END_DECLS

#endif /* NG_LINGUA_H */

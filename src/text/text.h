/* SPDX-License-Identifier: MIT */
/* text.h: from the bytes of a news page to the article's sentences.
 *
 * Validates UTF-8 (an error names the byte offset, line and column; in
 * lenient mode invalid bytes become U+FFFD with a warning), drops a BOM,
 * turns CRLF and CR into LF, finds the publication date, marks page
 * furniture (navigation, share buttons, partner lists, copyright lines,
 * editor credits, injected strings) and splits the rest into sentences in
 * English and Chinese.  Also the matching form of a string (NFKC + case
 * folding with utf8proc).  The only part of newsgraph that includes
 * <utf8proc.h>.
 *
 * Ownership: every returned NgText is freed with ng_text_free; strings
 * returned by functions named *_new or *_dup are freed with g_free.
 * Errors are in NG_TEXT_ERROR.  Depends on GLib and utf8proc only.
 */
#ifndef NG_TEXT_H
#define NG_TEXT_H

#include <glib.h>

G_BEGIN_DECLS

#define NG_TEXT_ERROR (ng_text_error_quark ())
GQuark ng_text_error_quark (void);

typedef enum {
  NG_TEXT_ERROR_ENCODING, /**< invalid UTF-8 */
  NG_TEXT_ERROR_BINARY,   /**< NUL bytes: not a text file */
  NG_TEXT_ERROR_EMPTY,    /**< nothing but white space */
} NgTextError;

/** One sentence: a byte range of NgText.text. */
typedef struct {
  gsize start;        /**< first byte */
  gsize end;          /**< one past the last byte (trailing space trimmed) */
  guint line;         /**< 1-based line of the start */
  guint para;         /**< 0-based paragraph (non-empty body line) index */
  gboolean is_zh;     /**< mostly Han characters */
  gboolean in_header; /**< in the headline/dateline zone before the body */
} NgSentence;

typedef struct {
  char *text;         /**< the article text: UTF-8, LF line ends, no BOM */
  gsize len;          /**< bytes in text */
  GArray *sentences;  /**< NgSentence, in text order, furniture excluded */
  int pub_year;       /**< publication date, 0 when unknown */
  int pub_month;      /**< 1-12, 0 when unknown */
  int pub_day;        /**< 1-31, 0 when unknown */
  gboolean is_zh;     /**< most of the text is Chinese */
  guint n_furniture;  /**< lines dropped as page furniture */
  guint n_replaced;   /**< invalid sequences replaced (lenient mode) */
} NgText;

/** Reads an article from data (len bytes, borrowed).  name is used in
 * messages.  lenient: replace invalid UTF-8 instead of failing.  Returns
 * NULL and sets NG_TEXT_ERROR_ENCODING ("NAME:LINE:COL: invalid UTF-8 at
 * byte N"), _BINARY or _EMPTY on unusable input.  Free with ng_text_free. */
NgText *ng_text_new (const char *data, gsize len, const char *name, gboolean lenient,
                     GError **error);
/** Frees a text.  NULL is fine. */
void ng_text_free (NgText *text);

/** TRUE when the line holding [start,end) is page furniture by the rules
 * in segment.c; exposed for tests.  line is one line without its LF. */
gboolean ng_text_is_furniture_line (const char *line, gsize len);

/** Splits a paragraph into sentence ranges (pairs of byte offsets relative
 * to p) appended to out (a GArray of gsize).  Exposed for tests. */
void ng_text_split_sentences (const char *p, gsize len, GArray *out);

/** Parses the first date in s (len bytes): "2025-11-13", "2024年11月21日",
 * "November 13, 2025", "13 November 2025", "OCT . 14 2021".  Returns TRUE
 * and the parts (day 0 when absent) on success. */
gboolean ng_text_find_date (const char *s, gsize len, int *year, int *month, int *day);

/** Month number of an English month name or abbreviation ("Nov", "Nov.",
 * "november"), 0 if none.  len bytes of s. */
int ng_text_month (const char *s, gsize len);

/** The matching form of s: NFKC, case folded.  Caller frees with g_free. */
char *ng_text_fold_dup (const char *s, gssize len);

/** The first (ng_text_find) or last (ng_text_rfind) occurrence of w in
 * [s, s+len), or NULL.  What g_strstr_len and
 * g_strrstr_len find in text without NUL bytes (as every NgText), a few
 * times faster: the extractor searches every sentence for dozens of cue
 * words. */
const char *ng_text_find (const char *s, gsize len, const char *w);
const char *ng_text_rfind (const char *s, gsize len, const char *w);

/** TRUE for a Han ideograph (CJK unified, extension A, compatibility). */
gboolean ng_text_is_han (gunichar c);

G_END_DECLS

#endif /* NG_TEXT_H */

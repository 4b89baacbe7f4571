/* SPDX-License-Identifier: MIT */
/* extract.h: news articles in, RDF facts out.
 *
 * The extractor reads one article at a time (text/ has decoded and
 * segmented it), finds the mentions of people, organizations, events and
 * places, the relations between them (organizer, location, date, part-of,
 * speaker, position held), groups mentions into entities within the
 * article, gives each entity its stable IRI, and states the result in the
 * terms of ../shared/OUTPUT-CONTRACT.md and ontology/newsgraph.ttl into an
 * NgStore: each article's facts in that article's named graph.
 *
 * IRIs are https://w3id.org/newsgraph/id/{person,org,event,place}/SLUG,
 * computed from the entity alone (and, for people, the organization they
 * are said to work for), never from other articles or the input order:
 * the same entity gets the same IRI in every run.  See resolve.c.
 *
 * Arguments are borrowed.  Depends on text/, store/ and lingua/.
 */
#ifndef NG_EXTRACT_H
#define NG_EXTRACT_H

#include <glib.h>

#include "store/store.h"
#include "text/text.h"

G_BEGIN_DECLS

#define NG_ID_BASE "https://w3id.org/newsgraph/id/"
#define NG_NS "https://w3id.org/newsgraph/ns#"
/** Skolem IRIs of the nodes without a name of their own (memberships,
 * roles, evidence), in place of blank nodes. */
#define NG_GENID_BASE NG_ID_BASE ".well-known/genid/"

typedef struct {
  gboolean evidence; /**< add an evidence node per membership and event relation */
  gboolean links;    /**< keep a report of cross-article merges (ng_extractor_links) */
} NgExtractOptions;

typedef struct NgExtractor NgExtractor;

/** A new extractor writing into store (borrowed; must outlive it).
 * opts may be NULL (defaults).  Free with ng_extractor_free. */
NgExtractor *ng_extractor_new (NgStore *store, const NgExtractOptions *opts);
/** Frees the extractor (not the store).  NULL is fine. */
void ng_extractor_free (NgExtractor *ex);

/** Extracts one decoded article; id is its identifier (the file's base
 * name).  Returns the number of entities found. */
guint ng_extractor_add (NgExtractor *ex, const char *id, const NgText *text);

/** The merge report for --links: one block per IRI that two or more
 * articles (or two different names) reached, naming the mentions and the
 * rule that gave them the IRI.  Empty when opts->links was FALSE.
 * Caller frees with g_free. */
char *ng_extractor_links (NgExtractor *ex);

/** Adds the --links notes of from (an extractor that read other articles,
 * in another thread) to ex's, so that ng_extractor_links (ex) reports as if
 * ex had read them all.  from is not changed. */
void ng_extractor_absorb_links (NgExtractor *ex, NgExtractor *from);

/** The cross-article link pass over a whole store (link.c): merges the
 * IRIs of people that resolve.c had to scope to one article or one event
 * into the one IRI that other articles give the same person, when the
 * union of all articles leaves exactly one candidate (rules in link.c).
 * Rewrites the person IRIs in place, in every graph; a pure function of
 * the store's statements (not of their order), and idempotent.  When
 * report is not NULL, appends one block per merged IRI in the format of
 * ng_extractor_links.  Returns the number of IRIs merged away. */
guint ng_link_store (NgStore *store, GString *report);

/** The resource path of the lexicons, for tests. */
#define NG_EXTRACT_RESOURCE "/org/newsgraph/extract/"

G_END_DECLS

#endif /* NG_EXTRACT_H */

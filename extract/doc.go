// Package extract holds claimwire's pure stages: bytes or text in, records
// out, with no network and no disk. Clean turns an HTML page into an
// Article (main text, metadata, temporal expressions); Claims turns an
// Article into its Claims (who said what, and when); Timexes tags and
// normalises the temporal expressions of a text. The record types, their
// stable ids and the code point offsets they carry are defined here too.
//
// # Offsets
//
// Every offset in a record is a Unicode code point offset into
// Article.Text, end exclusive, so that for every span text[start:end] ==
// span.Text when text is indexed by code points (as Python and PostgreSQL
// do). prose v3 and regexp give byte offsets: they are converted in one
// place, RuneIndex (spans.go), and the text is never normalised after
// offsets are taken. TestRuneIndexSpans and FuzzRuneIndex enforce the
// invariant; the demo's end-to-end test checks it on every record.
//
// # Concurrency
//
// Clean, Claims and Timexes keep no state between calls and are safe for
// concurrent use; the lexicons and prose's models are loaded once
// (sync.OnceValue) and never changed.
//
// # Files
//
//   - record.go, page.go, text.go: Article, Claim, Span, Timex, Page,
//     FromText; ids.go: ArticleID, ClaimID, ContentHash; spans.go: RuneIndex.
//   - clean.go: Clean and CleanOptions; charset.go: decoding to UTF-8
//     (BOM, header, meta, valid-UTF-8 check before the windows-1252
//     fallback); clean_prescan.go: the byte scan that drops scripts, styles
//     and link-only furniture before parsing; clean_tree.go, clean_score.go,
//     clean_boiler.go: boilerplate removal and main-content scoring;
//     clean_render.go: the paragraph renderer; clean_lang.go: language
//     detection; metadata.go, jsonld.go: title, authors, dates, canonical
//     URL, site name and the rest.
//   - timex.go: Timexes; timex_rules.go, timex_triggers.go: the patterns
//     and the trigger words that gate them; timex_norm.go,
//     timex_norm_more.go, timex_resolve.go: values, tense and calendar
//     arithmetic; timex_lexicon.go: word tables.
//   - claims.go: Claims and ClaimOptions; claims_text.go: tokens and a
//     quote-aware sentence splitter; quotes.go: quotation marks; cues.go:
//     reporting, belief and stance cues; claims_rules.go, claims_content.go,
//     claims_labels.go: the attribution patterns and content boundaries;
//     claims_endshort.go: contents that must run on past a cut (a list,
//     ", or …", "not only … but …", a number's comma, a dash or comma
//     aside, a verbless ", but …" / ", and …", coordinated adjectives);
//     claims_endlong.go: contents that stop before a closing apposition
//     ("…, one that …") or a time or platform adjunct of the verb;
//     claims_chain.go: cues inside verb chains and asides ("has been
//     pushing", "continued to insist", "X, clearly frustrated, responded");
//     claims_chain2.go: purpose infinitives across a relative clause or a
//     quoted title, and cue verbs the tagger reads as nouns;
//     claims_chain3.go: a source before a long aside in commas or dashes
//     ("Cruz, when asked …, responded"), a catenative after "and"
//     ("… and seemed to blame"), an opening participle after a short lead
//     ("But after denouncing …, she …");
//     claims_start.go: repairs of where a content starts (a free relative
//     "what X called …", a sourceless subject cut at a preposition, a
//     clause-opening "According to" source that runs to its comma);
//     claims_coord.go: the source a cue verb shares with an earlier verb
//     of its clause ("X agreed, but also contended …", "…, citing …");
//     claims_trail.go: a source and cue after their content ("…, a study
//     by the county found."); claims_split.go, claims_nest.go: a content
//     cut where a second attribution starts inside it (parallel clauses
//     "200 have said …, 39 have said …"); cues_asquote.go: "described X as “…”";
//     claims_retag.go: repairs to the tagger's reading of cue verbs, of
//     names opening a sentence and of Title Case headlines;
//     claims_headline.go: Title Case headlines (teaser labels "Wow:",
//     "Jane Roe To Farmers:", an object cut before a dash or a second
//     verb, a single-quoted comma before a trailing source);
//     claims_sourceless.go, claims_naming.go: sourceless attributions whose
//     content lies around the cue ("X seemed frustrated", "is seen as",
//     "reportedly", "it was announced that …", "a memo titled “…”");
//     claims_prec4.go: more shapes that rarely attribute (a one-word topic
//     after a sourceless noun cue, a "who" clause inside a subject, a
//     trailing verb with its own object); claims_prec5.go: a verb's object
//     read as an inverted source, and the narrow shapes earlier filters
//     must keep ("found it difficult to …", "declined comment");
//     claims_ing.go: participle cues (a reduced relative "ads attacking
//     X", "those describing themselves as …", "Since announcing …, X",
//     ", with 42% saying …"); cues_timegap.go: a time word or adverb
//     inside a phrasal cue ("spoke out Tuesday about"); claims_parenth.go: contents
//     around a set-off speaker ("If it fails, the mayor said, the city
//     will …");
//     claims_nouncue.go: noun cues whose source is the subject of the
//     verb before them ("X is a vocal critic of Y", "X unleashed an attack
//     on Y");
//     speakers.go: noun-phrase chunking, role/name split and resolution
//     within the article; claims_build.go: drafts to records;
//     claims_lexicon.go and lexicon/*.txt: the embedded word lists.
package extract

package extract

import "strings"

// A source and cue trailing a long clause: "Unemployment fell in March,
// the Portuguese newspaper Diario reports.", "The plan would cost $2
// trillion, according to a study by the university's economists.", "The
// race is close, he said Wednesday on a radio show." The content is the
// clause before the comma; what follows the cue is only its adjuncts.

// claimTrailMaxSource bounds the words of a trailing source noun phrase.
const claimTrailMaxSource = 12

// claimTrailFinite reports whether token t is a finite verb or a modal
// outside quotations.
func claimTrailFinite(t claimTok) bool {
	return t.span < 0 && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD")
}

// claimTrailBreak reports whether token t ends a phrase after a cue: a
// comma, a dash or a semicolon outside quotations.
func claimTrailBreak(t claimTok) bool {
	return t.span < 0 && (t.text == "," || t.text == ";" || spkIsDash(t))
}

// claimTrailAdjuncts reports whether tokens [k, b) after a cue hold only
// adjuncts of the cue's own clause up to the first comma or dash: time
// words and dates ("Wednesday morning"), or phrases opened by a
// preposition ("in a statement", "during a speech to supporters"). A
// finite verb, "that", a colon or a quotation means a content follows.
func claimTrailAdjuncts(toks []claimTok, k, b int) bool {
	for k < b && !toks[k].word && !claimTrailBreak(toks[k]) && toks[k].quote == claimQuoteNone && toks[k].text != ":" {
		k++ // closing punctuation
	}
	if k >= b || claimTrailBreak(toks[k]) {
		return claimTrailBreakEnds(toks, k, b)
	}
	return claimTrailAdjunctRun(toks, k, b)
}

// claimTrailAdjunctRun reports whether the words from k, up to the next
// comma or dash, form an adjunct of a cue (see claimTrailAdjuncts).
func claimTrailAdjunctRun(toks []claimTok, k, b int) bool {
	first := toks[k]
	switch {
	case spkTimeWords[first.lower] || spkIsDate(first) || claimBoundWeekdays[first.lower]:
	case first.lower == "on":
		// "said on Tuesday", "wrote on Facebook", not "reported on the
		// scandal", whose object is the topic.
		if k+1 >= b || !(toks[k+1].upper || spkTimeWords[toks[k+1].lower] || spkIsDate(toks[k+1]) || claimTrailMediumAhead(toks, k+1, b)) {
			return false
		}
	case first.tag == "TO" && k > 0 && cueMediums[toks[k-1].lower]:
		// "wrote in a memo to the board": the addressee of the medium.
		if k+1 >= b || strings.HasPrefix(toks[k+1].tag, "VB") {
			return false
		}
	case !claimTrailPreps[first.lower]:
		return false
	}
	m := k
	for ; m < b && !claimTrailBreak(toks[m]); m++ {
		t := toks[m]
		if claimTrailFinite(t) || t.quote != claimQuoteNone || t.text == ":" || t.lower == "that" || t.lower == "who" || t.lower == "which" || t.lower == "whether" {
			return false
		}
	}
	return true
}

// claimTrailBreakEnds reports whether the adjuncts after a cue end at k
// with their sentence: at the unit's end, or at a comma before a
// participle clause of the same source (", citing …") or a dash before
// an apposition. A comma before anything else may open a second content
// half or a new clause.
func claimTrailBreakEnds(toks []claimTok, k, b int) bool {
	for k < b && !toks[k].word && !claimTrailBreak(toks[k]) && toks[k].quote == claimQuoteNone {
		k++
	}
	if k >= b {
		return true
	}
	if !claimTrailBreak(toks[k]) || k+1 >= b {
		return !claimTrailBreak(toks[k]) && !toks[k].word && toks[k].quote == claimQuoteNone || k+1 >= b
	}
	n := toks[k+1]
	return toks[k].text == "," && n.tag == "VBG" || spkIsDash(toks[k]) && n.quote == claimQuoteNone && !claimTrailFinite(n)
}

// claimTrailPreps are prepositions that, after a speech cue, open an
// adjunct of it rather than its topic: "said in an interview", "said
// after the vote", "wrote in a memo to the board". ("on" is checked on
// its own; "of", "about", "for" and "to" take the cue's topic.)
var claimTrailPreps = map[string]bool{
	"in": true, "at": true, "during": true, "after": true, "before": true, "since": true, "through": true, "via": true,
}

// claimTrailMediumAhead reports whether a medium noun ("statement",
// "post") or a show, page or program heads the words from k, up to four
// of them: "on his campaign website", "on a radio show".
func claimTrailMediumAhead(toks []claimTok, k, b int) bool {
	for m := k; m < b && m < k+4; m++ {
		if cueMediums[toks[m].lower] || claimTrailVenues[toks[m].lower] {
			return true
		}
		if !toks[m].word || claimTrailFinite(toks[m]) {
			return false
		}
	}
	return false
}

// claimTrailVenues are the places a statement appears in.
var claimTrailVenues = map[string]bool{
	"show": true, "program": true, "website": true, "site": true, "page": true, "blog": true, "radio": true, "television": true,
	"podcast": true, "broadcast": true, "program's": true, "account": true, "channel": true, "network": true,
}

// claimTrailBack reports whether a cue whose source [ls, …) follows a
// comma or a closing quotation looks back to the clause before: the lead
// [a, ls) is content and only adjuncts follow the cue.
func claimTrailBack(toks []claimTok, a, ls, b int, c claimCue) bool {
	if ls <= a+1 || c.form.ing {
		return false
	}
	p := toks[ls-1]
	if !(p.text == "," && p.span < 0 || p.quote != claimQuoteNone && p.span >= 0) {
		return false
	}
	k := c.end
	if claimObjectLemmas[c.form.lemma] {
		// "he told reporters on Tuesday": the addressee, then adjuncts.
		if e, ok := spkChunkRight(toks, k, b); ok {
			k = e
		}
	}
	return claimLeadIsContent(toks, a, ls) && claimTrailAdjuncts(toks, k, b)
}

// claimTrailSource finds a longer source between a comma (or the close of
// a quotation) and a trailing cue verb that the chunker does not take:
// "…, people close to the campaign say.", "…, records compiled by the
// center show.", "“…,” the senator and presidential candidate said in a
// statement." The source holds no finite verb, no relative pronoun and
// ends in a noun; only adjuncts follow the cue.
func claimTrailSource(toks []claimTok, a, b int, c claimCue) (int, int, bool) {
	if c.kind != cueVerb || c.form.ing || c.start-1 <= a || !claimTrailAdjuncts(toks, c.end, b) {
		return 0, 0, false
	}
	k := c.start - 1
	for ; k > a; k-- {
		t := toks[k]
		if t.text == "," && t.span < 0 && !claimTrailInNumber(toks, k) || t.quote != claimQuoteNone && t.span >= 0 {
			break
		}
		if t.span >= 0 || !claimTrailSourceTok(toks, k) {
			return 0, 0, false
		}
	}
	s := k + 1
	if k <= a || s >= c.start || claimWords(toks, s, c.start) > claimTrailMaxSource {
		return 0, 0, false
	}
	first, last := toks[s], toks[c.start-1]
	pronAnd := first.tag == "PRP" && s+1 < c.start && toks[s+1].lower == "and" // "she and another reporter said"
	if !(first.tag == "DT" || first.tag == "PRP$" || first.tag == "CD" || strings.HasPrefix(first.tag, "NN") || strings.HasPrefix(first.tag, "JJ") || pronAnd) || claimSubordinators[first.lower] ||
		!(strings.HasPrefix(last.tag, "NN") || last.tag == "PRP" || claimTrailNounLike(toks, s, c.start)) {
		return 0, 0, false
	}
	if !claimTrailBack(toks, a, s, b, c) {
		return 0, 0, false
	}
	return s, c.start, true
}

// claimTrailAccording ends the source of a trailing "according to" that
// the chunker does not take: "…, according to complete but unofficial
// returns.", "…, according to the most recent data available from the
// FBI." The source runs to the end of the unit and holds no finite verb,
// no quotation and no comma.
func claimTrailAccording(toks []claimTok, a, b int, c claimCue) (int, bool) {
	if c.start-1 <= a || !(toks[c.start-1].text == "," || spkIsDash(toks[c.start-1])) || toks[c.start-1].span >= 0 || c.end >= b {
		return 0, false
	}
	e := b
	for e > c.end && !toks[e-1].word {
		e--
	}
	if e <= c.end || claimWords(toks, c.end, e) > claimTrailMaxSource+3 {
		return 0, false
	}
	for m := c.end; m < e; m++ {
		t := toks[m]
		if claimTrailFinite(t) || t.span >= 0 || t.quote != claimQuoteNone || claimTrailBreak(t) || t.text == ":" {
			return 0, false
		}
	}
	if f := toks[c.end]; f.tag == "CC" || f.tag == "IN" || f.tag == "TO" || f.lower == "that" {
		return 0, false
	}
	return e, true
}

// claimTrailNounLike reports whether a source [s, e) whose last word the
// tagger read as an adjective is still a noun phrase: a determiner opens
// it and a noun or adjective stands before the last word ("the head
// archivist", with an unknown noun tagged JJ).
func claimTrailNounLike(toks []claimTok, s, e int) bool {
	if e-s < 2 || toks[e-1].tag != "JJ" || toks[e-1].upper || !(toks[s].tag == "DT" || toks[s].tag == "PRP$") {
		return false
	}
	p := toks[e-2].tag
	return strings.HasPrefix(p, "NN") || p == "JJ" || p == "DT" || p == "PRP$"
}

// claimTrailInNumber reports whether the comma at k groups the digits of
// a number ("10,000").
func claimTrailInNumber(toks []claimTok, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].end == toks[k].start && toks[k].end == toks[k+1].start &&
		toks[k-1].tag == "CD" && toks[k+1].tag == "CD"
}

// claimTrailSourcePreps are the prepositions inside a longer source:
// "records compiled by the center", "people close to the campaign", "a
// study by the department of economics".
var claimTrailSourcePreps = map[string]bool{
	"of": true, "by": true, "for": true, "at": true, "from": true, "with": true, "in": true, "on": true, "to": true,
}

// claimTrailSourceTok reports whether token k can stand inside a trailing
// source noun phrase: nouns, adjectives, determiners, numbers, a
// coordinator, a preposition of a modifier, a past participle ("records
// compiled by"), or "close" and "familiar" read as verbs. No finite verb,
// relative pronoun or other clause word.
func claimTrailSourceTok(toks []claimTok, k int) bool {
	t := toks[k]
	if !t.word {
		return t.text == "-" || t.text == "'s" || t.text == "’s" || t.text == "." || t.text == "&" || t.text == "/"
	}
	switch {
	case t.lower == "that" || t.lower == "as" || t.lower == "than":
		return false
	case t.tag == "PRP":
		return k+1 < len(toks) && toks[k+1].lower == "and" && claimRetagSubjects[t.lower]
	case strings.HasPrefix(t.tag, "NN") || strings.HasPrefix(t.tag, "JJ") || t.tag == "DT" || t.tag == "PRP$" || t.tag == "POS" || t.tag == "CD" || t.tag == "CC" || t.tag == "VBN" || t.tag == "RBS":
		return true
	case t.tag == "IN" || t.tag == "TO":
		return claimTrailSourcePreps[t.lower]
	case t.tag == "RB" && strings.HasSuffix(t.lower, "ly"):
		// "newly filed reports", "publicly available data".
		return k+1 < len(toks) && (toks[k+1].tag == "VBN" || toks[k+1].tag == "JJ")
	case t.lower == "close" || t.lower == "familiar":
		return k+1 < len(toks) && (toks[k+1].lower == "to" || toks[k+1].lower == "with")
	}
	return false
}

// claimTrailInverted reports whether a speech verb after a comma is
// followed by its source, which ends the sentence alone or with an
// apposition or a participle clause: "…, the race will be tight, said Dan
// Smith, director of a research group." A source found left of the cue
// that does not end right before its comma (le) is then another clause's
// subject.
func claimTrailInverted(toks []claimTok, a, b, le int, c claimCue) bool {
	if c.kind != cueVerb || c.form.class != cueSpeech || c.form.base || c.form.ing || c.end != c.start+1 || c.start-1 <= a ||
		toks[c.start-1].text != "," || toks[c.start-1].span >= 0 || le >= c.start-1 {
		return false
	}
	if tg := toks[c.start].tag; tg != "VBD" && tg != "VBZ" {
		return false
	}
	if c.form.lemma != "say" || c.end >= b {
		return false
	}
	re, ok := spkChunkRight(toks, c.end, b)
	if f := toks[c.end]; !ok || !(f.upper || f.tag == "DT" || f.tag == "PRP$") || spkTimeWords[f.lower] || claimBoundWeekdays[f.lower] || spkIsDate(f) {
		return false
	}
	for m := c.end; m < re; m++ {
		if spkTimeWords[toks[m].lower] || claimBoundWeekdays[toks[m].lower] {
			return false
		}
	}
	for re < b && !toks[re].word && toks[re].text != "," && toks[re].quote == claimQuoteNone {
		re++
	}
	if re >= b {
		return true
	}
	if toks[re].text != "," || re+1 >= b {
		return false
	}
	if toks[re+1].tag == "VBG" {
		return true // "…, said Smith, adding …"
	}
	for m := re + 1; m < b; m++ {
		if claimTrailFinite(toks[m]) || toks[m].quote != claimQuoteNone || toks[m].lower == "who" || toks[m].lower == "which" || toks[m].lower == "that" {
			return false
		}
	}
	return true
}

package extract

import "strings"

// This file holds the last adjustments of a claim's content boundaries,
// made once a draft is complete (claimBuild): a noun phrase content does
// not take the adjuncts of time and circumstance that belong to its cue's
// clause ("endorsed Trump last week").

// claimBoundTrim returns the draft's content segments with a forward
// noun-phrase content cut before a trailing adjunct of its cue's clause.
func claimBoundTrim(p *claimPara, d claimDraft) [][2]int {
	if segs, ok := claimBoundBackLead(p, d); ok {
		return segs
	}
	if len(d.segs) != 1 || !d.hasCue || d.segs[0][0] < d.cue[1] {
		return d.segs
	}
	s, e := claimBoundTokens(p.toks, d.segs[0])
	if s < 0 {
		return d.segs
	}
	toks := p.toks
	if x := claimEndShortExtend(toks, d, s, e); x > e { // claims_endshort.go
		if seg, ok := claimSeg(toks, s, x); ok {
			return [][2]int{seg}
		}
	}
	// "declined to comment for this story": the writer's request.
	if k := e - 3; k > s && toks[k].lower == "for" && (toks[k+1].lower == "this" || toks[k+1].lower == "the") && claimBoundPieces[toks[k+2].lower] {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	if claimHeadlineWholeLabel(toks, d, s) { // claims_headline.go
		return d.segs
	}
	if k := claimEndLongCut(toks, d, s, e); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	if k := claimHeadlineObjectEnd(toks, d, s, e); k > s { // claims_headline.go
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	// "said the country must secure the border, but that he would not
	// support mass deportation": a second that-clause of the same cue.
	if e+3 < d.unitB && toks[e].text == "," && (toks[e+1].lower == "but" || toks[e+1].lower == "and") && toks[e+2].lower == "that" && toks[e+2].span < 0 && claimHasFinite(toks, s, e) {
		if seg, ok := claimSeg(toks, s, claimContentEnd(toks, e+3, d.unitB)); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBoundRelativeEnd(toks, d, s, e); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	if x := claimBoundPlaceExtend(toks, s, e, d.unitB); x > e {
		if k := claimBound3QuotedAdjunct(toks, s, x); k > s {
			x = k // "criticized the law as a “crazy system” during a stop in Flint, Mich."
		}
		if seg, ok := claimSeg(toks, s, x); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBoundAccordingStart(toks, d, s, e); k > s {
		if seg, ok := claimSeg(toks, k, e); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBoundLeadingCueEnd(toks, d, s, e); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBound3LeadClauseEnd(toks, d, s, e); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBoundProForm(toks, s, e); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBoundPronounTail(toks, s, e); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBoundObjectTail(toks, s, e, claimBoundRelativeCue(toks, d, s), claimBoundNPOnlyCue(toks, d, s)); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	asMuch := s+1 < e && toks[s].lower == "as" && toks[s+1].lower == "much" // "said as much in an interview"
	if claimOpensClause(toks, s) && !claimBoundDemonstrative(toks, s, e) || toks[s].tag == "IN" && !asMuch {
		return d.segs
	}
	if claimHasFinite(toks, s, e) {
		return d.segs
	}
	if claimHasQuote(toks, s, e) {
		// A quoted word keeps the content whole but for an adjunct
		// before any verb: "blasted Clinton as a “disgrace” Wednesday on
		// …"; not when the quotation follows it ("described the group
		// during an interview as “a remnant”").
		if k := claimBoundAdjunctCut(toks, s, e); k > s && !claimHasQuote(toks, k, e) {
			if seg, ok := claimSeg(toks, s, k); ok {
				return [][2]int{seg}
			}
		}
		if k := claimBound3QuotedAdjunct(toks, s, e); k > s {
			if seg, ok := claimSeg(toks, s, k); ok {
				return [][2]int{seg}
			}
		}
		return d.segs
	}
	if x := claimBoundNPExtend(toks, s, e, d.unitB); x > e {
		if seg, ok := claimSeg(toks, s, x); ok {
			return [][2]int{seg}
		}
	}
	if k := claimBoundAdjunctCut(toks, s, e); k > s {
		if seg, ok := claimSeg(toks, s, k); ok {
			return [][2]int{seg}
		}
	}
	return d.segs
}

// claimBoundAdjunctCut returns where a noun phrase content [s, e) ends
// before an adjunct of its cue's clause (a time, an occasion of
// speaking) that comes before any verb, or -1.
func claimBoundAdjunctCut(toks []claimTok, s, e int) int {
	if spkTimeWords[toks[s].lower] || spkIsDate(toks[s]) || toks[s].tag == "RB" {
		return -1
	}
	for k := s + 1; k < e; k++ {
		if toks[k].tag == "TO" && k+1 < e && strings.HasPrefix(toks[k+1].tag, "VB") || strings.HasPrefix(toks[k].tag, "VB") || toks[k].tag == "MD" {
			return -1 // "told Jeb Bush to quiet down during …": a clause of its own
		}
		if toks[k].span >= 0 {
			continue
		}
		if claimBoundAdjunctAt(toks, k, e) && claimWords(toks, s, k) <= 5 && !claimBoundForAfter(toks, k, e) {
			return k
		}
		if claimBoundTimeAt(toks, k, e) {
			// "blasted the FBI Tuesday for its decision", "called on the
			// government Wednesday to block …": a complement after the
			// time keeps the content whole.
			j := k + 1
			for j < e && j <= k+3 && (spkTimeWords[toks[j].lower] || spkIsDate(toks[j]) || claimBoundTimeNouns[toks[j].lower]) {
				j++
			}
			if j < e && (toks[j].lower == "to" || toks[j].lower == "for") {
				return -1
			}
			if j < e && (toks[j].lower == "that" || toks[j].lower == "which") && toks[j].span < 0 {
				return -1 // "posted a comment on Twitter in August that compared …"
			}
			return k
		}
	}
	return -1
}

// claimBoundDemonstrative reports whether the content opens with "that"
// as a determiner: "rejected that argument".
func claimBoundDemonstrative(toks []claimTok, s, e int) bool {
	return toks[s].lower == "that" && toks[s].tag == "DT" && s+1 < e && (strings.HasPrefix(toks[s+1].tag, "NN") || toks[s+1].tag == "JJ")
}

// claimBoundTokens returns the token range [s, e) of the byte segment
// seg, or -1, -1.
func claimBoundTokens(toks []claimTok, seg [2]int) (int, int) {
	s, e := -1, -1
	for k, t := range toks {
		if t.start == seg[0] {
			s = k
		}
		if t.end == seg[1] {
			e = k + 1
			break
		}
	}
	if s < 0 || e <= s {
		return -1, -1
	}
	return s, e
}

// claimBoundWeekdays are the days of the week.
var claimBoundWeekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
}

// claimBoundTimeNouns end "last week", "this month", "earlier this year".
var claimBoundTimeNouns = map[string]bool{
	"week": true, "month": true, "year": true, "weekend": true, "night": true, "morning": true, "afternoon": true,
	"evening": true, "summer": true, "spring": true, "fall": true, "winter": true, "time": true,
}

// claimBoundTimeAt reports whether a time adjunct of the cue's clause
// opens at token k: "last week", "this month", "earlier this year", "on
// Monday", "Tuesday", "in December", "yesterday".
func claimBoundTimeAt(toks []claimTok, k, e int) bool {
	t := toks[k]
	if k+1 < e && (toks[k+1].lower == "’s" || toks[k+1].lower == "'s") || toks[k-1].lower == "the" {
		return false // "Saturday’s debate", "the last year"
	}
	next := func(j int) claimTok {
		if j < e {
			return toks[j]
		}
		return claimTok{}
	}
	switch t.lower {
	case "yesterday", "today", "tonight":
		return true
	case "last", "this", "next", "earlier", "later":
		n := next(k + 1)
		if n.lower == "this" || n.lower == "last" {
			n = next(k + 2)
		}
		j := k + 1
		if n.lower != toks[k+1].lower {
			j = k + 2
		}
		if f := next(j + 1); f.lower == "’s" || f.lower == "'s" || f.lower == "of" {
			return false // "last week’s caucus", "the last year of his term"
		}
		return claimBoundTimeNouns[n.lower] || claimBoundWeekdays[n.lower] || spkMonths[n.lower] && n.upper
	case "on", "in":
		m := k + 1
		if t.lower == "in" && (next(m).lower == "early" || next(m).lower == "late" || next(m).lower == "mid") {
			m++ // "in early June"
		}
		n := next(m)
		return claimBoundWeekdays[n.lower] && n.upper || t.lower == "in" && spkMonths[n.lower] && n.upper && !strings.HasPrefix(next(m+1).tag, "NN")
	}
	if k+1 < e && toks[k+1].upper && toks[k+1].tag == "NNP" || toks[k-1].lower == "by" || toks[k-1].lower == "of" || toks[k-1].upper && toks[k-1].tag == "NNP" {
		return false // "a memoir by Wednesday Martin", "Super Tuesday"
	}
	return claimBoundWeekdays[t.lower] && t.upper && toks[k-1].lower != "on"
}

// claimBoundNPExtend returns where a noun phrase content [s, e) that was
// cut at a comma continues when a modifier of the noun follows: "recently
// released polls, including ones showing Trump leading", "the state
// funding system, which advocates say disadvantages needy schools". It
// returns e when none follows.
func claimBoundNPExtend(toks []claimTok, s, e, b int) int {
	if e+2 >= b || toks[e].text != "," || toks[e].span >= 0 || !spkIsNounTag(toks[e-1].tag) && toks[e-1].text != ")" {
		return e
	}
	if x := claimBoundListEnd(toks, e, b); x > e {
		return x
	}
	switch toks[e+1].lower {
	case "including", "like":
	case "such":
		if toks[e+2].lower != "as" {
			return e
		}
	default:
		return e
	}
	x := claimContentEnd(toks, e+2, b)
	for k := e + 2; k < x; k++ {
		if toks[k].text == "," && toks[k].span < 0 {
			x = k // the modifier ends at the next comma
			break
		}
	}
	return x
}

// claimBoundListEnd returns where a list ends whose first item is the
// noun phrase before the comma at e: "President Barack Obama, Hillary
// Clinton, Bill Clinton, and Paul Ryan". The items are short verbless
// phrases separated by commas, the last one after "and" or "or". It
// returns -1 when no list follows.
func claimBoundListEnd(toks []claimTok, e, b int) int {
	k := e + 1
	for items := 0; items < 6 && k < b; items++ {
		n := 0
		for k < b && toks[k].text != "," && toks[k].tag != "CC" {
			t := toks[k]
			if t.text == "(" && n > 0 {
				// "Sen. John McCain (R-Ariz.)": a parenthesis after a name.
				if j := claimBoundParenEnd(toks, k, b); j > k {
					k = j
					continue
				}
			}
			if t.span >= 0 || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.tag == "IN" || t.tag == "WDT" || t.tag == "WP" || !t.word {
				return -1
			}
			n++
			k++
		}
		if n == 0 || n > 4 || k >= b {
			return -1
		}
		if toks[k].text == "," && k+1 < b && toks[k+1].tag == "CC" {
			k++
		}
		if toks[k].tag == "CC" && (toks[k].lower == "and" || toks[k].lower == "or") {
			// The last item runs to the next comma or the content's end.
			x := claimContentEnd(toks, k+1, b)
			for j := k + 1; j < x; j++ {
				if toks[j].text == "," && toks[j].span < 0 || strings.HasPrefix(toks[j].tag, "VB") || toks[j].tag == "MD" {
					x = j
					break
				}
			}
			if x <= k+1 {
				return -1
			}
			return x
		}
		if toks[k].text != "," {
			return -1
		}
		k++
	}
	return -1
}

// claimBoundAdjunctAt reports whether an adjunct of the cue's clause opens
// at token k of a noun phrase content: "during his time on MSNBC", "since
// the debate", "despite his reservations", "through his lawyer", "in an
// interview", "in a ruling released Thursday", "as well". A means clause
// ("defended the deal by emphasizing …") stays in the content.
func claimBoundAdjunctAt(toks []claimTok, k, e int) bool {
	t := toks[k]
	switch t.lower {
	case "during", "since", "despite", "through", "via":
		return t.tag == "IN"
	case "as":
		return k+1 < e && toks[k+1].lower == "well" && (k+2 >= e || toks[k+2].lower != "as" && toks[k+2].lower != "be")
	case "in", "at", "on":
		if claimBoundComplexPrep(toks, k, e) {
			return true
		}
		if k+1 < e && t.lower == "in" && toks[k+1].tag == "NNS" && claimBoundMedium(toks[k+1].lower) {
			return true // "in interviews with …"
		}
		if k+1 >= e || !(toks[k+1].tag == "DT" || toks[k+1].tag == "PRP$" || toks[k+1].tag == "JJ") {
			return false
		}
		for j := k + 1; j < e && j <= k+5; j++ {
			if j > k+1 && claimBoundMedium(toks[j].lower) && !(j+1 < e && (toks[j+1].lower == "of" || toks[j+1].lower == "’s" || toks[j+1].lower == "'s")) {
				return true
			}
			// "in the fifth Republican debate", "in a June letter", "in
			// last Sunday's debate".
			if !(toks[j].tag == "DT" || toks[j].tag == "PRP$" || toks[j].tag == "JJ" || toks[j].tag == "NN" || toks[j].tag == "NNS" || toks[j].tag == "VBN" ||
				toks[j].tag == "NNP" || toks[j].tag == "CD" || toks[j].tag == "POS" || toks[j].lower == "’s") {
				break
			}
		}
	}
	return false
}

// claimBoundComplexPreps are prepositional phrases of circumstance that
// open with "in" or "on": "in the wake of", "in the face of", "on
// condition of anonymity", "on multiple occasions". ("In the wake of"
// and "in the face of" are as often part of the object.)
var claimBoundComplexPreps = [][]string{
	{"in", "part"}, {"in", "response", "to"},
	{"on", "condition", "of"}, {"on", "the", "condition", "of"}, {"on", "the", "campaign", "trail"},
	{"on", "multiple", "occasions"}, {"on", "several", "occasions"}, {"on", "many", "occasions"},
}

// claimBoundComplexPrep reports whether one of claimBoundComplexPreps
// opens at token k.
func claimBoundComplexPrep(toks []claimTok, k, e int) bool {
	for _, p := range claimBoundComplexPreps {
		if claimWordsAt(toks, k, e, p) {
			return true
		}
	}
	return false
}

// claimWordsAt reports whether the lower-cased words p stand at tokens
// k, k+1, … before e, outside quotations.
func claimWordsAt(toks []claimTok, k, e int, p []string) bool {
	if k+len(p) > e {
		return false
	}
	for i, w := range p {
		if toks[k+i].lower != w || toks[k+i].span >= 0 {
			return false
		}
	}
	return true
}

// claimBoundOccasions are occasions of speaking that the medium lists
// leave out: "denounced the annexation in an on-air diatribe".
var claimBoundOccasions = map[string]bool{
	"diatribe": true, "rant": true, "tirade": true, "rally": true, "debate": true, "event": true,
	"broadcast": true, "podcast": true, "segment": true, "sermon": true, "lecture": true, "posting": true,
	"book": true, "memoir": true, "commercial": true, "page": true, "show": true, "program": true, "episode": true,
	"documentary": true, "article": true, "forum": true, "hall": true, "visit": true,
}

// claimBoundMedium reports whether w, singular or plural, names a medium
// or an occasion of speaking: "tweets", "a radio interview".
func claimBoundMedium(w string) bool {
	for _, x := range []string{w, strings.TrimSuffix(w, "s")} {
		if claimMediumNouns[x] || cueMediums[x] || claimBoundOccasions[x] {
			return true
		}
	}
	return false
}

// claimBoundBackLead starts a content that precedes its cue ("…,
// according to X", "…, X said") after a colon in it: in "At the same
// time, the tax has not made the U.K. less attractive: London was the
// financial capital of the world, according to the survey" the source
// vouches for the clause after the colon. Splitting at "and", "while" or
// a leading subordinate clause was tried and loses: most of those
// contents keep the whole sentence.
func claimBoundBackLead(p *claimPara, d claimDraft) ([][2]int, bool) {
	if !d.hasCue || len(d.segs) != 1 || d.segs[0][1] > d.cue[0] {
		return nil, false
	}
	toks := p.toks
	s, e := claimBoundTokens(toks, d.segs[0])
	if s < 0 || claimHasQuote(toks, s, e) {
		return nil, false
	}
	at := -1
	for k := s + 2; k+2 < e; k++ {
		t := toks[k]
		switch {
		case t.text == ":" && t.span < 0:
			at = k + 1
		}
	}
	if at < 0 || claimWords(toks, at, e) < 3 {
		return nil, false
	}
	seg, ok := claimSeg(toks, at, e)
	if !ok {
		return nil, false
	}
	return [][2]int{seg}, true
}

// claimBoundLeadingCueEnd ends the content of a participle cue that opens
// its sentence at the main clause: in "Asked if he would ever endorse
// Clinton, he looked straight into the camera" the content stops before
// ", he looked". It returns -1 when the cue does not lead its sentence.
func claimBoundLeadingCueEnd(toks []claimTok, d claimDraft, s, e int) int {
	c := claimBoundCueTok(toks, d, s)
	if c < 0 || !(toks[c].tag == "VBN" || toks[c].tag == "VBG") || toks[c].lower == "according" {
		return -1
	}
	if c > d.unitA && !(c == d.unitA+1 && (toks[d.unitA].lower == "when" || toks[d.unitA].lower == "after" || toks[d.unitA].lower == "if" || toks[d.unitA].lower == "once" || toks[d.unitA].lower == "while")) {
		return -1
	}
	for k := s + 1; k+2 < e; k++ {
		if toks[k].text == "," && toks[k].span < 0 && claimSubjectVerb(toks, k+1, e) {
			return k
		}
	}
	return -1
}

// claimBoundAccordingStart moves the start of the content after "According
// to SOURCE" past the rest of a long source: in "According to a poll from
// Florida Atlantic University broadcast on MSNBC, in a primary, Trump is
// blowing the pack away" the content is the clause after the comma that
// leads to a subject and its verb. It returns -1 when the content already
// starts a clause.
func claimBoundAccordingStart(toks []claimTok, d claimDraft, s, e int) int {
	if s == 0 {
		return -1
	}
	c := claimBoundCueTok(toks, d, s)
	if c < 0 || toks[c].lower != "according" {
		return -1
	}
	switch toks[s].tag {
	case "IN", "VBN", "VBG", "POS", "TO":
	default:
		if toks[s].lower != "’s" && toks[s].lower != "'s" {
			return -1
		}
	}
	for k := s + 1; k+2 < e; k++ {
		if toks[k].span >= 0 || toks[k].text != "," {
			continue
		}
		if claimSubjectVerb(toks, k+1, e) {
			return k + 1
		}
		// "…, in a 12 person primary, Trump is …": a short adverbial
		// between the source and the clause stays in the content.
		for j := k + 1; j+2 < e && j <= k+8; j++ {
			if toks[j].text == "," && toks[j].span < 0 {
				if claimSubjectVerb(toks, j+1, e) && claimAdverbialLead(toks, k+1, j) {
					return k + 1
				}
				break
			}
		}
	}
	return -1
}

// claimBoundPieces are the writer's own pieces: "declined to comment for
// this story".
var claimBoundPieces = map[string]bool{"story": true, "article": true, "report": true, "piece": true, "column": true}

// claimBoundSubordinators open an adverbial clause of the cue's clause
// after a noun phrase content: "condemned the launch as Pyongyang fired
// three missiles", "has been critical of Trump since they both were
// competing". "when", "because", "until" and "while" clauses are as often
// part of the object ("rebuked Trump when he called for …") and stay.
var claimBoundSubordinators = map[string]bool{"as": true, "since": true, "after": true, "though": true}

// claimBoundObjectTail returns where a content that is a noun phrase or
// an infinitive (the object of its cue, no finite clause) ends before
// what belongs to the cue's clause: an adverbial clause ("… as Pyongyang
// fired"), a purpose clause ("… so the museum could start"), a second
// verb of the cue's subject after "but" ("… but did not recommend
// prosecution"; after "and" the second verb is as often part of the
// content), or a new clause after a comma ("…, he's sought to protect").
// It returns -1 when the content opens a clause or none of these follows.
//
// When the cue is the verb of a relative clause inside the main clause's
// subject (relCue), a finite verb after an infinitive object is the main
// clause's: "Democrats who decline to attend the convention could be
// faced with …".
func claimBoundObjectTail(toks []claimTok, s, e int, relCue, npOnly bool) int {
	iv := -1 // the infinitive's verb
	switch {
	case toks[s].lower == "to" && s+1 < e && toks[s+1].tag == "VB":
		iv = s + 1
	case toks[s].lower == "not" && s+2 < e && toks[s+1].lower == "to" && toks[s+2].tag == "VB":
		iv = s + 2
	}
	inf := iv > 0
	if claimOpensClause(toks, s) && !inf && !claimBoundDemonstrative(toks, s, e) || toks[s].tag == "IN" || toks[s].tag == "RB" || strings.HasPrefix(toks[s].tag, "VB") || toks[s].tag == "MD" {
		return -1
	}
	rel := false // inside a relative clause of the noun phrase
	for k := s + 1; k+1 < e; k++ {
		t := toks[k]
		if t.span < 0 {
			switch {
			case claimBoundSubordinators[t.lower] && t.tag != "RB" && claimSubjectVerb(toks, k+1, e) && !claimBoundElliptic(toks, k, e) && !claimBoundPredicativeAs(toks, k, e):
				return k
			case t.lower == "so" && toks[k+1].tag != "JJ" && toks[k+1].tag != "RB" && (claimBoundPurpose(toks, k+1, e) || claimBoundNewSubject(toks, k+1, e, false)):
				return k
			case t.lower == "but" && claimBoundFiniteAfter(toks, k+1, e):
				return claimCutBefore(toks, s, k)
			case t.lower == "and" && !rel && k+1 < e && claimBoundTensed(toks, k+1, e):
				return claimCutBefore(toks, s, k)
			case t.lower == "and" && inf && !rel && claimBoundNewSubject(toks, k+1, e, !claimBoundBareInf[toks[iv].lower]):
				return claimCutBefore(toks, s, k)
			case t.lower == "and" && !inf && !rel && toks[k-1].text != "," && (claimBoundSingularClause(toks, k+1, e) || (claimBoundPrepObject(toks, s) || npOnly) && claimBoundNewSubject(toks, k+1, e, claimBoundPrepObject(toks, s)) && !claimBoundInnerClause(toks, k+1, e)):
				return claimCutBefore(toks, s, k)
			case t.text == "," && k > s+1 && (toks[k+1].tag == "PRP" || toks[k+1].tag == "NNP") && claimSubjectVerb(toks, k+1, e):
				return k
			}
		}
		switch t.tag {
		case "WDT", "WP", "WP$", "WRB":
			rel = true
		case "VBD", "VBZ", "VBP", "MD":
			if !rel && t.lower != "that" {
				if relCue && inf && k > s && t.span < 0 && (spkIsNounTag(toks[k-1].tag) || toks[k-1].tag == "PRP") && !claimBoundSubjectBefore(toks, s, k) {
					return k
				}
				return -1 // a clause: "Trump is wrong"
			}
		}
		if t.lower == "that" {
			rel = true
		}
	}
	return -1
}

// claimBoundFiniteAfter reports whether a finite verb, after adverbs,
// opens the tokens from k: "but did not recommend", "and has since left".
func claimBoundFiniteAfter(toks []claimTok, k, e int) bool {
	for k < e && toks[k].tag == "RB" && toks[k].span < 0 {
		k++
	}
	if k+1 >= e || toks[k].span >= 0 {
		return false
	}
	switch toks[k].tag {
	case "VBD", "VBZ", "VBP", "MD":
		return true
	}
	return false
}

// claimBoundElliptic reports whether "as" at k opens an elliptic
// comparison, a subject and a bare auxiliary: "to view voting as I did
// when …", "as they have in the past".
func claimBoundElliptic(toks []claimTok, k, e int) bool {
	if toks[k].lower != "as" {
		return false
	}
	for j := k + 1; j < e && j <= k+5; j++ {
		switch toks[j].tag {
		case "VBD", "VBZ", "VBP", "MD":
			if !claimAuxiliaries[toks[j].lower] && !cueBeForms[toks[j].lower] {
				return false
			}
			n := j + 1
			for n < e && toks[n].tag == "RB" {
				n++
			}
			return n >= e || !(strings.HasPrefix(toks[n].tag, "VB") || toks[n].tag == "JJ" || spkIsNounTag(toks[n].tag) || toks[n].tag == "DT")
		}
	}
	return false
}

// claimBoundPlaceExtend returns where a content cut at the comma after a
// name continues when a state or party abbreviation or a short apposition
// stands between two commas: "criticized Tulsa, Okla., police officer
// Betty Shelby for …", "characterized Sen. Tim Kaine, D-Va., as “…”",
// "rejected a push by Barbara Hendricks, the environment minister, to …". The content then runs to
// the next comma that opens no quotation. It returns e otherwise.
func claimBoundPlaceExtend(toks []claimTok, s, e, b int) int {
	if e+3 >= b || toks[e].text != "," || toks[e].span >= 0 || toks[e-1].tag != "NNP" {
		return e
	}
	j := claimBoundApposition(toks, e+1, b) // "a push by Barbara Hendricks, the environment minister, to establish …"
	if j < 0 {
		j = e + 1
		t := toks[j]
		if !t.upper || t.tag != "NNP" || t.span >= 0 {
			return e
		}
		abbrev := strings.HasSuffix(t.text, ".") || len(t.text) > 2 && t.text[1] == '-' && strings.ContainsRune("DRI", rune(t.text[0]))
		if j+1 < b && toks[j+1].text == "." {
			j++
		}
		if !abbrev || j+2 >= b || toks[j+1].text != "," {
			return e
		}
		j++
	}
	x := claimContentEnd(toks, j+1, b)
	for k := j + 1; k+1 < x; k++ {
		if toks[k].text == "," && toks[k].span < 0 && !claimOpens(toks, k+1) {
			return k
		}
	}
	return x
}

// claimBoundApposition returns the index of the comma closing a short
// apposition that opens at k with a determiner ("the environment
// minister,") when the clause goes on after it, or -1.
func claimBoundApposition(toks []claimTok, k, b int) int {
	if k >= b || toks[k].tag != "DT" || toks[k].span >= 0 {
		return -1
	}
	for j := k + 1; j < b && j <= k+6; j++ {
		t := toks[j]
		if t.text == "," && t.span < 0 {
			if j > k+1 && j+2 < b && (toks[j+1].tag == "TO" || toks[j+1].tag == "IN" && toks[j+1].lower != "who") {
				return j
			}
			return -1
		}
		if !t.word || t.span >= 0 || strings.HasPrefix(t.tag, "VB") || t.tag == "MD" || t.tag == "WP" || t.tag == "WDT" || t.tag == "CC" {
			return -1
		}
	}
	return -1
}

// claimBoundPurpose reports whether a purpose clause, a subject and a
// modal, opens the tokens from k: "agreed to release the money so the
// museum could start the work".
func claimBoundPurpose(toks []claimTok, k, e int) bool {
	for j := k; j < e && j <= k+4; j++ {
		switch {
		case toks[j].tag == "MD":
			return j > k
		case toks[j].span >= 0 || !(spkIsNounTag(toks[j].tag) || toks[j].tag == "DT" || toks[j].tag == "PRP" || toks[j].tag == "JJ" || toks[j].tag == "POS"):
			return false
		}
	}
	return false
}

// claimBoundCueTok returns the index of the draft's first cue token
// before s in its unit, or -1 when the cue does not come before s.
func claimBoundCueTok(toks []claimTok, d claimDraft, s int) int {
	for k := d.unitA; k < s; k++ {
		if toks[k].start == d.cue[0] {
			return k
		}
	}
	return -1
}

// claimBoundRelativeEnd ends the content of a cue inside a relative
// clause between commas before the main clause's verb: in "the ruling,
// which the commission contended showed that Ireland undertaxed the
// company, is a good example" the content stops before ", is". It
// returns -1 otherwise.
func claimBoundRelativeEnd(toks []claimTok, d claimDraft, s, e int) int {
	c := claimBoundCueTok(toks, d, s)
	if c < 0 {
		return -1
	}
	rel := false
	for k := c - 1; k >= d.unitA && k >= c-6; k-- {
		if toks[k].text == "," {
			break
		}
		if toks[k].tag == "WDT" || toks[k].tag == "WP" || toks[k].lower == "that" && k > d.unitA && spkIsNounTag(toks[k-1].tag) {
			rel = k > d.unitA && toks[k-1].text == ","
			break
		}
	}
	if !rel {
		return -1
	}
	for k := s + 1; k+1 < e; k++ {
		if toks[k].span >= 0 {
			continue
		}
		if toks[k].text == "," {
			switch toks[k+1].tag {
			case "VBD", "VBZ", "VBP", "MD":
				return k
			}
			return -1
		}
	}
	return -1
}

// claimBoundObjPronouns are pronouns that, as a whole content, are the
// object of their cue: "opposed it", "preferred him".
var claimBoundObjPronouns = map[string]bool{
	"him": true, "her": true, "them": true, "us": true, "me": true, "it": true,
	"himself": true, "herself": true, "themselves": true, "itself": true, "myself": true, "ourselves": true,
}

// claimBoundPronounComplements are prepositions that open a complement
// of a verb with a pronoun object: "criticized him for", "defended
// himself against".
var claimBoundPronounComplements = map[string]bool{"of": true, "that": true, "for": true, "against": true, "with": true}

// claimBoundClauseAfter are subordinators whose clause after a pronoun or
// a name object is the cue clause's adjunct, whatever follows in it.
var claimBoundClauseAfter = map[string]bool{"as": true, "because": true, "while": true, "after": true, "before": true, "since": true, "although": true, "though": true, "until": true}

// claimBoundNameAdjuncts open an adjunct of the cue's clause after a
// proper name object, where other prepositions ("backed Sanders over
// Clinton", "polls show Clinton in the lead") are as often part of the
// content.
var claimBoundNameAdjuncts = map[string]bool{
	"at": true, "from": true, "before": true, "after": true, "until": true, "during": true, "since": true,
	"because": true, "while": true, "although": true, "though": true,
	"throughout": true, "despite": true, "amid": true,
}

// claimBoundPronounTail returns where a content that is a pronoun or a
// proper name object ends: a pronoun or a name takes no modifier, so a
// prepositional phrase or an adverbial clause after it belongs to the
// cue's clause ("opposed it because it fell short", "preferred him when
// the poll was taken", "assailed Mrs. Clinton from multiple angles").
// Adverbs right after a pronoun stay ("viewing him favorably"); so does a
// predicative "as" ("described him as a liar"). It returns -1 otherwise.
func claimBoundPronounTail(toks []claimTok, s, e int) int {
	k := claimBoundNameEnd(toks, s, e)
	if k < 0 {
		return -1
	}
	name := toks[s].tag != "PRP"
	for k < e && toks[k].tag == "RB" && toks[k].span < 0 && !name {
		k++
	}
	if k+1 >= e || toks[k].span >= 0 {
		return -1
	}
	if claimBoundClauseAfter[toks[k].lower] && toks[k].tag == "IN" && claimSubjectVerb(toks, k+1, e) {
		return k // "opposed it as he positioned himself for his run"
	}
	for j := k; j < e && toks[j].text != ","; j++ {
		if toks[j].lower == "for" || toks[j].lower == "against" {
			return -1 // "blasted himself on Saturday for bailing on …"
		}
	}
	t := toks[k]
	switch {
	case t.tag == "WRB":
		return k
	case name && t.text == "by":
		j := k + 1
		for j < e && toks[j].tag == "RB" {
			j++
		}
		if j < e && toks[j].tag == "VBG" {
			return k // "rebuked Trump by publicly expressing …"
		}
	case name:
		if claimBoundNameAdjuncts[t.text] {
			return k
		}
	case t.tag == "IN" && !claimBoundPronounComplements[t.lower]:
		if t.lower == "as" && !claimSubjectVerb(toks, k+1, e) {
			return -1
		}
		return k
	}
	return -1
}

// claimBoundNewSubject reports whether a clause with a subject of its own,
// a pronoun or a noun phrase, and a finite verb opens the tokens from k:
// "decided not to enter the race and she performed well".
//
// A present plural verb counts when vbp is true; after "help", "let" or
// "make" it may be a bare infinitive ("to help Israel and the
// Palestinians achieve …").
func claimBoundNewSubject(toks []claimTok, k, e int, vbp bool) bool {
	if !claimBoundSubjectWord(toks, k, e, claimBoundSubjectTags) {
		return false
	}
	for j := k + 1; j < e && j <= k+4; j++ {
		switch toks[j].tag {
		case "VBD", "VBZ", "MD":
			return claimSubjectVerb(toks, k, e)
		case "VBP":
			return vbp && claimSubjectVerb(toks, k, e)
		}
	}
	return false
}

// claimBoundNameEnd returns the end of a pronoun object or a proper name
// (capitalised proper nouns, abbreviations like "Mrs." among them) that
// opens the content [s, e), or -1.
func claimBoundNameEnd(toks []claimTok, s, e int) int {
	if toks[s].span >= 0 {
		return -1
	}
	if claimBoundObjPronouns[toks[s].lower] && toks[s].tag == "PRP" {
		return s + 1
	}
	k := s
	for k < e && k < s+6 && toks[k].span < 0 && (toks[k].upper && (toks[k].tag == "NNP" || toks[k].tag == "NNPS") || k > s && toks[k].text == "." && toks[k].start == toks[k-1].end) {
		k++
	}
	if k == s || k >= e || k == s+6 {
		return -1
	}
	return k
}

// claimBoundProForm returns where a content that is a pro-form standing
// for an earlier clause ends: "said so in December", "said as much in an
// interview". It returns -1 when the words are no pro-form ("said so many
// voters …") or nothing follows them.
func claimBoundProForm(toks []claimTok, s, e int) int {
	k := -1
	switch {
	case toks[s].lower == "so" && toks[s].span < 0:
		k = s + 1
	case toks[s].lower == "as" && s+1 < e && toks[s+1].lower == "much" && toks[s].span < 0:
		k = s + 2
	}
	if k < 0 || k >= e {
		return -1
	}
	switch t := toks[k]; {
	case t.text == "," || t.tag == "IN" && t.lower != "that" && t.lower != "as" || t.tag == "TO" || spkTimeWords[t.lower] || spkIsDate(t):
		return k
	case t.tag == "RB" && k+1 < e && (toks[k+1].tag == "IN" || toks[k+1].text == ","):
		return k + 1 // "said so publicly for the time being"
	}
	return -1
}

// claimBoundBareInf are verbs whose object may take a bare infinitive:
// "help them win", "let voters decide".
var claimBoundBareInf = map[string]bool{"help": true, "let": true, "make": true, "see": true, "watch": true, "hear": true, "have": true}

// claimBoundRelativeCue reports whether the draft's cue is the verb of a
// restrictive relative clause, right after "who", "which" or "that"
// (adverbs and auxiliaries aside) that follows a noun: "the person who
// posted it was condemned".
func claimBoundRelativeCue(toks []claimTok, d claimDraft, s int) bool {
	c := claimBoundCueTok(toks, d, s)
	for k := c - 1; c > 0 && k > d.unitA && k >= c-3; k-- {
		t := toks[k]
		switch {
		case t.lower == "who" || t.lower == "which" || t.lower == "that":
			return spkIsNounTag(toks[k-1].tag)
		case t.tag == "RB" || claimAuxiliaries[t.lower]:
		default:
			return false
		}
	}
	return false
}

// claimBoundSubjectBefore reports whether the object [s, k) holds a
// subject of its own before the finite verb at k: a pronoun in subject
// form ("who want to know whether he was …").
func claimBoundSubjectBefore(toks []claimTok, s, k int) bool {
	for j := s; j < k; j++ {
		if toks[j].tag == "PRP" && !claimObjectPronouns[toks[j].lower] && toks[j].lower != "it" {
			return true
		}
	}
	return false
}

// claimBoundForAfter reports whether "for" or "against" opens a
// complement of the cue after an adjunct at k, before any comma: "blasted
// the senator on multiple occasions for failing to act" keeps the
// content whole.
func claimBoundForAfter(toks []claimTok, k, e int) bool {
	for j := k + 1; j < e && toks[j].text != ","; j++ {
		if (toks[j].lower == "for" || toks[j].lower == "against") && toks[j].span < 0 {
			return true
		}
	}
	return false
}

// claimBoundPredicativeAs reports whether "as" at k opens a predicative
// noun phrase rather than a clause: "cited the tax as a major reason it
// thought …", "would consider a woman as a running mate should she …".
// An indefinite article after "as" opens a noun phrase.
func claimBoundPredicativeAs(toks []claimTok, k, e int) bool {
	return toks[k].lower == "as" && k+1 < e && (toks[k+1].lower == "a" || toks[k+1].lower == "an")
}

// claimBoundTensed reports whether a past or third-person present verb,
// after adverbs, opens the tokens from k: after an object, "and kneels to
// no one", "and has gone so far as" are a second verb phrase of the cue's
// subject, since an object cannot hold a tensed verb of its own.
func claimBoundTensed(toks []claimTok, k, e int) bool {
	for k < e && toks[k].tag == "RB" && toks[k].span < 0 {
		k++
	}
	return k+1 < e && toks[k].span < 0 && (toks[k].tag == "VBD" || toks[k].tag == "VBZ")
}

// claimBoundSingularClause reports whether a clause whose subject is a
// single noun phrase opens the tokens from k, after "and": its first
// finite verb is singular ("has", "is", "was"), so the phrase is no second
// conjunct of a plural subject. "has demonized Wall Street and Mr. Trump
// has disparaged immigrants" ends before "and"; "said China and Russia
// have …" is one clause.
func claimBoundSingularClause(toks []claimTok, k, e int) bool {
	if !claimBoundSubjectWord(toks, k, e, claimBoundNamedSubjectTags) {
		return false
	}
	for j := k + 1; j < e && j <= k+4; j++ {
		switch toks[j].tag {
		case "PRP", "WDT", "WP":
			return false // "the pride he takes": a relative clause
		case "VBZ":
			if j+1 < e && toks[j+1].upper && toks[j+1].tag == "NNP" {
				return false // "Trump envoys Steve Vitkov": a plural noun tagged as a verb
			}
			return claimSubjectVerb(toks, k, e)
		case "VBD":
			return (toks[j].lower == "was" || toks[j].lower == "wasn't") && claimSubjectVerb(toks, k, e)
		case "VBP", "MD":
			return false
		}
	}
	return false
}

// claimBoundPrepObject reports whether the content from s is the object
// of a preposition that ends its cue ("has not talked about Zika"), which
// is a noun phrase and never a clause.
func claimBoundPrepObject(toks []claimTok, s int) bool {
	if s == 0 {
		return false
	}
	p := toks[s-1]
	return p.tag == "IN" && p.span < 0 && p.lower != "that" && p.lower != "if" && p.lower != "whether" && p.lower != "as" && p.lower != "because"
}

// claimBoundInnerClause reports whether a pronoun or a relative word
// stands between the noun at k and the first finite verb after it: "the
// power imbalance he sees" is a noun phrase with a relative clause.
func claimBoundInnerClause(toks []claimTok, k, e int) bool {
	for j := k + 1; j < e && j <= k+4; j++ {
		switch toks[j].tag {
		case "PRP", "WDT", "WP":
			return true
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return false
}

// claimBoundParenEnd returns the token after the ")" that closes the
// short parenthesis opened at k (at most six tokens, no verb), or -1.
func claimBoundParenEnd(toks []claimTok, k, b int) int {
	for j := k + 1; j < b && j <= k+7; j++ {
		switch {
		case toks[j].text == ")":
			return j + 1
		case toks[j].text == "(" || strings.HasPrefix(toks[j].tag, "VB") && !toks[j].upper:
			return -1
		}
	}
	return -1
}

// claimBoundNPOnlyVerbs are stance verbs that take a noun phrase object
// and never a clause: after their object, "and" with a subject and a
// verb opens a new clause ("has endorsed Cruz and Mr. Hale withdrew …").
var claimBoundNPOnlyVerbs = map[string]bool{
	"endorse": true, "criticize": true, "criticise": true, "praise": true, "attack": true, "blame": true, "accuse": true,
	"oppose": true, "support": true, "demonize": true, "reject": true, "defend": true, "condemn": true, "denounce": true,
	"applaud": true, "slam": true, "blast": true, "mock": true, "back": true, "favor": true, "favour": true, "embrace": true,
	"champion": true, "decry": true, "assail": true, "rebuke": true, "disparage": true, "insult": true, "ridicule": true, "hammer": true,
}

// claimBoundNPOnlyCue reports whether the draft's cue ends in one of
// claimBoundNPOnlyVerbs right before the content at s.
func claimBoundNPOnlyCue(toks []claimTok, d claimDraft, s int) bool {
	if s == 0 || toks[s-1].end != d.cue[1] || !strings.HasPrefix(toks[s-1].tag, "VB") {
		return false
	}
	w := toks[s-1].lower
	if claimBoundNPOnlyVerbs[w] {
		return true
	}
	for _, suf := range []string{"ing", "ed", "es", "d", "s"} {
		if b, ok := strings.CutSuffix(w, suf); ok && (claimBoundNPOnlyVerbs[b] || claimBoundNPOnlyVerbs[b+"e"] || len(b) > 2 && b[len(b)-1] == b[len(b)-2] && claimBoundNPOnlyVerbs[b[:len(b)-1]]) {
			return true
		}
	}
	return false
}

// claimBoundSubjectTags are the tags a new clause's subject may open
// with; claimBoundNamedSubjectTags leave out common nouns, numbers and
// adjectives.
var (
	claimBoundSubjectTags      = map[string]bool{"PRP": true, "DT": true, "NNP": true, "NNPS": true, "NN": true, "NNS": true, "PRP$": true, "CD": true, "JJ": true}
	claimBoundNamedSubjectTags = map[string]bool{"PRP": true, "DT": true, "NNP": true, "NNPS": true, "PRP$": true}
)

// claimBoundSubjectWord reports whether token k, before e and of no other
// claim, can open a subject: its tag is in tags and it is no object
// pronoun ("him", "them").
func claimBoundSubjectWord(toks []claimTok, k, e int, tags map[string]bool) bool {
	if k >= e || toks[k].span >= 0 || !tags[toks[k].tag] {
		return false
	}
	return toks[k].tag != "PRP" || !claimObjectPronouns[toks[k].lower]
}

// claimBound3LeadSubordinator reports whether w opens an adverbial phrase
// that leads its sentence ("Although the report said …, the agency …"):
// a subordinator of a clause, or "despite" or "amid".
func claimBound3LeadSubordinator(w string) bool {
	return claimClauseSubordinators[w] || w == "despite" || w == "amid"
}

// claimBound3LeadClauseEnd ends the content of a cue inside a leading
// adverbial clause at the main clause: in "While the senator implied that
// he would not run, his aides kept the door open" the content stops
// before ", his aides". It returns -1 when the cue's clause does not lead
// its sentence with a subordinator, or no comma before a subject and a
// finite verb follows in the content.
func claimBound3LeadClauseEnd(toks []claimTok, d claimDraft, s, e int) int {
	c := claimBoundCueTok(toks, d, s)
	if c < 0 {
		return -1
	}
	u := d.unitA
	for u < c && (!toks[u].word || toks[u].tag == "CC" || toks[u].lower == "even") {
		u++
	}
	if u >= c || !claimBound3LeadSubordinator(toks[u].lower) || toks[u].span >= 0 {
		return -1
	}
	for k := u + 1; k < c; k++ {
		if toks[k].span >= 0 || toks[k].text == "," && claimSubjectVerb(toks, k+1, c+1) {
			return -1 // the main clause holds the cue
		}
	}
	f := s
	if toks[f].lower == "that" && f+1 < e {
		f++
	}
	if claimSubordinators[toks[f].lower] {
		return -1 // "said that if X wins, Y …": the content's own clause
	}
	for k := s + 2; k+2 < e; k++ {
		if toks[k].text == "," && toks[k].span < 0 && claimSubjectVerb(toks, k+1, e) {
			return k
		}
	}
	return -1
}

// claimBound3QuotedAdjunct returns where a noun phrase content [s, e)
// with a quotation ends before an adjunct of its cue's clause that comes
// after the quotation, whatever the length of the words before it:
// "criticized the health law as a “crazy system” during a campaign stop
// in Flint" has the content "the health law as a “crazy system”". It
// returns -1 when a verb comes first or a complement with "for" follows.
func claimBound3QuotedAdjunct(toks []claimTok, s, e int) int {
	quoted := false
	for k := s + 1; k < e; k++ {
		t := toks[k]
		if t.span >= 0 {
			quoted = true
			continue
		}
		if strings.HasPrefix(t.tag, "VB") || t.tag == "MD" {
			return -1
		}
		if quoted && (claimBound3StrongAdjuncts[t.lower] && t.tag == "IN" || claimBoundTimeAt(toks, k, e)) && !claimBoundForAfter(toks, k, e) && !claimHasQuote(toks, k, e) {
			return k
		}
	}
	return -1
}

// claimBound3StrongAdjuncts are prepositions that open an adjunct of the
// cue's clause after a quotation in a noun phrase content.
var claimBound3StrongAdjuncts = map[string]bool{"during": true, "despite": true, "since": true, "amid": true, "throughout": true}

package extract

import "strings"

// Precision filters: shapes of a found attribution that rarely report
// speech, belief or stance, and are dropped.

// claimPrecSpeakOK reports whether a cue of "speak" at c reports what was
// said: "spoke about the war", "spoke highly of her", "spoke as if …".
// Other uses tell when, where or how someone spoke ("spoke briefly",
// "spoke hours after", "spoke on condition of anonymity").
func claimPrecSpeakOK(toks []claimTok, c claimCue) bool {
	if cueTimeGapSpeakOK(toks, c) {
		return true // "spoke Tuesday about", "spoke at length about" (cues_timegap.go)
	}
	k := c.verb + 1
	for k < len(toks) && toks[k].tag == "RB" && strings.HasSuffix(toks[k].lower, "ly") && toks[k].lower != "only" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	switch toks[k].lower {
	case "about", "of", "as", "out":
		return true
	}
	return false
}

// claimPrecPollDrop reports whether d is a poll finding with its poll
// after it that reads as a standing, not a report: "Trump has a lead in
// the polls", "she trails in national polling". Only a single poll named
// with an indefinite article or a name ("in a CNN poll", "in Monday's
// Quinnipiac survey") reports a finding.
func claimPrecPollDrop(toks []claimTok, d claimDraft) bool {
	if !d.hasCue || len(d.segs) == 0 || d.segs[0][0] > d.cue[0] || d.spkE <= d.spkS || d.spkE > len(toks) {
		return false
	}
	k := d.spkS - 1
	if k < 0 || toks[k].lower != "in" || toks[k].start != d.cue[0] || !claimPollWords[toks[d.spkE-1].lower] {
		return false
	}
	last := toks[d.spkE-1].lower
	if last != "poll" && last != "survey" {
		return true // "in the polls", "in polling"
	}
	if toks[d.spkS].lower != "the" {
		return false
	}
	// "in the poll": a poll already named; but "in the latest Courier
	// poll" names its pollster.
	for k := d.spkS + 1; k < d.spkE-1; k++ {
		if toks[k].upper && toks[k].word {
			return false
		}
	}
	return true
}

// claimPrecNaming reports whether "called" or "named" at i names the
// common noun before it: "a group called Citizens First", "a book called
// “Home”", "a worker named Ana Ruiz". A
// reduced relative of naming has no subject of its own.
func claimPrecNaming(toks []claimTok, a, i int) bool {
	if toks[i].lower != "called" && toks[i].lower != "named" || i-1 < a || i+1 >= len(toks) {
		return false
	}
	p := toks[i-1]
	if !(p.tag == "NN" || p.tag == "NNS") || p.upper || !p.word {
		return false
	}
	// A new thing is named after an indefinite article: "a group", "an
	// anti-Trump super PAC"; "the band leader called …" is a subject.
	det := false
	for k := i - 1; k >= a && k >= i-5; k-- {
		if toks[k].lower == "a" || toks[k].lower == "an" {
			det = true
			break
		}
		if !(strings.HasPrefix(toks[k].tag, "NN") || strings.HasPrefix(toks[k].tag, "JJ") || toks[k].text == "-" || toks[k].tag == "CD") {
			break
		}
	}
	if !det {
		return false
	}
	n := toks[i+1]
	return n.upper && n.word || n.quote != claimQuoteNone || n.lower == "the" && i+2 < len(toks) && toks[i+2].upper
}

// claimPrecPhoneCall reports whether "called" with its content at s is a
// telephone call, not a stance: a name or pronoun object with no second
// complement ("Obama called Lee on Tuesday", "she called him to
// congratulate him", "Clinton called Sanders."). "called him a liar",
// "called Lee “reckless”" keep their second complement.
func claimPrecPhoneCall(toks []claimTok, c claimCue, s int) bool {
	if c.form.lemma != "call" || c.end-c.verb != 1 || s >= len(toks) {
		return false
	}
	k := s
	switch {
	case toks[k].tag == "PRP" && toks[k].lower != "it":
		k++
	case toks[k].tag == "NNP":
		for k < len(toks) && (toks[k].tag == "NNP" || toks[k].tag == "NNPS") && toks[k].quote == claimQuoteNone {
			k++
		}
	default:
		return false
	}
	if k >= len(toks) {
		return true
	}
	n := toks[k]
	switch n.lower {
	case ".", ";", "and", "to", "shortly", "after", "before", "at", "from", "onto", "into", "back", "again", "twice":
		return true
	}
	return spkTimeWords[n.lower]
}

// claimPrecComparison reports whether the cue c is "compared with/to"
// after a comma introducing a figure to compare: "40 percent approved,
// compared with 35 percent in May" states no second claim.
func claimPrecComparison(toks []claimTok, c claimCue) bool {
	return toks[c.verb].lower == "compared" && c.verb+1 < len(toks) && (toks[c.verb+1].lower == "with" || toks[c.verb+1].lower == "to")
}

// claimPrecAuxQuestion are the auxiliaries that open a yes/no question.
var claimPrecAuxQuestion = map[string]bool{
	"do": true, "does": true, "did": true, "have": true, "has": true, "will": true, "would": true, "can": true, "could": true,
}

// claimPrecYouQuestion reports whether the cue c asks its addressee about
// a thing, not reports a stance: "Do you support the plan?". A question
// about a clause ("Do you think the plan will pass?") is kept.
func claimPrecYouQuestion(toks []claimTok, c claimCue, s int) bool {
	if c.start-2 < 0 || toks[c.start-1].lower != "you" || !claimPrecAuxQuestion[toks[c.start-2].lower] {
		return false
	}
	return !claimIsClause(toks, s)
}

// claimPrecPreps are the prepositions that open a circumstance: a content
// made of one short phrase opened by one tells when, where or how, not
// what was said ("predicted in 2012", "told reporters on Thursday").
var claimPrecPreps = map[string]bool{
	"in": true, "on": true, "at": true, "before": true, "after": true, "during": true, "since": true, "through": true,
	"from": true, "for": true, "into": true, "by": true, "with": true, "across": true, "over": true, "until": true,
	"around": true, "near": true, "outside": true, "inside": true, "within": true,
}

// claimPrecShortCircumstance reports whether the draft d's content is a
// prepositional phrase of at most four words with no quotation: "in
// 2012", "for the first time", "at the time".
func claimPrecShortCircumstance(toks []claimTok, d claimDraft) bool {
	if !d.hasCue || len(d.segs) != 1 {
		return false
	}
	first, words := -1, 0
	for k, t := range toks {
		if t.start < d.segs[0][0] || t.end > d.segs[0][1] {
			continue
		}
		if t.quote != claimQuoteNone || t.span >= 0 {
			return false
		}
		if first < 0 {
			first = k
		}
		if t.word {
			words++
		}
	}
	return first >= 0 && words <= 4 && claimPrecPreps[toks[first].lower]
}

// claimPrecEditorialNote reports whether a paragraph is a note from the
// publisher about the article, which attributes nothing: "Editor's note:
// …", "Correction: …", "This article has been updated to …".
func claimPrecEditorialNote(toks []claimTok) bool {
	var w []string
	for _, t := range toks {
		if len(w) == 5 {
			break
		}
		w = append(w, t.lower)
	}
	at := func(k int, words ...string) bool {
		for _, x := range words {
			if k < len(w) && w[k] == x {
				return true
			}
		}
		return false
	}
	switch {
	case at(0, "editor", "editors") && at(1, "’s", "'s", "’", "'") && at(2, "note"),
		at(0, "editor", "editors") && at(1, "note"),
		at(0, "correction", "clarification", "corrections") && at(1, ":"):
		return true
	case at(0, "this") && at(1, "article", "story", "post") && at(2, "has", "was") && at(3, "been") && at(4, "updated", "revised", "corrected", "amended"):
		return true
	}
	return false
}

// claimPrecNotCue reports whether the cue word at i is used as no verb of
// attribution: "regarding" is a preposition ("questions regarding the
// deal"), a participle "reflecting" after a comma gives a cause
// ("…, reflecting the party's divisions"), "That said," concedes, and
// some verbs have a sense that is no report (see the cases below).
func claimPrecNotCue(toks []claimTok, a, i int) bool {
	switch toks[i].lower {
	case "regarding":
		return true
	case "reflecting":
		if i == a || toks[i-1].text == "," {
			return true
		}
	case "said":
		// "That said, …" and "This said, …" concede; they report nothing.
		d := i - 1
		if d >= a && (toks[d].lower == "that" || toks[d].lower == "this") && (d == a || toks[d-1].text == "(") && i+1 < len(toks) && toks[i+1].text == "," {
			return true
		}
	}
	if claimPrecPrenominal(toks, a, i) {
		return true
	}
	switch cueLexicon().verbs[toks[i].lower].lemma {
	case "add":
		// "the promises add up to $8 million", "the economy added 292,000
		// jobs": a sum, not a remark.
		return claimPrecAddSum(toks, i)
	case "tell":
		// "Only time will tell": an idiom of waiting.
		return claimPrecTimeWillTell(toks, a, i)
	case "beg":
		// "it begs the question": it raises one.
		return i+2 < len(toks) && toks[i+1].lower == "the" && toks[i+2].lower == "question"
	case "know":
		return claimPrecKnowAside(toks, a, i)
	case "cast":
		// "cast their ballots", "votes cast": voting, not casting
		// someone as something.
		return claimPrecCastVote(toks, a, i)
	case "seek":
		// "seeking the nomination", "will not seek reelection": running
		// for office.
		return claimPrecSeekOffice(toks, i)
	case "talk":
		// "talking points": a noun compound.
		return toks[i].lower == "talking" && i+1 < len(toks) && (toks[i+1].lower == "points" || toks[i+1].lower == "point")
	case "continue":
		// "continued to battle": an aspect verb before its infinitive.
		return i+1 < len(toks) && toks[i+1].lower == "to"
	case "reflect":
		// "the platform reflects his priorities" mirrors; only "reflected
		// on the race" and "reflected that …" report a thought.
		return i+1 >= len(toks) || !claimPrecReflectOK[toks[i+1].lower]
	case "hear":
		return claimPrecPerception(toks, i)
	case "advise":
		return !claimPrecHasComplement(toks, i+1)
	}
	return false
}

// claimPrecQuantityWords are the words that may open an amount before its
// number: "around 292,000", "more than 1 million".
var claimPrecQuantityWords = map[string]bool{
	"about": true, "around": true, "roughly": true, "nearly": true, "almost": true, "some": true,
	"more": true, "less": true, "fewer": true, "than": true, "over": true, "another": true, "an": true, "a": true,
	"additional": true, "extra": true, "$": true,
}

// claimPrecAddSum reports whether "add" at i sums rather than remarks: the
// phrasal "add up" ("the promises add up to $8 million") or an amount
// right after the verb ("the economy added 292,000 jobs", "added another
// $5 million").
func claimPrecAddSum(toks []claimTok, i int) bool {
	k := i + 1
	if k < len(toks) && toks[k].lower == "up" {
		return true
	}
	for ; k < len(toks) && k <= i+4 && claimPrecQuantityWords[toks[k].lower]; k++ {
	}
	return k < len(toks) && toks[k].tag == "CD" && toks[k].quote == claimQuoteNone
}

// claimPrecVoteWords are the nouns of a vote.
var claimPrecVoteWords = map[string]bool{"ballot": true, "ballots": true, "vote": true, "votes": true}

// claimPrecCastVote reports whether "cast" at i casts a vote: its object
// is a ballot or a vote before any "as" ("cast an absentee ballot for
// Lee", "cast 66 delegate votes"), or the verb follows the votes it
// counts ("of 223 votes cast"). "cast herself as a champion" keeps its
// claim.
func claimPrecCastVote(toks []claimTok, a, i int) bool {
	if i-1 >= a && claimPrecVoteWords[toks[i-1].lower] {
		return true
	}
	for k := i + 1; k < len(toks) && k <= i+6; k++ {
		switch {
		case claimPrecVoteWords[toks[k].lower]:
			return true
		case toks[k].lower == "as" || !toks[k].word:
			return false
		}
	}
	return false
}

// claimPrecOfficeWords are the nouns of an elected office or its race.
var claimPrecOfficeWords = map[string]bool{
	"presidency": true, "nomination": true, "office": true, "reelection": true, "re-election": true, "seat": true, "governorship": true,
}

// claimPrecSeekOffice reports whether "seek" at i runs for office: its
// object is an office or the race for one ("seeking the Democratic
// nomination", "would not seek the presidency", "seek reelection", "seeks
// the White House"). "sought to calm his supporters" keeps its claim.
func claimPrecSeekOffice(toks []claimTok, i int) bool {
	k := i + 1
	if k < len(toks) && (toks[k].lower == "the" || toks[k].lower == "a" || toks[k].tag == "PRP$") {
		k++
	}
	for ; k < len(toks) && k <= i+4 && (toks[k].tag == "JJ" || toks[k].tag == "NNP" && toks[k].lower != "white"); k++ {
	}
	if k >= len(toks) {
		return false
	}
	if toks[k].lower == "white" && k+1 < len(toks) && toks[k+1].lower == "house" {
		return true
	}
	return claimPrecOfficeWords[toks[k].lower]
}

// claimPrecPrenominal reports whether the participle at i modifies the
// common noun after it, between that noun and its determiner, number or
// adjective: "60 pledged delegates", "several supposed alternatives",
// "the expected outcome". A verb has no determiner right before it.
func claimPrecPrenominal(toks []claimTok, a, i int) bool {
	if i-1 < a || i+1 >= len(toks) {
		return false
	}
	switch toks[i].tag {
	case "VBN", "VBG", "JJ":
	default:
		return false
	}
	switch p := toks[i-1]; p.tag {
	case "CD", "JJ", "PRP$", "POS":
	case "DT":
		// "both", "all" and "each" float after an auxiliary ("have both
		// supported") or stand alone ("Both want …").
		if p.lower == "both" || p.lower == "all" || p.lower == "each" || claimIng3PronounHead(toks, i-1, i) {
			return false
		}
	default:
		return false
	}
	n := toks[i+1]
	return (n.tag == "NN" || n.tag == "NNS") && n.word && n.quote == claimQuoteNone && toks[i].quote == claimQuoteNone
}

// claimPrecTimeWillTell reports whether "tell" at i is the idiom "time
// will tell" ("Only time will tell if …").
func claimPrecTimeWillTell(toks []claimTok, a, i int) bool {
	return i-2 >= a && toks[i-1].tag == "MD" && toks[i-2].lower == "time"
}

// claimPrecKnowAside reports whether "know" at i is the comparison "as we
// know it" ("news as we know it", "the party, as we now know it, …"),
// which claims no knowledge.
func claimPrecKnowAside(toks []claimTok, a, i int) bool {
	k := i - 1
	for k > a && toks[k].tag == "RB" {
		k--
	}
	return k-1 >= a && toks[k].tag == "PRP" && toks[k-1].lower == "as" && i+1 < len(toks) && toks[i+1].lower == "it" &&
		(i+2 >= len(toks) || !toks[i+2].word || toks[i+2].tag == "VBZ" || toks[i+2].tag == "VBD" || toks[i+2].tag == "MD")
}

// claimPrecReflectOK are the words after "reflect" that make it a verb of
// thinking.
var claimPrecReflectOK = map[string]bool{"on": true, "upon": true, "that": true}

// claimPrecObjectPronouns are personal pronouns that can only be objects.
var claimPrecObjectPronouns = map[string]bool{
	"him": true, "her": true, "them": true, "me": true, "us": true, "you": true, "it": true,
}

// claimPrecPerception reports whether "hear" at i perceives a sound, not
// a report: a pronoun object closing the clause ("I hear you.", "as if he
// didn't hear her", "strained to hear him at times") or a place right
// after the verb ("talk you hear in newsrooms"). "heard that …", "hear
// from voters", "heard him say …" report.
func claimPrecPerception(toks []claimTok, i int) bool {
	k := i + 1
	if k >= len(toks) {
		return true
	}
	switch n := toks[k]; {
	case claimPrecObjectPronouns[n.lower]:
		if k+1 >= len(toks) {
			return true
		}
		m := toks[k+1]
		return !m.word || m.tag == "IN" && m.lower != "that" || m.tag == "RB"
	case n.lower == "in" || n.lower == "at":
		return true
	}
	return false
}

// claimPrecHasComplement reports whether the clause from k on holds what
// a verb of advice gives: a that-clause, an infinitive, a question, a
// warning ("against"), a quotation or a colon. "advised him to wait" and
// "advised that …" give advice; "a pollster who advises the campaign",
// "advised Obama on health care" describe a job.
func claimPrecHasComplement(toks []claimTok, k int) bool {
	for ; k < len(toks); k++ {
		t := toks[k]
		if t.quote != claimQuoteNone || t.text == ":" {
			return true
		}
		if t.text == "." || t.text == ";" || t.text == "," && (k+1 >= len(toks) || toks[k+1].quote == claimQuoteNone) {
			return false
		}
		switch t.lower {
		case "that", "to", "against", "not", "whether", "how", "what", "why":
			return true
		}
	}
	return false
}

// claimPrecDrop reports whether the draft d of a paragraph with tokens
// toks is one of the shapes that rarely attribute anything and is
// dropped before it is kept: a content that is only a circumstance, an
// adverb or a time, a passive agent read as content, or any claim in an editorial
// note.
func claimPrecDrop(toks []claimTok, d claimDraft) bool {
	return claimPrecShortCircumstance(toks, d) || claimPrecEditorialNote(toks) || claimPrecAgentContent(toks, d) || claimPrecAdverbContent(toks, d) || claimPrecTimeContent(toks, d) || claimPrecPassiveWho(toks, d) || claimPrecSpeakingTo(toks, d)
}

// claimPrecSpeakForms are the forms of "speak".
var claimPrecSpeakForms = map[string]bool{"speak": true, "speaks": true, "spoke": true, "speaking": true, "spoken": true}

// claimPrecSpeakingTo reports whether d is a cue of "speak" whose content
// right after it tells to whom, where or how someone spoke, not about
// what: "…, said the manager, speaking to reporters", "speaking on the
// condition of anonymity", "spoke anonymously". "speaking about the
// war", "spoke highly of her", "speaking at length about …" keep their
// claim.
func claimPrecSpeakingTo(toks []claimTok, d claimDraft) bool {
	s, e, ok := claimPrecContentToks(toks, d)
	if !ok || s == 0 {
		return false
	}
	if s >= 2 && toks[s-1].tag == "IN" && toks[s-2].end == d.cue[1] && claimPrecSpeakForms[toks[s-2].lower] {
		s-- // "speaking on the condition of anonymity": the preposition is left out of the content
	}
	if toks[s-1].end != d.cue[1] || !claimPrecSpeakForms[toks[s-1].lower] {
		return false
	}
	k := s
	for k < e && toks[k].tag == "RB" && strings.HasSuffix(toks[k].lower, "ly") && toks[k].lower != "only" {
		k++
	}
	if k+1 < e && toks[k].lower == "at" && toks[k+1].lower == "length" {
		k += 2
	}
	if k >= e {
		return k > s+1 // "spoke anonymously" drops; "spoke briefly" is dropped elsewhere
	}
	switch toks[k].lower {
	case "about", "of", "as", "out", "for", "against", "up":
		return false
	}
	return true
}

// claimPrecContentToks returns the token range [s, e) of the draft's
// single content segment, or false when it has several segments or none.
func claimPrecContentToks(toks []claimTok, d claimDraft) (int, int, bool) {
	if !d.hasCue || len(d.segs) != 1 {
		return 0, 0, false
	}
	s, e := -1, -1
	for k, t := range toks {
		if t.start >= d.segs[0][0] && t.end <= d.segs[0][1] {
			if s < 0 {
				s = k
			}
			e = k + 1
		}
	}
	return s, e, s >= 0
}

// claimPrecAgentContent reports whether the content right after the cue
// is the agent of a passive participle, not what was said: "the feeling
// proclaimed by Wallace", "a deal opposed by Israel", "was weighing in by
// phone". "concluded by saying that …" (a gerund after "by") keeps its
// claim.
func claimPrecAgentContent(toks []claimTok, d claimDraft) bool {
	s, _, ok := claimPrecContentToks(toks, d)
	if !ok || toks[s].lower != "by" || s == 0 || toks[s-1].end != d.cue[1] || s+1 >= len(toks) {
		return false
	}
	return toks[s+1].tag != "VBG"
}

// claimPrecDemonstratives are the pronouns "that" and its kin, and the
// pro-form "so" ("would not say so"), which stand for a content.
var claimPrecDemonstratives = map[string]bool{"that": true, "this": true, "these": true, "those": true, "all": true, "both": true, "so": true}

// claimPrecAdverbContent reports whether the content is at most four
// words with no noun, verb, adjective, determiner, pronoun or number —
// "as well", "again and again" — or a manner adverb with a short
// circumstance ("testified voluntarily in 1998"). "ruled that out"
// keeps its pronoun.
func claimPrecAdverbContent(toks []claimTok, d claimDraft) bool {
	s, e, ok := claimPrecShortContent(toks, d)
	if !ok {
		return false
	}
	adverbOnly := true
	for k := s; k < e; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		switch t.tag {
		case "RB", "RBR", "RBS", "RP", "IN", "CC", "TO":
			// The tagger reads a demonstrative as a preposition
			// ("ruled that out").
			adverbOnly = adverbOnly && !claimPrecDemonstratives[t.lower]
		default:
			adverbOnly = false
		}
	}
	if adverbOnly {
		return true
	}
	return toks[s].tag == "RB" && strings.HasSuffix(toks[s].lower, "ly") && s+1 < e && claimPrecPreps[toks[s+1].lower]
}

// claimPrecTimeWords are the words of a time expression.
var claimPrecTimeWords = map[string]bool{
	"last": true, "next": true, "this": true, "past": true, "ago": true, "earlier": true, "later": true, "recent": true,
	"year": true, "years": true, "week": true, "weeks": true, "month": true, "months": true, "day": true, "days": true,
	"hour": true, "hours": true, "decade": true, "decades": true, "weekend": true, "time": true,
	"morning": true, "afternoon": true, "evening": true, "night": true, "today": true, "tonight": true, "yesterday": true, "tomorrow": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"january": true, "february": true, "march": true, "april": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true,
	"spring": true, "summer": true, "fall": true, "winter": true,
	"two": true, "three": true, "four": true, "five": true, "several": true, "few": true, "a": true,
}

// claimPrecTimeContent reports whether the content is only a time of at
// most four words ("apologized last year", "declared two days later"):
// it tells when, not what.
func claimPrecTimeContent(toks []claimTok, d claimDraft) bool {
	s, e, ok := claimPrecShortContent(toks, d)
	if !ok {
		return false
	}
	unit := false
	for k := s; k < e; k++ {
		t := toks[k]
		if !t.word {
			continue
		}
		if !claimPrecTimeWords[t.lower] && t.tag != "CD" {
			return false
		}
		switch t.lower {
		case "two", "three", "four", "five", "several", "few", "a", "last", "next", "this", "past", "recent":
		default:
			unit = true
		}
	}
	return unit
}

// claimPrecPassiveWho reports whether d is a passive with its agent after
// "by" whose subject content, before the cue, runs through a relative
// "who": "She held her ground, and Lazio — who was regarded as a
// lightweight — was dismissed by the media". The subject found is then
// the relative clause's, and the run up to it is rarely what was said or
// judged.
func claimPrecPassiveWho(toks []claimTok, d claimDraft) bool {
	if !d.hasCue || len(d.segs) == 0 || d.spkE <= d.spkS || d.spkS < 1 || d.spkE > len(toks) || toks[d.spkS-1].lower != "by" {
		return false
	}
	if s, e, ok := claimPrecContentToks(toks, d); d.segs[0][1] > d.cue[0] || ok && claimWords(toks, s, e) <= 1 {
		return false // the content is the relative pronoun itself: "who has been endorsed by …"
	}
	for _, t := range toks {
		if t.start >= d.segs[0][0] && t.end <= d.segs[0][1] && t.quote == claimQuoteNone && (t.lower == "who" || t.lower == "whom") {
			return true
		}
	}
	return false
}

// claimPrecShortContent returns the tokens [s, e) of a content of at most
// four words with no quotation and no token of another claim: the
// contents the adverb and time filters judge.
func claimPrecShortContent(toks []claimTok, d claimDraft) (s, e int, ok bool) {
	s, e, ok = claimPrecContentToks(toks, d)
	if !ok || claimWords(toks, s, e) > 4 {
		return 0, 0, false
	}
	for k := s; k < e; k++ {
		if toks[k].quote != claimQuoteNone || toks[k].span >= 0 {
			return 0, 0, false
		}
	}
	return s, e, true
}

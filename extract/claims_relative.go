package extract

import (
	"strings"
	"unicode"
)

// This file holds the attributions whose content comes before the cue
// because the cue verb stands in a relative clause about it: the object
// of the clause is its head noun phrase, which the clause leaves out (the
// gap after the verb). "an offer the leadership rebuffed", "everything
// they wanted", "the trade agreement, which Mr. Putin opposed" (content
// "which": the pronoun stands for what was opposed), and the reduced
// passive "a fact later confirmed by the department".

// claimRelPronouns are the relative pronouns that may open an object
// relative clause, mapped to whether the pronoun itself is the content
// (PolNeAR marks "which" and "who" as the content; after "that" it marks
// the antecedent).
var claimRelPronouns = map[string]bool{"which": true, "whom": true, "who": true, "that": false}

// claimRelAttribute attributes a cue verb in an object relative clause
// to the clause's subject, with the relative pronoun or the antecedent
// noun phrase as content: "NP (that|which|whom|∅) SUBJECT CUE (gap)". The
// tokens of the unit before taken belong to an earlier claim; b is the
// end of the unit.
func claimRelAttribute(toks []claimTok, taken, b int, c claimCue) (claimDraft, bool) {
	d, ok, _ := claimRelTry(toks, taken, b, c)
	return d, ok
}

// claimRelVeto reports whether cue c is the verb of an object relative
// clause opened by a relative pronoun although claimRelAttribute takes
// no content for it ("issues that most Republicans can agree on — …"):
// what follows the gap is no object of the cue, so no rule may take it
// as content.
func claimRelVeto(toks []claimTok, taken, b int, c claimCue) bool {
	_, ok, veto := claimRelTry(toks, taken, b, c)
	return !ok && veto
}

// claimRelTry is claimRelAttribute; veto is true when the clause is
// recognised with a relative pronoun before its subject.
func claimRelTry(toks []claimTok, taken, b int, c claimCue) (d claimDraft, ok, veto bool) {
	if c.kind != cueVerb || c.form.ing || c.form.base && c.start == c.verb || toks[c.verb].span >= 0 {
		return d, false, false
	}
	if by := claimRelPassiveBy(toks, c, b); by >= 0 {
		d, ok := claimRelPassive(toks, taken, b, c, by)
		// A reduced relative right after a noun ("the delegates offered by
		// the contest"): what follows its agent is no content of the cue.
		reduced := c.start-1 >= taken && c.start == c.verb && toks[c.verb].tag == "VBN" && (toks[c.start-1].tag == "NN" || toks[c.start-1].tag == "NNS")
		return d, ok, reduced
	}
	if !claimRelFiniteVerb(toks, c) || !claimRelGap(toks, c, b) || claimRelPerception[c.form.lemma] {
		return d, false, false
	}
	if c.end < b && toks[c.end].tag == "TO" && (c.form.class == cueBelief || claimRelInfinitiveVerbs[c.form.lemma]) {
		return d, false, false // "any religion they wanted to": an elided infinitive
	}
	vs := c.start
	for vs-1 > taken && (toks[vs-1].lower == "most" || toks[vs-1].lower == "more") && toks[vs-1].span < 0 {
		vs-- // "most strongly opposed"
	}
	ls, le, found := spkChunkLeft(toks, taken, vs)
	if !found || le != vs || ls-1 < taken {
		return d, false, false
	}
	if _, afterRel := claimRelPronouns[toks[ls-1].lower]; !afterRel {
		if k := claimRelSplitSubject(toks, ls, le); k > ls {
			// The antecedent must open with a determiner and stand as an
			// object, after a verb, a preposition or an adverb: "is not
			// the campaign Clinton envisioned", not "veteran Republicans
			// said" nor "…,” the news site RTL Info reported"; or an
			// indefinite apposition: ", a word Trump then repeated".
			hs := claimRelHeadStart(toks, taken, k)
			if hs < ls || hs-1 < taken {
				return d, false, false
			}
			t, p := toks[hs], toks[hs-1]
			bare := strings.HasPrefix(p.tag, "VB") && (toks[k-1].tag == "NNS" || hs == k-1) // "Those are numbers any taxpayer can understand"
			if t.tag != "DT" && t.tag != "PRP$" && t.tag != "CD" && !claimRelIndefinites[t.lower] && !bare {
				return d, false, false
			}
			apposition := (p.text == "," || spkIsDash(p)) && (t.lower == "a" || t.lower == "an") // ", a word Trump repeated"
			if !strings.HasPrefix(p.tag, "VB") && p.tag != "IN" && p.tag != "TO" && p.tag != "RB" && !apposition {
				return d, false, false
			}
			ls = k
		}
	}
	if ls-1 > taken && claimCoordinators[toks[ls-1].lower] {
		// "Murphy and other Democrats": a coordinated subject.
		if s2, e2, ok := spkChunkLeft(toks, taken, ls-1); ok && e2 == ls-1 && s2 > taken {
			ls = claimRelSplitSubject(toks, s2, e2)
		}
	}
	if !spkValid(toks, ls, le, c.form.class) {
		return d, false, false
	}
	if _, isRel := claimRelPronouns[toks[ls].lower]; isRel {
		return d, false, false
	}
	if _, isRel := claimRelPronouns[toks[le-1].lower]; isRel {
		return d, false, false // "a student who sang": the pronoun is the subject
	}
	if _, isRel := claimRelPronouns[toks[ls-1].lower]; isRel && toks[ls-1].span < 0 && ls-2 >= taken {
		p := toks[ls-2]
		// After a noun of saying or believing "that" may open its
		// content instead: "left no doubt that he would endorse in May".
		veto = p.tag != "IN" && p.tag != "TO" && !strings.HasPrefix(p.tag, "VB") && !cueNouns[p.lower] && !cueNounsBare[p.lower] && p.lower != "doubt"
	}
	cs, ce, found := claimRelContent(toks, taken, ls-1, ls)
	if !found {
		return d, false, veto
	}
	seg, found := claimSeg(toks, cs, ce)
	if !found {
		return d, false, veto
	}
	d = claimDraft{cue: [2]int{toks[vs].start, toks[c.end-1].end}, hasCue: true, segs: [][2]int{seg},
		spkS: ls, spkE: le, conf: 0.5, maxTok: c.end}
	return d, true, veto
}

// claimRelContent returns the content of a relative clause whose
// pronoun, if any, is token r and whose next token is k: the pronoun
// itself for "which", "who" and "whom", else the antecedent noun phrase
// ending before r ("that") or before k (no pronoun).
func claimRelContent(toks []claimTok, lo, r, k int) (int, int, bool) {
	if r < lo {
		return 0, 0, false
	}
	if own, isRel := claimRelPronouns[toks[r].lower]; isRel && toks[r].span < 0 {
		if r-1 >= lo && (toks[r-1].tag == "IN" || toks[r-1].tag == "TO" || strings.HasPrefix(toks[r-1].tag, "VB")) {
			return 0, 0, false // "in which he declares", "asked whom she supported"
		}
		if own {
			return r, r + 1, true
		}
		if r-1 < lo || !claimRelPropNouns[toks[r-1].lower] {
			return 0, 0, false
		}
		k = r
	}
	s := claimRelHeadStart(toks, lo, k)
	return s, k, s >= 0
}

// claimRelSplitSubject splits a zero relative clause off its antecedent
// when the speaker chunker took both as one phrase: in "the campaign
// Clinton envisioned" the subject is "Clinton" and in "an idea the
// senator proposed" it is "the senator", while in "campaign manager
// Corey Lewandowski" the common noun is a title.
func claimRelSplitSubject(toks []claimTok, s, e int) int {
	lx := cueLexicon()
	for k := s + 1; k < e; k++ {
		p, t := toks[k-1], toks[k]
		if p.upper || !(p.tag == "NN" || p.tag == "NNS") {
			continue
		}
		if t.tag == "DT" || t.tag == "PRP$" || claimRelQuantifiers[t.lower] {
			return k // "an idea the senator proposed": no phrase runs on over a determiner
		}
		if !t.upper || !strings.HasPrefix(t.tag, "NNP") {
			continue
		}
		if lx.titles[p.lower] && !claimRelTitleModifiers[p.lower] || spkPeopleNouns[p.lower] && strings.HasSuffix(p.lower, "s") || spkPersonNoun(p.lower) {
			continue
		}
		return k
	}
	return s
}

// claimRelIndefinites are the indefinite pronouns that head a noun
// phrase on their own: "something Republicans wanted".
var claimRelIndefinites = map[string]bool{
	"something": true, "everything": true, "anything": true, "nothing": true, "much": true, "all": true,
}

// claimRelQuantifiers open a noun phrase as a determiner does: "the
// coronation many pundits forecast".
var claimRelQuantifiers = map[string]bool{
	"many": true, "most": true, "some": true, "several": true, "few": true, "both": true, "all": true,
	"every": true, "each": true, "any": true, "no": true,
}

// claimRelPerception are verbs of the lexicons whose relative clauses
// mostly tell of seeing or finding things, not of beliefs: "anything he
// saw during his 2012 bid", "signs she had found online".
var claimRelPerception = map[string]bool{"see": true, "find": true, "hear": true, "feel": true, "learn": true}

// claimRelInfinitiveVerbs take an infinitive, which a bare "to" after
// them elides: "they could choose any plan they wanted to".
var claimRelInfinitiveVerbs = map[string]bool{
	"decide": true, "refuse": true, "decline": true, "seek": true, "offer": true, "promise": true, "vow": true,
	"pledge": true, "threaten": true, "agree": true, "ask": true, "urge": true,
}

// claimRelTitleModifiers are words of the title list that modify a
// title ("campaign manager", "state senator") rather than stand before a
// name themselves.
var claimRelTitleModifiers = map[string]bool{
	"campaign": true, "party": true, "state": true, "press": true, "foreign": true, "defense": true, "defence": true,
	"interior": true, "finance": true, "treasury": true, "homeland": true, "security": true, "national": true,
	"justice": true, "commerce": true, "labor": true, "energy": true, "health": true, "education": true,
	"agriculture": true, "transportation": true, "affairs": true, "communications": true,
}

// claimRelPassiveBy returns the index of "by" after a passive cue in a
// relative clause or a reduced relative — "which were adopted by",
// "a fact later confirmed by" — or -1.
func claimRelPassiveBy(toks []claimTok, c claimCue, b int) int {
	if tg := toks[c.verb].tag; tg != "VBN" && tg != "VBD" {
		return -1
	}
	for k := c.start; k < c.verb; k++ {
		if claimAuxiliaries[toks[k].lower] && !cueBeForms[toks[k].lower] && toks[k].lower != "has" && toks[k].lower != "have" && toks[k].lower != "had" {
			return -1 // "would oppose"
		}
	}
	k := c.end
	for k < b && k <= c.end+3 && (toks[k].tag == "RB" || spkTimeWords[toks[k].lower] && toks[k].lower != "on") && toks[k].span < 0 {
		k++
	}
	if k+1 < b && toks[k].lower == "by" && toks[k].span < 0 && toks[k+1].tag != "VBG" {
		return k
	}
	return -1
}

// claimRelPassive attributes a passive cue to its agent after "by" with
// the noun phrase it modifies as content: the relative pronoun of
// "which were adopted by more than 40 states", the antecedent of "a
// fact later confirmed by the department".
func claimRelPassive(toks []claimTok, taken, b int, c claimCue, by int) (claimDraft, bool) {
	var d claimDraft
	be := false
	for k := c.start; k < c.verb; k++ {
		be = be || cueBeForms[toks[k].lower]
	}
	var cs, ce int
	switch r := c.start - 1; {
	case r < taken || toks[r].span >= 0:
		return d, false
	case be:
		// "which were adopted by": only a relative pronoun; a main
		// clause's passive is claimAttribute's.
		own, isRel := claimRelPronouns[toks[r].lower]
		if !isRel {
			return d, false
		}
		if own {
			cs, ce = r, r+1
		} else if cs = claimRelHeadStart(toks, taken, r); cs < 0 {
			return d, false
		} else {
			ce = r
		}
	default:
		if toks[c.verb].tag != "VBN" {
			return d, false
		}
		ce = c.start
		if toks[ce-1].text == "," && ce-1 > taken && claimRelAsideEnds(toks, by, b) {
			// "The immigration bill, opposed by House Republicans, never
			// became law": a participle aside after any noun phrase.
			ce--
			if cs = claimRelHeadStart(toks, taken, ce); cs < 0 {
				return d, false
			}
			if c.form.class == cueSpeech {
				// "The campaign, first reported by The Post, is a key
				// element of …": what was reported is the whole clause.
				return claimRelAsideReport(toks, taken, b, c, by, cs, ce)
			}
			break
		}
		if cs = claimRelHeadStart(toks, taken, ce); cs < 0 || !claimRelPropNouns[toks[ce-1].lower] {
			return d, false
		}
	}
	se, ok := spkChunkRight(toks, by+1, b)
	if !ok {
		return d, false
	}
	seg, ok := claimSeg(toks, cs, ce)
	if !ok {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, segs: [][2]int{seg},
		spkS: by + 1, spkE: se, conf: 0.5, maxTok: se}
	return d, true
}

// claimRelFiniteVerb reports whether the cue's verb is finite, or a
// participle or base form after an auxiliary of the cue ("has advocated",
// "couldn't support"), as the verb of a relative clause is.
func claimRelFiniteVerb(toks []claimTok, c claimCue) bool {
	switch toks[c.verb].tag {
	case "VBD", "VBZ", "VBP":
		return true
	case "VB", "VBN":
		aux := false
		for k := c.verb - 1; k >= c.start; k-- {
			if cueBeForms[toks[k].lower] {
				return false
			}
			aux = aux || claimAuxiliaries[toks[k].lower]
		}
		// A past tense after adverbs the tagger reads as a participle:
		// "Democrats most strongly opposed".
		return aux || toks[c.verb].tag == "VBN" && strings.HasSuffix(toks[c.verb].lower, "ed")
	}
	return false
}

// claimRelGap reports whether the verb phrase of cue c leaves its object
// out: the unit ends, or punctuation, a conjunction, an adverbial phrase
// ("on the campaign trail"), the addressee of a verb of speech ("to
// reporters") or a stranded preposition follows — not a noun phrase, a
// clause, a quotation or a complement ("which he described as …", "which
// he said was …": those clauses are claimAttribute's).
func claimRelGap(toks []claimTok, c claimCue, b int) bool {
	k := c.end
	for k < b && (toks[k].tag == "RB" && toks[k].span < 0 || claimRelTimeWords[toks[k].lower]) {
		k++
	}
	if k >= b {
		return true
	}
	t := toks[k]
	if t.quote != claimQuoteNone {
		return false
	}
	switch t.text {
	case ".", ",", ";", ":", "—", "--", "–", ")", "?", "!":
		return true
	case "-":
		return k+1 >= b || toks[k].start > toks[k-1].end // a spaced hyphen is a dash: "a deal she once supported - makes"
	}
	if t.tag == "CC" {
		return true
	}
	if t.lower == "to" && c.form.class == cueSpeech && k+1 < b && !strings.HasPrefix(toks[k+1].tag, "VB") {
		return true // "a point she acknowledged to reporters"
	}
	if t.lower == "on" && k+1 < b && toks[k+1].tag == "DT" {
		return true // "a fact he mentions on the campaign trail"
	}
	if t.tag == "IN" || t.tag == "TO" || t.tag == "RP" {
		if k+1 >= b || !toks[k+1].word && toks[k+1].quote == claimQuoteNone {
			return true // a stranded preposition: "the issues they care about."
		}
		if !claimRelAdjunctPreps[t.lower] {
			return false
		}
		// "argued during the debate that …": the object comes after the
		// adverbial phrase.
		for j := k + 1; j < b && j <= k+8; j++ {
			w := toks[j]
			if w.quote != claimQuoteNone || w.lower == "that" || w.lower == "whether" || w.text == ":" {
				return false
			}
			if !w.word || w.tag == "CC" {
				break
			}
		}
		return true
	}
	return false
}

// claimRelTimeWords are time words that may follow a verb without being
// its object: "which Clinton denounced Thursday".
var claimRelTimeWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"yesterday": true, "today": true, "tonight": true, "earlier": true, "later": true, "again": true, "recently": true,
}

// claimRelAdjunctPreps open adverbial phrases of place, time and
// circumstance, which do not complete a verb of saying or stance.
var claimRelAdjunctPreps = map[string]bool{
	"in": true, "at": true, "during": true, "under": true, "after": true, "before": true, "since": true, "until": true,
	"throughout": true, "while": true, "when": true, "because": true, "although": true, "though": true,
	"despite": true, "without": true, "amid": true, "unless": true, "whereas": true,
}

// claimRelHeadStart returns where the noun phrase ending before token e
// starts — determiners, adjectives, numbers, possessives and nouns, with
// a noun or an indefinite pronoun at its head — or -1 when there is none.
func claimRelHeadStart(toks []claimTok, lo, e int) int {
	if e-1 < lo {
		return -1
	}
	h := toks[e-1]
	if h.span >= 0 || h.tag != "NN" && h.tag != "NNS" || h.upper || !claimRelLetter(h.lower) || claimRelNotHead[h.lower] {
		return -1 // a common noun: not "in Orlando he tweeted", "Crutcher, 40 ―"
	}
	s := e - 1
	for s-1 >= lo && toks[s-1].span < 0 {
		p := toks[s-1]
		switch p.lower {
		case "that":
			if p.tag != "DT" {
				return s
			}
		case "which", "what", "whatever", "whose", "whichever":
			return -1 // "what other techniques he would support", "which poll you believe": a question
		}
		switch {
		case strings.HasPrefix(p.tag, "NN"), strings.HasPrefix(p.tag, "JJ"), p.tag == "DT", p.tag == "CD", p.tag == "PRP$", p.tag == "POS",
			p.lower == "’s" || p.lower == "'s", p.text == "-":
			s--
			continue
		case (p.tag == "VBN" || p.tag == "VBG") && s-2 >= lo && (toks[s-2].tag == "DT" || strings.HasPrefix(toks[s-2].tag, "JJ")):
			s-- // "the proposed changes"
			continue
		}
		break
	}
	// "two of the weaknesses", "the provision in the bill": a quantity
	// or a noun before "of" or "in" heads the phrase.
	if s-2 >= lo && (toks[s-1].lower == "of" || toks[s-1].lower == "in") && toks[s-1].span < 0 {
		q := toks[s-2]
		if toks[s-1].lower == "of" && (q.tag == "CD" || claimRelQuantities[q.lower]) {
			if s-3 >= lo && toks[s-3].tag == "DT" {
				return s - 3
			}
			return s - 2
		}
		if (q.tag == "NN" || q.tag == "NNS") && !q.upper && !claimRelNotHead[q.lower] {
			if p := claimRelHeadStart(toks, lo, s-1); p >= 0 && p < s-2 && toks[p].tag == "DT" {
				return p
			}
		}
	}
	return s
}

// claimRelQuantities are quantity words that head a phrase with "of":
// "several of the issues", "the sort of change".
var claimRelQuantities = map[string]bool{
	"some": true, "many": true, "most": true, "all": true, "several": true, "none": true, "one": true, "few": true,
	"any": true, "each": true, "both": true, "half": true, "much": true, "sort": true, "kind": true, "type": true,
	"part": true, "number": true, "list": true, "series": true, "set": true,
}

// claimRelNotHead are nouns of time, manner and degree whose relative
// clause tells when or how, not what: "the day she announced", "the way
// he talked".
var claimRelNotHead = map[string]bool{
	"time": true, "times": true, "day": true, "days": true, "way": true, "ways": true, "moment": true, "year": true,
	"years": true, "week": true, "weeks": true, "month": true, "months": true, "night": true, "morning": true,
	"reason": true, "reasons": true, "place": true, "minute": true, "minutes": true, "hour": true, "hours": true,
	"extent": true, "degree": true, "period": true, "era": true, "season": true, "instant": true,
	"afternoon": true, "evening": true, "weekend": true, "today": true, "yesterday": true,
	// Verbs the tagger reads as nouns before a pronoun: "a third say they …".
	"say": true, "says": true, "think": true, "thinks": true, "believe": true, "believes": true, "know": true, "knows": true,
}

// claimRelLetter reports whether a word starts with a letter.
func claimRelLetter(w string) bool {
	for _, r := range w {
		return unicode.IsLetter(r)
	}
	return false
}

// claimRelAdd appends to the drafts of a unit the relative-clause drafts
// whose content no other draft of the unit covers.
func claimRelAdd(out, rels []claimDraft) []claimDraft {
	for _, r := range rels {
		clash := false
		for _, d := range out {
			for _, sg := range d.segs {
				if r.segs[0][0] < sg[1] && sg[0] < r.segs[0][1] {
					clash = true
				}
			}
		}
		if !clash {
			out = append(out, r)
		}
	}
	return out
}

// claimRelPropNouns are nouns for something said or believed. After
// "that" and before a reduced passive only these heads take a relative
// clause about a statement ("a charge that Republican leaders denied",
// "a fact later confirmed by the department"); other heads mostly do not
// ("the services that Sanders demanded", "a video posted by CBN").
var claimRelPropNouns = map[string]bool{
	"fact": true, "facts": true, "point": true, "points": true, "sentiment": true, "notion": true, "message": true,
	"story": true, "narrative": true, "rumor": true, "rumors": true, "theory": true, "concern": true, "concerns": true,
	"criticism": true, "complaint": true, "complaints": true, "charge": true, "charges": true, "claim": true,
	"claims": true, "allegation": true, "allegations": true, "accusation": true, "accusations": true,
	"assertion": true, "idea": true, "ideas": true, "view": true, "views": true, "argument": true, "arguments": true,
	"position": true, "stance": true, "line": true, "warning": true, "warnings": true, "promise": true,
	"promises": true, "pledge": true, "proposal": true, "proposals": true, "plan": true, "plans": true,
	"suggestion": true, "statement": true, "statements": true, "remark": true, "remarks": true, "comment": true,
	"comments": true, "assessment": true, "conclusion": true, "prediction": true, "belief": true, "beliefs": true,
	"question": true, "questions": true, "demand": true, "demands": true, "policy": true, "policies": true,
	"agenda": true, "approach": true, "strategy": true, "vision": true, "characterization": true, "description": true,
	"label": true, "term": true, "phrase": true, "word": true, "words": true, "slogan": true,
}

// claimRelAsideEnds reports whether the agent after "by" at by closes a
// participle aside: a comma, a dash or the end of the unit follows the
// agent's noun phrase.
func claimRelAsideEnds(toks []claimTok, by, b int) bool {
	se, ok := spkChunkRight(toks, by+1, b)
	if !ok {
		return false
	}
	return se >= b || toks[se].text == "," || spkIsDash(toks[se]) || toks[se].text == "."
}

// claimRelAsideReport attributes the clause around a reporting aside
// after its subject [cs, ce) — "The campaign, first reported by The
// Post, is a key element of the response" — to the aside's agent: the
// subject and the predicate after the aside are the content.
func claimRelAsideReport(toks []claimTok, taken, b int, c claimCue, by, cs, ce int) (claimDraft, bool) {
	var d claimDraft
	se, ok := spkChunkRight(toks, by+1, b)
	if !ok || se+1 >= b || toks[se].text != "," || !claimAdverbialLead(toks, taken, cs) {
		return d, false
	}
	p := se + 1
	if tg := toks[p].tag; tg != "VBD" && tg != "VBZ" && tg != "VBP" && tg != "MD" {
		return d, false
	}
	e := claimContentEnd(toks, p, b)
	seg1, ok1 := claimSeg(toks, cs, ce)
	seg2, ok2 := claimSeg(toks, p, e)
	if !ok1 || !ok2 {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, segs: [][2]int{seg1, seg2},
		spkS: by + 1, spkE: se, conf: 0.5, maxTok: e}
	return d, true
}

// claimRelPassiveMain attributes a finite passive cue with its agent
// after "by" — "The plan was excoriated by Democrats", "Clinton has been
// endorsed by dozens of papers", "Oz has been called a charlatan by
// fellow physicians" — in the unit [a, b): the source is the agent, the
// content the subject of the verb group. d is the draft claimAttribute
// started and conf its confidence.
func claimRelPassiveMain(toks []claimTok, a, b int, c claimCue, by int, d claimDraft, conf float64) (claimDraft, bool) {
	for c.start-1 > a && (claimAuxiliaries[toks[c.start-1].lower] || cueBeForms[toks[c.start-1].lower] || toks[c.start-1].tag == "RB") && toks[c.start-1].span < 0 {
		c.start--
	}
	d.cue[0] = toks[c.start].start
	re, ok := claimRelAgent(toks, by+1, b)
	if !ok {
		return d, false
	}
	re = claimRelAgentEnd(toks, by+1, re)
	if re == by+2 && toks[by+1].tag == "NN" && !toks[by+1].upper {
		return d, false // "guaranteed by law", "nominated by acclamation": no one's stance
	}
	// Verbs of asking and telling: what was asked or told follows the
	// agent ("Rubio was asked by the moderator whether …").
	if claimRelAskVerbs[c.form.lemma] {
		k := re
		if k < b && toks[k].text == "," {
			k++
		}
		_, rel := claimRelPronouns[toks[min(k, b-1)].lower]
		if k > re && (rel || toks[min(k, b-1)].lower == "whose") {
			k = b // ", who is supporting Sanders": a relative clause about the agent
		}
		if k+1 < b && toks[k].span < 0 && (toks[k].lower == "whether" || toks[k].lower == "if" || toks[k].lower == "about" || toks[k].lower == "that" ||
			strings.HasPrefix(toks[k].tag, "W") || toks[k].lower == "to" && toks[k+1].tag == "VB") {
			e := claimContentEnd(toks, k, b)
			if seg, ok := claimSeg(toks, k, e); ok && claimWords(toks, k, e) >= 2 {
				d.segs, d.spkS, d.spkE, d.maxTok, d.conf = [][2]int{seg}, by+1, re, e, conf
				return d, true
			}
		}
	}
	// The subject of a raising chain: "The case is likely to be decided
	// by", "what used to be considered … by".
	se := c.start
	for se-1 > a && toks[se-1].lower == "to" && toks[se-1].span < 0 {
		j := se - 1
		for j-1 > a && j >= se-5 && toks[j-1].span < 0 && (strings.HasPrefix(toks[j-1].tag, "JJ") || strings.HasPrefix(toks[j-1].tag, "VB") || toks[j-1].tag == "RB" || toks[j-1].tag == "MD") {
			j--
		}
		if j == se-1 {
			break
		}
		se = j
	}
	ss, ok := claimRelPassiveSubject(toks, a, se)
	if !ok {
		return d, false
	}
	seg, ok := claimSeg(toks, ss, se)
	if !ok || claimWords(toks, ss, se) < 1 {
		return d, false
	}
	d.segs = [][2]int{seg}
	if by > c.end {
		if seg2, ok := claimSeg(toks, c.end, by); ok {
			d.segs = append(d.segs, seg2)
		}
	}
	d.spkS, d.spkE, d.maxTok, d.conf = by+1, re, re, conf
	// A complement after the agent: "was criticized by rivals for
	// failing to …", "is seen by voters as credible", "was accused by a
	// reporter of grabbing her".
	if re+1 < b && toks[re].span < 0 && claimRelAgentComplement(toks, re) {
		e := claimContentEnd(toks, re, b)
		if seg3, ok := claimSeg(toks, re, e); ok && claimWords(toks, re, e) >= 2 {
			d.segs = append(d.segs, seg3)
			d.maxTok = e
		}
	}
	return d, true
}

// claimRelAgentEnd trims the agent [s, e) of a passive before a
// complement that spkChunkRight took as part of the phrase: "Democrats
// for its cost" is "Democrats", while "the Center for American Progress"
// stays whole.
func claimRelAgentEnd(toks []claimTok, s, e int) int {
	for k := s + 1; k+1 < e; k++ {
		if toks[k].lower == "for" && claimRelAgentComplement(toks, k) {
			return k
		}
	}
	return e
}

// claimRelAgentComplement reports whether token k after a passive's
// agent opens its complement: "for" before a reason, "as" before a
// description, "of" before a gerund.
func claimRelAgentComplement(toks []claimTok, k int) bool {
	switch toks[k].lower {
	case "as":
		return true
	case "for":
		// "for failing to …", "for his proposal", "for not raising": not
		// the agent's own modifier ("the Court of Appeals for the 5th
		// Circuit").
		return k+1 < len(toks) && (toks[k+1].tag == "VBG" || toks[k+1].tag == "PRP$" || toks[k+1].lower == "not")
	case "of":
		return k+1 < len(toks) && toks[k+1].tag == "VBG"
	}
	return false
}

// claimRelPassiveSubject returns where the subject of the passive verb
// group starting at vs starts, within [lo, vs): a relative pronoun right
// before the group ("a Democrat who has been endorsed by"), else the
// phrase after the last clause boundary before it — a dash, a
// semicolon, a conjunction after a clause ("…, and its loyalty might be
// claimed by"), a subordinator or wh-word opening the passive's clause
// ("how greatly she is disliked by"), a finite verb ("the poll shows
// Clinton was backed by") — and after an introductory adverbial ("In
// 2015, the plan was endorsed by").
func claimRelPassiveSubject(toks []claimTok, lo, vs int) (int, bool) {
	p := vs - 1
	if p < lo {
		return 0, false
	}
	if _, isRel := claimRelPronouns[toks[p].lower]; isRel && toks[p].span < 0 {
		if toks[p].lower != "that" || p-1 >= lo && (strings.HasPrefix(toks[p-1].tag, "NN") || toks[p-1].text == ",") {
			return p, true
		}
	}
	s := lo
	finite := false // a finite verb between k and vs: k is inside another clause
	for k := vs - 1; k >= lo; k-- {
		t := toks[k]
		if t.span >= 0 {
			continue
		}
		fin := (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") && t.word
		boundary := false
		switch {
		case spkIsDash(t) && k == vs-1:
			// "Oz — surgeon and TV star — has been called …": skip the
			// apposition between dashes.
			j := k - 1
			for j > lo && !(spkIsDash(toks[j]) && toks[j].span < 0) {
				j--
			}
			if j <= lo {
				boundary = true
			} else {
				k = j
				continue
			}
		case spkIsDash(t) || t.text == ";" || t.text == ":":
			boundary = true
		case claimCoordinators[t.lower] && t.tag == "CC":
			boundary = claimRelFiniteIn(toks, lo, k)
		case !finite && (t.lower == "where" || t.lower == "when") && k > lo:
			// "…, where Obama's outreach has been opposed by": a clause of
			// place or time inside a larger one is its background.
			return 0, false
		case !finite && (strings.HasPrefix(t.tag, "W") || t.lower == "that" && t.tag == "IN" || claimRelClauseOpeners[t.lower] && !(t.lower == "as" && k-1 >= lo && toks[k-1].lower == "such")):
			boundary = true
		case fin && !claimRelRelativeIn(toks, lo, k):
			boundary = true
		}
		if boundary {
			s = k + 1
			break
		}
		finite = finite || fin
	}
	for s < vs && toks[s].span < 0 && (toks[s].tag == "RB" || toks[s].tag == "CC" || !toks[s].word && toks[s].quote == claimQuoteNone) {
		s++
	}
	if q := claimSubjectStart(toks, s, vs); q > s && claimWords(toks, q, vs) >= 1 {
		s = q
	}
	if claimWords(toks, s, vs) < 1 {
		return 0, false
	}
	return s, true
}

// claimRelClauseOpeners are subordinators that open an adverbial clause
// whose subject may be a passive's: "when he was accused by".
var claimRelClauseOpeners = map[string]bool{
	"although": true, "though": true, "while": true, "because": true, "if": true, "when": true, "whenever": true,
	"after": true, "before": true, "since": true, "unless": true, "until": true, "once": true, "whereas": true,
	"as": true, "whether": true,
}

// claimRelFiniteIn reports whether tokens [lo, e) outside quotations
// hold a finite verb.
func claimRelFiniteIn(toks []claimTok, lo, e int) bool {
	for k := lo; k < e; k++ {
		if t := toks[k]; t.span < 0 && t.word && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD") {
			return true
		}
	}
	return false
}

// claimRelRelativeIn reports whether a relative pronoun or wh-word
// stands among the few tokens before the finite verb at k, within
// [lo, k): the verb is that of a clause inside the subject ("Emails that
// contain material … were authored by").
func claimRelRelativeIn(toks []claimTok, lo, k int) bool {
	for j := k - 1; j >= lo && j >= k-6; j-- {
		if _, isRel := claimRelPronouns[toks[j].lower]; isRel || strings.HasPrefix(toks[j].tag, "W") {
			return true
		}
	}
	return false
}

// claimRelPassiveOnly are participles of verbs of liking, judging and
// taking up that are no cue in the active voice (too often about things)
// but attribute a stance in a passive with a person or body as agent:
// "She is well liked by the staff", "the idea was embraced by voters".
// Each maps to its lemma.
var claimRelPassiveOnly = map[string]string{
	"liked": "like", "loved": "love", "adored": "adore", "revered": "revere", "reviled": "revile",
	"despised": "despise", "detested": "detest", "loathed": "loathe", "admired": "admire", "respected": "respect",
	"esteemed": "esteem", "idolized": "idolize", "feared": "fear", "resented": "resent", "trusted": "trust",
	"embraced": "embrace", "shared": "share", "adopted": "adopt", "welcomed": "welcome", "ignored": "ignore",
	"booed": "boo", "heckled": "heckle", "vilified": "vilify", "demonized": "demonize", "lionized": "lionize",
	"scorned": "scorn", "snubbed": "snub", "shunned": "shun",
}

// claimRelPassiveFind returns a cue for the participle at i of
// claimRelPassiveOnly in a passive with its agent after "by" within the
// unit [a, b): "is" or "was" (and auxiliaries, adverbs) before it, "by"
// and a noun phrase after it.
func claimRelPassiveFind(toks []claimTok, a, b, i int) (claimCue, bool) {
	lemma, ok := claimRelPassiveOnly[toks[i].lower]
	if !ok || toks[i].span >= 0 || toks[i].tag != "VBN" && toks[i].tag != "VBD" {
		return claimCue{}, false
	}
	be := false
	for k := i - 1; k >= a && k >= i-4 && toks[k].span < 0; k-- {
		if cueBeForms[toks[k].lower] {
			be = true
			break
		}
		if toks[k].tag != "RB" {
			break
		}
	}
	if !be || i+2 >= b || toks[i+1].lower != "by" || toks[i+1].span >= 0 {
		return claimCue{}, false
	}
	if _, ok := claimRelAgent(toks, i+2, b); !ok {
		return claimCue{}, false
	}
	return claimCue{kind: cueVerb, start: i, end: i + 1, verb: i, form: cueVerbForm{lemma: lemma, class: cueBelief}}, true
}

// claimRelPassiveTrigger reports whether a word may be a participle of
// claimRelPassiveOnly, so that its sentence is tagged.
func claimRelPassiveTrigger(w string) bool {
	_, ok := claimRelPassiveOnly[w]
	return ok
}

// claimRelAskVerbs are verbs of asking and telling whose passive takes
// what was asked or told after its agent as content, not its subject
// (the addressee).
var claimRelAskVerbs = map[string]bool{
	"ask": true, "question": true, "press": true, "tell": true, "urge": true, "advise": true, "warn": true,
	"instruct": true, "remind": true, "inform": true, "encourage": true, "implore": true, "beg": true,
}

// claimRelAgent finds the end of a passive's agent starting at s, also
// after words of quantity before a number: "by nearly 6 in 10 voters",
// "by more than 40 states".
func claimRelAgent(toks []claimTok, s, b int) (int, bool) {
	if e, ok := spkChunkRight(toks, s, b); ok {
		return e, true
	}
	k := s
	for k < b && k < s+3 && toks[k].span < 0 && claimRelAgentQuantity[toks[k].lower] {
		k++
	}
	if k == s || k >= b || toks[k].tag != "CD" {
		return 0, false
	}
	return spkChunkRight(toks, k, b)
}

// claimRelAgentQuantity are words of quantity before a number.
var claimRelAgentQuantity = map[string]bool{
	"nearly": true, "almost": true, "about": true, "roughly": true, "around": true, "some": true, "only": true,
	"just": true, "more": true, "less": true, "fewer": true, "than": true, "over": true, "under": true,
}

package extract

import "strings"

// This file holds the agentless passives of a report or a release,
// which PolNeAR annotates as attributions without a source: "the deal was
// announced on Monday" (content: the subject), "it was revealed in March
// that she had used …" (content: the that-clause), "Sanders was
// projected the winner" (content: subject, then complement). A passive
// with its agent ("was announced by the White House") names its source
// and is left to claimPassiveBy.

// claimNamingPassiveCue is an agentless passive of claimNamingReports
// at its form of "be"; its content is its subject, with the complement
// after the participle when there is one, or the that-clause after an
// expletive "it".
const claimNamingPassiveCue claimCueKind = iota + 120

// claimNamingReports are the participles of announcing, revealing and
// reporting whose agentless passive reports without a source. The value
// is true when a noun phrase complement may follow ("was named the
// winner", "was projected the winner").
var claimNamingReports = map[string]bool{
	"announced": true, "revealed": false, "reported": false, "disclosed": false, "confirmed": false,
	"projected": true, "shown": false, "released": false, "argued": false, "booed": false,
	"unveiled": false, "published": false, "leaked": false, "named": true,
	"requested": false, "debated": false, "discussed": false, "nominated": false, "listed": false, "approved": false,
	"signed": false, "mentioned": false, "cited": false, "documented": false, "predicted": false,
}

// claimNamingPassive finds an agentless passive of claimNamingReports at
// the form of "be" at i: "was announced", "has been previously reported",
// "is shown".
func claimNamingPassive(toks []claimTok, a, b, i int) (claimCue, bool) {
	if i == a || !cueBeForms[toks[i].lower] || toks[b-1].text == ":" {
		return claimCue{}, false // "… is recorded in detail: “…”" introduces a quotation
	}
	if (toks[i].lower == "’s" || toks[i].lower == "'s") && toks[i-1].lower != "it" {
		return claimCue{}, false // "He’s reported from …", "Trump’s leaked taxes"
	}
	j := i + 1
	for j < b && toks[j].span < 0 && (toks[j].tag == "RB" || toks[j].lower == "being" || toks[j].lower == "been") && j <= i+3 {
		j++
	}
	if j >= b || toks[j].span >= 0 {
		return claimCue{}, false
	}
	if _, ok := claimNamingReports[toks[j].lower]; !ok || toks[j].tag != "VBN" && toks[j].tag != "VBD" && toks[j].tag != "JJ" {
		return claimCue{}, false
	}
	if j+1 < b && (toks[j+1].lower == "to" || toks[j+1].lower == "from") {
		return claimCue{}, false // "is reported to have …", "was released from prison"
	}
	if j+1 < b && toks[j+1].text == ":" {
		return claimCue{}, false // "is shown lecturing:": a quotation's cue
	}
	st := claimVerbGroupStart(toks, a+1, i)
	for k := st; k < j; k++ {
		if toks[k].tag == "MD" {
			return claimCue{}, false // "will be released": not yet a report
		}
	}
	// A passive with its agent names the source (claimPassiveBy).
	for k := j + 1; k < b && k <= j+6; k++ {
		if toks[k].lower == "by" {
			return claimCue{}, false
		}
		if toks[k].text == "," || toks[k].text == "." {
			break
		}
	}
	return claimCue{kind: claimNamingPassiveCue, start: st, end: j + 1, verb: j}, true
}

// claimNamingPassiveAttribute builds the draft of a passive cue of
// claimNamingPassive: after an expletive "it", the that-clause; else the
// subject, then the participle's complement if any.
func claimNamingPassiveAttribute(toks []claimTok, a, b int, c claimCue, d claimDraft) (claimDraft, bool) {
	if c.start-1 >= a && toks[c.start-1].lower == "it" {
		// "it was revealed in March that …".
		for k := c.end; k < b && k <= c.end+5; k++ {
			if toks[k].span >= 0 || toks[k].text == "," || strings.HasPrefix(toks[k].tag, "VB") {
				break
			}
			if toks[k].lower == "that" {
				e := srclessComplementEnd(toks, k, b, true)
				seg, ok := claimSeg(toks, k, e)
				if !ok || claimWords(toks, k+1, e) < 2 {
					return d, false
				}
				d.segs, d.maxTok = [][2]int{seg}, e
				return d, true
			}
		}
	}
	ss, se, ok := srclessSubject(toks, a, c.start, false)
	if !ok {
		ss, se, ok = srclessCoordSubject(toks, a, c.start)
	}
	if !ok || toks[ss].tag == "WDT" || toks[ss].tag == "WP" {
		return d, false // "which will be released": the relative clause of a noun
	}
	if claimNamingCutSubject(toks, a, ss) || claimNamingSubjectCue(toks, ss, se) {
		return d, false
	}
	if e, ok := claimNamingComplement(toks, b, c); ok {
		if toks[e-1].text == ":" || e < b && toks[e].text == ":" {
			return d, false // "is shown lecturing: “…”"
		}
		if srclessInAside(toks, a, ss, e, b) {
			return d, false
		}
		return srclessAround(toks, d, ss, se, c.end, e)
	}
	if n := c.end; n < b && srclessNPStart(toks[n]) && !spkTimeWords[toks[n].lower] && !strings.HasPrefix(toks[n].tag, "NNP") {
		return d, false // "was shown the door": a passive of giving
	}
	seg, ok := claimSeg(toks, ss, se)
	if !ok {
		return d, false
	}
	d.segs, d.maxTok = [][2]int{seg}, c.end
	return d, true
}

// claimNamingComplement returns the end of the complement right after a
// passive cue, if it has one: "as" and a noun phrase ("was revealed as a
// backer"), a noun phrase after a participle that takes one ("was
// projected the winner"), or a present participle ("is shown discussing
// his plan").
func claimNamingComplement(toks []claimTok, b int, c claimCue) (int, bool) {
	s := c.end
	if s >= b || toks[s].span >= 0 && toks[s].quote == claimQuoteNone {
		return 0, false
	}
	n := toks[s]
	switch {
	case n.lower == "as" && s+1 < b && srclessNPStart(toks[s+1]):
	case claimNamingReports[toks[c.verb].lower] && n.span >= 0 && n.quote != claimQuoteNone:
		// "was named “The Pete Show”".
	case claimNamingReports[toks[c.verb].lower] && srclessNPStart(n) && !strings.HasPrefix(n.tag, "NNP") && !spkTimeWords[n.lower]:
	case n.tag == "VBG":
	default:
		return 0, false
	}
	e := srclessComplementEnd(toks, s, b, false)
	if claimWords(toks, s, e) == 0 {
		return 0, false
	}
	return e, true
}

// claimNamingSubordinators open an adverbial clause whose subject may
// follow them: "after the report was released".
var claimNamingSubordinators = map[string]bool{
	"after": true, "before": true, "when": true, "while": true, "since": true, "because": true, "as": true, "if": true,
	"until": true, "once": true, "although": true, "though": true, "whether": true, "unless": true, "where": true,
}

// claimNamingCutSubject reports whether the subject found leftwards from
// the verb and starting at ss is only the end of a longer noun phrase:
// the token before it is a preposition, a verb or a number ("the e-mails
// she submitted to the State Department have been released").
func claimNamingCutSubject(toks []claimTok, a, ss int) bool {
	if ss-1 < a {
		return false
	}
	p := toks[ss-1]
	if p.span >= 0 || claimNamingSubordinators[p.lower] {
		return false
	}
	return p.tag == "IN" || p.tag == "TO" || p.tag == "CD" || strings.HasPrefix(p.tag, "VB")
}

// claimNamingParticiples are the participles that give a noun its name
// in a reduced relative clause: "a group called the Freedom Fund", "the
// resort, now called Trump National Doral", "an ad titled “Unifier?”".
// "named" was measured and left out: PolNeAR does not annotate "a man
// named …".
var claimNamingParticiples = map[string]bool{
	"called": true, "titled": true, "entitled": true, "dubbed": true, "nicknamed": true,
}

// claimNamingAfterComma are the naming participles that make a cue only
// after a comma, as an aside: "the resort, now called Trump National
// Doral, …"; PolNeAR seldom annotates "a group called …".
var claimNamingAfterComma = map[string]bool{"called": true}

// claimNamingFind finds a naming participle at i after a common noun, or
// after a comma that follows one, with optional adverbs ("now called"),
// whose complement is a name: a quotation, or capitalized words with
// "the" and joining words. After the name comes the end of the clause,
// a comma, a dash or a relative pronoun, not a second complement ("Ames
// called Trump a liar" is speech). Its content is built as a reduced
// relative's (srclessReducedAttribute): the noun phrase, then the name.
func claimNamingFind(toks []claimTok, a, b, i int) (claimCue, bool) {
	if !claimNamingParticiples[toks[i].lower] || toks[i].tag != "VBN" && toks[i].tag != "VBD" {
		return claimCue{}, false
	}
	st := i
	for st-1 > a && toks[st-1].tag == "RB" && st > i-2 && toks[st-1].span < 0 {
		st--
	}
	if st-1 < a {
		return claimCue{}, false
	}
	p := toks[st-1]
	noun := func(t claimTok) bool { return (t.tag == "NN" || t.tag == "NNS") && !t.upper && t.span < 0 }
	aside := p.text == "," && st-2 >= a && noun(toks[st-2])
	if !aside && (!noun(p) || claimNamingAfterComma[toks[i].lower]) {
		return claimCue{}, false
	}
	n, ok := claimNamingNameEnd(toks, b, i+1)
	if !ok {
		return claimCue{}, false
	}
	if n < b {
		switch f := toks[n]; {
		case f.text == "," || f.text == "." || f.text == ";" || f.text == ")" || claimDashes[f.text] || f.text == "--":
		case f.lower == "which" || f.lower == "that" || f.lower == "who" || f.lower == "in" || f.lower == "and":
		default:
			return claimCue{}, false
		}
	}
	return claimCue{kind: cueAroundReduced, start: st, end: i + 1, verb: i}, true
}

// claimNamingNameEnd returns the end of the name starting at s: a
// quotation, or "the" and capitalized words joined by "of", "and", "for"
// or "&".
func claimNamingNameEnd(toks []claimTok, b, s int) (int, bool) {
	if s >= b {
		return 0, false
	}
	if sp := toks[s].span; sp >= 0 {
		if toks[s].quote == claimQuoteNone {
			return 0, false
		}
		k := s
		for k < b && toks[k].span == sp {
			k++
		}
		return k, true
	}
	k := s
	if toks[k].lower == "the" {
		k++
	}
	e := k
	for k < b && toks[k].span < 0 {
		t := toks[k]
		switch {
		case t.word && t.upper:
			k++
			e = k
		case k > s && (t.lower == "of" || t.lower == "and" || t.lower == "for" || t.text == "&") && k+1 < b && toks[k+1].upper:
			k++
		default:
			return e, e > s && toks[e-1].upper
		}
	}
	return e, e > s && toks[e-1].upper
}

// claimNamingSubjectCue reports whether the subject [ss, se) holds a
// verb of the cue lexicon, as in a relative clause "The plan, which Dale
// said would cut costs, was approved": its words are that cue's.
func claimNamingSubjectCue(toks []claimTok, ss, se int) bool {
	for k := ss; k < se; k++ {
		if _, ok := cueLexicon().verbs[toks[k].lower]; ok && strings.HasPrefix(toks[k].tag, "VB") {
			return true
		}
	}
	return false
}

package extract

import "strings"

// claimQuoteTail is the fallback for a sentence led by a quotation whose
// attribution uses a verb no lexicon holds: "“Go back,” Trump barked.",
// "“This is fantastic!” beamed Donald Hartley." The quotation must end
// in a comma, question or exclamation mark, and a subject with a finite
// verb (or an inverted verb with its subject) must follow it directly.
func claimQuoteTail(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	if !claimOpens(toks, a) {
		return d, false
	}
	cl := -1
	for k := a + 1; k < b; k++ {
		if toks[k].span != toks[a].span {
			break
		}
		cl = k
	}
	if cl < 0 || cl+2 >= b || toks[cl].quote == claimQuoteNone || claimWords(toks, a, cl) < 1 {
		return d, false
	}
	pe := cl - 1
	if (toks[pe].text == "'" || toks[pe].text == "’") && pe-1 > a {
		pe-- // a nested quotation closes with it: "… ‘the comeback,'”"
	}
	if p := toks[pe].text; p != "," && p != "?" && p != "!" && p != "—" && p != "--" {
		return d, false
	}
	finite := func(t claimTok) bool {
		return t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" && t.lower != "have" && t.lower != "do"
	}
	k := cl + 1
	if finite(toks[k]) && !cueBeForms[toks[k].lower] {
		// Inverted: "“…!” beamed Donald Hartley".
		re, ok := spkChunkRight(toks, k+1, b)
		if !ok || !toks[k+1].upper && toks[k+1].tag != "DT" && toks[k+1].tag != "CD" {
			return d, false
		}
		d = claimDraft{cue: [2]int{toks[k].start, toks[k].end}, hasCue: true, spkS: k + 1, spkE: re}
	} else {
		re, ok := spkChunkRight(toks, k, b)
		if ok && re-2 >= k && (re == b || !finite(toks[re])) && claimMistaggedVerb(toks, re-1) {
			// "“…,” Blige sings to Clinton": the tagger read the verb as a
			// plural noun of the name's phrase.
			re--
		} else if !ok || re >= b || !finite(toks[re]) || cueBeForms[toks[re].lower] || toks[re].lower == "has" {
			return d, false
		}
		head := toks[re-1]
		if _, pron := spkPronouns[head.lower]; !pron && !head.upper && !(strings.HasPrefix(head.tag, "NN") && toks[k].tag == "DT") {
			return d, false
		}
		ce := re + 1
		if ce < b && (toks[ce].lower == "back" || toks[ce].lower == "out" || toks[ce].lower == "up" || toks[ce].lower == "in") {
			ce++ // "shot back", "cut in"
		}
		d = claimDraft{cue: [2]int{toks[re].start, toks[ce-1].end}, hasCue: true, spkS: k, spkE: re}
	}
	seg, ok := claimSeg(toks, a, cl+1)
	if !ok {
		return d, false
	}
	d.segs, d.conf, d.maxTok, d.quoteLed = [][2]int{seg}, 0.6, b, true
	return d, true
}

// claimBareVerbs are verbs of writing whose past tense is spelled like
// a noun, which the tagger reads as one at the end of a sentence.
var claimBareVerbs = map[string]bool{"read": true, "reads": true, "put": true}

// claimMistaggedVerb reports whether token k, tagged as a plural noun
// right after a capitalised name ("Blige sings"), is a present-tense verb:
// a lower-case word in -s not itself a noun of people; or one of
// claimBareVerbs after a noun, ending its clause ("the article read.").
func claimMistaggedVerb(toks []claimTok, k int) bool {
	t := toks[k]
	if claimBareVerbs[t.lower] && strings.HasPrefix(t.tag, "NN") && strings.HasPrefix(toks[k-1].tag, "NN") && (k+1 == len(toks) || !toks[k+1].word) {
		// "“…,” the article read.": a past tense spelled like a noun.
		return true
	}
	return t.tag == "NNS" && !t.upper && strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") &&
		toks[k-1].upper && toks[k-1].word && !spkPeopleNouns[t.lower] && !cueLexicon().titles[t.lower]
}

// claimLoneQuote is the fallback for a sentence that is one quotation of
// at least claimLoneMinWords words with no cue: in news it continues the
// nearest preceding speaker, the source of the last claim when that claim
// lies in the same or the previous paragraph.
func claimLoneQuote(toks []claimTok, a, b, pi int, drafts []claimDraft) (claimDraft, bool) {
	var d claimDraft
	if !claimQuoteOnly(toks, a, b) || claimWords(toks, a, b) < claimLoneMinWords || len(drafts) == 0 {
		return d, false
	}
	prev := drafts[len(drafts)-1]
	if prev.para < pi-1 || prev.spkS == prev.spkE {
		return d, false
	}
	s, e := claimTrim(toks, a, b)
	seg, ok := claimSeg(toks, s, e)
	if !ok {
		return d, false
	}
	d = claimDraft{segs: [][2]int{seg}, spkS: prev.spkS, spkE: prev.spkE, spkPara: prev.spkPara, conf: 0.5, maxTok: b}
	return d, true
}

// claimLoneMinWords is the least number of words of a lone quotation that
// claimLoneQuote attributes; shorter ones are mostly scare quotes or titles.
const claimLoneMinWords = 8

// claimThatClause is the fallback for a verb outside the lexicons that
// takes a that-clause: "prosecutors determined that …", "the report
// concluded that …". Verbs of communication and cognition are the ones
// that take such clauses, so the subject is their source.
func claimThatClause(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	for k := a + 1; k+2 < b; k++ {
		t := toks[k]
		if t.lower != "that" || t.tag != "IN" || t.span >= 0 {
			continue
		}
		v := k - 1
		// "groused to a crowd in Georgia that …": a short prepositional
		// phrase may stand between the verb and "that".
		for j := k - 1; j > a && k-j <= 6; j-- {
			if tg := toks[j].tag; tg == "VBD" || tg == "VBZ" || tg == "VBP" || tg == "VBN" {
				v = j
				break
			}
			if tg := toks[j].tag; toks[j].span >= 0 || !(tg == "IN" || tg == "TO" || tg == "DT" || strings.HasPrefix(tg, "NN") || tg == "JJ" || tg == "CD" || tg == "PRP") {
				break
			}
		}
		if tg := toks[v].tag; tg != "VBD" && tg != "VBZ" && tg != "VBP" && tg != "VBN" || cueBeForms[toks[v].lower] {
			continue
		}
		if _, stop := cueOpenStop()[toks[v].lower]; stop {
			continue // grammatical verbs: "the rules mean that …"
		}
		if v < k-1 && toks[v+1].tag != "IN" && toks[v+1].tag != "TO" {
			continue // "told reporters that" is the lexicon's; "saw the man that …" no cue
		}
		vs := v
		for vs-1 > a && (cueLexicon().adverbs[toks[vs-1].lower] || toks[vs-1].tag == "RB" || toks[vs-1].tag == "MD") {
			vs--
		}
		if claimThatResult(toks, vs, k) {
			continue
		}
		ls, le, ok := spkChunkLeft(toks, a, vs)
		if !ok || le != vs || !spkValid(toks, ls, le, cueSpeech) || !claimAdverbialLead(toks, a, ls) {
			continue
		}
		e := claimContentEnd(toks, k, b)
		if !claimIsClause(toks, k+1) && toks[k+1].tag != "DT" && !strings.HasPrefix(toks[k+1].tag, "NN") && toks[k+1].tag != "PRP" {
			continue
		}
		minWords := 4
		if j, ok := claimThatDeterminer(toks, k, e); ok {
			// "adopted that approach in the plan": the content is the
			// noun phrase "that" determines.
			e, minWords = j, 2
		}
		seg, ok := claimSeg(toks, k, e)
		if !ok || claimWords(toks, k, e) < minWords {
			continue
		}
		d = claimDraft{cue: [2]int{toks[vs].start, toks[v].end}, hasCue: true, spkS: ls, spkE: le, conf: 0.5, maxTok: e, segs: [][2]int{seg}}
		return d, true
	}
	return d, false
}

// claimThatResult reports whether tokens [vs, k) before "that" hold the
// degree word of a result clause ("were so revered that …", "concerned
// enough that …"), which reports nothing.
func claimThatResult(toks []claimTok, vs, k int) bool {
	for j := vs; j < k; j++ {
		switch toks[j].lower {
		case "so", "such", "enough", "too":
			return true
		}
	}
	return false
}

// claimThatDeterminer reports whether "that" at k is the determiner of
// a singular noun phrase rather than a conjunction ("adopted that
// approach in the plan"): lower-case adjectives and singular nouns
// after it, not followed by a verb; it returns the phrase's end.
func claimThatDeterminer(toks []claimTok, k, e int) (int, bool) {
	j := k + 1
	for j < e && toks[j].span < 0 && !toks[j].upper && (toks[j].tag == "JJ" || toks[j].tag == "NN") && !claimThatPronouns[toks[j].lower] {
		j++
	}
	if j == k+1 || toks[j-1].tag != "NN" {
		return 0, false
	}
	if j < e && (strings.HasPrefix(toks[j].tag, "VB") || toks[j].tag == "MD") {
		return 0, false
	}
	return j, true
}

// claimThatPronouns are indefinite pronouns the tagger reads as nouns,
// which open the subject of a that-clause ("that none of them …").
var claimThatPronouns = map[string]bool{
	"none": true, "nothing": true, "nobody": true, "everyone": true, "everything": true, "everybody": true,
	"someone": true, "something": true, "somebody": true, "anyone": true, "anything": true, "anybody": true,
	"each": true, "all": true, "one": true,
}

// claimAskedLeads are the words before "asked" that are not part of its
// cue: conjunctions and the comma of "McCain said, asked about …".
var claimAskedLeads = map[string]bool{"after": true, "if": true, "once": true, "when": true, "whenever": true, "while": true, ",": true}

// claimAskedQuestion finds the question of "when asked whether …", "was
// asked about …", "Asked if …,": the content is the question, and the
// source, the one who asked, is unnamed.
func claimAskedQuestion(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	for k := a; k+2 < b; k++ {
		if toks[k].lower != "asked" || toks[k].span >= 0 {
			continue
		}
		if k > a {
			switch toks[k-1].lower {
			case "when", "after", "was", "were", "is", "are", "being", "been", "if", "once", "whenever", "while", ",":
			default:
				continue
			}
		}
		s := k + 1
		// Adverbs and a short place or time phrase may come first:
		// "asked specifically what", "Asked in Iowa recently whether".
		// A time phrase the tagger reads as an adjective and noun may
		// come too: "asked last month about" (cueTimeGapUnit).
		for s < b && s < k+7 {
			g := cueTimeGapUnit(toks, b, s)
			if g == s || g > k+7 {
				break
			}
			s = g
		}
		for s < b && s < k+7 && (toks[s].tag == "RB" || toks[s].tag == "IN" && toks[s].lower != "about" && toks[s].lower != "for" && toks[s].lower != "whether" && toks[s].lower != "if" || toks[s].tag == "NNP" || toks[s].tag == "DT" || toks[s].tag == "NN" || toks[s].tag == "CD") && toks[s].span < 0 {
			s++
		}
		if s >= b {
			continue
		}
		switch n := toks[s].lower; {
		case n == "about" || n == "for" && k > a:
			s++
		case n == "whether" || n == "if" || n == "what" || n == "how" || n == "why" || n == "who" || n == "whom" || n == "whose" || n == "which" || n == "when" || n == "where":
		case n == "to" && s+1 < b && toks[s+1].tag == "VB":
		default:
			continue
		}
		e := claimAskedEnd(toks, s, b)
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 2 {
			continue
		}
		st := k
		if k > a && toks[k-1].tag != "WRB" && !claimAskedLeads[toks[k-1].lower] {
			st = k - 1 // "was asked"
		}
		ce := k + 1
		if toks[k+1].lower == "about" || toks[k+1].lower == "for" {
			ce++
		}
		d = claimDraft{cue: [2]int{toks[st].start, toks[ce-1].end}, hasCue: true, segs: [][2]int{seg}, conf: 0.5, maxTok: e}
		// "Asked whether …, Rubio gave a roundabout answer": the one asked
		// is the subject of the main clause.
		if k == a && e+1 < b && toks[e].text == "," {
			if re, ok := spkChunkRight(toks, e+1, b); ok && re < b && (toks[re].tag == "VBD" || toks[re].tag == "VBZ" || toks[re].tag == "VBP" || toks[re].tag == "MD" || toks[re].tag == "RB") {
				d.spkS, d.spkE = e+1, re
			}
		}
		return d, true
	}
	return d, false
}

// claimAskedEnd returns where the question of claimAskedQuestion, which
// starts at s, ends: at the first comma, full stop, semicolon, question
// mark or dash outside quotation marks ("how she would define the
// “establishment” - the term …"); at a parenthesis; and after a
// quotation that closes on a comma ("Asked whether the plan is “fair,”
// 40 percent said yes").
func claimAskedEnd(toks []claimTok, s, b int) int {
	e := s
	for ; e < b; e++ {
		t := toks[e]
		if t.span >= 0 {
			// A straight mark closes its span when the next token is
			// outside it.
			closes := t.quote == claimQuoteClose || t.quote != claimQuoteNone && t.quote != claimQuoteOpen && (e+1 >= b || toks[e+1].span != t.span)
			if closes && e > s && toks[e-1].text == "," && toks[e-1].span == t.span {
				return e + 1
			}
			continue
		}
		if t.lower == "by" && toks[s].lower == "to" && e > s+2 && e+1 < b && toks[e+1].tag != "VBG" {
			// "asked to preserve them by the committee": the passive's
			// agent, not part of the request ("by cutting costs" is).
			return e
		}
		switch t.text {
		case ",", ".", ";", ":", "?", "—":
			return e
		case "-", "–", "--", "(":
			if e > s && t.start > toks[e-1].end {
				return e // a spaced hyphen or en dash stands for a dash
			}
		}
	}
	return e
}

// claimPollWords are the nouns of claimInPoll.
var claimPollWords = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "polling": true}

// claimInPoll attributes a finding to the poll it comes from: "Clinton
// held a 24-point lead in a CNN national poll.", "In the latest survey,
// 71 percent approved." The source is the poll, the cue "in".
func claimInPoll(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	for k := a; k+1 < b; k++ {
		if toks[k].lower != "in" || toks[k].span >= 0 {
			continue
		}
		p := -1
		for j := k + 1; j < b && j <= k+10; j++ { // "in the latest Channel 4 News/Daily Courier poll"
			if claimPollWords[toks[j].lower] {
				p = j
				break
			}
			if !toks[j].word && toks[j].text != "/" && toks[j].text != "-" {
				break
			}
		}
		if p < 0 || (p+1 < b && toks[p+1].lower == "of") {
			continue
		}
		var s, e int
		if k == a || claimAdverbialLead(toks, a, k) && k-a <= 2 {
			// "In a CNN poll, …": the content follows the comma.
			c := p + 1
			for c < b && toks[c].text != "," && c <= p+5 {
				c++
			}
			if c >= b || toks[c].text != "," {
				continue
			}
			s, e = c+1, b
			// "In the latest poll, conducted in May, Clinton led": a
			// participle phrase about the poll comes first.
			if s < b && (toks[s].tag == "VBN" || toks[s].tag == "VBG") {
				for s < b && toks[s].text != "," {
					s++
				}
				s++
			}
		} else {
			s, e = claimMultiPollLead(toks, a, k), k
			// "Fifteen percent of voters in the poll were undecided": the
			// poll names where the subject was counted; the finding goes
			// on after it.
			if q := p + 1; q < b && (toks[q].tag == "VBD" || toks[q].tag == "VBZ" || toks[q].tag == "VBP" || toks[q].tag == "MD" || cueBeForms[toks[q].lower] || toks[q].lower == "have" || toks[q].lower == "has" || toks[q].lower == "had") {
				continue
			}
		}
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 3 || !claimPollFinding(toks, s, e) {
			continue
		}
		d = claimDraft{cue: [2]int{toks[k].start, toks[k].end}, hasCue: true, segs: [][2]int{seg}, spkS: k + 1, spkE: p + 1, conf: 0.4, maxTok: b}
		return d, true
	}
	return d, false
}

// claimMultiPollLead returns where the finding starts in a sentence
// [a, k) that ends before "in the poll": after a leading subordinate
// clause and its comma ("While Clinton leads in Iowa, she trails …"), or
// after a relative pronoun opening the clause ("Cruz, who leads Trump in
// polls"), else a.
func claimMultiPollLead(toks []claimTok, a, k int) int {
	s := a
	if claimClauseSubordinators[toks[a].lower] {
		for j := a + 1; j < k; j++ {
			if toks[j].text == "," && toks[j].span < 0 {
				s = j + 1
			}
		}
		if s == a {
			return k // the poll belongs to the subordinate clause
		}
	}
	for j := k - 1; j > s; j-- {
		if toks[j].text == "," {
			return s // a relative clause closed before the poll is an aside
		}
		if (toks[j].lower == "who" || toks[j].lower == "where" || toks[j].lower == "which") && toks[j-1].text == "," {
			return j + 1
		}
	}
	return s
}

// claimPollFinding reports whether tokens [s, e) read as a poll's finding:
// a figure or a standing in the race.
func claimPollFinding(toks []claimTok, s, e int) bool {
	for k := s; k < e; k++ {
		switch l := toks[k].lower; {
		case l != "" && l[0] >= '0' && l[0] <= '9', l == "percent", l == "lead", l == "leads", l == "led", l == "ahead", l == "behind", l == "trails", l == "trailed", l == "points", l == "majority", l == "half":
			return true
		}
	}
	return false
}

// claimVerbQuote is the fallback for a whole quotation after a verb no
// lexicon holds, closing its clause: "a man yelled “Stay there!”",
// "Protesters chanted “What curfew?” and kept going", "He went on to
// say, “…”", "The senator gave a blunt reply: “…”". The source is the
// subject of the clause the quotation closes, the cue runs from its verb
// to the quotation (claimVerbSubject).
func claimVerbQuote(toks []claimTok, a, b int) (claimDraft, bool) {
	if d, ok := claimInvertedLead(toks, a, b); ok {
		return d, true
	}
	if d, ok := claimNameColonQuote(toks, a, b); ok {
		return d, true
	}
	var d claimDraft
	q := claimFirstOpen(toks, a, b)
	if q < 0 {
		return d, false
	}
	cl := q
	for cl+1 < b && toks[cl+1].span == toks[q].span {
		cl++
	}
	if cl == q || toks[cl].quote == claimQuoteNone || claimWords(toks, q, cl) < 1 || !claimWholeUtterance(toks, q, cl) || !claimClauseTail(toks, cl+1, b) {
		return d, false
	}
	if cl+1 < b && toks[cl+1].word && !claimEndsPunct(toks[cl-1].text) {
		// "specified “Christian” as their religion": before a conjunction
		// only a quotation closed by punctuation is an utterance.
		return d, false
	}
	// The quotation follows its verb directly or after a comma, colon or
	// dash; after a preposition or a noun it is a quoted term ("the
	// documentary “Weiner.”").
	if pt := toks[q-1]; !strings.HasPrefix(pt.tag, "VB") && pt.tag != "IN" && pt.tag != "TO" && pt.text != "," && pt.text != ":" && pt.text != "—" && pt.text != "--" {
		return d, false
	}
	vs, ls, le, ok := claimVerbSubject(toks, a, q)
	if !ok {
		return d, false
	}
	ce := q
	for ce-1 > vs && (toks[ce-1].text == "," || toks[ce-1].text == "—" || toks[ce-1].text == "--") {
		ce--
	}
	seg, ok := claimSeg(toks, q, cl+1)
	if !ok {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[vs].start, toks[ce-1].end}, hasCue: true, spkS: ls, spkE: le, conf: 0.5, maxTok: cl + 1, segs: [][2]int{seg}}
	return d, true
}

// claimVerbSubject finds the clause that a quotation at token q belongs
// to: the finite verb nearest before it with a subject, after any
// introductory participle or subordinate clause of [a, q). It returns
// where the cue starts (adverbs before the verb included) and the
// subject's tokens.
func claimVerbSubject(toks []claimTok, a, q int) (vs, ls, le int, ok bool) {
	// An introductory participle or subordinate clause ends at its comma.
	s := a
	if t := toks[a]; t.tag == "VBN" || t.tag == "VBG" || claimSubordinators[t.lower] {
		for s < q && toks[s].text != "," {
			s++
		}
		s++
	}
	// The quotation belongs to the clause nearest it: try the finite
	// verbs from the quotation back, each with the subject before it
	// ("but Kevin was drifting off, and Trump went on about “…”").
	v := -1
	for j := q - 1; j >= s && q-j <= 14; j-- {
		if toks[j].span >= 0 {
			return -1, -1, -1, false
		}
		if tg := toks[j].tag; tg != "VBD" && tg != "VBZ" && tg != "VBP" && tg != "MD" && !claimParticleVerb(toks, j, q) {
			continue
		}
		if cueBeForms[toks[j].lower] && (j+1 >= q || !strings.HasPrefix(toks[j+1].tag, "VB")) {
			continue // "the loss was “long anticipated.”": no cue
		}
		js := j
		for js-1 > s && (cueLexicon().adverbs[toks[js-1].lower] || toks[js-1].tag == "RB") {
			js--
		}
		cs, ce, ok := spkChunkLeft(toks, s, js)
		if ok && ce == js {
			cs, ce = claimModifiedSubject(toks, s, cs, ce)
		}
		if ok && ce == js && spkValid(toks, cs, ce, cueSpeech) && (claimAdverbialLead(toks, s, cs) || claimClauseBreak[toks[cs-1].lower]) {
			v, vs, ls, le = j, js, cs, ce
			break
		}
	}
	return vs, ls, le, v >= 0
}

// claimParticleVerb reports whether token j, which the tagger did not
// read as a finite verb, is one with a particle right before the
// quotation at q: "Hillary shot back, “…”".
func claimParticleVerb(toks []claimTok, j, q int) bool {
	t := toks[j]
	if j == 0 || !t.word || t.upper || !(t.tag == "NN" || t.tag == "VBN") || j+2 >= q || !toks[j-1].upper {
		return false
	}
	if p := toks[j+1].lower; p != "back" && p != "out" {
		return false
	}
	return j+3 == q && (toks[j+2].text == "," || toks[j+2].text == ":")
}

// claimModifiedSubject widens a subject [ls, le) found right before a
// verb that is the object of a participle modifying the real subject:
// in "Protesters marching through the streets chanted", the phrase
// before the verb is "the streets", the subject "Protesters marching
// through the streets". It returns the phrase unchanged otherwise.
func claimModifiedSubject(toks []claimTok, s, ls, le int) (int, int) {
	if ls-2 < s || toks[ls-1].tag != "IN" {
		return ls, le
	}
	for k := ls - 2; k >= s && k >= ls-3; k-- {
		if toks[k].tag == "VBG" || toks[k].tag == "VBN" {
			if hs, he, ok := spkChunkLeft(toks, s, k); ok && he == k && (strings.HasPrefix(toks[he-1].tag, "NNS") || toks[he-1].upper) {
				return hs, le
			}
			return ls, le
		}
		if !(toks[k].tag == "RB" || toks[k].tag == "RP" || toks[k].tag == "IN") {
			return ls, le
		}
	}
	return ls, le
}

// claimWholeUtterance reports whether the quotation from token q to its
// closing mark cl reads as something said rather than a quoted term: it
// starts with a capital letter or ends in sentence punctuation.
func claimWholeUtterance(toks []claimTok, q, cl int) bool {
	if q+1 < cl && toks[q+1].upper {
		return true
	}
	switch toks[cl-1].text {
	case ".", "!", "?", "…", "...":
		return true
	}
	return false
}

// claimClauseTail reports whether tokens [k, b) after a quotation end its
// clause: nothing but punctuation, or a dash, a comma or a conjunction
// opening what follows ("… and kept going", "…, until shots are heard").
func claimClauseTail(toks []claimTok, k, b int) bool {
	if k >= b {
		return true
	}
	switch toks[k].lower {
	case ".", "—", "--", "–", ",", ";", "and", "until", "as", "before", "while", "when", "but", ")":
		return true
	}
	return false
}

// claimVerbObjectQuote is the fallback for a mixed quotation in the
// object of a verb no lexicon holds: "Reid has been pounding Trump as a
// “con artist”", "Cruz exhorted Republicans to “vote your conscience”".
// Quoting words in the object of a verb of the subject attributes them
// to the subject; the content is the object, up to the end of its clause
// or the first comma after the quotation.
func claimVerbObjectQuote(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	q := claimFirstOpen(toks, a, b)
	if q < 0 {
		return d, false
	}
	vs, ls, le, ok := claimVerbSubject(toks, a, q)
	if !ok {
		return d, false
	}
	v := vs
	for v < q && !(toks[v].tag == "VBD" || toks[v].tag == "VBZ" || toks[v].tag == "VBP" || toks[v].tag == "MD") {
		v++
	}
	// The verb group: auxiliaries, adverbs and participles after it.
	s := v + 1
	for s < q && (strings.HasPrefix(toks[s].tag, "VB") || toks[s].tag == "RB" || toks[s].tag == "RP") {
		s++
	}
	if s >= q || q-s > 10 || claimHasQuote(toks, s, q) {
		return d, false
	}
	for k := s; k < q; k++ {
		if toks[k].text == "," || toks[k].text == ":" || toks[k].lower == "that" {
			return d, false // other fallbacks and rules own these
		}
	}
	e := claimContentEnd(toks, s, b)
	cl := q
	for cl+1 < e && toks[cl+1].span == toks[q].span {
		cl++
	}
	for k := cl + 1; k < e; k++ {
		if toks[k].span < 0 && (toks[k].text == "," || toks[k].text == "—" || toks[k].text == "--") {
			e = k
			break
		}
	}
	if cl >= e || claimWords(toks, s, e) < 2 || claimTitleQuote(toks, q, cl) || !spkValid(toks, ls, le, cueBelief) {
		return d, false
	}
	// The content ends with its quoted words: "Trump as a “con artist”",
	// not "a party at the “Red Neck Country Club” outside Houston".
	last := cl
	for k := cl + 1; k < e; k++ {
		if toks[k].quote != claimQuoteNone {
			last = k
		}
	}
	if claimWords(toks, last, e) > 2 {
		return d, false
	}
	// A quoted phrase of a word or two is mostly a scare quote or a
	// term ("the now-derided “establishment”"), not words of the subject,
	// unless it names the object ("as a “con artist”") or is an epithet
	// before a name ("mocked “sleepy” Joe Harlan").
	if claimLongestQuoted(toks, q, e) < claimObjectQuoteMinWords && !claimQuotedAfterAs(toks, s, q) && !(cl+1 < e && toks[cl+1].tag == "NNP" && toks[cl+1].upper) {
		return d, false
	}
	seg, ok := claimSeg(toks, s, e)
	if !ok {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[vs].start, toks[s-1].end}, hasCue: true, spkS: ls, spkE: le, conf: 0.4, maxTok: e, segs: [][2]int{seg}}
	return d, true
}

// claimObjectQuoteMinWords is the least number of words of the longest
// quotation in the content of claimVerbObjectQuote.
const claimObjectQuoteMinWords = 3

// claimLongestQuoted returns the number of words of the longest
// quotation among tokens [s, e).
func claimLongestQuoted(toks []claimTok, s, e int) int {
	best, n, span := 0, 0, -1
	for k := s; k < e; k++ {
		if toks[k].span != span {
			span, n = toks[k].span, 0
		}
		if span >= 0 && toks[k].word {
			n++
			best = max(best, n)
		}
	}
	return best
}

// claimQuotedAfterAs reports whether the quotation at q is what an
// object [s, q) is called: "heralded the deal as a “breakthrough”" (a
// noun or pronoun before "as", so not "comes across as", "such as").
func claimQuotedAfterAs(toks []claimTok, s, q int) bool {
	for k := q - 1; k >= s && k >= q-2; k-- {
		if toks[k].lower == "as" {
			return k-1 >= s && (strings.HasPrefix(toks[k-1].tag, "NN") || toks[k-1].tag == "PRP")
		}
		if toks[k].tag != "DT" {
			return false
		}
	}
	return false
}

// claimTitleQuote reports whether the quotation [q, cl] reads as a name
// or a title ("“Red Neck Country Club”", "“Experience Counts”"): every
// word in it of more than three letters is capitalised.
func claimTitleQuote(toks []claimTok, q, cl int) bool {
	n := 0
	for k := q + 1; k < cl; k++ {
		if toks[k].word && len(toks[k].text) > 3 {
			if !toks[k].upper {
				return false
			}
			n++
		}
	}
	return n > 0
}

// claimEndsPunct reports whether t ends an utterance inside its
// quotation marks.
func claimEndsPunct(t string) bool {
	return t == "." || t == "!" || t == "?" || t == "," || t == "…" || t == "..."
}

// claimTrailingAttribution is the fallback for a sentence that ends in
// its attribution but opens with an adverbial or subordinate clause,
// which the main rules do not take for content: "If states fail, the
// Justice Department can step in, Wilcox said." "While he is running
// third, a strong showing could help him, veteran Republicans said."
// With nothing but a short tail after the cue, everything before the
// source is what was said.
func claimTrailingAttribution(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	cues := cueFind(toks, a, b)
	if len(cues) == 0 {
		return d, false
	}
	c := cues[len(cues)-1]
	// A base form is finite after its subject ("…, political scientists
	// say."), not in the inverted order.
	if c.kind != cueVerb || c.form.class != cueSpeech || c.form.ing || c.form.base && (c.start == a || !spkIsNounTag(toks[c.start-1].tag)) {
		return d, false
	}
	// "When she noticed him, her eyes widened, he said, and she gripped
	// his hands": the attribution stands between two halves.
	var seg2 [2]int
	half := false
	if !claimPlainTail(toks, c.end, b) {
		if c.end+2 >= b || toks[c.end].text != "," || claimHasQuote(toks, c.end, b) {
			return d, false
		}
		e := claimContentEnd(toks, c.end+1, b)
		var ok bool
		if seg2, ok = claimSeg(toks, c.end+1, e); !ok || claimWords(toks, c.end+1, e) < 2 {
			return d, false
		}
		half = true
	}
	var ss, se, cut int
	if ls, le, ok := spkChunkLeft(toks, a, c.start); ok && le == c.start && ls-1 > a && toks[ls-1].text == "," {
		ss, se, cut = ls, le, ls-1
	} else if c.start-1 > a && toks[c.start-1].text == "," && !half && !c.form.base {
		re, ok := spkChunkRight(toks, c.end, b)
		if !ok || !claimPlainTail(toks, re, b) {
			return d, false
		}
		ss, se, cut = c.end, re, c.start-1
	} else {
		return d, false
	}
	if !spkValid(toks, ss, se, cueSpeech) || claimWords(toks, a, cut) < 4 || claimHasQuote(toks, a, cut) && !claimQuoteLedMixed(toks, a, cut) {
		return d, false
	}
	finite := false
	for k := a; k < cut && !finite; k++ {
		finite = toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP" || toks[k].tag == "MD"
	}
	seg, ok := claimSeg(toks, a, cut)
	if !finite || !ok {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[c.start].start, toks[c.end-1].end}, hasCue: true, spkS: ss, spkE: se, conf: 0.6, maxTok: b, segs: [][2]int{seg}}
	if half {
		d.segs = append(d.segs, seg2)
	}
	return d, true
}

// claimQuoteLedMixed reports whether the content [a, cut) opens with a
// quotation that its unquoted words continue: "“You squeezed employees
// to the breaking point” to drive up the stock price, she said."
func claimQuoteLedMixed(toks []claimTok, a, cut int) bool {
	if !claimOpens(toks, a) || toks[a].span < 0 {
		return false
	}
	cl := a
	for cl+1 < cut && toks[cl+1].span == toks[a].span {
		cl++
	}
	if cl+3 >= cut || toks[cl].quote == claimQuoteNone || claimEndsPunct(toks[cl-1].text) || !toks[cl+1].word {
		return false
	}
	return !claimHasQuote(toks, cl+1, cut)
}

// claimPlainTail reports whether tokens [k, b) are a short tail closing
// an attribution: punctuation, or a few words of time, place or medium
// ("said Friday.", "said in an interview.") without a quotation or a
// that-clause.
func claimPlainTail(toks []claimTok, k, b int) bool {
	if k >= b || !toks[k].word {
		for j := k; j < b; j++ {
			if toks[j].word || toks[j].quote != claimQuoteNone {
				return false
			}
		}
		return true
	}
	if !claimTailWords[toks[k].lower] && !spkTimeWords[toks[k].lower] || toks[k].lower == "to" && k+1 < b && toks[k+1].tag == "VB" {
		return false
	}
	for j := k; j < b; j++ {
		if toks[j].quote != claimQuoteNone || toks[j].lower == "that" || j-k > 8 {
			return false
		}
	}
	return true
}

// claimAsPutIt is the fallback for the idiom "as X put(s) it" before a
// quotation: "as The New Yorker put it in a lengthy expose, “the
// operator.”", "As Vulture put it, “Hello, it's the Biebs.”"
func claimAsPutIt(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	for k := a; k+4 < b; k++ {
		if toks[k].lower != "as" || toks[k].span >= 0 {
			continue
		}
		v := -1
		for j := k + 2; j+1 < b && j <= k+14; j++ {
			if (toks[j].lower == "put" || toks[j].lower == "puts") && toks[j+1].lower == "it" {
				v = j
				break
			}
			if toks[j].span >= 0 || toks[j].text == "," {
				break
			}
		}
		if v < 0 {
			continue
		}
		ls, le, ok := spkChunkLeft(toks, k+1, v)
		if !ok || ls != k+1 || le != v {
			continue
		}
		q := v + 2
		for q < b && q <= v+10 && toks[q].span < 0 && toks[q].text != "." {
			q++
		}
		if q >= b || !claimOpens(toks, q) || toks[q-1].text != "," && toks[q-1].text != ":" {
			continue
		}
		cl := q
		for cl+1 < b && toks[cl+1].span == toks[q].span {
			cl++
		}
		seg, ok := claimSeg(toks, q, cl+1)
		if !ok {
			continue
		}
		d = claimDraft{cue: [2]int{toks[v].start, toks[v+1].end}, hasCue: true, spkS: ls, spkE: le, conf: 0.6, maxTok: cl + 1, segs: [][2]int{seg}}
		return d, true
	}
	return d, false
}

// claimInvertedLead is the fallback for a sentence opened by its cue
// with the source after it, then what was said: "Said Comey, “The
// thought … is very painful to us.”" The tagger reads the capitalised
// verb as a name, so the cue rules do not see it.
func claimInvertedLead(toks []claimTok, a, b int) (claimDraft, bool) {
	var d claimDraft
	if b-a < 6 || !toks[a].upper {
		return d, false
	}
	f, ok := cueLexicon().verbs[toks[a].lower]
	if !ok || f.ing || f.base || f.class != cueSpeech {
		return d, false
	}
	re, ok := spkChunkRight(toks, a+1, b)
	if !ok || re >= b || re-(a+1) > 8 || (toks[re].text != "," && toks[re].text != ":") || claimHasQuote(toks, a+1, re) {
		return d, false
	}
	s := re + 1
	if s >= b || !claimOpens(toks, s) || toks[s].span < 0 {
		return d, false
	}
	cl := s
	for cl+1 < b && toks[cl+1].span == toks[s].span {
		cl++
	}
	if claimWords(toks, s, cl) < 3 || !claimClauseTail(toks, cl+1, b) {
		return d, false
	}
	seg, ok := claimSeg(toks, s, cl+1)
	if !ok || !spkValid(toks, a+1, re, cueSpeech) {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[a].start, toks[a].end}, hasCue: true, spkS: a + 1, spkE: re, conf: 0.6, maxTok: cl + 1, segs: [][2]int{seg}}
	return d, true
}

// claimNameColonQuote is the fallback for a transcript line: a
// paragraph opened by a speaker's name, a colon and a quotation that
// ends it ("Rep. Jane Roe (R-Ohio): “I have not heard that figure.”").
// Short labels are claimLabelDrafts'; this takes names of any length
// with titles and parentheses, but only before a quotation. The name may
// open a later sentence of the paragraph ("He posted a reply. Jane Roe:
// “…”"), or follow a spaced dash after a heading in the same sentence
// ("POLLS STILL CLOSE - Jane Roe and John Doe: “…”").
func claimNameColonQuote(toks []claimTok, a, b int) (claimDraft, bool) {
	if toks[a].upper {
		if d, ok := claimNameColonQuoteAt(toks, a, b); ok {
			return d, true
		}
	}
	if a != 0 {
		return claimDraft{}, false
	}
	if st := claimNameColonStart(toks, b); st > 0 {
		return claimNameColonQuoteAt(toks, st, b)
	}
	return claimDraft{}, false
}

// claimNameColonQuoteAt is claimNameColonQuote for a name starting at st.
func claimNameColonQuoteAt(toks []claimTok, st, b int) (claimDraft, bool) {
	var d claimDraft
	k := st + 1
	for k < b && k <= st+12 && toks[k].text != ":" {
		if toks[k].span >= 0 {
			return d, false
		}
		k++
	}
	if k >= b-3 || toks[k].text != ":" || !claimOpens(toks, k+1) || toks[k+1].span < 0 {
		return d, false
	}
	cs, ce, ok := spkChunkLeft(toks, st, k)
	// "Rep. Jane Roe (R-Ohio)": the name is the source, the party aside.
	paren := ok && ce < k && toks[ce].text == "(" && toks[k-1].text == ")"
	if !ok || cs != st || ce != k && !paren || !spkValid(toks, cs, ce, cueSpeech) || claimNotSpeakers[toks[st].lower] {
		return d, false
	}
	q := k + 1
	cl := q
	for cl+1 < b && toks[cl+1].span == toks[q].span {
		cl++
	}
	if claimWords(toks, q, cl) < 3 || cl+1 < b && !(cl+2 == b && toks[cl+1].text == ".") && !claimBracketTail(toks, cl+1, b) {
		return d, false
	}
	seg, ok := claimSeg(toks, q, cl+1)
	if !ok {
		return d, false
	}
	d = claimDraft{cue: [2]int{toks[k].start, toks[k].end}, hasCue: true, spkS: cs, spkE: ce, conf: 0.5, maxTok: b, segs: [][2]int{seg}}
	return d, true
}

// claimBracketTail reports whether [k, b) is only a bracketed source
// closing a quoted line ("[Gallup.]", "[Source]").
func claimBracketTail(toks []claimTok, k, b int) bool {
	if k >= b || toks[k].text != "[" || k+5 < b {
		return false
	}
	for j := k + 1; j < b; j++ {
		if toks[j].text == "]" {
			return j+1 == b || j+2 == b && toks[j+1].text == "."
		}
	}
	return false
}

// claimNameColonStart returns where a name after the first spaced dash
// of a paragraph's first unit [0, b) starts, when no quotation comes
// before the dash and a capitalised word follows it; else -1.
func claimNameColonStart(toks []claimTok, b int) int {
	for j := 1; j+1 < b && j < 20; j++ {
		if toks[j].span >= 0 {
			return -1
		}
		if claimDashes[toks[j].text] && toks[j].start > toks[j-1].end {
			if toks[j+1].upper && toks[j+1].word {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// claimMultiGoOnForms are the forms of "go" in "went on to" + verb.
var claimMultiGoOnForms = map[string]bool{"going": true, "went": true, "goes": true, "go": true}

// claimMultiGoOnDeeds are verbs after "went on to" that tell what someone
// did next, not what they said or thought ("went on to win the race").
var claimMultiGoOnDeeds = map[string]bool{
	"win": true, "lose": true, "become": true, "serve": true, "finish": true, "found": true, "marry": true,
	"graduate": true, "work": true, "study": true, "play": true, "earn": true, "run": true, "join": true,
	"hold": true, "build": true, "live": true, "die": true, "star": true, "beat": true, "defeat": true,
	"lead": true, "take": true, "make": true, "get": true, "have": true, "be": true, "do": true, "sell": true,
	"buy": true, "score": true, "direct": true, "produce": true, "open": true, "teach": true, "start": true,
}

// claimMultiGoingOn is the fallback for "go on to" with a verb no lexicon
// holds: "“…,” Lee said, going on to contrast her plan with his.",
// "The senator went on to name the towns that had lost …". The content
// is the verb's object up to the end of its clause; the source is the
// subject before "went", or after a comma the source of the claim
// before it (found, the drafts of the unit in paragraph pi). The search
// starts after the drafts found.
func claimMultiGoingOn(toks []claimTok, found []claimDraft, pi, a, b int) (claimDraft, bool) {
	var d claimDraft
	start := a
	for _, f := range found {
		start = max(start, claimDraftTaken(toks, f, b))
	}
	for k := start; k+4 < b; k++ {
		if !claimMultiGoOnForms[toks[k].lower] || toks[k].span >= 0 || toks[k+1].lower != "on" || toks[k+2].lower != "to" || toks[k+3].tag != "VB" || claimMultiGoOnDeeds[toks[k+3].lower] {
			continue
		}
		ce := k + 4 // the cue: "went on to name", "going on to point out"
		if toks[ce].tag == "RP" {
			ce++
		}
		s := ce
		e := claimContentEnd(toks, s, b)
		seg, ok := claimSeg(toks, s, e)
		if !ok || claimWords(toks, s, e) < 2 || !toks[s].word {
			continue
		}
		d = claimDraft{cue: [2]int{toks[k].start, toks[ce-1].end}, hasCue: true, segs: [][2]int{seg}, conf: 0.5, maxTok: e}
		if k > a && toks[k-1].text == "," && toks[k].lower == "going" {
			// ", going on to …": the source of the claim before it.
			if len(found) == 0 || found[len(found)-1].spkE <= found[len(found)-1].spkS {
				continue
			}
			prev := found[len(found)-1]
			d.spkS, d.spkE, d.spkPara = prev.spkS, prev.spkE, prev.spkPara
			return d, true
		}
		if toks[k].lower == "going" || toks[k].lower == "go" {
			continue
		}
		vs := k
		for vs-1 > a && cueLexicon().adverbs[toks[vs-1].lower] {
			vs--
		}
		ls, le, ok := spkChunkLeft(toks, a, vs)
		if !ok || le != vs || !spkValid(toks, ls, le, cueSpeech) || !claimAdverbialLead(toks, a, ls) {
			continue
		}
		d.spkS, d.spkE, d.spkPara = ls, le, pi
		d.cue[0] = toks[vs].start
		return d, true
	}
	return d, false
}

// claimFirstOpen returns the first quotation mark after token a in [a, b)
// if it opens a quotation, or -1.
func claimFirstOpen(toks []claimTok, a, b int) int {
	for k := a + 1; k < b; k++ {
		if toks[k].quote != claimQuoteNone {
			if claimOpens(toks, k) {
				return k
			}
			return -1
		}
	}
	return -1
}

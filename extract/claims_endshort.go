package extract

import "strings"

// This file holds the rules that keep a forward content from ending too
// early, applied once a draft is complete (claimBoundTrim): a content cut
// at a comma before "or" and an alternative of the same kind ("rejected
// the notion that greed, or trade policy, had prompted the move") runs on
// through the alternative; a comma inside a number or a date ("the
// 67,000-seat stadium", "the Sept. 11, 2001, attacks") ends no content;
// nor does the comma after the first item of a list ("pronounced his
// support for trade deals, higher taxes and efforts to …").

// claimEndShortExtend returns where the forward content [s, e) of draft
// d should end instead, past e, or -1 to keep e.
func claimEndShortExtend(toks []claimTok, d claimDraft, s, e int) int {
	b := d.unitB
	if e+2 >= b || toks[e].span >= 0 {
		return -1
	}
	if claimEndShortNumberComma(toks, e) {
		// "using the 67,000-seat stadium", cut inside the number: the
		// content runs on to the next comma of the sentence.
		x := claimContentEnd(toks, e+1, b)
		lx := cueLexicon()
		for k := e + 2; k < x; k++ {
			if _, ok := lx.verbs[toks[k].lower]; ok && k <= e+3 && (toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP") {
				return -1 // "at least 21,000 said they would": a clause of its own
			}
			if toks[k].span < 0 && (toks[k].text == "," && !claimEndShortNumberComma(toks, k) || claimContentDash(toks, k)) {
				return k
			}
		}
		return x
	}
	if x := claimEndShortSubject(toks, s, e, b); x > e {
		return x
	}
	if x := claimEndShortNotOnly(toks, s, e, b); x > e {
		return x
	}
	if x := claimEndShortDashPair(toks, e, b); x > e {
		return x
	}
	if x := claimEndShortList(toks, s, e, b); x > e {
		return x
	}
	if toks[e].text == "," && toks[e+1].lower == "or" && toks[e+1].span < 0 && claimEndShortAlternative(toks, e+2, b) {
		return claimContentEnd(toks, e+2, b)
	}
	return claimEndShort2Extend(toks, d, s, e, b)
}

// claimEndShortAlternative reports whether the tokens from k, after ",
// or", are an alternative within the content rather than a new clause
// ("…, or do they …", "…, or he will …"): no finite verb or subject
// pronoun opens them.
func claimEndShortAlternative(toks []claimTok, k, b int) bool {
	t := toks[k]
	switch t.tag {
	case "VBD", "VBZ", "VBP", "MD":
		return false
	case "PRP":
		return false
	case "IN":
		return t.lower == "that" // "…, or with his attempts to …" is the cue clause's
	}
	return t.span < 0 && t.word && !claimSubjectVerb(toks, k, b)
}

// claimEndShortNumberComma reports whether the comma at k belongs to a
// number or a date rather than the sentence: "2,472" (digits on both
// sides, no space) or "Sept. 11, 2012" (a day number, then a year).
func claimEndShortNumberComma(toks []claimTok, k int) bool {
	if toks[k].text != "," || k == 0 || k+1 >= len(toks) {
		return false
	}
	p, n := toks[k-1], toks[k+1]
	if len(p.text) == 4 && timexIsDigits(p.text) && k >= 3 && claimEndShortNumberComma(toks, k-2) && !n.upper && (n.tag == "JJ" || strings.HasPrefix(n.tag, "NN")) {
		return true // "the Sept. 11, 2001, terrorist attacks"
	}
	if !timexIsDigits(p.text) {
		return false
	}
	if p.end == toks[k].start && toks[k].end == n.start {
		// "67,000", "67,000-seat"
		return len(n.text) >= 3 && timexIsDigits(n.text[:3]) && (len(n.text) == 3 || n.text[3] == '-')
	}
	if !timexIsDigits(n.text) {
		return false
	}
	// "April 23, 2012": a month before the day, a four-digit year after.
	return len(p.text) <= 2 && len(n.text) == 4 && k >= 2 && timexMonthNames[strings.TrimSuffix(toks[k-2].lower, ".")] > 0
}

// claimEndShortList returns where a list ends whose first item closes the
// content before the comma at e: "challenged over his temperament, his
// language about Islam, and recent violence", "touted plans to invest in
// roads, expand benefits and enable free college". Each further item is a
// verbless phrase of at most ten words; the last follows "and" or "or"
// and runs to the next comma or the unit's end. It returns -1 when no
// such list follows.
func claimEndShortList(toks []claimTok, s, e, b int) int {
	if toks[e].text != "," || toks[e].span >= 0 {
		return -1
	}
	lx := cueLexicon()
	k := e + 1
	mid := 0
	for items := 0; items < 8 && k < b; items++ {
		if toks[k].text == "," {
			return -1
		}
		last := toks[k].lower == "and" || toks[k].lower == "or"
		if last {
			k++
		}
		// "angry at the elites, at globalization and at immigrants": the
		// preposition before the content may open each item again.
		again := s > 0 && toks[s-1].tag == "IN" && toks[k].lower == toks[s-1].lower
		if k >= b || !again && !claimEndShortItemStart(toks[k]) {
			return -1
		}
		n := 0
		j := k
		for j < b && toks[j].text != "," && !(j > k && (toks[j].lower == "and" || toks[j].lower == "or") && toks[j].span < 0) {
			t := toks[j]
			if t.text == "(" {
				if m := claimBoundParenEnd(toks, j, b); m > j {
					j = m
					continue
				}
			}
			if t.span >= 0 || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" || t.tag == "WDT" || t.tag == "WP" || t.tag == "WRB" || t.text == ";" || t.text == ":" || claimContentDash(toks, j) {
				return -1
			}
			if !last && (t.tag == "VBN" || t.tag == "VBG") {
				return -1 // an apposition with a participle: "…, the pre-school run by schools and …"
			}
			if _, ok := lx.verbs[t.lower]; ok && last && j > k {
				return -1 // "…, Britain and France support …": a verb of its own
			}
			if t.word {
				n++
			}
			j++
		}
		if n == 0 || n > 10 {
			return -1
		}
		if last {
			if mid == 0 || j < b && toks[j].text != "," && toks[j].text != "." {
				return -1
			}
			return j
		}
		if j >= b {
			return -1
		}
		mid++
		if toks[j].text == "," {
			j++
		}
		k = j
	}
	return -1
}

// claimEndShortItemStart reports whether t can open a list item: no
// subject pronoun, finite verb, relative word or conjunction.
func claimEndShortItemStart(t claimTok) bool {
	if t.span >= 0 || !t.word {
		return false
	}
	switch t.tag {
	case "PRP", "VBD", "VBZ", "VBP", "MD", "WDT", "WP", "WRB", "CC", "VBG", "VBN", "IN", "TO", "RB":
		return false // a participle or adjunct of the clause: "…, calling them …", "…, also known as …"
	}
	return true
}

// claimEndShortSubjects are the subject pronouns that cannot end a
// content: a clause they open goes on after them.
var claimEndShortSubjects = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// claimEndShortSubject returns where a content [s, e) that ends in a
// subject pronoun opening a relative or complement clause ("the intensity
// he | is bringing to the fight", "persuaded donors that he | represents
// their best chance") ends instead: at the end of that clause. It returns
// -1 when the pronoun follows an adverbial subordinator ("… as he
// prepares"), whose clause is the cue's, or when no verb follows it.
func claimEndShortSubject(toks []claimTok, s, e, b int) int {
	p := e - 1
	if p <= s || !claimEndShortSubjects[toks[p].lower] || toks[p].span >= 0 || claimClauseSubordinators[toks[p-1].lower] || toks[p-1].lower == "than" {
		return -1
	}
	n := toks[e]
	switch {
	case n.tag == "VBD" || n.tag == "VBZ" || n.tag == "VBP" || n.tag == "MD" || n.tag == "RB":
	case n.lower == "’s" || n.lower == "'s" || n.lower == "’re" || n.lower == "'re" || n.lower == "’d" || n.lower == "'d" || n.lower == "’ll" || n.lower == "'ll":
	default:
		return -1
	}
	if n.span >= 0 {
		return -1
	}
	return claimContentEnd(toks, p, b)
}

// claimEndShortNotOnly returns where a content [s, e) that holds "not
// only", "not just", "not merely" or "not simply" ends when it was cut at
// the "but" that completes the pair ("could lose not only because he
// supports Trump but also because …"): at the end of the "but" part. It
// returns -1 otherwise.
func claimEndShortNotOnly(toks []claimTok, s, e, b int) int {
	k := e
	if toks[k].text == "," && k+1 < b {
		k++
	}
	if toks[k].lower != "but" || toks[k].span >= 0 || k+1 >= b {
		return -1
	}
	for j := s; j+1 < e; j++ {
		if toks[j].lower == "not" && toks[j].span < 0 {
			switch toks[j+1].lower {
			case "only", "just", "merely", "simply":
				return claimContentEnd(toks, k+1, b)
			}
		}
	}
	return -1
}

// claimEndShortDashPair returns where a content cut at the first of a
// pair of dashes around a short aside ends instead, when the sentence
// goes on after the second dash with a word that continues the phrase
// before the first ("calls on all nations - rich and poor - to limit
// emissions", "the plight of minorities -- black and brown people --
// who have been killed"): at the end of the clause. It returns -1
// otherwise.
func claimEndShortDashPair(toks []claimTok, e, b int) int {
	if !claimContentDash(toks, e) || toks[e].span >= 0 {
		return -1
	}
	for j := e + 1; j < b && j <= e+9; j++ {
		t := toks[j]
		if t.span >= 0 || t.text == "." || t.text == ";" || t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD" {
			return -1 // an aside with a verb is a clause of its own
		}
		if !claimContentDash(toks, j) {
			continue
		}
		if j == e+1 || j+1 >= b {
			return -1
		}
		n := toks[j+1]
		if n.span >= 0 || !n.word || n.upper || n.tag == "CC" || n.tag == "PRP" || n.tag == "DT" || n.tag == "MD" || n.tag == "VBD" || n.tag == "VBZ" || n.tag == "VBP" {
			return -1 // "… - a move that … - and …", "power - Wall Street - will …": a new clause, or a subject's verb
		}
		x := claimContentEnd(toks, j+1, b)
		lx := cueLexicon()
		for k := j + 1; k < x; k++ {
			if _, ok := lx.verbs[toks[k].lower]; ok && toks[k].span < 0 && (toks[k].tag == "VBD" || toks[k].tag == "VBZ" || toks[k].tag == "VBP") {
				return -1 // "… — 38 percent — who said …": another attribution follows
			}
		}
		return x
	}
	return -1
}

// The second round of rules (claimEndShort2Extend, called last by
// claimEndShortExtend) runs a content on past a comma between two
// adjectives ("a generous, magnanimous executive"); past a short aside set
// off by a second comma when the words after it continue the content's
// own clause ("ordered that the records, numbering about 1,000 pages, be
// released", "cited Johnson, an heir to the fortune, as someone who …");
// through a verbless phrase after ", but" or ", and" that closes the
// sentence; through a list of verb phrases of one form; and, in a
// that-clause, past the comma after an adverbial put before the
// subject ("that after the meeting, the mayor called …").

// claimEndShort2Extend returns where the forward content [s, e) should
// end instead, past e, or -1 to keep e.
func claimEndShort2Extend(toks []claimTok, d claimDraft, s, e, b int) int {
	if x := claimEndShort2Adjectives(toks, s, e, b); x > e {
		return x
	}
	if x := claimEndShort2Aside(toks, d, s, e, b); x > e {
		return x
	}
	if x := claimEndShort2But(toks, e, b); x > e {
		return x
	}
	if x := claimEndShort2And(toks, s, e, b); x > e {
		return x
	}
	if x := claimEndShort2VerbList(toks, s, e, b); x > e {
		return x
	}
	if x := claimEndShort2FrontedAdverbial(toks, s, e, b); x > e {
		return x
	}
	return -1
}

// claimEndShort2But returns where a content cut at ", but" ends when a
// contrasting phrase of the same kind follows, no clause of its own
// ("found improvements in math scores, but no evidence of a boost in
// reading", "are willing to negotiate, but never compromise, on …"): at
// the end of the content's clause. It returns -1 otherwise.
func claimEndShort2But(toks []claimTok, e, b int) int {
	if toks[e].text != "," || e+2 >= b || toks[e+1].lower != "but" || toks[e+1].span >= 0 {
		return -1
	}
	k := e + 2
	if toks[k].lower == "also" || toks[k].lower == "not" || toks[k].lower == "only" {
		k++ // "but only after …" is then refused as an adverbial
	}
	if k >= b || !claimEndShortAlternative(toks, k, b) || toks[k].tag == "IN" {
		return -1
	}
	x := claimContentEnd(toks, k, b)
	if claimHasFinite(toks, k, x) || x < b && toks[x].text != "." {
		return -1 // "…, but their neighbor Ben Green, 83, …": a subject cut at its apposition
	}
	return x
}

// claimEndShort2AsideMax is the most tokens an aside between two commas
// may hold.
const claimEndShort2AsideMax = 20

// claimEndShort2Aside returns where a content cut at the comma at e ends
// when that comma opens a short aside closed by a second comma and the
// sentence goes on with the content's clause: a finite verb whose
// subject the content's last clause lacks ("hoped the meeting, requested
// by Sanders, would be …"), or, after a noun phrase object, "as" or an
// infinitive that completes the cue's verb ("saw Fiorina, then 44, as the
// perfect driver", "ordered the office, along with the prosecutor, to
// release …"). It returns -1 otherwise.
func claimEndShort2Aside(toks []claimTok, d claimDraft, s, e, b int) int {
	if toks[e].text != "," || toks[e].span >= 0 || claimEndShortNumberComma(toks, e) || e+3 >= b || toks[e-1].tag == "CC" {
		return -1
	}
	// "the strategist backing Bush, Mike Murphy, praised …": after a
	// cue that is no finite verb of its own clause, a verb after the
	// aside is the sentence's; a content that opens a clause ("Asked
	// whether X, which …, contributed") has its own subject.
	finite := claimEndShort2FiniteCue(toks, d, s) && !claimEndShort2RelativeCue(toks, d, s)
	l := toks[s].lower
	clause := l == "that" || l == "whether" || l == "if" || toks[s].tag == "WDT" || toks[s].tag == "WP" || toks[s].tag == "WRB"
	if !finite && !clause {
		return -1
	}
	a := e + 1
	if !claimEndShort2AsideStart(toks[a]) {
		return -1
	}
	rel := toks[a].tag == "WP" || toks[a].tag == "WDT" || toks[a].tag == "WP$"
	f := -1
	for j := a; j < b && j <= e+claimEndShort2AsideMax; j++ {
		t := toks[j]
		if t.span >= 0 {
			return -1
		}
		if t.text == "," && !claimEndShortNumberComma(toks, j) {
			f = j
			break
		}
		switch {
		case t.text == "." || t.text == ";" || t.text == ":" || t.text == "(" || claimContentDash(toks, j):
			return -1
		case t.tag == "WP" || t.tag == "WDT":
			rel = true // "Chagoury, a billionaire who was a donor, with …"
		case !rel && (t.tag == "VBD" || t.tag == "VBZ" || t.tag == "VBP" || t.tag == "MD"):
			return -1 // a clause of its own: "…, he said, …"
		}
	}
	if f < 0 || f == a || f+2 >= b {
		return -1
	}
	n := toks[f+1]
	if n.span >= 0 {
		return -1
	}
	switch {
	case n.tag == "VBD" || n.tag == "VBZ" || n.tag == "VBP" || n.tag == "MD":
		if claimHasFinite(toks, claimEndShort2ClauseStart(toks, s, e), e) {
			return -1
		}
	case n.lower == "as":
		if toks[a].tag == "IN" || !claimEndShort2NounPhrase(toks, s, e) || claimSubjectVerb(toks, f+2, b) {
			return -1
		}
	case n.lower == "for" || n.lower == "with":
		switch toks[a].tag {
		case "IN", "VBG", "NNP", "NNPS":
			return -1 // "…, dialing back plans …, for example", "in Flint, Mich., for …": the aside's own adjunct
		}
		if !claimEndShort2NounPhrase(toks, s, e) {
			return -1
		}
	case n.lower == "to":
		if !claimEndShort2NounPhrase(toks, s, e) || toks[f+2].tag != "VB" {
			return -1
		}
	default:
		return -1
	}
	return claimContentEnd(toks, f+1, b)
}

// claimEndShort2AsideStart reports whether t can open an aside between
// commas: no conjunction, subject pronoun or finite verb.
func claimEndShort2AsideStart(t claimTok) bool {
	if t.span >= 0 || !t.word {
		return false
	}
	switch t.tag {
	case "CC", "PRP", "VBD", "VBZ", "VBP", "MD":
		return false
	}
	return true
}

// claimEndShort2ClauseStart returns where the last clause of the content
// [s, e) opens: after its last "that", "whether", "if" or wh-word, or s.
func claimEndShort2ClauseStart(toks []claimTok, s, e int) int {
	for k := e - 1; k > s; k-- {
		if toks[k].span >= 0 {
			continue
		}
		switch toks[k].lower {
		case "that", "whether", "if":
			return k + 1
		}
		if toks[k].tag == "WDT" || toks[k].tag == "WP" || toks[k].tag == "WRB" {
			return k + 1
		}
	}
	return s
}

// claimEndShort2FiniteCue reports whether the draft's cue, before the
// content's first token s, holds a finite verb ("cited", "has called
// for"), so that the cue's clause is the sentence's and a verb after an
// aside cannot be the main verb of a subject holding the cue.
func claimEndShort2FiniteCue(toks []claimTok, d claimDraft, s int) bool {
	for k := s - 1; k >= 0 && toks[k].end > d.cue[0]; k-- {
		if toks[k].start >= d.cue[1] {
			continue
		}
		switch toks[k].tag {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		}
	}
	return false
}

// claimEndShort2NounPhrase reports whether the content [s, e) is a
// noun phrase: it opens with a determiner, possessive, adjective, noun
// or number and holds no finite verb.
func claimEndShort2NounPhrase(toks []claimTok, s, e int) bool {
	switch toks[s].tag {
	case "DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS", "CD":
		return toks[s].lower != "that" && !claimHasFinite(toks, s, e)
	}
	return false
}

// claimEndShort2RelativeCue reports whether the draft's cue opens a
// relative clause ("a governor who has not backed Mr. Trump, Susana
// Martinez, appeared …"): a relative pronoun stands right before it,
// past any adverbs.
func claimEndShort2RelativeCue(toks []claimTok, d claimDraft, s int) bool {
	k := s - 1
	for k >= 0 && toks[k].end > d.cue[0] {
		k--
	}
	for k >= 0 && toks[k].tag == "RB" {
		k--
	}
	if k < 0 {
		return false
	}
	return toks[k].tag == "WP" || toks[k].tag == "WDT" || toks[k].lower == "that"
}

// claimEndShort2And returns where a content cut at ", and" ends when a
// phrase of the same kind follows, no clause of its own, and closes the
// sentence ("the power of gesture, and of a global spotlight …", "his
// next moves, and the fate of the donor list"): at the sentence's end.
// It returns -1 otherwise.
func claimEndShort2And(toks []claimTok, s, e, b int) int {
	if toks[e].text != "," || e+2 >= b || toks[e+1].lower != "and" || toks[e+1].span >= 0 {
		return -1
	}
	k := e + 2
	switch toks[k].lower {
	case "also", "especially", "even", "then", "perhaps", "possibly", "particularly":
		k++
	}
	if k >= b {
		return -1
	}
	if toks[k].tag == "IN" && toks[k].lower != "that" {
		// "…, and of …": the preposition must repeat one of the content.
		same := false
		for j := s; j < e; j++ {
			same = same || toks[j].lower == toks[k].lower && toks[j].span < 0
		}
		if !same {
			return -1
		}
		k++
	}
	if k >= b || !claimEndShortAlternative(toks, k, b) {
		return -1
	}
	switch toks[k].tag {
	case "IN", "RB", "VBG", "VBN", "CC", "DT":
		if toks[k].tag != "DT" || toks[k].lower == "both" || toks[k].lower == "neither" || toks[k].lower == "either" || toks[k].lower == "each" {
			return -1
		}
	case "VB":
		// "…, and pay for the wall": a bare verb goes on only a bare
		// verb of the content ("proposal that Mexico solve the crisis").
		bare := false
		for j := s; j < e; j++ {
			bare = bare || toks[j].tag == "VB" && toks[j].span < 0
		}
		if !bare {
			return -1
		}
	}
	x := claimContentEnd(toks, k, b)
	if claimHasFinite(toks, k, x) || x < b && toks[x].text != "." {
		return -1
	}
	return x
}

// claimEndShort2VerbList returns where a list of verb phrases ends whose
// first item closes the content before the comma at e: "a promise to
// strengthen unions, close loopholes that reward moving jobs overseas,
// raise the minimum wage and make college affordable", "supports
// squeezing out migrants by tightening enforcement, freezing visas and
// changing the law". The content holds an infinitive or opens with a
// gerund; every further item opens with the same form, the last after
// "and" or "or", and runs to the sentence's end. It returns -1 otherwise.
func claimEndShort2VerbList(toks []claimTok, s, e, b int) int {
	if toks[e].text != "," || toks[e].span >= 0 || claimEndShortNumberComma(toks, e) {
		return -1
	}
	form := ""
	switch {
	case claimHasFinite(toks, s, e):
		return -1 // "Erdogan has joined an axis … to remain in power, and admit …"
	case toks[s].tag == "VBG":
		form = "VBG"
	case toks[s].tag == "VB":
		form = "VB"
	default:
		for j := s; j+1 < e; j++ {
			if toks[j].lower == "to" && toks[j].span < 0 && toks[j+1].tag == "VB" {
				form = "VB"
				break
			}
		}
	}
	if form == "" {
		return -1
	}
	k := e + 1
	items := 0
	for k < b && items < 8 {
		last := false
		if toks[k].lower == "and" || toks[k].lower == "or" {
			last = true
			k++
		}
		for k < b && toks[k].tag == "RB" && toks[k].span < 0 {
			k++
		}
		if k >= b || toks[k].span >= 0 || !claimEndShort2SameForm(toks[k], form) {
			return -1
		}
		j := k + 1
		for j < b && !(toks[j].span < 0 && (toks[j].text == "," && !claimEndShortNumberComma(toks, j) || toks[j].text == "." || toks[j].text == ";" || toks[j].text == ":" || claimContentDash(toks, j))) {
			if !last && toks[j].span < 0 && (toks[j].lower == "and" || toks[j].lower == "or") && j+1 < b && claimEndShort2SameForm(toks[j+1], form) {
				break // "…, raise the wage and make college affordable"
			}
			j++
		}
		if j-k > 20 {
			return -1
		}
		items++
		if last {
			if j < b && toks[j].text != "." {
				return -1
			}
			return j
		}
		if j >= b || toks[j].text != "," && toks[j].lower != "and" && toks[j].lower != "or" {
			return -1
		}
		if toks[j].text == "," {
			j++
		}
		k = j
	}
	return -1
}

// claimEndShort2SameForm reports whether t opens a verb phrase of the
// given form: a gerund, or a bare verb (which the tagger may read as a
// present tense).
func claimEndShort2SameForm(t claimTok, form string) bool {
	if form == "VBG" {
		return t.tag == "VBG"
	}
	return t.tag == "VB" || t.tag == "VBP"
}

// claimEndShort2Adjectives returns where a content ends that was cut at
// the comma between two adjectives before their noun ("portrayed him as
// a generous, | magnanimous executive", "the Clintons' embarrassing, |
// race-baiting tactics"): at the end of the clause. It returns -1 when
// the content does not end in an adjective (or an -ing word the tagger
// reads as a noun after a determiner or possessive) or no adjective and
// noun follow the comma.
func claimEndShort2Adjectives(toks []claimTok, s, e, b int) int {
	if toks[e].text != "," || toks[e].span >= 0 || e-1 <= s || e+2 >= b {
		return -1
	}
	p := toks[e-1]
	adj := p.tag == "JJ"
	if !adj && p.tag == "NN" && strings.HasSuffix(p.lower, "ing") {
		switch toks[e-2].tag {
		case "DT", "POS", "PRP$":
			adj = true
		}
	}
	if !adj || !strings.HasPrefix(toks[e+1].tag, "JJ") || toks[e+1].span >= 0 {
		return -1
	}
	switch toks[e+2].tag {
	case "JJ", "JJR", "JJS", "NN", "NNS":
	default:
		return -1
	}
	return claimContentEnd(toks, e+1, b)
}

// claimEndShort2FrontedAdverbial returns where a that-clause content
// ends that was cut at the comma after an adverbial (opening with a
// preposition or an adverb) put before the clause's subject ("disclosed that after the party, | he called her
// again"): at the end of the clause that opens after the comma with a
// subject and a finite verb. It returns -1 when the content already
// holds a finite verb or no such clause follows.
func claimEndShort2FrontedAdverbial(toks []claimTok, s, e, b int) int {
	if toks[s].lower != "that" || toks[s].span >= 0 || e-s < 3 || toks[e].text != "," || toks[e].span >= 0 || claimHasFinite(toks, s, e) {
		return -1
	}
	if a := toks[s+1]; a.tag != "IN" && a.tag != "RB" || a.lower == "that" || a.span >= 0 {
		return -1 // "called that action unconstitutional, …": "that" a determiner
	}
	if !claimSubjectVerb(toks, e+1, b) {
		return -1
	}
	return claimContentEnd(toks, e+1, b)
}

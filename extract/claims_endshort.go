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

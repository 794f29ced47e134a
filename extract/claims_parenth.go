package extract

// claimParenthLead reports whether the lead [a, ls) before a parenthetical
// ", SPEAKER said," belongs to the content even though it is adverbial:
// "If the deal fails, the mayor said, the city will raise taxes." A
// speaker set off by commas in the middle of a sentence interrupts one
// statement, so the subordinate clause or prepositional phrase before it
// is part of what was said. The part after the cue must be a clause of
// its own (a subject and a finite verb within a few words), so that
// "…, he said, adding …" and "…, he said, in a statement" stay out.
func claimParenthLead(toks []claimTok, a, ls int, c claimCue, b int) bool {
	if ls-1 <= a || c.end+1 >= b || toks[c.end].text != "," {
		return false
	}
	if claimWords(toks, a, ls-1) < 1 || claimHasQuote(toks, a, b) {
		return false
	}
	// The lead must open as an adverbial: a preposition or subordinator
	// ("If …", "In a merger", "During …") or an adverb ("Back then");
	// "Asked about it, Trump said, …" and "Holding a book, Beck said, …"
	// are participles about the speaker, and a lead opening with a noun
	// is a clause of its own ("Few candidates win, but at that point,
	// strategists think, …").
	k := a
	for k < ls && (toks[k].tag == "CC" || !toks[k].word) {
		k++
	}
	if k >= ls || !claimParenthLeadTags[toks[k].tag] {
		return false
	}
	// "In the 1990s, she said, when she was …": the part after the cue
	// is itself subordinate.
	if t := toks[c.end+1]; t.tag == "WRB" || t.tag == "IN" || claimSubordinators[t.lower] {
		return false
	}
	for j := k; j < ls; j++ {
		if claimContentQuestioned[toks[j].lower] {
			return false // "When asked whom she supported, …"
		}
	}
	return claimParenthClauseAt(toks, c.end+1, b)
}

// claimParenthClauseAt reports whether a clause opens at s: a finite verb
// within the first five tokens, after at least one word that is not a
// verb, without a comma before it.
func claimParenthClauseAt(toks []claimTok, s, b int) bool {
	for k := s; k < b && k < s+6; k++ {
		t := toks[k]
		if t.text == "," || t.text == ";" || t.text == ":" {
			return false
		}
		switch t.tag {
		case "VBD", "VBZ", "VBP", "MD":
			return k > s
		case "VBG", "VBN", "VB", "TO":
			return false
		}
	}
	return false
}

// claimParenthLeadTags are the tags that open an adverbial lead.
var claimParenthLeadTags = map[string]bool{"IN": true, "RB": true, "RBR": true, "RBS": true, "WRB": true}

// claimParenthInvertedTail finds the second part of a content split by an
// inverted parenthetical source, "The plan, said Doyle, would cost too
// much", "The paradox, says John Smith, a historian, is that …": when the
// lead [a, cut) is a noun phrase without a finite verb, the predicate
// after the source (and any apposition or relative clause that follows
// it, ending at a comma) completes it. It returns the span [s, e) of
// that predicate.
//
// Only plain verbs of saying count: "The deal, announced Friday, would
// last four years" is a reduced relative clause, not a source.
func claimParenthInvertedTail(toks []claimTok, c claimCue, a, cut, re, b int) (int, int, bool) {
	if !claimParenthSayVerbs[toks[c.verb].lower] || claimHasFinite(toks, a, cut) || claimHasQuote(toks, a, cut) {
		return 0, 0, false
	}
	for k := re; k+1 < b && k < re+25; k++ {
		if toks[k].quote != claimQuoteNone || toks[k].text == ";" || toks[k].text == ":" || toks[k].text == "." {
			return 0, 0, false
		}
		if toks[k].text != "," {
			continue
		}
		v := k + 1
		for v < b && (toks[v].tag == "RB" || toks[v].tag == "RBR") {
			v++
		}
		if v >= b {
			return 0, 0, false
		}
		switch toks[v].tag {
		case "VBD", "VBZ", "VBP", "MD":
			e := claimContentEnd(toks, k+1, b)
			if claimWords(toks, k+1, e) < 2 {
				return 0, 0, false
			}
			return k + 1, e, true
		}
	}
	return 0, 0, false
}

// claimParenthSayVerbs are the verbs of saying that may stand inverted
// between the parts of a content.
var claimParenthSayVerbs = map[string]bool{
	"said": true, "says": true, "added": true, "adds": true, "noted": true, "notes": true,
	"argued": true, "argues": true, "explained": true, "explains": true, "wrote": true, "writes": true,
	"insisted": true, "insists": true, "warned": true, "warns": true, "contended": true, "contends": true,
}

// claimParenthFirstStart returns where the first part [a, e) of a content
// split by a parenthetical ", SPEAKER said," starts: after the last ",
// and" or "- but" that follows a finite verb ("He had a rally that night
// - and the permit, his campaign said, had been hard to get" attributes
// only the clause after "and"), or a.
func claimParenthFirstStart(toks []claimTok, a, e int) int {
	for k := e - 1; k > a+1; k-- {
		t := toks[k]
		if t.span >= 0 || t.tag != "CC" || !claimParenthConj[t.lower] {
			continue
		}
		if p := toks[k-1].text; p != "," && p != "-" && p != "—" && p != "–" {
			continue
		}
		if claimHasFinite(toks, a, k-1) && claimWords(toks, k+1, e) >= 1 {
			return k + 1
		}
		return a
	}
	return a
}

// claimParenthConj are the coordinators that open a clause of its own.
var claimParenthConj = map[string]bool{"and": true, "but": true}

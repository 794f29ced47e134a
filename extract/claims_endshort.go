package extract

import "strings"

// This file holds the rules that keep a forward content from ending too
// early, applied once a draft is complete (claimBoundTrim): a content cut
// at a comma before "or" and an alternative of the same kind ("rejected
// the notion that greed, or trade policy, had prompted the move") runs on
// through the alternative; a comma inside a number or a date ("the
// 67,000-seat stadium", "the Sept. 11, 2001, attacks") ends no content.

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
	if toks[e].text == "," && toks[e+1].lower == "or" && toks[e+1].span < 0 && claimEndShortAlternative(toks, e+2, b) {
		return claimContentEnd(toks, e+2, b)
	}
	return -1
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
	if len(p.text) == 4 && claimEndShortDigits(p.text) && k >= 3 && claimEndShortNumberComma(toks, k-2) && !n.upper && (n.tag == "JJ" || strings.HasPrefix(n.tag, "NN")) {
		return true // "the Sept. 11, 2001, terrorist attacks"
	}
	if !claimEndShortDigits(p.text) {
		return false
	}
	if p.end == toks[k].start && toks[k].end == n.start {
		// "67,000", "67,000-seat"
		return len(n.text) >= 3 && claimEndShortDigits(n.text[:3]) && (len(n.text) == 3 || n.text[3] == '-')
	}
	if !claimEndShortDigits(n.text) {
		return false
	}
	// "April 23, 2012": a month before the day, a four-digit year after.
	return len(p.text) <= 2 && len(n.text) == 4 && k >= 2 && claimEndShortMonth(toks[k-2].lower)
}

func claimEndShortDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// claimEndShortMonth reports whether w names a month, in full or
// abbreviated ("sept", "sept.").
func claimEndShortMonth(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

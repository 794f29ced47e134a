package extract

// This file holds the rules that keep a forward content from ending too
// early, applied once a draft is complete (claimBoundTrim): a content cut
// at a comma before "or" and an alternative of the same kind ("rejected
// the notion that greed, or trade policy, had prompted the move") runs on
// through the alternative.

// claimEndShortExtend returns where the forward content [s, e) of draft
// d should end instead, past e, or -1 to keep e.
func claimEndShortExtend(toks []claimTok, d claimDraft, s, e int) int {
	b := d.unitB
	if e+2 >= b || toks[e].span >= 0 {
		return -1
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

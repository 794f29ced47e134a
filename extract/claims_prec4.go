package extract

// Precision filters, round 4: shapes of a found attribution whose
// predictions rarely match an annotated one.

// claimPrec4Drop reports whether the draft d is one of the shapes of this
// file that rarely report speech, belief or stance.
func claimPrec4Drop(toks []claimTok, d claimDraft) bool {
	return claimPrec4BareTopic(toks, d)
}

// claimPrec4BareTopic reports whether d has no source and a cue ending in
// a preposition before a content of one word: "criticism of Nafta",
// "speculation about conflicts", "was asked about it". The word names a
// topic; what was said about it is not in the content.
func claimPrec4BareTopic(toks []claimTok, d claimDraft) bool {
	if d.spkS != d.spkE {
		return false
	}
	s, e, ok := claimPrecContentToks(toks, d)
	if !ok || s == 0 || toks[s].start < d.cue[1] {
		return false
	}
	last := -1
	for k := s - 1; k >= 0; k-- {
		if toks[k].end == d.cue[1] {
			last = k
			break
		}
		if toks[k].end < d.cue[1] {
			break
		}
	}
	if last < 0 || !(toks[last].tag == "IN" || toks[last].tag == "TO") {
		return false
	}
	words := 0
	for k := s; k < e; k++ {
		if toks[k].quote != claimQuoteNone {
			return false
		}
		if toks[k].word {
			words++
		}
	}
	return words == 1
}

package extract

// This file holds repairs of where a claim's content starts, applied to
// every draft claimAttribute returns (hook: claimAttribute wraps
// claimAttributeRules, claims_rules.go).

// claimAttribute applies the attribution patterns (claimAttributeRules)
// to one cue c in the unit [ua, b), whose tokens before a are taken by an
// earlier claim, then moves the content's start where the clause around
// the source puts it (claimStartFix).
func claimAttribute(toks []claimTok, ua, a, b int, c claimCue) (claimDraft, bool) {
	d, ok := claimAttributeRules(toks, ua, a, b, c)
	if ok {
		claimStartFix(toks, ua, &d)
	}
	return d, ok
}

// claimStartFix moves the start of draft d's content.
//
// A free relative "what SOURCE CUE X" ("ending what he calls corruption
// in politics", "what aides described as a reset") is one noun phrase:
// PolNeAR's content is "what" and X, so "what" becomes the content's
// first segment.
func claimStartFix(toks []claimTok, ua int, d *claimDraft) {
	if w := claimStartWhat(toks, ua, *d); w >= 0 {
		d.segs = [][2]int{{toks[w].start, d.segs[len(d.segs)-1][1]}}
	}
}

// claimStartWhat returns the index of the "what" that opens a free
// relative clause right before draft d's source, or -1. The source must
// stand in the unit (from ua) right before the cue, and the content must
// follow the cue.
func claimStartWhat(toks []claimTok, ua int, d claimDraft) int {
	if !d.hasCue || len(d.segs) == 0 || d.spkS >= d.spkE || d.spkS-1 < ua {
		return -1
	}
	w := d.spkS - 1
	if toks[w].lower != "what" || toks[w].span >= 0 || toks[d.spkE-1].end > d.cue[0] || d.segs[0][0] < d.cue[1] {
		return -1
	}
	// The source and the cue are next to each other: nothing but the
	// cue's adverbs and auxiliaries between them.
	for k := d.spkE; k < len(toks) && toks[k].start < d.cue[0]; k++ {
		if !toks[k].word {
			return -1
		}
	}
	return w
}

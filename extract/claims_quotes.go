package extract

// claimSameMarks reports whether two opening quotation marks are of the
// same kind, both straight or both typographic: a quotation run on over
// paragraphs reopens with the mark it opened with.
func claimSameMarks(a, b claimTok) bool {
	return (a.quote == claimQuoteAmbiguous) == (b.quote == claimQuoteAmbiguous)
}

// claimSplitAfterAttribution ends a quotation-led sentence after its
// attribution when a new clause with its own subject follows: in "“You
// winning?” she said, but Kevin was drifting off …" the quotation is
// hers and the rest is the writer's, with claims of its own.
func claimSplitAfterAttribution(p *claimPara) {
	toks := p.toks
	var ends []int
	a := 0
	for _, b := range p.ends {
		if k := claimAttributionBreak(toks, a, b); k > a {
			ends = append(ends, k)
		}
		ends = append(ends, b)
		a = b
	}
	p.ends = ends
}

// claimAttributionBreak returns where a new clause starts after the
// attribution of a quotation opening the unit [a, b), or -1.
func claimAttributionBreak(toks []claimTok, a, b int) int {
	if !claimOpens(toks, a) {
		return -1
	}
	cl := a
	for cl+1 < b && toks[cl+1].span == toks[a].span {
		cl++
	}
	if cl+3 >= b || toks[cl].quote == claimQuoteNone {
		return -1
	}
	cues := cueFind(toks, cl+1, b)
	if len(cues) == 0 || cues[0].kind != cueVerb || cues[0].form.class != cueSpeech || cues[0].start-(cl+1) > 4 {
		return -1
	}
	for k := cues[0].end; k+2 < b; k++ {
		if toks[k].span >= 0 {
			return -1
		}
		if toks[k].text == "," && claimNewClause(toks, k+1, b) && toks[k+2].tag != "VBG" && toks[k+2].tag != "VBN" {
			return k + 1
		}
	}
	return -1
}

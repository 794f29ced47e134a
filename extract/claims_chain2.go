package extract

// claimChain2InfRelative finds the subject of a purpose infinitive's
// main verb across a relative clause or apposition set off by commas:
// "The association, which has endorsed Trump, used the comments to urge
// …", "Trump, who spoke for an hour, used the rally to attack …". j is
// the start of the main verb group, right after the closing comma.
func claimChain2InfRelative(toks []claimTok, ua, j int, c claimCue) (int, int, bool) {
	if j-1 <= ua || toks[j-1].text != "," || toks[j-1].span >= 0 {
		return 0, 0, false
	}
	c2 := c
	c2.kind, c2.start = cueVerb, j
	c2.form.ing = false
	return claimListedRelativeApposition(toks, ua, c2)
}

// claimChain2InfQuoteMax is the longest quotation, in tokens with its
// marks, that claimChain2InfQuoteSkip passes over.
const claimChain2InfQuoteMax = 8

// claimChain2InfQuoteSkip returns the index of the token before a short
// quoted title that ends at k ("appeared on “Fox & Friends” to defend
// her"), so that the purpose infinitive's look-back passes over it; it
// returns -1 for a longer quotation or one that does not end at k.
func claimChain2InfQuoteSkip(toks []claimTok, k, lo int) int {
	sp := toks[k].span
	if sp < 0 || toks[k].quote == claimQuoteNone || toks[k].quote == claimQuoteOpen {
		return -1
	}
	s := k
	for s-1 >= lo && toks[s-1].span == sp {
		s--
	}
	if s-1 < lo || k-s+1 > claimChain2InfQuoteMax || toks[s].quote != claimQuoteOpen {
		return -1
	}
	return s - 1
}

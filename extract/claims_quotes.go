package extract

// claimSameMarks reports whether two opening quotation marks are of the
// same kind, both straight or both typographic: a quotation run on over
// paragraphs reopens with the mark it opened with.
func claimSameMarks(a, b claimTok) bool {
	return (a.quote == claimQuoteAmbiguous) == (b.quote == claimQuoteAmbiguous)
}

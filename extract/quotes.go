package extract

// claimQuoteMark classifies a token as a double quotation mark.
type claimQuoteMark int

const (
	claimQuoteNone claimQuoteMark = iota
	// claimQuoteOpen marks only open a quotation: “ „ « and ``.
	claimQuoteOpen
	// claimQuoteClose marks only close one: ” and ».
	claimQuoteClose
	// claimQuoteAmbiguous marks open or close by position: " and ''.
	claimQuoteAmbiguous
)

// claimQuoteOf classifies one rune. ‘ and ’ are left out: in English news
// they are apostrophes or quotations nested inside double quotes.
func claimQuoteOf(r rune) claimQuoteMark {
	switch r {
	case '“', '„', '«', '‟':
		return claimQuoteOpen
	case '”', '»':
		return claimQuoteClose
	case '"', '＂':
		return claimQuoteAmbiguous
	}
	return claimQuoteNone
}

// claimQuoteSpan is one top-level quotation in a paragraph, from its
// opening mark to its closing mark (token indices, inclusive). unclosed is
// true when the paragraph ends before a closing mark, as when a quotation
// runs on into the next paragraph.
type claimQuoteSpan struct {
	open, close int
	unclosed    bool
}

// claimFindQuotes pairs the paragraph's quotation marks into top-level
// quotations and marks each token with the quotation containing it. Marks
// inside a quotation that cannot close it are nested quotes and ignored.
func claimFindQuotes(text string, toks []claimTok) []claimQuoteSpan {
	var spans []claimQuoteSpan
	open := -1
	for i := range toks {
		m := toks[i].quote
		if m == claimQuoteNone {
			continue
		}
		if m == claimQuoteAmbiguous {
			m = claimResolveAmbiguous(text, toks, i, open >= 0)
		}
		switch {
		case m == claimQuoteOpen && open < 0:
			open = i
		case m == claimQuoteOpen && toks[open].text == "„" && toks[i].text == "“":
			spans = append(spans, claimQuoteSpan{open: open, close: i})
			open = -1
		case m == claimQuoteClose && open >= 0:
			spans = append(spans, claimQuoteSpan{open: open, close: i})
			open = -1
		}
	}
	if open >= 0 && open < len(toks)-1 {
		spans = append(spans, claimQuoteSpan{open: open, close: len(toks) - 1, unclosed: true})
	}
	for si, s := range spans {
		for k := s.open; k <= s.close; k++ {
			toks[k].span = si
		}
	}
	return spans
}

// claimResolveAmbiguous decides whether a straight quotation mark opens or
// closes: white space (or an opening bracket or dash) before it and a word
// after it open; otherwise it closes an open quotation.
func claimResolveAmbiguous(text string, toks []claimTok, i int, isOpen bool) claimQuoteMark {
	t := toks[i]
	spaceBefore := t.start == 0 || i == 0 || toks[i-1].end < t.start || toks[i-1].text == "(" || toks[i-1].text == "—" || toks[i-1].text == "["
	spaceAfter := i == len(toks)-1 || toks[i+1].start > t.end || !toks[i+1].word
	switch {
	case spaceBefore && !spaceAfter:
		return claimQuoteOpen
	case spaceAfter && !spaceBefore:
		if isOpen {
			return claimQuoteClose
		}
		return claimQuoteNone
	case isOpen:
		return claimQuoteClose
	}
	return claimQuoteOpen
}

// claimIsDoubleQuote reports whether r is a double-quote-like character.
func claimIsDoubleQuote(r rune) bool { return claimQuoteOf(r) != claimQuoteNone }

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
	spans := claimPairQuotes(text, toks, -1)
	// A straight mark opening a paragraph and never closed, around curly
	// quotations, is a block-quote marker ("\"Kevin was snoring. “Here he
	// is,” she said."): pair the paragraph without it.
	if n := len(spans); n > 0 && spans[n-1].unclosed && toks[spans[n-1].open].quote == claimQuoteAmbiguous {
		for k := spans[n-1].open + 1; k <= spans[n-1].close; k++ {
			if toks[k].quote == claimQuoteOpen || toks[k].quote == claimQuoteClose {
				spans = claimPairQuotes(text, toks, spans[n-1].open)
				break
			}
		}
	}
	for i := range toks {
		toks[i].span = -1
	}
	for si, s := range spans {
		for k := s.open; k <= s.close; k++ {
			toks[k].span = si
		}
	}
	return spans
}

// claimPairQuotes pairs the quotation marks of a paragraph, skipping the
// token at skip (-1 for none).
func claimPairQuotes(text string, toks []claimTok, skip int) []claimQuoteSpan {
	var spans []claimQuoteSpan
	open := -1
	for i := range toks {
		if i == skip {
			continue
		}
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

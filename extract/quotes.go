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
	spans := claimPairQuotes(text, toks, nil)
	// Straight marks around curly quotations are a block-quote wrapper
	// ("\"Kevin was snoring. “Here he is,” she said." or a quoted
	// paragraph "\"“…,” Rubio responded.\""): pair the paragraph without
	// them, so that the curly quotations and their attributions show.
	var skip map[int]bool
	for _, sp := range spans {
		if toks[sp.open].quote != claimQuoteAmbiguous || !claimHasCurly(toks, sp.open+1, sp.close) {
			continue
		}
		if skip == nil {
			skip = map[int]bool{}
		}
		skip[sp.open] = true
		if !sp.unclosed && toks[sp.close].quote == claimQuoteAmbiguous {
			skip[sp.close] = true
		}
	}
	if skip != nil {
		spans = claimPairQuotes(text, toks, skip)
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

// claimHasCurly reports whether tokens [a, b) hold a curly (or other
// one-way) quotation mark.
func claimHasCurly(toks []claimTok, a, b int) bool {
	for k := a; k < b; k++ {
		if toks[k].quote == claimQuoteOpen || toks[k].quote == claimQuoteClose {
			return true
		}
	}
	return false
}

// claimPairQuotes pairs the quotation marks of a paragraph, leaving out
// the tokens in skip. An opening mark inside an open quotation is a
// nested quotation: a curly one inside a straight one ("A “B” C") lasts
// to its own closing mark; one of the same kind (“A “B” C.”) is closed by
// the first closing mark, so a closing mark left over right after that
// quotation ends it instead.
func claimPairQuotes(text string, toks []claimTok, skip map[int]bool) []claimQuoteSpan {
	var spans []claimQuoteSpan
	open, inner := -1, -1
	nested := false // the open quotation holds an ignored opening mark
	lastNested := false
	for i := range toks {
		if skip[i] {
			continue
		}
		m := toks[i].quote
		if m == claimQuoteNone {
			continue
		}
		if m == claimQuoteAmbiguous {
			m = claimResolveAmbiguous(text, toks, i, open >= 0)
		}
		if m == claimQuoteOpen && open >= 0 && inner < 0 && i > 0 && toks[i-1].end == toks[i].start && (i+1 == len(toks) || toks[i+1].start > toks[i].end) {
			// “It's unusual,“ said …: an opening mark glued to the end of
			// the words and followed by a space is a mistyped closing one.
			m = claimQuoteClose
		}
		if m == claimQuoteClose && open < 0 && toks[i].quote == claimQuoteClose && i == 0 && i+1 < len(toks) && (toks[i+1].text == "…" || toks[i+1].text == "...") {
			// ”… what I learned …”: a closing mark opening the paragraph
			// before an ellipsis is a mistyped opening one.
			m = claimQuoteOpen
		}
		if m == claimQuoteClose && open < 0 && toks[i].quote == claimQuoteClose && (i == 0 || toks[i-1].end < toks[i].start) && i+1 < len(toks) && toks[i+1].word && toks[i+1].start == toks[i].end {
			// ”This is why …”: a closing mark before the words, after a
			// space, is a mistyped opening one.
			m = claimQuoteOpen
		}
		switch {
		case inner >= 0:
			if m == claimQuoteClose || m == claimQuoteOpen && toks[inner].text == "„" && toks[i].text == "“" {
				inner = -1
			}
		case m == claimQuoteOpen && open < 0:
			open, nested = i, false
		case m == claimQuoteOpen && toks[open].text == "„" && toks[i].text == "“":
			spans = append(spans, claimQuoteSpan{open: open, close: i})
			open, lastNested = -1, nested
		case m == claimQuoteOpen && toks[open].quote == claimQuoteAmbiguous && toks[i].quote == claimQuoteOpen:
			inner = i
		case m == claimQuoteOpen:
			nested = true
		case m == claimQuoteClose && open >= 0:
			spans = append(spans, claimQuoteSpan{open: open, close: i})
			open, lastNested = -1, nested
		case m == claimQuoteClose && lastNested && toks[i].quote == claimQuoteClose && len(spans) > 0:
			// “A “B” C.”: the mark after C closes the outer quotation.
			spans[len(spans)-1].close = i
			lastNested = false
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
	spaceBefore := t.start == 0 || i == 0 || toks[i-1].end < t.start || toks[i-1].text == "(" || toks[i-1].text == "—" || toks[i-1].text == "[" || toks[i-1].text == ":"
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
